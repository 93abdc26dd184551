/* test_http: requests decoded from FastCGI environments, and each 4xx the decoder answers. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/http.h"
#include "core/util.h"
#include "suites.h"

#define FORM_CT	"CONTENT_TYPE=application/x-www-form-urlencoded"

/* Parses a NULL-terminated literal environment. */
static int
parse(struct req *r, const char *const *env, const char *body)
{
	memset(r, 0, sizeof(*r));
	return http_req_parse(r, (char *const *)env, body,
	    body != NULL ? strlen(body) : 0);
}

/* The value of key in the n pairs kv, or NULL. */
static const char *
kv_get(const struct kv *kv, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(kv[i].key, key) == 0)
			return kv[i].val;
	return NULL;
}

#define STR_IS(got, want) \
	CU_ASSERT((got) != NULL && strcmp((got), (want)) == 0)

static void
test_get_query(void)
{
	const char *env[] = {
		"REQUEST_METHOD=GET",
		"REQUEST_URI=/staff/o/acme?tab=users&q=a+b%20c&empty=",
		"DOCUMENT_URI=/staff/o/acme",
		"QUERY_STRING=tab=users&q=a+b%20c&empty=",
		"SERVER_PROTOCOL=HTTP/1.1",
		NULL
	};
	struct req r;

	CU_ASSERT_EQUAL_FATAL(parse(&r, env, NULL), 0);
	CU_ASSERT_EQUAL(r.method, METHOD_GET);
	STR_IS(r.path, "/staff/o/acme");
	CU_ASSERT_EQUAL(r.nquery, 3);
	STR_IS(kv_get(r.query, r.nquery, "tab"), "users");
	STR_IS(kv_get(r.query, r.nquery, "q"), "a b c");
	STR_IS(kv_get(r.query, r.nquery, "empty"), "");
	CU_ASSERT_EQUAL(r.nbody, 0);
	CU_ASSERT_EQUAL(r.ncookies, 0);
	CU_ASSERT_FALSE(r.wants_xml);
	CU_ASSERT_FALSE(r.is_https);
	CU_ASSERT_PTR_NULL(r.bad);
	http_req_free(&r);
}

/* The path comes from REQUEST_URI or DOCUMENT_URI, never with the query. */
static void
test_path(void)
{
	const char *env_req[] = {
		"REQUEST_METHOD=GET",
		"REQUEST_URI=/staff/users?x=1",
		"QUERY_STRING=x=1",
		NULL
	};
	const char *env_enc[] = {
		"REQUEST_METHOD=GET",
		"REQUEST_URI=/staff/o/caf%C3%A9?x=%3F",
		"QUERY_STRING=x=%3F",
		NULL
	};
	const char *env_doc[] = {
		"REQUEST_METHOD=GET",
		"DOCUMENT_URI=/healthz",
		NULL
	};
	const char *env_noq[] = {
		"REQUEST_METHOD=GET",
		"REQUEST_URI=/staff/",
		"DOCUMENT_URI=/staff/",
		"QUERY_STRING=",
		NULL
	};
	struct req r;

	CU_ASSERT_EQUAL(parse(&r, env_req, NULL), 0);
	STR_IS(r.path, "/staff/users");
	CU_ASSERT_EQUAL(r.nquery, 1);
	STR_IS(kv_get(r.query, r.nquery, "x"), "1");
	http_req_free(&r);

	CU_ASSERT_EQUAL(parse(&r, env_enc, NULL), 0);
	STR_IS(r.path, "/staff/o/caf\xc3\xa9");
	STR_IS(kv_get(r.query, r.nquery, "x"), "?");
	http_req_free(&r);

	CU_ASSERT_EQUAL(parse(&r, env_doc, NULL), 0);
	STR_IS(r.path, "/healthz");
	CU_ASSERT_EQUAL(r.nquery, 0);
	http_req_free(&r);

	CU_ASSERT_EQUAL(parse(&r, env_noq, NULL), 0);
	STR_IS(r.path, "/staff/");
	CU_ASSERT_EQUAL(r.nquery, 0);
	http_req_free(&r);
}

struct method_case {
	const char		*env;
	enum http_method	 method;
};

static const struct method_case method_cases[] = {
	{ "REQUEST_METHOD=GET", METHOD_GET },
	{ "REQUEST_METHOD=HEAD", METHOD_HEAD },
	{ "REQUEST_METHOD=PUT", METHOD_OTHER },
	{ "REQUEST_METHOD=DELETE", METHOD_OTHER },
	{ "REQUEST_METHOD=get", METHOD_OTHER },
};

static void
test_method(void)
{
	const char *env[] = { NULL, "REQUEST_URI=/staff/", NULL };
	struct req r;
	size_t i;
	int rc;

	for (i = 0; i < NELEM(method_cases); i++) {
		env[0] = method_cases[i].env;
		rc = parse(&r, env, NULL);
		CHECK(rc == 0, "%s: returned %d", env[0], rc);
		CHECK(r.method == method_cases[i].method, "%s: method %d, "
		    "want %d", env[0], (int)r.method,
		    (int)method_cases[i].method);
		http_req_free(&r);
	}
}

static void
test_post_form(void)
{
	const char *env[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/login",
		"DOCUMENT_URI=/staff/login",
		FORM_CT,
		"CONTENT_LENGTH=38",
		NULL
	};
	const char *env_cs[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/login",
		"CONTENT_TYPE=application/x-www-form-urlencoded; charset=UTF-8",
		"CONTENT_LENGTH=3",
		NULL
	};
	const char *env_empty[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/logout",
		FORM_CT,
		"CONTENT_LENGTH=0",
		NULL
	};
	const char *body = "login=dana&password=a+b%26c&csrf=t%3Dx";
	struct req r;

	CU_ASSERT_EQUAL_FATAL(strlen(body), 38);
	CU_ASSERT_EQUAL_FATAL(parse(&r, env, body), 0);
	CU_ASSERT_EQUAL(r.method, METHOD_POST);
	STR_IS(r.path, "/staff/login");
	CU_ASSERT_EQUAL(r.nbody, 3);
	STR_IS(kv_get(r.body, r.nbody, "login"), "dana");
	STR_IS(kv_get(r.body, r.nbody, "password"), "a b&c");
	STR_IS(kv_get(r.body, r.nbody, "csrf"), "t=x");
	CU_ASSERT_EQUAL(r.nquery, 0);
	http_req_free(&r);

	CU_ASSERT_EQUAL(parse(&r, env_cs, "a=1"), 0);
	CU_ASSERT_EQUAL(r.nbody, 1);
	STR_IS(kv_get(r.body, r.nbody, "a"), "1");
	http_req_free(&r);

	CU_ASSERT_EQUAL(parse(&r, env_empty, NULL), 0);
	CU_ASSERT_EQUAL(r.nbody, 0);
	http_req_free(&r);
}

/* A body of exactly HTTP_BODY_MAX bytes is read; one more is refused. */
static void
test_body_max(void)
{
	const char *env[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/x",
		FORM_CT,
		NULL,
		NULL
	};
	struct req r;
	char *body, *cl;

	body = xmalloc(HTTP_BODY_MAX + 2);
	memset(body, 'x', HTTP_BODY_MAX + 1);
	memcpy(body, "a=", 2);
	body[HTTP_BODY_MAX] = '\0';
	cl = xasprintf("CONTENT_LENGTH=%d", HTTP_BODY_MAX);
	env[3] = cl;
	CU_ASSERT_EQUAL(parse(&r, env, body), 0);
	CU_ASSERT_EQUAL(r.nbody, 1);
	if (r.nbody == 1)
		CU_ASSERT_EQUAL(strlen(r.body[0].val), HTTP_BODY_MAX - 2);
	http_req_free(&r);
	free(cl);

	body[HTTP_BODY_MAX] = 'x';
	body[HTTP_BODY_MAX + 1] = '\0';
	cl = xasprintf("CONTENT_LENGTH=%d", HTTP_BODY_MAX + 1);
	env[3] = cl;
	CU_ASSERT_EQUAL(parse(&r, env, body), 413);
	CU_ASSERT_PTR_NOT_NULL(r.bad);
	http_req_free(&r);
	free(cl);
	free(body);
}

/* More than HTTP_FIELDS_MAX fields is a malformed request. */
static void
test_too_many_fields(void)
{
	const char *env[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/x",
		FORM_CT,
		NULL,
		NULL
	};
	struct req r;
	struct buf b;
	char *cl;
	int i;

	memset(&b, 0, sizeof(b));
	for (i = 0; i <= HTTP_FIELDS_MAX; i++)
		buf_printf(&b, "%sf%d=1", i ? "&" : "", i);
	cl = xasprintf("CONTENT_LENGTH=%zu", b.len);
	env[3] = cl;
	CU_ASSERT_EQUAL(parse(&r, env, b.p), 400);
	CU_ASSERT_PTR_NOT_NULL(r.bad);
	http_req_free(&r);
	free(cl);
	buf_free(&b);
}

static void
test_raw_xml(void)
{
	const char *env[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/o/acme/import",
		"CONTENT_TYPE=application/xml",
		"CONTENT_LENGTH=9",
		NULL
	};
	struct req r;

	CU_ASSERT_EQUAL_FATAL(parse(&r, env, "<a>b</a>\n"), 0);
	CU_ASSERT_EQUAL(r.raw_len, 9);
	CU_ASSERT(r.raw_body != NULL &&
	    memcmp(r.raw_body, "<a>b</a>\n", 9) == 0);
	CU_ASSERT_EQUAL(r.nbody, 0);
	http_req_free(&r);
}

/*
 * multipart/form-data: the fields go where urlencoded ones do (so the
 * CSRF check reads them alike), the file into r->upload; such a body may
 * be larger than HTTP_BODY_MAX, up to HTTP_UPLOAD_MAX.
 */
static void
test_multipart(void)
{
	const char *env[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/o/acme/import",
		"CONTENT_TYPE=multipart/form-data; boundary=\"b-1\"",
		NULL,
		NULL
	};
	const char *small_env[] = {
		"REQUEST_METHOD=POST",
		"REQUEST_URI=/staff/o/acme/import",
		"CONTENT_TYPE=multipart/form-data; boundary=b-1",
		"CONTENT_LENGTH=63",
		NULL
	};
	const char *const mp_env[] = {
		"CONTENT_TYPE=Multipart/Form-Data; boundary=x", NULL };
	const char *const form_env[] = { FORM_CT, NULL };
	const char *const none_env[] = { NULL };
	struct buf b = { 0 };
	struct req r;
	size_t n = HTTP_BODY_MAX + 100;
	char *cl, *pad;

	pad = xmalloc(n);
	memset(pad, '<', n);
	buf_puts(&b, "--b-1\r\nContent-Disposition: form-data; name=\"csrf\""
	    "\r\n\r\ntok\r\n--b-1\r\nContent-Disposition: form-data; "
	    "name=\"file\"; filename=\"r.xml\"\r\n\r\n");
	buf_append(&b, pad, n);
	buf_puts(&b, "\r\n--b-1--\r\n");
	cl = xasprintf("CONTENT_LENGTH=%zu", b.len);
	env[3] = cl;
	CU_ASSERT_EQUAL_FATAL(http_req_parse(&r, (char *const *)env, b.p,
	    b.len), 0);
	CU_ASSERT(r.is_multipart);
	CU_ASSERT_EQUAL(r.nbody, 1);
	STR_IS(kv_get(r.body, r.nbody, "csrf"), "tok");
	CU_ASSERT_PTR_NOT_NULL_FATAL(r.upload);
	STR_IS(r.upload->name, "file");
	STR_IS(r.upload->filename, "r.xml");
	CU_ASSERT_EQUAL(r.upload->len, n);
	CU_ASSERT_PTR_NULL(r.raw_body);
	http_req_free(&r);
	CU_ASSERT_PTR_NULL(r.upload);
	free(cl);
	buf_free(&b);
	free(pad);

	/* A form without a file part. */
	CU_ASSERT_EQUAL_FATAL(parse(&r, small_env, "--b-1\r\n"
	    "Content-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
	    "--b-1--\r\n"), 0);
	CU_ASSERT(r.is_multipart);
	STR_IS(kv_get(r.body, r.nbody, "a"), "1");
	CU_ASSERT_PTR_NULL(r.upload);
	http_req_free(&r);

	CU_ASSERT_EQUAL(http_body_max((char *const *)mp_env),
	    HTTP_UPLOAD_MAX);
	CU_ASSERT_EQUAL(http_body_max((char *const *)form_env),
	    HTTP_BODY_MAX);
	CU_ASSERT_EQUAL(http_body_max((char *const *)none_env),
	    HTTP_BODY_MAX);
}

struct accept_case {
	const char	*env;	/* NULL: no Accept header */
	int		 wants_xml;
};

static const struct accept_case accept_cases[] = {
	{ "HTTP_ACCEPT=application/xml", 1 },
	{ "HTTP_ACCEPT=application/xml;q=1.0", 1 },
	/* What browsers send: they want HTML. */
	{ "HTTP_ACCEPT=text/html,application/xhtml+xml,application/xml;"
	    "q=0.9,*/*;q=0.8", 0 },
	{ "HTTP_ACCEPT=*/*", 0 },
	{ "HTTP_ACCEPT=text/html", 0 },
	{ "HTTP_ACCEPT=", 0 },
	{ NULL, 0 },
};

static void
test_accept(void)
{
	const char *env[] = { "REQUEST_METHOD=GET", "REQUEST_URI=/staff/",
	    NULL, NULL };
	struct req r;
	size_t i;

	for (i = 0; i < NELEM(accept_cases); i++) {
		env[2] = accept_cases[i].env;
		CU_ASSERT_EQUAL(parse(&r, env, NULL), 0);
		CHECK((r.wants_xml ? 1 : 0) == accept_cases[i].wants_xml,
		    "%s: wants_xml %d, want %d", env[2] ? env[2] :
		    "no Accept", r.wants_xml, accept_cases[i].wants_xml);
		http_req_free(&r);
	}
}

static void
test_https(void)
{
	const char *env[] = { "REQUEST_METHOD=GET", "REQUEST_URI=/staff/",
	    NULL, NULL };
	struct req r;

	env[2] = "HTTPS=on";
	CU_ASSERT_EQUAL(parse(&r, env, NULL), 0);
	CU_ASSERT_TRUE(r.is_https);
	http_req_free(&r);

	/* nginx passes HTTPS empty on plain HTTP. */
	env[2] = "HTTPS=";
	CU_ASSERT_EQUAL(parse(&r, env, NULL), 0);
	CU_ASSERT_FALSE(r.is_https);
	http_req_free(&r);

	env[2] = NULL;
	CU_ASSERT_EQUAL(parse(&r, env, NULL), 0);
	CU_ASSERT_FALSE(r.is_https);
	http_req_free(&r);
}

static void
test_cookie(void)
{
	const char *env[] = {
		"REQUEST_METHOD=GET",
		"REQUEST_URI=/staff/",
		"HTTP_COOKIE=gdprdesk_session=abc123; theme=dark",
		NULL
	};
	const char *env_none[] = { "REQUEST_METHOD=GET",
	    "REQUEST_URI=/staff/", NULL };
	struct req r;

	CU_ASSERT_EQUAL_FATAL(parse(&r, env, NULL), 0);
	CU_ASSERT_EQUAL(r.ncookies, 2);
	STR_IS(http_cookie(&r, "gdprdesk_session"), "abc123");
	STR_IS(http_cookie(&r, "theme"), "dark");
	CU_ASSERT_PTR_NULL(http_cookie(&r, "gdprdesk"));
	CU_ASSERT_PTR_NULL(http_cookie(&r, "nope"));
	/* Cookies are not form fields. */
	CU_ASSERT_EQUAL(r.nquery, 0);
	CU_ASSERT_EQUAL(r.nbody, 0);
	http_req_free(&r);

	CU_ASSERT_EQUAL_FATAL(parse(&r, env_none, NULL), 0);
	CU_ASSERT_PTR_NULL(http_cookie(&r, "gdprdesk_session"));
	http_req_free(&r);
}

/* Every rejection class, each with its status and an explanation. */
struct reject_case {
	const char	*name;
	const char	*env[8];
	const char	*body;
	int		 status;
};

#define GET(uri)	"REQUEST_METHOD=GET", "REQUEST_URI=" uri
#define POST		"REQUEST_METHOD=POST", "REQUEST_URI=/staff/x"

static const struct reject_case reject_cases[] = {
	/* 400: malformed percent-encoding. */
	{ "%zz in the query", { GET("/staff/?a=%zz"), "QUERY_STRING=a=%zz",
	    NULL }, NULL, 400 },
	{ "%4 at the end of the query", { GET("/staff/?a=%4"),
	    "QUERY_STRING=a=%4", NULL }, NULL, 400 },
	{ "% at the end of the query", { GET("/staff/?a=1&b=%"),
	    "QUERY_STRING=a=1&b=%", NULL }, NULL, 400 },
	{ "%zz in the body", { POST, FORM_CT, "CONTENT_LENGTH=5", NULL },
	    "a=%zz", 400 },
	{ "%4 in the body", { POST, FORM_CT, "CONTENT_LENGTH=4", NULL },
	    "a=%4", 400 },
	{ "%zz in the path", { GET("/staff/%zz"), NULL }, NULL, 400 },
	/* 400: invalid UTF-8. */
	{ "%FF in the query", { GET("/staff/?a=%FF"), "QUERY_STRING=a=%FF",
	    NULL }, NULL, 400 },
	{ "overlong in the query", { GET("/staff/?a=%C0%AF"),
	    "QUERY_STRING=a=%C0%AF", NULL }, NULL, 400 },
	{ "surrogate in the body", { POST, FORM_CT, "CONTENT_LENGTH=11",
	    NULL }, "a=%ED%A0%80", 400 },
	{ "%C3%28 in the body", { POST, FORM_CT, "CONTENT_LENGTH=8",
	    NULL }, "a=%C3%28", 400 },
	{ "raw 0xFF in the body", { POST, FORM_CT, "CONTENT_LENGTH=3",
	    NULL }, "a=\xff", 400 },
	{ "%FF in the path", { GET("/staff/%FF"), NULL }, NULL, 400 },
	{ "0xFF in DOCUMENT_URI (nginx decodes)", { GET("/staff/%FF"),
	    "DOCUMENT_URI=/staff/\xff", NULL }, NULL, 400 },
	{ "%0A in the path", { GET("/staff/a%0Ab"), NULL }, NULL, 400 },
	{ "encoded NUL in the body", { POST, FORM_CT, "CONTENT_LENGTH=5",
	    NULL }, "a=%00", 400 },
	/* 400: a CONTENT_LENGTH that is not a length. */
	{ "CONTENT_LENGTH=abc", { POST, FORM_CT, "CONTENT_LENGTH=abc",
	    NULL }, "a=1", 400 },
	{ "CONTENT_LENGTH=-1", { POST, FORM_CT, "CONTENT_LENGTH=-1", NULL },
	    "a=1", 400 },
	{ "CONTENT_LENGTH=3x", { POST, FORM_CT, "CONTENT_LENGTH=3x", NULL },
	    "a=1", 400 },
	{ "CONTENT_LENGTH=+3", { POST, FORM_CT, "CONTENT_LENGTH=+3", NULL },
	    "a=1", 400 },
	/* 400: multipart/form-data that is not (multipart.c has each class). */
	{ "multipart/form-data with an urlencoded body", { POST,
	    "CONTENT_TYPE=multipart/form-data; boundary=x",
	    "CONTENT_LENGTH=3", NULL }, "a=1", 400 },
	{ "multipart/form-data without a boundary", { POST,
	    "CONTENT_TYPE=multipart/form-data", "CONTENT_LENGTH=5", NULL },
	    "--x--", 400 },
	/* 411: a body without CONTENT_LENGTH. */
	{ "POST body, no CONTENT_LENGTH", { POST, FORM_CT, NULL }, "a=1",
	    411 },
	/* 413: over HTTP_BODY_MAX (the body was not read). */
	{ "CONTENT_LENGTH=65537", { POST, FORM_CT, "CONTENT_LENGTH=65537",
	    NULL }, NULL, 413 },
	{ "CONTENT_LENGTH=10^10", { POST, FORM_CT,
	    "CONTENT_LENGTH=10000000000", NULL }, NULL, 413 },
	{ "multipart over HTTP_UPLOAD_MAX", { POST,
	    "CONTENT_TYPE=multipart/form-data; boundary=x",
	    "CONTENT_LENGTH=8388609", NULL }, NULL, 413 },
	/* 415: a content type this layer does not parse. */
	{ "text/plain", { POST, "CONTENT_TYPE=text/plain",
	    "CONTENT_LENGTH=3", NULL }, "a=1", 415 },
	{ "application/json", { POST, "CONTENT_TYPE=application/json",
	    "CONTENT_LENGTH=7", NULL }, "{\"a\":1}", 415 },
	{ "a urlencoded look-alike", { POST,
	    "CONTENT_TYPE=application/x-www-form-urlencodedx",
	    "CONTENT_LENGTH=3", NULL }, "a=1", 415 },
	{ "a body with no content type", { POST, "CONTENT_LENGTH=3", NULL },
	    "a=1", 415 },
};

static void
test_reject(void)
{
	const struct reject_case *c;
	struct req r;
	size_t i;
	int rc;

	for (i = 0; i < NELEM(reject_cases); i++) {
		c = &reject_cases[i];
		rc = parse(&r, c->env, c->body);
		CHECK(rc == c->status, "http_req_parse: %s: status %d, want "
		    "%d", c->name, rc, c->status);
		CHECK(r.bad != NULL && r.bad[0] != '\0', "http_req_parse: "
		    "%s: no explanation in r->bad", c->name);
		http_req_free(&r);
	}
}

struct clen_case {
	const char	*env;	/* NULL: absent */
	long long	 len;
	int		 has_len;
};

static const struct clen_case clen_cases[] = {
	{ "CONTENT_LENGTH=0", 0, 1 },
	{ "CONTENT_LENGTH=42", 42, 1 },
	{ "CONTENT_LENGTH=65536", 65536, 1 },
	{ NULL, 0, 0 },
	{ "CONTENT_LENGTH=abc", -1, 1 },
	{ "CONTENT_LENGTH=-1", -1, 1 },
	{ "CONTENT_LENGTH=4 2", -1, 1 },
	{ "CONTENT_LENGTH=99999999999999999999999", -1, 1 },
};

static void
test_content_length(void)
{
	const char *env[] = { "REQUEST_METHOD=POST", NULL, NULL };
	long long len;
	size_t i;
	int has;

	for (i = 0; i < NELEM(clen_cases); i++) {
		env[1] = clen_cases[i].env;
		has = -1;
		len = http_content_length((char *const *)env, &has);
		CHECK(len == clen_cases[i].len, "http_content_length: %s: "
		    "%lld, want %lld", env[1] ? env[1] : "absent", len,
		    clen_cases[i].len);
		if (clen_cases[i].len >= 0)
			CHECK(has == clen_cases[i].has_len,
			    "http_content_length: %s: has_len %d", env[1] ?
			    env[1] : "absent", has);
	}
}

static void
test_env(void)
{
	const char *env[] = { "AB=1", "A=2", "EMPTY=", NULL };

	STR_IS(http_env((char *const *)env, "A"), "2");
	STR_IS(http_env((char *const *)env, "AB"), "1");
	STR_IS(http_env((char *const *)env, "EMPTY"), "");
	CU_ASSERT_PTR_NULL(http_env((char *const *)env, "ABC"));
	CU_ASSERT_PTR_NULL(http_env((char *const *)env, ""));
}

struct reason_case {
	int		 status;
	const char	*reason;	/* NULL: any non-empty phrase */
};

static const struct reason_case reason_cases[] = {
	{ 200, "OK" },
	{ 303, "See Other" },
	{ 400, "Bad Request" },
	{ 403, "Forbidden" },
	{ 404, "Not Found" },
	{ 405, "Method Not Allowed" },
	{ 411, "Length Required" },
	{ 413, NULL },	/* "Content Too Large", once "Payload Too Large" */
	{ 415, "Unsupported Media Type" },
	{ 422, NULL },	/* "Unprocessable Content", once "... Entity" */
	{ 429, "Too Many Requests" },
	{ 500, "Internal Server Error" },
	{ 503, "Service Unavailable" },
};

static void
test_reason(void)
{
	const char *s;
	size_t i;

	for (i = 0; i < NELEM(reason_cases); i++) {
		s = http_reason(reason_cases[i].status);
		if (reason_cases[i].reason == NULL)
			CHECK(s != NULL && s[0] != '\0', "http_reason(%d) "
			    "is empty", reason_cases[i].status);
		else
			CHECK(s != NULL &&
			    strcmp(s, reason_cases[i].reason) == 0,
			    "http_reason(%d) is \"%s\", want \"%s\"",
			    reason_cases[i].status, s ? s : "(null)",
			    reason_cases[i].reason);
	}
	/* A status without a phrase still gets a string. */
	CU_ASSERT_PTR_NOT_NULL(http_reason(599));
}

static void
test_free(void)
{
	struct req r;
	struct resp p;

	memset(&r, 0, sizeof(r));
	http_req_free(&r);
	memset(&p, 0, sizeof(p));
	http_resp_free(&p);
	CU_PASS("freeing zeroed structs");
}

static void
test_resp(void)
{
	struct resp p;
	char name[] = "X-Test", val[] = "1";

	memset(&p, 0, sizeof(p));
	http_resp_header(&p, name, val);
	name[0] = 'Y';
	val[0] = '2';
	CU_ASSERT_EQUAL(p.nheaders, 1);
	STR_IS(p.headers[0].name, "X-Test");
	STR_IS(p.headers[0].val, "1");
	http_resp_redirect(&p, "/staff/");
	STR_IS(p.location, "/staff/");
	http_resp_free(&p);
}

void
suite_http(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "http", NULL, NULL);
	TEST_ADD(s, "GET with a query: method, path, pairs", test_get_query);
	TEST_ADD(s, "path from REQUEST_URI or DOCUMENT_URI, no query",
	    test_path);
	TEST_ADD(s, "request methods", test_method);
	TEST_ADD(s, "POST application/x-www-form-urlencoded", test_post_form);
	TEST_ADD(s, "a body of HTTP_BODY_MAX bytes, and one more",
	    test_body_max);
	TEST_ADD(s, "more than HTTP_FIELDS_MAX fields: 400",
	    test_too_many_fields);
	TEST_ADD(s, "POST application/xml keeps the raw body", test_raw_xml);
	TEST_ADD(s, "POST multipart/form-data: fields, the file, the limit",
	    test_multipart);
	TEST_ADD(s, "Accept: application/xml sets wants_xml", test_accept);
	TEST_ADD(s, "HTTPS=on sets is_https", test_https);
	TEST_ADD(s, "cookies and http_cookie", test_cookie);
	TEST_ADD(s, "each rejection class: 400, 411, 413, 415", test_reject);
	TEST_ADD(s, "http_content_length", test_content_length);
	TEST_ADD(s, "http_env", test_env);
	TEST_ADD(s, "http_reason", test_reason);
	TEST_ADD(s, "http_req_free and http_resp_free on zeroed structs",
	    test_free);
	TEST_ADD(s, "http_resp_header and http_resp_redirect copy",
	    test_resp);
}
