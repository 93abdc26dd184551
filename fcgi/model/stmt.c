/* stmt: every SQL statement of gdprdesk, in one enum-indexed table; programs whitelist theirs. */
#include "stmt.h"

/* A ticket as staff see it: the order of enum ticket_field. */
#define TICKET_COLS \
	"t.id, t.org_id, t.reference, t.kind, t.status, t.channel, " \
	"DATE_FORMAT(t.received_at, '%Y-%m-%d %H:%i:%s'), t.due_date, " \
	"t.clock_start, t.requester_name, t.requester_email, " \
	"t.requester_phone, t.is_agent, t.agent_for, t.description, " \
	"t.identity, t.identity_method, " \
	"DATE_FORMAT(t.email_verified_at, '%Y-%m-%d %H:%i:%s'), " \
	"t.fee_state, t.fee_ground, t.fee_amount, t.is_extended, " \
	"t.extension_reason, t.outcome, t.outcome_ground, t.outcome_reason, " \
	"DATE_FORMAT(t.closed_at, '%Y-%m-%d %H:%i:%s'), " \
	"DATE_FORMAT(t.acknowledged_at, '%Y-%m-%d %H:%i:%s'), " \
	"DATE_FORMAT(t.waiting_since, '%Y-%m-%d %H:%i:%s'), t.assignee, " \
	"t.version, " \
	"(SELECT COALESCE(a.display_name, a.login) FROM staff_account a " \
	"WHERE a.id = t.assignee), " \
	"(SELECT COALESCE(a.display_name, a.login) FROM staff_account a " \
	"WHERE a.id = t.received_by)"

/* A ticket in a list (ticket_rows_read); _NAMED adds the requester. */
#define TICKET_ROW_HEAD \
	"t.reference, t.kind, t.status, t.due_date, " \
	"DATE_FORMAT(t.received_at, '%Y-%m-%d %H:%i:%s'), t.clock_start, " \
	"DATE_FORMAT(t.waiting_since, '%Y-%m-%d %H:%i:%s'), o.slug, o.name, "
#define TICKET_ROW_COLS		TICKET_ROW_HEAD "NULL, t.outcome, t.is_extended"
#define TICKET_ROW_COLS_NAMED	TICKET_ROW_HEAD \
	"t.requester_name, t.outcome, t.is_extended"

/* The dashboard's lists: the organisations the account may see. */
#define DASH_SCOPE \
	"AND (? = 1 OR t.org_id IN " \
	"(SELECT g.org_id FROM staff_org g WHERE g.account_id = ?)) "

/* The columns of an organisation, in the order org.c reads them. */
#define ORG_COLS \
	"o.id, o.slug, o.name, o.legal_name, o.company_number, o.address, " \
	"o.contact_email, o.contact_phone, o.website, o.dpo_name, " \
	"o.dpo_email, o.dpo_address, o.dpo_phone, o.representative_name, " \
	"o.representative_contact, o.registration_ref, " \
	"o.supervisory_authority, o.jurisdiction, o.ref_prefix, o.calendar, " \
	"o.time_zone"

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

/*
 * The register's reads, for now (A is "") and as at @gd_asat (A is the
 * FOR SYSTEM_TIME clause, after each system-versioned table).
 */
#define SQL_REG_ORG(A) \
	"SELECT o.id, o.slug, o.name, o.jurisdiction, " \
	"o.representative_name, o.supervisory_authority, o.contact_email, " \
	"o.contact_phone, o.address, o.request_fee, o.charges_first_copy, " \
	"o.response_time, o.response_days, o.response_within_month, " \
	"o.established_country, c.uk_status, c.eu_status " \
	"FROM organisation" A " o LEFT JOIN country c " \
	"ON c.code = o.established_country WHERE o.id = ?"

#define SQL_REG_ACTIVITIES(A) \
	"SELECT a.id, a.name, a.role, a.controller_name, a.purposes, " \
	"a.lawful_basis, b.name, a.lia_ref, a.art9_condition, " \
	"a.has_criminal_data, a.criminal_detail, " \
	/* A period or a rule is retention; an event alone is not. */ \
	"IF(COALESCE(a.retention_months, a.retention_days, " \
	"a.retention_rule) IS NULL, NULL, CONCAT_WS(' ', CONCAT_WS('; ', " \
	"CONCAT(a.retention_months, ' months'), CONCAT(a.retention_days, " \
	"' days'), a.retention_rule), CONCAT('from ', a.retention_event))), " \
	"a.security_measures, a.dpia_status, a.status, a.next_review, " \
	"(SELECT COUNT(*) FROM activity_subject" A " s " \
	"WHERE s.activity_id = a.id), " \
	"(SELECT COUNT(*) FROM activity_data" A " d WHERE d.activity_id = a.id), " \
	"(SELECT COUNT(*) FROM activity_data" A " d JOIN data_category c " \
	"ON c.id = d.data_category_id WHERE d.activity_id = a.id " \
	"AND c.is_special = 1), " \
	"(SELECT COUNT(*) FROM activity_data" A " d JOIN data_category c " \
	"ON c.id = d.data_category_id WHERE d.activity_id = a.id " \
	"AND c.is_criminal = 1) " \
	"FROM activity" A " a LEFT JOIN lawful_basis b ON b.code = a.lawful_basis " \
	"WHERE a.org_id = ? AND a.status <> 'retired' ORDER BY a.name, a.id"

#define SQL_REG_RECIPIENTS(A) \
	"SELECT id, name, kind, service, contract_ref, dpf_certified, " \
	"dpf_verified FROM recipient" A " WHERE org_id = ? AND is_retired = 0 " \
	"ORDER BY name, id"

#define SQL_REG_LOCATIONS(A) \
	"SELECT 0, l.id, l.country, c.name, l.region, l.mechanism, m.name, " \
	"c.uk_status, c.eu_status, m.valid_until, " \
	"COALESCE(m.needs_certification, 0), COALESCE(m.is_derogation, 0) " \
	"FROM org_location" A " l JOIN country c ON c.code = l.country " \
	"LEFT JOIN transfer_mechanism m ON m.code = l.mechanism " \
	"WHERE l.org_id = ? AND l.is_retired = 0 " \
	"UNION ALL " \
	"SELECT l.recipient_id, l.id, l.country, c.name, l.region, " \
	"l.mechanism, m.name, c.uk_status, c.eu_status, m.valid_until, " \
	"COALESCE(m.needs_certification, 0), COALESCE(m.is_derogation, 0) " \
	"FROM recipient_location" A " l JOIN recipient" A " r ON r.id = l.recipient_id " \
	"JOIN country c ON c.code = l.country " \
	"LEFT JOIN transfer_mechanism m ON m.code = l.mechanism " \
	"WHERE r.org_id = ? AND r.is_retired = 0 AND l.is_retired = 0 " \
	"ORDER BY 1, 2"

#define SQL_REG_LINKS(A) \
	"SELECT ar.activity_id, ar.recipient_id FROM activity_recipient" A " ar " \
	"JOIN activity" A " a ON a.id = ar.activity_id WHERE a.org_id = ?"

/*
 * The record's detail (record.c), now and as at @gd_asat as above. The
 * categories are reference data, not versioned: their names are today's.
 */
#define SQL_RECORD_ORG(A) \
	"SELECT " ORG_COLS " FROM organisation" A " o WHERE o.id = ?"

#define SQL_RECORD_ACTS(A) \
	"SELECT a.id, " ACT_COLS_A ", b.article, c.article, c.name " \
	"FROM activity" A " a LEFT JOIN lawful_basis b ON b.code = a.lawful_basis " \
	"LEFT JOIN art9_condition c ON c.code = a.art9_condition " \
	"WHERE a.org_id = ? AND a.status <> 'retired'"

#define SQL_RECORD_SUBJECTS(A) \
	"SELECT s.activity_id, c.id, c.code, c.name " \
	"FROM activity_subject" A " s JOIN activity" A " a ON a.id = s.activity_id " \
	"JOIN subject_category c ON c.id = s.subject_category_id " \
	"WHERE a.org_id = ? AND a.status <> 'retired' " \
	"ORDER BY s.activity_id, c.name, c.id"

#define SQL_RECORD_DATA(A) \
	"SELECT d.activity_id, c.id, c.code, c.name, c.is_special, " \
	"c.is_criminal FROM activity_data" A " d " \
	"JOIN activity" A " a ON a.id = d.activity_id " \
	"JOIN data_category c ON c.id = d.data_category_id " \
	"WHERE a.org_id = ? AND a.status <> 'retired' " \
	"ORDER BY d.activity_id, c.name, c.id"

#define SQL_RECORD_RECS(A) \
	"SELECT id, contact, contract_date, certifications FROM recipient" A \
	" WHERE org_id = ? AND is_retired = 0"

#define ACCOUNT_COLS \
	"id, login, display_name, role, password_hash, is_disabled"

/*
 * The requests performance report (reqstats.c). The tickets of one
 * organisation (first two parameters: its id; 0 for every one) among
 * those the account may see (an admin, third parameter 1, or a granted
 * account, the fourth), live organisations only.
 */
#define RQS_SCOPE \
	"FROM ticket t JOIN organisation o ON o.id = t.org_id " \
	"AND o.is_retired = 0 WHERE (? = 0 OR t.org_id = ?) " \
	"AND (? = 1 OR EXISTS (SELECT 1 FROM staff_org g " \
	"WHERE g.org_id = t.org_id AND g.account_id = ?)) "

/* Received in the period: from and to, both included, as UTC days. */
#define RQS_PERIOD \
	"(t.received_at >= CAST(? AS DATE) " \
	"AND t.received_at < CAST(? AS DATE) + INTERVAL 1 DAY)"

/*
 * Answered: closed with an answer, a refusal included (Art 12(4) gives
 * it the same month); a withdrawn request, or one whose requester could
 * not be identified, was never answered and had no clock to beat.
 */
#define RQS_ANSWERED \
	"(t.status = 'closed' " \
	"AND t.outcome NOT IN ('withdrawn', 'identity-failed'))"

/* A count of the rows where c holds: 0, not NULL, where none does. */
#define RQS_N(c)	"COALESCE(SUM(" c "), 0)"

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

	[STMT_REG_ORG] = { "reg_org", SQL_REG_ORG("") },
	[STMT_REG_ORG_AT] = { "reg_org_at",
	    SQL_REG_ORG(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_REG_ACTIVITIES] = { "reg_activities", SQL_REG_ACTIVITIES("") },
	[STMT_REG_ACTIVITIES_AT] = { "reg_activities_at",
	    SQL_REG_ACTIVITIES(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_REG_RECIPIENTS] = { "reg_recipients", SQL_REG_RECIPIENTS("") },
	[STMT_REG_RECIPIENTS_AT] = { "reg_recipients_at",
	    SQL_REG_RECIPIENTS(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_REG_LOCATIONS] = { "reg_locations", SQL_REG_LOCATIONS("") },
	[STMT_REG_LOCATIONS_AT] = { "reg_locations_at",
	    SQL_REG_LOCATIONS(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_REG_LINKS] = { "reg_links", SQL_REG_LINKS("") },
	[STMT_REG_LINKS_AT] = { "reg_links_at",
	    SQL_REG_LINKS(" FOR SYSTEM_TIME AS OF @gd_asat") },

	/* The register as at a past time: @gd_asat, set first. */
	[STMT_ASOF_SET] = { "asof_set", "SET @gd_asat = ?" },

	[STMT_RECORD_ORG] = { "record_org", SQL_RECORD_ORG("") },
	[STMT_RECORD_ORG_AT] = { "record_org_at",
	    SQL_RECORD_ORG(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_RECORD_ACTS] = { "record_acts", SQL_RECORD_ACTS("") },
	[STMT_RECORD_ACTS_AT] = { "record_acts_at",
	    SQL_RECORD_ACTS(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_RECORD_SUBJECTS] = { "record_subjects", SQL_RECORD_SUBJECTS("") },
	[STMT_RECORD_SUBJECTS_AT] = { "record_subjects_at",
	    SQL_RECORD_SUBJECTS(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_RECORD_DATA] = { "record_data", SQL_RECORD_DATA("") },
	[STMT_RECORD_DATA_AT] = { "record_data_at",
	    SQL_RECORD_DATA(" FOR SYSTEM_TIME AS OF @gd_asat") },
	[STMT_RECORD_RECS] = { "record_recs", SQL_RECORD_RECS("") },
	[STMT_RECORD_RECS_AT] = { "record_recs_at",
	    SQL_RECORD_RECS(" FOR SYSTEM_TIME AS OF @gd_asat") },

	/*
	 * The requests performance report (reqstats.c): counts by the
	 * database, three round trips whatever the period and scope.
	 *
	 * Each month of the period (UTC months of receipt) with the scope's
	 * count of requests, complaints apart (org and kind NULL), then the
	 * count of each organisation's tickets of each kind in it (a month
	 * with none has no such row). Parameters: from, to, the scope's
	 * four, from, to.
	 */
	[STMT_RQS_MONTHS] = { "rqs_months",
	    "WITH RECURSIVE m (d) AS (SELECT CAST(DATE_FORMAT(CAST(? AS DATE), "
	    "'%Y-%m-01') AS DATE) UNION ALL SELECT d + INTERVAL 1 MONTH FROM m "
	    "WHERE d + INTERVAL 1 MONTH <= CAST(? AS DATE)), "
	    /* Grouped first: the months join a few rows, not the tickets. */
	    "g AS (SELECT t.org_id, "
	    "DATE_FORMAT(t.received_at, '%Y-%m') AS month, t.kind, "
	    "COUNT(*) AS n " RQS_SCOPE "AND " RQS_PERIOD " GROUP BY t.org_id, "
	    "DATE_FORMAT(t.received_at, '%Y-%m'), t.kind) "
	    "SELECT NULL, DATE_FORMAT(m.d, '%Y-%m'), NULL, "
	    "COALESCE(SUM(g.n), 0) "
	    "FROM m LEFT JOIN g ON g.month = DATE_FORMAT(m.d, '%Y-%m') "
	    "AND g.kind <> 'complaint' GROUP BY m.d "
	    "UNION ALL "
	    "SELECT g.org_id, g.month, g.kind, g.n FROM g ORDER BY 2, 1, 3" },
	/*
	 * What became of the tickets received in the period, and how many
	 * are overdue now, whenever received (running, due before the day
	 * given): by class (request or complaint), kind and organisation,
	 * with the rollup's sums (kind and organisation NULL: over every
	 * kind of the class; organisation NULL: over the scope); the
	 * counts in enum reqstats_col's order.
	 *
	 * On time: answered on or before the due date (kept when closed),
	 * counting the UTC date of closed_at (the organisation's own day
	 * would need the server's time zone tables; the difference is at
	 * most the zone's offset from UTC, an hour in London's summer). A
	 * complaint has no answer deadline: it is timed by its
	 * acknowledgement, due_date being the last day to acknowledge.
	 * Parameters: from, to, today, the scope's four, from, to, today.
	 */
	[STMT_RQS_FIGURES] = { "rqs_figures",
	    "SELECT x.class, x.kind, x.org_id, "
	    RQS_N("x.p") ", "
	    RQS_N("x.p AND x.status <> 'closed'") ", "
	    RQS_N("x.p AND x.status = 'closed'") ", "
	    RQS_N("x.p AND x.a") ", "
	    RQS_N("x.p AND x.a AND x.timed "
		"AND DATE(x.closed_at) <= x.due_date") ", "
	    RQS_N("x.p AND x.a AND x.timed "
		"AND DATE(x.closed_at) > x.due_date") ", "
	    RQS_N("x.p AND x.a AND x.timed AND x.due_date IS NULL") ", "
	    RQS_N("x.p AND x.is_extended = 1") ", "
	    RQS_N("x.p AND x.outcome = 'refused'") ", "
	    RQS_N("x.p AND x.outcome = 'refused' "
		"AND x.outcome_ground = 'unfounded'") ", "
	    RQS_N("x.p AND x.outcome = 'refused' "
		"AND x.outcome_ground = 'excessive'") ", "
	    RQS_N("x.p AND x.outcome = 'refused' "
		"AND x.outcome_ground = 'exemption'") ", "
	    RQS_N("x.p AND x.outcome = 'fulfilled'") ", "
	    RQS_N("x.p AND x.outcome = 'partly-fulfilled'") ", "
	    RQS_N("x.p AND x.outcome = 'no-data'") ", "
	    RQS_N("x.p AND x.outcome = 'withdrawn'") ", "
	    RQS_N("x.p AND x.outcome = 'identity-failed'") ", "
	    RQS_N("x.p AND NOT x.timed AND x.acknowledged_at IS NOT NULL "
		"AND DATE(x.acknowledged_at) <= x.due_date") ", "
	    RQS_N("x.p AND NOT x.timed AND x.acknowledged_at IS NOT NULL "
		"AND (x.due_date IS NULL "
		"OR DATE(x.acknowledged_at) > x.due_date)") ", "
	    RQS_N("x.p AND NOT x.timed AND x.acknowledged_at IS NULL "
		"AND x.status <> 'closed'") ", "
	    RQS_N("x.overdue") " "
	    "FROM (SELECT t.org_id, t.kind, t.status, t.due_date, "
	    "t.closed_at, t.acknowledged_at, t.outcome, t.outcome_ground, "
	    "t.is_extended, " RQS_PERIOD " AS p, " RQS_ANSWERED " AS a, "
	    "t.kind <> 'complaint' AS timed, "
	    "IF(t.kind = 'complaint', 'complaint', 'request') AS class, "
	    "(t.queue = 'running' AND t.due_date < CAST(? AS DATE)) AS overdue "
	    RQS_SCOPE "AND (" RQS_PERIOD " OR (t.queue = 'running' "
	    "AND t.due_date < CAST(? AS DATE)))) x "
	    "GROUP BY x.class, x.kind, x.org_id WITH ROLLUP" },
	/*
	 * Days to answer (calendar days from the UTC day of receipt to the
	 * UTC day of the answer) of the requests received in the period and
	 * answered, complaints apart: the count, the median and the 90th
	 * percentile, by linear interpolation between the nearest ranks
	 * (PERCENTILE_CONT, as a spreadsheet's PERCENTILE), per
	 * organisation and (organisation NULL) over the whole scope. No row
	 * when none was answered. Parameters: the scope's four, from, to.
	 */
	[STMT_RQS_DAYS] = { "rqs_days",
	    "WITH x AS (SELECT t.org_id, "
	    "DATEDIFF(t.closed_at, t.received_at) AS d " RQS_SCOPE
	    "AND " RQS_PERIOD " AND t.kind <> 'complaint' AND " RQS_ANSWERED
	    ") "
	    "SELECT DISTINCT x.org_id, COUNT(*) OVER (PARTITION BY x.org_id), "
	    "ROUND(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x.d) "
	    "OVER (PARTITION BY x.org_id), 1), "
	    "ROUND(PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY x.d) "
	    "OVER (PARTITION BY x.org_id), 1) FROM x "
	    "UNION ALL "
	    "SELECT DISTINCT NULL, COUNT(*) OVER (), "
	    "ROUND(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x.d) "
	    "OVER (), 1), "
	    "ROUND(PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY x.d) "
	    "OVER (), 1) "
	    "FROM x ORDER BY 1" },

	/* register export and import (xmlio.c): add its statements here */
	/* The organisation's columns as the document carries them. */
#define XMLIO_ORG_COLS \
	"name, legal_name, company_number, address, contact_email, " \
	"contact_phone, website, dpo_name, dpo_email, dpo_address, " \
	"dpo_phone, representative_name, representative_contact, " \
	"registration_ref, supervisory_authority, jurisdiction, calendar, " \
	"time_zone, ref_prefix, headcount_band, request_fee, " \
	"charges_first_copy, response_time, response_days, " \
	"response_within_month, notice_url, notice_updated"
	[STMT_XMLIO_ORG] = { "xmlio_org",
	    "SELECT slug, " XMLIO_ORG_COLS " FROM organisation WHERE id = ?" },
	/* Fixed orders, so that two exports of one register compare. */
	[STMT_XMLIO_ORG_LOCS] = { "xmlio_org_locs",
	    "SELECT country, region, mechanism, note FROM org_location "
	    "WHERE org_id = ? AND is_retired = 0 "
	    "ORDER BY country, region, mechanism, id" },
	[STMT_XMLIO_DATA_CATS] = { "xmlio_data_cats",
	    "SELECT code, name, is_special, is_criminal FROM data_category "
	    "WHERE org_id = ? ORDER BY code, id" },
	[STMT_XMLIO_SUBJECT_CATS] = { "xmlio_subject_cats",
	    "SELECT code, name FROM subject_category WHERE org_id = ? "
	    "ORDER BY code, id" },
	[STMT_XMLIO_RECS] = { "xmlio_recs",
	    "SELECT id, name, kind, service, contact, contract_ref, "
	    "contract_date, certifications, dpf_certified, dpf_verified, note "
	    "FROM recipient WHERE org_id = ? AND is_retired = 0 "
	    "ORDER BY name, id" },
	[STMT_XMLIO_REC_LOCS] = { "xmlio_rec_locs",
	    "SELECT l.recipient_id, l.country, l.region, l.mechanism, l.note "
	    "FROM recipient_location l "
	    "JOIN recipient r ON r.id = l.recipient_id "
	    "WHERE r.org_id = ? AND r.is_retired = 0 AND l.is_retired = 0 "
	    "ORDER BY l.recipient_id, l.country, l.region, l.mechanism, l.id" },
	[STMT_XMLIO_ACTS] = { "xmlio_acts",
	    "SELECT id, " ACT_COLS " FROM activity "
	    "WHERE org_id = ? AND status <> 'retired' ORDER BY name, id" },
	[STMT_XMLIO_ACT_SUBJECTS] = { "xmlio_act_subjects",
	    "SELECT s.activity_id, c.code FROM activity_subject s "
	    "JOIN activity a ON a.id = s.activity_id "
	    "JOIN subject_category c ON c.id = s.subject_category_id "
	    "WHERE a.org_id = ? AND a.status <> 'retired' "
	    "ORDER BY s.activity_id, c.code, c.id" },
	[STMT_XMLIO_ACT_DATA] = { "xmlio_act_data",
	    "SELECT d.activity_id, c.code FROM activity_data d "
	    "JOIN activity a ON a.id = d.activity_id "
	    "JOIN data_category c ON c.id = d.data_category_id "
	    "WHERE a.org_id = ? AND a.status <> 'retired' "
	    "ORDER BY d.activity_id, c.code, c.id" },
	[STMT_XMLIO_ACT_RECS] = { "xmlio_act_recs",
	    "SELECT ar.activity_id, ar.recipient_id FROM activity_recipient ar "
	    "JOIN activity a ON a.id = ar.activity_id "
	    "JOIN recipient r ON r.id = ar.recipient_id "
	    "WHERE a.org_id = ? AND a.status <> 'retired' AND r.is_retired = 0 "
	    "ORDER BY ar.activity_id, r.name, r.id" },
	/* Two imports into one slug take turns. */
	[STMT_XMLIO_ORG_LOCK] = { "xmlio_org_lock",
	    "SELECT id FROM organisation WHERE slug = ? FOR UPDATE" },
	/* Absent settings take the columns' defaults. */
	[STMT_XMLIO_ORG_INSERT] = { "xmlio_org_insert",
	    "INSERT INTO organisation (slug, " XMLIO_ORG_COLS ") VALUES (?, "
	    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "COALESCE(?, DEFAULT(jurisdiction)), COALESCE(?, DEFAULT(calendar)), "
	    "COALESCE(?, DEFAULT(time_zone)), ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
	/* An absent ref_prefix keeps the one tickets already carry. */
	[STMT_XMLIO_ORG_UPDATE] = { "xmlio_org_update",
	    "UPDATE organisation SET name = ?, legal_name = ?, "
	    "company_number = ?, address = ?, contact_email = ?, "
	    "contact_phone = ?, website = ?, dpo_name = ?, dpo_email = ?, "
	    "dpo_address = ?, dpo_phone = ?, representative_name = ?, "
	    "representative_contact = ?, registration_ref = ?, "
	    "supervisory_authority = ?, "
	    "jurisdiction = COALESCE(?, DEFAULT(jurisdiction)), "
	    "calendar = COALESCE(?, DEFAULT(calendar)), "
	    "time_zone = COALESCE(?, DEFAULT(time_zone)), "
	    "ref_prefix = COALESCE(?, ref_prefix), headcount_band = ?, "
	    "request_fee = ?, charges_first_copy = ?, response_time = ?, "
	    "response_days = ?, response_within_month = ?, notice_url = ?, "
	    "notice_updated = ?, version = version + 1, changed_by = NULL "
	    "WHERE id = ?" },
	/* Replacing a register retires the old rows: history keeps them. */
	[STMT_XMLIO_RETIRE_ACTS] = { "xmlio_retire_acts",
	    "UPDATE activity SET status = 'retired', version = version + 1, "
	    "changed_by = NULL WHERE org_id = ? AND status <> 'retired'" },
	[STMT_XMLIO_RETIRE_REC_LOCS] = { "xmlio_retire_rec_locs",
	    "UPDATE recipient_location SET is_retired = 1, changed_by = NULL "
	    "WHERE is_retired = 0 AND recipient_id IN "
	    "(SELECT id FROM recipient WHERE org_id = ?)" },
	[STMT_XMLIO_RETIRE_RECS] = { "xmlio_retire_recs",
	    "UPDATE recipient SET is_retired = 1, version = version + 1, "
	    "changed_by = NULL WHERE org_id = ? AND is_retired = 0" },
	[STMT_XMLIO_RETIRE_ORG_LOCS] = { "xmlio_retire_org_locs",
	    "UPDATE org_location SET is_retired = 1, changed_by = NULL "
	    "WHERE org_id = ? AND is_retired = 0" },
	[STMT_XMLIO_COUNTRY] = { "xmlio_country",
	    "SELECT 1 FROM country WHERE code = ?" },
	[STMT_XMLIO_MECHANISM] = { "xmlio_mechanism",
	    "SELECT 1 FROM transfer_mechanism WHERE code = ?" },
	[STMT_XMLIO_BASIS] = { "xmlio_basis",
	    "SELECT 1 FROM lawful_basis WHERE code = ?" },
	[STMT_XMLIO_ART9] = { "xmlio_art9",
	    "SELECT 1 FROM art9_condition WHERE code = ?" },
	[STMT_XMLIO_DATA_CAT_PUT] = { "xmlio_data_cat_put",
	    "INSERT INTO data_category (org_id, code, name, is_special, "
	    "is_criminal) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
	    "name = VALUES(name), is_special = VALUES(is_special), "
	    "is_criminal = VALUES(is_criminal)" },
	[STMT_XMLIO_SUBJECT_CAT_PUT] = { "xmlio_subject_cat_put",
	    "INSERT INTO subject_category (org_id, code, name) "
	    "VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)" },
	/* A code is the organisation's own, else the shipped one. */
	[STMT_XMLIO_DATA_CAT_ID] = { "xmlio_data_cat_id",
	    "SELECT id FROM data_category WHERE code = ? "
	    "AND (org_id IS NULL OR org_id = ?) "
	    "ORDER BY org_id IS NULL, id LIMIT 1" },
	[STMT_XMLIO_SUBJECT_CAT_ID] = { "xmlio_subject_cat_id",
	    "SELECT id FROM subject_category WHERE code = ? "
	    "AND (org_id IS NULL OR org_id = ?) "
	    "ORDER BY org_id IS NULL, id LIMIT 1" },
	[STMT_XMLIO_ORG_LOC_INSERT] = { "xmlio_org_loc_insert",
	    "INSERT INTO org_location (org_id, country, region, mechanism, "
	    "note) VALUES (?, ?, ?, ?, ?)" },
	[STMT_XMLIO_REC_INSERT] = { "xmlio_rec_insert",
	    "INSERT INTO recipient (org_id, name, kind, service, contact, "
	    "contract_ref, contract_date, certifications, dpf_certified, "
	    "dpf_verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
	[STMT_XMLIO_REC_LOC_INSERT] = { "xmlio_rec_loc_insert",
	    "INSERT INTO recipient_location (recipient_id, country, region, "
	    "mechanism, note) VALUES (?, ?, ?, ?, ?)" },
	[STMT_XMLIO_ACT_INSERT] = { "xmlio_act_insert",
	    "INSERT INTO activity (org_id, " ACT_COLS ") "
	    "VALUES (?, " ACT_QS ")" },
	[STMT_XMLIO_ACT_SUBJECT_ADD] = { "xmlio_act_subject_add",
	    "INSERT INTO activity_subject (activity_id, subject_category_id) "
	    "VALUES (?, ?)" },
	[STMT_XMLIO_ACT_DATA_ADD] = { "xmlio_act_data_add",
	    "INSERT INTO activity_data (activity_id, data_category_id) "
	    "VALUES (?, ?)" },
	[STMT_XMLIO_ACT_REC_ADD] = { "xmlio_act_rec_add",
	    "INSERT INTO activity_recipient (activity_id, recipient_id) "
	    "VALUES (?, ?)" },
	/* holiday calendars (calendar.c): a calendar, then its days */
	[STMT_CALENDAR_GET] = { "calendar_get",
	    "SELECT name, description FROM calendar WHERE name = ?" },
	[STMT_CALENDAR_DAYS] = { "calendar_days",
	    "SELECT day, name FROM calendar_day WHERE calendar = ? "
	    "ORDER BY day" },
	[STMT_CALENDAR_LIST] = { "calendar_list",
	    "SELECT c.name, c.description, COUNT(d.day), "
	    "MIN(YEAR(d.day)), MAX(YEAR(d.day)), "
	    "(SELECT COUNT(*) FROM organisation o WHERE o.calendar = c.name) "
	    "FROM calendar c LEFT JOIN calendar_day d ON d.calendar = c.name "
	    "GROUP BY c.name, c.description ORDER BY c.name" },
	[STMT_CALENDAR_INSERT] = { "calendar_insert",
	    "INSERT INTO calendar (name, description) VALUES (?, ?)" },
	[STMT_CALENDAR_DAY_INSERT] = { "calendar_day_insert",
	    "INSERT INTO calendar_day (calendar, day, name) VALUES (?, ?, ?)" },

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

	/* recipients (recipient.c), locations (location.c), settings (org.c) */
#define RCP_COLS \
	"name, kind, service, contact, contract_ref, contract_date, " \
	"certifications, dpf_certified, dpf_verified, note"
#define OSET_COLS \
	"name, legal_name, company_number, address, contact_email, " \
	"contact_phone, website, dpo_name, dpo_email, dpo_address, " \
	"dpo_phone, representative_name, representative_contact, " \
	"registration_ref, supervisory_authority, jurisdiction, calendar, " \
	"time_zone, ref_prefix, headcount_band, request_fee, " \
	"charges_first_copy, response_time, response_days, " \
	"response_within_month, notice_url, notice_updated"
/* The activities that keep a recipient in use: those not retired. */
#define RCP_USERS \
	"FROM activity_recipient ar JOIN activity a ON a.id = ar.activity_id " \
	"WHERE ar.recipient_id = ? AND a.status <> 'retired'"
#define LOC_COLS \
	"l.id, l.country, c.name, l.region, l.mechanism, m.name, " \
	"m.valid_until, l.note"
	[STMT_RCP_GET] = { "rcp_get",
	    "SELECT id, org_id, version, is_retired, " RCP_COLS " "
	    "FROM recipient WHERE id = ? AND org_id = ?" },
	[STMT_RCP_INSERT] = { "rcp_insert",
	    "INSERT INTO recipient (org_id, changed_by, " RCP_COLS ") "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
	[STMT_RCP_UPDATE] = { "rcp_update",
	    "UPDATE recipient SET name = ?, kind = ?, service = ?, "
	    "contact = ?, contract_ref = ?, contract_date = ?, "
	    "certifications = ?, dpf_certified = ?, dpf_verified = ?, "
	    "note = ?, version = version + 1, changed_by = ? "
	    "WHERE id = ? AND org_id = ? AND version = ? AND is_retired = 0" },
	/* Refused (no row) while an activity that is not retired uses it. */
	[STMT_RCP_RETIRE] = { "rcp_retire",
	    "UPDATE recipient SET is_retired = 1, version = version + 1, "
	    "changed_by = ? WHERE id = ? AND org_id = ? AND version = ? "
	    "AND is_retired = 0 AND NOT EXISTS (SELECT 1 " RCP_USERS ")" },
	[STMT_RCP_USED_BY] = { "rcp_used_by",
	    "SELECT a.id, a.name " RCP_USERS " AND a.org_id = ? "
	    "ORDER BY a.name, a.id" },
	[STMT_LOC_RCP_LIST] = { "loc_rcp_list",
	    "SELECT " LOC_COLS " FROM recipient_location l "
	    "JOIN recipient r ON r.id = l.recipient_id AND r.org_id = ? "
	    "JOIN country c ON c.code = l.country "
	    "LEFT JOIN transfer_mechanism m ON m.code = l.mechanism "
	    "WHERE l.recipient_id = ? AND l.is_retired = 0 "
	    "ORDER BY c.name, l.id" },
	[STMT_LOC_ORG_LIST] = { "loc_org_list",
	    "SELECT " LOC_COLS " FROM org_location l "
	    "JOIN country c ON c.code = l.country "
	    "LEFT JOIN transfer_mechanism m ON m.code = l.mechanism "
	    "WHERE l.org_id = ? AND l.is_retired = 0 ORDER BY c.name, l.id" },
	/* Only to a recipient of the organisation that is not retired. */
	[STMT_LOC_RCP_ADD] = { "loc_rcp_add",
	    "INSERT INTO recipient_location (recipient_id, country, region, "
	    "mechanism, note, changed_by) SELECT id, ?, ?, ?, ?, ? "
	    "FROM recipient WHERE id = ? AND org_id = ? AND is_retired = 0" },
	[STMT_LOC_ORG_ADD] = { "loc_org_add",
	    "INSERT INTO org_location (country, region, mechanism, note, "
	    "changed_by, org_id) VALUES (?, ?, ?, ?, ?, ?)" },
	[STMT_LOC_RCP_RETIRE] = { "loc_rcp_retire",
	    "UPDATE recipient_location SET is_retired = 1, changed_by = ? "
	    "WHERE id = ? AND recipient_id = ? AND is_retired = 0 AND "
	    "recipient_id IN (SELECT id FROM recipient WHERE org_id = ?)" },
	/* loc_rcp_retire's parameters: the owner is the organisation. */
	[STMT_LOC_ORG_RETIRE] = { "loc_org_retire",
	    "UPDATE org_location SET is_retired = 1, changed_by = ? "
	    "WHERE id = ? AND org_id = ? AND is_retired = 0 AND org_id = ?" },
	[STMT_LOC_COUNTRY] = { "loc_country",
	    "SELECT code FROM country WHERE code = ?" },
	[STMT_LOC_REGION] = { "loc_region",
	    "SELECT country FROM cloud_region WHERE code = ?" },
	[STMT_LOC_MECHANISM] = { "loc_mechanism",
	    "SELECT code FROM transfer_mechanism WHERE code = ?" },
	[STMT_LOC_COUNTRIES] = { "loc_countries",
	    "SELECT code, name FROM country ORDER BY name" },
	/* Valid ones first, the obsolete ones after. */
	[STMT_LOC_MECHANISMS] = { "loc_mechanisms",
	    "SELECT code, name, valid_until FROM transfer_mechanism "
	    "ORDER BY valid_until IS NOT NULL, name" },
	[STMT_OSET_GET] = { "oset_get",
	    "SELECT id, slug, version, " OSET_COLS " FROM organisation "
	    "WHERE id = ?" },
	[STMT_OSET_INSERT] = { "oset_insert",
	    "INSERT INTO organisation (slug, changed_by, " OSET_COLS ") "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
	[STMT_OSET_UPDATE] = { "oset_update",
	    "UPDATE organisation SET name = ?, legal_name = ?, "
	    "company_number = ?, address = ?, contact_email = ?, "
	    "contact_phone = ?, website = ?, dpo_name = ?, dpo_email = ?, "
	    "dpo_address = ?, dpo_phone = ?, representative_name = ?, "
	    "representative_contact = ?, registration_ref = ?, "
	    "supervisory_authority = ?, jurisdiction = ?, calendar = ?, "
	    "time_zone = ?, ref_prefix = ?, headcount_band = ?, "
	    "request_fee = ?, charges_first_copy = ?, response_time = ?, "
	    "response_days = ?, response_within_month = ?, notice_url = ?, "
	    "notice_updated = ?, version = version + 1, changed_by = ? "
	    "WHERE id = ? AND version = ? AND is_retired = 0" },

	/* recipient history (recipient.c), own categories (category.c) */
	/* Every version, oldest first, with the login of whoever made it. */
	[STMT_RCP_HISTORY] = { "rcp_history",
	    "SELECT r.version, (SELECT s.login FROM staff_account s "
	    "WHERE s.id = r.changed_by), r.row_start, r.is_retired, "
	    RCP_COLS " FROM recipient FOR SYSTEM_TIME ALL r "
	    "WHERE r.id = ? AND r.org_id = ? ORDER BY r.row_start, r.version" },
	/* Each location's versions in turn: added, then retired. */
	[STMT_RCP_LOC_HISTORY] = { "rcp_loc_history",
	    "SELECT l.id, (SELECT s.login FROM staff_account s "
	    "WHERE s.id = l.changed_by), l.row_start, l.is_retired, "
	    "l.country, c.name, l.region, l.mechanism, m.name, l.note "
	    "FROM recipient_location FOR SYSTEM_TIME ALL l "
	    "JOIN recipient r ON r.id = l.recipient_id AND r.org_id = ? "
	    "JOIN country c ON c.code = l.country "
	    "LEFT JOIN transfer_mechanism m ON m.code = l.mechanism "
	    "WHERE l.recipient_id = ? ORDER BY l.id, l.row_start" },
	/* The shipped categories first, then the organisation's own. */
	[STMT_CAT_DATA_LIST] = { "cat_data_list",
	    "SELECT id, org_id IS NOT NULL, code, name, is_special, "
	    "is_criminal FROM data_category WHERE org_id IS NULL "
	    "OR org_id = ? ORDER BY org_id IS NOT NULL, name, id" },
	[STMT_CAT_SUBJECT_LIST] = { "cat_subject_list",
	    "SELECT id, org_id IS NOT NULL, code, name, 0, 0 "
	    "FROM subject_category WHERE org_id IS NULL "
	    "OR org_id = ? ORDER BY org_id IS NOT NULL, name, id" },
	/*
	 * No row when the code is a shipped one (the last parameter); the
	 * unique key refuses one the organisation already has.
	 */
	[STMT_CAT_DATA_ADD] = { "cat_data_add",
	    "INSERT INTO data_category (org_id, code, name, is_special, "
	    "is_criminal) SELECT ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS "
	    "(SELECT 1 FROM data_category WHERE org_id IS NULL AND code = ?)" },
	[STMT_CAT_SUBJECT_ADD] = { "cat_subject_add",
	    "INSERT INTO subject_category (org_id, code, name) "
	    "SELECT ?, ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM "
	    "subject_category WHERE org_id IS NULL AND code = ?)" },

	/*
	 * The access-request answer (answer.c): an organisation's active
	 * activities and what they link to, each list by id so that
	 * answer.c joins them with binary searches.
	 */
	[STMT_ANSWER_ORG] = { "answer_org",
	    "SELECT slug, name, legal_name, address, contact_email, "
	    "contact_phone, website, dpo_name, dpo_email, dpo_address, "
	    "dpo_phone, representative_name, representative_contact, "
	    "registration_ref, supervisory_authority, jurisdiction "
	    "FROM organisation WHERE id = ?" },
	[STMT_ANSWER_ACTIVITIES] = { "answer_activities",
	    "SELECT a.id, a.name, a.role, a.controller_name, a.purposes, "
	    "a.lawful_basis, b.article, b.name, a.lawful_basis_detail, "
	    "a.art9_condition, c.article, c.name, a.art9_detail, "
	    "a.has_criminal_data, a.criminal_detail, a.source, "
	    "a.retention_months, a.retention_days, a.retention_event, "
	    "a.retention_rule, a.automated_decisions, "
	    "a.has_automated_decisions, a.is_automated "
	    "FROM activity a "
	    "LEFT JOIN lawful_basis b ON b.code = a.lawful_basis "
	    "LEFT JOIN art9_condition c ON c.code = a.art9_condition "
	    "WHERE a.org_id = ? AND a.status = 'active' ORDER BY a.id" },
	[STMT_ANSWER_SUBJECTS] = { "answer_subjects",
	    "SELECT s.activity_id, s.subject_category_id "
	    "FROM activity_subject s "
	    "JOIN activity a ON a.id = s.activity_id "
	    "WHERE a.org_id = ? AND a.status = 'active' "
	    "ORDER BY s.subject_category_id" },
	[STMT_ANSWER_DATA] = { "answer_data",
	    "SELECT d.activity_id, c.id, c.code, c.name, c.is_special, "
	    "c.is_criminal FROM activity_data d "
	    "JOIN activity a ON a.id = d.activity_id "
	    "JOIN data_category c ON c.id = d.data_category_id "
	    "WHERE a.org_id = ? AND a.status = 'active' ORDER BY c.id" },
	[STMT_ANSWER_RECIPIENTS] = { "answer_recipients",
	    "SELECT ar.activity_id, r.id, r.name, r.kind, r.service, "
	    "r.dpf_certified FROM activity_recipient ar "
	    "JOIN activity a ON a.id = ar.activity_id "
	    "JOIN recipient r ON r.id = ar.recipient_id "
	    "WHERE a.org_id = ? AND a.status = 'active' AND r.is_retired = 0 "
	    "ORDER BY r.id" },
	[STMT_ANSWER_LOCATIONS] = { "answer_locations",
	    "SELECT 0, l.country, c.name, c.uk_status, c.eu_status, l.region, "
	    "l.mechanism, m.name, m.article, m.regime, m.valid_from, "
	    "m.valid_until, COALESCE(m.needs_certification, 0) "
	    "FROM org_location l JOIN country c ON c.code = l.country "
	    "LEFT JOIN transfer_mechanism m ON m.code = l.mechanism "
	    "WHERE l.org_id = ? AND l.is_retired = 0 "
	    "UNION ALL "
	    "SELECT l.recipient_id, l.country, c.name, c.uk_status, "
	    "c.eu_status, l.region, l.mechanism, m.name, m.article, m.regime, "
	    "m.valid_from, m.valid_until, COALESCE(m.needs_certification, 0) "
	    "FROM recipient_location l "
	    "JOIN recipient r ON r.id = l.recipient_id "
	    "JOIN country c ON c.code = l.country "
	    "LEFT JOIN transfer_mechanism m ON m.code = l.mechanism "
	    "WHERE r.org_id = ? AND r.is_retired = 0 AND l.is_retired = 0 "
	    "ORDER BY 1, 3, 6" },
	/* The categories of data subjects the organisation may name. */
	[STMT_ANSWER_SUBJECT_CATS] = { "answer_subject_cats",
	    "SELECT id, code, name FROM subject_category "
	    "WHERE org_id IS NULL OR org_id = ? ORDER BY id" },

	/* requests from the public form (request.c) */
	[STMT_REQ_ORG] = { "req_org",
	    "SELECT slug, name, jurisdiction, time_zone, calendar, ref_prefix "
	    "FROM public_organisation WHERE slug = ?" },
	[STMT_REQ_CATEGORIES] = { "req_categories",
	    "SELECT code, name FROM public_subject_category "
	    "WHERE org_slug = ? ORDER BY name, code" },
	[STMT_REQ_CALENDAR_DAYS] = { "req_calendar_days",
	    "CALL public_calendar_days(?)" },
	[STMT_REQ_SUBMIT] = { "req_submit",
	    "CALL ticket_submit(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?)" },
	[STMT_REQ_VERIFY] = { "req_verify",
	    "CALL ticket_verify_email(?)" },

	/* tickets as staff handle them (ticket.c, ticketop.c, tasks.c) */
	[STMT_TICKET_GET] = { "ticket_get",
	    "SELECT " TICKET_COLS " FROM ticket t "
	    "WHERE t.org_id = ? AND t.reference = ?" },
	[STMT_TICKET_GET_LOCK] = { "ticket_get_lock",
	    "SELECT " TICKET_COLS " FROM ticket t "
	    "WHERE t.org_id = ? AND t.reference = ? FOR UPDATE" },
	[STMT_TICKET_UPDATE] = { "ticket_update",
	    "UPDATE ticket SET kind = ?, status = ?, due_date = ?, "
	    "clock_start = ?, identity = ?, identity_method = ?, "
	    "fee_state = ?, fee_ground = ?, fee_amount = ?, is_extended = ?, "
	    "extension_reason = ?, outcome = ?, outcome_ground = ?, "
	    "outcome_reason = ?, closed_at = ?, acknowledged_at = ?, "
	    "waiting_since = ?, assignee = ?, version = version + 1 "
	    "WHERE id = ? AND version = ?" },
	[STMT_TICKET_EVENT_INSERT] = { "ticket_event_insert",
	    "INSERT INTO ticket_event (ticket_id, kind, actor, detail) "
	    "VALUES (?, ?, ?, ?)" },
	[STMT_TICKET_EVENTS] = { "ticket_events",
	    "SELECT DATE_FORMAT(e.at, '%Y-%m-%d %H:%i:%s'), e.kind, e.detail, "
	    "COALESCE(a.display_name, a.login) FROM ticket_event e "
	    "LEFT JOIN staff_account a ON a.id = e.actor "
	    "WHERE e.ticket_id = ? ORDER BY e.id" },
	[STMT_TICKET_PAUSES] = { "ticket_pauses",
	    "SELECT from_day, to_day FROM ticket_pause WHERE ticket_id = ? "
	    "ORDER BY from_day" },
	[STMT_TICKET_PAUSE_OPEN] = { "ticket_pause_open",
	    "INSERT INTO ticket_pause (ticket_id, from_day) VALUES (?, ?)" },
	[STMT_TICKET_PAUSE_CLOSE] = { "ticket_pause_close",
	    "UPDATE ticket_pause SET to_day = ? "
	    "WHERE ticket_id = ? AND to_day IS NULL" },
	[STMT_TICKET_SUBJECT_NAMES] = { "ticket_subject_names",
	    "SELECT ts.code, MIN(sc.name) FROM ticket_subject ts "
	    "LEFT JOIN subject_category sc ON sc.code = ts.code "
	    "AND (sc.org_id IS NULL OR sc.org_id = ?) "
	    "WHERE ts.ticket_id = ? GROUP BY ts.code ORDER BY ts.code" },
	[STMT_TICKET_SUBJECT_CLEAR] = { "ticket_subject_clear",
	    "DELETE FROM ticket_subject WHERE ticket_id = ?" },
	[STMT_TICKET_SUBJECT_ADD] = { "ticket_subject_add",
	    "INSERT IGNORE INTO ticket_subject (ticket_id, code) "
	    "VALUES (?, ?)" },
	[STMT_TICKET_TASKS] = { "ticket_tasks",
	    "SELECT k.id, k.kind, k.recipient_id, k.label, k.detail, k.state, "
	    "k.ground, k.note, DATE_FORMAT(k.done_at, '%Y-%m-%d %H:%i:%s'), "
	    "COALESCE(a.display_name, a.login) FROM ticket_task k "
	    "LEFT JOIN staff_account a ON a.id = k.done_by "
	    "WHERE k.ticket_id = ? ORDER BY k.id" },
	[STMT_TICKET_TASK_INSERT] = { "ticket_task_insert",
	    "INSERT INTO ticket_task (ticket_id, kind, recipient_id, label, "
	    "detail) VALUES (?, ?, ?, ?, ?)" },
	[STMT_TICKET_TASK_UPDATE] = { "ticket_task_update",
	    "UPDATE ticket_task SET state = ?, ground = ?, note = ?, "
	    "done_by = ?, done_at = UTC_TIMESTAMP() "
	    "WHERE id = ? AND ticket_id = ? AND state = 'open'" },
	[STMT_TICKET_TASK_COUNT] = { "ticket_task_count",
	    "SELECT COUNT(*), COALESCE(SUM(state = 'open'), 0), "
	    "COALESCE(SUM(state IN ('retained', 'refused')), 0) "
	    "FROM ticket_task WHERE ticket_id = ?" },
	/* Closing as "no data held": every system said so. */
	[STMT_TICKET_TASKS_NOT_HELD] = { "ticket_tasks_not_held",
	    "UPDATE ticket_task SET state = 'not-held', done_by = ?, "
	    "done_at = UTC_TIMESTAMP(), note = 'Closed as no data held.' "
	    "WHERE ticket_id = ? AND state = 'open' AND kind <> 'notice'" },
	[STMT_TICKET_NOTES] = { "ticket_notes",
	    "SELECT DATE_FORMAT(n.at, '%Y-%m-%d %H:%i:%s'), COALESCE(a.display_name, a.login), n.body "
	    "FROM ticket_note n JOIN staff_account a ON a.id = n.author "
	    "WHERE n.ticket_id = ? ORDER BY n.id" },
	[STMT_TICKET_NOTE_INSERT] = { "ticket_note_insert",
	    "INSERT INTO ticket_note (ticket_id, author, body) "
	    "VALUES (?, ?, ?)" },
	[STMT_TICKET_OUTBOX] = { "ticket_outbox",
	    "SELECT id, kind, to_address, subject, body, "
	    "DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s'), "
	    "DATE_FORMAT(sent_at, '%Y-%m-%d %H:%i:%s') "
	    "FROM outbox WHERE ticket_id = ? ORDER BY id" },
	[STMT_TICKET_OUTBOX_INSERT] = { "ticket_outbox_insert",
	    "INSERT INTO outbox (ticket_id, kind, to_address, subject, body) "
	    "VALUES (?, ?, ?, ?, ?)" },
	[STMT_TICKET_VIEWERS] = { "ticket_viewers",
	    "SELECT COALESCE(a.display_name, a.login), a.login, "
	    "DATE_FORMAT(MAX(u.at), '%Y-%m-%d %H:%i:%s'), COUNT(*) "
	    "FROM audit u JOIN staff_account a ON a.id = u.account_id "
	    "WHERE u.entity = 'ticket' AND u.entity_id = ? "
	    "AND u.action = 'ticket_view' "
	    "GROUP BY a.id, a.display_name, a.login ORDER BY MAX(u.at) DESC" },
	/*
	 * The dashboard's four lists in one round trip, each part led by
	 * its index: MariaDB 10.11 otherwise picks a plan that reads far
	 * more rows for a range on the due date ordered by it with a
	 * limit. Each part is ordered as its index is (queue, date, org_id,
	 * then the primary key), so that no part sorts. Column 0 says which
	 * list a row is of.
	 */
	[STMT_TICKET_DASH] = { "ticket_dash",
	    "(SELECT 0, " TICKET_ROW_COLS " FROM ticket t "
	    "FORCE INDEX (ticket_queue_due) JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.queue = 'running' AND t.due_date < ? " DASH_SCOPE
	    "ORDER BY t.due_date, t.org_id, t.id LIMIT ?) UNION ALL "
	    "(SELECT 1, " TICKET_ROW_COLS " FROM ticket t "
	    "FORCE INDEX (ticket_queue_due) JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.queue = 'running' AND t.due_date >= ? AND t.due_date < ? "
	    DASH_SCOPE "ORDER BY t.due_date, t.org_id, t.id LIMIT ?) UNION ALL "
	    "(SELECT 2, " TICKET_ROW_COLS " FROM ticket t "
	    "FORCE INDEX (ticket_queue_due) JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.queue = 'paused' " DASH_SCOPE
	    "ORDER BY t.due_date, t.org_id, t.id LIMIT ?) UNION ALL "
	    "(SELECT 3, " TICKET_ROW_COLS " FROM ticket t "
	    "FORCE INDEX (ticket_queue_received) "
	    "JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.queue = 'waiting' " DASH_SCOPE
	    "ORDER BY t.received_at, t.org_id, t.id LIMIT ?) UNION ALL "
	    "(SELECT 4, " TICKET_ROW_COLS " FROM ticket t "
	    "FORCE INDEX (ticket_queue_received) "
	    "JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.queue = 'untimed' " DASH_SCOPE
	    "ORDER BY t.received_at, t.org_id, t.id LIMIT ?) UNION ALL "
	    "(SELECT 5, " TICKET_ROW_COLS " FROM ticket t "
	    "FORCE INDEX (ticket_queue_received) "
	    "JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.queue IN ('running', 'untimed') AND t.status = 'received' "
	    DASH_SCOPE "ORDER BY t.received_at, t.id LIMIT ?)" },
	/* How many each list has: the open requests only, by the index. */
	[STMT_TICKET_DASH_COUNT] = { "ticket_dash_count",
	    "SELECT COALESCE(SUM(t.queue = 'running' AND t.due_date < ?), 0), "
	    "COALESCE(SUM(t.queue = 'running' AND t.due_date >= ? "
	    "AND t.due_date < ?), 0), COALESCE(SUM(t.queue = 'paused'), 0), "
	    "COALESCE(SUM(t.queue = 'waiting'), 0), "
	    "COALESCE(SUM(t.queue = 'untimed'), 0), "
	    "COALESCE(SUM(t.status = 'received' "
	    "AND t.queue IN ('running', 'untimed')), 0) "
	    "FROM ticket t FORCE INDEX (ticket_queue_due) "
	    "WHERE t.queue IN ('running', 'paused', 'waiting', 'untimed') "
	    DASH_SCOPE },
	/* Messages that wait too long: no sendmail, or it fails. */
	[STMT_TICKET_OUTBOX_STUCK] = { "ticket_outbox_stuck",
	    "SELECT COUNT(*), DATE_FORMAT(MIN(x.created_at), "
	    "'%Y-%m-%d %H:%i') FROM outbox x "
	    "WHERE x.sent_at IS NULL "
	    "AND x.created_at < UTC_TIMESTAMP() - INTERVAL 15 MINUTE "
	    "AND (? = 1 OR x.org_id IN "
	    "(SELECT g.org_id FROM staff_org g WHERE g.account_id = ?))" },
	[STMT_TICKET_SEARCH] = { "ticket_search",
	    "SELECT " TICKET_ROW_COLS_NAMED " FROM ticket t "
	    "JOIN organisation o ON o.id = t.org_id "
	    "WHERE (t.requester_email = ? OR t.requester_name LIKE ? "
	    "OR t.reference = ?) "
	    "AND (? = 1 OR t.org_id IN "
	    "(SELECT g.org_id FROM staff_org g WHERE g.account_id = ?)) "
	    "ORDER BY t.received_at DESC, t.id DESC LIMIT 200" },
	[STMT_TICKET_ORG_OPEN] = { "ticket_org_open",
	    "SELECT " TICKET_ROW_COLS_NAMED " FROM ticket t "
	    "FORCE INDEX (ticket_org_queue_due) "
	    "JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.org_id = ? AND t.queue IN "
	    "('running', 'paused', 'waiting', 'untimed') "
	    "ORDER BY t.due_date IS NULL, t.due_date, t.id LIMIT 500" },
	[STMT_TICKET_ORG_CLOSED] = { "ticket_org_closed",
	    "SELECT " TICKET_ROW_COLS_NAMED " FROM ticket t "
	    "JOIN organisation o ON o.id = t.org_id "
	    "WHERE t.org_id = ? AND t.queue = 'closed' "
	    "ORDER BY t.closed_at DESC, t.id DESC LIMIT 100" },
	/* One statement, an exclusive lock at once (0007: no deadlock). */
	[STMT_TICKET_COUNTER_NEXT] = { "ticket_counter_next",
	    "INSERT INTO ticket_counter (org_id, year, last) VALUES (?, ?, 1) "
	    "ON DUPLICATE KEY UPDATE last = last + 1" },
	[STMT_TICKET_COUNTER_GET] = { "ticket_counter_get",
	    "SELECT last FROM ticket_counter WHERE org_id = ? AND year = ?" },
	[STMT_TICKET_INSERT] = { "ticket_insert",
	    "INSERT INTO ticket (org_id, reference, kind, status, token_hash, "
	    "received_at, due_date, requester_name, requester_email, "
	    "requester_phone, is_agent, agent_for, subject_category, "
	    "description, channel, clock_start, received_by, submission_key) "
	    "VALUES (?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?)" },
	[STMT_TICKET_BY_KEY] = { "ticket_by_key",
	    "SELECT reference FROM ticket WHERE org_id = ? "
	    "AND submission_key = ?" },
	/* Who may be assigned an organisation's tickets. */
	[STMT_TICKET_STAFF_LIST] = { "ticket_staff_list",
	    "SELECT a.id, COALESCE(a.display_name, a.login), a.login FROM staff_account a "
	    "WHERE a.is_disabled = 0 AND a.role <> 'viewer' AND "
	    "(a.role = 'admin' OR EXISTS (SELECT 1 FROM staff_org g "
	    "WHERE g.account_id = a.id AND g.org_id = ?)) ORDER BY COALESCE(a.display_name, a.login)" },
	/*
	 * The version of what the dashboard shows: the organisations the
	 * account sees (their number and ids) and their request counters,
	 * which only grow. Sums rather than a list, so no length limit.
	 */
	[STMT_DV_ORGS] = { "dv_orgs",
	    "SELECT COUNT(*), COALESCE(SUM(o.id), 0), "
	    "COALESCE(SUM(o.id * o.id), 0), COALESCE(BIT_XOR(o.id), 0), "
	    "COALESCE(SUM(d.ticket_v), 0) FROM organisation o "
	    "LEFT JOIN data_version d ON d.org_id = o.id "
	    "WHERE o.is_retired = 0 AND (? = 1 OR o.id IN "
	    "(SELECT g.org_id FROM staff_org g WHERE g.account_id = ?))" },
	[STMT_DV_ORG] = { "dv_org",
	    "SELECT reg_v, ticket_v FROM data_version WHERE org_id = ?" },
	[STMT_TASK_SUBJECTS] = { "task_subjects",
	    "SELECT code FROM ticket_subject WHERE ticket_id = ? "
	    "ORDER BY code" },
	[STMT_TASK_ACTS] = { "task_acts",
	    "SELECT id, name FROM activity WHERE org_id = ? "
	    "AND status = 'active' "
	    "AND role IN ('controller', 'joint-controller') ORDER BY id" },
	[STMT_TASK_ACT_SUBJECTS] = { "task_act_subjects",
	    "SELECT s.activity_id, sc.code FROM activity a "
	    "JOIN activity_subject s ON s.activity_id = a.id "
	    "JOIN subject_category sc ON sc.id = s.subject_category_id "
	    "WHERE a.org_id = ? AND a.status = 'active'" },
	[STMT_TASK_ACT_RECIPIENTS] = { "task_act_recipients",
	    "SELECT l.activity_id, r.id, r.name, r.kind FROM activity a "
	    "JOIN activity_recipient l ON l.activity_id = a.id "
	    "JOIN recipient r ON r.id = l.recipient_id AND r.is_retired = 0 "
	    "WHERE a.org_id = ? AND a.status = 'active' "
	    "ORDER BY r.name, r.id" },

	[STMT_PUB_ORG_GET_BY_SLUG] = { "pub_org_get_by_slug",
	    "SELECT " ORG_COLS " FROM public_organisation o WHERE o.slug = ?" },
	[STMT_PUB_TICKET_BY_TOKEN] = { "pub_ticket_by_token",
	    "CALL ticket_status_by_token(?)" },

	/* the generated privacy notice (notice.c), from 0008's views */
	[STMT_NOTICE_ORG] = { "notice_org",
	    "SELECT established_country, established_country_name, "
	    "established_is_eea, changed_at FROM public_notice_org "
	    "WHERE org_slug = ?" },
	/* By id: notice.c finds an activity by binary search. */
	[STMT_NOTICE_ACTIVITIES] = { "notice_activities",
	    "SELECT id, name, description, role, controller_name, "
	    "joint_controllers, purposes, lawful_basis, lawful_basis_name, "
	    "lawful_basis_article, lawful_basis_detail, art9_condition, "
	    "art9_name, art9_article, art9_detail, has_criminal_data, "
	    "criminal_detail, source, retention_months, retention_days, "
	    "retention_event, retention_rule, has_automated_decisions, "
	    "automated_decisions, is_automated FROM public_notice_activity "
	    "WHERE org_slug = ? ORDER BY id" },
	[STMT_NOTICE_SUBJECTS] = { "notice_subjects",
	    "SELECT activity_id, code, name, 0, 0 FROM public_notice_subject "
	    "WHERE org_slug = ? ORDER BY activity_id, name, code" },
	[STMT_NOTICE_DATA] = { "notice_data",
	    "SELECT activity_id, code, name, is_special, is_criminal "
	    "FROM public_notice_data WHERE org_slug = ? "
	    "ORDER BY activity_id, name, code" },
	[STMT_NOTICE_RECIPIENTS] = { "notice_recipients",
	    "SELECT recipient_id, activity_id, name, kind, service, "
	    "certifications FROM public_notice_recipient WHERE org_slug = ? "
	    "ORDER BY recipient_id, activity_id" },
	/* The organisation's own (owner 0) first, then by recipient. */
#define NOTICE_LOC_COLS \
	"id, country, country_name, region, is_eea, uk_status, eu_status, " \
	"mechanism, mechanism_name, mechanism_article, valid_until, " \
	"is_derogation"
	[STMT_NOTICE_LOCATIONS] = { "notice_locations",
	    "SELECT 0, " NOTICE_LOC_COLS " FROM public_notice_org_location "
	    "WHERE org_slug = ? UNION ALL SELECT recipient_id, "
	    NOTICE_LOC_COLS " FROM public_notice_recipient_location "
	    "WHERE org_slug = ? ORDER BY 1, 3, 5, 2" },

	[STMT_MIGRATION_LIST] = { "migration_list",
	    "SELECT version FROM schema_migration ORDER BY version" },
	[STMT_MIGRATION_INSERT] = { "migration_insert",
	    "INSERT INTO schema_migration (version, name) VALUES (?, ?)" },
	[STMT_SEED_LIST] = { "seed_list",
	    "SELECT name FROM seed_applied ORDER BY name" },
	[STMT_SEED_INSERT] = { "seed_insert",
	    "INSERT INTO seed_applied (name) VALUES (?)" },

	/*
	 * The outbox's sender (outbox.c). A message is due when it is
	 * neither sent nor given up, its back-off has passed and no live
	 * claim holds it; SKIP LOCKED passes over a row another sender is
	 * claiming that very moment. Each run walks the ids upwards, so a
	 * run tries a message once.
	 */
	[STMT_OUTBOX_SWEEP] = { "outbox_sweep",
	    "UPDATE outbox SET failed_at = UTC_TIMESTAMP() "
	    "WHERE sent_at IS NULL AND failed_at IS NULL AND attempts >= ? "
	    "AND lease_until <= UTC_TIMESTAMP()" },
	[STMT_OUTBOX_NEXT] = { "outbox_next",
	    "SELECT id FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL "
	    "AND attempts < ? AND id > ? "
	    "AND (next_attempt_at IS NULL OR next_attempt_at <= UTC_TIMESTAMP()) "
	    "AND (lease_until IS NULL OR lease_until <= UTC_TIMESTAMP()) "
	    "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED" },
	/* "unfinished" stays if the sender dies before it says more. */
	[STMT_OUTBOX_CLAIM] = { "outbox_claim",
	    "UPDATE outbox SET attempts = attempts + 1, "
	    "last_error = 'unfinished', lease_token = ?, "
	    "lease_until = UTC_TIMESTAMP() + INTERVAL ? SECOND WHERE id = ?" },
	/* Replies to a requester go to the organisation. */
	[STMT_OUTBOX_GET] = { "outbox_get",
	    "SELECT o.id, o.ticket_id, o.kind, o.to_address, o.subject, o.body, "
	    "DATE_FORMAT(o.created_at, '%Y%m%d%H%i%s'), o.attempts, "
	    "IF(o.ticket_id IS NULL, NULL, COALESCE(NULLIF(g.dpo_email, ''), "
	    "NULLIF(g.contact_email, ''))) "
	    "FROM outbox o JOIN organisation g ON g.id = o.org_id "
	    "WHERE o.id = ? AND o.lease_token = ?" },
	[STMT_OUTBOX_SENT] = { "outbox_sent",
	    "UPDATE outbox SET sent_at = UTC_TIMESTAMP(), last_error = NULL, "
	    "next_attempt_at = NULL, lease_token = NULL, lease_until = NULL "
	    "WHERE id = ? AND lease_token = ? AND sent_at IS NULL" },
	/* attempts already counts this try (the claim counted it). */
	[STMT_OUTBOX_FAIL] = { "outbox_fail",
	    "UPDATE outbox SET last_error = ?, "
	    "next_attempt_at = UTC_TIMESTAMP() + INTERVAL ? SECOND, "
	    "failed_at = IF(? OR attempts >= ?, UTC_TIMESTAMP(), NULL), "
	    "lease_token = NULL, lease_until = NULL "
	    "WHERE id = ? AND lease_token = ? AND sent_at IS NULL" },
	[STMT_OUTBOX_LEFT] = { "outbox_left",
	    "SELECT COUNT(*) FROM outbox "
	    "WHERE sent_at IS NULL AND failed_at IS NULL" },
	[STMT_OUTBOX_ADD] = { "outbox_add",
	    "INSERT INTO outbox (org_id, ticket_id, kind, to_address, subject, "
	    "body) VALUES (?, ?, ?, ?, ?, ?)" },

	/* The daily digest (digest.c). */
	[STMT_DIGEST_ORGS] = { "digest_orgs",
	    "SELECT o.id, o.slug, o.name, COALESCE(NULLIF(o.dpo_email, ''), "
	    "NULLIF(o.contact_email, '')), o.time_zone, "
	    "(SELECT MAX(d.day) FROM digest d WHERE d.org_id = o.id) "
	    "FROM organisation o WHERE o.is_retired = 0 ORDER BY o.id" },
	[STMT_DIGEST_BEGIN] = { "digest_begin",
	    "INSERT INTO digest (org_id, day) VALUES (?, ?)" },
	[STMT_DIGEST_FINISH] = { "digest_finish",
	    "UPDATE digest SET items = ?, outbox_id = ?, note = ? "
	    "WHERE org_id = ? AND day = ?" },
	/*
	 * What may fall due: a date within the week, a waiting state, a
	 * complaint to acknowledge. Waiting since the last thing staff did
	 * (the event that asked), else since receipt.
	 */
	[STMT_DIGEST_TICKETS] = { "digest_tickets",
	    "SELECT t.reference, t.kind, t.status, t.due_date, "
	    "DATEDIFF(t.due_date, CAST(? AS DATE)), "
	    "DATE_FORMAT(COALESCE((SELECT MAX(e.at) FROM ticket_event e "
	    "WHERE e.ticket_id = t.id AND e.actor IS NOT NULL), t.received_at), "
	    "'%Y-%m-%d %H:%i:%s') "
	    "FROM ticket t WHERE t.org_id = ? AND t.status <> 'closed' "
	    "AND (t.due_date <= CAST(? AS DATE) + INTERVAL 7 DAY "
	    "OR t.status IN ('awaiting-identity', 'awaiting-fee', "
	    "'awaiting-clarification') "
	    "OR (t.kind = 'complaint' AND t.status = 'received')) "
	    "ORDER BY t.due_date IS NULL, t.due_date, t.received_at, t.id "
	    "LIMIT ?" },
};
