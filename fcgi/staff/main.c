/* gdprdesk-staff: the staff FastCGI program; main only wires config, stylesheets, database and loop. */
#include <stdlib.h>

#include "core/db.h"
#include "core/log.h"
#include "core/serve.h"
#include "core/util.h"
#include "core/xslt.h"
#include "model/stmt.h"
#include "staff.h"

/* The statements this program may run, and no others. */
static const int staff_allow[] = {
	STMT_HEALTH,
	STMT_ACCOUNT_GET_BY_LOGIN, STMT_ACCOUNT_GET_BY_ID, STMT_ACCOUNT_LIST,
	STMT_ACCOUNT_INSERT, STMT_ACCOUNT_SET_ROLE, STMT_ACCOUNT_SET_PASSWORD,
	STMT_ACCOUNT_SET_DISABLED, STMT_GRANT_LIST, STMT_GRANT_INSERT,
	STMT_GRANT_DELETE,
	STMT_SESSION_INSERT, STMT_SESSION_GET_BY_HASH, STMT_SESSION_TOUCH,
	STMT_SESSION_END, STMT_SESSION_END_BY_ACCOUNT, STMT_SESSION_END_OTHERS,
	STMT_LOGIN_FAILURE_INSERT, STMT_LOGIN_FAILURE_COUNT,
	STMT_LOGIN_FAILURE_CLEAR, STMT_AUDIT_INSERT,
	STMT_ORG_LIST_ALL, STMT_ORG_LIST_BY_ACCOUNT, STMT_ORG_GET_BY_SLUG_FOR,
	STMT_ORG_GET_BY_SLUG,
};

int
main(void)
{
	struct app app = { 0 };
	struct serve s = { 0 };
	int rc;

	log_init("gdprdesk-staff");
	if (config_load(&app.cfg, "gdprdesk-staff") == -1)
		return 1;
	if (xslt_init(app.cfg.xslt_dir, staff_sheets, SHEET__MAX) == -1)
		return 1;
	/* The database may come up after us: a request reconnects. */
	app.db = db_open(app.cfg.db_file, app.cfg.db_group, stmt_defs,
	    STMT__MAX, staff_allow, NELEM(staff_allow));
	if (app.db == NULL) {
		log_err("staff: the database's statements do not prepare");
		return 1;
	}
	s.prog = "staff";
	s.dispatch = staff_dispatch;
	s.done = staff_done;
	s.app = &app;
	s.db = app.db;
	s.error_sheet = SHEET_ERROR;
	s.xml_any = 1;
	s.health_path = "/staff/healthz";
	s.health_stmt = STMT_HEALTH;
	rc = serve_loop(&s);
	db_close(app.db);
	db_library_end();
	xslt_cleanup();
	return rc == 0 ? 0 : 1;
}
