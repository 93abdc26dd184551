/* test_history: a recipient's history (versions and locations, who and when), the checks on one activity's page, and an organisation's own categories, through HTTP. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "itest.h"

static char *hi_org;
static char *hi_dpo_login;
static struct it_sess hi_admin;
static struct it_sess hi_dpo;

static int
hi_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	hi_org = it_org("history");
	hi_dpo_login = it_name("t-hidpo");
	if (it_user_add(hi_dpo_login, "dpo", hi_org, IT_PASSWORD) != 0)
		return -1;
	if (it_login(hi_dpo_login, IT_PASSWORD, &hi_dpo) != 303)
		return -1;
	return it_login("admin", it_admin_password(), &hi_admin) == 303 ?
	    0 : -1;
}

static int
hi_clean(void)
{
	it_sess_free(&hi_admin);
	it_sess_free(&hi_dpo);
	free(hi_dpo_login);
	free(hi_org);
	hi_dpo_login = NULL;
	hi_org = NULL;
	return 0;
}

/*
 * POSTs form b (the CSRF token added) to path as s, asking for the XML
 * document; returns the status (and r, to free). b is freed.
 */
static long
hi_post(const struct it_sess *s, const char *path, struct buf *b,
    struct ht_resp *r)
{
	struct ht_req rq = { 0 };
	long st = -1;

	it_form_csrf(b, s);
	rq.path = path;
	rq.cookie = s->cookie;
	rq.accept = "application/xml";
	rq.body = b->p;
	rq.ctype = "application/x-www-form-urlencoded";
	memset(r, 0, sizeof(*r));
	if (ht_do(&rq, r) == 0)
		st = r->status;
	buf_free(b);
	return st;
}

/* hi_post, then frees the response; returns the status. */
static long
hi_post_only(const struct it_sess *s, const char *path, struct buf *b)
{
	struct ht_resp r;
	long st;

	st = hi_post(s, path, b, &r);
	ht_resp_free(&r);
	return st;
}

/* The id after "what" in the Location of r. */
static long long
hi_location_id(const struct ht_resp *r, const char *what)
{
	char *loc = ht_header(r, "Location"), *p;
	long long id = -1;

	if (loc != NULL && (p = strstr(loc, what)) != NULL)
		id = strtoll(p + strlen(what), NULL, 10);
	free(loc);
	return id;
}

/* GETs path as s as XML; returns the document (NULL unless want). */
static xmlDocPtr
hi_get_xml(const struct it_sess *s, const char *path, long want)
{
	struct ht_resp r;
	xmlDocPtr doc = NULL;

	if (ht_get(&r, path, s->cookie, 1) == 0 && it_status(&r, want, path))
		doc = ht_xml(&r);
	ht_resp_free(&r);
	return doc;
}

/* The number an XPath expression (formatted) gives over doc; -1 if none. */
static long long
hi_count(xmlDocPtr doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static long long
hi_count(xmlDocPtr doc, const char *fmt, ...)
{
	va_list ap;
	char *q;
	long long n;
	int len;

	if (doc == NULL)
		return -1;
	va_start(ap, fmt);
	len = vasprintf(&q, fmt, ap);
	va_end(ap);
	if (len < 0)
		return -1;
	n = ht_xpath_int(doc, q);
	free(q);
	return n;
}

/* GETs path as s; returns the status. */
static long
hi_status(const struct it_sess *s, const char *path)
{
	struct ht_resp r;
	long st = -1;

	if (ht_get(&r, path, s->cookie, 0) == 0)
		st = r.status;
	ht_resp_free(&r);
	return st;
}

/* The recipient form with contract reference ref, at version v (0: new). */
static void
hi_rcp_form(struct buf *b, long long v, const char *ref)
{
	char ver[24];

	if (v > 0) {
		snprintf(ver, sizeof(ver), "%lld", v);
		ht_form_add(b, "action", "save");
		ht_form_add(b, "version", ver);
	}
	ht_form_add(b, "name", "Mailchimp");
	ht_form_add(b, "kind", "processor");
	ht_form_add(b, "service", "Email newsletters");
	ht_form_add(b, "contract_ref", ref);
}

static void
test_recipient_history(void)
{
	struct it_sess s = { 0 };
	struct buf b = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	long long id, loc;
	char *path, *hist, *login, *other, lid[24];

	/* Created by the DPO, edited by the DPO, then by the admin. */
	path = xasprintf("/staff/o/%s/recipients/new", hi_org);
	hi_rcp_form(&b, 0, "");
	CU_ASSERT_EQUAL_FATAL(hi_post(&hi_dpo, path, &b, &r), 303);
	id = hi_location_id(&r, "/recipients/");
	ht_resp_free(&r);
	free(path);
	CU_ASSERT_FATAL(id > 0);
	path = xasprintf("/staff/o/%s/recipients/%lld", hi_org, id);
	hist = xasprintf("%s/history", path);
	hi_rcp_form(&b, 1, "DPA-one");
	CU_ASSERT_EQUAL(hi_post_only(&hi_dpo, path, &b), 303);
	hi_rcp_form(&b, 2, "DPA-two");
	CU_ASSERT_EQUAL(hi_post_only(&hi_admin, path, &b), 303);

	/* A location added by the DPO, removed by the admin. */
	ht_form_add(&b, "action", "add_location");
	ht_form_add(&b, "country", "US");
	ht_form_add(&b, "mechanism", "eu-us-dpf");
	CU_ASSERT_EQUAL(hi_post_only(&hi_dpo, path, &b), 303);
	loc = it_sql_int("SELECT id FROM recipient_location WHERE "
	    "recipient_id = %lld AND is_retired = 0", id);
	CU_ASSERT_FATAL(loc > 0);
	snprintf(lid, sizeof(lid), "%lld", loc);
	ht_form_add(&b, "action", "remove_location");
	ht_form_add(&b, "location", lid);
	CU_ASSERT_EQUAL(hi_post_only(&hi_admin, path, &b), 303);
	/* And one that stays. */
	ht_form_add(&b, "action", "add_location");
	ht_form_add(&b, "country", "IE");
	CU_ASSERT_EQUAL(hi_post_only(&hi_dpo, path, &b), 303);

	doc = hi_get_xml(&hi_dpo, hist, 200);
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(hi_count(doc, "count(/recipient-history/version)") >= 3);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/recipient-history/recipient"
	    "[@id='%lld']/name[. = 'Mailchimp'])", id), 1);
	/* Oldest first, each with who made it and what it changed. */
	CU_ASSERT_EQUAL(hi_count(doc, "count(/recipient-history/version[1]"
	    "[@n='1'][@by='%s'][@at != '']/change[@field='name']"
	    "[to='Mailchimp'][not(from)])", hi_dpo_login), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/recipient-history/version[2]"
	    "[@n='2'][@by='%s']/change[@field='contract_ref'][not(from)]"
	    "[to='DPA-one'])", hi_dpo_login), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/recipient-history/version[2]/"
	    "change)"), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/recipient-history/version[3]"
	    "[@n='3'][@by='admin']/change[@field='contract_ref']"
	    "[from='DPA-one'][to='DPA-two'])"), 1);
	/* The locations: added, removed (by whom), and added. */
	CU_ASSERT_EQUAL(hi_count(doc, "count(//locations/event)"), 3);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//locations/event[@change="
	    "'added'][@location='%lld'][@by='%s'][@country='US']"
	    "[@mechanism='eu-us-dpf'][country_name='United States'])", loc,
	    hi_dpo_login), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//locations/event[@change="
	    "'retired'][@location='%lld'][@by='admin'])", loc), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//locations/event[@change="
	    "'added'][@country='IE'][@by='%s'])", hi_dpo_login), 1);
	/* In the order they happened. */
	CU_ASSERT_EQUAL(hi_count(doc, "count(//locations/event[2]"
	    "[@change='retired'])"), 1);
	xmlFreeDoc(doc);

	/* As HTML, linked from the recipient's page and the register. */
	CU_ASSERT_FATAL(ht_get(&r, hist, hi_dpo.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET recipient history (HTML)"));
	CU_ASSERT(ht_body_has(&r, "History of Mailchimp"));
	CU_ASSERT(ht_body_has(&r, "Where it holds data"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, path, hi_dpo.cookie, 0) == 0);
	CU_ASSERT(ht_body_has(&r, hist));
	ht_resp_free(&r);
	{
		char *reg = xasprintf("/staff/o/%s/register", hi_org);

		CU_ASSERT_FATAL(ht_get(&r, reg, hi_dpo.cookie, 0) == 0);
		CU_ASSERT(ht_body_has(&r, hist));
		ht_resp_free(&r);
		free(reg);
	}

	/* Retiring it is a version too. */
	ht_form_add(&b, "action", "retire");
	ht_form_add(&b, "version", "3");
	CU_ASSERT_EQUAL(hi_post_only(&hi_admin, path, &b), 303);
	doc = hi_get_xml(&hi_dpo, hist, 200);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/recipient-history/version"
	    "[@n='4'][@by='admin']/change[@field='is_retired'][from='0']"
	    "[to='1'])"), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/recipient-history/recipient"
	    "[@retired='1'])"), 1);
	xmlFreeDoc(doc);

	/* A viewer reads it; another organisation's DPO, and a bad id: 404. */
	login = it_name("t-hiviewer");
	CU_ASSERT_FATAL(it_user_add(login, "viewer", hi_org, IT_PASSWORD) ==
	    0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	CU_ASSERT_EQUAL(hi_status(&s, hist), 200);
	it_sess_free(&s);
	free(login);
	other = it_org("history-other");
	login = it_name("t-hiother");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", other, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	CU_ASSERT_EQUAL(hi_status(&s, hist), 404);
	{
		char *p = xasprintf("/staff/o/%s/recipients/%lld/history",
		    other, id);

		CU_ASSERT_EQUAL(hi_status(&s, p), 404);
		free(p);
		p = xasprintf("/staff/o/%s/recipients/999999999/history",
		    hi_org);
		CU_ASSERT_EQUAL(hi_status(&hi_dpo, p), 404);
		free(p);
		p = xasprintf("/staff/o/%s/recipients/x1/history", hi_org);
		CU_ASSERT_EQUAL(hi_status(&hi_dpo, p), 404);
		free(p);
	}
	it_sess_free(&s);
	free(login);
	free(other);
	free(hist);
	free(path);
}

/* Saves activity id at version v with purposes (NULL: none). */
static long
hi_act_save(const char *path, long long v, const char *purposes,
    struct ht_resp *r)
{
	struct buf b = { 0 };
	char ver[24];

	if (v > 0) {
		snprintf(ver, sizeof(ver), "%lld", v);
		ht_form_add(&b, "action", "save");
		ht_form_add(&b, "version", ver);
	}
	ht_form_add(&b, "name", "Telephone answering");
	ht_form_add(&b, "role", "controller");
	ht_form_add(&b, "status", "active");
	if (purposes != NULL)
		ht_form_add(&b, "purposes", purposes);
	return hi_post(&hi_dpo, path, &b, r);
}

static void
test_activity_findings(void)
{
	struct ht_resp r;
	xmlDocPtr doc;
	long long id, other;
	char *path, *newp;

	newp = xasprintf("/staff/o/%s/activities/new", hi_org);
	CU_ASSERT_EQUAL_FATAL(hi_act_save(newp, 0, NULL, &r), 303);
	id = hi_location_id(&r, "/activities/");
	ht_resp_free(&r);
	CU_ASSERT_EQUAL_FATAL(hi_act_save(newp, 0, NULL, &r), 303);
	other = hi_location_id(&r, "/activities/");
	ht_resp_free(&r);
	CU_ASSERT_FATAL(id > 0 && other > 0 && id != other);
	path = xasprintf("/staff/o/%s/activities/%lld", hi_org, id);

	/* No purposes: R01, with its article, message and fix. */
	doc = hi_get_xml(&hi_dpo, path, 200);
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/findings/finding"
	    "[@code='R01'][@severity='error'][@article='Art 30(1)(b)']"
	    "[message != ''][fix != ''])"), 1);
	/* Only this activity's: the other has the same problems. */
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/findings/finding"
	    "[@code='R01'])"), 1);
	CU_ASSERT(hi_count(doc, "count(/activity-edit/findings/finding)") >=
	    2);
	/* The rest of the page is as before. */
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/activity"
	    "[@id='%lld'][@version='1'])", id), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/form/field"
	    "[@name='name'][@value='Telephone answering'])"), 1);
	xmlFreeDoc(doc);
	CU_ASSERT_FATAL(ht_get(&r, path, hi_dpo.cookie, 0) == 0);
	CU_ASSERT(ht_body_has(&r, "What the checks say about this activity"));
	CU_ASSERT(ht_body_has(&r, "R01"));
	ht_resp_free(&r);

	/* Fixed: R01 goes; the other activity keeps its own. */
	CU_ASSERT_EQUAL(hi_act_save(path, 1, "Answer the telephone for "
	    "clients", &r), 303);
	ht_resp_free(&r);
	doc = hi_get_xml(&hi_dpo, path, 200);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/findings)"), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/findings/finding"
	    "[@code='R01'])"), 0);
	xmlFreeDoc(doc);
	{
		char *p = xasprintf("/staff/o/%s/activities/%lld", hi_org,
		    other);

		doc = hi_get_xml(&hi_dpo, p, 200);
		CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/findings/"
		    "finding[@code='R01'])"), 1);
		xmlFreeDoc(doc);
		free(p);
	}

	/* A 422 still shows the saved activity's findings. */
	{
		struct buf b = { 0 };

		ht_form_add(&b, "action", "save");
		ht_form_add(&b, "version", "2");
		ht_form_add(&b, "name", "");
		ht_form_add(&b, "role", "controller");
		ht_form_add(&b, "status", "active");
		CU_ASSERT_EQUAL(hi_post(&hi_dpo, path, &b, &r), 422);
		doc = ht_xml(&r);
		CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/findings)"),
		    1);
		xmlFreeDoc(doc);
		ht_resp_free(&r);
	}

	/* A new activity has none to show. */
	doc = hi_get_xml(&hi_dpo, newp, 200);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/findings)"), 0);
	xmlFreeDoc(doc);
	free(newp);
	free(path);
}

/* The add-a-category form. */
static void
hi_cat_form(struct buf *b, const char *kind, const char *code,
    const char *name, const char *special)
{
	ht_form_add(b, "kind", kind);
	ht_form_add(b, "code", code);
	ht_form_add(b, "name", name);
	if (special != NULL)
		ht_form_add(b, "special", special);
}

static long long
hi_own_cats(const char *table)
{
	return it_sql_int("SELECT COUNT(*) FROM %s c JOIN organisation o ON "
	    "o.id = c.org_id WHERE o.slug = '%s'", table, hi_org);
}

static void
test_categories(void)
{
	struct it_sess s = { 0 };
	struct buf b = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	long long id, ndata, nsubj;
	char *path, *act, *login, *other, *loc;

	path = xasprintf("/staff/o/%s/categories", hi_org);
	act = xasprintf("/staff/o/%s/activities/new", hi_org);

	/* The shipped lists. */
	doc = hi_get_xml(&hi_dpo, path, 200);
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT(hi_count(doc, "count(/categories/data/category"
	    "[@code='contact'][not(@own)])") == 1);
	CU_ASSERT(hi_count(doc, "count(/categories/subjects/category"
	    "[@code='customers'][not(@own)])") == 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//category[@own])"), 0);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/categories/form/field)"), 5);
	xmlFreeDoc(doc);
	ndata = hi_own_cats("data_category");
	nsubj = hi_own_cats("subject_category");

	/* A data category: 303, saved, audited, offered on the form. */
	hi_cat_form(&b, "data", "call-recordings", "Call recordings", "1");
	CU_ASSERT_EQUAL(hi_post(&hi_dpo, path, &b, &r), 303);
	loc = ht_header(&r, "Location");
	CU_ASSERT(loc != NULL && strstr(loc, "/categories?done=added") !=
	    NULL);
	free(loc);
	ht_resp_free(&r);
	id = it_sql_int("SELECT c.id FROM data_category c JOIN organisation "
	    "o ON o.id = c.org_id WHERE o.slug = '%s' AND c.code = "
	    "'call-recordings' AND c.name = 'Call recordings' AND "
	    "c.is_special = 1 AND c.is_criminal = 0", hi_org);
	CU_ASSERT_FATAL(id > 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'category_create' AND entity = 'data_category' AND entity_id = "
	    "%lld AND account_id = %lld", id, it_account_id(hi_dpo_login)),
	    1);
	doc = hi_get_xml(&hi_dpo, act, 200);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/choices/data/"
	    "option[@id='%lld'][@code='call-recordings'][@special='1']"
	    "[. = 'Call recordings'])", id), 1);
	xmlFreeDoc(doc);
	CU_ASSERT_FATAL(ht_get(&r, act, hi_dpo.cookie, 0) == 0);
	CU_ASSERT(ht_body_has(&r, path));	/* "Add a category" */
	ht_resp_free(&r);

	/* A subject category, and the page lists both as the org's own. */
	hi_cat_form(&b, "subject", "club-members", "Members of the tennis club",
	    NULL);
	CU_ASSERT_EQUAL(hi_post_only(&hi_dpo, path, &b), 303);
	doc = hi_get_xml(&hi_dpo, act, 200);
	CU_ASSERT_EQUAL(hi_count(doc, "count(/activity-edit/choices/subjects/"
	    "option[@code='club-members'])"), 1);
	xmlFreeDoc(doc);
	doc = hi_get_xml(&hi_dpo, path, 200);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//data/category[@own='1']"
	    "[@code='call-recordings'])"), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//subjects/category[@own='1']"
	    "[@code='club-members'])"), 1);
	xmlFreeDoc(doc);
	CU_ASSERT_EQUAL(hi_own_cats("data_category"), ndata + 1);
	CU_ASSERT_EQUAL(hi_own_cats("subject_category"), nsubj + 1);

	/* The same code again: 422 by the code, what was typed kept. */
	hi_cat_form(&b, "data", "call-recordings", "Recordings again", "0");
	CU_ASSERT_EQUAL(hi_post(&hi_dpo, path, &b, &r), 422);
	doc = ht_xml(&r);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//form/field[@name='code']"
	    "[@value='call-recordings'][contains(@error, 'already')])"), 1);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//form/field[@name='name']"
	    "[@value='Recordings again'])"), 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	/* A shipped code: 422. */
	hi_cat_form(&b, "subject", "customers", "Our customers", NULL);
	CU_ASSERT_EQUAL(hi_post(&hi_dpo, path, &b, &r), 422);
	doc = ht_xml(&r);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//form/field[@name='code']"
	    "[contains(@error, 'shipped')])"), 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	/* Bad fields, each by its field. */
	hi_cat_form(&b, "both", "Bad Code!", "", "maybe");
	CU_ASSERT_EQUAL(hi_post(&hi_dpo, path, &b, &r), 422);
	doc = ht_xml(&r);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//form/field[@error])"), 4);
	CU_ASSERT_EQUAL(hi_count(doc, "count(//form/field[@name='code']"
	    "[@value='Bad Code!'][@error])"), 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(hi_own_cats("data_category"), ndata + 1);
	CU_ASSERT_EQUAL(hi_own_cats("subject_category"), nsubj + 1);

	/* A viewer reads the lists but cannot add: 403, nothing saved. */
	login = it_name("t-hicatviewer");
	CU_ASSERT_FATAL(it_user_add(login, "viewer", hi_org, IT_PASSWORD) ==
	    0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	CU_ASSERT_EQUAL(hi_status(&s, path), 200);
	hi_cat_form(&b, "data", "viewers-own", "A viewer's category", "0");
	CU_ASSERT_EQUAL(hi_post_only(&s, path, &b), 403);
	it_sess_free(&s);
	free(login);
	CU_ASSERT_EQUAL(hi_own_cats("data_category"), ndata + 1);

	/* Another organisation's DPO: 404 both ways; not on its own form. */
	other = it_org("history-cats");
	login = it_name("t-hicatother");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", other, IT_PASSWORD) == 0);
	CU_ASSERT_FATAL(it_login(login, IT_PASSWORD, &s) == 303);
	CU_ASSERT_EQUAL(hi_status(&s, path), 404);
	hi_cat_form(&b, "data", "intruders", "An intruder's category", "0");
	CU_ASSERT_EQUAL(hi_post_only(&s, path, &b), 404);
	CU_ASSERT_EQUAL(hi_own_cats("data_category"), ndata + 1);
	{
		char *p = xasprintf("/staff/o/%s/activities/new", other);

		doc = hi_get_xml(&s, p, 200);
		CU_ASSERT_EQUAL(hi_count(doc, "count(//choices/data/option"
		    "[@code='call-recordings'])"), 0);
		xmlFreeDoc(doc);
		free(p);
		/* Its own may use the same code. */
		p = xasprintf("/staff/o/%s/categories", other);
		hi_cat_form(&b, "data", "call-recordings", "Recordings", "0");
		CU_ASSERT_EQUAL(hi_post_only(&s, p, &b), 303);
		free(p);
	}
	it_sess_free(&s);
	free(login);
	free(other);
	free(act);
	free(path);
}

int
test_history_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("history", hi_init, hi_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "recipient history: versions, by whom, locations "
	    "added and removed, scope", test_recipient_history) == NULL ||
	    CU_add_test(s, "activity page: its own findings, gone when fixed",
	    test_activity_findings) == NULL ||
	    CU_add_test(s, "categories: add own, duplicate and shipped codes, "
	    "viewer, other organisation", test_categories) == NULL)
		return -1;
	return 0;
}
