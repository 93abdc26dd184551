/* location: where an organisation or one of its recipients holds data, and the transfer mechanism each place rests on. */
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "audit.h"
#include "location.h"
#include "stmt.h"

static const int loc_list_stmt[LOC__MAX] = {
	[LOC_ORG] = STMT_LOC_ORG_LIST,
	[LOC_RECIPIENT] = STMT_LOC_RCP_LIST,
};
static const int loc_add_stmt[LOC__MAX] = {
	[LOC_ORG] = STMT_LOC_ORG_ADD,
	[LOC_RECIPIENT] = STMT_LOC_RCP_ADD,
};
static const int loc_retire_stmt[LOC__MAX] = {
	[LOC_ORG] = STMT_LOC_ORG_RETIRE,
	[LOC_RECIPIENT] = STMT_LOC_RCP_RETIRE,
};
/* The audit trail's names for what was touched. */
static const char *const loc_entity[LOC__MAX] = {
	[LOC_ORG] = "org_location",
	[LOC_RECIPIENT] = "recipient_location",
};
static const char *const loc_add_action[LOC__MAX] = {
	[LOC_ORG] = "org_location_add",
	[LOC_RECIPIENT] = "recipient_location_add",
};
static const char *const loc_retire_action[LOC__MAX] = {
	[LOC_ORG] = "org_location_retire",
	[LOC_RECIPIENT] = "recipient_location_retire",
};

enum db_rc
location_list(struct db *db, enum loc_owner owner, long long org_id,
    long long owner_id, struct location **out, size_t *n)
{
	struct db_param p[2] = { DBP_INT(org_id), DBP_INT(owner_id) };
	struct location *l;
	struct db_res *r;

	*out = NULL;
	*n = 0;
	/* A recipient's are scoped to org_id; the organisation's are its. */
	if (db_query(db, loc_list_stmt[owner], owner == LOC_ORG ? &p[1] : p,
	    owner == LOC_ORG ? 1 : 2, &r) != DB_OK)
		return DB_ERROR;
	*out = xcalloc(db_res_rows(r) + 1, sizeof(**out));
	while (db_res_next(r)) {
		l = &(*out)[(*n)++];
		l->id = db_res_int(r, 0);
		l->country = db_res_dup(r, 1);
		l->country_name = db_res_dup(r, 2);
		l->region = db_res_dup(r, 3);
		l->mechanism = db_res_dup(r, 4);
		l->mechanism_name = db_res_dup(r, 5);
		l->valid_until = db_res_dup(r, 6);
		l->note = db_res_dup(r, 7);
	}
	db_res_free(r);
	return DB_OK;
}

void
location_list_free(struct location *l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(l[i].country);
		free(l[i].country_name);
		free(l[i].region);
		free(l[i].mechanism);
		free(l[i].mechanism_name);
		free(l[i].valid_until);
		free(l[i].note);
	}
	free(l);
}

/*
 * Looks code up with statement stmt; with out, copies the first column
 * of the row. Returns DB_OK, DB_NOTFOUND or DB_ERROR.
 */
static enum db_rc
loc_lookup(struct db *db, int stmt, const char *code, char **out)
{
	struct db_param p = DBP_TEXT(code);
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query_one(db, stmt, &p, 1, &r)) != DB_OK)
		return rc;
	if (out != NULL)
		*out = db_res_dup(r, 0);
	db_res_free(r);
	return DB_OK;
}

/*
 * Checks in against the reference data; *country receives the country
 * to store (owned). Returns DB_OK, DB_CONFLICT with *err, or DB_ERROR.
 */
static enum db_rc
loc_resolve(struct db *db, const struct location_in *in, enum loc_err *err,
    char **country)
{
	char *from_region = NULL;
	enum db_rc rc;

	*country = NULL;
	*err = LOC_OK;
	if (in->region != NULL && (rc = loc_lookup(db, STMT_LOC_REGION,
	    in->region, &from_region)) != DB_OK) {
		/* A region is stored only if it says where the data is. */
		if (rc == DB_NOTFOUND)
			*err = LOC_BAD_REGION;
		return rc == DB_NOTFOUND ? DB_CONFLICT : rc;
	}
	if (in->country == NULL) {
		if (from_region == NULL) {
			*err = LOC_NO_COUNTRY;
			return DB_CONFLICT;
		}
		*country = from_region;
		return DB_OK;
	}
	if ((rc = loc_lookup(db, STMT_LOC_COUNTRY, in->country, NULL)) !=
	    DB_OK) {
		free(from_region);
		if (rc == DB_NOTFOUND)
			*err = LOC_BAD_COUNTRY;
		return rc == DB_NOTFOUND ? DB_CONFLICT : rc;
	}
	/* eu-west-1 is in Ireland: a location cannot say it is elsewhere. */
	if (from_region != NULL && strcmp(from_region, in->country) != 0) {
		free(from_region);
		*err = LOC_REGION_ELSEWHERE;
		return DB_CONFLICT;
	}
	free(from_region);
	*country = xstrdup(in->country);
	return DB_OK;
}

enum db_rc
location_add(struct db *db, enum loc_owner owner, long long org_id,
    long long owner_id, const struct location_in *in, long long account_id,
    enum loc_err *err, long long *id)
{
	struct db_param p[7];
	unsigned long long n = 0, newid = 0;
	char *country = NULL;
	enum db_rc rc;

	*err = LOC_OK;
	*id = 0;
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	if ((rc = loc_resolve(db, in, err, &country)) != DB_OK)
		goto out;
	if (in->mechanism != NULL && (rc = loc_lookup(db, STMT_LOC_MECHANISM,
	    in->mechanism, NULL)) != DB_OK) {
		if (rc == DB_NOTFOUND) {
			*err = LOC_BAD_MECHANISM;
			rc = DB_CONFLICT;
		}
		goto out;
	}
	p[0] = DBP_TEXT(country);
	p[1] = DBP_TEXT(in->region);
	p[2] = DBP_TEXT(in->mechanism);
	p[3] = DBP_TEXT(in->note);
	p[4] = account_id > 0 ? DBP_INT(account_id) : DBP_NULL;
	p[5] = DBP_INT(owner_id);
	p[6] = DBP_INT(org_id);
	rc = db_exec(db, loc_add_stmt[owner], p, owner == LOC_ORG ? 6 : 7, &n,
	    &newid);
	if (rc == DB_OK && n == 0)
		rc = DB_NOTFOUND;
	if (rc == DB_OK && audit_log(db, account_id, loc_add_action[owner],
	    org_id, loc_entity[owner], (long long)newid, country) == -1)
		rc = DB_ERROR;
out:
	free(country);
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		return rc == DB_OK ? DB_ERROR : rc;
	}
	*id = (long long)newid;
	return DB_OK;
}

enum db_rc
location_retire(struct db *db, enum loc_owner owner, long long org_id,
    long long owner_id, long long id, long long account_id)
{
	struct db_param p[4] = {
		account_id > 0 ? DBP_INT(account_id) : DBP_NULL,
		DBP_INT(id), DBP_INT(owner_id), DBP_INT(org_id) };
	unsigned long long n = 0;
	enum db_rc rc;

	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	rc = db_exec(db, loc_retire_stmt[owner], p, 4, &n, NULL);
	if (rc == DB_OK && n == 0)
		rc = DB_NOTFOUND;
	if (rc == DB_OK && audit_log(db, account_id, loc_retire_action[owner],
	    org_id, loc_entity[owner], id, NULL) == -1)
		rc = DB_ERROR;
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		return rc == DB_OK ? DB_ERROR : rc;
	}
	return DB_OK;
}
