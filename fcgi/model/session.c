/* session: staff login sessions: 256-bit ids kept hashed, idle and absolute expiry, CSRF tokens. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "session.h"
#include "stmt.h"

enum db_rc
session_create(struct db *db, long long account_id,
    char token[CRYPTO_TOKEN_LEN + 1], char csrf[CRYPTO_TOKEN_LEN + 1])
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p[3];

	if (crypto_token(token) == -1 || crypto_token(csrf) == -1)
		return DB_ERROR;
	crypto_sha256_hex(token, h);
	p[0] = DBP_TEXT(h);
	p[1] = DBP_INT(account_id);
	p[2] = DBP_TEXT(csrf);
	return db_exec(db, STMT_SESSION_INSERT, p, 3, NULL, NULL);
}

enum db_rc
session_get(struct db *db, const char *token, long idle_max, long abs_max,
    struct session **out)
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p;
	struct db_res *r;
	struct session *s;
	const char *v;
	enum db_rc rc;
	long age;
	int role;

	*out = NULL;
	if (!crypto_is_token(token))
		return DB_NOTFOUND;
	crypto_sha256_hex(token, h);
	p = DBP_TEXT(h);
	if ((rc = db_query_one(db, STMT_SESSION_GET_BY_HASH, &p, 1, &r)) !=
	    DB_OK)
		return rc;
	s = xcalloc(1, sizeof(*s));
	s->id = db_res_int(r, 0);
	s->account.id = db_res_int(r, 1);
	snprintf(s->csrf, sizeof(s->csrf), "%s", db_res_text(r, 2));
	age = (long)db_res_int(r, 3);
	s->idle = (long)db_res_int(r, 4);
	s->account.login = xstrdup(db_res_text(r, 5));
	s->account.name = (v = db_res_text(r, 6)) ? xstrdup(v) : NULL;
	role = account_role_parse(db_res_text(r, 7));
	s->account.role = role < 0 ? ROLE_VIEWER : (enum role)role;
	s->account.is_disabled = db_res_int(r, 8) != 0;
	db_res_free(r);
	if (age > abs_max || s->idle > idle_max || s->account.is_disabled) {
		rc = session_end(db, s->id) == 0 ? DB_NOTFOUND : DB_ERROR;
		session_free(s);
		return rc;
	}
	*out = s;
	return DB_OK;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	free(s->account.login);
	free(s->account.name);
	explicit_bzero(s->csrf, sizeof(s->csrf));
	free(s);
}

int
session_touch(struct db *db, const struct session *s)
{
	struct db_param p = DBP_INT(s->id);

	/* A write per request would cost more than a minute's precision. */
	if (s->idle < 60)
		return 0;
	return db_exec(db, STMT_SESSION_TOUCH, &p, 1, NULL, NULL) == DB_OK ?
	    0 : -1;
}

int
session_end(struct db *db, long long id)
{
	struct db_param p = DBP_INT(id);

	return db_exec(db, STMT_SESSION_END, &p, 1, NULL, NULL) == DB_OK ?
	    0 : -1;
}

int
session_end_others(struct db *db, const struct session *s)
{
	struct db_param p[2] = { DBP_INT(s->account.id), DBP_INT(s->id) };

	return db_exec(db, STMT_SESSION_END_OTHERS, p, 2, NULL, NULL) ==
	    DB_OK ? 0 : -1;
}

int
session_end_all(struct db *db, long long account_id)
{
	struct db_param p = DBP_INT(account_id);

	return db_exec(db, STMT_SESSION_END_BY_ACCOUNT, &p, 1, NULL, NULL) ==
	    DB_OK ? 0 : -1;
}
