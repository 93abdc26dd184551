// axe.mjs: axe-core over each page of pages.mjs (axePages) finds no
// violation of WCAG 2.1 A or AA. The pages' CSP allows no script, so the
// contexts are made with bypassCSP and axe's source is injected.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
	assertAccessible, fixture, limit, newContext, openOrSkip, openTicket,
	requestOnce, sendRequestForm, staffContext,
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
		// So that "no violations" below means something: axe, injected
		// and run as below, does find them on a page that has them.
		test('axe-core finds violations on a page made to have them',
		    limit, async () => {
			const ctx = await newContext({ bypassCSP: true });
			try {
				const page = await ctx.newPage();
				await page.setContent('<!DOCTYPE html><html><head>' +
				    '<title>t</title></head><body><main><h1>t</h1>' +
				    '<input type="text"><p class="x">faint</p></main>' +
				    '</body></html>');
				await page.addStyleTag({ content:
				    '.x { color: #c8c8c8; background: #ffffff }' });
				await assert.rejects(assertAccessible(page), (e) =>
				    ['html-has-lang', 'label', 'color-contrast']
					.every((id) => e.message.includes(id)));
			} finally {
				await ctx.close();
			}
		});

		for (const p of axePages) {
			test(`${p.name}: no violations`, limit, async (t) => {
				const { slug } = fixture();
				const ctx = p.who === 'staff' ?
				    await staffContext() : await publicContext();
				const page = await ctx.newPage();
				try {
					if (p.narrow)
						await page.setViewportSize({ width: 360, height: 740 });
					let url;
					if (p.path === 'ticket') {
						if (!await openTicket(t, page, slug,
						    (await requestOnce()).reference))
							return;
						await assertAccessible(page);
						return;
					}
					if (p.path === null) {
						url = new URL((await requestOnce())
						    .statusUrl).pathname;
					} else {
						url = p.path(slug);
					}
					if (await openOrSkip(t, page, url, `the ${p.name}`,
					    required.has(p.name)) === null)
						return;
					if (p.action === 'send')
						await sendRequestForm(page, fixture().name);
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
