-- 0007_workflow: the staff side of data-subject requests (issue 4): the
-- state a ticket is in and what the transitions record (fees, identity,
-- extension, outcome), clarification pauses, the data-subject categories a
-- ticket concerns, the tasks the register gives it, staff notes, and the
-- indexes the dashboard's lists and the requester search need.
--
-- Statuses (fcgi/model/workflow.c holds the transitions):
--   received, in-progress: the clock runs (due_date set);
--   awaiting-identity, awaiting-fee: the clock has not started (due_date
--     NULL; waiting_since says since when);
--   awaiting-clarification: paused (uk only; the open ticket_pause row);
--   acknowledged: a complaint acknowledged, to be answered (due_date
--     stays its acknowledgement date; queue untimed);
--   closed: with an outcome.

ALTER TABLE ticket
	ADD COLUMN assignee INT UNSIGNED NULL COMMENT 'staff_account.id',
	ADD COLUMN received_by INT UNSIGNED NULL COMMENT 'staff_account.id that entered a request made by email, post or phone',
	ADD COLUMN identity_method VARCHAR(200) NULL COMMENT 'how identity was confirmed, or why it failed',
	ADD COLUMN fee_state ENUM('none', 'proposed', 'requested', 'paid') NOT NULL DEFAULT 'none',
	ADD COLUMN fee_ground ENUM('unfounded', 'excessive', 'further-copy') NULL COMMENT 'Art 12(5) or 15(3): the only grounds for a fee',
	ADD COLUMN fee_amount VARCHAR(40) NULL COMMENT 'as told to the requester, with its currency',
	ADD COLUMN is_extended TINYINT(1) NOT NULL DEFAULT 0,
	ADD COLUMN extension_reason TEXT NULL COMMENT 'Art 12(3): the reasons given to the requester',
	ADD COLUMN outcome ENUM('fulfilled', 'partly-fulfilled', 'no-data', 'refused', 'withdrawn', 'identity-failed', 'answered') NULL,
	ADD COLUMN outcome_ground VARCHAR(24) NULL COMMENT 'refusals: unfounded, excessive, exemption',
	ADD COLUMN outcome_reason TEXT NULL COMMENT 'what the requester is told, refusals above all (Art 12(4))',
	ADD COLUMN closed_at DATETIME NULL COMMENT 'UTC',
	ADD COLUMN acknowledged_at DATETIME NULL COMMENT 'UTC; complaints (DPA 2018 s.164A)',
	ADD COLUMN waiting_since DATETIME NULL COMMENT 'UTC: the start of the wait for identity or a fee',
	ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 1 COMMENT 'bumped by every transition',
	-- The dashboard's lists, led by this column (a plain status = ? AND
	-- due_date >= ? ORDER BY due_date is planned badly by MariaDB 10.11
	-- unless told which index to use; the queries name these), with
	-- org_id in the indexes so that counting and scoping by organisation
	-- read the index alone.
	ADD COLUMN queue ENUM('running', 'paused', 'waiting', 'untimed', 'closed')
	    AS (CASE
		WHEN status = 'closed' THEN 'closed'
		WHEN status IN ('awaiting-identity', 'awaiting-fee') THEN 'waiting'
		WHEN status = 'awaiting-clarification' THEN 'paused'
		-- an acknowledged complaint keeps its acknowledgement date (it
		-- says whether that was on time) but has no timer now
		WHEN status = 'acknowledged' OR due_date IS NULL THEN 'untimed'
		ELSE 'running' END) PERSISTENT,
	ADD KEY ticket_queue_due (queue, due_date, org_id),
	ADD KEY ticket_org_queue_due (org_id, queue, due_date),
	ADD KEY ticket_queue_received (queue, received_at, org_id),
	ADD KEY ticket_requester_email (requester_email),
	ADD KEY ticket_requester_name (requester_name);

-- A reference is unique within its organisation: prefixes may repeat
-- between organisations (an import keeps its document's), and each
-- numbers its own requests.
ALTER TABLE ticket DROP KEY ticket_reference,
	ADD UNIQUE KEY ticket_reference (org_id, reference),
	ADD KEY ticket_reference_any (reference);

-- Who looked at a ticket: the audit rows of one entity.
ALTER TABLE audit ADD KEY audit_entity (entity, entity_id, at);

-- Clarification pauses (uk): asked on from_day, answered on to_day (NULL
-- while waiting), both included (GDPR-RULES.md decision 4).
CREATE TABLE ticket_pause (
	ticket_id BIGINT UNSIGNED NOT NULL,
	from_day DATE NOT NULL,
	to_day DATE NULL,
	PRIMARY KEY (ticket_id, from_day),
	FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB;

-- The data-subject categories a ticket concerns (subject_category.code).
-- None: not known yet, so every active activity is in scope.
CREATE TABLE ticket_subject (
	ticket_id BIGINT UNSIGNED NOT NULL,
	code VARCHAR(40) CHARACTER SET ascii NOT NULL,
	PRIMARY KEY (ticket_id, code),
	FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB;

INSERT INTO ticket_subject (ticket_id, code)
	SELECT id, subject_category FROM ticket
	WHERE subject_category IS NOT NULL AND subject_category <> '';

-- The relationship a requester chose on the form is the first category
-- (ticket_submit stays as it is).
CREATE TRIGGER ticket_subject_from_form AFTER INSERT ON ticket
FOR EACH ROW
	INSERT IGNORE INTO ticket_subject (ticket_id, code)
	SELECT NEW.id, NEW.subject_category
	FROM DUAL WHERE NEW.subject_category IS NOT NULL
	    AND NEW.subject_category <> '';

-- What the register says must be done for a ticket (DESIGN.md section 3):
-- action tasks per system (erasure, rectification, restriction), notice
-- tasks per recipient (Art 19), collection tasks per system (access,
-- portability). recipient_id NULL: the organisation's own systems.
CREATE TABLE ticket_task (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	ticket_id BIGINT UNSIGNED NOT NULL,
	kind ENUM('action', 'notice', 'collect') NOT NULL,
	recipient_id INT UNSIGNED NULL,
	label VARCHAR(200) NOT NULL COMMENT 'the system or recipient, as the register named it then',
	detail TEXT NULL COMMENT 'the activities whose data it holds',
	state ENUM('open', 'erased', 'retained', 'done', 'refused', 'sent',
	    'waived', 'not-held') NOT NULL DEFAULT 'open',
	ground VARCHAR(24) NULL COMMENT 'retained: 17(3)(a)..(e); waived: impossible, disproportionate',
	note TEXT NULL,
	done_by INT UNSIGNED NULL,
	done_at DATETIME NULL,
	KEY ticket_task_ticket (ticket_id, kind),
	FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff notes on a ticket: they may hold personal data, so they live
-- here and not in ticket_event (codes only). Append-only.
CREATE TABLE ticket_note (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	ticket_id BIGINT UNSIGNED NOT NULL,
	at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	author INT UNSIGNED NOT NULL,
	body TEXT NOT NULL,
	KEY ticket_note_ticket (ticket_id, at),
	FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The requester's status page says where the request stands in words a
-- requester knows: an outcome rather than "closed", "paused" while a
-- clarification is awaited, "extended" once the time is extended.
DROP PROCEDURE ticket_status_by_token;
CREATE PROCEDURE ticket_status_by_token(
    IN p_hash CHAR(64) CHARACTER SET ascii)
	SQL SECURITY DEFINER
	READS SQL DATA
	SELECT t.reference, t.kind,
	    CASE
		WHEN t.status = 'closed' THEN CASE t.outcome
		    WHEN 'fulfilled' THEN 'answered'
		    WHEN 'partly-fulfilled' THEN 'answered'
		    WHEN 'no-data' THEN 'answered'
		    WHEN 'answered' THEN 'answered'
		    WHEN 'refused' THEN 'refused'
		    WHEN 'withdrawn' THEN 'withdrawn'
		    ELSE 'closed' END
		WHEN t.status = 'awaiting-clarification' THEN 'paused'
		WHEN t.is_extended = 1 THEN 'extended'
		ELSE t.status END,
	    t.due_date, o.name, o.slug
	FROM ticket t JOIN organisation o ON o.id = t.org_id
	WHERE t.token_hash = p_hash;

-- ticket_submit as in 0006, but for the reference counter (see there)
-- and for its hashes, now declared CHARACTER SET ascii as the columns
-- are: a utf8mb4 parameter made MariaDB convert the column instead, so
-- "WHERE submission_key = p_key" read every row (350 ms at a million
-- requests, where the index takes a fraction of a millisecond).
DROP PROCEDURE ticket_submit;
CREATE PROCEDURE ticket_submit(IN p_slug VARCHAR(40), IN p_kind VARCHAR(24),
    IN p_name VARCHAR(200), IN p_email VARCHAR(254), IN p_phone VARCHAR(40),
    IN p_is_agent TINYINT, IN p_agent_for VARCHAR(200),
    IN p_category VARCHAR(40), IN p_description TEXT,
    IN p_token_hash CHAR(64) CHARACTER SET ascii,
    IN p_verify_hash CHAR(64) CHARACTER SET ascii,
    IN p_key CHAR(64) CHARACTER SET ascii, IN p_received DATETIME, IN p_clock DATE,
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
	-- One statement takes the counter's row lock exclusively: INSERT
	-- IGNORE then SELECT ... FOR UPDATE took a shared lock first, and
	-- two submissions at once deadlocked upgrading theirs.
	INSERT INTO ticket_counter (org_id, year, last)
	    VALUES (v_org, v_year, 1)
	    ON DUPLICATE KEY UPDATE last = last + 1;
	SELECT last INTO v_last FROM ticket_counter
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


-- The email confirmation, as in 0006 but for its hash's character set
-- (see ticket_submit above).
DROP PROCEDURE ticket_verify_email;
CREATE PROCEDURE ticket_verify_email(
    IN p_hash CHAR(64) CHARACTER SET ascii)
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

