/* test_router: matching on method and path, ":name" captures, 404 and 405. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/http.h"
#include "core/router.h"
#include "core/util.h"
#include "suites.h"

static int
page_stub(struct app *app, struct req *r, struct resp *p)
{
	(void)app;
	(void)r;
	(void)p;
	return 200;
}

enum route_id {
	R_HOME,
	R_STAFF,
	R_LOGIN_GET,
	R_LOGIN_POST,
	R_ORG,
	R_ORG_REGISTER,
	R_ORG_USER,
	R_HEALTH,
	R_POSTONLY,
	R__MAX
};

static const struct route routes[R__MAX] = {
	[R_HOME] = { ROUTE_GET, "/", page_stub, 0 },
	[R_STAFF] = { ROUTE_GET, "/staff/", page_stub, 0 },
	[R_LOGIN_GET] = { ROUTE_GET, "/staff/login", page_stub, ROUTE_PUBLIC },
	[R_LOGIN_POST] = { ROUTE_POST, "/staff/login", page_stub,
	    ROUTE_PUBLIC },
	[R_ORG] = { ROUTE_GET | ROUTE_POST, "/staff/o/:slug", page_stub, 0 },
	[R_ORG_REGISTER] = { ROUTE_GET, "/staff/o/:slug/register", page_stub,
	    0 },
	[R_ORG_USER] = { ROUTE_GET | ROUTE_POST, "/staff/o/:slug/u/:id",
	    page_stub, 0 },
	[R_HEALTH] = { ROUTE_GET, "/healthz", page_stub, ROUTE_PUBLIC },
	[R_POSTONLY] = { ROUTE_POST, "/staff/logout", page_stub, 0 },
};

struct match_case {
	enum http_method	 method;
	const char		*path;
	int			 rc;	/* index, -1 or -2 */
	const char		*args[4];
};

static const struct match_case match_cases[] = {
	/* Literal routes. */
	{ METHOD_GET, "/", R_HOME, { NULL } },
	{ METHOD_GET, "/healthz", R_HEALTH, { NULL } },
	{ METHOD_GET, "/staff/login", R_LOGIN_GET, { NULL } },
	/* The same pattern twice: the method picks the route. */
	{ METHOD_POST, "/staff/login", R_LOGIN_POST, { NULL } },
	/* A trailing slash is part of the pattern. */
	{ METHOD_GET, "/staff/", R_STAFF, { NULL } },
	{ METHOD_GET, "/staff", -1, { NULL } },
	{ METHOD_GET, "/staff/login/", -1, { NULL } },
	{ METHOD_GET, "/healthz/", -1, { NULL } },
	/* Captures. */
	{ METHOD_GET, "/staff/o/acme", R_ORG, { "acme" } },
	{ METHOD_POST, "/staff/o/acme", R_ORG, { "acme" } },
	{ METHOD_GET, "/staff/o/smith-sons/register", R_ORG_REGISTER,
	    { "smith-sons" } },
	{ METHOD_GET, "/staff/o/acme/u/42", R_ORG_USER, { "acme", "42" } },
	{ METHOD_GET, "/staff/o/caf\xc3\xa9", R_ORG, { "caf\xc3\xa9" } },
	{ METHOD_GET, "/staff/o/:slug", R_ORG, { ":slug" } },
	/* A capture never matches an empty segment... */
	{ METHOD_GET, "/staff/o/", -1, { NULL } },
	{ METHOD_GET, "/staff/o//register", -1, { NULL } },
	{ METHOD_GET, "/staff/o/acme/u/", -1, { NULL } },
	{ METHOD_GET, "/staff/o", -1, { NULL } },
	/* ...nor one holding a '/'. */
	{ METHOD_GET, "/staff/o/a/b", -1, { NULL } },
	{ METHOD_GET, "/staff/o/a/b/register", -1, { NULL } },
	{ METHOD_GET, "/staff/o/acme/", -1, { NULL } },
	/* Unknown paths. */
	{ METHOD_GET, "/nope", -1, { NULL } },
	{ METHOD_GET, "", -1, { NULL } },
	{ METHOD_GET, "/staff/loginx", -1, { NULL } },
	{ METHOD_GET, "/staff/logi", -1, { NULL } },
	{ METHOD_GET, "/staff/o/acme/registers", -1, { NULL } },
	{ METHOD_GET, "/staff/o/acme/register/x", -1, { NULL } },
	{ METHOD_GET, "//", -1, { NULL } },
	{ METHOD_POST, "/nope", -1, { NULL } },
	/* Wrong method. */
	{ METHOD_POST, "/healthz", -2, { NULL } },
	{ METHOD_POST, "/staff/o/acme/register", -2, { NULL } },
	{ METHOD_GET, "/staff/logout", -2, { NULL } },
	{ METHOD_HEAD, "/staff/logout", -2, { NULL } },
	{ METHOD_OTHER, "/staff/login", -2, { NULL } },
	{ METHOD_OTHER, "/staff/o/acme", -2, { NULL } },
	/* HEAD follows GET. */
	{ METHOD_HEAD, "/healthz", R_HEALTH, { NULL } },
	{ METHOD_HEAD, "/staff/login", R_LOGIN_GET, { NULL } },
	{ METHOD_HEAD, "/staff/o/acme/u/7", R_ORG_USER, { "acme", "7" } },
};

static void
test_match(void)
{
	const struct match_case *c;
	struct req r;
	size_t i, j, nargs;
	int rc;

	for (i = 0; i < NELEM(match_cases); i++) {
		c = &match_cases[i];
		memset(&r, 0, sizeof(r));
		r.method = c->method;
		r.path = xstrdup(c->path);
		rc = router_match(routes, R__MAX, &r);
		CHECK(rc == c->rc, "router_match(%d, \"%s\") gave %d, want %d",
		    (int)c->method, c->path, rc, c->rc);
		if (rc >= 0 && rc == c->rc) {
			for (nargs = 0; nargs < 4 && c->args[nargs] != NULL;
			    nargs++)
				continue;
			CHECK(r.nargs == nargs, "router_match(\"%s\"): %zu "
			    "captures, want %zu", c->path, r.nargs, nargs);
			for (j = 0; j < nargs && j < r.nargs; j++)
				CHECK(r.args[j] != NULL &&
				    strcmp(r.args[j], c->args[j]) == 0,
				    "router_match(\"%s\"): capture %zu is "
				    "\"%s\", want \"%s\"", c->path, j,
				    r.args[j] ? r.args[j] : "(null)",
				    c->args[j]);
		}
		http_req_free(&r);
	}
}

/* An empty table matches nothing. */
static void
test_empty(void)
{
	struct req r;

	memset(&r, 0, sizeof(r));
	r.method = METHOD_GET;
	r.path = xstrdup("/");
	CU_ASSERT_EQUAL(router_match(routes, 0, &r), -1);
	CU_ASSERT_EQUAL(r.nargs, 0);
	http_req_free(&r);
}

/* The first matching route wins: a literal listed before a capture. */
static void
test_order(void)
{
	static const struct route t[] = {
		{ ROUTE_GET, "/staff/o/new", page_stub, 0 },
		{ ROUTE_GET, "/staff/o/:slug", page_stub, 0 },
	};
	struct req r;

	memset(&r, 0, sizeof(r));
	r.method = METHOD_GET;
	r.path = xstrdup("/staff/o/new");
	CU_ASSERT_EQUAL(router_match(t, NELEM(t), &r), 0);
	CU_ASSERT_EQUAL(r.nargs, 0);
	http_req_free(&r);

	memset(&r, 0, sizeof(r));
	r.method = METHOD_GET;
	r.path = xstrdup("/staff/o/newer");
	CU_ASSERT_EQUAL(router_match(t, NELEM(t), &r), 1);
	CU_ASSERT_EQUAL(r.nargs, 1);
	if (r.nargs == 1)
		CU_ASSERT_STRING_EQUAL(r.args[0], "newer");
	http_req_free(&r);
}

void
suite_router(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "router", NULL, NULL);
	TEST_ADD(s, "router_match: literals, captures, trailing slash, 404, "
	    "405, HEAD", test_match);
	TEST_ADD(s, "router_match on an empty table", test_empty);
	TEST_ADD(s, "router_match: the first matching route wins",
	    test_order);
}
