-- 0006_requests: the requester side of data-subject requests (issue 4):
-- who asked, how, what for; the ticket's append-only event trail; the
-- outbox of messages to send; references allocated per organisation and
-- year. The public program writes nothing directly: it calls
-- ticket_submit and ticket_verify_email (SQL SECURITY DEFINER) and reads
-- public views.

ALTER TABLE ticket
	ADD COLUMN requester_name VARCHAR(200) NULL COMMENT 'as the requester gave it',
	ADD COLUMN requester_email VARCHAR(254) NULL,
	ADD COLUMN requester_phone VARCHAR(40) NULL,
	ADD COLUMN is_agent TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'acting for someone else',
	ADD COLUMN agent_for VARCHAR(200) NULL COMMENT 'the person acted for',
	ADD COLUMN subject_category VARCHAR(40) CHARACTER SET ascii NULL COMMENT 'subject_category.code chosen as the relationship',
	ADD COLUMN description TEXT NULL,
	ADD COLUMN channel ENUM('web', 'email', 'post', 'phone') NOT NULL DEFAULT 'web',
	ADD COLUMN clock_start DATE NULL COMMENT 'decision 3: the latest of receipt, identity, authority, fee',
	ADD COLUMN identity ENUM('unverified', 'verified', 'failed') NOT NULL DEFAULT 'unverified',
	ADD COLUMN email_verified_at DATETIME NULL COMMENT 'UTC; the /verify/ link was followed',
	ADD COLUMN verify_hash CHAR(64) CHARACTER SET ascii NULL COMMENT 'hex SHA-256 of the /verify/ token',
	ADD COLUMN submission_key CHAR(64) CHARACTER SET ascii NULL COMMENT 'the form''s idempotency key: one ticket per submit',
	ADD COLUMN created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	ADD UNIQUE KEY ticket_verify (verify_hash),
	ADD UNIQUE KEY ticket_submission (submission_key);

-- What happened to a ticket. Append-only: no account may update or delete.
CREATE TABLE ticket_event (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	ticket_id BIGINT UNSIGNED NOT NULL,
	at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
	kind VARCHAR(40) NOT NULL COMMENT 'received, email_verified ...',
	actor INT UNSIGNED NULL COMMENT 'staff_account.id; NULL: the requester or the system',
	detail VARCHAR(255) NULL COMMENT 'codes only, never personal data',
	KEY ticket_event_ticket (ticket_id, at),
	FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Messages to send. Written in the ticket's transaction; a sender marks
-- sent_at (none runs yet).
CREATE TABLE outbox (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	ticket_id BIGINT UNSIGNED NOT NULL,
	kind VARCHAR(40) NOT NULL COMMENT 'acknowledgement ...',
	to_address VARCHAR(254) NOT NULL,
	subject VARCHAR(255) NOT NULL,
	body TEXT NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	sent_at DATETIME NULL,
	KEY outbox_unsent (sent_at),
	FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The last reference number used, per organisation and year.
CREATE TABLE ticket_counter (
	org_id INT UNSIGNED NOT NULL,
	year SMALLINT UNSIGNED NOT NULL,
	last INT UNSIGNED NOT NULL DEFAULT 0,
	PRIMARY KEY (org_id, year),
	FOREIGN KEY (org_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

-- The public profile gains what a due date needs: the time zone and the
-- holiday calendar (added at the end; the columns before stay).
CREATE OR REPLACE SQL SECURITY DEFINER VIEW public_organisation AS
	SELECT id, slug, name, legal_name, company_number, address,
	    contact_email, contact_phone, website, dpo_name, dpo_email,
	    dpo_address, dpo_phone, representative_name,
	    representative_contact, registration_ref, supervisory_authority,
	    jurisdiction, ref_prefix, time_zone, calendar
	FROM organisation WHERE is_retired = 0;

-- The relationships a requester may choose: the data-subject categories
-- of the organisation's active activities; an organisation with none
-- offers the shipped list.
CREATE SQL SECURITY DEFINER VIEW public_subject_category AS
	SELECT DISTINCT o.slug AS org_slug, sc.code, sc.name
	FROM organisation o
	JOIN activity a ON a.org_id = o.id AND a.status = 'active'
	JOIN activity_subject s ON s.activity_id = a.id
	JOIN subject_category sc ON sc.id = s.subject_category_id
	WHERE o.is_retired = 0
	UNION
	SELECT o.slug, sc.code, sc.name
	FROM organisation o JOIN subject_category sc ON sc.org_id IS NULL
	WHERE o.is_retired = 0 AND NOT EXISTS (
	    SELECT 1 FROM activity a JOIN activity_subject s
	        ON s.activity_id = a.id
	    WHERE a.org_id = o.id AND a.status = 'active');

-- The days of a holiday calendar, for the public program's due dates.
CREATE PROCEDURE public_calendar_days(IN p_name VARCHAR(40))
	SQL SECURITY DEFINER
	READS SQL DATA
	SELECT day, name FROM calendar_day WHERE calendar = p_name
	ORDER BY day;

-- A new request from the public form, in the caller's transaction. The
-- acknowledgement's subject and body come rendered, with {{reference}}
-- where the reference allocated here goes.
-- Returns one row: the reference, is_new (1), the due date and the kind.
-- A submission key seen before returns that ticket's row with is_new 0
-- and inserts nothing.
CREATE PROCEDURE ticket_submit(IN p_slug VARCHAR(40), IN p_kind VARCHAR(24),
    IN p_name VARCHAR(200), IN p_email VARCHAR(254), IN p_phone VARCHAR(40),
    IN p_is_agent TINYINT, IN p_agent_for VARCHAR(200),
    IN p_category VARCHAR(40), IN p_description TEXT,
    IN p_token_hash CHAR(64), IN p_verify_hash CHAR(64),
    IN p_key CHAR(64), IN p_received DATETIME, IN p_clock DATE,
    IN p_due DATE, IN p_subject VARCHAR(255), IN p_body TEXT)
	SQL SECURITY DEFINER
	MODIFIES SQL DATA
proc: BEGIN
	DECLARE v_org INT UNSIGNED;
	DECLARE v_prefix VARCHAR(8);
	DECLARE v_year SMALLINT UNSIGNED;
	DECLARE v_last INT UNSIGNED;
	DECLARE v_ref VARCHAR(24);
	DECLARE v_id BIGINT UNSIGNED;

	SELECT reference INTO v_ref FROM ticket WHERE submission_key = p_key;
	IF v_ref IS NOT NULL THEN
		SELECT reference, 0 AS is_new, due_date, kind FROM ticket
		    WHERE submission_key = p_key;
		LEAVE proc;
	END IF;
	SELECT id, ref_prefix INTO v_org, v_prefix FROM organisation
	    WHERE slug = p_slug AND is_retired = 0;
	IF v_org IS NULL THEN
		SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no such organisation';
	END IF;
	SET v_year = YEAR(p_received);
	INSERT IGNORE INTO ticket_counter (org_id, year, last)
	    VALUES (v_org, v_year, 0);
	SELECT last INTO v_last FROM ticket_counter
	    WHERE org_id = v_org AND year = v_year FOR UPDATE;
	SET v_last = v_last + 1;
	UPDATE ticket_counter SET last = v_last
	    WHERE org_id = v_org AND year = v_year;
	SET v_ref = CONCAT(v_prefix, '-', v_year, '-', LPAD(v_last, 4, '0'));
	INSERT INTO ticket (org_id, reference, kind, status, token_hash,
	    received_at, due_date, requester_name, requester_email,
	    requester_phone, is_agent, agent_for, subject_category,
	    description, channel, clock_start, verify_hash, submission_key)
	VALUES (v_org, v_ref, p_kind, 'received', p_token_hash, p_received,
	    p_due, p_name, p_email, p_phone, p_is_agent, p_agent_for,
	    p_category, p_description, 'web', p_clock, p_verify_hash, p_key);
	SET v_id = LAST_INSERT_ID();
	INSERT INTO ticket_event (ticket_id, kind, detail)
	    VALUES (v_id, 'received', 'web');
	INSERT INTO outbox (ticket_id, kind, to_address, subject, body)
	    VALUES (v_id, 'acknowledgement', p_email,
	    REPLACE(p_subject, '{{reference}}', v_ref),
	    REPLACE(p_body, '{{reference}}', v_ref));
	SELECT v_ref AS reference, 1 AS is_new, p_due AS due_date,
	    p_kind AS kind;
END;

-- The requester followed the /verify/ link: the email is confirmed once.
-- Returns the reference (no row: no such token).
CREATE PROCEDURE ticket_verify_email(IN p_hash CHAR(64))
	SQL SECURITY DEFINER
	MODIFIES SQL DATA
BEGIN
	DECLARE v_id BIGINT UNSIGNED;
	DECLARE v_at DATETIME;

	SELECT id, email_verified_at INTO v_id, v_at FROM ticket
	    WHERE verify_hash = p_hash;
	IF v_id IS NOT NULL AND v_at IS NULL THEN
		UPDATE ticket SET email_verified_at = UTC_TIMESTAMP()
		    WHERE id = v_id;
		INSERT INTO ticket_event (ticket_id, kind)
		    VALUES (v_id, 'email_verified');
	END IF;
	SELECT reference FROM ticket WHERE id = v_id;
END;
