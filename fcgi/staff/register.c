/* register: what the register pages share: loading an organisation's register and its findings. */
#include <stdio.h>
#include <string.h>

#include "model/org.h"
#include "staff.h"

int
staff_load_register(struct app *app, const struct req *r, const char *asat,
    struct reg **g, struct finding **f, size_t *nf)
{
	char today[11], at[20];
	struct org *o;
	enum db_rc rc;
	int status;

	*g = NULL;
	*f = NULL;
	*nf = 0;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	checks_today(today);
	if (asat != NULL && strcmp(asat, today) < 0) {
		/* The register as it stood at the end of that day (UTC). */
		snprintf(at, sizeof(at), "%s 23:59:59", asat);
		snprintf(today, sizeof(today), "%s", asat);
		rc = reg_load_at(app->db, o->id, at, g);
	} else
		rc = reg_load(app->db, o->id, g);
	org_free(o);
	if (rc == DB_NOTFOUND)
		return 404;	/* the organisation did not exist yet */
	if (rc != DB_OK)
		return 500;
	checks_run(*g, today, f, nf);
	return 200;
}

xmlNodePtr
staff_org_xml(xmlNodePtr parent, const struct reg *g)
{
	xmlNodePtr n;

	n = xml_elem(parent, "organisation");
	xml_attr_int(n, "id", g->org.id);
	xml_attr(n, "slug", g->org.slug);
	xml_attr(n, "jurisdiction", g->org.jurisdiction);
	xml_text(n, "name", g->org.name);
	return n;
}

void
staff_summary_xml(xmlNodePtr parent, const struct finding *f, size_t n)
{
	long long count[SEV__MAX] = { 0 };
	xmlNodePtr s;
	size_t i;

	for (i = 0; i < n; i++)
		count[f[i].rule->severity]++;
	s = xml_elem(parent, "summary");
	for (i = 0; i < SEV__MAX; i++)
		xml_attr_int(s, check_severity_names[i], count[i]);
}
