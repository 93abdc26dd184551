-- 0001_organisations: the five seed organisations (DESIGN.md section 1),
-- taken only from their public privacy notices in /work/shared/seeds/.
--
-- Rules followed here:
--   * a column is set only where the notice states the fact, and the
--     sentence that states it is quoted above the INSERT. Where a notice is
--     silent the column stays NULL (a check reports the gap, the register
--     does not invent it)
--   * all five use the uk rule set, the england-and-wales calendar and
--     Europe/London (DESIGN.md section 1 settles this for the seeds, even
--     for CRM.io, which is US-based)
--   * websites are stored as the notice writes them: no scheme is added
--     where the notice gives a bare domain
--   * loading twice is harmless: each INSERT ... SELECT adds its row only
--     WHERE NOT EXISTS a row with that slug (slug is also unique). Not
--     ON DUPLICATE KEY UPDATE id = id: organisation is WITH SYSTEM
--     VERSIONING, and that no-op update still writes a history version of
--     every row on a second load (tried on MariaDB 10.11)
-- Comments avoid semicolons so that no client splits a statement early.

-- ---------------------------------------------------------------------
-- 000 realtimecrm: RealtimeCRM (notice last updated 19 November 2020)
--
-- name:
--   "In order to use RealtimeCRM, you must give consent during sign up"
-- website:
--   "This Privacy Policy is for the website realtimecrm.co.uk"
-- registration_ref, supervisory_authority:
--   "We are also registered with the Information Commissioner’s Office,
--    with registration number ZA067780."
--   "For a full outline of what these rights are please see the ICO’s
--    guidance here."
--   (the ICO is named as the registrar and for guidance, not expressly as
--    the authority to complain to)
--
-- Silent about (NULL):
--   legal_name, company_number: no company name or number anywhere
--   address: "please write to the business address at the bottom of this
--     policy" but no address appears in the notice
--   contact_email, contact_phone: requests go to "the “Contact Us” section
--     at the top right of this page", no email or telephone is given
--   dpo_*: no DPO or privacy lead named
--   representative_*: none named (none needed for a UK controller)
-- Also worth a check: cites the repealed Data Protection Act 1998, and a
-- "business address" that the notice never gives.
INSERT INTO organisation (slug, name, legal_name, company_number, address,
    contact_email, contact_phone, website, dpo_name, dpo_email, dpo_address,
    dpo_phone, representative_name, representative_contact,
    registration_ref, supervisory_authority, jurisdiction, calendar,
    time_zone, ref_prefix)
SELECT 'realtimecrm', 'RealtimeCRM', NULL, NULL, NULL,
    NULL, NULL, 'realtimecrm.co.uk', NULL, NULL, NULL,
    NULL, NULL, NULL,
    'ZA067780', 'Information Commissioner''s Office', 'uk',
    'england-and-wales', 'Europe/London', 'RTC'
FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE slug = 'realtimecrm');

-- ---------------------------------------------------------------------
-- 001 expertcrm: Expert CRM Services Limited (notice last updated
-- 25 Jan 2019)
--
-- name, legal_name:
--   "We are Expert CRM Services Limited and we operate the Website
--    Services."
--   (no separate trading name is stated: name is the legal name without
--    its "Limited")
-- address, contact_email, dpo_email:
--   "please contact us by email to dpo@expertcrm.co.uk or by post to
--    Expert CRM Services Ltd, Unit 1, 9 Station Road, Stansted, Essex,
--    CM24 8BE"
--   (the privacy mailbox is a DPO mailbox, so it is both the contact and
--    the DPO email. No DPO is named as a person, so dpo_name stays NULL.
--    The postal address is the company's, given as an alternative for
--    the same queries, and is kept in address only)
--
-- Silent about (NULL):
--   company_number: not stated
--   contact_phone: not stated ("Our contact details are shown on the
--     contact page at Company Information", which is not in the notice)
--   website: the notice speaks of "our websites" but names no domain
--   dpo_name, dpo_address, dpo_phone: no DPO named as a person
--   representative_*: none named (none needed for a UK controller)
--   registration_ref: no ICO registration number
--   supervisory_authority: the notice never names the ICO or any
--     supervisory authority, nor the right to complain to one. Under the
--     uk rule set the authority is the Information Commissioner's Office,
--     but the register does not put words in the notice: NULL, a finding.
INSERT INTO organisation (slug, name, legal_name, company_number, address,
    contact_email, contact_phone, website, dpo_name, dpo_email, dpo_address,
    dpo_phone, representative_name, representative_contact,
    registration_ref, supervisory_authority, jurisdiction, calendar,
    time_zone, ref_prefix)
SELECT 'expertcrm', 'Expert CRM Services', 'Expert CRM Services Limited',
    NULL,
    'Expert CRM Services Ltd
Unit 1, 9 Station Road
Stansted
Essex
CM24 8BE',
    'dpo@expertcrm.co.uk', NULL, NULL, NULL, 'dpo@expertcrm.co.uk', NULL,
    NULL, NULL, NULL,
    NULL, NULL, 'uk',
    'england-and-wales', 'Europe/London', 'ECS'
FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE slug = 'expertcrm');

-- ---------------------------------------------------------------------
-- 002 opencrm: OpenCRM / Software Add-ons Limited (notice last updated
-- July 2015, archived 2017-06-06)
--
-- name, legal_name:
--   "OpenCRM and Software Add-ons Limited (“Software Add-ons”) are
--    constantly striving to provide excellent service"
--   "We do not store your credit card details within any OpenCRM or
--    Software Add-ons system"
-- website:
--   "if you sign up to an OpenCRM subscription from this website
--    (http://opencrm.co.uk)"
--
-- Silent about (NULL):
--   company_number: not stated
--   address: no postal address
--   contact_email: the only address given is for delivery problems, not
--     privacy: "Should you have any problems with your delivery please
--     contact support@opencrm.co.uk". For privacy the notice says only
--     "please contact us direct", with no address, so NULL (a finding:
--     no privacy contact at all)
--   contact_phone: not stated
--   dpo_*: no DPO or privacy lead named
--   representative_*: none named (none needed for a UK controller)
--   registration_ref: no ICO registration number
--   supervisory_authority: the notice never names the ICO or any
--     supervisory authority, nor the right to complain. Under the uk rule
--     set the authority is the Information Commissioner's Office, but the
--     notice is silent: NULL, a finding.
INSERT INTO organisation (slug, name, legal_name, company_number, address,
    contact_email, contact_phone, website, dpo_name, dpo_email, dpo_address,
    dpo_phone, representative_name, representative_contact,
    registration_ref, supervisory_authority, jurisdiction, calendar,
    time_zone, ref_prefix)
SELECT 'opencrm', 'OpenCRM', 'Software Add-ons Limited', NULL, NULL,
    NULL, NULL, 'http://opencrm.co.uk', NULL, NULL, NULL,
    NULL, NULL, NULL,
    NULL, NULL, 'uk',
    'england-and-wales', 'Europe/London', 'OCRM'
FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE slug = 'opencrm');

-- ---------------------------------------------------------------------
-- 003 crmio: CRM.io (notice undated)
--
-- name:
--   "We at CRM.io (CRM.io and our affiliates) are committed to
--    protecting your privacy."
-- website:
--   "This Privacy Policy applies to our website CRM.io" (stored in lower
--    case, as a host name)
-- address, contact_email:
--   "please write to us by email at privacy@crm.io by mail to CRM.io,
--    22 Heritage Blvd, Princeton NJ 08540, USA, Attn: Privacy."
--   "To exercise any of these rights, please contact us at privacy@crm.io
--    or by mail to CRM.io,22 Heritage Blvd, Princeton NJ 08540, U.S.A.,
--    Attention: Privacy."
--   (a second, different address is given only for unsubscribing:
--    "CRM.io, 25 First Street, 2nd Floor, Cambridge, MA 02141 USA,
--    Attention: Privacy". The Princeton address, given twice, for
--    questions and for rights, is kept. Two addresses: a finding)
--
-- Silent about (NULL):
--   legal_name, company_number: no legal entity or number (only
--     "CRM.io and our affiliates")
--   contact_phone: not stated
--   dpo_*: no DPO or privacy lead named ("Attn: Privacy" is a department)
--   representative_name, representative_contact: NO UK (Art 27)
--     representative is named, though CRM.io is US-based and cites "the
--     Data Protection Act 2018 and UK GDPR": a finding
--   registration_ref: no ICO registration number
--   supervisory_authority: the notice names the U.S. Federal Trade
--     Commission ("subject to the regulatory enforcement powers of the
--     U.S. Federal Trade Commission") and a TrustArc dispute service, but
--     never the ICO or any UK/EU supervisory authority. Under the uk rule
--     set the authority is the Information Commissioner's Office, but the
--     notice is silent: NULL, a finding.
INSERT INTO organisation (slug, name, legal_name, company_number, address,
    contact_email, contact_phone, website, dpo_name, dpo_email, dpo_address,
    dpo_phone, representative_name, representative_contact,
    registration_ref, supervisory_authority, jurisdiction, calendar,
    time_zone, ref_prefix)
SELECT 'crmio', 'CRM.io', NULL, NULL,
    'CRM.io
22 Heritage Blvd
Princeton NJ 08540
USA
Attn: Privacy',
    'privacy@crm.io', NULL, 'crm.io', NULL, NULL, NULL,
    NULL, NULL, NULL,
    NULL, NULL, 'uk',
    'england-and-wales', 'Europe/London', 'CRMI'
FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE slug = 'crmio');

-- ---------------------------------------------------------------------
-- 004 callminders: Professional CallMinders (notice updated 22 July 2023)
--
-- name:
--   "Professional CallMinders do not track your activity as an individual
--    or as a business."
--   (also written "Professional Call Minders" elsewhere in the notice)
-- contact_phone:
--   "Please address any queries concerning this privacy policy though our
--    contact form or call us on 01905 755320."
-- supervisory_authority:
--   "you also have the right to lodge a complaint with the UK’s
--    supervisory authority, the Information Commissioner’s Office."
--
-- Silent about (NULL):
--   legal_name, company_number: no legal entity or number
--   address: no postal address
--   contact_email: none, requests go through "our contact form"
--   website: "This website is powered by WordPress" but no domain is named
--   dpo_*: no DPO or privacy lead named
--   representative_*: none named (none needed for a UK controller)
--   registration_ref: no ICO registration number
INSERT INTO organisation (slug, name, legal_name, company_number, address,
    contact_email, contact_phone, website, dpo_name, dpo_email, dpo_address,
    dpo_phone, representative_name, representative_contact,
    registration_ref, supervisory_authority, jurisdiction, calendar,
    time_zone, ref_prefix)
SELECT 'callminders', 'Professional CallMinders', NULL, NULL, NULL,
    NULL, '01905 755320', NULL, NULL, NULL, NULL,
    NULL, NULL, NULL,
    NULL, 'Information Commissioner''s Office', 'uk',
    'england-and-wales', 'Europe/London', 'PCM'
FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE slug = 'callminders');
