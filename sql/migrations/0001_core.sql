-- 0001_core: organisations, staff accounts and sessions, the audit trail,
-- and the ticket core that the public program reaches only by token.
-- Applied once by `gdprdeskctl migrate`, which records it in schema_migration.

-- An organisation whose processing the register records. Versioned:
-- every change is kept with who made it (changed_by), never deleted.
CREATE TABLE organisation (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	slug VARCHAR(40) NOT NULL COMMENT 'URL name: [a-z0-9-], stable',
	name VARCHAR(200) NOT NULL COMMENT 'trading name shown to people',
	legal_name VARCHAR(200) NULL COMMENT 'registered legal name, where stated',
	company_number VARCHAR(40) NULL COMMENT 'company registration number, where stated',
	address TEXT NULL COMMENT 'postal address of the controller',
	contact_email VARCHAR(254) NULL COMMENT 'privacy contact email',
	contact_phone VARCHAR(40) NULL COMMENT 'privacy contact telephone',
	website VARCHAR(200) NULL COMMENT 'public website',
	dpo_name VARCHAR(200) NULL COMMENT 'DPO or privacy lead, where named',
	dpo_email VARCHAR(254) NULL,
	dpo_address TEXT NULL,
	dpo_phone VARCHAR(40) NULL,
	representative_name VARCHAR(200) NULL COMMENT 'Art 27 representative, where one is needed',
	representative_contact TEXT NULL,
	registration_ref VARCHAR(40) NULL COMMENT 'regulator registration reference (ICO ZA...)',
	supervisory_authority VARCHAR(200) NULL COMMENT 'named in refusals and Art 15 answers',
	jurisdiction ENUM('uk', 'eu') NOT NULL DEFAULT 'uk' COMMENT 'rule set for deadlines',
	calendar VARCHAR(40) NOT NULL DEFAULT 'england-and-wales' COMMENT 'holiday calendar name',
	time_zone VARCHAR(64) NOT NULL DEFAULT 'Europe/London' COMMENT 'IANA zone; day one is a local date',
	ref_prefix VARCHAR(8) NOT NULL COMMENT 'ticket reference prefix, e.g. RTC',
	is_retired TINYINT(1) NOT NULL DEFAULT 0,
	version INT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'optimistic lock, bumped on every edit',
	changed_by INT UNSIGNED NULL COMMENT 'staff_account.id of the last change; NULL for the system',
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	UNIQUE KEY organisation_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  WITH SYSTEM VERSIONING;

-- A staff account. Passwords are argon2id encoded strings.
CREATE TABLE staff_account (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	login VARCHAR(64) NOT NULL COMMENT '[a-z0-9._-]',
	display_name VARCHAR(200) NULL,
	role ENUM('admin', 'dpo', 'viewer') NOT NULL,
	password_hash VARCHAR(255) NOT NULL COMMENT 'argon2id encoded',
	is_disabled TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'a disabled account cannot log in',
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	password_changed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	UNIQUE KEY staff_account_login (login)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which organisations a non-admin account may see. Admins see all.
CREATE TABLE staff_org (
	account_id INT UNSIGNED NOT NULL,
	org_id INT UNSIGNED NOT NULL,
	granted_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (account_id, org_id),
	KEY staff_org_org (org_id),
	FOREIGN KEY (account_id) REFERENCES staff_account (id),
	FOREIGN KEY (org_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

-- A login session. Only the SHA-256 of the cookie's 256-bit id is kept.
CREATE TABLE staff_session (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	token_hash CHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'hex SHA-256 of the cookie value',
	account_id INT UNSIGNED NOT NULL,
	csrf_token CHAR(43) CHARACTER SET ascii NOT NULL COMMENT 'echoed in every form',
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'absolute expiry runs from here',
	last_seen_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'idle expiry runs from here',
	ended_at DATETIME NULL COMMENT 'logout, disable or password change',
	UNIQUE KEY staff_session_token (token_hash),
	KEY staff_session_account (account_id),
	FOREIGN KEY (account_id) REFERENCES staff_account (id)
) ENGINE=InnoDB;

-- Failed logins, for throttling. The login name is kept only hashed.
CREATE TABLE login_failure (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	login_hash CHAR(64) CHARACTER SET ascii NOT NULL,
	at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	KEY login_failure_login_at (login_hash, at)
) ENGINE=InnoDB;

-- The audit trail: logins, failed logins, account changes, every staff
-- read of personal data. Append-only: no account may update or delete it.
CREATE TABLE audit (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
	account_id INT UNSIGNED NULL COMMENT 'who; NULL when unknown (a failed login for no account)',
	action VARCHAR(40) NOT NULL COMMENT 'login, login_failed, logout, account_create ...',
	org_id INT UNSIGNED NULL,
	entity VARCHAR(40) NULL COMMENT 'what kind of thing was touched',
	entity_id BIGINT UNSIGNED NULL,
	detail VARCHAR(255) NULL COMMENT 'codes and ids only, never personal data',
	KEY audit_at (at),
	KEY audit_account (account_id, at)
) ENGINE=InnoDB;

-- A data-subject request. The requester's status token is stored hashed.
-- The workflow issue adds the requester, deadlines and events.
CREATE TABLE ticket (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	org_id INT UNSIGNED NOT NULL,
	reference VARCHAR(24) NOT NULL COMMENT 'RTC-2026-0042',
	kind ENUM('access', 'erasure', 'rectification', 'restriction',
	    'portability', 'objection', 'unsure', 'complaint') NOT NULL,
	status VARCHAR(24) NOT NULL DEFAULT 'received',
	token_hash CHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'hex SHA-256 of the status token',
	received_at DATETIME NOT NULL COMMENT 'UTC',
	due_date DATE NULL COMMENT 'NULL while the clock has not started',
	UNIQUE KEY ticket_reference (reference),
	UNIQUE KEY ticket_token (token_hash),
	KEY ticket_org_due (org_id, due_date),
	FOREIGN KEY (org_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What anyone may know of an organisation: its public profile.
CREATE SQL SECURITY DEFINER VIEW public_organisation AS
	SELECT id, slug, name, legal_name, company_number, address,
	    contact_email, contact_phone, website, dpo_name, dpo_email,
	    dpo_address, dpo_phone, representative_name,
	    representative_contact, registration_ref, supervisory_authority,
	    jurisdiction, ref_prefix
	FROM organisation WHERE is_retired = 0;

-- A requester's own ticket, reached only by the hash of its token.
CREATE PROCEDURE ticket_status_by_token(IN p_hash CHAR(64))
	SQL SECURITY DEFINER
	READS SQL DATA
	SELECT t.reference, t.kind, t.status, t.due_date, o.name, o.slug
	FROM ticket t JOIN organisation o ON o.id = t.org_id
	WHERE t.token_hash = p_hash;
