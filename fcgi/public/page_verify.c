/* page_verify: a requester confirms their email address by following the /verify/ link of the acknowledgement. */
#include "core/crypto.h"
#include "model/request.h"
#include "public.h"

int
page_verify(struct app *app, struct req *r, struct resp *p)
{
	enum db_rc rc;

	/* A malformed token is as missing as an unknown one. */
	if (!crypto_is_token(r->args[0]))
		return 404;
	if ((rc = request_verify(app->db, r->args[0])) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	public_doc(p, "verify", SHEET_VERIFY);
	return 200;
}
