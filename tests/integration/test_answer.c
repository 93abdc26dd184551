/* test_answer: the access-request answer letter against the test stack: the seeds' letters, a register of its own, scope and bad input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "itest.h"

static struct it_sess an_admin;
static char *an_org, *an_dpo;

/*
 * A register of its own: Orders (contract, automated, explicit consent
 * for health data, 72 months, a source, an automated decision) with a
 * US recipient on the UK Extension and one whose location is not
 * recorded; Fraud checks (legitimate interests) for customers too; a
 * draft activity and a retired recipient, which the letter leaves out;
 * a processor activity for customers.
 */
static int
an_register(const char *slug)
{
	static const char *const sql[] = {
		"INSERT INTO recipient (org_id, name, kind, service) "
		"SELECT id, 'Bridge Inc', 'processor', 'Order fulfilment' FROM "
		"organisation WHERE id = @an_org",
		"INSERT INTO recipient_location (recipient_id, country, "
		"mechanism) SELECT r.id, 'US', 'uk-us-data-bridge' FROM "
		"recipient r JOIN organisation o ON o.id = r.org_id WHERE "
		"o.id = @an_org AND r.name = 'Bridge Inc'",
		"INSERT INTO recipient (org_id, name, kind) SELECT id, "
		"'Somewhere Ltd', 'processor' FROM organisation "
		"WHERE id = @an_org",
		"INSERT INTO recipient (org_id, name, kind, is_retired) SELECT "
		"id, 'Gone Ltd', 'processor', 1 FROM organisation WHERE "
		"id = @an_org",
		"INSERT INTO activity (org_id, name, role, purposes, "
		"lawful_basis, art9_condition, is_automated, retention_months, "
		"retention_event, source, has_automated_decisions, "
		"automated_decisions, status) "
		"SELECT id, 'Orders', 'controller', "
		"'To take and deliver orders', 'b', 'a', 1, 72, 'the order', "
		"'Your doctor', 1, 'Credit scoring of each order', 'active' "
		"FROM organisation WHERE id = @an_org",
		"INSERT INTO activity (org_id, name, role, purposes, "
		"lawful_basis, lawful_basis_detail, is_automated, status) "
		"SELECT id, 'Fraud checks', 'controller', 'To stop fraud', "
		"'f', "
		"'Preventing fraud against us', 1, 'active' FROM organisation "
		"WHERE id = @an_org",
		"INSERT INTO activity (org_id, name, role, status) SELECT id, "
		"'Draft idea', 'controller', 'draft' FROM organisation WHERE "
		"id = @an_org",
		"INSERT INTO activity (org_id, name, role, controller_name, "
		"status) SELECT id, 'Orders for shops', 'processor', "
		"'Each shop', 'active' FROM organisation WHERE id = @an_org",
		"INSERT INTO activity_subject "
		"(activity_id, subject_category_id) "
		"SELECT a.id, c.id FROM activity a JOIN organisation o ON "
		"o.id = a.org_id JOIN subject_category c ON c.org_id IS NULL "
		"AND c.code = 'customers' WHERE o.id = @an_org",
		"INSERT INTO activity_data (activity_id, data_category_id) "
		"SELECT a.id, c.id FROM activity a JOIN organisation o ON "
		"o.id = a.org_id JOIN data_category c ON c.org_id IS NULL AND "
		"c.code IN ('identity', 'health') WHERE o.id = @an_org AND "
		"a.name = 'Orders'",
		"INSERT INTO activity_recipient (activity_id, recipient_id) "
		"SELECT a.id, r.id FROM activity a JOIN organisation o ON "
		"o.id = a.org_id JOIN recipient r ON r.org_id = o.id WHERE "
		"o.id = @an_org AND a.name IN ('Orders', 'Draft idea')",
	};
	size_t i;

	/* it_sql's one connection keeps the session variable. */
	if (it_sql("SET @an_org = (SELECT id FROM organisation WHERE "
	    "slug = '%s')", slug) == -1)
		return -1;
	for (i = 0; i < NELEM(sql); i++)
		if (it_sql("%s", sql[i]) == -1)
			return -1;
	return 0;
}

static int
an_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	an_org = it_org("answer");
	an_dpo = it_name("t-ansdpo");
	if (an_register(an_org) == -1 ||
	    it_user_add(an_dpo, "dpo", an_org, IT_PASSWORD) != 0 ||
	    it_login("admin", it_admin_password(), &an_admin) != 303)
		return -1;
	return 0;
}

static int
an_clean(void)
{
	it_sess_free(&an_admin);
	free(an_org);
	free(an_dpo);
	an_org = an_dpo = NULL;
	return 0;
}

/* GETs the letter of slug for query as s: the XML document, or NULL. */
static xmlDocPtr
an_xml(const struct it_sess *s, const char *slug, const char *query)
{
	struct ht_resp r;
	xmlDocPtr doc = NULL;
	char *path;

	path = xasprintf("/staff/o/%s/answer-preview%s", slug, query);
	if (ht_get(&r, path, s->cookie, 1) == 0 && it_status(&r, 200, path))
		doc = ht_xml(&r);
	ht_resp_free(&r);
	free(path);
	return doc;
}

/* The same as HTML, kept in *r (the caller frees it). Returns 0 or -1. */
static int
an_html(const struct it_sess *s, const char *slug, const char *query,
    struct ht_resp *r)
{
	char *path;
	int rc;

	path = xasprintf("/staff/o/%s/answer-preview%s", slug, query);
	rc = ht_get(r, path, s->cookie, 0) == 0 && it_status(r, 200, path) ?
	    0 : -1;
	free(path);
	return rc;
}

/* Is expr's string value over doc want? Says which when not. */
static int
an_is(xmlDocPtr doc, const char *expr, const char *want)
{
	char *got = ht_xpath(doc, expr);
	int ok = got != NULL && strcmp(got, want) == 0;

	if (!ok)
		fprintf(stderr, "\n    %s is \"%s\", want \"%s\"", expr,
		    got ? got : "(null)", want);
	free(got);
	return ok;
}

#define ANS	"/answer-letter/answer"
#define RCP(n)	ANS "/recipients/recipient[name='" n "']"

/*
 * RealtimeCRM: a customer and website visitor's letter names Stripe and
 * Google Analytics; with no category, every recipient. No recipient has
 * a location: the letter says "Not recorded" for each.
 */
static void
test_realtimecrm(void)
{
	static const char *const all[] = { "Stripe", "Google Analytics",
	    "Heap Analytics", "Google Maps", "Companies House",
	    "Google Drive", "OneDrive", "Dropbox", "Box", "Xero",
	    "External vendors (referral programs, sponsored links, adverts)" };
	struct ht_resp r;
	xmlDocPtr doc;
	char *expr;
	size_t i;

	doc = an_xml(&an_admin, "realtimecrm",
	    "?subject=customers&subject=website-visitors");
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(an_is(doc, "count(" RCP("Stripe") ")", "1"));
	CU_ASSERT(an_is(doc, "count(" RCP("Google Analytics") ")", "1"));
	CU_ASSERT(an_is(doc, "count(" RCP("Google Maps") ")", "0"));
	CU_ASSERT(an_is(doc, "count(" RCP("Stripe") "/location)", "0"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[recipient/@ref = "
	    ANS "/recipients/recipient[name='Stripe']/@id]/name",
	    "Card payments"));
	CU_ASSERT(an_is(doc, ANS "/controller/locations/location/@region",
	    "eu-west-1"));
	CU_ASSERT(an_is(doc, ANS "/controller/locations/location/@outside",
	    "0"));
	CU_ASSERT(an_is(doc, ANS "/controller/supervisory_authority",
	    "Information Commissioner's Office"));
	CU_ASSERT(an_is(doc, ANS "/request_subjects/subject[@code="
	    "'customers']/@activities", "2"));
	CU_ASSERT(an_is(doc, "count(/answer-letter/ticket[@preview='1'])",
	    "1"));
	xmlFreeDoc(doc);

	CU_ASSERT_FATAL(an_html(&an_admin, "realtimecrm",
	    "?subject=customers&subject=website-visitors", &r) == 0);
	CU_ASSERT(ht_body_has(&r, "Stripe"));
	CU_ASSERT(ht_body_has(&r, "Google Analytics"));
	CU_ASSERT(ht_body_has(&r, "Not recorded"));
	CU_ASSERT(ht_body_has(&r, "Information Commissioner"));
	CU_ASSERT(ht_body_has(&r, "Card payments"));
	CU_ASSERT(!ht_body_has(&r, "Google Maps"));
	CU_ASSERT(ht_body_has(&r, "Our record does not say where"));
	ht_resp_free(&r);

	/* Categories not known: every recipient, Ireland for itself. */
	doc = an_xml(&an_admin, "realtimecrm", "");
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(an_is(doc, "count(" ANS "/recipients/recipient)", "11"));
	CU_ASSERT(an_is(doc, "count(" ANS "/recipients/recipient/location)",
	    "0"));
	CU_ASSERT(an_is(doc, ANS "/request_subjects/@all", "1"));
	xmlFreeDoc(doc);
	CU_ASSERT_FATAL(an_html(&an_admin, "realtimecrm", "", &r) == 0);
	for (i = 0; i < NELEM(all); i++) {
		expr = xasprintf("<th scope=\"row\">%s<br>", all[i]);
		CU_ASSERT(ht_body_has(&r, expr));
		if (!ht_body_has(&r, expr))
			fprintf(stderr, "\n    no row for %s", all[i]);
		free(expr);
	}
	CU_ASSERT(ht_body_has(&r, "Ireland (cloud region eu-west-1)"));
	ht_resp_free(&r);
}

/*
 * Professional CallMinders: Mailchimp in the US on Privacy Shield (no
 * longer valid), Google Analytics in the US with no safeguard recorded;
 * its processor activities for callers are answered by its clients.
 */
static void
test_callminders(void)
{
	struct ht_resp r;
	xmlDocPtr doc;

	doc = an_xml(&an_admin, "callminders",
	    "?subject=newsletter-subscribers&subject=website-visitors");
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(an_is(doc, RCP("Mailchimp") "/location/@country", "US"));
	CU_ASSERT(an_is(doc, RCP("Mailchimp") "/location/@outside", "1"));
	CU_ASSERT(an_is(doc, RCP("Mailchimp") "/location/@mechanism",
	    "privacy-shield"));
	CU_ASSERT(an_is(doc, RCP("Mailchimp") "/location/@valid", "0"));
	CU_ASSERT(an_is(doc, RCP("Google Analytics") "/location/@outside",
	    "1"));
	CU_ASSERT(an_is(doc, "count(" RCP("Google Analytics")
	    "/location/@mechanism)", "0"));
	CU_ASSERT(an_is(doc, ANS "/summary/@transfers", "2"));
	CU_ASSERT(an_is(doc, "count(" ANS "/processor_activities/activity)",
	    "0"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Website "
	    "analytics']/retention/@months", "26"));
	xmlFreeDoc(doc);

	CU_ASSERT_FATAL(an_html(&an_admin, "callminders",
	    "?subject=newsletter-subscribers&subject=website-visitors", &r) ==
	    0);
	CU_ASSERT(ht_body_has(&r, "EU-US Privacy Shield"));
	CU_ASSERT(ht_body_has(&r, "No longer valid"));
	CU_ASSERT(ht_body_has(&r, "Not recorded"));
	CU_ASSERT(ht_body_has(&r, "26 months"));
	CU_ASSERT(ht_body_has(&r, "Information Commissioner"));
	CU_ASSERT(!ht_body_has(&r, "Data portability</h2>"));
	ht_resp_free(&r);

	/* Callers: only processor activities, named apart. */
	doc = an_xml(&an_admin, "callminders", "?subject=callers");
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(an_is(doc, "count(" ANS "/activities/activity)", "0"));
	CU_ASSERT(an_is(doc, "count(" ANS "/processor_activities/activity)",
	    "2"));
	CU_ASSERT(an_is(doc, ANS "/summary/@activities", "0"));
	xmlFreeDoc(doc);

	/* A portability letter: the verdict, which the register cannot give. */
	CU_ASSERT_FATAL(an_html(&an_admin, "callminders",
	    "?subject=newsletter-subscribers&kind=portability", &r) == 0);
	CU_ASSERT(ht_body_has(&r, "Data portability</h2>"));
	CU_ASSERT(ht_body_has(&r, "does not yet say enough"));
	ht_resp_free(&r);
}

/* A register of its own: everything the letter draws on, through SQL. */
static void
test_own_register(void)
{
	struct it_sess dpo = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	char *path;

	CU_ASSERT_FATAL(it_login(an_dpo, IT_PASSWORD, &dpo) == 303);
	doc = an_xml(&dpo, an_org, "?subject=customers&kind=portability");
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(an_is(doc, "count(" ANS "/activities/activity)", "2"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[1]/name",
	    "Fraud checks"));
	CU_ASSERT(an_is(doc, "count(" ANS "/activities/activity[name="
	    "'Draft idea'])", "0"));
	CU_ASSERT(an_is(doc, ANS "/processor_activities/activity/"
	    "controller_name", "Each shop"));
	/* Orders: everything recorded, through each join. */
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Orders']/"
	    "lawful_basis/@article", "Art 6(1)(b)"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Orders']/"
	    "art9", "Explicit consent"));
	CU_ASSERT(an_is(doc, "count(" ANS "/activities/activity[name="
	    "'Orders']/data_category)", "2"));
	CU_ASSERT(an_is(doc, ANS "/summary/@special", "1"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Orders']/"
	    "retention/@months", "72"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Orders']/"
	    "retention/event", "the order"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Orders']/"
	    "source", "Your doctor"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Orders']/"
	    "automated_decisions/@present", "1"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Orders']/"
	    "portability/@applies", "1"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Fraud checks']/"
	    "portability/@reason", "legitimate-interests"));
	CU_ASSERT(an_is(doc, ANS "/activities/activity[name='Fraud checks']/"
	    "lawful_basis_detail", "Preventing fraud against us"));
	CU_ASSERT(an_is(doc, ANS "/portability/@applies", "1"));
	/* Recipients: the retired one is left out, and so is its link. */
	CU_ASSERT(an_is(doc, "count(" ANS "/recipients/recipient)", "2"));
	CU_ASSERT(an_is(doc, "count(" RCP("Gone Ltd") ")", "0"));
	CU_ASSERT(an_is(doc, RCP("Bridge Inc") "/location/@valid", "1"));
	CU_ASSERT(an_is(doc, RCP("Bridge Inc") "/location/@needs_"
	    "certification", "1"));
	CU_ASSERT(an_is(doc, "count(" RCP("Bridge Inc") "/location/"
	    "@certified)", "0"));
	CU_ASSERT(an_is(doc, "count(" RCP("Somewhere Ltd") "/location)",
	    "0"));
	CU_ASSERT(an_is(doc, "count(" ANS "/controller/locations/location)",
	    "0"));
	xmlFreeDoc(doc);

	CU_ASSERT_FATAL(an_html(&dpo, an_org,
	    "?subject=customers&kind=portability", &r) == 0);
	CU_ASSERT(ht_body_has(&r, "Credit scoring of each order"));
	CU_ASSERT(ht_body_has(&r, "72 months from the order"));
	CU_ASSERT(ht_body_has(&r, "the recipient’s certification is not "
	    "recorded"));
	CU_ASSERT(ht_body_has(&r, "based on legitimate interests"));
	CU_ASSERT(ht_body_has(&r, "data portability, Article 20"));
	ht_resp_free(&r);

	/* Another organisation's letter is not found, as its pages are. */
	CU_ASSERT_FATAL(ht_get(&r, "/staff/o/callminders/answer-preview",
	    dpo.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "another organisation's letter"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/o/no-such-org/answer-preview",
	    dpo.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 404, "an unknown organisation's letter"));
	ht_resp_free(&r);
	/* Logged out: to the login page. */
	path = xasprintf("/staff/o/%s/answer-preview", an_org);
	CU_ASSERT_FATAL(ht_get(&r, path, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 303, "the letter without a session"));
	ht_resp_free(&r);
	free(path);
	it_sess_free(&dpo);
}

/* Malformed or unknown categories and kinds: 422, with a message. */
static void
test_bad_input(void)
{
	static const struct {
		const char	*query;
		const char	*says;
	} cases[] = {
		{ "?subject=Customers", "lowercase" },
		{ "?subject=c%3Cscript%3E", "lowercase" },
		{ "?subject=no-such-category", "not one of this organisation" },
		{ "?kind=erasure", "kind=access" },
		{ "?kind=access&kind=portability", "more than once" },
		{ "?subject=customers&subject=%00x", "" },
	};
	struct ht_resp r;
	char *path;
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		path = xasprintf("/staff/o/realtimecrm/answer-preview%s",
		    cases[i].query);
		CU_ASSERT_FATAL(ht_get(&r, path, an_admin.cookie, 0) == 0);
		CU_ASSERT(r.status == 422 || r.status == 400);
		if (r.status != 422 && r.status != 400)
			fprintf(stderr, "\n    %s: %ld", path, r.status);
		if (*cases[i].says != '\0') {
			CU_ASSERT(it_status(&r, 422, path));
			CU_ASSERT(ht_body_has(&r, cases[i].says));
		}
		ht_resp_free(&r);
		free(path);
	}
}

int
test_answer_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("answer", an_init, an_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "RealtimeCRM: recipients, locations and what is "
	    "not recorded", test_realtimecrm) == NULL ||
	    CU_add_test(s, "CallMinders: an invalid safeguard, a missing one, "
	    "processor activities", test_callminders) == NULL ||
	    CU_add_test(s, "a register of its own, read by its DPO; others' "
	    "letters are 404", test_own_register) == NULL ||
	    CU_add_test(s, "bad categories and kinds are 422",
	    test_bad_input) == NULL)
		return -1;
	return 0;
}
