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
--   acknowledged: a complaint acknowledged, to be answered;
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
	-- unless told which index to use; the queries name this one).
	ADD COLUMN queue ENUM('running', 'paused', 'waiting', 'untimed', 'closed')
	    AS (CASE
		WHEN status = 'closed' THEN 'closed'
		WHEN status IN ('awaiting-identity', 'awaiting-fee') THEN 'waiting'
		WHEN status = 'awaiting-clarification' THEN 'paused'
		WHEN due_date IS NULL THEN 'untimed'
		ELSE 'running' END) PERSISTENT,
	ADD KEY ticket_queue_due (queue, due_date),
	ADD KEY ticket_org_queue_due (org_id, queue, due_date),
	ADD KEY ticket_queue_received (queue, received_at),
	ADD KEY ticket_requester_email (requester_email),
	ADD KEY ticket_requester_name (requester_name);

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
CREATE PROCEDURE ticket_status_by_token(IN p_hash CHAR(64))
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
