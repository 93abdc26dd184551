/* gdprdesk-public: the public FastCGI program; it links no staff code and runs only public statements. */
#include "core/serve.h"
#include "core/util.h"
#include "model/notice.h"
#include "model/request.h"
#include "model/stmt.h"
#include "public.h"

/* The public views and the token procedure, nothing else. */
static const int public_allow[] = {
	STMT_HEALTH,
	STMT_PUB_ORG_GET_BY_SLUG,
	STMT_PUB_TICKET_BY_TOKEN,
	REQUEST_STMTS,
	NOTICE_STMTS,
};

static const struct serve_prog public_prog = {
	.name = "gdprdesk-public",
	.sheets = public_sheets,
	.nsheets = SHEET__MAX,
	.stmts = stmt_defs,
	.nstmts = STMT__MAX,
	.allow = public_allow,
	.nallow = NELEM(public_allow),
};

int
main(void)
{
	static struct app app;
	struct serve s = {
		.prog = "public",
		.dispatch = public_dispatch,
		.app = &app,
		.error_sheet = SHEET_ERROR,
		.health_path = "/healthz",
		.health_stmt = STMT_HEALTH,
	};

	return serve_main(&public_prog, &app.cfg, &app.db, &s);
}
