/* page_import: replace an organisation's register with an uploaded XML document, whole or not at all, history kept. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/log.h"
#include "model/account.h"
#include "model/org.h"
#include "model/register.h"
#include "model/xmlio.h"
#include "staff.h"

enum { IF_FILE, IF__MAX };

/* A file input shows no value, so the field is never echoed. */
static const struct field_def import_fields[IF__MAX] = {
	[IF_FILE] = { "file", NULL, 0, FIELD_REQUIRED | FIELD_SECRET, NULL },
};

/*
 * Renders the form for organisation o: what its register holds now (the
 * import replaces it), and the file field with its error in f (NULL:
 * none). Returns status, or 500 when the register does not load.
 */
static int
import_page(struct app *app, struct resp *p, const struct org *o,
    const struct field *f, int status)
{
	xmlNodePtr root, n;
	struct reg *g;

	if (reg_load(app->db, o->id, &g) != DB_OK)
		return 500;
	root = staff_doc(app, p, "import", SHEET_IMPORT);
	staff_org_xml(root, g);
	n = xml_elem(root, "current");
	xml_attr_int(n, "activities", (long long)g->nacts);
	xml_attr_int(n, "recipients", (long long)g->nrecs);
	xml_attr_int(n, "locations", (long long)g->norg_locs);
	form_xml(root, import_fields, f, IF__MAX, NULL);
	reg_free(g);
	return status;
}

/*
 * The form again, 422, with why the document was refused next to the
 * file field: its line (when one applies) and libxml2's or the
 * importer's reason.
 */
static int
import_refused(struct app *app, struct resp *p, const struct org *o,
    const struct xmlio_error *err)
{
	struct field f[IF__MAX];
	size_t n = strlen(err->reason);
	const char *stop = n > 0 && err->reason[n - 1] == '.' ? "" : ".";
	char msg[700];

	if (err->line > 0)
		snprintf(msg, sizeof(msg), "The file is not a register that "
		    "can be imported, so nothing was changed: line %ld: %s%s",
		    err->line, err->reason, stop);
	else
		snprintf(msg, sizeof(msg), "The file is not a register that "
		    "can be imported, so nothing was changed: %s%s",
		    err->reason, stop);
	memset(f, 0, sizeof(f));
	f[IF_FILE].err = FORM_INVALID;
	f[IF_FILE].msg = msg;	/* copied into the document by form_xml */
	return import_page(app, p, o, f, 422);
}

/*
 * GET and POST /staff/o/:slug/import: admins, and DPOs granted the
 * organisation (404 for one it cannot see, 403 for a viewer). A POST is
 * the form's multipart/form-data with the csrf field (checked by the
 * dispatcher) and a "file" part: the document is checked against the
 * schema, then replaces the register in one transaction (xmlio_import:
 * old rows retired, history kept, audited as register_import by this
 * account). Returns 200, 303 to the register on success, 403, 404, 415
 * for a POST that is not multipart, 422 with the form when the file is
 * missing or refused (nothing changed), or 500.
 */
int
page_import(struct app *app, struct req *r, struct resp *p)
{
	struct field f[IF__MAX];
	struct xmlio_error err;
	const char *schema;
	xmlDocPtr doc = NULL;
	struct org *o;
	enum xmlio_rc xrc;
	char loc[96];
	int status;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if (!account_can_write(&app->sess->account)) {
		p->message = "Your account can read but not change anything, "
		    "so it cannot import a register.";
		status = 403;
		goto out;
	}
	if (r->method != METHOD_POST) {
		status = import_page(app, p, o, NULL, 200);
		goto out;
	}
	if (!r->is_multipart) {
		p->message = "Send the register as a file, from the import "
		    "form (multipart/form-data).";
		status = 415;
		goto out;
	}
	if (r->upload == NULL || r->upload->len == 0 ||
	    strcmp(r->upload->name, "file") != 0) {
		memset(f, 0, sizeof(f));
		f[IF_FILE].err = FORM_MISSING;
		f[IF_FILE].msg = r->upload != NULL &&
		    strcmp(r->upload->name, "file") == 0 &&
		    r->upload->filename[0] != '\0' ? "The selected file is "
		    "empty." : "Select the register file (XML) to import.";
		status = import_page(app, p, o, f, 422);
		goto out;
	}
	/* No schema is the installation's fault, not the user's. */
	schema = xmlio_schema_path();
	if (access(schema, R_OK) == -1) {
		log_err("import: the schema %s cannot be read", schema);
		status = 500;
		goto out;
	}
	if ((doc = xmlio_parse(schema, r->upload->data, r->upload->len,
	    &err)) == NULL) {
		status = import_refused(app, p, o, &err);
		goto out;
	}
	xrc = xmlio_import(app->db, app->sess->account.id, o->f[ORG_SLUG],
	    doc, &err, NULL, NULL, NULL);
	if (xrc == XMLIO_INVALID) {
		status = import_refused(app, p, o, &err);
		goto out;
	}
	if (xrc != XMLIO_OK) {
		status = 500;
		goto out;
	}
	snprintf(loc, sizeof(loc), "/staff/o/%s/register?done=imported",
	    o->f[ORG_SLUG]);
	http_resp_redirect(p, loc);
	status = 303;
out:
	if (doc != NULL)
		xmlFreeDoc(doc);
	org_free(o);
	return status;
}
