/* itest: fixtures shared by the integration suites: the instance, its database, accounts, sessions. */
#ifndef IT_ITEST_H
#define IT_ITEST_H

#include <stddef.h>

#include <mysql.h>

#include "http.h"

/* A password every test account is created with (12+ characters). */
#define IT_PASSWORD	"integration-Password-1"

/* The instance directory and the build directory, from the environment. */
const char *it_var(void);
const char *it_bin(void);

/*
 * The suites' common init: 0 when the environment names an instance whose
 * programs answer, -1 (with a message on stderr) otherwise.
 */
int	 it_suite_init(void);

/* A name unique to this run: prefix, '-', a per-run suffix. Owned. */
char	*it_name(const char *prefix);

/* The admin's password from VAR/admin-password. Borrowed, cached. */
const char *it_admin_password(void);

/*
 * Runs `gdprdeskctl --var VAR user add LOGIN --role ROLE [--org ORG]`
 * with password on standard input. Returns its exit status, or -1.
 */
int	 it_user_add(const char *login, const char *role, const char *org,
	    const char *password);

/* The superuser connection (VAR/my.cnf, [client]), opened on first use. */
MYSQL	*it_db(void);
void	 it_db_close(void);

/*
 * Opens a connection with option file path, group group, database
 * gdprdesk. NULL on failure (the reason on stderr). Close with
 * mysql_close.
 */
MYSQL	*it_db_open(const char *path, const char *group);

/* Runs a statement as superuser. Returns 0, or -1 (message on stderr). */
int	 it_sql(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * The first column of the first row of a query as superuser: as a whole
 * number (-1 when there is no row, a NULL, or an error) or as a string
 * (owned; NULL likewise).
 */
long long it_sql_int(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));
char	*it_sql_str(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));

/* The id of account login, or -1. */
long long it_account_id(const char *login);

/* Creates (once per run) an organisation slug "it-TAG-SUFFIX"; owned. */
char	*it_org(const char *tag);

/* A logged-in staff session. */
struct it_sess {
	char	*token;		/* the gdprdesk_session cookie's value */
	char	*cookie;	/* "gdprdesk_session=TOKEN", for requests */
	char	*csrf;		/* the session's CSRF token */
	char	*hash;		/* hex SHA-256 of token (token_hash) */
};

/*
 * Fetches the login page and returns the login cookie's token (owned),
 * or NULL.
 */
char	*it_login_token(void);

/*
 * Logs in. Returns the HTTP status of the POST; on 303 with a session
 * cookie, s is filled (free with it_sess_free) and its CSRF token read
 * from the dashboard's XML.
 */
int	 it_login(const char *login, const char *password, struct it_sess *s);
void	 it_sess_free(struct it_sess *);

/* The session's CSRF token appended as a form field to b. */
void	 it_form_csrf(struct buf *b, const struct it_sess *s);

/*
 * Is r's status want? If not, says so on stderr with what (the request)
 * and the start of the body, for the failure report. Returns 1 or 0.
 */
int	 it_status(const struct ht_resp *r, long want, const char *what);

/* Suite registration, one per file. Each returns 0, or -1 on failure. */
int	 test_auth_register(void);
int	 test_csrf_register(void);
int	 test_badinput_register(void);
int	 test_admin_register(void);
int	 test_scope_register(void);
int	 test_grants_register(void);
int	 test_health_register(void);
int	 test_register_register(void);
int	 test_activity_register(void);
int	 test_xmlio_register(void);
int	 test_edit_register(void);
int	 test_due_register(void);
int	 test_history_register(void);
int	 test_upload_register(void);
int	 test_ticket_register(void);
int	 test_request_register(void);
int	 test_privacy_register(void);
int	 test_answer_register(void);
int	 test_mail_register(void);
int	 test_reports_register(void);
int	 test_perfreport_register(void);

#endif
