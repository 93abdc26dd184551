/* dispatch: the public routes. No login; only public views and the requester's token reach data. */

#include "core/db.h"
#include "core/serve.h"
#include "core/util.h"
#include "public.h"

const char *const public_sheets[SHEET__MAX] = {
	[SHEET_ERROR] = "error.xsl",
	[SHEET_HOME] = "public/home.xsl",
	[SHEET_ORG] = "public/org.xsl",
	[SHEET_STATUS] = "public/status.xsl",
	[SHEET_REQUEST] = "public/request.xsl",
	[SHEET_REQUEST_DONE] = "public/request-done.xsl",
	[SHEET_VERIFY] = "public/verify.xsl",
	[SHEET_MAIL_ACK] = "mail/acknowledgement.xsl",
	[SHEET_PRIVACY] = "public/privacy.xsl",
};

static const struct route public_routes[] = {
	{ ROUTE_GET, "/", page_home, 0 },
	{ ROUTE_GET, "/o/:slug", page_org, 0 },
	{ ROUTE_GET, "/status/:token", page_status, 0 },
	{ ROUTE_GET | ROUTE_POST, "/o/:slug/request", page_request, 0 },
	{ ROUTE_GET, "/o/:slug/privacy", page_privacy, 0 },
	{ ROUTE_GET, "/verify/:token", page_verify, 0 },
	{ ROUTE_GET, "/_error/:code", page_error, 0 },
};

xmlNodePtr
public_doc(struct resp *p, const char *name, int sheet)
{
	return serve_doc(p, "public", name, sheet);
}

int
public_dispatch(void *v, struct req *r, struct resp *p)
{
	struct app *app = v;
	int i;

	if ((i = router_match(public_routes, NELEM(public_routes), r)) == -1)
		return 404;
	if (i == -2)
		return 405;
	/* nginx's own refusals (413, 429) are rendered here: no database. */
	if (public_routes[i].fn != page_error && db_ensure(app->db) == -1)
		return 503;
	return public_routes[i].fn(app, r, p);
}
