/* db: the only door to MariaDB. Statements come from one table; each program prepares its whitelist. */
#ifndef GD_DB_H
#define GD_DB_H

#include <stddef.h>

enum db_rc {
	DB_OK,
	DB_NOTFOUND,
	DB_CONFLICT,	/* a unique key or a version check said no */
	DB_ERROR
};

enum db_type {
	DBT_NULL,
	DBT_INT,
	DBT_TEXT
};

/* A statement parameter: callers never see MYSQL_BIND. */
struct db_param {
	enum db_type	 type;
	long long	 i;
	const char	*s;	/* borrowed; NULL binds SQL NULL */
};

#define DBP_INT(x)	((struct db_param){ .type = DBT_INT, .i = (x) })
#define DBP_TEXT(x)	((struct db_param){ .type = DBT_TEXT, .s = (x) })
#define DBP_NULL	((struct db_param){ .type = DBT_NULL })

/* A statement of the program's table. */
struct db_stmt_def {
	const char	*name;	/* for logs */
	const char	*sql;
};

struct db;
struct db_res;

/*
 * Opens a connection using the option file and group given (socket,
 * user, password, database), with utf8mb4, strict sql_mode, UTC and no
 * LOCAL INFILE, and prepares the statements whose indexes are listed in
 * allow (n entries) from the table defs. The table and list are borrowed
 * for the connection's life. A server that does not answer yet is not
 * an error (db_ensure() connects later); returns NULL only when a
 * statement fails to prepare (logged).
 */
struct db *db_open(const char *optfile, const char *group,
	    const struct db_stmt_def *defs, size_t ndefs,
	    const int *allow, size_t nallow);
void	 db_close(struct db *);

/* Releases the client library at exit. */
void	 db_library_end(void);

/*
 * Makes sure the connection is usable, reconnecting and re-preparing
 * after a loss. Returns 0 or -1 (the database does not answer).
 */
int	 db_ensure(struct db *);

/* Was the connection lost during the last statement? */
int	 db_is_lost(const struct db *);

/*
 * Runs statement id with np parameters and keeps its whole result.
 * Returns DB_OK with *res set (caller frees with db_res_free), or
 * DB_ERROR. Running a statement not in the whitelist aborts.
 */
enum db_rc db_query(struct db *, int id, const struct db_param *, size_t np,
	    struct db_res **res);

/*
 * Runs a statement that returns no rows. *affected and *insert_id may be
 * NULL. Returns DB_OK, DB_CONFLICT on a duplicate key, or DB_ERROR.
 */
enum db_rc db_exec(struct db *, int id, const struct db_param *, size_t np,
	    unsigned long long *affected, unsigned long long *insert_id);

/*
 * Runs id expecting at most one row: DB_OK with *res positioned on it,
 * DB_NOTFOUND (no *res), or DB_ERROR.
 */
enum db_rc db_query_one(struct db *, int id, const struct db_param *,
	    size_t np, struct db_res **res);

/* Steps to the next row: 1 a row, 0 the end. */
int	 db_res_next(struct db_res *);
size_t	 db_res_rows(const struct db_res *);
int	 db_res_isnull(const struct db_res *, size_t col);
/* The column as text; NULL for SQL NULL. Borrowed until the next step. */
const char *db_res_text(const struct db_res *, size_t col);
/* A copy of the column (free it); NULL for SQL NULL. */
char	*db_res_dup(const struct db_res *, size_t col);
/* The column as a number; 0 for NULL or junk. */
long long db_res_int(const struct db_res *, size_t col);
void	 db_res_free(struct db_res *);

/*
 * Transactions, with a nesting guard: a nested begin is a programming
 * error (assert). Return 0 or -1.
 */
int	 db_tx_begin(struct db *);
int	 db_tx_commit(struct db *);
int	 db_tx_rollback(struct db *);
int	 db_tx_is_open(const struct db *);

/*
 * Runs SQL text that is not in the table (one or more statements):
 * only for gdprdeskctl's migrations and seeds. Returns 0 or -1, with
 * the server's message in *err (static until the next call).
 */
int	 db_script(struct db *, const char *sql, const char **err);

/* Escapes nothing: the server's last error number, for tests and logs. */
unsigned int db_errno(const struct db *);

#endif
