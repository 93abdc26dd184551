/* xmlio: an organisation's register as one XML document (schema/register.rng): export, validate, import. */
#ifndef GD_XMLIO_H
#define GD_XMLIO_H

#include <stddef.h>

#include <libxml/tree.h>

#include "core/db.h"
#include "stmt.h"

/* The document's namespace; its root is <register version="1">. */
#define XMLIO_NS	"urn:gdprdesk:register:1"

/* The statements xmlio_export runs, for a program's whitelist. */
#define XMLIO_EXPORT_STMTS \
	STMT_XMLIO_ORG, STMT_XMLIO_ORG_LOCS, STMT_XMLIO_DATA_CATS, \
	STMT_XMLIO_SUBJECT_CATS, STMT_XMLIO_RECS, STMT_XMLIO_REC_LOCS, \
	STMT_XMLIO_ACTS, STMT_XMLIO_ACT_SUBJECTS, STMT_XMLIO_ACT_DATA, \
	STMT_XMLIO_ACT_RECS

/* The statements xmlio_import runs (the audit row's too). */
#define XMLIO_IMPORT_STMTS \
	STMT_CALENDAR_GET, STMT_LOC_REGION, STMT_XMLIO_ORG_LOCK, STMT_XMLIO_ORG_INSERT, STMT_XMLIO_ORG_UPDATE, \
	STMT_XMLIO_RETIRE_ACTS, STMT_XMLIO_RETIRE_REC_LOCS, \
	STMT_XMLIO_RETIRE_RECS, STMT_XMLIO_RETIRE_ORG_LOCS, \
	STMT_XMLIO_COUNTRY, STMT_XMLIO_MECHANISM, STMT_XMLIO_BASIS, \
	STMT_XMLIO_ART9, STMT_XMLIO_DATA_CAT_PUT, STMT_XMLIO_SUBJECT_CAT_PUT, \
	STMT_XMLIO_DATA_CAT_ID, STMT_XMLIO_SUBJECT_CAT_ID, \
	STMT_XMLIO_ORG_LOC_INSERT, STMT_XMLIO_REC_INSERT, \
	STMT_XMLIO_REC_LOC_INSERT, STMT_XMLIO_ACT_INSERT, \
	STMT_XMLIO_ACT_SUBJECT_ADD, STMT_XMLIO_ACT_DATA_ADD, \
	STMT_XMLIO_ACT_REC_ADD, STMT_AUDIT_INSERT

/* The largest document the import reads. */
#define XMLIO_MAX	(32u * 1024 * 1024)

/* Why a document was refused: where, and a one-line reason. */
struct xmlio_error {
	long	 line;		/* 1-based; 0 when no line applies */
	char	 reason[512];
};

enum xmlio_rc {
	XMLIO_OK,
	XMLIO_INVALID,	/* the document: malformed, invalid or unknown codes */
	XMLIO_DBERR	/* the database failed */
};

/*
 * The schema's path: $GDPRDESK_SCHEMA when set and not empty, else
 * "schema/register.rng" (relative to the working directory). Borrowed.
 */
const char *xmlio_schema_path(void);

/*
 * Parses len bytes of buf and validates the document against the RELAX
 * NG schema at schema_path. The parser reads nothing but buf: no
 * network, no DTD (a DOCTYPE is refused outright, so no entity is ever
 * declared, let alone expanded), no XInclude.
 * Returns the document (owned: xmlFreeDoc), or NULL with *err holding
 * the line and the reason of the first error. A schema that does not
 * load is reported the same way, with line 0.
 */
xmlDocPtr xmlio_parse(const char *schema_path, const char *buf, size_t len,
	    struct xmlio_error *err);

/*
 * Is buf a valid register? Returns 0, or -1 with *err filled as
 * xmlio_parse does. For tests and callers that only check.
 */
int	 xmlio_validate(const char *schema_path, const char *buf, size_t len,
	    struct xmlio_error *err);

/*
 * The ticket reference prefix of a new organisation whose document
 * gives none: the slug's letters, upper case, at most 8 ("ORG" when it
 * has none), into out.
 */
void	 xmlio_ref_prefix(const char *slug, char out[9]);

/*
 * The register of organisation org_id as a document: the organisation,
 * its own locations and categories, its recipients and activities that
 * are not retired, in a fixed order (recipients and activities by name
 * then id; recipient keys r1, r2 ... in that order), so that two
 * exports of the same register compare equal but for the exported
 * attribute. Returns DB_OK with *out (owned, xmlFree) and *len,
 * DB_NOTFOUND, or DB_ERROR.
 */
enum db_rc xmlio_export(struct db *, long long org_id, xmlChar **out,
	    int *len);

/*
 * Loads a document that xmlio_parse accepted into organisation slug, in
 * one transaction (the caller must not have one open): a new slug
 * creates the organisation; an existing one has its columns replaced
 * (version bumped) and its register replaced: old activities retired,
 * old recipients and locations marked retired, the document's rows
 * inserted; its own categories are added or updated by code. Changes are
 * made by no account (changed_by NULL) and audited as register_import,
 * by account_id (0: none, as for gdprdeskctl).
 * Codes the database does not know, duplicate keys or codes and unknown
 * recipient refs make it XMLIO_INVALID with *err (line of the element);
 * a database failure XMLIO_DBERR. Either way nothing is changed.
 * *created says whether the organisation was new; *nacts and *nrecs
 * count what was imported. Any of them may be NULL.
 */
enum xmlio_rc xmlio_import(struct db *, long long account_id,
	    const char *slug, xmlDocPtr doc, struct xmlio_error *err,
	    int *created, size_t *nacts, size_t *nrecs);

#endif
