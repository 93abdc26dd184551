/* page_logout: ends the session on the server, clears the cookie, back to the login page. */
#include "model/audit.h"
#include "staff.h"

int
page_logout(struct app *app, struct req *r, struct resp *p)
{
	if (session_end(app->db, app->sess->id) == -1 ||
	    audit_log(app->db, app->sess->account.id, "logout", 0,
	    "staff_account", app->sess->account.id, NULL) == -1)
		return 500;
	http_resp_cookie(p, r, STAFF_COOKIE, "", "/staff", 0);
	http_resp_redirect(p, "/staff/login");
	return 303;
}
