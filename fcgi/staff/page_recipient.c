/* page_recipient: create and edit a recipient (optimistic locking), its locations, and retire it unless activities use it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "model/recipient.h"
#include "staff.h"

static int
v_kind(const char *s, long long *n)
{
	(void)n;
	return recipient_kind_ok(s);
}

#define TXT(n, max)	{ n, NULL, max, 0, NULL }
#define LONG(n, max)	{ n, NULL, max, FIELD_MULTILINE, NULL }
#define DATE(n)		{ n, form_v_date, 10, 0, \
	"Enter a date as YYYY-MM-DD, for example 2027-01-31." }

/* In enum rcp_col's order: the form is the table's columns. */
static const struct field_def rcp_fields[RCP__MAX] = {
	[RCP_NAME] = { "name", NULL, 200, FIELD_REQUIRED,
	    "Give the recipient a name." },
	[RCP_KIND] = { "kind", v_kind, 24, FIELD_REQUIRED,
	    "Choose what kind of recipient this is." },
	[RCP_SERVICE] = LONG("service", 2000),
	[RCP_CONTACT] = LONG("contact", 2000),
	[RCP_CONTRACT_REF] = TXT("contract_ref", 200),
	[RCP_CONTRACT_DATE] = DATE("contract_date"),
	[RCP_CERTIFICATIONS] = LONG("certifications", 2000),
	[RCP_DPF_CERTIFIED] = { "dpf_certified", form_v_bool, 1, 0,
	    "Choose yes, no or not known." },
	[RCP_DPF_VERIFIED] = DATE("dpf_verified"),
	[RCP_NOTE] = LONG("note", 4000),
};

enum action { A_SAVE, A_RETIRE, A_ADD_LOCATION, A_REMOVE_LOCATION, A__MAX };

static const char *const action_names[A__MAX] = {
	[A_SAVE] = "save",
	[A_RETIRE] = "retire",
	[A_ADD_LOCATION] = "add_location",
	[A_REMOVE_LOCATION] = "remove_location",
};

/* What ?done= says after each action's redirect. */
static const struct {
	const char	*done;
	const char	*flash;
} rcp_done[] = {
	{ "created", "The recipient is added. Now record where it holds "
	    "data, and on what transfer mechanism." },
	{ "saved", "Saved." },
	{ "retired", "The recipient is retired: it no longer appears in the "
	    "register, and its history is kept." },
	{ "location-added", "The location is added." },
	{ "location-removed", "The location is removed." },
};

static const char *
rcp_flash(const struct req *r)
{
	const char *done = http_field(r, "done");
	size_t i;

	for (i = 0; done != NULL && i < NELEM(rcp_done); i++)
		if (strcmp(done, rcp_done[i].done) == 0)
			return rcp_done[i].flash;
	return NULL;
}

/*
 * Renders the page: the organisation, the recipient when it exists (its
 * locations and the activities that use it), the fields (typed values
 * f, or rec's), the add-location form (typed lf, or empty) and the
 * choices. Returns status, or 500.
 */
static int
rcp_page(struct app *app, struct resp *p, const struct org *o,
    const struct recipient *rec, const struct field *f,
    const struct field *lf, const char *problem, const char *flash,
    int status)
{
	struct field cur[RCP__MAX];
	struct recipient_user *u = NULL;
	xmlNodePtr root, n, ch, list;
	size_t nu = 0, i;

	root = staff_doc(app, p, "recipient-edit", SHEET_RECIPIENT);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	staff_org_elem(root, o);
	if (rec != NULL && rec->id != 0) {
		n = xml_elem(root, "recipient");
		xml_attr_int(n, "id", rec->id);
		xml_attr_int(n, "version", rec->version);
		if (rec->is_retired)
			xml_attr(n, "retired", "1");
		xml_text(n, "name", rec->col[RCP_NAME]);
	}
	if (f == NULL) {
		memset(cur, 0, sizeof(cur));
		for (i = 0; i < RCP__MAX; i++)
			cur[i].val = rec != NULL ? rec->col[i] : NULL;
		f = cur;
	}
	form_xml(root, rcp_fields, f, RCP__MAX, problem);
	ch = NULL;
	if (rec != NULL && rec->id != 0) {
		if (staff_locations_xml(app, root, LOC_RECIPIENT, o->id,
		    rec->id, lf) == -1 ||
		    recipient_users(app->db, o->id, rec->id, &u, &nu) != DB_OK)
			return 500;
		list = xml_elem(root, "used-by");
		for (i = 0; i < nu; i++) {
			n = xml_text(list, "activity", u[i].name);
			xml_attr_int(n, "id", u[i].id);
		}
		recipient_users_free(u, nu);
		ch = xml_elem(root, "choices");
		if (staff_location_choices_xml(app, ch) == -1)
			return 500;
	}
	if (ch == NULL)
		ch = xml_elem(root, "choices");
	list = xml_elem(ch, "kinds");
	for (i = 0; i < recipient_nkinds; i++) {
		n = xml_text(list, "option", recipient_kinds[i].name);
		xml_attr(n, "code", recipient_kinds[i].code);
	}
	return status;
}

/* Reads the form into rec (columns borrowed from r); 0 or the errors. */
static size_t
rcp_read(const struct req *r, struct recipient *rec, struct field *f)
{
	size_t nerr, i;

	nerr = form_check(r->body, r->nbody, rcp_fields, RCP__MAX, f);
	for (i = 0; i < RCP__MAX; i++)
		rec->col[i] = f[i].err == FORM_OK && f[i].val != NULL &&
		    f[i].val[0] != '\0' ? (char *)f[i].val : NULL;
	return nerr;
}

int
page_recipient_new(struct app *app, struct req *r, struct resp *p)
{
	struct field f[RCP__MAX];
	struct recipient rec;
	struct org *o;
	enum db_rc rc;
	char loc[128];
	int status;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	memset(&rec, 0, sizeof(rec));
	rec.org_id = o->id;
	if (r->method != METHOD_POST) {
		rec.col[RCP_KIND] = (char *)"processor";
		status = rcp_page(app, p, o, &rec, NULL, NULL, NULL, NULL, 200);
		goto out;
	}
	if (rcp_read(r, &rec, f) > 0) {
		status = rcp_page(app, p, o, &rec, f, NULL, NULL, NULL, 422);
		goto out;
	}
	if ((rc = recipient_save(app->db, &rec, app->sess->account.id)) !=
	    DB_OK) {
		status = 500;
		goto out;
	}
	snprintf(loc, sizeof(loc), "/staff/o/%s/recipients/%lld?done=created",
	    o->f[ORG_SLUG], rec.id);
	http_resp_redirect(p, loc);
	status = 303;
out:
	org_free(o);
	return status;
}

/*
 * Retires cur at the POSTed version. Refused with 409 while activities
 * use it (the problem names them) or when someone saved in between.
 */
static int
rcp_retire(struct app *app, struct resp *p, const struct org *o,
    const struct recipient *cur, long long version)
{
	struct recipient_user *u;
	struct buf b;
	size_t nu, i;
	enum db_rc rc;
	char loc[160];
	int status;

	rc = recipient_retire(app->db, o->id, cur->id, version,
	    app->sess->account.id, &u, &nu);
	if (rc == DB_CONFLICT && nu > 0) {
		memset(&b, 0, sizeof(b));
		buf_puts(&b, "Activities still use this recipient: ");
		for (i = 0; i < nu; i++)
			buf_printf(&b, "%s%s", i > 0 ? ", " : "", u[i].name);
		buf_puts(&b, ". Take it out of each of them first; nothing "
		    "was changed.");
		recipient_users_free(u, nu);
		status = rcp_page(app, p, o, cur, NULL, NULL, b.p, NULL, 409);
		buf_free(&b);
		return status;
	}
	if (rc == DB_CONFLICT)
		return rcp_page(app, p, o, cur, NULL, NULL, "Someone else "
		    "changed this recipient since you opened it. Its current "
		    "state is shown; nothing was changed.", NULL, 409);
	if (rc != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	snprintf(loc, sizeof(loc), "/staff/o/%s/recipients/%lld?done=retired",
	    o->f[ORG_SLUG], cur->id);
	http_resp_redirect(p, loc);
	return 303;
}

/* Saves the POSTed fields over cur, read at version. */
static int
rcp_save(struct app *app, const struct req *r, struct resp *p,
    const struct org *o, const struct recipient *cur, long long version)
{
	struct field f[RCP__MAX];
	struct recipient rec;
	enum db_rc rc;
	char loc[160];

	memset(&rec, 0, sizeof(rec));
	rec.id = cur->id;
	rec.org_id = o->id;
	rec.version = version;
	if (rcp_read(r, &rec, f) > 0)
		return rcp_page(app, p, o, &rec, f, NULL, NULL, NULL, 422);
	rc = recipient_save(app->db, &rec, app->sess->account.id);
	if (rc == DB_CONFLICT) {
		/* Keep what was typed; the version shown stays the old one. */
		return rcp_page(app, p, o, &rec, f, NULL, "Someone else saved "
		    "this recipient since you opened it, so your changes were "
		    "not saved. Open it again to see theirs, then make "
		    "yours.", NULL, 409);
	}
	if (rc != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	snprintf(loc, sizeof(loc), "/staff/o/%s/recipients/%lld?done=saved",
	    o->f[ORG_SLUG], cur->id);
	http_resp_redirect(p, loc);
	return 303;
}

int
page_recipient(struct app *app, struct req *r, struct resp *p)
{
	struct field lf[LF__MAX];
	struct recipient *cur = NULL;
	struct org *o;
	const char *act, *v, *problem;
	long long id, version;
	enum db_rc rc;
	char loc[192];
	int status, a;

	if (!form_v_id(r->args[1], &id))
		return 404;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if ((rc = recipient_get(app->db, o->id, id, &cur)) != DB_OK) {
		org_free(o);
		return rc == DB_NOTFOUND ? 404 : 500;
	}
	if (r->method != METHOD_POST) {
		status = rcp_page(app, p, o, cur, NULL, NULL, NULL,
		    rcp_flash(r), 200);
		goto out;
	}
	act = http_field(r, "action");
	for (a = 0; act != NULL && a < A__MAX; a++)
		if (strcmp(act, action_names[a]) == 0)
			break;
	if (act == NULL || a == A__MAX) {
		status = rcp_page(app, p, o, cur, NULL, NULL, "The form was "
		    "incomplete (no action): reload the page and try again.",
		    NULL, 422);
		goto out;
	}
	if (cur->is_retired) {
		status = rcp_page(app, p, o, cur, NULL, NULL, "This recipient "
		    "is retired, so it can no longer be changed.", NULL, 409);
		goto out;
	}
	if (a == A_ADD_LOCATION || a == A_REMOVE_LOCATION) {
		status = staff_location_action(app, r, act, LOC_RECIPIENT,
		    o->id, cur->id, lf, &problem);
		if (status == 422 || status == 409)
			status = rcp_page(app, p, o, cur, NULL, lf, problem,
			    NULL, status);
		else if (status == 303) {
			snprintf(loc, sizeof(loc), "/staff/o/%s/recipients/"
			    "%lld?done=%s", o->f[ORG_SLUG], cur->id,
			    a == A_ADD_LOCATION ? "location-added" :
			    "location-removed");
			http_resp_redirect(p, loc);
		}
		goto out;
	}
	v = http_field(r, "version");
	if (v == NULL || !form_v_id(v, &version)) {
		status = rcp_page(app, p, o, cur, NULL, NULL, "The form was "
		    "incomplete (no version): reload the page and try again.",
		    NULL, 422);
		goto out;
	}
	status = a == A_RETIRE ? rcp_retire(app, p, o, cur, version) :
	    rcp_save(app, r, p, o, cur, version);
out:
	recipient_free(cur);
	org_free(o);
	return status;
}
