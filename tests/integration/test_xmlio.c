/* test_xmlio: gdprdeskctl export and import against the test stack: round trips of the seeds, replacing a register, refusals that change nothing. */
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <CUnit/CUnit.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "core/util.h"
#include "itest.h"

static const char *const xi_seeds[] = {
	"realtimecrm", "expertcrm", "opencrm", "crmio", "callminders",
};

static int
xi_init(void)
{
	return it_suite_init();
}

static int
xi_clean(void)
{
	return 0;
}

/* A file's contents (owned), "" when it cannot be read. */
static char *
xi_slurp(const char *path)
{
	struct buf b = { 0 };
	char chunk[8192];
	size_t n;
	FILE *f;

	if ((f = fopen(path, "rb")) != NULL) {
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_append(&b, chunk, n);
		fclose(f);
	}
	if (b.p == NULL)
		buf_append(&b, "", 0);
	return b.p;
}

/* A new temporary file holding text (may be NULL: empty). Owned path. */
static char *
xi_tmp(const char *text)
{
	char *path = xstrdup("/tmp/gdprdesk-xmlio-XXXXXX");
	int fd;
	size_t len;

	if ((fd = mkstemp(path)) == -1) {
		free(path);
		return NULL;
	}
	len = text != NULL ? strlen(text) : 0;
	if (len > 0 && write(fd, text, len) != (ssize_t)len)
		CU_FAIL("cannot write a temporary file");
	close(fd);
	return path;
}

/*
 * Runs `gdprdeskctl --var VAR CMD SLUG` with standard input from text
 * (NULL: empty). Returns its exit status (-1 if it did not exit); *out and
 * *err (each may be NULL) receive what it wrote (owned).
 */
static int
xi_ctl(const char *cmd, const char *slug, const char *text, char **out,
    char **err)
{
	char *in, *o, *e, *line;
	int status;

	in = xi_tmp(text);
	o = xi_tmp(NULL);
	e = xi_tmp(NULL);
	if (in == NULL || o == NULL || e == NULL) {
		CU_FAIL("cannot make temporary files");
		free(in);
		free(o);
		free(e);
		return -1;
	}
	line = xasprintf("'%s/gdprdeskctl' --var '%s' %s '%s' <'%s' >'%s' "
	    "2>'%s'", it_bin(), it_var(), cmd, slug, in, o, e);
	status = system(line);
	free(line);
	if (out != NULL)
		*out = xi_slurp(o);
	if (err != NULL)
		*err = xi_slurp(e);
	unlink(in);
	unlink(o);
	unlink(e);
	free(in);
	free(o);
	free(e);
	return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The export of slug (owned), or NULL when it does not exit 0. */
static char *
xi_export(const char *slug)
{
	char *out = NULL, *err = NULL;
	int rc;

	rc = xi_ctl("export", slug, NULL, &out, &err);
	if (rc != 0) {
		fprintf(stderr, "\n    export %s: exit %d: %s\n", slug, rc, err);
		free(out);
		out = NULL;
	}
	free(err);
	return out;
}

/* Imports text into slug; the exit status, stderr in *err (owned). */
static int
xi_import(const char *slug, const char *text, char **err)
{
	char *out = NULL;
	int rc;

	rc = xi_ctl("import", slug, text, &out, err);
	free(out);
	return rc;
}

/* Renumbers recipient keys k1, k2 ... in document order, refs to match. */
static void
xi_renumber(xmlNodePtr n, char ***old, size_t *nold)
{
	xmlChar *v;
	char key[24];
	size_t i;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrEqual(n->name, BAD_CAST "recipient") &&
		    (v = xmlGetProp(n, BAD_CAST "key")) != NULL) {
			*old = xreallocarray(*old, *nold + 1, sizeof(**old));
			(*old)[(*nold)++] = xstrdup((const char *)v);
			snprintf(key, sizeof(key), "k%zu", *nold);
			xmlSetProp(n, BAD_CAST "key", BAD_CAST key);
			xmlFree(v);
		} else if (xmlStrEqual(n->name, BAD_CAST "recipient") &&
		    (v = xmlGetProp(n, BAD_CAST "ref")) != NULL) {
			snprintf(key, sizeof(key), "k?");
			for (i = 0; i < *nold; i++)
				if (strcmp((*old)[i], (const char *)v) == 0)
					snprintf(key, sizeof(key), "k%zu", i + 1);
			xmlSetProp(n, BAD_CAST "ref", BAD_CAST key);
			xmlFree(v);
		}
		xi_renumber(n->children, old, nold);
	}
}

/* Removes every <slug> element under n. */
static void
xi_drop_slug(xmlNodePtr n)
{
	xmlNodePtr next;

	for (; n != NULL; n = next) {
		next = n->next;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrEqual(n->name, BAD_CAST "slug")) {
			xmlUnlinkNode(n);
			xmlFreeNode(n);
			continue;
		}
		xi_drop_slug(n->children);
	}
}

/*
 * An export without what may differ between two organisations holding
 * the same register: the slug, the exported time, the recipient keys
 * (renumbered in order). Owned; NULL when it does not parse.
 */
static char *
xi_normalise(const char *text)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	xmlChar *s = NULL;
	char **old = NULL, *out;
	size_t nold = 0, i;
	int len;

	if (text == NULL || (doc = xmlReadMemory(text, (int)strlen(text), NULL,
	    NULL, XML_PARSE_NONET | XML_PARSE_NOERROR)) == NULL)
		return NULL;
	root = xmlDocGetRootElement(doc);
	xmlUnsetProp(root, BAD_CAST "exported");
	xi_drop_slug(root->children);
	xi_renumber(root->children, &old, &nold);
	xmlDocDumpMemory(doc, &s, &len);
	out = xstrdup(s != NULL ? (const char *)s : "");
	xmlFree(s);
	xmlFreeDoc(doc);
	for (i = 0; i < nold; i++)
		free(old[i]);
	free(old);
	return out;
}

/* Are two exports the same register? Says where they differ if not. */
static int
xi_same(const char *what, const char *a, const char *b)
{
	char *na, *nb;
	size_t i, line = 1;
	int same;

	na = xi_normalise(a);
	nb = xi_normalise(b);
	same = na != NULL && nb != NULL && strcmp(na, nb) == 0;
	if (!same && na != NULL && nb != NULL) {
		for (i = 0; na[i] != '\0' && na[i] == nb[i]; i++)
			if (na[i] == '\n')
				line++;
		fprintf(stderr, "\n    %s: the exports differ from line %zu:"
		    "\n    %.200s\n    vs\n    %.200s\n", what, line,
		    na + i, nb + i);
	}
	free(na);
	free(nb);
	return same;
}

/* What an import must leave alone, counted. */
struct xi_counts {
	long long	 live_acts, retired_acts, live_recs, retired_recs;
	long long	 live_locs, version, audits, orgs;
};

static void
xi_count(const char *slug, struct xi_counts *c)
{
	c->orgs = it_sql_int("SELECT COUNT(*) FROM organisation "
	    "WHERE slug = '%s'", slug);
	c->version = it_sql_int("SELECT version FROM organisation "
	    "WHERE slug = '%s'", slug);
	c->live_acts = it_sql_int("SELECT COUNT(*) FROM activity a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
	    "a.status <> 'retired'", slug);
	c->retired_acts = it_sql_int("SELECT COUNT(*) FROM activity a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
	    "a.status = 'retired'", slug);
	c->live_recs = it_sql_int("SELECT COUNT(*) FROM recipient r JOIN "
	    "organisation o ON o.id = r.org_id WHERE o.slug = '%s' AND "
	    "r.is_retired = 0", slug);
	c->retired_recs = it_sql_int("SELECT COUNT(*) FROM recipient r JOIN "
	    "organisation o ON o.id = r.org_id WHERE o.slug = '%s' AND "
	    "r.is_retired = 1", slug);
	c->live_locs = it_sql_int("SELECT COUNT(*) FROM org_location l JOIN "
	    "organisation o ON o.id = l.org_id WHERE o.slug = '%s' AND "
	    "l.is_retired = 0", slug);
	c->audits = it_sql_int("SELECT COUNT(*) FROM audit a JOIN "
	    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
	    "a.action = 'register_import' AND a.entity = 'organisation'",
	    slug);
}

static int
xi_counts_equal(const struct xi_counts *a, const struct xi_counts *b)
{
	return memcmp(a, b, sizeof(*a)) == 0;
}

/* The reference rows the documents below use (present once migrated). */
static void
xi_reference(void)
{
	it_sql("INSERT IGNORE INTO country (code, name) VALUES "
	    "('GB', 'United Kingdom'), ('IE', 'Ireland'), "
	    "('US', 'United States')");
	it_sql("INSERT IGNORE INTO transfer_mechanism (code, name, article) "
	    "VALUES ('adequacy', 'Adequacy decision', 'Art 45')");
	it_sql("INSERT IGNORE INTO lawful_basis (code, article, name) VALUES "
	    "('a', 'Art 6(1)(a)', 'Consent'), ('b', 'Art 6(1)(b)', "
	    "'Contract')");
}

#define XI_HEAD	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
	"<register xmlns=\"urn:gdprdesk:register:1\" version=\"1\">\n"

/* A first register: 3 activities, 2 recipients, 2 locations. */
static const char xi_doc1[] = XI_HEAD
    "<organisation><name>Replace Me Ltd</name>"
    "<contact_email>privacy@example.org</contact_email></organisation>\n"
    "<locations><location country=\"GB\"/>"
    "<location country=\"IE\" region=\"eu-west-1\" mechanism=\"adequacy\">"
    "<note>Dublin</note></location></locations>\n"
    "<categories><data-category code=\"it-notes\" special=\"0\" "
    "criminal=\"0\">Call notes</data-category>"
    "<subject-category code=\"it-callers\">Callers</subject-category>"
    "</categories>\n"
    "<recipients>"
    "<recipient key=\"mail\" kind=\"processor\"><name>Mailer</name>"
    "<location country=\"US\"/></recipient>"
    "<recipient key=\"crm\" kind=\"processor\"><name>CRM host</name>"
    "</recipient></recipients>\n"
    "<activities>"
    "<activity status=\"active\" role=\"controller\"><name>One</name>"
    "<lawful_basis>b</lawful_basis>"
    "<subjects><subject code=\"it-callers\"/></subjects>"
    "<data><category code=\"it-notes\"/></data>"
    "<recipient ref=\"mail\"/><recipient ref=\"crm\"/></activity>"
    "<activity status=\"active\" role=\"controller\"><name>Two</name>"
    "</activity>"
    "<activity status=\"draft\" role=\"processor\"><name>Three</name>"
    "<controller_name>Client</controller_name></activity>"
    "</activities>\n</register>\n";

/* Its replacement: 2 activities (one draft), 1 recipient, 1 location. */
static const char xi_doc2[] = XI_HEAD
    "<organisation><name>Replaced Ltd</name>"
    "<jurisdiction>eu</jurisdiction><response_days>30</response_days>"
    "</organisation>\n"
    "<locations><location country=\"IE\"/></locations>\n"
    "<categories><data-category code=\"it-notes\" special=\"1\" "
    "criminal=\"0\">Call notes, health</data-category>"
    "<subject-category code=\"it-callers\">Callers</subject-category>"
    "</categories>\n"
    "<recipients><recipient key=\"x\" kind=\"internal\"><name>Support"
    "</name><note>in house</note></recipient></recipients>\n"
    "<activities>"
    "<activity status=\"active\" role=\"controller\"><name>Four</name>"
    "<lawful_basis>a</lawful_basis><retention_months>12"
    "</retention_months>"
    "<data><category code=\"it-notes\"/></data>"
    "<recipient ref=\"x\"/></activity>"
    "<activity status=\"draft\" role=\"controller\"><name>Five</name>"
    "</activity>"
    "</activities>\n</register>\n";

/* An unknown slug (and a slug that is not one) exits 2. */
static void
test_export_unknown(void)
{
	char *out = NULL, *err = NULL;

	CU_ASSERT_EQUAL(xi_ctl("export", "no-such-organisation", NULL, &out,
	    &err), 2);
	CU_ASSERT(out != NULL && out[0] == '\0');
	CU_ASSERT(err != NULL && strstr(err, "no organisation") != NULL);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(xi_ctl("export", "Not_A_Slug", NULL, NULL, NULL), 2);
	CU_ASSERT_EQUAL(xi_ctl("import", "Not_A_Slug", xi_doc1, NULL, NULL),
	    2);
}

/*
 * Each seed: export, import into a new slug, export again: the same but
 * for the slug, the time and the keys.
 */
static void
test_round_trip(void)
{
	char *a, *b, *slug, *base, *err = NULL;
	size_t i;
	int rc;

	for (i = 0; i < NELEM(xi_seeds); i++) {
		a = xi_export(xi_seeds[i]);
		CU_ASSERT_PTR_NOT_NULL(a);
		base = xasprintf("xrt-%s", xi_seeds[i]);
		slug = it_name(base);
		free(base);
		rc = xi_import(slug, a, &err);
		if (rc != 0)
			fprintf(stderr, "\n    import %s: exit %d: %s\n", slug,
			    rc, err);
		CU_ASSERT_EQUAL(rc, 0);
		free(err);
		err = NULL;
		b = xi_export(slug);
		CU_ASSERT_PTR_NOT_NULL(b);
		CU_ASSERT(a != NULL && b != NULL && xi_same(xi_seeds[i], a, b));
		/* Every live activity made it, and nothing else. */
		CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM activity a "
		    "JOIN organisation o ON o.id = a.org_id WHERE o.slug = '%s' "
		    "AND a.status <> 'retired'", slug), it_sql_int("SELECT "
		    "COUNT(*) FROM activity a JOIN organisation o ON "
		    "o.id = a.org_id WHERE o.slug = '%s' AND a.status <> "
		    "'retired'", xi_seeds[i]));
		CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM activity a "
		    "JOIN organisation o ON o.id = a.org_id WHERE o.slug = '%s' "
		    "AND a.status = 'retired'", slug), 0);
		/* Made by no account, and audited. */
		CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM organisation "
		    "WHERE slug = '%s' AND changed_by IS NULL", slug), 1);
		CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit a JOIN "
		    "organisation o ON o.id = a.org_id WHERE o.slug = '%s' AND "
		    "a.action = 'register_import' AND "
		    "a.entity = 'organisation' AND a.entity_id = o.id", slug),
		    1);
		free(a);
		free(b);
		free(slug);
	}
}

/*
 * Importing into an existing slug replaces its register: the document's
 * rows are the live ones, the old ones are retired (history keeps them),
 * the organisation's columns are the document's, its version bumped.
 */
static void
test_replace(void)
{
	struct xi_counts c1, c2;
	char *slug, *fresh, *a, *b, *err = NULL;

	xi_reference();
	slug = it_name("xio-replace");
	CU_ASSERT_EQUAL(xi_import(slug, xi_doc1, &err), 0);
	if (err != NULL && *err != '\0')
		fprintf(stderr, "\n    import doc1: %s\n", err);
	free(err);
	err = NULL;
	xi_count(slug, &c1);
	CU_ASSERT_EQUAL(c1.orgs, 1);
	CU_ASSERT_EQUAL(c1.version, 1);
	CU_ASSERT_EQUAL(c1.live_acts, 3);
	CU_ASSERT_EQUAL(c1.live_recs, 2);
	CU_ASSERT_EQUAL(c1.live_locs, 2);
	CU_ASSERT_EQUAL(c1.audits, 1);
	/* ref_prefix derived from the slug: its letters, at most 8. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT ref_prefix = 'XIOREPLA' FROM "
	    "organisation WHERE slug = '%s'", slug), 1);

	CU_ASSERT_EQUAL(xi_import(slug, xi_doc2, &err), 0);
	if (err != NULL && *err != '\0')
		fprintf(stderr, "\n    import doc2: %s\n", err);
	free(err);
	err = NULL;
	xi_count(slug, &c2);
	CU_ASSERT_EQUAL(c2.orgs, 1);
	CU_ASSERT_EQUAL(c2.version, 2);
	CU_ASSERT_EQUAL(c2.live_acts, 2);	/* the document's */
	CU_ASSERT_EQUAL(c2.retired_acts, 3);
	CU_ASSERT_EQUAL(c2.live_recs, 1);
	CU_ASSERT_EQUAL(c2.retired_recs, 2);
	CU_ASSERT_EQUAL(c2.live_locs, 1);
	CU_ASSERT_EQUAL(c2.audits, 2);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM organisation WHERE "
	    "slug = '%s' AND name = 'Replaced Ltd' AND jurisdiction = 'eu' "
	    "AND response_days = 30 AND contact_email IS NULL AND "
	    "ref_prefix = 'XIOREPLA' AND changed_by IS NULL", slug), 1);
	/* The recipient location went with its recipient. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM recipient_location l "
	    "JOIN recipient r ON r.id = l.recipient_id JOIN organisation o "
	    "ON o.id = r.org_id WHERE o.slug = '%s' AND l.is_retired = 0",
	    slug), 0);
	/* History keeps the old register as it was: 3 + 2 live at a time. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(DISTINCT a.id) FROM activity "
	    "FOR SYSTEM_TIME ALL a JOIN organisation o ON o.id = a.org_id "
	    "WHERE o.slug = '%s' AND a.status <> 'retired'", slug), 5);

	/* The same document into a fresh slug gives the same export. */
	fresh = it_name("xio-fresh");
	CU_ASSERT_EQUAL(xi_import(fresh, xi_doc2, NULL), 0);
	/* Each made its prefix from its own slug. */
	it_sql("UPDATE organisation SET ref_prefix = 'XIOREPLA' WHERE "
	    "slug = '%s'", fresh);
	a = xi_export(slug);
	b = xi_export(fresh);
	CU_ASSERT(a != NULL && b != NULL && xi_same("replace", a, b));
	/* And it round-trips. */
	if (a != NULL) {
		CU_ASSERT_EQUAL(xi_import(slug, a, NULL), 0);
		free(b);
		b = xi_export(slug);
		CU_ASSERT(b != NULL && xi_same("replace again", a, b));
		xi_count(slug, &c1);
		CU_ASSERT_EQUAL(c1.live_acts, 2);
		CU_ASSERT_EQUAL(c1.retired_acts, 5);
		CU_ASSERT_EQUAL(c1.version, 3);
	}
	free(a);
	free(b);
	free(fresh);
	free(slug);
}

/*
 * A document that is refused, for whatever reason, changes nothing and
 * says on which line: malformed, invalid, a DOCTYPE, codes the database
 * does not know (found only after the organisation was already updated
 * inside the transaction).
 */
static void
test_refused(void)
{
	static const struct {
		const char	*what;
		const char	*from;	/* replaced in xi_doc2 ... */
		const char	*to;	/* ... by this */
		const char	*line;	/* "line N:" expected on stderr */
	} t[] = {
		{ "not well-formed", "</organisation>", "</organsation>",
		    "line 3:" },
		{ "unknown element", "<locations>", "<places/><locations>",
		    "line 4:" },
		{ "bad kind", "kind=\"internal\"", "kind=\"friend\"",
		    "line 6:" },
		{ "bad date", "<note>in house</note>",
		    "<contract_date>2024-02-30</contract_date>", "line 6:" },
		{ "DOCTYPE with an external entity", "<?xml version=\"1.0\" "
		    "encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\"?>\n"
		    "<!DOCTYPE register [<!ENTITY e SYSTEM "
		    "\"file:///etc/passwd\">]>\n", "line 2:" },
		{ "unknown country", "<location country=\"IE\"/>",
		    "<location country=\"ZZ\"/>", "line 4:" },
		{ "unknown category", "<category code=\"it-notes\"/>",
		    "<category code=\"it-no-such\"/>", "line 7:" },
		{ "unknown cloud region", "<location country=\"IE\"/>",
		    "<location country=\"IE\" region=\"nosuch-1\"/>",
		    "line 4:" },
		{ "unknown holiday calendar", "<jurisdiction>eu</jurisdiction>",
		    "<jurisdiction>eu</jurisdiction><calendar>nowhere"
		    "</calendar>", "line 3:" },
		{ "a time zone this system lacks",
		    "<jurisdiction>eu</jurisdiction>",
		    "<jurisdiction>eu</jurisdiction><time_zone>Mars/Olympus"
		    "</time_zone>", "line 3:" },
		{ "unknown recipient ref", "<recipient ref=\"x\"/>",
		    "<recipient ref=\"y\"/>", "line 7:" },
		{ "unknown lawful basis (late in the document)",
		    "<activity status=\"draft\" role=\"controller\">"
		    "<name>Five</name>",
		    "<activity status=\"draft\" role=\"controller\">\n"
		    "<name>Five</name><lawful_basis>zz</lawful_basis>",
		    "line 8:" },
	};
	struct xi_counts before, after;
	struct buf b;
	char *slug, *fresh, *err, *at;
	size_t i;
	int rc;

	xi_reference();
	slug = it_name("xio-refused");
	CU_ASSERT_EQUAL(xi_import(slug, xi_doc1, NULL), 0);
	for (i = 0; i < NELEM(t); i++) {
		at = strstr(xi_doc2, t[i].from);
		CU_ASSERT_PTR_NOT_NULL(at);
		if (at == NULL)
			continue;
		memset(&b, 0, sizeof(b));
		buf_append(&b, xi_doc2, (size_t)(at - xi_doc2));
		buf_puts(&b, t[i].to);
		buf_puts(&b, at + strlen(t[i].from));

		/* Into an existing organisation: nothing changes. */
		xi_count(slug, &before);
		err = NULL;
		rc = xi_import(slug, b.p, &err);
		xi_count(slug, &after);
		if (rc != 2 || err == NULL || strstr(err, t[i].line) == NULL)
			fprintf(stderr, "\n    %s: exit %d, want 2 and %s: %s\n",
			    t[i].what, rc, t[i].line, err ? err : "");
		CU_ASSERT_EQUAL(rc, 2);
		CU_ASSERT(err != NULL && strncmp(err, "gdprdeskctl: import: "
		    "line ", 23) == 0 && strstr(err, t[i].line) != NULL);
		CU_ASSERT(xi_counts_equal(&before, &after));
		free(err);

		/* Into a new slug: no organisation is made. */
		fresh = it_name("xio-never");
		CU_ASSERT_EQUAL(xi_import(fresh, b.p, NULL), 2);
		CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM organisation "
		    "WHERE slug = '%s'", fresh), 0);
		free(fresh);
		buf_free(&b);
	}
	/* Still the first document's register. */
	xi_count(slug, &after);
	CU_ASSERT_EQUAL(after.live_acts, 3);
	CU_ASSERT_EQUAL(after.version, 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM organisation WHERE "
	    "slug = '%s' AND name = 'Replace Me Ltd'", slug), 1);
	free(slug);
}

int
test_xmlio_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("xmlio", xi_init, xi_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "export: an unknown slug exits 2",
	    test_export_unknown) == NULL ||
	    CU_add_test(s, "export, import, export: the five seeds round-trip",
	    test_round_trip) == NULL ||
	    CU_add_test(s, "import into an existing slug replaces its register",
	    test_replace) == NULL ||
	    CU_add_test(s, "a refused import says the line and changes nothing",
	    test_refused) == NULL)
		return -1;
	return 0;
}
