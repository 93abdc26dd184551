/* page_export: an organisation's whole register as one XML document (the import format), downloaded as a file. */
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "model/audit.h"
#include "model/org.h"
#include "model/xmlio.h"
#include "staff.h"

/*
 * GET /staff/o/:slug/export: any account that may see the organisation
 * (404 otherwise). The body is xmlio_export's document, as an attachment
 * named SLUG-register.xml. The copy is audited (register_export) before
 * it is sent. Returns 200, 404 or 500.
 */
int
page_export(struct app *app, struct req *r, struct resp *p)
{
	char disp[96];
	xmlChar *doc = NULL;
	struct org *o;
	enum db_rc rc;
	int len = 0, status = 500;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if ((rc = xmlio_export(app->db, o->id, &doc, &len)) != DB_OK) {
		status = rc == DB_NOTFOUND ? 404 : 500;
		goto out;
	}
	/* A copy of the whole register left the building: on the record. */
	if (audit_log(app->db, app->sess->account.id, "register_export",
	    o->id, "organisation", o->id, NULL) == -1)
		goto out;
	p->body = xmalloc((size_t)len + 1);
	memcpy(p->body, doc, (size_t)len);
	p->body[len] = '\0';
	p->bodylen = (size_t)len;
	p->content_type = "application/xml";
	/* A slug is [a-z0-9-]: nothing in it needs quoting. */
	snprintf(disp, sizeof(disp), "attachment; filename=\"%s-register.xml\"",
	    o->f[ORG_SLUG]);
	http_resp_header(p, "Content-Disposition", disp);
	status = 200;
out:
	xmlFree(doc);
	org_free(o);
	return status;
}
