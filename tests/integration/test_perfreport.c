/* test_perfreport: the requests performance report over tickets of known dates and outcomes: counts, on-time share, median and 90th percentile, extensions, refusals by ground, overdue now, complaints; scope, period, downloads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "itest.h"

/* Asserts c, saying on stderr which case failed. */
#define PR_CHECK(c, ...) do {						\
	if (!(c)) {							\
		fprintf(stderr, "\n    ");				\
		fprintf(stderr, __VA_ARGS__);				\
	}								\
	CU_ASSERT(c);							\
} while (0)

/* The period the tickets below are counted over, both days included. */
#define PR_PERIOD	"from=2025-01-01&to=2025-06-30"

/*
 * The tickets, all in the past so that the figures hold whatever the
 * day the suite runs (after 2025-09-02, the last due date here).
 * Requests received in the period (13):
 *   answered: on time 01 (14 days), 03 (closed on its due date at
 *   23:30 UTC, 28), 04 (extended, 79), 05 (refused: unfounded, 10), 07
 *   (no data, 1); late 02 (36), 06 (refused: exemption, 36): median 28,
 *   90th percentile 36 + 0.4 * (79 - 36) = 53.2;
 *   not answered: 08 withdrawn, 09 identity not confirmed;
 *   open: 10 and 11 (extended) running and overdue, 12 (received in the
 *   period's last second) waiting for identity, 15 paused.
 * Outside the period: 13 (its first second after) running and overdue,
 * 14 (an hour before it) answered.
 * Complaints received in the period (3): C1 acknowledged on time, C2
 * acknowledged late and answered, C3 not acknowledged and past its day.
 */
static const char *const pr_tickets[] = {
	"'P-01', 'access', 'closed', '2025-01-06 10:00:00', '2025-02-06', 0, "
	    "'fulfilled', NULL, '2025-01-20 09:00:00', NULL",
	"'P-02', 'access', 'closed', '2025-01-15 10:00:00', '2025-02-17', 0, "
	    "'fulfilled', NULL, '2025-02-20 09:00:00', NULL",
	"'P-03', 'erasure', 'closed', '2025-02-03 10:00:00', '2025-03-03', 0, "
	    "'fulfilled', NULL, '2025-03-03 23:30:00', NULL",
	"'P-04', 'erasure', 'closed', '2025-02-10 10:00:00', '2025-05-12', 1, "
	    "'partly-fulfilled', NULL, '2025-04-30 09:00:00', NULL",
	"'P-05', 'access', 'closed', '2025-03-03 10:00:00', '2025-04-03', 0, "
	    "'refused', 'unfounded', '2025-03-13 09:00:00', NULL",
	"'P-06', 'objection', 'closed', '2025-03-20 10:00:00', '2025-04-22', "
	    "0, 'refused', 'exemption', '2025-04-25 09:00:00', NULL",
	"'P-07', 'rectification', 'closed', '2025-04-01 10:00:00', "
	    "'2025-05-01', 0, 'no-data', NULL, '2025-04-02 09:00:00', NULL",
	"'P-08', 'access', 'closed', '2025-04-14 10:00:00', '2025-05-14', 0, "
	    "'withdrawn', NULL, '2025-04-20 09:00:00', NULL",
	"'P-09', 'portability', 'closed', '2025-05-05 10:00:00', NULL, 0, "
	    "'identity-failed', NULL, '2025-06-01 09:00:00', NULL",
	"'P-10', 'access', 'in-progress', '2025-05-20 10:00:00', '2025-06-20', "
	    "0, NULL, NULL, NULL, NULL",
	"'P-11', 'erasure', 'in-progress', '2025-06-02 10:00:00', "
	    "'2025-09-02', 1, NULL, NULL, NULL, NULL",
	"'P-12', 'access', 'awaiting-identity', '2025-06-30 23:59:59', NULL, "
	    "0, NULL, NULL, NULL, NULL",
	"'P-13', 'access', 'received', '2025-07-01 00:00:00', '2025-08-01', 0, "
	    "NULL, NULL, NULL, NULL",
	"'P-14', 'access', 'closed', '2024-12-31 23:00:00', '2025-01-31', 0, "
	    "'fulfilled', NULL, '2025-01-10 09:00:00', NULL",
	"'P-15', 'erasure', 'awaiting-clarification', '2025-05-09 10:00:00', "
	    "'2025-06-10', 0, NULL, NULL, NULL, NULL",
	"'C-01', 'complaint', 'acknowledged', '2025-02-01 10:00:00', "
	    "'2025-03-03', 0, NULL, NULL, NULL, '2025-02-10 09:00:00'",
	"'C-02', 'complaint', 'closed', '2025-03-01 10:00:00', '2025-03-31', "
	    "0, 'answered', NULL, '2025-04-20 09:00:00', '2025-04-05 09:00:00'",
	"'C-03', 'complaint', 'received', '2025-06-01 10:00:00', '2025-07-01', "
	    "0, NULL, NULL, NULL, NULL",
};

static struct it_sess pr_admin;
static char *pr_slug;		/* the organisation with the tickets above */
static char *pr_other;		/* another, with one request in the period */

/* Inserts the ticket of values v (pr_tickets' columns) into slug's. */
static int
pr_ticket_add(const char *slug, const char *v)
{
	return it_sql("INSERT INTO ticket (org_id, reference, kind, status, "
	    "received_at, due_date, is_extended, outcome, outcome_ground, "
	    "closed_at, acknowledged_at, token_hash) SELECT o.id, %s, "
	    "SHA2(CONCAT(o.slug, '/', RAND()), 256) FROM organisation o "
	    "WHERE o.slug = '%s'", v, slug);
}

static int
pr_init(void)
{
	size_t i;

	if (it_suite_init() == -1 ||
	    it_login("admin", it_admin_password(), &pr_admin) != 303)
		return -1;
	pr_slug = it_org("perf");
	pr_other = it_org("perf2");
	for (i = 0; i < NELEM(pr_tickets); i++)
		if (pr_ticket_add(pr_slug, pr_tickets[i]) == -1)
			return -1;
	return pr_ticket_add(pr_other, "'Q-01', 'access', 'closed', "
	    "'2025-03-10 10:00:00', '2025-04-10', 0, 'fulfilled', NULL, "
	    "'2025-03-30 09:00:00', NULL");
}

static int
pr_clean(void)
{
	it_sess_free(&pr_admin);
	free(pr_slug);
	free(pr_other);
	return 0;
}

/* GETs path as s and checks the status; the response is in *r. */
static int
pr_get(struct ht_resp *r, const struct it_sess *s, const char *path,
    int xml, long want)
{
	if (ht_get(r, path, s != NULL ? s->cookie : NULL, xml) == -1) {
		fprintf(stderr, "\n    GET %s: no response", path);
		return 0;
	}
	return it_status(r, want, path);
}

/* The report's XML document at path as s, or NULL (the failure said). */
static xmlDocPtr
pr_doc(const struct it_sess *s, const char *path)
{
	struct ht_resp r;
	xmlDocPtr doc = NULL;

	if (pr_get(&r, s, path, 0, 200))
		doc = ht_xml(&r);
	ht_resp_free(&r);
	return doc;
}

/* Checks that XPath expression expr over doc is the number want. */
static void
pr_is(xmlDocPtr doc, const char *expr, long long want)
{
	long long got = ht_xpath_int(doc, expr);

	PR_CHECK(got == want, "%s is %lld, want %lld", expr, got, want);
}

/* Checks that string(expr) over doc is want. */
static void
pr_str(xmlDocPtr doc, const char *expr, const char *want)
{
	char *got = ht_xpath(doc, expr);

	PR_CHECK(got != NULL && strcmp(got, want) == 0, "%s is \"%s\", want "
	    "\"%s\"", expr, got ? got : "(null)", want);
	free(got);
}

/* The figures of the organisation's tickets, as its XML document says. */
static void
test_figures(void)
{
	static const struct {
		const char	*attr;
		long long	 want;
	} req[] = {
		{ "received", 13 }, { "open", 4 }, { "closed", 9 },
		{ "answered", 7 }, { "on_time", 5 }, { "late", 2 },
		{ "undated", 0 }, { "extended", 2 }, { "refused", 2 },
		{ "refused_unfounded", 1 }, { "refused_excessive", 0 },
		{ "refused_exemption", 1 }, { "fulfilled", 3 },
		{ "partly_fulfilled", 1 }, { "no_data", 1 }, { "withdrawn", 1 },
		{ "identity_failed", 1 }, { "overdue", 3 },
	}, cmp[] = {
		{ "received", 3 }, { "open", 2 }, { "answered", 1 },
		{ "acknowledged_on_time", 1 }, { "acknowledged_late", 1 },
		{ "unacknowledged", 1 }, { "overdue", 1 },
	};
	static const long long months[] = { 2, 2, 2, 2, 3, 2 };
	char *path, *expr;
	xmlDocPtr doc;
	size_t i;

	path = xasprintf("/staff/o/%s/reports/requests?format=xml&"
	    PR_PERIOD, pr_slug);
	doc = pr_doc(&pr_admin, path);
	free(path);
	CU_ASSERT_FATAL(doc != NULL);
	pr_str(doc, "string(/report/@name)", "requests");
	pr_str(doc, "string(/report/period/@from)", "2025-01-01");
	pr_str(doc, "string(/report/period/@to)", "2025-06-30");
	pr_is(doc, "count(/report/organisation)", 1);

	/* All requests together, complaints apart. */
	for (i = 0; i < NELEM(req); i++) {
		expr = xasprintf("number(//figures[@class = 'request' and "
		    "not(@kind)]/@%s)", req[i].attr);
		pr_is(doc, expr, req[i].want);
		free(expr);
	}
	for (i = 0; i < NELEM(cmp); i++) {
		expr = xasprintf("number(//figures[@class = 'complaint' and "
		    "not(@kind)]/@%s)", cmp[i].attr);
		pr_is(doc, expr, cmp[i].want);
		free(expr);
	}
	/* By kind: access 01 02 05 08 10 12; erasure 03 04 11 15. */
	pr_is(doc, "number(//figures[@kind = 'access' and @org]/@received)",
	    6);
	pr_is(doc, "number(//figures[@kind = 'access' and @org]/@on_time)", 2);
	pr_is(doc, "number(//figures[@kind = 'access' and @org]/@late)", 1);
	pr_is(doc, "number(//figures[@kind = 'access' and @org]/@overdue)", 2);
	pr_is(doc, "number(//figures[@kind = 'erasure' and @org]/@extended)",
	    2);
	pr_is(doc, "number(//figures[@kind = 'objection' and @org]"
	    "/@refused_exemption)", 1);

	/* Days to answer, over the scope and for the organisation. */
	pr_is(doc, "number(//answer-days[not(@org)]/@answered)", 7);
	pr_str(doc, "string(//answer-days[not(@org)]/@median)", "28.0");
	pr_str(doc, "string(//answer-days[not(@org)]/@p90)", "53.2");
	pr_str(doc, "string(//answer-days[@org]/@p90)", "53.2");

	/* Every month of the period, with its requests. */
	pr_is(doc, "count(//month[not(@org)])", 6);
	for (i = 0; i < NELEM(months); i++) {
		expr = xasprintf("number(//month[not(@org)]"
		    "[@month = '2025-%02zu']/@n)", i + 1);
		pr_is(doc, expr, months[i]);
		free(expr);
	}
	pr_is(doc, "sum(//month[@org and @kind = 'access']/@n)", 6);
	pr_is(doc, "sum(//month[@org and @kind = 'complaint']/@n)", 3);
	xmlFreeDoc(doc);

	/* A period of one day: the last second of June counts, July not. */
	path = xasprintf("/staff/o/%s/reports/requests?format=xml&"
	    "from=2025-06-30&to=2025-06-30", pr_slug);
	doc = pr_doc(&pr_admin, path);
	free(path);
	CU_ASSERT_FATAL(doc != NULL);
	pr_is(doc, "number(//figures[@class = 'request' and not(@kind)]"
	    "/@received)", 1);
	/* Overdue now does not depend on the period. */
	pr_is(doc, "number(//figures[@class = 'request' and not(@kind)]"
	    "/@overdue)", 3);
	pr_is(doc, "count(//answer-days)", 0);
	pr_is(doc, "count(//month[not(@org)])", 1);
	xmlFreeDoc(doc);
}

/* The page and the CSV say the same; the download is audited. */
static void
test_page_and_csv(void)
{
	struct ht_resp r;
	char *path, *s, *want;

	path = xasprintf("/staff/o/%s/reports/requests?" PR_PERIOD, pr_slug);
	CU_ASSERT_FATAL(pr_get(&r, &pr_admin, path, 0, 200));
	free(path);
	s = ht_header(&r, "Content-Type");
	CU_ASSERT(s != NULL && strncmp(s, "text/html", 9) == 0);
	free(s);
	CU_ASSERT(ht_body_has(&r, "Requests performance"));
	CU_ASSERT(ht_body_has(&r, "report-print-foot"));
	CU_ASSERT(ht_body_has(&r, "<svg class=\"chart"));
	CU_ASSERT(ht_body_has(&r, "71% (5 of 7 answered; 2 late)"));
	CU_ASSERT(ht_body_has(&r, "Median 28, 90th percentile 53.2"));
	CU_ASSERT(ht_body_has(&r, "1 January 2025 to 30 June 2025"));
	/* The downloads keep the period. */
	CU_ASSERT(ht_body_has(&r, "?format=csv&amp;" "from=2025-01-01&amp;"
	    "to=2025-06-30"));
	ht_resp_free(&r);

	path = xasprintf("/staff/o/%s/reports/requests?format=csv&" PR_PERIOD,
	    pr_slug);
	CU_ASSERT_FATAL(pr_get(&r, &pr_admin, path, 0, 200));
	free(path);
	s = ht_header(&r, "Content-Type");
	CU_ASSERT(s != NULL && strcmp(s, "text/csv; charset=utf-8") == 0);
	free(s);
	s = ht_header(&r, "Content-Disposition");
	want = xasprintf("attachment; filename=\"%s-requests-2025-01-01-"
	    "2025-06-30.csv\"", pr_slug);
	PR_CHECK(s != NULL && strcmp(s, want) == 0, "Content-Disposition %s",
	    s ? s : "(none)");
	free(want);
	free(s);
	CU_ASSERT(r.body.len > 3 && memcmp(r.body.p, "\xef\xbb\xbf", 3) == 0);
	CU_ASSERT(ht_body_has(&r, "\"Organisation\",\"Kind\",\"From\",\"To\","
	    "\"Received\""));
	/* The organisation's requests: counts, share, median, p90 ... */
	CU_ASSERT(ht_body_has(&r, "\"All requests\",\"2025-01-01\","
	    "\"2025-06-30\",\"13\",\"7\",\"5\",\"2\",\"0\",\"71%\",\"28\","
	    "\"53.2\",\"2\",\"2\",\"1\",\"0\",\"1\""));
	/* ... and received each month, January to June. */
	CU_ASSERT(ht_body_has(&r, "\"2\",\"2\",\"2\",\"2\",\"3\",\"2\"\r\n"));
	CU_ASSERT(ht_body_has(&r, "\"Complaint\""));
	ht_resp_free(&r);

	CU_ASSERT(it_sql_int("SELECT COUNT(*) FROM audit a JOIN organisation o "
	    "ON o.id = a.org_id WHERE o.slug = '%s' AND a.action = "
	    "'report_export' AND a.detail = 'requests csv'", pr_slug) == 1);
}

/* Without a period: the twelve calendar months to today (UTC). */
static void
test_default_period(void)
{
	char *path, *from, *to;
	xmlDocPtr doc;

	path = xasprintf("/staff/o/%s/reports/requests?format=xml", pr_slug);
	doc = pr_doc(&pr_admin, path);
	free(path);
	CU_ASSERT_FATAL(doc != NULL);
	from = it_sql_str("SELECT DATE_FORMAT(UTC_DATE() - INTERVAL 11 MONTH, "
	    "'%%Y-%%m-01')");
	to = it_sql_str("SELECT DATE_FORMAT(UTC_DATE(), '%%Y-%%m-%%d')");
	CU_ASSERT_FATAL(from != NULL && to != NULL);
	pr_str(doc, "string(/report/period/@from)", from);
	pr_str(doc, "string(/report/period/@to)", to);
	pr_is(doc, "count(//month[not(@org)])", 12);
	/* The old tickets are outside it, but three are overdue now. */
	pr_is(doc, "sum(//figures[@class = 'request' and not(@kind)]"
	    "/@received)", 0);
	pr_is(doc, "number(//figures[@class = 'request' and not(@kind)]"
	    "/@overdue)", 3);
	free(from);
	free(to);
	xmlFreeDoc(doc);
}

/* A DPO sees its own organisation's report, and nothing of another's. */
static void
test_scope(void)
{
	struct it_sess dpo = { 0 };
	struct ht_resp r;
	char *login, *path;
	xmlDocPtr doc;

	login = it_name("t-prdpo");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", pr_slug, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &dpo) == 303);
	free(login);

	path = xasprintf("/staff/o/%s/reports/requests", pr_slug);
	CU_ASSERT(pr_get(&r, &dpo, path, 0, 200));
	ht_resp_free(&r);
	free(path);
	path = xasprintf("/staff/o/%s/reports/requests", pr_other);
	CU_ASSERT(pr_get(&r, &dpo, path, 0, 404));
	ht_resp_free(&r);
	free(path);
	path = xasprintf("/staff/o/%s/reports/requests?format=csv", pr_other);
	CU_ASSERT(pr_get(&r, &dpo, path, 0, 404));
	CU_ASSERT(!ht_body_has(&r, "Integration"));
	ht_resp_free(&r);
	free(path);
	CU_ASSERT(pr_get(&r, &dpo, "/staff/o/crmio/reports/requests?format=xml",
	    0, 404));
	ht_resp_free(&r);

	/* Across organisations: its own only, the other's request left out. */
	doc = pr_doc(&dpo, "/staff/reports/requests?format=xml&" PR_PERIOD);
	CU_ASSERT_FATAL(doc != NULL);
	pr_str(doc, "string(/report/@scope)", "all");
	pr_is(doc, "count(/report/organisation)", 1);
	pr_is(doc, "number(//figures[@class = 'request' and not(@kind)]"
	    "/@received)", 13);
	pr_is(doc, "count(//figures[@org and "
	    "@org != /report/organisation/@id])", 0);
	xmlFreeDoc(doc);

	/* The admin's sees both: 13 + 1 in the period, at the least. */
	doc = pr_doc(&pr_admin, "/staff/reports/requests?format=xml&"
	    PR_PERIOD);
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(ht_xpath_int(doc, "number(//figures[@class = 'request' and "
	    "not(@kind)]/@received)") >= 14);
	path = xasprintf("count(/report/organisation[@slug = '%s' or @slug = "
	    "'%s'])", pr_slug, pr_other);
	pr_is(doc, path, 2);
	free(path);
	xmlFreeDoc(doc);

	/* The page across organisations has a line for each. */
	CU_ASSERT(pr_get(&r, &dpo, "/staff/reports/requests?" PR_PERIOD, 0,
	    200));
	CU_ASSERT(ht_body_has(&r, "Each organisation"));
	ht_resp_free(&r);
	/* And both indexes link to the report. */
	CU_ASSERT(pr_get(&r, &dpo, "/staff/reports", 0, 200));
	CU_ASSERT(ht_body_has(&r, "/staff/reports/requests"));
	ht_resp_free(&r);
	path = xasprintf("/staff/o/%s/reports", pr_slug);
	CU_ASSERT(pr_get(&r, &dpo, path, 0, 200));
	free(path);
	path = xasprintf("/staff/o/%s/reports/requests", pr_slug);
	CU_ASSERT(ht_body_has(&r, path));
	free(path);
	ht_resp_free(&r);
	it_sess_free(&dpo);
}

/* A bad period: 422 with what to change; other mistakes 400 or 404. */
static void
test_bad_period(void)
{
	static const struct {
		const char	*query;
		long		 status;
	} cases[] = {
		{ "?from=2025-13-01", 422 },
		{ "?from=2025-02-30", 422 },
		{ "?to=yesterday", 422 },
		{ "?from=2025-06-01&to=2025-05-31", 422 },
		{ "?from=2014-01-01&to=2024-01-01", 422 },
		{ "?from=2015-01-01&to=2024-12-31", 200 },
		{ "?to=1900-03-31", 422 },
		{ "?asat=2025-01-01", 400 },
		{ "?format=pdf", 400 },
		{ "?format=csv&record=processor", 400 },
	};
	struct ht_resp r;
	char *path;
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		path = xasprintf("/staff/o/%s/reports/requests%s", pr_slug,
		    cases[i].query);
		CU_ASSERT(pr_get(&r, &pr_admin, path, 0, cases[i].status));
		if (cases[i].status == 422)
			CU_ASSERT(ht_body_has(&r, "period"));
		ht_resp_free(&r);
		free(path);
	}
	CU_ASSERT(pr_get(&r, &pr_admin, "/staff/reports/requests?"
	    "from=2025-06-01&to=2025-01-01", 0, 422));
	ht_resp_free(&r);
	CU_ASSERT(pr_get(&r, &pr_admin, "/staff/o/no-such-org/reports/requests",
	    0, 404));
	ht_resp_free(&r);
}

int
test_perfreport_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("requests performance report", pr_init,
	    pr_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "counts, on-time share, median and 90th "
	    "percentile, extensions, refusals by ground, overdue now, "
	    "complaints", test_figures) == NULL ||
	    CU_add_test(s, "the page and the CSV say the same; the download "
	    "is audited", test_page_and_csv) == NULL ||
	    CU_add_test(s, "without a period: the twelve months to today",
	    test_default_period) == NULL ||
	    CU_add_test(s, "a DPO sees its own organisation's only",
	    test_scope) == NULL ||
	    CU_add_test(s, "a bad period is 422", test_bad_period) == NULL)
		return -1;
	return 0;
}
