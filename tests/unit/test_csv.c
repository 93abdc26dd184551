/* test_csv: the CSV downloads' quoting (xslt/csv/csv.xsl): commas, quotes, line breaks, formulas made inert, read back by an RFC 4180 reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "core/util.h"
#include "suites.h"

/* A cell's text in the document and what a reader must get back. */
struct csv_case {
	const char	*name;
	const char	*in;
	const char	*want;
};

static const struct csv_case csv_cases[] = {
	{ "plain", "Card payments", "Card payments" },
	{ "comma", "Stripe, Inc.", "Stripe, Inc." },
	{ "quote", "He said \"no\"", "He said \"no\"" },
	{ "newline and quote", "line one\nline \"two\"", "line one\nline \"two\"" },
	{ "only a quote", "\"", "\"" },
	{ "formula =", "=HYPERLINK(\"http://evil.example\",\"x\")",
	    "'=HYPERLINK(\"http://evil.example\",\"x\")" },
	{ "formula +", "+44 20 7946 0000", "'+44 20 7946 0000" },
	{ "formula -", "-1+1", "'-1+1" },
	{ "formula @", "@SUM(A1:A2)", "'@SUM(A1:A2)" },
	{ "formula after a tab", "\t=1+1", "'\t=1+1" },
	{ "= not first", "a=b", "a=b" },
	{ "empty", "", "" },
	{ "non-ASCII", "Google’s café", "Google’s café" },
};

static xsltStylesheetPtr csv_sheet;

static int
csv_init(void)
{
	const char *dir;
	char *path;

	if ((dir = getenv("GDPRDESK_XSLT_DIR")) == NULL || *dir == '\0')
		dir = "xslt";
	path = xasprintf("%s/csv/checks.xsl", dir);
	csv_sheet = xsltParseStylesheetFile(BAD_CAST path);
	free(path);
	return csv_sheet == NULL ? -1 : 0;
}

static int
csv_clean(void)
{
	if (csv_sheet != NULL)
		xsltFreeStylesheet(csv_sheet);
	csv_sheet = NULL;
	return 0;
}

/*
 * A checks report whose organisation is named "Acme, \"Widgets\"" and
 * whose findings carry each case's text as their message.
 */
static xmlDocPtr
csv_doc(void)
{
	xmlNodePtr root, reg, org, list, f;
	xmlDocPtr doc;
	size_t i;

	doc = xmlNewDoc(BAD_CAST "1.0");
	root = xmlNewNode(NULL, BAD_CAST "report");
	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, BAD_CAST "name", BAD_CAST "checks");
	reg = xmlNewChild(root, NULL, BAD_CAST "register", NULL);
	org = xmlNewChild(reg, NULL, BAD_CAST "organisation", NULL);
	xmlNewTextChild(org, NULL, BAD_CAST "name",
	    BAD_CAST "Acme, \"Widgets\"");
	list = xmlNewChild(reg, NULL, BAD_CAST "findings", NULL);
	for (i = 0; i < NELEM(csv_cases); i++) {
		f = xmlNewChild(list, NULL, BAD_CAST "finding", NULL);
		xmlNewProp(f, BAD_CAST "code", BAD_CAST "R01");
		xmlNewProp(f, BAD_CAST "severity", BAD_CAST "error");
		xmlNewProp(f, BAD_CAST "article", BAD_CAST "Art 30(1)(b)");
		xmlNewProp(f, BAD_CAST "entity", BAD_CAST "activity");
		xmlNewTextChild(f, NULL, BAD_CAST "entity_name",
		    BAD_CAST csv_cases[i].name);
		xmlNewTextChild(f, NULL, BAD_CAST "message",
		    BAD_CAST csv_cases[i].in);
		xmlNewTextChild(f, NULL, BAD_CAST "fix", BAD_CAST "Fix it.");
	}
	return doc;
}

/* The rows of a CSV text: rows of cells, as an RFC 4180 reader sees them. */
struct csv_rows {
	char	***cell;	/* [row][col], each owned */
	size_t	 *ncols;
	size_t	  nrows;
	int	  is_strict;	/* every record ended in CRLF, every cell quoted */
};

static void
csv_push(struct csv_rows *t, struct buf *cell, int new_row)
{
	size_t r;

	if (new_row || t->nrows == 0) {
		t->cell = xreallocarray(t->cell, t->nrows + 1,
		    sizeof(*t->cell));
		t->ncols = xreallocarray(t->ncols, t->nrows + 1,
		    sizeof(*t->ncols));
		t->cell[t->nrows] = NULL;
		t->ncols[t->nrows++] = 0;
	}
	r = t->nrows - 1;
	t->cell[r] = xreallocarray(t->cell[r], t->ncols[r] + 1,
	    sizeof(**t->cell));
	t->cell[r][t->ncols[r]++] = xstrdup(cell->p ? cell->p : "");
	buf_free(cell);
}

/* Reads p (len bytes) into t. Returns 0, or -1 on a malformed text. */
static int
csv_read(const char *p, size_t len, struct csv_rows *t)
{
	struct buf cell = { 0 };
	const char *end = p + len;
	int row_start = 1;

	memset(t, 0, sizeof(*t));
	t->is_strict = 1;
	while (p < end) {
		buf_puts(&cell, "");
		if (*p != '"') {
			t->is_strict = 0;
			while (p < end && *p != ',' && *p != '\r' && *p != '\n')
				buf_append(&cell, p++, 1);
		} else {
			for (p++;; p++) {
				if (p == end) {
					buf_free(&cell);
					return -1;
				}
				if (*p == '"' && p + 1 < end && p[1] == '"')
					buf_append(&cell, p++, 1);
				else if (*p == '"')
					break;
				else
					buf_append(&cell, p, 1);
			}
			p++;
		}
		csv_push(t, &cell, row_start);
		row_start = 0;
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p + 1 < end && p[0] == '\r' && p[1] == '\n')
			p += 2;
		else {
			t->is_strict = 0;
			if (p < end)
				p++;
		}
		row_start = 1;
	}
	return 0;
}

static void
csv_rows_free(struct csv_rows *t)
{
	size_t r, c;

	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols[r]; c++)
			free(t->cell[r][c]);
		free(t->cell[r]);
	}
	free(t->cell);
	free(t->ncols);
}

static void
test_quoting(void)
{
	static const char bom[] = "\xef\xbb\xbf";
	struct csv_rows t;
	xmlDocPtr doc, res;
	xmlChar *out = NULL;
	size_t i;
	int len = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(csv_sheet);
	doc = csv_doc();
	res = xsltApplyStylesheet(csv_sheet, doc, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(res);
	CU_ASSERT_FATAL(xsltSaveResultToString(&out, &len, res,
	    csv_sheet) == 0 && out != NULL);

	CHECK(len > 3 && memcmp(out, bom, 3) == 0, "no byte order mark");
	CU_ASSERT_FATAL(csv_read((char *)out + 3, (size_t)len - 3, &t) == 0);
	CHECK(t.is_strict, "a cell is not quoted or a record does not end "
	    "in CRLF");
	CHECK(t.nrows == NELEM(csv_cases) + 1, "%zu rows, want %zu", t.nrows,
	    NELEM(csv_cases) + 1);
	CHECK(t.nrows > 0 && t.ncols[0] == 8 &&
	    strcmp(t.cell[0][0], "Organisation") == 0,
	    "the header row is not the checks' 8 columns");
	for (i = 0; i + 1 < t.nrows && i < NELEM(csv_cases); i++) {
		CHECK(t.ncols[i + 1] == 8, "%s: %zu cells, want 8",
		    csv_cases[i].name, t.ncols[i + 1]);
		if (t.ncols[i + 1] != 8)
			continue;
		CHECK(strcmp(t.cell[i + 1][0], "Acme, \"Widgets\"") == 0,
		    "%s: organisation read back as \"%s\"", csv_cases[i].name,
		    t.cell[i + 1][0]);
		CHECK(strcmp(t.cell[i + 1][6], csv_cases[i].want) == 0,
		    "%s: read back as \"%s\", want \"%s\"", csv_cases[i].name,
		    t.cell[i + 1][6], csv_cases[i].want);
	}
	/* The quote of a newline-and-quote cell, as bytes. */
	CHECK(strstr((char *)out, "\"line one\nline \"\"two\"\"\"") != NULL,
	    "the cell with a line break and quotes is not quoted as RFC "
	    "4180 says");
	csv_rows_free(&t);
	xmlFree(out);
	xmlFreeDoc(res);
	xmlFreeDoc(doc);
}

/* The reader itself, on text written by hand. */
static void
test_reader(void)
{
	static const char text[] = "\"a\",\"b\"\"c\"\r\n\"d\ne\",\"\"\r\n";
	struct csv_rows t;

	CU_ASSERT_FATAL(csv_read(text, strlen(text), &t) == 0);
	CU_ASSERT(t.is_strict);
	CU_ASSERT_EQUAL(t.nrows, 2);
	if (t.nrows == 2 && t.ncols[0] == 2 && t.ncols[1] == 2) {
		CU_ASSERT_STRING_EQUAL(t.cell[0][1], "b\"c");
		CU_ASSERT_STRING_EQUAL(t.cell[1][0], "d\ne");
		CU_ASSERT_STRING_EQUAL(t.cell[1][1], "");
	} else
		CU_FAIL("the reader split the text wrongly");
	csv_rows_free(&t);
	CU_ASSERT(csv_read("\"open", 5, &t) == -1);
}

void
suite_csv(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "csv", csv_init, csv_clean);
	TEST_ADD(s, "an RFC 4180 reader (for the test)", test_reader);
	TEST_ADD(s, "cells quoted, quotes doubled, line breaks kept, "
	    "formulas made inert", test_quoting);
}
