/* page_privacy: an organisation's privacy notice (Arts 13 and 14), generated from the active part of its register through the public views. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/form.h"
#include "core/util.h"
#include "model/deadline.h"
#include "model/notice.h"
#include "model/org.h"
#include "public.h"

/* The organisation's fields a notice states (Art 13(1)(a) and (b)). */
static const enum org_field privacy_org_fields[] = {
	ORG_NAME, ORG_LEGAL_NAME, ORG_COMPANY_NUMBER, ORG_ADDRESS,
	ORG_CONTACT_EMAIL, ORG_CONTACT_PHONE, ORG_WEBSITE, ORG_DPO_NAME,
	ORG_DPO_EMAIL, ORG_DPO_ADDRESS, ORG_DPO_PHONE,
	ORG_REPRESENTATIVE_NAME, ORG_REPRESENTATIVE_CONTACT,
	ORG_REGISTRATION_REF,
};

/* An attribute for a flag column: absent when NULL, else "0" or "1". */
static void
privacy_attr_flag(xmlNodePtr n, const char *name, const char *v)
{
	if (v != NULL)
		xml_attr(n, name, strcmp(v, "0") == 0 ? "0" : "1");
}

/* A location and its standing: <location country area safeguard ...>. */
static void
privacy_location(xmlNodePtr parent, const struct notice_loc *l)
{
	xmlNodePtr n, m;

	n = xml_elem(parent, "location");
	xml_attr(n, "country", l->f[NL_COUNTRY]);
	xml_attr(n, "region", l->f[NL_REGION]);
	xml_attr(n, "area", notice_area_names[l->area]);
	xml_attr(n, "safeguard", notice_safeguard_names[l->safeguard]);
	xml_text(n, "country_name", l->f[NL_COUNTRY_NAME]);
	if (l->f[NL_MECHANISM] != NULL) {
		m = xml_text(n, "mechanism", l->f[NL_MECHANISM_NAME] ?
		    l->f[NL_MECHANISM_NAME] : l->f[NL_MECHANISM]);
		xml_attr(m, "code", l->f[NL_MECHANISM]);
		xml_attr(m, "article", l->f[NL_MECHANISM_ARTICLE]);
		xml_attr(m, "valid_until", l->f[NL_VALID_UNTIL]);
	}
}

static void
privacy_cats(xmlNodePtr parent, const char *name,
    const struct notice_cat *c, size_t n)
{
	xmlNodePtr e;
	size_t i;

	for (i = 0; i < n; i++) {
		e = xml_text(parent, name, c[i].name);
		xml_attr(e, "code", c[i].code);
		if (c[i].is_special)
			xml_attr(e, "special", "1");
		if (c[i].is_criminal)
			xml_attr(e, "criminal", "1");
	}
}

/* One activity: what it is, its basis, categories, recipients, rights. */
static void
privacy_activity(xmlNodePtr parent, const struct notice *nt,
    const struct notice_act *a)
{
	xmlNodePtr n, e, r;
	size_t i;

	n = xml_elem(parent, "activity");
	xml_attr_int(n, "id", a->id);
	xml_attr(n, "role", a->f[NC_ROLE]);
	xml_text(n, "name", a->f[NC_NAME]);
	xml_text(n, "description", a->f[NC_DESCRIPTION]);
	xml_text(n, "controller_name", a->f[NC_CONTROLLER_NAME]);
	xml_text(n, "joint_controllers", a->f[NC_JOINT_CONTROLLERS]);
	xml_text(n, "purposes", a->f[NC_PURPOSES]);
	if (a->f[NC_BASIS] != NULL) {
		e = xml_text(n, "lawful_basis", a->f[NC_BASIS_NAME] ?
		    a->f[NC_BASIS_NAME] : a->f[NC_BASIS]);
		xml_attr(e, "code", a->f[NC_BASIS]);
		xml_attr(e, "article", a->f[NC_BASIS_ARTICLE]);
	}
	xml_text(n, "lawful_basis_detail", a->f[NC_BASIS_DETAIL]);
	if (a->f[NC_ART9] != NULL) {
		e = xml_text(n, "special_condition", a->f[NC_ART9_NAME] ?
		    a->f[NC_ART9_NAME] : a->f[NC_ART9]);
		xml_attr(e, "code", a->f[NC_ART9]);
		xml_attr(e, "article", a->f[NC_ART9_ARTICLE]);
	}
	xml_text(n, "special_detail", a->f[NC_ART9_DETAIL]);
	if (a->f[NC_HAS_CRIMINAL] != NULL &&
	    strcmp(a->f[NC_HAS_CRIMINAL], "0") != 0)
		xml_attr(n, "criminal", "1");
	xml_text(n, "criminal_detail", a->f[NC_CRIMINAL_DETAIL]);
	xml_text(n, "source", a->f[NC_SOURCE]);
	if (a->f[NC_RETENTION_MONTHS] != NULL ||
	    a->f[NC_RETENTION_DAYS] != NULL ||
	    a->f[NC_RETENTION_RULE] != NULL) {
		e = xml_text(n, "retention", a->f[NC_RETENTION_RULE]);
		if (e == NULL)
			e = xml_elem(n, "retention");
		xml_attr(e, "months", a->f[NC_RETENTION_MONTHS]);
		xml_attr(e, "days", a->f[NC_RETENTION_DAYS]);
		xml_attr(e, "event", a->f[NC_RETENTION_EVENT]);
	}
	if (a->f[NC_HAS_AUTOMATED] != NULL ||
	    a->f[NC_AUTOMATED] != NULL) {
		e = xml_text(n, "automated_decisions", a->f[NC_AUTOMATED]);
		if (e == NULL)
			e = xml_elem(n, "automated_decisions");
		privacy_attr_flag(e, "present", a->f[NC_HAS_AUTOMATED]);
	}
	privacy_cats(n, "subject", a->subjects, a->nsubjects);
	privacy_cats(n, "data", a->data, a->ndata);
	for (i = 0; i < a->nrecs; i++) {
		e = xml_elem(n, "recipient");
		xml_attr_int(e, "ref", nt->recs[a->recs[i]].id);
	}
	if (a->rights == 0)
		return;		/* a processor's: the controller informs */
	e = xml_elem(n, "rights");
	for (i = 0; i < NR__MAX; i++) {
		if (((a->rights | a->rights_maybe) & (1u << i)) == 0)
			continue;
		r = xml_elem(e, "right");
		xml_attr(r, "code", notice_right_names[i]);
		if ((a->rights & (1u << i)) == 0)
			xml_attr(r, "maybe", "1");
	}
}

static void
privacy_recipient(xmlNodePtr parent, const struct notice_rec *c)
{
	xmlNodePtr n;
	size_t i;

	n = xml_elem(parent, "recipient");
	xml_attr_int(n, "id", c->id);
	xml_attr(n, "kind", c->kind);
	xml_text(n, "name", c->name);
	xml_text(n, "service", c->service);
	xml_text(n, "certifications", c->certifications);
	for (i = 0; i < c->nlocs; i++)
		privacy_location(n, &c->locs[i]);
}

/*
 * GET /o/SLUG/privacy. Returns 200, 404 for an unknown (or retired)
 * organisation, or 500.
 */
int
page_privacy(struct app *app, struct req *r, struct resp *p)
{
	struct deadline_date d;
	struct tm tm;
	struct notice *nt = NULL;
	struct org *o = NULL;
	xmlNodePtr root, n, e;
	char today[DEADLINE_DATE_SIZE], day[DEADLINE_DATE_SIZE], iso[21];
	const char *sa;
	char *url;
	enum db_rc rc;
	long long unused;
	time_t now = time(NULL);
	size_t i;
	int status = 500;

	if (!form_v_slug(r->args[0], &unused))
		return 404;
	if ((rc = org_get_public(app->db, r->args[0], &o)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	/* The organisation's day decides whether a mechanism still holds. */
	if (deadline_local_date(now, o->f[ORG_TIME_ZONE], &d) == -1) {
		gmtime_r(&now, &tm);
		d.year = tm.tm_year + 1900;
		d.month = tm.tm_mon + 1;
		d.day = tm.tm_mday;
	}
	deadline_date_format(d, today);
	if ((rc = notice_load(app->db, r->args[0], o->f[ORG_JURISDICTION],
	    today, &nt)) != DB_OK) {
		status = rc == DB_NOTFOUND ? 404 : 500;
		goto out;
	}

	root = public_doc(p, "privacy-notice", SHEET_PRIVACY);
	p->is_public_doc = 1;
	xml_attr(root, "today", today);
	/* Whole addresses, for a printed copy ("" gives paths). */
	url = xasprintf("%s/o/%s/request", app->cfg.public_url,
	    o->f[ORG_SLUG]);
	xml_text(root, "request_url", url);
	free(url);
	url = xasprintf("%s/o/%s/privacy", app->cfg.public_url,
	    o->f[ORG_SLUG]);
	xml_text(root, "notice_url", url);
	free(url);
	n = xml_elem(root, "organisation");
	xml_attr(n, "slug", o->f[ORG_SLUG]);
	xml_attr(n, "jurisdiction", o->f[ORG_JURISDICTION]);
	for (i = 0; i < NELEM(privacy_org_fields); i++)
		xml_text(n, org_field_names[privacy_org_fields[i]],
		    o->f[privacy_org_fields[i]]);
	/* The law names the authority where the register does not. */
	if ((sa = o->f[ORG_SUPERVISORY_AUTHORITY]) != NULL)
		xml_attr(xml_text(n, "supervisory_authority", sa), "source",
		    "register");
	else if ((sa = notice_default_authority(o->f[ORG_JURISDICTION])) !=
	    NULL)
		xml_attr(xml_text(n, "supervisory_authority", sa), "source",
		    "law");
	if (nt->established != NULL) {
		e = xml_text(n, "established", nt->established_name ?
		    nt->established_name : nt->established);
		xml_attr(e, "country", nt->established);
		if (nt->established_is_eea >= 0)
			xml_attr(e, "is_eea", nt->established_is_eea ? "1" :
			    "0");
	}
	if (nt->changed_at > 0) {
		xml_time_iso((time_t)nt->changed_at, iso);
		e = xml_elem(n, "changed");
		xml_attr(e, "at", iso);
		if (deadline_local_date((time_t)nt->changed_at,
		    o->f[ORG_TIME_ZONE], &d) == 0)
			xml_attr(e, "date", deadline_date_format(d, day));
	}

	n = xml_elem(root, "locations");
	for (i = 0; i < nt->norg_locs; i++)
		privacy_location(n, &nt->org_locs[i]);
	n = xml_elem(root, "activities");
	for (i = 0; i < nt->nacts; i++)
		privacy_activity(n, nt, &nt->acts[i]);
	n = xml_elem(root, "recipients");
	for (i = 0; i < nt->nrecs; i++)
		privacy_recipient(n, &nt->recs[i]);
	status = 200;
out:
	notice_free(nt);
	org_free(o);
	return status;
}
