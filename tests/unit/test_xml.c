/* test_xml: data documents escape every text and attribute; times are ISO 8601. */
#include <string.h>

#include <CUnit/CUnit.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "core/util.h"
#include "core/xml.h"
#include "suites.h"

#define EVIL	"<script>alert(\"x\")</script> & 'q'"

static void
test_escape(void)
{
	xmlDocPtr doc, back;
	xmlNodePtr root, e, n;
	xmlChar *s, *t;
	int len;

	doc = xml_doc_new("page", &root);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_PTR_NOT_NULL_FATAL(root);
	CU_ASSERT_STRING_EQUAL((const char *)root->name, "page");
	e = xml_text(root, "name", EVIL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(e);
	xml_attr(e, "title", "say \"hi\" <b>bold</b> & 'bye'");
	e = xml_text(root, "cdata", "]]><x/><![CDATA[");
	CU_ASSERT_PTR_NOT_NULL(e);
	e = xml_text(root, "entity", "&amp; &lt; &#60; &unknown;");
	CU_ASSERT_PTR_NOT_NULL(e);

	s = xml_dump(doc, &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT_EQUAL(len, (int)strlen((char *)s));
	CU_ASSERT(strstr((char *)s, "&lt;script&gt;") != NULL);
	CU_ASSERT(strstr((char *)s, "<script>") == NULL);
	CU_ASSERT(strstr((char *)s, "<script") == NULL);
	CU_ASSERT(strstr((char *)s, "<b>") == NULL);
	CU_ASSERT(strstr((char *)s, "<x/>") == NULL);
	CU_ASSERT(strstr((char *)s, "&amp; 'q'") != NULL ||
	    strstr((char *)s, "&amp; &apos;q&apos;") != NULL);
	/* Entities in data stay text: "&amp;" arrives as "&amp;amp;". */
	CU_ASSERT(strstr((char *)s, "&amp;amp;") != NULL);
	CU_ASSERT(strstr((char *)s, "&unknown;") == NULL);
	/* An attribute's quotes are escaped, so it cannot end early. */
	CU_ASSERT(strstr((char *)s, "title=\"say \"hi\"") == NULL);
	CU_ASSERT(strstr((char *)s, "&quot;hi&quot;") != NULL);
	CU_ASSERT(strncmp((char *)s, "<?xml", 5) == 0);
	CU_ASSERT(strstr((char *)s, "UTF-8") != NULL ||
	    strstr((char *)s, "utf-8") != NULL);

	/* Read back, the text is exactly what went in. */
	back = xmlReadMemory((char *)s, len, "back.xml", NULL, XML_PARSE_NONET);
	CU_ASSERT_PTR_NOT_NULL_FATAL(back);
	n = xmlDocGetRootElement(back);
	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	for (n = n->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrEqual(n->name, BAD_CAST "name"))
			break;
	CU_ASSERT_PTR_NOT_NULL_FATAL(n);
	t = xmlNodeGetContent(n);
	CU_ASSERT(t != NULL && strcmp((char *)t, EVIL) == 0);
	xmlFree(t);
	t = xmlGetProp(n, BAD_CAST "title");
	CU_ASSERT(t != NULL &&
	    strcmp((char *)t, "say \"hi\" <b>bold</b> & 'bye'") == 0);
	xmlFree(t);
	xmlFreeDoc(back);
	xmlFree(s);
	xmlFreeDoc(doc);
}

static void
test_null(void)
{
	xmlDocPtr doc;
	xmlNodePtr root, e;

	doc = xml_doc_new("page", &root);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_PTR_NULL(xml_text(root, "absent", NULL));
	CU_ASSERT_PTR_NULL(root->children);
	e = xml_elem(root, "empty");
	CU_ASSERT_PTR_NOT_NULL_FATAL(e);
	CU_ASSERT_STRING_EQUAL((const char *)e->name, "empty");
	CU_ASSERT_PTR_NULL(e->children);
	xml_attr(e, "nothing", NULL);
	CU_ASSERT_PTR_NULL(e->properties);
	/* Empty text is an element, unlike NULL. */
	CU_ASSERT_PTR_NOT_NULL(xml_text(root, "blank", ""));
	xmlFreeDoc(doc);
}

static void
test_int(void)
{
	xmlDocPtr doc;
	xmlNodePtr root, e;
	xmlChar *s;
	int len;

	doc = xml_doc_new("n", &root);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	e = xml_text_int(root, "a", 42);
	CU_ASSERT_PTR_NOT_NULL(e);
	xml_text_int(root, "b", -7);
	xml_text_int(root, "c", 9007199254740993LL);
	xml_text_int(root, "d", 0);
	xml_attr_int(root, "count", 12);
	xml_attr_int(root, "neg", -1);
	s = xml_dump(doc, &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s);
	CU_ASSERT(strstr((char *)s, "<a>42</a>") != NULL);
	CU_ASSERT(strstr((char *)s, "<b>-7</b>") != NULL);
	CU_ASSERT(strstr((char *)s, "<c>9007199254740993</c>") != NULL);
	CU_ASSERT(strstr((char *)s, "<d>0</d>") != NULL);
	CU_ASSERT(strstr((char *)s, "count=\"12\"") != NULL);
	CU_ASSERT(strstr((char *)s, "neg=\"-1\"") != NULL);
	xmlFree(s);
	xmlFreeDoc(doc);
}

struct time_case {
	time_t		 t;
	const char	*iso;
};

static const struct time_case time_cases[] = {
	{ 0, "1970-01-01T00:00:00Z" },
	{ 1795434647, "2026-11-23T11:50:47Z" },
	{ 951782400, "2000-02-29T00:00:00Z" },
	{ 1735689599, "2024-12-31T23:59:59Z" },
	{ 4102444800LL, "2100-01-01T00:00:00Z" },
};

static void
test_time(void)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	xmlChar *v;
	char out[21];
	size_t i;

	for (i = 0; i < NELEM(time_cases); i++) {
		memset(out, 'x', sizeof(out));
		xml_time_iso(time_cases[i].t, out);
		CHECK(memchr(out, '\0', sizeof(out)) != NULL &&
		    strcmp(out, time_cases[i].iso) == 0, "xml_time_iso(%lld) "
		    "gave \"%.21s\", want \"%s\"", (long long)time_cases[i].t,
		    out, time_cases[i].iso);
	}
	doc = xml_doc_new("t", &root);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	xml_attr_time(root, "at", 1795434647);
	v = xmlGetProp(root, BAD_CAST "at");
	CU_ASSERT(v != NULL && strcmp((char *)v, "2026-11-23T11:50:47Z") == 0);
	xmlFree(v);
	xmlFreeDoc(doc);
}

void
suite_xml(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "xml", NULL, NULL);
	TEST_ADD(s, "xml_text and xml_attr escape markup", test_escape);
	TEST_ADD(s, "NULL text gives no element, NULL attribute nothing",
	    test_null);
	TEST_ADD(s, "xml_text_int and xml_attr_int", test_int);
	TEST_ADD(s, "xml_time_iso and xml_attr_time", test_time);
}
