/* checks: the register's health: every rule of GDPR-RULES.md that the register can answer, as named findings. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/util.h"
#include "checks.h"

const char *const check_severity_names[SEV__MAX] = {
	[SEV_ERROR] = "error",
	[SEV_WARNING] = "warning",
	[SEV_INFO] = "info",
};

enum rule {
	R01, R02, R03, R04, R05, R06, R07, R08, R09, R10, R11, R12, R13, R14,
	R15, R16, R17, R18, R19, R20, R21, R22, R23, R__MAX
};

/* The catalogue; tests/data/CHECKS.md says the same in a table. */
static const struct check_rule rules[R__MAX] = {
	[R01] = { "R01", SEV_ERROR, "Art 30(1)(b)",
	    "Record what the activity is for: its purposes." },
	[R02] = { "R02", SEV_ERROR, "Art 6(1)",
	    "Choose the lawful basis the activity relies on." },
	[R03] = { "R03", SEV_WARNING, "Art 30(1)(f)",
	    "Record how long the data is kept: a period and the event it "
	    "runs from, or the rule that decides it." },
	[R04] = { "R04", SEV_WARNING, "Art 30(1)(g)",
	    "Describe, in general terms, the technical and organisational "
	    "security measures." },
	[R05] = { "R05", SEV_ERROR, "Art 9(2)",
	    "Name the Art 9(2) condition for the special-category data, or "
	    "stop processing it." },
	[R06] = { "R06", SEV_WARNING, "Art 6(1)(f)",
	    "Carry out a legitimate-interests assessment and record its "
	    "reference." },
	[R07] = { "R07", SEV_ERROR, "Art 44",
	    "Record the safeguard the transfer relies on (IDTA, Addendum, "
	    "SCCs, BCRs) or stop the transfer." },
	[R08] = { "R08", SEV_ERROR, "Art 44",
	    "Replace the invalid mechanism with a valid one (the EU-US DPF "
	    "or UK Extension for a certified importer, or SCCs with the UK "
	    "Addendum or the IDTA)." },
	[R09] = { "R09", SEV_WARNING, "Art 28(3)",
	    "Record the data processing agreement (contract) with this "
	    "processor." },
	[R10] = { "R10", SEV_ERROR, "Art 30(2)(a)",
	    "Name the controller this processing is carried out for." },
	[R11] = { "R11", SEV_WARNING, "Art 30(1)(e)",
	    "Find out where the recipient holds the data and record the "
	    "country." },
	[R12] = { "R12", SEV_WARNING, "Art 30(1)(c)",
	    "Record the categories of data subjects and of personal data." },
	[R13] = { "R13", SEV_ERROR, "Art 27",
	    "Appoint a representative in the UK (or the EU) and record their "
	    "contact details." },
	[R14] = { "R14", SEV_WARNING, "Art 5(2)",
	    "Review the activity and set the next review date." },
	[R15] = { "R15", SEV_ERROR, "Art 12(5)",
	    "Make the first copy free: a fee is allowed only for manifestly "
	    "unfounded or excessive requests or further copies." },
	[R16] = { "R16", SEV_ERROR, "Art 12(3)",
	    "Promise an answer without undue delay and within one month of "
	    "receipt (extendable by two months, with reasons)." },
	[R17] = { "R17", SEV_WARNING, "Art 12(3)",
	    "State the time limit as one month, not a number of days: more "
	    "than 28 days exceeds a month in February." },
	[R18] = { "R18", SEV_WARNING, "Art 45",
	    "Check the importer on the Data Privacy Framework list (and the "
	    "UK Extension) and record the date." },
	[R19] = { "R19", SEV_WARNING, "Art 13(2)(d)",
	    "Name the supervisory authority people may complain to." },
	[R20] = { "R20", SEV_WARNING, "Art 13(1)(a)",
	    "Record how people can contact the controller about their data." },
	[R21] = { "R21", SEV_WARNING, "Art 30(1)(e)",
	    "Record where the organisation, or the recipients of this "
	    "activity, hold the data." },
	[R22] = { "R22", SEV_ERROR, "Art 10",
	    "Record the condition that allows processing criminal-offence "
	    "data." },
	[R23] = { "R23", SEV_WARNING, "Art 35",
	    "Complete the data protection impact assessment." },
};

struct checks_out {
	struct finding	*f;
	size_t		 n;
};

static void
add(struct checks_out *o, enum rule r, enum check_entity e, long long id,
    const char *name, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void
add(struct checks_out *o, enum rule r, enum check_entity e, long long id,
    const char *name, const char *fmt, ...)
{
	struct finding *f;
	va_list ap;
	int len;

	o->f = xreallocarray(o->f, o->n + 1, sizeof(*o->f));
	f = &o->f[o->n++];
	f->rule = &rules[r];
	f->seq = o->n - 1;
	f->entity = e;
	f->entity_id = id;
	f->entity_name = name;
	va_start(ap, fmt);
	len = vasprintf(&f->message, fmt, ap);
	va_end(ap);
	if (len < 0)
		abort();
}

static int
is_set(const char *s)
{
	return s != NULL && *s != '\0';
}

/* strcmp() == 0 that a NULL never matches (nor crashes). */
static int
eq(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static int
is_controller(const struct reg_activity *a)
{
	return !eq(a->role, "processor");
}

static int
is_eu(const struct reg *g)
{
	return eq(g->org.jurisdiction, "eu");
}

/* Is the location outside the home area under the rule set? */
static int
is_third_country(const struct reg *g, const struct reg_location *l)
{
	if (is_eu(g))
		return !eq(l->eu_status, "eea");
	return !eq(l->uk_status, "uk") && !eq(l->uk_status, "adequate") &&
	    /* the EEA is adequate for the UK (uk_status says so too) */
	    !eq(l->eu_status, "eea");
}

/* Is the country adequate as a whole under the rule set? */
static int
is_adequate(const struct reg *g, const struct reg_location *l)
{
	const char *s = is_eu(g) ? l->eu_status : l->uk_status;

	return eq(s, "adequate") || eq(s, "eea") || eq(s, "uk");
}

/* Was the mechanism invalid on today? */
static int
is_obsolete(const struct reg_location *l, const char *today)
{
	return is_set(l->mechanism) && is_set(l->valid_until) &&
	    strcmp(l->valid_until, today) < 0;
}

const char *const transfer_state_names[XFER__MAX] = {
	[XFER_HOME] = "home",
	[XFER_ADEQUATE] = "adequate",
	[XFER_VALID] = "valid",
	[XFER_UNVERIFIED] = "unverified",
	[XFER_OBSOLETE] = "obsolete",
	[XFER_MISAPPLIED] = "misapplied",
	[XFER_NONE] = "none",
};

int
checks_is_abroad(const struct reg *g, const struct reg_location *l)
{
	if (is_eu(g))
		return !eq(l->eu_status, "eea");
	return !eq(l->uk_status, "uk") && !eq(l->eu_status, "eea");
}

enum transfer_state
checks_transfer(const struct reg *g, const struct reg_location *l,
    const struct reg_recipient *rec, const char *today)
{
	if (is_obsolete(l, today))
		return XFER_OBSOLETE;
	if (!is_third_country(g, l))
		return checks_is_abroad(g, l) ? XFER_ADEQUATE : XFER_HOME;
	if (!is_set(l->mechanism) || eq(l->mechanism, "none"))
		return is_adequate(g, l) ? XFER_ADEQUATE : XFER_NONE;
	/* The DPF and its UK Extension reach only US importers. */
	if (l->needs_certification && !eq(l->country, "US"))
		return XFER_MISAPPLIED;
	/* Adequacy claimed for a country that has none (or only in part). */
	if (eq(l->mechanism, "adequacy"))
		return is_adequate(g, l) ? XFER_ADEQUATE : XFER_MISAPPLIED;
	if (l->needs_certification && rec != NULL &&
	    (rec->dpf_certified != 1 || !is_set(rec->dpf_verified)))
		return XFER_UNVERIFIED;
	return XFER_VALID;
}

/* R07, R08, R18 on one location; name is the owner's. */
static void
check_location(struct checks_out *o, const struct reg *g,
    const struct reg_location *l, enum check_entity e, long long id,
    const char *name, const struct reg_recipient *rec, const char *today)
{
	const char *where = l->country_name ? l->country_name : l->country;
	const char *mech = l->mechanism_name ? l->mechanism_name :
	    l->mechanism;
	int partial;

	partial = eq(is_eu(g) ? l->eu_status : l->uk_status, "partial");
	switch (checks_transfer(g, l, rec, today)) {
	case XFER_OBSOLETE:
		add(o, R08, e, id, name, "%s relies on %s for %s, a mechanism "
		    "no longer valid (its last valid day was %s).", name,
		    mech, where, l->valid_until);
		break;
	case XFER_NONE:
		add(o, R07, e, id, name, "%s holds data in %s, outside "
		    "the %s and not %s, and no transfer mechanism is "
		    "recorded.", name, where, is_eu(g) ? "EEA" : "UK",
		    partial ? "adequate as a whole" : "adequate");
		break;
	case XFER_MISAPPLIED:
		if (l->needs_certification)
			add(o, R07, e, id, name, "%s relies on %s for %s, a "
			    "mechanism that covers only certified importers "
			    "in the United States.", name, mech, where);
		else
			add(o, R07, e, id, name, "%s relies on adequacy for "
			    "%s, but %s is not %s under the %s rules.", name,
			    where, where, partial ? "adequate as a whole" :
			    "adequate", is_eu(g) ? "EU" : "UK");
		break;
	case XFER_UNVERIFIED:
		add(o, R18, e, id, name, "%s relies on %s in %s, but its "
		    "certification is not recorded as verified.", name, mech,
		    where);
		break;
	default:
		break;
	}
}

static void
check_org(struct checks_out *o, const struct reg *g, const char *today)
{
	const struct reg_org *org = &g->org;
	int home = 0;
	size_t i;

	for (i = 0; i < g->norg_locs; i++) {
		const struct reg_location *l = &g->org_locs[i];

		if (is_eu(g) ? eq(l->eu_status, "eea") : eq(l->uk_status, "uk"))
			home = 1;
		check_location(o, g, l, ENT_ORGANISATION, 0, org->name, NULL,
		    today);
	}
	/*
	 * Art 27 turns on establishment; where it is not recorded, on
	 * whether any of its own processing is at home.
	 */
	if (is_set(org->established))
		home = is_eu(g) ? eq(org->established_eu, "eea") :
		    eq(org->established_uk, "uk");
	else if (g->norg_locs == 0)
		home = 1;	/* nothing known: no finding */
	if (!home && !is_set(org->representative_name))
		add(o, R13, ENT_ORGANISATION, 0, org->name, "%s is based "
		    "outside the %s but names no representative there.",
		    org->name, is_eu(g) ? "EEA" : "UK");
	if (org->charges_first_copy == 1)
		add(o, R15, ENT_ORGANISATION, 0, org->name, "%s declares a fee "
		    "for access requests: \"%s\"", org->name,
		    is_set(org->request_fee) ? org->request_fee : "a fee");
	if (org->response_within_month == 0)
		add(o, R16, ENT_ORGANISATION, 0, org->name, "%s declares a "
		    "response time that is not within one month: \"%s\"",
		    org->name, is_set(org->response_time) ? org->response_time :
		    "not stated");
	else if (org->response_days > 28)
		add(o, R17, ENT_ORGANISATION, 0, org->name, "%s declares %ld "
		    "days to respond, more than a month in February.",
		    org->name, org->response_days);
	if (!is_set(org->supervisory_authority))
		add(o, R19, ENT_ORGANISATION, 0, org->name, "%s names no "
		    "supervisory authority for complaints.", org->name);
	if (!is_set(org->contact_email) && !is_set(org->contact_phone) &&
	    !is_set(org->address))
		add(o, R20, ENT_ORGANISATION, 0, org->name, "%s gives no email, "
		    "telephone or postal address for privacy questions.",
		    org->name);
}

static void
check_activity(struct checks_out *o, const struct reg *g,
    const struct reg_activity *a, const char *today)
{
	size_t i;
	int has_loc;

	if (is_controller(a)) {
		if (!is_set(a->purposes))
			add(o, R01, ENT_ACTIVITY, a->id, a->name, "\"%s\" has no "
			    "purposes recorded.", a->name);
		if (!is_set(a->lawful_basis))
			add(o, R02, ENT_ACTIVITY, a->id, a->name, "\"%s\" has no "
			    "lawful basis recorded.", a->name);
		if (!is_set(a->retention))
			add(o, R03, ENT_ACTIVITY, a->id, a->name, "\"%s\" has no "
			    "retention period or rule.", a->name);
		if (a->nsubjects == 0 || a->ndata == 0)
			add(o, R12, ENT_ACTIVITY, a->id, a->name, "\"%s\" has no "
			    "categories of %s recorded.", a->name,
			    a->nsubjects == 0 && a->ndata == 0 ?
			    "data subjects or personal data" :
			    a->nsubjects == 0 ? "data subjects" :
			    "personal data");
	} else if (!is_set(a->controller_name))
		add(o, R10, ENT_ACTIVITY, a->id, a->name, "\"%s\" is carried out "
		    "as a processor but does not name the controller.",
		    a->name);
	if (!is_set(a->security_measures))
		add(o, R04, ENT_ACTIVITY, a->id, a->name, "\"%s\" has no "
		    "security measures described%s.", a->name,
		    is_controller(a) ? "" : " (Art 30(2)(d) for a processor)");
	if (a->nspecial > 0 && !is_set(a->art9_condition))
		add(o, R05, ENT_ACTIVITY, a->id, a->name, "\"%s\" holds "
		    "special-category data without an Art 9 condition.",
		    a->name);
	if (eq(a->lawful_basis, "f") &&
	    !is_set(a->lia_ref))
		add(o, R06, ENT_ACTIVITY, a->id, a->name, "\"%s\" relies on "
		    "legitimate interests without an assessment reference.",
		    a->name);
	if (is_set(a->next_review) && strcmp(a->next_review, today) < 0)
		add(o, R14, ENT_ACTIVITY, a->id, a->name, "\"%s\" was due for "
		    "review on %s.", a->name, a->next_review);
	has_loc = g->norg_locs > 0;
	for (i = 0; i < a->nrecipients && !has_loc; i++)
		has_loc = g->recs[a->recipients[i]].nlocs > 0;
	if (!has_loc)
		add(o, R21, ENT_ACTIVITY, a->id, a->name, "\"%s\": neither the "
		    "organisation nor any recipient of this activity has a "
		    "location recorded.", a->name);
	if ((a->has_criminal_data || a->ncriminal > 0) &&
	    !is_set(a->criminal_detail))
		add(o, R22, ENT_ACTIVITY, a->id, a->name, "\"%s\" holds "
		    "criminal-offence data without the condition relied on.",
		    a->name);
	if (eq(a->dpia_status, "needed") || eq(a->dpia_status, "in-progress"))
		add(o, R23, ENT_ACTIVITY, a->id, a->name, "\"%s\" needs a DPIA "
		    "that is not done.", a->name);
}

static void
check_recipient(struct checks_out *o, const struct reg *g,
    const struct reg_recipient *r, const char *today)
{
	size_t i;

	if ((eq(r->kind, "processor") || eq(r->kind, "sub-processor")) &&
	    !is_set(r->contract_ref))
		add(o, R09, ENT_RECIPIENT, r->id, r->name, "%s is a processor "
		    "with no contract (DPA) reference recorded.", r->name);
	/* Categories of recipients and internal teams have no place. */
	if (r->nlocs == 0 && !eq(r->kind, "category") &&
	    !eq(r->kind, "internal"))
		add(o, R11, ENT_RECIPIENT, r->id, r->name, "%s has no location "
		    "recorded.", r->name);
	for (i = 0; i < r->nlocs; i++)
		check_location(o, g, &r->locs[i], ENT_RECIPIENT, r->id,
		    r->name, r, today);
}

/* Orders findings by rule code, keeping the order they were found in. */
static int
checks_cmp(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int c;

	if ((c = strcmp(x->rule->code, y->rule->code)) != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
checks_run(const struct reg *g, const char *today, struct finding **out,
    size_t *n)
{
	struct checks_out o = { NULL, 0 };
	size_t i;

	check_org(&o, g, today);
	for (i = 0; i < g->nacts; i++)
		check_activity(&o, g, &g->acts[i], today);
	for (i = 0; i < g->nrecs; i++)
		check_recipient(&o, g, &g->recs[i], today);
	if (o.n > 1)
		qsort(o.f, o.n, sizeof(*o.f), checks_cmp);
	*out = o.f;
	*n = o.n;
}

void
checks_free(struct finding *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(f[i].message);
	free(f);
}

void
checks_entity(const struct reg *g, const struct finding *f, char *buf,
    size_t sz)
{
	switch (f->entity) {
	case ENT_ORGANISATION:
		snprintf(buf, sz, "organisation:%s", g->org.slug);
		break;
	case ENT_ACTIVITY:
		snprintf(buf, sz, "activity:%lld", f->entity_id);
		break;
	case ENT_RECIPIENT:
	default:
		snprintf(buf, sz, "recipient:%lld", f->entity_id);
		break;
	}
}

void
checks_today(char out[11])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}
