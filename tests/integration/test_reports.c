/* test_reports: the compliance reports on the seed organisations: pages, CSV and XML, scope, as-at, and who may read them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "itest.h"

/* The ICO template's controller columns, in its order (GDPR-RULES.md 13). */
static const char *const rp_ico[30] = {
	"Business function",
	"Purpose of processing",
	"Name and contact details of joint controller (if applicable)",
	"Categories of individuals",
	"Categories of personal data",
	"Categories of recipients",
	"Link to contract with processor",
	"Names of third countries or international organisations that "
	    "personal data are transferred to (if applicable)",
	"Safeguards for exceptional transfers of personal data to third "
	    "countries or international organisations (if applicable)",
	"Retention schedule (if possible)",
	"General description of technical and organisational security "
	    "measures (if possible)",
	"Article 6 lawful basis for processing personal data",
	"Article 9 condition for processing special category data",
	"Legitimate interests for the processing (if applicable)",
	"Link to record of legitimate interests assessment (if applicable)",
	"Rights available to individuals",
	"Existence of automated decision-making, including profiling (if "
	    "applicable)",
	"The source of the personal data (if applicable)",
	"Link to record of consent",
	"Location of personal data",
	"Data Protection Impact Assessment required?",
	"Data Protection Impact Assessment progress",
	"Link to Data Protection Impact Assessment",
	"Has a personal data breach occurred?",
	"Link to record of personal data breach",
	"Data Protection Act 2018 Schedule 1 Condition for processing",
	"GDPR Article 6 lawful basis for processing",
	"Link to retention and erasure policy document",
	"Is personal data retained and erased in accordance with the policy "
	    "document?",
	"Reasons for not adhering to policy document (if applicable)",
};

/* The reports of one organisation, and those that span them all. */
static const char *const rp_names[] = {
	"ropa", "transfers", "recipients", "checks", "dataflow",
};
static const char *const rp_multi[] = { "transfers", "recipients", "checks" };

/* Asserts c, saying on stderr which case failed. */
#define RP_CHECK(c, ...) do {						\
	if (!(c)) {							\
		fprintf(stderr, "\n    ");				\
		fprintf(stderr, __VA_ARGS__);				\
	}								\
	CU_ASSERT(c);							\
} while (0)

static const char *const rp_slugs[] = {
	"realtimecrm", "expertcrm", "opencrm", "crmio", "callminders",
};

static struct it_sess rp_admin;

static int
rp_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	return it_login("admin", it_admin_password(), &rp_admin) == 303 ?
	    0 : -1;
}

static int
rp_clean(void)
{
	it_sess_free(&rp_admin);
	return 0;
}

/* GETs path as s and checks the status; the response is in *r. */
static int
rp_get(struct ht_resp *r, const struct it_sess *s, const char *path,
    int xml, long want)
{
	if (ht_get(r, path, s != NULL ? s->cookie : NULL, xml) == -1) {
		fprintf(stderr, "\n    GET %s: no response", path);
		return 0;
	}
	return it_status(r, want, path);
}

/*
 * The cells of the first record of a CSV body (after its byte order
 * mark), each quoted as csv.xsl writes them. Returns the number read
 * (at most max); cells are owned.
 */
static size_t
rp_csv_header(const struct ht_resp *r, char **cells, size_t max)
{
	const char *p = r->body.p, *end = r->body.p + r->body.len;
	struct buf b;
	size_t n = 0;

	if (r->body.len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && n < max && *p == '"') {
		memset(&b, 0, sizeof(b));
		buf_puts(&b, "");
		for (p++; p < end; p++) {
			if (*p == '"' && p + 1 < end && p[1] == '"')
				buf_append(&b, p++, 1);
			else if (*p == '"')
				break;
			else
				buf_append(&b, p, 1);
		}
		cells[n++] = b.p;
		if (p < end)
			p++;
		if (p < end && *p == ',')
			p++;
		else
			break;
	}
	return n;
}

/* Every report of every seed organisation: page, CSV, XML. */
static void
test_seed_reports(void)
{
	struct ht_resp r;
	char *path, *ct, *cd;
	xmlDocPtr doc;
	size_t s, i;

	for (s = 0; s < NELEM(rp_slugs); s++) {
		path = xasprintf("/staff/o/%s/reports", rp_slugs[s]);
		CU_ASSERT(rp_get(&r, &rp_admin, path, 0, 200));
		CU_ASSERT(ht_body_has(&r, "/reports/ropa"));
		ht_resp_free(&r);
		free(path);
		for (i = 0; i < NELEM(rp_names); i++) {
			path = xasprintf("/staff/o/%s/reports/%s", rp_slugs[s],
			    rp_names[i]);
			CU_ASSERT(rp_get(&r, &rp_admin, path, 0, 200));
			ct = ht_header(&r, "Content-Type");
			CU_ASSERT(ct != NULL && strncmp(ct, "text/html", 9) == 0);
			free(ct);
			CU_ASSERT(ht_body_has(&r, "report-print-foot"));
			ht_resp_free(&r);
			free(path);

			path = xasprintf("/staff/o/%s/reports/%s?format=csv",
			    rp_slugs[s], rp_names[i]);
			CU_ASSERT(rp_get(&r, &rp_admin, path, 0, 200));
			ct = ht_header(&r, "Content-Type");
			CU_ASSERT(ct != NULL &&
			    strcmp(ct, "text/csv; charset=utf-8") == 0);
			cd = ht_header(&r, "Content-Disposition");
			free(path);
			path = xasprintf("attachment; filename=\"%s-%s.csv\"",
			    rp_slugs[s], rp_names[i]);
			CU_ASSERT(cd != NULL && strcmp(cd, path) == 0);
			free(ct);
			free(cd);
			ht_resp_free(&r);
			free(path);

			path = xasprintf("/staff/o/%s/reports/%s?format=xml",
			    rp_slugs[s], rp_names[i]);
			CU_ASSERT(rp_get(&r, &rp_admin, path, 0, 200));
			ct = ht_header(&r, "Content-Type");
			CU_ASSERT(ct != NULL && strncmp(ct, "application/xml",
			    15) == 0);
			free(ct);
			CU_ASSERT((doc = ht_xml(&r)) != NULL);
			if (doc != NULL) {
				CU_ASSERT(ht_xpath_int(doc,
				    "count(/report/register/organisation)") == 1);
				xmlFreeDoc(doc);
			}
			ht_resp_free(&r);
			free(path);
		}
	}
	/* The reports across organisations. */
	CU_ASSERT(rp_get(&r, &rp_admin, "/staff/reports", 0, 200));
	ht_resp_free(&r);
	for (i = 0; i < NELEM(rp_multi); i++) {
		path = xasprintf("/staff/reports/%s", rp_multi[i]);
		CU_ASSERT(rp_get(&r, &rp_admin, path, 1, 200));
		CU_ASSERT((doc = ht_xml(&r)) != NULL);
		if (doc != NULL) {
			CU_ASSERT(ht_xpath_int(doc, "count(/report/register)") >=
			    5);
			xmlFreeDoc(doc);
		}
		ht_resp_free(&r);
		free(path);
		path = xasprintf("/staff/reports/%s?format=csv", rp_multi[i]);
		CU_ASSERT(rp_get(&r, &rp_admin, path, 0, 200));
		ht_resp_free(&r);
		free(path);
	}
}

/* The controller CSV has the 30 columns of the ICO template, in order. */
static void
test_ropa_csv(void)
{
	struct ht_resp r;
	char *cells[40];
	size_t n, i;

	CU_ASSERT_FATAL(rp_get(&r, &rp_admin,
	    "/staff/o/realtimecrm/reports/ropa?format=csv", 0, 200));
	CU_ASSERT(r.body.len > 3 && memcmp(r.body.p, "\xef\xbb\xbf", 3) == 0);
	n = rp_csv_header(&r, cells, NELEM(cells));
	RP_CHECK(n == 30, "the header row has %zu cells", n);
	for (i = 0; i < n && i < 30; i++)
		RP_CHECK(strcmp(cells[i], rp_ico[i]) == 0, "column %zu is \"%s\", "
		    "want \"%s\"", i + 1, cells[i], rp_ico[i]);
	for (i = 0; i < n; i++)
		free(cells[i]);
	/* Categories of recipients name Stripe, the payment provider. */
	CU_ASSERT(ht_body_has(&r, "Stripe (Processor)"));
	ht_resp_free(&r);

	/* The processor record: CallMinders answers telephones for clients. */
	CU_ASSERT_FATAL(rp_get(&r, &rp_admin, "/staff/o/callminders/reports/"
	    "ropa?format=csv&record=processor", 0, 200));
	n = rp_csv_header(&r, cells, NELEM(cells));
	CU_ASSERT(n == 6);
	CU_ASSERT(n > 0 && strcmp(cells[0], "Name and contact details of the "
	    "controller") == 0);
	for (i = 0; i < n; i++)
		free(cells[i]);
	CU_ASSERT(ht_body_has(&r, "Message Bank"));
	ht_resp_free(&r);
}

/* RealtimeCRM's record names Stripe, in the page and in the document. */
static void
test_ropa_stripe(void)
{
	struct ht_resp r;
	xmlDocPtr doc;

	CU_ASSERT_FATAL(rp_get(&r, &rp_admin,
	    "/staff/o/realtimecrm/reports/ropa", 0, 200));
	CU_ASSERT(ht_body_has(&r, "Stripe"));
	CU_ASSERT(ht_body_has(&r, "Business function"));
	CU_ASSERT(ht_body_has(&r, "Reasons for not adhering to policy "
	    "document"));
	CU_ASSERT(ht_body_has(&r, "ZA067780"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(rp_get(&r, &rp_admin,
	    "/staff/o/realtimecrm/reports/ropa", 1, 200));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	CU_ASSERT(ht_xpath_int(doc, "count(//recipients/recipient"
	    "[name = 'Stripe'])") == 1);
	CU_ASSERT(ht_xpath_int(doc, "count(//activity[recipient/@ref = "
	    "//recipients/recipient[name = 'Stripe']/@id])") >= 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* CRM.io's own processing in the US rests on the Privacy Shield. */
	CU_ASSERT_FATAL(rp_get(&r, &rp_admin,
	    "/staff/o/crmio/reports/transfers", 1, 200));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	CU_ASSERT(ht_xpath_int(doc, "count(//organisation/location[@country = "
	    "'US' and @abroad = 1 and @safeguard = 'obsolete'])") == 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
}

/* Bad requests: a clear 4xx, nothing else. */
static void
test_bad_requests(void)
{
	static const struct {
		const char	*path;
		long		 status;
	} cases[] = {
		{ "/staff/o/crmio/reports/nothing", 404 },
		{ "/staff/o/no-such-org/reports/ropa", 404 },
		{ "/staff/o/no-such-org/reports", 404 },
		{ "/staff/reports/ropa", 404 },
		{ "/staff/reports/dataflow", 404 },
		{ "/staff/o/crmio/reports/ropa?format=pdf", 400 },
		{ "/staff/o/crmio/reports/ropa?record=processor", 400 },
		{ "/staff/o/crmio/reports/checks?format=csv&record=processor",
		    400 },
		{ "/staff/o/crmio/reports/ropa?asat=2026-13-01", 422 },
		{ "/staff/o/crmio/reports/ropa?asat=yesterday", 422 },
		{ "/staff/o/crmio/reports/ropa?asat=2999-01-01", 422 },
		{ "/staff/o/crmio/reports/ropa?asat=2001-01-01", 404 },
	};
	struct ht_resp r;
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		CU_ASSERT(rp_get(&r, &rp_admin, cases[i].path, 0,
		    cases[i].status));
		ht_resp_free(&r);
	}
	/* Without a session: the login page. */
	CU_ASSERT(rp_get(&r, NULL, "/staff/o/crmio/reports/ropa?format=csv",
	    0, 303));
	ht_resp_free(&r);
}

/* A DPO of one organisation: 404 for another's reports; a viewer reads. */
static void
test_scope(void)
{
	struct it_sess dpo = { 0 }, viewer = { 0 };
	struct ht_resp r;
	char *org, *login, *path;
	xmlDocPtr doc;
	size_t i;

	org = it_org("reports");
	login = it_name("t-rpdpo");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", org, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &dpo) == 303);
	free(login);
	for (i = 0; i < NELEM(rp_names); i++) {
		path = xasprintf("/staff/o/crmio/reports/%s?format=csv",
		    rp_names[i]);
		CU_ASSERT(rp_get(&r, &dpo, path, 0, 404));
		CU_ASSERT(!ht_body_has(&r, "CRM.io"));
		ht_resp_free(&r);
		free(path);
		path = xasprintf("/staff/o/crmio/reports/%s", rp_names[i]);
		CU_ASSERT(rp_get(&r, &dpo, path, 0, 404));
		ht_resp_free(&r);
		free(path);
		path = xasprintf("/staff/o/%s/reports/%s", org, rp_names[i]);
		CU_ASSERT(rp_get(&r, &dpo, path, 0, 200));
		ht_resp_free(&r);
		free(path);
	}
	/* Across organisations: only its own. */
	CU_ASSERT_FATAL(rp_get(&r, &dpo, "/staff/reports/checks", 1, 200));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	CU_ASSERT(ht_xpath_int(doc, "count(/report/register)") == 1);
	path = xasprintf("count(/report/register/organisation[@slug = '%s'])",
	    org);
	CU_ASSERT(ht_xpath_int(doc, path) == 1);
	free(path);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	CU_ASSERT(rp_get(&r, &dpo, "/staff/reports/transfers?format=csv", 0,
	    200));
	CU_ASSERT(!ht_body_has(&r, "CRM.io"));
	ht_resp_free(&r);

	/* A viewer of CRM.io reads every report and download. */
	login = it_name("t-rpview");
	CU_ASSERT_FATAL(it_user_add(login, "viewer", "crmio", IT_PASSWORD) ==
	    0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &viewer) == 303);
	for (i = 0; i < NELEM(rp_names); i++) {
		path = xasprintf("/staff/o/crmio/reports/%s", rp_names[i]);
		CU_ASSERT(rp_get(&r, &viewer, path, 0, 200));
		ht_resp_free(&r);
		free(path);
		path = xasprintf("/staff/o/crmio/reports/%s?format=csv",
		    rp_names[i]);
		CU_ASSERT(rp_get(&r, &viewer, path, 0, 200));
		ht_resp_free(&r);
		free(path);
	}
	/* The download left the building: on the record. */
	path = xasprintf("SELECT COUNT(*) FROM audit a JOIN staff_account s ON "
	    "s.id = a.account_id WHERE s.login = '%s' AND a.action = "
	    "'report_export'", login);
	CU_ASSERT(it_sql_int("%s", path) == (long long)NELEM(rp_names));
	free(path);
	free(login);
	free(org);
	it_sess_free(&viewer);
	it_sess_free(&dpo);
}

/* ?asat shows the record as it stood: the old purposes, categories, org. */
static void
test_asat(void)
{
	struct ht_resp r;
	char *slug, *path, *asat, *s;
	xmlDocPtr doc;

	/* Written two days ago: versioned rows start at the session's time. */
	slug = it_name("it-rpasat");
	CU_ASSERT_FATAL(it_sql("SET timestamp = UNIX_TIMESTAMP() - 172800") ==
	    0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO organisation (slug, name, "
	    "ref_prefix, dpo_name) VALUES ('%s', 'Report As-at Ltd', 'RAS', "
	    "'Old DPO')", slug) == 0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO activity (org_id, name, role, "
	    "status, purposes, business_function) SELECT id, 'Payroll', "
	    "'controller', 'active', 'Purposes before', 'HR' FROM organisation "
	    "WHERE slug = '%s'", slug) == 0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO activity_subject (activity_id, "
	    "subject_category_id) SELECT a.id, c.id FROM activity a JOIN "
	    "organisation o ON o.id = a.org_id JOIN subject_category c ON "
	    "c.org_id IS NULL WHERE o.slug = '%s' ORDER BY c.id LIMIT 1",
	    slug) == 0);
	CU_ASSERT_FATAL(it_sql("SET timestamp = DEFAULT") == 0);
	/* Changed today. */
	CU_ASSERT_FATAL(it_sql("UPDATE activity a JOIN organisation o ON o.id = "
	    "a.org_id SET a.purposes = 'Purposes after', a.business_function = "
	    "'Finance' WHERE o.slug = '%s'", slug) == 0);
	CU_ASSERT_FATAL(it_sql("UPDATE organisation SET dpo_name = 'New DPO' "
	    "WHERE slug = '%s'", slug) == 0);
	CU_ASSERT_FATAL(it_sql("DELETE s FROM activity_subject s JOIN activity "
	    "a ON a.id = s.activity_id JOIN organisation o ON o.id = a.org_id "
	    "WHERE o.slug = '%s'", slug) == 0);

	asat = it_sql_str("SELECT DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL 1 DAY, "
	    "'%%Y-%%m-%%d')");
	CU_ASSERT_FATAL(asat != NULL);
	path = xasprintf("/staff/o/%s/reports/ropa?asat=%s", slug, asat);
	CU_ASSERT_FATAL(rp_get(&r, &rp_admin, path, 1, 200));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	s = ht_xpath(doc, "string(//activity/purposes)");
	CU_ASSERT(s != NULL && strcmp(s, "Purposes before") == 0);
	free(s);
	s = ht_xpath(doc, "string(//organisation/dpo_name)");
	CU_ASSERT(s != NULL && strcmp(s, "Old DPO") == 0);
	free(s);
	CU_ASSERT(ht_xpath_int(doc, "count(//activity/subject)") == 1);
	s = ht_xpath(doc, "string(/report/asat)");
	CU_ASSERT(s != NULL && strcmp(s, asat) == 0);
	free(s);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(path);

	/* The CSV as at that day, named for it. */
	path = xasprintf("/staff/o/%s/reports/ropa?format=csv&asat=%s", slug,
	    asat);
	CU_ASSERT_FATAL(rp_get(&r, &rp_admin, path, 0, 200));
	CU_ASSERT(ht_body_has(&r, "\"HR\",\"Purposes before\""));
	CU_ASSERT(!ht_body_has(&r, "Purposes after"));
	s = ht_header(&r, "Content-Disposition");
	free(path);
	path = xasprintf("attachment; filename=\"%s-ropa-%s.csv\"", slug, asat);
	CU_ASSERT(s != NULL && strcmp(s, path) == 0);
	free(s);
	ht_resp_free(&r);
	free(path);

	/* Today: the record as it is. */
	path = xasprintf("/staff/o/%s/reports/ropa", slug);
	CU_ASSERT_FATAL(rp_get(&r, &rp_admin, path, 1, 200));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	s = ht_xpath(doc, "string(//activity/purposes)");
	CU_ASSERT(s != NULL && strcmp(s, "Purposes after") == 0);
	free(s);
	CU_ASSERT(ht_xpath_int(doc, "count(//activity/subject)") == 0);
	CU_ASSERT(ht_xpath_int(doc, "count(/report/asat)") == 0);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(path);

	/* The page says which day it shows. */
	path = xasprintf("/staff/o/%s/reports/checks?asat=%s", slug, asat);
	CU_ASSERT_FATAL(rp_get(&r, &rp_admin, path, 0, 200));
	CU_ASSERT(ht_body_has(&r, "as it stood at the end of"));
	ht_resp_free(&r);
	free(path);
	free(asat);
	free(slug);
}

int
test_reports_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("reports", rp_init, rp_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "every report of every seed organisation: page, "
	    "CSV and XML; those across organisations",
	    test_seed_reports) == NULL ||
	    CU_add_test(s, "the controller CSV has the ICO template's 30 "
	    "columns in order; the processor CSV its own", test_ropa_csv) ==
	    NULL ||
	    CU_add_test(s, "RealtimeCRM's record names Stripe; CRM.io's "
	    "transfer rests on an obsolete mechanism", test_ropa_stripe) ==
	    NULL ||
	    CU_add_test(s, "bad requests: 400, 404, 422", test_bad_requests) ==
	    NULL ||
	    CU_add_test(s, "another organisation's reports are 404; a viewer "
	    "reads and downloads, audited", test_scope) == NULL ||
	    CU_add_test(s, "?asat: the record as it stood at the end of a day",
	    test_asat) == NULL)
		return -1;
	return 0;
}
