/* test_privacy: the generated privacy notice end to end: the five seed notices, active activities only, no internal fields, 404s, and the public account reaching the register only through the notice views. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>
#include <mysqld_error.h>

#include "itest.h"

/* An equality that names the case on stderr when it fails. */
#define CHECK_EQ(got, want, what) do {					\
	long long g_ = (long long)(got), w_ = (long long)(want);	\
									\
	if (g_ != w_)							\
		fprintf(stderr, "\n    %s: got %lld, want %lld\n",	\
		    (what), g_, w_);					\
	CU_ASSERT(g_ == w_);						\
} while (0)

static const char *const pv_seeds[] = {
	"realtimecrm", "expertcrm", "opencrm", "crmio", "callminders",
};

/* An organisation of this run with a register that uses every branch. */
static char *pv_slug;
static long long pv_org;
static MYSQL *pv_public;

/* Words that exist only in internal fields of pv_slug's register. */
static const char *const pv_internal[] = {
	"INTERNAL-NOTE-7731", "LIA-SECRET-42", "RECIPIENT-NOTE-5521",
	"DPA-CONTRACT-9", "OWNER-SECRET-3", "SECURITY-SECRET-8",
};

/*
 * The register of pv_slug: an active activity on legitimate interests
 * with special-category data, an automated decision and a processor in
 * India on the IDTA; an active joint-controller activity; a retired and
 * a draft activity, each with a recipient of its own.
 */
static int
pv_register(void)
{
	static const char *const acts =
	    "INSERT INTO activity (org_id, name, role, purposes, "
	    "lawful_basis, lawful_basis_detail, lia_ref, art9_condition, "
	    "art9_detail, has_automated_decisions, automated_decisions, "
	    "is_automated, retention_months, retention_event, "
	    "security_measures, owner, status, note, joint_controllers) "
	    "VALUES "
	    "(%lld, 'Fraud screening', 'controller', "
	    "'To screen orders for fraud', 'f', 'Preventing fraud against "
	    "our customers', 'LIA-SECRET-42', 'g', 'DPA 2018 Sch 1 para "
	    "14', 1, 'Orders scoring above a threshold are refused "
	    "automatically', 1, 18, 'the order', 'SECURITY-SECRET-8', "
	    "'OWNER-SECRET-3', 'active', 'INTERNAL-NOTE-7731', NULL), "
	    "(%lld, 'Joint events', 'joint-controller', 'To run events "
	    "with a partner', 'b', NULL, NULL, NULL, NULL, 0, NULL, 1, NULL, "
	    "NULL, NULL, NULL, 'active', NULL, 'Partner Events plc'), "
	    "(%lld, 'Old mailing list', 'controller', 'Mailing', 'a', NULL, "
	    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
	    "'retired', NULL, NULL), "
	    "(%lld, 'Draft survey', 'controller', 'Survey', 'a', NULL, NULL, "
	    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'draft', "
	    "NULL, NULL)";

	if (it_sql("UPDATE organisation SET representative_name = 'Rep "
	    "Agent Ltd', representative_contact = '1 Rep Street, London', "
	    "dpo_name = 'Dana Officer', established_country = 'US' "
	    "WHERE id = %lld", pv_org) == -1 ||
	    it_sql(acts, pv_org, pv_org, pv_org, pv_org) == -1 ||
	    it_sql("INSERT INTO recipient (org_id, name, kind, service, "
	    "contract_ref, note) VALUES (%lld, 'Screening Co', 'processor', "
	    "'Scores orders', 'DPA-CONTRACT-9', 'RECIPIENT-NOTE-5521'), "
	    "(%lld, 'Retired-only Recipient Ltd', 'processor', 'Mailing', "
	    "NULL, NULL), (%lld, 'Draft-only Recipient Ltd', 'processor', "
	    "'Survey', NULL, NULL)", pv_org, pv_org, pv_org) == -1 ||
	    it_sql("INSERT INTO recipient_location (recipient_id, country, "
	    "mechanism) SELECT id, 'IN', 'uk-idta' FROM recipient "
	    "WHERE org_id = %lld AND name = 'Screening Co'", pv_org) == -1 ||
	    it_sql("INSERT INTO org_location (org_id, country) "
	    "VALUES (%lld, 'GB')", pv_org) == -1)
		return -1;
	if (it_sql("INSERT INTO activity_recipient (activity_id, "
	    "recipient_id) SELECT a.id, r.id FROM activity a JOIN recipient r "
	    "ON r.org_id = a.org_id WHERE a.org_id = %lld AND "
	    "((a.name = 'Fraud screening' AND r.name = 'Screening Co') OR "
	    "(a.name = 'Old mailing list' AND r.name = 'Retired-only "
	    "Recipient Ltd') OR (a.name = 'Draft survey' AND r.name = "
	    "'Draft-only Recipient Ltd'))", pv_org) == -1 ||
	    it_sql("INSERT INTO activity_subject (activity_id, "
	    "subject_category_id) SELECT a.id, c.id FROM activity a "
	    "JOIN subject_category c ON c.org_id IS NULL AND c.code = "
	    "'customers' WHERE a.org_id = %lld", pv_org) == -1 ||
	    it_sql("INSERT INTO activity_data (activity_id, "
	    "data_category_id) SELECT a.id, c.id FROM activity a "
	    "JOIN data_category c ON c.org_id IS NULL AND c.code IN "
	    "('identity', 'health') WHERE a.org_id = %lld AND "
	    "a.name = 'Fraud screening'", pv_org) == -1)
		return -1;
	return 0;
}

static int
pv_init(void)
{
	char *path;

	if (it_suite_init() == -1)
		return -1;
	pv_slug = it_org("privacy");
	pv_org = it_sql_int("SELECT id FROM organisation WHERE slug = '%s'",
	    pv_slug);
	if (pv_org <= 0 || pv_register() == -1)
		return -1;
	path = xasprintf("%s/run/conf/public.cnf", it_var());
	pv_public = it_db_open(path, "gdprdesk-public");
	free(path);
	return pv_public != NULL ? 0 : -1;
}

static int
pv_clean(void)
{
	free(pv_slug);
	pv_slug = NULL;
	if (pv_public != NULL)
		mysql_close(pv_public);
	pv_public = NULL;
	return 0;
}

/* GET /o/SLUG/privacy as HTML (xml 0) or as its document. */
static int
pv_get(struct ht_resp *r, const char *slug, int xml)
{
	char *path;
	int rc;

	path = xasprintf("/o/%s/privacy", slug);
	rc = ht_get(r, path, NULL, xml);
	free(path);
	return rc;
}

static void
test_seeds(void)
{
	struct ht_resp r;
	xmlDocPtr doc;
	char *ct, *q;
	long long want, got;
	size_t i;

	for (i = 0; i < NELEM(pv_seeds); i++) {
		CU_ASSERT_FATAL(pv_get(&r, pv_seeds[i], 0) == 0);
		CU_ASSERT(it_status(&r, 200, pv_seeds[i]));
		/* Every seed is under the uk rules: the ICO, by name. */
		CU_ASSERT(ht_body_has(&r, "Information Commissioner"));
		CU_ASSERT(ht_body_has(&r, "<h1>Privacy notice</h1>"));
		q = xasprintf("href=\"/o/%s/request\"", pv_seeds[i]);
		CU_ASSERT(ht_body_has(&r, q));
		free(q);
		ht_resp_free(&r);

		/* Its document: every active activity, nothing more. */
		CU_ASSERT_FATAL(pv_get(&r, pv_seeds[i], 1) == 0);
		CU_ASSERT(it_status(&r, 200, pv_seeds[i]));
		ct = ht_header(&r, "Content-Type");
		CU_ASSERT(ct != NULL && strncmp(ct, "application/xml", 15) == 0);
		free(ct);
		doc = ht_xml(&r);
		CU_ASSERT_PTR_NOT_NULL(doc);
		want = it_sql_int("SELECT COUNT(*) FROM activity a "
		    "JOIN organisation o ON o.id = a.org_id WHERE o.slug = '%s' "
		    "AND a.status = 'active'", pv_seeds[i]);
		got = ht_xpath_int(doc, "count(/privacy-notice/activities/"
		    "activity)");
		CHECK_EQ(got, want, pv_seeds[i]);
		/* ... and every recipient one of them discloses to. */
		want = it_sql_int("SELECT COUNT(DISTINCT r.id) FROM recipient r "
		    "JOIN activity_recipient ar ON ar.recipient_id = r.id "
		    "JOIN activity a ON a.id = ar.activity_id AND a.status = "
		    "'active' JOIN organisation o ON o.id = a.org_id "
		    "WHERE o.slug = '%s' AND r.is_retired = 0", pv_seeds[i]);
		got = ht_xpath_int(doc, "count(/privacy-notice/recipients/"
		    "recipient)");
		CHECK_EQ(got, want, pv_seeds[i]);
		CU_ASSERT(want > 0);
		CU_ASSERT(ht_xpath_int(doc, "count(//supervisory_authority)")
		    == 1);
		xmlFreeDoc(doc);
		ht_resp_free(&r);
	}
}

static void
test_recipients(void)
{
	struct ht_resp r;
	xmlDocPtr doc;
	char *s;

	/* RealtimeCRM's card payments go to Stripe, PCI DSS Level 1. */
	CU_ASSERT_FATAL(pv_get(&r, "realtimecrm", 0) == 0);
	CU_ASSERT(ht_body_has(&r, "Stripe"));
	CU_ASSERT(ht_body_has(&r, "PCI Service Provider Level 1"));
	CU_ASSERT(ht_body_has(&r, "Ireland (eu-west-1)"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(pv_get(&r, "realtimecrm", 1) == 0);
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	s = ht_xpath(doc, "string(//activity[name = 'Card payments']/"
	    "recipient/@ref)");
	CU_ASSERT(s != NULL && *s != '\0');
	if (s != NULL) {
		char *q = xasprintf("string(//recipients/recipient[@id = "
		    "'%s']/name)", s);
		char *name = ht_xpath(doc, q);

		CU_ASSERT(name != NULL && strcmp(name, "Stripe") == 0);
		free(name);
		free(q);
	}
	free(s);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* CallMinders' Mailchimp rests on Privacy Shield, long invalid. */
	CU_ASSERT_FATAL(pv_get(&r, "callminders", 1) == 0);
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//recipient[name = "
	    "'Mailchimp']/location[@country = 'US' and @area = 'outside' "
	    "and @safeguard = 'invalid'])"), 1);
	/* Its processor activities carry no rights of their own. */
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//activity[@role = "
	    "'processor']/rights)"), 0);
	CU_ASSERT(ht_xpath_int(doc, "count(//activity[@role = "
	    "'processor'])") >= 2);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	CU_ASSERT_FATAL(pv_get(&r, "callminders", 0) == 0);
	CU_ASSERT(ht_body_has(&r, "Mailchimp"));
	CU_ASSERT(ht_body_has(&r, "EU-US Privacy Shield, which is no longer "
	    "a valid safeguard"));
	CU_ASSERT(ht_body_has(&r, "Data we handle for our clients"));
	ht_resp_free(&r);
}

static void
test_active_only(void)
{
	static const char *const absent[] = {
		"Old mailing list", "Retired-only Recipient Ltd",
		"Draft survey", "Draft-only Recipient Ltd",
	};
	struct ht_resp r;
	xmlDocPtr doc;
	size_t i;

	CU_ASSERT_FATAL(pv_get(&r, pv_slug, 0) == 0);
	CU_ASSERT_FATAL(it_status(&r, 200, "GET the test organisation's "
	    "notice"));
	CU_ASSERT(ht_body_has(&r, "Fraud screening"));
	CU_ASSERT(ht_body_has(&r, "Screening Co"));
	CU_ASSERT(ht_body_has(&r, "Joint events"));
	for (i = 0; i < NELEM(absent); i++)
		CHECK_EQ(ht_body_has(&r, absent[i]), 0, absent[i]);
	for (i = 0; i < NELEM(pv_internal); i++)
		CHECK_EQ(ht_body_has(&r, pv_internal[i]), 0, pv_internal[i]);
	/* Legitimate interests, Art 9, Art 22, a transfer, a representative. */
	CU_ASSERT(ht_body_has(&r, "The interest we pursue: Preventing fraud "
	    "against our customers"));
	CU_ASSERT(ht_body_has(&r, "Art 9(2)(g)"));
	CU_ASSERT(ht_body_has(&r, "Orders scoring above a threshold"));
	CU_ASSERT(ht_body_has(&r, "Articles 22A to 22D"));
	CU_ASSERT(ht_body_has(&r, "International Data Transfer Agreement"));
	CU_ASSERT(ht_body_has(&r, "India"));
	CU_ASSERT(ht_body_has(&r, "Rep Agent Ltd"));
	CU_ASSERT(ht_body_has(&r, "Dana Officer"));
	CU_ASSERT(ht_body_has(&r, "Partner Events plc"));
	CU_ASSERT(ht_body_has(&r, "18 months after the order."));
	ht_resp_free(&r);

	CU_ASSERT_FATAL(pv_get(&r, pv_slug, 1) == 0);
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//activities/activity)"), 2);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//recipients/recipient)"),
	    1);
	/* Legitimate interests: objection, no consent to withdraw. */
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//activity[name = 'Fraud "
	    "screening']/rights/right[@code = 'objection' or @code = "
	    "'automated-decisions' or @code = 'erasure'])"), 3);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//activity[name = 'Fraud "
	    "screening']/rights/right[@code = 'withdraw-consent' or "
	    "@code = 'portability'])"), 0);
	/* Contract, automated: portability. */
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//activity[name = 'Joint "
	    "events']/rights/right[@code = 'portability'])"), 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* Retiring an activity takes it, and its only recipient, away. */
	CU_ASSERT_FATAL(it_sql("UPDATE activity SET status = 'retired' "
	    "WHERE org_id = %lld AND name = 'Fraud screening'", pv_org) == 0);
	CU_ASSERT_FATAL(pv_get(&r, pv_slug, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET after retiring"));
	CU_ASSERT(!ht_body_has(&r, "Fraud screening"));
	CU_ASSERT(!ht_body_has(&r, "Screening Co"));
	CU_ASSERT(ht_body_has(&r, "Joint events"));
	ht_resp_free(&r);
	it_sql("UPDATE activity SET status = 'active' WHERE org_id = %lld "
	    "AND name = 'Fraud screening'", pv_org);
}

static void
test_eu_and_gaps(void)
{
	struct ht_resp r;
	char *slug;

	/* The eu rules with no authority recorded: Art 77's words. */
	slug = it_org("privacy-eu");
	CU_ASSERT_FATAL(it_sql("UPDATE organisation SET jurisdiction = 'eu', "
	    "supervisory_authority = NULL WHERE slug = '%s'", slug) == 0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO activity (org_id, name, role, "
	    "status) SELECT id, 'Bare activity', 'controller', 'active' FROM "
	    "organisation WHERE slug = '%s'", slug) == 0);
	CU_ASSERT_FATAL(pv_get(&r, slug, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET an eu organisation's notice"));
	CU_ASSERT(ht_body_has(&r, "where you live"));
	CU_ASSERT(!ht_body_has(&r, "Information Commissioner"));
	CU_ASSERT(ht_body_has(&r, "outside the EEA"));
	/* A bare activity: the gaps say so rather than guess. */
	CU_ASSERT(ht_body_has(&r, "Not stated in our record."));
	CU_ASSERT(ht_body_has(&r, "depending on the lawful basis, which our "
	    "record does not state"));
	ht_resp_free(&r);
	free(slug);
}

static void
test_not_found(void)
{
	static const char *const paths[] = {
		"/o/no-such-organisation/privacy",
		"/o/Bad_Slug/privacy",
		"/o/realtimecrm/privacy/extra",
	};
	struct ht_resp r;
	char *slug;
	size_t i;

	for (i = 0; i < NELEM(paths); i++) {
		CU_ASSERT_FATAL(ht_get(&r, paths[i], NULL, 0) == 0);
		CU_ASSERT(it_status(&r, 404, paths[i]));
		ht_resp_free(&r);
	}
	/* A retired organisation has no notice. */
	slug = it_org("privacy-gone");
	CU_ASSERT_FATAL(it_sql("UPDATE organisation SET is_retired = 1 "
	    "WHERE slug = '%s'", slug) == 0);
	CU_ASSERT_FATAL(pv_get(&r, slug, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "a retired organisation's notice"));
	ht_resp_free(&r);
	free(slug);
	/* POST is not a way in. */
	CU_ASSERT_FATAL(ht_post(&r, "/o/realtimecrm/privacy", NULL, "a=b") ==
	    0);
	CU_ASSERT(it_status(&r, 405, "POST /o/realtimecrm/privacy"));
	ht_resp_free(&r);
}

static void
test_links(void)
{
	struct ht_resp r;
	char *ct;

	CU_ASSERT_FATAL(ht_get(&r, "/o/realtimecrm", NULL, 0) == 0);
	CU_ASSERT(ht_body_has(&r, "href=\"/o/realtimecrm/privacy\""));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, "/o/realtimecrm/request", NULL, 0) == 0);
	CU_ASSERT(ht_body_has(&r, "href=\"/o/realtimecrm/privacy\""));
	ht_resp_free(&r);
	/* Only the notice answers with its document; other pages do not. */
	CU_ASSERT_FATAL(ht_get(&r, "/o/realtimecrm", NULL, 1) == 0);
	ct = ht_header(&r, "Content-Type");
	CU_ASSERT(ct != NULL && strncmp(ct, "text/html", 9) == 0);
	free(ct);
	ht_resp_free(&r);
}

/* Runs q on the public account: 0, or the server's error number. */
static unsigned int
pv_run(const char *q, long long *rows)
{
	MYSQL_RES *res;

	if (rows != NULL)
		*rows = -1;
	if (mysql_real_query(pv_public, q, strlen(q)) != 0)
		return mysql_errno(pv_public);
	if ((res = mysql_store_result(pv_public)) == NULL)
		return mysql_field_count(pv_public) != 0 ?
		    mysql_errno(pv_public) : 0;
	if (rows != NULL)
		*rows = (long long)mysql_num_rows(res);
	mysql_free_result(res);
	return 0;
}

static void
test_grants(void)
{
	static const char *const tables[] = {
		"activity", "recipient", "recipient_location", "org_location",
		"activity_subject", "activity_data", "activity_recipient",
		"data_category", "subject_category", "country",
		"transfer_mechanism", "lawful_basis", "art9_condition",
	};
	static const char *const hidden[] = {
		"note", "changed_by", "lia_ref", "consent_ref", "owner",
		"security_measures", "dpia_ref", "status", "version",
	};
	static const char *const views[] = {
		"public_notice_org", "public_notice_activity",
		"public_notice_subject", "public_notice_data",
		"public_notice_recipient", "public_notice_org_location",
		"public_notice_recipient_location",
	};
	unsigned int e;
	long long rows;
	char *q;
	size_t i;

	CU_ASSERT_PTR_NOT_NULL_FATAL(pv_public);
	for (i = 0; i < NELEM(tables); i++) {
		q = xasprintf("SELECT * FROM %s LIMIT 1", tables[i]);
		e = pv_run(q, NULL);
		CHECK_EQ(e, ER_TABLEACCESS_DENIED_ERROR, tables[i]);
		free(q);
	}
	for (i = 0; i < NELEM(views); i++) {
		q = xasprintf("SELECT * FROM %s LIMIT 1", views[i]);
		CHECK_EQ(pv_run(q, NULL), 0, views[i]);
		free(q);
	}
	/* The activity view has no internal column. */
	for (i = 0; i < NELEM(hidden); i++) {
		q = xasprintf("SELECT %s FROM public_notice_activity LIMIT 1",
		    hidden[i]);
		CHECK_EQ(pv_run(q, NULL), ER_BAD_FIELD_ERROR, hidden[i]);
		free(q);
	}
	CU_ASSERT_EQUAL(pv_run("SELECT note, contract_ref FROM "
	    "public_notice_recipient LIMIT 1", NULL), ER_BAD_FIELD_ERROR);
	/* Neither drafts nor retired activities, nor their recipients. */
	q = xasprintf("SELECT name FROM public_notice_activity WHERE "
	    "org_slug = '%s'", pv_slug);
	CU_ASSERT_EQUAL(pv_run(q, &rows), 0);
	CU_ASSERT_EQUAL(rows, 2);
	free(q);
	q = xasprintf("SELECT DISTINCT recipient_id FROM "
	    "public_notice_recipient WHERE org_slug = '%s'", pv_slug);
	CU_ASSERT_EQUAL(pv_run(q, &rows), 0);
	CU_ASSERT_EQUAL(rows, 1);
	free(q);
	/* Writing through a view is refused too. */
	CU_ASSERT_NOT_EQUAL(pv_run("UPDATE public_notice_activity SET name "
	    "= 'x' WHERE id = 0", NULL), 0);
}

int
test_privacy_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("privacy notice", pv_init, pv_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "the five seed notices: 200, the ICO, every "
	    "active activity", test_seeds) == NULL ||
	    CU_add_test(s, "recipients: Stripe, Mailchimp on Privacy Shield",
	    test_recipients) == NULL ||
	    CU_add_test(s, "active activities only, no internal fields",
	    test_active_only) == NULL ||
	    CU_add_test(s, "eu rules and gaps", test_eu_and_gaps) == NULL ||
	    CU_add_test(s, "unknown, bad or retired organisation: 404",
	    test_not_found) == NULL ||
	    CU_add_test(s, "linked from the organisation's page and the form",
	    test_links) == NULL ||
	    CU_add_test(s, "public account: the notice views, never the "
	    "register's tables", test_grants) == NULL)
		return -1;
	return 0;
}
