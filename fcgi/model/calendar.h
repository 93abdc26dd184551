/* calendar: holiday calendars read from the database into the deadline engine's in-memory form. */
#ifndef GD_CALENDAR_H
#define GD_CALENDAR_H

#include "core/db.h"
#include "deadline.h"

/* The statements calendar_load runs, for a program's whitelist. */
#define CALENDAR_STMTS	STMT_CALENDAR_GET, STMT_CALENDAR_DAYS

/*
 * Loads the calendar called name with every day it has now (so days an
 * admin added count at once). Returns DB_OK with *out (owned:
 * deadline_cal_free), DB_NOTFOUND when there is no such calendar, or
 * DB_ERROR (also for a day the database gives in a form that is not a
 * date, which the DATE column makes impossible).
 */
enum db_rc calendar_load(struct db *, const char *name,
	    struct deadline_cal **out);

/*
 * The days statement stmt gives for calendar name (a SELECT, or the
 * public program's procedure) as a calendar; none is an empty one.
 * Returns DB_OK with *out (deadline_cal_free) or DB_ERROR.
 */
enum db_rc calendar_days(struct db *, int stmt, const char *name,
	    struct deadline_cal **out);

/* Is there a calendar called name? DB_OK, DB_NOTFOUND or DB_ERROR. */
enum db_rc calendar_exists(struct db *, const char *name);

#endif
