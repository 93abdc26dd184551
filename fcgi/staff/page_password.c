/* page_password: every account changes its own password; its other sessions end. */
#include <string.h>

#include "model/audit.h"
#include "model/password.h"
#include "staff.h"

enum { F_CURRENT, F_PASSWORD, F_CONFIRM, F__MAX };

static const struct field_def pw_fields[F__MAX] = {
	[F_CURRENT] = { "current", NULL, 256, FIELD_REQUIRED | FIELD_SECRET,
	    "Enter your current password." },
	[F_PASSWORD] = { "password", form_v_password, 256,
	    FIELD_REQUIRED | FIELD_SECRET,
	    "Choose a password of 12 to 256 characters." },
	[F_CONFIRM] = { "confirm", NULL, 256, FIELD_REQUIRED | FIELD_SECRET,
	    "Enter the new password again." },
};

static int
pw_form(struct app *app, struct resp *p, const struct field *f,
    const char *flash, int status)
{
	xmlNodePtr root;

	root = staff_doc(app, p, "password", SHEET_PASSWORD);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	form_xml(root, pw_fields, f, F__MAX, NULL);
	return status;
}

int
page_password(struct app *app, struct req *r, struct resp *p)
{
	struct field f[F__MAX];
	struct account *a;
	const char *done;
	size_t nerr;
	int ok;

	if (r->method != METHOD_POST) {
		done = http_field(r, "changed");
		return pw_form(app, p, NULL, done && strcmp(done, "1") == 0 ?
		    "Your password was changed. Your other sessions have "
		    "been logged out." : NULL, 200);
	}
	nerr = form_check(r->body, r->nbody, pw_fields, F__MAX, f);
	if (f[F_CONFIRM].err == FORM_OK && f[F_PASSWORD].val != NULL &&
	    f[F_CONFIRM].val != NULL &&
	    strcmp(f[F_PASSWORD].val, f[F_CONFIRM].val) != 0) {
		f[F_CONFIRM].err = FORM_INVALID;
		f[F_CONFIRM].msg = "The two new passwords are not the same.";
		nerr++;
	}
	if (nerr > 0)
		return pw_form(app, p, f, NULL, 422);
	if (account_get_by_id(app->db, app->sess->account.id, &a) != DB_OK)
		return 500;
	ok = password_verify(a->pwhash, f[F_CURRENT].val);
	account_free(a);
	if (!ok) {
		f[F_CURRENT].err = FORM_INVALID;
		f[F_CURRENT].msg = "This is not your current password.";
		audit_log(app->db, app->sess->account.id,
		    "password_change_failed", 0, "staff_account",
		    app->sess->account.id, NULL);
		return pw_form(app, p, f, NULL, 422);
	}
	if (db_tx_begin(app->db) == -1)
		return 500;
	if (account_set_password(app->db, app->sess->account.id,
	    f[F_PASSWORD].val) != DB_OK ||
	    session_end_others(app->db, app->sess) == -1 ||
	    audit_log(app->db, app->sess->account.id, "password_change", 0,
	    "staff_account", app->sess->account.id, NULL) == -1 ||
	    db_tx_commit(app->db) == -1) {
		db_tx_rollback(app->db);
		return 500;
	}
	http_resp_redirect(p, "/staff/account/password?changed=1");
	return 303;
}
