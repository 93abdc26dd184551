/* itest: fixtures shared by the integration suites: the instance, its database, accounts, sessions. */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/crypto.h"
#include "itest.h"

static MYSQL *it_conn;

const char *
it_var(void)
{
	const char *v = getenv("GDPRDESK_TEST_VAR");

	return v != NULL && *v != '\0' ? v : "var";
}

const char *
it_bin(void)
{
	const char *v = getenv("GDPRDESK_TEST_BIN");

	return v != NULL && *v != '\0' ? v : "build";
}

int
it_suite_init(void)
{
	static int state;	/* 0 unknown, 1 good, -1 bad */
	struct ht_resp r;

	if (state != 0)
		return state == 1 ? 0 : -1;
	state = -1;
	if (getenv("GDPRDESK_TEST_URL") == NULL ||
	    getenv("GDPRDESK_TEST_VAR") == NULL) {
		fprintf(stderr, "itest: set GDPRDESK_TEST_URL, "
		    "GDPRDESK_TEST_VAR and GDPRDESK_TEST_BIN\n");
		return -1;
	}
	if (ht_get(&r, "/staff/healthz", NULL, 0) == -1 || r.status != 200) {
		fprintf(stderr, "itest: %s/staff/healthz does not answer 200 "
		    "(%ld)\n", ht_base(), r.status);
		ht_resp_free(&r);
		return -1;
	}
	ht_resp_free(&r);
	if (it_db() == NULL || it_admin_password() == NULL)
		return -1;
	state = 1;
	return 0;
}

char *
it_name(const char *prefix)
{
	static char suffix[32];

	if (suffix[0] == '\0')
		snprintf(suffix, sizeof(suffix), "%ld%lx", (long)getpid(),
		    (unsigned long)time(NULL) & 0xfffff);
	return xasprintf("%s-%s", prefix, suffix);
}

const char *
it_admin_password(void)
{
	static char pw[300];
	char *path;
	FILE *f;
	size_t n;

	if (pw[0] != '\0')
		return pw;
	path = xasprintf("%s/admin-password", it_var());
	if ((f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "itest: %s: %s\n", path, strerror(errno));
		free(path);
		return NULL;
	}
	if (fgets(pw, sizeof(pw), f) == NULL)
		pw[0] = '\0';
	fclose(f);
	free(path);
	n = strlen(pw);
	while (n > 0 && (pw[n - 1] == '\n' || pw[n - 1] == '\r'))
		pw[--n] = '\0';
	return pw[0] != '\0' ? pw : NULL;
}

int
it_user_add(const char *login, const char *role, const char *org,
    const char *password)
{
	char *prog, *argv[12];
	int fd[2], status, devnull, i = 0;
	size_t len;
	ssize_t n;
	pid_t pid;

	if (pipe(fd) == -1)
		return -1;
	prog = xasprintf("%s/gdprdeskctl", it_bin());
	argv[i++] = prog;
	argv[i++] = "--var";
	argv[i++] = (char *)it_var();
	argv[i++] = "user";
	argv[i++] = "add";
	argv[i++] = (char *)login;
	argv[i++] = "--role";
	argv[i++] = (char *)role;
	if (org != NULL) {
		argv[i++] = "--org";
		argv[i++] = (char *)org;
	}
	argv[i] = NULL;
	fflush(NULL);
	if ((pid = fork()) == -1) {
		close(fd[0]);
		close(fd[1]);
		free(prog);
		return -1;
	}
	if (pid == 0) {
		dup2(fd[0], 0);
		close(fd[0]);
		close(fd[1]);
		/* It says "created LOGIN": not part of the test report. */
		if ((devnull = open("/dev/null", O_WRONLY)) != -1)
			dup2(devnull, 1);
		execv(prog, argv);
		_exit(127);
	}
	close(fd[0]);
	len = strlen(password);
	n = write(fd[1], password, len);
	if (n == (ssize_t)len)
		n = write(fd[1], "\n", 1);
	close(fd[1]);
	free(prog);
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

MYSQL *
it_db_open(const char *path, const char *group)
{
	MYSQL *m;

	if ((m = mysql_init(NULL)) == NULL)
		return NULL;
	mysql_options(m, MYSQL_READ_DEFAULT_FILE, path);
	mysql_options(m, MYSQL_READ_DEFAULT_GROUP, group);
	mysql_options(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	if (mysql_real_connect(m, NULL, NULL, NULL, "gdprdesk", 0, NULL, 0) ==
	    NULL) {
		fprintf(stderr, "itest: connect with %s [%s]: %s\n", path,
		    group, mysql_error(m));
		mysql_close(m);
		return NULL;
	}
	return m;
}

MYSQL *
it_db(void)
{
	char *path;

	if (it_conn != NULL)
		return it_conn;
	path = xasprintf("%s/my.cnf", it_var());
	it_conn = it_db_open(path, "client");
	free(path);
	if (it_conn != NULL)
		mysql_autocommit(it_conn, 1);
	return it_conn;
}

void
it_db_close(void)
{
	if (it_conn != NULL)
		mysql_close(it_conn);
	it_conn = NULL;
}

/* Runs the formatted statement; returns 0 or -1. */
static int
it_vquery(const char *fmt, va_list ap)
{
	struct buf q = { 0 };
	va_list cp;
	int n;

	if (it_db() == NULL)
		return -1;
	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return -1;
	q.p = xmalloc((size_t)n + 1);
	q.cap = (size_t)n + 1;
	vsnprintf(q.p, q.cap, fmt, ap);
	q.len = (size_t)n;
	if (mysql_real_query(it_conn, q.p, q.len) != 0) {
		fprintf(stderr, "itest: SQL failed: %s: %s\n", q.p,
		    mysql_error(it_conn));
		buf_free(&q);
		return -1;
	}
	buf_free(&q);
	return 0;
}

int
it_sql(const char *fmt, ...)
{
	MYSQL_RES *res;
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = it_vquery(fmt, ap);
	va_end(ap);
	if (rc == 0 && (res = mysql_store_result(it_conn)) != NULL)
		mysql_free_result(res);
	return rc;
}

/* The first field of the first row of the formatted query, owned. */
static char *
it_vfirst(const char *fmt, va_list ap)
{
	MYSQL_RES *res;
	MYSQL_ROW row;
	char *v = NULL;

	if (it_vquery(fmt, ap) == -1)
		return NULL;
	if ((res = mysql_store_result(it_conn)) == NULL)
		return NULL;
	if ((row = mysql_fetch_row(res)) != NULL && row[0] != NULL)
		v = xstrdup(row[0]);
	mysql_free_result(res);
	return v;
}

long long
it_sql_int(const char *fmt, ...)
{
	long long n;
	va_list ap;
	char *v;

	va_start(ap, fmt);
	v = it_vfirst(fmt, ap);
	va_end(ap);
	if (v == NULL || util_strtonum(v, -(1LL << 62), 1LL << 62, &n) == -1)
		n = -1;
	free(v);
	return n;
}

char *
it_sql_str(const char *fmt, ...)
{
	va_list ap;
	char *v;

	va_start(ap, fmt);
	v = it_vfirst(fmt, ap);
	va_end(ap);
	return v;
}

/* Logins and slugs made here are [a-z0-9.-]: safe inside quotes. */
long long
it_account_id(const char *login)
{
	return it_sql_int("SELECT id FROM staff_account WHERE login = '%s'",
	    login);
}

char *
it_org(const char *tag)
{
	char *slug, *base;

	base = xasprintf("it-%s", tag);
	slug = it_name(base);
	free(base);
	it_sql("INSERT IGNORE INTO organisation (slug, name, ref_prefix, "
	    "contact_email) VALUES ('%s', 'Integration %s Ltd', 'ITS', "
	    "'privacy@example.org')", slug, slug);
	return slug;
}

char *
it_login_token(void)
{
	struct ht_resp r;
	char *tok;

	if (ht_get(&r, "/staff/login", NULL, 0) == -1 || r.status != 200) {
		ht_resp_free(&r);
		return NULL;
	}
	tok = ht_cookie_value(&r, "gdprdesk_login");
	ht_resp_free(&r);
	return tok;
}

int
it_login(const char *login, const char *password, struct it_sess *s)
{
	struct ht_resp r;
	struct buf b = { 0 };
	char *tok, *cookie;
	xmlDocPtr doc;
	long status;

	memset(s, 0, sizeof(*s));
	if ((tok = it_login_token()) == NULL)
		return -1;
	ht_form_add(&b, "login", login);
	ht_form_add(&b, "password", password);
	ht_form_add(&b, "csrf", tok);
	cookie = xasprintf("gdprdesk_login=%s", tok);
	if (ht_post(&r, "/staff/login", cookie, b.p) == -1)
		r.status = -1;
	status = r.status;
	free(cookie);
	free(tok);
	buf_free(&b);
	if (status == 303 &&
	    (s->token = ht_cookie_value(&r, "gdprdesk_session")) != NULL) {
		s->cookie = xasprintf("gdprdesk_session=%s", s->token);
		s->hash = xmalloc(CRYPTO_SHA256_HEX);
		crypto_sha256_hex(s->token, s->hash);
		ht_resp_free(&r);
		if (ht_get(&r, "/staff/", s->cookie, 1) == 0 &&
		    r.status == 200 && (doc = ht_xml(&r)) != NULL) {
			s->csrf = ht_xpath(doc, "string(/*/meta/csrf)");
			xmlFreeDoc(doc);
		}
		if (s->csrf == NULL)
			s->csrf = xstrdup("");
	}
	ht_resp_free(&r);
	return (int)status;
}

void
it_sess_free(struct it_sess *s)
{
	free(s->token);
	free(s->cookie);
	free(s->csrf);
	free(s->hash);
	memset(s, 0, sizeof(*s));
}

void
it_form_csrf(struct buf *b, const struct it_sess *s)
{
	ht_form_add(b, "csrf", s->csrf ? s->csrf : "");
}

int
it_status(const struct ht_resp *r, long want, const char *what)
{
	if (r->status == want)
		return 1;
	fprintf(stderr, "\n    %s: want %ld, got %ld: %.400s\n", what, want,
	    r->status, r->body.p != NULL ? r->body.p : "");
	return 0;
}
