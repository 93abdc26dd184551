/* test_checks: every rule of tests/data/CHECKS.md on a register built in memory, failing and near miss. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "model/checks.h"
#include "model/register.h"
#include "suites.h"

#define TODAY	"2026-11-23"
#define ORG	0LL	/* the organisation's entity_id and location owner */
#define ACT	101LL	/* the baseline activity */
#define REC	201LL	/* the baseline recipient */
#define SLUG	"acme"

/*
 * The catalogue as tests/data/CHECKS.md states it: code, severity,
 * article and the kinds of entity a finding may be about.
 */
#define K_ORG	(1u << ENT_ORGANISATION)
#define K_ACT	(1u << ENT_ACTIVITY)
#define K_REC	(1u << ENT_RECIPIENT)

struct cat_row {
	const char		*code;
	enum check_severity	 sev;
	const char		*article;
	unsigned int		 kinds;
};

static const struct cat_row catalogue[] = {
	{ "R01", SEV_ERROR, "Art 30(1)(b)", K_ACT },
	{ "R02", SEV_ERROR, "Art 6(1)", K_ACT },
	{ "R03", SEV_WARNING, "Art 30(1)(f)", K_ACT },
	{ "R04", SEV_WARNING, "Art 30(1)(g)", K_ACT },
	{ "R05", SEV_ERROR, "Art 9(2)", K_ACT },
	{ "R06", SEV_WARNING, "Art 6(1)(f)", K_ACT },
	{ "R07", SEV_ERROR, "Art 44", K_REC | K_ORG },
	{ "R08", SEV_ERROR, "Art 44", K_REC | K_ORG },
	{ "R09", SEV_WARNING, "Art 28(3)", K_REC },
	{ "R10", SEV_ERROR, "Art 30(2)(a)", K_ACT },
	{ "R11", SEV_WARNING, "Art 30(1)(e)", K_REC },
	{ "R12", SEV_WARNING, "Art 30(1)(c)", K_ACT },
	{ "R13", SEV_ERROR, "Art 27", K_ORG },
	{ "R14", SEV_WARNING, "Art 5(2)", K_ACT },
	{ "R15", SEV_ERROR, "Art 12(5)", K_ORG },
	{ "R16", SEV_ERROR, "Art 12(3)", K_ORG },
	{ "R17", SEV_WARNING, "Art 12(3)", K_ORG },
	{ "R18", SEV_WARNING, "Art 45", K_REC },
	{ "R19", SEV_WARNING, "Art 13(2)(d)", K_ORG },
	{ "R20", SEV_WARNING, "Art 13(1)(a)", K_ORG },
	{ "R21", SEV_WARNING, "Art 30(1)(e)", K_ACT },
	{ "R22", SEV_ERROR, "Art 10", K_ACT },
	{ "R23", SEV_WARNING, "Art 35", K_ACT },
};

/* Reference data, as reg_load joins it onto a location. */
struct country_ref {
	const char	*code;
	const char	*name;
	const char	*uk;
	const char	*eu;
};

static const struct country_ref countries[] = {
	{ "GB", "United Kingdom", "uk", "adequate" },
	{ "IE", "Ireland", "adequate", "eea" },
	{ "DE", "Germany", "adequate", "eea" },
	{ "CH", "Switzerland", "adequate", "adequate" },
	{ "US", "United States", "partial", "partial" },
	{ "IN", "India", "none", "none" },
};

struct mech_ref {
	const char	*code;
	const char	*name;
	const char	*valid_until;
	int		 needs_certification;
	int		 is_derogation;
};

static const struct mech_ref mechanisms[] = {
	{ "none", "No mechanism", NULL, 0, 0 },
	{ "uk-idta", "UK International Data Transfer Agreement", NULL, 0, 0 },
	{ "sccs", "EU Standard Contractual Clauses (2021)", NULL, 0, 0 },
	{ "sccs-2010", "EU Standard Contractual Clauses (2010)",
	    "2022-12-27", 0, 0 },
	{ "privacy-shield", "EU-US Privacy Shield", "2020-07-15", 0, 0 },
	{ "safe-harbor", "US-EU Safe Harbor", "2015-10-06", 0, 0 },
	{ "eu-us-dpf", "EU-US Data Privacy Framework", NULL, 1, 0 },
	{ "uk-us-data-bridge", "UK Extension to the EU-US DPF", NULL, 1, 0 },
	{ "consent", "Explicit consent (Art 49(1)(a))", NULL, 0, 1 },
	/* Test rows: a mechanism whose last day is yesterday, or today. */
	{ "ends-yesterday", "A mechanism ended yesterday", "2026-11-22", 0, 0 },
	{ "ends-today", "A mechanism ending today", "2026-11-23", 0, 0 },
};

static void
set(char **p, const char *v)
{
	free(*p);
	*p = v != NULL ? xstrdup(v) : NULL;
}

/* A broken fixture is a bug in this file: stop loudly. */
static void
fixture_bug(const char *what, const char *v)
{
	fprintf(stderr, "test_checks: fixture: %s %s\n", what,
	    v ? v : "(null)");
	abort();
}

static void
loc_fill(struct reg_location *l, long long owner, long long id,
    const char *cc, const char *mech)
{
	const struct country_ref *c = NULL;
	const struct mech_ref *m = NULL;
	size_t i;

	for (i = 0; i < NELEM(countries); i++)
		if (strcmp(countries[i].code, cc) == 0)
			c = &countries[i];
	if (c == NULL)
		fixture_bug("no country", cc);
	if (mech != NULL) {
		for (i = 0; i < NELEM(mechanisms); i++)
			if (strcmp(mechanisms[i].code, mech) == 0)
				m = &mechanisms[i];
		if (m == NULL)
			fixture_bug("no mechanism", mech);
	}
	memset(l, 0, sizeof(*l));
	l->id = id;
	l->owner_id = owner;
	set(&l->country, c->code);
	set(&l->country_name, c->name);
	set(&l->uk_status, c->uk);
	set(&l->eu_status, c->eu);
	if (m != NULL) {
		set(&l->mechanism, m->code);
		set(&l->mechanism_name, m->name);
		set(&l->valid_until, m->valid_until);
		l->needs_certification = m->needs_certification;
		l->is_derogation = m->is_derogation;
	}
}

static void
loc_clear(struct reg_location *l)
{
	free(l->country);
	free(l->country_name);
	free(l->region);
	free(l->mechanism);
	free(l->mechanism_name);
	free(l->uk_status);
	free(l->eu_status);
	free(l->valid_until);
	memset(l, 0, sizeof(*l));
}

/*
 * Orders the locations by owner (the organisation's first) as the
 * loader's query does, and points org_locs and each recipient's locs
 * into the array as reg_load does.
 */
static void
relink(struct reg *g)
{
	struct reg_location t;
	struct reg_location *l;
	size_t i, j;

	for (i = 1; i < g->nlocs; i++)
		for (j = i; j > 0 &&
		    g->locs[j - 1].owner_id > g->locs[j].owner_id; j--) {
			t = g->locs[j - 1];
			g->locs[j - 1] = g->locs[j];
			g->locs[j] = t;
		}
	g->org_locs = NULL;
	g->norg_locs = 0;
	for (i = 0; i < g->nrecs; i++) {
		g->recs[i].locs = NULL;
		g->recs[i].nlocs = 0;
	}
	for (i = 0; i < g->nlocs; i++) {
		l = &g->locs[i];
		if (l->owner_id == 0) {
			if (g->norg_locs++ == 0)
				g->org_locs = l;
			continue;
		}
		for (j = 0; j < g->nrecs; j++)
			if (g->recs[j].id == l->owner_id) {
				if (g->recs[j].nlocs++ == 0)
					g->recs[j].locs = l;
				break;
			}
	}
}

static void
add_loc(struct reg *g, long long owner, const char *cc, const char *mech)
{
	long long id = 300;
	size_t i;

	for (i = 0; i < g->nlocs; i++)
		if (g->locs[i].id >= id)
			id = g->locs[i].id;
	g->locs = xreallocarray(g->locs, g->nlocs + 1, sizeof(*g->locs));
	loc_fill(&g->locs[g->nlocs++], owner, id + 1, cc, mech);
	relink(g);
}

static void
drop_locs(struct reg *g, long long owner)
{
	size_t i, j;

	for (i = j = 0; i < g->nlocs; i++) {
		if (g->locs[i].owner_id == owner)
			loc_clear(&g->locs[i]);
		else
			g->locs[j++] = g->locs[i];
	}
	g->nlocs = j;
	relink(g);
}

static struct reg_recipient *
add_rec(struct reg *g, long long id, const char *name, const char *kind)
{
	struct reg_recipient *r;

	g->recs = xreallocarray(g->recs, g->nrecs + 1, sizeof(*g->recs));
	r = &g->recs[g->nrecs++];
	memset(r, 0, sizeof(*r));
	r->id = id;
	set(&r->name, name);
	set(&r->kind, kind);
	set(&r->service, "Sends the customers' email");
	set(&r->contract_ref, "DPA-2024-017");
	r->dpf_certified = -1;
	relink(g);
	return r;
}

/* A clean controller activity; rec is an index into g->recs or SIZE_MAX. */
static struct reg_activity *
add_act(struct reg *g, long long id, const char *name, size_t rec)
{
	struct reg_activity *a;

	g->acts = xreallocarray(g->acts, g->nacts + 1, sizeof(*g->acts));
	a = &g->acts[g->nacts++];
	memset(a, 0, sizeof(*a));
	a->id = id;
	set(&a->name, name);
	set(&a->role, "controller");
	set(&a->purposes, "Running the customer's account");
	set(&a->lawful_basis, "b");
	set(&a->lawful_basis_name, "Contract");
	set(&a->retention, "12 months");
	set(&a->security_measures, "Encryption at rest and in transit; "
	    "role-based access");
	set(&a->dpia_status, "not-needed");
	set(&a->status, "active");
	a->nsubjects = 1;
	a->ndata = 1;
	if (rec != SIZE_MAX) {
		a->recipients = xcalloc(1, sizeof(*a->recipients));
		a->recipients[0] = rec;
		a->nrecipients = 1;
	}
	return a;
}

/*
 * The clean baseline: a UK organisation in GB with a supervisory
 * authority and an email; one controller activity; one processor, with
 * a contract, in Ireland with no mechanism. It has no findings.
 */
static struct reg *
base(void)
{
	struct reg *g;

	g = xcalloc(1, sizeof(*g));
	g->org.id = 1;
	set(&g->org.slug, SLUG);
	set(&g->org.name, "Acme Widgets Ltd");
	set(&g->org.jurisdiction, "uk");
	set(&g->org.supervisory_authority,
	    "Information Commissioner's Office");
	set(&g->org.contact_email, "privacy@acme.example");
	g->org.charges_first_copy = -1;
	g->org.response_days = -1;
	g->org.response_within_month = -1;
	add_rec(g, REC, "Mailer Ltd", "processor");
	add_act(g, ACT, "Customer accounts", 0);
	add_loc(g, ORG, "GB", NULL);
	add_loc(g, REC, "IE", NULL);
	return g;
}

/* An edit of the baseline: a field of the org, activity or recipient. */
enum op {
	E_END,
	E_ORG_S,	/* char * of the organisation */
	E_ORG_I,	/* int */
	E_ORG_L,	/* long */
	E_ACT_S,	/* char * of the activity */
	E_ACT_I,	/* int */
	E_ACT_Z,	/* size_t */
	E_REC_S,	/* char * of the recipient */
	E_REC_I,	/* int */
	E_LOCS,		/* the owner's only location (country, mechanism) */
	E_ADD_LOC,	/* one more location of the owner */
	E_NO_LOCS,	/* the owner has none */
	E_UNLINK	/* the activity has no recipients */
};

struct edit {
	enum op		 op;
	size_t		 off;
	size_t		 sz;	/* the field's size: catches a wrong macro */
	const char	*s;
	const char	*s2;
	long long	 n;
};

#define FSZ(t, f)	sizeof(((struct t *)0)->f)
#define ORG_S(f, v)	{ E_ORG_S, offsetof(struct reg_org, f), \
			    FSZ(reg_org, f), (v), NULL, 0 }
#define ORG_I(f, v)	{ E_ORG_I, offsetof(struct reg_org, f), \
			    FSZ(reg_org, f), NULL, NULL, (v) }
#define ORG_L(f, v)	{ E_ORG_L, offsetof(struct reg_org, f), \
			    FSZ(reg_org, f), NULL, NULL, (v) }
#define ACT_S(f, v)	{ E_ACT_S, offsetof(struct reg_activity, f), \
			    FSZ(reg_activity, f), (v), NULL, 0 }
#define ACT_I(f, v)	{ E_ACT_I, offsetof(struct reg_activity, f), \
			    FSZ(reg_activity, f), NULL, NULL, (v) }
#define ACT_Z(f, v)	{ E_ACT_Z, offsetof(struct reg_activity, f), \
			    FSZ(reg_activity, f), NULL, NULL, (v) }
#define REC_S(f, v)	{ E_REC_S, offsetof(struct reg_recipient, f), \
			    FSZ(reg_recipient, f), (v), NULL, 0 }
#define REC_I(f, v)	{ E_REC_I, offsetof(struct reg_recipient, f), \
			    FSZ(reg_recipient, f), NULL, NULL, (v) }
#define LOCS(o, cc, m)	{ E_LOCS, 0, 0, (cc), (m), (o) }
#define ADD_LOC(o, cc, m) { E_ADD_LOC, 0, 0, (cc), (m), (o) }
#define NO_LOCS(o)	{ E_NO_LOCS, 0, 0, NULL, NULL, (o) }
#define UNLINK		{ E_UNLINK, 0, 0, NULL, NULL, 0 }

/* The eu rule set, with the organisation at home in Ireland. */
#define EU_ORG		ORG_S(jurisdiction, "eu"), \
			ORG_S(supervisory_authority, \
			    "Data Protection Commission"), \
			LOCS(ORG, "IE", NULL)

/* A processor activity that names its controller. */
#define PROCESSOR	ACT_S(role, "processor"), \
			ACT_S(controller_name, "Client plc")

static void
apply(struct reg *g, const struct edit *e)
{
	char *base_p;
	size_t want;

	switch (e->op) {
	case E_ORG_S: case E_ORG_I: case E_ORG_L:
		base_p = (char *)&g->org;
		break;
	case E_ACT_S: case E_ACT_I: case E_ACT_Z:
		base_p = (char *)&g->acts[0];
		break;
	case E_REC_S: case E_REC_I:
		base_p = (char *)&g->recs[0];
		break;
	case E_LOCS:
		drop_locs(g, e->n);
		add_loc(g, e->n, e->s, e->s2);
		return;
	case E_ADD_LOC:
		add_loc(g, e->n, e->s, e->s2);
		return;
	case E_NO_LOCS:
		drop_locs(g, e->n);
		return;
	case E_UNLINK:
		free(g->acts[0].recipients);
		g->acts[0].recipients = NULL;
		g->acts[0].nrecipients = 0;
		return;
	case E_END:
	default:
		return;
	}
	switch (e->op) {
	case E_ORG_S: case E_ACT_S: case E_REC_S:
		want = sizeof(char *);
		break;
	case E_ORG_L:
		want = sizeof(long);
		break;
	case E_ACT_Z:
		want = sizeof(size_t);
		break;
	default:
		want = sizeof(int);
		break;
	}
	if (e->sz != want)
		fixture_bug("edit of the wrong type at offset", "");
	switch (e->op) {
	case E_ORG_S: case E_ACT_S: case E_REC_S:
		set((char **)(void *)(base_p + e->off), e->s);
		break;
	case E_ORG_L:
		*(long *)(void *)(base_p + e->off) = (long)e->n;
		break;
	case E_ACT_Z:
		*(size_t *)(void *)(base_p + e->off) = (size_t)e->n;
		break;
	default:
		*(int *)(void *)(base_p + e->off) = (int)e->n;
		break;
	}
}

/* A finding expected: its code, entity kind and id. */
struct want {
	const char		*code;
	enum check_entity	 ent;
	long long		 id;
};

#define W_ORG(c)	{ (c), ENT_ORGANISATION, ORG }
#define W_ACT(c)	{ (c), ENT_ACTIVITY, ACT }
#define W_REC(c)	{ (c), ENT_RECIPIENT, REC }

#define MAXEDITS	9
#define MAXWANT		3

struct check_case {
	const char	*name;
	const char	*rule;	/* the rule it is about; NULL: none */
	int		 fires;	/* 1: a failing case, 0: a near miss */
	const char	*today;	/* NULL: TODAY */
	struct edit	 edits[MAXEDITS];
	struct want	 want[MAXWANT];	/* every finding, exactly */
};

static const struct check_case cases[] = {
	{ "the clean baseline", NULL, 0, NULL, { { E_END } }, { { NULL } } },
	{ "the baseline under eu, at home in IE", NULL, 0, NULL,
	    { EU_ORG }, { { NULL } } },
	{ "the baseline under eu, at home in DE", NULL, 0, NULL,
	    { EU_ORG, LOCS(ORG, "DE", NULL) }, { { NULL } } },

	/* R01: purposes. */
	{ "controller activity without purposes", "R01", 1, NULL,
	    { ACT_S(purposes, NULL) }, { W_ACT("R01") } },
	{ "purposes an empty string", "R01", 1, NULL,
	    { ACT_S(purposes, "") }, { W_ACT("R01") } },
	{ "joint-controller activity without purposes", "R01", 1, NULL,
	    { ACT_S(role, "joint-controller"), ACT_S(purposes, NULL) },
	    { W_ACT("R01") } },
	{ "a draft activity is checked too", "R01", 1, NULL,
	    { ACT_S(status, "draft"), ACT_S(purposes, NULL) },
	    { W_ACT("R01") } },
	{ "joint-controller activity with purposes", "R01", 0, NULL,
	    { ACT_S(role, "joint-controller") }, { { NULL } } },
	{ "processor activity without purposes", "R01", 0, NULL,
	    { PROCESSOR, ACT_S(purposes, NULL) }, { { NULL } } },

	/* R02: lawful basis. */
	{ "controller activity without a lawful basis", "R02", 1, NULL,
	    { ACT_S(lawful_basis, NULL), ACT_S(lawful_basis_name, NULL) },
	    { W_ACT("R02") } },
	{ "lawful basis an empty string", "R02", 1, NULL,
	    { ACT_S(lawful_basis, "") }, { W_ACT("R02") } },
	{ "joint-controller activity without a lawful basis", "R02", 1,
	    NULL, { ACT_S(role, "joint-controller"),
	    ACT_S(lawful_basis, NULL) }, { W_ACT("R02") } },
	{ "lawful basis (a) consent", "R02", 0, NULL,
	    { ACT_S(lawful_basis, "a"), ACT_S(lawful_basis_name, "Consent") },
	    { { NULL } } },
	{ "processor activity without a lawful basis", "R02", 0, NULL,
	    { PROCESSOR, ACT_S(lawful_basis, NULL) }, { { NULL } } },

	/* R03: retention. */
	{ "controller activity without retention", "R03", 1, NULL,
	    { ACT_S(retention, NULL) }, { W_ACT("R03") } },
	{ "joint-controller activity without retention", "R03", 1, NULL,
	    { ACT_S(role, "joint-controller"), ACT_S(retention, NULL) },
	    { W_ACT("R03") } },
	{ "retention as a stated rule", "R03", 0, NULL,
	    { ACT_S(retention, "until the account is closed") },
	    { { NULL } } },
	{ "processor activity without retention", "R03", 0, NULL,
	    { PROCESSOR, ACT_S(retention, NULL) }, { { NULL } } },

	/* R04: security measures. */
	{ "controller activity without security measures", "R04", 1, NULL,
	    { ACT_S(security_measures, NULL) }, { W_ACT("R04") } },
	{ "security measures an empty string", "R04", 1, NULL,
	    { ACT_S(security_measures, "") }, { W_ACT("R04") } },
	{ "processor activity without security measures", "R04", 1, NULL,
	    { PROCESSOR, ACT_S(security_measures, NULL) }, { W_ACT("R04") } },
	{ "a short description is enough", "R04", 0, NULL,
	    { ACT_S(security_measures, "TLS") }, { { NULL } } },
	{ "processor activity with security measures", "R04", 0, NULL,
	    { PROCESSOR }, { { NULL } } },

	/* R05: special-category data. */
	{ "special-category data without an Art 9 condition", "R05", 1,
	    NULL, { ACT_Z(nspecial, 1) }, { W_ACT("R05") } },
	{ "special-category data, condition an empty string", "R05", 1,
	    NULL, { ACT_Z(nspecial, 2), ACT_Z(ndata, 3),
	    ACT_S(art9_condition, "") }, { W_ACT("R05") } },
	{ "special-category data with condition (a)", "R05", 0, NULL,
	    { ACT_Z(nspecial, 1), ACT_S(art9_condition, "a") },
	    { { NULL } } },
	{ "no special-category data, no condition", "R05", 0, NULL,
	    { ACT_Z(nspecial, 0), ACT_S(art9_condition, NULL) },
	    { { NULL } } },

	/* R06: legitimate interests. */
	{ "legitimate interests without an LIA reference", "R06", 1, NULL,
	    { ACT_S(lawful_basis, "f"),
	    ACT_S(lawful_basis_name, "Legitimate interests") },
	    { W_ACT("R06") } },
	{ "legitimate interests, LIA an empty string", "R06", 1, NULL,
	    { ACT_S(lawful_basis, "f"), ACT_S(lia_ref, "") },
	    { W_ACT("R06") } },
	{ "legitimate interests with an LIA reference", "R06", 0, NULL,
	    { ACT_S(lawful_basis, "f"), ACT_S(lia_ref, "LIA-2025-04") },
	    { { NULL } } },
	{ "consent without an LIA reference", "R06", 0, NULL,
	    { ACT_S(lawful_basis, "a") }, { { NULL } } },

	/* R07: a third country with no mechanism. */
	{ "uk: recipient in the US (partial), no mechanism", "R07", 1, NULL,
	    { LOCS(REC, "US", NULL) }, { W_REC("R07") } },
	{ "uk: recipient in India (none), no mechanism", "R07", 1, NULL,
	    { LOCS(REC, "IN", NULL) }, { W_REC("R07") } },
	{ "uk: mechanism 'none' is no mechanism", "R07", 1, NULL,
	    { LOCS(REC, "US", "none") }, { W_REC("R07") } },
	{ "uk: a second location of the recipient in the US", "R07", 1,
	    NULL, { ADD_LOC(REC, "US", NULL) }, { W_REC("R07") } },
	{ "uk: two unsafe locations, two findings", "R07", 1, NULL,
	    { LOCS(REC, "US", NULL), ADD_LOC(REC, "IN", NULL) },
	    { W_REC("R07"), W_REC("R07") } },
	{ "uk: the organisation's own second location in the US", "R07", 1,
	    NULL, { ADD_LOC(ORG, "US", NULL) }, { W_ORG("R07") } },
	{ "eu: recipient in the US, no mechanism", "R07", 1, NULL,
	    { EU_ORG, LOCS(REC, "US", NULL) }, { W_REC("R07") } },
	{ "eu: recipient in India, no mechanism", "R07", 1, NULL,
	    { EU_ORG, LOCS(REC, "IN", NULL) }, { W_REC("R07") } },
	{ "uk: recipient in IE (adequate), no mechanism", "R07", 0, NULL,
	    { LOCS(REC, "IE", NULL) }, { { NULL } } },
	{ "uk: recipient in GB, no mechanism", "R07", 0, NULL,
	    { LOCS(REC, "GB", NULL) }, { { NULL } } },
	{ "uk: recipient in CH (adequate), no mechanism", "R07", 0, NULL,
	    { LOCS(REC, "CH", NULL) }, { { NULL } } },
	{ "uk: recipient in the US under the IDTA", "R07", 0, NULL,
	    { LOCS(REC, "US", "uk-idta") }, { { NULL } } },
	{ "uk: recipient in India under the IDTA", "R07", 0, NULL,
	    { LOCS(REC, "IN", "uk-idta") }, { { NULL } } },
	{ "eu: recipient in GB (eu adequate), no mechanism", "R07", 0, NULL,
	    { EU_ORG, LOCS(REC, "GB", NULL) }, { { NULL } } },
	{ "eu: recipient in CH (eu adequate), no mechanism", "R07", 0, NULL,
	    { EU_ORG, LOCS(REC, "CH", NULL) }, { { NULL } } },
	{ "eu: recipient in DE (eea), no mechanism", "R07", 0, NULL,
	    { EU_ORG, LOCS(REC, "DE", NULL) }, { { NULL } } },
	{ "eu: recipient in the US under SCCs", "R07", 0, NULL,
	    { EU_ORG, LOCS(REC, "US", "sccs") }, { { NULL } } },

	/* R08: an obsolete mechanism. */
	{ "Privacy Shield (ended 2020-07-15) on 2026-11-23", "R08", 1, NULL,
	    { LOCS(REC, "US", "privacy-shield") }, { W_REC("R08") } },
	{ "Safe Harbor", "R08", 1, NULL,
	    { LOCS(REC, "US", "safe-harbor") }, { W_REC("R08") } },
	{ "the 2010 SCCs", "R08", 1, NULL,
	    { LOCS(REC, "IN", "sccs-2010") }, { W_REC("R08") } },
	{ "a mechanism whose last valid day was yesterday", "R08", 1, NULL,
	    { LOCS(REC, "US", "ends-yesterday") }, { W_REC("R08") } },
	{ "eu: Privacy Shield", "R08", 1, NULL,
	    { EU_ORG, LOCS(REC, "US", "privacy-shield") }, { W_REC("R08") } },
	{ "CRM.io: the organisation's own US location on Privacy Shield",
	    "R08", 1, NULL, { LOCS(ORG, "US", "privacy-shield"),
	    ORG_S(representative_name, "EU Rep Services Ltd") },
	    { W_ORG("R08") } },
	{ "CRM.io without a representative", "R08", 1, NULL,
	    { LOCS(ORG, "US", "privacy-shield") },
	    { W_ORG("R08"), W_ORG("R13") } },
	{ "a mechanism whose last valid day is today", "R08", 0, NULL,
	    { LOCS(REC, "US", "ends-today") }, { { NULL } } },
	{ "Privacy Shield on 2020-07-01, while it was valid", "R08", 0,
	    "2020-07-01", { LOCS(REC, "US", "privacy-shield") },
	    { { NULL } } },
	{ "a mechanism with valid_until NULL", "R08", 0, NULL,
	    { LOCS(REC, "US", "uk-idta") }, { { NULL } } },

	/* R09: a processor's contract. */
	{ "processor without a contract reference", "R09", 1, NULL,
	    { REC_S(contract_ref, NULL) }, { W_REC("R09") } },
	{ "contract reference an empty string", "R09", 1, NULL,
	    { REC_S(contract_ref, "") }, { W_REC("R09") } },
	{ "sub-processor without a contract reference", "R09", 1, NULL,
	    { REC_S(kind, "sub-processor"), REC_S(contract_ref, NULL) },
	    { W_REC("R09") } },
	{ "sub-processor with a contract reference", "R09", 0, NULL,
	    { REC_S(kind, "sub-processor") }, { { NULL } } },
	{ "independent controller without a contract", "R09", 0, NULL,
	    { REC_S(kind, "independent-controller"),
	    REC_S(contract_ref, NULL) }, { { NULL } } },
	{ "public authority without a contract", "R09", 0, NULL,
	    { REC_S(kind, "public-authority"), REC_S(contract_ref, NULL) },
	    { { NULL } } },

	/* R10: a processor activity's controller. */
	{ "processor activity without controller_name", "R10", 1, NULL,
	    { ACT_S(role, "processor") }, { W_ACT("R10") } },
	{ "processor activity, controller_name an empty string", "R10", 1,
	    NULL, { ACT_S(role, "processor"), ACT_S(controller_name, "") },
	    { W_ACT("R10") } },
	{ "processor activity lacking what a controller records: R10 only "
	    "(no R01/R02/R03/R12)", "R10", 1, NULL,
	    { ACT_S(role, "processor"), ACT_S(purposes, NULL),
	    ACT_S(lawful_basis, NULL), ACT_S(lawful_basis_name, NULL),
	    ACT_S(retention, NULL), ACT_Z(nsubjects, 0), ACT_Z(ndata, 0) },
	    { W_ACT("R10") } },
	{ "processor activity naming its controller, lacking what a "
	    "controller records", "R10", 0, NULL,
	    { PROCESSOR, ACT_S(purposes, NULL), ACT_S(lawful_basis, NULL),
	    ACT_S(lawful_basis_name, NULL), ACT_S(retention, NULL),
	    ACT_Z(nsubjects, 0), ACT_Z(ndata, 0) }, { { NULL } } },
	{ "controller activity without controller_name", "R10", 0, NULL,
	    { ACT_S(controller_name, NULL) }, { { NULL } } },

	/* R11: a recipient's location. */
	{ "processor with no location", "R11", 1, NULL,
	    { NO_LOCS(REC) }, { W_REC("R11") } },
	{ "independent controller with no location", "R11", 1, NULL,
	    { REC_S(kind, "independent-controller"), NO_LOCS(REC) },
	    { W_REC("R11") } },
	{ "public authority with no location", "R11", 1, NULL,
	    { REC_S(kind, "public-authority"), REC_S(contract_ref, NULL),
	    NO_LOCS(REC) }, { W_REC("R11") } },
	{ "a category of recipients with no location", "R11", 0, NULL,
	    { REC_S(kind, "category"), REC_S(contract_ref, NULL),
	    NO_LOCS(REC) }, { { NULL } } },
	{ "an internal team with no location", "R11", 0, NULL,
	    { REC_S(kind, "internal"), REC_S(contract_ref, NULL),
	    NO_LOCS(REC) }, { { NULL } } },

	/* R12: categories of subjects and data. */
	{ "no data-subject categories", "R12", 1, NULL,
	    { ACT_Z(nsubjects, 0) }, { W_ACT("R12") } },
	{ "no personal-data categories", "R12", 1, NULL,
	    { ACT_Z(ndata, 0) }, { W_ACT("R12") } },
	{ "neither: one finding", "R12", 1, NULL,
	    { ACT_Z(nsubjects, 0), ACT_Z(ndata, 0) }, { W_ACT("R12") } },
	{ "joint controller without data-subject categories", "R12", 1,
	    NULL, { ACT_S(role, "joint-controller"), ACT_Z(nsubjects, 0) },
	    { W_ACT("R12") } },
	{ "processor activity with neither", "R12", 0, NULL,
	    { PROCESSOR, ACT_Z(nsubjects, 0), ACT_Z(ndata, 0) },
	    { { NULL } } },
	{ "several categories of each", "R12", 0, NULL,
	    { ACT_Z(nsubjects, 3), ACT_Z(ndata, 7) }, { { NULL } } },

	/* R13: a representative. */
	{ "uk: only location in the US, no mechanism, no representative",
	    "R13", 1, NULL, { LOCS(ORG, "US", NULL) },
	    { W_ORG("R07"), W_ORG("R13") } },
	{ "uk: only location in the US under the IDTA, no representative",
	    "R13", 1, NULL, { LOCS(ORG, "US", "uk-idta") },
	    { W_ORG("R13") } },
	{ "uk: representative an empty string", "R13", 1, NULL,
	    { LOCS(ORG, "US", "uk-idta"), ORG_S(representative_name, "") },
	    { W_ORG("R13") } },
	{ "uk: only location in Ireland (outside the UK)", "R13", 1, NULL,
	    { LOCS(ORG, "IE", NULL) }, { W_ORG("R13") } },
	{ "eu: only location in GB (adequate, not EEA)", "R13", 1, NULL,
	    { ORG_S(jurisdiction, "eu"),
	    ORG_S(supervisory_authority, "Data Protection Commission") },
	    { W_ORG("R13") } },
	{ "uk: only location in the US, with a representative", "R13", 0,
	    NULL, { LOCS(ORG, "US", "uk-idta"),
	    ORG_S(representative_name, "UK Rep Services Ltd") },
	    { { NULL } } },
	{ "uk: locations in the US and GB, no representative", "R13", 0,
	    NULL, { LOCS(ORG, "US", "uk-idta"), ADD_LOC(ORG, "GB", NULL) },
	    { { NULL } } },
	{ "uk: only location in GB", "R13", 0, NULL,
	    { LOCS(ORG, "GB", NULL) }, { { NULL } } },
	{ "eu: only location in DE", "R13", 0, NULL,
	    { EU_ORG, LOCS(ORG, "DE", NULL) }, { { NULL } } },
	{ "no organisation location recorded", "R13", 0, NULL,
	    { NO_LOCS(ORG) }, { { NULL } } },

	/* R14: the review date. */
	{ "next review 2026-01-01 on 2026-11-23", "R14", 1, NULL,
	    { ACT_S(next_review, "2026-01-01") }, { W_ACT("R14") } },
	{ "next review yesterday", "R14", 1, NULL,
	    { ACT_S(next_review, "2026-11-22") }, { W_ACT("R14") } },
	{ "next review 2027-01-01", "R14", 0, NULL,
	    { ACT_S(next_review, "2027-01-01") }, { { NULL } } },
	{ "next review today", "R14", 0, NULL,
	    { ACT_S(next_review, TODAY) }, { { NULL } } },
	{ "next review 2026-01-01 on 2025-12-31", "R14", 0, "2025-12-31",
	    { ACT_S(next_review, "2026-01-01") }, { { NULL } } },

	/* R15: a fee for a first copy. */
	{ "charges_first_copy 1", "R15", 1, NULL,
	    { ORG_I(charges_first_copy, 1),
	    ORG_S(request_fee, "GBP 10 per request") }, { W_ORG("R15") } },
	{ "charges_first_copy 1, fee not in words", "R15", 1, NULL,
	    { ORG_I(charges_first_copy, 1) }, { W_ORG("R15") } },
	{ "charges_first_copy 0", "R15", 0, NULL,
	    { ORG_I(charges_first_copy, 0),
	    ORG_S(request_fee, "a fee for further copies only") },
	    { { NULL } } },
	{ "charges_first_copy -1 (not stated)", "R15", 0, NULL,
	    { ORG_I(charges_first_copy, -1) }, { { NULL } } },

	/* R16: longer than a month, or vague. */
	{ "response_within_month 0", "R16", 1, NULL,
	    { ORG_I(response_within_month, 0),
	    ORG_S(response_time, "within a reasonable timeframe") },
	    { W_ORG("R16") } },
	{ "response_within_month 0, time not in words", "R16", 1, NULL,
	    { ORG_I(response_within_month, 0) }, { W_ORG("R16") } },
	{ "response_within_month 1", "R16", 0, NULL,
	    { ORG_I(response_within_month, 1),
	    ORG_S(response_time, "within one month") }, { { NULL } } },
	{ "response_within_month -1 (not stated)", "R16", 0, NULL,
	    { ORG_I(response_within_month, -1) }, { { NULL } } },

	/* R17: days above 28. */
	{ "response_days 30", "R17", 1, NULL,
	    { ORG_L(response_days, 30), ORG_I(response_within_month, 1),
	    ORG_S(response_time, "within 30 days") }, { W_ORG("R17") } },
	{ "response_days 29, within a month not stated", "R17", 1, NULL,
	    { ORG_L(response_days, 29) }, { W_ORG("R17") } },
	{ "response_days 28", "R17", 0, NULL,
	    { ORG_L(response_days, 28), ORG_I(response_within_month, 1) },
	    { { NULL } } },
	{ "response_days -1 (not stated)", "R17", 0, NULL,
	    { ORG_L(response_days, -1), ORG_I(response_within_month, 1) },
	    { { NULL } } },

	/* R18: DPF certification. */
	{ "uk: eu-us-dpf, certification not stated", "R18", 1, NULL,
	    { LOCS(REC, "US", "eu-us-dpf") }, { W_REC("R18") } },
	{ "uk: eu-us-dpf, not certified", "R18", 1, NULL,
	    { LOCS(REC, "US", "eu-us-dpf"), REC_I(dpf_certified, 0) },
	    { W_REC("R18") } },
	{ "uk: eu-us-dpf, certified but never verified", "R18", 1, NULL,
	    { LOCS(REC, "US", "eu-us-dpf"), REC_I(dpf_certified, 1) },
	    { W_REC("R18") } },
	{ "uk: uk-us-data-bridge, certification not stated", "R18", 1,
	    NULL, { LOCS(REC, "US", "uk-us-data-bridge") },
	    { W_REC("R18") } },
	{ "eu: eu-us-dpf, certification not stated", "R18", 1, NULL,
	    { EU_ORG, LOCS(REC, "US", "eu-us-dpf") }, { W_REC("R18") } },
	{ "uk: eu-us-dpf, certified and verified", "R18", 0, NULL,
	    { LOCS(REC, "US", "eu-us-dpf"), REC_I(dpf_certified, 1),
	    REC_S(dpf_verified, "2026-10-01") }, { { NULL } } },
	{ "uk: uk-us-data-bridge, certified and verified", "R18", 0, NULL,
	    { LOCS(REC, "US", "uk-us-data-bridge"), REC_I(dpf_certified, 1),
	    REC_S(dpf_verified, "2026-10-01") }, { { NULL } } },
	{ "eu: eu-us-dpf, certified and verified", "R18", 0, NULL,
	    { EU_ORG, LOCS(REC, "US", "eu-us-dpf"), REC_I(dpf_certified, 1),
	    REC_S(dpf_verified, "2026-10-01") }, { { NULL } } },
	{ "uk: a mechanism that needs no certification", "R18", 0, NULL,
	    { LOCS(REC, "US", "sccs") }, { { NULL } } },
	/* The DPF reaches only the US: elsewhere it is no mechanism. */
	{ "uk: uk-us-data-bridge for India", "R07", 1, NULL,
	    { LOCS(REC, "IN", "uk-us-data-bridge") }, { W_REC("R07") } },
	{ "eu: eu-us-dpf for India", "R07", 1, NULL,
	    { EU_ORG, LOCS(REC, "IN", "eu-us-dpf") }, { W_REC("R07") } },

	/* R19: the supervisory authority. */
	{ "no supervisory authority", "R19", 1, NULL,
	    { ORG_S(supervisory_authority, NULL) }, { W_ORG("R19") } },
	{ "supervisory authority an empty string", "R19", 1, NULL,
	    { ORG_S(supervisory_authority, "") }, { W_ORG("R19") } },
	{ "a supervisory authority named", "R19", 0, NULL,
	    { ORG_S(supervisory_authority, "ICO") }, { { NULL } } },

	/* R20: a contact. */
	{ "no email, phone or address", "R20", 1, NULL,
	    { ORG_S(contact_email, NULL) }, { W_ORG("R20") } },
	{ "all three empty strings", "R20", 1, NULL,
	    { ORG_S(contact_email, ""), ORG_S(contact_phone, ""),
	    ORG_S(address, "") }, { W_ORG("R20") } },
	{ "a phone only", "R20", 0, NULL,
	    { ORG_S(contact_email, NULL),
	    ORG_S(contact_phone, "+44 20 7946 0000") }, { { NULL } } },
	{ "an address only", "R20", 0, NULL,
	    { ORG_S(contact_email, NULL),
	    ORG_S(address, "1 High Street, London") }, { { NULL } } },

	/* R21: an activity with no location at all. */
	{ "no org location and no recipients", "R21", 1, NULL,
	    { NO_LOCS(ORG), UNLINK }, { W_ACT("R21") } },
	{ "no org location, the only recipient a category with none",
	    "R21", 1, NULL, { NO_LOCS(ORG), REC_S(kind, "category"),
	    REC_S(contract_ref, NULL), NO_LOCS(REC) }, { W_ACT("R21") } },
	{ "no org location, the only recipient a processor with none",
	    "R21", 1, NULL, { NO_LOCS(ORG), NO_LOCS(REC) },
	    { W_REC("R11"), W_ACT("R21") } },
	{ "no org location, the recipient located", "R21", 0, NULL,
	    { NO_LOCS(ORG) }, { { NULL } } },
	{ "an org location, no recipients", "R21", 0, NULL,
	    { UNLINK }, { { NULL } } },

	/* R22: criminal-offence data. */
	{ "has_criminal_data without criminal_detail", "R22", 1, NULL,
	    { ACT_I(has_criminal_data, 1) }, { W_ACT("R22") } },
	{ "a criminal data category without criminal_detail", "R22", 1,
	    NULL, { ACT_Z(ncriminal, 1) }, { W_ACT("R22") } },
	{ "has_criminal_data, criminal_detail an empty string", "R22", 1,
	    NULL, { ACT_I(has_criminal_data, 1),
	    ACT_S(criminal_detail, "") }, { W_ACT("R22") } },
	{ "has_criminal_data with criminal_detail", "R22", 0, NULL,
	    { ACT_I(has_criminal_data, 1),
	    ACT_S(criminal_detail, "DPA 2018 Sch 1 para 10") },
	    { { NULL } } },

	/* R23: a DPIA. */
	{ "dpia_status needed", "R23", 1, NULL,
	    { ACT_S(dpia_status, "needed") }, { W_ACT("R23") } },
	{ "dpia_status in-progress", "R23", 1, NULL,
	    { ACT_S(dpia_status, "in-progress") }, { W_ACT("R23") } },
	{ "dpia_status done", "R23", 0, NULL,
	    { ACT_S(dpia_status, "done") }, { { NULL } } },
	{ "dpia_status not-needed", "R23", 0, NULL,
	    { ACT_S(dpia_status, "not-needed") }, { { NULL } } },
	{ "dpia_status not stated", "R23", 0, NULL,
	    { ACT_S(dpia_status, NULL) }, { { NULL } } },
};

static const struct cat_row *
cat_find(const char *code)
{
	size_t i;

	for (i = 0; i < NELEM(catalogue); i++)
		if (strcmp(catalogue[i].code, code) == 0)
			return &catalogue[i];
	return NULL;
}

/* The name of the entity a finding should carry, or NULL: no such. */
static const char *
entity_name(const struct reg *g, enum check_entity e, long long id)
{
	size_t i;

	switch (e) {
	case ENT_ORGANISATION:
		return id == 0 ? g->org.name : NULL;
	case ENT_ACTIVITY:
		for (i = 0; i < g->nacts; i++)
			if (g->acts[i].id == id)
				return g->acts[i].name;
		return NULL;
	case ENT_RECIPIENT:
		for (i = 0; i < g->nrecs; i++)
			if (g->recs[i].id == id)
				return g->recs[i].name;
		return NULL;
	}
	return NULL;
}

static const char *
ent_word(enum check_entity e)
{
	return e == ENT_ORGANISATION ? "organisation" :
	    e == ENT_ACTIVITY ? "activity" : "recipient";
}

/* "R07 recipient:201, R13 organisation:0" for a failure message. */
static void
describe(const struct finding *f, size_t n, char *buf, size_t sz)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n && len < sz; i++)
		len += (size_t)snprintf(buf + len, sz - len, "%s%s %s:%lld",
		    i ? ", " : "", f[i].rule ? f[i].rule->code : "?",
		    ent_word(f[i].entity), f[i].entity_id);
	if (n == 0)
		snprintf(buf, sz, "none");
}

/*
 * What every finding must be, whatever the register: in the catalogue
 * with its severity, article and kind of entity; about an entity of the
 * register, with its name; a message of one line; sorted by code.
 */
static void
check_shape(const char *name, const struct reg *g, const struct finding *f,
    size_t n)
{
	const struct cat_row *c;
	const char *want;
	size_t i;

	for (i = 0; i < n; i++) {
		CHECK(f[i].rule != NULL && f[i].rule->code != NULL,
		    "%s: finding %zu has no rule", name, i);
		if (f[i].rule == NULL || f[i].rule->code == NULL)
			continue;
		c = cat_find(f[i].rule->code);
		CHECK(c != NULL, "%s: %s is not in CHECKS.md", name,
		    f[i].rule->code);
		if (c != NULL) {
			CHECK(f[i].rule->severity == c->sev, "%s: %s has "
			    "severity %d, CHECKS.md says %s", name, c->code,
			    (int)f[i].rule->severity,
			    check_severity_names[c->sev]);
			CHECK(f[i].rule->article != NULL &&
			    strcmp(f[i].rule->article, c->article) == 0,
			    "%s: %s cites \"%s\", CHECKS.md says \"%s\"",
			    name, c->code, f[i].rule->article ?
			    f[i].rule->article : "(null)", c->article);
			CHECK((c->kinds & (1u << f[i].entity)) != 0,
			    "%s: %s is about an %s", name, c->code,
			    ent_word(f[i].entity));
		}
		CHECK(f[i].rule->fix != NULL && f[i].rule->fix[0] != '\0',
		    "%s: %s has no fix", name, f[i].rule->code);
		CHECK(f[i].message != NULL && f[i].message[0] != '\0',
		    "%s: %s has an empty message", name, f[i].rule->code);
		CHECK(f[i].message == NULL ||
		    strpbrk(f[i].message, "\t\n\r") == NULL,
		    "%s: %s's message has a tab or newline: \"%s\"", name,
		    f[i].rule->code, f[i].message);
		want = entity_name(g, f[i].entity, f[i].entity_id);
		CHECK(want != NULL, "%s: %s is about %s:%lld, not in the "
		    "register", name, f[i].rule->code, ent_word(f[i].entity),
		    f[i].entity_id);
		CHECK(want != NULL && f[i].entity_name != NULL &&
		    strcmp(f[i].entity_name, want) == 0,
		    "%s: %s names \"%s\", want \"%s\"", name, f[i].rule->code,
		    f[i].entity_name ? f[i].entity_name : "(null)",
		    want ? want : "(null)");
		if (i > 0 && f[i - 1].rule != NULL)
			CHECK(strcmp(f[i - 1].rule->code, f[i].rule->code) <= 0,
			    "%s: %s comes after %s: not sorted by code", name,
			    f[i].rule->code, f[i - 1].rule->code);
	}
}

static void
run_case(const struct check_case *c)
{
	struct finding *f = NULL;
	struct reg *g;
	char got[512];
	size_t n = 0, nw, i, j;
	int used[MAXWANT * 4] = { 0 }, ok;
	const struct edit *e;

	g = base();
	for (e = c->edits; e < c->edits + MAXEDITS && e->op != E_END; e++)
		apply(g, e);
	checks_run(g, c->today ? c->today : TODAY, &f, &n);
	describe(f, n, got, sizeof(got));
	for (nw = 0; nw < MAXWANT && c->want[nw].code != NULL; nw++)
		;
	CHECK(n == nw, "%s: %zu findings (%s), want %zu", c->name, n, got,
	    nw);
	for (i = 0; i < nw; i++) {
		ok = 0;
		for (j = 0; j < n && j < NELEM(used) && !ok; j++) {
			if (used[j] || strcmp(f[j].rule->code,
			    c->want[i].code) != 0 ||
			    f[j].entity != c->want[i].ent ||
			    f[j].entity_id != c->want[i].id)
				continue;
			used[j] = ok = 1;
		}
		CHECK(ok, "%s: want %s on %s:%lld, got %s", c->name,
		    c->want[i].code, ent_word(c->want[i].ent), c->want[i].id,
		    got);
	}
	check_shape(c->name, g, f, n);
	checks_free(f, n);
	reg_free(g);
}

static void
test_cases(void)
{
	size_t i;

	for (i = 0; i < NELEM(cases); i++)
		run_case(&cases[i]);
}

/* Each rule has a failing case that produces it and a near miss. */
static void
test_coverage(void)
{
	const struct check_case *c;
	size_t i, j, k;
	int fires, misses;

	for (i = 0; i < NELEM(catalogue); i++) {
		fires = misses = 0;
		for (j = 0; j < NELEM(cases); j++) {
			c = &cases[j];
			if (c->rule == NULL ||
			    strcmp(c->rule, catalogue[i].code) != 0)
				continue;
			if (!c->fires) {
				misses++;
				continue;
			}
			for (k = 0; k < MAXWANT && c->want[k].code; k++)
				if (strcmp(c->want[k].code, c->rule) == 0) {
					fires++;
					break;
				}
		}
		CHECK(fires > 0, "%s has no failing case", catalogue[i].code);
		CHECK(misses > 0, "%s has no near miss", catalogue[i].code);
	}
	for (j = 0; j < NELEM(cases); j++)
		CHECK(cases[j].rule == NULL || cat_find(cases[j].rule) != NULL,
		    "case \"%s\" is about %s, not in the catalogue",
		    cases[j].name, cases[j].rule);
}

static void
test_baseline(void)
{
	struct finding *f = NULL;
	struct reg *g;
	size_t n = 99;

	g = base();
	checks_run(g, TODAY, &f, &n);
	CU_ASSERT_EQUAL(n, 0);
	CU_ASSERT_PTR_NULL(f);
	checks_free(f, n);
	reg_free(g);

	/* An organisation alone: nothing to say of activities. */
	g = xcalloc(1, sizeof(*g));
	set(&g->org.slug, "empty");
	set(&g->org.name, "Empty Ltd");
	set(&g->org.jurisdiction, "uk");
	set(&g->org.supervisory_authority, "ICO");
	set(&g->org.address, "1 High Street");
	g->org.charges_first_copy = -1;
	g->org.response_days = -1;
	g->org.response_within_month = -1;
	n = 99;
	f = NULL;
	checks_run(g, TODAY, &f, &n);
	CU_ASSERT_EQUAL(n, 0);
	checks_free(f, n);
	reg_free(g);
}

/*
 * A register that fails many rules at once, on several activities and
 * recipients, in register order (by name).
 */
static struct reg *
messy(void)
{
	struct reg_activity *a;
	struct reg_recipient *r;
	struct reg *g;

	g = base();
	set(&g->org.supervisory_authority, NULL);
	g->org.charges_first_copy = 1;
	g->org.response_days = 30;
	set(&g->acts[0].purposes, NULL);
	set(&g->acts[0].dpia_status, "needed");
	a = add_act(g, 7, "Newsletter", 1);
	set(&a->purposes, NULL);
	set(&a->lawful_basis, "f");
	set(&a->next_review, "2025-01-01");
	a = add_act(g, 150, "Payroll", SIZE_MAX);
	set(&a->role, "processor");
	set(&a->security_measures, NULL);
	a->nspecial = 1;
	set(&g->recs[0].contract_ref, NULL);
	r = add_rec(g, 5, "Zeta Cloud", "sub-processor");
	set(&r->contract_ref, NULL);
	add_loc(g, 5, "US", NULL);
	add_loc(g, 5, "US", "privacy-shield");
	add_loc(g, ORG, "IN", NULL);
	return g;
}

static void
test_sorted(void)
{
	struct finding *f = NULL;
	struct reg *g;
	char got[1024];
	size_t n = 0, i;
	int seen[NELEM(catalogue)] = { 0 }, distinct = 0;

	g = messy();
	checks_run(g, TODAY, &f, &n);
	describe(f, n, got, sizeof(got));
	CHECK(n >= 12, "the messy register: %zu findings (%s)", n, got);
	check_shape("the messy register", g, f, n);
	for (i = 0; i < n; i++) {
		const struct cat_row *c = cat_find(f[i].rule->code);

		if (c != NULL && !seen[c - catalogue]++)
			distinct++;
	}
	CHECK(distinct >= 10, "the messy register: %d rules (%s)", distinct,
	    got);
	for (i = 0; i + 1 < n; i++)
		CHECK(strcmp(f[i].rule->code, f[i + 1].rule->code) <= 0,
		    "finding %zu (%s) before %zu (%s): %s", i,
		    f[i].rule->code, i + 1, f[i + 1].rule->code, got);
	checks_free(f, n);
	reg_free(g);
}

/*
 * checks.h: "Findings come in the order of the rules, then of the
 * register." The register holds activities and recipients by name; ids
 * need not follow it.
 */
static void
test_register_order(void)
{
	struct finding *f = NULL;
	struct reg *g;
	char got[1024];
	size_t n = 0, i;
	long long r01[2] = { 0, 0 }, r09[2] = { 0, 0 };
	size_t n01 = 0, n09 = 0;

	g = messy();
	checks_run(g, TODAY, &f, &n);
	describe(f, n, got, sizeof(got));
	for (i = 0; i < n; i++) {
		if (strcmp(f[i].rule->code, "R01") == 0 && n01 < 2)
			r01[n01++] = f[i].entity_id;
		if (strcmp(f[i].rule->code, "R09") == 0 && n09 < 2)
			r09[n09++] = f[i].entity_id;
	}
	/* Register order: "Customer accounts" (101), "Newsletter" (7). */
	CHECK(n01 == 2 && r01[0] == ACT && r01[1] == 7,
	    "R01 in register order: want activity 101 then 7, got %s", got);
	/* Register order: "Mailer Ltd" (201), "Zeta Cloud" (5). */
	CHECK(n09 == 2 && r09[0] == REC && r09[1] == 5,
	    "R09 in register order: want recipient 201 then 5, got %s", got);
	checks_free(f, n);
	reg_free(g);
}

/* CHECKS.md R04: "(Art 30(2)(d) for a processor)". */
static void
test_r04_processor_article(void)
{
	static const struct edit edits[] = {
		PROCESSOR, ACT_S(security_measures, NULL)
	};
	struct finding *f = NULL;
	struct reg *g;
	size_t n = 0, i;

	g = base();
	for (i = 0; i < NELEM(edits); i++)
		apply(g, &edits[i]);
	checks_run(g, TODAY, &f, &n);
	CU_ASSERT_EQUAL_FATAL(n, 1);
	CU_ASSERT_STRING_EQUAL(f[0].rule->code, "R04");
	CHECK(strstr(f[0].rule->article, "30(2)(d)") != NULL ||
	    strstr(f[0].message, "30(2)(d)") != NULL,
	    "R04 on a processor activity cites \"%s\" (message \"%s\"); "
	    "CHECKS.md: Art 30(2)(d) for a processor", f[0].rule->article,
	    f[0].message);
	checks_free(f, n);
	reg_free(g);
}

static void
test_entity(void)
{
	static const struct {
		const char	*name;
		struct edit	 e[2];
		const char	*want;
	} rows[] = {
		{ "organisation", { ORG_S(supervisory_authority, NULL) },
		    "organisation:" SLUG },
		{ "activity", { ACT_S(purposes, NULL) }, "activity:101" },
		{ "recipient", { REC_S(contract_ref, NULL) },
		    "recipient:201" },
	};
	struct finding *f = NULL;
	struct reg *g;
	char buf[64], small[8];
	size_t n = 0, i;

	for (i = 0; i < NELEM(rows); i++) {
		g = base();
		apply(g, &rows[i].e[0]);
		checks_run(g, TODAY, &f, &n);
		CHECK(n == 1, "checks_entity: %s: %zu findings", rows[i].name,
		    n);
		if (n >= 1) {
			memset(buf, 'x', sizeof(buf));
			checks_entity(g, &f[0], buf, sizeof(buf));
			CHECK(strcmp(buf, rows[i].want) == 0,
			    "checks_entity: %s: \"%s\", want \"%s\"",
			    rows[i].name, buf, rows[i].want);
			/* A short buffer is cut, terminated. */
			memset(small, 'x', sizeof(small));
			checks_entity(g, &f[0], small, sizeof(small));
			CHECK(small[sizeof(small) - 1] == '\0' &&
			    strncmp(small, rows[i].want, sizeof(small) - 1) ==
			    0, "checks_entity: %s into 8 bytes", rows[i].name);
		}
		checks_free(f, n);
		f = NULL;
		n = 0;
		reg_free(g);
	}
}

static void
test_today(void)
{
	char d[11];
	size_t i;

	memset(d, 'x', sizeof(d));
	checks_today(d);
	CU_ASSERT_EQUAL(strlen(d), 10);
	for (i = 0; i < 10; i++)
		CHECK(i == 4 || i == 7 ? d[i] == '-' :
		    d[i] >= '0' && d[i] <= '9', "checks_today: \"%s\"", d);
	CU_ASSERT(strcmp(d, "2024-01-01") > 0);
}

/* checks_transfer on one location of the baseline's recipient. */
struct xfer_case {
	const char		*jurisdiction;
	const char		*country;
	const char		*mechanism;	/* NULL: none recorded */
	int			 certified;	/* the recipient's dpf_certified */
	const char		*verified;
	int			 is_org;	/* the organisation's own location */
	enum transfer_state	 want;
	int			 abroad;
};

static const struct xfer_case xfer_cases[] = {
	{ "uk", "GB", NULL, -1, NULL, 0, XFER_HOME, 0 },
	{ "uk", "IE", NULL, -1, NULL, 0, XFER_HOME, 0 },
	{ "uk", "IE", "privacy-shield", -1, NULL, 0, XFER_OBSOLETE, 0 },
	{ "uk", "CH", NULL, -1, NULL, 0, XFER_ADEQUATE, 1 },
	{ "uk", "CH", "uk-idta", -1, NULL, 0, XFER_ADEQUATE, 1 },
	{ "uk", "IN", NULL, -1, NULL, 0, XFER_NONE, 1 },
	{ "uk", "IN", "none", -1, NULL, 0, XFER_NONE, 1 },
	{ "uk", "IN", "uk-idta", -1, NULL, 0, XFER_VALID, 1 },
	{ "uk", "IN", "consent", -1, NULL, 0, XFER_VALID, 1 },
	{ "uk", "IN", "eu-us-dpf", 1, "2026-01-05", 0, XFER_MISAPPLIED, 1 },
	{ "uk", "US", NULL, -1, NULL, 0, XFER_NONE, 1 },
	{ "uk", "US", "privacy-shield", -1, NULL, 0, XFER_OBSOLETE, 1 },
	{ "uk", "US", "privacy-shield", -1, NULL, 1, XFER_OBSOLETE, 1 },
	{ "uk", "US", "uk-us-data-bridge", -1, NULL, 0, XFER_UNVERIFIED, 1 },
	{ "uk", "US", "uk-us-data-bridge", 1, NULL, 0, XFER_UNVERIFIED, 1 },
	{ "uk", "US", "uk-us-data-bridge", 1, "2026-01-05", 0, XFER_VALID,
	    1 },
	/* The organisation's own: no importer to certify. */
	{ "uk", "US", "uk-us-data-bridge", -1, NULL, 1, XFER_VALID, 1 },
	{ "uk", "US", "ends-yesterday", -1, NULL, 0, XFER_OBSOLETE, 1 },
	{ "uk", "US", "ends-today", -1, NULL, 0, XFER_VALID, 1 },
	{ "eu", "IE", NULL, -1, NULL, 0, XFER_HOME, 0 },
	{ "eu", "GB", NULL, -1, NULL, 0, XFER_ADEQUATE, 1 },
	{ "eu", "CH", "sccs", -1, NULL, 0, XFER_VALID, 1 },
	{ "eu", "US", "eu-us-dpf", 1, "2026-01-05", 0, XFER_VALID, 1 },
	{ "eu", "IN", NULL, -1, NULL, 0, XFER_NONE, 1 },
};

static void
test_transfer(void)
{
	const struct xfer_case *c;
	struct reg_recipient *rec;
	struct reg *g;
	size_t i;
	enum transfer_state got;

	for (i = 0; i < NELEM(xfer_cases); i++) {
		c = &xfer_cases[i];
		g = base();
		set(&g->org.jurisdiction, c->jurisdiction);
		rec = &g->recs[0];
		rec->dpf_certified = c->certified;
		set(&rec->dpf_verified, c->verified);
		drop_locs(g, REC);
		add_loc(g, REC, c->country, c->mechanism);
		got = checks_transfer(g, &rec->locs[0], c->is_org ? NULL : rec,
		    TODAY);
		CHECK(got == c->want, "case %zu (%s, %s, %s): %s, want %s", i,
		    c->jurisdiction, c->country, c->mechanism ? c->mechanism :
		    "no mechanism", transfer_state_names[got],
		    transfer_state_names[c->want]);
		CHECK(checks_is_abroad(g, &rec->locs[0]) == c->abroad,
		    "case %zu: abroad is not %d", i, c->abroad);
		reg_free(g);
	}
	for (i = 0; i < XFER__MAX; i++)
		CHECK(transfer_state_names[i] != NULL, "state %zu has no name",
		    i);
}

void
suite_checks(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "checks", NULL, NULL);
	TEST_ADD(s, "the clean baseline and a bare organisation have no "
	    "findings", test_baseline);
	TEST_ADD(s, "R01-R23: each failing case and each near miss",
	    test_cases);
	TEST_ADD(s, "every rule has a failing case and a near miss",
	    test_coverage);
	TEST_ADD(s, "findings sorted by code, catalogue, one-line messages",
	    test_sorted);
	TEST_ADD(s, "within a code, findings in register order (checks.h)",
	    test_register_order);
	TEST_ADD(s, "R04 on a processor activity cites Art 30(2)(d)",
	    test_r04_processor_article);
	TEST_ADD(s, "checks_entity: organisation:SLUG, activity:ID, "
	    "recipient:ID", test_entity);
	TEST_ADD(s, "checks_today: YYYY-MM-DD", test_today);
	TEST_ADD(s, "checks_transfer: home, adequate, valid, unverified, "
	    "obsolete, misapplied, none", test_transfer);
}
