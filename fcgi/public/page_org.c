/* page_org: an organisation's public profile, from the public view only. */
#include "core/form.h"
#include "model/org.h"
#include "public.h"

int
page_org(struct app *app, struct req *r, struct resp *p)
{
	xmlNodePtr root, n;
	struct org *o;
	enum db_rc rc;
	long long unused;
	size_t i;

	if (!form_v_slug(r->args[0], &unused))
		return 404;
	if ((rc = org_get_public(app->db, r->args[0], &o)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	root = public_doc(p, "org-public", SHEET_ORG);
	n = xml_elem(root, "organisation");
	xml_attr(n, "slug", o->f[ORG_SLUG]);
	for (i = ORG_NAME; i < ORG__MAX; i++)
		xml_text(n, org_field_names[i], o->f[i]);
	org_free(o);
	return 200;
}
