-- 0009_mail: sending the outbox (gdprdeskctl mail send) and the daily
-- digest of what falls due (gdprdeskctl tick).
--
-- The digest is a message like the others, so it lives in the outbox
-- (one sender, one place the dashboard shows messages), but it is about
-- no one ticket: outbox.ticket_id becomes optional and every row names
-- its organisation. Which day an organisation's digest was written for
-- is kept in a table of its own, keyed by organisation and day: a second
-- tick on the same day (or two at once) meets the key and writes
-- nothing, and a day with nothing due, or an organisation with no
-- address, is recorded too without a message.

-- Sending: a run claims a row for a while (lease_token, lease_until) so
-- that two runs at once never hand the same message to sendmail; a
-- failure is counted and the next try waits (next_attempt_at, doubling);
-- after too many the row is given up (failed_at) and stays for a person
-- to look at. Error codes only: no address or text of the message.
ALTER TABLE outbox
	MODIFY ticket_id BIGINT UNSIGNED NULL COMMENT 'NULL: about no one ticket (the daily digest)',
	ADD COLUMN org_id INT UNSIGNED NULL COMMENT 'the organisation; a ticket''s message gets its ticket''s (trigger outbox_org)' AFTER ticket_id,
	ADD COLUMN attempts SMALLINT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'times a sender claimed it',
	ADD COLUMN last_error VARCHAR(40) CHARACTER SET ascii NULL COMMENT 'why the last try failed: exit:75, signal:9, timeout, exec:ENOENT, unfinished (the sender stopped mid-way) ...',
	ADD COLUMN next_attempt_at DATETIME NULL COMMENT 'UTC; not tried before then (back-off); NULL: at once',
	ADD COLUMN failed_at DATETIME NULL COMMENT 'UTC; given up after too many tries; reset attempts and this to try again',
	ADD COLUMN lease_token CHAR(32) CHARACTER SET ascii NULL COMMENT 'the sender run that holds the row',
	ADD COLUMN lease_until DATETIME NULL COMMENT 'UTC; the claim lapses then (a sender that died)',
	ADD KEY outbox_org (org_id, created_at),
	ADD FOREIGN KEY (org_id) REFERENCES organisation (id);

UPDATE outbox o JOIN ticket t ON t.id = o.ticket_id SET o.org_id = t.org_id;

-- Every row has its organisation. A CHECK rather than NOT NULL: MariaDB
-- 10.11 refuses an INSERT ... SELECT that leaves out a NOT NULL column
-- without a default before the trigger below can fill it in, while a
-- CHECK is tested after the trigger, for both forms of INSERT.
ALTER TABLE outbox
	ADD CONSTRAINT outbox_has_org CHECK (org_id IS NOT NULL);

-- Whoever writes a ticket's message (ticket_submit, the staff actions)
-- need not know of org_id: it comes from the ticket.
CREATE TRIGGER outbox_org BEFORE INSERT ON outbox FOR EACH ROW
	SET NEW.org_id = COALESCE(NEW.org_id,
	    (SELECT org_id FROM ticket WHERE id = NEW.ticket_id));

-- One digest per organisation per local day.
CREATE TABLE digest (
	org_id INT UNSIGNED NOT NULL,
	day DATE NOT NULL COMMENT 'the organisation''s local date it is for',
	written_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'UTC',
	items INT UNSIGNED NOT NULL DEFAULT 0 COMMENT 'tickets it lists',
	outbox_id BIGINT UNSIGNED NULL COMMENT 'its message; NULL: none (see note)',
	note VARCHAR(40) CHARACTER SET ascii NULL COMMENT 'why no message: nothing-due, no-address',
	PRIMARY KEY (org_id, day),
	FOREIGN KEY (org_id) REFERENCES organisation (id),
	FOREIGN KEY (outbox_id) REFERENCES outbox (id)
) ENGINE=InnoDB;
