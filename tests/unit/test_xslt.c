/* test_xslt: every sheet compiles, renders its fixture as the golden file, escapes data and is locked down. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <CUnit/CUnit.h>
#include <libexslt/exslt.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "core/util.h"
#include "core/xslt.h"
#include "suites.h"

#define GOLDEN_DIR	"tests/golden"
#define SECRET_MARK	"TOPSECRET-7f3a"

/*
 * The sheets written to a temporary directory to try the lockdown. Each
 * either reads a file that is not a sheet or writes one; "@DIR@"
 * stands for the temporary directory.
 */
enum lock {
	LOCK_READ_SECRET,	/* document() of an absolute path */
	LOCK_READ_SECRET_URI,	/* document() of a file:// URI */
	LOCK_READ_PASSWD,	/* document('/etc/passwd') */
	LOCK_WRITE_EXSL,	/* exsl:document */
	LOCK_WRITE_XSL,		/* XSLT 1.1 xsl:document */
	LOCK__MAX
};

struct lock_sheet {
	const char	*file;
	const char	*text;	/* "@DIR@" is the directory */
	const char	*wrote;	/* for writers: the file it would create */
};

#define XSL_OPEN \
	"<xsl:stylesheet version=\"1.0\" " \
	"xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n" \
	"<xsl:output method=\"text\"/>\n<xsl:template match=\"/\">"
#define XSL_CLOSE "</xsl:template>\n</xsl:stylesheet>\n"

static const struct lock_sheet lock_sheets[LOCK__MAX] = {
	[LOCK_READ_SECRET] = { "read-secret.xsl", XSL_OPEN
	    "[<xsl:value-of select=\"document('@DIR@/secret.xml')/secret\"/>]"
	    XSL_CLOSE, NULL },
	[LOCK_READ_SECRET_URI] = { "read-secret-uri.xsl", XSL_OPEN
	    "[<xsl:value-of "
	    "select=\"document('file://@DIR@/secret.xml')/secret\"/>]"
	    XSL_CLOSE, NULL },
	[LOCK_READ_PASSWD] = { "read-passwd.xsl", XSL_OPEN
	    "[<xsl:copy-of select=\"document('/etc/passwd')\"/>]"
	    XSL_CLOSE, NULL },
	[LOCK_WRITE_EXSL] = { "write-exsl.xsl",
	    "<xsl:stylesheet version=\"1.0\" "
	    "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" "
	    "xmlns:exsl=\"http://exslt.org/common\" "
	    "extension-element-prefixes=\"exsl\">\n"
	    "<xsl:output method=\"text\"/>\n<xsl:template match=\"/\">"
	    "<exsl:document href=\"@DIR@/pwned-exsl.txt\" method=\"text\">"
	    "pwned</exsl:document>done" XSL_CLOSE, "pwned-exsl.txt" },
	[LOCK_WRITE_XSL] = { "write-xsl.xsl",
	    "<xsl:stylesheet version=\"1.1\" "
	    "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
	    "<xsl:output method=\"text\"/>\n<xsl:template match=\"/\">"
	    "<xsl:document href=\"@DIR@/pwned-xsl.txt\" method=\"text\">"
	    "pwned</xsl:document>done" XSL_CLOSE, "pwned-xsl.txt" },
};

/* The suite's state, set up once: xslt_init may run once per process. */
static struct {
	char		 *dir;		/* the sheets' directory, absolute */
	char		**sheets;	/* paths relative to dir, sorted */
	size_t		  nsheets;
	int		 *compiles;	/* each sheet compiled on its own */
	char		  tmp[64];	/* the lockdown's directory */
	int		  has_tmp;
	int		  control[LOCK__MAX];	/* did it work unlocked? */
	int		  init_rc;	/* xslt_init over all of them */
	int		  is_init;
} X;

static void
sheets_add(const char *rel)
{
	X.sheets = xreallocarray(X.sheets, X.nsheets + 1, sizeof(*X.sheets));
	X.sheets[X.nsheets++] = xstrdup(rel);
}

/* Collects every *.xsl under X.dir/rel, recursively. */
static int
sheets_scan(const char *rel)
{
	struct dirent *de;
	struct stat st;
	char *path, *sub;
	size_t len;
	DIR *d;
	int rc = 0;

	path = *rel ? xasprintf("%s/%s", X.dir, rel) : xstrdup(X.dir);
	if ((d = opendir(path)) == NULL) {
		fprintf(stderr, "test_xslt: %s: %s\n", path, strerror(errno));
		free(path);
		return -1;
	}
	while (rc == 0 && (de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		sub = *rel ? xasprintf("%s/%s", rel, de->d_name) :
		    xstrdup(de->d_name);
		free(path);
		path = xasprintf("%s/%s", X.dir, sub);
		if (stat(path, &st) == -1)
			rc = -1;
		else if (S_ISDIR(st.st_mode))
			rc = sheets_scan(sub);
		else if ((len = strlen(sub)) > 4 &&
		    strcmp(sub + len - 4, ".xsl") == 0)
			sheets_add(sub);
		free(sub);
	}
	closedir(d);
	free(path);
	return rc;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads a whole file into a new NUL-terminated string; NULL on error. */
static char *
file_read(const char *path, size_t *len)
{
	struct buf b;
	char chunk[8192];
	size_t n;
	FILE *f;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	memset(&b, 0, sizeof(b));
	buf_puts(&b, "");
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, n);
	if (ferror(f)) {
		fclose(f);
		buf_free(&b);
		return NULL;
	}
	fclose(f);
	if (len != NULL)
		*len = b.len;
	return b.p;
}

static int
file_write(const char *path, const char *p, size_t len)
{
	FILE *f;
	int rc = 0;

	if ((f = fopen(path, "wb")) == NULL)
		return -1;
	if (fwrite(p, 1, len, f) != len)
		rc = -1;
	if (fclose(f) != 0)
		rc = -1;
	return rc;
}

static int
file_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* The golden name of a sheet: "staff/dashboard.xsl" is "staff-dashboard". */
static char *
golden_name(const char *sheet)
{
	char *s, *p;

	s = xstrndup(sheet, strlen(sheet) - 4);
	for (p = s; *p != '\0'; p++)
		if (*p == '/')
			*p = '-';
	return s;
}

/*
 * Resolves href, found in sheet from (relative to X.dir), to a path
 * relative to X.dir with "." and ".." removed; NULL if it leaves X.dir.
 */
static char *
href_resolve(const char *from, const char *href)
{
	char *joined, *seg, *save, *out;
	const char *slash;
	char *parts[64];
	size_t n = 0, i;
	struct buf b;

	slash = strrchr(from, '/');
	joined = slash != NULL ? xasprintf("%.*s/%s", (int)(slash - from),
	    from, href) : xstrdup(href);
	for (seg = strtok_r(joined, "/", &save); seg != NULL;
	    seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			if (n == 0) {
				free(joined);
				return NULL;
			}
			n--;
			continue;
		}
		if (n == NELEM(parts))
			break;
		parts[n++] = seg;
	}
	memset(&b, 0, sizeof(b));
	buf_puts(&b, "");
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? "/" : "", parts[i]);
	out = b.p;
	free(joined);
	return out;
}

/*
 * Is sheet i imported or included by another sheet? Such a sheet is a
 * library (layout.xsl) and has no fixture of its own.
 */
static int
sheet_is_library(size_t i)
{
	char *text, *path, *p, *end, *href, *res;
	size_t j;
	int found = 0;

	for (j = 0; j < X.nsheets && !found; j++) {
		if (j == i)
			continue;
		path = xasprintf("%s/%s", X.dir, X.sheets[j]);
		text = file_read(path, NULL);
		free(path);
		if (text == NULL)
			continue;
		for (p = text; !found && (p = strstr(p, "<xsl:")) != NULL;
		    p++) {
			if (strncmp(p, "<xsl:import", 11) != 0 &&
			    strncmp(p, "<xsl:include", 12) != 0)
				continue;
			if ((p = strstr(p, "href=\"")) == NULL)
				break;
			p += 6;
			if ((end = strchr(p, '"')) == NULL)
				break;
			href = xstrndup(p, (size_t)(end - p));
			res = href_resolve(X.sheets[j], href);
			if (res != NULL && strcmp(res, X.sheets[i]) == 0)
				found = 1;
			free(res);
			free(href);
		}
		free(text);
	}
	return found;
}

static int
write_buf(void *ctx, const char *p, size_t len)
{
	buf_append(ctx, p, len);
	return 0;
}

static char *
tmp_path(const char *name)
{
	return xasprintf("%s/%s", X.tmp, name);
}

/* A copy of text with every "@DIR@" replaced by the temporary directory. */
static char *
subst_dir(const char *text)
{
	struct buf b;
	const char *p;

	memset(&b, 0, sizeof(b));
	buf_puts(&b, "");
	while ((p = strstr(text, "@DIR@")) != NULL) {
		buf_append(&b, text, (size_t)(p - text));
		buf_puts(&b, X.tmp);
		text = p + 5;
	}
	buf_puts(&b, text);
	return b.p;
}

/*
 * Writes the lockdown sheets and the secret file into a fresh directory
 * under /tmp. Returns 0 or -1.
 */
static int
lock_prepare(void)
{
	char *path, *text;
	size_t i;
	int rc;

	snprintf(X.tmp, sizeof(X.tmp), "/tmp/gdprdesk-xslt-XXXXXX");
	if (mkdtemp(X.tmp) == NULL) {
		fprintf(stderr, "test_xslt: mkdtemp: %s\n", strerror(errno));
		return -1;
	}
	X.has_tmp = 1;
	path = tmp_path("secret.xml");
	rc = file_write(path, "<secret>" SECRET_MARK "</secret>\n",
	    strlen("<secret>" SECRET_MARK "</secret>\n"));
	free(path);
	for (i = 0; rc == 0 && i < LOCK__MAX; i++) {
		path = tmp_path(lock_sheets[i].file);
		text = subst_dir(lock_sheets[i].text);
		rc = file_write(path, text, strlen(text));
		free(text);
		free(path);
	}
	return rc;
}

/* Did sheet i (read or write) get at the file? output is its result. */
static int
lock_breached(size_t i, const char *output)
{
	char *path;
	int rc;

	if (lock_sheets[i].wrote != NULL) {
		path = tmp_path(lock_sheets[i].wrote);
		rc = file_exists(path);
		unlink(path);
		free(path);
		return rc;
	}
	if (output == NULL)
		return 0;
	if (i == LOCK_READ_PASSWD)
		return strstr(output, "root:") != NULL;
	return strstr(output, SECRET_MARK) != NULL;
}

static void quiet(void *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

static void
quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

/*
 * Runs each lockdown sheet with plain libxslt before any lockdown, to
 * show that it does reach the file: otherwise the lockdown test would
 * prove nothing. /etc/passwd is not XML, so its sheet cannot show it.
 */
static void
lock_control(void)
{
	xsltStylesheetPtr style;
	xmlDocPtr in, res;
	xmlChar *out;
	char *path;
	size_t i;
	int len;

	/* Quiet: /etc/passwd is not XML and says so at length. */
	xmlSetGenericErrorFunc(NULL, quiet);
	xsltSetGenericErrorFunc(NULL, quiet);
	in = xmlReadMemory("<x/>", 4, "in.xml", NULL, XML_PARSE_NONET);
	for (i = 0; in != NULL && i < LOCK__MAX; i++) {
		path = tmp_path(lock_sheets[i].file);
		style = xsltParseStylesheetFile(BAD_CAST path);
		free(path);
		if (style == NULL)
			continue;
		out = NULL;
		if ((res = xsltApplyStylesheet(style, in, NULL)) != NULL) {
			xsltSaveResultToString(&out, &len, res, style);
			xmlFreeDoc(res);
		}
		X.control[i] = lock_breached(i, (char *)out) ||
		    i == LOCK_READ_PASSWD;
		xmlFree(out);
		xsltFreeStylesheet(style);
	}
	xmlFreeDoc(in);
	xmlSetGenericErrorFunc(NULL, NULL);
	xsltSetGenericErrorFunc(NULL, NULL);
}

static int
xslt_setup(void)
{
	const char *env, **files;
	char *path, *up;
	xsltStylesheetPtr style;
	size_t i, n, depth;
	const char *p;

	if ((env = getenv("GDPRDESK_XSLT_DIR")) == NULL || *env == '\0')
		env = "xslt";
	if ((X.dir = realpath(env, NULL)) == NULL) {
		fprintf(stderr, "test_xslt: %s: %s\n", env, strerror(errno));
		return -1;
	}
	if (sheets_scan("") == -1)
		return -1;
	if (X.nsheets > 0)
		qsort(X.sheets, X.nsheets, sizeof(*X.sheets), cmp_str);

	/* Each sheet on its own, so that a failure names the sheet. */
	xmlInitParser();
	exsltRegisterAll();
	X.compiles = xcalloc(X.nsheets + 1, sizeof(*X.compiles));
	for (i = 0; i < X.nsheets; i++) {
		path = xasprintf("%s/%s", X.dir, X.sheets[i]);
		style = xsltParseStylesheetFile(BAD_CAST path);
		X.compiles[i] = style != NULL;
		if (style != NULL)
			xsltFreeStylesheet(style);
		free(path);
	}

	if (lock_prepare() == -1)
		return -1;
	lock_control();

	/*
	 * xslt_init takes paths relative to one directory: reach the
	 * temporary one from X.dir through "..".
	 */
	for (depth = 0, p = X.dir; *p != '\0'; p++)
		if (*p == '/' && p[1] != '\0' && p[1] != '/')
			depth++;
	n = X.nsheets + LOCK__MAX;
	files = xcalloc(n, sizeof(*files));
	for (i = 0; i < X.nsheets; i++)
		files[i] = X.sheets[i];
	up = xstrdup("");
	for (i = 0; i < depth; i++) {
		path = xasprintf("%s../", up);
		free(up);
		up = path;
	}
	for (i = 0; i < LOCK__MAX; i++)
		files[X.nsheets + i] = xasprintf("%s%s/%s", up, X.tmp + 1,
		    lock_sheets[i].file);
	free(up);
	X.init_rc = xslt_init(X.dir, files, n);
	X.is_init = 1;
	for (i = 0; i < LOCK__MAX; i++)
		free((char *)files[X.nsheets + i]);
	free(files);
	return 0;
}

static int
xslt_teardown(void)
{
	char *path;
	size_t i;

	if (X.is_init)
		xslt_cleanup();
	if (X.has_tmp) {
		path = tmp_path("secret.xml");
		unlink(path);
		free(path);
		for (i = 0; i < LOCK__MAX; i++) {
			path = tmp_path(lock_sheets[i].file);
			unlink(path);
			free(path);
			if (lock_sheets[i].wrote != NULL) {
				path = tmp_path(lock_sheets[i].wrote);
				unlink(path);
				free(path);
			}
		}
		if (rmdir(X.tmp) == -1)
			fprintf(stderr, "test_xslt: rmdir %s: %s\n", X.tmp,
			    strerror(errno));
	}
	for (i = 0; i < X.nsheets; i++)
		free(X.sheets[i]);
	free(X.sheets);
	free(X.compiles);
	free(X.dir);
	memset(&X, 0, sizeof(X));
	return 0;
}

static void
test_compile(void)
{
	size_t i;

	CHECK(X.nsheets > 0, "no stylesheets found under %s", X.dir);
	for (i = 0; i < X.nsheets; i++)
		CHECK(X.compiles[i], "%s does not compile", X.sheets[i]);
	CHECK(X.init_rc == 0, "xslt_init over every sheet (and the "
	    "lockdown sheets) failed");
}

/*
 * Renders tests/golden/NAME.xml with sheet i into out. Returns 0, 1 when
 * there is no fixture, or -1.
 */
static int
render_fixture(size_t i, const char *fixture, struct buf *out,
    const char **media)
{
	xmlDocPtr doc;
	int rc;

	if (!file_exists(fixture))
		return 1;
	if ((doc = xmlReadFile(fixture, NULL, XML_PARSE_NONET)) == NULL)
		return -1;
	memset(out, 0, sizeof(*out));
	buf_puts(out, "");
	rc = xslt_render((int)i, doc, NULL, write_buf, out, media);
	xmlFreeDoc(doc);
	return rc;
}

/* Shows where got and want part, on stderr. */
static void
golden_diff(const char *name, const char *got, size_t glen,
    const char *want, size_t wlen)
{
	size_t k, from;

	for (k = 0; k < glen && k < wlen && got[k] == want[k]; k++)
		continue;
	from = k > 60 ? k - 60 : 0;
	fprintf(stderr, "\n%s.html differs at byte %zu (got %zu bytes, "
	    "want %zu)\n  got:  ...%.*s...\n  want: ...%.*s...\n"
	    "  (GDPRDESK_UPDATE_GOLDEN=1 rewrites it; review the diff)\n",
	    name, k, glen, wlen, (int)((glen - from) < 120 ? glen - from :
	    120), got + from, (int)((wlen - from) < 120 ? wlen - from : 120),
	    want + from);
}

static void
test_golden(void)
{
	struct buf out;
	const char *media, *upd;
	char *name, *fixture, *html, *want, *xml;
	size_t i, wlen, nrendered = 0;
	int rc, update;

	if (X.init_rc != 0) {
		CU_FAIL("xslt_init failed: nothing to render");
		return;
	}
	upd = getenv("GDPRDESK_UPDATE_GOLDEN");
	update = upd != NULL && strcmp(upd, "1") == 0;
	for (i = 0; i < X.nsheets; i++) {
		name = golden_name(X.sheets[i]);
		fixture = xasprintf("%s/%s.xml", GOLDEN_DIR, name);
		html = xasprintf("%s/%s.html", GOLDEN_DIR, name);
		media = NULL;
		rc = render_fixture(i, fixture, &out, &media);
		if (rc == 1) {
			CHECK(sheet_is_library(i), "%s has no fixture %s",
			    X.sheets[i], fixture);
			goto next;
		}
		CHECK(rc == 0, "%s: rendering %s failed", X.sheets[i],
		    fixture);
		if (rc != 0)
			goto next;
		nrendered++;
		CHECK(out.len > 0, "%s rendered nothing", X.sheets[i]);
		CHECK(media != NULL, "%s: no media type", X.sheets[i]);

		/* Markup in the data comes out escaped. */
		CHECK(strstr(out.p, "<script>") == NULL, "%s: a raw <script> "
		    "in the output of %s", X.sheets[i], fixture);
		CHECK(strcasestr(out.p, "href=\"javascript:") == NULL,
		    "%s: a javascript: link in the output of %s",
		    X.sheets[i], fixture);
		xml = file_read(fixture, NULL);
		if (xml != NULL && strstr(xml, "&lt;script&gt;") != NULL)
			CHECK(strstr(out.p, "&lt;script&gt;") != NULL,
			    "%s: the fixture's &lt;script&gt; is not in the "
			    "output escaped", X.sheets[i]);
		free(xml);

		if (update) {
			CHECK(file_write(html, out.p, out.len) == 0,
			    "cannot write %s", html);
			fprintf(stderr, "\n  wrote %s", html);
		} else if ((want = file_read(html, &wlen)) == NULL) {
			CHECK(0, "%s is missing (GDPRDESK_UPDATE_GOLDEN=1 "
			    "writes it)", html);
		} else {
			if (wlen != out.len ||
			    memcmp(want, out.p, out.len) != 0)
				golden_diff(name, out.p, out.len, want, wlen);
			CHECK(wlen == out.len &&
			    memcmp(want, out.p, out.len) == 0,
			    "%s does not match %s", fixture, html);
			free(want);
		}
		buf_free(&out);
next:
		free(name);
		free(fixture);
		free(html);
	}
	CHECK(nrendered > 0, "no fixture was rendered");
}

/* Every fixture belongs to a sheet. */
static void
test_fixtures_have_sheets(void)
{
	struct dirent *de;
	char *name;
	size_t i, len;
	DIR *d;
	int found;

	if ((d = opendir(GOLDEN_DIR)) == NULL) {
		CU_FAIL("cannot open " GOLDEN_DIR);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 5 || strcmp(de->d_name + len - 4, ".xml") != 0)
			continue;
		found = 0;
		for (i = 0; i < X.nsheets && !found; i++) {
			name = golden_name(X.sheets[i]);
			found = strlen(name) == len - 4 &&
			    strncmp(name, de->d_name, len - 4) == 0;
			free(name);
		}
		CHECK(found, "%s/%s has no stylesheet", GOLDEN_DIR,
		    de->d_name);
	}
	closedir(d);
}

static void
test_lockdown_read(void)
{
	static const enum lock reads[] = { LOCK_READ_SECRET,
	    LOCK_READ_SECRET_URI, LOCK_READ_PASSWD };
	struct buf out;
	xmlDocPtr in;
	size_t i, k;
	int rc;

	if (X.init_rc != 0) {
		CU_FAIL("xslt_init failed: the lockdown is untested");
		return;
	}
	in = xmlReadMemory("<x/>", 4, "in.xml", NULL, XML_PARSE_NONET);
	CU_ASSERT_PTR_NOT_NULL_FATAL(in);
	for (k = 0; k < NELEM(reads); k++) {
		i = reads[k];
		CHECK(X.control[i], "control: %s did not read the file "
		    "without the lockdown, so this test proves nothing",
		    lock_sheets[i].file);
		memset(&out, 0, sizeof(out));
		buf_puts(&out, "");
		rc = xslt_render((int)(X.nsheets + i), in, NULL, write_buf,
		    &out, NULL);
		CHECK(rc == -1 || !lock_breached(i, out.p), "%s read the "
		    "file through the lockdown (render %d, output \"%.80s\")",
		    lock_sheets[i].file, rc, out.p);
		/* A refused read is a failed transform, not empty text. */
		CHECK(rc == -1, "%s: the render succeeded despite a refused "
		    "read", lock_sheets[i].file);
		CHECK(rc == 0 || out.len == 0, "%s: a failed render wrote "
		    "%zu bytes", lock_sheets[i].file, out.len);
		buf_free(&out);
	}
	xmlFreeDoc(in);
}

static void
test_lockdown_write(void)
{
	static const enum lock writes[] = { LOCK_WRITE_EXSL, LOCK_WRITE_XSL };
	struct buf out;
	xmlDocPtr in;
	char *path;
	size_t i, k;
	int rc, exists;

	if (X.init_rc != 0) {
		CU_FAIL("xslt_init failed: the lockdown is untested");
		return;
	}
	in = xmlReadMemory("<x/>", 4, "in.xml", NULL, XML_PARSE_NONET);
	CU_ASSERT_PTR_NOT_NULL_FATAL(in);
	for (k = 0; k < NELEM(writes); k++) {
		i = writes[k];
		CHECK(X.control[i], "control: %s did not write its file "
		    "without the lockdown, so this test proves nothing",
		    lock_sheets[i].file);
		path = tmp_path(lock_sheets[i].wrote);
		unlink(path);
		memset(&out, 0, sizeof(out));
		buf_puts(&out, "");
		rc = xslt_render((int)(X.nsheets + i), in, NULL, write_buf,
		    &out, NULL);
		exists = file_exists(path);
		CHECK(!exists, "%s wrote %s through the lockdown",
		    lock_sheets[i].file, path);
		CHECK(rc == -1, "%s: the render succeeded despite a refused "
		    "write", lock_sheets[i].file);
		unlink(path);
		free(path);
		buf_free(&out);
	}
	xmlFreeDoc(in);
}

/* No sheet may turn escaping off. */
static void
test_no_doe(void)
{
	char *path, *text;
	size_t i;

	for (i = 0; i < X.nsheets; i++) {
		path = xasprintf("%s/%s", X.dir, X.sheets[i]);
		text = file_read(path, NULL);
		CHECK(text != NULL, "cannot read %s", path);
		if (text != NULL)
			CHECK(strstr(text, "disable-output-escaping") == NULL,
			    "%s uses disable-output-escaping", X.sheets[i]);
		free(text);
		free(path);
	}
}

void
suite_xslt(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "xslt", xslt_setup, xslt_teardown);
	TEST_ADD(s, "every stylesheet compiles (xslt_init)", test_compile);
	TEST_ADD(s, "each fixture renders as its golden file, data escaped",
	    test_golden);
	TEST_ADD(s, "every fixture has a stylesheet",
	    test_fixtures_have_sheets);
	TEST_ADD(s, "lockdown: document() cannot read files",
	    test_lockdown_read);
	TEST_ADD(s, "lockdown: exsl:document and xsl:document cannot write",
	    test_lockdown_write);
	TEST_ADD(s, "no stylesheet uses disable-output-escaping",
	    test_no_doe);
}
