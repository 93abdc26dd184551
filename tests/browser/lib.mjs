// lib.mjs: what the browser tests share: the instance under test, the
// browser, the fixture organisation, logins, axe-core and a few helpers.
//
// The instance is told by the same variables as the CUnit integration
// suites (scripts/test.sh sets them):
//   GDPRDESK_TEST_URL        http://127.0.0.1:PORT of the private stack
//   GDPRDESK_TEST_VAR        its instance directory (my.cnf, for SQL and
//                            gdprdeskctl --var)
//   GDPRDESK_TEST_BIN        the build directory (gdprdeskctl)
//   GDPRDESK_TEST_ARTEFACTS  where PDFs and PNGs go (default
//                            VAR/log/browser: test.sh keeps VAR/log as
//                            var/test-logs/INSTANCE/)
//   GDPRDESK_CHROMIUM        the browser (default Debian's /usr/bin/chromium)
//
// Everything that sets state up (the organisation, the DPO's account, the
// request a requester sends) is made once per run and memoised, so that
// any one test also runs alone (node --test-name-pattern).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import assert from 'node:assert/strict';

import { chromium } from 'playwright-core';

export const env = (() => {
	const base = process.env.GDPRDESK_TEST_URL;
	const varDir = process.env.GDPRDESK_TEST_VAR;
	if (!base || !varDir) {
		throw new Error('set GDPRDESK_TEST_URL, GDPRDESK_TEST_VAR and ' +
		    'GDPRDESK_TEST_BIN (scripts/test.sh does)');
	}
	return {
		base: base.replace(/\/+$/, ''),
		varDir: path.resolve(varDir),
		bin: path.resolve(process.env.GDPRDESK_TEST_BIN || 'build'),
		artefacts: path.resolve(process.env.GDPRDESK_TEST_ARTEFACTS ||
		    path.join(varDir, 'log', 'browser')),
		chromium: process.env.GDPRDESK_CHROMIUM || '/usr/bin/chromium',
	};
})();

// Each test's limit: the slowest takes a few seconds; a hang fails its
// test with its name rather than the whole run at test.sh's limit.
export const limit = { timeout: 60000 };

// A suffix unique to this run, for slugs and logins ([a-z0-9-]).
export const runId = `${process.pid}${(Date.now() % 0xfffff).toString(36)}`;

// ---------------------------------------------------------------------
// Helpers around the instance: gdprdeskctl and SQL as the OS user.
// ---------------------------------------------------------------------

// Runs gdprdeskctl --var VAR with args; returns its standard output.
// Throws (with its standard error) on a non-zero exit.
export function ctl(args, input = '') {
	return execFileSync(path.join(env.bin, 'gdprdeskctl'),
	    ['--var', env.varDir, ...args],
	    { input, encoding: 'utf8', maxBuffer: 64 << 20 });
}

// Runs one statement as the instance's superuser (VAR/my.cnf [client]);
// returns the rows as arrays of strings (NULL as the string 'NULL').
export function sql(query) {
	const out = execFileSync('mariadb',
	    [`--defaults-file=${path.join(env.varDir, 'my.cnf')}`, '--batch',
	    '--skip-column-names', '--raw', 'gdprdesk', '-e', query],
	    { encoding: 'utf8' });
	return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}

// ---------------------------------------------------------------------
// The browser: one Chromium for the whole run, a context per use.
// ---------------------------------------------------------------------

// Debian's Chromium, headless. Playwright gives every launch a fresh
// user data directory of its own (and removes it on close). Without the
// background-networking flags Chromium keeps trying to reach Google's
// services, which this machine's closed network refuses; --no-sandbox
// because the tests run as root in a container.
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

let browserP = null;

export function browser() {
	browserP ??= chromium.launch({
		executablePath: env.chromium,
		headless: true,
		args: chromiumArgs,
		timeout: 30000,
	});
	return browserP;
}

export async function closeBrowser() {
	if (browserP === null)
		return;
	const b = await browserP.catch(() => null);
	browserP = null;
	if (b !== null)
		await b.close();
}

// A new context: British English, a desktop window, and no waiting
// longer than 15 s for anything (the stack answers in milliseconds).
export async function newContext(opts = {}) {
	const ctx = await (await browser()).newContext({
		locale: 'en-GB',
		viewport: { width: 1280, height: 900 },
		...opts,
	});
	ctx.setDefaultTimeout(15000);
	ctx.setDefaultNavigationTimeout(15000);
	return ctx;
}

// ---------------------------------------------------------------------
// The fixture: two organisations of this run made from RealtimeCRM's seed
// register, and a DPO who may see both. The first, which every test but
// one uses, has each activity and recipient twice, the copies' recipients
// holding data outside the UK and the EEA, so that the reports' tables
// run over several printed pages. The second ("places") holds data in 46
// countries itself, so that the register page's locations table runs
// onto page 2 (the first cannot: each of an organisation's own places
// would be a line in every activity's row of the record).
// ---------------------------------------------------------------------

export const dpoPassword = 'browser-Password-1';

// Recipient locations outside the UK and the EEA for the copied
// recipients, with mechanisms of each kind: valid, out of date, none.
const foreign = [
	['US', 'uk-us-data-bridge'], ['IN', 'uk-idta'], ['AU', 'uk-addendum'],
	['BR', 'privacy-shield'], ['ZA', null], ['SG', 'bcr'],
	['US', 'safe-harbor'], ['MX', 'uk-idta'],
];

// The seed register src (gdprdeskctl export), enlarged: countries added
// to the organisation's own locations, and every recipient and activity
// copied `copies` times (names numbered, the copies' references to
// recipients pointing to the copied recipients), each copied recipient
// holding data in three countries outside the UK and the EEA. The export's
// layout is gdprdeskctl's own, so plain text surgery is enough here.
export function enlargeRegister(src, { copies, countries }) {
	let xml = src;
	const locs = countries.map((c) => `    <location country="${c}"/>\n`)
	    .join('');
	const own = /<locations>/.test(xml.split('<recipients>')[0]);
	if (locs !== '' && own)
		xml = xml.replace('</locations>', `${locs}  </locations>`);
	else if (locs !== '')
		xml = xml.replace('</organisation>',
		    `</organisation>\n  <locations>\n${locs}  </locations>`);

	let n = 0;
	xml = xml.replace(/<recipients>([\s\S]*?)<\/recipients>/, (all, body) => {
		const recs = body.match(/<recipient key="[^"]+"[\s\S]*?<\/recipient>/g) || [];
		let more = '';
		for (let i = 1; i <= copies; i++) {
			for (const r of recs) {
				let locs = '';
				for (let k = 0; k < 3; k++) {
					const [c, m] = foreign[n++ % foreign.length];
					locs += `  <location country="${c}"` +
					    (m ? ` mechanism="${m}"` : '') + '/>\n    ';
				}
				more += '    ' + r
				    .replace(/key="([^"]+)"/, `key="$1-c${i}"`)
				    .replace(/<name>([^<]*)<\/name>/, `<name>$1 (${i + 1})</name>`)
				    .replace(/<\/recipient>$/, `${locs}</recipient>`) +
				    '\n';
			}
		}
		return `<recipients>${body}${more}  </recipients>`;
	});
	xml = xml.replace(/<activities>([\s\S]*?)<\/activities>/, (all, body) => {
		const acts = body.match(/<activity [\s\S]*?<\/activity>/g) || [];
		let more = '';
		for (let i = 1; i <= copies; i++) {
			for (const a of acts) {
				more += '    ' + a
				    .replace(/<name>([^<]*)<\/name>/, `<name>$1 (${i + 1})</name>`)
				    .replace(/<recipient ref="([^"]+)"\/>/g, `<recipient ref="$1-c${i}"/>`) +
				    '\n';
			}
		}
		return `<activities>${body}${more}  </activities>`;
	});
	return xml;
}

let fixtureV = null;

// Imports the seed register src, enlarged by opts (enlargeRegister), as
// organisation slug whose ticket references start with prefix (they are
// unique across organisations: the seed's own prefix, RTC, would clash).
// Returns { slug, name, refPrefix }.
function importOrg(src, slug, prefix, opts) {
	const xml = enlargeRegister(src, opts)
	    .replace(/<ref_prefix>[^<]*<\/ref_prefix>/,
		`<ref_prefix>${prefix}</ref_prefix>`);
	ctl(['import', slug], xml);
	const [[name, refPrefix]] = sql('SELECT name, ref_prefix FROM ' +
	    `organisation WHERE slug = '${slug}'`);
	return { slug, name, refPrefix };
}

// { slug, name, refPrefix, dpo, places } of this run (places: the second
// organisation's { slug, name, refPrefix }), made once.
export function fixture() {
	if (fixtureV !== null)
		return fixtureV;
	const src = ctl(['export', 'realtimecrm']);
	const tag = runId.toUpperCase().slice(-6);
	const main = importOrg(src, `bt-${runId}`, `B${tag}`,
	    { copies: 1, countries: [] });
	const countries = sql("SELECT code FROM country WHERE code <> 'GB' " +
	    'ORDER BY code LIMIT 45').map((r) => r[0]);
	const places = importOrg(src, `bt-${runId}-places`, `P${tag}`,
	    { copies: 0, countries });
	const dpo = `bt-dpo-${runId}`;
	ctl(['user', 'add', dpo, '--role', 'dpo', '--org', main.slug,
	    '--org', places.slug, '--name', 'Dana Browser'], `${dpoPassword}\n`);
	fixtureV = { ...main, dpo, places };
	return fixtureV;
}

// ---------------------------------------------------------------------
// Logins
// ---------------------------------------------------------------------

// Logs page in as login through the login form, as a person would.
// Returns the response to the form's POST (after its redirect).
export async function logIn(page, login, password) {
	await page.goto(`${env.base}/staff/login`);
	await page.getByLabel('Login name').fill(login);
	await page.getByLabel('Password').fill(password);
	const [resp] = await Promise.all([
		page.waitForNavigation(),
		page.getByRole('button', { name: 'Log in' }).click(),
	]);
	return resp;
}

let staffP = null;

// A context logged in as the fixture's DPO, with bypassCSP so that axe
// can be injected into its pages. Made once.
export function staffContext() {
	staffP ??= (async () => {
		const { dpo } = fixture();
		const ctx = await newContext({ bypassCSP: true });
		const page = await ctx.newPage();
		const resp = await logIn(page, dpo, dpoPassword);
		assert.equal(new URL(page.url()).pathname, '/staff/',
		    `logging in as ${dpo} ends on the dashboard ` +
		    `(status ${resp?.status()})`);
		await page.close();
		return ctx;
	})();
	return staffP;
}

// ---------------------------------------------------------------------
// A request, sent once through the public form with JavaScript off.
// ---------------------------------------------------------------------

let requestP = null;

// Fills in and sends the public request form of the fixture with
// JavaScript disabled, checks each page on the way and returns
// { reference, statusUrl, due } (due as the page writes it, or null
// where the calendar cannot give it). Made once: the requester test is
// this, the status page's and the ticket's tests reuse what it made.
export function requestOnce() {
	requestP ??= (async () => {
		const { slug, name, refPrefix } = fixture();
		const ctx = await newContext({ javaScriptEnabled: false });
		try {
			const page = await ctx.newPage();
			let resp = await page.goto(`${env.base}/o/${slug}/request`);
			assert.equal(resp.status(), 200, 'the form answers 200');
			await sendRequestForm(page, name);
			const reference = (await page.locator('main .reference')
			    .innerText()).trim();
			assert.match(reference, new RegExp(`^${refPrefix}-\\d{4}-\\d{4,}$`),
			    'the page shows the reference');
			const link = page.locator('main a.status-link');
			const statusUrl = await link.getAttribute('href');
			assert.match(statusUrl, /\/status\/[A-Za-z0-9_-]{20,}$/,
			    'the page gives the status link');
			// The due date, unless the organisation's calendar cannot
			// give it (the page then says the organisation will).
			const dueAt = page.locator('main p', { hasText: 'must answer by' })
			    .locator('strong');
			const due = await dueAt.count() === 1 ?
			    (await dueAt.innerText()).trim() : null;

			// The link, followed as a requester would.
			[resp] = await Promise.all([
				page.waitForNavigation(),
				link.click(),
			]);
			assert.equal(resp.status(), 200, 'the status page answers 200');
			assert.equal(page.url(), statusUrl);
			await assertVisibleText(page, 'h1', 'Your request');
			const row = (dt) => page.locator('.summary-row', {
				has: page.locator('dt', { hasText: dt }),
			}).locator('dd');
			assert.equal((await row('Reference').innerText()).trim(), reference);
			assert.equal((await row('Status').innerText()).trim(), 'Received');
			if (due !== null) {
				assert.equal((await row('Answer due by').innerText())
				    .trim(), due);
			}
			return { reference, statusUrl, due };
		} finally {
			await ctx.close();
		}
	})();
	return requestP;
}

// Fills in the request form open in page (of organisation name) as a
// requester would, by the labels, sends it and checks that the "Request
// sent" page comes back.
export async function sendRequestForm(page, name) {
	await page.getByLabel('A copy of my personal data').check();
	await page.getByLabel('Your full name').fill('Ann Browser');
	await page.getByLabel('Email address').fill('ann.browser@example.org');
	await page.getByLabel('No, this is about me').check();
	const rel = page.getByLabel(`How do you know ${name}?`);
	const first = await rel.locator('option:not([value=""])')
	    .first().getAttribute('value');
	await rel.selectOption(first);
	await page.getByLabel('Your request').fill(
	    'Please send me a copy of my personal data,\n' +
	    'including what you hold from my newsletter sign-up.');
	const [resp] = await Promise.all([
		page.waitForNavigation(),
		page.getByRole('button', { name: 'Send request' }).click(),
	]);
	assert.equal(resp.status(), 200, 'the sent form answers 200: ' +
	    (await page.locator('main').innerText()).slice(0, 300));
	await assertVisibleText(page, 'h1', 'Request sent');
}

// Fails unless selector's first match is visible and its text is text.
export async function assertVisibleText(page, selector, text) {
	const l = page.locator(selector).first();
	assert.ok(await l.isVisible(), `${selector} is visible`);
	assert.equal((await l.innerText()).trim(), text);
}

// ---------------------------------------------------------------------
// Pages that others are still building answer 404 until they merge.
// ---------------------------------------------------------------------

// Opens path in page. Returns the response, or null after marking test
// t skipped when the page answers 404 (not built yet) and is not one that
// must exist. Any other status but 200 fails.
export async function openOrSkip(t, page, urlPath, what, mustExist = false) {
	// Asked first without rendering (the context's cookies go along):
	// a page that is not there costs a few milliseconds, not a load.
	const pre = await page.context().request.get(`${env.base}${urlPath}`,
	    { maxRedirects: 0 });
	const resp = pre.status() === 404 ? pre :
	    await page.goto(`${env.base}${urlPath}`);
	if (resp.status() === 404 && !mustExist) {
		t.skip(`${what} is not there yet (${urlPath} answers 404)`);
		return null;
	}
	assert.equal(resp.status(), 200, `${urlPath} answers 200`);
	return resp;
}

// Opens in page the staff page of the ticket with reference ref, as a
// DPO would: by a link to it on the dashboard or the organisation's
// pages, or else at /staff/o/SLUG/tickets/REF. Returns false after
// marking test t skipped when there is no such page yet (404 and no
// link): the ticket pages are being built.
export async function openTicket(t, page, slug, ref) {
	for (const from of ['/staff/', `/staff/o/${slug}/tickets`, `/staff/o/${slug}`]) {
		const r = await page.goto(`${env.base}${from}`);
		const link = page.locator('main a', { hasText: ref });
		if (r.status() === 200 && await link.count() > 0) {
			const [resp] = await Promise.all([page.waitForNavigation(),
			    link.first().click()]);
			assert.equal(resp.status(), 200,
			    `the link to ${ref} on ${from} leads to a page`);
			return true;
		}
	}
	return await openOrSkip(t, page, `/staff/o/${slug}/tickets/${ref}`,
	    `the ticket page (no link to ${ref} on the dashboard or the ` +
	    'organisation\'s pages)') !== null;
}

// ---------------------------------------------------------------------
// axe-core
// ---------------------------------------------------------------------

const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Runs axe-core over page's document (the page's context must have
// bypassCSP: the pages' CSP allows no script at all) and fails with
// every violation of WCAG 2.1 A and AA, each with where it is.
export async function assertAccessible(page) {
	await page.addScriptTag({ content: axeSource });
	const res = await page.evaluate((tags) => window.axe.run(document, {
		runOnly: { type: 'tag', values: tags },
		resultTypes: ['violations'],
	}), wcagTags);
	const lines = [];
	for (const v of res.violations) {
		lines.push(`${v.id} (${v.impact}): ${v.help} ${v.helpUrl}`);
		for (const n of v.nodes.slice(0, 5)) {
			lines.push(`    at ${n.target.join(' ')}: ` +
			    n.failureSummary.replace(/\s*\n\s*/g, ' / '));
		}
	}
	assert.equal(res.violations.length, 0,
	    `axe-core finds WCAG 2.1 A/AA violations on ${page.url()}:\n` +
	    lines.join('\n'));
}

// The artefacts directory, made on first use.
export function artefactsDir() {
	mkdirSync(env.artefacts, { recursive: true });
	return env.artefacts;
}
