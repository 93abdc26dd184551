/* page_org_new: an administrator creates an organisation; its other settings are edited afterwards. */
#include <stdio.h>
#include <string.h>

#include "staff.h"

enum { N_NAME, N_SLUG, N_REF_PREFIX, N_JURISDICTION, N_CALENDAR,
	N_TIME_ZONE, N__MAX };

/* The settings column of each field; the slug is not a setting. */
static const int new_col[N__MAX] = {
	[N_NAME] = OC_NAME,
	[N_SLUG] = -1,
	[N_REF_PREFIX] = OC_REF_PREFIX,
	[N_JURISDICTION] = OC_JURISDICTION,
	[N_CALENDAR] = OC_CALENDAR,
	[N_TIME_ZONE] = OC_TIME_ZONE,
};

static const struct field_def new_slug = { "slug", form_v_slug, 40,
	FIELD_REQUIRED, "Use 2 to 40 lowercase letters, digits and dashes, "
	"not starting with a dash." };

/* The fields: the slug, then the settings' own definitions. */
static void
new_defs(struct field_def d[N__MAX])
{
	size_t i;

	for (i = 0; i < N__MAX; i++)
		d[i] = new_col[i] < 0 ? new_slug : staff_org_fields[new_col[i]];
}

static int
new_page(struct app *app, struct resp *p, const struct field_def *d,
    const struct field *f, int status)
{
	struct field def[N__MAX];
	xmlNodePtr root;

	root = staff_doc(app, p, "org-new", SHEET_ORG_NEW);
	if (f == NULL) {
		memset(def, 0, sizeof(def));
		def[N_JURISDICTION].val = "uk";
		def[N_CALENDAR].val = "england-and-wales";
		def[N_TIME_ZONE].val = "Europe/London";
		f = def;
	}
	form_xml(root, d, f, N__MAX, NULL);
	return status;
}

int
page_org_new(struct app *app, struct req *r, struct resp *p)
{
	struct field_def d[N__MAX];
	struct field f[N__MAX];
	struct org_settings s;
	enum db_rc rc;
	char loc[64];
	size_t i;

	new_defs(d);
	if (r->method != METHOD_POST)
		return new_page(app, p, d, NULL, 200);
	if (form_check(r->body, r->nbody, d, N__MAX, f) > 0 ||
	    staff_org_check_calendar(app, &f[N_CALENDAR]) != 0)
		return new_page(app, p, d, f, 422);
	memset(&s, 0, sizeof(s));
	s.slug = (char *)f[N_SLUG].val;
	for (i = 0; i < N__MAX; i++)
		if (new_col[i] >= 0)
			s.col[new_col[i]] = (char *)f[i].val;
	rc = org_create(app->db, &s, app->sess->account.id);
	if (rc == DB_CONFLICT) {
		f[N_SLUG].err = FORM_INVALID;
		f[N_SLUG].msg = "That slug is taken: choose another.";
		return new_page(app, p, d, f, 422);
	}
	if (rc != DB_OK)
		return 500;
	snprintf(loc, sizeof(loc), "/staff/o/%s", s.slug);
	http_resp_redirect(p, loc);
	return 303;
}
