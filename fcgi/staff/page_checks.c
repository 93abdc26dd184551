/* page_checks: an organisation's findings: each with its code, severity, article, entity and fix. */
#include "model/checks.h"
#include "staff.h"

int
page_checks(struct app *app, struct req *r, struct resp *p)
{
	xmlNodePtr root, n;
	struct finding *f;
	struct reg *g;
	size_t nf, i;
	int status;

	if ((status = staff_load_register(app, r, NULL, &g, &f, &nf)) != 200)
		return status;
	root = staff_doc(app, p, "checks", SHEET_CHECKS);
	staff_org_xml(root, g);
	for (i = 0; i < nf; i++) {
		n = xml_elem(root, "finding");
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
	staff_summary_xml(root, f, nf);
	checks_free(f, nf);
	reg_free(g);
	return 200;
}
