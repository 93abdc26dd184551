/* deadline: the due dates of data-subject requests and complaints, computed over a holiday calendar held in memory (GDPR-RULES.md 3.4 and the decisions). */
#include <sys/stat.h>

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/util.h"
#include "deadline.h"

const char *const deadline_rules_names[DEADLINE__MAX] = {
	[DEADLINE_UK] = "uk",
	[DEADLINE_EU] = "eu",
};

/* How the explanation names each rule set. */
static const char *const deadline_rules_long[DEADLINE__MAX] = {
	[DEADLINE_UK] = "UK GDPR as amended by the DUAA 2025, ICO method",
	[DEADLINE_EU] = "EU GDPR, months under Regulation 1182/71",
};

static const char *const deadline_wdays[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday",
};

struct deadline_hday {
	long	 day;		/* days since 1970-01-01 */
	char	*name;
};

struct deadline_cal {
	char			*name;
	struct deadline_hday	*days;	/* sorted by day once done */
	size_t			 n;
	size_t			 cap;
	int			*years;	/* sorted, distinct */
	size_t			 nyears;
	int			 is_done;
};

int
deadline_rules_parse(const char *s)
{
	int i;

	for (i = 0; i < DEADLINE__MAX; i++)
		if (strcmp(s, deadline_rules_names[i]) == 0)
			return i;
	return -1;
}

static int
deadline_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
deadline_days_in_month(int y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31 };

	assert(m >= 1 && m <= 12);
	return m == 2 && deadline_is_leap(y) ? 29 : len[m - 1];
}

int
deadline_date_is_valid(struct deadline_date d)
{
	return d.month >= 1 && d.month <= 12 && d.day >= 1 &&
	    d.day <= deadline_days_in_month(d.year, d.month);
}

/* Reads n decimal digits at s. Returns the number, or -1. */
static int
deadline_digits(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Parses the "YYYY-MM-DD" at the start of s (more may follow). */
static int
deadline_date_prefix(const char *s, struct deadline_date *out)
{
	struct deadline_date d;

	if (strnlen(s, 10) < 10 || s[4] != '-' || s[7] != '-')
		return -1;
	d.year = deadline_digits(s, 4);
	d.month = deadline_digits(s + 5, 2);
	d.day = deadline_digits(s + 8, 2);
	if (d.year < 1 || !deadline_date_is_valid(d))
		return -1;
	*out = d;
	return 0;
}

int
deadline_date_parse(const char *s, struct deadline_date *out)
{
	if (strlen(s) != 10)
		return -1;
	return deadline_date_prefix(s, out);
}

char *
deadline_date_format(struct deadline_date d, char out[DEADLINE_DATE_SIZE])
{
	snprintf(out, DEADLINE_DATE_SIZE, "%04d-%02d-%02d", d.year, d.month,
	    d.day);
	return out;
}

/*
 * Days from civil and back: Howard Hinnant's algorithms
 * (http://howardhinnant.github.io/date_algorithms.html), exact for the
 * proleptic Gregorian calendar, with eras of 400 years.
 */
long
deadline_date_to_days(struct deadline_date d)
{
	long y = d.year - (d.month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 +
	    d.day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct deadline_date
deadline_date_from_days(long z)
{
	struct deadline_date d;
	long era, doe, yoe, doy, mp, y;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(y + (d.month <= 2));
	return d;
}

int
deadline_weekday(struct deadline_date d)
{
	long w = (deadline_date_to_days(d) + 4) % 7;	/* 1 Jan 1970: Thu */

	return (int)(w < 0 ? w + 7 : w);
}

const char *
deadline_weekday_name(int w)
{
	assert(w >= 0 && w < 7);
	return deadline_wdays[w];
}

int
deadline_date_cmp(struct deadline_date a, struct deadline_date b)
{
	if (a.year != b.year)
		return a.year < b.year ? -1 : 1;
	if (a.month != b.month)
		return a.month < b.month ? -1 : 1;
	if (a.day != b.day)
		return a.day < b.day ? -1 : 1;
	return 0;
}

struct deadline_date
deadline_add_days(struct deadline_date d, long n)
{
	return deadline_date_from_days(deadline_date_to_days(d) + n);
}

struct deadline_date
deadline_add_months(struct deadline_date d, int n)
{
	long m = (long)d.year * 12 + (d.month - 1) + n;
	struct deadline_date r;
	int last;

	r.year = (int)(m >= 0 ? m / 12 : (m - 11) / 12);
	r.month = (int)(m - (long)r.year * 12) + 1;
	last = deadline_days_in_month(r.year, r.month);
	r.day = d.day < last ? d.day : last;
	return r;
}

struct deadline_date
deadline_complaint_ack(struct deadline_date received)
{
	return deadline_add_days(received, 29);
}

/*
 * Is tz a plausible IANA name ("Europe/London", "UTC", "America/
 * Argentina/Buenos_Aires", "Etc/GMT+1") that cannot leave the zoneinfo
 * directory? Returns 1 or 0.
 */
static int
deadline_tz_name_ok(const char *tz)
{
	const char *p;
	size_t n = strlen(tz);

	if (n == 0 || n > 128 || tz[0] == '/' || tz[n - 1] == '/')
		return 0;
	for (p = tz; *p != '\0'; p++) {
		if (strchr("abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-/.", *p) == NULL)
			return 0;
		/* No component starts with a dot: no "..", no hidden file. */
		if (*p == '.' && (p == tz || p[-1] == '/'))
			return 0;
		if (*p == '/' && p[1] == '/')
			return 0;
	}
	return 1;
}

int
deadline_tz_exists(const char *tz)
{
	const char *dir;
	struct stat st;
	char *path;
	int ok;

	if (!deadline_tz_name_ok(tz))
		return 0;
	if ((dir = getenv("TZDIR")) == NULL || *dir == '\0')
		dir = "/usr/share/zoneinfo";
	path = xasprintf("%s/%s", dir, tz);
	ok = stat(path, &st) == 0 && S_ISREG(st.st_mode);
	free(path);
	return ok;
}

/*
 * Runs fn(t, ctx) with the process's zone set to tz (a zone file of the
 * system's zoneinfo), and puts TZ back as it was. Returns fn's result,
 * or -1 when tz is not an installed zone.
 */
static int
deadline_in_zone(const char *tz, int (*fn)(void *), void *ctx)
{
	const char *env;
	char *old = NULL, *spec;
	int rc = -1;

	if (!deadline_tz_exists(tz))
		return -1;
	if ((env = getenv("TZ")) != NULL)
		old = xstrdup(env);
	/* The leading colon: a file of the zoneinfo directory, no rule. */
	spec = xasprintf(":%s", tz);
	if (setenv("TZ", spec, 1) == 0) {
		tzset();
		rc = fn(ctx);
	}
	if (old != NULL)
		setenv("TZ", old, 1);
	else
		unsetenv("TZ");
	tzset();
	free(spec);
	free(old);
	return rc;
}

struct deadline_zone_call {
	time_t			 t;
	struct deadline_date	 d;
	int			 hour;
	int			 minute;
};

static int
deadline_to_local(void *v)
{
	struct deadline_zone_call *c = v;
	struct tm tm;

	if (localtime_r(&c->t, &tm) == NULL)
		return -1;
	c->d.year = tm.tm_year + 1900;
	c->d.month = tm.tm_mon + 1;
	c->d.day = tm.tm_mday;
	return 0;
}

static int
deadline_from_local(void *v)
{
	struct deadline_zone_call *c = v;
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = c->d.year - 1900;
	tm.tm_mon = c->d.month - 1;
	tm.tm_mday = c->d.day;
	tm.tm_hour = c->hour;
	tm.tm_min = c->minute;
	tm.tm_isdst = -1;	/* the zone's rules say whether summer time */
	c->t = mktime(&tm);
	return c->t == (time_t)-1 ? -1 : 0;
}

int
deadline_local_date(time_t t, const char *tz, struct deadline_date *out)
{
	struct deadline_zone_call c = { .t = t };

	if (deadline_in_zone(tz, deadline_to_local, &c) == -1)
		return -1;
	*out = c.d;
	return 0;
}

int
deadline_local_to_utc(struct deadline_date d, int hour, int minute,
    const char *tz, time_t *out)
{
	struct deadline_zone_call c = { .d = d, .hour = hour,
	    .minute = minute };

	if (!deadline_date_is_valid(d) || hour < 0 || hour > 23 ||
	    minute < 0 || minute > 59 ||
	    deadline_in_zone(tz, deadline_from_local, &c) == -1)
		return -1;
	*out = c.t;
	return 0;
}

int
deadline_utc_parse(const char *s, time_t *out)
{
	struct deadline_date d;
	int h, m, sec = 0;
	size_t i = 16;

	if (deadline_date_prefix(s, &d) == -1 || strnlen(s, 16) < 16 ||
	    (s[10] != ' ' && s[10] != 'T') || s[13] != ':')
		return -1;
	if ((h = deadline_digits(s + 11, 2)) < 0 || h > 23 ||
	    (m = deadline_digits(s + 14, 2)) < 0 || m > 59)
		return -1;
	if (s[i] == ':') {
		if (strnlen(s + i, 3) < 3 ||
		    (sec = deadline_digits(s + i + 1, 2)) < 0 || sec > 59)
			return -1;
		i += 3;
		if (s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9')
			for (i++; s[i] >= '0' && s[i] <= '9'; i++)
				continue;
	}
	/* The database's form has no zone; ISO 8601's must say Z. */
	if (s[10] == 'T' ? strcmp(s + i, "Z") != 0 : s[i] != '\0')
		return -1;
	*out = (time_t)deadline_date_to_days(d) * 86400 + h * 3600 + m * 60 +
	    sec;
	return 0;
}

struct deadline_cal *
deadline_cal_new(const char *name)
{
	struct deadline_cal *c;

	c = xcalloc(1, sizeof(*c));
	c->name = xstrdup(name);
	return c;
}

int
deadline_cal_add(struct deadline_cal *c, struct deadline_date d,
    const char *name)
{
	if (!deadline_date_is_valid(d))
		return -1;
	if (c->n == c->cap) {
		c->cap = c->cap == 0 ? 64 : c->cap * 2;
		c->days = xreallocarray(c->days, c->cap, sizeof(*c->days));
	}
	c->days[c->n].day = deadline_date_to_days(d);
	c->days[c->n].name = xstrdup(name != NULL ? name : "");
	c->n++;
	c->is_done = 0;
	return 0;
}

static int
deadline_hday_cmp(const void *a, const void *b)
{
	const struct deadline_hday *x = a, *y = b;

	return x->day < y->day ? -1 : x->day > y->day;
}

void
deadline_cal_done(struct deadline_cal *c)
{
	size_t i, k;
	int y;

	/* A stable order, so that a repeated day keeps its first name. */
	for (i = 1; i < c->n; i++) {
		struct deadline_hday h = c->days[i];

		for (k = i; k > 0 && deadline_hday_cmp(&c->days[k - 1], &h) > 0;
		    k--)
			c->days[k] = c->days[k - 1];
		c->days[k] = h;
	}
	for (i = k = 0; i < c->n; i++) {
		if (k > 0 && c->days[k - 1].day == c->days[i].day) {
			free(c->days[i].name);
			continue;
		}
		c->days[k++] = c->days[i];
	}
	c->n = k;
	free(c->years);
	c->years = NULL;
	c->nyears = 0;
	for (i = 0; i < c->n; i++) {
		y = deadline_date_from_days(c->days[i].day).year;
		if (c->nyears > 0 && c->years[c->nyears - 1] == y)
			continue;
		c->years = xreallocarray(c->years, c->nyears + 1,
		    sizeof(*c->years));
		c->years[c->nyears++] = y;
	}
	c->is_done = 1;
}

void
deadline_cal_free(struct deadline_cal *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++)
		free(c->days[i].name);
	free(c->days);
	free(c->years);
	free(c->name);
	free(c);
}

const char *
deadline_cal_name(const struct deadline_cal *c)
{
	return c->name;
}

size_t
deadline_cal_ndays(const struct deadline_cal *c)
{
	return c->n;
}

int
deadline_cal_first_year(const struct deadline_cal *c)
{
	assert(c->is_done);
	return c->nyears > 0 ? c->years[0] : 0;
}

int
deadline_cal_last_year(const struct deadline_cal *c)
{
	assert(c->is_done);
	return c->nyears > 0 ? c->years[c->nyears - 1] : 0;
}

int
deadline_cal_covers(const struct deadline_cal *c, int y)
{
	size_t lo = 0, hi, mid;

	assert(c->is_done);
	for (hi = c->nyears; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (c->years[mid] == y)
			return 1;
		if (c->years[mid] < y)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int
deadline_cal_is_holiday(const struct deadline_cal *c, struct deadline_date d,
    const char **name)
{
	long day = deadline_date_to_days(d);
	size_t lo = 0, hi, mid;

	assert(c->is_done);
	for (hi = c->n; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (c->days[mid].day == day) {
			if (name != NULL)
				*name = c->days[mid].name;
			return 1;
		}
		if (c->days[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Appends "YYYY-MM-DD Weekday" to b. */
static void
deadline_put_date(struct buf *b, struct deadline_date d)
{
	char s[DEADLINE_DATE_SIZE];

	buf_printf(b, "%s %s", deadline_date_format(d, s),
	    deadline_wdays[deadline_weekday(d)]);
}

/*
 * Decision 6 and 7: moves d past Saturdays, Sundays and holidays into
 * *due. Every day looked at must be in a covered year. With explain,
 * says why each day was passed over. Returns DEADLINE_OK, or
 * DEADLINE_E_UNCOVERED with *bad set.
 */
static enum deadline_err
deadline_roll(const struct deadline_cal *c, struct deadline_date d,
    struct deadline_date *due, struct deadline_date *bad, struct buf *explain)
{
	const char *name;
	int w;

	for (;;) {
		if (!deadline_cal_covers(c, d.year)) {
			*bad = d;
			return DEADLINE_E_UNCOVERED;
		}
		w = deadline_weekday(d);
		if (deadline_cal_is_holiday(c, d, &name)) {
			if (explain != NULL) {
				buf_puts(explain, "rolled over ");
				deadline_put_date(explain, d);
				buf_printf(explain, ": a holiday (%s)\n",
				    *name != '\0' ? name : "unnamed");
			}
		} else if (w == 0 || w == 6) {
			if (explain != NULL) {
				buf_puts(explain, "rolled over ");
				deadline_put_date(explain, d);
				buf_puts(explain, ": a weekend day\n");
			}
		} else
			break;
		d = deadline_add_days(d, 1);
	}
	*due = d;
	return DEADLINE_OK;
}

static int
deadline_pause_cmp(const void *a, const void *b)
{
	const struct deadline_pause *x = a, *y = b;
	int r;

	if ((r = deadline_date_cmp(x->from, y->from)) != 0)
		return r;
	return deadline_date_cmp(x->to, y->to);
}

/* Sets out's error and returns it. */
static enum deadline_err
deadline_fail(struct deadline_out *out, enum deadline_err e,
    struct deadline_date d)
{
	out->err = e;
	out->err_date = d;
	return e;
}

/* Checks the input's dates and pauses, before anything is computed. */
static enum deadline_err
deadline_check_input(const struct deadline_cal *c,
    const struct deadline_in *in, struct deadline_out *out)
{
	size_t i;

	if (!deadline_date_is_valid(in->received))
		return deadline_fail(out, DEADLINE_E_INVALID, in->received);
	for (i = 0; i < in->nclock_starts; i++)
		if (!deadline_date_is_valid(in->clock_starts[i]))
			return deadline_fail(out, DEADLINE_E_INVALID,
			    in->clock_starts[i]);
	for (i = 0; i < in->npauses; i++) {
		if (!deadline_date_is_valid(in->pauses[i].from))
			return deadline_fail(out, DEADLINE_E_INVALID,
			    in->pauses[i].from);
		if (!deadline_date_is_valid(in->pauses[i].to))
			return deadline_fail(out, DEADLINE_E_INVALID,
			    in->pauses[i].to);
	}
	if (in->npauses > 0 && in->rules != DEADLINE_UK)
		return deadline_fail(out, DEADLINE_E_PAUSE_EU,
		    in->pauses[0].from);
	for (i = 0; i < in->npauses; i++) {
		if (deadline_date_cmp(in->pauses[i].to,
		    in->pauses[i].from) < 0)
			return deadline_fail(out, DEADLINE_E_PAUSE_ORDER,
			    in->pauses[i].from);
		if (deadline_date_cmp(in->pauses[i].from, in->received) < 0)
			return deadline_fail(out, DEADLINE_E_PAUSE_EARLY,
			    in->pauses[i].from);
	}
	if (!deadline_cal_covers(c, in->received.year))
		return deadline_fail(out, DEADLINE_E_UNCOVERED, in->received);
	return DEADLINE_OK;
}

enum deadline_err
deadline_compute(const struct deadline_cal *c, const struct deadline_in *in,
    struct deadline_out *out, struct buf *explain)
{
	struct deadline_pause *ps = NULL;
	struct deadline_date base, sofar, notice;
	long last, from, to, n, before;
	size_t i;
	int is_notice_open = 1;

	assert(c->is_done && in->rules >= 0 && in->rules < DEADLINE__MAX);
	memset(out, 0, sizeof(*out));
	if (deadline_check_input(c, in, out) != DEADLINE_OK)
		return out->err;

	/* Decision 3: the latest of the receipt and the clock starts. */
	out->start = in->received;
	for (i = 0; i < in->nclock_starts; i++)
		if (deadline_date_cmp(in->clock_starts[i], out->start) > 0)
			out->start = in->clock_starts[i];
	if (!deadline_cal_covers(c, out->start.year))
		return deadline_fail(out, DEADLINE_E_UNCOVERED, out->start);
	if (explain != NULL) {
		buf_printf(explain, "rules: %s (%s)\n",
		    deadline_rules_names[in->rules],
		    deadline_rules_long[in->rules]);
		buf_printf(explain, "calendar: %s (covers %d-%d)\n", c->name,
		    deadline_cal_first_year(c), deadline_cal_last_year(c));
		buf_puts(explain, "received: ");
		deadline_put_date(explain, in->received);
		buf_puts(explain, " (day one)\n");
		for (i = 0; i < in->nclock_starts; i++) {
			if (deadline_date_cmp(in->clock_starts[i],
			    in->received) > 0)
				continue;
			buf_puts(explain, "clock start given: ");
			deadline_put_date(explain, in->clock_starts[i]);
			buf_puts(explain, ", not after the receipt: it "
			    "changes nothing\n");
		}
		buf_puts(explain, "clock start: ");
		deadline_put_date(explain, out->start);
		buf_puts(explain, deadline_date_cmp(out->start, in->received) >
		    0 ? " (identity, authority or fee received: the latest "
		    "counts)\n" : " (the received date)\n");
	}

	/* Decision 5: the extension runs from the start, not the month. */
	out->month = deadline_add_months(out->start, 1);
	base = in->is_extended ? deadline_add_months(out->start, 3) :
	    out->month;
	if (explain != NULL) {
		buf_puts(explain, "one month from the clock start: ");
		deadline_put_date(explain, out->month);
		buf_puts(explain, "\n");
		if (in->is_extended) {
			buf_puts(explain, "extended: three months from the "
			    "clock start: ");
			deadline_put_date(explain, base);
			buf_puts(explain, "\n");
		}
	}

	/* Decision 4: pauses in order of their start, each day once. */
	if (in->npauses > 0) {
		ps = xreallocarray(NULL, in->npauses, sizeof(*ps));
		memcpy(ps, in->pauses, in->npauses * sizeof(*ps));
		qsort(ps, in->npauses, sizeof(*ps), deadline_pause_cmp);
	}
	last = deadline_date_to_days(out->start) - 1;	/* last day paused */
	notice = out->month;
	for (i = 0; i < in->npauses; i++) {
		/* Has the time run out before this pause began? */
		sofar = deadline_add_days(base, out->paused);
		if (deadline_date_cmp(ps[i].from, sofar) > 0) {
			if (deadline_roll(c, sofar, &sofar, &out->err_date,
			    NULL) != DEADLINE_OK) {
				out->err = DEADLINE_E_UNCOVERED;
				goto out;
			}
			if (deadline_date_cmp(ps[i].from, sofar) > 0) {
				out->due = sofar;
				deadline_fail(out, DEADLINE_E_PAUSE_LATE,
				    ps[i].from);
				goto out;
			}
		}
		from = deadline_date_to_days(ps[i].from);
		to = deadline_date_to_days(ps[i].to);
		/* Days before the start, or paused already, count once. */
		before = from > last ? 0 : (to < last ? to : last) - from + 1;
		if (from <= last)
			from = last + 1;
		n = to >= from ? to - from + 1 : 0;
		if (last < to)
			last = to;
		/* The notice window grows with the pauses begun inside it. */
		if (is_notice_open && deadline_date_cmp(ps[i].from, notice) > 0)
			is_notice_open = 0;
		out->paused += n;
		if (is_notice_open)
			notice = deadline_add_days(notice, n);
		if (explain != NULL) {
			buf_puts(explain, "pause: ");
			deadline_put_date(explain, ps[i].from);
			buf_puts(explain, " to ");
			deadline_put_date(explain, ps[i].to);
			buf_printf(explain, ": %ld day%s not counted", n,
			    n == 1 ? "" : "s");
			if (before > 0)
				buf_printf(explain, " (%ld before the clock "
				    "start or already paused)", before);
			buf_puts(explain, "\n");
		}
	}
	out->raw = deadline_add_days(base, out->paused);
	out->notice = notice;
	if (explain != NULL) {
		if (in->npauses > 0)
			buf_printf(explain, "paused days added before the "
			    "roll: %ld\n", out->paused);
		buf_puts(explain, "raw due date: ");
		deadline_put_date(explain, out->raw);
		buf_puts(explain, "\n");
	}
	if (deadline_roll(c, out->raw, &out->due, &out->err_date, explain) !=
	    DEADLINE_OK) {
		out->err = DEADLINE_E_UNCOVERED;
		goto out;
	}
	if (explain != NULL) {
		buf_puts(explain, "due: ");
		deadline_put_date(explain, out->due);
		buf_puts(explain, deadline_date_cmp(out->due, out->raw) == 0 ?
		    " (a working day: no roll)\n" : " (the next working "
		    "day)\n");
		if (in->is_extended) {
			buf_puts(explain, "extension notice, with reasons, "
			    "by: ");
			deadline_put_date(explain, out->notice);
			buf_puts(explain, " (one month from the clock start "
			    "plus paused days, not rolled)\n");
		}
	}
out:
	free(ps);
	return out->err;
}

char *
deadline_strerror(const struct deadline_cal *c, const struct deadline_out *out,
    char *buf, size_t n)
{
	char d[DEADLINE_DATE_SIZE], due[DEADLINE_DATE_SIZE];

	deadline_date_format(out->err_date, d);
	switch (out->err) {
	case DEADLINE_OK:
		snprintf(buf, n, "no error");
		break;
	case DEADLINE_E_INVALID:
		snprintf(buf, n, "%s is not a date", d);
		break;
	case DEADLINE_E_UNCOVERED:
		if (c->nyears == 0)
			snprintf(buf, n, "the calendar %s has no days, so it "
			    "covers no year (%s)", c->name, d);
		else
			snprintf(buf, n, "%s is outside the years the calendar "
			    "%s covers (%d-%d): add its holidays for %d",
			    d, c->name, deadline_cal_first_year(c),
			    deadline_cal_last_year(c), out->err_date.year);
		break;
	case DEADLINE_E_PAUSE_EU:
		snprintf(buf, n, "the eu rule set has no clarification "
		    "pause: the clock does not stop (answer within the month "
		    "or extend)");
		break;
	case DEADLINE_E_PAUSE_ORDER:
		snprintf(buf, n, "the pause from %s ends before it starts", d);
		break;
	case DEADLINE_E_PAUSE_EARLY:
		snprintf(buf, n, "the pause from %s starts before the request "
		    "was received", d);
		break;
	case DEADLINE_E_PAUSE_LATE:
		snprintf(buf, n, "the pause from %s starts after the time ran "
		    "out (due %s): asking for clarification cannot revive it",
		    d, deadline_date_format(out->due, due));
		break;
	}
	return buf;
}
