/* xslt: compile every stylesheet once at start-up, lock libxslt down, transform per request. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#include "log.h"
#include "util.h"
#include "xslt.h"

static xsltStylesheetPtr	*xslt_sheets;
static size_t			 xslt_nsheets;
static xsltSecurityPrefsPtr	 xslt_sec;

int
xslt_init(const char *dir, const char *const *files, size_t n)
{
	char *path;
	size_t i;

	xmlInitParser();
	exsltRegisterAll();
	xslt_sheets = xcalloc(n, sizeof(*xslt_sheets));
	xslt_nsheets = n;
	/*
	 * Compile first: the lockdown below would also forbid the file
	 * reads that xsl:import and xsl:include need.
	 */
	for (i = 0; i < n; i++) {
		path = files[i][0] == '/' ? xstrdup(files[i]) :
		    xasprintf("%s/%s", dir, files[i]);
		xslt_sheets[i] = xsltParseStylesheetFile(BAD_CAST path);
		if (xslt_sheets[i] == NULL) {
			log_err("xslt: cannot compile %s", path);
			free(path);
			return -1;
		}
		free(path);
	}
	if ((xslt_sec = xsltNewSecurityPrefs()) == NULL ||
	    xsltSetSecurityPrefs(xslt_sec, XSLT_SECPREF_READ_FILE,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(xslt_sec, XSLT_SECPREF_WRITE_FILE,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(xslt_sec, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(xslt_sec, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid) != 0 ||
	    xsltSetSecurityPrefs(xslt_sec, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid) != 0) {
		log_err("xslt: cannot set security preferences");
		return -1;
	}
	xsltSetDefaultSecurityPrefs(xslt_sec);
	return 0;
}

void
xslt_cleanup(void)
{
	size_t i;

	for (i = 0; i < xslt_nsheets; i++)
		if (xslt_sheets[i] != NULL)
			xsltFreeStylesheet(xslt_sheets[i]);
	free(xslt_sheets);
	xslt_sheets = NULL;
	xslt_nsheets = 0;
	if (xslt_sec != NULL) {
		xsltSetDefaultSecurityPrefs(NULL);
		xsltFreeSecurityPrefs(xslt_sec);
		xslt_sec = NULL;
	}
	xsltCleanupGlobals();
	xmlCleanupParser();
}

struct xslt_out {
	xslt_write_fn	 write;
	void		*ctx;
};

static int
xslt_write_cb(void *ctx, const char *p, int len)
{
	struct xslt_out *o = ctx;

	if (len <= 0)
		return 0;
	return o->write(o->ctx, p, (size_t)len) == -1 ? -1 : len;
}

static int
xslt_close_cb(void *ctx)
{
	(void)ctx;
	return 0;
}

int
xslt_render(int sheet, xmlDocPtr doc, const char *const *params,
    xslt_write_fn write, void *ctx, const char **media)
{
	xsltTransformContextPtr tc = NULL;
	xsltStylesheetPtr style;
	xmlOutputBufferPtr ob;
	xmlDocPtr res = NULL;
	struct xslt_out o = { write, ctx };
	const xmlChar *mt, *method;
	int rc = -1;
	size_t i;

	if (sheet < 0 || (size_t)sheet >= xslt_nsheets)
		abort();
	style = xslt_sheets[sheet];
	if ((tc = xsltNewTransformContext(style, doc)) == NULL)
		goto out;
	if (xsltSetCtxtSecurityPrefs(xslt_sec, tc) != 0)
		goto out;
	for (i = 0; params != NULL && params[i] != NULL; i += 2)
		if (xsltQuoteOneUserParam(tc, BAD_CAST params[i],
		    BAD_CAST params[i + 1]) != 0)
			goto out;
	res = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, tc);
	if (res == NULL || tc->state != XSLT_STATE_OK) {
		log_err("xslt: transform %d failed", sheet);
		goto out;
	}
	XSLT_GET_IMPORT_PTR(mt, style, mediaType);
	XSLT_GET_IMPORT_PTR(method, style, method);
	if (media != NULL) {
		if (mt != NULL)
			*media = (const char *)mt;
		else if (method != NULL && xmlStrEqual(method, BAD_CAST "text"))
			*media = "text/plain";
		else if (method != NULL && xmlStrEqual(method, BAD_CAST "xml"))
			*media = "application/xml";
		else
			*media = "text/html";
	}
	if (write == NULL) {
		rc = 0;
		goto out;
	}
	if ((ob = xmlOutputBufferCreateIO(xslt_write_cb, xslt_close_cb, &o,
	    NULL)) == NULL)
		goto out;
	if (xsltSaveResultTo(ob, res, style) < 0) {
		xmlOutputBufferClose(ob);
		goto out;
	}
	rc = xmlOutputBufferClose(ob) < 0 ? -1 : 0;
out:
	if (res != NULL)
		xmlFreeDoc(res);
	if (tc != NULL)
		xsltFreeTransformContext(tc);
	return rc;
}
