/* page_reports: the list of reports, of one organisation or across all the account sees. */
#include "model/org.h"
#include "staff.h"

/*
 * GET /staff/o/:slug/reports: <reports scope="organisation">
 * <organisation/></reports>. Which reports there are is the sheet's
 * business. Returns 200, 404 or 500.
 */
int
page_reports_org(struct app *app, struct req *r, struct resp *p)
{
	xmlNodePtr root;
	struct org *o;
	int status;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	root = staff_doc(app, p, "reports", SHEET_REPORTS);
	xml_attr(root, "scope", "organisation");
	staff_org_elem(root, o);
	org_free(o);
	return 200;
}

/*
 * GET /staff/reports: <reports scope="all"><organisation/>...</reports>,
 * every organisation the account may see. Returns 200 or 500.
 */
int
page_reports(struct app *app, struct req *r, struct resp *p)
{
	xmlNodePtr root;
	struct org *orgs;
	size_t n, i;

	(void)r;
	if (org_list(app->db, &app->sess->account, &orgs, &n) != DB_OK)
		return 500;
	root = staff_doc(app, p, "reports", SHEET_REPORTS);
	xml_attr(root, "scope", "all");
	for (i = 0; i < n; i++)
		staff_org_elem(root, &orgs[i]);
	org_list_free(orgs, n);
	return 200;
}
