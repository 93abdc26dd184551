/* xmlio: an organisation's register as one XML document (schema/register.rng): export, validate, import. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "core/util.h"
#include "core/xml.h"
#include "activity.h"
#include "audit.h"
#include "calendar.h"
#include "deadline.h"
#include "stmt.h"
#include "xmlio.h"

/* MariaDB's "Data too long for column": a value the schema let through. */
#define XMLIO_ER_DATA_TOO_LONG	1406

/* The organisation's columns, in the order of XMLIO_ORG_COLS (stmt.c). */
enum xorg {
	XO_NAME, XO_LEGAL_NAME, XO_COMPANY_NUMBER, XO_ADDRESS,
	XO_CONTACT_EMAIL, XO_CONTACT_PHONE, XO_WEBSITE, XO_DPO_NAME,
	XO_DPO_EMAIL, XO_DPO_ADDRESS, XO_DPO_PHONE, XO_REPRESENTATIVE_NAME,
	XO_REPRESENTATIVE_CONTACT, XO_REGISTRATION_REF,
	XO_SUPERVISORY_AUTHORITY, XO_JURISDICTION, XO_CALENDAR, XO_TIME_ZONE,
	XO_REF_PREFIX, XO_HEADCOUNT_BAND, XO_REQUEST_FEE,
	XO_CHARGES_FIRST_COPY, XO_RESPONSE_TIME, XO_RESPONSE_DAYS,
	XO_RESPONSE_WITHIN_MONTH, XO_NOTICE_URL, XO_NOTICE_UPDATED, XO__MAX
};

/*
 * A column as an element. A typed value (a code, a number, a date, a
 * flag) is trimmed on import, as the schema's datatypes compare it; free
 * text is kept exactly as written, so that a round trip changes nothing.
 */
struct xmlio_col {
	const char	*name;
	int		 is_typed;
};

static const struct xmlio_col xorg_cols[XO__MAX] = {
	[XO_NAME] = { "name", 0 },
	[XO_LEGAL_NAME] = { "legal_name", 0 },
	[XO_COMPANY_NUMBER] = { "company_number", 0 },
	[XO_ADDRESS] = { "address", 0 },
	[XO_CONTACT_EMAIL] = { "contact_email", 0 },
	[XO_CONTACT_PHONE] = { "contact_phone", 0 },
	[XO_WEBSITE] = { "website", 0 },
	[XO_DPO_NAME] = { "dpo_name", 0 },
	[XO_DPO_EMAIL] = { "dpo_email", 0 },
	[XO_DPO_ADDRESS] = { "dpo_address", 0 },
	[XO_DPO_PHONE] = { "dpo_phone", 0 },
	[XO_REPRESENTATIVE_NAME] = { "representative_name", 0 },
	[XO_REPRESENTATIVE_CONTACT] = { "representative_contact", 0 },
	[XO_REGISTRATION_REF] = { "registration_ref", 0 },
	[XO_SUPERVISORY_AUTHORITY] = { "supervisory_authority", 0 },
	[XO_JURISDICTION] = { "jurisdiction", 1 },
	[XO_CALENDAR] = { "calendar", 1 },
	[XO_TIME_ZONE] = { "time_zone", 1 },
	[XO_REF_PREFIX] = { "ref_prefix", 1 },
	[XO_HEADCOUNT_BAND] = { "headcount_band", 1 },
	[XO_REQUEST_FEE] = { "request_fee", 0 },
	[XO_CHARGES_FIRST_COPY] = { "charges_first_copy", 1 },
	[XO_RESPONSE_TIME] = { "response_time", 0 },
	[XO_RESPONSE_DAYS] = { "response_days", 1 },
	[XO_RESPONSE_WITHIN_MONTH] = { "response_within_month", 1 },
	[XO_NOTICE_URL] = { "notice_url", 0 },
	[XO_NOTICE_UPDATED] = { "notice_updated", 1 },
};

/* A recipient's columns after org_id, in the order of the SQL. */
enum xrec {
	XR_NAME, XR_KIND, XR_SERVICE, XR_CONTACT, XR_CONTRACT_REF,
	XR_CONTRACT_DATE, XR_CERTIFICATIONS, XR_DPF_CERTIFIED,
	XR_DPF_VERIFIED, XR_NOTE, XR__MAX
};

/* kind is an attribute; the rest are child elements. */
static const struct xmlio_col xrec_cols[XR__MAX] = {
	[XR_NAME] = { "name", 0 },
	[XR_KIND] = { "kind", 1 },
	[XR_SERVICE] = { "service", 0 },
	[XR_CONTACT] = { "contact", 0 },
	[XR_CONTRACT_REF] = { "contract_ref", 0 },
	[XR_CONTRACT_DATE] = { "contract_date", 1 },
	[XR_CERTIFICATIONS] = { "certifications", 0 },
	[XR_DPF_CERTIFIED] = { "dpf_certified", 1 },
	[XR_DPF_VERIFIED] = { "dpf_verified", 1 },
	[XR_NOTE] = { "note", 0 },
};

/* Which activity columns are typed; role and status are attributes. */
static const unsigned char act_typed[ACT__MAX] = {
	[ACT_ROLE] = 1, [ACT_LAWFUL_BASIS] = 1, [ACT_ART9_CONDITION] = 1,
	[ACT_HAS_CRIMINAL_DATA] = 1, [ACT_RETENTION_MONTHS] = 1,
	[ACT_RETENTION_DAYS] = 1, [ACT_DPIA_STATUS] = 1,
	[ACT_HAS_AUTOMATED_DECISIONS] = 1, [ACT_IS_AUTOMATED] = 1,
	[ACT_STATUS] = 1, [ACT_LAST_REVIEWED] = 1, [ACT_NEXT_REVIEW] = 1,
};

const char *
xmlio_schema_path(void)
{
	const char *p = getenv("GDPRDESK_SCHEMA");

	return p != NULL && *p != '\0' ? p : "schema/register.rng";
}

/* Sets *err: the line and a reason made one line (libxml2 ends with \n). */
static void
xmlio_set_err(struct xmlio_error *err, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
xmlio_set_err(struct xmlio_error *err, long line, const char *fmt, ...)
{
	va_list ap;
	size_t n;
	char *p;

	err->line = line < 0 ? 0 : line;
	va_start(ap, fmt);
	vsnprintf(err->reason, sizeof(err->reason), fmt, ap);
	va_end(ap);
	for (p = err->reason; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	n = strlen(err->reason);
	while (n > 0 && err->reason[n - 1] == ' ')
		err->reason[--n] = '\0';
	if (n == 0)
		snprintf(err->reason, sizeof(err->reason), "invalid document");
}

/* ------------------------------------------------------------------ */
/* Parsing and validation                                              */

/* What the parser saw that it must refuse. */
struct xmlio_pstate {
	int	 has_doctype;
	long	 line;
};

/*
 * SAX: a DOCTYPE starts. Refused before any declaration in it is read,
 * so no entity (internal, external or recursive) ever exists.
 */
static void
xmlio_sax_subset(void *ctx, const xmlChar *name, const xmlChar *eid,
    const xmlChar *sid)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xmlio_pstate *st = ctxt->_private;

	(void)name;
	(void)eid;
	(void)sid;
	st->has_doctype = 1;
	st->line = ctxt->input != NULL ? ctxt->input->line : 0;
	xmlStopParser(ctxt);
}

/* The entity loader while a document is parsed: nothing is loaded. */
static xmlParserInputPtr
xmlio_no_load(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

/* Keeps the first of the errors libxml2 reports. */
struct xmlio_collect {
	struct xmlio_error	*err;
	int			 n;
};

#if LIBXML_VERSION >= 21200
static void
xmlio_collect(void *data, const xmlError *e)
#else
static void
xmlio_collect(void *data, xmlErrorPtr e)
#endif
{
	struct xmlio_collect *c = data;
	xmlNodePtr n = e != NULL ? e->node : NULL;
	char msg[256], what[200] = "";
	struct buf b = { 0 };
	xmlChar *val;
	xmlAttrPtr a;
	size_t len;
	long line;

	if (e == NULL || e->level == XML_ERR_WARNING || c->n++ > 0)
		return;
	snprintf(msg, sizeof(msg), "%s", e->message != NULL ? e->message :
	    "invalid document");
	len = strlen(msg);
	while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
		msg[--len] = '\0';
	/* libxml2 2.9 leaves the name out when a required child is absent. */
	if (strcmp(msg, "Expecting an element , got nothing") == 0)
		snprintf(msg, sizeof(msg), "a required child element is "
		    "missing");
	line = e->line;
	/* The node knows lines past 65535 (XML_PARSE_BIG_LINES). */
	if (n != NULL && xmlGetLineNo(n) > 0)
		line = xmlGetLineNo(n);
	if (n == NULL || n->type != XML_ELEMENT_NODE) {
		xmlio_set_err(c->err, line, "%s", msg);
		return;
	}
	/* libxml2 names the datatype or the element, not the value. */
	if (strstr(msg, "Error validating") != NULL) {
		val = xmlNodeGetContent(n);
		snprintf(what, sizeof(what), " (\"%.60s\")",
		    val != NULL ? (const char *)val : "");
		xmlFree(val);
	} else if (strstr(msg, "attributes") != NULL) {
		for (a = n->properties; a != NULL; a = a->next) {
			val = xmlNodeGetContent((xmlNodePtr)a);
			buf_printf(&b, "%s%s=\"%.40s\"", b.len ? " " : " (",
			    (const char *)a->name,
			    val != NULL ? (const char *)val : "");
			xmlFree(val);
		}
		if (b.len > 0)
			snprintf(what, sizeof(what), "%s)", b.p);
		buf_free(&b);
	}
	if (strstr(msg, (const char *)n->name) != NULL)
		xmlio_set_err(c->err, line, "%s%s", msg, what);
	else
		xmlio_set_err(c->err, line, "element %s: %s%s",
		    (const char *)n->name, msg, what);
}

/* A compiled schema. */
struct xmlio_schema {
	xmlRelaxNGPtr	 rng;
};

/*
 * Compiles the schema at path. Returns it (xmlio_schema_free), or NULL
 * with the reason in *err (line 0).
 */
static struct xmlio_schema *
xmlio_schema_load(const char *path, struct xmlio_error *err)
{
	struct xmlio_collect c = { err, 0 };
	xmlRelaxNGParserCtxtPtr pc;
	struct xmlio_schema *s;
	xmlRelaxNGPtr rng;

	if (access(path, R_OK) == -1) {
		xmlio_set_err(err, 0, "cannot load the schema %s: %s", path,
		    strerror(errno));
		return NULL;
	}
	if ((pc = xmlRelaxNGNewParserCtxt(path)) == NULL)
		abort();
	xmlRelaxNGSetParserStructuredErrors(pc, xmlio_collect, &c);
	rng = xmlRelaxNGParse(pc);
	xmlRelaxNGFreeParserCtxt(pc);
	if (rng == NULL) {
		if (c.n == 0)
			xmlio_set_err(err, 0, "no schema");
		xmlio_set_err(err, 0, "cannot load the schema %s: %s", path,
		    err->reason);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->rng = rng;
	return s;
}

static void
xmlio_schema_free(struct xmlio_schema *s)
{
	if (s == NULL)
		return;
	xmlRelaxNGFree(s->rng);
	free(s);
}

/*
 * Parses buf without reading anything else. Returns the document, or
 * NULL with *err.
 */
static xmlDocPtr
xmlio_read(const char *buf, size_t len, struct xmlio_error *err)
{
	/* No NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
	const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
	struct xmlio_pstate st = { 0, 0 };
	xmlExternalEntityLoader loader;
	xmlParserCtxtPtr ctxt;
	const xmlError *e;
	xmlDocPtr doc;

	if (len > XMLIO_MAX || len > INT_MAX) {
		xmlio_set_err(err, 0, "the document is larger than %u bytes",
		    XMLIO_MAX);
		return NULL;
	}
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		abort();
	ctxt->_private = &st;
	ctxt->sax->internalSubset = xmlio_sax_subset;
	loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(xmlio_no_load);
	doc = xmlCtxtReadMemory(ctxt, buf, (int)len, NULL, NULL, opts);
	xmlSetExternalEntityLoader(loader);
	if (st.has_doctype) {
		xmlio_set_err(err, st.line, "a DOCTYPE is not allowed (the "
		    "import reads no DTD and expands no entity)");
		goto fail;
	}
	if (doc == NULL || !ctxt->wellFormed) {
		e = xmlCtxtGetLastError(ctxt);
		if (e != NULL && e->code != XML_ERR_OK)
			xmlio_set_err(err, e->line, "%s", e->message != NULL ?
			    e->message : "not well-formed");
		else
			xmlio_set_err(err, ctxt->input != NULL ?
			    ctxt->input->line : 0, "not well-formed");
		goto fail;
	}
	xmlFreeParserCtxt(ctxt);
	return doc;
fail:
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return NULL;
}

/* Validates doc against s. Returns 0, or -1 with *err. */
static int
xmlio_check(const struct xmlio_schema *s, xmlDocPtr doc,
    struct xmlio_error *err)
{
	struct xmlio_collect c = { err, 0 };
	xmlRelaxNGValidCtxtPtr vc;
	int rc;

	if ((vc = xmlRelaxNGNewValidCtxt(s->rng)) == NULL)
		abort();
	xmlRelaxNGSetValidStructuredErrors(vc, xmlio_collect, &c);
	rc = xmlRelaxNGValidateDoc(vc, doc);
	xmlRelaxNGFreeValidCtxt(vc);
	if (rc == 0)
		return 0;
	if (c.n == 0)
		xmlio_set_err(err, 0, "the document does not match the "
		    "schema");
	return -1;
}

xmlDocPtr
xmlio_parse(const char *schema_path, const char *buf, size_t len,
    struct xmlio_error *err)
{
	struct xmlio_schema *s;
	xmlDocPtr doc;

	if ((s = xmlio_schema_load(schema_path, err)) == NULL)
		return NULL;
	if ((doc = xmlio_read(buf, len, err)) != NULL &&
	    xmlio_check(s, doc, err) == -1) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	xmlio_schema_free(s);
	return doc;
}

int
xmlio_validate(const char *schema_path, const char *buf, size_t len,
    struct xmlio_error *err)
{
	xmlDocPtr doc;

	if ((doc = xmlio_parse(schema_path, buf, len, err)) == NULL)
		return -1;
	xmlFreeDoc(doc);
	return 0;
}

void
xmlio_ref_prefix(const char *slug, char out[9])
{
	size_t n = 0;

	for (; *slug != '\0' && n < 8; slug++)
		if (isalpha((unsigned char)*slug))
			out[n++] = (char)toupper((unsigned char)*slug);
	if (n == 0)
		memcpy(out, "ORG", n = 3);
	out[n] = '\0';
}

/* ------------------------------------------------------------------ */
/* Export                                                              */

/* An id and where its row went, for finding a row by id. */
struct xmlio_idx {
	long long	 id;
	size_t		 at;
};

static int
xmlio_idx_cmp(const void *a, const void *b)
{
	const struct xmlio_idx *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/* The position of id in the sorted index, or -1. */
static long
xmlio_idx_find(const struct xmlio_idx *idx, size_t n, long long id)
{
	struct xmlio_idx key = { id, 0 }, *hit;

	hit = bsearch(&key, idx, n, sizeof(*idx), xmlio_idx_cmp);
	return hit != NULL ? (long)hit->at : -1;
}

/* A child element for a value; NULL and empty values are absent. */
static void
xmlio_out(xmlNodePtr parent, const char *name, const char *val)
{
	if (val != NULL && *val != '\0')
		xml_text(parent, name, val);
}

/* <location country region mechanism><note/></location> from row r. */
static void
xmlio_out_location(xmlNodePtr parent, const struct db_res *r, size_t c)
{
	xmlNodePtr n;

	n = xml_elem(parent, "location");
	xml_attr(n, "country", db_res_text(r, c));
	if (!db_res_isnull(r, c + 1) && *db_res_text(r, c + 1) != '\0')
		xml_attr(n, "region", db_res_text(r, c + 1));
	if (!db_res_isnull(r, c + 2) && *db_res_text(r, c + 2) != '\0')
		xml_attr(n, "mechanism", db_res_text(r, c + 2));
	xmlio_out(n, "note", db_res_text(r, c + 3));
}

enum db_rc
xmlio_export(struct db *db, long long org_id, xmlChar **out, int *len)
{
	struct db_param p = DBP_INT(org_id);
	struct xmlio_idx *ridx = NULL, *aidx = NULL;
	xmlNodePtr root, org, sec, n, *rnodes = NULL, *anodes = NULL;
	xmlNodePtr *asubj = NULL, *adata = NULL;
	struct db_res *r = NULL;
	xmlDocPtr doc;
	enum db_rc rc;
	size_t i, nrecs = 0, nacts = 0;
	long at, rat;
	char key[24];
	xmlNsPtr ns;

	*out = NULL;
	*len = 0;
	doc = xml_doc_new("register", &root);
	if ((ns = xmlNewNs(root, BAD_CAST XMLIO_NS, NULL)) == NULL)
		abort();
	xmlSetNs(root, ns);
	xml_attr(root, "version", "1");
	xml_attr_time(root, "exported", time(NULL));

	/* The organisation. */
	if ((rc = db_query_one(db, STMT_XMLIO_ORG, &p, 1, &r)) != DB_OK)
		goto out;
	org = xml_elem(root, "organisation");
	xmlio_out(org, "slug", db_res_text(r, 0));
	for (i = 0; i < XO__MAX; i++)
		xmlio_out(org, xorg_cols[i].name, db_res_text(r, 1 + i));
	db_res_free(r);
	r = NULL;

	/* Its own locations and categories. */
	sec = xml_elem(root, "locations");
	if ((rc = db_query(db, STMT_XMLIO_ORG_LOCS, &p, 1, &r)) != DB_OK)
		goto out;
	while (db_res_next(r))
		xmlio_out_location(sec, r, 0);
	db_res_free(r);
	r = NULL;
	sec = xml_elem(root, "categories");
	if ((rc = db_query(db, STMT_XMLIO_DATA_CATS, &p, 1, &r)) != DB_OK)
		goto out;
	while (db_res_next(r)) {
		n = xml_text(sec, "data-category", db_res_text(r, 1));
		xml_attr(n, "code", db_res_text(r, 0));
		xml_attr(n, "special", db_res_int(r, 2) ? "1" : "0");
		xml_attr(n, "criminal", db_res_int(r, 3) ? "1" : "0");
	}
	db_res_free(r);
	r = NULL;
	if ((rc = db_query(db, STMT_XMLIO_SUBJECT_CATS, &p, 1, &r)) != DB_OK)
		goto out;
	while (db_res_next(r)) {
		n = xml_text(sec, "subject-category", db_res_text(r, 1));
		xml_attr(n, "code", db_res_text(r, 0));
	}
	db_res_free(r);
	r = NULL;

	/* Recipients, keyed r1, r2 ... in their order. */
	sec = xml_elem(root, "recipients");
	if ((rc = db_query(db, STMT_XMLIO_RECS, &p, 1, &r)) != DB_OK)
		goto out;
	ridx = xcalloc(db_res_rows(r) + 1, sizeof(*ridx));
	rnodes = xcalloc(db_res_rows(r) + 1, sizeof(*rnodes));
	while (db_res_next(r)) {
		n = rnodes[nrecs] = xml_elem(sec, "recipient");
		ridx[nrecs].id = db_res_int(r, 0);
		ridx[nrecs].at = nrecs;
		nrecs++;
		snprintf(key, sizeof(key), "r%zu", nrecs);
		xml_attr(n, "key", key);
		xml_attr(n, "kind", db_res_text(r, 1 + XR_KIND));
		for (i = 0; i < XR__MAX; i++)
			if (i != XR_KIND)
				xmlio_out(n, xrec_cols[i].name,
				    db_res_text(r, 1 + i));
	}
	db_res_free(r);
	r = NULL;
	qsort(ridx, nrecs, sizeof(*ridx), xmlio_idx_cmp);
	if ((rc = db_query(db, STMT_XMLIO_REC_LOCS, &p, 1, &r)) != DB_OK)
		goto out;
	while (db_res_next(r))
		if ((at = xmlio_idx_find(ridx, nrecs, db_res_int(r, 0))) >= 0)
			xmlio_out_location(rnodes[at], r, 1);
	db_res_free(r);
	r = NULL;

	/* Activities, then their subjects, data and recipients. */
	sec = xml_elem(root, "activities");
	if ((rc = db_query(db, STMT_XMLIO_ACTS, &p, 1, &r)) != DB_OK)
		goto out;
	aidx = xcalloc(db_res_rows(r) + 1, sizeof(*aidx));
	anodes = xcalloc(db_res_rows(r) + 1, sizeof(*anodes));
	asubj = xcalloc(db_res_rows(r) + 1, sizeof(*asubj));
	adata = xcalloc(db_res_rows(r) + 1, sizeof(*adata));
	while (db_res_next(r)) {
		n = anodes[nacts] = xml_elem(sec, "activity");
		aidx[nacts].id = db_res_int(r, 0);
		aidx[nacts].at = nacts;
		nacts++;
		xml_attr(n, "status", db_res_text(r, 1 + ACT_STATUS));
		xml_attr(n, "role", db_res_text(r, 1 + ACT_ROLE));
		for (i = 0; i < ACT__MAX; i++)
			if (i != ACT_STATUS && i != ACT_ROLE)
				xmlio_out(n, act_col_names[i],
				    db_res_text(r, 1 + i));
	}
	db_res_free(r);
	r = NULL;
	qsort(aidx, nacts, sizeof(*aidx), xmlio_idx_cmp);
	if ((rc = db_query(db, STMT_XMLIO_ACT_SUBJECTS, &p, 1, &r)) != DB_OK)
		goto out;
	while (db_res_next(r)) {
		if ((at = xmlio_idx_find(aidx, nacts, db_res_int(r, 0))) < 0)
			continue;
		if (asubj[at] == NULL)
			asubj[at] = xml_elem(anodes[at], "subjects");
		xml_attr(xml_elem(asubj[at], "subject"), "code",
		    db_res_text(r, 1));
	}
	db_res_free(r);
	r = NULL;
	if ((rc = db_query(db, STMT_XMLIO_ACT_DATA, &p, 1, &r)) != DB_OK)
		goto out;
	while (db_res_next(r)) {
		if ((at = xmlio_idx_find(aidx, nacts, db_res_int(r, 0))) < 0)
			continue;
		if (adata[at] == NULL)
			adata[at] = xml_elem(anodes[at], "data");
		xml_attr(xml_elem(adata[at], "category"), "code",
		    db_res_text(r, 1));
	}
	db_res_free(r);
	r = NULL;
	if ((rc = db_query(db, STMT_XMLIO_ACT_RECS, &p, 1, &r)) != DB_OK)
		goto out;
	while (db_res_next(r)) {
		if ((at = xmlio_idx_find(aidx, nacts, db_res_int(r, 0))) < 0 ||
		    (rat = xmlio_idx_find(ridx, nrecs, db_res_int(r, 1))) < 0)
			continue;
		snprintf(key, sizeof(key), "r%ld", rat + 1);
		xml_attr(xml_elem(anodes[at], "recipient"), "ref", key);
	}
	db_res_free(r);
	r = NULL;

	xmlDocDumpFormatMemoryEnc(doc, out, len, "UTF-8", 1);
	if (*out == NULL)
		abort();
	rc = DB_OK;
out:
	db_res_free(r);
	free(ridx);
	free(rnodes);
	free(aidx);
	free(anodes);
	free(asubj);
	free(adata);
	xmlFreeDoc(doc);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Import                                                              */

/* A recipient key of the document and the row it became. */
struct xmlio_key {
	char		*key;
	long long	 id;
};

/* An import under way. */
struct xmlio_in {
	struct db		*db;
	struct xmlio_error	*err;
	long long		 account_id;	/* the audit row's; 0: none */
	long long		 org_id;
	struct xmlio_key	*keys;
	size_t			 nkeys;
	size_t			 nacts;
};

static int
xmlio_is(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/* The first element child of n, or the next element after n. */
static xmlNodePtr
xmlio_elem(xmlNodePtr n)
{
	for (; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

#define XMLIO_EACH(c, parent) \
	for ((c) = xmlio_elem((parent)->children); (c) != NULL; \
	    (c) = xmlio_elem((c)->next))

/* Trims white space at both ends, in place. */
static char *
xmlio_trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		memmove(s, s + 1, strlen(s));
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

/* A value (owned, free()), trimmed when typed; NULL when empty. */
static char *
xmlio_value(xmlChar *raw, int is_typed)
{
	char *s;

	if (raw == NULL)
		return NULL;
	s = xstrdup((const char *)raw);
	xmlFree(raw);
	if (is_typed)
		xmlio_trim(s);
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

static char *
xmlio_text(xmlNodePtr n, int is_typed)
{
	return xmlio_value(xmlNodeGetContent(n), is_typed);
}

static char *
xmlio_attr(xmlNodePtr n, const char *name, int is_typed)
{
	return xmlio_value(xmlGetNoNsProp(n, BAD_CAST name), is_typed);
}

static void
xmlio_free_vals(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
}

/* Refuses the document at node n. Returns XMLIO_INVALID. */
static enum xmlio_rc
xmlio_bad(struct xmlio_in *x, xmlNodePtr n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum xmlio_rc
xmlio_bad(struct xmlio_in *x, xmlNodePtr n, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	xmlio_set_err(x->err, n != NULL ? xmlGetLineNo(n) : 0, "%s", msg);
	return XMLIO_INVALID;
}

/*
 * A write that failed: a value too long for its column (in bytes: the
 * schema counts characters) is the document's fault, anything else the
 * database's.
 */
static enum xmlio_rc
xmlio_write_failed(struct xmlio_in *x, xmlNodePtr n, enum db_rc rc)
{
	if (rc == DB_ERROR && db_errno(x->db) == XMLIO_ER_DATA_TOO_LONG)
		return xmlio_bad(x, n, "a value of element %s is too long "
		    "for its column", (const char *)n->name);
	return XMLIO_DBERR;
}

/*
 * Is code known to statement id (a reference table lookup)? Returns
 * XMLIO_OK, XMLIO_INVALID with *err naming what at n, or XMLIO_DBERR.
 */
static enum xmlio_rc
xmlio_known(struct xmlio_in *x, int id, const char *what, const char *code,
    xmlNodePtr n)
{
	struct db_param p = DBP_TEXT(code);
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query_one(x->db, id, &p, 1, &r)) == DB_OK) {
		db_res_free(r);
		return XMLIO_OK;
	}
	if (rc == DB_NOTFOUND)
		return xmlio_bad(x, n, "unknown %s %s", what, code);
	return XMLIO_DBERR;
}

/* The organisation's column values from <organisation>. */
static void
xmlio_read_org(xmlNodePtr org, char *v[XO__MAX])
{
	xmlNodePtr c;
	size_t i;

	memset(v, 0, XO__MAX * sizeof(*v));
	XMLIO_EACH(c, org)
		for (i = 0; i < XO__MAX; i++)
			if (xmlio_is(c, xorg_cols[i].name)) {
				free(v[i]);
				v[i] = xmlio_text(c, xorg_cols[i].is_typed);
				break;
			}
}

/*
 * Finds or creates the organisation and writes its columns. Returns
 * XMLIO_OK with x->org_id and *created, or XMLIO_DBERR / XMLIO_INVALID.
 */
static enum xmlio_rc
xmlio_put_org(struct xmlio_in *x, const char *slug, xmlNodePtr org,
    int *created)
{
	struct db_param p[XO__MAX + 1];
	unsigned long long id = 0;
	struct db_res *r;
	char *v[XO__MAX], prefix[9];
	enum xmlio_rc xrc = XMLIO_DBERR;
	enum db_rc rc;
	size_t i, np = 0;

	xmlio_read_org(org, v);
	/* The deadlines need a zone this system has and a known calendar. */
	if (v[XO_TIME_ZONE] != NULL && !deadline_tz_exists(v[XO_TIME_ZONE])) {
		xrc = xmlio_bad(x, org, "unknown time zone %s",
		    v[XO_TIME_ZONE]);
		goto out;
	}
	if (v[XO_CALENDAR] != NULL &&
	    (rc = calendar_exists(x->db, v[XO_CALENDAR])) != DB_OK) {
		xrc = rc == DB_NOTFOUND ? xmlio_bad(x, org, "unknown holiday "
		    "calendar %s", v[XO_CALENDAR]) : XMLIO_DBERR;
		goto out;
	}
	p[0] = DBP_TEXT(slug);
	if ((rc = db_query_one(x->db, STMT_XMLIO_ORG_LOCK, p, 1, &r)) ==
	    DB_ERROR)
		goto out;
	*created = rc == DB_NOTFOUND;
	if (!*created) {
		x->org_id = db_res_int(r, 0);
		db_res_free(r);
		for (i = 0; i < XO__MAX; i++)
			p[np++] = DBP_TEXT(v[i]);
		p[np++] = DBP_INT(x->org_id);
		rc = db_exec(x->db, STMT_XMLIO_ORG_UPDATE, p, np, NULL, NULL);
	} else {
		if (v[XO_REF_PREFIX] == NULL) {
			xmlio_ref_prefix(slug, prefix);
			v[XO_REF_PREFIX] = xstrdup(prefix);
		}
		p[np++] = DBP_TEXT(slug);
		for (i = 0; i < XO__MAX; i++)
			p[np++] = DBP_TEXT(v[i]);
		rc = db_exec(x->db, STMT_XMLIO_ORG_INSERT, p, np, NULL, &id);
		x->org_id = (long long)id;
	}
	xrc = rc == DB_OK ? XMLIO_OK : xmlio_write_failed(x, org, rc);
out:
	xmlio_free_vals(v, XO__MAX);
	return xrc;
}

/* Retires the organisation's register before the new one goes in. */
static enum xmlio_rc
xmlio_retire(struct xmlio_in *x)
{
	static const int stmts[] = { STMT_XMLIO_RETIRE_ACTS,
		STMT_XMLIO_RETIRE_REC_LOCS, STMT_XMLIO_RETIRE_RECS,
		STMT_XMLIO_RETIRE_ORG_LOCS };
	struct db_param p = DBP_INT(x->org_id);
	size_t i;

	for (i = 0; i < NELEM(stmts); i++)
		if (db_exec(x->db, stmts[i], &p, 1, NULL, NULL) != DB_OK)
			return XMLIO_DBERR;
	return XMLIO_OK;
}

/* Is code already among the n codes of list (case folded, as MariaDB)? */
static int
xmlio_seen(char **list, size_t n, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcasecmp(list[i], code) == 0)
			return 1;
	return 0;
}

/* Adds or updates the document's own categories. */
static enum xmlio_rc
xmlio_put_categories(struct xmlio_in *x, xmlNodePtr sec)
{
	struct db_param p[5];
	char *code = NULL, *name = NULL, *sp = NULL, *cr = NULL;
	char **seen[2] = { NULL, NULL };
	size_t nseen[2] = { 0, 0 }, k;
	enum xmlio_rc xrc = XMLIO_OK;
	enum db_rc rc;
	xmlNodePtr c;
	int is_data;

	XMLIO_EACH(c, sec) {
		is_data = xmlio_is(c, "data-category");
		k = is_data ? 0 : 1;
		code = xmlio_attr(c, "code", 1);
		name = xmlio_text(c, 0);
		if (code == NULL || name == NULL) {
			xrc = xmlio_bad(x, c, "a category needs a code and a "
			    "name");
			break;
		}
		if (xmlio_seen(seen[k], nseen[k], code)) {
			xrc = xmlio_bad(x, c, "%s code %s appears twice",
			    (const char *)c->name, code);
			break;
		}
		seen[k] = xreallocarray(seen[k], nseen[k] + 1,
		    sizeof(*seen[k]));
		seen[k][nseen[k]++] = code;
		p[0] = DBP_INT(x->org_id);
		p[1] = DBP_TEXT(code);
		p[2] = DBP_TEXT(name);
		if (is_data) {
			sp = xmlio_attr(c, "special", 1);
			cr = xmlio_attr(c, "criminal", 1);
			p[3] = DBP_INT(sp != NULL && strcmp(sp, "1") == 0);
			p[4] = DBP_INT(cr != NULL && strcmp(cr, "1") == 0);
			rc = db_exec(x->db, STMT_XMLIO_DATA_CAT_PUT, p, 5, NULL,
			    NULL);
			free(sp);
			free(cr);
			sp = cr = NULL;
		} else
			rc = db_exec(x->db, STMT_XMLIO_SUBJECT_CAT_PUT, p, 3,
			    NULL, NULL);
		code = NULL;	/* kept in seen */
		free(name);
		name = NULL;
		if (rc != DB_OK) {
			xrc = xmlio_write_failed(x, c, rc);
			break;
		}
	}
	free(code);
	free(name);
	xmlio_free_vals(seen[0], nseen[0]);
	xmlio_free_vals(seen[1], nseen[1]);
	free(seen[0]);
	free(seen[1]);
	return xrc;
}

/* Inserts one <location> of the organisation (rec_id 0) or a recipient. */
static enum xmlio_rc
xmlio_put_location(struct xmlio_in *x, xmlNodePtr loc, long long rec_id)
{
	struct db_param p[5];
	char *country, *region, *mech, *note = NULL;
	enum xmlio_rc xrc;
	enum db_rc rc;
	xmlNodePtr c;

	country = xmlio_attr(loc, "country", 1);
	region = xmlio_attr(loc, "region", 0);
	mech = xmlio_attr(loc, "mechanism", 1);
	XMLIO_EACH(c, loc)
		if (xmlio_is(c, "note")) {
			free(note);
			note = xmlio_text(c, 0);
		}
	if (country == NULL) {
		xrc = xmlio_bad(x, loc, "a location needs a country");
		goto out;
	}
	if ((xrc = xmlio_known(x, STMT_XMLIO_COUNTRY, "country", country,
	    loc)) != XMLIO_OK)
		goto out;
	if (mech != NULL && (xrc = xmlio_known(x, STMT_XMLIO_MECHANISM,
	    "transfer mechanism", mech, loc)) != XMLIO_OK)
		goto out;
	if (region != NULL && (xrc = xmlio_known(x, STMT_LOC_REGION,
	    "cloud region", region, loc)) != XMLIO_OK)
		goto out;
	p[0] = DBP_INT(rec_id > 0 ? rec_id : x->org_id);
	p[1] = DBP_TEXT(country);
	p[2] = DBP_TEXT(region);
	p[3] = DBP_TEXT(mech);
	p[4] = DBP_TEXT(note);
	rc = db_exec(x->db, rec_id > 0 ? STMT_XMLIO_REC_LOC_INSERT :
	    STMT_XMLIO_ORG_LOC_INSERT, p, 5, NULL, NULL);
	xrc = rc == DB_OK ? XMLIO_OK : xmlio_write_failed(x, loc, rc);
out:
	free(country);
	free(region);
	free(mech);
	free(note);
	return xrc;
}

static enum xmlio_rc
xmlio_put_locations(struct xmlio_in *x, xmlNodePtr sec)
{
	enum xmlio_rc xrc;
	xmlNodePtr c;

	XMLIO_EACH(c, sec)
		if (xmlio_is(c, "location") &&
		    (xrc = xmlio_put_location(x, c, 0)) != XMLIO_OK)
			return xrc;
	return XMLIO_OK;
}

/* The row id of recipient key, or 0. */
static long long
xmlio_key_id(const struct xmlio_in *x, const char *key)
{
	size_t i;

	for (i = 0; i < x->nkeys; i++)
		if (strcmp(x->keys[i].key, key) == 0)
			return x->keys[i].id;
	return 0;
}

/* Inserts one <recipient key kind> with its locations. */
static enum xmlio_rc
xmlio_put_recipient(struct xmlio_in *x, xmlNodePtr rec)
{
	struct db_param p[XR__MAX + 1];
	unsigned long long id = 0;
	char *v[XR__MAX], *key;
	enum xmlio_rc xrc = XMLIO_OK;
	enum db_rc rc;
	xmlNodePtr c;
	size_t i;

	memset(v, 0, sizeof(v));
	key = xmlio_attr(rec, "key", 1);
	v[XR_KIND] = xmlio_attr(rec, "kind", 1);
	XMLIO_EACH(c, rec)
		for (i = 0; i < XR__MAX; i++)
			if (i != XR_KIND && xmlio_is(c, xrec_cols[i].name)) {
				free(v[i]);
				v[i] = xmlio_text(c, xrec_cols[i].is_typed);
				break;
			}
	if (key == NULL || v[XR_KIND] == NULL || v[XR_NAME] == NULL) {
		xrc = xmlio_bad(x, rec, "a recipient needs a key, a kind and "
		    "a name");
		goto out;
	}
	if (xmlio_key_id(x, key) != 0) {
		xrc = xmlio_bad(x, rec, "recipient key %s appears twice", key);
		goto out;
	}
	p[0] = DBP_INT(x->org_id);
	for (i = 0; i < XR__MAX; i++)
		p[1 + i] = DBP_TEXT(v[i]);
	if ((rc = db_exec(x->db, STMT_XMLIO_REC_INSERT, p, XR__MAX + 1, NULL,
	    &id)) != DB_OK) {
		xrc = xmlio_write_failed(x, rec, rc);
		goto out;
	}
	x->keys = xreallocarray(x->keys, x->nkeys + 1, sizeof(*x->keys));
	x->keys[x->nkeys].key = key;
	x->keys[x->nkeys++].id = (long long)id;
	key = NULL;
	XMLIO_EACH(c, rec)
		if (xmlio_is(c, "location") &&
		    (xrc = xmlio_put_location(x, c, (long long)id)) != XMLIO_OK)
			break;
out:
	free(key);
	xmlio_free_vals(v, XR__MAX);
	return xrc;
}

/*
 * Links activity act_id to what each <child attr="..."> of list names:
 * a category code looked up with statement find (the organisation's own
 * category, else the shipped one), or, when find is -1, a recipient key
 * of the document. add inserts the link; what names the kind in errors.
 * Returns XMLIO_OK, XMLIO_INVALID (unknown, or listed twice) with the
 * child's line, or XMLIO_DBERR.
 */
static enum xmlio_rc
xmlio_put_links(struct xmlio_in *x, long long act_id, xmlNodePtr list,
    const char *child, const char *attr, int find, int add, const char *what)
{
	struct db_param p[2];
	struct db_res *r;
	long long id;
	enum xmlio_rc xrc = XMLIO_OK;
	enum db_rc rc;
	xmlNodePtr c;
	char *code;

	XMLIO_EACH(c, list) {
		if (!xmlio_is(c, child))
			continue;
		if ((code = xmlio_attr(c, attr, 1)) == NULL)
			return xmlio_bad(x, c, "%s needs %s", child, attr);
		if (find < 0)
			id = xmlio_key_id(x, code);
		else {
			p[0] = DBP_TEXT(code);
			p[1] = DBP_INT(x->org_id);
			id = 0;
			if ((rc = db_query_one(x->db, find, p, 2, &r)) ==
			    DB_OK) {
				id = db_res_int(r, 0);
				db_res_free(r);
			} else if (rc != DB_NOTFOUND) {
				free(code);
				return XMLIO_DBERR;
			}
		}
		if (id == 0) {
			xrc = xmlio_bad(x, c, "unknown %s %s", what, code);
			free(code);
			return xrc;
		}
		p[0] = DBP_INT(act_id);
		p[1] = DBP_INT(id);
		rc = db_exec(x->db, add, p, 2, NULL, NULL);
		if (rc == DB_CONFLICT)
			xrc = xmlio_bad(x, c, "%s %s is listed twice", what,
			    code);
		else if (rc != DB_OK)
			xrc = XMLIO_DBERR;
		free(code);
		if (xrc != XMLIO_OK)
			return xrc;
	}
	return XMLIO_OK;
}

/* Inserts one <activity status role> with its links. */
static enum xmlio_rc
xmlio_put_activity(struct xmlio_in *x, xmlNodePtr act)
{
	struct db_param p[ACT__MAX + 1];
	unsigned long long id = 0;
	char *v[ACT__MAX];
	enum xmlio_rc xrc = XMLIO_OK;
	enum db_rc rc;
	xmlNodePtr c;
	size_t i;

	memset(v, 0, sizeof(v));
	v[ACT_STATUS] = xmlio_attr(act, "status", 1);
	v[ACT_ROLE] = xmlio_attr(act, "role", 1);
	XMLIO_EACH(c, act)
		for (i = 0; i < ACT__MAX; i++)
			if (i != ACT_STATUS && i != ACT_ROLE &&
			    xmlio_is(c, act_col_names[i])) {
				free(v[i]);
				v[i] = xmlio_text(c, act_typed[i]);
				break;
			}
	if (v[ACT_NAME] == NULL || v[ACT_STATUS] == NULL ||
	    v[ACT_ROLE] == NULL) {
		xrc = xmlio_bad(x, act, "an activity needs a name, a status "
		    "and a role");
		goto out;
	}
	if (v[ACT_HAS_CRIMINAL_DATA] == NULL)
		v[ACT_HAS_CRIMINAL_DATA] = xstrdup("0");
	XMLIO_EACH(c, act) {
		if (xmlio_is(c, "lawful_basis") && v[ACT_LAWFUL_BASIS] != NULL &&
		    (xrc = xmlio_known(x, STMT_XMLIO_BASIS, "lawful basis",
		    v[ACT_LAWFUL_BASIS], c)) != XMLIO_OK)
			goto out;
		if (xmlio_is(c, "art9_condition") &&
		    v[ACT_ART9_CONDITION] != NULL &&
		    (xrc = xmlio_known(x, STMT_XMLIO_ART9, "Art 9 condition",
		    v[ACT_ART9_CONDITION], c)) != XMLIO_OK)
			goto out;
	}
	p[0] = DBP_INT(x->org_id);
	for (i = 0; i < ACT__MAX; i++)
		p[1 + i] = DBP_TEXT(v[i]);
	if ((rc = db_exec(x->db, STMT_XMLIO_ACT_INSERT, p, ACT__MAX + 1, NULL,
	    &id)) != DB_OK) {
		xrc = xmlio_write_failed(x, act, rc);
		goto out;
	}
	x->nacts++;
	XMLIO_EACH(c, act) {
		if (xmlio_is(c, "subjects"))
			xrc = xmlio_put_links(x, (long long)id, c, "subject",
			    "code", STMT_XMLIO_SUBJECT_CAT_ID,
			    STMT_XMLIO_ACT_SUBJECT_ADD, "subject category");
		else if (xmlio_is(c, "data"))
			xrc = xmlio_put_links(x, (long long)id, c, "category",
			    "code", STMT_XMLIO_DATA_CAT_ID,
			    STMT_XMLIO_ACT_DATA_ADD, "data category");
		if (xrc != XMLIO_OK)
			goto out;
	}
	/* The refs are children of the activity itself. */
	xrc = xmlio_put_links(x, (long long)id, act, "recipient", "ref", -1,
	    STMT_XMLIO_ACT_REC_ADD, "recipient");
out:
	xmlio_free_vals(v, ACT__MAX);
	return xrc;
}

/* The walk, inside the transaction. */
static enum xmlio_rc
xmlio_load(struct xmlio_in *x, const char *slug, xmlNodePtr root,
    int *created)
{
	xmlNodePtr org = NULL, c, e;
	enum xmlio_rc xrc;

	XMLIO_EACH(c, root)
		if (xmlio_is(c, "organisation"))
			org = c;
	if (org == NULL)
		return xmlio_bad(x, root, "no organisation");
	if ((xrc = xmlio_put_org(x, slug, org, created)) != XMLIO_OK)
		return xrc;
	if (!*created && (xrc = xmlio_retire(x)) != XMLIO_OK)
		return xrc;
	/* Categories first: activities refer to them. */
	XMLIO_EACH(c, root)
		if (xmlio_is(c, "categories") &&
		    (xrc = xmlio_put_categories(x, c)) != XMLIO_OK)
			return xrc;
	XMLIO_EACH(c, root)
		if (xmlio_is(c, "locations") &&
		    (xrc = xmlio_put_locations(x, c)) != XMLIO_OK)
			return xrc;
	XMLIO_EACH(c, root) {
		if (!xmlio_is(c, "recipients"))
			continue;
		XMLIO_EACH(e, c)
			if (xmlio_is(e, "recipient") &&
			    (xrc = xmlio_put_recipient(x, e)) != XMLIO_OK)
				return xrc;
	}
	XMLIO_EACH(c, root) {
		if (!xmlio_is(c, "activities"))
			continue;
		XMLIO_EACH(e, c)
			if (xmlio_is(e, "activity") &&
			    (xrc = xmlio_put_activity(x, e)) != XMLIO_OK)
				return xrc;
	}
	if (audit_log(x->db, x->account_id, "register_import", x->org_id,
	    "organisation", x->org_id, *created ? "created" : "replaced") ==
	    -1)
		return XMLIO_DBERR;
	return XMLIO_OK;
}

enum xmlio_rc
xmlio_import(struct db *db, long long account_id, const char *slug,
    xmlDocPtr doc, struct xmlio_error *err, int *created, size_t *nacts,
    size_t *nrecs)
{
	struct xmlio_in x;
	enum xmlio_rc xrc;
	xmlNodePtr root;
	int is_new = 0;
	size_t i;

	memset(&x, 0, sizeof(x));
	x.db = db;
	x.account_id = account_id;
	x.err = err;
	xmlio_set_err(err, 0, "no error");
	if ((root = xmlDocGetRootElement(doc)) == NULL ||
	    !xmlio_is(root, "register"))
		return xmlio_bad(&x, root, "the root is not <register>");
	if (db_tx_begin(db) == -1)
		return XMLIO_DBERR;
	xrc = xmlio_load(&x, slug, root, &is_new);
	if (xrc != XMLIO_OK || db_tx_commit(db) == -1) {
		db_tx_rollback(db);
		if (xrc == XMLIO_OK)
			xrc = XMLIO_DBERR;
	}
	if (xrc == XMLIO_OK) {
		if (created != NULL)
			*created = is_new;
		if (nacts != NULL)
			*nacts = x.nacts;
		if (nrecs != NULL)
			*nrecs = x.nkeys;
	}
	for (i = 0; i < x.nkeys; i++)
		free(x.keys[i].key);
	free(x.keys);
	return xrc;
}
