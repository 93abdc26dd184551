/* page_user: one account: change its role, grant and revoke organisations, reset its password, disable it. */
#include <stdio.h>
#include <string.h>

#include "model/audit.h"
#include "model/org.h"
#include "staff.h"

enum { F_ROLE, F_ORG, F_PASSWORD, F__MAX };

static const struct field_def edit_fields[F__MAX] = {
	[F_ROLE] = { "role", form_v_role, 16, 0,
	    "Choose admin, dpo or viewer." },
	[F_ORG] = { "org", form_v_slug, 40, 0, "Choose an organisation." },
	[F_PASSWORD] = { "password", form_v_password, 256, FIELD_SECRET,
	    "Choose a password of 12 to 256 characters." },
};

enum action { A_ROLE, A_GRANT, A_REVOKE, A_RESET, A_DISABLE, A_ENABLE,
	A__MAX };

static const char *const action_names[A__MAX] = {
	[A_ROLE] = "role",
	[A_GRANT] = "grant",
	[A_REVOKE] = "revoke",
	[A_RESET] = "reset",
	[A_DISABLE] = "disable",
	[A_ENABLE] = "enable",
};

/* The field each action needs, or -1. */
static const int action_field[A__MAX] = {
	[A_ROLE] = F_ROLE,
	[A_GRANT] = F_ORG,
	[A_REVOKE] = F_ORG,
	[A_RESET] = F_PASSWORD,
	[A_DISABLE] = -1,
	[A_ENABLE] = -1,
};

static int
user_page(struct app *app, struct resp *p, long long id,
    const struct field *f, const char *problem, const char *flash,
    int status)
{
	xmlNodePtr root, u, orgs, n;
	struct account *a, all = { 0 };
	struct grant *g;
	struct org *o;
	size_t no, ng, i, j;
	enum db_rc rc;
	int granted;

	if ((rc = account_get_by_id(app->db, id, &a)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	all.role = ROLE_ADMIN;
	if (org_list(app->db, &all, &o, &no) != DB_OK) {
		account_free(a);
		return 500;
	}
	if (account_grant_list(app->db, &g, &ng) != DB_OK) {
		org_list_free(o, no);
		account_free(a);
		return 500;
	}
	root = staff_doc(app, p, "user-edit", SHEET_USER);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	u = xml_elem(root, "user");
	xml_attr_int(u, "id", a->id);
	xml_attr(u, "login", a->login);
	xml_attr(u, "role", account_role_names[a->role]);
	xml_attr_int(u, "disabled", a->is_disabled);
	xml_text(u, "name", a->name);
	orgs = xml_elem(root, "orgs");
	for (i = 0; i < no; i++) {
		granted = 0;
		for (j = 0; j < ng; j++)
			if (g[j].account_id == a->id &&
			    strcmp(g[j].slug, o[i].f[ORG_SLUG]) == 0)
				granted = 1;
		n = xml_text(orgs, "org", o[i].f[ORG_NAME]);
		xml_attr(n, "slug", o[i].f[ORG_SLUG]);
		xml_attr_int(n, "granted", granted);
	}
	form_xml(root, edit_fields, f, F__MAX, problem);
	account_grant_list_free(g, ng);
	org_list_free(o, no);
	account_free(a);
	return status;
}

int
page_user(struct app *app, struct req *r, struct resp *p)
{
	struct field f[F__MAX];
	struct account *a;
	struct org *o = NULL;
	const char *act, *flash;
	enum action ac;
	enum db_rc rc;
	long long id;
	int fi, self;
	char loc[64];

	if (!form_v_id(r->args[0], &id))
		return 404;
	if (r->method != METHOD_POST) {
		act = http_field(r, "done");
		flash = act == NULL ? NULL :
		    strcmp(act, "reset") == 0 ? "The password was reset. "
		    "Give it to the account's owner in person; their sessions "
		    "have ended." :
		    strcmp(act, "disable") == 0 ? "The account is disabled and "
		    "its sessions have ended." : "Saved.";
		return user_page(app, p, id, NULL, NULL, flash, 200);
	}
	if ((act = http_field(r, "action")) == NULL)
		return user_page(app, p, id, NULL, "Choose what to change.",
		    NULL, 422);
	for (ac = 0; ac < A__MAX; ac++)
		if (strcmp(act, action_names[ac]) == 0)
			break;
	if (ac == A__MAX)
		return user_page(app, p, id, NULL, "That change is not one "
		    "this page makes.", NULL, 422);
	form_check(r->body, r->nbody, edit_fields, F__MAX, f);
	if ((fi = action_field[ac]) >= 0 && f[fi].err == FORM_OK &&
	    f[fi].val == NULL)
		f[fi].err = FORM_MISSING;
	if ((fi >= 0 && f[fi].err != FORM_OK))
		return user_page(app, p, id, f, NULL, NULL, 422);

	if ((rc = account_get_by_id(app->db, id, &a)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	self = a->id == app->sess->account.id;
	account_free(a);
	/* An admin who demotes or disables themself may lock everyone out. */
	if (self && (ac == A_DISABLE || (ac == A_ROLE &&
	    strcmp(f[F_ROLE].val, "admin") != 0)))
		return user_page(app, p, id, f, "You cannot disable your own "
		    "account or take away your own administrator role. Ask "
		    "another administrator.", NULL, 422);
	if (ac == A_GRANT || ac == A_REVOKE) {
		if ((rc = org_get(app->db, f[F_ORG].val, &o)) == DB_NOTFOUND) {
			f[F_ORG].err = FORM_INVALID;
			f[F_ORG].msg = "There is no such organisation.";
			return user_page(app, p, id, f, NULL, NULL, 422);
		}
		if (rc != DB_OK)
			return 500;
	}
	if (db_tx_begin(app->db) == -1) {
		org_free(o);
		return 500;
	}
	switch (ac) {
	case A_ROLE:
		rc = account_set_role(app->db, id,
		    (enum role)account_role_parse(f[F_ROLE].val));
		break;
	case A_GRANT:
		rc = account_grant(app->db, id, o->id);
		break;
	case A_REVOKE:
		rc = account_revoke(app->db, id, o->id);
		break;
	case A_RESET:
		rc = account_set_password(app->db, id, f[F_PASSWORD].val);
		if (rc == DB_OK && session_end_all(app->db, id) == -1)
			rc = DB_ERROR;
		break;
	case A_DISABLE:
		rc = account_set_disabled(app->db, id, 1);
		break;
	case A_ENABLE:
	default:
		rc = account_set_disabled(app->db, id, 0);
		break;
	}
	if (rc != DB_OK || audit_log(app->db, app->sess->account.id,
	    ac == A_ROLE ? "account_role" : ac == A_GRANT ? "account_grant" :
	    ac == A_REVOKE ? "account_revoke" : ac == A_RESET ?
	    "account_reset" : ac == A_DISABLE ? "account_disable" :
	    "account_enable", o ? o->id : 0, "staff_account", id,
	    ac == A_ROLE ? f[F_ROLE].val : NULL) == -1 ||
	    db_tx_commit(app->db) == -1) {
		db_tx_rollback(app->db);
		org_free(o);
		return 500;
	}
	org_free(o);
	snprintf(loc, sizeof(loc), "/staff/users/%lld?done=%s", id,
	    action_names[ac]);
	http_resp_redirect(p, loc);
	return 303;
}
