/* outbox: the messages waiting to leave: claimed one at a time by a sender, marked sent once, failures retried with back-off. */
#include <stdlib.h>

#include "core/crypto.h"
#include "core/log.h"
#include "core/util.h"
#include "outbox.h"
#include "stmt.h"

long
outbox_backoff(int attempts)
{
	long s = 60;

	if (attempts < 1)
		return s;
	while (--attempts > 0 && s < 6 * 3600)
		s *= 2;
	return s < 6 * 3600 ? s : 6 * 3600;
}

int
outbox_token(char out[OUTBOX_TOKEN_SIZE])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char r[16];
	size_t i;

	if (crypto_random(r, sizeof(r)) == -1)
		return -1;
	for (i = 0; i < sizeof(r); i++) {
		out[2 * i] = hex[r[i] >> 4];
		out[2 * i + 1] = hex[r[i] & 0x0f];
	}
	out[2 * sizeof(r)] = '\0';
	return 0;
}

enum db_rc
outbox_sweep(struct db *db)
{
	struct db_param p = DBP_INT(OUTBOX_MAX_ATTEMPTS);

	return db_exec(db, STMT_OUTBOX_SWEEP, &p, 1, NULL, NULL) == DB_OK ?
	    DB_OK : DB_ERROR;
}

/* Reads the claimed row id held by token. */
static enum db_rc
outbox_get(struct db *db, long long id, const char *token,
    struct outbox_msg **out)
{
	struct db_param p[2] = { DBP_INT(id), DBP_TEXT(token) };
	struct outbox_msg *m;
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query_one(db, STMT_OUTBOX_GET, p, 2, &r)) != DB_OK)
		return rc;
	m = xcalloc(1, sizeof(*m));
	m->id = db_res_int(r, 0);
	m->ticket_id = db_res_int(r, 1);
	m->kind = db_res_dup(r, 2);
	m->to = db_res_dup(r, 3);
	m->subject = db_res_dup(r, 4);
	m->body = db_res_dup(r, 5);
	m->created = db_res_dup(r, 6);
	m->attempts = (int)db_res_int(r, 7);
	m->reply_to = db_res_dup(r, 8);
	db_res_free(r);
	if (m->to == NULL || m->subject == NULL || m->body == NULL ||
	    m->created == NULL) {
		outbox_msg_free(m);
		return DB_ERROR;
	}
	*out = m;
	return DB_OK;
}

enum db_rc
outbox_claim(struct db *db, const char *token, long long after,
    struct outbox_msg **out)
{
	struct db_param p[3];
	struct db_res *r;
	long long id;
	enum db_rc rc;

	*out = NULL;
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	p[0] = DBP_INT(OUTBOX_MAX_ATTEMPTS);
	p[1] = DBP_INT(after);
	if ((rc = db_query_one(db, STMT_OUTBOX_NEXT, p, 2, &r)) != DB_OK) {
		db_tx_rollback(db);
		return rc;
	}
	id = db_res_int(r, 0);
	db_res_free(r);
	p[0] = DBP_TEXT(token);
	p[1] = DBP_INT(OUTBOX_LEASE);
	p[2] = DBP_INT(id);
	if (db_exec(db, STMT_OUTBOX_CLAIM, p, 3, NULL, NULL) != DB_OK ||
	    db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		return DB_ERROR;
	}
	/* Gone between the commit and here: only a person deletes rows. */
	if ((rc = outbox_get(db, id, token, out)) == DB_NOTFOUND) {
		log_warn("outbox: message %lld vanished once claimed", id);
		return DB_ERROR;
	}
	return rc;
}

enum db_rc
outbox_sent(struct db *db, const struct outbox_msg *m, const char *token)
{
	struct db_param p[2] = { DBP_INT(m->id), DBP_TEXT(token) };
	unsigned long long n;

	if (db_exec(db, STMT_OUTBOX_SENT, p, 2, &n, NULL) != DB_OK)
		return DB_ERROR;
	return n == 1 ? DB_OK : DB_CONFLICT;
}

enum db_rc
outbox_failed(struct db *db, const struct outbox_msg *m, const char *token,
    const char *code, int is_permanent)
{
	struct db_param p[6];
	unsigned long long n;

	p[0] = DBP_TEXT(code);
	p[1] = DBP_INT(outbox_backoff(m->attempts));
	p[2] = DBP_INT(is_permanent ? 1 : 0);
	p[3] = DBP_INT(OUTBOX_MAX_ATTEMPTS);
	p[4] = DBP_INT(m->id);
	p[5] = DBP_TEXT(token);
	if (db_exec(db, STMT_OUTBOX_FAIL, p, 6, &n, NULL) != DB_OK)
		return DB_ERROR;
	return n == 1 ? DB_OK : DB_CONFLICT;
}

enum db_rc
outbox_left(struct db *db, long long *n)
{
	struct db_res *r;
	enum db_rc rc;

	*n = 0;
	if ((rc = db_query_one(db, STMT_OUTBOX_LEFT, NULL, 0, &r)) != DB_OK)
		return DB_ERROR;
	*n = db_res_int(r, 0);
	db_res_free(r);
	return DB_OK;
}

enum db_rc
outbox_add(struct db *db, long long org_id, long long ticket_id,
    const char *kind, const char *to, const char *subject, const char *body,
    long long *id)
{
	struct db_param p[6];
	unsigned long long iid;

	p[0] = DBP_INT(org_id);
	p[1] = ticket_id > 0 ? DBP_INT(ticket_id) : DBP_NULL;
	p[2] = DBP_TEXT(kind);
	p[3] = DBP_TEXT(to);
	p[4] = DBP_TEXT(subject);
	p[5] = DBP_TEXT(body);
	if (db_exec(db, STMT_OUTBOX_ADD, p, 6, NULL, &iid) != DB_OK)
		return DB_ERROR;
	if (id != NULL)
		*id = (long long)iid;
	return DB_OK;
}

void
outbox_msg_free(struct outbox_msg *m)
{
	if (m == NULL)
		return;
	free(m->kind);
	free(m->to);
	free(m->subject);
	free(m->body);
	free(m->created);
	free(m->reply_to);
	free(m);
}
