// journeys.mjs: what people do with gdprdesk, in a real browser: a
// requester sends the public form (JavaScript off), a DPO logs in and
// works on the request.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
	ctl, dpoPassword, env, fixture, limit, logIn, newContext, openTicket,
	requestOnce, sql, staffContext,
} from './lib.mjs';

const months = ['January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'];

// Does text show the date iso (YYYY-MM-DD), as the pages write dates
// ("23 December 2026", with or without the weekday) or as ISO?
export function showsDate(text, iso) {
	const [y, m, d] = iso.split('-').map(Number);
	return text.includes(iso) ||
	    new RegExp(`\\b${d} ${months[m - 1]} ${y}\\b`).test(text);
}

// Today's date in the organisation's time zone, as YYYY-MM-DD.
function today(tz) {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit',
	}).format(new Date());
}

export function journeyTests() {
	describe('journeys', () => {
		test('a requester sends the form with JavaScript off, sees the ' +
		    'reference and opens the status link', limit, async () => {
			const r = await requestOnce();
			assert.ok(r.reference !== '' && r.statusUrl !== '');
		});

		test('a DPO logs in and opens the dashboard', limit, async () => {
			const { slug, name, dpo, places } = fixture();
			const ctx = await newContext();
			try {
				const page = await ctx.newPage();
				await logIn(page, dpo, dpoPassword);
				assert.equal(new URL(page.url()).pathname, '/staff/');
				assert.equal(await page.locator('h1').innerText(), 'Dashboard');
				assert.match(await page.locator('.site-header').innerText(),
				    new RegExp(`Logged in as\\s+${dpo}`));
				// Only the two organisations the account was given.
				const orgs = page.getByRole('region', { name: 'Organisations' })
				    .locator('tbody tr');
				assert.equal(await orgs.count(), 2);
				for (const o of [slug, places.slug]) {
					assert.equal(await orgs.locator(
					    `a[href="/staff/o/${o}"]`).count(), 1);
				}
				await page.locator(`a[href="/staff/o/${slug}/register"]`)
				    .click();
				await page.waitForURL(`${env.base}/staff/o/${slug}/register`);
				assert.equal(await page.locator('h1').innerText(), name);
			} finally {
				await ctx.close();
			}
		});

		// The request is made to look ten days old, identity not
		// confirmed. The DPO asks for proof of identity (the clock
		// stops) and records it confirmed today: the month then runs
		// from today (GDPR-RULES.md, "Decisions", 3); gdprdeskctl due
		// gives both dates.
		test('a DPO opens the ticket, records identity verified, and the ' +
		    'due date moves as expected', limit, async (t) => {
			const { slug } = fixture();
			const { reference } = await requestOnce();
			const page = await (await staffContext()).newPage();
			try {
				if (!await openTicket(t, page, slug, reference))
					return;
				const [[jur, cal, tz]] = sql('SELECT jurisdiction, ' +
				    'calendar, time_zone FROM organisation WHERE ' +
				    `slug = '${slug}'`);
				const now = today(tz);
				const [[received]] = sql('SELECT DATE_SUB(CURDATE(), ' +
				    'INTERVAL 10 DAY)');
				const due = (args) => ctl(['due', '--rules', jur,
				    '--calendar', cal, '--received', received, ...args])
				    .split('\n')[0].trim();
				const before = due([]);
				const after = due(['--clock-start', now]);
				assert.notEqual(before, after);
				sql(`UPDATE ticket SET received_at = '${received} ` +
				    `10:00:00', clock_start = '${received}', due_date = ` +
				    `'${before}' WHERE reference = '${reference}'`);
				await page.reload();

				let main = await page.locator('main').innerText();
				assert.ok(main.includes(reference), 'the page names the ticket');
				assert.ok(showsDate(main, before),
				    `the ticket shows the due date ${before}`);
				// Each action is a form inside a <details>: open it,
				// fill it in, send it.
				const act = async (action, text) => {
					const box = page.locator(`#action-${action}`);
					assert.equal(await box.count(), 1,
					    `the ticket offers "${action}"`);
					await box.locator('summary').click();
					await box.locator('textarea[name=text]').fill(text);
					await Promise.all([page.waitForNavigation(),
					    box.locator('button[type=submit]').click()]);
				};
				await act('request-identity', 'A copy of a bill ' +
				    'with your address.');
				main = await page.locator('main').innerText();
				assert.ok(main.includes('No deadline runs'), 'asking ' +
				    'for identity stops the clock');
				await act('verify-identity', 'The bill matches the ' +
				    'account address.');
				main = await page.locator('main').innerText();
				assert.ok(showsDate(main, after), 'after identity is ' +
				    `verified on ${now} the ticket shows the due date ` +
				    `${after}:\n${main.slice(0, 600)}`);
			} finally {
				await page.close();
			}
		});
	});
}
