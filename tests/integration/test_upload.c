/* test_upload: the register's download and the import page through HTTP: multipart upload, refusals that change nothing, who may do it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "core/util.h"
#include "itest.h"

/* The seed whose register is downloaded and uploaded elsewhere. */
#define UP_SEED	"crmio"

static struct it_sess up_admin;
static char *up_org, *up_other, *up_viewer, *up_dpo, *up_dpo_other;

static int
up_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	up_org = it_org("upload");
	up_other = it_org("upload-other");
	up_viewer = it_name("t-up-viewer");
	up_dpo = it_name("t-up-dpo");
	up_dpo_other = it_name("t-up-dpo-other");
	if (it_user_add(up_viewer, "viewer", up_org, IT_PASSWORD) != 0 ||
	    it_user_add(up_dpo, "dpo", up_org, IT_PASSWORD) != 0 ||
	    it_user_add(up_dpo_other, "dpo", up_other, IT_PASSWORD) != 0)
		return -1;
	return it_login("admin", it_admin_password(), &up_admin) == 303 ?
	    0 : -1;
}

static int
up_clean(void)
{
	it_sess_free(&up_admin);
	free(up_org);
	free(up_other);
	free(up_viewer);
	free(up_dpo);
	free(up_dpo_other);
	up_org = up_other = up_viewer = up_dpo = up_dpo_other = NULL;
	return 0;
}

/* What an import changes, to show that a refused one changed nothing. */
struct up_state {
	char		*acts;		/* live activities' names, sorted */
	char		*recs;		/* live recipients' names, sorted */
	long long	 version;	/* the organisation's */
	long long	 imports;	/* register_import audit rows */
};

static void
up_state(const char *slug, struct up_state *s)
{
	s->acts = it_sql_str("SELECT COALESCE(GROUP_CONCAT(a.name ORDER BY "
	    "a.name, a.id SEPARATOR '|'), '') FROM activity a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
	    "a.status <> 'retired'", slug);
	s->recs = it_sql_str("SELECT COALESCE(GROUP_CONCAT(r.name ORDER BY "
	    "r.name, r.id SEPARATOR '|'), '') FROM recipient r JOIN "
	    "organisation o ON o.id = r.org_id WHERE o.slug = '%s' AND "
	    "r.is_retired = 0", slug);
	s->version = it_sql_int("SELECT version FROM organisation WHERE "
	    "slug = '%s'", slug);
	s->imports = it_sql_int("SELECT COUNT(*) FROM audit a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
	    "a.action = 'register_import'", slug);
}

static void
up_state_free(struct up_state *s)
{
	free(s->acts);
	free(s->recs);
	memset(s, 0, sizeof(*s));
}

static int
up_same(const struct up_state *a, const struct up_state *b)
{
	return a->acts != NULL && b->acts != NULL &&
	    strcmp(a->acts, b->acts) == 0 && a->recs != NULL &&
	    b->recs != NULL && strcmp(a->recs, b->recs) == 0 &&
	    a->version == b->version && a->imports == b->imports;
}

/* Logs in login (IT_PASSWORD) into s; 0 or -1. */
static int
up_login(const char *login, struct it_sess *s)
{
	return it_login(login, IT_PASSWORD, s) == 303 ? 0 : -1;
}

/* The download of slug as s: its body (owned) when 200, else NULL. */
static char *
up_download(const struct it_sess *s, const char *slug, struct ht_resp *r)
{
	char *path;

	path = xasprintf("/staff/o/%s/export", slug);
	if (ht_get(r, path, s->cookie, 0) == -1)
		r->status = -1;
	free(path);
	return r->status == 200 ? xstrdup(r->body.p) : NULL;
}

/*
 * POSTs file (len bytes; NULL: no file part) to slug's import page as s,
 * with s's CSRF token unless csrf is 0. Fills r (the caller frees it).
 */
static void
up_upload(const struct it_sess *s, const char *slug, const char *file,
    size_t len, int csrf, struct ht_resp *r)
{
	struct ht_part parts[2];
	size_t n = 0;
	char *path;

	memset(parts, 0, sizeof(parts));
	if (csrf) {
		parts[n].name = "csrf";
		parts[n].data = s->csrf;
		n++;
	}
	if (file != NULL) {
		parts[n].name = "file";
		parts[n].data = file;
		parts[n].len = len;
		parts[n].filename = "register.xml";
		parts[n].type = "application/xml";
		n++;
	}
	path = xasprintf("/staff/o/%s/import", slug);
	if (ht_post_multipart(r, path, s->cookie, parts, n) == -1 &&
	    r->status == 0)
		r->status = -1;
	free(path);
}

/* The download: an attachment holding the register, and audited. */
static void
test_upload_download(void)
{
	struct ht_resp r;
	xmlDocPtr doc;
	char *text, *v, *root;
	long long before;

	before = it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'register_export' AND account_id = %lld",
	    it_account_id("admin"));
	text = up_download(&up_admin, UP_SEED, &r);
	CU_ASSERT(it_status(&r, 200, "GET /staff/o/" UP_SEED "/export"));
	v = ht_header(&r, "Content-Type");
	CU_ASSERT(v != NULL && strncmp(v, "application/xml", 15) == 0);
	free(v);
	v = ht_header(&r, "Content-Disposition");
	CU_ASSERT(v != NULL && strcmp(v, "attachment; filename=\""
	    UP_SEED "-register.xml\"") == 0);
	free(v);
	v = ht_header(&r, "Cache-Control");
	CU_ASSERT(v != NULL && strcmp(v, "no-store") == 0);
	free(v);
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL(doc);
	root = ht_xpath(doc, "local-name(/*)");
	CU_ASSERT(root != NULL && strcmp(root, "register") == 0);
	free(root);
	v = ht_xpath(doc, "namespace-uri(/*)");
	CU_ASSERT(v != NULL && strcmp(v, "urn:gdprdesk:register:1") == 0);
	free(v);
	CU_ASSERT(ht_xpath_int(doc, "count(//*[local-name() = "
	    "'activity'])") > 0);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(text);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit WHERE action "
	    "= 'register_export' AND account_id = %lld",
	    it_account_id("admin")), before + 1);

	/* Asking for XML changes nothing: it is the same document. */
	CU_ASSERT(ht_get(&r, "/staff/o/" UP_SEED "/export", up_admin.cookie,
	    1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET export, Accept: application/xml"));
	CU_ASSERT(ht_body_has(&r, "urn:gdprdesk:register:1"));
	ht_resp_free(&r);

	/* No such organisation; no session. */
	CU_ASSERT(ht_get(&r, "/staff/o/no-such-org-xyz/export",
	    up_admin.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET export of an unknown slug"));
	ht_resp_free(&r);
	CU_ASSERT(ht_get(&r, "/staff/o/" UP_SEED "/export", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 303, "GET export without a session"));
	ht_resp_free(&r);
}

/*
 * The page, then an upload of the seed's register into another
 * organisation: 303 to the register, and its register is the seed's.
 */
static void
test_upload_import(void)
{
	struct up_state seed, after;
	struct ht_resp r;
	struct buf big = { 0 };
	xmlDocPtr doc;
	char *text, *loc, *want, *pad;
	long long admin_id;
	size_t n = 200 * 1024;

	text = up_download(&up_admin, UP_SEED, &r);
	ht_resp_free(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);

	/* The form. */
	loc = xasprintf("/staff/o/%s/import", up_org);
	CU_ASSERT(ht_get(&r, loc, up_admin.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET import (HTML)"));
	CU_ASSERT(ht_body_has(&r, "enctype=\"multipart/form-data\""));
	CU_ASSERT(ht_body_has(&r, "name=\"file\""));
	CU_ASSERT(ht_body_has(&r, "accept=\".xml,application/xml\""));
	CU_ASSERT(ht_body_has(&r, "name=\"csrf\""));
	CU_ASSERT(ht_body_has(&r, "replaces"));
	ht_resp_free(&r);
	CU_ASSERT(ht_get(&r, loc, up_admin.cookie, 1) == 0);
	doc = ht_xml(&r);
	CU_ASSERT(ht_xpath_int(doc, "count(/import/form/field[@name = "
	    "'file'])") == 1);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(loc);

	up_upload(&up_admin, up_org, text, strlen(text), 1, &r);
	CU_ASSERT(it_status(&r, 303, "POST import (the seed's register)"));
	loc = ht_header(&r, "Location");
	want = xasprintf("/staff/o/%s/register?done=imported", up_org);
	CU_ASSERT(loc != NULL && strcmp(loc, want) == 0);
	free(loc);
	ht_resp_free(&r);

	up_state(UP_SEED, &seed);
	up_state(up_org, &after);
	CU_ASSERT(seed.acts != NULL && strlen(seed.acts) > 0);
	CU_ASSERT(after.acts != NULL && seed.acts != NULL &&
	    strcmp(after.acts, seed.acts) == 0);
	CU_ASSERT(after.recs != NULL && seed.recs != NULL &&
	    strcmp(after.recs, seed.recs) == 0);
	CU_ASSERT_EQUAL(after.imports, 1);
	/* The audit row names who imported. */
	admin_id = it_account_id("admin");
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
	    "a.action = 'register_import' AND a.account_id = %lld", up_org,
	    admin_id), 1);
	up_state_free(&seed);
	up_state_free(&after);

	/* The register says so. */
	CU_ASSERT(ht_get(&r, want, up_admin.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "GET the register after the import"));
	doc = ht_xml(&r);
	loc = ht_xpath(doc, "string(/register/meta/flash)");
	CU_ASSERT(loc != NULL && strstr(loc, "imported") != NULL);
	free(loc);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	free(want);

	/*
	 * Larger than a form may be (64 KiB): the same register with a
	 * comment after the root, imported again by a DPO of the
	 * organisation. The old rows are retired, the history kept.
	 */
	pad = xmalloc(n + 1);
	memset(pad, 'x', n);
	pad[n] = '\0';
	buf_puts(&big, text);
	buf_puts(&big, "<!-- ");
	buf_puts(&big, pad);
	buf_puts(&big, " -->\n");
	{
		struct it_sess dpo;

		CU_ASSERT_FATAL(up_login(up_dpo, &dpo) == 0);
		up_upload(&dpo, up_org, big.p, big.len, 1, &r);
		CU_ASSERT(it_status(&r, 303, "POST import (200 KiB, as DPO)"));
		ht_resp_free(&r);
		it_sess_free(&dpo);
	}
	up_state(up_org, &after);
	CU_ASSERT_EQUAL(after.imports, 2);
	up_state_free(&after);
	CU_ASSERT(it_sql_int("SELECT COUNT(*) FROM activity a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
	    "a.status = 'retired'", up_org) > 0);
	buf_free(&big);
	free(pad);
	free(text);
}

/*
 * Refusals: each leaves the organisation as it was. A document the
 * schema refuses comes back 422 with the line next to the file field.
 */
static void
test_upload_refused(void)
{
	struct up_state before, after;
	struct ht_resp r;
	struct buf b = { 0 };
	xmlDocPtr doc;
	char *text, *err, *path, *cut;

	text = up_download(&up_admin, UP_SEED, &r);
	ht_resp_free(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	up_state(up_other, &before);

	/* Invalid against the schema: an element it does not know. */
	cut = strstr(text, "<activities>");
	CU_ASSERT_PTR_NOT_NULL_FATAL(cut);
	buf_append(&b, text, (size_t)(cut - text));
	buf_puts(&b, "<bogus/>");
	buf_puts(&b, cut);
	up_upload(&up_admin, up_other, b.p, b.len, 1, &r);
	CU_ASSERT(it_status(&r, 422, "POST import (schema-invalid)"));
	doc = ht_xml(&r);
	err = ht_xpath(doc, "string(/import/form/field[@name = "
	    "'file']/@error)");
	CU_ASSERT(err != NULL && strstr(err, "line ") != NULL &&
	    strstr(err, "nothing was changed") != NULL);
	if (err == NULL || strstr(err, "line ") == NULL)
		fprintf(stderr, "\n    the file field's error: %s\n",
		    err ? err : "(none)");
	free(err);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	buf_free(&b);

	/* The same as a page: the line next to the file field. */
	{
		struct ht_req rq;
		struct ht_part parts[2] = {
			{ "csrf", up_admin.csrf, 0, NULL, NULL },
			{ "file", "<register xmlns=\"urn:gdprdesk:register:1\""
			    ">\n\n<a b=\"1\" b=\"2\"/>\n</register>\n", 0,
			    "bad.xml", "application/xml" },
		};

		memset(&rq, 0, sizeof(rq));
		path = xasprintf("/staff/o/%s/import", up_other);
		rq.path = path;
		rq.cookie = up_admin.cookie;
		rq.accept = "text/html";
		rq.parts = parts;
		rq.nparts = NELEM(parts);
		CU_ASSERT(ht_do(&rq, &r) == 0);
		CU_ASSERT(it_status(&r, 422, "POST import (malformed, HTML)"));
		CU_ASSERT(ht_body_has(&r, "id=\"f-file-error\""));
		CU_ASSERT(ht_body_has(&r, "line 3: Attribute b redefined"));
		CU_ASSERT(ht_body_has(&r, "There is a problem"));
		ht_resp_free(&r);
		free(path);
	}

	/* No file, and an empty one: the field is required. */
	up_upload(&up_admin, up_other, NULL, 0, 1, &r);
	CU_ASSERT(it_status(&r, 422, "POST import (no file part)"));
	doc = ht_xml(&r);
	err = ht_xpath(doc, "string(/import/form/field[@name = "
	    "'file']/@error)");
	CU_ASSERT(err != NULL && strlen(err) > 0);
	free(err);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	up_upload(&up_admin, up_other, "", 0, 1, &r);
	CU_ASSERT(it_status(&r, 422, "POST import (an empty file)"));
	ht_resp_free(&r);

	/* No CSRF token: 403 before the page runs. */
	up_upload(&up_admin, up_other, text, strlen(text), 0, &r);
	CU_ASSERT(it_status(&r, 403, "POST import (no csrf)"));
	ht_resp_free(&r);

	/* Not multipart: an urlencoded form with the token. */
	it_form_csrf(&b, &up_admin);
	ht_form_add(&b, "file", "<register/>");
	path = xasprintf("/staff/o/%s/import", up_other);
	CU_ASSERT(ht_post(&r, path, up_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 415, "POST import (urlencoded)"));
	ht_resp_free(&r);
	buf_free(&b);
	free(path);

	/* Malformed multipart (a boundary that never comes): 400. */
	{
		struct ht_req rq;

		memset(&rq, 0, sizeof(rq));
		path = xasprintf("/staff/o/%s/import", up_other);
		rq.path = path;
		rq.cookie = up_admin.cookie;
		rq.accept = "application/xml";
		rq.ctype = "multipart/form-data; boundary=never";
		rq.body = "--other\r\nContent-Disposition: form-data; "
		    "name=\"csrf\"\r\n\r\nx\r\n--other--\r\n";
		CU_ASSERT(ht_do(&rq, &r) == 0);
		CU_ASSERT(it_status(&r, 400, "POST import (bad multipart)"));
		ht_resp_free(&r);
		free(path);
	}

	up_state(up_other, &after);
	CU_ASSERT(up_same(&before, &after));
	up_state_free(&before);
	up_state_free(&after);
	free(text);
}

/* Who may: a viewer may download but not import; a DPO of another sees neither. */
static void
test_upload_roles(void)
{
	struct up_state before, after;
	struct it_sess viewer, other;
	struct ht_resp r;
	char *text, *path;

	text = up_download(&up_admin, UP_SEED, &r);
	ht_resp_free(&r);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	up_state(up_org, &before);
	path = xasprintf("/staff/o/%s/import", up_org);

	CU_ASSERT_FATAL(up_login(up_viewer, &viewer) == 0);
	free(up_download(&viewer, up_org, &r));
	CU_ASSERT(it_status(&r, 200, "GET export (viewer of the org)"));
	ht_resp_free(&r);
	CU_ASSERT(ht_get(&r, path, viewer.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 403, "GET import (viewer)"));
	ht_resp_free(&r);
	up_upload(&viewer, up_org, text, strlen(text), 1, &r);
	CU_ASSERT(it_status(&r, 403, "POST import (viewer)"));
	ht_resp_free(&r);
	/* The register page offers the download, not the import. */
	free(path);
	path = xasprintf("/staff/o/%s/register", up_org);
	CU_ASSERT(ht_get(&r, path, viewer.cookie, 0) == 0);
	CU_ASSERT(ht_body_has(&r, "/export\">Download the register (XML)"));
	CU_ASSERT(!ht_body_has(&r, "/import\">"));
	ht_resp_free(&r);
	CU_ASSERT(ht_get(&r, path, up_admin.cookie, 0) == 0);
	CU_ASSERT(ht_body_has(&r, "/import\">Import a register"));
	ht_resp_free(&r);
	free(path);
	path = xasprintf("/staff/o/%s/import", up_org);
	it_sess_free(&viewer);

	CU_ASSERT_FATAL(up_login(up_dpo_other, &other) == 0);
	free(up_download(&other, up_org, &r));
	CU_ASSERT(it_status(&r, 404, "GET export (DPO of another org)"));
	ht_resp_free(&r);
	CU_ASSERT(ht_get(&r, path, other.cookie, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET import (DPO of another org)"));
	ht_resp_free(&r);
	up_upload(&other, up_org, text, strlen(text), 1, &r);
	CU_ASSERT(it_status(&r, 404, "POST import (DPO of another org)"));
	ht_resp_free(&r);
	/* Its own organisation is fine. */
	free(up_download(&other, up_other, &r));
	CU_ASSERT(it_status(&r, 200, "GET export (DPO of its own org)"));
	ht_resp_free(&r);
	it_sess_free(&other);

	up_state(up_org, &after);
	CU_ASSERT(up_same(&before, &after));
	up_state_free(&before);
	up_state_free(&after);
	free(path);
	free(text);
}

/* Over 8 MiB: nginx refuses it (413) and nothing changes. */
static void
test_upload_too_large(void)
{
	struct up_state before, after;
	struct ht_resp r;
	size_t n = 8 * 1024 * 1024 + 1;
	char *big;

	up_state(up_other, &before);
	big = xmalloc(n);
	memset(big, ' ', n);
	memcpy(big, "<register/>", 11);
	up_upload(&up_admin, up_other, big, n, 1, &r);
	CU_ASSERT(it_status(&r, 413, "POST import (over 8 MiB)"));
	ht_resp_free(&r);
	free(big);
	up_state(up_other, &after);
	CU_ASSERT(up_same(&before, &after));
	up_state_free(&before);
	up_state_free(&after);
}

int
test_upload_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("upload", up_init, up_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "GET export: the register as an attachment, "
	    "audited", test_upload_download) == NULL ||
	    CU_add_test(s, "the import page, and an upload that replaces a "
	    "register", test_upload_import) == NULL ||
	    CU_add_test(s, "refused uploads (invalid, no file, no csrf, not "
	    "multipart) change nothing", test_upload_refused) == NULL ||
	    CU_add_test(s, "viewers may download only; other DPOs get 404",
	    test_upload_roles) == NULL ||
	    CU_add_test(s, "an upload over 8 MiB: 413", test_upload_too_large) ==
	    NULL)
		return -1;
	return 0;
}
