/* ticketop: staff actions on a ticket, each checked against the workflow table and carried out in one transaction with its event, its message and the recomputed due date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/log.h"
#include "calendar.h"
#include "stmt.h"
#include "tasks.h"
#include "ticketop.h"

char *
ticketop_today(const struct org *o, char out[DEADLINE_DATE_SIZE])
{
	struct deadline_date d;
	const char *tz = o->f[ORG_TIME_ZONE];

	if (tz == NULL || deadline_local_date(time(NULL), tz, &d) == -1)
		(void)deadline_local_date(time(NULL), "UTC", &d);
	return deadline_date_format(d, out);
}

/* The local date of the ticket's receipt (decision 2). 0 or -1. */
static int
top_received(const struct org *o, const struct ticket *t,
    struct deadline_date *d)
{
	const char *tz = o->f[ORG_TIME_ZONE] ? o->f[ORG_TIME_ZONE] : "UTC";
	time_t at;

	if (t->f[TF_RECEIVED_AT] == NULL ||
	    deadline_utc_parse(t->f[TF_RECEIVED_AT], &at) == -1)
		return -1;
	return deadline_local_date(at, tz, d);
}

/*
 * Computes the deadline of t from its clock start, its pauses (an open
 * one ending on today) and its extension. Returns the engine's result
 * in *out, or -1 on a database error or a calendar that does not exist
 * (*msg says which).
 */
static int
top_compute(struct db *db, const struct org *o, const struct ticket *t,
    const char *today, struct deadline_out *out, struct buf *explain,
    char *msg, size_t msgsz)
{
	struct deadline_cal *cal = NULL;
	struct deadline_pause *pz = NULL;
	struct deadline_date start, now;
	struct deadline_in in;
	char **from = NULL, **to = NULL;
	size_t np = 0, i, k = 0;
	int rules, rc = -1;

	memset(out, 0, sizeof(*out));
	memset(&in, 0, sizeof(in));
	msg[0] = '\0';
	rules = deadline_rules_parse(o->f[ORG_JURISDICTION]);
	if (rules < 0 || o->f[ORG_CALENDAR] == NULL ||
	    top_received(o, t, &in.received) == -1 ||
	    deadline_date_parse(today, &now) == -1) {
		snprintf(msg, msgsz, "The organisation's rule set, calendar or "
		    "time zone is not set, so no due date can be worked out.");
		return -1;
	}
	switch (calendar_load(db, o->f[ORG_CALENDAR], &cal)) {
	case DB_OK:
		break;
	case DB_NOTFOUND:
		snprintf(msg, msgsz, "The organisation's holiday calendar "
		    "\"%s\" does not exist.", o->f[ORG_CALENDAR]);
		return -1;
	default:
		return -1;
	}
	in.rules = (enum deadline_rules)rules;
	/* A clock start on the day of receipt changes nothing: not told. */
	if (t->f[TF_CLOCK_START] != NULL &&
	    deadline_date_parse(t->f[TF_CLOCK_START], &start) == 0 &&
	    deadline_date_cmp(start, in.received) > 0) {
		in.clock_starts = &start;
		in.nclock_starts = 1;
	}
	if (ticket_pauses(db, t->id, &from, &to, &np) != DB_OK)
		goto out;
	pz = xcalloc(np ? np : 1, sizeof(*pz));
	for (i = 0; i < np; i++) {
		if (deadline_date_parse(from[i], &pz[k].from) == -1)
			continue;
		if (to[i] == NULL || deadline_date_parse(to[i], &pz[k].to) == -1)
			pz[k].to = now;
		k++;
	}
	in.pauses = pz;
	in.npauses = k;
	in.is_extended = t->f[TF_IS_EXTENDED] != NULL &&
	    strcmp(t->f[TF_IS_EXTENDED], "1") == 0;
	if (deadline_compute(cal, &in, out, explain) != DEADLINE_OK)
		deadline_strerror(cal, out, msg, msgsz);
	rc = 0;
out:
	ticket_strings_free(from, np);
	ticket_strings_free(to, np);
	free(pz);
	deadline_cal_free(cal);
	return rc;
}

int
ticketop_due_explain(struct db *db, const struct org *o,
    const struct ticket *t, const char *today, struct ticketop_due *d)
{
	struct deadline_date r;
	int st = wf_parse(wf_state_names, WS__MAX, t->f[TF_STATUS]);

	memset(d, 0, sizeof(*d));
	if (top_received(o, t, &r) == 0)
		deadline_date_format(r, d->received);
	if (t->f[TF_KIND] != NULL && strcmp(t->f[TF_KIND], "complaint") == 0) {
		/*
		 * Its one timer: the acknowledgement's, kept once it is
		 * acknowledged, to show whether that was in time.
		 */
		d->is_complaint = 1;
		d->has_clock = d->received[0] != '\0';
		if (d->has_clock) {
			d->out.start = r;
			d->out.due = deadline_complaint_ack(r);
		}
		return 0;
	}
	if (st == WS_AWAITING_IDENTITY || st == WS_AWAITING_FEE)
		return 0;
	d->has_clock = 1;
	if (top_compute(db, o, t, today, &d->out, &d->explain, d->error,
	    sizeof(d->error)) == -1 && d->error[0] == '\0')
		return -1;
	return 0;
}

/* Sets t's due date for its new state; 0 or -1 (database). */
static int
top_store_due(struct db *db, const struct org *o, struct ticket *t,
    const char *today)
{
	struct ticketop_due d;
	char s[DEADLINE_DATE_SIZE];
	int st = wf_parse(wf_state_names, WS__MAX, t->f[TF_STATUS]);

	if (st == WS_CLOSED)
		return 0;	/* kept: it says whether the answer was on time */
	if (ticketop_due_explain(db, o, t, today, &d) == -1)
		return -1;
	if (!d.has_clock || d.error[0] != '\0' || d.out.err != DEADLINE_OK)
		ticket_set(t, TF_DUE_DATE, NULL);
	else
		ticket_set(t, TF_DUE_DATE, deadline_date_format(d.out.due, s));
	buf_free(&d.explain);
	return 0;
}

int
ticketop_facts(struct db *db, const struct org *o, const struct ticket *t,
    const char *today, const struct ticketop_due *due, struct wf_facts *f)
{
	struct db_param p = DBP_INT(t->id);
	struct ticketop_due own;
	const struct ticketop_due *d = due;
	struct deadline_date now;
	struct db_res *r;
	int v;

	memset(f, 0, sizeof(*f));
	if ((v = wf_parse(wf_state_names, WS__MAX, t->f[TF_STATUS])) < 0)
		return -1;
	f->state = (enum wf_state)v;
	if ((v = wf_parse(wf_kind_names, WK__MAX, t->f[TF_KIND])) < 0)
		return -1;
	f->kind = (enum wf_kind)v;
	f->is_uk = o->f[ORG_JURISDICTION] != NULL &&
	    strcmp(o->f[ORG_JURISDICTION], "uk") == 0;
	v = wf_parse(wf_identity_names, WI__MAX, t->f[TF_IDENTITY]);
	f->identity = v < 0 ? WI_UNVERIFIED : (enum wf_identity)v;
	v = wf_parse(wf_fee_names, WFEE__MAX, t->f[TF_FEE_STATE]);
	f->fee = v < 0 ? WFEE_NONE : (enum wf_fee)v;
	f->is_extended = t->f[TF_IS_EXTENDED] != NULL &&
	    strcmp(t->f[TF_IS_EXTENDED], "1") == 0;
	if (db_query_one(db, STMT_TICKET_TASK_COUNT, &p, 1, &r) != DB_OK)
		return -1;
	f->ntasks = (size_t)db_res_int(r, 0);
	f->nopen_tasks = (size_t)db_res_int(r, 1);
	f->nkept_tasks = (size_t)db_res_int(r, 2);
	db_res_free(r);
	if (d == NULL) {
		if (ticketop_due_explain(db, o, t, today, &own) == -1)
			return -1;
		d = &own;
	}
	f->in_first_month = d->has_clock && !d->is_complaint &&
	    d->error[0] == '\0' && d->out.err == DEADLINE_OK &&
	    deadline_date_parse(today, &now) == 0 &&
	    deadline_date_cmp(now, d->out.notice) <= 0;
	if (d == &own)
		buf_free(&own.explain);
	return 0;
}

/*
 * The date an action gives (in->date, else today), checked to lie
 * between the receipt and today. Returns 0 with out set, or -1 with
 * *why.
 */
static int
top_date(const struct org *o, const struct ticket *t,
    const struct ticketop_in *in, char out[DEADLINE_DATE_SIZE],
    const char **why)
{
	struct deadline_date d, r, now;
	const char *s = in->date != NULL && in->date[0] != '\0' ? in->date :
	    in->today;

	if (deadline_date_parse(s, &d) == -1 ||
	    deadline_date_parse(in->today, &now) == -1) {
		*why = "Enter the date as a real date, like 2026-11-23.";
		return -1;
	}
	if (top_received(o, t, &r) == 0 && deadline_date_cmp(d, r) < 0) {
		*why = "The date cannot be before the day the request arrived.";
		return -1;
	}
	if (deadline_date_cmp(d, now) > 0) {
		*why = "The date cannot be in the future.";
		return -1;
	}
	deadline_date_format(d, out);
	return 0;
}

/* The UTC time now, as the database writes DATETIME. */
static void
top_now_utc(char out[24])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(out, 24, "%Y-%m-%d %H:%M:%S", &tm);
}

/* Queues message kind for t's requester, if it has an email address. */
static int
top_message(struct db *db, const struct ticket *t, const char *kind,
    const struct ticketop_in *in, ticketop_msg_fn msg, void *ctx)
{
	char *subject = NULL, *body = NULL;
	enum db_rc rc;

	if (msg == NULL || t->f[TF_REQUESTER_EMAIL] == NULL ||
	    t->f[TF_REQUESTER_EMAIL][0] == '\0')
		return 0;
	if (msg(ctx, t, kind, in, &subject, &body) == -1)
		return -1;
	rc = ticket_outbox_add(db, t, kind, subject, body);
	free(subject);
	free(body);
	return rc == DB_OK ? 0 : -1;
}

/* Creates the tasks the register gives t. Returns 0 or -1. */
static int
top_plan_tasks(struct db *db, const struct ticket *t, enum wf_kind k,
    size_t *n)
{
	struct task_new *plan;
	size_t np, i;

	if (task_plan_ticket(db, t->org_id, t->id, k, &plan, &np) != DB_OK)
		return -1;
	for (i = 0; i < np; i++) {
		struct db_param p[] = {
			DBP_INT(t->id), DBP_TEXT(task_kind_names[plan[i].kind]),
			plan[i].recipient_id ? DBP_INT(plan[i].recipient_id) :
			    DBP_NULL,
			DBP_TEXT(plan[i].label), DBP_TEXT(plan[i].detail),
		};

		if (db_exec(db, STMT_TICKET_TASK_INSERT, p, NELEM(p), NULL,
		    NULL) != DB_OK) {
			task_plan_free(plan, np);
			return -1;
		}
	}
	task_plan_free(plan, np);
	*n = np;
	return 0;
}

/*
 * The action's own work on t (loaded, locked, facts f checked). Returns
 * TOP_OK with *msg_kind (static; NULL: no message) and *detail (the
 * event's codes, written into a buffer of 64), TOP_REFUSED or
 * TOP_INVALID with *why, or TOP_ERROR.
 */
static enum ticketop_rc
top_do(struct db *db, const struct org *o, struct ticket *t,
    const struct wf_facts *f, const struct ticketop_in *in,
    const char **msg_kind, char *detail, const char **why)
{
	char day[DEADLINE_DATE_SIZE], now[24];
	struct deadline_out out;
	char m[160];
	int v;

	*msg_kind = NULL;
	detail[0] = '\0';
	top_now_utc(now);
	switch (in->action) {
	case WA_REQUEST_IDENTITY:
		ticket_set(t, TF_WAITING_SINCE, now);
		*msg_kind = "identity-request";
		break;
	case WA_VERIFY_IDENTITY:
		if (top_date(o, t, in, day, why) == -1)
			return TOP_INVALID;
		/* Proof asked for cannot have come before the asking. */
		if (f->state == WS_AWAITING_IDENTITY &&
		    t->f[TF_WAITING_SINCE] != NULL &&
		    strncmp(day, t->f[TF_WAITING_SINCE], 10) < 0) {
			*why = "The proof cannot have arrived before it was asked "
			    "for.";
			return TOP_INVALID;
		}
		ticket_set(t, TF_IDENTITY, "verified");
		ticket_set(t, TF_IDENTITY_METHOD, in->text);
		/*
		 * Decision 3: identity asked for starts the clock when it
		 * arrives; confirmed without asking, the clock ran from
		 * receipt and still does.
		 */
		if (f->state == WS_AWAITING_IDENTITY &&
		    (t->f[TF_CLOCK_START] == NULL ||
		    strcmp(day, t->f[TF_CLOCK_START]) > 0))
			ticket_set(t, TF_CLOCK_START, day);
		ticket_set(t, TF_WAITING_SINCE, NULL);
		snprintf(detail, 64, "%s", day);
		break;
	case WA_IDENTITY_FAILED:
		ticket_set(t, TF_IDENTITY, "failed");
		ticket_set(t, TF_IDENTITY_METHOD, in->text);
		ticket_set(t, TF_OUTCOME, "identity-failed");
		ticket_set(t, TF_OUTCOME_REASON, in->text);
		ticket_set(t, TF_CLOSED_AT, now);
		ticket_set(t, TF_WAITING_SINCE, NULL);
		*msg_kind = "identity-failed";
		break;
	case WA_PROPOSE_FEE:
		if ((v = in->choice ? (strcmp(in->choice, "further-copy") == 0 ?
		    1 : strcmp(in->choice, "unfounded") == 0 ||
		    strcmp(in->choice, "excessive") == 0 ? 0 : -1) : -1) < 0) {
			*why = "Choose the ground for the fee: a fee is allowed "
			    "only for a manifestly unfounded or excessive "
			    "request, or for further copies.";
			return TOP_INVALID;
		}
		if (v == 1 && f->kind != WK_ACCESS && f->kind != WK_PORTABILITY) {
			*why = "A fee for further copies applies only to access "
			    "and portability requests.";
			return TOP_REFUSED;
		}
		ticket_set(t, TF_FEE_STATE, "proposed");
		ticket_set(t, TF_FEE_GROUND, in->choice);
		ticket_set(t, TF_FEE_AMOUNT, in->amount);
		snprintf(detail, 64, "%s", in->choice);
		*msg_kind = "fee-proposal";
		break;
	case WA_REQUEST_FEE:
		ticket_set(t, TF_FEE_STATE, "requested");
		ticket_set(t, TF_WAITING_SINCE, now);
		*msg_kind = "fee-request";
		break;
	case WA_FEE_PAID:
		if (top_date(o, t, in, day, why) == -1)
			return TOP_INVALID;
		if (t->f[TF_WAITING_SINCE] != NULL &&
		    strncmp(day, t->f[TF_WAITING_SINCE], 10) < 0) {
			*why = "The fee cannot have arrived before it was "
			    "requested.";
			return TOP_INVALID;
		}
		ticket_set(t, TF_FEE_STATE, "paid");
		if (t->f[TF_CLOCK_START] == NULL ||
		    strcmp(day, t->f[TF_CLOCK_START]) > 0)
			ticket_set(t, TF_CLOCK_START, day);
		ticket_set(t, TF_WAITING_SINCE, NULL);
		snprintf(detail, 64, "%s", day);
		break;
	case WA_CLARIFY: {
		struct db_param p[2];

		if (top_date(o, t, in, day, why) == -1)
			return TOP_INVALID;
		p[0] = DBP_INT(t->id);
		p[1] = DBP_TEXT(day);
		switch (db_exec(db, STMT_TICKET_PAUSE_OPEN, p, 2, NULL, NULL)) {
		case DB_OK:
			break;
		case DB_CONFLICT:
			*why = "A clarification was already asked for on that "
			    "day.";
			return TOP_REFUSED;
		default:
			return TOP_ERROR;
		}
		/* Decision 4: a pause after the time ran out is refused. */
		if (top_compute(db, o, t, day, &out, NULL, m, sizeof(m)) == 0 &&
		    out.err == DEADLINE_E_PAUSE_LATE) {
			*why = "The time to answer had already run out on that "
			    "day: asking for clarification cannot stop the "
			    "clock now.";
			return TOP_REFUSED;
		}
		snprintf(detail, 64, "%s", day);
		*msg_kind = "clarification-request";
		break;
	}
	case WA_CLARIFIED: {
		char **from, **to;
		size_t np;
		struct db_param p[2];

		if (top_date(o, t, in, day, why) == -1)
			return TOP_INVALID;
		if (ticket_pauses(db, t->id, &from, &to, &np) != DB_OK)
			return TOP_ERROR;
		v = np > 0 && to[np - 1] == NULL &&
		    strcmp(day, from[np - 1]) < 0;
		ticket_strings_free(from, np);
		ticket_strings_free(to, np);
		if (v) {
			*why = "The answer cannot have come before the "
			    "question was asked.";
			return TOP_REFUSED;
		}
		p[0] = DBP_TEXT(day);
		p[1] = DBP_INT(t->id);
		if (db_exec(db, STMT_TICKET_PAUSE_CLOSE, p, 2, NULL, NULL) !=
		    DB_OK)
			return TOP_ERROR;
		snprintf(detail, 64, "%s", day);
		break;
	}
	case WA_EXTEND:
		ticket_set(t, TF_IS_EXTENDED, "1");
		ticket_set(t, TF_EXTENSION_REASON, in->text);
		*msg_kind = "extension";
		break;
	case WA_SET_KIND:
		if ((v = wf_parse(wf_kind_names, WK__MAX, in->choice)) < 0 ||
		    v == WK_UNSURE || v == WK_COMPLAINT) {
			*why = "Choose what the requester is asking for.";
			return TOP_INVALID;
		}
		ticket_set(t, TF_KIND, in->choice);
		snprintf(detail, 64, "%s", in->choice);
		break;
	case WA_SET_SUBJECTS: {
		struct db_param p[2];
		size_t i;

		p[0] = DBP_INT(t->id);
		if (db_exec(db, STMT_TICKET_SUBJECT_CLEAR, p, 1, NULL, NULL) !=
		    DB_OK)
			return TOP_ERROR;
		for (i = 0; i < in->ncodes; i++) {
			p[1] = DBP_TEXT(in->codes[i]);
			if (db_exec(db, STMT_TICKET_SUBJECT_ADD, p, 2, NULL,
			    NULL) != DB_OK)
				return TOP_ERROR;
		}
		snprintf(detail, 64, "%zu", in->ncodes);
		break;
	}
	case WA_PLAN_TASKS: {
		size_t n = 0;

		if (top_plan_tasks(db, t, f->kind, &n) == -1)
			return TOP_ERROR;
		if (n == 0) {
			*why = "No active activity of the register concerns "
			    "this request's data-subject categories, so there "
			    "are no tasks to create: check the categories.";
			return TOP_REFUSED;
		}
		snprintf(detail, 64, "%zu", n);
		break;
	}
	case WA_ASSIGN: {
		char id[24];

		snprintf(id, sizeof(id), "%lld", in->assignee);
		ticket_set(t, TF_ASSIGNEE, in->assignee > 0 ? id : NULL);
		snprintf(detail, 64, "%lld", in->assignee);
		break;
	}
	case WA_NOTE: {
		struct db_param p[] = {
			DBP_INT(t->id), DBP_INT(in->actor), DBP_TEXT(in->text),
		};

		if (db_exec(db, STMT_TICKET_NOTE_INSERT, p, NELEM(p), NULL,
		    NULL) != DB_OK)
			return TOP_ERROR;
		break;
	}
	case WA_REFUSE:
		if (in->choice == NULL || (strcmp(in->choice, "unfounded") != 0 &&
		    strcmp(in->choice, "excessive") != 0 &&
		    strcmp(in->choice, "exemption") != 0)) {
			*why = "Choose the ground for refusing.";
			return TOP_INVALID;
		}
		ticket_set(t, TF_OUTCOME, "refused");
		ticket_set(t, TF_OUTCOME_GROUND, in->choice);
		ticket_set(t, TF_OUTCOME_REASON, in->text);
		ticket_set(t, TF_CLOSED_AT, now);
		ticket_set(t, TF_WAITING_SINCE, NULL);
		snprintf(detail, 64, "%s", in->choice);
		*msg_kind = "refusal";
		break;
	case WA_WITHDRAW:
		ticket_set(t, TF_OUTCOME, "withdrawn");
		ticket_set(t, TF_OUTCOME_REASON, in->text);
		ticket_set(t, TF_CLOSED_AT, now);
		ticket_set(t, TF_WAITING_SINCE, NULL);
		*msg_kind = "withdrawal";
		break;
	case WA_CLOSE:
		if ((v = wf_parse(wf_outcome_names, WO__MAX, in->choice)) < 0) {
			*why = "Choose how the request ends.";
			return TOP_INVALID;
		}
		if ((*why = wf_check_close((enum wf_outcome)v, f)) != NULL)
			return TOP_REFUSED;
		if (v == WO_NO_DATA) {
			struct db_param p[] = {
				DBP_INT(in->actor), DBP_INT(t->id),
			};

			if (db_exec(db, STMT_TICKET_TASKS_NOT_HELD, p,
			    NELEM(p), NULL, NULL) != DB_OK)
				return TOP_ERROR;
		}
		ticket_set(t, TF_OUTCOME, in->choice);
		ticket_set(t, TF_OUTCOME_REASON, in->text);
		ticket_set(t, TF_CLOSED_AT, now);
		snprintf(detail, 64, "%s", in->choice);
		*msg_kind = "answer";
		break;
	case WA_ACKNOWLEDGE:
		ticket_set(t, TF_ACKNOWLEDGED_AT, now);
		*msg_kind = "complaint-acknowledgement";
		break;
	case WA_ANSWER:
		if (t->f[TF_ACKNOWLEDGED_AT] == NULL)
			ticket_set(t, TF_ACKNOWLEDGED_AT, now);
		ticket_set(t, TF_OUTCOME, "answered");
		ticket_set(t, TF_OUTCOME_REASON, in->text);
		ticket_set(t, TF_CLOSED_AT, now);
		*msg_kind = "complaint-answer";
		break;
	default:
		*why = "There is no such action.";
		return TOP_REFUSED;
	}
	return TOP_OK;
}

enum ticketop_rc
ticketop_apply(struct db *db, const struct org *o, const char *ref,
    const struct ticketop_in *in, ticketop_msg_fn msg, void *ctx,
    const char **why)
{
	struct ticket *t = NULL;
	struct wf_facts f;
	enum ticketop_rc rc = TOP_ERROR;
	const char *mk;
	char detail[64], due[DEADLINE_DATE_SIZE];
	enum db_rc drc;

	*why = NULL;
	if (db_tx_begin(db) == -1)
		return TOP_ERROR;
	if ((drc = ticket_get(db, o->id, ref, 1, &t)) != DB_OK) {
		rc = drc == DB_NOTFOUND ? TOP_NOTFOUND : TOP_ERROR;
		goto fail;
	}
	if (ticketop_facts(db, o, t, in->today, NULL, &f) == -1)
		goto fail;
	if ((*why = wf_check(in->action, &f)) != NULL) {
		rc = TOP_REFUSED;
		goto fail;
	}
	if ((rc = top_do(db, o, t, &f, in, &mk, detail, why)) != TOP_OK)
		goto fail;
	rc = TOP_ERROR;
	ticket_set(t, TF_STATUS,
	    wf_state_names[wf_next(in->action, f.state)]);
	snprintf(due, sizeof(due), "%s", t->f[TF_DUE_DATE] ?
	    t->f[TF_DUE_DATE] : "");
	if (top_store_due(db, o, t, in->today) == -1)
		goto fail;
	switch (ticket_update(db, t)) {
	case DB_OK:
		break;
	case DB_CONFLICT:
		rc = TOP_CONFLICT;
		goto fail;
	default:
		goto fail;
	}
	if (ticket_event_add(db, t->id, wf_action_names[in->action],
	    in->actor, detail[0] ? detail : NULL) != DB_OK)
		goto fail;
	/* A due date that moved gets an event of its own, for the trail. */
	if (strcmp(due, t->f[TF_DUE_DATE] ? t->f[TF_DUE_DATE] : "") != 0 &&
	    ticket_event_add(db, t->id, "due-changed", in->actor,
	    t->f[TF_DUE_DATE] ? t->f[TF_DUE_DATE] : "none") != DB_OK)
		goto fail;
	if (mk != NULL && top_message(db, t, mk, in, msg, ctx) == -1)
		goto fail;
	if (db_tx_commit(db) == -1)
		goto fail;
	ticket_free(t);
	return TOP_OK;
fail:
	db_tx_rollback(db);
	ticket_free(t);
	return rc;
}

enum ticketop_rc
ticketop_task(struct db *db, const struct org *o, const char *ref,
    long long task_id, const char *state, const char *ground,
    const char *note, long long actor, const char **why)
{
	struct ticket *t = NULL;
	struct db_param kp;
	struct db_res *r = NULL;
	enum ticketop_rc rc = TOP_ERROR;
	enum task_kind tk;
	int ts, wk, st;
	unsigned long long n;
	char detail[64];
	enum db_rc drc;

	*why = NULL;
	if ((ts = wf_parse(task_state_names, TS__MAX, state)) <= TS_OPEN) {
		*why = "Choose how the task ended.";
		return TOP_INVALID;
	}
	if (db_tx_begin(db) == -1)
		return TOP_ERROR;
	if ((drc = ticket_get(db, o->id, ref, 1, &t)) != DB_OK) {
		rc = drc == DB_NOTFOUND ? TOP_NOTFOUND : TOP_ERROR;
		goto fail;
	}
	st = wf_parse(wf_state_names, WS__MAX, t->f[TF_STATUS]);
	wk = wf_parse(wf_kind_names, WK__MAX, t->f[TF_KIND]);
	if (st == WS_CLOSED) {
		*why = "The ticket is closed.";
		rc = TOP_REFUSED;
		goto fail;
	}
	/* The task must be this ticket's. */
	kp = DBP_INT(t->id);
	if (db_query(db, STMT_TICKET_TASKS, &kp, 1, &r) != DB_OK)
		goto fail;
	tk = TK__MAX;
	while (db_res_next(r))
		if (db_res_int(r, 0) == task_id) {
			tk = (enum task_kind)wf_parse(task_kind_names, TK__MAX,
			    db_res_text(r, 1));
			break;
		}
	db_res_free(r);
	if ((int)tk < 0 || tk == TK__MAX) {
		rc = TOP_NOTFOUND;
		goto fail;
	}
	if (!task_state_ok(tk, (enum wf_kind)wk, (enum task_state)ts)) {
		*why = tk == TK_NOTICE ? "A notice to a recipient ends as sent, "
		    "or waived as impossible or disproportionate." :
		    wk == WK_ERASURE && tk == TK_ACTION ? "An erasure task ends "
		    "as erased, retained under Article 17(3), or no data held." :
		    "Choose done, or another ending this task can have.";
		rc = TOP_INVALID;
		goto fail;
	}
	if (task_state_needs_ground((enum task_state)ts)) {
		static const char *const retain[] = {
			"17(3)(a)", "17(3)(b)", "17(3)(c)", "17(3)(d)",
			"17(3)(e)",
		};
		static const char *const waive[] = {
			"impossible", "disproportionate",
		};
		int ok = ground != NULL &&
		    (ts == TS_RETAINED ? wf_parse(retain, NELEM(retain), ground) :
		    wf_parse(waive, NELEM(waive), ground)) >= 0;

		if (!ok) {
			*why = ts == TS_RETAINED ? "Choose the ground of Article "
			    "17(3) the data is kept under." : "Choose why the "
			    "recipient cannot be told: impossible, or "
			    "disproportionate effort.";
			rc = TOP_INVALID;
			goto fail;
		}
	} else
		ground = NULL;
	if (task_state_needs_note((enum task_state)ts) &&
	    (note == NULL || note[0] == '\0')) {
		*why = "Give the reason in the note.";
		rc = TOP_INVALID;
		goto fail;
	}
	{
		struct db_param p[] = {
			DBP_TEXT(state), DBP_TEXT(ground),
			DBP_TEXT(note != NULL && note[0] != '\0' ? note : NULL),
			DBP_INT(actor), DBP_INT(task_id), DBP_INT(t->id),
		};

		if (db_exec(db, STMT_TICKET_TASK_UPDATE, p, NELEM(p), &n,
		    NULL) != DB_OK)
			goto fail;
	}
	if (n != 1) {
		*why = "The task was already finished.";
		rc = TOP_CONFLICT;
		goto fail;
	}
	snprintf(detail, sizeof(detail), "%lld %s", task_id, state);
	if (ticket_event_add(db, t->id, "task", actor, detail) != DB_OK)
		goto fail;
	if (db_tx_commit(db) == -1)
		goto fail;
	ticket_free(t);
	return TOP_OK;
fail:
	db_tx_rollback(db);
	ticket_free(t);
	return rc;
}
