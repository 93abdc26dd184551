/* test_grants: the programs' MariaDB accounts hold least privilege: the public one reaches no private table. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>
#include <mysqld_error.h>

#include "core/crypto.h"
#include "itest.h"

static MYSQL *gr_public, *gr_staff;

static int
gr_init(void)
{
	char *path;

	if (it_suite_init() == -1)
		return -1;
	path = xasprintf("%s/run/conf/public.cnf", it_var());
	gr_public = it_db_open(path, "gdprdesk-public");
	free(path);
	path = xasprintf("%s/run/conf/staff.cnf", it_var());
	gr_staff = it_db_open(path, "gdprdesk-staff");
	free(path);
	return gr_public != NULL ? 0 : -1;
}

static int
gr_clean(void)
{
	if (gr_public != NULL)
		mysql_close(gr_public);
	if (gr_staff != NULL)
		mysql_close(gr_staff);
	gr_public = gr_staff = NULL;
	return 0;
}

/*
 * Runs q on m and drains every result. Returns 0, or the server's error
 * number.
 */
static unsigned int
gr_run(MYSQL *m, const char *q, long long *rows)
{
	MYSQL_RES *res;
	int more;

	if (rows != NULL)
		*rows = 0;
	if (mysql_real_query(m, q, strlen(q)) != 0)
		return mysql_errno(m);
	do {
		if ((res = mysql_store_result(m)) != NULL) {
			if (rows != NULL)
				*rows += (long long)mysql_num_rows(res);
			mysql_free_result(res);
		} else if (mysql_field_count(m) != 0)
			return mysql_errno(m);
		if ((more = mysql_next_result(m)) > 0)
			return mysql_errno(m);
	} while (more == 0);
	return 0;
}

static void
test_public_refused(void)
{
	static const char *const tables[] = {
		"ticket", "staff_account", "staff_session", "audit",
		"staff_org", "login_failure", "organisation",
	};
	unsigned int e;
	char *q;
	size_t i;

	CU_ASSERT_PTR_NOT_NULL_FATAL(gr_public);
	for (i = 0; i < NELEM(tables); i++) {
		q = xasprintf("SELECT * FROM %s LIMIT 1", tables[i]);
		e = gr_run(gr_public, q, NULL);
		if (e != ER_TABLEACCESS_DENIED_ERROR)
			fprintf(stderr, "\n    public: %s gave %u, want "
			    "%d\n", q, e, ER_TABLEACCESS_DENIED_ERROR);
		CU_ASSERT_EQUAL(e, ER_TABLEACCESS_DENIED_ERROR);
		free(q);
	}
	/* Nor may it write to them. */
	CU_ASSERT_EQUAL(gr_run(gr_public, "UPDATE staff_account SET role = "
	    "'admin' WHERE id = 0", NULL), ER_TABLEACCESS_DENIED_ERROR);
	CU_ASSERT_EQUAL(gr_run(gr_public, "DELETE FROM audit WHERE id = 0",
	    NULL), ER_TABLEACCESS_DENIED_ERROR);
	CU_ASSERT_EQUAL(gr_run(gr_public, "INSERT INTO staff_session "
	    "(token_hash, account_id, csrf_token) VALUES ('x', 1, 'y')", NULL),
	    ER_TABLEACCESS_DENIED_ERROR);
	/* It cannot grant itself more. */
	CU_ASSERT_NOT_EQUAL(gr_run(gr_public, "GRANT SELECT ON gdprdesk.ticket "
	    "TO 'gdprdesk_public'@'localhost'", NULL), 0);
}

static void
test_public_allowed(void)
{
	char token[CRYPTO_TOKEN_LEN + 1], hash[CRYPTO_SHA256_HEX], *q, *slug;
	long long rows, org;

	CU_ASSERT_PTR_NOT_NULL_FATAL(gr_public);
	CU_ASSERT_EQUAL(gr_run(gr_public, "SELECT slug, name FROM "
	    "public_organisation", &rows), 0);
	CU_ASSERT(rows >= 1);

	/* Only through the procedure, only by the token's hash. */
	slug = it_org("grants");
	org = it_sql_int("SELECT id FROM organisation WHERE slug = '%s'",
	    slug);
	CU_ASSERT_FATAL(org > 0);
	CU_ASSERT_EQUAL_FATAL(crypto_token(token), 0);
	crypto_sha256_hex(token, hash);
	CU_ASSERT_EQUAL_FATAL(it_sql("INSERT INTO ticket (org_id, reference, "
	    "kind, status, token_hash, received_at) VALUES (%lld, '%.20s', "
	    "'access', 'received', '%s', UTC_TIMESTAMP())", org, hash, hash),
	    0);
	q = xasprintf("CALL ticket_status_by_token('%s')", hash);
	CU_ASSERT_EQUAL(gr_run(gr_public, q, &rows), 0);
	CU_ASSERT_EQUAL(rows, 1);
	free(q);
	q = xasprintf("CALL ticket_status_by_token('%064d')", 0);
	CU_ASSERT_EQUAL(gr_run(gr_public, q, &rows), 0);
	CU_ASSERT_EQUAL(rows, 0);
	free(q);
	free(slug);
}

static void
test_staff_audit_append_only(void)
{
	if (gr_staff == NULL) {
		CU_FAIL("cannot connect as the staff program's account");
		return;
	}
	CU_ASSERT_EQUAL(gr_run(gr_staff, "SELECT COUNT(*) FROM audit", NULL),
	    0);
	CU_ASSERT_EQUAL(gr_run(gr_staff, "UPDATE audit SET detail = 'x' "
	    "WHERE id = 0", NULL), ER_TABLEACCESS_DENIED_ERROR);
	CU_ASSERT_EQUAL(gr_run(gr_staff, "DELETE FROM audit WHERE id = 0",
	    NULL), ER_TABLEACCESS_DENIED_ERROR);
	CU_ASSERT_EQUAL(gr_run(gr_staff, "DROP TABLE audit", NULL),
	    ER_TABLEACCESS_DENIED_ERROR);
}

int
test_grants_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("grants", gr_init, gr_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "public account: no private table (1142)",
	    test_public_refused) == NULL ||
	    CU_add_test(s, "public account: the view and the token procedure",
	    test_public_allowed) == NULL ||
	    CU_add_test(s, "staff account: the audit trail is append-only",
	    test_staff_audit_append_only) == NULL)
		return -1;
	return 0;
}
