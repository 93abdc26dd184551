/* test_due: gdprdeskctl due against the instance's calendars: every binding vector, the refusals and their exit codes, and a holiday an admin adds. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "../unit/deadline_vectors.h"
#include "http.h"
#include "itest.h"

/*
 * Records an assertion whose failure message names the case (CUnit
 * copies it). CHECK(condition, "printf-style description", ...).
 */
static void du_check(int, unsigned int, const char *, ...)
	    __attribute__((format(printf, 3, 4)));

static void
du_check(int ok, unsigned int line, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (ok) {
		CU_assertImplementation(CU_TRUE, line, "", __FILE__, "",
		    CU_FALSE);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	CU_assertImplementation(CU_FALSE, line, msg, __FILE__, "", CU_FALSE);
}

#define CHECK(c, ...)	du_check((c) ? 1 : 0, __LINE__, __VA_ARGS__)

static int
du_init(void)
{
	return it_suite_init();
}

static int
du_clean(void)
{
	return 0;
}

/*
 * Runs `gdprdeskctl --var VAR due ARGS` (ARGS as shell words) and
 * returns its exit status, or -1. *out gets its standard output and
 * *err its standard error (owned; either may be NULL to ignore).
 */
static int
du_run_var(const char *var, const char *args, char **out, char **err)
{
	char errpath[] = "/tmp/gdprdesk-due-XXXXXX";
	char *cmd, chunk[4096];
	struct buf b = { 0 }, e = { 0 };
	size_t n;
	FILE *pp, *f;
	int fd, st;

	if ((fd = mkstemp(errpath)) == -1)
		return -1;
	close(fd);
	cmd = xasprintf("'%s/gdprdeskctl' --var '%s' due %s 2>'%s'",
	    it_bin(), var, args, errpath);
	pp = popen(cmd, "r");
	free(cmd);
	if (pp == NULL) {
		unlink(errpath);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), pp)) > 0)
		buf_append(&b, chunk, n);
	st = pclose(pp);
	if ((f = fopen(errpath, "r")) != NULL) {
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			buf_append(&e, chunk, n);
		fclose(f);
	}
	unlink(errpath);
	buf_append(&b, "", 0);
	buf_append(&e, "", 0);
	if (out != NULL)
		*out = b.p;
	else
		buf_free(&b);
	if (err != NULL)
		*err = e.p;
	else
		buf_free(&e);
	return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static int
du_run(const char *args, char **out, char **err)
{
	return du_run_var(it_var(), args, out, err);
}

/* The command-line arguments of case c, on calendar cal. Owned. */
static char *
du_args(const struct dv_case *c, const char *cal)
{
	struct buf b = { 0 };
	char tmp[256], *p, *tok, *save = NULL;

	buf_printf(&b, "--rules %s --calendar %s --received %s", c->rules,
	    cal, c->received);
	if (c->clock != NULL) {
		snprintf(tmp, sizeof(tmp), "%s", c->clock);
		for (p = tmp; (tok = strtok_r(p, " ", &save)) != NULL;
		    p = NULL)
			buf_printf(&b, " --clock-start %s", tok);
	}
	if (c->pauses != NULL) {
		snprintf(tmp, sizeof(tmp), "%s", c->pauses);
		for (p = tmp; (tok = strtok_r(p, " ", &save)) != NULL;
		    p = NULL)
			buf_printf(&b, " --pause %s", tok);
	}
	if (c->is_extended)
		buf_puts(&b, " --extend");
	return b.p;
}

/*
 * Runs case c on calendar cal and checks: exit 0, the due date alone on
 * the first line, and with an extension the notice date on the second.
 */
static void
du_check_case(const struct dv_case *c, const char *cal)
{
	char *args, *out = NULL, *err = NULL, *nl, want[64];
	int st;

	args = du_args(c, cal);
	st = du_run(args, &out, &err);
	CHECK(st == 0, "%s: due %s: exit %d: %s", c->id, args, st,
	    err != NULL ? err : "");
	if (st == 0 && out != NULL) {
		nl = strchr(out, '\n');
		CHECK(nl != NULL && (size_t)(nl - out) == 10 &&
		    strncmp(out, c->due, 10) == 0, "%s: due %s: printed "
		    "\"%s\", want %s alone on the first line", c->id, args,
		    out, c->due);
		if (c->is_extended && nl != NULL) {
			snprintf(want, sizeof(want),
			    "extension-notice-by %s\n", c->notice != NULL ?
			    c->notice : "");
			CHECK(c->notice == NULL || strcmp(nl + 1, want) == 0,
			    "%s: due %s: second line \"%s\", want \"%s\"",
			    c->id, args, nl + 1, want);
		} else
			CHECK(nl != NULL && nl[1] == '\0', "%s: due %s: one "
			    "line, printed \"%s\"", c->id, args, out);
	}
	free(out);
	free(err);
	free(args);
}

/* Decision 11: every binding vector, on the database's calendars. */
static void
test_binding(void)
{
	size_t i;

	for (i = 0; i < NELEM(dv_binding); i++)
		du_check_case(&dv_binding[i], dv_binding[i].cal);
}

static void
test_edges(void)
{
	size_t i;

	for (i = 0; i < NELEM(dv_edges); i++)
		du_check_case(&dv_edges[i], dv_edges[i].cal);
}

/* Exit 2, nothing on standard output, a message on standard error. */
static void
du_check_refused(const char *what, const char *args)
{
	char *out = NULL, *err = NULL;
	int st;

	st = du_run(args, &out, &err);
	CHECK(st == 2, "%s: due %s: exit %d, want 2", what, args, st);
	CHECK(out != NULL && out[0] == '\0', "%s: due %s: printed \"%s\"",
	    what, args, out != NULL ? out : "");
	CHECK(err != NULL && strncmp(err, "gdprdeskctl: due: ", 18) == 0 &&
	    strchr(err, '\n') != NULL, "%s: due %s: message \"%s\"", what,
	    args, err != NULL ? err : "");
	free(out);
	free(err);
}

/* The refused cases: eu pause, pause order, early, late, uncovered. */
static void
test_refused(void)
{
	char *args;
	size_t i;

	for (i = 0; i < NELEM(dv_refused); i++) {
		args = du_args(&dv_refused[i], dv_refused[i].cal);
		du_check_refused(dv_refused[i].id, args);
		free(args);
	}
}

/* Every other class of bad input exits 2 too. */
static void
test_bad_input(void)
{
	static const struct {
		const char	*what;
		const char	*args;
	} t[] = {
		{ "a day February lacks", "--rules uk --calendar "
		    "england-and-wales --received 2026-02-30" },
		{ "29 Feb of a common year", "--rules uk --calendar "
		    "england-and-wales --received 2025-02-29" },
		{ "not YYYY-MM-DD", "--rules uk --calendar england-and-wales "
		    "--received 2026-3-1" },
		{ "a date with a time", "--rules uk --calendar "
		    "england-and-wales --received '2026-03-01 10:00'" },
		{ "an empty date", "--rules uk --calendar england-and-wales "
		    "--received ''" },
		{ "a bad clock start", "--rules uk --calendar "
		    "england-and-wales --received 2026-03-02 --clock-start "
		    "2026-13-01" },
		{ "a pause without its end", "--rules uk --calendar "
		    "england-and-wales --received 2026-03-02 --pause "
		    "2026-03-04" },
		{ "a pause with a bad end", "--rules uk --calendar "
		    "england-and-wales --received 2026-03-02 --pause "
		    "2026-03-04:2026-02-30" },
		{ "a pause of three dates", "--rules uk --calendar "
		    "england-and-wales --received 2026-03-02 --pause "
		    "2026-03-04:2026-03-05:2026-03-06" },
		{ "an unknown rule set", "--rules fr --calendar "
		    "england-and-wales --received 2026-03-02" },
		{ "rule sets are lower case", "--rules UK --calendar "
		    "england-and-wales --received 2026-03-02" },
		{ "the legacy rule is not built", "--rules uk-legacy "
		    "--calendar england-and-wales --received 2019-08-01" },
		{ "an unknown calendar", "--rules uk --calendar atlantis "
		    "--received 2026-03-02" },
		{ "a calendar name that cannot be", "--rules uk --calendar "
		    "'England and Wales' --received 2026-03-02" },
		{ "a calendar name with a quote", "--rules uk --calendar "
		    "\"x'y\" --received 2026-03-02" },
		{ "no rule set", "--calendar england-and-wales --received "
		    "2026-03-02" },
		{ "no calendar", "--rules uk --received 2026-03-02" },
		{ "no received date", "--rules uk --calendar "
		    "england-and-wales" },
		{ "nothing at all", "" },
		{ "an option without its value", "--rules uk --calendar "
		    "england-and-wales --received" },
		{ "an unknown option", "--rules uk --calendar "
		    "england-and-wales --received 2026-03-02 --fast" },
		{ "a repeated rule set", "--rules uk --rules eu --calendar "
		    "england-and-wales --received 2026-03-02" },
		{ "a repeated received date", "--rules uk --calendar "
		    "england-and-wales --received 2026-03-02 --received "
		    "2026-03-03" },
		{ "eu pause, with --extend", "--rules eu --calendar germany "
		    "--received 2026-03-02 --pause 2026-03-04:2026-03-05 "
		    "--extend" },
		{ "a year before the calendar's", "--rules eu --calendar "
		    "germany --received 2019-08-01" },
	};
	size_t i;

	for (i = 0; i < NELEM(t); i++)
		du_check_refused(t[i].what, t[i].args);
}

/* No database: a message and exit 1. */
static void
test_no_database(void)
{
	char dir[] = "/tmp/gdprdesk-due-var-XXXXXX", *path, *err = NULL;
	FILE *f;
	int st;

	st = du_run_var("/nonexistent/gdprdesk", "--rules uk --calendar "
	    "england-and-wales --received 2026-03-02", NULL, &err);
	CHECK(st == 1, "no instance: exit %d, want 1", st);
	CU_ASSERT(err != NULL && strstr(err, "no instance") != NULL);
	free(err);
	err = NULL;

	/* An instance whose server is not running. */
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	path = xasprintf("%s/my.cnf", dir);
	if ((f = fopen(path, "w")) != NULL) {
		fprintf(f, "[gdprdeskctl]\nsocket=%s/no.sock\n"
		    "database=gdprdesk\n", dir);
		fclose(f);
		chmod(path, 0600);
	}
	st = du_run_var(dir, "--rules uk --calendar england-and-wales "
	    "--received 2026-03-02", NULL, &err);
	CHECK(st == 1, "server down: exit %d, want 1 (%s)", st,
	    err != NULL ? err : "");
	free(err);
	unlink(path);
	free(path);
	rmdir(dir);
}

/* --explain: the due date first, then the steps, holidays by name. */
static void
test_explain(void)
{
	static const char *const want[] = {
		"\nreceived: 2024-11-25 Monday (day one)\n",
		"\nrolled over 2024-12-25 Wednesday: a holiday (Christmas "
		    "Day)\n",
		"\nrolled over 2024-12-26 Thursday: a holiday (Boxing Day)\n",
		"\ndue: 2024-12-27 Friday (the next working day)\n",
	};
	char *out = NULL;
	size_t i;
	int st;

	st = du_run("--rules uk --calendar england-and-wales --received "
	    "2024-11-25 --explain", &out, NULL);
	CU_ASSERT_EQUAL(st, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	CU_ASSERT(strncmp(out, "2024-12-27\n", 11) == 0);
	for (i = 0; i < NELEM(want); i++)
		CHECK(strstr(out, want[i]) != NULL, "\"%s\" in:\n%s", want[i],
		    out);
	free(out);

	st = du_run("--rules uk --calendar england-and-wales --received "
	    "2026-03-02 --pause 2026-03-04:2026-03-09 --extend --explain",
	    &out, NULL);
	CU_ASSERT_EQUAL(st, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	CU_ASSERT(strncmp(out, "2026-06-08\nextension-notice-by "
	    "2026-04-08\n", 42) == 0);
	CU_ASSERT(strstr(out, "6 days not counted") != NULL);
	free(out);
}

/*
 * The calendar's days in the database: exactly those shipped (the UK
 * ones for 2024-2027 being GDPR-RULES.md section 7's tables).
 */
static void
test_shipped_days(void)
{
	struct buf b;
	char *got;
	size_t i, k;

	for (i = 0; i < NELEM(dv_calendars); i++) {
		memset(&b, 0, sizeof(b));
		for (k = 0; k < dv_calendars[i].ndays; k++)
			buf_printf(&b, "%s%s", k > 0 ? " " : "",
			    dv_calendars[i].days[k]);
		got = it_sql_str("SELECT GROUP_CONCAT(day ORDER BY day "
		    "SEPARATOR ' ') FROM calendar_day WHERE calendar = '%s' "
		    "AND day BETWEEN '2024-01-01' AND '2028-12-31'",
		    dv_calendars[i].name);
		CHECK(got != NULL && b.p != NULL && strcmp(got, b.p) == 0,
		    "%s: the database has\n%s\nwant\n%s", dv_calendars[i].name,
		    got != NULL ? got : "(nothing)", b.p);
		free(got);
		buf_free(&b);
	}
}

/*
 * Decision 7: an admin adds a day or a calendar with a row, and the
 * next computation counts it. On a copy of england-and-wales, so that
 * no other suite's calendar changes under it.
 */
static void
test_admin_day(void)
{
	char *cal, *args, *out = NULL;
	int st;

	cal = it_name("it-cal");
	CU_ASSERT_FATAL(it_sql("INSERT INTO calendar (name, description) "
	    "VALUES ('%s', 'integration copy of england-and-wales')",
	    cal) == 0);
	args = xasprintf("--rules uk --calendar %s --received 2025-09-03",
	    cal);
	/* No days yet: no year is covered. */
	du_check_refused("a calendar without days", args);
	CU_ASSERT_FATAL(it_sql("INSERT INTO calendar_day (calendar, day, "
	    "name) SELECT '%s', day, name FROM calendar_day WHERE calendar "
	    "= 'england-and-wales'", cal) == 0);

	/* T1 as shipped, then with 3 Oct 2025 a holiday: Mon 6 Oct. */
	st = du_run(args, &out, NULL);
	CU_ASSERT(st == 0 && out != NULL && strcmp(out, "2025-10-03\n") ==
	    0);
	free(out);
	CU_ASSERT_FATAL(it_sql("INSERT INTO calendar_day (calendar, day, "
	    "name) VALUES ('%s', '2025-10-03', 'A proclaimed holiday')",
	    cal) == 0);
	out = NULL;
	st = du_run(args, &out, NULL);
	CHECK(st == 0 && out != NULL && strcmp(out, "2025-10-06\n") == 0,
	    "after adding 3 Oct 2025: exit %d, printed %s", st,
	    out != NULL ? out : "");
	free(out);
	free(args);

	/* A year added: 2029 is covered once it has a day. */
	args = xasprintf("--rules uk --calendar %s --received 2028-12-15",
	    cal);
	du_check_refused("2029 not covered yet", args);
	CU_ASSERT_FATAL(it_sql("INSERT INTO calendar_day (calendar, day, "
	    "name) VALUES ('%s', '2029-01-01', 'New Year''s Day')", cal) ==
	    0);
	out = NULL;
	st = du_run(args, &out, NULL);
	CHECK(st == 0 && out != NULL && strcmp(out, "2029-01-15\n") == 0,
	    "with 2029 added: exit %d, printed %s", st, out != NULL ? out :
	    "");
	free(out);
	free(args);

	/* The shipped calendar is untouched. */
	out = NULL;
	st = du_run("--rules uk --calendar england-and-wales --received "
	    "2025-09-03", &out, NULL);
	CU_ASSERT(st == 0 && out != NULL && strcmp(out, "2025-10-03\n") ==
	    0);
	free(out);
	it_sql("DELETE FROM calendar_day WHERE calendar = '%s'", cal);
	it_sql("DELETE FROM calendar WHERE name = '%s'", cal);
	free(cal);
}

/*
 * The calendar pages: an admin adds a calendar and a day through them,
 * and the next computation counts the day; anyone else is refused.
 */
static void
test_admin_pages(void)
{
	struct it_sess adm, dpo;
	struct ht_resp r;
	struct buf b;
	char *cal, *path, *args, *out = NULL, *login;
	int st;

	CU_ASSERT_EQUAL_FATAL(it_login("admin", it_admin_password(), &adm),
	    303);
	cal = it_name("it-page-cal");
	memset(&b, 0, sizeof(b));
	it_form_csrf(&b, &adm);
	buf_printf(&b, "&name=%s&description=A+calendar+made+by+a+test", cal);
	CU_ASSERT(ht_post(&r, "/staff/calendars", adm.cookie, b.p) == 0 &&
	    it_status(&r, 303, "add a calendar"));
	ht_resp_free(&r);
	/* The same name again: 422, by the field. */
	CU_ASSERT(ht_post(&r, "/staff/calendars", adm.cookie, b.p) == 0 &&
	    it_status(&r, 422, "add it again"));
	ht_resp_free(&r);
	buf_free(&b);

	/* Its days, copied; then 2025-10-03 made a holiday by the form. */
	CU_ASSERT_FATAL(it_sql("INSERT INTO calendar_day (calendar, day, "
	    "name) SELECT '%s', day, name FROM calendar_day WHERE calendar "
	    "= 'england-and-wales'", cal) == 0);
	path = xasprintf("/staff/calendars/%s", cal);
	memset(&b, 0, sizeof(b));
	it_form_csrf(&b, &adm);
	buf_puts(&b, "&day=2025-10-03&name=Proclaimed");
	CU_ASSERT(ht_post(&r, path, adm.cookie, b.p) == 0 &&
	    it_status(&r, 303, "add a day"));
	ht_resp_free(&r);
	/* A day twice, or not a day: 422; nothing written. */
	CU_ASSERT(ht_post(&r, path, adm.cookie, b.p) == 0 &&
	    it_status(&r, 422, "add the day again"));
	ht_resp_free(&r);
	buf_free(&b);
	memset(&b, 0, sizeof(b));
	it_form_csrf(&b, &adm);
	buf_puts(&b, "&day=2025-02-30&name=Nope");
	CU_ASSERT(ht_post(&r, path, adm.cookie, b.p) == 0 &&
	    it_status(&r, 422, "30 February"));
	ht_resp_free(&r);
	buf_free(&b);
	/* A Saturday never ends a deadline: refused, with the reason. */
	memset(&b, 0, sizeof(b));
	it_form_csrf(&b, &adm);
	buf_puts(&b, "&day=2025-10-04&name=Saturday");
	CU_ASSERT(ht_post(&r, path, adm.cookie, b.p) == 0 &&
	    it_status(&r, 422, "a Saturday"));
	ht_resp_free(&r);
	buf_free(&b);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM calendar_day WHERE "
	    "calendar = '%s' AND day = '2025-10-03'", cal), 1);

	args = xasprintf("--rules uk --calendar %s --received 2025-09-03",
	    cal);
	st = du_run(args, &out, NULL);
	CHECK(st == 0 && out != NULL && strcmp(out, "2025-10-06\n") == 0,
	    "after the page added 3 Oct 2025: exit %d, printed %s", st,
	    out != NULL ? out : "");
	free(out);
	free(args);

	/* A DPO may neither see nor change calendars. */
	login = it_name("it-cal-dpo");
	CU_ASSERT_FATAL(it_user_add(login, "dpo", NULL, IT_PASSWORD) == 0);
	CU_ASSERT_EQUAL_FATAL(it_login(login, IT_PASSWORD, &dpo), 303);
	CU_ASSERT(ht_get(&r, path, dpo.cookie, 0) == 0 &&
	    it_status(&r, 403, "a DPO reads a calendar"));
	ht_resp_free(&r);
	memset(&b, 0, sizeof(b));
	it_form_csrf(&b, &dpo);
	buf_puts(&b, "&day=2025-10-10&name=Mine");
	CU_ASSERT(ht_post(&r, path, dpo.cookie, b.p) == 0 &&
	    it_status(&r, 403, "a DPO adds a day"));
	ht_resp_free(&r);
	buf_free(&b);
	it_sess_free(&dpo);
	free(login);

	it_sql("DELETE FROM calendar_day WHERE calendar = '%s'", cal);
	it_sql("DELETE FROM calendar WHERE name = '%s'", cal);
	it_sess_free(&adm);
	free(path);
	free(cal);
}

int
test_due_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("gdprdeskctl due", du_init, du_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "GDPR-RULES.md section 11: every binding vector",
	    test_binding) == NULL ||
	    CU_add_test(s, "edge cases on the shipped calendars",
	    test_edges) == NULL ||
	    CU_add_test(s, "refused: eu pause, pause order, early, late, "
	    "years not covered: exit 2", test_refused) == NULL ||
	    CU_add_test(s, "bad dates, rule sets, calendars, options: exit 2",
	    test_bad_input) == NULL ||
	    CU_add_test(s, "no database: exit 1", test_no_database) == NULL ||
	    CU_add_test(s, "calendar pages: an admin adds a calendar and a "
	    "day; a DPO cannot", test_admin_pages) == NULL ||
	    CU_add_test(s, "--explain: the due date first, then the steps",
	    test_explain) == NULL ||
	    CU_add_test(s, "the shipped calendars' days, 2024-2028",
	    test_shipped_days) == NULL ||
	    CU_add_test(s, "a day or a year an admin adds counts at once",
	    test_admin_day) == NULL)
		return -1;
	return 0;
}
