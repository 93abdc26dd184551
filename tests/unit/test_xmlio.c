/* test_xmlio: the register document's schema and parser: the samples of tests/data/xmlio, and what the parser must refuse. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "model/xmlio.h"
#include "suites.h"

#define XT_DIR	"tests/data/xmlio/"

/* A file's bytes (owned) and *len; NULL if it cannot be read. */
static char *
xt_slurp(const char *path, size_t *len)
{
	struct buf b = { 0 };
	char chunk[4096];
	size_t n;
	FILE *f;

	*len = 0;
	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	if (b.p == NULL)
		buf_append(&b, "", 0);
	*len = b.len;
	return b.p;
}

/*
 * Validates text and checks the outcome: want_line 0 means it must pass;
 * otherwise it must fail on that line with needle in the reason.
 */
static void
xt_expect(const char *what, const char *text, size_t len, long want_line,
    const char *needle)
{
	struct xmlio_error err;
	int rc;

	memset(&err, 0, sizeof(err));
	rc = xmlio_validate(xmlio_schema_path(), text, len, &err);
	if (want_line == 0) {
		CHECK(rc == 0, "%s: should be valid, got line %ld: %s", what,
		    err.line, err.reason);
		return;
	}
	CHECK(rc == -1, "%s: should be refused", what);
	if (rc != -1)
		return;
	CHECK(err.line == want_line, "%s: refused on line %ld (%s), not %ld",
	    what, err.line, err.reason, want_line);
	CHECK(strstr(err.reason, needle) != NULL,
	    "%s: reason \"%s\" does not mention \"%s\"", what, err.reason,
	    needle);
	CHECK(strchr(err.reason, '\n') == NULL && err.reason[0] != '\0',
	    "%s: the reason is one line", what);
}

/* The samples: the valid one passes, each invalid one fails on its line. */
static void
test_samples(void)
{
	static const struct {
		const char	*file;
		long		 line;	/* 0: valid */
		const char	*needle;
	} t[] = {
		{ "valid.xml", 0, NULL },
		{ "unknown-element.xml", 6, "colour" },
		{ "missing-name.xml", 9, "service" },
		{ "bad-kind.xml", 8, "recipient" },
		{ "bad-date.xml", 10, "2023-02-30" },
		{ "not-well-formed.xml", 6, "mismatch" },
		{ "doctype-entity.xml", 3, "DOCTYPE" },
	};
	char path[256], *text;
	size_t i, len;

	for (i = 0; i < NELEM(t); i++) {
		snprintf(path, sizeof(path), XT_DIR "%s", t[i].file);
		text = xt_slurp(path, &len);
		CHECK(text != NULL, "%s cannot be read", path);
		if (text == NULL)
			continue;
		xt_expect(t[i].file, text, len, t[i].line, t[i].needle);
		free(text);
	}
}

#define XT_HEAD	"<?xml version=\"1.0\"?>\n" \
	"<register xmlns=\"urn:gdprdesk:register:1\" version=\"1\">\n"
#define XT_ORG	"<organisation><name>X Ltd</name></organisation>\n"

/* Documents built here: each rejection class of the schema and parser. */
static void
test_inline(void)
{
	static const struct {
		const char	*what;
		const char	*text;
		long		 line;
		const char	*needle;
	} t[] = {
		{ "minimal", XT_HEAD XT_ORG "</register>\n", 0, NULL },
		{ "empty sections", XT_HEAD XT_ORG "<locations/><categories/>"
		    "<recipients/><activities/></register>\n", 0, NULL },
		{ "empty input", "", 1, "empty" },
		{ "no namespace", "<?xml version=\"1.0\"?>\n<register "
		    "version=\"1\">" XT_ORG "</register>", 2, "register" },
		{ "wrong version", "<?xml version=\"1.0\"?>\n\n<register "
		    "xmlns=\"urn:gdprdesk:register:1\" version=\"2\">\n"
		    XT_ORG "</register>", 3, "register" },
		{ "no organisation", XT_HEAD "\n<activities/></register>", 4,
		    "activities" },
		{ "blank name", XT_HEAD "<organisation>\n<name>  </name>"
		    "</organisation></register>", 4, "name" },
		{ "bad role", XT_HEAD XT_ORG "<activities>\n<activity "
		    "status=\"active\" role=\"boss\"><name>A</name></activity>"
		    "</activities></register>", 5, "activity" },
		{ "retired activity", XT_HEAD XT_ORG "<activities>\n<activity "
		    "status=\"retired\" role=\"controller\"><name>A</name>"
		    "</activity></activities></register>", 5, "activity" },
		{ "bad number", XT_HEAD XT_ORG "<activities><activity "
		    "status=\"active\" role=\"controller\"><name>A</name>\n"
		    "<retention_months>-3</retention_months></activity>"
		    "</activities></register>", 5, "-3" },
		{ "bad flag", XT_HEAD "<organisation><name>X</name>\n"
		    "<charges_first_copy>yes</charges_first_copy>"
		    "</organisation></register>", 4, "charges_first_copy" },
		{ "slash date", XT_HEAD "<organisation><name>X</name>\n"
		    "<notice_updated>01/02/2024</notice_updated>"
		    "</organisation></register>", 4, "01/02/2024" },
		{ "too long", XT_HEAD "<organisation><name>X</name>\n"
		    "<ref_prefix>ABCDEFGHI</ref_prefix>"
		    "</organisation></register>", 4, "ABCDEFGHI" },
		{ "wrong order", XT_HEAD "<organisation>\n<legal_name>L"
		    "</legal_name><name>X</name></organisation></register>", 4,
		    "legal_name" },
		{ "internal entities (billion laughs)", "<?xml version=\"1.0\"?>"
		    "\n<!DOCTYPE register [\n<!ENTITY a \"aaaaaaaaaa\">\n"
		    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
		    "<register xmlns=\"urn:gdprdesk:register:1\" version=\"1\">"
		    "<organisation><name>&b;</name></organisation></register>",
		    2, "DOCTYPE" },
		{ "external DTD", "<?xml version=\"1.0\"?>\n<!DOCTYPE register "
		    "SYSTEM \"http://127.0.0.1:9/register.dtd\">\n" XT_HEAD,
		    2, "DOCTYPE" },
		{ "XInclude", XT_HEAD "<organisation><name>X</name>"
		    "</organisation>\n<xi:include "
		    "xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
		    "href=\"/etc/passwd\" parse=\"text\"/></register>", 4,
		    "include" },
		{ "undeclared entity", XT_HEAD "<organisation>\n<name>&x;"
		    "</name></organisation></register>", 4, "x" },
		{ "text after the root", XT_HEAD XT_ORG "</register>\njunk",
		    5, "end" },
	};
	size_t i;

	for (i = 0; i < NELEM(t); i++)
		xt_expect(t[i].what, t[i].text, strlen(t[i].text), t[i].line,
		    t[i].needle);
}

/* Lines past 65535 are still told right (XML_PARSE_BIG_LINES). */
static void
test_big_lines(void)
{
	struct buf b = { 0 };
	size_t i;

	buf_puts(&b, XT_HEAD XT_ORG);
	for (i = 0; i < 70000; i++)
		buf_puts(&b, "\n");
	buf_puts(&b, "<colour>blue</colour></register>\n");
	xt_expect("unknown element on line 70004", b.p, b.len, 70004,
	    "colour");
	buf_free(&b);
}

/* A document over the limit is refused before it is parsed. */
static void
test_too_big(void)
{
	struct xmlio_error err;
	char *big;

	big = xmalloc((size_t)XMLIO_MAX + 1);
	memset(big, ' ', (size_t)XMLIO_MAX + 1);
	CHECK(xmlio_validate(xmlio_schema_path(), big, (size_t)XMLIO_MAX + 1,
	    &err) == -1 && strstr(err.reason, "larger") != NULL,
	    "an over-long document is refused (%s)", err.reason);
	free(big);
}

/* A schema that is not there is reported, not a crash. */
static void
test_no_schema(void)
{
	static const char doc[] = XT_HEAD XT_ORG "</register>";
	struct xmlio_error err;

	CHECK(xmlio_validate("tests/data/xmlio/no-such.rng", doc,
	    sizeof(doc) - 1, &err) == -1 && err.line == 0 &&
	    strstr(err.reason, "schema") != NULL,
	    "a missing schema is an error (%s)", err.reason);
}

static void
test_ref_prefix(void)
{
	static const struct {
		const char	*slug;
		const char	*want;
	} t[] = {
		{ "crmio", "CRMIO" },
		{ "realtimecrm", "REALTIME" },
		{ "it-rt-crm-io-42", "ITRTCRMI" },
		{ "a1b2", "AB" },
		{ "2024", "ORG" },
	};
	char out[9];
	size_t i;

	for (i = 0; i < NELEM(t); i++) {
		xmlio_ref_prefix(t[i].slug, out);
		CHECK(strcmp(out, t[i].want) == 0, "ref prefix of %s: %s, "
		    "not %s", t[i].slug, out, t[i].want);
	}
}

void
suite_xmlio(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "xmlio", NULL, NULL);
	TEST_ADD(s, "the sample documents", test_samples);
	TEST_ADD(s, "schema and parser rejections", test_inline);
	TEST_ADD(s, "lines past 65535", test_big_lines);
	TEST_ADD(s, "the size limit", test_too_big);
	TEST_ADD(s, "a missing schema", test_no_schema);
	TEST_ADD(s, "ref_prefix from the slug", test_ref_prefix);
}
