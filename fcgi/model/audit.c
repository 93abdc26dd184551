/* audit: the append-only trail of logins, account changes and staff reads of personal data. */
#include "audit.h"
#include "stmt.h"

int
audit_log(struct db *db, long long account_id, const char *action,
    long long org_id, const char *entity, long long entity_id,
    const char *detail)
{
	struct db_param p[6] = {
		account_id > 0 ? DBP_INT(account_id) : DBP_NULL,
		DBP_TEXT(action),
		org_id > 0 ? DBP_INT(org_id) : DBP_NULL,
		DBP_TEXT(entity),
		entity_id > 0 ? DBP_INT(entity_id) : DBP_NULL,
		DBP_TEXT(detail),
	};

	return db_exec(db, STMT_AUDIT_INSERT, p, 6, NULL, NULL) == DB_OK ?
	    0 : -1;
}
