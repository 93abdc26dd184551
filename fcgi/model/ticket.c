/* ticket: data-subject requests as staff and requesters read them: one ticket, its trail, the dashboard's lists, the requester search, and tickets staff enter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/crypto.h"
#include "core/util.h"
#include "deadline.h"
#include "stmt.h"
#include "ticket.h"

enum db_rc
ticket_status_by_token(struct db *db, const char *token,
    struct ticket_status **out)
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p;
	struct db_res *r;
	struct ticket_status *t;
	enum db_rc rc;

	*out = NULL;
	crypto_sha256_hex(token, h);
	p = DBP_TEXT(h);
	if ((rc = db_query_one(db, STMT_PUB_TICKET_BY_TOKEN, &p, 1, &r)) !=
	    DB_OK)
		return rc;
	t = xcalloc(1, sizeof(*t));
	t->reference = db_res_dup(r, 0);
	t->kind = db_res_dup(r, 1);
	t->status = db_res_dup(r, 2);
	t->due = db_res_dup(r, 3);
	t->org_name = db_res_dup(r, 4);
	t->org_slug = db_res_dup(r, 5);
	db_res_free(r);
	*out = t;
	return DB_OK;
}

void
ticket_status_free(struct ticket_status *t)
{
	if (t == NULL)
		return;
	free(t->reference);
	free(t->kind);
	free(t->status);
	free(t->due);
	free(t->org_name);
	free(t->org_slug);
	free(t);
}

const char *const ticket_field_names[TF__MAX] = {
	[TF_ID] = "id",
	[TF_ORG_ID] = "org_id",
	[TF_REFERENCE] = "reference",
	[TF_KIND] = "kind",
	[TF_STATUS] = "status",
	[TF_CHANNEL] = "channel",
	[TF_RECEIVED_AT] = "received_at",
	[TF_DUE_DATE] = "due_date",
	[TF_CLOCK_START] = "clock_start",
	[TF_REQUESTER_NAME] = "requester_name",
	[TF_REQUESTER_EMAIL] = "requester_email",
	[TF_REQUESTER_PHONE] = "requester_phone",
	[TF_IS_AGENT] = "is_agent",
	[TF_AGENT_FOR] = "agent_for",
	[TF_DESCRIPTION] = "description",
	[TF_IDENTITY] = "identity",
	[TF_IDENTITY_METHOD] = "identity_method",
	[TF_EMAIL_VERIFIED_AT] = "email_verified_at",
	[TF_FEE_STATE] = "fee_state",
	[TF_FEE_GROUND] = "fee_ground",
	[TF_FEE_AMOUNT] = "fee_amount",
	[TF_IS_EXTENDED] = "is_extended",
	[TF_EXTENSION_REASON] = "extension_reason",
	[TF_OUTCOME] = "outcome",
	[TF_OUTCOME_GROUND] = "outcome_ground",
	[TF_OUTCOME_REASON] = "outcome_reason",
	[TF_CLOSED_AT] = "closed_at",
	[TF_ACKNOWLEDGED_AT] = "acknowledged_at",
	[TF_WAITING_SINCE] = "waiting_since",
	[TF_ASSIGNEE] = "assignee",
	[TF_VERSION] = "version",
	[TF_ASSIGNEE_NAME] = "assignee_name",
	[TF_RECEIVED_BY_NAME] = "received_by_name",
};

enum db_rc
ticket_get(struct db *db, long long org_id, const char *ref, int lock,
    struct ticket **out)
{
	struct db_param p[] = { DBP_INT(org_id), DBP_TEXT(ref) };
	struct db_res *r;
	struct ticket *t;
	enum db_rc rc;
	size_t i;

	*out = NULL;
	if ((rc = db_query_one(db, lock ? STMT_TICKET_GET_LOCK :
	    STMT_TICKET_GET, p, NELEM(p), &r)) != DB_OK)
		return rc;
	t = xcalloc(1, sizeof(*t));
	for (i = 0; i < TF__MAX; i++)
		t->f[i] = db_res_dup(r, i);
	t->id = db_res_int(r, TF_ID);
	t->org_id = db_res_int(r, TF_ORG_ID);
	t->version = db_res_int(r, TF_VERSION);
	db_res_free(r);
	*out = t;
	return DB_OK;
}

void
ticket_free(struct ticket *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < TF__MAX; i++)
		free(t->f[i]);
	free(t);
}

void
ticket_set(struct ticket *t, enum ticket_field i, const char *v)
{
	char *c = v != NULL ? xstrdup(v) : NULL;

	free(t->f[i]);
	t->f[i] = c;
}

/* The columns ticket_update writes, in the statement's order. */
static const enum ticket_field ticket_writable[] = {
	TF_KIND, TF_STATUS, TF_DUE_DATE, TF_CLOCK_START, TF_IDENTITY,
	TF_IDENTITY_METHOD, TF_FEE_STATE, TF_FEE_GROUND, TF_FEE_AMOUNT,
	TF_IS_EXTENDED, TF_EXTENSION_REASON, TF_OUTCOME, TF_OUTCOME_GROUND,
	TF_OUTCOME_REASON, TF_CLOSED_AT, TF_ACKNOWLEDGED_AT, TF_WAITING_SINCE,
	TF_ASSIGNEE,
};

enum db_rc
ticket_update(struct db *db, struct ticket *t)
{
	struct db_param p[NELEM(ticket_writable) + 2];
	unsigned long long n;
	enum db_rc rc;
	size_t i;
	char v[24];

	for (i = 0; i < NELEM(ticket_writable); i++)
		p[i] = DBP_TEXT(t->f[ticket_writable[i]]);
	p[i++] = DBP_INT(t->id);
	p[i++] = DBP_INT(t->version);
	if ((rc = db_exec(db, STMT_TICKET_UPDATE, p, i, &n, NULL)) != DB_OK)
		return rc;
	if (n != 1)
		return DB_CONFLICT;
	t->version++;
	snprintf(v, sizeof(v), "%lld", t->version);
	ticket_set(t, TF_VERSION, v);
	return DB_OK;
}

enum db_rc
ticket_outbox_add(struct db *db, const struct ticket *t, const char *kind,
    const char *subject, const char *body)
{
	const char *to = t->f[TF_REQUESTER_EMAIL];
	struct db_param p[] = {
		DBP_INT(t->id), DBP_TEXT(kind), DBP_TEXT(to), DBP_TEXT(subject),
		DBP_TEXT(body),
	};

	if (to == NULL || to[0] == '\0')
		return DB_OK;
	return db_exec(db, STMT_TICKET_OUTBOX_INSERT, p, NELEM(p), NULL, NULL);
}

enum db_rc
ticket_event_add(struct db *db, long long ticket_id, const char *kind,
    long long actor, const char *detail)
{
	struct db_param p[] = {
		DBP_INT(ticket_id), DBP_TEXT(kind),
		actor > 0 ? DBP_INT(actor) : DBP_NULL, DBP_TEXT(detail),
	};

	return db_exec(db, STMT_TICKET_EVENT_INSERT, p, NELEM(p), NULL, NULL);
}

void
ticket_strings_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		free(v[i]);
	free(v);
}

enum db_rc
ticket_pauses(struct db *db, long long ticket_id, char ***from, char ***to,
    size_t *n)
{
	struct db_param p = DBP_INT(ticket_id);
	struct db_res *r;
	size_t k = 0;

	*from = *to = NULL;
	*n = 0;
	if (db_query(db, STMT_TICKET_PAUSES, &p, 1, &r) != DB_OK)
		return DB_ERROR;
	while (db_res_next(r)) {
		*from = xreallocarray(*from, k + 1, sizeof(char *));
		*to = xreallocarray(*to, k + 1, sizeof(char *));
		(*from)[k] = db_res_dup(r, 0);
		(*to)[k] = db_res_dup(r, 1);
		k++;
	}
	db_res_free(r);
	*n = k;
	return DB_OK;
}

enum db_rc
ticket_subjects(struct db *db, long long ticket_id, char ***codes, size_t *n)
{
	struct db_param p = DBP_INT(ticket_id);
	struct db_res *r;
	size_t k = 0;

	*codes = NULL;
	*n = 0;
	if (db_query(db, STMT_TASK_SUBJECTS, &p, 1, &r) != DB_OK)
		return DB_ERROR;
	while (db_res_next(r)) {
		*codes = xreallocarray(*codes, k + 1, sizeof(char *));
		(*codes)[k++] = db_res_dup(r, 0);
	}
	db_res_free(r);
	*n = k;
	return DB_OK;
}

const char *const ticket_queue_names[TQ__MAX] = {
	[TQ_OVERDUE] = "overdue",
	[TQ_DUE_SOON] = "due-soon",
	[TQ_PAUSED] = "paused",
	[TQ_WAITING] = "waiting",
	[TQ_UNTIMED] = "untimed",
	[TQ_NEW] = "new",
};

/* Reads the current row's TICKET_ROW_COLS, from column c on, into t. */
static void
ticket_row_read(struct db_res *r, size_t c, struct ticket_row *t)
{
	t->reference = db_res_dup(r, c + 0);
	t->kind = db_res_dup(r, c + 1);
	t->status = db_res_dup(r, c + 2);
	t->due = db_res_dup(r, c + 3);
	t->received_at = db_res_dup(r, c + 4);
	t->clock_start = db_res_dup(r, c + 5);
	t->waiting_since = db_res_dup(r, c + 6);
	t->org_slug = db_res_dup(r, c + 7);
	t->org_name = db_res_dup(r, c + 8);
	t->requester = db_res_dup(r, c + 9);
	t->outcome = db_res_dup(r, c + 10);
	t->is_extended = (int)db_res_int(r, c + 11);
}

/* Reads the rows of a list statement (the columns of TICKET_ROW_COLS). */
static void
ticket_rows_read(struct db_res *r, struct ticket_row **rows, size_t *n)
{
	size_t k = 0;

	*rows = xcalloc(db_res_rows(r) + 1, sizeof(**rows));
	while (db_res_next(r))
		ticket_row_read(r, 0, &(*rows)[k++]);
	*n = k;
}

enum db_rc
ticket_dashboard(struct db *db, long long account_id, int is_admin,
    const char *today, size_t limit, struct ticket_row *rows[TQ__MAX],
    size_t n[TQ__MAX], long long total[TQ__MAX])
{
	struct deadline_date d;
	char t0[DEADLINE_DATE_SIZE], t8[DEADLINE_DATE_SIZE];
	struct db_param sc[2], p[21], cp[5];
	struct db_res *r;
	size_t q, k;
	long long lim = (long long)limit;

	memset(n, 0, TQ__MAX * sizeof(*n));
	memset(total, 0, TQ__MAX * sizeof(*total));
	for (q = 0; q < TQ__MAX; q++)
		rows[q] = NULL;
	if (deadline_date_parse(today, &d) == -1)
		return DB_ERROR;
	deadline_date_format(d, t0);
	deadline_date_format(deadline_add_days(d, 8), t8);
	sc[0] = DBP_INT(is_admin ? 1 : 0);
	sc[1] = DBP_INT(account_id);

	k = 0;
	cp[k++] = DBP_TEXT(t0);
	cp[k++] = DBP_TEXT(t0);
	cp[k++] = DBP_TEXT(t8);
	cp[k++] = sc[0];
	cp[k++] = sc[1];
	if (db_query_one(db, STMT_TICKET_DASH_COUNT, cp, k, &r) != DB_OK)
		return DB_ERROR;
	for (q = 0; q < TQ__MAX; q++)
		total[q] = db_res_int(r, q);
	db_res_free(r);

	k = 0;
	p[k++] = DBP_TEXT(t0);			/* overdue */
	p[k++] = sc[0];
	p[k++] = sc[1];
	p[k++] = DBP_INT(lim);
	p[k++] = DBP_TEXT(t0);			/* due within 7 days */
	p[k++] = DBP_TEXT(t8);
	p[k++] = sc[0];
	p[k++] = sc[1];
	p[k++] = DBP_INT(lim);
	p[k++] = sc[0];				/* paused */
	p[k++] = sc[1];
	p[k++] = DBP_INT(lim);
	p[k++] = sc[0];				/* waiting */
	p[k++] = sc[1];
	p[k++] = DBP_INT(lim);
	p[k++] = sc[0];				/* untimed */
	p[k++] = sc[1];
	p[k++] = DBP_INT(lim);
	p[k++] = sc[0];				/* new */
	p[k++] = sc[1];
	p[k++] = DBP_INT(lim);
	if (db_query(db, STMT_TICKET_DASH, p, k, &r) != DB_OK)
		return DB_ERROR;
	for (q = 0; q < TQ__MAX; q++)
		rows[q] = xcalloc(limit + 1, sizeof(**rows));
	while (db_res_next(r)) {
		q = (size_t)db_res_int(r, 0);
		if (q >= TQ__MAX || n[q] >= limit)
			continue;
		ticket_row_read(r, 1, &rows[q][n[q]++]);
	}
	db_res_free(r);
	return DB_OK;
}

void
ticket_rows_free(struct ticket_row *t, size_t n)
{
	size_t i;

	for (i = 0; t != NULL && i < n; i++) {
		free(t[i].reference);
		free(t[i].kind);
		free(t[i].status);
		free(t[i].due);
		free(t[i].received_at);
		free(t[i].clock_start);
		free(t[i].waiting_since);
		free(t[i].org_slug);
		free(t[i].org_name);
		free(t[i].requester);
		free(t[i].outcome);
	}
	free(t);
}

enum db_rc
ticket_search(struct db *db, const char *q, long long account_id,
    int is_admin, struct ticket_row **rows, size_t *n)
{
	struct db_param p[5];
	struct db_res *r;
	struct buf like;
	enum db_rc rc = DB_ERROR;
	const char *s;

	*rows = NULL;
	*n = 0;
	/* A prefix of the name: LIKE's own characters are escaped. */
	memset(&like, 0, sizeof(like));
	for (s = q; *s != '\0'; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			buf_append(&like, "\\", 1);
		buf_append(&like, s, 1);
	}
	buf_puts(&like, "%");
	p[0] = DBP_TEXT(q);
	p[1] = DBP_TEXT(like.p);
	p[2] = DBP_TEXT(q);
	p[3] = DBP_INT(is_admin ? 1 : 0);
	p[4] = DBP_INT(account_id);
	if (db_query(db, STMT_TICKET_SEARCH, p, NELEM(p), &r) == DB_OK) {
		ticket_rows_read(r, rows, n);
		db_res_free(r);
		rc = DB_OK;
	}
	buf_free(&like);
	return rc;
}

enum db_rc
ticket_list_org(struct db *db, long long org_id, int closed,
    struct ticket_row **rows, size_t *n)
{
	struct db_param p = DBP_INT(org_id);
	struct db_res *r;

	*rows = NULL;
	*n = 0;
	if (db_query(db, closed ? STMT_TICKET_ORG_CLOSED : STMT_TICKET_ORG_OPEN,
	    &p, 1, &r) != DB_OK)
		return DB_ERROR;
	ticket_rows_read(r, rows, n);
	db_res_free(r);
	return DB_OK;
}

enum db_rc
ticket_create(struct db *db, const struct ticket_new *t, char **ref,
    char **token, long long *id)
{
	char tok[CRYPTO_TOKEN_LEN + 1], h[CRYPTO_SHA256_HEX], year[5];
	struct db_param cp[2];
	struct db_res *r;
	unsigned long long iid;
	long long last;
	char *reference;

	*ref = *token = NULL;
	*id = 0;
	if (crypto_token(tok) == -1)
		return DB_ERROR;
	crypto_sha256_hex(tok, h);
	memcpy(year, t->received_at, 4);
	year[4] = '\0';
	cp[0] = DBP_INT(t->org_id);
	cp[1] = DBP_INT(atoll(year));
	if (db_exec(db, STMT_TICKET_COUNTER_NEXT, cp, 2, NULL, NULL) != DB_OK ||
	    db_query_one(db, STMT_TICKET_COUNTER_GET, cp, 2, &r) != DB_OK)
		return DB_ERROR;
	last = db_res_int(r, 0);
	db_res_free(r);
	reference = xasprintf("%s-%s-%04lld", t->ref_prefix, year, last);
	{
		struct db_param ip[] = {
			DBP_INT(t->org_id), DBP_TEXT(reference),
			DBP_TEXT(t->kind), DBP_TEXT(h),
			DBP_TEXT(t->received_at), DBP_TEXT(t->due),
			DBP_TEXT(t->name), DBP_TEXT(t->email),
			DBP_TEXT(t->phone), DBP_INT(t->is_agent),
			DBP_TEXT(t->agent_for), DBP_TEXT(t->category),
			DBP_TEXT(t->description), DBP_TEXT(t->channel),
			DBP_TEXT(t->clock_start), DBP_INT(t->staff_id),
			DBP_TEXT(t->key),
		};
		enum db_rc rc;

		if ((rc = db_exec(db, STMT_TICKET_INSERT, ip, NELEM(ip), NULL,
		    &iid)) != DB_OK) {
			free(reference);
			return rc == DB_CONFLICT && t->key != NULL ?
			    DB_CONFLICT : DB_ERROR;
		}
	}
	if (ticket_event_add(db, (long long)iid, "received", t->staff_id,
	    t->channel) != DB_OK) {
		free(reference);
		return DB_ERROR;
	}
	*ref = reference;
	*token = xstrdup(tok);
	*id = (long long)iid;
	return DB_OK;
}

char *
ticket_by_key(struct db *db, long long org_id, const char *key)
{
	struct db_param p[] = { DBP_INT(org_id), DBP_TEXT(key) };
	struct db_res *r;
	char *ref;

	if (db_query_one(db, STMT_TICKET_BY_KEY, p, NELEM(p), &r) != DB_OK)
		return NULL;
	ref = db_res_dup(r, 0);
	db_res_free(r);
	return ref;
}

enum db_rc
ticket_outbox_stuck(struct db *db, long long account_id, int is_admin,
    long long *n, char **oldest)
{
	struct db_param p[] = { DBP_INT(is_admin ? 1 : 0), DBP_INT(account_id) };
	struct db_res *r;

	*n = 0;
	*oldest = NULL;
	if (db_query_one(db, STMT_TICKET_OUTBOX_STUCK, p, NELEM(p), &r) !=
	    DB_OK)
		return DB_ERROR;
	*n = db_res_int(r, 0);
	*oldest = db_res_dup(r, 1);
	db_res_free(r);
	return DB_OK;
}
