/* test_health: /healthz, the XML form of pages, security headers, error pages, public pages, reconnecting after a lost database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <CUnit/CUnit.h>

#include "core/crypto.h"
#include "itest.h"

static struct it_sess hl_admin;

static int
hl_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	return it_login("admin", it_admin_password(), &hl_admin) == 303 ?
	    0 : -1;
}

static int
hl_clean(void)
{
	it_sess_free(&hl_admin);
	return 0;
}

/* Does header name of r start with prefix (case-insensitive)? */
static int
hl_header_is(const struct ht_resp *r, const char *name, const char *prefix)
{
	char *v;
	int ok;

	if ((v = ht_header(r, name)) == NULL)
		return 0;
	ok = strncasecmp(v, prefix, strlen(prefix)) == 0;
	free(v);
	return ok;
}

static void
test_healthz(void)
{
	static const char *const paths[] = { "/healthz", "/staff/healthz" };
	struct ht_resp r;
	size_t i;

	for (i = 0; i < NELEM(paths); i++) {
		CU_ASSERT_FATAL(ht_get(&r, paths[i], NULL, 0) == 0);
		CU_ASSERT(it_status(&r, 200, paths[i]));
		CU_ASSERT(r.body.p != NULL && strncmp(r.body.p, "ok", 2) == 0);
		CU_ASSERT(hl_header_is(&r, "Content-Type", "text/plain"));
		ht_resp_free(&r);
	}
}

static void
test_dashboard_xml(void)
{
	struct ht_resp r;
	xmlDocPtr doc;
	xmlNodePtr root;
	char *v;

	CU_ASSERT_FATAL(ht_get(&r, "/staff/", hl_admin.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/ (XML)"));
	CU_ASSERT(hl_header_is(&r, "Content-Type", "application/xml"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	root = xmlDocGetRootElement(doc);
	CU_ASSERT_PTR_NOT_NULL_FATAL(root);
	CU_ASSERT_STRING_EQUAL((const char *)root->name, "dashboard");
	v = ht_xpath(doc, "string(/dashboard/meta/csrf)");
	CU_ASSERT(v != NULL && strcmp(v, hl_admin.csrf) == 0);
	free(v);
	v = ht_xpath(doc, "string(/dashboard/meta/account/@login)");
	CU_ASSERT_STRING_EQUAL(v, "admin");
	free(v);
	v = ht_xpath(doc, "string(/dashboard/meta/account/@role)");
	CU_ASSERT_STRING_EQUAL(v, "admin");
	free(v);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "number(/dashboard/meta/account/"
	    "@id)"), it_account_id("admin"));
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/dashboard/organisations)"),
	    1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* A browser gets HTML for the same URL. */
	{
		struct ht_req rq;

		memset(&rq, 0, sizeof(rq));
		rq.path = "/staff/";
		rq.cookie = hl_admin.cookie;
		rq.accept = "text/html,application/xhtml+xml,application/xml;"
		    "q=0.9,*/*;q=0.8";
		CU_ASSERT_FATAL(ht_do(&rq, &r) == 0);
		CU_ASSERT(it_status(&r, 200, "GET /staff/ (browser)"));
		CU_ASSERT(hl_header_is(&r, "Content-Type", "text/html"));
		CU_ASSERT(ht_body_has(&r, "<html"));
		ht_resp_free(&r);
	}
	/* No session data reaches a cache. */
	CU_ASSERT_FATAL(ht_get(&r, "/staff/", hl_admin.cookie, 0) == 0);
	CU_ASSERT(hl_header_is(&r, "Cache-Control", "no-store"));
	ht_resp_free(&r);
}

static void
test_security_headers(void)
{
	static const struct {
		const char	*method;
		const char	*path;
		long		 status;
	} cases[] = {
		{ "GET", "/", 200 },
		{ "GET", "/healthz", 200 },
		{ "GET", "/staff/login", 200 },
		{ "GET", "/staff/", 303 },
		{ "GET", "/no-such-page", 404 },
		{ "GET", "/staff/no-such-page", 404 },
		{ "GET", "/staff/login?x=%zz", 400 },
		{ "PUT", "/", 405 },
		{ "GET", "/static/screen.css", 200 },
	};
	struct ht_req rq;
	struct ht_resp r;
	char *v;
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		memset(&rq, 0, sizeof(rq));
		rq.method = cases[i].method;
		rq.path = cases[i].path;
		CU_ASSERT_FATAL(ht_do(&rq, &r) == 0);
		CU_ASSERT(it_status(&r, cases[i].status, cases[i].path));
		v = ht_header(&r, "Content-Security-Policy");
		CU_ASSERT(v != NULL && strstr(v, "frame-ancestors 'none'") !=
		    NULL);
		CU_ASSERT(v != NULL && strstr(v, "unsafe-inline") == NULL);
		free(v);
		v = ht_header(&r, "X-Content-Type-Options");
		CU_ASSERT(v != NULL && strcasecmp(v, "nosniff") == 0);
		free(v);
		v = ht_header(&r, "Referrer-Policy");
		CU_ASSERT(v != NULL && strlen(v) > 0);
		if (v == NULL)
			fprintf(stderr, "\n    no Referrer-Policy on %s %s\n",
			    cases[i].method, cases[i].path);
		free(v);
		ht_resp_free(&r);
	}
}

static void
test_error_pages(void)
{
	static const char *const methods[] = { "PUT", "DELETE", "PATCH" };
	static const char *const paths[] = { "/", "/staff/login", "/staff/" };
	struct ht_req rq;
	struct ht_resp r;
	char *what;
	size_t i, j;

	CU_ASSERT_FATAL(ht_get(&r, "/no-such-page", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /no-such-page"));
	CU_ASSERT(hl_header_is(&r, "Content-Type", "text/html"));
	CU_ASSERT(ht_body_has(&r, "<html"));
	CU_ASSERT(ht_body_has(&r, "404"));
	ht_resp_free(&r);

	CU_ASSERT_FATAL(ht_get(&r, "/staff/no-such-page", hl_admin.cookie, 1)
	    == 0);
	CU_ASSERT(it_status(&r, 404, "GET /staff/no-such-page (XML)"));
	{
		xmlDocPtr doc = ht_xml(&r);

		CU_ASSERT_PTR_NOT_NULL(doc);
		CU_ASSERT_EQUAL(ht_xpath_int(doc, "number(/error/@status)"),
		    404);
		xmlFreeDoc(doc);
	}
	ht_resp_free(&r);

	for (i = 0; i < NELEM(methods); i++) {
		for (j = 0; j < NELEM(paths); j++) {
			memset(&rq, 0, sizeof(rq));
			rq.method = methods[i];
			rq.path = paths[j];
			rq.cookie = hl_admin.cookie;
			CU_ASSERT_FATAL(ht_do(&rq, &r) == 0);
			what = xasprintf("%s %s", methods[i], paths[j]);
			CU_ASSERT(it_status(&r, 405, what));
			free(what);
			what = ht_header(&r, "Allow");
			CU_ASSERT_PTR_NOT_NULL(what);
			free(what);
			ht_resp_free(&r);
		}
	}
	/* A POST to a GET-only page. */
	{
		struct buf b = { 0 };

		it_form_csrf(&b, &hl_admin);
		CU_ASSERT_FATAL(ht_post(&r, "/staff/", hl_admin.cookie, b.p) ==
		    0);
		CU_ASSERT(it_status(&r, 405, "POST /staff/"));
		ht_resp_free(&r);
		buf_free(&b);
	}
}

static void
test_public_pages(void)
{
	char token[CRYPTO_TOKEN_LEN + 1], hash[CRYPTO_SHA256_HEX], ref[24];
	struct ht_resp r;
	char *slug, *path, *name, *log, *line;
	long long org;
	size_t i;

	CU_ASSERT_FATAL(ht_get(&r, "/", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /"));
	CU_ASSERT(ht_body_has(&r, "<html"));
	ht_resp_free(&r);

	slug = it_org("public");
	path = xasprintf("/o/%s", slug);
	name = xasprintf("Integration %s Ltd", slug);
	CU_ASSERT_FATAL(ht_get(&r, path, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 200, path));
	CU_ASSERT(ht_body_has(&r, name));
	ht_resp_free(&r);
	free(path);
	CU_ASSERT_FATAL(ht_get(&r, "/o/no-such-organisation", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /o/no-such-organisation"));
	ht_resp_free(&r);

	/* A requester's status page, by token only. */
	org = it_sql_int("SELECT id FROM organisation WHERE slug = '%s'",
	    slug);
	CU_ASSERT_FATAL(org > 0);
	CU_ASSERT_EQUAL_FATAL(crypto_token(token), 0);
	crypto_sha256_hex(token, hash);
	snprintf(ref, sizeof(ref), "ITS-%.8s", hash);
	CU_ASSERT_EQUAL_FATAL(it_sql("INSERT INTO ticket (org_id, reference, "
	    "kind, status, token_hash, received_at) VALUES (%lld, '%s', "
	    "'erasure', 'received', '%s', UTC_TIMESTAMP())", org, ref, hash),
	    0);
	path = xasprintf("/status/%s", token);
	CU_ASSERT_FATAL(ht_get(&r, path, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /status/TOKEN"));
	CU_ASSERT(ht_body_has(&r, ref));
	line = ht_header(&r, "Referrer-Policy");
	CU_ASSERT(line != NULL && strcmp(line, "no-referrer") == 0);
	free(line);
	ht_resp_free(&r);

	/* One character changed: unknown. */
	i = strlen("/status/") + 5;
	path[i] = path[i] == 'A' ? 'B' : 'A';
	CU_ASSERT_FATAL(ht_get(&r, path, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /status/TOKEN (one char changed)"));
	CU_ASSERT(!ht_body_has(&r, ref));
	ht_resp_free(&r);
	free(path);

	/* Malformed: the hash itself, too short, bad characters. */
	path = xasprintf("/status/%s", hash);
	CU_ASSERT_FATAL(ht_get(&r, path, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /status/HASH"));
	ht_resp_free(&r);
	free(path);
	CU_ASSERT_FATAL(ht_get(&r, "/status/abc", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /status/abc"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, "/status/"
	    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%21", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /status/(42 chars and !)"));
	ht_resp_free(&r);

	/*
	 * The token never reaches nginx's access log, nor does the client's
	 * address.
	 */
	log = xasprintf("%s/log/nginx-access.log", it_var());
	{
		FILE *f;
		char buf[1024];
		int seen = 0, addr = 0;

		if ((f = fopen(log, "r")) != NULL) {
			while (fgets(buf, sizeof(buf), f) != NULL) {
				if (strstr(buf, token) != NULL ||
				    strstr(buf, token + 10) != NULL)
					seen = 1;
				if (strstr(buf, "127.0.0.1") != NULL)
					addr = 1;
			}
			fclose(f);
		}
		CU_ASSERT_PTR_NOT_NULL(f);
		CU_ASSERT_FALSE(seen);
		CU_ASSERT_FALSE(addr);
	}
	free(log);
	free(name);
	free(slug);
}

/*
 * Kills the database connections of MariaDB user user. Returns how many,
 * or -1.
 */
static long
hl_kill(const char *user)
{
	MYSQL_RES *res;
	MYSQL_ROW row;
	MYSQL *m;
	char *ids[64];
	long n = 0, i;
	char *q;

	if ((m = it_db()) == NULL)
		return -1;
	q = xasprintf("SELECT id FROM information_schema.processlist WHERE "
	    "user = '%s'", user);
	if (mysql_query(m, q) != 0 || (res = mysql_store_result(m)) == NULL) {
		free(q);
		return -1;
	}
	free(q);
	while ((row = mysql_fetch_row(res)) != NULL && n < 64)
		if (row[0] != NULL)
			ids[n++] = xstrdup(row[0]);
	mysql_free_result(res);
	for (i = 0; i < n; i++) {
		it_sql("KILL CONNECTION %s", ids[i]);
		free(ids[i]);
	}
	return n;
}

/*
 * After the connections of user are killed, requests of path (with
 * cookie) answer 200 or 503, at most one 503 per killed connection,
 * and 200 again within a few requests.
 */
static void
hl_reconnect(const char *user, const char *path, const char *cookie)
{
	struct ht_resp r;
	long killed, n503 = 0, first200 = -1, i, tries;
	char *what;

	killed = hl_kill(user);
	CU_ASSERT(killed >= 1);
	if (killed < 1)
		return;
	tries = 4 * killed + 6;
	what = xasprintf("GET %s after KILL of %ld %s connections", path,
	    killed, user);
	for (i = 0; i < tries; i++) {
		CU_ASSERT_FATAL(ht_get(&r, path, cookie, 1) == 0);
		if (r.status == 503)
			n503++;
		else if (r.status == 200) {
			if (first200 < 0)
				first200 = i;
		} else
			CU_ASSERT(it_status(&r, 200, what));
		if (r.status == 503) {
			/* The error page, not a bare failure. */
			xmlDocPtr doc = ht_xml(&r);

			CU_ASSERT_EQUAL(ht_xpath_int(doc,
			    "number(/error/@status)"), 503);
			xmlFreeDoc(doc);
		}
		ht_resp_free(&r);
	}
	if (n503 > killed)
		fprintf(stderr, "\n    %s: %ld answers of 503\n", what, n503);
	CU_ASSERT(n503 <= killed);
	CU_ASSERT(first200 >= 0 && first200 <= killed);
	/* Everyone is back. */
	CU_ASSERT_FATAL(ht_get(&r, path, cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, what));
	ht_resp_free(&r);
	free(what);
}

static void
test_reconnect(void)
{
	char *path, *slug;

	hl_reconnect("gdprdesk_staff", "/staff/healthz", NULL);
	hl_reconnect("gdprdesk_staff", "/staff/", hl_admin.cookie);
	hl_reconnect("gdprdesk_public", "/healthz", NULL);
	slug = it_org("reconnect");
	path = xasprintf("/o/%s", slug);
	hl_reconnect("gdprdesk_public", path, NULL);
	free(path);
	free(slug);
}

int
test_health_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("health", hl_init, hl_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "/healthz and /staff/healthz answer 200 ok",
	    test_healthz) == NULL ||
	    CU_add_test(s, "the dashboard's XML document", test_dashboard_xml)
	    == NULL ||
	    CU_add_test(s, "security headers on every response",
	    test_security_headers) == NULL ||
	    CU_add_test(s, "404 and 405 pages", test_error_pages) == NULL ||
	    CU_add_test(s, "public home, profile and status pages",
	    test_public_pages) == NULL ||
	    CU_add_test(s, "a lost database connection: 503, then reconnect",
	    test_reconnect) == NULL)
		return -1;
	return 0;
}
