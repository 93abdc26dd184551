/* test_activity: create, edit, conflict, retire and restore an activity through HTTP; its history; the register as at a past time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "itest.h"

static char *ac_org;
static struct it_sess ac_admin;

static int
ac_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	ac_org = it_org("activity");
	return it_login("admin", it_admin_password(), &ac_admin) == 303 ?
	    0 : -1;
}

static int
ac_clean(void)
{
	it_sess_free(&ac_admin);
	free(ac_org);
	ac_org = NULL;
	return 0;
}

/* POSTs a form to path as s; returns the status (and r, to free). */
static long
ac_post(const struct it_sess *s, const char *path, struct buf *b,
    struct ht_resp *r)
{
	it_form_csrf(b, s);
	memset(r, 0, sizeof(*r));
	if (ht_post(r, path, s->cookie, b->p) == -1)
		return -1;
	return r->status;
}

/* The id at the end of a Location like /staff/o/X/activities/12?done=. */
static long long
ac_location_id(const struct ht_resp *r)
{
	char *loc = ht_header(r, "Location"), *p;
	long long id = -1;

	if (loc != NULL && (p = strstr(loc, "/activities/")) != NULL)
		id = strtoll(p + 12, NULL, 10);
	free(loc);
	return id;
}

/* Creates an activity named name; returns its id or -1. */
static long long
ac_create(const char *name, const char *purposes)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long long id = -1;
	char *path;

	path = xasprintf("/staff/o/%s/activities/new", ac_org);
	ht_form_add(&b, "name", name);
	ht_form_add(&b, "role", "controller");
	ht_form_add(&b, "status", "active");
	ht_form_add(&b, "purposes", purposes);
	ht_form_add(&b, "lawful_basis", "b");
	ht_form_add(&b, "retention_months", "12");
	if (ac_post(&ac_admin, path, &b, &r) == 303)
		id = ac_location_id(&r);
	else
		it_status(&r, 303, "POST activities/new");
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	return id;
}

/* Saves purposes on activity id at version; returns the status. */
static long
ac_save(long long id, long long version, const char *purposes)
{
	struct buf b = { 0 };
	struct ht_resp r;
	char *path, v[24];
	long st;

	path = xasprintf("/staff/o/%s/activities/%lld", ac_org, id);
	snprintf(v, sizeof(v), "%lld", version);
	ht_form_add(&b, "action", "save");
	ht_form_add(&b, "version", v);
	ht_form_add(&b, "name", "Edited activity");
	ht_form_add(&b, "role", "controller");
	ht_form_add(&b, "status", "active");
	ht_form_add(&b, "purposes", purposes);
	st = ac_post(&ac_admin, path, &b, &r);
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	return st;
}

static void
test_create_edit_conflict(void)
{
	long long id, v;
	char *s;

	id = ac_create("Newsletter", "Sending the monthly newsletter");
	CU_ASSERT_FATAL(id > 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM activity WHERE "
	    "id = %lld", id), 1);
	CU_ASSERT(it_sql_int("SELECT changed_by FROM activity WHERE id = %lld",
	    id) == it_account_id("admin"));

	/* Two people opened version 1: the first save wins ... */
	CU_ASSERT_EQUAL(ac_save(id, 1, "First editor's purposes"), 303);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM activity WHERE "
	    "id = %lld", id), 2);
	/* ... the second is refused, and nothing of it is saved. */
	CU_ASSERT_EQUAL(ac_save(id, 1, "Second editor's purposes"), 409);
	s = it_sql_str("SELECT purposes FROM activity WHERE id = %lld", id);
	CU_ASSERT(s != NULL && strcmp(s, "First editor's purposes") == 0);
	free(s);
	v = it_sql_int("SELECT version FROM activity WHERE id = %lld", id);
	CU_ASSERT_EQUAL(v, 2);
	/* With the current version it goes through. */
	CU_ASSERT_EQUAL(ac_save(id, v, "Third purposes"), 303);
}

static void
test_bad_input(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long long before;
	char *path;
	xmlDocPtr doc;

	before = it_sql_int("SELECT COUNT(*) FROM activity a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s'", ac_org);
	path = xasprintf("/staff/o/%s/activities/new", ac_org);
	ht_form_add(&b, "name", "");
	ht_form_add(&b, "role", "overlord");
	ht_form_add(&b, "status", "active");
	ht_form_add(&b, "retention_months", "twelve");
	ht_form_add(&b, "next_review", "2026-02-30");
	ht_form_add(&b, "purposes", "Kept <b>typed</b>");
	it_form_csrf(&b, &ac_admin);
	{
		struct ht_req rq = { 0 };

		rq.path = path;
		rq.cookie = ac_admin.cookie;
		rq.accept = "application/xml";
		rq.body = b.p;
		rq.ctype = "application/x-www-form-urlencoded";
		memset(&r, 0, sizeof(r));
		CU_ASSERT_FATAL(ht_do(&rq, &r) == 0);
	}
	CU_ASSERT(it_status(&r, 422, "POST activities/new with errors"));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	CU_ASSERT(ht_xpath_int(doc, "count(//field[@error])") == 4);
	CU_ASSERT(ht_xpath_int(doc, "count(//field[@name='name'][@error])") ==
	    1);
	CU_ASSERT(ht_xpath_int(doc, "count(//field[@name='retention_months']"
	    "[@value='twelve'][@error])") == 1);
	CU_ASSERT(ht_xpath_int(doc, "count(//field[@name='purposes']"
	    "[@value='Kept <b>typed</b>'])") == 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM activity a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s'", ac_org),
	    before);
}

static void
test_retire_restore_history(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long long id;
	char *path, *reg;
	xmlDocPtr doc;

	id = ac_create("Retire me", "Something short-lived");
	CU_ASSERT_FATAL(id > 0);
	path = xasprintf("/staff/o/%s/activities/%lld", ac_org, id);
	reg = xasprintf("/staff/o/%s/register", ac_org);

	ht_form_add(&b, "action", "retire");
	ht_form_add(&b, "version", "1");
	CU_ASSERT_EQUAL(ac_post(&ac_admin, path, &b, &r), 303);
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM activity WHERE "
	    "id = %lld AND status = 'retired'", id), 1);
	/* Retired: gone from the register, not from the database. */
	CU_ASSERT_FATAL(ht_get(&r, reg, ac_admin.cookie, 1) == 0);
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	{
		char *q = xasprintf("count(//activity[@id='%lld'])", id);

		CU_ASSERT_EQUAL(ht_xpath_int(doc, q), 0);
		free(q);
	}
	xmlFreeDoc(doc);
	ht_resp_free(&r);

	/* A retire with the old version is a conflict. */
	ht_form_add(&b, "action", "restore");
	ht_form_add(&b, "version", "1");
	CU_ASSERT_EQUAL(ac_post(&ac_admin, path, &b, &r), 409);
	ht_resp_free(&r);
	buf_free(&b);
	ht_form_add(&b, "action", "restore");
	ht_form_add(&b, "version", "2");
	CU_ASSERT_EQUAL(ac_post(&ac_admin, path, &b, &r), 303);
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM activity WHERE "
	    "id = %lld AND status = 'draft'", id), 1);

	/* History: three versions, each by admin, the last two changing status. */
	{
		char *h = xasprintf("%s/history", path);

		CU_ASSERT_FATAL(ht_get(&r, h, ac_admin.cookie, 1) == 0);
		CU_ASSERT(it_status(&r, 200, "GET activity history"));
		CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
		CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/activity-history/"
		    "version)"), 3);
		CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/activity-history/"
		    "version[@by='admin'])"), 3);
		CU_ASSERT_EQUAL(ht_xpath_int(doc, "count(/activity-history/"
		    "version[@n='2']/change[@field='status'][to='retired'])"),
		    1);
		xmlFreeDoc(doc);
		ht_resp_free(&r);
		free(h);
	}
	free(path);
	free(reg);
}

/* The register as at a time before an edit shows the old values. */
static void
test_as_at(void)
{
	struct ht_resp r;
	long long id;
	char *slug, *path, *asat, *old;
	xmlDocPtr doc;

	/*
	 * Write an organisation and an activity two days ago: MariaDB takes
	 * a versioned row's start from the session's timestamp.
	 */
	slug = it_name("it-asat");
	CU_ASSERT_FATAL(it_sql("SET timestamp = UNIX_TIMESTAMP() - 172800") ==
	    0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO organisation (slug, name, "
	    "ref_prefix) VALUES ('%s', 'As-at Ltd', 'ASAT')", slug) == 0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO activity (org_id, name, role, "
	    "status, purposes) SELECT id, 'Payroll', 'controller', 'active', "
	    "'Purposes before' FROM organisation WHERE slug = '%s'", slug) ==
	    0);
	CU_ASSERT_FATAL(it_sql("SET timestamp = DEFAULT") == 0);
	id = it_sql_int("SELECT a.id FROM activity a JOIN organisation o ON "
	    "o.id = a.org_id WHERE o.slug = '%s'", slug);
	CU_ASSERT_FATAL(id > 0);

	/* Edit it now, through the page. */
	free(ac_org);
	ac_org = xstrdup(slug);
	CU_ASSERT_EQUAL(ac_save(id, 1, "Purposes after"), 303);

	asat = it_sql_str("SELECT DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL 1 DAY, "
	    "'%%Y-%%m-%%d')");
	CU_ASSERT_FATAL(asat != NULL);
	path = xasprintf("/staff/o/%s/register?asat=%s", slug, asat);
	CU_ASSERT_FATAL(ht_get(&r, path, ac_admin.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET register as at yesterday"));
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	old = ht_xpath(doc, "string(//activity/purposes)");
	CU_ASSERT(old != NULL && strcmp(old, "Purposes before") == 0);
	CU_ASSERT(ht_xpath_int(doc, "count(/register/asat)") == 1);
	free(old);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(path);

	path = xasprintf("/staff/o/%s/register", slug);
	CU_ASSERT_FATAL(ht_get(&r, path, ac_admin.cookie, 1) == 0);
	CU_ASSERT_FATAL((doc = ht_xml(&r)) != NULL);
	old = ht_xpath(doc, "string(//activity/purposes)");
	CU_ASSERT(old != NULL && strcmp(old, "Purposes after") == 0);
	free(old);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(path);

	/* Before the organisation existed: 404; a malformed date: 422. */
	path = xasprintf("/staff/o/%s/register?asat=2020-01-01", slug);
	CU_ASSERT_FATAL(ht_get(&r, path, ac_admin.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET register before it existed"));
	ht_resp_free(&r);
	free(path);
	path = xasprintf("/staff/o/%s/register?asat=2026-13-01", slug);
	CU_ASSERT_FATAL(ht_get(&r, path, ac_admin.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 422, "GET register with a bad as-at date"));
	ht_resp_free(&r);
	free(path);
	free(asat);
	free(slug);
}

/* A viewer cannot change an activity; another org's DPO gets 404. */
static void
test_scope(void)
{
	struct it_sess v = { 0 };
	struct buf b = { 0 };
	struct ht_resp r;
	char *login, *path, *other;
	long long id;

	id = ac_create("Scoped", "Purposes");
	CU_ASSERT_FATAL(id > 0);
	login = it_name("t-actviewer");
	CU_ASSERT_FATAL(it_user_add(login, "viewer", ac_org, IT_PASSWORD) ==
	    0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &v) == 303);
	path = xasprintf("/staff/o/%s/activities/%lld", ac_org, id);
	CU_ASSERT_FATAL(ht_get(&r, path, v.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "a viewer reads an activity"));
	ht_resp_free(&r);
	ht_form_add(&b, "action", "retire");
	ht_form_add(&b, "version", "1");
	CU_ASSERT_EQUAL(ac_post(&v, path, &b, &r), 403);
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM activity WHERE "
	    "id = %lld AND status = 'active'", id), 1);
	it_sess_free(&v);
	free(login);

	other = it_org("activity-other");
	login = it_name("t-actdpo");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", other, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &v) == 303);
	CU_ASSERT_FATAL(ht_get(&r, path, v.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "another org's DPO reads an activity"));
	ht_resp_free(&r);
	ht_form_add(&b, "action", "retire");
	ht_form_add(&b, "version", "1");
	CU_ASSERT_EQUAL(ac_post(&v, path, &b, &r), 404);
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM activity WHERE "
	    "id = %lld AND status = 'active'", id), 1);
	it_sess_free(&v);
	free(login);
	free(other);
	free(path);
}

int
test_activity_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("activity", ac_init, ac_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "create, edit, and a conflicting second save",
	    test_create_edit_conflict) == NULL ||
	    CU_add_test(s, "bad input: 422, errors by field, nothing saved",
	    test_bad_input) == NULL ||
	    CU_add_test(s, "retire, restore, and the history of who did it",
	    test_retire_restore_history) == NULL ||
	    CU_add_test(s, "the register as at a past date",
	    test_as_at) == NULL ||
	    CU_add_test(s, "viewers and other organisations' DPOs",
	    test_scope) == NULL)
		return -1;
	return 0;
}
