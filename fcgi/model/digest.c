/* digest: the daily digest of what falls due, once per organisation per local day: who gets one, what it lists. */
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "core/util.h"
#include "digest.h"
#include "stmt.h"

const char *const digest_section_names[DIGEST__MAX] = {
	[DIGEST_OVERDUE] = "overdue",
	[DIGEST_TODAY] = "due-today",
	[DIGEST_SOON] = "due-soon",
	[DIGEST_COMPLAINTS] = "complaints",
	[DIGEST_WAITING] = "waiting",
};

/* The states in which the clock waits for the requester. */
static const char *const digest_waiting[] = {
	"awaiting-identity",
	"awaiting-fee",
	"awaiting-clarification",
};

int
digest_classify(const char *kind, const char *status, int has_due,
    long days_left)
{
	size_t i;

	if (strcmp(status, "closed") == 0)
		return -1;
	if (strcmp(kind, "complaint") == 0 && strcmp(status, "received") == 0)
		return DIGEST_COMPLAINTS;
	for (i = 0; i < NELEM(digest_waiting); i++)
		if (strcmp(status, digest_waiting[i]) == 0)
			return DIGEST_WAITING;
	if (!has_due || days_left > 7)
		return -1;
	if (days_left < 0)
		return DIGEST_OVERDUE;
	return days_left == 0 ? DIGEST_TODAY : DIGEST_SOON;
}

enum db_rc
digest_orgs(struct db *db, time_t now, struct digest_org **out, size_t *n)
{
	struct digest_org *v = NULL, *o;
	struct deadline_date today, last;
	struct db_res *r;
	const char *tz, *ls;

	*out = NULL;
	*n = 0;
	if (db_query(db, STMT_DIGEST_ORGS, NULL, 0, &r) != DB_OK)
		return DB_ERROR;
	while (db_res_next(r)) {
		tz = db_res_text(r, 4);
		if (tz == NULL || deadline_local_date(now, tz, &today) == -1) {
			log_warn("digest: organisation %lld: time zone unknown "
			    "to this system: no digest", db_res_int(r, 0));
			continue;
		}
		ls = db_res_text(r, 5);
		if (ls != NULL && deadline_date_parse(ls, &last) == 0 &&
		    deadline_date_cmp(last, today) >= 0)
			continue;
		v = xreallocarray(v, *n + 1, sizeof(*v));
		o = &v[(*n)++];
		o->id = db_res_int(r, 0);
		o->slug = db_res_dup(r, 1);
		o->name = db_res_dup(r, 2);
		o->to = db_res_dup(r, 3);
		o->time_zone = db_res_dup(r, 4);
		o->today = today;
	}
	db_res_free(r);
	*out = v;
	return DB_OK;
}

void
digest_orgs_free(struct digest_org *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].slug);
		free(v[i].name);
		free(v[i].to);
		free(v[i].time_zone);
	}
	free(v);
}

enum db_rc
digest_begin(struct db *db, const struct digest_org *o)
{
	char day[DEADLINE_DATE_SIZE];
	struct db_param p[2];

	p[0] = DBP_INT(o->id);
	p[1] = DBP_TEXT(deadline_date_format(o->today, day));
	return db_exec(db, STMT_DIGEST_BEGIN, p, 2, NULL, NULL);
}

enum db_rc
digest_finish(struct db *db, const struct digest_org *o, size_t items,
    long long outbox_id, const char *note)
{
	char day[DEADLINE_DATE_SIZE];
	struct db_param p[5];

	p[0] = DBP_INT((long long)items);
	p[1] = outbox_id > 0 ? DBP_INT(outbox_id) : DBP_NULL;
	p[2] = note != NULL ? DBP_TEXT(note) : DBP_NULL;
	p[3] = DBP_INT(o->id);
	p[4] = DBP_TEXT(deadline_date_format(o->today, day));
	return db_exec(db, STMT_DIGEST_FINISH, p, 5, NULL, NULL) == DB_OK ?
	    DB_OK : DB_ERROR;
}

/* Sections first; within one, the query's order (due date, receipt). */
struct digest_sorted {
	struct digest_item	 item;
	size_t			 at;
};

static int
digest_cmp(const void *a, const void *b)
{
	const struct digest_sorted *x = a, *y = b;

	if (x->item.section != y->item.section)
		return x->item.section < y->item.section ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

/*
 * The local date of the UTC instant s ("YYYY-MM-DD HH:MM:SS") in tz,
 * into out. Returns 0 or -1.
 */
static int
digest_local(const char *s, const char *tz, struct deadline_date *out)
{
	time_t t;

	if (s == NULL || deadline_utc_parse(s, &t) == -1)
		return -1;
	return deadline_local_date(t, tz, out);
}

enum db_rc
digest_items(struct db *db, const struct digest_org *o,
    struct digest_item **out, size_t *n, int *is_truncated)
{
	char day[DEADLINE_DATE_SIZE], sday[DEADLINE_DATE_SIZE];
	struct digest_sorted *v = NULL;
	struct deadline_date since;
	struct digest_item *it;
	struct db_param p[4];
	struct db_res *r;
	size_t i, k = 0;
	int sec;

	*out = NULL;
	*n = 0;
	*is_truncated = 0;
	deadline_date_format(o->today, day);
	p[0] = DBP_TEXT(day);
	p[1] = DBP_INT(o->id);
	p[2] = DBP_TEXT(day);
	p[3] = DBP_INT(DIGEST_MAX_ITEMS + 1);
	if (db_query(db, STMT_DIGEST_TICKETS, p, 4, &r) != DB_OK)
		return DB_ERROR;
	while (db_res_next(r)) {
		if (db_res_text(r, 1) == NULL || db_res_text(r, 2) == NULL)
			continue;
		sec = digest_classify(db_res_text(r, 1), db_res_text(r, 2),
		    !db_res_isnull(r, 3), (long)db_res_int(r, 4));
		if (sec < 0)
			continue;
		if (k == DIGEST_MAX_ITEMS) {
			*is_truncated = 1;
			break;
		}
		v = xreallocarray(v, k + 1, sizeof(*v));
		memset(&v[k], 0, sizeof(v[k]));
		v[k].at = k;
		it = &v[k++].item;
		it->section = (enum digest_section)sec;
		it->reference = db_res_dup(r, 0);
		it->kind = db_res_dup(r, 1);
		it->status = db_res_dup(r, 2);
		it->due = db_res_dup(r, 3);
		it->days_left = (long)db_res_int(r, 4);
		if (sec == DIGEST_WAITING &&
		    digest_local(db_res_text(r, 5), o->time_zone, &since) == 0) {
			it->since = xstrdup(deadline_date_format(since, sday));
			it->days_waiting = deadline_date_to_days(o->today) -
			    deadline_date_to_days(since);
		}
	}
	db_res_free(r);
	if (k > 0)
		qsort(v, k, sizeof(*v), digest_cmp);
	*out = xcalloc(k > 0 ? k : 1, sizeof(**out));
	for (i = 0; i < k; i++)
		(*out)[i] = v[i].item;
	free(v);
	*n = k;
	return DB_OK;
}

void
digest_items_free(struct digest_item *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].reference);
		free(v[i].kind);
		free(v[i].status);
		free(v[i].due);
		free(v[i].since);
	}
	free(v);
}
