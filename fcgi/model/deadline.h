/* deadline: the due dates of data-subject requests and complaints, computed over a holiday calendar held in memory (GDPR-RULES.md 3.4 and the decisions). */
#ifndef GD_DEADLINE_H
#define GD_DEADLINE_H

#include <stddef.h>
#include <time.h>

#include "core/util.h"

/*
 * A civil date of the proleptic Gregorian calendar. Dates are never
 * time_t: a due date is a day of the organisation's calendar, and the
 * arithmetic below is exact for any year.
 */
struct deadline_date {
	int	 year;
	int	 month;		/* 1-12 */
	int	 day;		/* 1-31 */
};

/* Room for "YYYY-MM-DD" and a NUL, with a margin for a far year. */
#define DEADLINE_DATE_SIZE	16

/* The rule sets of GDPR-RULES.md decision 1. */
enum deadline_rules {
	DEADLINE_UK,	/* UK GDPR as amended by the DUAA 2025, ICO reading */
	DEADLINE_EU,	/* EU GDPR, months under Regulation 1182/71 */
	DEADLINE__MAX
};

/* "uk", "eu": as the command line and organisation.jurisdiction say. */
extern const char *const deadline_rules_names[DEADLINE__MAX];

/* The rule set named s, or -1. */
int	 deadline_rules_parse(const char *s);

/*
 * Parses exactly "YYYY-MM-DD" (year 0001-9999) into *out. Returns 0, or
 * -1 on anything else, a day the month does not have included
 * (2026-02-30).
 */
int	 deadline_date_parse(const char *s, struct deadline_date *out);

/* Writes d as "YYYY-MM-DD" into out; returns out. */
char	*deadline_date_format(struct deadline_date d,
	    char out[DEADLINE_DATE_SIZE]);

/* 1 if d names a day that exists, else 0. */
int	 deadline_date_is_valid(struct deadline_date d);

/* The days of month m (1-12) of year y. */
int	 deadline_days_in_month(int y, int m);

/* Days since 1970-01-01 (negative before it), and back. */
long	 deadline_date_to_days(struct deadline_date d);
struct deadline_date deadline_date_from_days(long days);

/* The day of the week: 0 Sunday ... 6 Saturday. */
int	 deadline_weekday(struct deadline_date d);

/* English name of weekday w (0 Sunday): "Sunday" ... */
const char *deadline_weekday_name(int w);

/* < 0, 0 or > 0 as a is before, the same day as, or after b. */
int	 deadline_date_cmp(struct deadline_date a, struct deadline_date b);

/* d plus n days (n may be negative). */
struct deadline_date deadline_add_days(struct deadline_date d, long n);

/*
 * d plus n calendar months: the same day of the month, or the last day
 * of the target month when it is shorter (31 Jan + 1 = 28 or 29 Feb).
 */
struct deadline_date deadline_add_months(struct deadline_date d, int n);

/*
 * Decision 12: a UK complaint is acknowledged within the period of 30
 * days beginning with the day of receipt, so by received + 29 days, with
 * no weekend or holiday roll.
 */
struct deadline_date deadline_complaint_ack(struct deadline_date received);

/*
 * Decision 2: day one is the day of receipt in the organisation's local
 * time zone. Sets *out to the local date, in the IANA zone tz
 * ("Europe/London"), of the instant t (seconds since the epoch, UTC).
 * Returns 0, or -1 when tz is not a well-formed name of a zone installed
 * under the system's zoneinfo directory ($TZDIR, else
 * /usr/share/zoneinfo): the C library would silently read an unknown
 * zone as UTC, and a wrong day one is worse than an error.
 *
 * How: the system's zoneinfo through localtime_r, with TZ set to tz for
 * the call and put back as it was (or unset) afterwards, tzset() each
 * time. That is exact for every zone the system knows, past and future
 * rules included, without a copy of the tz database here; the price is
 * that it changes the process environment for a moment, so it is not
 * for a program that calls localtime from several threads (none of
 * gdprdesk's does: its programs are single-threaded processes).
 */
int	 deadline_local_date(time_t t, const char *tz, struct deadline_date *out);

/*
 * The instant (UTC) of local time hour:minute on day d in zone tz, the
 * way round of deadline_local_date (a time that summer time skips or
 * repeats is read as mktime does). Returns 0 or -1.
 */
int	 deadline_local_to_utc(struct deadline_date d, int hour, int minute,
	    const char *tz, time_t *out);

/* Is tz a well-formed name of a zone installed on this system? */
int	 deadline_tz_exists(const char *tz);

/*
 * Parses a UTC instant as the database gives it, "YYYY-MM-DD HH:MM:SS",
 * or as ISO 8601 "YYYY-MM-DDTHH:MM[:SS]Z", into *out. Returns 0 or -1.
 */
int	 deadline_utc_parse(const char *s, time_t *out);

/*
 * A holiday calendar in memory: its days sorted, and the years it covers
 * (those with at least one day: decision 7). Opaque; built with
 * deadline_cal_new, deadline_cal_add and deadline_cal_done, or loaded
 * from the database (calendar.h).
 */
struct deadline_cal;

/* An empty calendar called name (copied). Owned: deadline_cal_free. */
struct deadline_cal *deadline_cal_new(const char *name);

/*
 * Adds day d, a holiday called name (copied; NULL: unnamed). A day added
 * twice keeps its first name. Returns 0, or -1 if d is not a valid date.
 * Call deadline_cal_done before the calendar is used.
 */
int	 deadline_cal_add(struct deadline_cal *, struct deadline_date d,
	    const char *name);

/* Sorts the days and works out the years covered. */
void	 deadline_cal_done(struct deadline_cal *);

/* Frees c; NULL is a no-op. */
void	 deadline_cal_free(struct deadline_cal *c);

/* The calendar's name. Borrowed. */
const char *deadline_cal_name(const struct deadline_cal *);

/* The number of days, and the first and last year covered (0 if none). */
size_t	 deadline_cal_ndays(const struct deadline_cal *);
int	 deadline_cal_first_year(const struct deadline_cal *);
int	 deadline_cal_last_year(const struct deadline_cal *);

/* 1 if the calendar has at least one day in year y, else 0. */
int	 deadline_cal_covers(const struct deadline_cal *, int y);

/*
 * Is d a holiday? Returns 1 with *name set to its name (borrowed; ""
 * when unnamed) when name is not NULL, else 0.
 */
int	 deadline_cal_is_holiday(const struct deadline_cal *,
	    struct deadline_date d, const char **name);

/* A clarification pause: asked on from, answered on to, both included. */
struct deadline_pause {
	struct deadline_date	 from;
	struct deadline_date	 to;
};

/* What a deadline is computed from. */
struct deadline_in {
	enum deadline_rules	 rules;
	struct deadline_date	 received;	/* local date of receipt */
	/*
	 * Decision 3: the clock starts on the latest of the receipt and
	 * these (identity, authority, fee received); one before the
	 * receipt changes nothing. May be NULL when nclock_starts is 0.
	 */
	const struct deadline_date *clock_starts;
	size_t			 nclock_starts;
	const struct deadline_pause *pauses;	/* any order; uk only */
	size_t			 npauses;
	int			 is_extended;	/* decision 5 */
};

/* Why a deadline cannot be computed: all are the caller's bad input. */
enum deadline_err {
	DEADLINE_OK,
	DEADLINE_E_INVALID,	/* a date that does not exist */
	DEADLINE_E_UNCOVERED,	/* a date outside the calendar's years */
	DEADLINE_E_PAUSE_EU,	/* a pause under the eu rule set */
	DEADLINE_E_PAUSE_ORDER,	/* a pause that ends before it starts */
	DEADLINE_E_PAUSE_EARLY,	/* a pause before the request arrived */
	DEADLINE_E_PAUSE_LATE	/* a pause after the time had run out */
};

/* The outcome and its steps. */
struct deadline_out {
	enum deadline_err	 err;
	struct deadline_date	 err_date;	/* the date the error is about */
	struct deadline_date	 start;		/* clock start */
	struct deadline_date	 month;		/* start + 1 month, raw */
	long			 paused;	/* days that did not count */
	struct deadline_date	 raw;		/* before the roll */
	struct deadline_date	 due;		/* the last day to answer */
	/*
	 * Decision 5: the one-month date plus the paused days of the
	 * pauses begun by then, not rolled: with an extension, the last
	 * day to tell the requester of it, with reasons. Computed with or
	 * without one.
	 */
	struct deadline_date	 notice;
};

/*
 * Computes the due date of a request under in's rule set and calendar
 * cal (GDPR-RULES.md 3.4 and decisions 3-7):
 *   start = latest of received and the clock starts;
 *   raw   = start + 1 month (3 with an extension, from the start, never
 *           from the one-month date) + paused days;
 *   due   = raw, moved day by day past Saturdays, Sundays and holidays.
 * Paused days (uk only): the days from asking to answer, both included,
 * counted once where pauses overlap and only from the start on, added
 * before the roll. Pauses are taken in order of their start, and one
 * that starts after the due date computed so far (rolled: the deadline
 * is the end of that day) is refused: the time had run out.
 * Every date the roll looks at, the received date and the start must
 * lie in a year the calendar covers.
 *
 * Returns out->err (DEADLINE_OK, or why not, with out->err_date). When
 * explain is not NULL, appends the steps as lines of text to it, for
 * people: received, clock start, raw date, each pause, each day rolled
 * over and why, the extension and its notice date.
 */
enum deadline_err deadline_compute(const struct deadline_cal *cal,
	    const struct deadline_in *in, struct deadline_out *out,
	    struct buf *explain);

/*
 * Writes a one-line message for out's error (no trailing newline) into
 * buf of size n, naming the date and the calendar's years where they
 * matter. Returns buf.
 */
char	*deadline_strerror(const struct deadline_cal *cal,
	    const struct deadline_out *out, char *buf, size_t n);

#endif
