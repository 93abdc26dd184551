/* page_dashboard: the organisations the account may see. */
#include "model/org.h"
#include "staff.h"

int
page_dashboard(struct app *app, struct req *r, struct resp *p)
{
	xmlNodePtr root, list, n;
	struct org *o;
	size_t i, no;

	(void)r;
	if (org_list(app->db, &app->sess->account, &o, &no) != DB_OK)
		return 500;
	root = staff_doc(app, p, "dashboard", SHEET_DASHBOARD);
	list = xml_elem(root, "organisations");
	for (i = 0; i < no; i++) {
		n = xml_elem(list, "organisation");
		xml_attr_int(n, "id", o[i].id);
		xml_attr(n, "slug", o[i].f[ORG_SLUG]);
		xml_text(n, "name", o[i].f[ORG_NAME]);
		xml_text(n, "registration_ref", o[i].f[ORG_REGISTRATION_REF]);
		xml_text(n, "jurisdiction", o[i].f[ORG_JURISDICTION]);
		xml_text(n, "contact_email", o[i].f[ORG_CONTACT_EMAIL]);
	}
	org_list_free(o, no);
	return 200;
}
