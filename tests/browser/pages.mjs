// pages.mjs: the pages the browser tests visit. Adding a page is adding a
// line here; a page that answers 404 (not merged yet) is skipped with a
// message that says so, so each switches itself on when it arrives.
//
// A path is a function of the fixture organisation's slug.

// Reports (issue 5, "Reports"), in the order of the reports index. Each
// prints to PDF (print.mjs) and is checked by axe-core (axe.mjs).
//   orientation  what the page's print stylesheet asks for (@page size)
//   repeatHeader a table of its PDF must run onto a next page and show
//                its header again there (as must any table that does):
//                the fixture is big enough for each report to
//   org          'places': the fixture's second organisation (lib.mjs)
export const reports = [
	{ name: 'record of processing', path: (s) => `/staff/o/${s}/reports/ropa`,
	    orientation: 'landscape', repeatHeader: true },
	{ name: 'international transfers', path: (s) => `/staff/o/${s}/reports/transfers`,
	    orientation: 'landscape', repeatHeader: true },
	{ name: 'recipients and processors', path: (s) => `/staff/o/${s}/reports/recipients`,
	    orientation: 'landscape', repeatHeader: true },
	{ name: 'checks report', path: (s) => `/staff/o/${s}/reports/checks`,
	    orientation: 'landscape', repeatHeader: true },
	{ name: 'requests performance', path: (s) => `/staff/o/${s}/reports/requests`,
	    orientation: 'landscape', repeatHeader: true },
	{ name: 'data-flow map', path: (s) => `/staff/o/${s}/reports/dataflow`,
	    orientation: 'landscape', repeatHeader: true },
];

// Printed too until the reports exist, to prove the machinery: the
// register's own page, whose print stylesheet asks for A4 portrait, of
// the organisation whose locations table (46 places) runs onto page 2.
export const printedPages = [
	{ name: 'register page', path: (s) => `/staff/o/${s}/register`,
	    orientation: 'portrait', repeatHeader: true, org: 'places' },
	...reports,
];

// Pages axe-core must find no WCAG 2.1 A or AA violation on.
//   who      'public' (no login) or 'staff' (the fixture's DPO)
//   path     slug => path; null: the status page, whose address comes
//            from the request the requester sent; 'ticket': that
//            request's ticket, found as lib.mjs openTicket finds it
//   narrow   on a phone's width (360 px), where wide tables scroll
//   action   optional: what to do on the page before axe runs:
//            'submit-empty' sends the form as it comes (its error
//            state), 'send' fills in the request form and sends it
export const axePages = [
	{ name: 'public request form', who: 'public', path: (s) => `/o/${s}/request` },
	{ name: 'public request form, narrow screen', who: 'public',
	    path: (s) => `/o/${s}/request`, narrow: true },
	{ name: 'public request form with errors', who: 'public',
	    path: (s) => `/o/${s}/request`, action: 'submit-empty' },
	{ name: 'request sent page', who: 'public',
	    path: (s) => `/o/${s}/request`, action: 'send' },
	{ name: 'request status page', who: 'public', path: null },
	{ name: 'organisation page', who: 'public', path: (s) => `/o/${s}` },
	{ name: 'privacy notice', who: 'public', path: (s) => `/o/${s}/privacy` },
	{ name: 'login page', who: 'public', path: () => '/staff/login' },
	{ name: 'dashboard', who: 'staff', path: () => '/staff/' },
	{ name: 'organisation overview', who: 'staff', path: (s) => `/staff/o/${s}` },
	{ name: 'register page', who: 'staff', path: (s) => `/staff/o/${s}/register` },
	{ name: 'checks page', who: 'staff', path: (s) => `/staff/o/${s}/checks` },
	{ name: 'categories page, narrow screen', who: 'staff',
	    path: (s) => `/staff/o/${s}/categories`, narrow: true },
	{ name: 'register page, narrow screen', who: 'staff',
	    path: (s) => `/staff/o/${s}/register`, narrow: true },
	{ name: 'ticket page', who: 'staff', path: 'ticket' },
	{ name: 'reports index', who: 'staff', path: (s) => `/staff/o/${s}/reports` },
	...reports.map((r) => ({ name: r.name, who: 'staff', path: r.path })),
];

// Pages every test must find (the rest may still answer 404).
export const required = new Set([
	'public request form', 'public request form, narrow screen',
	'public request form with errors', 'request sent page',
	'request status page', 'organisation page', 'login page', 'dashboard',
	'organisation overview', 'register page', 'checks page',
	'categories page, narrow screen', 'register page, narrow screen',
]);
