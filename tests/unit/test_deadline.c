/* test_deadline: every binding deadline vector and our edge cases on in-memory calendars, the refusals, civil-date arithmetic and the local date of an instant. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <CUnit/CUnit.h>

#include "core/util.h"
#include "model/deadline.h"
#include "deadline_vectors.h"
#include "suites.h"

static struct deadline_cal *dl_cals[NELEM(dv_calendars)];

static int
dl_init(void)
{
	struct deadline_date d;
	size_t i, k;

	for (i = 0; i < NELEM(dv_calendars); i++) {
		dl_cals[i] = deadline_cal_new(dv_calendars[i].name);
		for (k = 0; k < dv_calendars[i].ndays; k++)
			if (deadline_date_parse(dv_calendars[i].days[k],
			    &d) == -1 || deadline_cal_add(dl_cals[i], d,
			    "holiday") == -1)
				return -1;
		deadline_cal_done(dl_cals[i]);
	}
	return 0;
}

static int
dl_clean(void)
{
	size_t i;

	for (i = 0; i < NELEM(dl_cals); i++) {
		deadline_cal_free(dl_cals[i]);
		dl_cals[i] = NULL;
	}
	return 0;
}

static const struct deadline_cal *
dl_cal(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(dv_calendars); i++)
		if (strcmp(dv_calendars[i].name, name) == 0)
			return dl_cals[i];
	return NULL;
}

/* The first case of the tables with id on calendar cal, or NULL. */
static const struct dv_case *
dl_find(const char *id, const char *cal)
{
	const struct dv_case *const tables[] = { dv_binding, dv_edges,
		dv_refused };
	const size_t n[] = { NELEM(dv_binding), NELEM(dv_edges),
		NELEM(dv_refused) };
	size_t i, k;

	for (i = 0; i < NELEM(tables); i++)
		for (k = 0; k < n[i]; k++)
			if (strcmp(tables[i][k].id, id) == 0 &&
			    strcmp(tables[i][k].cal, cal) == 0)
				return &tables[i][k];
	return NULL;
}

/* A date the table holds: a bad one is a broken table, not a result. */
static struct deadline_date
dl_date(const char *s)
{
	struct deadline_date d = { 0, 0, 0 };

	CU_ASSERT_FATAL(deadline_date_parse(s, &d) == 0);
	return d;
}

/* Up to 8 clock starts and pauses a case may list. */
struct dl_input {
	struct deadline_in	 in;
	struct deadline_date	 starts[8];
	struct deadline_pause	 pauses[8];
};

static void
dl_input(const struct dv_case *c, struct dl_input *x)
{
	char buf[256], *p, *tok, *colon, *save = NULL;

	memset(x, 0, sizeof(*x));
	x->in.rules = (enum deadline_rules)deadline_rules_parse(c->rules);
	CU_ASSERT_FATAL((int)x->in.rules >= 0);
	x->in.received = dl_date(c->received);
	x->in.is_extended = c->is_extended;
	x->in.clock_starts = x->starts;
	x->in.pauses = x->pauses;
	if (c->clock != NULL) {
		snprintf(buf, sizeof(buf), "%s", c->clock);
		for (p = buf; (tok = strtok_r(p, " ", &save)) != NULL;
		    p = NULL) {
			CU_ASSERT_FATAL(x->in.nclock_starts < NELEM(x->starts));
			x->starts[x->in.nclock_starts++] = dl_date(tok);
		}
	}
	if (c->pauses != NULL) {
		snprintf(buf, sizeof(buf), "%s", c->pauses);
		for (p = buf; (tok = strtok_r(p, " ", &save)) != NULL;
		    p = NULL) {
			CU_ASSERT_FATAL(x->in.npauses < NELEM(x->pauses));
			colon = strchr(tok, ':');
			CU_ASSERT_PTR_NOT_NULL_FATAL(colon);
			*colon = '\0';
			x->pauses[x->in.npauses].from = dl_date(tok);
			x->pauses[x->in.npauses].to = dl_date(colon + 1);
			x->in.npauses++;
		}
	}
}

static void
dl_run_table(const struct dv_case *t, size_t n)
{
	const struct deadline_cal *cal;
	struct deadline_out out;
	struct dl_input x;
	char got[DEADLINE_DATE_SIZE], msg[256];
	size_t i;

	for (i = 0; i < n; i++) {
		cal = dl_cal(t[i].cal);
		CU_ASSERT_PTR_NOT_NULL_FATAL(cal);
		dl_input(&t[i], &x);
		deadline_compute(cal, &x.in, &out, NULL);
		CHECK(out.err == DEADLINE_OK, "%s %s %s %s%s: %s", t[i].id,
		    t[i].rules, t[i].cal, t[i].received, t[i].is_extended ?
		    " extended" : "", deadline_strerror(cal, &out, msg,
		    sizeof(msg)));
		if (out.err != DEADLINE_OK)
			continue;
		deadline_date_format(out.due, got);
		CHECK(strcmp(got, t[i].due) == 0, "%s %s %s %s%s: due %s, "
		    "want %s", t[i].id, t[i].rules, t[i].cal, t[i].received,
		    t[i].is_extended ? " extended" : "", got, t[i].due);
		if (t[i].notice == NULL)
			continue;
		deadline_date_format(out.notice, got);
		CHECK(strcmp(got, t[i].notice) == 0, "%s %s %s: notice %s, "
		    "want %s", t[i].id, t[i].cal, t[i].received, got,
		    t[i].notice);
	}
}

/* Decision 11: every binding vector. */
static void
test_binding(void)
{
	dl_run_table(dv_binding, NELEM(dv_binding));
}

static void
test_edges(void)
{
	dl_run_table(dv_edges, NELEM(dv_edges));
}

/* Each refused case: its class, and the date it is about. */
static void
test_refused(void)
{
	static const struct {
		const char		*id;
		enum deadline_err	 err;
		const char		*date;
	} want[] = {
		{ "R-eu-pause", DEADLINE_E_PAUSE_EU, "2026-03-04" },
		{ "R-pause-order", DEADLINE_E_PAUSE_ORDER, "2026-03-09" },
		{ "R-pause-early", DEADLINE_E_PAUSE_EARLY, "2026-02-27" },
		{ "R-pause-late", DEADLINE_E_PAUSE_LATE, "2026-04-03" },
		{ "R-pause-late2", DEADLINE_E_PAUSE_LATE, "2026-04-09" },
		{ "R-uncovered-received", DEADLINE_E_UNCOVERED, "2023-12-01" },
		{ "R-uncovered-start", DEADLINE_E_UNCOVERED, "2029-01-05" },
		{ "R-uncovered-raw", DEADLINE_E_UNCOVERED, "2029-01-15" },
		{ "R-uncovered-roll", DEADLINE_E_UNCOVERED, "2029-01-01" },
		{ "R-uncovered-ext", DEADLINE_E_UNCOVERED, "2029-02-01" },
	};
	const struct deadline_cal *cal;
	struct deadline_out out;
	struct dl_input x;
	char got[DEADLINE_DATE_SIZE], msg[256];
	size_t i, k;

	CU_ASSERT_EQUAL(NELEM(want), NELEM(dv_refused));
	for (i = 0; i < NELEM(dv_refused); i++) {
		for (k = 0; k < NELEM(want); k++)
			if (strcmp(want[k].id, dv_refused[i].id) == 0)
				break;
		CHECK(k < NELEM(want), "%s: no expectation", dv_refused[i].id);
		if (k == NELEM(want))
			continue;
		cal = dl_cal(dv_refused[i].cal);
		dl_input(&dv_refused[i], &x);
		deadline_compute(cal, &x.in, &out, NULL);
		deadline_strerror(cal, &out, msg, sizeof(msg));
		CHECK(out.err == want[k].err, "%s: error %d (%s), want %d",
		    want[k].id, (int)out.err, msg, (int)want[k].err);
		deadline_date_format(out.err_date, got);
		CHECK(strcmp(got, want[k].date) == 0, "%s: about %s, want %s",
		    want[k].id, got, want[k].date);
		CHECK(strstr(msg, want[k].date) != NULL ||
		    want[k].err == DEADLINE_E_PAUSE_EU, "%s: the message (%s) "
		    "names the date", want[k].id, msg);
	}
	/* The late pause names the due date it came after. */
	dl_input(dl_find("R-pause-late", EW), &x);
	deadline_compute(dl_cal(EW), &x.in, &out, NULL);
	CU_ASSERT(strstr(deadline_strerror(dl_cal(EW), &out, msg,
	    sizeof(msg)), "due 2026-04-02") != NULL);
	/* The uncovered message names the years covered. */
	dl_input(dl_find("R-uncovered-roll", EW), &x);
	deadline_compute(dl_cal(EW), &x.in, &out, NULL);
	CU_ASSERT(strstr(deadline_strerror(dl_cal(EW), &out, msg,
	    sizeof(msg)), "2024-2028") != NULL);
}

/* A date that does not exist is refused by the engine too. */
static void
test_invalid_input(void)
{
	struct deadline_date bad = { 2026, 2, 30 }, ok = { 2026, 3, 2 };
	struct deadline_pause p = { { 2026, 3, 4 }, { 2026, 4, 31 } };
	struct deadline_in in;
	struct deadline_out out;

	memset(&in, 0, sizeof(in));
	in.rules = DEADLINE_UK;
	in.received = bad;
	CU_ASSERT_EQUAL(deadline_compute(dl_cal(EW), &in, &out, NULL),
	    DEADLINE_E_INVALID);
	in.received = ok;
	in.clock_starts = &bad;
	in.nclock_starts = 1;
	CU_ASSERT_EQUAL(deadline_compute(dl_cal(EW), &in, &out, NULL),
	    DEADLINE_E_INVALID);
	in.nclock_starts = 0;
	in.pauses = &p;
	in.npauses = 1;
	CU_ASSERT_EQUAL(deadline_compute(dl_cal(EW), &in, &out, NULL),
	    DEADLINE_E_INVALID);
	/* An eu pause is refused whatever its dates. */
	p.to = p.from;
	in.rules = DEADLINE_EU;
	CU_ASSERT_EQUAL(deadline_compute(dl_cal(IE), &in, &out, NULL),
	    DEADLINE_E_PAUSE_EU);
}

/* T28-T29: the local date of the instant of receipt, then the vector. */
static void
test_local_date(void)
{
	static const struct {
		const char	*id;
		const char	*utc;
		const char	*tz;
		const char	*local;
		const char	*due;	/* E&W, uk; NULL: not computed */
	} t[] = {
		/* 23:59 BST on Fri 1 Aug 2025 is 22:59 UTC. */
		{ "T28", "2025-08-01 22:59:00", "Europe/London", "2025-08-01",
		    "2025-09-01" },
		{ "T29", "2025-08-01T23:30Z", "Europe/London", "2025-08-02",
		    "2025-09-02" },
		{ "T29 as the database gives it", "2025-08-01 23:30:00",
		    "Europe/London", "2025-08-02", "2025-09-02" },
		/* In winter London is on UTC; Berlin an hour ahead. */
		{ "GMT", "2025-12-31 23:30:00", "Europe/London", "2025-12-31",
		    NULL },
		{ "CET", "2025-12-31 23:30:00", "Europe/Berlin", "2026-01-01",
		    NULL },
		{ "clocks go forward", "2026-03-29 00:59:59", "Europe/London",
		    "2026-03-29", NULL },
		{ "clocks go back", "2025-10-25 23:00:00", "Europe/London",
		    "2025-10-26", NULL },
		{ "clocks go back, UTC", "2025-10-25 22:59:59",
		    "Europe/London", "2025-10-25", NULL },
		{ "Dublin", "2025-08-01T23:30:00Z", "Europe/Dublin",
		    "2025-08-02", NULL },
		{ "UTC", "2025-08-01 23:30:00", "UTC", "2025-08-01", NULL },
	};
	static const char *const bad[] = {
		"Europe/Atlantis", "", "../../etc/passwd", "/etc/localtime",
		"Europe/../Europe/London", "Europe/London/", "Europe//London",
		"EST5EDT,M3.2.0,M11.1.0", ".hidden", "Europe",
	};
	struct deadline_out out;
	struct deadline_date d;
	struct deadline_in in;
	char got[DEADLINE_DATE_SIZE];
	const char *env;
	time_t inst;
	size_t i;

	for (i = 0; i < NELEM(t); i++) {
		CHECK(deadline_utc_parse(t[i].utc, &inst) == 0, "%s: parse %s",
		    t[i].id, t[i].utc);
		CHECK(deadline_local_date(inst, t[i].tz, &d) == 0, "%s: %s",
		    t[i].id, t[i].tz);
		deadline_date_format(d, got);
		CHECK(strcmp(got, t[i].local) == 0, "%s: local date %s, want "
		    "%s", t[i].id, got, t[i].local);
		if (t[i].due == NULL)
			continue;
		memset(&in, 0, sizeof(in));
		in.rules = DEADLINE_UK;
		in.received = d;
		CU_ASSERT_EQUAL(deadline_compute(dl_cal(EW), &in, &out, NULL),
		    DEADLINE_OK);
		deadline_date_format(out.due, got);
		CHECK(strcmp(got, t[i].due) == 0, "%s: due %s, want %s",
		    t[i].id, got, t[i].due);
	}
	for (i = 0; i < NELEM(bad); i++)
		CHECK(deadline_local_date(0, bad[i], &d) == -1, "zone \"%s\" "
		    "refused", bad[i]);

	/* TZ is put back as it was, set or not. */
	env = getenv("TZ");
	{
		char *saved = env != NULL ? xstrdup(env) : NULL;

		CU_ASSERT(setenv("TZ", "America/New_York", 1) == 0);
		CU_ASSERT(deadline_local_date(0, "Europe/London", &d) == 0);
		CU_ASSERT_STRING_EQUAL(getenv("TZ"), "America/New_York");
		CU_ASSERT(unsetenv("TZ") == 0);
		CU_ASSERT(deadline_local_date(0, "Europe/London", &d) == 0);
		CU_ASSERT_PTR_NULL(getenv("TZ"));
		/* 1 Jan 1970 00:00 UTC was 01:00 in London (BST all year). */
		CU_ASSERT(d.year == 1970 && d.month == 1 && d.day == 1);
		if (saved != NULL)
			setenv("TZ", saved, 1);
		tzset();
		free(saved);
	}
}

static void
test_utc_parse(void)
{
	static const char *const bad[] = {
		"", "2025-08-01", "2025-08-01 24:00:00", "2025-08-01 23:60:00",
		"2025-08-01 23:59:60", "2025-08-01T23:30", "2025-08-01 23:30Z",
		"2025-08-01T23:30:00+01:00", "2025-02-29 00:00:00",
		"2025-08-01 23:30:00 ", "2025-08-01x23:30:00",
		"2025-08-01 23:3", "2025-08-01 23:30:0",
	};
	time_t t;
	size_t i;

	CU_ASSERT(deadline_utc_parse("1970-01-01 00:00:00", &t) == 0 &&
	    t == 0);
	CU_ASSERT(deadline_utc_parse("2025-08-01T23:30Z", &t) == 0 &&
	    t == 1754091000);
	CU_ASSERT(deadline_utc_parse("2025-08-01 23:30:00.000000", &t) == 0 &&
	    t == 1754091000);
	CU_ASSERT(deadline_utc_parse("2024-02-29 12:00:01", &t) == 0 &&
	    t == 1709208001);
	for (i = 0; i < NELEM(bad); i++)
		CHECK(deadline_utc_parse(bad[i], &t) == -1, "\"%s\" refused",
		    bad[i]);
}

static void
test_dates(void)
{
	static const char *const bad[] = {
		"2026-02-30", "2025-02-29", "2100-02-29", "2026-04-31",
		"2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01",
		"2026-1-01", "2026-01-1", "26-01-01", "2026-01-01x",
		" 2026-01-01", "2026/01/01", "", "20260101", "2026-01-+1",
	};
	static const struct {
		const char	*from;
		int		 n;
		const char	*to;
	} months[] = {
		{ "2024-01-31", 1, "2024-02-29" },
		{ "2025-01-31", 1, "2025-02-28" },
		{ "2025-03-31", 1, "2025-04-30" },
		{ "2026-11-30", 3, "2027-02-28" },
		{ "2027-11-30", 3, "2028-02-29" },
		{ "2026-12-31", 1, "2027-01-31" },
		{ "2026-12-31", 3, "2027-03-31" },
		{ "2026-03-31", -1, "2026-02-28" },
		{ "2026-01-15", -1, "2025-12-15" },
		{ "2026-01-15", -13, "2024-12-15" },
		{ "2026-01-15", 24, "2028-01-15" },
		{ "2000-01-31", 1, "2000-02-29" },
		{ "1900-01-31", 1, "1900-02-28" },
	};
	struct deadline_date d, e;
	char s[DEADLINE_DATE_SIZE];
	long n;
	size_t i;

	for (i = 0; i < NELEM(bad); i++)
		CHECK(deadline_date_parse(bad[i], &d) == -1, "\"%s\" refused",
		    bad[i]);
	CU_ASSERT(deadline_date_parse("2024-02-29", &d) == 0);
	CU_ASSERT(d.year == 2024 && d.month == 2 && d.day == 29);
	CU_ASSERT(deadline_date_parse("2000-02-29", &d) == 0);
	CU_ASSERT(deadline_date_parse("9999-12-31", &d) == 0);
	CU_ASSERT(deadline_date_parse("0001-01-01", &d) == 0);
	for (i = 0; i < NELEM(months); i++) {
		d = deadline_add_months(dl_date(months[i].from), months[i].n);
		deadline_date_format(d, s);
		CHECK(strcmp(s, months[i].to) == 0, "%s %+d months: %s, want "
		    "%s", months[i].from, months[i].n, s, months[i].to);
	}
	/* Weekdays: T1 3 Sep 2025 a Wednesday, T6 31 Jan 2026 a Saturday. */
	CU_ASSERT_EQUAL(deadline_weekday(dl_date("2025-09-03")), 3);
	CU_ASSERT_EQUAL(deadline_weekday(dl_date("2026-01-31")), 6);
	CU_ASSERT_EQUAL(deadline_weekday(dl_date("1970-01-01")), 4);
	CU_ASSERT_EQUAL(deadline_weekday(dl_date("1969-12-28")), 0);
	CU_ASSERT_STRING_EQUAL(deadline_weekday_name(0), "Sunday");
	CU_ASSERT_EQUAL(deadline_date_to_days(dl_date("1970-01-01")), 0);
	CU_ASSERT_EQUAL(deadline_date_to_days(dl_date("2000-03-01")), 11017);
	CU_ASSERT_EQUAL(deadline_date_to_days(dl_date("1969-12-31")), -1);
	/* Every day from 1600 to 2400 follows the one before. */
	d = dl_date("1600-01-01");
	for (n = deadline_date_to_days(d); d.year < 2400; n++) {
		e = deadline_date_from_days(n);
		if (deadline_date_cmp(d, e) != 0 ||
		    deadline_date_to_days(e) != n) {
			CHECK(0, "day %ld: %04d-%02d-%02d", n, e.year, e.month,
			    e.day);
			break;
		}
		if (++d.day > deadline_days_in_month(d.year, d.month)) {
			d.day = 1;
			if (++d.month > 12) {
				d.month = 1;
				d.year++;
			}
		}
	}
	CU_ASSERT(deadline_date_cmp(dl_date("2026-01-01"),
	    dl_date("2025-12-31")) > 0);
	CU_ASSERT(deadline_date_cmp(dl_date("2026-01-01"),
	    dl_date("2026-01-01")) == 0);
	deadline_date_format(deadline_add_days(dl_date("2024-02-28"), 2), s);
	CU_ASSERT_STRING_EQUAL(s, "2024-03-01");
	deadline_date_format(deadline_add_days(dl_date("2025-01-01"), -1), s);
	CU_ASSERT_STRING_EQUAL(s, "2024-12-31");
	CU_ASSERT_EQUAL(deadline_rules_parse("uk"), DEADLINE_UK);
	CU_ASSERT_EQUAL(deadline_rules_parse("eu"), DEADLINE_EU);
	CU_ASSERT_EQUAL(deadline_rules_parse("UK"), -1);
	CU_ASSERT_EQUAL(deadline_rules_parse(""), -1);
}

/* Decision 12: received + 29 days, no roll. */
static void
test_complaint(void)
{
	static const struct {
		const char	*received;
		const char	*ack;
	} t[] = {
		{ "2026-06-19", "2026-07-18" },	/* a Saturday: no roll */
		{ "2026-12-01", "2026-12-30" },
		{ "2026-12-15", "2027-01-13" },
		{ "2028-02-01", "2028-03-01" },	/* leap year */
		{ "2027-02-01", "2027-03-02" },
	};
	char s[DEADLINE_DATE_SIZE];
	size_t i;

	for (i = 0; i < NELEM(t); i++) {
		deadline_date_format(deadline_complaint_ack(
		    dl_date(t[i].received)), s);
		CHECK(strcmp(s, t[i].ack) == 0, "complaint %s: %s, want %s",
		    t[i].received, s, t[i].ack);
	}
}

/* Decision 7: a calendar covers the years it has days in, gaps too. */
static void
test_calendar(void)
{
	struct deadline_cal *c;
	struct deadline_in in;
	struct deadline_out out;
	const char *name;
	char s[DEADLINE_DATE_SIZE], msg[256];

	c = deadline_cal_new("gappy");
	CU_ASSERT(deadline_cal_add(c, dl_date("2026-12-25"), "Christmas") ==
	    0);
	CU_ASSERT(deadline_cal_add(c, dl_date("2024-12-25"), "Christmas") ==
	    0);
	CU_ASSERT(deadline_cal_add(c, dl_date("2026-12-25"), "again") == 0);
	CU_ASSERT(deadline_cal_add(c, (struct deadline_date){ 2026, 2, 30 },
	    "bad") == -1);
	deadline_cal_done(c);
	CU_ASSERT_EQUAL(deadline_cal_ndays(c), 2);
	CU_ASSERT_STRING_EQUAL(deadline_cal_name(c), "gappy");
	CU_ASSERT_EQUAL(deadline_cal_first_year(c), 2024);
	CU_ASSERT_EQUAL(deadline_cal_last_year(c), 2026);
	CU_ASSERT(deadline_cal_covers(c, 2024));
	CU_ASSERT(!deadline_cal_covers(c, 2025));
	CU_ASSERT(deadline_cal_covers(c, 2026));
	CU_ASSERT(deadline_cal_is_holiday(c, dl_date("2026-12-25"), &name));
	CU_ASSERT_STRING_EQUAL(name, "Christmas");
	CU_ASSERT(!deadline_cal_is_holiday(c, dl_date("2026-12-24"), NULL));

	/* 2025 is a gap: a request received then cannot be computed. */
	memset(&in, 0, sizeof(in));
	in.rules = DEADLINE_UK;
	in.received = dl_date("2025-06-02");
	CU_ASSERT_EQUAL(deadline_compute(c, &in, &out, NULL),
	    DEADLINE_E_UNCOVERED);
	/* 25 Nov 2026 -> 25 Dec (holiday) -> 26, 27 weekend -> 28 Dec. */
	in.received = dl_date("2026-11-25");
	CU_ASSERT_EQUAL(deadline_compute(c, &in, &out, NULL), DEADLINE_OK);
	CU_ASSERT_STRING_EQUAL(deadline_date_format(out.due, s), "2026-12-28");
	deadline_cal_free(c);

	/* A calendar without days covers nothing. */
	c = deadline_cal_new("empty");
	deadline_cal_done(c);
	CU_ASSERT_EQUAL(deadline_cal_first_year(c), 0);
	CU_ASSERT_EQUAL(deadline_compute(c, &in, &out, NULL),
	    DEADLINE_E_UNCOVERED);
	CU_ASSERT(strstr(deadline_strerror(c, &out, msg, sizeof(msg)),
	    "no days") != NULL);
	deadline_cal_free(c);
	deadline_cal_free(NULL);
}

/* --explain: the steps, each roll with its reason. */
static void
test_explain(void)
{
	static const struct {
		const char		*id;
		const char		*cal;
		const char *const	 want[6];
	} t[] = {
		{ "T2", EW, {
		    "received: 2024-11-25 Monday",
		    "one month from the clock start: 2024-12-25 Wednesday",
		    "rolled over 2024-12-25 Wednesday: a holiday",
		    "rolled over 2024-12-26 Thursday: a holiday",
		    "due: 2024-12-27 Friday (the next working day)", NULL } },
		{ "T21", EW, {
		    "extended: three months from the clock start: 2026-06-02",
		    "pause: 2026-03-04 Wednesday to 2026-03-09 Monday: 6 days",
		    "raw due date: 2026-06-08 Monday",
		    "no roll",
		    "extension notice, with reasons, by: 2026-04-08", NULL } },
		{ "T6", EW, {
		    "rolled over 2026-02-28 Saturday: a weekend day",
		    "rolled over 2026-03-01 Sunday: a weekend day",
		    "due: 2026-03-02 Monday", NULL } },
		{ "T18", EW, {
		    "clock start: 2025-03-15 Saturday (identity", NULL } },
		{ "E8", EW, {
		    "clock start given: 2025-09-01 Monday, not after the "
		    "receipt", NULL } },
	};
	const struct dv_case *c;
	struct deadline_out out;
	struct dl_input x;
	struct buf b;
	size_t i, k;

	for (i = 0; i < NELEM(t); i++) {
		c = dl_find(t[i].id, t[i].cal);
		CU_ASSERT_PTR_NOT_NULL_FATAL(c);
		memset(&b, 0, sizeof(b));
		dl_input(c, &x);
		CU_ASSERT_EQUAL(deadline_compute(dl_cal(c->cal), &x.in, &out,
		    &b), DEADLINE_OK);
		CU_ASSERT_PTR_NOT_NULL_FATAL(b.p);
		for (k = 0; t[i].want[k] != NULL; k++)
			CHECK(strstr(b.p, t[i].want[k]) != NULL, "%s: \"%s\" "
			    "in:\n%s", t[i].id, t[i].want[k], b.p);
		buf_free(&b);
	}
}

void
suite_deadline(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "deadline", dl_init, dl_clean);
	TEST_ADD(s, "GDPR-RULES.md section 11: every binding vector",
	    test_binding);
	TEST_ADD(s, "edge cases: month ends, pauses, clock start, calendars",
	    test_edges);
	TEST_ADD(s, "refusals: eu pause, pause order, early and late pause, "
	    "years not covered", test_refused);
	TEST_ADD(s, "a date that does not exist is refused", test_invalid_input);
	TEST_ADD(s, "T28-T29: the local date of the instant of receipt",
	    test_local_date);
	TEST_ADD(s, "deadline_utc_parse: the database's and ISO 8601 forms",
	    test_utc_parse);
	TEST_ADD(s, "civil dates: parse, months with clamping, weekdays, "
	    "days", test_dates);
	TEST_ADD(s, "decision 12: complaint acknowledgement", test_complaint);
	TEST_ADD(s, "calendars: coverage with gaps, duplicates, names",
	    test_calendar);
	TEST_ADD(s, "--explain lists the steps", test_explain);
}
