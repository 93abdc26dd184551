/* test_csrf: a staff POST without the session's CSRF token, or with a wrong one, is refused and changes nothing. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "itest.h"

static struct it_sess csrf_admin;

static int
csrf_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	return it_login("admin", it_admin_password(), &csrf_admin) == 303 ?
	    0 : -1;
}

static int
csrf_clean(void)
{
	it_sess_free(&csrf_admin);
	return 0;
}

/* The create-account form for login, without a csrf field. */
static void
csrf_user_form(struct buf *b, const char *login)
{
	ht_form_add(b, "login", login);
	ht_form_add(b, "display_name", "CSRF Test");
	ht_form_add(b, "role", "viewer");
	ht_form_add(b, "password", IT_PASSWORD);
}

/* POSTs body to /staff/users as admin; expects 403 and no account. */
static void
csrf_refused(const char *login, const char *body, const char *what)
{
	struct ht_resp r;
	xmlDocPtr doc;
	char *msg;

	CU_ASSERT_FATAL(ht_post(&r, "/staff/users", csrf_admin.cookie, body) ==
	    0);
	CU_ASSERT(it_status(&r, 403, what));
	/* The page says why. */
	doc = ht_xml(&r);
	CU_ASSERT_PTR_NOT_NULL(doc);
	msg = ht_xpath(doc, "string(/error/message)");
	CU_ASSERT(msg != NULL && strlen(msg) > 0);
	free(msg);
	xmlFreeDoc(doc);
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_account_id(login), -1);
}

static void
test_csrf_users(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	struct it_sess other;
	char *login;

	login = it_name("t-csrf");

	csrf_user_form(&b, login);
	csrf_refused(login, b.p, "POST /staff/users (no csrf)");

	ht_form_add(&b, "csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
	csrf_refused(login, b.p, "POST /staff/users (wrong csrf)");
	buf_free(&b);

	csrf_user_form(&b, login);
	ht_form_add(&b, "csrf", "");
	csrf_refused(login, b.p, "POST /staff/users (empty csrf)");
	buf_free(&b);

	/* The right token, twice: a broken or forged form. */
	csrf_user_form(&b, login);
	it_form_csrf(&b, &csrf_admin);
	it_form_csrf(&b, &csrf_admin);
	csrf_refused(login, b.p, "POST /staff/users (csrf twice)");
	buf_free(&b);

	/* Another session's token (of the same account) is no good. */
	CU_ASSERT_EQUAL_FATAL(it_login("admin", it_admin_password(), &other),
	    303);
	CU_ASSERT_STRING_NOT_EQUAL(other.csrf, csrf_admin.csrf);
	csrf_user_form(&b, login);
	it_form_csrf(&b, &other);
	csrf_refused(login, b.p, "POST /staff/users (other session's csrf)");
	buf_free(&b);
	it_sess_free(&other);

	/* The token in the query string instead of the body is no good. */
	{
		char *path;

		path = xasprintf("/staff/users?csrf=%s", csrf_admin.csrf);

		csrf_user_form(&b, login);
		CU_ASSERT_FATAL(ht_post(&r, path, csrf_admin.cookie, b.p) ==
		    0);
		CU_ASSERT(it_status(&r, 403, "POST /staff/users?csrf=TOKEN"));
		ht_resp_free(&r);
		CU_ASSERT_EQUAL(it_account_id(login), -1);
		buf_free(&b);
		free(path);
	}

	/* The control: with the token it works. */
	csrf_user_form(&b, login);
	it_form_csrf(&b, &csrf_admin);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/users", csrf_admin.cookie, b.p) ==
	    0);
	CU_ASSERT(it_status(&r, 303, "POST /staff/users (right csrf)"));
	ht_resp_free(&r);
	CU_ASSERT(it_account_id(login) > 0);
	buf_free(&b);
	free(login);
}

static void
test_csrf_user_actions(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	struct it_sess again;
	char *login, *path, *hash, *hash2;
	long long id;

	login = it_name("t-csrf-act");
	CU_ASSERT_EQUAL_FATAL(it_user_add(login, "viewer", NULL, IT_PASSWORD),
	    0);
	id = it_account_id(login);
	path = xasprintf("/staff/users/%lld", id);
	hash = it_sql_str("SELECT password_hash FROM staff_account WHERE id = "
	    "%lld", id);

	ht_form_add(&b, "action", "disable");
	CU_ASSERT_FATAL(ht_post(&r, path, csrf_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/users/ID disable (no "
	    "csrf)"));
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT is_disabled FROM staff_account "
	    "WHERE id = %lld", id), 0);

	ht_form_add(&b, "action", "role");
	ht_form_add(&b, "role", "admin");
	ht_form_add(&b, "csrf", "wrong");
	CU_ASSERT_FATAL(ht_post(&r, path, csrf_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/users/ID role (wrong "
	    "csrf)"));
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT role = 'viewer' FROM staff_account "
	    "WHERE id = %lld", id), 1);

	ht_form_add(&b, "action", "reset");
	ht_form_add(&b, "password", "another-password-456");
	CU_ASSERT_FATAL(ht_post(&r, path, csrf_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/users/ID reset (no csrf)"));
	ht_resp_free(&r);
	buf_free(&b);
	hash2 = it_sql_str("SELECT password_hash FROM staff_account WHERE id "
	    "= %lld", id);
	CU_ASSERT(hash != NULL && hash2 != NULL && strcmp(hash, hash2) == 0);
	free(hash2);

	/* Own password change: refused without the token. */
	ht_form_add(&b, "current", it_admin_password());
	ht_form_add(&b, "password", "another-password-456");
	ht_form_add(&b, "confirm", "another-password-456");
	CU_ASSERT_FATAL(ht_post(&r, "/staff/account/password",
	    csrf_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/account/password (no "
	    "csrf)"));
	ht_resp_free(&r);
	buf_free(&b);
	/* The password is still the old one. */
	CU_ASSERT_EQUAL(it_login("admin", it_admin_password(), &again), 303);
	it_sess_free(&again);

	free(hash);
	free(path);
	free(login);
}

static void
test_csrf_login_form(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	char *tok, *other, *cookie, *c;
	long long fails;

	tok = it_login_token();
	other = it_login_token();
	CU_ASSERT_PTR_NOT_NULL_FATAL(tok);
	CU_ASSERT_PTR_NOT_NULL_FATAL(other);
	CU_ASSERT_STRING_NOT_EQUAL(tok, other);
	fails = it_sql_int("SELECT COUNT(*) FROM login_failure");

	/* The right credentials, but no login cookie. */
	ht_form_add(&b, "login", "admin");
	ht_form_add(&b, "password", it_admin_password());
	ht_form_add(&b, "csrf", tok);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/login", NULL, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/login (no cookie)"));
	c = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT_PTR_NULL(c);
	free(c);
	ht_resp_free(&r);

	/* A cookie that does not match the field. */
	cookie = xasprintf("gdprdesk_login=%s", other);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/login", cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/login (cookie mismatch)"));
	c = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT_PTR_NULL(c);
	free(c);
	ht_resp_free(&r);
	free(cookie);
	buf_free(&b);

	/* A cookie but no field. */
	ht_form_add(&b, "login", "admin");
	ht_form_add(&b, "password", it_admin_password());
	cookie = xasprintf("gdprdesk_login=%s", tok);
	CU_ASSERT_FATAL(ht_post(&r, "/staff/login", cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST /staff/login (no csrf field)"));
	c = ht_set_cookie(&r, "gdprdesk_session");
	CU_ASSERT_PTR_NULL(c);
	free(c);
	ht_resp_free(&r);
	free(cookie);
	buf_free(&b);

	/* Refused before the password is even looked at. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM login_failure"),
	    fails);
	free(tok);
	free(other);
}

int
test_csrf_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("csrf", csrf_init, csrf_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "create account: missing, wrong, repeated token",
	    test_csrf_users) == NULL ||
	    CU_add_test(s, "account actions and own password need the token",
	    test_csrf_user_actions) == NULL ||
	    CU_add_test(s, "login form: cookie and field must match",
	    test_csrf_login_form) == NULL)
		return -1;
	return 0;
}
