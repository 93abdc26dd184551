/* test_request: the public request form end to end: CSRF, errors, a stored request with its event and message, idempotency, the honeypot, /verify/, a complaint's date, and the public account's limits. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <CUnit/CUnit.h>
#include <mysqld_error.h>

#include "core/crypto.h"
#include "itest.h"

/*
 * nginx lets an address POST to /o/SLUG/request 10 times a minute with a
 * burst of 5 (scripts/test.sh raises the rate): this suite POSTs 6 times.
 */

static char *rq_slug;
static long long rq_org;

static int
rq_init(void)
{
	if (it_suite_init() == -1)
		return -1;
	rq_slug = it_org("request");
	rq_org = it_sql_int("SELECT id FROM organisation WHERE slug = '%s'",
	    rq_slug);
	return rq_org > 0 ? 0 : -1;
}

static int
rq_clean(void)
{
	free(rq_slug);
	rq_slug = NULL;
	return 0;
}

/*
 * The public program answers in HTML only: the text of r's body between
 * the first "from" and the next "to" (owned), or NULL.
 */
static char *
rq_between(const struct ht_resp *r, const char *from, const char *to)
{
	const char *p, *e;

	if (r->body.p == NULL || (p = strstr(r->body.p, from)) == NULL)
		return NULL;
	p += strlen(from);
	if ((e = strstr(p, to)) == NULL)
		return NULL;
	return xstrndup(p, (size_t)(e - p));
}

/* A fresh form: its CSRF cookie value and submission key (owned). */
struct rq_form {
	char	*csrf;
	char	*key;
	char	*cookie;	/* "gdprdesk_request=..." */
};

static int
rq_form_get(struct rq_form *f)
{
	struct ht_resp r;
	char *path;

	memset(f, 0, sizeof(*f));
	path = xasprintf("/o/%s/request", rq_slug);
	if (ht_get(&r, path, NULL, 0) == -1 || r.status != 200) {
		free(path);
		ht_resp_free(&r);
		return -1;
	}
	free(path);
	f->csrf = ht_cookie_value(&r, "gdprdesk_request");
	f->key = rq_between(&r, "name=\"key\" value=\"", "\"");
	ht_resp_free(&r);
	if (f->csrf == NULL || f->key == NULL)
		return -1;
	f->cookie = xasprintf("gdprdesk_request=%s", f->csrf);
	return 0;
}

static void
rq_form_free(struct rq_form *f)
{
	free(f->csrf);
	free(f->key);
	free(f->cookie);
}

/* A valid body for form f, of kind, with the honeypot set or not. */
static char *
rq_body(const struct rq_form *f, const char *kind, const char *trap)
{
	struct buf b = { 0 };

	ht_form_add(&b, "csrf", f->csrf);
	ht_form_add(&b, "key", f->key);
	ht_form_add(&b, "kind", kind);
	ht_form_add(&b, "name", "Ann Requester");
	ht_form_add(&b, "email", "ann@example.org");
	ht_form_add(&b, "phone", "");
	ht_form_add(&b, "agent", "no");
	ht_form_add(&b, "agent_for", "");
	ht_form_add(&b, "relationship", "customers");
	ht_form_add(&b, "description", "Please send me a copy\nof my data.");
	ht_form_add(&b, "website", trap);
	return b.p;
}

static long long
rq_tickets(void)
{
	return it_sql_int("SELECT COUNT(*) FROM ticket WHERE org_id = %lld",
	    rq_org);
}

/* The UTC date today plus days, as YYYY-MM-DD (owned). */
static char *
rq_today_plus(int days)
{
	return it_sql_str("SELECT DATE_ADD(UTC_DATE(), INTERVAL %d DAY)",
	    days);
}

static void
test_form_and_errors(void)
{
	struct ht_resp r;
	struct rq_form f;
	struct buf b = { 0 };
	char *path, *body;
	xmlDocPtr doc;

	path = xasprintf("/o/%s/request", rq_slug);
	CU_ASSERT_FATAL(ht_get(&r, path, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /o/SLUG/request"));
	CU_ASSERT(ht_body_has(&r, "value=\"customers\""));
	CU_ASSERT(ht_body_has(&r, "Leave this empty"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ht_get(&r, "/o/no-such-organisation/request", NULL,
	    0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /o/no-such-org/request"));
	ht_resp_free(&r);

	CU_ASSERT_FATAL(rq_form_get(&f) == 0);
	/* POST 1: no CSRF cookie. */
	body = rq_body(&f, "access", "");
	CU_ASSERT_FATAL(ht_post(&r, path, NULL, body) == 0);
	CU_ASSERT(it_status(&r, 403, "POST without the CSRF cookie"));
	ht_resp_free(&r);
	free(body);
	CU_ASSERT_EQUAL(rq_tickets(), 0);

	/* POST 2: errors, each by its field, typed values kept. */
	ht_form_add(&b, "csrf", f.csrf);
	ht_form_add(&b, "key", f.key);
	ht_form_add(&b, "name", "Ann <Typed> Requester");
	ht_form_add(&b, "email", "not-an-address");
	ht_form_add(&b, "agent", "yes");
	ht_form_add(&b, "agent_for", "");
	ht_form_add(&b, "relationship", "no-such-relationship");
	ht_form_add(&b, "description", "");
	CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 422, "POST with errors"));
	/* An error answers in XML when asked (ht_post asks). */
	doc = ht_xml(&r);
	CU_ASSERT_FATAL(doc != NULL);
	if (doc != NULL) {
		static const char *const bad[] = { "kind", "email",
		    "agent_for", "relationship", "description" };
		size_t i;
		char *q, *v;

		for (i = 0; i < NELEM(bad); i++) {
			q = xasprintf("string(/request/form/field[@name='%s']"
			    "/@error)", bad[i]);
			v = ht_xpath(doc, q);
			CU_ASSERT(v != NULL && *v != '\0');
			if (v == NULL || *v == '\0')
				fprintf(stderr, "no error for %s\n", bad[i]);
			free(v);
			free(q);
		}
		v = ht_xpath(doc, "string(/request/form/field[@name='name']"
		    "/@value)");
		CU_ASSERT(v != NULL && strcmp(v, "Ann <Typed> Requester") == 0);
		free(v);
		v = ht_xpath(doc, "string(/request/form/field[@name='name']"
		    "/@error)");
		CU_ASSERT(v != NULL && *v == '\0');
		free(v);
		xmlFreeDoc(doc);
	}
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(rq_tickets(), 0);
	rq_form_free(&f);
	free(path);
}

static void
test_submit(void)
{
	char hash[CRYPTO_SHA256_HEX], vtok[CRYPTO_TOKEN_LEN + 1];
	struct ht_resp r;
	struct rq_form f;
	char *path, *body, *ref, *link, *ref2, *due, *want, *s, *mail, *p;
	const char *lpath;
	long long id, n;

	path = xasprintf("/o/%s/request", rq_slug);
	CU_ASSERT_FATAL(rq_form_get(&f) == 0);
	body = rq_body(&f, "access", "");
	/* POST 3: a valid request. */
	CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, body) == 0);
	CU_ASSERT_FATAL(it_status(&r, 200, "POST a valid request"));
	ref = rq_between(&r, "<strong class=\"reference\">", "<");
	link = rq_between(&r, "class=\"status-link\" href=\"", "\"");
	CU_ASSERT(ht_body_has(&r, "must answer by"));
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ref != NULL && link != NULL);
	due = it_sql_str("SELECT due_date FROM ticket WHERE org_id = %lld "
	    "AND reference = '%s'", rq_org, ref);
	CU_ASSERT_FATAL(due != NULL);
	/* PREFIX-YYYY-NNNN, the year of receipt. */
	want = it_sql_str("SELECT CONCAT('ITS-', YEAR(UTC_TIMESTAMP()), '-')");
	CU_ASSERT(want != NULL && strlen(ref) == 13 &&
	    strncmp(ref, want, 9) == 0 && strspn(ref + 9, "0123456789") == 4);
	free(want);
	/* An absolute link: it goes out in an email. */
	CU_ASSERT_FATAL(strncmp(link, ht_base(), strlen(ht_base())) == 0);
	lpath = link + strlen(ht_base());
	CU_ASSERT(strncmp(lpath, "/status/", 8) == 0 &&
	    crypto_is_token(lpath + 8));
	CU_ASSERT(strlen(due) == 10);

	/* The row: the token only hashed, one event, one message. */
	crypto_sha256_hex(lpath + 8, hash);
	id = it_sql_int("SELECT id FROM ticket WHERE org_id = %lld AND "
	    "reference = '%s' AND token_hash = '%s'", rq_org, ref, hash);
	CU_ASSERT(id > 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_event WHERE "
	    "ticket_id = %lld AND kind = 'received'", id), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE "
	    "ticket_id = %lld AND kind = 'acknowledgement' AND to_address = "
	    "'ann@example.org' AND sent_at IS NULL", id), 1);
	/* Decision 3: the clock starts on receipt; a month on, rolled. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT DATEDIFF('%s', clock_start) "
	    "BETWEEN 28 AND 40 FROM ticket WHERE id = %lld", due, id), 1);
	mail = it_sql_str("SELECT body FROM outbox WHERE ticket_id = %lld",
	    id);
	CU_ASSERT_FATAL(mail != NULL);
	CU_ASSERT(strstr(mail, ref) != NULL);
	CU_ASSERT(strstr(mail, "{{reference}}") == NULL);
	CU_ASSERT(strstr(mail, link) != NULL);
	p = strstr(mail, "/verify/");
	CU_ASSERT_FATAL(p != NULL);
	snprintf(vtok, sizeof(vtok), "%s", p + 8);
	CU_ASSERT(crypto_is_token(vtok));
	free(mail);

	/* The status page shows the reference and the due date. */
	CU_ASSERT_FATAL(ht_get(&r, lpath, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /status/TOKEN of a new request"));
	CU_ASSERT(ht_body_has(&r, ref));
	s = it_sql_str("SELECT CONCAT(DAY('%s'), ' ', MONTHNAME('%s'), ' ', "
	    "YEAR('%s'))", due, due, due);
	CU_ASSERT(s != NULL && ht_body_has(&r, s));
	free(s);
	ht_resp_free(&r);

	/* POST 4: the same form again: the same ticket, nothing new. */
	n = rq_tickets();
	CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, body) == 0);
	CU_ASSERT(it_status(&r, 200, "POST the same submission again"));
	ref2 = rq_between(&r, "<strong class=\"reference\">", "<");
	CU_ASSERT(ref2 != NULL && strcmp(ref2, ref) == 0);
	free(ref2);
	/* No new link: the one shown first is the only one that works. */
	CU_ASSERT(!ht_body_has(&r, "/status/"));
	CU_ASSERT(ht_body_has(&r, "already sent"));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(rq_tickets(), n);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE "
	    "ticket_id = %lld", id), 1);

	/* /verify/: the email is confirmed once; a wrong token is 404. */
	CU_ASSERT(it_sql_int("SELECT email_verified_at IS NULL FROM ticket "
	    "WHERE id = %lld", id) == 1);
	s = xasprintf("/verify/%s", vtok);
	CU_ASSERT_FATAL(ht_get(&r, s, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 200, "GET /verify/TOKEN"));
	ht_resp_free(&r);
	free(s);
	CU_ASSERT(it_sql_int("SELECT email_verified_at IS NOT NULL FROM "
	    "ticket WHERE id = %lld", id) == 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_event WHERE "
	    "ticket_id = %lld AND kind = 'email_verified'", id), 1);
	vtok[3] = vtok[3] == 'A' ? 'B' : 'A';
	s = xasprintf("/verify/%s", vtok);
	CU_ASSERT_FATAL(ht_get(&r, s, NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /verify/(wrong token)"));
	ht_resp_free(&r);
	free(s);
	CU_ASSERT_FATAL(ht_get(&r, "/verify/abc", NULL, 0) == 0);
	CU_ASSERT(it_status(&r, 404, "GET /verify/abc"));
	ht_resp_free(&r);

	free(body);
	free(ref);
	free(link);
	free(due);
	rq_form_free(&f);
	free(path);
}

static void
test_honeypot_and_complaint(void)
{
	struct ht_resp r;
	struct rq_form f;
	char *path, *body, *due, *want, *ref;
	long long n;

	path = xasprintf("/o/%s/request", rq_slug);
	/* POST 5: the honeypot filled: accepted, nothing stored. */
	CU_ASSERT_FATAL(rq_form_get(&f) == 0);
	n = rq_tickets();
	body = rq_body(&f, "access", "http://spam.example/");
	CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, body) == 0);
	CU_ASSERT(it_status(&r, 200, "POST with the honeypot filled"));
	ht_resp_free(&r);
	free(body);
	CU_ASSERT_EQUAL(rq_tickets(), n);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket WHERE "
	    "submission_key = '%s'", f.key), 0);
	rq_form_free(&f);

	/* POST 6: a complaint to a uk organisation: received + 29 days. */
	CU_ASSERT_FATAL(rq_form_get(&f) == 0);
	body = rq_body(&f, "complaint", "");
	CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, body) == 0);
	CU_ASSERT(it_status(&r, 200, "POST a complaint"));
	CU_ASSERT(ht_body_has(&r, "must acknowledge your complaint by"));
	ref = rq_between(&r, "<strong class=\"reference\">", "<");
	ht_resp_free(&r);
	due = ref ? it_sql_str("SELECT due_date FROM ticket WHERE org_id = "
	    "%lld AND reference = '%s'", rq_org, ref) : NULL;
	want = it_sql_str("SELECT DATE_ADD(DATE(CONVERT_TZ(received_at, "
	    "'+00:00', 'Europe/London')), INTERVAL 29 DAY) FROM ticket "
	    "WHERE org_id = %lld AND reference = '%s'", rq_org,
	    ref ? ref : "");
	if (want == NULL)	/* no time zone tables: London is UTC or +1 */
		want = rq_today_plus(29);
	CU_ASSERT(due != NULL && want != NULL && strcmp(due, want) == 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket WHERE "
	    "org_id = %lld AND reference = '%s' AND kind = 'complaint' AND "
	    "due_date = '%s'", rq_org, ref ? ref : "", due ? due : ""), 1);
	free(want);
	free(due);
	free(ref);
	free(body);
	rq_form_free(&f);
	free(path);
}

/*
 * A calendar that does not cover today must not turn a requester away:
 * the request is stored without a due date, and the page and the
 * message say the organisation will give one.
 */
static void
test_no_calendar(void)
{
	struct ht_resp r;
	struct rq_form f;
	char *path, *body, *ref, *cal, *mail;

	/* The tests' rate is 120 POSTs a minute with a burst of 5: wait. */
	sleep(3);
	cal = it_name("it-past");
	CU_ASSERT_FATAL(it_sql("INSERT INTO calendar (name, description) "
	    "VALUES ('%s', 'covers 2020 only')", cal) == 0);
	CU_ASSERT_FATAL(it_sql("INSERT INTO calendar_day (calendar, day, "
	    "name) VALUES ('%s', '2020-12-25', 'Christmas Day')", cal) == 0);
	CU_ASSERT_FATAL(it_sql("UPDATE organisation SET calendar = '%s' "
	    "WHERE id = %lld", cal, rq_org) == 0);
	path = xasprintf("/o/%s/request", rq_slug);
	CU_ASSERT_FATAL(rq_form_get(&f) == 0);
	body = rq_body(&f, "access", "");
	CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, body) == 0);
	CU_ASSERT(it_status(&r, 200, "POST when the calendar ends early"));
	CU_ASSERT(ht_body_has(&r, "will tell you the date"));
	ref = rq_between(&r, "<strong class=\"reference\">", "<");
	ht_resp_free(&r);
	CU_ASSERT_FATAL(ref != NULL);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket WHERE "
	    "org_id = %lld AND reference = '%s' AND due_date IS NULL", rq_org,
	    ref), 1);
	mail = it_sql_str("SELECT o.body FROM outbox o JOIN ticket t ON "
	    "t.id = o.ticket_id WHERE t.org_id = %lld AND t.reference = '%s'",
	    rq_org, ref);
	CU_ASSERT(mail != NULL && strstr(mail, "will tell you the date") !=
	    NULL);
	CU_ASSERT_EQUAL(it_sql("UPDATE organisation SET calendar = "
	    "'england-and-wales' WHERE id = %lld", rq_org), 0);
	free(mail);
	free(ref);
	free(body);
	free(path);
	free(cal);
	rq_form_free(&f);
}

/* Runs q as m; returns 0 or the server's error number. */
static unsigned int
rq_run(MYSQL *m, const char *q)
{
	MYSQL_RES *res;

	if (mysql_real_query(m, q, strlen(q)) != 0)
		return mysql_errno(m);
	do {
		if ((res = mysql_store_result(m)) != NULL)
			mysql_free_result(res);
		else if (mysql_field_count(m) != 0)
			return mysql_errno(m);
	} while (mysql_next_result(m) == 0);
	return mysql_errno(m);
}

static void
test_public_account(void)
{
	static const char *const denied[] = {
		"SELECT COUNT(*) FROM ticket",
		"SELECT COUNT(*) FROM outbox",
		"SELECT COUNT(*) FROM ticket_event",
		"SELECT COUNT(*) FROM ticket_counter",
		"INSERT INTO ticket_event (ticket_id, kind) VALUES (1, 'x')",
	};
	MYSQL *m;
	char *path, *q;
	size_t i;

	path = xasprintf("%s/run/conf/public.cnf", it_var());
	m = it_db_open(path, "gdprdesk-public");
	free(path);
	CU_ASSERT_FATAL(m != NULL);
	for (i = 0; i < NELEM(denied); i++) {
		CU_ASSERT_EQUAL(rq_run(m, denied[i]),
		    ER_TABLEACCESS_DENIED_ERROR);
	}
	q = xasprintf("SELECT code FROM public_subject_category WHERE "
	    "org_slug = '%s'", rq_slug);
	CU_ASSERT_EQUAL(rq_run(m, q), 0);
	free(q);
	CU_ASSERT_EQUAL(rq_run(m, "CALL ticket_verify_email('0000')"), 0);
	CU_ASSERT_EQUAL(rq_run(m, "CALL ticket_status_by_token('0000')"), 0);
	CU_ASSERT_EQUAL(rq_run(m, "CALL public_calendar_days("
	    "'england-and-wales')"), 0);
	mysql_close(m);
}

/*
 * Last, as it spends the address's allowance: POSTs to the form past the
 * rate limit get nginx's 429 (refused before the program: no CSRF
 * needed). At most 40 tries; a 429 must come.
 */
static void
test_rate_limit(void)
{
	struct ht_resp r;
	char *path;
	int i, got = 0;

	path = xasprintf("/o/%s/request", rq_slug);
	for (i = 0; i < 40 && !got; i++) {
		CU_ASSERT_FATAL(ht_post(&r, path, NULL, "kind=access") == 0);
		got = r.status == 429;
		if (!got)
			CU_ASSERT(it_status(&r, 403, "POST past the limit"));
		ht_resp_free(&r);
	}
	CU_ASSERT(got);
	free(path);
}

int
test_request_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("request", rq_init, rq_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "the form, CSRF and errors by field",
	    test_form_and_errors) == NULL ||
	    CU_add_test(s, "a request: stored, its status, once, verified",
	    test_submit) == NULL ||
	    CU_add_test(s, "the honeypot; a complaint's date",
	    test_honeypot_and_complaint) == NULL ||
	    CU_add_test(s, "a calendar that ends early: no due date, no 500",
	    test_no_calendar) == NULL ||
	    CU_add_test(s, "the public account: procedures, no tables",
	    test_public_account) == NULL ||
	    CU_add_test(s, "the form's rate limit: 429 (last: it spends it)",
	    test_rate_limit) == NULL)
		return -1;
	return 0;
}
