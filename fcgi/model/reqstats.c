/* reqstats: the figures of the requests performance report, counted by the database. */
#include <stdlib.h>

#include "core/util.h"
#include "reqstats.h"
#include "stmt.h"

const char *const reqstats_col_names[RQC__MAX] = {
	[RQC_RECEIVED] = "received",
	[RQC_OPEN] = "open",
	[RQC_CLOSED] = "closed",
	[RQC_ANSWERED] = "answered",
	[RQC_ON_TIME] = "on_time",
	[RQC_LATE] = "late",
	[RQC_UNDATED] = "undated",
	[RQC_EXTENDED] = "extended",
	[RQC_REFUSED] = "refused",
	[RQC_REFUSED_UNFOUNDED] = "refused_unfounded",
	[RQC_REFUSED_EXCESSIVE] = "refused_excessive",
	[RQC_REFUSED_EXEMPTION] = "refused_exemption",
	[RQC_FULFILLED] = "fulfilled",
	[RQC_PARTLY_FULFILLED] = "partly_fulfilled",
	[RQC_NO_DATA] = "no_data",
	[RQC_WITHDRAWN] = "withdrawn",
	[RQC_IDENTITY_FAILED] = "identity_failed",
	[RQC_ACK_ON_TIME] = "acknowledged_on_time",
	[RQC_ACK_LATE] = "acknowledged_late",
	[RQC_UNACKNOWLEDGED] = "unacknowledged",
	[RQC_OVERDUE] = "overdue",
};

/* The scope's four parameters (RQS_SCOPE in stmt.c) into p. */
static void
reqstats_scope_params(const struct reqstats_scope *s, struct db_param *p)
{
	p[0] = DBP_INT(s->org_id);
	p[1] = DBP_INT(s->org_id);
	p[2] = DBP_INT(s->account->role == ROLE_ADMIN ? 1 : 0);
	p[3] = DBP_INT(s->account->id);
}

static enum db_rc
reqstats_months(struct db *db, const struct reqstats_scope *s,
    struct reqstats *st)
{
	struct db_param p[8];
	struct reqstats_month *m;
	struct db_res *r;

	p[0] = DBP_TEXT(s->from);
	p[1] = DBP_TEXT(s->to);
	reqstats_scope_params(s, p + 2);
	p[6] = DBP_TEXT(s->from);
	p[7] = DBP_TEXT(s->to);
	if (db_query(db, STMT_RQS_MONTHS, p, NELEM(p), &r) != DB_OK)
		return DB_ERROR;
	st->months = xcalloc(db_res_rows(r) + 1, sizeof(*st->months));
	while (db_res_next(r)) {
		m = &st->months[st->nmonths++];
		m->org_id = db_res_isnull(r, 0) ? 0 : db_res_int(r, 0);
		m->month = db_res_dup(r, 1);
		m->kind = db_res_dup(r, 2);
		m->n = db_res_int(r, 3);
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
reqstats_figures(struct db *db, const struct reqstats_scope *s,
    struct reqstats *st)
{
	struct db_param p[10];
	struct reqstats_kind *k;
	struct db_res *r;
	size_t i;

	p[0] = DBP_TEXT(s->from);
	p[1] = DBP_TEXT(s->to);
	p[2] = DBP_TEXT(s->today);
	reqstats_scope_params(s, p + 3);
	p[7] = DBP_TEXT(s->from);
	p[8] = DBP_TEXT(s->to);
	p[9] = DBP_TEXT(s->today);
	if (db_query(db, STMT_RQS_FIGURES, p, NELEM(p), &r) != DB_OK)
		return DB_ERROR;
	st->kinds = xcalloc(db_res_rows(r) + 1, sizeof(*st->kinds));
	while (db_res_next(r)) {
		/* The rollup's sum over both classes means nothing. */
		if (db_res_isnull(r, 0))
			continue;
		k = &st->kinds[st->nkinds++];
		k->class = db_res_dup(r, 0);
		k->kind = db_res_dup(r, 1);
		k->org_id = db_res_isnull(r, 2) ? 0 : db_res_int(r, 2);
		for (i = 0; i < RQC__MAX; i++)
			k->v[i] = db_res_int(r, 3 + i);
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
reqstats_days(struct db *db, const struct reqstats_scope *s,
    struct reqstats *st)
{
	struct db_param p[6];
	struct reqstats_days *d;
	struct db_res *r;

	reqstats_scope_params(s, p);
	p[4] = DBP_TEXT(s->from);
	p[5] = DBP_TEXT(s->to);
	if (db_query(db, STMT_RQS_DAYS, p, NELEM(p), &r) != DB_OK)
		return DB_ERROR;
	st->days = xcalloc(db_res_rows(r) + 1, sizeof(*st->days));
	while (db_res_next(r)) {
		d = &st->days[st->ndays++];
		d->org_id = db_res_isnull(r, 0) ? 0 : db_res_int(r, 0);
		d->n = db_res_int(r, 1);
		d->median = db_res_dup(r, 2);
		d->p90 = db_res_dup(r, 3);
	}
	db_res_free(r);
	return DB_OK;
}

enum db_rc
reqstats_load(struct db *db, const struct reqstats_scope *s,
    struct reqstats **out)
{
	struct reqstats *st;

	st = xcalloc(1, sizeof(*st));
	if (reqstats_months(db, s, st) != DB_OK ||
	    reqstats_figures(db, s, st) != DB_OK ||
	    reqstats_days(db, s, st) != DB_OK) {
		reqstats_free(st);
		*out = NULL;
		return DB_ERROR;
	}
	*out = st;
	return DB_OK;
}

void
reqstats_free(struct reqstats *st)
{
	size_t i;

	if (st == NULL)
		return;
	for (i = 0; i < st->nmonths; i++) {
		free(st->months[i].month);
		free(st->months[i].kind);
	}
	for (i = 0; i < st->nkinds; i++) {
		free(st->kinds[i].class);
		free(st->kinds[i].kind);
	}
	for (i = 0; i < st->ndays; i++) {
		free(st->days[i].median);
		free(st->days[i].p90);
	}
	free(st->months);
	free(st->kinds);
	free(st->days);
	free(st);
}
