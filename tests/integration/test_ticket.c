/* test_ticket: the staff side of data-subject requests end to end: submissions to the seed organisations on the dashboard, tasks from the register, the actions that move the clock, complaints, scope and roles, concurrent actions, audited views and the requester search. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <CUnit/CUnit.h>
#include <curl/curl.h>

#include "itest.h"

/*
 * Expected due dates are worked out here from GDPR-RULES.md section 3.4
 * with MariaDB's date functions and the calendar_day table, apart from the
 * program's deadline module, so that the two check each other. Dates are
 * chosen relative to today (the organisation's local date), so that the
 * suite means the same whenever it runs: "inside the first month" and "in
 * the past" depend on it.
 */

#define TK_CAL		"england-and-wales"	/* it_org's default */

static struct it_sess tk_admin;
static char *tk_uk;	/* uk, england-and-wales, Europe/London (defaults) */
static char *tk_eu;	/* eu, ireland, Europe/Dublin */
static char *tk_dash;	/* the only organisation of the DPO and the viewer */
static char *tk_dpo, *tk_viewer;
static char *tk_mail;	/* a requester's address */

static int
tk_init(void)
{
	char *m;

	if (it_suite_init() == -1)
		return -1;
	tk_uk = it_org("ticket");
	tk_eu = it_org("ticket-eu");
	tk_dash = it_org("ticket-dash");
	tk_dpo = it_name("tk-dpo");
	tk_viewer = it_name("tk-viewer");
	m = it_name("tk-requester");
	tk_mail = xasprintf("%s@example.org", m);
	free(m);
	if (it_sql("UPDATE organisation SET jurisdiction = 'eu', calendar = "
	    "'ireland', time_zone = 'Europe/Dublin' WHERE slug = '%s'",
	    tk_eu) == -1)
		return -1;
	if (it_user_add(tk_dpo, "dpo", tk_dash, IT_PASSWORD) != 0 ||
	    it_user_add(tk_viewer, "viewer", tk_dash, IT_PASSWORD) != 0)
		return -1;
	return it_login("admin", it_admin_password(), &tk_admin) == 303 ?
	    0 : -1;
}

static int
tk_clean(void)
{
	it_sess_free(&tk_admin);
	free(tk_uk);
	free(tk_eu);
	free(tk_dash);
	free(tk_dpo);
	free(tk_viewer);
	free(tk_mail);
	tk_uk = tk_eu = tk_dash = tk_dpo = tk_viewer = tk_mail = NULL;
	return 0;
}

/*
 * The local date of instant t in zone tz (decision 2: day one is a local
 * date), YYYY-MM-DD into out. TZ is set only for the call.
 */
static void
tk_local_date(time_t t, const char *tz, char out[11])
{
	const char *v = getenv("TZ");
	char *old = v != NULL ? xstrdup(v) : NULL;
	struct tm tm;

	setenv("TZ", tz, 1);
	tzset();
	localtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
	if (old != NULL)
		setenv("TZ", old, 1);
	else
		unsetenv("TZ");
	tzset();
	free(old);
}

/* Today in London (every organisation here but tk_eu). */
static void
tk_today(char out[11])
{
	tk_local_date(time(NULL), "Europe/London", out);
}

/* Date d moved by months (clamped to the month's end), then days. Owned. */
static char *
tk_add(const char *d, int months, int days)
{
	return it_sql_str("SELECT DATE_ADD(DATE_ADD('%s', INTERVAL %d MONTH), "
	    "INTERVAL %d DAY)", d, months, days);
}

/* Days from a to b (b - a). */
static long long
tk_diff(const char *a, const char *b)
{
	return it_sql_int("SELECT DATEDIFF('%s', '%s')", b, a);
}

/*
 * The due date of GDPR-RULES.md section 3.4: months from start, plus
 * paused days, rolled past Saturdays, Sundays and the holidays of
 * calendar cal. Owned; NULL on error.
 */
static char *
tk_due(const char *cal, const char *start, int months, int paused)
{
	char *d, *n;
	int i;

	d = tk_add(start, months, paused);
	for (i = 0; d != NULL && i < 14; i++) {
		if (it_sql_int("SELECT DAYOFWEEK('%s') IN (1, 7) OR EXISTS "
		    "(SELECT 1 FROM calendar_day WHERE calendar = '%s' AND "
		    "day = '%s')", d, cal, d) == 0)
			return d;
		n = tk_add(d, 0, 1);
		free(d);
		d = n;
	}
	free(d);
	return NULL;
}

/* Are got and want both there and equal? Says so on stderr if not. */
static int
tk_same(const char *what, const char *got, const char *want)
{
	if (got != NULL && want != NULL && strcmp(got, want) == 0)
		return 1;
	fprintf(stderr, "\n    %s: want %s, got %s\n", what,
	    want ? want : "(null)", got ? got : "(null)");
	return 0;
}

/* Ticket ref of organisation org: column col (owned), or its id. */
static char *
tk_col(const char *org, const char *ref, const char *col)
{
	return it_sql_str("SELECT t.%s FROM ticket t JOIN organisation o ON "
	    "o.id = t.org_id WHERE o.slug = '%s' AND t.reference = '%s'", col,
	    org, ref);
}

static long long
tk_id(const char *org, const char *ref)
{
	return it_sql_int("SELECT t.id FROM ticket t JOIN organisation o ON "
	    "o.id = t.org_id WHERE o.slug = '%s' AND t.reference = '%s'", org,
	    ref);
}

/* Does column col of the ticket equal want (NULL: is it NULL)? */
static int
tk_is(const char *org, const char *ref, const char *col, const char *want)
{
	char *v = tk_col(org, ref, col), *what;
	int ok;

	if (want == NULL) {
		ok = v == NULL;
		if (!ok)
			fprintf(stderr, "\n    %s %s: want NULL, got %s\n", ref,
			    col, v);
	} else {
		what = xasprintf("%s %s", ref, col);
		ok = tk_same(what, v, want);
		free(what);
	}
	free(v);
	return ok;
}

static long long
tk_events(long long id, const char *kind)
{
	return it_sql_int("SELECT COUNT(*) FROM ticket_event WHERE ticket_id "
	    "= %lld AND kind = '%s'", id, kind);
}

static long long
tk_mails(long long id, const char *kind)
{
	return it_sql_int("SELECT COUNT(*) FROM outbox WHERE ticket_id = %lld "
	    "AND kind = '%s'", id, kind);
}

/* The body of the newest message of kind for ticket id, owned. */
static char *
tk_mail_body(long long id, const char *kind)
{
	return it_sql_str("SELECT body FROM outbox WHERE ticket_id = %lld AND "
	    "kind = '%s' ORDER BY id DESC LIMIT 1", id, kind);
}

/*
 * Does the requester's status page of ticket id (its link from the
 * acknowledgement in the outbox) say words? Says what it said if not.
 */
static int
tk_status_says(long long id, const char *words)
{
	struct ht_resp r;
	char *body, *p, *path;
	int ok = 0;

	if ((body = tk_mail_body(id, "acknowledgement")) == NULL ||
	    (p = strstr(body, "/status/")) == NULL) {
		free(body);
		fprintf(stderr, "\n    ticket %lld: no status link\n", id);
		return 0;
	}
	path = xstrndup(p, strcspn(p, " \r\n"));
	if (ht_get(&r, path, NULL, 0) == 0 &&
	    it_status(&r, 200, "GET the status link"))
		ok = ht_body_has(&r, words);
	if (!ok)
		fprintf(stderr, "\n    the status page does not say \"%s\"\n",
		    words);
	ht_resp_free(&r);
	free(path);
	free(body);
	return ok;
}

/* The reference in a Location like /staff/o/X/tickets/REF?done=..., owned. */
static char *
tk_location_ref(const struct ht_resp *r)
{
	char *loc = ht_header(r, "Location"), *p, *e, *ref = NULL;

	if (loc != NULL && (p = strstr(loc, "/tickets/")) != NULL) {
		p += strlen("/tickets/");
		e = p + strcspn(p, "?");
		ref = xstrndup(p, (size_t)(e - p));
	}
	free(loc);
	return ref;
}

/*
 * Enters a request for org as the admin (POST /staff/o/ORG/tickets/new):
 * of kind, received on date (YYYY-MM-DD, 10:00 local), from name, by
 * email from email, or by post when email is NULL. Returns the
 * reference (owned) or NULL.
 */
static char *
tk_enter(const char *org, const char *kind, const char *date,
    const char *name, const char *email)
{
	struct buf b = { 0 };
	struct ht_resp r;
	char *path, *ref = NULL;

	ht_form_add(&b, "kind", kind);
	ht_form_add(&b, "channel", email != NULL ? "email" : "post");
	ht_form_add(&b, "received_date", date);
	ht_form_add(&b, "received_time", "10:00");
	ht_form_add(&b, "name", name);
	ht_form_add(&b, "email", email != NULL ? email : "");
	ht_form_add(&b, "phone", "");
	ht_form_add(&b, "agent", "no");
	ht_form_add(&b, "agent_for", "");
	ht_form_add(&b, "category", "");
	ht_form_add(&b, "description", "Came by email: please act on my "
	    "data.");
	it_form_csrf(&b, &tk_admin);
	path = xasprintf("/staff/o/%s/tickets/new", org);
	if (ht_post(&r, path, tk_admin.cookie, b.p) == 0 &&
	    it_status(&r, 303, "POST tickets/new"))
		ref = tk_location_ref(&r);
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	return ref;
}

/*
 * POSTs to ticket ref of org as s the fields given as name, value pairs
 * (a NULL name ends them; a name may repeat). Returns 1 when the answer
 * is want, else 0 (with what came on stderr).
 */
static int __attribute__((sentinel))
tk_act(const struct it_sess *s, const char *org, const char *ref, long want,
    ...)
{
	struct buf b = { 0 };
	struct ht_resp r;
	const char *k, *v;
	char *path, *what;
	va_list ap;
	int ok;

	va_start(ap, want);
	while ((k = va_arg(ap, const char *)) != NULL) {
		v = va_arg(ap, const char *);
		ht_form_add(&b, k, v);
	}
	va_end(ap);
	what = xasprintf("POST %s %s", ref, b.p ? b.p : "");
	it_form_csrf(&b, s);
	path = xasprintf("/staff/o/%s/tickets/%s", org, ref);
	if (ht_post(&r, path, s->cookie, b.p) == -1)
		r.status = -1;
	ok = it_status(&r, want, what);
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	free(what);
	return ok;
}

/* GET path as s asking for XML: the document on 200, else NULL. */
static xmlDocPtr
tk_xml(const struct it_sess *s, const char *path)
{
	struct ht_resp r;
	xmlDocPtr doc = NULL;

	if (ht_get(&r, path, s->cookie, 1) == 0 && it_status(&r, 200, path))
		doc = ht_xml(&r);
	ht_resp_free(&r);
	return doc;
}

/* The ticket page's document (GET /staff/o/ORG/tickets/REF), or NULL. */
static xmlDocPtr
tk_page(const struct it_sess *s, const char *org, const char *ref)
{
	char *path = xasprintf("/staff/o/%s/tickets/%s", org, ref);
	xmlDocPtr doc = tk_xml(s, path);

	free(path);
	return doc;
}

/* The value of XPath expression q (a format) over doc, owned. */
static char *
tk_xp(xmlDocPtr doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static char *
tk_xp(xmlDocPtr doc, const char *fmt, ...)
{
	va_list ap;
	char *q, *v;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	q = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(q, (size_t)n + 1, fmt, ap);
	va_end(ap);
	v = doc != NULL ? ht_xpath(doc, q) : NULL;
	free(q);
	return v;
}

/* tk_xp as a whole number (-1 when it is not one). */
static long long
tk_xp_int(xmlDocPtr doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static long long
tk_xp_int(xmlDocPtr doc, const char *fmt, ...)
{
	va_list ap;
	long long v;
	char *q;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	q = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(q, (size_t)n + 1, fmt, ap);
	va_end(ap);
	v = doc != NULL ? ht_xpath_int(doc, q) : -1;
	free(q);
	return v;
}

/*
 * Where ticket ref of org stands on s's dashboard: the due attribute of
 * its row in queue q ("" when it has none; owned), or NULL when it is not
 * there.
 */
static char *
tk_queue_due(const struct it_sess *s, const char *q, const char *org,
    const char *ref)
{
	xmlDocPtr doc = tk_xml(s, "/staff/");
	char *v = NULL;

	if (doc == NULL)
		return NULL;
	if (tk_xp_int(doc, "count(/dashboard/queue[@name='%s']/ticket"
	    "[@org='%s' and @reference='%s'])", q, org, ref) == 1)
		v = tk_xp(doc, "string(/dashboard/queue[@name='%s']/ticket"
		    "[@org='%s' and @reference='%s']/@due)", q, org, ref);
	xmlFreeDoc(doc);
	return v;
}

/* The id of the task of kind and label (no '"') on a ticket's page, or -1. */
static long long
tk_task(xmlDocPtr doc, const char *kind, const char *label)
{
	char *q = xasprintf("string(/ticket/tasks/task[@kind='%s' and "
	    "@label=\"%s\"]/@id)", kind, label);
	char *v = ht_xpath(doc, q);
	long long id = v != NULL && *v != '\0' ? strtoll(v, NULL, 10) : -1;

	free(v);
	free(q);
	return id;
}

/* The public request form of org: its CSRF cookie and submission key. */
struct tk_form {
	char	*csrf;
	char	*key;
	char	*cookie;
};

/* The text of r's body between from and the next to, owned, or NULL. */
static char *
tk_between(const struct ht_resp *r, const char *from, const char *to)
{
	const char *p, *e;

	if (r->body.p == NULL || (p = strstr(r->body.p, from)) == NULL)
		return NULL;
	p += strlen(from);
	if ((e = strstr(p, to)) == NULL)
		return NULL;
	return xstrndup(p, (size_t)(e - p));
}

static int
tk_form_get(const char *org, struct tk_form *f)
{
	struct ht_resp r;
	char *path;

	memset(f, 0, sizeof(*f));
	path = xasprintf("/o/%s/request", org);
	if (ht_get(&r, path, NULL, 0) == -1 || !it_status(&r, 200, path)) {
		ht_resp_free(&r);
		free(path);
		return -1;
	}
	free(path);
	f->csrf = ht_cookie_value(&r, "gdprdesk_request");
	f->key = tk_between(&r, "name=\"key\" value=\"", "\"");
	ht_resp_free(&r);
	if (f->csrf == NULL || f->key == NULL)
		return -1;
	f->cookie = xasprintf("gdprdesk_request=%s", f->csrf);
	return 0;
}

static void
tk_form_free(struct tk_form *f)
{
	free(f->csrf);
	free(f->key);
	free(f->cookie);
	memset(f, 0, sizeof(*f));
}

/*
 * A requester submits the public form of each seed organisation: a
 * reference with the organisation's prefix, a status link that works, and
 * the ticket in the organisation's list and on its page with the due date
 * of decision 2 and section 3.4 (a month from the local date of receipt,
 * rolled). nginx lets 5 POSTs through at once and then 2 a second
 * (scripts/test.sh): the POSTs here wait for the allowance (a suite before
 * may have spent it) and are spaced to stay under it; the seconds of staff
 * work after them refill it for the request suite, which spends it.
 */
static void
test_seed_submissions(void)
{
	static const char *const seeds[] = {
		"realtimecrm", "expertcrm", "opencrm", "crmio", "callminders",
	};
	char local[11];
	struct ht_resp r;
	struct tk_form f;
	struct buf b;
	struct tm tm;
	xmlDocPtr doc;
	char *path, *ref, *link, *prefix, *cat, *recv, *cal, *want, *v, *what;
	const char *lpath;
	size_t i;

	sleep(3);
	for (i = 0; i < NELEM(seeds); i++) {
		usleep(600 * 1000);
		CU_ASSERT_FATAL(tk_form_get(seeds[i], &f) == 0);
		cat = it_sql_str("SELECT code FROM public_subject_category "
		    "WHERE org_slug = '%s' ORDER BY code LIMIT 1", seeds[i]);
		CU_ASSERT_FATAL(cat != NULL);
		memset(&b, 0, sizeof(b));
		ht_form_add(&b, "csrf", f.csrf);
		ht_form_add(&b, "key", f.key);
		ht_form_add(&b, "kind", i % 2 ? "erasure" : "access");
		ht_form_add(&b, "name", "Sam Seedrequester");
		ht_form_add(&b, "email", tk_mail);
		ht_form_add(&b, "phone", "");
		ht_form_add(&b, "agent", "no");
		ht_form_add(&b, "agent_for", "");
		ht_form_add(&b, "relationship", cat);
		ht_form_add(&b, "description", "What do you hold about me?");
		ht_form_add(&b, "website", "");
		path = xasprintf("/o/%s/request", seeds[i]);
		CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, b.p) == 0);
		what = xasprintf("POST %s", path);
		CU_ASSERT(it_status(&r, 200, what));
		free(what);
		ref = tk_between(&r, "<strong class=\"reference\">", "<");
		link = tk_between(&r, "class=\"status-link\" href=\"", "\"");
		ht_resp_free(&r);
		buf_free(&b);
		free(path);
		free(cat);
		tk_form_free(&f);
		CU_ASSERT_FATAL(ref != NULL && link != NULL);

		prefix = it_sql_str("SELECT CONCAT(ref_prefix, '-') FROM "
		    "organisation WHERE slug = '%s'", seeds[i]);
		CU_ASSERT(prefix != NULL &&
		    strncmp(ref, prefix, strlen(prefix)) == 0);
		free(prefix);

		/* The status link works and names the request. */
		CU_ASSERT_FATAL(strncmp(link, ht_base(), strlen(ht_base())) ==
		    0);
		lpath = link + strlen(ht_base());
		CU_ASSERT_FATAL(ht_get(&r, lpath, NULL, 0) == 0);
		CU_ASSERT(it_status(&r, 200, "GET the status link"));
		CU_ASSERT(ht_body_has(&r, ref));
		ht_resp_free(&r);

		/* Day one: the London date of the UTC instant stored. */
		recv = tk_col(seeds[i], ref, "received_at");
		cal = it_sql_str("SELECT calendar FROM organisation WHERE slug "
		    "= '%s'", seeds[i]);
		CU_ASSERT_FATAL(recv != NULL && cal != NULL);
		memset(&tm, 0, sizeof(tm));
		CU_ASSERT_FATAL(strptime(recv, "%Y-%m-%d %H:%M:%S", &tm) !=
		    NULL);
		tk_local_date(timegm(&tm), "Europe/London", local);
		want = tk_due(cal, local, 1, 0);
		CU_ASSERT(tk_is(seeds[i], ref, "due_date", want));

		/* The organisation's list and the ticket's page. */
		path = xasprintf("/staff/o/%s/tickets", seeds[i]);
		doc = tk_xml(&tk_admin, path);
		free(path);
		CU_ASSERT(doc != NULL);
		v = tk_xp(doc, "string(/tickets/open/ticket[@reference='%s']"
		    "/@due)", ref);
		CU_ASSERT(tk_same("the list's due date", v, want));
		free(v);
		xmlFreeDoc(doc);
		doc = tk_page(&tk_admin, seeds[i], ref);
		v = tk_xp(doc, "string(/ticket/deadline/@due)");
		CU_ASSERT(tk_same("the page's due date", v, want));
		free(v);
		v = tk_xp(doc, "string(/ticket/deadline/@received)");
		CU_ASSERT(tk_same("the page's received date", v, local));
		free(v);
		xmlFreeDoc(doc);

		free(want);
		free(cal);
		free(recv);
		free(ref);
		free(link);
	}
}

/*
 * Two organisations with one reference prefix (nothing makes prefixes
 * unique; it_org gives every test organisation ITS): each numbers its
 * own requests, through staff entry and the public form alike.
 */
static void
test_shared_prefix(void)
{
	char today[11];
	struct ht_resp r;
	struct tk_form f;
	struct buf b = { 0 };
	char *a, *z, *ra, *rz, *path, *ref;

	tk_today(today);
	a = it_org("ticket-same-a");
	z = it_org("ticket-same-z");
	CU_ASSERT_FATAL(it_sql_int("SELECT COUNT(DISTINCT ref_prefix) FROM "
	    "organisation WHERE slug IN ('%s', '%s')", a, z) == 1);
	ra = tk_enter(a, "access", today, "Ada Same", tk_mail);
	rz = tk_enter(z, "access", today, "Zoe Same", tk_mail);
	CU_ASSERT(ra != NULL && rz != NULL && strcmp(ra, rz) == 0);

	usleep(600 * 1000);
	CU_ASSERT_FATAL(tk_form_get(z, &f) == 0);
	ht_form_add(&b, "csrf", f.csrf);
	ht_form_add(&b, "key", f.key);
	ht_form_add(&b, "kind", "access");
	ht_form_add(&b, "name", "Zoe Same");
	ht_form_add(&b, "email", tk_mail);
	ht_form_add(&b, "agent", "no");
	ht_form_add(&b, "relationship", "customers");
	ht_form_add(&b, "description", "A copy, please.");
	ht_form_add(&b, "website", "");
	path = xasprintf("/o/%s/request", z);
	CU_ASSERT_FATAL(ht_post(&r, path, f.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 200, "POST the form of a second ITS org"));
	ref = tk_between(&r, "<strong class=\"reference\">", "<");
	CU_ASSERT(ref != NULL && tk_id(z, ref) > 0);
	ht_resp_free(&r);
	buf_free(&b);
	tk_form_free(&f);
	free(path);
	free(ref);
	free(ra);
	free(rz);
	free(a);
	free(z);
}

/*
 * The dashboard's lists, as a DPO who sees one organisation: overdue,
 * due within 7 days, paused, waiting for identity; and nothing of an
 * organisation the DPO was not granted.
 */
static void
test_dashboard(void)
{
	char today[11];
	struct it_sess dpo;
	char *r1, *r2, *r3, *r4, *r5, *d, *due1, *due2, *week, *v;
	xmlDocPtr doc;
	long long n;

	tk_today(today);
	CU_ASSERT_FATAL(it_login(tk_dpo, IT_PASSWORD, &dpo) == 303);

	/* Received 45 days ago: overdue. */
	d = tk_add(today, 0, -45);
	r1 = tk_enter(tk_dash, "access", d, "Olive Overdue", tk_mail);
	due1 = tk_due(TK_CAL, d, 1, 0);
	free(d);
	CU_ASSERT_FATAL(r1 != NULL && due1 != NULL);
	CU_ASSERT(tk_is(tk_dash, r1, "due_date", due1));
	CU_ASSERT(strcmp(due1, today) < 0);

	/* Received 28 days ago: due in 0 to 7 days. */
	d = tk_add(today, 0, -28);
	r2 = tk_enter(tk_dash, "erasure", d, "Simon Soon", tk_mail);
	due2 = tk_due(TK_CAL, d, 1, 0);
	free(d);
	CU_ASSERT_FATAL(r2 != NULL && due2 != NULL);
	CU_ASSERT(tk_is(tk_dash, r2, "due_date", due2));
	week = tk_add(today, 0, 7);
	CU_ASSERT(strcmp(due2, today) >= 0 && strcmp(due2, week) <= 0);
	free(week);

	/* Waiting for identity, and paused for clarification. */
	d = tk_add(today, 0, -2);
	r3 = tk_enter(tk_dash, "access", d, "Wendy Waiting", tk_mail);
	CU_ASSERT_FATAL(r3 != NULL);
	CU_ASSERT(tk_act(&tk_admin, tk_dash, r3, 303, "action",
	    "request-identity", "text", "A copy of a recent utility bill.",
	    NULL));
	r4 = tk_enter(tk_dash, "access", d, "Paula Paused", tk_mail);
	free(d);
	CU_ASSERT_FATAL(r4 != NULL);
	d = tk_add(today, 0, -1);
	CU_ASSERT(tk_act(&tk_admin, tk_dash, r4, 303, "action", "clarify",
	    "date", d, "text", "Which of your accounts do you mean?", NULL));
	free(d);

	/* A ticket of an organisation the DPO does not see. */
	d = tk_add(today, 0, -45);
	r5 = tk_enter(tk_uk, "access", d, "Otto Other", tk_mail);
	free(d);
	CU_ASSERT_FATAL(r5 != NULL);

	v = tk_queue_due(&dpo, "overdue", tk_dash, r1);
	CU_ASSERT(tk_same("overdue", v, due1));
	free(v);
	v = tk_queue_due(&dpo, "due-soon", tk_dash, r2);
	CU_ASSERT(tk_same("due-soon", v, due2));
	free(v);
	v = tk_queue_due(&dpo, "waiting", tk_dash, r3);
	CU_ASSERT(tk_same("waiting (no due date)", v, ""));
	free(v);
	v = tk_queue_due(&dpo, "paused", tk_dash, r4);
	CU_ASSERT(v != NULL);
	free(v);
	/* Each ticket in one list only. */
	v = tk_queue_due(&dpo, "due-soon", tk_dash, r1);
	CU_ASSERT(v == NULL);
	free(v);
	v = tk_queue_due(&dpo, "overdue", tk_dash, r3);
	CU_ASSERT(v == NULL);
	free(v);
	/* Not the other organisation's, which the admin sees. */
	v = tk_queue_due(&dpo, "overdue", tk_uk, r5);
	CU_ASSERT(v == NULL);
	free(v);
	doc = tk_xml(&tk_admin, "/staff/");
	n = tk_xp_int(doc, "number(/dashboard/queue[@name='overdue']/@total)");
	xmlFreeDoc(doc);
	if (n <= 25) {		/* the list's first 25 rows: it is there */
		v = tk_queue_due(&tk_admin, "overdue", tk_uk, r5);
		CU_ASSERT(v != NULL);
		free(v);
	}

	/* The rows' clocks: days left, days waited. */
	doc = tk_xml(&dpo, "/staff/");
	v = tk_xp(doc, "string(/dashboard/queue[@name='overdue']/ticket"
	    "[@reference='%s']/@days-left)", r1);
	CU_ASSERT(v != NULL && v[0] == '-');
	free(v);
	v = tk_xp(doc, "string(/dashboard/queue[@name='waiting']/ticket"
	    "[@reference='%s']/@days-waiting)", r3);
	CU_ASSERT(v != NULL && strcmp(v, "0") == 0);
	free(v);
	CU_ASSERT(tk_xp_int(doc, "count(/dashboard/queue[@name='waiting']/"
	    "ticket[@reference='%s']/@days-left)", r3) == 0);
	xmlFreeDoc(doc);

	free(r1);
	free(r2);
	free(r3);
	free(r4);
	free(r5);
	free(due1);
	free(due2);
	it_sess_free(&dpo);
}

/*
 * An erasure request to Professional CallMinders from a newsletter
 * subscriber who visits the website: the register gives action tasks for
 * its own systems, Mailchimp and Google Analytics, and an Art 19 notice
 * task for each recipient of those activities; it cannot close as
 * fulfilled while a task is open; each task ends its own way; then it
 * closes and the answer is in the outbox.
 */
static void
test_erasure_tasks(void)
{
	static const char *const cm = "callminders";
	char today[11];
	xmlDocPtr doc;
	char *d, *ref, *body;
	long long id, own, mc, ga, nmc, nga, ntp, other, n;
	char sid[24];

	tk_today(today);
	d = tk_add(today, 0, -3);
	ref = tk_enter(cm, "erasure", d, "Erin Eraser", tk_mail);
	free(d);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(cm, ref);

	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "set-subjects",
	    "subject", "no-such-category", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "set-subjects",
	    "subject", "newsletter-subscribers", "subject", "website-visitors",
	    NULL));
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_subject WHERE "
	    "ticket_id = %lld AND code IN ('newsletter-subscribers', "
	    "'website-visitors')", id), 2);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "plan-tasks",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "plan-tasks",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "set-subjects",
	    "subject", "callers", NULL));

	doc = tk_page(&tk_admin, cm, ref);
	CU_ASSERT_FATAL(doc != NULL);
	own = tk_task(doc, "action", "The organisation's own systems");
	mc = tk_task(doc, "action", "Mailchimp");
	ga = tk_task(doc, "action", "Google Analytics");
	nmc = tk_task(doc, "notice", "Mailchimp");
	nga = tk_task(doc, "notice", "Google Analytics");
	ntp = tk_task(doc, "notice", "Third parties of Google (by law or on "
	    "Google's behalf)");
	CU_ASSERT(own > 0 && mc > 0 && ga > 0 && nmc > 0 && nga > 0 &&
	    ntp > 0);
	/* Three systems hold the data; a category of recipients is told. */
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket/tasks/task[@kind="
	    "'action'])"), 3);
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket/tasks/task)"), 6);
	/* Google Drive holds callers' data, not these categories'. */
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket/tasks/task[@label="
	    "'Google Drive'])"), 0);
	/* Every task open, the closing action refused with a reason. */
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket/tasks/task[@state="
	    "'open'])"), 6);
	xmlFreeDoc(doc);
	/* The notices: every recipient of the activities concerned. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(DISTINCT r.id) FROM recipient "
	    "r JOIN activity_recipient l ON l.recipient_id = r.id JOIN "
	    "activity a ON a.id = l.activity_id JOIN activity_subject s ON "
	    "s.activity_id = a.id JOIN subject_category c ON c.id = "
	    "s.subject_category_id JOIN organisation o ON o.id = a.org_id "
	    "WHERE o.slug = 'callminders' AND a.status = 'active' AND a.role "
	    "IN ('controller', 'joint-controller') AND r.is_retired = 0 AND "
	    "c.code IN ('newsletter-subscribers', 'website-visitors')"), 3);

	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "close", "choice",
	    "fulfilled", "text", "Done.", NULL));
	CU_ASSERT(tk_is(cm, ref, "status", "in-progress"));

	/* Each kind of task ends only its own ways, with its reasons. */
	snprintf(sid, sizeof(sid), "%lld", mc);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "task", "task",
	    sid, "state", "sent", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "task", "task",
	    sid, "state", "retained", "note", "Kept as proof of consent.",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "task", "task",
	    sid, "state", "retained", "ground", "17(3)(b)", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "task", "task",
	    sid, "state", "retained", "ground", "17(9)(z)", "note", "No.",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "task", "task",
	    sid, "state", "open", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "task", "task",
	    sid, "state", "retained", "ground", "17(3)(b)", "note",
	    "The unsubscribe record is kept to honour the opt-out.", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "task", "task",
	    sid, "state", "erased", NULL));
	snprintf(sid, sizeof(sid), "%lld", ntp);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "task", "task",
	    sid, "state", "erased", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "task", "task",
	    sid, "state", "waived", "ground", "disproportionate", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "task", "task",
	    sid, "state", "waived", "ground", "disproportionate", "note",
	    "Google's own recipients are not known to us.", NULL));
	/* A task of another ticket, or none, is not this ticket's. */
	other = it_sql_int("SELECT MAX(id) + 1000 FROM ticket_task");
	snprintf(sid, sizeof(sid), "%lld", other);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 404, "action", "task", "task",
	    sid, "state", "erased", NULL));

	snprintf(sid, sizeof(sid), "%lld", own);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "task", "task",
	    sid, "state", "erased", NULL));
	snprintf(sid, sizeof(sid), "%lld", ga);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "task", "task",
	    sid, "state", "erased", NULL));
	snprintf(sid, sizeof(sid), "%lld", nmc);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "task", "task",
	    sid, "state", "sent", NULL));
	/* One notice left open: still not fulfilled. */
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "close", "choice",
	    "fulfilled", "text", "Done.", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "close", "choice",
	    "partly-fulfilled", "text", "Done.", NULL));
	snprintf(sid, sizeof(sid), "%lld", nga);
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "task", "task",
	    sid, "state", "sent", NULL));
	CU_ASSERT_EQUAL(tk_events(id, "task"), 6);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_task WHERE "
	    "ticket_id = %lld AND state = 'retained' AND ground = '17(3)(b)' "
	    "AND note IS NOT NULL AND done_by IS NOT NULL", id), 1);

	CU_ASSERT(tk_act(&tk_admin, cm, ref, 422, "action", "close", "choice",
	    "no-such-outcome", NULL));
	/* Data kept under Art 17(3): partly fulfilled, with the reasons. */
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "close", "choice",
	    "fulfilled", "text", "Your data is erased.", NULL));
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 303, "action", "close", "choice",
	    "partly-fulfilled", "text", "Your data is erased, except the "
	    "record of your opt-out.", NULL));
	CU_ASSERT(tk_is(cm, ref, "status", "closed"));
	CU_ASSERT(tk_is(cm, ref, "outcome", "partly-fulfilled"));
	CU_ASSERT_EQUAL(tk_events(id, "close"), 1);
	CU_ASSERT_EQUAL(tk_mails(id, "answer"), 1);
	body = tk_mail_body(id, "answer");
	CU_ASSERT(body != NULL && strstr(body, ref) != NULL &&
	    strstr(body, "except the record of your opt-out") != NULL);
	free(body);
	CU_ASSERT(tk_status_says(id, "Answered"));
	/* Closed: no more task endings, no second close. */
	n = tk_events(id, "task");
	CU_ASSERT(tk_act(&tk_admin, cm, ref, 409, "action", "close", "choice",
	    "fulfilled", NULL));
	CU_ASSERT_EQUAL(tk_events(id, "task"), n);
	free(ref);
}

/*
 * An access request to RealtimeCRM: collection tasks, one for its own
 * systems and one per recipient that holds the data for it, and no
 * action or notice tasks; closing waits for them.
 */
static void
test_access_tasks(void)
{
	static const char *const rt = "realtimecrm";
	char today[11], sid[24];
	xmlDocPtr doc;
	char *d, *ref, *q, *v;
	long long id, ncollect, want, i;

	tk_today(today);
	d = tk_add(today, 0, -1);
	ref = tk_enter(rt, "access", d, "Alex Access", tk_mail);
	free(d);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(rt, ref);
	/* No categories known: every active activity counts. */
	CU_ASSERT(tk_act(&tk_admin, rt, ref, 303, "action", "plan-tasks",
	    NULL));
	doc = tk_page(&tk_admin, rt, ref);
	CU_ASSERT_FATAL(doc != NULL);
	ncollect = tk_xp_int(doc, "count(/ticket/tasks/task[@kind='collect'])");
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket/tasks/task)"),
	    ncollect);
	CU_ASSERT(tk_task(doc, "collect", "The organisation's own systems") >
	    0);
	CU_ASSERT(tk_task(doc, "collect", "Stripe") > 0);
	CU_ASSERT(tk_task(doc, "collect", "Google Analytics") > 0);
	/* Independent controllers are not its systems. */
	CU_ASSERT(tk_task(doc, "collect", "Xero") == -1);
	want = 1 + it_sql_int("SELECT COUNT(DISTINCT r.id) FROM recipient r "
	    "JOIN activity_recipient l ON l.recipient_id = r.id JOIN activity "
	    "a ON a.id = l.activity_id JOIN organisation o ON o.id = a.org_id "
	    "WHERE o.slug = 'realtimecrm' AND a.status = 'active' AND a.role "
	    "IN ('controller', 'joint-controller') AND r.is_retired = 0 AND "
	    "r.kind IN ('processor', 'sub-processor', 'joint-controller', "
	    "'internal')");
	CU_ASSERT_EQUAL(ncollect, want);

	CU_ASSERT(tk_act(&tk_admin, rt, ref, 409, "action", "close", "choice",
	    "fulfilled", NULL));
	for (i = 1; i <= ncollect; i++) {
		q = xasprintf("string(/ticket/tasks/task[%lld]/@id)", i);
		v = ht_xpath(doc, q);
		snprintf(sid, sizeof(sid), "%s", v != NULL ? v : "");
		CU_ASSERT(tk_act(&tk_admin, rt, ref, 422, "action", "task",
		    "task", sid, "state", "erased", NULL));
		CU_ASSERT(tk_act(&tk_admin, rt, ref, 303, "action", "task",
		    "task", sid, "state", i == 1 ? "done" : "not-held", NULL));
		free(v);
		free(q);
	}
	xmlFreeDoc(doc);
	CU_ASSERT(tk_act(&tk_admin, rt, ref, 303, "action", "close", "choice",
	    "fulfilled", "text", "A copy of your data is attached.", NULL));
	CU_ASSERT_EQUAL(tk_mails(id, "answer"), 1);
	free(ref);
}

/*
 * Clarification pauses the clock under uk (decision 4: the days from
 * the question to the answer, both included, added before the roll);
 * an extension inside the first month gives three months from the start
 * plus the paused days (decision 5) and its notice; once only; not after
 * the first month; no pause under eu.
 */
static void
test_pause_and_extension(void)
{
	char today[11];
	char *r0, *ref, *reu, *late, *d0, *d1, *d2, *d, *want, *body, *words;
	long long id, open, n;
	xmlDocPtr doc;
	char *v;

	tk_today(today);
	d0 = tk_add(today, 0, -20);
	d1 = tk_add(today, 0, -15);
	d2 = tk_add(today, 0, -12);
	ref = tk_enter(tk_uk, "access", d0, "Clara Clarify", tk_mail);
	CU_ASSERT_FATAL(ref != NULL && d0 != NULL && d1 != NULL && d2 != NULL);
	id = tk_id(tk_uk, ref);
	want = tk_due(TK_CAL, d0, 1, 0);
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	free(want);

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "clarify",
	    "date", d1, NULL));
	d = tk_add(d0, 0, -1);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "clarify",
	    "date", d, "text", "Which account?", NULL));
	free(d);
	d = tk_add(today, 0, 1);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "clarify",
	    "date", d, "text", "Which account?", NULL));
	free(d);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "clarify",
	    "date", "2026-02-30", "text", "Which account?", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "received"));
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_pause WHERE "
	    "ticket_id = %lld", id), 0);

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "clarify",
	    "date", d1, "text", "Which of your two accounts do you mean?",
	    NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "awaiting-clarification"));
	CU_ASSERT_EQUAL(tk_mails(id, "clarification-request"), 1);
	CU_ASSERT(tk_status_says(id, "Paused"));
	/* While it waits, the pause runs to today. */
	open = tk_diff(d1, today) + 1;
	want = tk_due(TK_CAL, d0, 1, (int)open);
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	free(want);
	/* An answer before the question; a second question meanwhile. */
	d = tk_add(d1, 0, -1);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "clarified",
	    "date", d, NULL));
	free(d);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "clarify",
	    "date", d2, "text", "And which year?", NULL));

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "clarified",
	    "date", d2, NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "in-progress"));
	want = tk_due(TK_CAL, d0, 1, 4);
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	free(want);
	CU_ASSERT(tk_events(id, "due-changed") >= 1);
	doc = tk_page(&tk_admin, tk_uk, ref);
	v = tk_xp(doc, "string(/ticket/deadline/@paused)");
	CU_ASSERT(tk_same("paused days", v, "4"));
	free(v);
	xmlFreeDoc(doc);

	/* Extension: three months from the start, plus the pause. */
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "extend",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "extend",
	    "text", "Your data is spread over three archived systems.",
	    NULL));
	want = tk_due(TK_CAL, d0, 3, 4);
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	CU_ASSERT(tk_is(tk_uk, ref, "is_extended", "1"));
	CU_ASSERT_EQUAL(tk_mails(id, "extension"), 1);
	body = tk_mail_body(id, "extension");
	words = it_sql_str("SELECT CONCAT(DAY('%s'), ' ', MONTHNAME('%s'), "
	    "' ', YEAR('%s'))", want, want, want);
	CU_ASSERT(body != NULL && words != NULL &&
	    strstr(body, "three archived systems") != NULL &&
	    strstr(body, words) != NULL);
	free(words);
	free(body);
	n = tk_events(id, "extend");
	CU_ASSERT_EQUAL(n, 1);
	CU_ASSERT(tk_status_says(id, "Extended"));
	words = it_sql_str("SELECT CONCAT(DAY('%s'), ' ', MONTHNAME('%s'), "
	    "' ', YEAR('%s'))", want, want, want);
	CU_ASSERT(words != NULL && tk_status_says(id, words));
	free(words);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "extend",
	    "text", "Again.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	CU_ASSERT_EQUAL(tk_events(id, "extend"), 1);
	CU_ASSERT_EQUAL(tk_mails(id, "extension"), 1);
	free(want);

	/* Received two months ago: the first month is over. */
	d = tk_add(today, -2, 0);
	late = tk_enter(tk_uk, "access", d, "Larry Late", tk_mail);
	free(d);
	CU_ASSERT_FATAL(late != NULL);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, late, 409, "action", "extend",
	    "text", "Too late for this.", NULL));
	CU_ASSERT(tk_is(tk_uk, late, "is_extended", "0"));
	/*
	 * Decision 4: a question asked after the due date cannot stop a
	 * clock that has run out; one asked on the due date (rolled) can.
	 */
	d = tk_col(tk_uk, late, "due_date");
	CU_ASSERT_FATAL(d != NULL && strcmp(d, today) < 0);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, late, 409, "action", "clarify",
	    "date", today, "text", "Which account?", NULL));
	CU_ASSERT(tk_is(tk_uk, late, "status", "received"));
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_pause WHERE "
	    "ticket_id = %lld", tk_id(tk_uk, late)), 0);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, late, 303, "action", "clarify",
	    "date", d, "text", "Which account?", NULL));
	open = tk_diff(d, today) + 1;
	free(d);
	d = tk_add(today, -2, 0);
	want = tk_due(TK_CAL, d, 1, (int)open);
	CU_ASSERT(tk_is(tk_uk, late, "due_date", want));
	free(want);
	free(d);
	free(late);

	/*
	 * A fixed vector: received Thu 1 Oct 2026; one month is Sun 1 Nov;
	 * asked Mon 5 Oct, answered Thu 8 Oct: 4 days, so Thu 5 Nov, a
	 * working day (rolling first would give Mon 2 Nov + 4 = Fri 6 Nov).
	 */
	if (strcmp("2026-10-08", today) < 0) {
		r0 = tk_enter(tk_uk, "access", "2026-10-01", "Vera Vector",
		    NULL);
		CU_ASSERT_FATAL(r0 != NULL);
		CU_ASSERT(tk_is(tk_uk, r0, "due_date", "2026-11-02"));
		CU_ASSERT(tk_act(&tk_admin, tk_uk, r0, 303, "action", "clarify",
		    "date", "2026-10-05", "text", "Which account?", NULL));
		CU_ASSERT(tk_act(&tk_admin, tk_uk, r0, 303, "action",
		    "clarified", "date", "2026-10-08", NULL));
		CU_ASSERT(tk_is(tk_uk, r0, "due_date", "2026-11-05"));
		/* By post: nothing in the outbox, and no error. */
		CU_ASSERT_EQUAL(tk_mails(tk_id(tk_uk, r0), "clarification-"
		    "request"), 0);
		free(r0);
	}

	/* eu: asking for clarification does not stop the clock. */
	d = tk_add(today, 0, -5);
	reu = tk_enter(tk_eu, "access", d, "Eamon Europe", tk_mail);
	CU_ASSERT_FATAL(reu != NULL);
	want = tk_due("ireland", d, 1, 0);
	CU_ASSERT(tk_is(tk_eu, reu, "due_date", want));
	CU_ASSERT(tk_act(&tk_admin, tk_eu, reu, 409, "action", "clarify",
	    "date", today, "text", "Which account?", NULL));
	CU_ASSERT(tk_is(tk_eu, reu, "status", "received"));
	CU_ASSERT(tk_is(tk_eu, reu, "due_date", want));
	CU_ASSERT_EQUAL(tk_mails(tk_id(tk_eu, reu), "clarification-request"),
	    0);
	/* An extension is the eu way: three months from receipt. */
	CU_ASSERT(tk_act(&tk_admin, tk_eu, reu, 303, "action", "extend",
	    "text", "Many systems.", NULL));
	free(want);
	want = tk_due("ireland", d, 3, 0);
	CU_ASSERT(tk_is(tk_eu, reu, "due_date", want));
	free(want);
	free(d);
	free(reu);
	free(ref);
	free(d0);
	free(d1);
	free(d2);
}

/*
 * Identity: asking stops the clock (no due date; the dashboard's waiting
 * list); confirming it on day D starts it at D (decision 3).
 */
static void
test_identity(void)
{
	char today[11];
	char *ref, *d, *want, *v, *body;
	long long id;
	xmlDocPtr doc;

	tk_today(today);
	d = tk_add(today, 0, -10);
	ref = tk_enter(tk_uk, "erasure", d, "Ivan Identity", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	free(d);

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action",
	    "request-identity", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action",
	    "identity-failed", "text", "Nothing came.", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action",
	    "request-identity", "text", "A photo of a bank card, first and "
	    "last digits only.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "awaiting-identity"));
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", NULL));
	CU_ASSERT_EQUAL(tk_mails(id, "identity-request"), 1);
	CU_ASSERT(tk_status_says(id, "Waiting for proof of identity"));
	doc = tk_page(&tk_admin, tk_uk, ref);
	v = tk_xp(doc, "string(/ticket/deadline/@clock)");
	CU_ASSERT(tk_same("the clock", v, "stopped"));
	free(v);
	xmlFreeDoc(doc);
	v = tk_queue_due(&tk_admin, "waiting", tk_uk, ref);
	CU_ASSERT(tk_same("waiting (no due date)", v, ""));
	free(v);

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "close",
	    "choice", "fulfilled", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action",
	    "request-identity", "text", "Again.", NULL));
	d = tk_add(today, 0, 1);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action",
	    "verify-identity", "date", d, "text", "Passport seen.", NULL));
	free(d);
	d = tk_add(today, 0, -11);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action",
	    "verify-identity", "date", d, "text", "Passport seen.", NULL));
	free(d);
	CU_ASSERT(tk_is(tk_uk, ref, "status", "awaiting-identity"));

	/* Asked four days ago: proof cannot have come before that. */
	d = tk_add(today, 0, -4);
	CU_ASSERT(it_sql("UPDATE ticket SET waiting_since = '%s 09:00:00' "
	    "WHERE id = %lld", d, id) == 0);
	free(d);
	d = tk_add(today, 0, -5);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action",
	    "verify-identity", "date", d, "text", "Passport seen.", NULL));
	free(d);
	d = tk_add(today, 0, -3);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action",
	    "verify-identity", "date", d, "text", "Passport seen on a video "
	    "call.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "in-progress"));
	CU_ASSERT(tk_is(tk_uk, ref, "identity", "verified"));
	CU_ASSERT(tk_is(tk_uk, ref, "clock_start", d));
	CU_ASSERT(tk_is(tk_uk, ref, "waiting_since", NULL));
	want = tk_due(TK_CAL, d, 1, 0);
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	v = tk_queue_due(&tk_admin, "waiting", tk_uk, ref);
	CU_ASSERT(v == NULL);
	free(v);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action",
	    "verify-identity", "date", today, "text", "Again.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	CU_ASSERT(tk_status_says(id, "In progress"));
	free(want);
	free(d);
	free(ref);

	/* Identity that cannot be confirmed ends the request. */
	ref = tk_enter(tk_uk, "access", today, "Ida Unknown", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action",
	    "request-identity", "text", "Your customer number.", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action",
	    "identity-failed", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action",
	    "identity-failed", "text", "No customer number came in a month.",
	    NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "closed"));
	CU_ASSERT(tk_is(tk_uk, ref, "outcome", "identity-failed"));
	body = tk_mail_body(id, "identity-failed");
	CU_ASSERT(body != NULL && strstr(body, "courts") != NULL);
	free(body);
	free(ref);
}

/*
 * Fees (decision 10): proposed before requested; requesting stops the
 * clock; payment on day D starts it at D.
 */
static void
test_fee(void)
{
	char today[11];
	char *ref, *d, *want, *body;
	long long id;

	tk_today(today);
	d = tk_add(today, 0, -5);
	ref = tk_enter(tk_uk, "access", d, "Fiona Fee", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	want = tk_due(TK_CAL, d, 1, 0);
	free(d);

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "request-fee",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "fee-paid",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "propose-fee",
	    "choice", "excessive", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "propose-fee",
	    "amount", "£25", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "propose-fee",
	    "choice", "first-copy", "amount", "£25", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "fee_state", "none"));
	/* The ground needs its reasons: the requester is told them. */
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "propose-fee",
	    "choice", "excessive", "amount", "£25", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "propose-fee",
	    "choice", "excessive", "amount", "£25", "text", "The fifth "
	    "request for the same copy this month.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "fee_state", "proposed"));
	CU_ASSERT(tk_is(tk_uk, ref, "fee_ground", "excessive"));
	/* Proposing does not stop the clock. */
	CU_ASSERT(tk_is(tk_uk, ref, "status", "received"));
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	body = tk_mail_body(id, "fee-proposal");
	CU_ASSERT(body != NULL && strstr(body, "£25") != NULL &&
	    strstr(body, "withdraw") != NULL);
	free(body);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "propose-fee",
	    "choice", "excessive", "amount", "£30", "text", "Again.", NULL));

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "request-fee",
	    NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "awaiting-fee"));
	CU_ASSERT(tk_is(tk_uk, ref, "fee_state", "requested"));
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", NULL));
	CU_ASSERT_EQUAL(tk_mails(id, "fee-request"), 1);
	body = tk_mail_body(id, "fee-request");
	CU_ASSERT(body != NULL && strstr(body, "£25") != NULL);
	free(body);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "request-fee",
	    NULL));
	free(want);

	/* Requested two days ago: not paid before that. */
	d = tk_add(today, 0, -2);
	CU_ASSERT(it_sql("UPDATE ticket SET waiting_since = '%s 09:00:00' "
	    "WHERE id = %lld", d, id) == 0);
	free(d);
	d = tk_add(today, 0, -3);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "fee-paid",
	    "date", d, NULL));
	free(d);
	d = tk_add(today, 0, -1);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "fee-paid",
	    "date", d, NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "in-progress"));
	CU_ASSERT(tk_is(tk_uk, ref, "fee_state", "paid"));
	CU_ASSERT(tk_is(tk_uk, ref, "clock_start", d));
	want = tk_due(TK_CAL, d, 1, 0);
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	free(want);
	free(d);

	/* A fee for further copies is for access and portability only. */
	d = tk_add(today, 0, -1);
	free(ref);
	ref = tk_enter(tk_uk, "erasure", d, "Fiona Fee", tk_mail);
	free(d);
	CU_ASSERT_FATAL(ref != NULL);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "propose-fee",
	    "choice", "further-copy", "amount", "£5", "text", "A second "
	    "copy.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "fee_state", "none"));
	free(ref);
}

/*
 * A refusal needs its ground and its reasons, and its message tells the
 * requester of the supervisory authority and the courts (Art 12(4)).
 */
static void
test_refuse(void)
{
	char today[11];
	char *ref, *body;
	long long id;

	tk_today(today);
	ref = tk_enter(tk_uk, "access", today, "Rex Refused", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "refuse",
	    "choice", "excessive", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "refuse",
	    "choice", "excessive", "text", "", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "refuse",
	    "text", "The same request forty times this week.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "received"));
	CU_ASSERT_EQUAL(tk_mails(id, "refusal"), 0);

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "refuse",
	    "choice", "excessive", "text", "The same request forty times "
	    "this week.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "closed"));
	CU_ASSERT(tk_is(tk_uk, ref, "outcome", "refused"));
	CU_ASSERT(tk_is(tk_uk, ref, "outcome_ground", "excessive"));
	CU_ASSERT_EQUAL(tk_mails(id, "refusal"), 1);
	body = tk_mail_body(id, "refusal");
	CU_ASSERT_FATAL(body != NULL);
	CU_ASSERT(strstr(body, "supervisory authority") != NULL);
	CU_ASSERT(strstr(body, "courts") != NULL);
	CU_ASSERT(strstr(body, "forty times this week") != NULL);
	CU_ASSERT(strstr(body, "manifestly excessive") != NULL);
	free(body);
	CU_ASSERT(tk_status_says(id, "Refused"));
	/* The trail holds codes; the reasons stay on the ticket. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_event WHERE "
	    "ticket_id = %lld AND detail LIKE '%%forty%%'", id), 0);
	/* Closed: a note still goes on, nothing else. */
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "close",
	    "choice", "fulfilled", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "refuse",
	    "choice", "excessive", "text", "Again.", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "note",
	    "text", "Phoned to explain.", NULL));
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_note WHERE "
	    "ticket_id = %lld", id), 1);
	CU_ASSERT_EQUAL(tk_mails(id, "refusal"), 1);
	free(ref);
}

/*
 * A complaint (uk, decision 12): acknowledged by received + 29 days,
 * with no roll; acknowledged, then answered.
 */
static void
test_complaint(void)
{
	char today[11];
	struct buf b = { 0 };
	struct ht_resp r;
	char *ref, *d = NULL, *want = NULL, *body, *path;
	long long id;
	int k;

	tk_today(today);
	/* A receipt whose 30th day is a Saturday or Sunday: no roll. */
	for (k = 0; k < 7; k++) {
		free(d);
		free(want);
		d = tk_add(today, 0, -k);
		want = tk_add(d, 0, 29);
		if (it_sql_int("SELECT DAYOFWEEK('%s') IN (1, 7)", want) == 1)
			break;
	}
	CU_ASSERT_FATAL(k < 7);
	ref = tk_enter(tk_uk, "complaint", d, "Connie Complainer", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	CU_ASSERT(tk_is(tk_uk, ref, "due_date", want));
	CU_ASSERT(tk_is(tk_uk, ref, "kind", "complaint"));

	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "close",
	    "choice", "fulfilled", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "extend",
	    "text", "Busy.", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "plan-tasks",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "acknowledge",
	    NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "acknowledged"));
	CU_ASSERT_EQUAL(it_sql_int("SELECT acknowledged_at IS NOT NULL FROM "
	    "ticket WHERE id = %lld", id), 1);
	CU_ASSERT_EQUAL(tk_mails(id, "complaint-acknowledgement"), 1);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "acknowledge",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "answer",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "answer",
	    "text", "We have retrained the team that sent the letter.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "status", "closed"));
	CU_ASSERT(tk_is(tk_uk, ref, "outcome", "answered"));
	body = tk_mail_body(id, "complaint-answer");
	CU_ASSERT(body != NULL && strstr(body, "retrained the team") != NULL &&
	    strstr(body, "courts") != NULL);
	free(body);
	free(ref);
	free(want);

	/* Complaints are a uk ticket kind only. */
	ht_form_add(&b, "kind", "complaint");
	ht_form_add(&b, "channel", "post");
	ht_form_add(&b, "received_date", d);
	ht_form_add(&b, "name", "Connie Complainer");
	ht_form_add(&b, "agent", "no");
	ht_form_add(&b, "description", "You lost my letter.");
	it_form_csrf(&b, &tk_admin);
	path = xasprintf("/staff/o/%s/tickets/new", tk_eu);
	CU_ASSERT_FATAL(ht_post(&r, path, tk_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 422, "POST a complaint to an eu organisation"));
	ht_resp_free(&r);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket t JOIN "
	    "organisation o ON o.id = t.org_id WHERE o.slug = '%s' AND "
	    "t.kind = 'complaint'", tk_eu), 0);
	free(path);
	buf_free(&b);
	free(d);
}

/*
 * Who may act: another organisation's ticket is a 404 (never a 403 that
 * says it exists), a viewer's POST a 403, a bad CSRF token a 403; each
 * changes nothing.
 */
static void
test_scope_and_roles(void)
{
	char today[11];
	struct it_sess dpo, viewer;
	struct ht_resp r;
	struct buf b = { 0 };
	char *mine, *theirs, *path;
	long long mid, tid, nev;

	tk_today(today);
	mine = tk_enter(tk_dash, "access", today, "Mia Mine", tk_mail);
	theirs = tk_enter("callminders", "access", today, "Theo Theirs",
	    tk_mail);
	CU_ASSERT_FATAL(mine != NULL && theirs != NULL);
	mid = tk_id(tk_dash, mine);
	tid = tk_id("callminders", theirs);
	CU_ASSERT_FATAL(it_login(tk_dpo, IT_PASSWORD, &dpo) == 303);
	CU_ASSERT_FATAL(it_login(tk_viewer, IT_PASSWORD, &viewer) == 303);

	nev = it_sql_int("SELECT COUNT(*) FROM ticket_event WHERE ticket_id "
	    "= %lld", tid);
	path = xasprintf("/staff/o/callminders/tickets/%s", theirs);
	CU_ASSERT_FATAL(ht_get(&r, path, dpo.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 404, "a DPO's GET of another org's ticket"));
	ht_resp_free(&r);
	free(path);
	CU_ASSERT(tk_act(&dpo, "callminders", theirs, 404, "action", "note",
	    "text", "Not mine.", NULL));
	CU_ASSERT(tk_act(&dpo, "callminders", theirs, 404, "action", "close",
	    "choice", "no-data", NULL));
	/* Its reference under the DPO's own organisation: no such ticket. */
	CU_ASSERT(tk_act(&dpo, tk_dash, theirs, 404, "action", "close",
	    "choice", "no-data", NULL));
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_event WHERE "
	    "ticket_id = %lld", tid), nev);
	CU_ASSERT(tk_is("callminders", theirs, "status", "received"));
	/* Its own organisation's: allowed. */
	CU_ASSERT(tk_act(&dpo, tk_dash, mine, 303, "action", "note", "text",
	    "Mine.", NULL));

	/* A viewer reads, but cannot act. */
	path = xasprintf("/staff/o/%s/tickets/%s", tk_dash, mine);
	CU_ASSERT_FATAL(ht_get(&r, path, viewer.cookie, 1) == 0);
	CU_ASSERT(it_status(&r, 200, "a viewer's GET of a ticket"));
	ht_resp_free(&r);
	nev = tk_events(mid, "note");
	CU_ASSERT(tk_act(&viewer, tk_dash, mine, 403, "action", "note", "text",
	    "A viewer's note.", NULL));
	CU_ASSERT(tk_act(&viewer, tk_dash, mine, 403, "action", "close",
	    "choice", "no-data", NULL));
	CU_ASSERT_EQUAL(tk_events(mid, "note"), nev);
	CU_ASSERT(tk_is(tk_dash, mine, "status", "received"));

	/* A wrong CSRF token, and none. */
	ht_form_add(&b, "action", "close");
	ht_form_add(&b, "choice", "no-data");
	ht_form_add(&b, "csrf", "not-the-token");
	CU_ASSERT_FATAL(ht_post(&r, path, tk_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST with a wrong CSRF token"));
	ht_resp_free(&r);
	buf_free(&b);
	ht_form_add(&b, "action", "close");
	ht_form_add(&b, "choice", "no-data");
	CU_ASSERT_FATAL(ht_post(&r, path, tk_admin.cookie, b.p) == 0);
	CU_ASSERT(it_status(&r, 403, "POST without a CSRF token"));
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT(tk_is(tk_dash, mine, "status", "received"));
	CU_ASSERT_EQUAL(tk_events(mid, "close"), 0);
	free(path);

	/* No such action, no such ticket, a reference that is not one. */
	CU_ASSERT(tk_act(&tk_admin, tk_dash, mine, 422, "action", "explode",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_dash, "ITS-1999-9999", 404, "action",
	    "note", "text", "Nobody.", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_dash, "not-a-reference", 404, "action",
	    "note", "text", "Nobody.", NULL));

	/* Assign: only someone who may see the organisation. */
	{
		char sid[24];

		snprintf(sid, sizeof(sid), "%lld", it_account_id(tk_viewer));
		CU_ASSERT(tk_act(&tk_admin, tk_dash, mine, 422, "action",
		    "assign", "assignee", sid, NULL));
		snprintf(sid, sizeof(sid), "%lld", it_account_id(tk_dpo));
		CU_ASSERT(tk_act(&tk_admin, tk_dash, mine, 303, "action",
		    "assign", "assignee", sid, NULL));
		CU_ASSERT(tk_is(tk_dash, mine, "assignee", sid));
	}

	it_sess_free(&dpo);
	it_sess_free(&viewer);
	free(mine);
	free(theirs);
}


/* libcurl's body sink for the concurrent requests: the body is not read. */
static size_t
tk_discard(char *p, size_t size, size_t n, void *ctx)
{
	(void)p;
	(void)ctx;
	return size * n;
}

/*
 * POSTs bodies[0..n) to path as cookie all at once (curl's multi
 * interface, each on its own connection, so that they meet at the staff
 * program's workers). Fills status[n] (-1: no answer). Returns 0 or -1.
 */
static int
tk_post_at_once(const char *path, const char *cookie,
    const char *const *bodies, size_t n, long *status)
{
	struct curl_slist *hl = NULL;
	CURL *c[8];
	CURLM *m;
	char *url;
	size_t i;
	int running, rc = 0;

	if (n > NELEM(c) || (m = curl_multi_init()) == NULL)
		return -1;
	url = xasprintf("%s%s", ht_base(), path);
	hl = curl_slist_append(hl, "Accept: application/xml");
	hl = curl_slist_append(hl, "Content-Type: "
	    "application/x-www-form-urlencoded");
	hl = curl_slist_append(hl, "Expect:");
	for (i = 0; i < n; i++) {
		status[i] = -1;
		if ((c[i] = curl_easy_init()) == NULL)
			abort();
		curl_easy_setopt(c[i], CURLOPT_URL, url);
		curl_easy_setopt(c[i], CURLOPT_COOKIE, cookie);
		curl_easy_setopt(c[i], CURLOPT_HTTPHEADER, hl);
		curl_easy_setopt(c[i], CURLOPT_POSTFIELDS, bodies[i]);
		curl_easy_setopt(c[i], CURLOPT_TIMEOUT, 30L);
		curl_easy_setopt(c[i], CURLOPT_NOSIGNAL, 1L);
		curl_easy_setopt(c[i], CURLOPT_FRESH_CONNECT, 1L);
		curl_easy_setopt(c[i], CURLOPT_FORBID_REUSE, 1L);
		curl_easy_setopt(c[i], CURLOPT_WRITEFUNCTION, tk_discard);
		curl_multi_add_handle(m, c[i]);
	}
	do {
		if (curl_multi_perform(m, &running) != CURLM_OK) {
			rc = -1;
			break;
		}
		if (running > 0 &&
		    curl_multi_poll(m, NULL, 0, 1000, NULL) != CURLM_OK) {
			rc = -1;
			break;
		}
	} while (running > 0);
	for (i = 0; i < n; i++) {
		curl_easy_getinfo(c[i], CURLINFO_RESPONSE_CODE, &status[i]);
		if (status[i] == 0)
			status[i] = -1;
		curl_multi_remove_handle(m, c[i]);
		curl_easy_cleanup(c[i]);
	}
	curl_multi_cleanup(m);
	curl_slist_free_all(hl);
	free(url);
	return rc;
}

/* How many of status[n] are want. */
static size_t
tk_nstatus(const long *status, size_t n, long want)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += status[i] == want;
	return k;
}

/* A form body for the admin: the fields given, then the CSRF token. */
static char *
tk_body(const char *action, const char *choice, const char *text)
{
	struct buf b = { 0 };

	ht_form_add(&b, "action", action);
	if (choice != NULL)
		ht_form_add(&b, "choice", choice);
	if (text != NULL)
		ht_form_add(&b, "text", text);
	it_form_csrf(&b, &tk_admin);
	return b.p;
}

/*
 * Two staff acting on one ticket at once (or one form posted twice)
 * cannot put it into an impossible state: one close wins, the others
 * are refused, and there is one event and one message.
 */
static void
test_concurrent(void)
{
	char today[11], sid[24];
	const char *bodies[6];
	char *own[6];
	long status[6];
	char *ref, *path, *v;
	long long id;
	xmlDocPtr doc;
	size_t i;

	tk_today(today);
	/* The same close, four times at once. */
	ref = tk_enter(tk_uk, "access", today, "Carl Concurrent", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	path = xasprintf("/staff/o/%s/tickets/%s", tk_uk, ref);
	for (i = 0; i < 4; i++)
		bodies[i] = own[i] = tk_body("close", "no-data",
		    "We hold nothing about you.");
	CU_ASSERT_FATAL(tk_post_at_once(path, tk_admin.cookie, bodies, 4,
	    status) == 0);
	CU_ASSERT_EQUAL(tk_nstatus(status, 4, 303), 1);
	CU_ASSERT_EQUAL(tk_nstatus(status, 4, 409), 3);
	if (tk_nstatus(status, 4, 303) != 1)
		fprintf(stderr, "\n    four closes at once: %ld %ld %ld %ld\n",
		    status[0], status[1], status[2], status[3]);
	CU_ASSERT_EQUAL(tk_events(id, "close"), 1);
	CU_ASSERT_EQUAL(tk_mails(id, "answer"), 1);
	CU_ASSERT(tk_is(tk_uk, ref, "status", "closed"));
	for (i = 0; i < 4; i++)
		free(own[i]);
	free(path);
	free(ref);

	/* Close, withdraw and refuse at once: one ending. */
	ref = tk_enter(tk_uk, "erasure", today, "Carla Concurrent", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	path = xasprintf("/staff/o/%s/tickets/%s", tk_uk, ref);
	bodies[0] = own[0] = tk_body("close", "no-data", "Nothing held.");
	bodies[1] = own[1] = tk_body("withdraw", NULL, "Withdrawn by phone.");
	bodies[2] = own[2] = tk_body("refuse", "unfounded", "Malicious.");
	bodies[3] = own[3] = tk_body("close", "no-data", "Nothing held.");
	bodies[4] = own[4] = tk_body("withdraw", NULL, "Withdrawn by phone.");
	bodies[5] = own[5] = tk_body("refuse", "unfounded", "Malicious.");
	CU_ASSERT_FATAL(tk_post_at_once(path, tk_admin.cookie, bodies, 6,
	    status) == 0);
	CU_ASSERT_EQUAL(tk_nstatus(status, 6, 303), 1);
	CU_ASSERT_EQUAL(tk_nstatus(status, 6, 409), 5);
	CU_ASSERT_EQUAL(tk_events(id, "close") + tk_events(id, "withdraw") +
	    tk_events(id, "refuse"), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE "
	    "ticket_id = %lld AND kind <> 'acknowledgement'", id), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket WHERE id = "
	    "%lld AND status = 'closed' AND closed_at IS NOT NULL AND "
	    "outcome IS NOT NULL", id), 1);
	for (i = 0; i < 6; i++)
		free(own[i]);
	free(path);
	free(ref);

	/* One task ended twice at once. */
	ref = tk_enter("realtimecrm", "access", today, "Cato Concurrent",
	    tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id("realtimecrm", ref);
	CU_ASSERT(tk_act(&tk_admin, "realtimecrm", ref, 303, "action",
	    "plan-tasks", NULL));
	doc = tk_page(&tk_admin, "realtimecrm", ref);
	v = tk_xp(doc, "string(/ticket/tasks/task[1]/@id)");
	xmlFreeDoc(doc);
	CU_ASSERT_FATAL(v != NULL && *v != '\0');
	snprintf(sid, sizeof(sid), "%s", v);
	free(v);
	path = xasprintf("/staff/o/realtimecrm/tickets/%s", ref);
	for (i = 0; i < 3; i++) {
		struct buf b = { 0 };

		ht_form_add(&b, "action", "task");
		ht_form_add(&b, "task", sid);
		ht_form_add(&b, "state", i == 1 ? "not-held" : "done");
		it_form_csrf(&b, &tk_admin);
		bodies[i] = own[i] = b.p;
	}
	CU_ASSERT_FATAL(tk_post_at_once(path, tk_admin.cookie, bodies, 3,
	    status) == 0);
	CU_ASSERT_EQUAL(tk_nstatus(status, 3, 303), 1);
	CU_ASSERT_EQUAL(tk_nstatus(status, 3, 409), 2);
	CU_ASSERT_EQUAL(tk_events(id, "task"), 1);
	for (i = 0; i < 3; i++)
		free(own[i]);
	free(path);
	free(ref);
}

/*
 * Every view of a ticket is an audit row (who, which ticket), and the
 * page lists who has looked.
 */
static void
test_views_audited(void)
{
	char today[11];
	struct it_sess dpo;
	xmlDocPtr doc;
	char *ref, *v;
	long long id, before, dpo_id;
	int i;

	tk_today(today);
	ref = tk_enter(tk_dash, "portability", today, "Vic Viewed", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_dash, ref);
	dpo_id = it_account_id(tk_dpo);
	CU_ASSERT_FATAL(it_login(tk_dpo, IT_PASSWORD, &dpo) == 303);
	before = it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'ticket_view' AND entity = 'ticket' AND entity_id = %lld", id);
	for (i = 0; i < 3; i++) {
		doc = tk_page(&dpo, tk_dash, ref);
		CU_ASSERT(doc != NULL);
		xmlFreeDoc(doc);
	}
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'ticket_view' AND entity = 'ticket' AND entity_id = %lld", id),
	    before + 3);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'ticket_view' AND entity = 'ticket' AND entity_id = %lld AND "
	    "account_id = %lld AND org_id = (SELECT id FROM organisation "
	    "WHERE slug = '%s')", id, dpo_id, tk_dash), 3);
	/* The HTML page is a view too. */
	{
		struct ht_resp r;
		char *path = xasprintf("/staff/o/%s/tickets/%s", tk_dash, ref);

		CU_ASSERT_FATAL(ht_get(&r, path, tk_admin.cookie, 0) == 0);
		CU_ASSERT(it_status(&r, 200, "GET a ticket's page (HTML)"));
		ht_resp_free(&r);
		free(path);
	}
	doc = tk_page(&dpo, tk_dash, ref);
	v = tk_xp(doc, "string(/ticket/viewers/viewer[@login='%s']/@count)",
	    tk_dpo);
	CU_ASSERT(tk_same("the DPO's views", v, "4"));
	free(v);
	v = tk_xp(doc, "string(/ticket/viewers/viewer[@login='admin']/"
	    "@count)");
	CU_ASSERT(tk_same("the admin's views", v, "1"));
	free(v);
	xmlFreeDoc(doc);
	/* A failed look (no such ticket) audits nothing about this one. */
	{
		struct ht_resp r;
		char *path = xasprintf("/staff/o/%s/tickets/ITS-1999-0001",
		    tk_dash);

		CU_ASSERT_FATAL(ht_get(&r, path, dpo.cookie, 1) == 0);
		CU_ASSERT(it_status(&r, 404, "GET a ticket that is not there"));
		ht_resp_free(&r);
		free(path);
	}
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'ticket_view' AND entity = 'ticket' AND entity_id = %lld", id),
	    before + 5);
	it_sess_free(&dpo);
	free(ref);
}

/*
 * Finding a requester's tickets by email or the start of the name,
 * across kinds and organisations; a DPO finds only their
 * organisation's.
 */
static void
test_search(void)
{
	static const char *const kinds[] = {
		"access", "erasure", "complaint", "objection",
	};
	char today[11];
	struct it_sess dpo;
	xmlDocPtr doc;
	char *mail, *name, *u, *q, *refs[4], *v;
	const char *orgs[4];
	size_t i;

	tk_today(today);
	u = it_name("srch");
	mail = xasprintf("%s@example.org", u);
	name = xasprintf("Zed%s Searchable", u);
	orgs[0] = tk_uk;
	orgs[1] = tk_uk;
	orgs[2] = tk_dash;
	orgs[3] = tk_eu;
	for (i = 0; i < NELEM(kinds); i++) {
		refs[i] = tk_enter(orgs[i], kinds[i], today, name, mail);
		CU_ASSERT_FATAL(refs[i] != NULL);
	}
	CU_ASSERT_FATAL(it_login(tk_dpo, IT_PASSWORD, &dpo) == 303);

	/* By email: all four, each kind, each organisation. */
	q = xasprintf("/staff/tickets?q=%s", mail);
	doc = tk_xml(&tk_admin, q);
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket-search/results/ticket)"),
	    4);
	for (i = 0; i < NELEM(kinds); i++) {
		CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket-search/results/"
		    "ticket[@reference='%s' and @kind='%s' and @org='%s'])",
		    refs[i], kinds[i], orgs[i]), 1);
	}
	xmlFreeDoc(doc);
	/* The DPO: the one of their organisation. */
	doc = tk_xml(&dpo, q);
	CU_ASSERT_FATAL(doc != NULL);
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket-search/results/ticket)"),
	    1);
	v = tk_xp(doc, "string(/ticket-search/results/ticket/@org)");
	CU_ASSERT(tk_same("the DPO's search", v, tk_dash));
	free(v);
	xmlFreeDoc(doc);
	free(q);

	/* By the start of the name. */
	q = xasprintf("/staff/tickets?q=Zed%.6s", u);
	doc = tk_xml(&tk_admin, q);
	CU_ASSERT(tk_xp_int(doc, "count(/ticket-search/results/ticket"
	    "[requester='%s'])", name) == 4);
	xmlFreeDoc(doc);
	free(q);

	/* LIKE's wildcards are plain characters; too short a query. */
	doc = tk_xml(&tk_admin, "/staff/tickets?q=%25%25");
	CU_ASSERT(doc != NULL);
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket-search/results/ticket)"),
	    0);
	xmlFreeDoc(doc);
	doc = tk_xml(&tk_admin, "/staff/tickets?q=__");
	CU_ASSERT_EQUAL(tk_xp_int(doc, "count(/ticket-search/results/ticket)"),
	    0);
	xmlFreeDoc(doc);
	{
		struct ht_resp r;

		CU_ASSERT_FATAL(ht_get(&r, "/staff/tickets?q=Z",
		    tk_admin.cookie, 1) == 0);
		CU_ASSERT(it_status(&r, 422, "a search of one letter"));
		ht_resp_free(&r);
	}

	it_sess_free(&dpo);
	for (i = 0; i < NELEM(kinds); i++)
		free(refs[i]);
	free(u);
	free(mail);
	free(name);
}

/* A request whose kind is not known: no tasks until staff set it. */
static void
test_unsure(void)
{
	char today[11];
	char *ref;

	tk_today(today);
	ref = tk_enter(tk_uk, "unsure", today, "Una Unsure", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "plan-tasks",
	    NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 422, "action", "set-kind",
	    "choice", "complaint", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "set-kind",
	    "choice", "rectification", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "kind", "rectification"));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 409, "action", "set-kind",
	    "choice", "erasure", NULL));
	CU_ASSERT(tk_act(&tk_admin, tk_uk, ref, 303, "action", "withdraw",
	    "text", "The requester withdrew it by phone.", NULL));
	CU_ASSERT(tk_is(tk_uk, ref, "outcome", "withdrawn"));
	free(ref);
}

/* POSTs the new-request form of org as s with fields (see tk_act). */
static int __attribute__((sentinel))
tk_new(const struct it_sess *s, const char *org, long want, ...)
{
	struct buf b = { 0 };
	struct ht_resp r;
	const char *k, *v;
	char *path, *what;
	va_list ap;
	int ok;

	va_start(ap, want);
	while ((k = va_arg(ap, const char *)) != NULL) {
		v = va_arg(ap, const char *);
		ht_form_add(&b, k, v);
	}
	va_end(ap);
	what = xasprintf("POST tickets/new %s", b.p ? b.p : "");
	it_form_csrf(&b, s);
	path = xasprintf("/staff/o/%s/tickets/new", org);
	if (ht_post(&r, path, s->cookie, b.p) == -1)
		r.status = -1;
	ok = it_status(&r, want, what);
	ht_resp_free(&r);
	buf_free(&b);
	free(path);
	free(what);
	return ok;
}

/*
 * A request staff enter: a date in the future, a bad time, an email
 * request without the address, a relationship the organisation does
 * not have: each a 422 that stores nothing; a viewer cannot enter one;
 * the channel and time are kept as given.
 */
static void
test_new_form(void)
{
	char today[11];
	struct it_sess viewer;
	char *d, *ref, *at;
	long long n;

	tk_today(today);
	n = it_sql_int("SELECT COUNT(*) FROM ticket t JOIN organisation o ON "
	    "o.id = t.org_id WHERE o.slug = '%s'", tk_dash);
	d = tk_add(today, 0, 1);
	CU_ASSERT(tk_new(&tk_admin, tk_dash, 422, "kind", "access", "channel",
	    "post", "received_date", d, "name", "Fred Future", "agent", "no",
	    "description", "Tomorrow's letter.", NULL));
	free(d);
	CU_ASSERT(tk_new(&tk_admin, tk_dash, 422, "kind", "access", "channel",
	    "post", "received_date", today, "received_time", "25:00", "name",
	    "Tim Time", "agent", "no", "description", "A letter.", NULL));
	CU_ASSERT(tk_new(&tk_admin, tk_dash, 422, "kind", "access", "channel",
	    "email", "received_date", today, "name", "Emma Email", "agent",
	    "no", "description", "An email.", NULL));
	CU_ASSERT(tk_new(&tk_admin, tk_dash, 422, "kind", "access", "channel",
	    "post", "received_date", today, "name", "Cathy Category",
	    "agent", "no", "category", "no-such-category", "description",
	    "A letter.", NULL));
	CU_ASSERT(tk_new(&tk_admin, tk_dash, 422, "kind", "wish", "channel",
	    "post", "received_date", today, "name", "Will Wish", "agent",
	    "no", "description", "A letter.", NULL));
	CU_ASSERT(tk_new(&tk_admin, tk_dash, 422, "kind", "access", "channel",
	    "fax", "received_date", today, "name", "Fay Fax", "agent", "no",
	    "description", "A fax.", NULL));
	CU_ASSERT_FATAL(it_login(tk_viewer, IT_PASSWORD, &viewer) == 303);
	CU_ASSERT(tk_new(&viewer, tk_dash, 403, "kind", "access", "channel",
	    "post", "received_date", today, "name", "Vera Viewer", "agent",
	    "no", "description", "A letter.", NULL));
	it_sess_free(&viewer);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket t JOIN "
	    "organisation o ON o.id = t.org_id WHERE o.slug = '%s'", tk_dash),
	    n);

	/* By phone at 09:30 London time, three days ago. */
	d = tk_add(today, 0, -3);
	CU_ASSERT(tk_new(&tk_admin, tk_dash, 303, "kind", "objection",
	    "channel", "phone", "received_date", d, "received_time", "09:30",
	    "name", "Phil Phone", "phone", "01632 960 001", "agent", "yes",
	    "agent_for", "His mother", "category", "customers", "description",
	    "Stop the marketing calls.", NULL));
	ref = it_sql_str("SELECT t.reference FROM ticket t JOIN organisation "
	    "o ON o.id = t.org_id WHERE o.slug = '%s' AND t.requester_name = "
	    "'Phil Phone'", tk_dash);
	CU_ASSERT_FATAL(ref != NULL);
	CU_ASSERT(tk_is(tk_dash, ref, "channel", "phone"));
	CU_ASSERT(tk_is(tk_dash, ref, "clock_start", d));
	CU_ASSERT(tk_is(tk_dash, ref, "is_agent", "1"));
	at = tk_col(tk_dash, ref, "received_at");
	/* 09:30 in London is 09:30 or 08:30 UTC. */
	CU_ASSERT(at != NULL && strncmp(at, d, 10) == 0 &&
	    (strcmp(at + 11, "09:30:00") == 0 ||
	    strcmp(at + 11, "08:30:00") == 0));
	free(at);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket_subject WHERE "
	    "ticket_id = %lld AND code = 'customers'", tk_id(tk_dash, ref)), 1);
	/* No email: no acknowledgement queued. */
	CU_ASSERT_EQUAL(tk_mails(tk_id(tk_dash, ref), "acknowledgement"), 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM audit WHERE action = "
	    "'ticket_create' AND entity = 'ticket' AND entity_id = %lld",
	    tk_id(tk_dash, ref)), 1);
	free(ref);
	free(d);
}

/*
 * Last: the programs' logs name no requester (STYLE.md: no personal
 * data in logs), after everything above put names, addresses and
 * reasons through them.
 */
static void
test_logs_clean(void)
{
	static const char *const logs[] = { "staff.log", "public.log" };
	static const char *const words[] = {
		"Erin Eraser", "Clara Clarify", "forty times", "Phil Phone",
		"01632 960 001", "retrained the team",
	};
	struct buf b;
	char chunk[4096], *path;
	size_t i, j, n;
	FILE *f;

	for (i = 0; i < NELEM(logs); i++) {
		path = xasprintf("%s/log/%s", it_var(), logs[i]);
		f = fopen(path, "r");
		CU_ASSERT(f != NULL);
		if (f == NULL) {
			fprintf(stderr, "\n    cannot read %s\n", path);
			free(path);
			continue;
		}
		memset(&b, 0, sizeof(b));
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_append(&b, chunk, n);
		fclose(f);
		buf_puts(&b, "");
		CU_ASSERT(strstr(b.p, tk_mail) == NULL);
		for (j = 0; j < NELEM(words); j++) {
			CU_ASSERT(strstr(b.p, words[j]) == NULL);
			if (strstr(b.p, words[j]) != NULL)
				fprintf(stderr, "\n    %s holds \"%s\"\n", path,
				    words[j]);
		}
		buf_free(&b);
		free(path);
	}
}

/*
 * The staff form sent twice (a double click, back and send again): one
 * ticket, the second answer leads to it. A time later today than now is
 * refused.
 */
static void
test_enter_twice(void)
{
	struct buf b = { 0 };
	struct ht_resp r;
	xmlDocPtr doc;
	char *path, *key, *ref1 = NULL, *ref2 = NULL, today[11], *name;
	long long before;

	path = xasprintf("/staff/o/%s/tickets/new", tk_uk);
	doc = tk_xml(&tk_admin, path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	key = tk_xp(doc, "string(/ticket-new/form/field[@name='key']/@value)");
	xmlFreeDoc(doc);
	CU_ASSERT_FATAL(key != NULL && strlen(key) == 64);
	tk_today(today);
	name = it_name("Twice Sent");
	ht_form_add(&b, "kind", "access");
	ht_form_add(&b, "channel", "email");
	ht_form_add(&b, "received_date", today);
	ht_form_add(&b, "name", name);
	ht_form_add(&b, "email", tk_mail);
	ht_form_add(&b, "agent", "no");
	ht_form_add(&b, "description", "Sent twice.");
	ht_form_add(&b, "key", key);
	it_form_csrf(&b, &tk_admin);
	before = it_sql_int("SELECT COUNT(*) FROM ticket");
	if (ht_post(&r, path, tk_admin.cookie, b.p) == 0 &&
	    it_status(&r, 303, "first send"))
		ref1 = tk_location_ref(&r);
	ht_resp_free(&r);
	if (ht_post(&r, path, tk_admin.cookie, b.p) == 0 &&
	    it_status(&r, 303, "second send"))
		ref2 = tk_location_ref(&r);
	ht_resp_free(&r);
	CU_ASSERT(ref1 != NULL && ref2 != NULL && strcmp(ref1, ref2) == 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket"), before + 1);
	buf_free(&b);

	/* 23:59 today has not happened yet (except in its last minute). */
	memset(&b, 0, sizeof(b));
	ht_form_add(&b, "kind", "access");
	ht_form_add(&b, "channel", "post");
	ht_form_add(&b, "received_date", today);
	ht_form_add(&b, "received_time", "23:59");
	ht_form_add(&b, "name", name);
	ht_form_add(&b, "agent", "no");
	ht_form_add(&b, "description", "From the future.");
	it_form_csrf(&b, &tk_admin);
	before = it_sql_int("SELECT COUNT(*) FROM ticket");
	CU_ASSERT(ht_post(&r, path, tk_admin.cookie, b.p) == 0 &&
	    (r.status == 422 || r.status == 303));
	if (r.status == 422)
		CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM ticket"),
		    before);
	ht_resp_free(&r);
	buf_free(&b);
	free(ref1);
	free(ref2);
	free(key);
	free(name);
	free(path);
}

/*
 * A message that has waited more than 15 minutes unsent shows on the
 * dashboard (no sendmail, or a failing one): the DPO must know that
 * notices did not go out.
 */
static void
test_outbox_warning(void)
{
	char *ref;
	xmlDocPtr doc;
	long long id, before, after;
	char today[11];

	tk_today(today);
	ref = tk_enter(tk_uk, "access", today, "Olive Outbox", tk_mail);
	CU_ASSERT_FATAL(ref != NULL);
	id = tk_id(tk_uk, ref);
	doc = tk_xml(&tk_admin, "/staff/?w=1");
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	before = tk_xp_int(doc, "number(concat('0', "
	    "/dashboard/outbox-stuck/@messages))");
	xmlFreeDoc(doc);
	/* Its acknowledgement, made to look 20 minutes old and unsent. */
	CU_ASSERT(it_sql("UPDATE outbox SET created_at = UTC_TIMESTAMP() - "
	    "INTERVAL 20 MINUTE, sent_at = NULL WHERE ticket_id = %lld",
	    id) == 0);
	doc = tk_xml(&tk_admin, "/staff/?w=2");
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	after = tk_xp_int(doc, "number(/dashboard/outbox-stuck/@messages)");
	xmlFreeDoc(doc);
	CU_ASSERT(after >= before + 1);
	/* Sent: the warning counts one fewer. */
	CU_ASSERT(it_sql("UPDATE outbox SET sent_at = UTC_TIMESTAMP() "
	    "WHERE ticket_id = %lld", id) == 0);
	doc = tk_xml(&tk_admin, "/staff/?w=3");
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	CU_ASSERT_EQUAL(tk_xp_int(doc, "number(concat('0', "
	    "/dashboard/outbox-stuck/@messages))"), after - 1);
	xmlFreeDoc(doc);
	free(ref);
}

int
test_ticket_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("ticket", tk_init, tk_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "the seed organisations' forms: reference, "
	    "status link, due date", test_seed_submissions) == NULL ||
	    CU_add_test(s, "two organisations with one prefix",
	    test_shared_prefix) == NULL ||
	    CU_add_test(s, "the dashboard's lists, one organisation's",
	    test_dashboard) == NULL ||
	    CU_add_test(s, "erasure at CallMinders: tasks, then closed",
	    test_erasure_tasks) == NULL ||
	    CU_add_test(s, "access at RealtimeCRM: collection tasks",
	    test_access_tasks) == NULL ||
	    CU_add_test(s, "clarification pause and extension move the date",
	    test_pause_and_extension) == NULL ||
	    CU_add_test(s, "identity stops the clock and starts it again",
	    test_identity) == NULL ||
	    CU_add_test(s, "a fee: proposed, requested, paid",
	    test_fee) == NULL ||
	    CU_add_test(s, "a refusal: its reasons and the remedies",
	    test_refuse) == NULL ||
	    CU_add_test(s, "a complaint: acknowledged by day 30, answered",
	    test_complaint) == NULL ||
	    CU_add_test(s, "another organisation 404, viewer and CSRF 403",
	    test_scope_and_roles) == NULL ||
	    CU_add_test(s, "concurrent actions: one wins",
	    test_concurrent) == NULL ||
	    CU_add_test(s, "every view audited and listed",
	    test_views_audited) == NULL ||
	    CU_add_test(s, "the requester search, scoped",
	    test_search) == NULL ||
	    CU_add_test(s, "a kind not known: set, then withdrawn",
	    test_unsure) == NULL ||
	    CU_add_test(s, "messages unsent for 15 minutes: the dashboard "
	    "warns", test_outbox_warning) == NULL ||
	    CU_add_test(s, "the staff form sent twice makes one ticket; a time "
	    "to come is refused", test_enter_twice) == NULL ||
	    CU_add_test(s, "a request entered by staff: checked, kept as given",
	    test_new_form) == NULL ||
	    CU_add_test(s, "no requester's data in the programs' logs (last)",
	    test_logs_clean) == NULL)
		return -1;
	return 0;
}
