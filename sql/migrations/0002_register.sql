-- 0002_register: the Article 30 register (activities, recipients, their
-- locations and transfers) and the reference data it is picked from.
-- Register tables are system-versioned: a report "as at" any past date
-- comes from MariaDB (FOR SYSTEM_TIME AS OF). Rows are retired, not
-- deleted, so changed_by keeps who made every change.

-- ---------------------------------------------------------------------
-- Reference data (shipped in 0003_reference.sql; admins may add rows).

-- A country or territory, ISO 3166-1 alpha-2, with its standing under
-- each regime. 'partial' is a decision with a limited scope, which the
-- note states (Canada: PIPEDA; the US: certified importers only).
CREATE TABLE country (
	code CHAR(2) CHARACTER SET ascii NOT NULL PRIMARY KEY COMMENT 'ISO 3166-1 alpha-2',
	name VARCHAR(100) NOT NULL,
	is_eea TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'EU member or EEA EFTA state',
	uk_status ENUM('uk', 'adequate', 'partial', 'none') NOT NULL DEFAULT 'none' COMMENT 'under UK adequacy regulations; partial: a decision with a limited scope (CA: PIPEDA; US: certified importers)',
	eu_status ENUM('eea', 'adequate', 'partial', 'none') NOT NULL DEFAULT 'none' COMMENT 'under Art 45 decisions',
	note VARCHAR(255) NULL COMMENT 'scope of a partial decision, its legal instrument'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A cloud region, mapped to the country its data centres are in.
CREATE TABLE cloud_region (
	code VARCHAR(40) CHARACTER SET ascii NOT NULL PRIMARY KEY COMMENT 'eu-west-1, europe-west2 ...',
	provider VARCHAR(40) NULL COMMENT 'the provider whose region names these are; NULL when shared',
	country CHAR(2) CHARACTER SET ascii NOT NULL,
	name VARCHAR(100) NULL,
	FOREIGN KEY (country) REFERENCES country (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A transfer mechanism (Chapter V) and when it is valid.
CREATE TABLE transfer_mechanism (
	code VARCHAR(32) CHARACTER SET ascii NOT NULL PRIMARY KEY COMMENT 'adequacy, eu-us-dpf, privacy-shield ...',
	name VARCHAR(200) NOT NULL,
	article VARCHAR(40) NOT NULL COMMENT 'Art 45, Art 46(2)(c), Art 49(1)(a) ...',
	regime ENUM('uk', 'eu', 'both') NOT NULL DEFAULT 'both',
	valid_from DATE NULL,
	valid_until DATE NULL COMMENT 'the last day it could be relied on; NULL while valid',
	needs_certification TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'DPF: the importer must be certified',
	is_derogation TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Art 49: exceptional use only',
	note VARCHAR(255) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Art 6(1) lawful bases.
CREATE TABLE lawful_basis (
	code VARCHAR(4) CHARACTER SET ascii NOT NULL PRIMARY KEY COMMENT 'a .. f, ea (UK)',
	article VARCHAR(20) NOT NULL,
	name VARCHAR(100) NOT NULL,
	regime ENUM('uk', 'eu', 'both') NOT NULL DEFAULT 'both'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Art 9(2) conditions for special-category data.
CREATE TABLE art9_condition (
	code CHAR(1) CHARACTER SET ascii NOT NULL PRIMARY KEY COMMENT 'a .. j',
	article VARCHAR(20) NOT NULL,
	name VARCHAR(100) NOT NULL,
	needs_schedule1 TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'UK: a DPA 2018 Sch 1 condition too'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Categories of personal data and of data subjects: a shipped taxonomy
-- (org_id NULL) and each organisation's own additions.
CREATE TABLE data_category (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	org_id INT UNSIGNED NULL COMMENT 'NULL: shipped, shared by all',
	code VARCHAR(40) CHARACTER SET ascii NOT NULL,
	name VARCHAR(200) NOT NULL,
	is_special TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Art 9(1)',
	is_criminal TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Art 10',
	UNIQUE KEY data_category_code (org_id, code),
	FOREIGN KEY (org_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subject_category (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	org_id INT UNSIGNED NULL COMMENT 'NULL: shipped, shared by all',
	code VARCHAR(40) CHARACTER SET ascii NOT NULL,
	name VARCHAR(200) NOT NULL,
	UNIQUE KEY subject_category_code (org_id, code),
	FOREIGN KEY (org_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------
-- The organisation's settings that the checks read.

ALTER TABLE organisation
	ADD COLUMN headcount_band ENUM('under-250', '250-or-more') NULL
	    COMMENT 'Art 30(5): under 250 may be exempt for occasional, low-risk processing' AFTER ref_prefix,
	ADD COLUMN request_fee TEXT NULL
	    COMMENT 'the request-handling fee as the organisation declares it, verbatim' AFTER headcount_band,
	ADD COLUMN charges_first_copy TINYINT(1) NULL
	    COMMENT '1: it declares a fee for a first copy (Art 12(5) forbids); NULL: not stated' AFTER request_fee,
	ADD COLUMN response_time TEXT NULL
	    COMMENT 'the response time as declared, verbatim' AFTER charges_first_copy,
	ADD COLUMN response_days INT UNSIGNED NULL
	    COMMENT 'a declared response time in days, if stated in days' AFTER response_time,
	ADD COLUMN response_within_month TINYINT(1) NULL
	    COMMENT '1: within one month; 0: longer or vague ("a reasonable timeframe"); NULL: not stated' AFTER response_days,
	ADD COLUMN notice_url VARCHAR(300) NULL COMMENT 'where its own privacy notice is published' AFTER response_within_month,
	ADD COLUMN notice_updated DATE NULL COMMENT 'the date its notice says it was last updated' AFTER notice_url;

-- Where the organisation itself processes, and on what mechanism a
-- location outside the UK/EEA rests (CRM.io in the US on Privacy Shield).
CREATE TABLE org_location (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	org_id INT UNSIGNED NOT NULL,
	country CHAR(2) CHARACTER SET ascii NOT NULL,
	region VARCHAR(40) CHARACTER SET ascii NULL COMMENT 'cloud region, when that is what the notice gives',
	mechanism VARCHAR(32) CHARACTER SET ascii NULL COMMENT 'NULL: none stated',
	note TEXT NULL COMMENT 'the words of the notice',
	is_retired TINYINT(1) NOT NULL DEFAULT 0,
	changed_by INT UNSIGNED NULL,
	KEY org_location_org (org_id),
	FOREIGN KEY (org_id) REFERENCES organisation (id),
	FOREIGN KEY (country) REFERENCES country (code),
	FOREIGN KEY (mechanism) REFERENCES transfer_mechanism (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  WITH SYSTEM VERSIONING;

-- A recipient: a processor such as Stripe, an independent controller, a
-- public authority, or an internal team.
CREATE TABLE recipient (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	org_id INT UNSIGNED NOT NULL,
	name VARCHAR(200) NOT NULL,
	kind ENUM('processor', 'sub-processor', 'independent-controller',
	    'joint-controller', 'public-authority', 'internal', 'category') NOT NULL
	    COMMENT 'category: a category of recipients, not one named body',
	service TEXT NULL COMMENT 'what it does for the organisation',
	contact TEXT NULL,
	contract_ref VARCHAR(200) NULL COMMENT 'the DPA or contract (Art 28) reference',
	contract_date DATE NULL,
	certifications TEXT NULL COMMENT 'PCI DSS Level 1, ISO 27001 ...',
	dpf_certified TINYINT(1) NULL COMMENT 'on the DPF list (and the UK Extension for the uk regime)',
	dpf_verified DATE NULL COMMENT 'when that was last checked',
	note TEXT NULL COMMENT 'the words of the notice',
	is_retired TINYINT(1) NOT NULL DEFAULT 0,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	changed_by INT UNSIGNED NULL,
	KEY recipient_org (org_id, name),
	FOREIGN KEY (org_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  WITH SYSTEM VERSIONING;

CREATE TABLE recipient_location (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	recipient_id INT UNSIGNED NOT NULL,
	country CHAR(2) CHARACTER SET ascii NOT NULL,
	region VARCHAR(40) CHARACTER SET ascii NULL,
	mechanism VARCHAR(32) CHARACTER SET ascii NULL COMMENT 'NULL: none stated',
	note TEXT NULL,
	is_retired TINYINT(1) NOT NULL DEFAULT 0,
	changed_by INT UNSIGNED NULL,
	KEY recipient_location_recipient (recipient_id),
	FOREIGN KEY (recipient_id) REFERENCES recipient (id),
	FOREIGN KEY (country) REFERENCES country (code),
	FOREIGN KEY (mechanism) REFERENCES transfer_mechanism (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  WITH SYSTEM VERSIONING;

-- A processing activity: one row of the record (Art 30(1) for a
-- controller, Art 30(2) for a processor).
CREATE TABLE activity (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	org_id INT UNSIGNED NOT NULL,
	name VARCHAR(200) NOT NULL,
	description TEXT NULL,
	business_function VARCHAR(200) NULL COMMENT 'ICO template column 1',
	role ENUM('controller', 'joint-controller', 'processor') NOT NULL,
	controller_name VARCHAR(200) NULL COMMENT 'processor: the controller acted for (Art 30(2)(a))',
	controller_contact TEXT NULL,
	joint_controllers TEXT NULL COMMENT 'joint controllers and their contacts',
	purposes TEXT NULL,
	lawful_basis VARCHAR(4) CHARACTER SET ascii NULL,
	lawful_basis_detail TEXT NULL COMMENT 'the legitimate interest, the contract, the law ...',
	lia_ref VARCHAR(200) NULL COMMENT 'legitimate-interests assessment reference',
	consent_ref VARCHAR(200) NULL COMMENT 'where consent is recorded',
	art9_condition CHAR(1) CHARACTER SET ascii NULL,
	art9_detail TEXT NULL COMMENT 'and the DPA 2018 Schedule 1 condition',
	has_criminal_data TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Art 10',
	criminal_detail TEXT NULL,
	source TEXT NULL COMMENT 'where the data comes from when not from the person',
	retention_months INT UNSIGNED NULL COMMENT 'a period in months ...',
	retention_days INT UNSIGNED NULL COMMENT '... or in days',
	retention_event VARCHAR(200) NULL COMMENT 'the event the period runs from',
	retention_rule TEXT NULL COMMENT 'a stated rule when it is not a period',
	security_measures TEXT NULL COMMENT 'Art 32(1), in general terms',
	dpia_status ENUM('not-needed', 'needed', 'in-progress', 'done') NULL,
	dpia_ref VARCHAR(200) NULL,
	automated_decisions TEXT NULL COMMENT 'Art 22: what is decided and the logic; NULL: none stated',
	has_automated_decisions TINYINT(1) NULL,
	is_automated TINYINT(1) NULL COMMENT 'carried out by automated means (Art 20(1)(b))',
	status ENUM('draft', 'active', 'retired') NOT NULL DEFAULT 'draft',
	owner VARCHAR(200) NULL,
	last_reviewed DATE NULL,
	next_review DATE NULL,
	note TEXT NULL COMMENT 'the words of the notice',
	version INT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'optimistic lock',
	changed_by INT UNSIGNED NULL,
	KEY activity_org (org_id, status, name),
	FOREIGN KEY (org_id) REFERENCES organisation (id),
	FOREIGN KEY (lawful_basis) REFERENCES lawful_basis (code),
	FOREIGN KEY (art9_condition) REFERENCES art9_condition (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  WITH SYSTEM VERSIONING;

-- What an activity holds of whom, and whom it discloses to.
CREATE TABLE activity_subject (
	activity_id INT UNSIGNED NOT NULL,
	subject_category_id INT UNSIGNED NOT NULL,
	changed_by INT UNSIGNED NULL,
	PRIMARY KEY (activity_id, subject_category_id),
	FOREIGN KEY (activity_id) REFERENCES activity (id),
	FOREIGN KEY (subject_category_id) REFERENCES subject_category (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE activity_data (
	activity_id INT UNSIGNED NOT NULL,
	data_category_id INT UNSIGNED NOT NULL,
	changed_by INT UNSIGNED NULL,
	PRIMARY KEY (activity_id, data_category_id),
	FOREIGN KEY (activity_id) REFERENCES activity (id),
	FOREIGN KEY (data_category_id) REFERENCES data_category (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE activity_recipient (
	activity_id INT UNSIGNED NOT NULL,
	recipient_id INT UNSIGNED NOT NULL,
	changed_by INT UNSIGNED NULL,
	PRIMARY KEY (activity_id, recipient_id),
	KEY activity_recipient_recipient (recipient_id),
	FOREIGN KEY (activity_id) REFERENCES activity (id),
	FOREIGN KEY (recipient_id) REFERENCES recipient (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
