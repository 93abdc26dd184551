-- 0003_established: where each seed organisation is established, from its
-- notice. Loaded once, after 0001_organisations.sql.

-- "We are also registered with the Information Commissioner's Office,
--  with registration number ZA067780." (a UK registration; its cloud
--  region eu-west-1 is where it hosts, not where it is established)
UPDATE organisation SET established_country = 'GB' WHERE slug = 'realtimecrm';
-- "Expert CRM Services Limited ... Stansted, Essex, CM24 8BE"
UPDATE organisation SET established_country = 'GB' WHERE slug = 'expertcrm';
-- "CRM.io ... Princeton, NJ" (a US company)
UPDATE organisation SET established_country = 'US' WHERE slug = 'crmio';
-- Not recorded for opencrm (the notice gives no address or country, only
-- a .co.uk domain) nor for callminders (a UK telephone number and "UK
-- based servers", which its org_location records): the check falls back
-- on where they process.
