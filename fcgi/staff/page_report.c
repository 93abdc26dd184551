/* page_report: one compliance report of an organisation, or of all the account sees: printable HTML, CSV or its XML document. */
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "model/audit.h"
#include "model/org.h"
#include "staff.h"

/*
 * The reports. Each is a stylesheet over the same kind of document
 * (report.c); what differs is the sheets and what the document holds.
 * A report not marked multi exists only for one organisation.
 */
struct report_def {
	const char	*name;		/* the URL's last segment */
	int		 sheet;		/* HTML */
	int		 csv;		/* ?format=csv */
	int		 csv_processor;	/* ?format=csv&record=processor; -1 */
	unsigned	 parts;		/* REPORT_DETAIL, REPORT_FINDINGS */
	int		 is_multi;	/* also under /staff/reports/ */
};

static const struct report_def report_defs[] = {
	{ "ropa", SHEET_REPORT_ROPA, SHEET_CSV_ROPA,
	    SHEET_CSV_ROPA_PROCESSOR, REPORT_DETAIL, 0 },
	{ "transfers", SHEET_REPORT_TRANSFERS, SHEET_CSV_TRANSFERS, -1,
	    REPORT_DETAIL, 1 },
	{ "recipients", SHEET_REPORT_RECIPIENTS, SHEET_CSV_RECIPIENTS, -1,
	    REPORT_DETAIL, 1 },
	{ "checks", SHEET_REPORT_CHECKS, SHEET_CSV_CHECKS, -1,
	    REPORT_FINDINGS, 1 },
	{ "dataflow", SHEET_REPORT_DATAFLOW, SHEET_CSV_DATAFLOW, -1,
	    REPORT_DETAIL, 0 },
	{ "requests", SHEET_REPORT_REQUESTS, SHEET_CSV_REQUESTS, -1,
	    REPORT_REQUESTS, 1 },
};

/*
 * The longest period a report over requests covers, in calendar months:
 * ten years, which its chart and table of months still hold.
 */
#define REPORT_MAX_MONTHS	120

enum report_format { FMT_HTML, FMT_CSV, FMT_XML };

/* What the query string asks for, checked. */
struct report_req {
	const struct report_def	*def;
	enum report_format	 format;
	int			 is_processor;	/* record=processor */
	const char		*asat;		/* YYYY-MM-DD, a past day; or NULL */
	/* REPORT_REQUESTS: the period, YYYY-MM-DD, both days included. */
	int			 has_period;
	char			 from[11];
	char			 to[11];
	char			 today[11];	/* UTC, as the dashboard's */
};

/*
 * Reads the period of a report over requests into q: from and to,
 * YYYY-MM-DD, both included. By default it ends today (UTC) and starts
 * on the first day of the eleventh month before the one it ends in, so
 * that it holds twelve whole calendar months, the last one so far: the
 * chart of months has no part-month at its start. Returns 0, or 422
 * with p->message saying what to change.
 */
static int
report_period(const struct req *r, struct resp *p, struct report_req *q)
{
	const char *from, *to;
	char first[32];
	long long f = 0, t = 0, y, m;

	checks_today(q->today);
	from = http_field(r, "from");
	to = http_field(r, "to");
	if (to == NULL || *to == '\0')
		to = q->today;
	if (!form_v_date(to, &t) ||
	    (from != NULL && *from != '\0' && !form_v_date(from, &f))) {
		p->message = "Give the first and the last day of the period as "
		    "YYYY-MM-DD, for example from 2025-06-01 to 2026-05-31.";
		return 422;
	}
	if (from == NULL || *from == '\0') {
		y = t / 10000;
		m = t / 100 % 100 - 11;
		if (m < 1) {
			m += 12;
			y--;
		}
		snprintf(first, sizeof(first), "%04lld-%02lld-01", y, m);
		from = first;
		if (!form_v_date(from, &f)) {
			p->message = "The period would start before 1900: give "
			    "its first day with from=YYYY-MM-DD.";
			return 422;
		}
	}
	/* Both checked: ten characters each. */
	memcpy(q->from, from, 10);
	memcpy(q->to, to, 10);
	if (f > t) {
		p->message = "The period ends before it starts: give a first "
		    "day (from) on or before the last (to).";
		return 422;
	}
	if ((t / 10000 * 12 + t / 100 % 100) - (f / 10000 * 12 + f / 100 % 100)
	    >= REPORT_MAX_MONTHS) {
		p->message = "The period is longer than ten years: choose a "
		    "shorter one.";
		return 422;
	}
	q->has_period = 1;
	return 0;
}

/*
 * Reads the report's name, format, record and asat (or period) from r
 * into q.
 * Returns 0, 404 for a report that does not exist (here), or 400/422
 * with p->message saying what to change.
 */
static int
report_parse(const struct req *r, struct resp *p, const char *name,
    int multi, struct report_req *q)
{
	const char *format, *record;
	char today[11];
	long long unused;
	size_t i;

	memset(q, 0, sizeof(*q));
	for (i = 0; i < NELEM(report_defs); i++)
		if (strcmp(report_defs[i].name, name) == 0 &&
		    (!multi || report_defs[i].is_multi))
			q->def = &report_defs[i];
	if (q->def == NULL)
		return 404;
	format = http_field(r, "format");
	if (format == NULL || *format == '\0' || strcmp(format, "html") == 0)
		q->format = FMT_HTML;
	else if (strcmp(format, "csv") == 0)
		q->format = FMT_CSV;
	else if (strcmp(format, "xml") == 0)
		q->format = FMT_XML;
	else {
		p->message = "A report comes as a page, or with format=csv "
		    "or format=xml as a download: no other format exists.";
		return 400;
	}
	if ((record = http_field(r, "record")) != NULL && *record != '\0') {
		if (strcmp(record, "processor") != 0 ||
		    q->def->csv_processor == -1 || q->format != FMT_CSV) {
			p->message = "Only the record of processing's CSV has "
			    "another record: record=processor, with "
			    "format=csv.";
			return 400;
		}
		q->is_processor = 1;
	}
	if ((q->asat = http_field(r, "asat")) != NULL && *q->asat == '\0')
		q->asat = NULL;
	if (q->def->parts & REPORT_REQUESTS) {
		if (q->asat != NULL) {
			p->message = "This report covers the requests received "
			    "in a period, not the record on a day: give from "
			    "and to instead of asat.";
			return 400;
		}
		return report_period(r, p, q);
	}
	if (q->asat != NULL && !form_v_date(q->asat, &unused)) {
		p->message = "Give the date to see the record at as "
		    "YYYY-MM-DD, for example 2026-01-31.";
		return 422;
	}
	checks_today(today);
	if (q->asat != NULL && strcmp(q->asat, today) > 0) {
		p->message = "A report can show the record as it stood on a "
		    "past date, not a future one: choose today or earlier.";
		return 422;
	}
	if (q->asat != NULL && strcmp(q->asat, today) == 0)
		q->asat = NULL;	/* today is now */
	return 0;
}

/*
 * Sets the sheet (CSV) or the XML download of the document, with an
 * attachment named SLUG-REPORT[-processor][-ASAT].csv or .xml, and
 * audits the copy against each organisation in ids (the export does the
 * same: a copy of the record left the building). Returns 200 or 500.
 */
static int
report_download(struct app *app, struct resp *p, const struct report_req *q,
    const char *slug, const long long *ids, size_t nids)
{
	char disp[192], detail[64], period[24] = "";
	size_t i;

	if (q->format == FMT_HTML)
		return 200;
	snprintf(detail, sizeof(detail), "%s %s%s", q->def->name,
	    q->format == FMT_CSV ? "csv" : "xml",
	    q->is_processor ? " processor" : "");
	for (i = 0; i < nids; i++)
		if (audit_log(app->db, app->sess->account.id, "report_export",
		    ids[i], "organisation", ids[i], detail) == -1)
			return 500;
	if (q->has_period)
		snprintf(period, sizeof(period), "-%s-%s", q->from, q->to);
	/* A slug is [a-z0-9-] and a date digits and '-': nothing to quote. */
	snprintf(disp, sizeof(disp),
	    "attachment; filename=\"%s-%s%s%s%s%s.%s\"", slug, q->def->name,
	    q->is_processor ? "-processor" : "",
	    q->asat ? "-" : "", q->asat ? q->asat : "", period,
	    q->format == FMT_CSV ? "csv" : "xml");
	http_resp_header(p, "Content-Disposition", disp);
	if (q->format == FMT_CSV)
		p->sheet = q->is_processor ? q->def->csv_processor :
		    q->def->csv;
	else
		p->is_xml = 1;
	return 200;
}

/* A new report document: <report name scope><meta/><asat/>?<period/>?. */
static xmlNodePtr
report_doc(struct app *app, struct resp *p, const struct report_req *q,
    const char *scope)
{
	xmlNodePtr root, n;

	root = staff_doc(app, p, "report", q->def->sheet);
	xml_attr(root, "name", q->def->name);
	xml_attr(root, "scope", scope);
	if (q->is_processor)
		xml_attr(root, "record", "processor");
	xml_text(root, "asat", q->asat);
	if (q->has_period) {
		n = xml_elem(root, "period");
		xml_attr(n, "from", q->from);
		xml_attr(n, "to", q->to);
		xml_attr(n, "today", q->today);
	}
	return root;
}

/* Drops a half-built document, so that the error page is shown. */
static int
report_fail(struct resp *p, int status)
{
	xmlFreeDoc(p->doc);
	p->doc = NULL;
	return status;
}

/*
 * GET /staff/o/:slug/reports/:report[?format=csv|xml][&record=processor]
 * [&asat=YYYY-MM-DD] (the requests report: [&from=YYYY-MM-DD]
 * [&to=YYYY-MM-DD] instead of asat): any account that may see the
 * organisation (404 otherwise, and for an unknown report). Returns 200,
 * 400, 404, 422 or 500.
 */
int
page_report(struct app *app, struct req *r, struct resp *p)
{
	struct report_req q;
	struct org *o = NULL;
	xmlNodePtr root;
	int status;

	if ((status = report_parse(r, p, r->args[1], 0, &q)) != 0)
		return status;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	root = report_doc(app, p, &q, "organisation");
	if (q.has_period) {
		staff_org_elem(root, o);
		status = staff_report_requests(app, root, o->id, q.from, q.to,
		    q.today);
	} else
		status = staff_report_register(app, root, o->id, q.asat,
		    q.def->parts);
	if (status == 404 && q.asat != NULL)
		p->message = "There is no record of this organisation on that "
		    "date: it was added to gdprdesk later. Choose a later date.";
	if (status == 200)
		status = report_download(app, p, &q, o->f[ORG_SLUG], &o->id, 1);
	org_free(o);
	return status == 200 ? 200 : report_fail(p, status);
}

/*
 * GET /staff/reports/:report: the report over every organisation the
 * account may see (those that did not exist on the asat day are left
 * out). Only reports that make sense across organisations: 404 for the
 * others. Returns 200, 400, 404, 422 or 500.
 */
int
page_report_all(struct app *app, struct req *r, struct resp *p)
{
	struct report_req q;
	struct org *orgs = NULL;
	xmlNodePtr root;
	long long *ids;
	size_t n = 0, nids = 0, i;
	int status;

	if ((status = report_parse(r, p, r->args[0], 1, &q)) != 0)
		return status;
	if (org_list(app->db, &app->sess->account, &orgs, &n) != DB_OK)
		return 500;
	status = 200;
	ids = xcalloc(n + 1, sizeof(*ids));
	root = report_doc(app, p, &q, "all");
	if (q.has_period) {
		/*
		 * One count over them all, which the database scopes as
		 * org_list did; the registers' loop below is not for it.
		 */
		for (i = 0; i < n; i++) {
			staff_org_elem(root, &orgs[i]);
			ids[nids++] = orgs[i].id;
		}
		status = staff_report_requests(app, root, 0, q.from, q.to,
		    q.today);
	}
	for (i = 0; i < n && status == 200 && !q.has_period; i++) {
		status = staff_report_register(app, root, orgs[i].id, q.asat,
		    q.def->parts);
		if (status == 200)
			ids[nids++] = orgs[i].id;
		else if (status == 404)
			status = 200;	/* not yet in gdprdesk that day */
	}
	if (status == 200)
		status = report_download(app, p, &q, "all", ids, nids);
	free(ids);
	org_list_free(orgs, n);
	return status == 200 ? 200 : report_fail(p, status);
}
