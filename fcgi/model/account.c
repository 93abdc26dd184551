/* account: staff accounts, their roles and organisation grants, login throttling. */
#include <stdlib.h>
#include <string.h>

#include "core/crypto.h"
#include "core/util.h"
#include "account.h"
#include "password.h"
#include "stmt.h"

const char *const account_role_names[ROLE__MAX] = {
	[ROLE_ADMIN] = "admin",
	[ROLE_DPO] = "dpo",
	[ROLE_VIEWER] = "viewer",
};

int
account_role_parse(const char *s)
{
	int i;

	for (i = 0; s != NULL && i < ROLE__MAX; i++)
		if (strcmp(s, account_role_names[i]) == 0)
			return i;
	return -1;
}

int
account_can_write(const struct account *a)
{
	return a->role == ROLE_ADMIN || a->role == ROLE_DPO;
}

/* Fills a from a row of ACCOUNT_COLS. */
static void
account_from_row(struct account *a, const struct db_res *r, int with_hash)
{
	int role;

	a->id = db_res_int(r, 0);
	a->login = xstrdup(db_res_text(r, 1));
	a->name = db_res_dup(r, 2);
	role = account_role_parse(db_res_text(r, 3));
	/* An unknown role reads as the least privileged. */
	a->role = role < 0 ? ROLE_VIEWER : (enum role)role;
	a->pwhash = with_hash ? xstrdup(db_res_text(r, 4)) : NULL;
	a->is_disabled = db_res_int(r, 5) != 0;
}

static enum db_rc
account_get(struct db *db, int stmt, struct db_param p, struct account **out)
{
	struct db_res *r;
	enum db_rc rc;

	*out = NULL;
	if ((rc = db_query_one(db, stmt, &p, 1, &r)) != DB_OK)
		return rc;
	*out = xcalloc(1, sizeof(**out));
	account_from_row(*out, r, 1);
	db_res_free(r);
	return DB_OK;
}

enum db_rc
account_get_by_login(struct db *db, const char *login, struct account **out)
{
	return account_get(db, STMT_ACCOUNT_GET_BY_LOGIN, DBP_TEXT(login), out);
}

enum db_rc
account_get_by_id(struct db *db, long long id, struct account **out)
{
	return account_get(db, STMT_ACCOUNT_GET_BY_ID, DBP_INT(id), out);
}

static void
account_clear(struct account *a)
{
	free(a->login);
	free(a->name);
	if (a->pwhash != NULL) {
		explicit_bzero(a->pwhash, strlen(a->pwhash));
		free(a->pwhash);
	}
}

void
account_free(struct account *a)
{
	if (a == NULL)
		return;
	account_clear(a);
	free(a);
}

enum db_rc
account_list(struct db *db, struct account **out, size_t *n)
{
	struct db_res *r;
	enum db_rc rc;
	size_t i = 0;

	*out = NULL;
	*n = 0;
	if ((rc = db_query(db, STMT_ACCOUNT_LIST, NULL, 0, &r)) != DB_OK)
		return rc;
	*out = xcalloc(db_res_rows(r), sizeof(**out));
	while (db_res_next(r))
		account_from_row(&(*out)[i++], r, 0);
	*n = i;
	db_res_free(r);
	return DB_OK;
}

void
account_list_free(struct account *a, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		account_clear(&a[i]);
	free(a);
}

enum db_rc
account_grant_list(struct db *db, struct grant **out, size_t *n)
{
	struct db_res *r;
	enum db_rc rc;
	size_t i = 0;

	*out = NULL;
	*n = 0;
	if ((rc = db_query(db, STMT_GRANT_LIST, NULL, 0, &r)) != DB_OK)
		return rc;
	*out = xcalloc(db_res_rows(r), sizeof(**out));
	while (db_res_next(r)) {
		(*out)[i].account_id = db_res_int(r, 0);
		(*out)[i].slug = xstrdup(db_res_text(r, 1));
		(*out)[i].org_name = xstrdup(db_res_text(r, 2));
		i++;
	}
	*n = i;
	db_res_free(r);
	return DB_OK;
}

void
account_grant_list_free(struct grant *g, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(g[i].slug);
		free(g[i].org_name);
	}
	free(g);
}

enum db_rc
account_create(struct db *db, const char *login, const char *name,
    enum role role, const char *pw, long long *id)
{
	char hash[PASSWORD_HASH_MAX];
	unsigned long long iid = 0;
	struct db_param p[4];
	enum db_rc rc;

	if (password_hash(pw, hash) == -1)
		return DB_ERROR;
	p[0] = DBP_TEXT(login);
	p[1] = DBP_TEXT(name);
	p[2] = DBP_TEXT(account_role_names[role]);
	p[3] = DBP_TEXT(hash);
	rc = db_exec(db, STMT_ACCOUNT_INSERT, p, 4, NULL, &iid);
	explicit_bzero(hash, sizeof(hash));
	if (rc == DB_OK && id != NULL)
		*id = (long long)iid;
	return rc;
}

/* Runs an UPDATE of one account: DB_NOTFOUND when no row matched. */
static enum db_rc
account_update(struct db *db, int stmt, struct db_param a, long long id)
{
	struct db_param p[2] = { a, DBP_INT(id) };
	unsigned long long n = 0;
	struct account *acc;
	enum db_rc rc;

	if ((rc = db_exec(db, stmt, p, 2, &n, NULL)) != DB_OK)
		return rc;
	if (n > 0)
		return DB_OK;
	/* No change is not "not found": the value may have been the same. */
	if ((rc = account_get_by_id(db, id, &acc)) != DB_OK)
		return rc;
	account_free(acc);
	return DB_OK;
}

enum db_rc
account_set_role(struct db *db, long long id, enum role role)
{
	return account_update(db, STMT_ACCOUNT_SET_ROLE,
	    DBP_TEXT(account_role_names[role]), id);
}

enum db_rc
account_set_password(struct db *db, long long id, const char *pw)
{
	char hash[PASSWORD_HASH_MAX];
	enum db_rc rc;

	if (password_hash(pw, hash) == -1)
		return DB_ERROR;
	rc = account_update(db, STMT_ACCOUNT_SET_PASSWORD, DBP_TEXT(hash), id);
	explicit_bzero(hash, sizeof(hash));
	return rc;
}

enum db_rc
account_set_disabled(struct db *db, long long id, int disabled)
{
	struct db_param p = DBP_INT(id);
	enum db_rc rc;

	rc = account_update(db, STMT_ACCOUNT_SET_DISABLED,
	    DBP_INT(disabled != 0), id);
	/* A disabled account's sessions end at once. */
	if (rc == DB_OK && disabled)
		rc = db_exec(db, STMT_SESSION_END_BY_ACCOUNT, &p, 1, NULL,
		    NULL);
	return rc;
}

enum db_rc
account_grant(struct db *db, long long id, long long org_id)
{
	struct db_param p[2] = { DBP_INT(id), DBP_INT(org_id) };

	return db_exec(db, STMT_GRANT_INSERT, p, 2, NULL, NULL);
}

enum db_rc
account_revoke(struct db *db, long long id, long long org_id)
{
	struct db_param p[2] = { DBP_INT(id), DBP_INT(org_id) };

	return db_exec(db, STMT_GRANT_DELETE, p, 2, NULL, NULL);
}

long long
account_login_failures(struct db *db, const char *login, long window)
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p[2];
	struct db_res *r;
	long long n;

	crypto_sha256_hex(login, h);
	p[0] = DBP_TEXT(h);
	p[1] = DBP_INT(window);
	if (db_query_one(db, STMT_LOGIN_FAILURE_COUNT, p, 2, &r) != DB_OK)
		return -1;
	n = db_res_int(r, 0);
	db_res_free(r);
	return n;
}

int
account_login_failure_record(struct db *db, const char *login)
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p;

	crypto_sha256_hex(login, h);
	p = DBP_TEXT(h);
	return db_exec(db, STMT_LOGIN_FAILURE_INSERT, &p, 1, NULL, NULL) ==
	    DB_OK ? 0 : -1;
}

int
account_login_failure_clear(struct db *db, const char *login)
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p;

	crypto_sha256_hex(login, h);
	p = DBP_TEXT(h);
	return db_exec(db, STMT_LOGIN_FAILURE_CLEAR, &p, 1, NULL, NULL) ==
	    DB_OK ? 0 : -1;
}
