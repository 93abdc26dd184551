/* health: does the database answer? */
#include "core/db.h"
#include "health.h"
#include "stmt.h"

int
health_check(struct db *db)
{
	struct db_res *r;

	if (db_ensure(db) == -1 ||
	    db_query_one(db, STMT_HEALTH, NULL, 0, &r) != DB_OK)
		return -1;
	db_res_free(r);
	return 0;
}
