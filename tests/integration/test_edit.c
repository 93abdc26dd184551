/* test_edit: recipients (create, edit, conflict, locations, retire refused while used), organisations (create, settings, conflict) through HTTP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "itest.h"

static char *ed_org;
static struct it_sess ed_admin;

static int
ed_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	ed_org = it_org("edit");
	return it_login("admin", it_admin_password(), &ed_admin) == 303 ?
	    0 : -1;
}

static int
ed_clean(void)
{
	it_sess_free(&ed_admin);
	free(ed_org);
	ed_org = NULL;
	return 0;
}

/*
 * POSTs form b (the CSRF token added) to path as s, asking for the XML
 * document; returns the status (and r, to free).
 */
static long
ed_post(const struct it_sess *s, const char *path, struct buf *b,
    struct ht_resp *r)
{
	struct ht_req rq = { 0 };

	it_form_csrf(b, s);
	rq.path = path;
	rq.cookie = s->cookie;
	rq.accept = "application/xml";
	rq.body = b->p;
	rq.ctype = "application/x-www-form-urlencoded";
	memset(r, 0, sizeof(*r));
	if (ht_do(&rq, r) == -1)
		return -1;
	return r->status;
}

/* ed_post, then frees the response and the form; returns the status. */
static long
ed_post_only(const struct it_sess *s, const char *path, struct buf *b)
{
	struct ht_resp r;
	long st;

	st = ed_post(s, path, b, &r);
	ht_resp_free(&r);
	buf_free(b);
	return st;
}

/* The id after "what" in the Location of r (/staff/o/X/recipients/12?...). */
static long long
ed_location_id(const struct ht_resp *r, const char *what)
{
	char *loc = ht_header(r, "Location"), *p;
	long long id = -1;

	if (loc != NULL && (p = strstr(loc, what)) != NULL)
		id = strtoll(p + strlen(what), NULL, 10);
	free(loc);
	return id;
}

/* The number of XPath expr's matches in r's XML body; -1 if not XML. */
static long long
ed_count(const struct ht_resp *r, const char *expr)
{
	xmlDocPtr doc;
	long long n;

	if ((doc = ht_xml(r)) == NULL)
		return -1;
	n = ht_xpath_int(doc, expr);
	xmlFreeDoc(doc);
	return n;
}

static char *
ed_rcp_path(long long id)
{
	return xasprintf("/staff/o/%s/recipients/%lld", ed_org, id);
}

/* Creates a processor named name as admin; returns its id or -1. */
static long long
ed_rcp_create(const char *name)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long long id = -1;
	char *path;

	path = xasprintf("/staff/o/%s/recipients/new", ed_org);
	ht_form_add(&b, "name", name);
	ht_form_add(&b, "kind", "processor");
	ht_form_add(&b, "service", "Card payments");
	if (ed_post(&ed_admin, path, &b, &r) == 303)
		id = ed_location_id(&r, "/recipients/");
	else
		it_status(&r, 303, "POST recipients/new");
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	return id;
}

/* Saves recipient id at version with contract_ref ref; returns the status. */
static long
ed_rcp_save(const struct it_sess *s, long long id, long long version,
    const char *ref, struct ht_resp *r)
{
	struct buf b = { 0 };
	char *path, v[24];
	long st;

	path = ed_rcp_path(id);
	snprintf(v, sizeof(v), "%lld", version);
	ht_form_add(&b, "action", "save");
	ht_form_add(&b, "version", v);
	ht_form_add(&b, "name", "Stripe");
	ht_form_add(&b, "kind", "processor");
	ht_form_add(&b, "service", "Card payments");
	ht_form_add(&b, "contract_ref", ref);
	ht_form_add(&b, "contract_date", "2024-03-01");
	ht_form_add(&b, "dpf_certified", "1");
	st = ed_post(s, path, &b, r);
	buf_free(&b);
	free(path);
	return st;
}

static long long
ed_audit(const char *action, long long id)
{
	return it_sql_int("SELECT COUNT(*) FROM audit WHERE action = '%s' AND "
	    "entity_id = %lld AND account_id = %lld", action, id,
	    it_account_id("admin"));
}

static void
test_recipient_create_edit_conflict(void)
{
	struct ht_resp r;
	long long id;
	char *s, *path;

	id = ed_rcp_create("Stripe");
	CU_ASSERT_FATAL(id > 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM recipient WHERE "
	    "id = %lld", id), 1);
	CU_ASSERT(it_sql_int("SELECT changed_by FROM recipient WHERE "
	    "id = %lld", id) == it_account_id("admin"));
	CU_ASSERT(it_sql_int("SELECT COUNT(*) FROM recipient r JOIN "
	    "organisation o ON o.id = r.org_id WHERE r.id = %lld AND "
	    "o.slug = '%s'", id, ed_org) == 1);
	CU_ASSERT_EQUAL(ed_audit("recipient_create", id), 1);

	/* Its page, as XML. */
	path = ed_rcp_path(id);
	CU_ASSERT_FATAL(ht_get(&r, path, ed_admin.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET a recipient"));
	CU_ASSERT_EQUAL(ed_count(&r, "count(/recipient-edit/recipient"
	    "[@version='1']/name[. = 'Stripe'])"), 1);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//form/field[@name='kind']"
	    "[@value='processor'])"), 1);
	ht_resp_free(&r);
	/* And as HTML. */
	CU_ASSERT_FATAL(ht_get(&r, path, ed_admin.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET a recipient (HTML)"));
	CU_ASSERT(ht_body_has(&r, "Add a location"));
	ht_resp_free(&r);

	/* Two people opened version 1: the first save wins ... */
	CU_ASSERT_EQUAL(ed_rcp_save(&ed_admin, id, 1, "DPA-first", &r), 303);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM recipient WHERE "
	    "id = %lld", id), 2);
	/* ... the second is refused, what was typed is kept, nothing saved. */
	CU_ASSERT_EQUAL(ed_rcp_save(&ed_admin, id, 1, "DPA-second", &r), 409);
	CU_ASSERT_EQUAL(ed_count(&r, "count(/recipient-edit/problem)"), 1);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//form/field[@name='contract_ref']"
	    "[@value='DPA-second'])"), 1);
	ht_resp_free(&r);
	s = it_sql_str("SELECT contract_ref FROM recipient WHERE id = %lld",
	    id);
	CU_ASSERT(s != NULL && strcmp(s, "DPA-first") == 0);
	free(s);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM recipient WHERE "
	    "id = %lld", id), 2);
	CU_ASSERT_EQUAL(ed_audit("recipient_update", id), 1);
	/* With the current version it goes through. */
	CU_ASSERT_EQUAL(ed_rcp_save(&ed_admin, id, 2, "DPA-third", &r), 303);
	ht_resp_free(&r);
	s = it_sql_str("SELECT contract_date FROM recipient WHERE id = %lld",
	    id);
	CU_ASSERT(s != NULL && strcmp(s, "2024-03-01") == 0);
	free(s);
	free(path);
}

static void
test_recipient_bad_input(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long long before;
	char *path;

	before = it_sql_int("SELECT COUNT(*) FROM recipient r JOIN "
	    "organisation o ON o.id = r.org_id WHERE o.slug = '%s'", ed_org);
	path = xasprintf("/staff/o/%s/recipients/new", ed_org);
	ht_form_add(&b, "name", "");
	ht_form_add(&b, "kind", "overlord");
	ht_form_add(&b, "contract_date", "2026-02-30");
	ht_form_add(&b, "dpf_certified", "maybe");
	ht_form_add(&b, "service", "Kept <b>typed</b>");
	CU_ASSERT_EQUAL(ed_post(&ed_admin, path, &b, &r), 422);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//form/field[@error])"), 4);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//field[@name='contract_date']"
	    "[@value='2026-02-30'][@error])"), 1);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//field[@name='service']"
	    "[@value='Kept <b>typed</b>'])"), 1);
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM recipient r JOIN "
	    "organisation o ON o.id = r.org_id WHERE o.slug = '%s'", ed_org),
	    before);
}

/* Adds a location to recipient id; returns the status (r to free). */
static long
ed_loc_add(long long id, const char *country, const char *region,
    const char *mechanism, struct ht_resp *r)
{
	struct buf b = { 0 };
	char *path;
	long st;

	path = ed_rcp_path(id);
	ht_form_add(&b, "action", "add_location");
	ht_form_add(&b, "country", country);
	ht_form_add(&b, "region", region);
	ht_form_add(&b, "mechanism", mechanism);
	ht_form_add(&b, "note", "the words of the notice");
	st = ed_post(&ed_admin, path, &b, r);
	buf_free(&b);
	free(path);
	return st;
}

static long long
ed_live_locations(long long id)
{
	return it_sql_int("SELECT COUNT(*) FROM recipient_location WHERE "
	    "recipient_id = %lld AND is_retired = 0", id);
}

static void
test_locations(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long long id, us, ie;
	char *path, loc[24];

	id = ed_rcp_create("Mailchimp");
	CU_ASSERT_FATAL(id > 0);
	path = ed_rcp_path(id);

	CU_ASSERT_EQUAL(ed_loc_add(id, "US", "", "eu-us-dpf", &r), 303);
	ht_resp_free(&r);
	us = it_sql_int("SELECT id FROM recipient_location WHERE "
	    "recipient_id = %lld AND country = 'US' AND mechanism = "
	    "'eu-us-dpf' AND changed_by = %lld", id, it_account_id("admin"));
	CU_ASSERT_FATAL(us > 0);
	CU_ASSERT_EQUAL(ed_audit("recipient_location_add", us), 1);
	/* A known cloud region gives the country. */
	CU_ASSERT_EQUAL(ed_loc_add(id, "", "eu-west-1", "", &r), 303);
	ht_resp_free(&r);
	ie = it_sql_int("SELECT id FROM recipient_location WHERE "
	    "recipient_id = %lld AND country = 'IE' AND region = 'eu-west-1' "
	    "AND mechanism IS NULL", id);
	CU_ASSERT(ie > 0);
	CU_ASSERT_EQUAL(ed_live_locations(id), 2);

	/* A country that does not exist: 422 by the field, nothing saved. */
	CU_ASSERT_EQUAL(ed_loc_add(id, "ZZ", "", "", &r), 422);
	CU_ASSERT_EQUAL(ed_count(&r, "count(/recipient-edit/locations/form/"
	    "field[@name='country'][@value='ZZ'][@error])"), 1);
	ht_resp_free(&r);
	/* Malformed, a region in another country, an unknown mechanism. */
	CU_ASSERT_EQUAL(ed_loc_add(id, "usa", "", "", &r), 422);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(ed_loc_add(id, "US", "eu-west-1", "", &r), 422);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//locations/form/"
	    "field[@name='region'][@error])"), 1);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(ed_loc_add(id, "US", "", "made-up", &r), 422);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//locations/form/"
	    "field[@name='mechanism'][@error])"), 1);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(ed_loc_add(id, "", "", "", &r), 422);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(ed_live_locations(id), 2);

	/* The page lists them with the reference data's names. */
	CU_ASSERT_FATAL(ht_get(&r, path, ed_admin.cookie, 1) == 0);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//locations/location)"), 2);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//locations/location[@country="
	    "'US']/country_name[. = 'United States'])"), 1);
	ht_resp_free(&r);

	/* Remove one; a second removal finds it gone. */
	snprintf(loc, sizeof(loc), "%lld", us);
	ht_form_add(&b, "action", "remove_location");
	ht_form_add(&b, "location", loc);
	CU_ASSERT_EQUAL(ed_post_only(&ed_admin, path, &b), 303);
	CU_ASSERT_EQUAL(it_sql_int("SELECT is_retired FROM recipient_location "
	    "WHERE id = %lld", us), 1);
	CU_ASSERT_EQUAL(ed_audit("recipient_location_retire", us), 1);
	ht_form_add(&b, "action", "remove_location");
	ht_form_add(&b, "location", loc);
	CU_ASSERT_EQUAL(ed_post_only(&ed_admin, path, &b), 409);
	CU_ASSERT_EQUAL(ed_live_locations(id), 1);
	free(path);
}

static void
test_retire(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	long long used, unused, act;
	char *path;

	used = ed_rcp_create("Xero");
	unused = ed_rcp_create("Heap");
	CU_ASSERT_FATAL(used > 0 && unused > 0);

	/* An activity that discloses to the first. */
	CU_ASSERT_FATAL(it_sql("INSERT INTO activity (org_id, name, role, "
	    "status) SELECT id, 'Bookkeeping', 'controller', 'active' FROM "
	    "organisation WHERE slug = '%s'", ed_org) == 0);
	act = it_sql_int("SELECT MAX(a.id) FROM activity a JOIN organisation "
	    "o ON o.id = a.org_id WHERE o.slug = '%s' AND a.name = "
	    "'Bookkeeping'", ed_org);
	CU_ASSERT_FATAL(act > 0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO activity_recipient (activity_id, "
	    "recipient_id) VALUES (%lld, %lld)", act, used) == 0);

	/* Retiring it is refused, naming the activity; nothing changes. */
	path = ed_rcp_path(used);
	ht_form_add(&b, "action", "retire");
	ht_form_add(&b, "version", "1");
	CU_ASSERT_EQUAL(ed_post(&ed_admin, path, &b, &r), 409);
	CU_ASSERT_EQUAL(ed_count(&r, "count(/recipient-edit/problem[contains(."
	    ", 'Activities still use this recipient') and contains(., "
	    "'Bookkeeping')])"), 1);
	{
		char *q = xasprintf("count(/recipient-edit/used-by/activity"
		    "[@id='%lld'][. = 'Bookkeeping'])", act);

		CU_ASSERT_EQUAL(ed_count(&r, q), 1);
		free(q);
	}
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT is_retired + 10 * version FROM "
	    "recipient WHERE id = %lld", used), 10);
	CU_ASSERT_EQUAL(ed_audit("recipient_retire", used), 0);
	free(path);

	/* A retired activity no longer keeps it in use. */
	CU_ASSERT_FATAL(it_sql("UPDATE activity SET status = 'retired' WHERE "
	    "id = %lld", act) == 0);
	path = ed_rcp_path(used);
	CU_ASSERT_FATAL(ht_get(&r, path, ed_admin.cookie, 1) == 0);
	CU_ASSERT_EQUAL(ed_count(&r, "count(/recipient-edit/used-by/"
	    "activity)"), 0);
	ht_resp_free(&r);
	free(path);

	/* An unused one: a stale version is refused, the right one retires. */
	path = ed_rcp_path(unused);
	ht_form_add(&b, "action", "retire");
	ht_form_add(&b, "version", "7");
	CU_ASSERT_EQUAL(ed_post_only(&ed_admin, path, &b), 409);
	ht_form_add(&b, "action", "retire");
	ht_form_add(&b, "version", "1");
	CU_ASSERT_EQUAL(ed_post_only(&ed_admin, path, &b), 303);
	CU_ASSERT_EQUAL(it_sql_int("SELECT is_retired FROM recipient WHERE "
	    "id = %lld", unused), 1);
	CU_ASSERT_EQUAL(ed_audit("recipient_retire", unused), 1);
	/* A retired recipient can no longer be changed. */
	CU_ASSERT_EQUAL(ed_rcp_save(&ed_admin, unused, 2, "late", &r), 409);
	ht_resp_free(&r);
	free(path);

	/* It has left the register; the other is still there. */
	path = xasprintf("/staff/o/%s/register", ed_org);
	CU_ASSERT_FATAL(ht_get(&r, path, ed_admin.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET the register"));
	{
		char *q = xasprintf("count(//recipient[@id='%lld'])", unused);

		CU_ASSERT_EQUAL(ed_count(&r, q), 0);
		free(q);
		q = xasprintf("count(//recipient[@id='%lld'])", used);
		CU_ASSERT(ed_count(&r, q) > 0);
		free(q);
	}
	ht_resp_free(&r);
	free(path);
}

/* A viewer cannot change a recipient; another org's DPO gets 404. */
static void
test_recipient_scope(void)
{
	struct it_sess s = { 0 };
	struct ht_resp r;
	char *login, *path, *other;
	long long id;

	id = ed_rcp_create("PayPal");
	CU_ASSERT_FATAL(id > 0);
	path = ed_rcp_path(id);

	login = it_name("t-edviewer");
	CU_ASSERT_FATAL(it_user_add(login, "viewer", ed_org, IT_PASSWORD) ==
	    0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	CU_ASSERT_FATAL(ht_get(&r, path, s.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "a viewer reads a recipient"));
	CU_ASSERT(!ht_body_has(&r, "Save changes"));
	CU_ASSERT(!ht_body_has(&r, "Add a location"));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(ed_rcp_save(&s, id, 1, "viewer's", &r), 403);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM recipient WHERE "
	    "id = %lld", id), 1);
	it_sess_free(&s);
	free(login);

	other = it_org("edit-other");
	login = it_name("t-eddpo");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", other, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	CU_ASSERT_FATAL(ht_get(&r, path, s.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "another org's DPO reads a recipient"));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(ed_rcp_save(&s, id, 1, "intruder's", &r), 404);
	ht_resp_free(&r);
	/* Nor through its own organisation's URL. */
	{
		char *p = xasprintf("/staff/o/%s/recipients/%lld", other, id);

		CU_ASSERT_FATAL(ht_get(&r, p, s.cookie, 0) == 0);
		CU_ASSERT(it_status(&r, 404, "a recipient under another "
		    "org's slug"));
		ht_resp_free(&r);
		free(p);
	}
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM recipient WHERE "
	    "id = %lld", id), 1);
	it_sess_free(&s);
	free(login);
	free(other);
	free(path);
}

static void
ed_org_form(struct buf *b, const char *slug, const char *name,
    const char *prefix)
{
	if (slug != NULL)
		ht_form_add(b, "slug", slug);
	ht_form_add(b, "name", name);
	ht_form_add(b, "ref_prefix", prefix);
	ht_form_add(b, "jurisdiction", "eu");
	ht_form_add(b, "calendar", "ireland");
	ht_form_add(b, "time_zone", "Europe/Dublin");
}

static void
test_org_create(void)
{
	struct it_sess s = { 0 };
	struct buf b = { 0 };
	struct ht_resp r;
	char *slug, *login, *loc, *want;
	long long id;

	slug = it_name("it-neworg");
	CU_ASSERT_FATAL(ht_get(&r, "/staff/orgs/new", ed_admin.cookie, 0) ==
	    0);
	CU_ASSERT(it_status(&r, 200, "GET /staff/orgs/new"));
	ht_resp_free(&r);

	ed_org_form(&b, slug, "New Org Ltd", "NEW");
	CU_ASSERT_EQUAL(ed_post(&ed_admin, "/staff/orgs/new", &b, &r), 303);
	loc = ht_header(&r, "Location");
	want = xasprintf("/staff/o/%s", slug);
	CU_ASSERT(loc != NULL && strstr(loc, want) != NULL &&
	    strcmp(loc + strlen(loc) - strlen(want), want) == 0);
	free(want);
	free(loc);
	ht_resp_free(&r);
	buf_free(&b);
	id = it_sql_int("SELECT id FROM organisation WHERE slug = '%s' AND "
	    "name = 'New Org Ltd' AND jurisdiction = 'eu' AND calendar = "
	    "'ireland' AND time_zone = 'Europe/Dublin' AND ref_prefix = 'NEW' "
	    "AND version = 1 AND changed_by = %lld", slug,
	    it_account_id("admin"));
	CU_ASSERT_FATAL(id > 0);
	CU_ASSERT_EQUAL(ed_audit("org_create", id), 1);

	/* The same slug again: 422 on the slug, nothing created. */
	ed_org_form(&b, slug, "Another Ltd", "ANO");
	CU_ASSERT_EQUAL(ed_post(&ed_admin, "/staff/orgs/new", &b, &r), 422);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//field[@name='slug'][contains("
	    "@error, 'taken')])"), 1);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//field[@name='name'][@value="
	    "'Another Ltd'])"), 1);
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM organisation WHERE "
	    "name = 'Another Ltd'"), 0);

	/* Bad fields: each by its field. */
	ed_org_form(&b, "Bad Slug!", "", "rtc");
	CU_ASSERT_EQUAL(ed_post(&ed_admin, "/staff/orgs/new", &b, &r), 422);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//field[@error])"), 3);
	ht_resp_free(&r);
	buf_free(&b);

	/* Only an admin creates one. */
	login = it_name("t-edorgdpo");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", ed_org, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	ed_org_form(&b, "it-by-a-dpo", "By a DPO", "DPO");
	CU_ASSERT_EQUAL(ed_post_only(&s, "/staff/orgs/new", &b), 403);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM organisation WHERE "
	    "slug = 'it-by-a-dpo'"), 0);
	it_sess_free(&s);
	free(login);
	free(slug);
}

/* The settings form with every required field, at version v. */
static void
ed_settings_form(struct buf *b, long long v, const char *dpo_email)
{
	char ver[24];

	snprintf(ver, sizeof(ver), "%lld", v);
	ht_form_add(b, "action", "save");
	ht_form_add(b, "version", ver);
	ht_form_add(b, "name", "Integration Edit Ltd");
	ht_form_add(b, "jurisdiction", "uk");
	ht_form_add(b, "calendar", "england-and-wales");
	ht_form_add(b, "time_zone", "Europe/London");
	ht_form_add(b, "ref_prefix", "ITE");
	ht_form_add(b, "dpo_email", dpo_email);
	ht_form_add(b, "headcount_band", "under-250");
	ht_form_add(b, "charges_first_copy", "0");
	ht_form_add(b, "response_days", "30");
	ht_form_add(b, "response_time", "Within 30 days");
	ht_form_add(b, "notice_updated", "2026-01-31");
}

static void
test_org_settings(void)
{
	struct it_sess dpo = { 0 }, s = { 0 };
	struct buf b = { 0 };
	struct ht_resp r;
	char *login, *dlogin, *path, *e, *other, loc[24];
	long long v, org, l;

	path = xasprintf("/staff/o/%s/edit", ed_org);
	org = it_sql_int("SELECT id FROM organisation WHERE slug = '%s'",
	    ed_org);
	dlogin = it_name("t-edsetdpo");
	CU_ASSERT_FATAL(it_user_add(dlogin, "dpo", ed_org, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(dlogin, IT_PASSWORD, &dpo) == 303);

	CU_ASSERT_FATAL(ht_get(&r, path, dpo.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET the settings"));
	v = ed_count(&r, "number(/org-edit/organisation/@version)");
	CU_ASSERT(v >= 1);
	ht_resp_free(&r);

	/* Two DPOs opened version v: the first save wins ... */
	ed_settings_form(&b, v, "first@example.org");
	CU_ASSERT_EQUAL(ed_post_only(&dpo, path, &b), 303);
	e = it_sql_str("SELECT dpo_email FROM organisation WHERE id = %lld",
	    org);
	CU_ASSERT(e != NULL && strcmp(e, "first@example.org") == 0);
	free(e);
	CU_ASSERT_EQUAL(it_sql_int("SELECT response_days FROM organisation "
	    "WHERE id = %lld AND headcount_band = 'under-250' AND "
	    "charges_first_copy = 0 AND notice_updated = '2026-01-31'", org),
	    30);
	CU_ASSERT(it_sql_int("SELECT changed_by FROM organisation WHERE "
	    "id = %lld", org) == it_account_id(dlogin));
	/* ... the second, with the stale version, is refused. */
	ed_settings_form(&b, v, "second@example.org");
	CU_ASSERT_EQUAL(ed_post(&dpo, path, &b, &r), 409);
	CU_ASSERT_EQUAL(ed_count(&r, "count(/org-edit/problem)"), 1);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//form/field[@name='dpo_email']"
	    "[@value='second@example.org'])"), 1);
	ht_resp_free(&r);
	buf_free(&b);
	e = it_sql_str("SELECT dpo_email FROM organisation WHERE id = %lld",
	    org);
	CU_ASSERT(e != NULL && strcmp(e, "first@example.org") == 0);
	free(e);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM organisation WHERE "
	    "id = %lld", org), v + 1);

	/* A bad email: 422 by the field, nothing saved. */
	ed_settings_form(&b, v + 1, "not an email");
	CU_ASSERT_EQUAL(ed_post(&dpo, path, &b, &r), 422);
	CU_ASSERT_EQUAL(ed_count(&r, "count(//form/field[@name='dpo_email']"
	    "[@error])"), 1);
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM organisation WHERE "
	    "id = %lld", org), v + 1);

	/* A zone this system lacks, a calendar that does not exist: 422. */
	{
		static const char *const bad[][2] = {
			{ "Mars/Olympus", "england-and-wales" },
			{ "Europe/London", "nowhere" },
		};
		size_t k;
		char ver[24];

		snprintf(ver, sizeof(ver), "%lld", v + 1);
		for (k = 0; k < 2; k++) {
			ht_form_add(&b, "action", "save");
			ht_form_add(&b, "version", ver);
			ht_form_add(&b, "name", "Integration Edit Ltd");
			ht_form_add(&b, "jurisdiction", "uk");
			ht_form_add(&b, "calendar", bad[k][1]);
			ht_form_add(&b, "time_zone", bad[k][0]);
			ht_form_add(&b, "ref_prefix", "ITE");
			CU_ASSERT_EQUAL(ed_post(&dpo, path, &b, &r), 422);
			CU_ASSERT_EQUAL(ed_count(&r, k == 0 ?
			    "count(//form/field[@name='time_zone'][@error])" :
			    "count(//form/field[@name='calendar'][@error])"), 1);
			ht_resp_free(&r);
			buf_free(&b);
		}
		CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM organisation "
		    "WHERE id = %lld", org), v + 1);
	}

	/* Its own locations. */
	ht_form_add(&b, "action", "add_location");
	ht_form_add(&b, "country", "US");
	ht_form_add(&b, "mechanism", "privacy-shield");
	CU_ASSERT_EQUAL(ed_post_only(&dpo, path, &b), 303);
	l = it_sql_int("SELECT id FROM org_location WHERE org_id = %lld AND "
	    "country = 'US' AND is_retired = 0", org);
	CU_ASSERT_FATAL(l > 0);
	snprintf(loc, sizeof(loc), "%lld", l);
	ht_form_add(&b, "action", "add_location");
	ht_form_add(&b, "country", "XX");
	CU_ASSERT_EQUAL(ed_post_only(&dpo, path, &b), 422);
	/* A cloud region gdprdesk does not know is not stored either. */
	ht_form_add(&b, "action", "add_location");
	ht_form_add(&b, "country", "US");
	ht_form_add(&b, "region", "nosuch-1");
	CU_ASSERT_EQUAL(ed_post_only(&dpo, path, &b), 422);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM org_location WHERE "
	    "org_id = %lld AND region = 'nosuch-1'", org), 0);
	ht_form_add(&b, "action", "remove_location");
	ht_form_add(&b, "location", loc);
	CU_ASSERT_EQUAL(ed_post_only(&dpo, path, &b), 303);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM org_location WHERE "
	    "org_id = %lld AND is_retired = 0", org), 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit WHERE action "
	    "IN ('org_update', 'org_location_add', 'org_location_retire') AND "
	    "org_id = %lld", org), 3);

	/* A viewer reads, cannot save; another org's DPO gets 404. */
	login = it_name("t-edsetviewer");
	CU_ASSERT_FATAL(it_user_add(login, "viewer", ed_org, IT_PASSWORD) ==
	    0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	free(login);
	CU_ASSERT_FATAL(ht_get(&r, path, s.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "a viewer reads the settings"));
	CU_ASSERT(!ht_body_has(&r, "Save settings"));
	ht_resp_free(&r);
	ed_settings_form(&b, v + 1, "viewer@example.org");
	CU_ASSERT_EQUAL(ed_post_only(&s, path, &b), 403);
	it_sess_free(&s);
	other = it_org("edit-other");
	login = it_name("t-edsetother");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", other, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	free(login);
	free(other);
	CU_ASSERT_FATAL(ht_get(&r, path, s.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "another org's DPO reads the settings"));
	ht_resp_free(&r);
	ed_settings_form(&b, v + 1, "intruder@example.org");
	CU_ASSERT_EQUAL(ed_post_only(&s, path, &b), 404);
	it_sess_free(&s);
	CU_ASSERT_EQUAL(it_sql_int("SELECT version FROM organisation WHERE "
	    "id = %lld", org), v + 1);
	it_sess_free(&dpo);
	free(dlogin);
	free(path);
}

int
test_edit_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("edit", ed_init, ed_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "recipient: create, edit, a conflicting second save",
	    test_recipient_create_edit_conflict) == NULL ||
	    CU_add_test(s, "recipient: bad input is 422, nothing saved",
	    test_recipient_bad_input) == NULL ||
	    CU_add_test(s, "recipient locations: add, refuse, remove",
	    test_locations) == NULL ||
	    CU_add_test(s, "recipient: retire refused while used, then done",
	    test_retire) == NULL ||
	    CU_add_test(s, "recipient: viewers and other organisations' DPOs",
	    test_recipient_scope) == NULL ||
	    CU_add_test(s, "organisation: an admin creates one; a taken slug",
	    test_org_create) == NULL ||
	    CU_add_test(s, "organisation settings: save, conflict, locations, "
	    "scope", test_org_settings) == NULL)
		return -1;
	return 0;
}
