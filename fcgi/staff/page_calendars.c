/* page_calendars: the holiday calendars due dates roll over, and an administrator adding a calendar or a day to one. */
#include <stdio.h>
#include <string.h>

#include "model/audit.h"
#include "model/calendar.h"
#include "model/stmt.h"
#include "staff.h"

enum { CF_NAME, CF_DESCRIPTION, CF__MAX };
enum { DF_DAY, DF_NAME, DF__MAX };

static const struct field_def cal_fields[CF__MAX] = {
	[CF_NAME] = { "name", form_v_slug, 40, FIELD_REQUIRED,
	    "Use 2 to 40 lowercase letters, digits and dashes, like "
	    "isle-of-man." },
	[CF_DESCRIPTION] = { "description", NULL, 200, FIELD_REQUIRED,
	    "Say what the calendar is and where its days come from." },
};

static const struct field_def day_fields[DF__MAX] = {
	[DF_DAY] = { "day", form_v_date, 10, FIELD_REQUIRED,
	    "Enter the day as YYYY-MM-DD, like 2029-01-01." },
	[DF_NAME] = { "name", NULL, 200, FIELD_REQUIRED,
	    "Give the holiday's name: it is shown when a due date rolls "
	    "over it." },
};

/* The list page, with the new-calendar form (f: what was typed). */
static int
cal_list(struct app *app, struct resp *p, const struct field *f,
    const char *flash, int status)
{
	struct field def[CF__MAX];
	struct db_res *r;
	xmlNodePtr root, n;

	if (db_query(app->db, STMT_CALENDAR_LIST, NULL, 0, &r) != DB_OK)
		return 500;
	root = staff_doc(app, p, "calendars", SHEET_CALENDARS);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	while (db_res_next(r)) {
		n = xml_elem(root, "calendar");
		xml_attr(n, "name", db_res_text(r, 0));
		xml_attr(n, "days", db_res_text(r, 2));
		xml_attr(n, "first", db_res_text(r, 3));
		xml_attr(n, "last", db_res_text(r, 4));
		xml_attr(n, "organisations", db_res_text(r, 5));
		xml_text(n, "description", db_res_text(r, 1));
	}
	db_res_free(r);
	if (f == NULL) {
		memset(def, 0, sizeof(def));
		f = def;
	}
	form_xml(root, cal_fields, f, CF__MAX, NULL);
	return status;
}

int
page_calendars(struct app *app, struct req *r, struct resp *p)
{
	struct field f[CF__MAX];
	struct db_param q[2];
	char loc[96];

	if (r->method != METHOD_POST)
		return cal_list(app, p, NULL, http_field(r, "done") ?
		    "The calendar is added: add its days." : NULL, 200);
	if (form_check(r->body, r->nbody, cal_fields, CF__MAX, f) > 0)
		return cal_list(app, p, f, NULL, 422);
	q[0] = DBP_TEXT(f[CF_NAME].val);
	q[1] = DBP_TEXT(f[CF_DESCRIPTION].val);
	switch (db_exec(app->db, STMT_CALENDAR_INSERT, q, 2, NULL, NULL)) {
	case DB_OK:
		break;
	case DB_CONFLICT:
		f[CF_NAME].err = FORM_INVALID;
		f[CF_NAME].msg = "There is a calendar with that name already.";
		return cal_list(app, p, f, NULL, 422);
	default:
		return 500;
	}
	if (audit_log(app->db, app->sess->account.id, "calendar_add", 0,
	    "calendar", 0, f[CF_NAME].val) == -1)
		return 500;
	snprintf(loc, sizeof(loc), "/staff/calendars/%s?done=1",
	    f[CF_NAME].val);
	http_resp_redirect(p, loc);
	return 303;
}

/* One calendar's page: its days by date, and the add-a-day form. */
static int
cal_page(struct app *app, struct resp *p, const char *name,
    const struct field *f, const char *flash, int status)
{
	struct field def[DF__MAX];
	struct db_param q = DBP_TEXT(name);
	struct db_res *r;
	xmlNodePtr root, n;

	if (db_query_one(app->db, STMT_CALENDAR_GET, &q, 1, &r) != DB_OK)
		return 404;
	root = staff_doc(app, p, "calendar", SHEET_CALENDAR);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	xml_attr(root, "name", db_res_text(r, 0));
	xml_text(root, "description", db_res_text(r, 1));
	db_res_free(r);
	if (db_query(app->db, STMT_CALENDAR_DAYS, &q, 1, &r) != DB_OK)
		return 500;
	while (db_res_next(r)) {
		n = xml_text(root, "day", db_res_text(r, 1));
		xml_attr(n, "date", db_res_text(r, 0));
	}
	db_res_free(r);
	if (f == NULL) {
		memset(def, 0, sizeof(def));
		f = def;
	}
	form_xml(root, day_fields, f, DF__MAX, NULL);
	return status;
}

int
page_calendar(struct app *app, struct req *r, struct resp *p)
{
	struct field f[DF__MAX];
	const char *name = r->args[0];
	struct db_param q[3];
	struct db_res *res;
	struct deadline_date d;
	long long n;
	char loc[128];

	if (!form_v_slug(name, &n))
		return 404;
	if (r->method != METHOD_POST)
		return cal_page(app, p, name, NULL, http_field(r, "done") ?
		    "Saved. Due dates computed from now on count it." : NULL,
		    200);
	q[0] = DBP_TEXT(name);
	if (db_query_one(app->db, STMT_CALENDAR_GET, q, 1, &res) != DB_OK)
		return 404;
	db_res_free(res);
	if (form_check(r->body, r->nbody, day_fields, DF__MAX, f) > 0)
		return cal_page(app, p, name, f, NULL, 422);
	/*
	 * A weekend day never ends a deadline, so as a holiday it changes
	 * nothing, and is most likely the nominal date of a holiday whose
	 * day off is the Monday after.
	 */
	if (deadline_date_parse(f[DF_DAY].val, &d) == 0 &&
	    (deadline_weekday(d) == 0 || deadline_weekday(d) == 6)) {
		f[DF_DAY].err = FORM_INVALID;
		f[DF_DAY].msg = "That is a Saturday or Sunday, which never ends "
		    "a deadline anyway: add the substitute day off (usually the "
		    "Monday after) instead.";
		return cal_page(app, p, name, f, NULL, 422);
	}
	q[1] = DBP_TEXT(f[DF_DAY].val);
	q[2] = DBP_TEXT(f[DF_NAME].val);
	switch (db_exec(app->db, STMT_CALENDAR_DAY_INSERT, q, 3, NULL, NULL)) {
	case DB_OK:
		break;
	case DB_CONFLICT:
		f[DF_DAY].err = FORM_INVALID;
		f[DF_DAY].msg = "That day is a holiday of this calendar "
		    "already.";
		return cal_page(app, p, name, f, NULL, 422);
	default:
		return 500;
	}
	if (audit_log(app->db, app->sess->account.id, "calendar_day_add", 0,
	    "calendar", 0, name) == -1)
		return 500;
	snprintf(loc, sizeof(loc), "/staff/calendars/%s?done=1", name);
	http_resp_redirect(p, loc);
	return 303;
}
