-- Least privilege, one MariaDB account per program. Applied by
-- scripts/stack.sh after the migrations (the accounts themselves are
-- created there, with passwords kept in the instance's option files).
--
-- gdprdesk_public: the internet-facing program. It reads the public views
-- and reaches a requester's own ticket only through the token-keyed
-- procedure; it can read no ticket, staff, session or audit table.
GRANT SELECT ON gdprdesk.public_organisation TO 'gdprdesk_public'@'localhost';
GRANT EXECUTE ON PROCEDURE gdprdesk.ticket_status_by_token TO 'gdprdesk_public'@'localhost';

-- gdprdesk_staff: the staff program. The audit trail is append-only.
GRANT SELECT, INSERT, UPDATE ON gdprdesk.organisation TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.staff_account TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, DELETE ON gdprdesk.staff_org TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.staff_session TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, DELETE ON gdprdesk.login_failure TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT ON gdprdesk.audit TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.ticket TO 'gdprdesk_staff'@'localhost';

-- The register (0002): the staff program reads and edits it. Link rows
-- are replaced on save; register rows are retired, never deleted.
GRANT SELECT, INSERT, UPDATE ON gdprdesk.activity TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.recipient TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.recipient_location TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.org_location TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, DELETE ON gdprdesk.activity_subject TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, DELETE ON gdprdesk.activity_data TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, DELETE ON gdprdesk.activity_recipient TO 'gdprdesk_staff'@'localhost';
-- Reference data: read; an organisation's own categories may be added.
GRANT SELECT ON gdprdesk.country TO 'gdprdesk_staff'@'localhost';
GRANT SELECT ON gdprdesk.cloud_region TO 'gdprdesk_staff'@'localhost';
GRANT SELECT ON gdprdesk.transfer_mechanism TO 'gdprdesk_staff'@'localhost';
GRANT SELECT ON gdprdesk.lawful_basis TO 'gdprdesk_staff'@'localhost';
GRANT SELECT ON gdprdesk.art9_condition TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT ON gdprdesk.data_category TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT ON gdprdesk.subject_category TO 'gdprdesk_staff'@'localhost';
-- The register import page (xmlio_import) adds or updates an
-- organisation's own categories by code (INSERT ... ON DUPLICATE KEY
-- UPDATE, which needs UPDATE too, also to prepare).
GRANT UPDATE ON gdprdesk.data_category TO 'gdprdesk_staff'@'localhost';
GRANT UPDATE ON gdprdesk.subject_category TO 'gdprdesk_staff'@'localhost';
-- Holiday calendars (0005): read for deadlines. Adding a day is an
-- admin's INSERT until the calendar page exists.
GRANT SELECT ON gdprdesk.calendar TO 'gdprdesk_staff'@'localhost';
GRANT SELECT ON gdprdesk.calendar_day TO 'gdprdesk_staff'@'localhost';

-- Requests (0006): the public program submits a request and confirms an
-- email only through these procedures, and reads the relationships
-- offered and a calendar's days; it still reads no ticket, event or
-- outbox row.
GRANT SELECT ON gdprdesk.public_subject_category TO 'gdprdesk_public'@'localhost';
GRANT EXECUTE ON PROCEDURE gdprdesk.public_calendar_days TO 'gdprdesk_public'@'localhost';
GRANT EXECUTE ON PROCEDURE gdprdesk.ticket_submit TO 'gdprdesk_public'@'localhost';
GRANT EXECUTE ON PROCEDURE gdprdesk.ticket_verify_email TO 'gdprdesk_public'@'localhost';

-- The staff side of requests (0007_workflow): events and notes are
-- appended, never changed.
GRANT SELECT, INSERT ON gdprdesk.ticket_event TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT ON gdprdesk.ticket_note TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.ticket_pause TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, DELETE ON gdprdesk.ticket_subject TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.ticket_task TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT ON gdprdesk.outbox TO 'gdprdesk_staff'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.ticket_counter TO 'gdprdesk_staff'@'localhost';

-- Admins add holiday calendars and days (page_calendars.c); none is removed.
GRANT INSERT ON gdprdesk.calendar TO 'gdprdesk_staff'@'localhost';
GRANT INSERT ON gdprdesk.calendar_day TO 'gdprdesk_staff'@'localhost';
-- The generated privacy notice (0008): the public program reads the
-- notice fields of active activities only through these views, never
-- the register's tables.
GRANT SELECT ON gdprdesk.public_notice_org TO 'gdprdesk_public'@'localhost';
GRANT SELECT ON gdprdesk.public_notice_activity TO 'gdprdesk_public'@'localhost';
GRANT SELECT ON gdprdesk.public_notice_subject TO 'gdprdesk_public'@'localhost';
GRANT SELECT ON gdprdesk.public_notice_data TO 'gdprdesk_public'@'localhost';
GRANT SELECT ON gdprdesk.public_notice_recipient TO 'gdprdesk_public'@'localhost';
GRANT SELECT ON gdprdesk.public_notice_org_location TO 'gdprdesk_public'@'localhost';
GRANT SELECT ON gdprdesk.public_notice_recipient_location TO 'gdprdesk_public'@'localhost';

-- The render cache's versions (0010_data_version): read only; triggers
-- write them.
GRANT SELECT ON gdprdesk.data_version TO 'gdprdesk_staff'@'localhost';
-- gdprdesk_tick: gdprdeskctl tick, every minute (0009). It sends the
-- outbox and writes the daily digests: it reads what a digest lists
-- (references, kinds, states and dates; no requester's name or
-- details), and writes only the outbox and the digest record. The
-- outbox's trigger reads a ticket's organisation with its definer's
-- rights. SELECT ... FOR UPDATE needs UPDATE, which it has.
GRANT SELECT (id, slug, name, dpo_email, contact_email, time_zone, is_retired) ON gdprdesk.organisation TO 'gdprdesk_tick'@'localhost';
GRANT SELECT (id, org_id, reference, kind, status, received_at, due_date) ON gdprdesk.ticket TO 'gdprdesk_tick'@'localhost';
GRANT SELECT (ticket_id, at, actor) ON gdprdesk.ticket_event TO 'gdprdesk_tick'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.outbox TO 'gdprdesk_tick'@'localhost';
GRANT SELECT, INSERT, UPDATE ON gdprdesk.digest TO 'gdprdesk_tick'@'localhost';
