/* page_org: one organisation's profile, if the account may see it (404 otherwise). */
#include "model/org.h"
#include "staff.h"

int
page_org(struct app *app, struct req *r, struct resp *p)
{
	xmlNodePtr root, n;
	struct org *o;
	int status;
	size_t i;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	root = staff_doc(app, p, "org", SHEET_ORG);
	n = xml_elem(root, "organisation");
	xml_attr_int(n, "id", o->id);
	xml_attr(n, "slug", o->f[ORG_SLUG]);
	for (i = ORG_NAME; i < ORG__MAX; i++)
		xml_text(n, org_field_names[i], o->f[i]);
	org_free(o);
	return 200;
}
