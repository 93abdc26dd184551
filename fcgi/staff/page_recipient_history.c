/* page_recipient_history: every version of a recipient (who changed what, when) and what happened to its locations. */
#include <string.h>

#include "model/recipient.h"
#include "staff.h"

/* Appends <change field><from/><to/></change> when was and now differ. */
static void
rh_change(xmlNodePtr ver, const char *field, const char *was,
    const char *now)
{
	xmlNodePtr c;

	if (was == NULL && now == NULL)
		return;
	if (was != NULL && now != NULL && strcmp(was, now) == 0)
		return;
	c = xml_elem(ver, "change");
	xml_attr(c, "field", field);
	xml_text(c, "from", was);
	xml_text(c, "to", now);
}

/* Appends <locations> with one <event> per change to a location. */
static int
rh_locations(struct app *app, xmlNodePtr root, long long org_id,
    long long id)
{
	struct recipient_loc_event *e;
	xmlNodePtr list, n;
	size_t ne, i;

	if (recipient_loc_history(app->db, org_id, id, &e, &ne) != DB_OK)
		return -1;
	list = xml_elem(root, "locations");
	for (i = 0; i < ne; i++) {
		n = xml_elem(list, "event");
		xml_attr(n, "change", rcp_loc_change_names[e[i].change]);
		xml_attr_int(n, "location", e[i].location_id);
		xml_attr(n, "by", e[i].changed_by);
		xml_attr(n, "at", e[i].at);
		xml_attr(n, "country", e[i].country);
		xml_attr(n, "region", e[i].region);
		xml_attr(n, "mechanism", e[i].mechanism);
		xml_text(n, "country_name", e[i].country_name);
		xml_text(n, "mechanism_name", e[i].mechanism_name);
		xml_text(n, "note", e[i].note);
	}
	recipient_loc_history_free(e, ne);
	return 0;
}

int
page_recipient_history(struct app *app, struct req *r, struct resp *p)
{
	struct recipient_version *v;
	xmlNodePtr root, n, ver;
	struct org *o;
	long long id;
	enum db_rc rc;
	size_t nv, i, k;
	int status = 200;

	if (!form_v_id(r->args[1], &id))
		return 404;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if ((rc = recipient_history(app->db, o->id, id, &v, &nv)) != DB_OK) {
		org_free(o);
		return rc == DB_NOTFOUND ? 404 : 500;
	}
	root = staff_doc(app, p, "recipient-history", SHEET_RECIPIENT_HISTORY);
	staff_org_elem(root, o);
	n = xml_elem(root, "recipient");
	xml_attr_int(n, "id", id);
	if (v[nv - 1].is_retired)
		xml_attr(n, "retired", "1");
	xml_text(n, "name", v[nv - 1].col[RCP_NAME]);
	for (i = 0; i < nv; i++) {
		ver = xml_elem(root, "version");
		xml_attr_int(ver, "n", v[i].version);
		xml_attr(ver, "by", v[i].changed_by);
		xml_attr(ver, "at", v[i].from);
		/* What this version changed from the one before it. */
		for (k = 0; k < RCP__MAX; k++)
			rh_change(ver, rcp_col_names[k],
			    i > 0 ? v[i - 1].col[k] : NULL, v[i].col[k]);
		/* Retiring shows as a change; being live at creation does not. */
		if (i > 0 ? v[i].is_retired != v[i - 1].is_retired :
		    v[i].is_retired)
			rh_change(ver, "is_retired", i > 0 ?
			    (v[i - 1].is_retired ? "1" : "0") : NULL,
			    v[i].is_retired ? "1" : "0");
	}
	if (rh_locations(app, root, o->id, id) == -1)
		status = 500;
	recipient_history_free(v, nv);
	org_free(o);
	return status;
}
