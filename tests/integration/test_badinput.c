/* test_badinput: malformed, oversized and unexpected input gets its 4xx, a page that says why, and changes nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "itest.h"

static struct it_sess bad_admin;

static int
bad_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	return it_login("admin", it_admin_password(), &bad_admin) == 303 ?
	    0 : -1;
}

static int
bad_clean(void)
{
	it_sess_free(&bad_admin);
	return 0;
}

/*
 * A create-account body for login with the admin's CSRF token, followed
 * by the raw (already encoded) text extra. Owned.
 */
static char *
bad_user_body(const char *login, const char *extra)
{
	struct buf b = { 0 };

	ht_form_add(&b, "login", login);
	ht_form_add(&b, "role", "viewer");
	ht_form_add(&b, "password", IT_PASSWORD);
	it_form_csrf(&b, &bad_admin);
	if (extra != NULL) {
		buf_puts(&b, "&");
		buf_puts(&b, extra);
	}
	return b.p;
}

/* POSTs body to path as the admin with content type ctype. */
static void
bad_post(struct ht_resp *r, const char *path, const char *ctype,
    const char *body, size_t len, int is_chunked)
{
	struct ht_req rq;

	memset(&rq, 0, sizeof(rq));
	rq.method = "POST";
	rq.path = path;
	rq.cookie = bad_admin.cookie;
	rq.accept = "application/xml";
	rq.ctype = ctype;
	rq.body = body;
	rq.bodylen = len;
	rq.is_chunked = is_chunked;
	if (ht_do(&rq, r) == -1)
		r->status = -1;
}

/* Does r carry the error document with a message (or nginx's page)? */
static int
bad_says_why(const struct ht_resp *r)
{
	xmlDocPtr doc;
	char *msg;
	int ok;

	if ((doc = ht_xml(r)) == NULL)
		return 0;
	msg = ht_xpath(doc, "string(/error/message)");
	ok = msg != NULL && strlen(msg) > 0 &&
	    ht_xpath_int(doc, "number(/error/@status)") == r->status;
	free(msg);
	xmlFreeDoc(doc);
	return ok;
}

/*
 * The create-account form with extra appended, as form data: expects
 * status want and, for 4xx, that no account was created.
 */
static void
bad_create(const char *tag, const char *extra, long want, const char *what)
{
	struct ht_resp r;
	char *login, *body;

	login = it_name(tag);
	body = bad_user_body(login, extra);
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 0);
	CU_ASSERT(it_status(&r, want, what));
	if (want == 400)
		CU_ASSERT(bad_says_why(&r));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(body);
	free(login);
}

/* GETs path; expects 400 with the error page saying why. */
static void
bad_get_400(const char *path)
{
	struct ht_resp r;

	CU_ASSERT_FATAL(ht_get(&r, path, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 400, path));
	CU_ASSERT(ht_body_has(&r, "<html"));
	CU_ASSERT(ht_body_has(&r, "percent-encoding") ||
	    ht_body_has(&r, "UTF-8"));
	ht_resp_free(&r);
}

static void
test_bad_query(void)
{
	bad_get_400("/staff/login?x=%zz");
	bad_get_400("/staff/login?x=%4");
	bad_get_400("/staff/login?x=%C3%28");
	bad_get_400("/staff/login?x=%00");
	bad_get_400("/staff/?x=%zz");
	bad_get_400("/?x=%zz");
	bad_get_400("/?x=%C3%28");
	/* In the path. */
	bad_get_400("/staff/o/a%01b");
	bad_get_400("/staff/o/%C3%28");
	bad_get_400("/o/%C3%28");
}

/*
 * A client that asks for XML gets the error document as XML, as it does
 * for a 400 of a bad body.
 */
static void
test_bad_query_xml(void)
{
	static const char *const paths[] = {
		"/staff/login?x=%zz",
		"/staff/?x=%C3%28",
		"/?x=%zz",
	};
	struct ht_resp r;
	size_t i;

	for (i = 0; i < NELEM(paths); i++) {
		CU_ASSERT_FATAL(ht_get(&r, paths[i], NULL, 1) == 0);
		CU_ASSERT(it_status(&r, 400, paths[i]));
		if (!bad_says_why(&r))
			fprintf(stderr, "\n    GET %s (Accept: "
			    "application/xml): no XML error document\n",
			    paths[i]);
		CU_ASSERT(bad_says_why(&r));
		ht_resp_free(&r);
	}
}

static void
test_bad_body_encoding(void)
{
	bad_create("t-bad-pct", "display_name=%zz", 400,
	    "POST /staff/users display_name=%zz");
	bad_create("t-bad-pct2", "display_name=abc%2", 400,
	    "POST /staff/users display_name=abc%2");
	bad_create("t-bad-utf8", "display_name=%C3%28", 400,
	    "POST /staff/users display_name=%C3%28");
	bad_create("t-bad-utf8b", "display_name=%ED%A0%80", 400,
	    "POST /staff/users display_name=%ED%A0%80 (surrogate)");
	bad_create("t-bad-utf8c", "display_name=%C0%AF", 400,
	    "POST /staff/users display_name=%C0%AF (overlong)");
	bad_create("t-bad-nul", "display_name=a%00b", 400,
	    "POST /staff/users display_name=a%00b");
}

static void
test_bad_control(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	char *tok, *cookie, *v;

	/* The login form: 422, the field marked, no crash on the value. */
	tok = it_login_token();
	CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
	cookie = xasprintf("gdprdesk_login=%s", tok);
	buf_puts(&b, "login=%01abc&password=whatever-password&csrf=");
	buf_puts(&b, tok);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/login", cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/login login=%01abc"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(/login/form/field[@name='login']/@error)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	v = ht_xpath(doc, "string(/login/form/@errors)");
	CU_ASSERT(v != NULL && strcmp(v, "0") != 0);
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	buf_free(&b);
	free(cookie);
	free(tok);

	/* The create form: a control character in a text field. */
	bad_create("t-bad-ctl", "display_name=a%01b", 422,
	    "POST /staff/users display_name=a%01b");
	bad_create("t-bad-ctl2", "display_name=a%0Ab", 422,
	    "POST /staff/users display_name=a%0Ab (newline, one-line field)");
	bad_create("t-bad-ctl3", "display_name=a%7Fb", 422,
	    "POST /staff/users display_name=a%7Fb (DEL)");
	bad_create("t-bad-ctl4", "display_name=a%C2%85b", 422,
	    "POST /staff/users display_name=a%C2%85b (C1 NEL)");
}

static void
test_bad_too_long(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	char *tok, *cookie, *v, *login, *body, name[202], longlogin[66];

	/* A login name of 65 characters on the login form. */
	memset(longlogin, 'a', 65);
	longlogin[65] = '\0';
	tok = it_login_token();
	CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
	cookie = xasprintf("gdprdesk_login=%s", tok);
	ht_form_add(&b, "login", longlogin);
	ht_form_add(&b, "password", "whatever-password");
	ht_form_add(&b, "csrf", tok);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/login", cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/login (login of 65 chars)"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(/login/form/field[@name='login']/@value)");
	CU_ASSERT_STRING_EQUAL(v, longlogin);
	free(v);
	v = ht_xpath(doc, "string(/login/form/field[@name='login']/@error)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	buf_free(&b);
	free(cookie);
	free(tok);

	/* A display name of 201 characters: refused, kept in the form. */
	memset(name, 'n', 201);
	name[201] = '\0';
	login = it_name("t-bad-long");
	ht_form_add(&b, "display_name", name);
	body = bad_user_body(login, b.p);
	buf_free(&b);
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/users (display_name of 201 "
	    "chars)"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(//form/field[@name='display_name']/@value)");
	CU_ASSERT_STRING_EQUAL(v, name);
	free(v);
	v = ht_xpath(doc, "string(//form/field[@name='display_name']/@error)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	v = ht_xpath(doc, "string(//form/field[@name='login']/@value)");
	CU_ASSERT_STRING_EQUAL(v, login);
	free(v);
	/* Never the password. */
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//form/field"
	    "[@name='password']/@value)"), 0);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(body);
	free(login);

	/* The control: 200 characters are accepted. */
	name[200] = '\0';
	login = it_name("t-ok-long");
	ht_form_add(&b, "display_name", name);
	body = bad_user_body(login, b.p);
	buf_free(&b);
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 0);
	CU_ASSERT(it_status(&r, 303, "POST /staff/users (display_name of 200 "
	    "chars)"));
	ht_resp_free(&r);
	v = it_sql_str("SELECT display_name FROM staff_account WHERE login = "
	    "'%s'", login);
	CU_ASSERT(v != NULL && strcmp(v, name) == 0);
	free(v);
	free(body);
	free(login);
}

static void
test_bad_repeated(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	char *tok, *cookie, *v, *a, *c, *body;

	tok = it_login_token();
	CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
	cookie = xasprintf("gdprdesk_login=%s", tok);
	ht_form_add(&b, "login", "a");
	ht_form_add(&b, "login", "b");
	ht_form_add(&b, "password", "whatever-password");
	ht_form_add(&b, "csrf", tok);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/login", cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/login login=a&login=b"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(/login/form/field[@name='login']/@error)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	buf_free(&b);
	free(cookie);
	free(tok);

	/* Two valid logins in one create form: neither is created. */
	a = it_name("t-rep-a");
	c = it_name("t-rep-b");
	ht_form_add(&b, "login", c);
	body = bad_user_body(a, b.p);
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/users login=A&login=B"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL(doc);
	v = ht_xpath(doc, "string(//form/field[@name='login']/@error)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(a), -1);
	CU_ASSERT_EQUAL(it_account_id(c), -1);
	buf_free(&b);
	free(body);

	/* The same with a repeated role. */
	body = bad_user_body(a, "role=admin");
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/users role=viewer&"
	    "role=admin"));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(a), -1);
	free(body);
	free(a);
	free(c);
}

static void
test_bad_chunked(void)
{
	struct ht_resp r;
	char *login, *body, *role;

	login = it_name("t-chunked");
	body = bad_user_body(login, "display_name=Chunked+Body");
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 1);
	/* Either decoded correctly or refused for its missing length. */
	CU_ASSERT(r.status == 303 || r.status == 411);
	if (r.status != 303 && r.status != 411)
		it_status(&r, 303, "POST /staff/users (chunked body)");
	if (r.status == 303) {
		role = it_sql_str("SELECT CONCAT(role, '/', display_name) FROM "
		    "staff_account WHERE login = '%s'", login);
		CU_ASSERT(role != NULL && strcmp(role, "viewer/Chunked Body") ==
		    0);
		free(role);
	} else {
		CU_ASSERT(bad_says_why(&r));
		CU_ASSERT_EQUAL(it_account_id(login), -1);
	}
	ht_resp_free(&r);
	free(body);
	free(login);
}

static void
test_bad_content_type(void)
{
	static const char *const types[] = {
		"text/plain",
		"application/json",
		"application/x-www-form-urlencodedx",
		NULL,		/* no Content-Type at all */
	};
	struct ht_resp r;
	char *login, *body, *what;
	size_t i;

	for (i = 0; i < NELEM(types); i++) {
		login = it_name("t-ctype");
		body = bad_user_body(login, NULL);
		bad_post(&r, "/staff/users", types[i], body, 0, 0);
		what = xasprintf("POST /staff/users Content-Type: %s",
		    types[i] ? types[i] : "(none)");
		CU_ASSERT(it_status(&r, 415, what));
		CU_ASSERT(bad_says_why(&r));
		ht_resp_free(&r);
		CU_ASSERT_EQUAL(it_account_id(login), -1);
		free(what);
		free(body);
		free(login);
	}

	/*
	 * multipart/form-data is parsed (the import's upload): an
	 * urlencoded body sent as such is malformed, 400.
	 */
	login = it_name("t-ctype-mp");
	body = bad_user_body(login, NULL);
	bad_post(&r, "/staff/users", "multipart/form-data; boundary=x", body,
	    0, 0);
	CU_ASSERT(it_status(&r, 400, "POST /staff/users Content-Type: "
	    "multipart/form-data with an urlencoded body"));
	CU_ASSERT(bad_says_why(&r));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(body);
	free(login);

	/* The parameters of the right type are fine. */
	login = it_name("t-ctype-ok");
	body = bad_user_body(login, NULL);
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded; "
	    "charset=UTF-8", body, 0, 0);
	CU_ASSERT(it_status(&r, 303, "POST /staff/users (urlencoded; "
	    "charset=UTF-8)"));
	ht_resp_free(&r);
	CU_ASSERT(it_account_id(login) > 0);
	free(body);
	free(login);
}

static void
test_bad_too_large(void)
{
	struct ht_resp r;
	struct buf b = { 0 };
	char *login, *body, *pad;
	size_t n = 70 * 1024;

	/* A valid form padded past 64 KiB with a field nobody reads. */
	login = it_name("t-large");
	pad = xmalloc(n + 1);
	memset(pad, 'x', n);
	pad[n] = '\0';
	buf_puts(&b, "pad=");
	buf_puts(&b, pad);
	body = bad_user_body(login, b.p);
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 0);
	CU_ASSERT(it_status(&r, 413, "POST /staff/users (70 KiB body)"));
	CU_ASSERT(ht_body_has(&r, "413") || bad_says_why(&r));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(body);
	buf_free(&b);

	/*
	 * Where nginx lets larger bodies through (the import location), the
	 * program itself refuses a form over its limit.
	 */
	buf_puts(&b, "pad=");
	buf_puts(&b, pad);
	it_form_csrf(&b, &bad_admin);
	bad_post(&r, "/staff/o/nonexistent/import",
	    "application/x-www-form-urlencoded", b.p, 0, 0);
	CU_ASSERT(it_status(&r, 413, "POST /staff/o/nonexistent/import (70 "
	    "KiB form)"));
	CU_ASSERT(bad_says_why(&r));
	ht_resp_free(&r);
	buf_free(&b);

	/* The chunked form of a large body is refused too. */
	body = bad_user_body(login, pad);
	bad_post(&r, "/staff/users", "application/x-www-form-urlencoded",
	    body, 0, 1);
	CU_ASSERT(r.status == 413 || r.status == 411);
	if (r.status != 413 && r.status != 411)
		it_status(&r, 413, "POST /staff/users (70 KiB, chunked)");
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(body);
	free(pad);
	free(login);
}

static void
test_bad_too_many_fields(void)
{
	struct buf b = { 0 };
	char *login, *body;
	int i;

	login = it_name("t-fields");
	for (i = 0; i < 250; i++)
		buf_printf(&b, "%sf%d=1", i ? "&" : "", i);
	body = bad_user_body(login, b.p);
	{
		struct ht_resp r;

		bad_post(&r, "/staff/users",
		    "application/x-www-form-urlencoded", body, 0, 0);
		CU_ASSERT(it_status(&r, 400, "POST /staff/users (250 extra "
		    "fields)"));
		CU_ASSERT(bad_says_why(&r));
		ht_resp_free(&r);
	}
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(body);
	buf_free(&b);
	free(login);
}

int
test_badinput_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("badinput", bad_init, bad_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "bad percent-encoding or UTF-8 in the query: 400",
	    test_bad_query) == NULL ||
	    CU_add_test(s, "a 400 for the query honours Accept: XML",
	    test_bad_query_xml) == NULL ||
	    CU_add_test(s, "bad percent-encoding or UTF-8 in the body: 400",
	    test_bad_body_encoding) == NULL ||
	    CU_add_test(s, "control characters in a field: 422",
	    test_bad_control) == NULL ||
	    CU_add_test(s, "over-long fields: 422 with the value kept",
	    test_bad_too_long) == NULL ||
	    CU_add_test(s, "a repeated key: 422", test_bad_repeated) == NULL ||
	    CU_add_test(s, "a chunked body: decoded or 411, never 5xx",
	    test_bad_chunked) == NULL ||
	    CU_add_test(s, "an unsupported content type: 415",
	    test_bad_content_type) == NULL ||
	    CU_add_test(s, "a body over 64 KiB: 413", test_bad_too_large) ==
	    NULL ||
	    CU_add_test(s, "too many fields: 400",
	    test_bad_too_many_fields) == NULL)
		return -1;
	return 0;
}
