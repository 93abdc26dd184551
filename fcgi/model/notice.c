/* notice: the generated privacy notice (Arts 13 and 14): what the public views give of a register, and the rights and transfer standing derived from it. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "notice.h"
#include "stmt.h"

const char *const notice_right_names[NR__MAX] = {
	[NR_ACCESS] = "access",
	[NR_RECTIFICATION] = "rectification",
	[NR_ERASURE] = "erasure",
	[NR_RESTRICTION] = "restriction",
	[NR_PORTABILITY] = "portability",
	[NR_OBJECTION] = "objection",
	[NR_WITHDRAW_CONSENT] = "withdraw-consent",
	[NR_AUTOMATED] = "automated-decisions",
};

const char *const notice_area_names[NA__MAX] = {
	[NA_HOME] = "home",
	[NA_OUTSIDE] = "outside",
};

const char *const notice_safeguard_names[NS__MAX] = {
	[NS_NONE] = "none",
	[NS_ADEQUACY] = "adequacy",
	[NS_MECHANISM] = "mechanism",
	[NS_DEROGATION] = "derogation",
	[NS_INVALID] = "invalid",
	[NS_PARTIAL] = "partial",
	[NS_MISSING] = "missing",
};

#define BIT(r)	(1u << (r))

/* strcmp() == 0 that a NULL never matches. */
static int
eq(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static int
is_set(const char *s)
{
	return s != NULL && *s != '\0';
}

unsigned
notice_rights(const char *basis, const char *art9, int is_automated,
    int has_automated, unsigned *maybe)
{
	unsigned r, m = 0;
	int is_consent;

	/* Whatever the basis (Arts 15, 16, 18). */
	r = BIT(NR_ACCESS) | BIT(NR_RECTIFICATION) | BIT(NR_RESTRICTION);
	is_consent = eq(basis, "a") || eq(art9, "a");
	if (!is_set(basis)) {
		/*
		 * Erasure, objection and portability turn on the basis: a
		 * notice cannot promise or deny them without it.
		 */
		m = BIT(NR_ERASURE) | BIT(NR_OBJECTION) | BIT(NR_PORTABILITY);
		if (is_consent) {
			r |= BIT(NR_ERASURE) | BIT(NR_WITHDRAW_CONSENT);
			m &= ~BIT(NR_ERASURE);
		}
	} else {
		/* Art 17(3)(b): not for a legal obligation or a public task. */
		if (!eq(basis, "c") && !eq(basis, "e"))
			r |= BIT(NR_ERASURE);
		/* Art 21(1); the UK's recognised legitimate interests too. */
		if (eq(basis, "e") || eq(basis, "f") || eq(basis, "ea"))
			r |= BIT(NR_OBJECTION);
		if (is_consent)
			r |= BIT(NR_WITHDRAW_CONSENT);
	}
	/* Art 20(1): consent (6(1)(a) or 9(2)(a)) or contract, automated. */
	if ((is_consent || eq(basis, "b")) && is_automated != 0) {
		r |= BIT(NR_PORTABILITY);
		m &= ~BIT(NR_PORTABILITY);
	}
	if (is_automated == 0)
		m &= ~BIT(NR_PORTABILITY);
	if (has_automated == 1)
		r |= BIT(NR_AUTOMATED);
	if (maybe != NULL)
		*maybe = m;
	return r;
}

enum notice_safeguard
notice_standing(const char *jurisdiction, const char *country, int is_eea,
    const char *status, const char *mechanism, const char *valid_until,
    int is_derogation, const char *today, enum notice_area *area)
{
	int has_mechanism;

	/*
	 * "Outside the UK and the EEA" is what people are told of: under
	 * the uk rules the EEA is adequate, under the eu rules the UK is a
	 * third country (adequate).
	 */
	if (is_eea || (!eq(jurisdiction, "eu") && (eq(country, "GB") ||
	    eq(status, "uk")))) {
		*area = NA_HOME;
		return NS_NONE;
	}
	*area = NA_OUTSIDE;
	has_mechanism = is_set(mechanism) && !eq(mechanism, "none") &&
	    !eq(mechanism, "adequacy");
	if (has_mechanism && is_set(valid_until) && is_set(today) &&
	    strcmp(valid_until, today) < 0)
		return NS_INVALID;
	if (has_mechanism)
		return is_derogation ? NS_DEROGATION : NS_MECHANISM;
	if (eq(status, "adequate") || eq(status, "eea") || eq(status, "uk"))
		return NS_ADEQUACY;
	if (eq(status, "partial"))
		return NS_PARTIAL;
	return NS_MISSING;
}

const char *
notice_default_authority(const char *jurisdiction)
{
	if (eq(jurisdiction, "uk"))
		return "the Information Commissioner's Office (ICO)";
	if (eq(jurisdiction, "eu"))
		return "the data protection supervisory authority of the EU "
		    "or EEA country where you live, where you work or where "
		    "you think the law was broken";
	return NULL;
}

static char *
notice_dup(const struct db_res *r, size_t col)
{
	const char *s = db_res_text(r, col);

	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

/* A nullable flag: -1 for NULL. */
static int
notice_flag(const struct db_res *r, size_t col)
{
	return db_res_isnull(r, col) ? -1 : db_res_int(r, col) != 0;
}

/* The index of the activity with id in n->acts (sorted by id), or -1. */
static long
notice_act_index(const struct notice *n, long long id)
{
	size_t lo = 0, hi = n->nacts, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (n->acts[mid].id == id)
			return (long)mid;
		if (n->acts[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static long
notice_rec_index(const struct notice *n, long long id)
{
	size_t lo = 0, hi = n->nrecs, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (n->recs[mid].id == id)
			return (long)mid;
		if (n->recs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static enum db_rc
notice_load_org(struct db *db, const char *slug, struct notice *n)
{
	struct db_param p = DBP_TEXT(slug);
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query_one(db, STMT_NOTICE_ORG, &p, 1, &r)) != DB_OK)
		return rc;
	n->established = notice_dup(r, 0);
	n->established_name = notice_dup(r, 1);
	n->established_is_eea = notice_flag(r, 2);
	n->changed_at = db_res_int(r, 3);
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
notice_load_acts(struct db *db, const char *slug, struct notice *n)
{
	struct db_param p = DBP_TEXT(slug);
	struct notice_act *a;
	struct db_res *r;
	enum db_rc rc;
	size_t i;

	if ((rc = db_query(db, STMT_NOTICE_ACTIVITIES, &p, 1, &r)) != DB_OK)
		return rc;
	n->acts = xcalloc(db_res_rows(r), sizeof(*n->acts));
	while (db_res_next(r)) {
		a = &n->acts[n->nacts++];
		a->id = db_res_int(r, NC_ID);
		for (i = 0; i < NC__MAX; i++)
			a->f[i] = notice_dup(r, i);
		if (eq(a->f[NC_ROLE], "processor"))
			continue;	/* the controller it acts for informs */
		a->rights = notice_rights(a->f[NC_BASIS], a->f[NC_ART9],
		    notice_flag(r, NC_IS_AUTOMATED),
		    notice_flag(r, NC_HAS_AUTOMATED), &a->rights_maybe);
	}
	db_res_free(r);
	return DB_OK;
}

/*
 * Subject (is_data 0) or data (1) categories: rows of activity id,
 * code, name, is_special, is_criminal, ordered by activity.
 */
static enum db_rc
notice_load_cats(struct db *db, const char *slug, struct notice *n,
    int is_data)
{
	struct db_param p = DBP_TEXT(slug);
	struct notice_act *a;
	struct notice_cat *c;
	struct db_res *r;
	enum db_rc rc;
	long k;

	if ((rc = db_query(db, is_data ? STMT_NOTICE_DATA :
	    STMT_NOTICE_SUBJECTS, &p, 1, &r)) != DB_OK)
		return rc;
	while (db_res_next(r)) {
		if ((k = notice_act_index(n, db_res_int(r, 0))) < 0)
			continue;
		a = &n->acts[k];
		if (is_data) {
			a->data = xreallocarray(a->data, a->ndata + 1,
			    sizeof(*a->data));
			c = &a->data[a->ndata++];
		} else {
			a->subjects = xreallocarray(a->subjects,
			    a->nsubjects + 1, sizeof(*a->subjects));
			c = &a->subjects[a->nsubjects++];
		}
		c->code = notice_dup(r, 1);
		c->name = notice_dup(r, 2);
		c->is_special = db_res_int(r, 3) != 0;
		c->is_criminal = db_res_int(r, 4) != 0;
	}
	db_res_free(r);
	return DB_OK;
}

/*
 * The recipients: one row a link (recipient id, activity id, name, kind,
 * service, certifications), ordered by recipient, so each recipient's
 * rows are contiguous and n->recs comes out sorted by id.
 */
static enum db_rc
notice_load_recs(struct db *db, const char *slug, struct notice *n)
{
	struct db_param p = DBP_TEXT(slug);
	struct notice_rec *c = NULL;
	struct notice_act *a;
	struct db_res *r;
	enum db_rc rc;
	long long id;
	long k;

	if ((rc = db_query(db, STMT_NOTICE_RECIPIENTS, &p, 1, &r)) != DB_OK)
		return rc;
	n->recs = xcalloc(db_res_rows(r), sizeof(*n->recs));
	while (db_res_next(r)) {
		id = db_res_int(r, 0);
		if (c == NULL || c->id != id) {
			c = &n->recs[n->nrecs++];
			c->id = id;
			c->name = notice_dup(r, 2);
			c->kind = notice_dup(r, 3);
			c->service = notice_dup(r, 4);
			c->certifications = notice_dup(r, 5);
		}
		if ((k = notice_act_index(n, db_res_int(r, 1))) < 0)
			continue;
		a = &n->acts[k];
		a->recs = xreallocarray(a->recs, a->nrecs + 1,
		    sizeof(*a->recs));
		a->recs[a->nrecs++] = n->nrecs - 1;
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
notice_load_locs(struct db *db, const char *slug, const char *jurisdiction,
    const char *today, struct notice *n)
{
	struct db_param p[2] = { DBP_TEXT(slug), DBP_TEXT(slug) };
	int is_eu = eq(jurisdiction, "eu");
	struct notice_loc *l;
	struct notice_rec *c;
	struct db_res *r;
	enum db_rc rc;
	size_t i;
	long k;

	if ((rc = db_query(db, STMT_NOTICE_LOCATIONS, p, 2, &r)) != DB_OK)
		return rc;
	n->locs = xcalloc(db_res_rows(r), sizeof(*n->locs));
	while (db_res_next(r)) {
		l = &n->locs[n->nlocs++];
		l->owner = db_res_int(r, NL_OWNER);
		for (i = 0; i < NL__MAX; i++)
			l->f[i] = notice_dup(r, i);
		l->safeguard = notice_standing(jurisdiction, l->f[NL_COUNTRY],
		    db_res_int(r, NL_IS_EEA) != 0,
		    l->f[is_eu ? NL_EU_STATUS : NL_UK_STATUS],
		    l->f[NL_MECHANISM], l->f[NL_VALID_UNTIL],
		    db_res_int(r, NL_IS_DEROGATION) != 0, today, &l->area);
	}
	db_res_free(r);
	/* Rows come ordered by owner: each owner's are contiguous. */
	for (i = 0; i < n->nlocs; i++) {
		l = &n->locs[i];
		if (l->owner == 0) {
			if (n->norg_locs++ == 0)
				n->org_locs = l;
		} else if ((k = notice_rec_index(n, l->owner)) >= 0) {
			c = &n->recs[k];
			if (c->nlocs++ == 0)
				c->locs = l;
		}
	}
	return DB_OK;
}

enum db_rc
notice_load(struct db *db, const char *slug, const char *jurisdiction,
    const char *today, struct notice **out)
{
	struct notice *n;
	enum db_rc rc;

	*out = NULL;
	n = xcalloc(1, sizeof(*n));
	n->established_is_eea = -1;
	if ((rc = notice_load_org(db, slug, n)) != DB_OK ||
	    (rc = notice_load_acts(db, slug, n)) != DB_OK ||
	    (rc = notice_load_cats(db, slug, n, 0)) != DB_OK ||
	    (rc = notice_load_cats(db, slug, n, 1)) != DB_OK ||
	    (rc = notice_load_recs(db, slug, n)) != DB_OK ||
	    (rc = notice_load_locs(db, slug, jurisdiction, today, n)) !=
	    DB_OK) {
		notice_free(n);
		return rc;
	}
	*out = n;
	return DB_OK;
}

static void
notice_cats_free(struct notice_cat *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(c[i].code);
		free(c[i].name);
	}
	free(c);
}

void
notice_free(struct notice *n)
{
	size_t i, j;

	if (n == NULL)
		return;
	free(n->established);
	free(n->established_name);
	for (i = 0; i < n->nacts; i++) {
		for (j = 0; j < NC__MAX; j++)
			free(n->acts[i].f[j]);
		notice_cats_free(n->acts[i].subjects, n->acts[i].nsubjects);
		notice_cats_free(n->acts[i].data, n->acts[i].ndata);
		free(n->acts[i].recs);
	}
	free(n->acts);
	for (i = 0; i < n->nrecs; i++) {
		free(n->recs[i].name);
		free(n->recs[i].kind);
		free(n->recs[i].service);
		free(n->recs[i].certifications);
	}
	free(n->recs);
	for (i = 0; i < n->nlocs; i++)
		for (j = 0; j < NL__MAX; j++)
			free(n->locs[i].f[j]);
	free(n->locs);
	free(n);
}
