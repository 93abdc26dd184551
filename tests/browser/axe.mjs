// axe.mjs: axe-core over each page of pages.mjs (axePages) finds no
// violation of WCAG 2.1 A or AA. The pages' CSP allows no script, so the
// contexts are made with bypassCSP and axe's source is injected.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
	assertAccessible, fixture, newContext, openOrSkip, requestOnce,
	staffContext,
} from './lib.mjs';
import { axePages, required } from './pages.mjs';

let publicP = null;

// A context with no login, JavaScript on (axe needs it) and the CSP
// bypassed. Made once.
function publicContext() {
	publicP ??= newContext({ bypassCSP: true });
	return publicP;
}

export function axeTests() {
	describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
		for (const p of axePages) {
			test(`${p.name}: no violations`, async (t) => {
				const { slug } = fixture();
				const ctx = p.who === 'staff' ?
				    await staffContext() : await publicContext();
				const page = await ctx.newPage();
				try {
					let url;
					if (p.path === null) {
						url = new URL((await requestOnce())
						    .statusUrl).pathname;
					} else {
						const ref = p.path.length > 1 ?
						    (await requestOnce()).reference : '';
						url = p.path(slug, ref);
					}
					if (await openOrSkip(t, page, url, `the ${p.name}`,
					    required.has(p.name)) === null)
						return;
					if (p.action === 'submit-empty') {
						// The form sent as it comes: the page again
						// with the error summary and each field's
						// message (422).
						const [resp] = await Promise.all([
							page.waitForNavigation(),
							page.locator('main form button[type=submit]')
							    .last().click(),
						]);
						assert.equal(resp.status(), 422);
						assert.ok(await page.locator('.error-summary')
						    .isVisible(), 'the error summary shows');
					}
					await assertAccessible(page);
				} finally {
					await page.close();
				}
			});
		}
	});
}
