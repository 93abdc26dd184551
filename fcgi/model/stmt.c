/* stmt: every SQL statement of gdprdesk, in one enum-indexed table; programs whitelist theirs. */
#include "stmt.h"

/* The columns of an organisation, in the order org.c reads them. */
#define ORG_COLS \
	"o.id, o.slug, o.name, o.legal_name, o.company_number, o.address, " \
	"o.contact_email, o.contact_phone, o.website, o.dpo_name, " \
	"o.dpo_email, o.dpo_address, o.dpo_phone, o.representative_name, " \
	"o.representative_contact, o.registration_ref, " \
	"o.supervisory_authority, o.jurisdiction, o.ref_prefix"

/* The editable columns of activity, in enum act_col's order. */
#define ACT_COLS \
	"name, description, business_function, role, " \
	"controller_name, controller_contact, joint_controllers, " \
	"purposes, lawful_basis, lawful_basis_detail, lia_ref, " \
	"consent_ref, art9_condition, art9_detail, " \
	"has_criminal_data, criminal_detail, source, " \
	"retention_months, retention_days, retention_event, " \
	"retention_rule, security_measures, dpia_status, " \
	"dpia_ref, automated_decisions, has_automated_decisions, " \
	"is_automated, status, owner, last_reviewed, " \
	"next_review, note"

#define ACT_COLS_A \
	"a.name, a.description, a.business_function, a.role, " \
	"a.controller_name, a.controller_contact, " \
	"a.joint_controllers, a.purposes, a.lawful_basis, " \
	"a.lawful_basis_detail, a.lia_ref, a.consent_ref, " \
	"a.art9_condition, a.art9_detail, a.has_criminal_data, " \
	"a.criminal_detail, a.source, a.retention_months, " \
	"a.retention_days, a.retention_event, a.retention_rule, " \
	"a.security_measures, a.dpia_status, a.dpia_ref, " \
	"a.automated_decisions, a.has_automated_decisions, " \
	"a.is_automated, a.status, a.owner, a.last_reviewed, " \
	"a.next_review, a.note"

#define ACT_SET \
	"name = ?, description = ?, business_function = ?, " \
	"role = ?, controller_name = ?, controller_contact = ?, " \
	"joint_controllers = ?, purposes = ?, lawful_basis = ?, " \
	"lawful_basis_detail = ?, lia_ref = ?, consent_ref = ?, " \
	"art9_condition = ?, art9_detail = ?, " \
	"has_criminal_data = ?, criminal_detail = ?, source = ?, " \
	"retention_months = ?, retention_days = ?, " \
	"retention_event = ?, retention_rule = ?, " \
	"security_measures = ?, dpia_status = ?, dpia_ref = ?, " \
	"automated_decisions = ?, has_automated_decisions = ?, " \
	"is_automated = ?, status = ?, owner = ?, " \
	"last_reviewed = ?, next_review = ?, note = ?"

#define ACT_QS \
	"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " \
	"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"

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

	[STMT_REG_ORG] = { "reg_org",
	    "SELECT id, slug, name, jurisdiction, representative_name, "
	    "supervisory_authority, contact_email, contact_phone, address, "
	    "request_fee, charges_first_copy, response_time, response_days, "
	    "response_within_month FROM organisation WHERE id = ?" },
	[STMT_REG_ACTIVITIES] = { "reg_activities",
	    "SELECT a.id, a.name, a.role, a.controller_name, a.purposes, "
	    "a.lawful_basis, b.name, a.lia_ref, a.art9_condition, "
	    "a.has_criminal_data, a.criminal_detail, "
	    /* A period or a rule is retention; an event alone is not. */
	    "IF(COALESCE(a.retention_months, a.retention_days, "
	    "a.retention_rule) IS NULL, NULL, CONCAT_WS(' ', CONCAT_WS('; ', "
	    "CONCAT(a.retention_months, ' months'), CONCAT(a.retention_days, "
	    "' days'), a.retention_rule), CONCAT('from ', a.retention_event))), "
	    "a.security_measures, a.dpia_status, a.status, a.next_review, "
	    "(SELECT COUNT(*) FROM activity_subject s "
	    "WHERE s.activity_id = a.id), "
	    "(SELECT COUNT(*) FROM activity_data d WHERE d.activity_id = a.id), "
	    "(SELECT COUNT(*) FROM activity_data d JOIN data_category c "
	    "ON c.id = d.data_category_id WHERE d.activity_id = a.id "
	    "AND c.is_special = 1), "
	    "(SELECT COUNT(*) FROM activity_data d JOIN data_category c "
	    "ON c.id = d.data_category_id WHERE d.activity_id = a.id "
	    "AND c.is_criminal = 1) "
	    "FROM activity a LEFT JOIN lawful_basis b ON b.code = a.lawful_basis "
	    "WHERE a.org_id = ? AND a.status <> 'retired' ORDER BY a.name, a.id" },
	[STMT_REG_RECIPIENTS] = { "reg_recipients",
	    "SELECT id, name, kind, service, contract_ref, dpf_certified, "
	    "dpf_verified FROM recipient WHERE org_id = ? AND is_retired = 0 "
	    "ORDER BY name, id" },
	/* The organisation's own locations (owner 0), then its recipients'. */
	[STMT_REG_LOCATIONS] = { "reg_locations",
	    "SELECT 0, l.id, l.country, c.name, l.region, l.mechanism, m.name, "
	    "c.uk_status, c.eu_status, m.valid_until, "
	    "COALESCE(m.needs_certification, 0), COALESCE(m.is_derogation, 0) "
	    "FROM org_location l JOIN country c ON c.code = l.country "
	    "LEFT JOIN transfer_mechanism m ON m.code = l.mechanism "
	    "WHERE l.org_id = ? AND l.is_retired = 0 "
	    "UNION ALL "
	    "SELECT l.recipient_id, l.id, l.country, c.name, l.region, "
	    "l.mechanism, m.name, c.uk_status, c.eu_status, m.valid_until, "
	    "COALESCE(m.needs_certification, 0), COALESCE(m.is_derogation, 0) "
	    "FROM recipient_location l JOIN recipient r ON r.id = l.recipient_id "
	    "JOIN country c ON c.code = l.country "
	    "LEFT JOIN transfer_mechanism m ON m.code = l.mechanism "
	    "WHERE r.org_id = ? AND r.is_retired = 0 AND l.is_retired = 0 "
	    "ORDER BY 1, 2" },
	[STMT_REG_LINKS] = { "reg_links",
	    "SELECT ar.activity_id, ar.recipient_id FROM activity_recipient ar "
	    "JOIN activity a ON a.id = ar.activity_id WHERE a.org_id = ?" },

	/* Reads of versioned tables "as at" a past time, then back to now. */
	[STMT_ASOF_SET] = { "asof_set",
	    "SET system_versioning_asof = ?" },
	[STMT_ASOF_RESET] = { "asof_reset",
	    "SET system_versioning_asof = DEFAULT" },

	/* register export and import (xmlio.c): add its statements here */

	/* register editing (activity.c, recipient.c) */
	[STMT_ACT_GET] = { "act_get",
	    "SELECT id, org_id, version, " ACT_COLS " FROM activity "
	    "WHERE id = ? AND org_id = ?" },
	[STMT_ACT_INSERT] = { "act_insert",
	    "INSERT INTO activity (org_id, changed_by, " ACT_COLS ") "
	    "VALUES (?, ?, " ACT_QS ")" },
	[STMT_ACT_UPDATE] = { "act_update",
	    "UPDATE activity SET " ACT_SET ", version = version + 1, "
	    "changed_by = ? WHERE id = ? AND org_id = ? AND version = ?" },
	[STMT_ACT_SET_STATUS] = { "act_set_status",
	    "UPDATE activity SET status = ?, version = version + 1, "
	    "changed_by = ? WHERE id = ? AND org_id = ? AND version = ?" },
	[STMT_ACT_HISTORY] = { "act_history",
	    "SELECT a.version, s.login, a.row_start, " ACT_COLS_A " "
	    "FROM activity FOR SYSTEM_TIME ALL a "
	    "LEFT JOIN staff_account s ON s.id = a.changed_by "
	    "WHERE a.id = ? AND a.org_id = ? ORDER BY a.row_start, a.version" },
	[STMT_ACT_SUBJECTS] = { "act_subjects",
	    "SELECT subject_category_id FROM activity_subject "
	    "WHERE activity_id = ? ORDER BY 1" },
	[STMT_ACT_DATA] = { "act_data",
	    "SELECT data_category_id FROM activity_data "
	    "WHERE activity_id = ? ORDER BY 1" },
	[STMT_ACT_RECIPIENTS] = { "act_recipients",
	    "SELECT recipient_id FROM activity_recipient "
	    "WHERE activity_id = ? ORDER BY 1" },
	[STMT_ACT_SUBJECTS_CLEAR] = { "act_subjects_clear",
	    "DELETE FROM activity_subject WHERE activity_id = ?" },
	[STMT_ACT_DATA_CLEAR] = { "act_data_clear",
	    "DELETE FROM activity_data WHERE activity_id = ?" },
	[STMT_ACT_RECIPIENTS_CLEAR] = { "act_recipients_clear",
	    "DELETE FROM activity_recipient WHERE activity_id = ?" },
	/* A link is made only to what the organisation may use. */
	[STMT_ACT_SUBJECT_ADD] = { "act_subject_add",
	    "INSERT INTO activity_subject (activity_id, subject_category_id, "
	    "changed_by) SELECT ?, id, ? FROM subject_category "
	    "WHERE id = ? AND (org_id IS NULL OR org_id = ?)" },
	[STMT_ACT_DATA_ADD] = { "act_data_add",
	    "INSERT INTO activity_data (activity_id, data_category_id, "
	    "changed_by) SELECT ?, id, ? FROM data_category "
	    "WHERE id = ? AND (org_id IS NULL OR org_id = ?)" },
	[STMT_ACT_RECIPIENT_ADD] = { "act_recipient_add",
	    "INSERT INTO activity_recipient (activity_id, recipient_id, "
	    "changed_by) SELECT ?, id, ? FROM recipient "
	    "WHERE id = ? AND org_id = ? AND is_retired = 0" },
	[STMT_REF_SUBJECTS] = { "ref_subjects",
	    "SELECT id, code, name FROM subject_category "
	    "WHERE org_id IS NULL OR org_id = ? ORDER BY name" },
	[STMT_REF_DATA] = { "ref_data",
	    "SELECT id, code, name, is_special, is_criminal FROM data_category "
	    "WHERE org_id IS NULL OR org_id = ? ORDER BY is_special, name" },
	[STMT_REF_BASES] = { "ref_bases",
	    "SELECT code, article, name FROM lawful_basis ORDER BY article" },
	[STMT_REF_ART9] = { "ref_art9",
	    "SELECT code, article, name FROM art9_condition ORDER BY code" },

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
