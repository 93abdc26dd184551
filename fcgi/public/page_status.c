/* page_status: a requester's own ticket, found only by its token's hash; nothing else personal. */
#include "core/crypto.h"
#include "model/ticket.h"
#include "public.h"

int
page_status(struct app *app, struct req *r, struct resp *p)
{
	struct ticket_status *t;
	xmlNodePtr root, n, o;
	enum db_rc rc;

	/* A malformed token is as missing as an unknown one. */
	if (!crypto_is_token(r->args[0]))
		return 404;
	if ((rc = ticket_status_by_token(app->db, r->args[0], &t)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	root = public_doc(p, "status", SHEET_STATUS);
	n = xml_elem(root, "ticket");
	xml_attr(n, "reference", t->reference);
	xml_attr(n, "kind", t->kind);
	xml_attr(n, "status", t->status);
	xml_attr(n, "due", t->due);
	o = xml_text(n, "organisation", t->org_name);
	xml_attr(o, "slug", t->org_slug);
	ticket_status_free(t);
	/* nginx sends Referrer-Policy: no-referrer: the token stays here. */
	return 200;
}
