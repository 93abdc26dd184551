/* report: the data document of the reports: one organisation's register, in full, as it stood on a day. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "model/record.h"
#include "staff.h"

/*
 * A location with what the reference data says of it and how the checks
 * judge its transfer on today: abroad="1" outside the home area,
 * safeguard one of transfer_state_names.
 */
static void
report_location(xmlNodePtr parent, const struct reg *g,
    const struct reg_location *l, const struct reg_recipient *c,
    const char *today)
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
	xml_attr_int(n, "abroad", checks_is_abroad(g, l));
	xml_attr(n, "safeguard",
	    transfer_state_names[checks_transfer(g, l, c, today)]);
	if (l->is_derogation)
		xml_attr(n, "derogation", "1");
	xml_text(n, "country_name", l->country_name);
	xml_text(n, "mechanism_name", l->mechanism_name);
}

/* The controller's details and its own locations. */
static void
report_org(xmlNodePtr parent, const struct reg *g, const struct record *rec,
    const char *today)
{
	xmlNodePtr n;
	size_t i;

	n = staff_org_xml(parent, g);
	for (i = 0; rec != NULL && i < ORG__MAX; i++) {
		/* Already attributes or children of the element. */
		if (i == ORG_ID || i == ORG_SLUG || i == ORG_NAME ||
		    i == ORG_JURISDICTION)
			continue;
		xml_text(n, org_field_names[i], rec->org.f[i]);
	}
	for (i = 0; i < g->norg_locs; i++)
		report_location(n, g, &g->org_locs[i], NULL, today);
}

static void
report_cats(xmlNodePtr parent, const char *name, const struct record_cat *c,
    size_t n)
{
	xmlNodePtr e;
	size_t i;

	for (i = 0; i < n; i++) {
		e = xml_text(parent, name, c[i].name ? c[i].name : c[i].code);
		xml_attr_int(e, "id", c[i].id);
		xml_attr(e, "code", c[i].code);
		if (c[i].is_special)
			xml_attr(e, "special", "1");
		if (c[i].is_criminal)
			xml_attr(e, "criminal", "1");
	}
}

/*
 * One activity: the register's columns as children named as activity.h
 * names them (the notice's words in note are left out: they are not the
 * record), the reference data's names and articles, the retention in
 * words, the categories and a <recipient ref/> per recipient.
 */
static void
report_activity(xmlNodePtr parent, const struct reg *g,
    const struct reg_activity *a, const struct record_activity *d,
    long long nfindings)
{
	xmlNodePtr n, e;
	size_t i;

	n = xml_elem(parent, "activity");
	xml_attr_int(n, "id", a->id);
	xml_attr(n, "role", a->role);
	xml_attr(n, "status", a->status);
	xml_attr_int(n, "findings", nfindings);
	/* The name from the register: the detail may miss a row changed since. */
	xml_text(n, "name", a->name);
	for (i = 0; i < ACT__MAX; i++) {
		if (i == ACT_NAME || i == ACT_NOTE)
			continue;
		xml_text(n, act_col_names[i], d->col[i]);
	}
	e = xml_text(n, "lawful_basis_name", a->lawful_basis_name);
	xml_attr(e, "article", d->basis_article);
	e = xml_text(n, "art9_name", d->art9_name);
	xml_attr(e, "article", d->art9_article);
	xml_text(n, "retention", a->retention);
	report_cats(n, "subject", d->subjects, d->nsubjects);
	report_cats(n, "data", d->data, d->ndata);
	for (i = 0; i < a->nrecipients; i++)
		xml_attr_int(xml_elem(n, "recipient"), "ref",
		    g->recs[a->recipients[i]].id);
}

static void
report_recipient(xmlNodePtr parent, const struct reg *g,
    const struct reg_recipient *c, const struct record_recipient *d,
    long long nfindings, const char *today)
{
	xmlNodePtr n;
	size_t i;

	n = xml_elem(parent, "recipient");
	xml_attr_int(n, "id", c->id);
	xml_attr(n, "kind", c->kind);
	xml_attr_int(n, "findings", nfindings);
	if (c->dpf_certified != -1)
		xml_attr_int(n, "dpf_certified", c->dpf_certified);
	xml_attr(n, "dpf_verified", c->dpf_verified);
	xml_text(n, "name", c->name);
	xml_text(n, "service", c->service);
	xml_text(n, "contact", d->contact);
	xml_text(n, "contract_ref", c->contract_ref);
	xml_text(n, "contract_date", d->contract_date);
	xml_text(n, "certifications", d->certifications);
	for (i = 0; i < c->nlocs; i++)
		report_location(n, g, &c->locs[i], c, today);
}

static void
report_findings(xmlNodePtr parent, const struct finding *f, size_t nf)
{
	xmlNodePtr list, n;
	size_t i;

	list = xml_elem(parent, "findings");
	for (i = 0; i < nf; i++) {
		n = xml_elem(list, "finding");
		xml_attr(n, "code", f[i].rule->code);
		xml_attr(n, "severity",
		    check_severity_names[f[i].rule->severity]);
		xml_attr(n, "article", f[i].rule->article);
		xml_attr(n, "entity", f[i].entity == ENT_ORGANISATION ?
		    "organisation" : f[i].entity == ENT_ACTIVITY ? "activity" :
		    "recipient");
		if (f[i].entity != ENT_ORGANISATION)
			xml_attr_int(n, "entity_id", f[i].entity_id);
		xml_text(n, "entity_name", f[i].entity_name);
		xml_text(n, "message", f[i].message);
		xml_text(n, "fix", f[i].rule->fix);
	}
}

int
staff_report_register(struct app *app, xmlNodePtr parent, long long org_id,
    const char *asat, unsigned parts)
{
	struct record *rec = NULL;
	struct finding *f = NULL;
	struct reg *g = NULL;
	xmlNodePtr root, list;
	long long *nact = NULL, *nrec = NULL;
	char today[11], at[20];
	const char *when = NULL;
	enum db_rc rc;
	size_t nf = 0, i;
	long k;
	int status = 500;

	checks_today(today);
	if (asat != NULL && strcmp(asat, today) < 0) {
		/* The register as it stood at the end of that day (UTC). */
		snprintf(at, sizeof(at), "%s 23:59:59", asat);
		snprintf(today, sizeof(today), "%s", asat);
		when = at;
		rc = reg_load_at(app->db, org_id, at, &g);
	} else
		rc = reg_load(app->db, org_id, &g);
	if (rc == DB_OK && (parts & REPORT_DETAIL))
		rc = record_load(app->db, g, when, &rec);
	if (rc != DB_OK) {
		status = rc == DB_NOTFOUND ? 404 : 500;
		goto out;
	}
	checks_run(g, today, &f, &nf);

	root = xml_elem(parent, "register");
	report_org(root, g, rec, today);
	if (parts & REPORT_DETAIL) {
		/* Each entity's findings, counted in one pass. */
		nact = xcalloc(g->nacts + 1, sizeof(*nact));
		nrec = xcalloc(g->nrecs + 1, sizeof(*nrec));
		for (i = 0; i < nf; i++) {
			if (f[i].entity == ENT_ACTIVITY &&
			    (k = reg_activity_index(g, f[i].entity_id)) >= 0)
				nact[k]++;
			else if (f[i].entity == ENT_RECIPIENT &&
			    (k = reg_recipient_index(g, f[i].entity_id)) >= 0)
				nrec[k]++;
		}
		list = xml_elem(root, "activities");
		for (i = 0; i < g->nacts; i++)
			report_activity(list, g, &g->acts[i], &rec->acts[i],
			    nact[i]);
		list = xml_elem(root, "recipients");
		for (i = 0; i < g->nrecs; i++)
			report_recipient(list, g, &g->recs[i], &rec->recs[i],
			    nrec[i], today);
	}
	if (parts & REPORT_FINDINGS)
		report_findings(root, f, nf);
	staff_summary_xml(root, f, nf);
	status = 200;
out:
	free(nact);
	free(nrec);
	checks_free(f, nf);
	record_free(rec);
	reg_free(g);
	return status;
}
