/* xml: the only place data documents are built; every text and attribute goes through libxml2's escaping. */
#ifndef GD_XML_H
#define GD_XML_H

#include <time.h>
#include <libxml/tree.h>

/* A new document whose root element is name; *root receives it. */
xmlDocPtr xml_doc_new(const char *name, xmlNodePtr *root);

/* An empty child element. */
xmlNodePtr xml_elem(xmlNodePtr parent, const char *name);

/* A child element holding text (escaped). NULL text gives no element. */
xmlNodePtr xml_text(xmlNodePtr parent, const char *name, const char *text);
xmlNodePtr xml_text_int(xmlNodePtr parent, const char *name, long long);

/* An attribute (escaped). A NULL node or val sets nothing. */
void	 xml_attr(xmlNodePtr, const char *name, const char *val);
void	 xml_attr_int(xmlNodePtr, const char *name, long long);

/* ISO 8601 UTC ("2026-11-23T11:50:47Z") into out[21]. */
void	 xml_time_iso(time_t, char out[21]);
void	 xml_attr_time(xmlNodePtr, const char *name, time_t);

/*
 * Serialises a document as UTF-8 XML into a new string (free with
 * xmlFree); *len (required) receives its length.
 */
xmlChar	*xml_dump(xmlDocPtr, int *len);

#endif
