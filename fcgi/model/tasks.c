/* tasks: what the register says must be done for a request: action, Art 19 notice and collection tasks per system and recipient. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "stmt.h"
#include "tasks.h"

const char *const task_kind_names[TK__MAX] = {
	[TK_ACTION] = "action",
	[TK_NOTICE] = "notice",
	[TK_COLLECT] = "collect",
};

const char *const task_state_names[TS__MAX] = {
	[TS_OPEN] = "open",
	[TS_ERASED] = "erased",
	[TS_RETAINED] = "retained",
	[TS_DONE] = "done",
	[TS_REFUSED] = "refused",
	[TS_SENT] = "sent",
	[TS_WAIVED] = "waived",
	[TS_NOT_HELD] = "not-held",
};

/*
 * Does a recipient of this kind hold the data as a system of the
 * organisation's (its own, or a processor's on its behalf)? Independent
 * controllers, public authorities and categories of recipients are told
 * (Art 19), not acted on.
 */
static int
task_rec_is_system(const char *kind)
{
	static const char *const kinds[] = {
		"processor", "sub-processor", "joint-controller", "internal",
	};
	size_t i;

	for (i = 0; i < NELEM(kinds); i++)
		if (kind != NULL && strcmp(kind, kinds[i]) == 0)
			return 1;
	return 0;
}

/* Does activity a concern any of the ticket's categories (none: all)? */
static int
task_act_matches(const struct task_act *a, const char *const *subjects,
    size_t n)
{
	size_t i, j;

	if (n == 0)
		return 1;
	for (i = 0; i < a->nsubjects; i++)
		for (j = 0; j < n; j++)
			if (strcmp(a->subjects[i], subjects[j]) == 0)
				return 1;
	return 0;
}

/* Appends name to the "; "-separated list in b. */
static void
task_detail_add(struct buf *b, const char *name)
{
	if (b->len > 0)
		buf_puts(b, "; ");
	buf_puts(b, name);
}

static void
task_add(struct task_new **out, size_t *n, size_t *cap, enum task_kind k,
    long long rid, const char *label, struct buf *detail)
{
	struct task_new *t;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		*out = xreallocarray(*out, *cap, sizeof(**out));
	}
	t = &(*out)[(*n)++];
	t->kind = k;
	t->recipient_id = rid;
	t->label = xstrdup(label);
	t->detail = detail->len > 0 ? xstrdup(detail->p) : NULL;
}

int
task_plan(enum wf_kind k, const char *const *subjects, size_t n,
    const struct task_act *acts, size_t nacts, const struct task_rec *recs,
    size_t nrecs, struct task_new **out, size_t *nout)
{
	struct buf own, *per;
	enum task_kind sys;
	size_t i, j, cap = 0;
	int notices;

	*out = NULL;
	*nout = 0;
	switch (k) {
	case WK_ERASURE:
	case WK_RECTIFICATION:
	case WK_RESTRICTION:
		sys = TK_ACTION;
		notices = 1;
		break;
	case WK_ACCESS:
	case WK_PORTABILITY:
		sys = TK_COLLECT;
		notices = 0;
		break;
	default:
		return 0;
	}
	memset(&own, 0, sizeof(own));
	per = xcalloc(nrecs ? nrecs : 1, sizeof(*per));
	for (i = 0; i < nacts; i++) {
		if (!task_act_matches(&acts[i], subjects, n))
			continue;
		task_detail_add(&own, acts[i].name);
		for (j = 0; j < acts[i].nrecipients; j++)
			if (acts[i].recipients[j] < nrecs)
				task_detail_add(&per[acts[i].recipients[j]],
				    acts[i].name);
	}
	if (own.len > 0)
		task_add(out, nout, &cap, sys, 0,
		    "The organisation's own systems", &own);
	for (i = 0; i < nrecs; i++)
		if (per[i].len > 0 && task_rec_is_system(recs[i].kind))
			task_add(out, nout, &cap, sys, recs[i].id,
			    recs[i].name, &per[i]);
	for (i = 0; notices && i < nrecs; i++)
		if (per[i].len > 0)
			task_add(out, nout, &cap, TK_NOTICE, recs[i].id,
			    recs[i].name, &per[i]);
	for (i = 0; i < nrecs; i++)
		buf_free(&per[i]);
	free(per);
	buf_free(&own);
	return 0;
}

void
task_plan_free(struct task_new *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(t[i].label);
		free(t[i].detail);
	}
	free(t);
}

/* A growing array of strings and one of indexes, for the loader. */
struct task_load_act {
	long long	 id;
	char		*name;
	char		**subjects;
	size_t		 nsubjects;
	size_t		*recipients;
	size_t		 nrecipients;
};

static long
task_find_act(const struct task_load_act *a, size_t n, long long id)
{
	size_t lo = 0, hi = n, mid;

	/* The activities come sorted by id. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (a[mid].id == id)
			return (long)mid;
		if (a[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

enum db_rc
task_plan_ticket(struct db *db, long long org_id, long long ticket_id,
    enum wf_kind k, struct task_new **out, size_t *nout)
{
	struct db_param p[] = { DBP_INT(org_id) };
	struct db_param tp[] = { DBP_INT(ticket_id) };
	struct task_load_act *la = NULL;
	struct task_act *acts = NULL;
	struct task_rec *recs = NULL;
	char **subj = NULL, **rnames = NULL, **rkinds = NULL;
	size_t nla = 0, nsubj = 0, nrecs = 0, i;
	struct db_res *res;
	enum db_rc rc = DB_ERROR;
	long ai;

	*out = NULL;
	*nout = 0;
	if (db_query(db, STMT_TASK_SUBJECTS, tp, 1, &res) != DB_OK)
		return DB_ERROR;
	while (db_res_next(res)) {
		subj = xreallocarray(subj, nsubj + 1, sizeof(*subj));
		subj[nsubj++] = db_res_dup(res, 0);
	}
	db_res_free(res);

	if (db_query(db, STMT_TASK_ACTS, p, 1, &res) != DB_OK)
		goto out;
	while (db_res_next(res)) {
		la = xreallocarray(la, nla + 1, sizeof(*la));
		memset(&la[nla], 0, sizeof(*la));
		la[nla].id = db_res_int(res, 0);
		la[nla++].name = db_res_dup(res, 1);
	}
	db_res_free(res);

	if (db_query(db, STMT_TASK_ACT_SUBJECTS, p, 1, &res) != DB_OK)
		goto out;
	while (db_res_next(res)) {
		if ((ai = task_find_act(la, nla, db_res_int(res, 0))) < 0)
			continue;
		la[ai].subjects = xreallocarray(la[ai].subjects,
		    la[ai].nsubjects + 1, sizeof(char *));
		la[ai].subjects[la[ai].nsubjects++] = db_res_dup(res, 1);
	}
	db_res_free(res);

	/* Recipients linked to those activities, one row per link. */
	if (db_query(db, STMT_TASK_ACT_RECIPIENTS, p, 1, &res) != DB_OK)
		goto out;
	while (db_res_next(res)) {
		long long rid = db_res_int(res, 1);

		if ((ai = task_find_act(la, nla, db_res_int(res, 0))) < 0)
			continue;
		for (i = 0; i < nrecs; i++)
			if (recs[i].id == rid)
				break;
		if (i == nrecs) {
			recs = xreallocarray(recs, nrecs + 1, sizeof(*recs));
			rnames = xreallocarray(rnames, nrecs + 1,
			    sizeof(*rnames));
			rkinds = xreallocarray(rkinds, nrecs + 1,
			    sizeof(*rkinds));
			rnames[nrecs] = db_res_dup(res, 2);
			rkinds[nrecs] = db_res_dup(res, 3);
			recs[nrecs].id = rid;
			recs[nrecs].name = rnames[nrecs];
			recs[nrecs].kind = rkinds[nrecs];
			nrecs++;
		}
		la[ai].recipients = xreallocarray(la[ai].recipients,
		    la[ai].nrecipients + 1, sizeof(size_t));
		la[ai].recipients[la[ai].nrecipients++] = i;
	}
	db_res_free(res);

	acts = xcalloc(nla ? nla : 1, sizeof(*acts));
	for (i = 0; i < nla; i++) {
		acts[i].id = la[i].id;
		acts[i].name = la[i].name;
		acts[i].subjects = (const char *const *)la[i].subjects;
		acts[i].nsubjects = la[i].nsubjects;
		acts[i].recipients = la[i].recipients;
		acts[i].nrecipients = la[i].nrecipients;
	}
	task_plan(k, (const char *const *)subj, nsubj, acts, nla, recs, nrecs,
	    out, nout);
	rc = DB_OK;
out:
	for (i = 0; i < nla; i++) {
		size_t j;

		for (j = 0; j < la[i].nsubjects; j++)
			free(la[i].subjects[j]);
		free(la[i].subjects);
		free(la[i].recipients);
		free(la[i].name);
	}
	free(la);
	free(acts);
	for (i = 0; i < nrecs; i++) {
		free(rnames[i]);
		free(rkinds[i]);
	}
	free(rnames);
	free(rkinds);
	free(recs);
	for (i = 0; i < nsubj; i++)
		free(subj[i]);
	free(subj);
	return rc;
}

int
task_state_ok(enum task_kind k, enum wf_kind tk, enum task_state s)
{
	switch (k) {
	case TK_ACTION:
		/*
		 * Erasure: erased; kept under an Art 17(3) exception; not
		 * erased because no ground of Art 17(1) applies (refused,
		 * with the reason); or no data there.
		 */
		if (tk == WK_ERASURE)
			return s == TS_ERASED || s == TS_RETAINED ||
			    s == TS_REFUSED || s == TS_NOT_HELD;
		return s == TS_DONE || s == TS_REFUSED || s == TS_NOT_HELD;
	case TK_NOTICE:
		return s == TS_SENT || s == TS_WAIVED;
	case TK_COLLECT:
		return s == TS_DONE || s == TS_NOT_HELD;
	default:
		return 0;
	}
}

int
task_state_needs_ground(enum task_state s)
{
	return s == TS_RETAINED || s == TS_WAIVED;
}

int
task_state_needs_note(enum task_state s)
{
	return s == TS_RETAINED || s == TS_REFUSED || s == TS_WAIVED;
}
