/* page_login: the staff login form, its throttled check, and the page for an expired session. */
#include <string.h>

#include "core/crypto.h"
#include "core/log.h"
#include "core/util.h"
#include "model/audit.h"
#include "model/password.h"
#include "staff.h"

enum { F_LOGIN, F_PASSWORD, F__MAX };

static const struct field_def login_fields[F__MAX] = {
	[F_LOGIN] = { "login", NULL, 64, FIELD_REQUIRED,
	    "Enter your login name." },
	[F_PASSWORD] = { "password", NULL, 256, FIELD_REQUIRED | FIELD_SECRET,
	    "Enter your password." },
};

/*
 * Renders the login form with the given fields (NULL: empty), a whole
 * form problem and a notice. The login form's CSRF defence is a
 * double-submit token: a cookie that the hidden field must repeat.
 * Returns status.
 */
static int
login_form(struct app *app, struct req *r, struct resp *p,
    const struct field *f, const char *problem, const char *notice,
    int status)
{
	char tok[CRYPTO_TOKEN_LEN + 1];
	const char *have;
	xmlNodePtr root, meta;

	root = staff_doc(app, p, "login", SHEET_LOGIN);
	have = http_cookie(r, STAFF_LOGIN_COOKIE);
	if (have != NULL && crypto_is_token(have))
		snprintf(tok, sizeof(tok), "%s", have);
	else {
		if (crypto_token(tok) == -1)
			return 500;
		http_resp_cookie(p, r, STAFF_LOGIN_COOKIE, tok, "/staff/login", -1);
	}
	meta = root->children;
	xml_text(meta, "csrf", tok);
	xml_text(root, "notice", notice);
	form_xml(root, login_fields, f, F__MAX, problem);
	return status;
}

int
page_login_expired(struct app *app, struct req *r, struct resp *p)
{
	http_resp_cookie(p, r, STAFF_COOKIE, "", "/staff", 0);
	return login_form(app, r, p, NULL, NULL, "Your session has ended or "
	    "expired. Log in again to carry on.", 401);
}

int
page_login(struct app *app, struct req *r, struct resp *p)
{
	char token[CRYPTO_TOKEN_LEN + 1], csrf[CRYPTO_TOKEN_LEN + 1];
	struct field f[F__MAX];
	struct account *a = NULL;
	const char *cookie, *sent;
	char login[65];
	long long fails, unused;
	enum db_rc rc;
	int status, ok, is_valid;
	size_t i;

	if (r->method != METHOD_POST)
		return login_form(app, r, p, NULL, NULL, NULL, 200);

	cookie = http_cookie(r, STAFF_LOGIN_COOKIE);
	sent = http_field(r, "csrf");
	if (cookie == NULL || sent == NULL || !crypto_is_token(cookie) ||
	    !crypto_streq(cookie, sent)) {
		p->message = "This login form was out of date or did not come "
		    "from this site. Reload the login page and try again.";
		return 403;
	}
	if (form_check(r->body, r->nbody, login_fields, F__MAX, f) > 0)
		return login_form(app, r, p, f, NULL, NULL, 422);

	/*
	 * Logins are lowercase; the database's collation would also match
	 * "ADMIN" or "admin " to admin, so a name is folded to lowercase
	 * and any name that is not a valid login is an unknown one. The
	 * throttle counts the folded name: no variant gets more attempts.
	 */
	snprintf(login, sizeof(login), "%s", f[F_LOGIN].val);
	for (i = 0; login[i] != '\0'; i++)
		if (login[i] >= 'A' && login[i] <= 'Z')
			login[i] = (char)(login[i] - 'A' + 'a');
	is_valid = form_v_login(login, &unused);

	fails = account_login_failures(app->db, login, app->cfg.login_window);
	if (fails < 0)
		return 500;
	if (fails >= app->cfg.login_fails) {
		audit_log(app->db, 0, "login_throttled", 0, NULL, 0, NULL);
		http_resp_header(p, "Retry-After", "900");
		return login_form(app, r, p, f, "There have been too many "
		    "failed attempts to log in with this name. Wait 15 "
		    "minutes and try again, or ask an administrator to reset "
		    "your password.", NULL, 429);
	}

	rc = is_valid ? account_get_by_login(app->db, login, &a) : DB_NOTFOUND;
	if (rc == DB_ERROR)
		return 500;
	if (rc == DB_NOTFOUND) {
		password_waste(f[F_PASSWORD].val);
		ok = 0;
	} else
		ok = password_verify(a->pwhash, f[F_PASSWORD].val) &&
		    !a->is_disabled;
	if (!ok) {
		if (account_login_failure_record(app->db, login) == -1 ||
		    audit_log(app->db, a ? a->id : 0, "login_failed", 0,
		    "staff_account", a ? a->id : 0,
		    a && a->is_disabled ? "disabled" : NULL) == -1) {
			account_free(a);
			return 500;
		}
		account_free(a);
		return login_form(app, r, p, f, "The login name or password is "
		    "wrong.", NULL, 422);
	}

	status = 500;
	if (account_login_failure_clear(app->db, login) == -1 ||
	    session_create(app->db, a->id, token, csrf) != DB_OK ||
	    audit_log(app->db, a->id, "login", 0, "staff_account", a->id,
	    NULL) == -1)
		goto out;
	http_resp_cookie(p, r, STAFF_COOKIE, token, "/staff", -1);
	http_resp_cookie(p, r, STAFF_LOGIN_COOKIE, "", "/staff/login", 0);
	http_resp_redirect(p, "/staff/");
	status = 303;
out:
	explicit_bzero(token, sizeof(token));
	account_free(a);
	return status;
}
