/* deadline_vectors: the deadline test vectors (GDPR-RULES.md section 11 and decision 11) and the shipped calendars' days, shared by the unit and integration suites. */
#ifndef GD_DEADLINE_VECTORS_H
#define GD_DEADLINE_VECTORS_H

#include <stddef.h>

/*
 * One case: gdprdeskctl due --rules RULES --calendar CAL --received
 * RECEIVED [--clock-start D]... [--pause F:T]... [--extend] gives DUE
 * (and, with --extend, the extension notice date NOTICE). clock and
 * pauses are space-separated lists, or NULL.
 */
struct dv_case {
	const char	*id;
	const char	*rules;
	const char	*cal;
	const char	*received;
	const char	*clock;
	const char	*pauses;
	int		 is_extended;
	const char	*due;
	const char	*notice;	/* with an extension; NULL: not checked */
};

#define EW	"england-and-wales"
#define SC	"scotland"
#define NI	"northern-ireland"
#define IE	"ireland"
#define DE	"germany"

/*
 * Every binding vector of section 11 (T1-T17, T19-T27, T30, T32, T33;
 * T18 under decision 3; T28-T29 by their local dates, which the unit
 * suite also derives from the instants), for each calendar the table
 * names. "UK_ICO" without a division runs on all three UK calendars,
 * "EU" on ireland (T1: non-DE) and germany where the row allows.
 * Extension notice dates: the unrolled one-month date plus paused days
 * (decision 5); section 11 states those of T15 and T21, the others
 * follow from the rule.
 */
static const struct dv_case dv_binding[] = {
	{ "T1", "uk", EW, "2025-09-03", NULL, NULL, 0, "2025-10-03", NULL },
	{ "T1", "uk", SC, "2025-09-03", NULL, NULL, 0, "2025-10-03", NULL },
	{ "T1", "uk", NI, "2025-09-03", NULL, NULL, 0, "2025-10-03", NULL },
	{ "T1", "eu", IE, "2025-09-03", NULL, NULL, 0, "2025-10-03", NULL },
	{ "T2", "uk", EW, "2024-11-25", NULL, NULL, 0, "2024-12-27", NULL },
	{ "T3", "uk", EW, "2025-03-31", NULL, NULL, 0, "2025-04-30", NULL },
	{ "T3", "uk", SC, "2025-03-31", NULL, NULL, 0, "2025-04-30", NULL },
	{ "T3", "uk", NI, "2025-03-31", NULL, NULL, 0, "2025-04-30", NULL },
	{ "T4", "uk", EW, "2025-01-31", NULL, NULL, 0, "2025-02-28", NULL },
	{ "T4", "eu", IE, "2025-01-31", NULL, NULL, 0, "2025-02-28", NULL },
	{ "T4", "eu", DE, "2025-01-31", NULL, NULL, 0, "2025-02-28", NULL },
	{ "T5", "uk", EW, "2024-01-31", NULL, NULL, 0, "2024-02-29", NULL },
	{ "T5", "eu", IE, "2024-01-31", NULL, NULL, 0, "2024-02-29", NULL },
	{ "T5", "eu", DE, "2024-01-31", NULL, NULL, 0, "2024-02-29", NULL },
	{ "T6", "uk", EW, "2026-01-31", NULL, NULL, 0, "2026-03-02", NULL },
	{ "T7", "uk", EW, "2027-01-01", NULL, NULL, 0, "2027-02-01", NULL },
	{ "T7", "uk", SC, "2027-01-01", NULL, NULL, 0, "2027-02-01", NULL },
	{ "T7", "uk", NI, "2027-01-01", NULL, NULL, 0, "2027-02-01", NULL },
	{ "T8", "uk", EW, "2025-01-01", NULL, NULL, 0, "2025-02-03", NULL },
	{ "T8", "uk", SC, "2025-01-01", NULL, NULL, 0, "2025-02-03", NULL },
	{ "T8", "uk", NI, "2025-01-01", NULL, NULL, 0, "2025-02-03", NULL },
	{ "T9", "uk", EW, "2027-04-01", NULL, NULL, 0, "2027-05-04", NULL },
	{ "T10", "uk", EW, "2026-03-03", NULL, NULL, 0, "2026-04-07", NULL },
	{ "T10", "uk", NI, "2026-03-03", NULL, NULL, 0, "2026-04-07", NULL },
	{ "T10", "uk", SC, "2026-03-03", NULL, NULL, 0, "2026-04-06", NULL },
	{ "T11", "uk", EW, "2024-02-29", NULL, NULL, 0, "2024-04-02", NULL },
	{ "T11", "uk", SC, "2024-02-29", NULL, NULL, 0, "2024-04-01", NULL },
	{ "T12", "uk", EW, "2026-11-25", NULL, NULL, 0, "2026-12-29", NULL },
	{ "T12", "uk", SC, "2026-11-25", NULL, NULL, 0, "2026-12-29", NULL },
	{ "T12", "uk", NI, "2026-11-25", NULL, NULL, 0, "2026-12-29", NULL },
	{ "T13", "uk", EW, "2026-12-02", NULL, NULL, 0, "2027-01-04", NULL },
	{ "T13", "uk", NI, "2026-12-02", NULL, NULL, 0, "2027-01-04", NULL },
	{ "T13", "uk", SC, "2026-12-02", NULL, NULL, 0, "2027-01-05", NULL },
	{ "T14", "uk", EW, "2026-01-31", NULL, NULL, 0, "2026-03-02", NULL },
	{ "T14", "uk", EW, "2026-01-31", NULL, NULL, 1, "2026-04-30",
	    "2026-02-28" },
	{ "T14", "eu", IE, "2026-01-31", NULL, NULL, 0, "2026-03-02", NULL },
	{ "T14", "eu", IE, "2026-01-31", NULL, NULL, 1, "2026-04-30",
	    "2026-02-28" },
	{ "T15", "uk", EW, "2025-10-31", NULL, NULL, 0, "2025-12-01", NULL },
	{ "T15", "uk", SC, "2025-10-31", NULL, NULL, 0, "2025-12-02", NULL },
	{ "T15", "uk", EW, "2025-10-31", NULL, NULL, 1, "2026-02-02",
	    "2025-11-30" },
	{ "T15", "uk", SC, "2025-10-31", NULL, NULL, 1, "2026-02-02",
	    "2025-11-30" },
	{ "T16", "uk", EW, "2026-11-29", NULL, NULL, 0, "2026-12-29", NULL },
	{ "T16", "uk", EW, "2026-11-29", NULL, NULL, 1, "2027-03-01",
	    "2026-12-29" },
	{ "T17", "uk", EW, "2027-11-29", NULL, NULL, 1, "2028-02-29",
	    "2027-12-29" },
	{ "T18", "uk", EW, "2025-03-10", "2025-03-15", NULL, 0, "2025-04-15",
	    NULL },
	{ "T18", "eu", IE, "2025-03-10", "2025-03-15", NULL, 0, "2025-04-15",
	    NULL },
	{ "T18", "eu", DE, "2025-03-10", "2025-03-15", NULL, 0, "2025-04-15",
	    NULL },
	{ "T19", "uk", EW, "2026-03-02", NULL, "2026-03-04:2026-03-09", 0,
	    "2026-04-08", NULL },
	{ "T19", "eu", IE, "2026-03-02", NULL, NULL, 0, "2026-04-02", NULL },
	{ "T19", "eu", DE, "2026-03-02", NULL, NULL, 0, "2026-04-02", NULL },
	{ "T20", "uk", EW, "2026-03-05", NULL, "2026-03-06:2026-03-30", 0,
	    "2026-04-30", NULL },
	{ "T21", "uk", EW, "2026-03-02", NULL, "2026-03-04:2026-03-09", 1,
	    "2026-06-08", "2026-04-08" },
	{ "T22", "uk", EW, "2026-01-02", NULL, NULL, 0, "2026-02-02", NULL },
	{ "T22", "uk", SC, "2026-01-02", NULL, NULL, 0, "2026-02-02", NULL },
	{ "T22", "uk", EW, "2025-12-20", "2026-01-02", NULL, 0, "2026-02-02",
	    NULL },
	{ "T22", "uk", SC, "2025-12-20", "2026-01-02", NULL, 0, "2026-02-02",
	    NULL },
	{ "T23", "uk", EW, "2026-06-12", NULL, NULL, 0, "2026-07-13", NULL },
	{ "T23", "uk", SC, "2026-06-12", NULL, NULL, 0, "2026-07-13", NULL },
	{ "T23", "uk", NI, "2026-06-12", NULL, NULL, 0, "2026-07-14", NULL },
	{ "T24", "uk", EW, "2026-05-15", NULL, NULL, 0, "2026-06-15", NULL },
	{ "T24", "uk", SC, "2026-05-15", NULL, NULL, 0, "2026-06-16", NULL },
	{ "T25", "uk", EW, "2027-02-17", NULL, NULL, 0, "2027-03-17", NULL },
	{ "T25", "uk", NI, "2027-02-17", NULL, NULL, 0, "2027-03-18", NULL },
	{ "T26", "uk", EW, "2026-07-03", NULL, NULL, 0, "2026-08-03", NULL },
	{ "T26", "uk", SC, "2026-07-03", NULL, NULL, 0, "2026-08-04", NULL },
	{ "T27", "uk", EW, "2027-11-27", NULL, NULL, 0, "2027-12-29", NULL },
	{ "T28", "uk", EW, "2025-08-01", NULL, NULL, 0, "2025-09-01", NULL },
	{ "T29", "uk", EW, "2025-08-02", NULL, NULL, 0, "2025-09-02", NULL },
	{ "T30", "eu", DE, "2025-09-03", NULL, NULL, 0, "2025-10-06", NULL },
	{ "T32", "uk", EW, "2026-12-31", NULL, NULL, 0, "2027-02-01", NULL },
	{ "T32", "uk", EW, "2026-12-31", NULL, NULL, 1, "2027-03-31",
	    "2027-01-31" },
	{ "T33", "uk", EW, "2024-02-29", NULL, NULL, 1, "2024-05-29",
	    "2024-03-29" },
};

/*
 * Edge cases of our own, each checked against an independent script:
 * month ends, weekends, Christmas and New Year, Easter, pauses across a
 * month end, overlapping and out of order, a pause begun on the due
 * date, the clock start, the Irish and German calendars.
 */
static const struct dv_case dv_edges[] = {
	/* 28 Jan-3 Feb: 7 days across the month end; 20 Feb + 7. */
	{ "E1", "uk", EW, "2026-01-20", NULL, "2026-01-28:2026-02-03", 0,
	    "2026-02-27", NULL },
	/* 4-9 and 8-10 Mar overlap: 4-10 is 7 days, counted once. */
	{ "E2", "uk", EW, "2026-03-02", NULL,
	    "2026-03-04:2026-03-09 2026-03-08:2026-03-10", 0, "2026-04-09",
	    NULL },
	/* Given out of order: taken in order of their start, 6 + 2 days. */
	{ "E3", "uk", EW, "2026-03-02", NULL,
	    "2026-03-20:2026-03-21 2026-03-04:2026-03-09", 0, "2026-04-10",
	    NULL },
	/* Begun on the due date so far (2 Apr): it counts; 3 Apr is Good
	 * Friday, so 7 Apr. */
	{ "E4", "uk", EW, "2026-03-02", NULL, "2026-04-02:2026-04-02", 0,
	    "2026-04-07", NULL },
	/* Raw 3 Apr (Good Friday) rolls to 7 Apr: a pause begun on 7 Apr
	 * is in time; 3 Apr + 4 days is 7 Apr again. */
	{ "E5", "uk", EW, "2026-03-03", NULL, "2026-04-07:2026-04-10", 0,
	    "2026-04-07", NULL },
	/* After the first pause the due date is 8 Apr: one begun then
	 * counts too. */
	{ "E6", "uk", EW, "2026-03-02", NULL,
	    "2026-03-04:2026-03-09 2026-04-08:2026-04-09", 0, "2026-04-10",
	    NULL },
	/* Only the paused days from the clock start count (15-17 Mar);
	 * 18 Apr is Good Friday, 21 Apr Easter Monday. */
	{ "E7", "uk", EW, "2025-03-10", "2025-03-15", "2025-03-12:2025-03-17",
	    0, "2025-04-22", NULL },
	/* A clock start before the receipt changes nothing. */
	{ "E8", "uk", EW, "2025-09-03", "2025-09-01", NULL, 0, "2025-10-03",
	    NULL },
	/* Several clock starts: the latest counts. */
	{ "E9", "uk", EW, "2025-03-10", "2025-03-15 2025-03-12", NULL, 0,
	    "2025-04-15", NULL },
	/* New Year: 1 Jan (E&W); 1 and 2 Jan, then a weekend (Scotland). */
	{ "E10", "uk", EW, "2025-12-01", NULL, NULL, 0, "2026-01-02", NULL },
	{ "E10", "uk", SC, "2025-12-01", NULL, NULL, 0, "2026-01-05", NULL },
	/* Month ends: 31 May -> 30 Jun, 31 Aug -> 30 Sep, 31 Dec -> 31 Jan
	 * (a Saturday) -> 2 Feb. */
	{ "E11", "uk", EW, "2025-05-31", NULL, NULL, 0, "2025-06-30", NULL },
	{ "E11", "uk", EW, "2025-08-31", NULL, NULL, 0, "2025-09-30", NULL },
	{ "E11", "uk", EW, "2025-12-31", NULL, NULL, 0, "2026-02-02", NULL },
	/* St Stephen's Day 2026 (a Saturday) is given on Mon 28 Dec. */
	{ "E12", "eu", IE, "2026-11-26", NULL, NULL, 0, "2026-12-29", NULL },
	/* Ascension Day 2026. */
	{ "E13", "eu", DE, "2026-04-14", NULL, NULL, 0, "2026-05-15", NULL },
	/* Christmas 2027 on a weekend: no German substitute, two UK ones. */
	{ "E14", "eu", DE, "2027-11-25", NULL, NULL, 0, "2027-12-27", NULL },
	{ "E14", "uk", EW, "2027-11-25", NULL, NULL, 0, "2027-12-29", NULL },
	/* An extension with a pause in its second month: 2 Jun + 6 + 4;
	 * the notice date takes only the pause begun by then. */
	{ "E15", "uk", EW, "2026-03-02", NULL,
	    "2026-03-04:2026-03-09 2026-05-01:2026-05-04", 1, "2026-06-12",
	    "2026-04-08" },
	/* The one-off Scottish holiday only in Scotland; Easter in 2028. */
	{ "E16", "uk", NI, "2026-05-15", NULL, NULL, 0, "2026-06-15", NULL },
	{ "E17", "uk", EW, "2028-03-14", NULL, NULL, 0, "2028-04-18", NULL },
	{ "E17", "uk", SC, "2028-03-14", NULL, NULL, 0, "2028-04-17", NULL },
};

/*
 * Refused cases, by class: each gives exit 2 on the command line. For
 * these due is NULL, and the unit suite checks the error instead.
 */
static const struct dv_case dv_refused[] = {
	/* a pause under the eu rule set */
	{ "R-eu-pause", "eu", IE, "2026-03-02", NULL, "2026-03-04:2026-03-09",
	    0, NULL, NULL },
	/* a pause that ends before it starts */
	{ "R-pause-order", "uk", EW, "2026-03-02", NULL,
	    "2026-03-09:2026-03-04", 0, NULL, NULL },
	/* a pause before the request arrived */
	{ "R-pause-early", "uk", EW, "2026-03-02", NULL,
	    "2026-02-27:2026-03-04", 0, NULL, NULL },
	/* a pause begun after the time ran out (due 2 Apr) */
	{ "R-pause-late", "uk", EW, "2026-03-02", NULL,
	    "2026-04-03:2026-04-05", 0, NULL, NULL },
	/* after the first pause the time ran out on 8 Apr */
	{ "R-pause-late2", "uk", EW, "2026-03-02", NULL,
	    "2026-03-04:2026-03-09 2026-04-09:2026-04-09", 0, NULL, NULL },
	/* a received date outside the calendar's years */
	{ "R-uncovered-received", "uk", EW, "2023-12-01", NULL, NULL, 0, NULL,
	    NULL },
	/* a clock start outside them */
	{ "R-uncovered-start", "uk", EW, "2028-12-20", "2029-01-05", NULL, 0,
	    NULL, NULL },
	/* a raw date outside them */
	{ "R-uncovered-raw", "uk", EW, "2028-12-15", NULL, NULL, 0, NULL,
	    NULL },
	/* a roll into a year outside them: 30 Dec 2028 is a Saturday */
	{ "R-uncovered-roll", "uk", EW, "2028-11-30", NULL, NULL, 0, NULL,
	    NULL },
	/* an extension that ends outside them */
	{ "R-uncovered-ext", "uk", EW, "2028-11-01", NULL, NULL, 1, NULL,
	    NULL },
};

/*
 * The shipped calendars' days, 2024-2028 (sql/migrations/
 * 0005_calendar.sql). The UK ones for 2024-2027 are GDPR-RULES.md
 * section 7's tables exactly.
 */
static const char *const dv_days_ew[] = {
	"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
	"2024-08-26", "2024-12-25", "2024-12-26",
	"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
	"2025-08-25", "2025-12-25", "2025-12-26",
	"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
	"2026-08-31", "2026-12-25", "2026-12-28",
	"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
	"2027-08-30", "2027-12-27", "2027-12-28",
	"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29",
	"2028-08-28", "2028-12-25", "2028-12-26",
};

static const char *const dv_days_sc[] = {
	"2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06", "2024-05-27",
	"2024-08-05", "2024-12-02", "2024-12-25", "2024-12-26",
	"2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26",
	"2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26",
	"2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25",
	"2026-06-15", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28",
	"2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31",
	"2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28",
	"2028-01-03", "2028-01-04", "2028-04-14", "2028-05-01", "2028-05-29",
	"2028-08-07", "2028-11-30", "2028-12-25", "2028-12-26",
};

static const char *const dv_days_ni[] = {
	"2024-01-01", "2024-03-18", "2024-03-29", "2024-04-01", "2024-05-06",
	"2024-05-27", "2024-07-12", "2024-08-26", "2024-12-25", "2024-12-26",
	"2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05",
	"2025-05-26", "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26",
	"2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04",
	"2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28",
	"2027-01-01", "2027-03-17", "2027-03-26", "2027-03-29", "2027-05-03",
	"2027-05-31", "2027-07-12", "2027-08-30", "2027-12-27", "2027-12-28",
	"2028-01-03", "2028-03-17", "2028-04-14", "2028-04-17", "2028-05-01",
	"2028-05-29", "2028-07-12", "2028-08-28", "2028-12-25", "2028-12-26",
};

static const char *const dv_days_ie[] = {
	"2024-01-01", "2024-02-05", "2024-03-18", "2024-04-01", "2024-05-06",
	"2024-06-03", "2024-08-05", "2024-10-28", "2024-12-25", "2024-12-26",
	"2025-01-01", "2025-02-03", "2025-03-17", "2025-04-21", "2025-05-05",
	"2025-06-02", "2025-08-04", "2025-10-27", "2025-12-25", "2025-12-26",
	"2026-01-01", "2026-02-02", "2026-03-17", "2026-04-06", "2026-05-04",
	"2026-06-01", "2026-08-03", "2026-10-26", "2026-12-25", "2026-12-28",
	"2027-01-01", "2027-02-01", "2027-03-17", "2027-03-29", "2027-05-03",
	"2027-06-07", "2027-08-02", "2027-10-25", "2027-12-27", "2027-12-28",
	"2028-01-03", "2028-02-07", "2028-03-17", "2028-04-17", "2028-05-01",
	"2028-06-05", "2028-08-07", "2028-10-30", "2028-12-25", "2028-12-26",
};

static const char *const dv_days_de[] = {
	"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-01", "2024-05-09",
	"2024-05-20", "2024-10-03", "2024-12-25", "2024-12-26",
	"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29",
	"2025-06-09", "2025-10-03", "2025-12-25", "2025-12-26",
	"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
	"2026-05-25", "2026-10-03", "2026-12-25", "2026-12-26",
	"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06",
	"2027-05-17", "2027-10-03", "2027-12-25", "2027-12-26",
	"2028-01-01", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-25",
	"2028-06-05", "2028-10-03", "2028-12-25", "2028-12-26",
};

/* A shipped calendar and its days. */
struct dv_calendar {
	const char		*name;
	const char *const	*days;
	size_t			 ndays;
};

#define DV_CAL(n, a)	{ (n), (a), sizeof(a) / sizeof((a)[0]) }

static const struct dv_calendar dv_calendars[] = {
	DV_CAL(EW, dv_days_ew),
	DV_CAL(SC, dv_days_sc),
	DV_CAL(NI, dv_days_ni),
	DV_CAL(IE, dv_days_ie),
	DV_CAL(DE, dv_days_de),
};

#endif
