/* page_org_edit: an organisation's settings (optimistic locking) and its own locations, for a DPO granted it or an admin. */
#include <stdio.h>
#include <string.h>

#include "core/util.h"
#include "model/calendar.h"
#include "model/deadline.h"
#include "staff.h"

static int
v_jurisdiction(const char *s, long long *n)
{
	(void)n;
	return strcmp(s, "uk") == 0 || strcmp(s, "eu") == 0;
}

/* A ticket reference prefix: 2 to 8 uppercase letters. */
static int
v_prefix(const char *s, long long *n)
{
	size_t len = strlen(s);

	(void)n;
	return len >= 2 && len <= 8 &&
	    strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == len;
}

/* A time zone this server has (its zoneinfo), as the deadlines need. */
static int
v_zone(const char *s, long long *n)
{
	(void)n;
	return deadline_tz_exists(s);
}

static int
v_band(const char *s, long long *n)
{
	(void)n;
	return strcmp(s, "under-250") == 0 || strcmp(s, "250-or-more") == 0;
}

#define TXT(n, max)	{ n, NULL, max, 0, NULL }
#define LONG(n, max)	{ n, NULL, max, FIELD_MULTILINE, NULL }
#define EMAIL(n)	{ n, form_v_email, 254, 0, \
	"Enter an email address like name@example.org." }
#define BOOL(n)		{ n, form_v_bool, 1, 0, \
	"Choose yes, no or not stated." }

/* In enum org_col's order: the form is the table's columns. */
const struct field_def staff_org_fields[OC__MAX] = {
	[OC_NAME] = { "name", NULL, 200, FIELD_REQUIRED,
	    "Give the organisation a name." },
	[OC_LEGAL_NAME] = TXT("legal_name", 200),
	[OC_COMPANY_NUMBER] = TXT("company_number", 40),
	[OC_ADDRESS] = LONG("address", 2000),
	[OC_CONTACT_EMAIL] = EMAIL("contact_email"),
	[OC_CONTACT_PHONE] = TXT("contact_phone", 40),
	[OC_WEBSITE] = TXT("website", 200),
	[OC_DPO_NAME] = TXT("dpo_name", 200),
	[OC_DPO_EMAIL] = EMAIL("dpo_email"),
	[OC_DPO_ADDRESS] = LONG("dpo_address", 2000),
	[OC_DPO_PHONE] = TXT("dpo_phone", 40),
	[OC_REPRESENTATIVE_NAME] = TXT("representative_name", 200),
	[OC_REPRESENTATIVE_CONTACT] = LONG("representative_contact", 2000),
	[OC_REGISTRATION_REF] = TXT("registration_ref", 40),
	[OC_SUPERVISORY_AUTHORITY] = TXT("supervisory_authority", 200),
	[OC_JURISDICTION] = { "jurisdiction", v_jurisdiction, 2,
	    FIELD_REQUIRED, "Choose the UK GDPR or the EU GDPR." },
	[OC_CALENDAR] = { "calendar", form_v_slug, 40, FIELD_REQUIRED,
	    "Choose a holiday calendar." },
	[OC_TIME_ZONE] = { "time_zone", v_zone, 64, FIELD_REQUIRED,
	    "Enter a time zone this server knows, such as Europe/London." },
	[OC_REF_PREFIX] = { "ref_prefix", v_prefix, 8, FIELD_REQUIRED,
	    "Use 2 to 8 capital letters, such as RTC." },
	[OC_HEADCOUNT_BAND] = { "headcount_band", v_band, 11, 0,
	    "Choose under 250, 250 or more, or not stated." },
	[OC_REQUEST_FEE] = LONG("request_fee", 2000),
	[OC_CHARGES_FIRST_COPY] = BOOL("charges_first_copy"),
	[OC_RESPONSE_TIME] = LONG("response_time", 2000),
	[OC_RESPONSE_DAYS] = { "response_days", form_v_uint, 4, 0,
	    "Enter a whole number of days, such as 30." },
	[OC_RESPONSE_WITHIN_MONTH] = BOOL("response_within_month"),
	[OC_NOTICE_URL] = TXT("notice_url", 300),
	[OC_NOTICE_UPDATED] = { "notice_updated", form_v_date, 10, 0,
	    "Enter a date as YYYY-MM-DD, for example 2026-01-31." },
};

/*
 * Renders the page: the organisation, the fields (typed values f, or
 * s's), its locations with the add form (typed lf, or empty) and the
 * choices. Returns status, or 500.
 */
static int
oe_page(struct app *app, struct resp *p, const struct org_settings *s,
    const struct field *f, const struct field *lf, const char *problem,
    const char *flash, int status)
{
	struct field cur[OC__MAX];
	xmlNodePtr root, n;
	size_t i;

	root = staff_doc(app, p, "org-edit", SHEET_ORG_EDIT);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	n = xml_elem(root, "organisation");
	xml_attr_int(n, "id", s->id);
	xml_attr(n, "slug", s->slug);
	xml_attr_int(n, "version", s->version);
	xml_attr(n, "jurisdiction", s->col[OC_JURISDICTION]);
	xml_text(n, "name", s->col[OC_NAME]);
	if (f == NULL) {
		memset(cur, 0, sizeof(cur));
		for (i = 0; i < OC__MAX; i++)
			cur[i].val = s->col[i];
		f = cur;
	}
	form_xml(root, staff_org_fields, f, OC__MAX, problem);
	if (staff_locations_xml(app, root, LOC_ORG, s->id, s->id, lf) == -1 ||
	    staff_location_choices_xml(app, xml_elem(root, "choices")) == -1)
		return 500;
	return status;
}

static const char *
oe_flash(const struct req *r)
{
	const char *done = http_field(r, "done");

	if (done == NULL)
		return NULL;
	if (strcmp(done, "location-added") == 0)
		return "The location is added.";
	if (strcmp(done, "location-removed") == 0)
		return "The location is removed.";
	return "Saved.";
}

/* Saves the POSTed fields over cur, read at version. */
static int
oe_save(struct app *app, const struct req *r, struct resp *p,
    const struct org_settings *cur, long long version)
{
	struct field f[OC__MAX];
	struct org_settings s;
	enum db_rc rc;
	char loc[96];
	size_t i;

	/* The version shown stays the one the form was read at. */
	s = *cur;
	s.version = version;
	if (form_check(r->body, r->nbody, staff_org_fields, OC__MAX, f) > 0 ||
	    staff_org_check_calendar(app, &f[OC_CALENDAR]) != 0)
		return oe_page(app, p, &s, f, NULL, NULL, NULL, 422);
	for (i = 0; i < OC__MAX; i++)
		s.col[i] = f[i].val != NULL && f[i].val[0] != '\0' ?
		    (char *)f[i].val : NULL;
	rc = org_settings_save(app->db, &s, app->sess->account.id);
	if (rc == DB_CONFLICT)
		/* Keep what was typed. */
		return oe_page(app, p, &s, f, NULL, "Someone else saved this "
		    "organisation's settings since you opened them, so your "
		    "changes were not saved. Open them again to see theirs, "
		    "then make yours.", NULL, 409);
	if (rc != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	snprintf(loc, sizeof(loc), "/staff/o/%s/edit?done=saved", cur->slug);
	http_resp_redirect(p, loc);
	return 303;
}

int
staff_org_check_calendar(struct app *app, struct field *f)
{
	enum db_rc rc;

	if (f->err != FORM_OK || f->val == NULL)
		return f->err != FORM_OK;
	if ((rc = calendar_exists(app->db, f->val)) == DB_OK)
		return 0;
	f->err = FORM_INVALID;
	f->msg = rc == DB_NOTFOUND ? "There is no holiday calendar by that "
	    "name: use england-and-wales, scotland, northern-ireland, "
	    "ireland, germany, or one an administrator added." :
	    "The calendars could not be read just now; try again.";
	return 1;
}

int
page_org_edit(struct app *app, struct req *r, struct resp *p)
{
	struct field lf[LF__MAX];
	struct org_settings *cur = NULL;
	const char *act, *v, *problem;
	struct org *o;
	long long version;
	enum db_rc rc;
	char loc[128];
	int status;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	rc = org_settings_get(app->db, o->id, &cur);
	org_free(o);
	if (rc != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	if (r->method != METHOD_POST) {
		status = oe_page(app, p, cur, NULL, NULL, NULL, oe_flash(r),
		    200);
		goto out;
	}
	act = http_field(r, "action");
	if (act != NULL && (strcmp(act, "add_location") == 0 ||
	    strcmp(act, "remove_location") == 0)) {
		status = staff_location_action(app, r, act, LOC_ORG, cur->id,
		    cur->id, lf, &problem);
		if (status == 422 || status == 409)
			status = oe_page(app, p, cur, NULL, lf, problem, NULL,
			    status);
		else if (status == 303) {
			snprintf(loc, sizeof(loc), "/staff/o/%s/edit?done=%s",
			    cur->slug, strcmp(act, "add_location") == 0 ?
			    "location-added" : "location-removed");
			http_resp_redirect(p, loc);
		}
		goto out;
	}
	v = http_field(r, "version");
	if (act == NULL || strcmp(act, "save") != 0 || v == NULL ||
	    !form_v_id(v, &version)) {
		status = oe_page(app, p, cur, NULL, NULL, "The form was "
		    "incomplete (no action or version): reload the page and "
		    "try again.", NULL, 422);
		goto out;
	}
	status = oe_save(app, r, p, cur, version);
out:
	org_settings_free(cur);
	return status;
}
