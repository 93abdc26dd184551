/* calendar: holiday calendars read from the database into the deadline engine's in-memory form. */
#include <stdlib.h>

#include "core/log.h"
#include "calendar.h"
#include "stmt.h"

enum db_rc
calendar_days(struct db *db, int stmt, const char *name,
    struct deadline_cal **out)
{
	struct db_param p = DBP_TEXT(name);
	struct deadline_cal *c;
	struct deadline_date d;
	struct db_res *r;

	*out = NULL;
	if (db_query(db, stmt, &p, 1, &r) != DB_OK)
		return DB_ERROR;
	c = deadline_cal_new(name);
	while (db_res_next(r)) {
		if (db_res_text(r, 0) == NULL ||
		    deadline_date_parse(db_res_text(r, 0), &d) == -1 ||
		    deadline_cal_add(c, d, db_res_text(r, 1)) == -1) {
			log_err("calendar: a day of %s is not a date", name);
			db_res_free(r);
			deadline_cal_free(c);
			return DB_ERROR;
		}
	}
	db_res_free(r);
	deadline_cal_done(c);
	*out = c;
	return DB_OK;
}

enum db_rc
calendar_load(struct db *db, const char *name, struct deadline_cal **out)
{
	enum db_rc rc;

	*out = NULL;
	if ((rc = calendar_exists(db, name)) != DB_OK)
		return rc;
	return calendar_days(db, STMT_CALENDAR_DAYS, name, out);
}

enum db_rc
calendar_exists(struct db *db, const char *name)
{
	struct db_param p = DBP_TEXT(name);
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query_one(db, STMT_CALENDAR_GET, &p, 1, &r)) == DB_OK)
		db_res_free(r);
	return rc;
}
