/* test_answer: the Art 20 verdict over every basis and means, and the <answer> document built from a register in memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "core/util.h"
#include "core/xml.h"
#include "model/answer.h"
#include "suites.h"

#define TODAY	"2026-11-23"

/* ------------------------------------------------------------------ */
/* Portability: basis x Art 9 condition x automated means. */

struct port_case {
	const char		*basis;
	const char		*art9;
	int			 is_automated;
	enum answer_port	 want;
};

static const struct port_case port_cases[] = {
	/* Consent and contract: the means decide. */
	{ "a", NULL, 1, PORT_APPLIES },
	{ "a", NULL, 0, PORT_NOT_AUTOMATED },
	{ "a", NULL, -1, PORT_AUTOMATED_NOT_RECORDED },
	{ "b", NULL, 1, PORT_APPLIES },
	{ "b", NULL, 0, PORT_NOT_AUTOMATED },
	{ "b", NULL, -1, PORT_AUTOMATED_NOT_RECORDED },
	/* Explicit consent under Art 9(2)(a) counts, whatever Art 6 says. */
	{ "c", "a", 1, PORT_APPLIES },
	{ "f", "a", 1, PORT_APPLIES },
	{ NULL, "a", 1, PORT_APPLIES },
	{ "f", "a", 0, PORT_NOT_AUTOMATED },
	{ NULL, "a", -1, PORT_AUTOMATED_NOT_RECORDED },
	/* Another Art 9 condition does not. */
	{ "f", "b", 1, PORT_LEGITIMATE_INTERESTS },
	{ "a", "h", 1, PORT_APPLIES },
	/* The other bases: the basis decides, whatever the means. */
	{ "c", NULL, 1, PORT_LEGAL_OBLIGATION },
	{ "c", NULL, 0, PORT_LEGAL_OBLIGATION },
	{ "c", NULL, -1, PORT_LEGAL_OBLIGATION },
	{ "d", NULL, 1, PORT_VITAL_INTERESTS },
	{ "e", NULL, 1, PORT_PUBLIC_TASK },
	{ "e", NULL, -1, PORT_PUBLIC_TASK },
	{ "f", NULL, 1, PORT_LEGITIMATE_INTERESTS },
	{ "f", NULL, 0, PORT_LEGITIMATE_INTERESTS },
	{ "f", NULL, -1, PORT_LEGITIMATE_INTERESTS },
	{ "ea", NULL, 1, PORT_RECOGNISED_INTEREST },
	{ "zz", NULL, 1, PORT_OTHER_BASIS },
	/* No basis recorded: that comes before the means. */
	{ NULL, NULL, 1, PORT_BASIS_NOT_RECORDED },
	{ NULL, NULL, 0, PORT_BASIS_NOT_RECORDED },
	{ NULL, NULL, -1, PORT_BASIS_NOT_RECORDED },
	{ "", NULL, 1, PORT_BASIS_NOT_RECORDED },
};

static void
test_portability(void)
{
	const struct port_case *c;
	enum answer_port got;
	size_t i;

	for (i = 0; i < NELEM(port_cases); i++) {
		c = &port_cases[i];
		got = answer_portability(c->basis, c->art9, c->is_automated);
		CHECK(got == c->want, "basis %s, art9 %s, automated %d: got "
		    "%s, want %s", c->basis ? c->basis : "NULL",
		    c->art9 ? c->art9 : "NULL", c->is_automated,
		    answer_port_codes[got], answer_port_codes[c->want]);
	}
	for (i = 0; i < PORT__MAX; i++)
		CHECK(answer_port_codes[i] != NULL && *answer_port_codes[i],
		    "reason %zu has no code", i);
}

/* ------------------------------------------------------------------ */
/* A register in memory. */

static char *
sdup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* Subject categories, by id (the order answer_load gives). */
enum { S_CUSTOMERS, S_VISITORS, S_CALLERS, S_STAFF, S__MAX };

/* Data categories, by id. */
enum { D_IDENTITY, D_HEALTH, D_COOKIES, D__MAX };

/* Recipients, by id. */
enum { R_STRIPE, R_MAILCHIMP, R_DPF, R_IDTA, R_NOWHERE, R_UNUSED, R__MAX };

/* Activities, by id. */
enum { A_PAYMENTS, A_ANALYTICS, A_CLINIC, A_CALLS, A_DRAFTLESS, A__MAX };

static void
cat(struct answer_cat *c, long long id, const char *code, const char *name,
    int special)
{
	c->id = id;
	c->code = sdup(code);
	c->name = sdup(name);
	c->is_special = special;
}

static void
loc(struct answer_loc *l, long long owner, const char *country,
    const char *name, const char *uk, const char *eu, const char *mech,
    const char *regime, const char *from, const char *until, int cert)
{
	l->owner = owner;
	l->country = sdup(country);
	l->country_name = sdup(name);
	l->uk_status = sdup(uk);
	l->eu_status = sdup(eu);
	if (mech != NULL) {
		l->mechanism = sdup(mech);
		l->mechanism_name = xasprintf("Mechanism %s", mech);
		l->mechanism_article = sdup("Art 46");
		l->regime = sdup(regime);
		l->valid_from = sdup(from);
		l->valid_until = sdup(until);
		l->needs_certification = cert;
	}
}

static void
links(size_t **v, size_t *n, const size_t *idx, size_t k)
{
	size_t i;

	*v = xcalloc(k + 1, sizeof(**v));
	for (i = 0; i < k; i++)
		(*v)[i] = idx[i];
	*n = k;
}

/*
 * A small register: payments (contract, automated) for customers with
 * Stripe (no location) and Mailchimp (US on Privacy Shield); analytics
 * for visitors (legitimate interests) with a DPF recipient and an IDTA
 * one; a clinic (health data, explicit consent, not automated) for
 * customers; a processor activity for callers; and one that names no
 * subjects, basis or anything else.
 */
static struct answer *
fixture(const char *jurisdiction)
{
	static const size_t pay_s[] = { S_CUSTOMERS }, pay_d[] = {
	    D_IDENTITY }, pay_r[] = { R_STRIPE, R_MAILCHIMP, R_NOWHERE };
	static const size_t an_s[] = { S_VISITORS }, an_d[] = { D_COOKIES },
	    an_r[] = { R_DPF, R_IDTA };
	static const size_t cl_s[] = { S_CUSTOMERS, S_STAFF }, cl_d[] = {
	    D_IDENTITY, D_HEALTH };
	static const size_t ca_s[] = { S_CALLERS }, ca_d[] = { D_IDENTITY };
	struct answer *a;
	struct answer_act *t;
	size_t i;

	a = xcalloc(1, sizeof(*a));
	a->org_id = 7;
	a->org[AO_SLUG] = sdup("acme");
	a->org[AO_NAME] = sdup("Acme");
	a->org[AO_CONTACT_EMAIL] = sdup("privacy@acme.example");
	a->org[AO_SUPERVISORY_AUTHORITY] = sdup("Information Commissioner's "
	    "Office");
	a->org[AO_JURISDICTION] = sdup(jurisdiction);

	a->subjs = xcalloc(S__MAX, sizeof(*a->subjs));
	a->nsubjs = S__MAX;
	cat(&a->subjs[S_CUSTOMERS], 1, "customers", "Customers", 0);
	cat(&a->subjs[S_VISITORS], 2, "website-visitors", "Website visitors",
	    0);
	cat(&a->subjs[S_CALLERS], 3, "callers", "Callers", 0);
	cat(&a->subjs[S_STAFF], 4, "employees", "Employees", 0);
	a->cats = xcalloc(D__MAX, sizeof(*a->cats));
	a->ncats = D__MAX;
	cat(&a->cats[D_IDENTITY], 11, "identity", "Identity", 0);
	cat(&a->cats[D_HEALTH], 12, "health", "Health data", 1);
	cat(&a->cats[D_COOKIES], 13, "cookies", "Cookies", 0);

	a->rcps = xcalloc(R__MAX, sizeof(*a->rcps));
	a->nrcps = R__MAX;
	for (i = 0; i < R__MAX; i++) {
		static const char *const names[R__MAX] = { "Stripe",
		    "Mailchimp", "Certified Inc", "Indian Ltd", "Nowhere Ltd",
		    "Unused Ltd" };

		a->rcps[i].id = 21 + (long long)i;
		a->rcps[i].name = sdup(names[i]);
		a->rcps[i].kind = sdup("processor");
		a->rcps[i].dpf_certified = -1;
	}
	a->rcps[R_DPF].dpf_certified = 1;

	/* The organisation's own, then by recipient (answer_load's order). */
	a->locs = xcalloc(6, sizeof(*a->locs));
	a->nlocs = 6;
	loc(&a->locs[0], 0, "GB", "United Kingdom", "uk", "adequate", NULL,
	    NULL, NULL, NULL, 0);
	loc(&a->locs[1], 0, "IE", "Ireland", "adequate", "eea", NULL, NULL,
	    NULL, NULL, 0);
	loc(&a->locs[2], 22, "US", "United States", "partial", "partial",
	    "privacy-shield", "both", "2016-08-01", "2020-07-15", 0);
	loc(&a->locs[3], 23, "US", "United States", "partial", "partial",
	    "eu-us-dpf", "eu", "2023-07-10", NULL, 1);
	loc(&a->locs[4], 24, "IN", "India", "none", "none", "uk-idta", "uk",
	    "2022-03-21", NULL, 0);
	loc(&a->locs[5], 26, "CH", "Switzerland", "adequate", "adequate",
	    "none", "both", NULL, NULL, 0);
	a->org_locs = &a->locs[0];
	a->norg_locs = 2;
	for (i = 2; i < 6; i++) {
		struct answer_rcp *c = &a->rcps[a->locs[i].owner - 21];

		c->locs = &a->locs[i];
		c->nlocs = 1;
	}

	a->acts = xcalloc(A__MAX, sizeof(*a->acts));
	a->nacts = A__MAX;
	for (i = 0; i < A__MAX; i++) {
		t = &a->acts[i];
		t->id = 31 + (long long)i;
		t->role = sdup("controller");
		t->retention_months = -1;
		t->retention_days = -1;
		t->has_automated_decisions = -1;
		t->is_automated = -1;
	}
	t = &a->acts[A_PAYMENTS];
	t->name = sdup("Payments");
	t->purposes = sdup("To take payments");
	t->basis = sdup("b");
	t->basis_article = sdup("Art 6(1)(b)");
	t->basis_name = sdup("Contract");
	t->is_automated = 1;
	t->retention_months = 72;
	t->retention_event = sdup("the end of the contract");
	t->has_automated_decisions = 0;
	links(&t->subjects, &t->nsubjects, pay_s, NELEM(pay_s));
	links(&t->data, &t->ndata, pay_d, NELEM(pay_d));
	links(&t->rcps, &t->nrcps, pay_r, NELEM(pay_r));
	t = &a->acts[A_ANALYTICS];
	t->name = sdup("Analytics");
	t->basis = sdup("f");
	t->basis_name = sdup("Legitimate interests");
	t->basis_detail = sdup("Improving the website");
	t->is_automated = 1;
	/* An event without a period is no retention. */
	t->retention_event = sdup("the visit");
	t->has_automated_decisions = 1;
	t->automated_decisions = sdup("Scores visits for fraud");
	links(&t->subjects, &t->nsubjects, an_s, NELEM(an_s));
	links(&t->data, &t->ndata, an_d, NELEM(an_d));
	links(&t->rcps, &t->nrcps, an_r, NELEM(an_r));
	t = &a->acts[A_CLINIC];
	t->name = sdup("Clinic");
	t->art9 = sdup("a");
	t->art9_article = sdup("Art 9(2)(a)");
	t->art9_name = sdup("Explicit consent");
	t->is_automated = 0;
	t->source = sdup("Referrals from GPs");
	t->retention_rule = sdup("Until the treatment ends");
	t->has_criminal_data = 1;
	links(&t->subjects, &t->nsubjects, cl_s, NELEM(cl_s));
	links(&t->data, &t->ndata, cl_d, NELEM(cl_d));
	t = &a->acts[A_CALLS];
	t->name = sdup("Calls for clients");
	free(t->role);
	t->role = sdup("processor");
	t->controller_name = sdup("Each client");
	links(&t->subjects, &t->nsubjects, ca_s, NELEM(ca_s));
	links(&t->data, &t->ndata, ca_d, NELEM(ca_d));
	t = &a->acts[A_DRAFTLESS];
	t->name = sdup("Bare");
	return a;
}

/* The answer for subjects, as a document of its own: <t><answer/></t>. */
static xmlDocPtr
build(const char *jurisdiction, const char *const *subjects, size_t n)
{
	struct answer *a;
	xmlNodePtr root;
	xmlDocPtr doc;

	a = fixture(jurisdiction);
	doc = xml_doc_new("t", &root);
	answer_build(a, subjects, n, TODAY, root);
	answer_free(a);
	return doc;
}

/* The string value of expr over doc (owned), "" when empty. */
static char *
xp(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr ctx;
	xmlXPathObjectPtr o;
	xmlChar *s;
	char *out;

	ctx = xmlXPathNewContext(doc);
	o = xmlXPathEvalExpression(BAD_CAST expr, ctx);
	s = o != NULL ? xmlXPathCastToString(o) : NULL;
	out = xstrdup(s != NULL ? (const char *)s : "(bad expression)");
	xmlFree(s);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(ctx);
	return out;
}

/* One expectation: expr's string value over the answer is want. */
struct xp_case {
	const char	*expr;
	const char	*want;
};

static void
xp_check(xmlDocPtr doc, const char *label, const struct xp_case *c,
    size_t n)
{
	char *got;
	size_t i;

	for (i = 0; i < n; i++) {
		got = xp(doc, c[i].expr);
		CHECK(strcmp(got, c[i].want) == 0, "%s: %s is \"%s\", want "
		    "\"%s\"", label, c[i].expr, got, c[i].want);
		free(got);
	}
}

#define A	"/t/answer"
#define ACTS	A "/activities/activity"
#define RCP(n)	A "/recipients/recipient[name='" n "']"

/* Customers: payments and the clinic; the processor's calls apart. */
static void
test_build_customers(void)
{
	static const char *const subjects[] = { "customers", "callers",
	    "customers", "no-such" };
	static const struct xp_case cases[] = {
		{ "count(" ACTS ")", "2" },
		{ ACTS "[1]/name", "Clinic" },
		{ ACTS "[2]/name", "Payments" },
		{ "count(" ACTS "[name='Bare'])", "0" },
		/* Asked twice, counted once; an unknown code says so. */
		{ "count(" A "/request_subjects/subject)", "3" },
		{ A "/request_subjects/subject[@code='customers']/@activities",
		    "2" },
		{ A "/request_subjects/subject[@code='customers']",
		    "Customers" },
		{ A "/request_subjects/subject[@code='callers']/@activities",
		    "0" },
		{ A "/request_subjects/subject[@code='no-such']/@unknown",
		    "1" },
		{ "count(" A "/request_subjects/@all)", "0" },
		/* Only the subjects asked about are named on an activity. */
		{ "count(" ACTS "[name='Clinic']/subject)", "1" },
		/* Art 15 is the controller's: the processor's apart. */
		{ "count(" A "/processor_activities/activity)", "1" },
		{ A "/processor_activities/activity/controller_name",
		    "Each client" },
		/* Summary: distinct categories and recipients, by name. */
		{ A "/summary/@activities", "2" },
		{ A "/summary/@data_categories", "2" },
		{ A "/summary/@special", "1" },
		{ A "/summary/data_category[1]", "Health data" },
		{ A "/summary/data_category[1]/@special", "1" },
		{ A "/summary/@recipients", "3" },
		{ A "/summary/recipient[1]", "Mailchimp" },
		{ A "/summary/@transfers", "1" },
		{ A "/summary/@processor_activities", "1" },
		{ "count(" A "/recipients/recipient[name='Unused Ltd'])", "0" },
		/* The lawful basis with its article. */
		{ ACTS "[name='Payments']/lawful_basis", "Contract" },
		{ ACTS "[name='Payments']/lawful_basis/@article",
		    "Art 6(1)(b)" },
		{ ACTS "[name='Clinic']/art9/@code", "a" },
		{ "count(" ACTS "[name='Clinic']/lawful_basis)", "0" },
		{ "count(" ACTS "[name='Clinic']/criminal)", "1" },
		{ ACTS "[name='Clinic']/data_category[@special='1']",
		    "Health data" },
		/* Retention: a period and its event, or a rule. */
		{ ACTS "[name='Payments']/retention/@months", "72" },
		{ ACTS "[name='Payments']/retention/event",
		    "the end of the contract" },
		{ ACTS "[name='Clinic']/retention/rule",
		    "Until the treatment ends" },
		{ "count(" ACTS "[name='Clinic']/retention/@months)", "0" },
		/* Silent: left out, for the sheet's "Not recorded". */
		{ "count(" ACTS "[name='Payments']/source)", "0" },
		{ ACTS "[name='Clinic']/source", "Referrals from GPs" },
		{ "count(" ACTS "[name='Clinic']/automated_decisions)", "0" },
		{ ACTS "[name='Payments']/automated_decisions/@present", "0" },
		/* Recipients in the activity by reference. */
		{ "count(" ACTS "[name='Payments']/recipient)", "3" },
		/* Portability: contract, automated; explicit consent, not. */
		{ ACTS "[name='Payments']/portability/@applies", "1" },
		{ "count(" ACTS "[name='Payments']/portability/@reason)", "0" },
		{ ACTS "[name='Clinic']/portability/@applies", "0" },
		{ ACTS "[name='Clinic']/portability/@reason", "not-automated" },
		{ A "/portability/@applies", "1" },
		{ A "/portability/@activities", "1" },
		{ A "/portability/@undecided", "0" },
	};
	xmlDocPtr doc;

	doc = build("uk", subjects, NELEM(subjects));
	xp_check(doc, "customers", cases, NELEM(cases));
	xmlFreeDoc(doc);
}

/* Transfers under the uk rules, as on TODAY. */
static void
test_build_transfers_uk(void)
{
	static const struct xp_case cases[] = {
		/* Privacy Shield: outside, invalid since 16 July 2020. */
		{ RCP("Mailchimp") "/location/@outside", "1" },
		{ RCP("Mailchimp") "/location/@adequacy", "partial" },
		{ RCP("Mailchimp") "/location/@mechanism", "privacy-shield" },
		{ RCP("Mailchimp") "/location/@valid", "0" },
		{ RCP("Mailchimp") "/location/@valid_until", "2020-07-15" },
		{ RCP("Mailchimp") "/location/mechanism_name",
		    "Mechanism privacy-shield" },
		/* The EU's DPF is not the UK's: not valid under uk rules. */
		{ RCP("Certified Inc") "/location/@valid", "0" },
		{ RCP("Certified Inc") "/location/@needs_certification", "1" },
		{ RCP("Certified Inc") "/location/@certified", "1" },
		/* The IDTA is. */
		{ RCP("Indian Ltd") "/location/@valid", "1" },
		{ RCP("Indian Ltd") "/location/@adequacy", "none" },
		/* No location: no <location>, for "Not recorded". */
		{ "count(" RCP("Nowhere Ltd") "/location)", "0" },
		{ "count(" RCP("Stripe") "/location)", "0" },
		/* The organisation's own: the UK and the EEA are home. */
		{ A "/controller/locations/location[1]/@outside", "0" },
		{ A "/controller/locations/location[2]/@outside", "0" },
		{ A "/controller/locations/location[2]/@adequacy", "adequate" },
		{ A "/summary/@transfers", "3" },
		{ A "/summary/@recipients", "5" },
		{ A "/summary/@automated_decisions", "1" },
		{ ACTS "[name='Analytics']/automated_decisions",
		    "Scores visits for fraud" },
		{ ACTS "[name='Analytics']/lawful_basis_detail",
		    "Improving the website" },
		/* An event alone is no retention. */
		{ "count(" ACTS "[name='Analytics']/retention)", "0" },
		/* Not known: every controller activity, the bare one too. */
		{ A "/request_subjects/@all", "1" },
		{ "count(" ACTS ")", "4" },
		{ "count(" ACTS "[name='Bare']/*)", "2" },
		{ ACTS "[name='Bare']/portability/@reason",
		    "basis-not-recorded" },
		{ ACTS "[name='Analytics']/portability/@reason",
		    "legitimate-interests" },
		{ A "/portability/@applies", "1" },
		{ A "/portability/@undecided", "1" },
		{ "count(" A "/portability/@reason)", "0" },
		{ "count(" A "/subject_categories/subject)", "4" },
		{ A "/controller/name", "Acme" },
		{ A "/controller/@jurisdiction", "uk" },
		{ "count(" A "/controller/address)", "0" },
	};
	xmlDocPtr doc;

	doc = build("uk", NULL, 0);
	xp_check(doc, "uk", cases, NELEM(cases));
	xmlFreeDoc(doc);
}

/* The same register under the eu rules: the UK is abroad, the DPF good. */
static void
test_build_transfers_eu(void)
{
	static const char *const subjects[] = { "website-visitors" };
	static const struct xp_case cases[] = {
		{ RCP("Certified Inc") "/location/@valid", "1" },
		{ RCP("Certified Inc") "/location/@adequacy", "partial" },
		{ RCP("Indian Ltd") "/location/@valid", "0" },
		{ A "/controller/locations/location[1]/@outside", "1" },
		{ A "/controller/locations/location[1]/@adequacy", "adequate" },
		{ A "/controller/locations/location[2]/@outside", "0" },
		{ "count(" ACTS ")", "1" },
		{ A "/summary/@transfers", "3" },
		{ "count(" A "/processor_activities/activity)", "0" },
		/* All that is answered shares one reason: it stands for all. */
		{ A "/portability/@applies", "0" },
		{ A "/portability/@reason", "legitimate-interests" },
	};
	xmlDocPtr doc;

	doc = build("eu", subjects, NELEM(subjects));
	xp_check(doc, "eu", cases, NELEM(cases));
	xmlFreeDoc(doc);
}

/* "none" as a mechanism is none; adequacy needs an adequate country. */
static void
test_build_mechanism_none(void)
{
	static const struct xp_case cases[] = {
		{ "count(" RCP("Unused Ltd") ")", "0" },
	};
	struct answer *a;
	xmlNodePtr root;
	xmlDocPtr doc;
	char *got;

	a = fixture("uk");
	/* Give the unused recipient's Swiss location to Stripe. */
	a->rcps[R_STRIPE].locs = a->rcps[R_UNUSED].locs;
	a->rcps[R_STRIPE].nlocs = 1;
	doc = xml_doc_new("t", &root);
	answer_build(a, NULL, 0, TODAY, root);
	xp_check(doc, "none", cases, NELEM(cases));
	got = xp(doc, "count(" RCP("Stripe") "/location/@mechanism)");
	CHECK(strcmp(got, "0") == 0, "a \"none\" mechanism is written: %s",
	    got);
	free(got);
	got = xp(doc, RCP("Stripe") "/location/@adequacy");
	CHECK(strcmp(got, "adequate") == 0, "Switzerland: %s", got);
	free(got);
	xmlFreeDoc(doc);

	/* Adequacy claimed for the US (only partly adequate): not valid. */
	free(a->locs[5].mechanism);
	a->locs[5].mechanism = xstrdup("adequacy");
	free(a->locs[5].uk_status);
	a->locs[5].uk_status = xstrdup("partial");
	doc = xml_doc_new("t", &root);
	answer_build(a, NULL, 0, TODAY, root);
	got = xp(doc, RCP("Stripe") "/location/@valid");
	CHECK(strcmp(got, "0") == 0, "adequacy for a partial country: %s",
	    got);
	free(got);
	xmlFreeDoc(doc);
	a->rcps[R_STRIPE].locs = NULL;
	a->rcps[R_STRIPE].nlocs = 0;
	answer_free(a);
}

void
suite_answer(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "answer", NULL, NULL);
	TEST_ADD(s, "portability (Art 20) over every basis and means",
	    test_portability);
	TEST_ADD(s, "the answer for customers: activities, summary, "
	    "retention, portability", test_build_customers);
	TEST_ADD(s, "transfers under the uk rules, everything answered",
	    test_build_transfers_uk);
	TEST_ADD(s, "transfers under the eu rules", test_build_transfers_eu);
	TEST_ADD(s, "no mechanism, and adequacy where there is none",
	    test_build_mechanism_none);
}
