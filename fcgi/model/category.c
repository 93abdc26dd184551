/* category: the categories of personal data and of data subjects: the shipped taxonomy and an organisation's own. */
#include <stdlib.h>

#include "core/util.h"
#include "audit.h"
#include "category.h"
#include "stmt.h"

const char *const category_kind_names[CAT__MAX] = {
	[CAT_DATA] = "data",
	[CAT_SUBJECT] = "subject",
};

static const int cat_list_stmt[CAT__MAX] = {
	[CAT_DATA] = STMT_CAT_DATA_LIST,
	[CAT_SUBJECT] = STMT_CAT_SUBJECT_LIST,
};

/* The audit trail's name of each kind's table. */
static const char *const cat_entity[CAT__MAX] = {
	[CAT_DATA] = "data_category",
	[CAT_SUBJECT] = "subject_category",
};

enum db_rc
category_list(struct db *db, enum cat_kind kind, long long org_id,
    struct category **out, size_t *n)
{
	struct db_param p = DBP_INT(org_id);
	struct category *c;
	struct db_res *r;

	*out = NULL;
	*n = 0;
	if (db_query(db, cat_list_stmt[kind], &p, 1, &r) != DB_OK)
		return DB_ERROR;
	*out = xcalloc(db_res_rows(r) + 1, sizeof(**out));
	while (db_res_next(r)) {
		c = &(*out)[(*n)++];
		c->id = db_res_int(r, 0);
		c->is_own = db_res_int(r, 1) != 0;
		c->code = xstrdup(db_res_text(r, 2));
		c->name = xstrdup(db_res_text(r, 3));
		c->is_special = db_res_int(r, 4) != 0;
		c->is_criminal = db_res_int(r, 5) != 0;
	}
	db_res_free(r);
	return DB_OK;
}

void
category_list_free(struct category *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(c[i].code);
		free(c[i].name);
	}
	free(c);
}

enum db_rc
category_add(struct db *db, enum cat_kind kind, long long org_id,
    const char *code, const char *name, int is_special, int is_criminal,
    long long account_id, enum cat_err *err, long long *id)
{
	struct db_param p[6];
	unsigned long long n = 0, newid = 0;
	enum db_rc rc;
	size_t np = 0;

	*err = CAT_OK;
	*id = 0;
	p[np++] = DBP_INT(org_id);
	p[np++] = DBP_TEXT(code);
	p[np++] = DBP_TEXT(name);
	if (kind == CAT_DATA) {
		p[np++] = DBP_INT(is_special != 0);
		p[np++] = DBP_INT(is_criminal != 0);
	}
	p[np++] = DBP_TEXT(code);
	if (db_tx_begin(db) == -1)
		return DB_ERROR;
	rc = db_exec(db, kind == CAT_DATA ? STMT_CAT_DATA_ADD :
	    STMT_CAT_SUBJECT_ADD, p, np, &n, &newid);
	if (rc == DB_CONFLICT)
		*err = CAT_TAKEN;
	else if (rc == DB_OK && n == 0) {
		*err = CAT_SHIPPED;
		rc = DB_CONFLICT;
	}
	if (rc == DB_OK && audit_log(db, account_id, "category_create",
	    org_id, cat_entity[kind], (long long)newid, NULL) == -1)
		rc = DB_ERROR;
	if (rc != DB_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		return rc == DB_OK ? DB_ERROR : rc;
	}
	*id = (long long)newid;
	return DB_OK;
}
