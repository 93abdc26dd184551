/* gdprdesk-public: the public FastCGI program; it links no staff code and runs only public statements. */
#include "core/db.h"
#include "core/log.h"
#include "core/serve.h"
#include "core/util.h"
#include "core/xslt.h"
#include "model/stmt.h"
#include "public.h"

/* The public views and the token procedure, nothing else. */
static const int public_allow[] = {
	STMT_HEALTH,
	STMT_PUB_ORG_GET_BY_SLUG,
	STMT_PUB_TICKET_BY_TOKEN,
};

int
main(void)
{
	struct app app = { 0 };
	struct serve s = { 0 };
	int rc;

	log_init("gdprdesk-public");
	if (config_load(&app.cfg, "gdprdesk-public") == -1)
		return 1;
	if (xslt_init(app.cfg.xslt_dir, public_sheets, SHEET__MAX) == -1)
		return 1;
	app.db = db_open(app.cfg.db_file, app.cfg.db_group, stmt_defs,
	    STMT__MAX, public_allow, NELEM(public_allow));
	if (app.db == NULL) {
		log_err("public: the database's statements do not prepare");
		return 1;
	}
	s.prog = "public";
	s.dispatch = public_dispatch;
	s.app = &app;
	s.db = app.db;
	s.error_sheet = SHEET_ERROR;
	s.health_path = "/healthz";
	s.health_stmt = STMT_HEALTH;
	rc = serve_loop(&s);
	db_close(app.db);
	db_library_end();
	xslt_cleanup();
	return rc == 0 ? 0 : 1;
}
