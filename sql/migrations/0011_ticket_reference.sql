-- 0011_ticket_reference: a ticket's reference is unique within its
-- organisation, not across all of them.
--
-- References are allocated per organisation and year (ticket_counter)
-- under the organisation's prefix, and nothing makes prefixes unique: the
-- organisation forms let two organisations share one, and an import
-- derives one from the slug. With the reference unique across all
-- tickets, the second organisation with a prefix got a duplicate key, so
-- a 500, on its first request, on the public form and on staff entry
-- alike, and on every one after while the first organisation had the
-- same number. Every lookup is by organisation and reference already
-- (ticket_get; the requester's status goes by token).
ALTER TABLE ticket
	DROP KEY ticket_reference,
	ADD UNIQUE KEY ticket_reference (org_id, reference);
