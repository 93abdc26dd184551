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
