/* test_admin: the admin's account pages: create, list, role, grants, reset, disable; markup comes out escaped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "itest.h"

static struct it_sess adm;
static long long adm_id;

static int
adm_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	if ((adm_id = it_account_id("admin")) <= 0)
		return -1;
	return it_login("admin", it_admin_password(), &adm) == 303 ? 0 : -1;
}

static int
adm_clean(void)
{
	it_sess_free(&adm);
	return 0;
}

/*
 * Creates an account through the form; returns the HTTP status and sets
 * *loc to the Location header (owned, or NULL).
 */
static long
adm_create(const char *login, const char *name, const char *role,
    char **loc)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long status;

	ht_form_add(&b, "login", login);
	if (name != NULL)
		ht_form_add(&b, "display_name", name);
	ht_form_add(&b, "role", role);
	ht_form_add(&b, "password", IT_PASSWORD);
	it_form_csrf(&b, &adm);
	if (ht_post(&r, "/staff/users", adm.cookie, b.p) == -1)
		r.status = -1;
	status = r.status;
	if (loc != NULL)
		*loc = ht_header(&r, "Location");
	ht_resp_free(&r);
	buf_free(&b);
	return status;
}

/*
 * POSTs action (with field=value when field is set) on account id;
 * returns the status and sets *loc as above.
 */
static long
adm_act(long long id, const char *action, const char *field,
    const char *value, char **loc)
{
	struct buf b = { 0 };
	struct ht_resp r;
	char *path;
	long status;

	path = xasprintf("/staff/users/%lld", id);
	if (action != NULL)
		ht_form_add(&b, "action", action);
	if (field != NULL)
		ht_form_add(&b, field, value);
	it_form_csrf(&b, &adm);
	if (ht_post(&r, path, adm.cookie, b.p) == -1)
		r.status = -1;
	status = r.status;
	if (loc != NULL)
		*loc = ht_header(&r, "Location");
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	return status;
}

/* The status of GET path with session s. */
static long
adm_status(const char *path, const struct it_sess *s)
{
	struct ht_resp r;
	long status;

	if (ht_get(&r, path, s ? s->cookie : NULL, 1) == -1)
		r.status = -1;
	status = r.status;
	ht_resp_free(&r);
	return status;
}

static void
test_create_and_list(void)
{
	struct ht_resp r;
	xmlDocPtr doc;
	char *login, *loc, *want, *x, *v;
	long long id;

	login = it_name("t-adm-new");
	CU_ASSERT_EQUAL(adm_create(login, "New Person", "dpo", &loc), 303);
	id = it_account_id(login);
	CU_ASSERT_FATAL(id > 0);
	want = xasprintf("/staff/users/%lld", id);
	CU_ASSERT(loc != NULL && strcmp(loc, want) == 0);
	free(loc);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_account WHERE "
	    "id = %lld AND role = 'dpo' AND display_name = 'New Person' AND "
	    "is_disabled = 0 AND password_hash LIKE '$argon2id$%%'", id), 1);
	CU_ASSERT(it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'account_create' AND entity_id = %lld AND account_id = %lld", id,
	    adm_id) >= 1);

	/* The list shows it. */
	CU_ASSERT_FATAL(ht_get(&r, "/staff/users", adm.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/users"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	x = xasprintf("string(/users/user[@login='%s']/@role)", login);
	v = ht_xpath(doc, x);
	CU_ASSERT_STRING_EQUAL(v, "dpo");
	free(v);
	free(x);
	x = xasprintf("number(/users/user[@login='%s']/@id)", login);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, x), id);
	free(x);
	x = xasprintf("string(/users/user[@login='%s']/@disabled)", login);
	v = ht_xpath(doc, x);
	CU_ASSERT_STRING_EQUAL(v, "0");
	free(v);
	free(x);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/users/user[@login="
	    "'admin'])"), 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* Its own page. */
	CU_ASSERT_FATAL(ht_get(&r, want, adm.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, want));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(//user/@login)");
	CU_ASSERT_STRING_EQUAL(v, login);
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* It can log in. */
	{
		struct it_sess s;

		CU_ASSERT_EQUAL(it_login(login, IT_PASSWORD, &s), 303);
		it_sess_free(&s);
	}
	free(want);
	free(login);
}

static void
test_create_taken(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	char *login, *v;

	login = it_name("t-adm-taken");
	CU_ASSERT_EQUAL_FATAL(adm_create(login, NULL, "viewer", NULL), 303);

	ht_form_add(&b, "login", login);
	ht_form_add(&b, "display_name", "Second");
	ht_form_add(&b, "role", "admin");
	ht_form_add(&b, "password", IT_PASSWORD);
	it_form_csrf(&b, &adm);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/users", adm.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/users (taken login)"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(//form/field[@name='login']/@error)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	v = ht_xpath(doc, "string(//form/field[@name='display_name']/@value)");
	CU_ASSERT_STRING_EQUAL(v, "Second");
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_account WHERE "
	    "login = '%s'", login), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT role = 'viewer' FROM staff_account "
	    "WHERE login = '%s'", login), 1);

	/* Invalid fields: 422, nothing created. */
	free(login);
	login = it_name("T-Upper");
	CU_ASSERT_EQUAL(adm_create(login, NULL, "viewer", NULL), 422);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(login);
	login = it_name("t-adm-role");
	CU_ASSERT_EQUAL(adm_create(login, NULL, "root", NULL), 422);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	ht_form_add(&b, "login", login);
	ht_form_add(&b, "role", "viewer");
	ht_form_add(&b, "password", "short");
	it_form_csrf(&b, &adm);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/users", adm.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/users (short password)"));
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
	free(login);
}

static void
test_role_and_grants(void)
{
	struct it_sess s;
	char *login, *slug, *loc, *want, *opath;
	long long id;

	login = it_name("t-adm-grant");
	slug = it_org("grant");
	CU_ASSERT_EQUAL_FATAL(it_user_add(login, "viewer", NULL, IT_PASSWORD),
	    0);
	id = it_account_id(login);
	opath = xasprintf("/staff/o/%s", slug);

	CU_ASSERT_EQUAL(adm_act(id, "role", "role", "dpo", &loc), 303);
	want = xasprintf("/staff/users/%lld?done=role", id);
	CU_ASSERT(loc != NULL && strcmp(loc, want) == 0);
	free(want);
	free(loc);
	CU_ASSERT_EQUAL(it_sql_int("SELECT role = 'dpo' FROM staff_account "
	    "WHERE id = %lld", id), 1);

	CU_ASSERT_EQUAL_FATAL(it_login(login, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL(adm_status(opath, &s), 404);

	CU_ASSERT_EQUAL(adm_act(id, "grant", "org", slug, &loc), 303);
	want = xasprintf("/staff/users/%lld?done=grant", id);
	CU_ASSERT(loc != NULL && strcmp(loc, want) == 0);
	free(want);
	free(loc);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_org g JOIN "
	    "organisation o ON o.id = g.org_id WHERE g.account_id = %lld AND "
	    "o.slug = '%s'", id, slug), 1);
	CU_ASSERT_EQUAL(adm_status(opath, &s), 200);

	CU_ASSERT_EQUAL(adm_act(id, "revoke", "org", slug, NULL), 303);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_org WHERE "
	    "account_id = %lld", id), 0);
	CU_ASSERT_EQUAL(adm_status(opath, &s), 404);

	/* Unknown organisation, missing or unknown action: 422. */
	CU_ASSERT_EQUAL(adm_act(id, "grant", "org", "no-such-org-here", &loc),
	    422);
	free(loc);
	CU_ASSERT_EQUAL(adm_act(id, "grant", NULL, NULL, &loc), 422);
	free(loc);
	CU_ASSERT_EQUAL(adm_act(id, NULL, NULL, NULL, &loc), 422);
	free(loc);
	CU_ASSERT_EQUAL(adm_act(id, "promote", NULL, NULL, &loc), 422);
	free(loc);
	CU_ASSERT_EQUAL(adm_act(id, "role", "role", "root", &loc), 422);
	free(loc);
	CU_ASSERT_EQUAL(it_sql_int("SELECT role = 'dpo' FROM staff_account "
	    "WHERE id = %lld", id), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_org WHERE "
	    "account_id = %lld", id), 0);

	/* Unknown accounts. */
	CU_ASSERT_EQUAL(adm_status("/staff/users/999999999", &adm), 404);
	CU_ASSERT_EQUAL(adm_status("/staff/users/abc", &adm), 404);
	CU_ASSERT_EQUAL(adm_status("/staff/users/0", &adm), 404);
	CU_ASSERT_EQUAL(adm_act(999999999, "disable", NULL, NULL, &loc), 404);
	free(loc);

	it_sess_free(&s);
	free(opath);
	free(slug);
	free(login);
}

static void
test_reset(void)
{
	struct it_sess s, t;
	char *login;
	long long id;

	login = it_name("t-adm-reset");
	CU_ASSERT_EQUAL_FATAL(it_user_add(login, "viewer", NULL, IT_PASSWORD),
	    0);
	id = it_account_id(login);
	CU_ASSERT_EQUAL_FATAL(it_login(login, IT_PASSWORD, &s), 303);

	/* Too short: refused, nothing changed. */
	CU_ASSERT_EQUAL(adm_act(id, "reset", "password", "short", NULL), 422);
	CU_ASSERT_EQUAL(adm_status("/staff/", &s), 200);

	CU_ASSERT_EQUAL(adm_act(id, "reset", "password", "reset-password-789",
	    NULL), 303);
	CU_ASSERT_EQUAL(adm_status("/staff/", &s), 401);
	CU_ASSERT(it_login(login, IT_PASSWORD, &t) == 422);
	it_sess_free(&t);
	CU_ASSERT_EQUAL(it_login(login, "reset-password-789", &t), 303);
	it_sess_free(&t);
	it_sess_free(&s);
	free(login);
}

static void
test_disable(void)
{
	struct it_sess s, t;
	char *login, *loc, *want;
	long long id;

	login = it_name("t-adm-dis");
	CU_ASSERT_EQUAL_FATAL(it_user_add(login, "dpo", NULL, IT_PASSWORD), 0);
	id = it_account_id(login);
	CU_ASSERT_EQUAL_FATAL(it_login(login, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL(adm_status("/staff/", &s), 200);

	CU_ASSERT_EQUAL(adm_act(id, "disable", NULL, NULL, &loc), 303);
	want = xasprintf("/staff/users/%lld?done=disable", id);
	CU_ASSERT(loc != NULL && strcmp(loc, want) == 0);
	free(want);
	free(loc);
	CU_ASSERT_EQUAL(it_sql_int("SELECT is_disabled FROM staff_account "
	    "WHERE id = %lld", id), 1);

	/*
	 * Its sessions end at once, in the database, before any request of
	 * theirs comes in; it cannot log in.
	 */
	if (it_sql_int("SELECT COUNT(*) FROM staff_session WHERE account_id "
	    "= %lld AND ended_at IS NULL", id) != 0)
		fprintf(stderr, "\n    disable left the account's sessions "
		    "open (ended_at IS NULL)\n");
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_session WHERE "
	    "account_id = %lld AND ended_at IS NULL", id), 0);
	CU_ASSERT_EQUAL(adm_status("/staff/", &s), 401);
	CU_ASSERT_EQUAL(it_login(login, IT_PASSWORD, &t), 422);
	it_sess_free(&t);

	CU_ASSERT_EQUAL(adm_act(id, "enable", NULL, NULL, NULL), 303);
	CU_ASSERT_EQUAL(it_sql_int("SELECT is_disabled FROM staff_account "
	    "WHERE id = %lld", id), 0);
	/* The old session stays ended. */
	CU_ASSERT_EQUAL(adm_status("/staff/", &s), 401);
	CU_ASSERT_EQUAL(it_login(login, IT_PASSWORD, &t), 303);
	CU_ASSERT_EQUAL(adm_status("/staff/", &t), 200);
	it_sess_free(&t);
	it_sess_free(&s);

	/*
	 * Disabled and enabled again before the owner's next request: the
	 * session must still be over.
	 */
	CU_ASSERT_EQUAL_FATAL(it_login(login, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL(adm_act(id, "disable", NULL, NULL, NULL), 303);
	CU_ASSERT_EQUAL(adm_act(id, "enable", NULL, NULL, NULL), 303);
	if (adm_status("/staff/", &s) != 401)
		fprintf(stderr, "\n    a session survived disable + enable "
		    "(GET /staff/ with it: not 401)\n");
	CU_ASSERT_EQUAL(adm_status("/staff/", &s), 401);
	it_sess_free(&s);
	free(login);
}

static void
test_not_self(void)
{
	char *loc;

	CU_ASSERT_EQUAL(adm_act(adm_id, "disable", NULL, NULL, &loc), 422);
	free(loc);
	CU_ASSERT_EQUAL(adm_act(adm_id, "role", "role", "viewer", &loc), 422);
	free(loc);
	CU_ASSERT_EQUAL(adm_act(adm_id, "role", "role", "dpo", &loc), 422);
	free(loc);
	CU_ASSERT_EQUAL(it_sql_int("SELECT role = 'admin' AND is_disabled = 0 "
	    "FROM staff_account WHERE id = %lld", adm_id), 1);
	CU_ASSERT_EQUAL(adm_status("/staff/users", &adm), 200);
}

static void
test_escaping(void)
{
	static const char evil[] = "<script>alert(1)</script>";
	struct ht_resp r;
	xmlDocPtr doc;
	char *login, *path, *x, *v;
	long long id;

	login = it_name("t-adm-xss");
	CU_ASSERT_EQUAL_FATAL(adm_create(login, evil, "viewer", NULL), 303);
	id = it_account_id(login);
	CU_ASSERT_FATAL(id > 0);

	CU_ASSERT_FATAL(ht_get(&r, "/staff/users", adm.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/users (HTML)"));
	CU_ASSERT(ht_body_has(&r, "&lt;script&gt;"));
	CU_ASSERT(!ht_body_has(&r, "<script>alert"));
	CU_ASSERT(!ht_body_has(&r, "<script"));
	ht_resp_free(&r);

	path = xasprintf("/staff/users/%lld", id);
	CU_ASSERT_FATAL(ht_get(&r, path, adm.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/users/ID (HTML)"));
	CU_ASSERT(ht_body_has(&r, "&lt;script&gt;"));
	CU_ASSERT(!ht_body_has(&r, "<script"));
	ht_resp_free(&r);

	/* The XML document holds the text itself, escaped once. */
	CU_ASSERT_FATAL(ht_get(&r, "/staff/users", adm.cookie, 1) == 0);
	CU_ASSERT(!ht_body_has(&r, "<script"));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	x = xasprintf("string(/users/user[@login='%s']/name)", login);
	v = ht_xpath(doc, x);
	CU_ASSERT_STRING_EQUAL(v, evil);
	free(v);
	free(x);
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* In an attribute too: a form value sent back after an error. */
	{
		struct buf b = { 0 };

		ht_form_add(&b, "login", "\"><script>alert(2)</script>");
		ht_form_add(&b, "display_name", "\"><b onmouseover=x>");
		ht_form_add(&b, "role", "viewer");
		ht_form_add(&b, "password", IT_PASSWORD);
		it_form_csrf(&b, &adm);
		{
			struct ht_req rq;

			memset(&rq, 0, sizeof(rq));
			rq.path = "/staff/users";
			rq.cookie = adm.cookie;
			rq.accept = "text/html";
			rq.ctype = "application/x-www-form-urlencoded";
			rq.body = b.p;
			CU_ASSERT_FATAL(ht_do(&rq, &r) == 0);
		}
		CU_ASSERT(it_status(&r, 422, "POST /staff/users (markup in "
		    "login, HTML)"));
		/* The quote must not end the attribute. */
		CU_ASSERT(!ht_body_has(&r, "\"><script"));
		CU_ASSERT(!ht_body_has(&r, "\"><b onmouseover"));
		CU_ASSERT(ht_body_has(&r, "&lt;script&gt;alert(2)"));
		ht_resp_free(&r);
		buf_free(&b);
	}
	free(path);
	free(login);
}

int
test_admin_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("admin", adm_init, adm_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "create an account; the list shows it",
	    test_create_and_list) == NULL ||
	    CU_add_test(s, "a taken login or a bad field: 422",
	    test_create_taken) == NULL ||
	    CU_add_test(s, "change role, grant and revoke",
	    test_role_and_grants) == NULL ||
	    CU_add_test(s, "reset a password: old sessions end",
	    test_reset) == NULL ||
	    CU_add_test(s, "disable: sessions end, no login; enable",
	    test_disable) == NULL ||
	    CU_add_test(s, "an admin cannot disable or demote themself",
	    test_not_self) == NULL ||
	    CU_add_test(s, "markup in data comes out escaped",
	    test_escaping) == NULL)
		return -1;
	return 0;
}
