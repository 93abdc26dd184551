/* stmt: every SQL statement of gdprdesk, in one enum-indexed table; programs whitelist theirs. */
#include "stmt.h"

/* The columns of an organisation, in the order org.c reads them. */
#define ORG_COLS \
	"o.id, o.slug, o.name, o.legal_name, o.company_number, o.address, " \
	"o.contact_email, o.contact_phone, o.website, o.dpo_name, " \
	"o.dpo_email, o.dpo_address, o.dpo_phone, o.representative_name, " \
	"o.representative_contact, o.registration_ref, " \
	"o.supervisory_authority, o.jurisdiction, o.ref_prefix"

#define ACCOUNT_COLS \
	"id, login, display_name, role, password_hash, is_disabled"

const struct db_stmt_def stmt_defs[STMT__MAX] = {
	[STMT_HEALTH] = { "health", "SELECT 1" },

	[STMT_ACCOUNT_GET_BY_LOGIN] = { "account_get_by_login",
	    "SELECT " ACCOUNT_COLS " FROM staff_account WHERE login = ?" },
	[STMT_ACCOUNT_GET_BY_ID] = { "account_get_by_id",
	    "SELECT " ACCOUNT_COLS " FROM staff_account WHERE id = ?" },
	[STMT_ACCOUNT_LIST] = { "account_list",
	    "SELECT " ACCOUNT_COLS " FROM staff_account ORDER BY login" },
	[STMT_ACCOUNT_INSERT] = { "account_insert",
	    "INSERT INTO staff_account (login, display_name, role, "
	    "password_hash) VALUES (?, ?, ?, ?)" },
	[STMT_ACCOUNT_SET_ROLE] = { "account_set_role",
	    "UPDATE staff_account SET role = ? WHERE id = ?" },
	[STMT_ACCOUNT_SET_PASSWORD] = { "account_set_password",
	    "UPDATE staff_account SET password_hash = ?, "
	    "password_changed_at = UTC_TIMESTAMP() WHERE id = ?" },
	[STMT_ACCOUNT_SET_DISABLED] = { "account_set_disabled",
	    "UPDATE staff_account SET is_disabled = ? WHERE id = ?" },
	[STMT_GRANT_LIST] = { "grant_list",
	    "SELECT g.account_id, o.slug, o.name FROM staff_org g "
	    "JOIN organisation o ON o.id = g.org_id ORDER BY o.name" },
	[STMT_GRANT_INSERT] = { "grant_insert",
	    "INSERT IGNORE INTO staff_org (account_id, org_id) VALUES (?, ?)" },
	[STMT_GRANT_DELETE] = { "grant_delete",
	    "DELETE FROM staff_org WHERE account_id = ? AND org_id = ?" },

	[STMT_SESSION_INSERT] = { "session_insert",
	    "INSERT INTO staff_session (token_hash, account_id, csrf_token, "
	    "created_at, last_seen_at) "
	    "VALUES (?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())" },
	[STMT_SESSION_GET_BY_HASH] = { "session_get_by_hash",
	    "SELECT s.id, s.account_id, s.csrf_token, "
	    "TIMESTAMPDIFF(SECOND, s.created_at, UTC_TIMESTAMP()), "
	    "TIMESTAMPDIFF(SECOND, s.last_seen_at, UTC_TIMESTAMP()), "
	    "a.login, a.display_name, a.role, a.is_disabled "
	    "FROM staff_session s JOIN staff_account a ON a.id = s.account_id "
	    "WHERE s.token_hash = ? AND s.ended_at IS NULL" },
	[STMT_SESSION_TOUCH] = { "session_touch",
	    "UPDATE staff_session SET last_seen_at = UTC_TIMESTAMP() "
	    "WHERE id = ?" },
	[STMT_SESSION_END] = { "session_end",
	    "UPDATE staff_session SET ended_at = UTC_TIMESTAMP() "
	    "WHERE id = ? AND ended_at IS NULL" },
	[STMT_SESSION_END_BY_ACCOUNT] = { "session_end_by_account",
	    "UPDATE staff_session SET ended_at = UTC_TIMESTAMP() "
	    "WHERE account_id = ? AND ended_at IS NULL" },
	[STMT_SESSION_END_OTHERS] = { "session_end_others",
	    "UPDATE staff_session SET ended_at = UTC_TIMESTAMP() "
	    "WHERE account_id = ? AND id <> ? AND ended_at IS NULL" },
	[STMT_LOGIN_FAILURE_INSERT] = { "login_failure_insert",
	    "INSERT INTO login_failure (login_hash, at) "
	    "VALUES (?, UTC_TIMESTAMP())" },
	[STMT_LOGIN_FAILURE_COUNT] = { "login_failure_count",
	    "SELECT COUNT(*) FROM login_failure WHERE login_hash = ? "
	    "AND at > UTC_TIMESTAMP() - INTERVAL ? SECOND" },
	[STMT_LOGIN_FAILURE_CLEAR] = { "login_failure_clear",
	    "DELETE FROM login_failure WHERE login_hash = ?" },
	[STMT_AUDIT_INSERT] = { "audit_insert",
	    "INSERT INTO audit (account_id, action, org_id, entity, "
	    "entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)" },

	[STMT_ORG_LIST_ALL] = { "org_list_all",
	    "SELECT " ORG_COLS " FROM organisation o WHERE o.is_retired = 0 "
	    "ORDER BY o.name" },
	[STMT_ORG_LIST_BY_ACCOUNT] = { "org_list_by_account",
	    "SELECT " ORG_COLS " FROM organisation o "
	    "JOIN staff_org g ON g.org_id = o.id AND g.account_id = ? "
	    "WHERE o.is_retired = 0 ORDER BY o.name" },
	/* Scoped: an admin (second parameter 1) or a granted account. */
	[STMT_ORG_GET_BY_SLUG_FOR] = { "org_get_by_slug_for",
	    "SELECT " ORG_COLS " FROM organisation o WHERE o.slug = ? "
	    "AND o.is_retired = 0 AND (? = 1 OR EXISTS (SELECT 1 FROM "
	    "staff_org g WHERE g.org_id = o.id AND g.account_id = ?))" },
	[STMT_ORG_GET_BY_SLUG] = { "org_get_by_slug",
	    "SELECT " ORG_COLS " FROM organisation o WHERE o.slug = ?" },

	[STMT_PUB_ORG_GET_BY_SLUG] = { "pub_org_get_by_slug",
	    "SELECT " ORG_COLS " FROM public_organisation o WHERE o.slug = ?" },
	[STMT_PUB_TICKET_BY_TOKEN] = { "pub_ticket_by_token",
	    "CALL ticket_status_by_token(?)" },

	[STMT_MIGRATION_LIST] = { "migration_list",
	    "SELECT version FROM schema_migration ORDER BY version" },
	[STMT_MIGRATION_INSERT] = { "migration_insert",
	    "INSERT INTO schema_migration (version, name) VALUES (?, ?)" },
	[STMT_SEED_LIST] = { "seed_list",
	    "SELECT name FROM seed_applied ORDER BY name" },
	[STMT_SEED_INSERT] = { "seed_insert",
	    "INSERT INTO seed_applied (name) VALUES (?)" },
};
