/* register: an organisation's Article 30 register, loaded whole for the checks and the register page. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "register.h"
#include "stmt.h"

/* The statements of a load now, and as at @gd_asat. */
enum reg_part { PART_ORG, PART_ACTS, PART_RECS, PART_LOCS, PART_LINKS,
	PART__MAX };
static const int reg_stmt[2][PART__MAX] = {
	{ STMT_REG_ORG, STMT_REG_ACTIVITIES, STMT_REG_RECIPIENTS,
	    STMT_REG_LOCATIONS, STMT_REG_LINKS },
	{ STMT_REG_ORG_AT, STMT_REG_ACTIVITIES_AT, STMT_REG_RECIPIENTS_AT,
	    STMT_REG_LOCATIONS_AT, STMT_REG_LINKS_AT },
};

static char *
reg_dup(const struct db_res *r, size_t col)
{
	const char *s = db_res_text(r, col);

	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

/* A nullable flag: -1 for NULL. */
static int
reg_flag(const struct db_res *r, size_t col)
{
	return db_res_isnull(r, col) ? -1 : db_res_int(r, col) != 0;
}

static enum db_rc
reg_load_org(struct db *db, const int *st, long long org_id,
    struct reg_org *o)
{
	struct db_param p = DBP_INT(org_id);
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query_one(db, st[PART_ORG], &p, 1, &r)) != DB_OK)
		return rc;
	o->id = db_res_int(r, 0);
	o->slug = reg_dup(r, 1);
	o->name = reg_dup(r, 2);
	o->jurisdiction = reg_dup(r, 3);
	o->representative_name = reg_dup(r, 4);
	o->supervisory_authority = reg_dup(r, 5);
	o->contact_email = reg_dup(r, 6);
	o->contact_phone = reg_dup(r, 7);
	o->address = reg_dup(r, 8);
	o->request_fee = reg_dup(r, 9);
	o->charges_first_copy = reg_flag(r, 10);
	o->response_time = reg_dup(r, 11);
	o->response_days = db_res_isnull(r, 12) ? -1 : (long)db_res_int(r, 12);
	o->response_within_month = reg_flag(r, 13);
	o->established = reg_dup(r, 14);
	o->established_uk = reg_dup(r, 15);
	o->established_eu = reg_dup(r, 16);
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
reg_load_activities(struct db *db, const int *st, struct reg *g)
{
	struct db_param p = DBP_INT(g->org.id);
	struct reg_activity *a;
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query(db, st[PART_ACTS], &p, 1, &r)) != DB_OK)
		return rc;
	g->acts = xcalloc(db_res_rows(r), sizeof(*g->acts));
	while (db_res_next(r)) {
		a = &g->acts[g->nacts++];
		a->id = db_res_int(r, 0);
		a->name = reg_dup(r, 1);
		a->role = reg_dup(r, 2);
		a->controller_name = reg_dup(r, 3);
		a->purposes = reg_dup(r, 4);
		a->lawful_basis = reg_dup(r, 5);
		a->lawful_basis_name = reg_dup(r, 6);
		a->lia_ref = reg_dup(r, 7);
		a->art9_condition = reg_dup(r, 8);
		a->has_criminal_data = db_res_int(r, 9) != 0;
		a->criminal_detail = reg_dup(r, 10);
		a->retention = reg_dup(r, 11);
		a->security_measures = reg_dup(r, 12);
		a->dpia_status = reg_dup(r, 13);
		a->status = reg_dup(r, 14);
		a->next_review = reg_dup(r, 15);
		a->nsubjects = (size_t)db_res_int(r, 16);
		a->ndata = (size_t)db_res_int(r, 17);
		a->nspecial = (size_t)db_res_int(r, 18);
		a->ncriminal = (size_t)db_res_int(r, 19);
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
reg_load_recipients(struct db *db, const int *st, struct reg *g)
{
	struct db_param p = DBP_INT(g->org.id);
	struct reg_recipient *c;
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query(db, st[PART_RECS], &p, 1, &r)) != DB_OK)
		return rc;
	g->recs = xcalloc(db_res_rows(r), sizeof(*g->recs));
	while (db_res_next(r)) {
		c = &g->recs[g->nrecs++];
		c->id = db_res_int(r, 0);
		c->name = reg_dup(r, 1);
		c->kind = reg_dup(r, 2);
		c->service = reg_dup(r, 3);
		c->contract_ref = reg_dup(r, 4);
		c->dpf_certified = reg_flag(r, 5);
		c->dpf_verified = reg_dup(r, 6);
	}
	db_res_free(r);
	return DB_OK;
}

/* qsort_r is not portable: the array being sorted is passed this way. */
static const struct reg *reg_sorting;
static int reg_sorting_acts;

static long long
reg_id_at(const struct reg *g, int acts, size_t i)
{
	return acts ? g->acts[i].id : g->recs[i].id;
}

static int
reg_cmp_id(const void *a, const void *b)
{
	long long x = reg_id_at(reg_sorting, reg_sorting_acts,
	    *(const size_t *)a);
	long long y = reg_id_at(reg_sorting, reg_sorting_acts,
	    *(const size_t *)b);

	return x < y ? -1 : x > y;
}

/* Builds the index of acts (or recs) by id. */
static size_t *
reg_index(const struct reg *g, int acts)
{
	size_t n = acts ? g->nacts : g->nrecs, i, *idx;

	idx = xcalloc(n, sizeof(*idx));
	for (i = 0; i < n; i++)
		idx[i] = i;
	reg_sorting = g;
	reg_sorting_acts = acts;
	qsort(idx, n, sizeof(*idx), reg_cmp_id);
	reg_sorting = NULL;
	return idx;
}

static long
reg_find(const struct reg *g, int acts, long long id)
{
	const size_t *idx = acts ? g->act_by_id : g->rec_by_id;
	size_t lo = 0, hi = acts ? g->nacts : g->nrecs, mid;
	long long v;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((v = reg_id_at(g, acts, idx[mid])) == id)
			return (long)idx[mid];
		if (v < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

long
reg_activity_index(const struct reg *g, long long id)
{
	return reg_find(g, 1, id);
}

long
reg_recipient_index(const struct reg *g, long long id)
{
	return reg_find(g, 0, id);
}

static enum db_rc
reg_load_locations(struct db *db, const int *st, struct reg *g)
{
	struct db_param p[2] = { DBP_INT(g->org.id), DBP_INT(g->org.id) };
	struct reg_location *l;
	struct reg_recipient *c;
	struct db_res *r;
	enum db_rc rc;
	size_t i;
	long k;

	if ((rc = db_query(db, st[PART_LOCS], p, 2, &r)) != DB_OK)
		return rc;
	g->locs = xcalloc(db_res_rows(r), sizeof(*g->locs));
	while (db_res_next(r)) {
		l = &g->locs[g->nlocs++];
		l->owner_id = db_res_int(r, 0);
		l->id = db_res_int(r, 1);
		l->country = reg_dup(r, 2);
		l->country_name = reg_dup(r, 3);
		l->region = reg_dup(r, 4);
		l->mechanism = reg_dup(r, 5);
		l->mechanism_name = reg_dup(r, 6);
		l->uk_status = reg_dup(r, 7);
		l->eu_status = reg_dup(r, 8);
		l->valid_until = reg_dup(r, 9);
		l->needs_certification = db_res_int(r, 10) != 0;
		l->is_derogation = db_res_int(r, 11) != 0;
	}
	db_res_free(r);
	/* Rows come ordered by owner: each owner's are contiguous. */
	for (i = 0; i < g->nlocs; i++) {
		l = &g->locs[i];
		if (l->owner_id == 0) {
			if (g->norg_locs++ == 0)
				g->org_locs = l;
		} else if ((k = reg_recipient_index(g, l->owner_id)) >= 0) {
			c = &g->recs[k];
			if (c->nlocs++ == 0)
				c->locs = l;
		}
	}
	return DB_OK;
}

static enum db_rc
reg_load_links(struct db *db, const int *st, struct reg *g)
{
	struct db_param p = DBP_INT(g->org.id);
	struct reg_activity *a;
	struct db_res *r;
	enum db_rc rc;
	long ai, ri;

	if ((rc = db_query(db, st[PART_LINKS], &p, 1, &r)) != DB_OK)
		return rc;
	while (db_res_next(r)) {
		ri = reg_recipient_index(g, db_res_int(r, 1));
		ai = reg_activity_index(g, db_res_int(r, 0));
		if (ri < 0 || ai < 0)
			continue;	/* retired */
		a = &g->acts[ai];
		a->recipients = xreallocarray(a->recipients, a->nrecipients + 1,
		    sizeof(*a->recipients));
		a->recipients[a->nrecipients++] = (size_t)ri;
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
reg_load_with(struct db *db, const int *st, long long org_id, struct reg **out)
{
	struct reg *g;
	enum db_rc rc;

	*out = NULL;
	g = xcalloc(1, sizeof(*g));
	if ((rc = reg_load_org(db, st, org_id, &g->org)) != DB_OK ||
	    (rc = reg_load_activities(db, st, g)) != DB_OK ||
	    (rc = reg_load_recipients(db, st, g)) != DB_OK ||
	    (g->act_by_id = reg_index(g, 1)) == NULL ||
	    (g->rec_by_id = reg_index(g, 0)) == NULL ||
	    (rc = reg_load_locations(db, st, g)) != DB_OK ||
	    (rc = reg_load_links(db, st, g)) != DB_OK) {
		reg_free(g);
		return rc;
	}
	*out = g;
	return DB_OK;
}

enum db_rc
reg_load(struct db *db, long long org_id, struct reg **out)
{
	return reg_load_with(db, reg_stmt[0], org_id, out);
}

enum db_rc
reg_load_at(struct db *db, long long org_id, const char *asat,
    struct reg **out)
{
	struct db_param p = DBP_TEXT(asat);
	enum db_rc rc;

	*out = NULL;
	/* A session variable, so that each statement keeps its parameters. */
	if ((rc = db_exec(db, STMT_ASOF_SET, &p, 1, NULL, NULL)) != DB_OK)
		return rc;
	return reg_load_with(db, reg_stmt[1], org_id, out);
}

void
reg_free(struct reg *g)
{
	size_t i;

	if (g == NULL)
		return;
	free(g->org.slug);
	free(g->org.name);
	free(g->org.jurisdiction);
	free(g->org.established);
	free(g->org.established_uk);
	free(g->org.established_eu);
	free(g->org.representative_name);
	free(g->org.supervisory_authority);
	free(g->org.contact_email);
	free(g->org.contact_phone);
	free(g->org.address);
	free(g->org.request_fee);
	free(g->org.response_time);
	for (i = 0; i < g->nacts; i++) {
		struct reg_activity *a = &g->acts[i];

		free(a->name);
		free(a->role);
		free(a->controller_name);
		free(a->purposes);
		free(a->lawful_basis);
		free(a->lawful_basis_name);
		free(a->lia_ref);
		free(a->art9_condition);
		free(a->criminal_detail);
		free(a->retention);
		free(a->security_measures);
		free(a->dpia_status);
		free(a->status);
		free(a->next_review);
		free(a->recipients);
	}
	free(g->acts);
	for (i = 0; i < g->nrecs; i++) {
		free(g->recs[i].name);
		free(g->recs[i].kind);
		free(g->recs[i].service);
		free(g->recs[i].contract_ref);
		free(g->recs[i].dpf_verified);
	}
	free(g->recs);
	for (i = 0; i < g->nlocs; i++) {
		struct reg_location *l = &g->locs[i];

		free(l->country);
		free(l->country_name);
		free(l->region);
		free(l->mechanism);
		free(l->mechanism_name);
		free(l->uk_status);
		free(l->eu_status);
		free(l->valid_until);
	}
	free(g->locs);
	free(g->act_by_id);
	free(g->rec_by_id);
	free(g);
}
