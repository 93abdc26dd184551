/* page_register: an organisation's record of processing: its locations, activities and recipients. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "model/org.h"
#include "model/stmt.h"

#include "model/checks.h"
#include "staff.h"

/* Appends one location with what the reference data says of it. */
static void
register_location(xmlNodePtr parent, const struct reg_location *l)
{
	xmlNodePtr n;

	n = xml_elem(parent, "location");
	xml_attr_int(n, "id", l->id);
	xml_attr(n, "country", l->country);
	xml_attr(n, "region", l->region);
	xml_attr(n, "mechanism", l->mechanism);
	xml_attr(n, "valid_until", l->valid_until);
	xml_attr(n, "uk_status", l->uk_status);
	xml_attr(n, "eu_status", l->eu_status);
	xml_text(n, "country_name", l->country_name);
	xml_text(n, "mechanism_name", l->mechanism_name);
}

/* Counts the findings about each activity and recipient, in one pass. */
static void
register_count(const struct reg *g, const struct finding *f, size_t n,
    long long *acts, long long *recs)
{
	size_t i;
	long k;

	for (i = 0; i < n; i++) {
		if (f[i].entity == ENT_ACTIVITY &&
		    (k = reg_activity_index(g, f[i].entity_id)) >= 0)
			acts[k]++;
		else if (f[i].entity == ENT_RECIPIENT &&
		    (k = reg_recipient_index(g, f[i].entity_id)) >= 0)
			recs[k]++;
	}
}

/*
 * The register page from the render cache when the organisation's
 * register has not changed (data_version.reg_v): 200 when p holds it, 0
 * to build it, or the status of a failed lookup (404, 500).
 */
static int
register_cached(struct app *app, const struct req *r, struct resp *p)
{
	struct db_param q;
	struct db_res *res;
	struct org *o;
	char v[64];
	int status;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	q = DBP_INT(o->id);
	switch (db_query_one(app->db, STMT_DV_ORG, &q, 1, &res)) {
	case DB_OK:
		snprintf(v, sizeof(v), "%lld/%s", o->id, db_res_text(res, 0));
		db_res_free(res);
		break;
	case DB_NOTFOUND:
		snprintf(v, sizeof(v), "%lld/0", o->id);
		break;
	default:
		org_free(o);
		return 500;
	}
	org_free(o);
	return staff_cached(app, r, p, "register", v) == 1 ? 200 : 0;
}

int
page_register(struct app *app, struct req *r, struct resp *p)
{
	xmlNodePtr root, list, n;
	struct finding *f;
	struct reg *g;
	long long *nact, *nrec;
	const char *asat, *done;
	char today[11];
	long long unused;
	size_t nf, i, j;
	int status;

	if ((asat = http_field(r, "asat")) != NULL && *asat == '\0')
		asat = NULL;
	if (asat != NULL && !form_v_date(asat, &unused)) {
		p->message = "Give the date to see the register at as "
		    "YYYY-MM-DD, for example 2026-01-31.";
		return 422;
	}
	checks_today(today);
	if (asat != NULL && strcmp(asat, today) > 0) {
		p->message = "The register can be shown as it stood on a past "
		    "date, not a future one: choose today or earlier.";
		return 422;
	}
	if ((status = register_cached(app, r, p)) != 0)
		return status;
	if ((status = staff_load_register(app, r, asat, &g, &f, &nf)) != 200) {
		if (status == 404 && asat != NULL)
			p->message = "There is no record of this organisation on "
			    "that date: it was added to gdprdesk later. Choose a "
			    "later date.";
		return status;
	}
	nact = xcalloc(g->nacts + 1, sizeof(*nact));
	nrec = xcalloc(g->nrecs + 1, sizeof(*nrec));
	register_count(g, f, nf, nact, nrec);
	root = staff_doc(app, p, "register", SHEET_REGISTER);
	if ((done = http_field(r, "done")) != NULL &&
	    strcmp(done, "imported") == 0)
		xml_text(root->children, "flash", "The register was imported: "
		    "it replaced the previous record, whose history is kept.");
	xml_text(root, "asat", asat);
	staff_org_xml(root, g);
	list = xml_elem(root, "locations");
	for (i = 0; i < g->norg_locs; i++)
		register_location(list, &g->org_locs[i]);
	list = xml_elem(root, "activities");
	for (i = 0; i < g->nacts; i++) {
		const struct reg_activity *a = &g->acts[i];

		n = xml_elem(list, "activity");
		xml_attr_int(n, "id", a->id);
		xml_attr(n, "role", a->role);
		xml_attr(n, "status", a->status);
		xml_attr_int(n, "findings", nact[i]);
		xml_text(n, "name", a->name);
		xml_text(n, "purposes", a->purposes);
		xml_attr(xml_text(n, "lawful_basis", a->lawful_basis_name),
		    "code", a->lawful_basis);
		xml_text(n, "controller_name", a->controller_name);
		xml_text(n, "retention", a->retention);
		xml_text(n, "security_measures", a->security_measures);
		xml_text(n, "next_review", a->next_review);
		for (j = 0; j < a->nrecipients; j++) {
			const struct reg_recipient *c = &g->recs[a->recipients[j]];

			xml_attr_int(xml_text(n, "recipient", c->name), "ref",
			    c->id);
		}
	}
	list = xml_elem(root, "recipients");
	for (i = 0; i < g->nrecs; i++) {
		const struct reg_recipient *c = &g->recs[i];

		n = xml_elem(list, "recipient");
		xml_attr_int(n, "id", c->id);
		xml_attr(n, "kind", c->kind);
		xml_attr_int(n, "findings", nrec[i]);
		xml_text(n, "name", c->name);
		xml_text(n, "service", c->service);
		xml_text(n, "contract_ref", c->contract_ref);
		for (j = 0; j < c->nlocs; j++)
			register_location(n, &c->locs[j]);
	}
	staff_summary_xml(root, f, nf);
	free(nact);
	free(nrec);
	checks_free(f, nf);
	reg_free(g);
	return 200;
}
