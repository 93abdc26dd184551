/* test_auth: staff login, its failures and throttling, logout, and idle and absolute session expiry. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/crypto.h"
#include "itest.h"

static char *auth_login;	/* a DPO account for these tests */

static int
auth_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	auth_login = it_name("t-auth");
	return it_user_add(auth_login, "dpo", NULL, IT_PASSWORD) == 0 ? 0 : -1;
}

static int
auth_clean(void)
{
	free(auth_login);
	auth_login = NULL;
	return 0;
}

/* POSTs the login form with a fresh login cookie; fills r. */
static void
auth_post_login(struct ht_resp *r, const char *login, const char *password)
{
	struct buf b = { 0 };
	char *tok, *cookie;

	tok = it_login_token();
	CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
	ht_form_add(&b, "login", login);
	ht_form_add(&b, "password", password);
	ht_form_add(&b, "csrf", tok);
	cookie = xasprintf("gdprdesk_login=%s", tok);
	if (ht_post(r, "/staff/login", cookie, b.p) == -1)
		r->status = -1;
	free(cookie);
	free(tok);
	buf_free(&b);
}

/* The problem sentence of a login page's XML, owned; "" when none. */
static char *
auth_problem(const struct ht_resp *r)
{
	xmlDocPtr doc;
	char *s;

	if ((doc = ht_xml(r)) == NULL)
		return xstrdup("");
	s = ht_xpath(doc, "string(/login/problem)");
	xmlFreeDoc(doc);
	return s ? s : xstrdup("");
}

static void
test_login_page(void)
{
	struct ht_resp r;
	char *tok, *line, *field, *cookie;
	xmlDocPtr doc;

	CU_ASSERT_FATAL(ht_get(&r, "/staff/login", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/login"));
	tok = ht_cookie_value(&r, "gdprdesk_login");
	line = ht_set_cookie(&r, "gdprdesk_login");
	CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
	CU_ASSERT_PTR_NOT_NULL_FATAL(line);
	CU_ASSERT_EQUAL(strlen(tok), CRYPTO_TOKEN_LEN);
	CU_ASSERT(crypto_is_token(tok));
	CU_ASSERT_PTR_NOT_NULL(strstr(line, "Path=/staff/login"));
	CU_ASSERT_PTR_NOT_NULL(strstr(line, "HttpOnly"));
	CU_ASSERT_PTR_NOT_NULL(strstr(line, "SameSite=Strict"));
	/* The form's hidden field repeats the cookie. */
	field = xasprintf("value=\"%s\"", tok);
	CU_ASSERT(ht_body_has(&r, field));
	free(field);
	ht_resp_free(&r);

	/* With the cookie, the XML document carries the same token. */
	cookie = xasprintf("gdprdesk_login=%s", tok);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/login", cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/login (XML)"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	field = ht_xpath(doc, "string(/login/meta/csrf)");
	CU_ASSERT_STRING_EQUAL(field, tok);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/login/form/field"
	    "[@name='login'])"), 1);
	free(field);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(cookie);
	free(line);
	free(tok);
}

static void
test_login_success(void)
{
	struct ht_resp r;
	struct it_sess s;
	char *tok, *line, *loc;
	long long id, before;
	xmlDocPtr doc;
	char *v;

	id = it_account_id(auth_login);
	CU_ASSERT_FATAL(id > 0);
	before = it_sql_int("SELECT COUNT(*) FROM audit WHERE account_id = "
	    "%lld AND action = 'login'", id);

	auth_post_login(&r, auth_login, IT_PASSWORD);
	CU_ASSERT(it_status(&r, 303, "POST /staff/login (right password)"));
	loc = ht_header(&r, "Location");
	CU_ASSERT_PTR_NOT_NULL(loc);
	if (loc != NULL)
		CU_ASSERT_STRING_EQUAL(loc, "/staff/");
	free(loc);
	tok = ht_cookie_value(&r, "gdprdesk_session");
	line = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
	CU_ASSERT_PTR_NOT_NULL_FATAL(line);
	CU_ASSERT_EQUAL(strlen(tok), CRYPTO_TOKEN_LEN);
	CU_ASSERT(crypto_is_token(tok));
	CU_ASSERT_PTR_NOT_NULL(strstr(line, "; Path=/staff"));
	CU_ASSERT_PTR_NULL(strstr(line, "Path=/staff/"));
	CU_ASSERT_PTR_NOT_NULL(strstr(line, "HttpOnly"));
	CU_ASSERT_PTR_NOT_NULL(strstr(line, "SameSite=Strict"));
	free(line);
	free(tok);
	ht_resp_free(&r);

	/* The session works, is stored hashed, and the login is audited. */
	CU_ASSERT_EQUAL_FATAL(it_login(auth_login, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL(strlen(s.csrf), CRYPTO_TOKEN_LEN);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_session WHERE "
	    "token_hash = '%s' AND account_id = %lld AND ended_at IS NULL",
	    s.hash, id), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_session WHERE "
	    "token_hash = '%s'", s.token), 0);
	CU_ASSERT(it_sql_int("SELECT COUNT(*) FROM audit WHERE account_id = "
	    "%lld AND action = 'login'", id) >= before + 2);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/", s.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/ after login"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(/dashboard/meta/account/@login)");
	CU_ASSERT_STRING_EQUAL(v, auth_login);
	free(v);
	v = ht_xpath(doc, "string(/dashboard/meta/account/@role)");
	CU_ASSERT_STRING_EQUAL(v, "dpo");
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	it_sess_free(&s);
}

static void
test_login_failure(void)
{
	struct ht_resp r;
	char *p1, *p2, *unknown, *v, *c;
	long long id, fails;
	xmlDocPtr doc;

	id = it_account_id(auth_login);
	fails = it_sql_int("SELECT COUNT(*) FROM audit WHERE account_id = "
	    "%lld AND action = 'login_failed'", id);

	auth_post_login(&r, auth_login, "not-the-password-at-all");
	CU_ASSERT(it_status(&r, 422, "POST /staff/login (wrong password)"));
	p1 = auth_problem(&r);
	CU_ASSERT_STRING_EQUAL(p1, "The login name or password is wrong.");
	c = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT_PTR_NULL(c);
	free(c);
	/* The name is kept, the password never comes back. */
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(/login/form/field[@name='login']/@value)");
	CU_ASSERT_STRING_EQUAL(v, auth_login);
	free(v);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/login/form/field"
	    "[@name='password']/@value)"), 0);
	xmlFreeDoc(doc);
	CU_ASSERT(!ht_body_has(&r, "not-the-password-at-all"));
	ht_resp_free(&r);
	CU_ASSERT(it_sql_int("SELECT COUNT(*) FROM audit WHERE account_id = "
	    "%lld AND action = 'login_failed'", id) == fails + 1);

	/* An unknown name gets the very same answer. */
	unknown = it_name("t-nobody");
	auth_post_login(&r, unknown, IT_PASSWORD);
	CU_ASSERT(it_status(&r, 422, "POST /staff/login (unknown login)"));
	p2 = auth_problem(&r);
	CU_ASSERT_STRING_EQUAL(p2, p1);
	c = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT_PTR_NULL(c);
	free(c);
	ht_resp_free(&r);

	/* The HTML page says it too. */
	{
		struct ht_req rq;
		struct buf b = { 0 };
		char *tok, *cookie;

		tok = it_login_token();
		CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
		ht_form_add(&b, "login", unknown);
		ht_form_add(&b, "password", "wrong-password-123");
		ht_form_add(&b, "csrf", tok);
		cookie = xasprintf("gdprdesk_login=%s", tok);
		memset(&rq, 0, sizeof(rq));
		rq.path = "/staff/login";
		rq.cookie = cookie;
		rq.accept = "text/html";
		rq.ctype = "application/x-www-form-urlencoded";
		rq.body = b.p;
		CU_ASSERT_FATAL(ht_do(&rq, &r) == 0);
		CU_ASSERT(it_status(&r, 422, "POST /staff/login (HTML)"));
		CU_ASSERT(ht_body_has(&r, "The login name or password is "
		    "wrong."));
		ht_resp_free(&r);
		free(cookie);
		free(tok);
		buf_free(&b);
	}
	free(unknown);
	free(p1);
	free(p2);
}

static void
test_login_throttle(void)
{
	struct ht_resp r;
	char *login, *ra, *c, *p;
	int i;

	login = it_name("t-throttle");
	CU_ASSERT_EQUAL_FATAL(it_user_add(login, "viewer", NULL, IT_PASSWORD),
	    0);
	for (i = 0; i < 5; i++) {
		auth_post_login(&r, login, "wrong-password-123");
		CU_ASSERT(it_status(&r, 422, "POST /staff/login (failure "
		    "1-5)"));
		ht_resp_free(&r);
	}
	/* The sixth attempt is refused even with the right password. */
	auth_post_login(&r, login, IT_PASSWORD);
	CU_ASSERT(it_status(&r, 429, "POST /staff/login (6th, right "
	    "password)"));
	ra = ht_header(&r, "Retry-After");
	CU_ASSERT_PTR_NOT_NULL(ra);
	if (ra != NULL) {
		long long secs;

		CU_ASSERT(util_strtonum(ra, 1, 86400, &secs) == 0);
	}
	free(ra);
	c = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT_PTR_NULL(c);
	free(c);
	p = auth_problem(&r);
	CU_ASSERT(strlen(p) > 0);
	free(p);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_session s JOIN "
	    "staff_account a ON a.id = s.account_id WHERE a.login = '%s'",
	    login), 0);

	/* Other names are not affected. */
	auth_post_login(&r, auth_login, IT_PASSWORD);
	CU_ASSERT(it_status(&r, 303, "POST /staff/login (other account)"));
	ht_resp_free(&r);
	free(login);
}

/*
 * The same name with other letters' case or trailing spaces finds the same
 * account in the database (its collation ignores both), so once a name is
 * throttled none of its spellings may log in.
 */
static void
test_login_throttle_variants(void)
{
	struct ht_resp r;
	char *login, *v[3];
	size_t i, k;

	login = it_name("t-throttle-v");
	CU_ASSERT_EQUAL_FATAL(it_user_add(login, "viewer", NULL, IT_PASSWORD),
	    0);
	for (i = 0; i < 5; i++) {
		auth_post_login(&r, login, "wrong-password-123");
		CU_ASSERT(it_status(&r, 422, "POST /staff/login (failure "
		    "1-5)"));
		ht_resp_free(&r);
	}
	v[0] = xasprintf("%s ", login);
	v[1] = xasprintf("%s   ", login);
	v[2] = xstrdup(login);
	for (k = 0; v[2][k] != '\0'; k++)
		if (v[2][k] >= 'a' && v[2][k] <= 'z')
			v[2][k] = (char)(v[2][k] - 'a' + 'A');
	for (i = 0; i < NELEM(v); i++) {
		auth_post_login(&r, v[i], IT_PASSWORD);
		if (r.status == 303)
			fprintf(stderr, "\n    throttled login \"%s\" got in "
			    "as \"%s\"\n", login, v[i]);
		CU_ASSERT(r.status == 429 || r.status == 422);
		ht_resp_free(&r);
		free(v[i]);
	}
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_session s JOIN "
	    "staff_account a ON a.id = s.account_id WHERE a.login = '%s'",
	    login), 0);
	free(login);
}

static void
test_logout(void)
{
	struct ht_resp r;
	struct it_sess s;
	struct buf b = { 0 };
	char *loc;

	CU_ASSERT_EQUAL_FATAL(it_login(auth_login, IT_PASSWORD, &s), 303);

	/* Without the CSRF token nothing ends. */
	CU_ASSERT_FATAL(ht_post(&r, "/staff/logout", s.cookie, "") == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/logout (no csrf)"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/", s.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/ after refused logout"));
	ht_resp_free(&r);

	it_form_csrf(&b, &s);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/logout", s.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 303, "POST /staff/logout"));
	loc = ht_header(&r, "Location");
	CU_ASSERT_PTR_NOT_NULL(loc);
	if (loc != NULL)
		CU_ASSERT_STRING_EQUAL(loc, "/staff/login");
	free(loc);
	ht_resp_free(&r);
	buf_free(&b);

	/* Ended server-side: the old cookie no longer works. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_session WHERE "
	    "token_hash = '%s' AND ended_at IS NOT NULL", s.hash), 1);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/", s.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 401, "GET /staff/ after logout"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/account/password", s.cookie, 0) ==
	    0);
	CU_ASSERT(it_status(&r, 401, "GET /staff/account/password after "
	    "logout"));
	ht_resp_free(&r);
	it_sess_free(&s);
}

static void
test_no_session(void)
{
	struct ht_resp r;
	xmlDocPtr doc;
	char *loc, *v;

	CU_ASSERT_FATAL(ht_get(&r, "/staff/", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 303, "GET /staff/ (no cookie)"));
	loc = ht_header(&r, "Location");
	CU_ASSERT_PTR_NOT_NULL(loc);
	if (loc != NULL)
		CU_ASSERT_STRING_EQUAL(loc, "/staff/login");
	free(loc);
	ht_resp_free(&r);

	/* A made-up session id is an ended session: 401 with a notice. */
	CU_ASSERT_FATAL(ht_get(&r, "/staff/", "gdprdesk_session="
	    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 1) == 0);
	CU_ASSERT(it_status(&r, 401, "GET /staff/ (unknown session)"));
	/* The dead cookie is cleared. */
	v = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT(v != NULL && strncmp(v, "gdprdesk_session=;", 18) == 0 &&
	    strstr(v, "Max-Age=0") != NULL);
	free(v);
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(/login/notice)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	CU_ASSERT_FATAL(ht_get(&r, "/staff/", "gdprdesk_session=junk", 0) ==
	    0);
	CU_ASSERT(it_status(&r, 401, "GET /staff/ (malformed session)"));
	CU_ASSERT(ht_body_has(&r, "<form"));
	ht_resp_free(&r);
}

/* Ages the session by the SQL fragment set, then expects status. */
static void
auth_aged(const char *set, long want, const char *what)
{
	struct ht_resp r;
	struct it_sess s;

	CU_ASSERT_EQUAL_FATAL(it_login(auth_login, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL_FATAL(it_sql("UPDATE staff_session SET %s WHERE "
	    "token_hash = '%s'", set, s.hash), 0);
	CU_ASSERT_FATAL(ht_get(&r, "/staff/", s.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, want, what));
	ht_resp_free(&r);
	if (want == 401) {
		CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_session "
		    "WHERE token_hash = '%s' AND ended_at IS NOT NULL",
		    s.hash), 1);
		/* Ended for good, not just for one request. */
		CU_ASSERT_EQUAL(it_sql("UPDATE staff_session SET created_at = "
		    "UTC_TIMESTAMP(), last_seen_at = UTC_TIMESTAMP() WHERE "
		    "token_hash = '%s'", s.hash), 0);
		CU_ASSERT_FATAL(ht_get(&r, "/staff/", s.cookie, 1) == 0);
		CU_ASSERT(it_status(&r, 401, "GET /staff/ (expired, then "
		    "freshened in SQL)"));
		ht_resp_free(&r);
	} else {
		/* A request moves the idle clock on. */
		CU_ASSERT(it_sql_int("SELECT TIMESTAMPDIFF(SECOND, "
		    "last_seen_at, UTC_TIMESTAMP()) FROM staff_session WHERE "
		    "token_hash = '%s'", s.hash) < 60);
	}
	it_sess_free(&s);
}

static void
test_expiry_idle(void)
{
	auth_aged("last_seen_at = last_seen_at - INTERVAL 25 MINUTE", 200,
	    "GET /staff/ (idle 25 min)");
	auth_aged("last_seen_at = last_seen_at - INTERVAL 31 MINUTE", 401,
	    "GET /staff/ (idle 31 min)");
	auth_aged("last_seen_at = last_seen_at - INTERVAL 2 HOUR", 401,
	    "GET /staff/ (idle 2 h)");
}

static void
test_expiry_absolute(void)
{
	auth_aged("created_at = created_at - INTERVAL 11 HOUR", 200,
	    "GET /staff/ (11 h old, active)");
	auth_aged("created_at = created_at - INTERVAL 721 MINUTE", 401,
	    "GET /staff/ (12 h 1 min old, active)");
}

int
test_auth_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("auth", auth_init, auth_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "login page sets the login cookie and token",
	    test_login_page) == NULL ||
	    CU_add_test(s, "login succeeds with a hardened cookie",
	    test_login_success) == NULL ||
	    CU_add_test(s, "wrong password and unknown login: same 422",
	    test_login_failure) == NULL ||
	    CU_add_test(s, "5 failures throttle the 6th attempt (429)",
	    test_login_throttle) == NULL ||
	    CU_add_test(s, "throttling holds for every spelling of the name",
	    test_login_throttle_variants) == NULL ||
	    CU_add_test(s, "logout ends the session server-side",
	    test_logout) == NULL ||
	    CU_add_test(s, "no or unknown session: redirect or 401",
	    test_no_session) == NULL ||
	    CU_add_test(s, "idle expiry after 30 minutes",
	    test_expiry_idle) == NULL ||
	    CU_add_test(s, "absolute expiry after 12 hours",
	    test_expiry_absolute) == NULL)
		return -1;
	return 0;
}
