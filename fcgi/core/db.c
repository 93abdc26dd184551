/* db: the only door to MariaDB. Statements come from one table; each program prepares its whitelist. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "db.h"
#include "log.h"
#include "util.h"

struct db {
	MYSQL			*my;
	const char		*optfile;
	const char		*group;
	const struct db_stmt_def *defs;
	size_t			 ndefs;
	unsigned char		*allowed;	/* ndefs flags */
	MYSQL_STMT		**stmts;	/* ndefs, NULL until prepared */
	int			 lost;
	int			 in_tx;
	unsigned int		 last_errno;
};

struct db_res {
	size_t	 ncols;
	size_t	 nrows;
	size_t	 cur;		/* rows stepped through; the row is cur - 1 */
	char	**cells;	/* nrows * ncols, NULL for SQL NULL */
};

static const char db_init_sql[] =
    "SET sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,"
    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION,NO_AUTO_CREATE_USER',"
    " time_zone = '+00:00'";

/* Does this error mean the connection is gone? */
static int
db_errno_is_lost(unsigned int e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST ||
	    e == CR_CONNECTION_ERROR || e == CR_SERVER_LOST_EXTENDED ||
	    e == ER_CONNECTION_KILLED || e == CR_COMMANDS_OUT_OF_SYNC ||
	    e == 4031 /* ER_CLIENT_INTERACTION_TIMEOUT */ ||
	    e == ER_SERVER_SHUTDOWN;
}

static void
db_disconnect(struct db *db)
{
	size_t i;

	for (i = 0; i < db->ndefs; i++)
		if (db->stmts[i] != NULL) {
			mysql_stmt_close(db->stmts[i]);
			db->stmts[i] = NULL;
		}
	if (db->my != NULL)
		mysql_close(db->my);
	db->my = NULL;
	db->in_tx = 0;
}

/*
 * Connects and prepares the whitelist. Returns 0, -1 when the server
 * cannot be reached, or -2 when a statement does not prepare (a bug or
 * a database that was not migrated). Logged.
 */
static int
db_connect(struct db *db)
{
	unsigned int off = 0;
	my_bool no = 0;
	size_t i;

	if ((db->my = mysql_init(NULL)) == NULL)
		abort();
	mysql_optionsv(db->my, MYSQL_READ_DEFAULT_FILE, db->optfile);
	mysql_optionsv(db->my, MYSQL_READ_DEFAULT_GROUP, db->group);
	mysql_optionsv(db->my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_optionsv(db->my, MYSQL_OPT_LOCAL_INFILE, &off);
	/* Reconnecting silently would drop the prepared statements. */
	mysql_optionsv(db->my, MYSQL_OPT_RECONNECT, &no);
	mysql_optionsv(db->my, MYSQL_INIT_COMMAND, db_init_sql);
	if (mysql_real_connect(db->my, NULL, NULL, NULL, NULL, 0, NULL, 0) ==
	    NULL) {
		log_err("db: connect failed: %u %s", mysql_errno(db->my),
		    mysql_error(db->my));
		db_disconnect(db);
		return -1;
	}
	for (i = 0; i < db->ndefs; i++) {
		if (!db->allowed[i])
			continue;
		if ((db->stmts[i] = mysql_stmt_init(db->my)) == NULL)
			abort();
		if (mysql_stmt_prepare(db->stmts[i], db->defs[i].sql,
		    strlen(db->defs[i].sql)) != 0) {
			log_err("db: prepare %s failed: %u %s",
			    db->defs[i].name, mysql_stmt_errno(db->stmts[i]),
			    mysql_stmt_error(db->stmts[i]));
			db_disconnect(db);
			return -2;
		}
	}
	db->lost = 0;
	return 0;
}

struct db *
db_open(const char *optfile, const char *group,
    const struct db_stmt_def *defs, size_t ndefs, const int *allow,
    size_t nallow)
{
	struct db *db;
	size_t i;

	db = xcalloc(1, sizeof(*db));
	db->optfile = optfile;
	db->group = group;
	db->defs = defs;
	db->ndefs = ndefs;
	db->allowed = xcalloc(ndefs, 1);
	db->stmts = xcalloc(ndefs, sizeof(*db->stmts));
	for (i = 0; i < nallow; i++) {
		assert(allow[i] >= 0 && (size_t)allow[i] < ndefs);
		db->allowed[allow[i]] = 1;
	}
	if (db_connect(db) == -2) {
		db_close(db);
		return NULL;
	}
	/* Unreachable for now: db_ensure() retries on the next request. */
	return db;
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	db_disconnect(db);
	free(db->stmts);
	free(db->allowed);
	free(db);
}

int
db_ensure(struct db *db)
{
	if (db->my != NULL && !db->lost)
		return 0;
	db_disconnect(db);
	return db_connect(db) == 0 ? 0 : -1;
}

void
db_library_end(void)
{
	mysql_library_end();
}

int
db_is_lost(const struct db *db)
{
	return db->my == NULL || db->lost;
}

unsigned int
db_errno(const struct db *db)
{
	return db->last_errno;
}

/* Records a failed statement: the code and name only, never the text. */
static enum db_rc
db_fail(struct db *db, int id, MYSQL_STMT *st)
{
	unsigned int e;

	e = st != NULL ? mysql_stmt_errno(st) : mysql_errno(db->my);
	db->last_errno = e;
	if (e == ER_DUP_ENTRY || e == ER_DUP_ENTRY_WITH_KEY_NAME)
		return DB_CONFLICT;
	if (db_errno_is_lost(e))
		db->lost = 1;
	/* The message of a duplicate quotes data; others are safe to log. */
	log_err("db: %s failed: %u %s", id >= 0 ? db->defs[id].name : "-", e,
	    st != NULL ? mysql_stmt_error(st) : mysql_error(db->my));
	return DB_ERROR;
}

/* Binds the parameters and executes statement id. */
static MYSQL_STMT *
db_run(struct db *db, int id, const struct db_param *p, size_t np,
    enum db_rc *rc)
{
	MYSQL_BIND b[64];
	MYSQL_STMT *st;
	size_t i;

	if (id < 0 || (size_t)id >= db->ndefs || !db->allowed[id]) {
		log_err("db: statement %d is not in this program's whitelist",
		    id);
		abort();
	}
	*rc = DB_ERROR;
	if (db->my == NULL || db->lost)
		return NULL;
	st = db->stmts[id];
	if (np > NELEM(b) || mysql_stmt_param_count(st) != np) {
		log_err("db: %s takes %lu parameters, given %zu",
		    db->defs[id].name, mysql_stmt_param_count(st), np);
		abort();
	}
	memset(b, 0, sizeof(b));
	for (i = 0; i < np; i++) {
		switch (p[i].type) {
		case DBT_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&p[i].i;
			break;
		case DBT_TEXT:
			if (p[i].s == NULL) {
				b[i].buffer_type = MYSQL_TYPE_NULL;
				break;
			}
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)p[i].s;
			b[i].buffer_length = strlen(p[i].s);
			break;
		case DBT_NULL:
		default:
			b[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
	}
	if ((np > 0 && mysql_stmt_bind_param(st, b) != 0) ||
	    mysql_stmt_execute(st) != 0) {
		*rc = db_fail(db, id, st);
		return NULL;
	}
	*rc = DB_OK;
	return st;
}

enum db_rc
db_exec(struct db *db, int id, const struct db_param *p, size_t np,
    unsigned long long *affected, unsigned long long *insert_id)
{
	MYSQL_STMT *st;
	enum db_rc rc;

	if ((st = db_run(db, id, p, np, &rc)) == NULL)
		return rc;
	if (affected != NULL)
		*affected = mysql_stmt_affected_rows(st);
	if (insert_id != NULL)
		*insert_id = mysql_stmt_insert_id(st);
	/* A CALL or a statement with a result: drain it. */
	if (mysql_stmt_field_count(st) > 0)
		mysql_stmt_free_result(st);
	while (mysql_stmt_next_result(st) == 0)
		;
	return DB_OK;
}

enum db_rc
db_query(struct db *db, int id, const struct db_param *p, size_t np,
    struct db_res **out)
{
	MYSQL_STMT *st;
	MYSQL_RES *meta = NULL;
	MYSQL_FIELD *f;
	MYSQL_BIND *b = NULL;
	unsigned long *lens = NULL;
	my_bool *nulls = NULL, yes = 1;
	struct db_res *res = NULL;
	enum db_rc rc;
	size_t c, r, cap, ncols = 0;
	int frc;

	*out = NULL;
	if ((st = db_run(db, id, p, np, &rc)) == NULL)
		return rc;
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &yes);
	if (mysql_stmt_store_result(st) != 0)
		return db_fail(db, id, st);
	res = xcalloc(1, sizeof(*res));
	if ((meta = mysql_stmt_result_metadata(st)) == NULL)
		goto done;	/* no result set */
	res->ncols = ncols = mysql_num_fields(meta);
	res->nrows = (size_t)mysql_stmt_num_rows(st);
	res->cells = xcalloc(res->nrows * res->ncols + 1, sizeof(char *));
	b = xcalloc(res->ncols, sizeof(*b));
	lens = xcalloc(res->ncols, sizeof(*lens));
	nulls = xcalloc(res->ncols, sizeof(*nulls));
	f = mysql_fetch_fields(meta);
	for (c = 0; c < res->ncols; c++) {
		/* Numbers and dates are short; strings report max_length. */
		cap = f[c].max_length < 64 ? 64 : f[c].max_length;
		b[c].buffer_type = MYSQL_TYPE_STRING;
		b[c].buffer = xmalloc(cap + 1);
		b[c].buffer_length = cap;
		b[c].length = &lens[c];
		b[c].is_null = &nulls[c];
	}
	if (mysql_stmt_bind_result(st, b) != 0) {
		rc = db_fail(db, id, st);
		goto fail;
	}
	for (r = 0; r < res->nrows; r++) {
		frc = mysql_stmt_fetch(st);
		if (frc == 1 || frc == MYSQL_NO_DATA) {
			rc = db_fail(db, id, st);
			goto fail;
		}
		for (c = 0; c < res->ncols; c++) {
			if (nulls[c])
				continue;
			if (lens[c] <= b[c].buffer_length) {
				res->cells[r * res->ncols + c] =
				    xstrndup(b[c].buffer, lens[c]);
				continue;
			}
			/* Truncated: fetch this column again, whole. */
			{
				MYSQL_BIND big;
				char *s = xmalloc(lens[c] + 1);

				memset(&big, 0, sizeof(big));
				big.buffer_type = MYSQL_TYPE_STRING;
				big.buffer = s;
				big.buffer_length = lens[c];
				if (mysql_stmt_fetch_column(st, &big,
				    (unsigned int)c, 0) != 0) {
					free(s);
					rc = db_fail(db, id, st);
					goto fail;
				}
				s[lens[c]] = '\0';
				res->cells[r * res->ncols + c] = s;
			}
		}
	}
done:
	rc = DB_OK;
	*out = res;
	res = NULL;
fail:
	for (c = 0; b != NULL && c < ncols; c++)
		free(b[c].buffer);
	free(b);
	free(lens);
	free(nulls);
	if (meta != NULL)
		mysql_free_result(meta);
	mysql_stmt_free_result(st);
	while (mysql_stmt_next_result(st) == 0)
		mysql_stmt_free_result(st);
	db_res_free(res);
	return rc;
}

enum db_rc
db_query_one(struct db *db, int id, const struct db_param *p, size_t np,
    struct db_res **out)
{
	enum db_rc rc;

	if ((rc = db_query(db, id, p, np, out)) != DB_OK)
		return rc;
	if (!db_res_next(*out)) {
		db_res_free(*out);
		*out = NULL;
		return DB_NOTFOUND;
	}
	return DB_OK;
}

int
db_res_next(struct db_res *res)
{
	if (res->cur >= res->nrows)
		return 0;
	res->cur++;
	return 1;
}

size_t
db_res_rows(const struct db_res *res)
{
	return res->nrows;
}

static const char *
db_cell(const struct db_res *res, size_t col)
{
	assert(res->cur > 0 && col < res->ncols);
	return res->cells[(res->cur - 1) * res->ncols + col];
}

int
db_res_isnull(const struct db_res *res, size_t col)
{
	return db_cell(res, col) == NULL;
}

const char *
db_res_text(const struct db_res *res, size_t col)
{
	return db_cell(res, col);
}

char *
db_res_dup(const struct db_res *res, size_t col)
{
	const char *s = db_cell(res, col);

	return s != NULL ? xstrdup(s) : NULL;
}

long long
db_res_int(const struct db_res *res, size_t col)
{
	const char *s = db_cell(res, col);
	long long v;

	if (s == NULL || util_strtonum(s, -(1LL << 62), 1LL << 62, &v) == -1)
		return 0;
	return v;
}

void
db_res_free(struct db_res *res)
{
	size_t i;

	if (res == NULL)
		return;
	for (i = 0; i < res->nrows * res->ncols; i++)
		free(res->cells[i]);
	free(res->cells);
	free(res);
}

static int
db_simple(struct db *db, const char *sql)
{
	if (db->my == NULL || db->lost)
		return -1;
	if (mysql_real_query(db->my, sql, strlen(sql)) != 0) {
		db_fail(db, -1, NULL);
		return -1;
	}
	return 0;
}

int
db_tx_begin(struct db *db)
{
	assert(!db->in_tx);
	if (db_simple(db, "START TRANSACTION") == -1)
		return -1;
	db->in_tx = 1;
	return 0;
}

int
db_tx_commit(struct db *db)
{
	assert(db->in_tx);
	db->in_tx = 0;
	return db_simple(db, "COMMIT");
}

int
db_tx_rollback(struct db *db)
{
	db->in_tx = 0;
	return db_simple(db, "ROLLBACK");
}

int
db_tx_is_open(const struct db *db)
{
	return db->in_tx;
}

int
db_script(struct db *db, const char *sql, const char **err)
{
	MYSQL_RES *r;
	int status;

	*err = NULL;
	if (db->my == NULL || db->lost) {
		*err = "not connected";
		return -1;
	}
	mysql_set_server_option(db->my, MYSQL_OPTION_MULTI_STATEMENTS_ON);
	status = mysql_real_query(db->my, sql, strlen(sql));
	for (;;) {
		if (status != 0) {
			db->last_errno = mysql_errno(db->my);
			*err = mysql_error(db->my);
			break;
		}
		if ((r = mysql_store_result(db->my)) != NULL)
			mysql_free_result(r);
		if ((status = mysql_next_result(db->my)) == -1) {
			status = 0;
			break;
		}
	}
	/* Drain whatever is left after an error so the link stays usable. */
	while (mysql_more_results(db->my) && mysql_next_result(db->my) == 0)
		if ((r = mysql_store_result(db->my)) != NULL)
			mysql_free_result(r);
	mysql_set_server_option(db->my, MYSQL_OPTION_MULTI_STATEMENTS_OFF);
	return status == 0 ? 0 : -1;
}
