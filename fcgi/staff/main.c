/* gdprdesk-staff: the staff FastCGI program; main only wires its parts together. */
#include "core/serve.h"
#include "core/util.h"
#include "model/stmt.h"
#include "model/ticket.h"
#include "model/xmlio.h"
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
	STMT_REG_ORG, STMT_REG_ACTIVITIES, STMT_REG_RECIPIENTS,
	STMT_REG_LOCATIONS, STMT_REG_LINKS, STMT_REG_ORG_AT,
	STMT_REG_ACTIVITIES_AT, STMT_REG_RECIPIENTS_AT, STMT_REG_LOCATIONS_AT,
	STMT_REG_LINKS_AT,
	STMT_ACT_GET, STMT_ACT_INSERT, STMT_ACT_UPDATE, STMT_ACT_SET_STATUS,
	STMT_ACT_HISTORY, STMT_ACT_SUBJECTS, STMT_ACT_DATA, STMT_ACT_RECIPIENTS,
	STMT_ACT_SUBJECTS_CLEAR, STMT_ACT_DATA_CLEAR, STMT_ACT_RECIPIENTS_CLEAR,
	STMT_ACT_SUBJECT_ADD, STMT_ACT_DATA_ADD, STMT_ACT_RECIPIENT_ADD,
	STMT_REF_SUBJECTS, STMT_REF_DATA, STMT_REF_BASES, STMT_REF_ART9,
	STMT_RCP_GET, STMT_RCP_INSERT, STMT_RCP_UPDATE, STMT_RCP_RETIRE,
	STMT_RCP_USED_BY, STMT_LOC_RCP_LIST, STMT_LOC_ORG_LIST,
	STMT_LOC_RCP_ADD, STMT_LOC_ORG_ADD, STMT_LOC_RCP_RETIRE,
	STMT_LOC_ORG_RETIRE,
	STMT_LOC_COUNTRY, STMT_LOC_REGION, STMT_LOC_MECHANISM,
	STMT_LOC_COUNTRIES, STMT_LOC_MECHANISMS,
	STMT_OSET_GET, STMT_OSET_INSERT, STMT_OSET_UPDATE,
	STMT_RCP_HISTORY, STMT_RCP_LOC_HISTORY,
	STMT_CAT_DATA_LIST, STMT_CAT_SUBJECT_LIST, STMT_CAT_DATA_ADD,
	STMT_CAT_SUBJECT_ADD,
	STMT_ASOF_SET, STMT_CALENDAR_GET, STMT_CALENDAR_DAYS,
	/* Requests (page_ticket.c, page_tickets.c, the dashboard). */
	TICKET_STMTS,
	/* The register's download and upload (page_export.c, page_import.c). */
	XMLIO_EXPORT_STMTS,
	XMLIO_IMPORT_STMTS,
};

static const struct serve_prog staff_prog = {
	.name = "gdprdesk-staff",
	.sheets = staff_sheets,
	.nsheets = SHEET__MAX,
	.stmts = stmt_defs,
	.nstmts = STMT__MAX,
	.allow = staff_allow,
	.nallow = NELEM(staff_allow),
};

int
main(void)
{
	static struct app app;
	struct serve s = {
		.prog = "staff",
		.dispatch = staff_dispatch,
		.done = staff_done,
		.app = &app,
		.error_sheet = SHEET_ERROR,
		.xml_any = 1,
		.health_path = "/staff/healthz",
		.health_stmt = STMT_HEALTH,
	};

	return serve_main(&staff_prog, &app.cfg, &app.db, &s);
}
