/* xml: the only place data documents are built; every text and attribute goes through libxml2's escaping. */
#include <stdlib.h>
#include <stdio.h>

#include "util.h"
#include "xml.h"

xmlDocPtr
xml_doc_new(const char *name, xmlNodePtr *root)
{
	xmlDocPtr doc;
	xmlNodePtr n;

	if ((doc = xmlNewDoc(BAD_CAST "1.0")) == NULL ||
	    (n = xmlNewDocNode(doc, NULL, BAD_CAST name, NULL)) == NULL)
		abort();
	xmlDocSetRootElement(doc, n);
	if (root != NULL)
		*root = n;
	return doc;
}

xmlNodePtr
xml_elem(xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	if ((n = xmlNewChild(parent, NULL, BAD_CAST name, NULL)) == NULL)
		abort();
	return n;
}

xmlNodePtr
xml_text(xmlNodePtr parent, const char *name, const char *text)
{
	xmlNodePtr n;

	if (text == NULL)
		return NULL;
	/* xmlNewTextChild escapes; xmlNewChild would not. */
	if ((n = xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text))
	    == NULL)
		abort();
	return n;
}

xmlNodePtr
xml_text_int(xmlNodePtr parent, const char *name, long long v)
{
	char s[24];

	snprintf(s, sizeof(s), "%lld", v);
	return xml_text(parent, name, s);
}

void
xml_attr(xmlNodePtr n, const char *name, const char *val)
{
	if (n != NULL && val != NULL &&
	    xmlNewProp(n, BAD_CAST name, BAD_CAST val) == NULL)
		abort();
}

void
xml_attr_int(xmlNodePtr n, const char *name, long long v)
{
	char s[24];

	snprintf(s, sizeof(s), "%lld", v);
	xml_attr(n, name, s);
}

void
xml_time_iso(time_t t, char out[21])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void
xml_attr_time(xmlNodePtr n, const char *name, time_t t)
{
	char s[21];

	xml_time_iso(t, s);
	xml_attr(n, name, s);
}

xmlChar *
xml_dump(xmlDocPtr doc, int *len)
{
	xmlChar *out = NULL;

	xmlDocDumpMemoryEnc(doc, &out, len, "UTF-8");
	if (out == NULL)
		abort();
	return out;
}
