/* stmt: every SQL statement of gdprdesk, in one enum-indexed table; programs whitelist theirs. */
#ifndef GD_STMT_H
#define GD_STMT_H

#include "core/db.h"

enum stmt {
	STMT_HEALTH,
	/* staff accounts */
	STMT_ACCOUNT_GET_BY_LOGIN,
	STMT_ACCOUNT_GET_BY_ID,
	STMT_ACCOUNT_LIST,
	STMT_ACCOUNT_INSERT,
	STMT_ACCOUNT_SET_ROLE,
	STMT_ACCOUNT_SET_PASSWORD,
	STMT_ACCOUNT_SET_DISABLED,
	STMT_GRANT_LIST,
	STMT_GRANT_INSERT,
	STMT_GRANT_DELETE,
	/* sessions and throttling */
	STMT_SESSION_INSERT,
	STMT_SESSION_GET_BY_HASH,
	STMT_SESSION_TOUCH,
	STMT_SESSION_END,
	STMT_SESSION_END_BY_ACCOUNT,
	STMT_SESSION_END_OTHERS,
	STMT_LOGIN_FAILURE_INSERT,
	STMT_LOGIN_FAILURE_COUNT,
	STMT_LOGIN_FAILURE_CLEAR,
	STMT_AUDIT_INSERT,
	/* organisations, scoped to what an account may see */
	STMT_ORG_LIST_ALL,
	STMT_ORG_LIST_BY_ACCOUNT,
	STMT_ORG_GET_BY_SLUG_FOR,
	STMT_ORG_GET_BY_SLUG,
	/* the public program: views and the token procedure only */
	STMT_PUB_ORG_GET_BY_SLUG,
	STMT_PUB_TICKET_BY_TOKEN,
	/* gdprdeskctl */
	STMT_MIGRATION_LIST,
	STMT_MIGRATION_INSERT,
	STMT_SEED_LIST,
	STMT_SEED_INSERT,
	STMT__MAX
};

extern const struct db_stmt_def stmt_defs[STMT__MAX];

#endif
