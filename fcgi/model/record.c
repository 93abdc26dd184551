/* record: what the printable record and the reports need beyond the register the checks read: every column, category names, the controller's details. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "record.h"
#include "stmt.h"

/* The statements of a load now, and as at @gd_asat. */
enum record_part { RP_ORG, RP_ACTS, RP_SUBJECTS, RP_DATA, RP_RECS, RP__MAX };
static const int record_stmt[2][RP__MAX] = {
	{ STMT_RECORD_ORG, STMT_RECORD_ACTS, STMT_RECORD_SUBJECTS,
	    STMT_RECORD_DATA, STMT_RECORD_RECS },
	{ STMT_RECORD_ORG_AT, STMT_RECORD_ACTS_AT, STMT_RECORD_SUBJECTS_AT,
	    STMT_RECORD_DATA_AT, STMT_RECORD_RECS_AT },
};

/* A copy of a column, NULL for NULL or empty: "not recorded" either way. */
static char *
record_dup(const struct db_res *r, size_t col)
{
	const char *s = db_res_text(r, col);

	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

static enum db_rc
record_load_org(struct db *db, const int *st, long long org_id,
    struct org *o)
{
	struct db_param p = DBP_INT(org_id);
	struct db_res *r;
	enum db_rc rc;
	size_t i;

	if ((rc = db_query_one(db, st[RP_ORG], &p, 1, &r)) != DB_OK)
		return rc;
	o->id = db_res_int(r, ORG_ID);
	for (i = 0; i < ORG__MAX; i++)
		o->f[i] = record_dup(r, i);
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
record_load_acts(struct db *db, const int *st, const struct reg *g,
    struct record *rec)
{
	struct db_param p = DBP_INT(g->org.id);
	struct record_activity *a;
	struct db_res *r;
	enum db_rc rc;
	size_t i;
	long k;

	if ((rc = db_query(db, st[RP_ACTS], &p, 1, &r)) != DB_OK)
		return rc;
	while (db_res_next(r)) {
		if ((k = reg_activity_index(g, db_res_int(r, 0))) < 0)
			continue;
		a = &rec->acts[k];
		for (i = 0; i < ACT__MAX; i++)
			a->col[i] = record_dup(r, 1 + i);
		a->basis_article = record_dup(r, 1 + ACT__MAX);
		a->art9_article = record_dup(r, 2 + ACT__MAX);
		a->art9_name = record_dup(r, 3 + ACT__MAX);
	}
	db_res_free(r);
	return DB_OK;
}

/*
 * Loads the categories of every activity: subjects, or data (with the
 * special and criminal flags). Rows come grouped by activity.
 */
static enum db_rc
record_load_cats(struct db *db, int stmt, const struct reg *g,
    struct record *rec, int is_data)
{
	struct db_param p = DBP_INT(g->org.id);
	struct record_activity *a;
	struct record_cat *c, **list;
	size_t *n;
	struct db_res *r;
	enum db_rc rc;
	long k;

	if ((rc = db_query(db, stmt, &p, 1, &r)) != DB_OK)
		return rc;
	while (db_res_next(r)) {
		if ((k = reg_activity_index(g, db_res_int(r, 0))) < 0)
			continue;
		a = &rec->acts[k];
		list = is_data ? &a->data : &a->subjects;
		n = is_data ? &a->ndata : &a->nsubjects;
		*list = xreallocarray(*list, *n + 1, sizeof(**list));
		c = &(*list)[(*n)++];
		memset(c, 0, sizeof(*c));
		c->id = db_res_int(r, 1);
		c->code = record_dup(r, 2);
		c->name = record_dup(r, 3);
		if (is_data) {
			c->is_special = db_res_int(r, 4) != 0;
			c->is_criminal = db_res_int(r, 5) != 0;
		}
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
record_load_recs(struct db *db, const int *st, const struct reg *g,
    struct record *rec)
{
	struct db_param p = DBP_INT(g->org.id);
	struct record_recipient *c;
	struct db_res *r;
	enum db_rc rc;
	long k;

	if ((rc = db_query(db, st[RP_RECS], &p, 1, &r)) != DB_OK)
		return rc;
	while (db_res_next(r)) {
		if ((k = reg_recipient_index(g, db_res_int(r, 0))) < 0)
			continue;
		c = &rec->recs[k];
		c->contact = record_dup(r, 1);
		c->contract_date = record_dup(r, 2);
		c->certifications = record_dup(r, 3);
	}
	db_res_free(r);
	return DB_OK;
}

enum db_rc
record_load(struct db *db, const struct reg *g, const char *asat,
    struct record **out)
{
	struct db_param p = DBP_TEXT(asat);
	struct record *rec;
	const int *st = record_stmt[asat != NULL];
	enum db_rc rc;

	*out = NULL;
	/* A session variable, so that each statement keeps its parameters. */
	if (asat != NULL &&
	    (rc = db_exec(db, STMT_ASOF_SET, &p, 1, NULL, NULL)) != DB_OK)
		return rc;
	rec = xcalloc(1, sizeof(*rec));
	rec->acts = xcalloc(g->nacts + 1, sizeof(*rec->acts));
	rec->nacts = g->nacts;
	rec->recs = xcalloc(g->nrecs + 1, sizeof(*rec->recs));
	rec->nrecs = g->nrecs;
	if ((rc = record_load_org(db, st, g->org.id, &rec->org)) != DB_OK ||
	    (rc = record_load_acts(db, st, g, rec)) != DB_OK ||
	    (rc = record_load_cats(db, st[RP_SUBJECTS], g, rec, 0)) != DB_OK ||
	    (rc = record_load_cats(db, st[RP_DATA], g, rec, 1)) != DB_OK ||
	    (rc = record_load_recs(db, st, g, rec)) != DB_OK) {
		record_free(rec);
		return rc;
	}
	*out = rec;
	return DB_OK;
}

static void
record_cats_free(struct record_cat *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(c[i].code);
		free(c[i].name);
	}
	free(c);
}

void
record_free(struct record *rec)
{
	size_t i, j;

	if (rec == NULL)
		return;
	for (i = 0; i < ORG__MAX; i++)
		free(rec->org.f[i]);
	for (i = 0; i < rec->nacts; i++) {
		struct record_activity *a = &rec->acts[i];

		for (j = 0; j < ACT__MAX; j++)
			free(a->col[j]);
		free(a->basis_article);
		free(a->art9_article);
		free(a->art9_name);
		record_cats_free(a->subjects, a->nsubjects);
		record_cats_free(a->data, a->ndata);
	}
	free(rec->acts);
	for (i = 0; i < rec->nrecs; i++) {
		free(rec->recs[i].contact);
		free(rec->recs[i].contract_date);
		free(rec->recs[i].certifications);
	}
	free(rec->recs);
	free(rec);
}
