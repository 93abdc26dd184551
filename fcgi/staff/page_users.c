/* page_users: the admin's list of accounts, and the form that creates one. */
#include <stdio.h>

#include "model/audit.h"
#include "staff.h"

enum { F_LOGIN, F_NAME, F_ROLE, F_PASSWORD, F__MAX };

static const struct field_def user_fields[F__MAX] = {
	[F_LOGIN] = { "login", form_v_login, 64, FIELD_REQUIRED,
	    "Use 2 to 64 lowercase letters, digits, dots, dashes or "
	    "underscores." },
	[F_NAME] = { "display_name", NULL, 200, 0, NULL },
	[F_ROLE] = { "role", form_v_role, 16, FIELD_REQUIRED,
	    "Choose admin, dpo or viewer." },
	[F_PASSWORD] = { "password", form_v_password, 256,
	    FIELD_REQUIRED | FIELD_SECRET,
	    "Choose a password of 12 to 256 characters." },
};

static int
users_page(struct app *app, struct resp *p, const struct field *f,
    int status)
{
	xmlNodePtr root, u, o;
	struct account *a;
	struct grant *g;
	size_t na, ng, i, j;

	if (account_list(app->db, &a, &na) != DB_OK)
		return 500;
	if (account_grant_list(app->db, &g, &ng) != DB_OK) {
		account_list_free(a, na);
		return 500;
	}
	root = staff_doc(app, p, "users", SHEET_USERS);
	for (i = 0; i < na; i++) {
		u = xml_elem(root, "user");
		xml_attr_int(u, "id", a[i].id);
		xml_attr(u, "login", a[i].login);
		xml_attr(u, "role", account_role_names[a[i].role]);
		xml_attr_int(u, "disabled", a[i].is_disabled);
		xml_text(u, "name", a[i].name);
		for (j = 0; j < ng; j++) {
			if (g[j].account_id != a[i].id)
				continue;
			o = xml_text(u, "org", g[j].org_name);
			xml_attr(o, "slug", g[j].slug);
		}
	}
	form_xml(root, user_fields, f, F__MAX, NULL);
	account_list_free(a, na);
	account_grant_list_free(g, ng);
	return status;
}

int
page_users(struct app *app, struct req *r, struct resp *p)
{
	struct field f[F__MAX];
	enum db_rc rc;
	long long id;
	char loc[64];

	if (r->method != METHOD_POST)
		return users_page(app, p, NULL, 200);
	if (form_check(r->body, r->nbody, user_fields, F__MAX, f) > 0)
		return users_page(app, p, f, 422);
	rc = account_create(app->db, f[F_LOGIN].val, f[F_NAME].val,
	    (enum role)account_role_parse(f[F_ROLE].val), f[F_PASSWORD].val, &id);
	if (rc == DB_CONFLICT) {
		f[F_LOGIN].err = FORM_INVALID;
		f[F_LOGIN].msg = "That login name is taken; choose another.";
		return users_page(app, p, f, 422);
	}
	if (rc != DB_OK || audit_log(app->db, app->sess->account.id,
	    "account_create", 0, "staff_account", id, f[F_ROLE].val) == -1)
		return 500;
	snprintf(loc, sizeof(loc), "/staff/users/%lld", id);
	http_resp_redirect(p, loc);
	return 303;
}
