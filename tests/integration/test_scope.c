/* test_scope: what each role may see and do: a viewer cannot POST admin pages, a DPO sees only its organisations. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "itest.h"

static char *sc_viewer, *sc_dpo, *sc_org_a, *sc_org_b;

static int
sc_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	sc_org_a = it_org("scope-a");
	sc_org_b = it_org("scope-b");
	sc_viewer = it_name("t-viewer");
	sc_dpo = it_name("t-dpo");
	if (it_user_add(sc_viewer, "viewer", NULL, IT_PASSWORD) != 0 ||
	    it_user_add(sc_dpo, "dpo", sc_org_a, IT_PASSWORD) != 0)
		return -1;
	return 0;
}

static int
sc_clean(void)
{
	free(sc_viewer);
	free(sc_dpo);
	free(sc_org_a);
	free(sc_org_b);
	sc_viewer = sc_dpo = sc_org_a = sc_org_b = NULL;
	return 0;
}

/* GET path as s (XML); returns the status and keeps the doc in *doc. */
static long
sc_get(const struct it_sess *s, const char *path, xmlDocPtr *doc)
{
	struct ht_resp r;
	long status;

	if (ht_get(&r, path, s->cookie, 1) == -1)
		r.status = -1;
	status = r.status;
	if (doc != NULL)
		*doc = ht_xml(&r);
	ht_resp_free(&r);
	return status;
}

/* POST form (with s's CSRF token) to path as s; returns the status. */
static long
sc_post(const struct it_sess *s, const char *path, struct buf *form)
{
	struct ht_resp r;
	long status;

	it_form_csrf(form, s);
	if (ht_post(&r, path, s->cookie, form->p) == -1)
		r.status = -1;
	status = r.status;
	ht_resp_free(&r);
	buf_free(form);
	return status;
}

/* A non-admin session s is refused every admin page and action. */
static void
sc_no_admin(const struct it_sess *s, const char *role)
{
	struct buf b = { 0 };
	struct ht_resp r;
	char *login, *hash, *hash2, *path;
	long long admin_id, self;
	xmlDocPtr doc;

	admin_id = it_account_id("admin");
	self = it_account_id(role[0] == 'v' ? sc_viewer : sc_dpo);
	hash = it_sql_str("SELECT password_hash FROM staff_account WHERE id = "
	    "%lld", admin_id);

	CU_ASSERT_FATAL(ht_get(&r, "/staff/users", s->cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 403, "GET /staff/users (non-admin)"));
	CU_ASSERT(ht_body_has(&r, "administrator"));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(sc_get(s, "/staff/users", &doc), 403);
	CU_ASSERT_PTR_NOT_NULL(doc);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(//user)"), 0);
	xmlFreeDoc(doc);
	path = xasprintf("/staff/users/%lld", admin_id);
	CU_ASSERT_EQUAL(sc_get(s, path, NULL), 403);

	login = it_name(role[0] == 'v' ? "t-by-viewer" : "t-by-dpo");
	ht_form_add(&b, "login", login);
	ht_form_add(&b, "role", "admin");
	ht_form_add(&b, "password", IT_PASSWORD);
	CU_ASSERT_EQUAL(sc_post(s, "/staff/users", &b), 403);
	CU_ASSERT_EQUAL(it_account_id(login), -1);

	ht_form_add(&b, "action", "reset");
	ht_form_add(&b, "password", "taken-over-password");
	CU_ASSERT_EQUAL(sc_post(s, path, &b), 403);
	hash2 = it_sql_str("SELECT password_hash FROM staff_account WHERE id "
	    "= %lld", admin_id);
	CU_ASSERT(hash != NULL && hash2 != NULL && strcmp(hash, hash2) == 0);
	free(hash2);

	ht_form_add(&b, "action", "disable");
	CU_ASSERT_EQUAL(sc_post(s, path, &b), 403);
	CU_ASSERT_EQUAL(it_sql_int("SELECT is_disabled FROM staff_account "
	    "WHERE id = %lld", admin_id), 0);
	free(path);

	/* Nor may it raise itself. */
	path = xasprintf("/staff/users/%lld", self);
	ht_form_add(&b, "action", "role");
	ht_form_add(&b, "role", "admin");
	CU_ASSERT_EQUAL(sc_post(s, path, &b), 403);
	ht_form_add(&b, "action", "grant");
	ht_form_add(&b, "org", sc_org_b);
	CU_ASSERT_EQUAL(sc_post(s, path, &b), 403);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_account WHERE "
	    "id = %lld AND role = '%s'", self, role), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM staff_org g JOIN "
	    "organisation o ON o.id = g.org_id WHERE g.account_id = %lld AND "
	    "o.slug = '%s'", self, sc_org_b), 0);
	free(path);
	free(login);
	free(hash);
}

static void
test_viewer_no_admin(void)
{
	struct it_sess s;

	CU_ASSERT_EQUAL_FATAL(it_login(sc_viewer, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL(sc_get(&s, "/staff/", NULL), 200);
	sc_no_admin(&s, "viewer");
	/* Still logged in. */
	CU_ASSERT_EQUAL(sc_get(&s, "/staff/", NULL), 200);
	it_sess_free(&s);
}

static void
test_dpo_no_admin(void)
{
	struct it_sess s;

	CU_ASSERT_EQUAL_FATAL(it_login(sc_dpo, IT_PASSWORD, &s), 303);
	sc_no_admin(&s, "dpo");
	it_sess_free(&s);
}

static void
test_viewer_password(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	struct it_sess s, other, t;
	xmlDocPtr doc;
	char *hash, *hash2, *loc, *v;
	long long id;

	id = it_account_id(sc_viewer);
	CU_ASSERT_EQUAL_FATAL(it_login(sc_viewer, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL_FATAL(it_login(sc_viewer, IT_PASSWORD, &other), 303);
	hash = it_sql_str("SELECT password_hash FROM staff_account WHERE id = "
	    "%lld", id);
	CU_ASSERT_EQUAL(sc_get(&s, "/staff/account/password", NULL), 200);

	/* Wrong current password, mismatched or short new one: 422. */
	ht_form_add(&b, "current", "not-my-password");
	ht_form_add(&b, "password", "viewer-new-password");
	ht_form_add(&b, "confirm", "viewer-new-password");
	CU_ASSERT_EQUAL(sc_post(&s, "/staff/account/password", &b), 422);
	ht_form_add(&b, "current", IT_PASSWORD);
	ht_form_add(&b, "password", "viewer-new-password");
	ht_form_add(&b, "confirm", "viewer-new-passwore");
	CU_ASSERT_EQUAL(sc_post(&s, "/staff/account/password", &b), 422);
	ht_form_add(&b, "current", IT_PASSWORD);
	ht_form_add(&b, "password", "short");
	ht_form_add(&b, "confirm", "short");
	CU_ASSERT_EQUAL(sc_post(&s, "/staff/account/password", &b), 422);
	hash2 = it_sql_str("SELECT password_hash FROM staff_account WHERE id "
	    "= %lld", id);
	CU_ASSERT(hash != NULL && hash2 != NULL && strcmp(hash, hash2) == 0);
	free(hash2);
	CU_ASSERT_EQUAL(sc_get(&other, "/staff/", NULL), 200);

	/* The error names the field and keeps no password. */
	ht_form_add(&b, "current", IT_PASSWORD);
	ht_form_add(&b, "password", "viewer-new-password");
	ht_form_add(&b, "confirm", "something-else-entirely");
	it_form_csrf(&b, &s);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/account/password", s.cookie, b.p)
	    == 0);
	CU_ASSERT(it_status(&r, 422, "POST /staff/account/password "
	    "(mismatch)"));
	CU_ASSERT(!ht_body_has(&r, "viewer-new-password"));
	CU_ASSERT(!ht_body_has(&r, IT_PASSWORD));
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	v = ht_xpath(doc, "string(//form/field[@name='confirm']/@error)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	buf_free(&b);

	/* The change. */
	ht_form_add(&b, "current", IT_PASSWORD);
	ht_form_add(&b, "password", "viewer-new-password");
	ht_form_add(&b, "confirm", "viewer-new-password");
	it_form_csrf(&b, &s);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/account/password", s.cookie, b.p)
	    == 0);
	CU_ASSERT(it_status(&r, 303, "POST /staff/account/password"));
	loc = ht_header(&r, "Location");
	CU_ASSERT(loc != NULL && strcmp(loc,
	    "/staff/account/password?changed=1") == 0);
	free(loc);
	ht_resp_free(&r);
	buf_free(&b);
	hash2 = it_sql_str("SELECT password_hash FROM staff_account WHERE id "
	    "= %lld", id);
	CU_ASSERT(hash != NULL && hash2 != NULL && strcmp(hash, hash2) != 0);
	free(hash2);

	/* This session goes on, the other one has ended. */
	CU_ASSERT_EQUAL(sc_get(&s, "/staff/account/password?changed=1", &doc),
	    200);
	v = ht_xpath(doc, "string(//meta/flash)");
	CU_ASSERT(v != NULL && strlen(v) > 0);
	free(v);
	xmlFreeDoc(doc);
	CU_ASSERT_EQUAL(sc_get(&other, "/staff/", NULL), 401);
	CU_ASSERT_EQUAL(it_login(sc_viewer, IT_PASSWORD, &t), 422);
	it_sess_free(&t);
	CU_ASSERT_EQUAL(it_login(sc_viewer, "viewer-new-password", &t), 303);
	it_sess_free(&t);

	/* Back to the shared password for the other tests. */
	ht_form_add(&b, "current", "viewer-new-password");
	ht_form_add(&b, "password", IT_PASSWORD);
	ht_form_add(&b, "confirm", IT_PASSWORD);
	CU_ASSERT_EQUAL(sc_post(&s, "/staff/account/password", &b), 303);
	it_sess_free(&other);
	it_sess_free(&s);
	free(hash);
}

static void
test_dpo_scope(void)
{
	struct it_sess s, a;
	xmlDocPtr doc;
	char *pa, *pb, *v, *x;

	pa = xasprintf("/staff/o/%s", sc_org_a);
	pb = xasprintf("/staff/o/%s", sc_org_b);
	CU_ASSERT_EQUAL_FATAL(it_login(sc_dpo, IT_PASSWORD, &s), 303);

	CU_ASSERT_EQUAL(sc_get(&s, pa, &doc), 200);
	v = ht_xpath(doc, "string(//organisation/@slug)");
	CU_ASSERT(v != NULL && strcmp(v, sc_org_a) == 0);
	free(v);
	xmlFreeDoc(doc);

	/* Another's organisation is as absent as one that does not exist. */
	CU_ASSERT_EQUAL(sc_get(&s, pb, &doc), 404);
	CU_ASSERT(ht_xpath_int(doc, "number(/error/@status)") == 404);
	v = ht_xpath(doc, "string(/error/message)");
	xmlFreeDoc(doc);
	CU_ASSERT_EQUAL(sc_get(&s, "/staff/o/no-such-organisation", &doc),
	    404);
	x = ht_xpath(doc, "string(/error/message)");
	CU_ASSERT(v != NULL && x != NULL && strcmp(v, x) == 0);
	free(v);
	free(x);
	xmlFreeDoc(doc);
	{
		struct ht_resp r;
		char *name = xasprintf("Integration %s Ltd", sc_org_b);

		CU_ASSERT_FATAL(ht_get(&r, pb, s.cookie, 0) == 0);
		CU_ASSERT(it_status(&r, 404, "GET /staff/o/OTHER (DPO, HTML)"));
		CU_ASSERT(!ht_body_has(&r, name));
		ht_resp_free(&r);
		free(name);
	}

	/* Its dashboard lists only what it was granted. */
	CU_ASSERT_EQUAL(sc_get(&s, "/staff/", &doc), 200);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/dashboard/organisations/"
	    "organisation)"), 1);
	v = ht_xpath(doc, "string(/dashboard/organisations/organisation/"
	    "@slug)");
	CU_ASSERT(v != NULL && strcmp(v, sc_org_a) == 0);
	free(v);
	xmlFreeDoc(doc);

	/* The admin sees all. */
	CU_ASSERT_EQUAL_FATAL(it_login("admin", it_admin_password(), &a), 303);
	CU_ASSERT_EQUAL(sc_get(&a, pa, NULL), 200);
	CU_ASSERT_EQUAL(sc_get(&a, pb, NULL), 200);
	CU_ASSERT_EQUAL(sc_get(&a, "/staff/o/no-such-organisation", NULL),
	    404);
	CU_ASSERT_EQUAL(sc_get(&a, "/staff/", &doc), 200);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	x = xasprintf("count(/dashboard/organisations/organisation[@slug="
	    "'%s' or @slug='%s'])", sc_org_a, sc_org_b);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, x), 2);
	free(x);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/dashboard/organisations/"
	    "organisation)"), it_sql_int("SELECT COUNT(*) FROM organisation "
	    "WHERE is_retired = 0"));
	xmlFreeDoc(doc);
	it_sess_free(&a);
	it_sess_free(&s);
	free(pa);
	free(pb);
}

static void
test_viewer_scope(void)
{
	struct it_sess s;
	xmlDocPtr doc;
	char *pa;

	/* A viewer with no grants sees no organisation. */
	pa = xasprintf("/staff/o/%s", sc_org_a);
	CU_ASSERT_EQUAL_FATAL(it_login(sc_viewer, IT_PASSWORD, &s), 303);
	CU_ASSERT_EQUAL(sc_get(&s, pa, NULL), 404);
	CU_ASSERT_EQUAL(sc_get(&s, "/staff/", &doc), 200);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/dashboard/organisations/"
	    "organisation)"), 0);
	xmlFreeDoc(doc);
	it_sess_free(&s);
	free(pa);
}

int
test_scope_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("scope", sc_init, sc_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "a viewer cannot see or POST admin pages",
	    test_viewer_no_admin) == NULL ||
	    CU_add_test(s, "a DPO cannot see or POST admin pages",
	    test_dpo_no_admin) == NULL ||
	    CU_add_test(s, "a viewer changes its own password",
	    test_viewer_password) == NULL ||
	    CU_add_test(s, "a DPO sees its organisation, 404 for another's",
	    test_dpo_scope) == NULL ||
	    CU_add_test(s, "a viewer without grants sees none",
	    test_viewer_scope) == NULL)
		return -1;
	return 0;
}
