-- 0002_registers: the Article 30 register of each of the five seed
-- organisations (DESIGN.md section 1), taken only from its public privacy
-- notice in /work/shared/seeds/. Runs once, after 0001_organisations.sql.
--
-- Rules followed here:
--   * the register never invents a fact. A column is set only where the
--     notice states it, and the words it rests on are quoted in the row's
--     note (activity, recipient, org_location, recipient_location) or in
--     the comment above it. Where a notice is silent the column stays NULL
--     and a check reports the gap (tests/data/findings/SLUG.tsv lists them)
--   * locations only where the notice names a country or a cloud region.
--     The provider of a cloud region is never named unless the notice
--     names it. Mechanisms only where the notice names one
--   * lawful_basis only where the notice states the basis for that
--     processing in its own words ("consent"). A purpose that resembles a
--     basis ("To fulfill our legal obligations") is recorded as a purpose,
--     not turned into a basis
--   * security_measures only where the notice names a measure (SSL
--     encryption, individual log-ins, need-to-know access ...). A bare
--     "stored securely" or "held securely" names none: it is kept in the
--     note and R04 reports the gap
--   * retention: a period (months or days, and the event it runs from)
--     where one is stated, otherwise the stated rule verbatim, however
--     vague ("as long as is necessary")
--   * recipient kinds: processor where the notice says the body works for
--     the organisation ("our payment provider", "on our behalf"),
--     independent-controller where the person chooses the service and its
--     own terms apply, category for an unnamed class of recipients
--   * no contract references, DPF certifications, review dates or DPIA
--     states: no notice states any
--   * role is controller, except where a notice says the organisation acts
--     for someone else: Professional CallMinders for its telephone-answering
--     clients, and CRM.io for its Subscription Service customers
-- Ids are found by subquery (organisation slug, activity and recipient
-- names, category codes), so the statements do not depend on insert ids.
-- Activity names and recipient names are unique within an organisation.
-- Comments and strings avoid semicolons so that no client splits a
-- statement early.

SET NAMES utf8mb4;

-- =====================================================================
-- 000 realtimecrm: RealtimeCRM
-- "Last updated: 19th November 2020"
-- The notice states no fee and no response time for requests.

UPDATE organisation SET notice_updated = '2020-11-19'
WHERE slug = 'realtimecrm';

-- "Any information you provide when using RealtimeCRM such as the names of
-- Contacts will be stored in eu-west-1."
-- "Both our database and web server are located inside the European Union
-- (EU)". eu-west-1 is in Ireland. The notice does not name the provider.
INSERT INTO org_location (org_id, country, region, mechanism, note)
SELECT id, 'IE', 'eu-west-1', NULL,
    '"Any information you provide when using RealtimeCRM such as the names of Contacts will be stored in eu-west-1." "Both our database and web server are located inside the European Union (EU)"'
FROM organisation WHERE slug = 'realtimecrm';

-- The people whose details users keep in the CRM have no shipped category.
INSERT INTO subject_category (org_id, code, name)
SELECT id, 'crm-contacts', 'Contacts and companies that users upload to RealtimeCRM'
FROM organisation WHERE slug = 'realtimecrm';

-- ---------------------------------------------------------------------
-- RealtimeCRM recipients

-- "This website uses tracking software to monitor visitors to better
-- understand how they use it. This software is provided by Google
-- Analytics and Heap Analytics which use cookies to track visitor usage."
-- No location is stated for either.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Google Analytics', 'processor',
    'Website visitor tracking with cookies',
    '"This software is provided by Google Analytics and Heap Analytics which use cookies to track visitor usage." "You can read Google’s privacy policy for further information."'
FROM organisation WHERE slug = 'realtimecrm';

INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Heap Analytics', 'processor',
    'Website visitor tracking with cookies',
    '"This software is provided by Google Analytics and Heap Analytics which use cookies to track visitor usage."'
FROM organisation WHERE slug = 'realtimecrm';

-- "other cookies may be stored to your computer’s hard drive by external
-- vendors. This may happen when this website uses referral programs,
-- sponsored links or adverts." The vendors are not named: a category.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'External vendors (referral programs, sponsored links, adverts)',
    'category', 'Conversion and referral tracking cookies',
    '"other cookies may be stored to your computer’s hard drive by external vendors. This may happen when this website uses referral programs, sponsored links or adverts."'
FROM organisation WHERE slug = 'realtimecrm';

-- "For the purposes of finding the physical address of a Contact or
-- Company you upload (for example we may send that search to Google Maps)"
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Google Maps', 'processor',
    'Finding the physical address of a Contact or Company',
    '"For the purposes of finding the physical address of a Contact or Company you upload (for example we may send that search to Google Maps)"'
FROM organisation WHERE slug = 'realtimecrm';

-- "For the purposes of finding information regarding a Company you upload
-- we. (for example we may send that search to Companies House via their
-- API)". The notice states no location (the register does not add one).
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Companies House', 'public-authority',
    'Company information search through its API',
    '"For the purposes of finding information regarding a Company you upload we. (for example we may send that search to Companies House via their API)"'
FROM organisation WHERE slug = 'realtimecrm';

-- "RealtimeCRM also allows you to integrate with third party cloud storage
-- services (for example Google Drive, OneDrive, Dropbox and Box). It is at
-- your discretion to use these third party services, we encourage you to
-- read their terms & conditions". The user chooses them and their own
-- terms apply: independent controllers as far as RealtimeCRM goes.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Google Drive', 'independent-controller',
    'Cloud storage integration, at the user''s discretion',
    '"RealtimeCRM also allows you to integrate with third party cloud storage services (for example Google Drive, OneDrive, Dropbox and Box). It is at your discretion to use these third party services"'
FROM organisation WHERE slug = 'realtimecrm';

INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'OneDrive', 'independent-controller',
    'Cloud storage integration, at the user''s discretion',
    '"RealtimeCRM also allows you to integrate with third party cloud storage services (for example Google Drive, OneDrive, Dropbox and Box). It is at your discretion to use these third party services"'
FROM organisation WHERE slug = 'realtimecrm';

INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Dropbox', 'independent-controller',
    'Cloud storage integration, at the user''s discretion',
    '"RealtimeCRM also allows you to integrate with third party cloud storage services (for example Google Drive, OneDrive, Dropbox and Box). It is at your discretion to use these third party services"'
FROM organisation WHERE slug = 'realtimecrm';

INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Box', 'independent-controller',
    'Cloud storage integration, at the user''s discretion',
    '"RealtimeCRM also allows you to integrate with third party cloud storage services (for example Google Drive, OneDrive, Dropbox and Box). It is at your discretion to use these third party services"'
FROM organisation WHERE slug = 'realtimecrm';

-- "Xero is a cloud based accounting solution that integrates with
-- RealtimeCRM, it is at your discretion to upload your sensitive financial
-- information to Xero and then integrate it with RealtimeCRM."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Xero', 'independent-controller',
    'Cloud accounting integration, at the user''s discretion',
    '"Xero is a cloud based accounting solution that integrates with RealtimeCRM, it is at your discretion to upload your sensitive financial information to Xero and then integrate it with RealtimeCRM."'
FROM organisation WHERE slug = 'realtimecrm';

-- "Stripe, our payment provider, is industry leading and independently
-- audited." "Stripe is independently audited for security and certified
-- to PCI Service Provider Level 1". No location is stated ("the same
-- encryption standard certified by the US Government" is not a place).
INSERT INTO recipient (org_id, name, kind, service, certifications, note)
SELECT id, 'Stripe', 'processor', 'Card payments (payment provider)',
    'PCI Service Provider Level 1 (PCI DSS), independently audited',
    '"Stripe, our payment provider, is industry leading and independently audited." "Stripe is independently audited for security and certified to PCI Service Provider Level 1 – the highest standard available under the Payment Card Industry Data Security Standard (PCI DSS)."'
FROM organisation WHERE slug = 'realtimecrm';

-- Zoom is not a recipient: "No information is passed to Zoom about you."
-- It is the source of the Zoom integration activity below.

-- ---------------------------------------------------------------------
-- RealtimeCRM activities
--
-- The measures the notice names ("How we secure your data") are those of
-- the RealtimeCRM service: "Both our database and web server are located
-- inside the European Union (EU) ... in addition all communication between
-- your browser and RealtimeCRM is encrypted with SSL". They are recorded
-- for the activities whose data RealtimeCRM holds in the service. For the
-- website's cookies, enquiries and newsletter the notice says only
-- "stored securely", "held securely" and "Every effort has been made to
-- ensure a safe and secure form to email submission process".

-- "This website uses tracking software to monitor visitors to better
-- understand how they use it." "will not store, save or collect personal
-- information" (the cookies themselves are online identifiers).
INSERT INTO activity (org_id, name, description, role, purposes,
    security_measures, status, note)
SELECT id, 'Website analytics',
    'Tracking of website visitors with analytics cookies (Google Analytics and Heap Analytics)',
    'controller',
    'To monitor visitors to the website to better understand how they use it, and to improve the visitor''s experience and provide a tailored experience',
    NULL, 'active',
    '"This website uses tracking software to monitor visitors to better understand how they use it. This software is provided by Google Analytics and Heap Analytics which use cookies to track visitor usage." "This allows the website, to provide a tailored experience."'
FROM organisation WHERE slug = 'realtimecrm';

-- "Such cookies are used for conversion and referral tracking and
-- typically expire after 30 days, though some may take longer."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Referral and advert conversion tracking',
    'Cookies stored by external vendors when the website uses referral programs, sponsored links or adverts',
    'controller',
    'Conversion and referral tracking for referral programs, sponsored links and adverts',
    'Cookies "typically expire after 30 days, though some may take longer"',
    'active',
    '"you should be aware that other cookies may be stored to your computer’s hard drive by external vendors. This may happen when this website uses referral programs, sponsored links or adverts. Such cookies are used for conversion and referral tracking and typically expire after 30 days, though some may take longer."'
FROM organisation WHERE slug = 'realtimecrm';

-- "In order to use RealtimeCRM, you must give consent during sign up, and
-- this can also be retracted if needed."
-- "When you register to use RealtimeCRM we will request your name and
-- email address in order to create a user account, you will then be
-- required to create a password for this account for the purposes of
-- accessing it. Your name and email address will be used to update you on
-- new products, newsletters and any changes to our services."
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, security_measures, status, note)
SELECT id, 'User accounts',
    'Registration for and use of a RealtimeCRM user account',
    'controller',
    'To create a user account and give access to it. To update users on new products, newsletters and any changes to the services.',
    'a',
    '"In order to use RealtimeCRM, you must give consent during sign up, and this can also be retracted if needed."',
    'All communication between the browser and RealtimeCRM is encrypted with SSL. The database and web server are located inside the European Union.',
    'active',
    '"When you register to use RealtimeCRM we will request your name and email address in order to create a user account, you will then be required to create a password for this account for the purposes of accessing it. Your name and email address will be used to update you on new products, newsletters and any changes to our services." "Your data is always accessible in an easily extracted zip file within RealtimeCRM."'
FROM organisation WHERE slug = 'realtimecrm';

-- "RealtimeCRM will have access to data provided by you as part of using
-- RealtimeCRM services, such as Contacts in the RealtimeCRM CRM
-- application. The data may include names, email addresses, phone numbers
-- and physical addresses."
-- "We may only share certain information where it’s necessary for the
-- application to function" (Google Maps, Companies House).
-- "We will never share or sell your client data onto third parties without
-- your express consent."
-- The consent given at sign-up is the user's, not that of the contacts: no
-- basis is stated for their data.
INSERT INTO activity (org_id, name, description, role, purposes, source,
    security_measures, status, note)
SELECT id, 'CRM contacts',
    'Contacts and companies that users keep in the RealtimeCRM CRM application',
    'controller',
    'To provide the RealtimeCRM CRM application: hold the Contacts that users upload, find the physical address of a Contact or Company, and find information regarding a Company',
    'Uploaded by RealtimeCRM users ("data provided by you as part of using RealtimeCRM services, such as Contacts"), with addresses searched on Google Maps and company information searched at Companies House',
    'All communication between the browser and RealtimeCRM is encrypted with SSL. The database and web server are located inside the European Union.',
    'active',
    '"RealtimeCRM will have access to data provided by you as part of using RealtimeCRM services, such as Contacts in the RealtimeCRM CRM application. The data may include names, email addresses, phone numbers and physical addresses." "We will never share or sell your client data onto third parties without your express consent."'
FROM organisation WHERE slug = 'realtimecrm';

-- "RealtimeCRM also allows you to integrate with third party cloud storage
-- services (for example Google Drive, OneDrive, Dropbox and Box)."
-- "Xero is a cloud based accounting solution that integrates with
-- RealtimeCRM"
INSERT INTO activity (org_id, name, description, role, purposes,
    security_measures, status, note)
SELECT id, 'Cloud storage and accounting integrations',
    'Optional integrations with third party cloud storage services and with Xero',
    'controller',
    'To integrate RealtimeCRM, at the user''s discretion, with third party cloud storage services (for example Google Drive, OneDrive, Dropbox and Box) and with the Xero cloud accounting solution',
    'All communication between the browser and RealtimeCRM is encrypted with SSL. The database and web server are located inside the European Union.',
    'active',
    '"It is at your discretion to use these third party services, we encourage you to read their terms & conditions before proceeding to utilise them and then integrating them with RealtimeCRM." "it is at your discretion to upload your sensitive financial information to Xero and then integrate it with RealtimeCRM."'
FROM organisation WHERE slug = 'realtimecrm';

-- "Zoom is a video conferencing platform that integrates with RealtimeCRM.
-- You may optionally connect with Zoom and we may store information about
-- you provided via your Zoom profile for the duration of the active
-- integration. This information includes your name, email address and the
-- license plan that you have. No information is passed to Zoom about you.
-- All information is removed when you disconnect your Zoom account."
INSERT INTO activity (org_id, name, description, role, purposes, source,
    retention_rule, security_measures, status, note)
SELECT id, 'Zoom integration',
    'Optional connection of a user''s Zoom account to RealtimeCRM',
    'controller',
    'To integrate RealtimeCRM with the user''s Zoom account (optional)',
    'The user''s Zoom profile: "information about you provided via your Zoom profile"',
    'Kept "for the duration of the active integration". "All information is removed when you disconnect your Zoom account."',
    'All communication between the browser and RealtimeCRM is encrypted with SSL. The database and web server are located inside the European Union.',
    'active',
    '"You may optionally connect with Zoom and we may store information about you provided via your Zoom profile for the duration of the active integration. This information includes your name, email address and the license plan that you have. No information is passed to Zoom about you."'
FROM organisation WHERE slug = 'realtimecrm';

-- "Any feedback you send us may be recorded to allow us to manage it"
INSERT INTO activity (org_id, name, description, role, purposes,
    security_measures, status, note)
SELECT id, 'Feedback', 'Feedback sent to RealtimeCRM', 'controller',
    'To record feedback so that it can be managed',
    'All communication between the browser and RealtimeCRM is encrypted with SSL. The database and web server are located inside the European Union.',
    'active',
    '"Any feedback you send us may be recorded to allow us to manage it"'
FROM organisation WHERE slug = 'realtimecrm';

-- "We never store your card details. When you enter your card details they
-- are encrypted and sent directly to our payment provider. Your card
-- details are never revealed to us."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Card payments',
    'Card payments for RealtimeCRM through Stripe, its payment provider',
    'controller',
    'To take card payments through the payment provider',
    'RealtimeCRM keeps no card details: "We never store your card details." They are stored by Stripe.',
    'All communication between the browser and RealtimeCRM is encrypted with SSL. Card details are encrypted and sent directly to the payment provider and are never revealed to RealtimeCRM. Communication with Stripe is encrypted via SSL and card details are stored encrypted. Stripe is certified to PCI Service Provider Level 1.',
    'active',
    '"Payment security is of the utmost importance to us." "We never store your card details. When you enter your card details they are encrypted and sent directly to our payment provider. Your card details are never revealed to us."'
FROM organisation WHERE slug = 'realtimecrm';

-- "This website and its owners use any information submitted to provide
-- you with further information about the products / services they offer
-- or to assist you in answering any questions or queries you may have
-- submitted." "Your personal information is kept private and stored
-- securely until a time it is no longer required or has no use"
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Website enquiries',
    'People who contact the website or its owners, through its form to email process',
    'controller',
    'To provide further information about the products and services offered and to answer questions or queries submitted. With express permission, to subscribe the enquirer to the email newsletter.',
    'Kept "until a time it is no longer required or has no use"',
    'active',
    '"This website and its owners use any information submitted to provide you with further information about the products / services they offer or to assist you in answering any questions or queries you may have submitted." "Your details are not passed on to any third parties." "Every effort has been made to ensure a safe and secure form to email submission process"'
FROM organisation WHERE slug = 'realtimecrm';

-- "This website operates an email newsletter program, used to inform
-- subscribers about products and services supplied by this website. Users
-- can subscribe through an online automated process should they wish to
-- do so but do so at their own discretion by giving affirmative consent."
-- "Subscriber activity is tracked and stored in a database for future
-- analysis and evaluation." No retention is stated.
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, status, note)
SELECT id, 'Email newsletter',
    'Email newsletter to subscribers who opted in, with tracking in the emails',
    'controller',
    'To inform subscribers about products and services by email. To track subscriber activity in the emails (opening, forwarding, clicking links, times, dates and frequency) to refine future campaigns and supply more relevant content.',
    'a',
    'Subscription "by giving affirmative consent", or where "your express permission was granted when submitting any form to email process". "Some subscriptions may be manually processed through prior written agreement with the user."',
    'active',
    '"Users can subscribe through an online automated process should they wish to do so but do so at their own discretion by giving affirmative consent." "All personal details relating to subscriptions are held securely" "No personal details are passed on to third parties nor shared with companies / people outside of the company that operates this website." "Subscriber activity is tracked and stored in a database for future analysis and evaluation."'
FROM organisation WHERE slug = 'realtimecrm';

-- "This includes using your details to subscribe you to any email
-- newsletter program the website operates but only if this was made clear
-- to you and your express permission was granted when submitting any form
-- to email process. Or whereby you the consumer have previously purchased
-- from or enquired about purchasing from the company a product or service
-- that the email newsletter relates to."
-- The second route does not rest on consent and the notice states no
-- other basis for it.
INSERT INTO activity (org_id, name, description, role, purposes,
    status, note)
SELECT id, 'Email newsletter to previous customers and enquirers',
    'The email newsletter sent without a subscription to people who bought or asked about buying a related product or service',
    'controller',
    'To send the email newsletter about products and services to people who "have previously purchased from or enquired about purchasing from the company a product or service that the email newsletter relates to", with tracking of their activity in the emails',
    'active',
    '"Or whereby you the consumer have previously purchased from or enquired about purchasing from the company a product or service that the email newsletter relates to." "Email marketing campaigns published by this website or its owners may contain tracking facilities within the actual email."'
FROM organisation WHERE slug = 'realtimecrm';

-- RealtimeCRM: data subjects

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Website analytics'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Referral and advert conversion tracking'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'User accounts'
  AND c.code IN ('account-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'CRM contacts'
  AND c.code IN ('crm-contacts');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Cloud storage and accounting integrations'
  AND c.code IN ('account-users', 'crm-contacts');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Zoom integration'
  AND c.code IN ('account-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Feedback'
  AND c.code IN ('account-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Card payments'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Website enquiries'
  AND c.code IN ('enquirers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Email newsletter'
  AND c.code IN ('newsletter-subscribers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Email newsletter to previous customers and enquirers'
  AND c.code IN ('customers', 'enquirers');

-- RealtimeCRM: categories of personal data

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Website analytics'
  AND c.code IN ('cookies', 'usage');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Referral and advert conversion tracking'
  AND c.code IN ('cookies');

-- name, email address, password
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'User accounts'
  AND c.code IN ('identity', 'contact', 'account');

-- "names, email addresses, phone numbers and physical addresses", and
-- "information regarding a Company you upload"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'CRM contacts'
  AND c.code IN ('identity', 'contact', 'company-details');

-- contacts kept in cloud storage, "your sensitive financial information"
-- in Xero
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Cloud storage and accounting integrations'
  AND c.code IN ('identity', 'contact', 'financial');

-- "your name, email address and the license plan that you have"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Zoom integration'
  AND c.code IN ('identity', 'contact', 'account');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Feedback'
  AND c.code IN ('feedback');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Card payments'
  AND c.code IN ('payment-card');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Website enquiries'
  AND c.code IN ('identity', 'contact', 'communications');

-- tracked activity: "the opening of emails, forwarding of emails, the
-- clicking of links within the email content, times, dates and frequency"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Email newsletter'
  AND c.code IN ('identity', 'contact', 'marketing-preferences', 'usage');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Email newsletter to previous customers and enquirers'
  AND c.code IN ('identity', 'contact', 'usage');

-- RealtimeCRM: recipients of each activity

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Website analytics'
  AND r.name IN ('Google Analytics', 'Heap Analytics');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Referral and advert conversion tracking'
  AND r.name IN ('External vendors (referral programs, sponsored links, adverts)');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'CRM contacts'
  AND r.name IN ('Google Maps', 'Companies House');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Cloud storage and accounting integrations'
  AND r.name IN ('Google Drive', 'OneDrive', 'Dropbox', 'Box', 'Xero');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'realtimecrm' AND a.name = 'Card payments'
  AND r.name IN ('Stripe');

-- =====================================================================
-- 001 expertcrm: Expert CRM Services Limited
-- "Last updated: 25 Jan 2019"
-- No fee and no response time are stated: "Please note that we may ask
-- you to verify your identity before responding to such requests." (kept
-- in the activity "Data-subject requests")

UPDATE organisation SET notice_updated = '2019-01-25'
WHERE slug = 'expertcrm';

-- "If you are located outside the United Kingdom and choose to provide
-- information to us, please note that we transfer Personal Data to the
-- United Kingdom and process it there."
-- ("might be transferred to and maintained on computers located outside of
-- your state, province, country or other governmental jurisdiction" names
-- no country: not a location.)
INSERT INTO org_location (org_id, country, region, mechanism, note)
SELECT id, 'GB', NULL, NULL,
    '"If you are located outside the United Kingdom and choose to provide information to us, please note that we transfer Personal Data to the United Kingdom and process it there."'
FROM organisation WHERE slug = 'expertcrm';

-- ---------------------------------------------------------------------
-- Expert CRM recipients

-- "We collect information on how the Website Services are accessed and
-- used (“Usage Data“) using Google Analytics." Section 10: third parties
-- "to assist us in analyzing how our Website Services are used" have
-- access "only to perform these tasks on our behalf". No location.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Google Analytics', 'processor',
    'Collecting information on how the Website Services are accessed and used',
    '"We collect information on how the Website Services are accessed and used (“Usage Data“) using Google Analytics."'
FROM organisation WHERE slug = 'expertcrm';

-- "We might employ third party companies and individuals to provide the
-- Website Services on our behalf, to perform functions related to the
-- provision of the Website Services or to assist us in analyzing how our
-- Website Services are used."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Service providers', 'category',
    'Third party companies and individuals providing, or performing functions for, the Website Services, or analysing their use',
    '"We might employ third party companies and individuals to provide the Website Services on our behalf" "These third parties have access to your Personal Data only to perform these tasks on our behalf and are obligated not to disclose or use it for any other purpose."'
FROM organisation WHERE slug = 'expertcrm';

-- "We may disclose your Personal Data if in good faith we believe that
-- such action is necessary to" ... (7.1 Legal Requirements). To whom is
-- not said.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Recipients of legally required disclosures', 'category',
    'Whoever a disclosure under "7.1 Legal Requirements" is made to (not named)',
    '"We may disclose your Personal Data if in good faith we believe that such action is necessary to: To comply with a legal obligation, To protect and defend our rights or property, To prevent or investigate possible criminal activity in connection with the Website Services, To protect against legal liability"'
FROM organisation WHERE slug = 'expertcrm';

-- ---------------------------------------------------------------------
-- Expert CRM activities
--
-- "4 Use of Data: We use data that we collect from your use of the
-- Website Services and Personal Data that you provide by (such as by
-- completing forms) for the following purposes" (five bullets, one
-- activity each, with the analytics and the requests beside them).
-- Retention: "We will retain your Personal Data only for as long as is
-- necessary for the purposes set out in this Privacy Policy."
-- Lawful basis: never stated. "By using the Website Services, you agree to
-- the collection and use of information in accordance with this policy"
-- is agreement to the policy, not a basis.
-- Security: "While we strive to use commercially acceptable means to
-- protect your Personal Data, we cannot guarantee its absolute security."
-- names no measure.

-- "To provide and maintain our Website Services"
-- 3.1 "we might ask you to provide us (such as on forms) with personally
-- identifiable information" (email address, first and last name, address,
-- phone number). 3.3 "Examples of cookies we might use include Session
-- Cookies, Preference Cookies and Security Cookies."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Website services',
    'The Website Services, their forms and their cookies',
    'controller',
    'To provide and maintain the Website Services, including their forms and cookies (session, preference and security cookies)',
    'Personal Data is kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active',
    '"To provide and maintain our Website Services" "While using our Website Services, we might ask you to provide us (such as on forms) with personally identifiable information that can be used to contact or identify you" "Examples of cookies we might use include Session Cookies, Preference Cookies and Security Cookies."'
FROM organisation WHERE slug = 'expertcrm';

-- "We will retain Usage Data for internal analysis purposes for no more
-- than 12 months unless we are legally obliged to retain this data for
-- longer."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_months, retention_rule, status, note)
SELECT id, 'Website usage analytics',
    'Usage Data collected with Google Analytics and tracking technologies',
    'controller',
    'To collect information on how the Website Services are accessed and used, for internal analysis, and to improve and analyze the Website Services',
    12,
    'No more than 12 months "unless we are legally obliged to retain this data for longer"',
    'active',
    '"The Usage Data includes information such as your computer’s Internet Protocol address (IP address), browser type, browser version, the pages of our Website Services that you visit, the time and date of your visit, the time spent on those pages, unique device identifiers and other related data." "Tracking technologies also used include beacons, tags, and scripts to collect and track information and to improve and analyze our Website Services."'
FROM organisation WHERE slug = 'expertcrm';

-- "To provide you with support under a commercial agreement"
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Customer support', 'Support for customers', 'controller',
    'To provide support under a commercial agreement',
    'Personal Data is kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active', '"To provide you with support under a commercial agreement"'
FROM organisation WHERE slug = 'expertcrm';

-- "To deliver marketing and event communications"
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Marketing and event communications',
    'Marketing and event communications', 'controller',
    'To deliver marketing and event communications',
    'Personal Data is kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active', '"To deliver marketing and event communications"'
FROM organisation WHERE slug = 'expertcrm';

-- "To fulfill our obligations to you for purchases of our products and
-- other services"
-- "we might acquire your Personal Data in other ways during the course of
-- any business that we transact with each other."
INSERT INTO activity (org_id, name, description, role, purposes, source,
    retention_rule, status, note)
SELECT id, 'Sales and fulfilment',
    'Purchases of products and other services', 'controller',
    'To fulfil obligations to customers for purchases of products and other services',
    'From the person, and "in other ways during the course of any business that we transact with each other"',
    'Personal Data is kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active',
    '"To fulfill our obligations to you for purchases of our products and other services" "we might acquire your Personal Data in other ways during the course of any business that we transact with each other."'
FROM organisation WHERE slug = 'expertcrm';

-- "To fulfill our legal obligations" and 7.1 Legal Requirements
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Legal obligations and disclosures',
    'Compliance with legal obligations and disclosures where legally necessary',
    'controller',
    'To fulfil legal obligations. To disclose Personal Data where believed in good faith to be necessary to comply with a legal obligation, to protect and defend rights or property, to prevent or investigate possible criminal activity in connection with the Website Services, or to protect against legal liability.',
    'Personal Data is kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active',
    '"To fulfill our legal obligations" "We may disclose your Personal Data if in good faith we believe that such action is necessary to: To comply with a legal obligation, To protect and defend our rights or property, To prevent or investigate possible criminal activity in connection with the Website Services, To protect against legal liability"'
FROM organisation WHERE slug = 'expertcrm';

-- "9 Your Rights ... If you wish to be informed what Personal Data we hold
-- about you or if you want it to be removed from our systems, please
-- contact us." "Please note that we may ask you to verify your identity
-- before responding to such requests."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Data-subject requests',
    'Requests to access, correct, delete, limit the use of or port Personal Data',
    'controller',
    'To answer requests to access, correct, amend, delete or limit the use of Personal Data, or for a copy in a commonly used electronic format, after verifying the requester''s identity',
    'Personal Data is kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active',
    '"We do not provide a facility to update your Personal Data online so you must contact us to request changes." "Please note that we may ask you to verify your identity before responding to such requests."'
FROM organisation WHERE slug = 'expertcrm';

-- Expert CRM: data subjects. The notice speaks of users of the Website
-- Services and of those who "engage in business with us".

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Website services'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Website usage analytics'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Customer support'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Marketing and event communications'
  AND c.code IN ('website-visitors', 'customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Sales and fulfilment'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Legal obligations and disclosures'
  AND c.code IN ('website-visitors', 'customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Data-subject requests'
  AND c.code IN ('website-visitors', 'customers');

-- Expert CRM: categories of personal data. 3.1: "Email address, First name
-- and last name, Address, Phone Number". 3.2: IP address, browser, pages,
-- times, device identifiers.

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Website services'
  AND c.code IN ('identity', 'contact', 'cookies');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Website usage analytics'
  AND c.code IN ('usage', 'device', 'cookies');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Customer support'
  AND c.code IN ('identity', 'contact');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Marketing and event communications'
  AND c.code IN ('identity', 'contact');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Sales and fulfilment'
  AND c.code IN ('identity', 'contact');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Legal obligations and disclosures'
  AND c.code IN ('identity', 'contact', 'usage');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Data-subject requests'
  AND c.code IN ('identity', 'contact');

-- Expert CRM: recipients of each activity

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Website services'
  AND r.name IN ('Service providers');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Website usage analytics'
  AND r.name IN ('Google Analytics', 'Service providers');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'expertcrm' AND a.name = 'Legal obligations and disclosures'
  AND r.name IN ('Recipients of legally required disclosures');

-- =====================================================================
-- 002 opencrm: OpenCRM / Software Add-ons Limited
-- "Last Updated: July 2015" gives a month, not a day: notice_updated stays
-- NULL rather than invent one.
-- "We do: ... Honour user requests to be removed from our telephone, fax
-- or mail lists in a timely manner." The only time the notice gives for a
-- request, and a vague one.
-- No location is stated for OpenCRM or for any of its recipients.

UPDATE organisation
SET response_time = 'Honour user requests to be removed from our telephone, fax or mail lists in a timely manner.',
    response_within_month = 0
WHERE slug = 'opencrm';

-- Product serial numbers and control codes have no shipped category.
INSERT INTO data_category (org_id, code, name)
SELECT id, 'product-licences', 'Product serial numbers and control codes'
FROM organisation WHERE slug = 'opencrm';

-- ---------------------------------------------------------------------
-- OpenCRM recipients

-- "if you sign up to an OpenCRM subscription from this website
-- (http://opencrm.co.uk) we use Stripe or PayPal as our payment gateway
-- who also provide recurring subscription payment services and as part of
-- their service they will hold details of the credit card that will be
-- charged. This information is held securely and in accordance with their
-- terms and conditions. Both organisations are fully PCI compliant."
INSERT INTO recipient (org_id, name, kind, service, certifications, note)
SELECT id, 'PayPal', 'processor',
    'Online payment gateway and recurring subscription payments, holding the card details',
    'PCI compliant ("Both organisations are fully PCI compliant.")',
    '"we use Stripe or PayPal as our payment gateway who also provide recurring subscription payment services and as part of their service they will hold details of the credit card that will be charged."'
FROM organisation WHERE slug = 'opencrm';

INSERT INTO recipient (org_id, name, kind, service, certifications, note)
SELECT id, 'Stripe', 'processor',
    'Online payment gateway and recurring subscription payments, holding the card details',
    'PCI compliant ("Both organisations are fully PCI compliant.")',
    '"we use Stripe or PayPal as our payment gateway who also provide recurring subscription payment services and as part of their service they will hold details of the credit card that will be charged."'
FROM organisation WHERE slug = 'opencrm';

-- "Contact information on the order form is used for order fulfilment and
-- may need to be shared with our Partners or Resellers if that is
-- necessary to fulfil your order."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Partners and resellers', 'category',
    'Order fulfilment, where necessary',
    '"Contact information on the order form is used for order fulfilment and may need to be shared with our Partners or Resellers if that is necessary to fulfil your order."'
FROM organisation WHERE slug = 'opencrm';

-- "We do occasionally use third parties to track and analyse the
-- performance of our advertisements, as well as to provide advertisements
-- that are tailored to your interests." "If you would like to opt out of
-- this tracking, you can do so by going to Google's Ads Settings"
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Google (advertising)', 'processor',
    'Tracking and analysing the performance of OpenCRM''s advertisements and tailoring advertisements, with cookies',
    '"We do occasionally use third parties to track and analyse the performance of our advertisements, as well as to provide advertisements that are tailored to your interests." "If you would like to opt out of this tracking, you can do so by going to Google''s Ads Settings and amending your preferences."'
FROM organisation WHERE slug = 'opencrm';

INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Third-party advertising vendors', 'category',
    'Advertising tracking with cookies',
    '"These third parties collect this information using cookies to ensure these ads are accurately targeted." "you can also learn more about opting out of all third-party vendor tracking by going to the Network Advertising Initiative opt out page."'
FROM organisation WHERE slug = 'opencrm';

-- "The information you submit is only shared with third parties if it is
-- necessary to complete your request, provide you with access to
-- downloadable software, or as required by law."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Third parties (to complete a request or as required by law)',
    'category',
    'Completing a request, giving access to downloadable software, or as required by law',
    '"The information you submit is only shared with third parties if it is necessary to complete your request, provide you with access to downloadable software, or as required by law."'
FROM organisation WHERE slug = 'opencrm';

-- ---------------------------------------------------------------------
-- OpenCRM activities
--
-- No lawful basis is stated anywhere. The only measure named is SSL for
-- orders: "When you place an order, the information is encrypted using
-- the Secure Socket Layer (SSL) protocol." Elsewhere: "We have security
-- measures in place to protect the loss, misuse and alteration of
-- information under our control" and "Safeguard user information from
-- unauthorised access", which name none.

-- "When you purchase OpenCRM subscriptions from this website your payment
-- is made using an online payment gateway (PayPal or Stripe), on
-- successful payment you will be directed to a page that commissions your
-- OpenCRM subscription immediately. Once you enter your user name and
-- system details your OpenCRM system is created with all URL, Username and
-- Password details being emailed to you within a few minutes."
-- "Our order forms securely collect contact information and financial
-- information (such as your billing information)." "During the purchasing
-- process, additional information may be added to your profile ... This
-- may include order history and billing information."
INSERT INTO activity (org_id, name, description, role, purposes,
    security_measures, status, note)
SELECT id, 'Subscription orders and delivery',
    'Orders for OpenCRM subscriptions and their automated delivery',
    'controller',
    'To process orders quickly and accurately: create the OpenCRM system and email its URL, username and password, send the product purchased, bill for it, and keep order history and billing information in the profile to make future purchases easier',
    'Order information is encrypted using the Secure Socket Layer (SSL) protocol. Card details are not stored in any OpenCRM or Software Add-ons system.',
    'active',
    '"Our order forms securely collect contact information and financial information (such as your billing information). Contact information on the order form is used for order fulfilment and may need to be shared with our Partners or Resellers if that is necessary to fulfil your order." "Your contact information will only be used to send you the product that you purchase and your billing information will only be used to bill you for that product." "When you place an order, the information is encrypted using the Secure Socket Layer (SSL) protocol."'
FROM organisation WHERE slug = 'opencrm';

-- "We do not store your credit card details within any OpenCRM or Software
-- Add-ons system, however if you sign up to an OpenCRM subscription from
-- this website (http://opencrm.co.uk) we use Stripe or PayPal as our
-- payment gateway"
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Card payments',
    'Payment for OpenCRM subscriptions through PayPal or Stripe, including recurring payments',
    'controller',
    'To take payment for OpenCRM subscriptions, including recurring subscription payments, through an online payment gateway',
    'OpenCRM keeps no card details: "We do not store your credit card details within any OpenCRM or Software Add-ons system". PayPal or Stripe hold them.',
    'Order information is encrypted using the Secure Socket Layer (SSL) protocol. The payment gateways are "fully PCI compliant".',
    'active',
    '"We do not store your credit card details within any OpenCRM or Software Add-ons system" "This information is held securely and in accordance with their terms and conditions. Both organisations are fully PCI compliant."'
FROM organisation WHERE slug = 'opencrm';

-- "As you browse the site, our Web servers collect information about your
-- visit, not about you personally. Via Web server logs, we monitor
-- statistics" "We use these statistics to improve our Web site, to monitor
-- its performance, and to make it easier for you and other visitors to
-- use." "Our Web site logs Host Names (or IP addresses when the Host Name
-- is not available) for systems administration and security purposes.
-- These logs are monitored and analysed to maintain systems and
-- information security and allow us to constantly improve the value and
-- the availability of the Web content."
INSERT INTO activity (org_id, name, description, role, purposes,
    status, note)
SELECT id, 'Web server logs',
    'Web server logs of visits, with host names or IP addresses',
    'controller',
    'Statistics on visits, pages, referring domains and browsers, to improve the Web site, monitor its performance and make it easier to use. Systems administration and security: the logs are monitored and analysed to maintain systems and information security and to improve the value and availability of the Web content.',
    'active',
    '"Our Web site logs Host Names (or IP addresses when the Host Name is not available) for systems administration and security purposes. These logs are monitored and analysed to maintain systems and information security" "While we gather this information, none of it is associated with you as an individual."'
FROM organisation WHERE slug = 'opencrm';

-- "How we use Cookies: We use Cookies to help improve your experience
-- whilst you are visiting our site. We use Cookies to help understand
-- anonymous usage of our site." "We hold information once you have logged
-- into our website that helps identify your unique ID and helps us
-- deliver content specific to you."
INSERT INTO activity (org_id, name, description, role, purposes,
    status, note)
SELECT id, 'Website cookies', 'Cookies set by the OpenCRM website',
    'controller',
    'To improve the visitor''s experience, to understand anonymous usage of the site, and to identify a logged-in visitor''s unique ID and deliver content specific to them',
    'active',
    '"We use Cookies to help improve your experience whilst you are visiting our site. We use Cookies to help understand anonymous usage of our site." "We hold information once you have logged into our website that helps identify your unique ID and helps us deliver content specific to you."'
FROM organisation WHERE slug = 'opencrm';

-- "When you are referred to our site from a partner we track sales so we
-- can compensate partners accordingly."
INSERT INTO activity (org_id, name, description, role, purposes,
    status, note)
SELECT id, 'Partner referral tracking',
    'Tracking of sales referred by partners', 'controller',
    'To track sales referred to the site by a partner so that partners can be compensated',
    'active',
    '"When you are referred to our site from a partner we track sales so we can compensate partners accordingly."'
FROM organisation WHERE slug = 'opencrm';

-- "We do occasionally use third parties to track and analyse the
-- performance of our advertisements, as well as to provide advertisements
-- that are tailored to your interests. As a result, you may see
-- advertisements related to OpenCRM on other web sites."
INSERT INTO activity (org_id, name, description, role, purposes,
    status, note)
SELECT id, 'Advertising',
    'Advertising cookies set by third parties, Google among them',
    'controller',
    'To track and analyse the performance of OpenCRM''s advertisements and to provide advertisements tailored to the visitor''s interests on other web sites',
    'active',
    '"We do occasionally use third parties to track and analyse the performance of our advertisements, as well as to provide advertisements that are tailored to your interests. As a result, you may see advertisements related to OpenCRM on other web sites." "These third parties collect this information using cookies to ensure these ads are accurately targeted."'
FROM organisation WHERE slug = 'opencrm';

-- "Within our Web site, you may be asked to give us personal or
-- organisational information in order to receive information about a
-- product or service. This information may range from your postcode to a
-- specific phone number, email address, mailing address, organisation URL,
-- product serial numbers and control codes, account number or credit card
-- number." "We encourage all visitors to register on our Web site, though
-- registration is only required to access premium content areas."
INSERT INTO activity (org_id, name, description, role, purposes,
    status, note)
SELECT id, 'Website registration and information requests',
    'Registration on the Web site and requests for information about a product or service',
    'controller',
    'To give information about a product or service on request, to give registered users access to premium content areas, and to give access to downloadable software',
    'active',
    '"Within our Web site, you may be asked to give us personal or organisational information in order to receive information about a product or service. This information may range from your postcode to a specific phone number, email address, mailing address, organisation URL, product serial numbers and control codes, account number or credit card number." "registration is only required to access premium content areas. The registration forms require users to give us accurate contact information (such as name and email address)"'
FROM organisation WHERE slug = 'opencrm';

-- "Your name and email address may be used to send you information about
-- our company, product updates, special offers and newsletters. To opt
-- out of receiving communications, please contact us. We provide
-- unsubscribe options on these emails."
INSERT INTO activity (org_id, name, description, role, purposes,
    status, note)
SELECT id, 'Marketing communications',
    'Information about the company, product updates, special offers and newsletters',
    'controller',
    'To send information about the company, product updates, special offers and newsletters, with communication preferences and unsubscribe options, and to honour requests to be removed from telephone, fax or mail lists',
    'active',
    '"Your name and email address may be used to send you information about our company, product updates, special offers and newsletters." "Parts of our Web site provide users with the opportunity to customise their communication preferences and opt-out of one or more types of electronic communications from us and our partners."'
FROM organisation WHERE slug = 'opencrm';

-- OpenCRM: data subjects

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Subscription orders and delivery'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Card payments'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Web server logs'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Website cookies'
  AND c.code IN ('website-visitors', 'account-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Partner referral tracking'
  AND c.code IN ('website-visitors', 'customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Advertising'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Website registration and information requests'
  AND c.code IN ('website-visitors', 'account-users', 'enquirers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Marketing communications'
  AND c.code IN ('account-users', 'customers');

-- OpenCRM: categories of personal data

-- contact information, billing information, user name and system details,
-- order history
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Subscription orders and delivery'
  AND c.code IN ('identity', 'contact', 'account', 'transaction');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Card payments'
  AND c.code IN ('payment-card');

-- host names or IP addresses, pages, referring domains, browsers
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Web server logs'
  AND c.code IN ('technical-logs', 'device', 'usage');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Website cookies'
  AND c.code IN ('cookies', 'usage');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Partner referral tracking'
  AND c.code IN ('cookies', 'transaction');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Advertising'
  AND c.code IN ('cookies', 'usage');

-- "postcode ... phone number, email address, mailing address, organisation
-- URL, product serial numbers and control codes, account number or credit
-- card number", name and email address on registration
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Website registration and information requests'
  AND c.code IN ('identity', 'contact', 'business-contact', 'account',
      'financial', 'payment-card', 'product-licences');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Marketing communications'
  AND c.code IN ('identity', 'contact', 'marketing-preferences');

-- OpenCRM: recipients of each activity

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Subscription orders and delivery'
  AND r.name IN ('Partners and resellers');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Card payments'
  AND r.name IN ('PayPal', 'Stripe');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Advertising'
  AND r.name IN ('Google (advertising)', 'Third-party advertising vendors');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'opencrm' AND a.name = 'Website registration and information requests'
  AND r.name IN ('Third parties (to complete a request or as required by law)');

-- =====================================================================
-- 003 crmio: CRM.io
-- The notice is undated.
-- "If requested to remove data we will respond within a reasonable
-- timeframe." "We will respond to your request to change, correct, or
-- delete your information within a reasonable timeframe and notify you of
-- the action we have taken." No fee is stated for requests (the TrustArc
-- dispute service is "free of charge", which is not a request fee).

UPDATE organisation
SET response_time = 'We will respond to your request to change, correct, or delete your information within a reasonable timeframe and notify you of the action we have taken.',
    response_within_month = 0
WHERE slug = 'crmio';

-- "CRM.io participates in and has applied to be certified with the
-- EU-U.S. Privacy Shield Framework." "CRM.io is committed to subjecting
-- all personal data received from European Union (EU) member countries, in
-- reliance on the Privacy Shield Framework, to the Framework's applicable
-- Principles." "To facilitate our global operations, we may transfer and
-- access Personal Information from around the world, including the United
-- States." Its address is in Princeton NJ.
INSERT INTO org_location (org_id, country, region, mechanism, note)
SELECT id, 'US', NULL, 'privacy-shield',
    '"CRM.io participates in and has applied to be certified with the EU-U.S. Privacy Shield Framework." "CRM.io is committed to subjecting all personal data received from European Union (EU) member countries, in reliance on the Privacy Shield Framework, to the Framework''s applicable Principles." "To facilitate our global operations, we may transfer and access Personal Information from around the world, including the United States."'
FROM organisation WHERE slug = 'crmio';

-- The people whose data CRM.io's customers collect have no shipped
-- category that says so.
INSERT INTO subject_category (org_id, code, name)
SELECT id, 'customer-page-visitors', 'Visitors to CRM.io customers'' web pages and their contacts'
FROM organisation WHERE slug = 'crmio';

-- ---------------------------------------------------------------------
-- CRM.io recipients. None has a stated location.

-- "We use a third-party service provider to manage credit card processing.
-- This service provider is not permitted to store, retain, or use the
-- information you provide except for the sole purpose of credit card
-- processing on our behalf." Not named.
INSERT INTO recipient (org_id, name, kind, service, certifications, note)
SELECT id, 'Credit card processing service provider', 'processor',
    'Credit card processing on CRM.io''s behalf (the provider is not named)',
    'PCI-compliant ("using third party PCI-compliant service providers")',
    '"We use a third-party service provider to manage credit card processing. This service provider is not permitted to store, retain, or use the information you provide except for the sole purpose of credit card processing on our behalf."'
FROM organisation WHERE slug = 'crmio';

-- "We partner with a third party ad network to either display advertising
-- on our Web site or to manage our advertising on other sites." Not named.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Ad network partner', 'processor',
    'Displaying advertising on the Web site and managing CRM.io''s advertising on other sites (the network is not named)',
    '"We partner with a third party ad network to either display advertising on our Web site or to manage our advertising on other sites. Our ad network partner uses cookies and Web beacons to collect non-personal information about your activities on this and other Web sites to provide you targeted advertising based upon your interests."'
FROM organisation WHERE slug = 'crmio';

-- "Our Websites include Social Media Features, such as the Facebook Like
-- button and Widgets, such as the Share This button" "Your interactions
-- with these features are governed by the privacy policy and other
-- policies of the companies providing them."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Facebook', 'independent-controller',
    'Like button (a Social Media Feature on the Websites)',
    '"Our Websites include Social Media Features, such as the Facebook Like button" "These features may collect your IP address, which page you are visiting on our sites, and may set a cookie to enable the feature to function properly." "Your interactions with these features are governed by the privacy policy and other policies of the companies providing them."'
FROM organisation WHERE slug = 'crmio';

INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Share This', 'independent-controller',
    'Share This button (a Widget on the Websites)',
    '"Widgets, such as the Share This button or interactive mini-programs that run on our sites. These features may collect your IP address, which page you are visiting on our sites, and may set a cookie" "Your interactions with these features are governed by the privacy policy and other policies of the companies providing them."'
FROM organisation WHERE slug = 'crmio';

-- "We employ other companies and people to provide services to visitors to
-- our Websites, our customers, and users of the Subscription Service and
-- may need to share your information with them" and "This information,
-- which is stored and managed on our service providers' servers"
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Service providers (agents)', 'category',
    'Hosting ("our service providers'' servers"), removing repetitive information from prospect lists, analysing data, marketing assistance, credit card payments, supplementing information, customer service',
    '"We employ other companies and people to provide services to visitors to our Websites, our customers, and users of the Subscription Service and may need to share your information with them to provide information, products or services to you. Examples may include removing repetitive information from prospect lists, analyzing data, providing marketing assistance, processing credit card payments, supplementing the information you provide us in order to provide you with better service, and providing customer service."'
FROM organisation WHERE slug = 'crmio';

-- "we may share data with trusted partners to contact you based on your
-- request to receive such communications, help us perform statistical
-- analysis, or provide customer support."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Trusted partners', 'category',
    'Contacting people who asked for such communications, statistical analysis, customer support',
    '"we may share data with trusted partners to contact you based on your request to receive such communications, help us perform statistical analysis, or provide customer support. Such third parties are prohibited from using your Personal Information except for these purposes"'
FROM organisation WHERE slug = 'crmio';

-- "In certain situations, CRM.io may be required to disclose personal
-- data in response to lawful requests by public authorities, including to
-- meet national security or law enforcement requirements."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Public authorities and courts', 'category',
    'Disclosures required by law, court order or legal process, and lawful requests by public authorities',
    '"CRM.io may be required to disclose personal data in response to lawful requests by public authorities, including to meet national security or law enforcement requirements." "We reserve the right to use or disclose your Personal Information if required by law"'
FROM organisation WHERE slug = 'crmio';

-- "If we (or our assets) are acquired by another company, whether by
-- merger, acquisition, bankruptcy or otherwise, that company would receive
-- all information gathered by CRM.io on the Websites and the Subscription
-- Service."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Acquirer of CRM.io', 'category',
    'A company that acquires CRM.io or its assets',
    '"If we (or our assets) are acquired by another company, whether by merger, acquisition, bankruptcy or otherwise, that company would receive all information gathered by CRM.io on the Websites and the Subscription Service."'
FROM organisation WHERE slug = 'crmio';

-- "We post customer testimonials and comments on our Websites" and "if you
-- directly disclose any information through our public message boards,
-- blogs, or forums, this information may be collected and used by
-- others."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'The public (content posted on the Websites)', 'category',
    'Anyone reading the Websites, message boards, blogs and forums',
    '"Please keep in mind that if you directly disclose any information through our public message boards, blogs, or forums, this information may be collected and used by others." "We post customer testimonials and comments on our Websites"'
FROM organisation WHERE slug = 'crmio';

-- ---------------------------------------------------------------------
-- CRM.io activities
--
-- Lawful basis: "CRM.io's Privacy Policy possesses legal basis for
-- collecting and using the personal information described in this Privacy
-- Policy depending on the Personal Information we collect and the specific
-- context in which we collect information." The basis depends on the
-- context and is never named, so it is not recorded (the opening "By using
-- the Websites or the Subscription Service, you consent to the data
-- practices described in this Privacy Policy" is contradicted by that
-- sentence). Only the testimonials name a consent.
-- Retention: "CRM.io will retain your personal information only for as
-- long as is necessary for the purposes set out in this Privacy Policy."
-- "We retain Personal Information that you provide us as long as we
-- consider it potentially useful in contacting you about the Subscription
-- Service or our other services, or as needed to comply with our legal
-- obligations, resolve disputes and enforce our agreements, and then we
-- securely delete the information."
-- Security, for the data CRM.io holds: "We secure the Personal Information
-- you provide on computer servers in a controlled, secure environment,
-- protected from unauthorized access, use or disclosure. When sensitive
-- Personal Information (such as a credit card number and/or geo-location
-- data) is collected on our Websites and/or transmitted to other
-- websites, it is protected through the use of encryption, such as the
-- Secure Socket Layer (SSL) protocol." "CRM.io will operate on the
-- security principle of "that which is not explicitly allowed is
-- explicitly denied."" "access to sensitive information will be permitted
-- on a "need to know" basis" "We will deploy systems, processes, policies,
-- and training". Not for the ad network's and the social media features'
-- cookies, which third parties collect directly.

-- Navigational Information: "information about your computer and your
-- visits to this website such as your IP address, geographical location,
-- browser type, referral source, length of visit and pages viewed."
-- "We may collect demographic information, such as your ZIP code, age,
-- gender, preferences, interests and favorites using log files"
-- "we do link this automatically-collected data to Personal Information
-- such as name, email address, address, and phone number."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Website visits and navigational information',
    'Navigational Information, cookies, log files and clear gifs on the Websites',
    'controller',
    'To operate and improve the Websites and the Subscription Service, maintain its quality and provide general statistics regarding use of the Website. To find which parts are most popular and deliver customized content and promotions. Navigational Information alone or combined with Personal Information provides personalized information about CRM.io. Statistical information about users may be given to other companies without identifying any individual.',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy", and "as long as we consider it potentially useful in contacting you about the Subscription Service or our other services, or as needed to comply with our legal obligations, resolve disputes and enforce our agreements, and then we securely delete the information"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"We use Navigational Information to operate and improve the Websites and the Subscription Service." "CRM.io keeps track of the Websites and the pages you visit within CRM.io, in order to determine what portion of the CRM.io Website or Subscription Service is the most popular or most used." "For these purposes, we do link this automatically-collected data to Personal Information such as name, email address, address, and phone number."'
FROM organisation WHERE slug = 'crmio';

-- "When you visit the Websites or register for the Subscription Service,
-- we request that you provide Personal Information about yourself" "such
-- as your name, email address, company name, address, phone number"
-- "information about any transactions, both free and paid" "information
-- about you that is available on the internet, such as from Facebook,
-- LinkedIn, Twitter and Google, or publicly available information that we
-- acquire from service providers." "You can log in to our site using a
-- Single Sign-on (SSO) service like your Google account." "Any use of AI
-- or ML in our services is strictly limited to personalized models that
-- enhance the user experience within the scope of our service."
INSERT INTO activity (org_id, name, description, role, purposes, source,
    retention_rule, security_measures, status, note)
SELECT id, 'Subscription Service accounts',
    'Registration for and use of the Subscription Service and its Mobile Apps by CRM.io''s customers',
    'controller',
    'To register subscribers and provide them the Subscription Service, to improve it and personalize the Websites, to respond to customer support requests, and to provide personalized AI or ML features "that enhance the user experience within the scope of our service"',
    'From the subscriber, from a Single Sign-on service such as the user''s Google account, through Google Workspace APIs, and "information about you that is available on the internet, such as from Facebook, LinkedIn, Twitter and Google, or publicly available information that we acquire from service providers"',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy", and "as long as we consider it potentially useful in contacting you about the Subscription Service or our other services, or as needed to comply with our legal obligations, resolve disputes and enforce our agreements, and then we securely delete the information"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"When you visit the Websites or register for the Subscription Service, we request that you provide Personal Information about yourself" "This service will authenticate your identity and provide you the option to share certain personal information with us such as your name and email address to pre-populate our sign up form." "CRM.io does not use any user data, including data obtained through Google Workspace APIs, to develop, improve, or train generalized/non-personalized AI and/or ML models."'
FROM organisation WHERE slug = 'crmio';

-- "We collect and process payment information from you when you subscribe
-- to the Subscription Service, including credit card numbers and billing
-- information, using third party PCI-compliant service providers." "If you
-- give us credit card information, we use it solely to check your
-- financial qualifications and collect payment from you."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Card payments',
    'Payment information for Subscription Service subscriptions',
    'controller',
    'To check the subscriber''s financial qualifications and collect payment',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy", and "as long as we consider it potentially useful in contacting you about the Subscription Service or our other services, or as needed to comply with our legal obligations, resolve disputes and enforce our agreements, and then we securely delete the information"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"We collect and process payment information from you when you subscribe to the Subscription Service, including credit card numbers and billing information, using third party PCI-compliant service providers." "If you give us credit card information, we use it solely to check your financial qualifications and collect payment from you."'
FROM organisation WHERE slug = 'crmio';

-- "We use mobile analytics software to allow us to better understand the
-- functionality of our Mobile Apps on your mobile device." "we may also
-- collect your city location, device model and version, device identifier
-- (or "UDID"), OS version, and your CRM.io Subscription Service
-- credentials." "We may link information we store within the analytics
-- software to Personal Information you submit within the Mobile App."
-- The analytics software's provider is not named.
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Mobile app analytics',
    'Mobile analytics software in the CRM.io Mobile Apps', 'controller',
    'To better understand the functionality of the Mobile Apps. Linked with Personal Information submitted in the app, "to improve the services we offer you and improve our marketing, analytics and site functionality"',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy", and "as long as we consider it potentially useful in contacting you about the Subscription Service or our other services, or as needed to comply with our legal obligations, resolve disputes and enforce our agreements, and then we securely delete the information"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"This software may record information such as how often you use the application, the events that occur within the application, aggregated usage, performance data, and where the application was downloaded from." "we may also collect your city location, device model and version, device identifier (or "UDID"), OS version, and your CRM.io Subscription Service credentials."'
FROM organisation WHERE slug = 'crmio';

-- "We send push notifications from time to time in order to update you
-- about events or promotions. If you no longer wish to receive such
-- communications, you may turn them off at the device level."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Push notifications',
    'Push notifications to the Mobile Apps', 'controller',
    'To update app users about events or promotions',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy", and "as long as we consider it potentially useful in contacting you about the Subscription Service or our other services, or as needed to comply with our legal obligations, resolve disputes and enforce our agreements, and then we securely delete the information"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"We send push notifications from time to time in order to update you about events or promotions. If you no longer wish to receive such communications, you may turn them off at the device level."'
FROM organisation WHERE slug = 'crmio';

-- "we use it on our Websites for our own marketing and lead generation."
-- "Send information to you which we think may be of interest to you by
-- post, email, or other means, Send you marketing communications relating
-- to our business or the businesses of carefully-selected third parties"
-- "We may, from time to time, contact you on behalf of external business
-- partners about a particular offering that may be of interest to you. In
-- those cases, we do not transfer your unique Personal Information to the
-- third party." "We use clear gifs in our HTML-based emails to let us know
-- which emails have been opened by recipients."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Marketing and lead generation',
    'CRM.io''s own marketing: pages built with its Subscription Service, marketing communications, email tracking',
    'controller',
    'CRM.io''s own marketing and lead generation: marketing web pages where visitors give contact and demographic information, information and marketing communications by post, email or other means about CRM.io or "carefully-selected third parties", contacting people on behalf of external business partners, and clear gifs in HTML emails to see which emails are opened and gauge the effectiveness of campaigns',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy", and "as long as we consider it potentially useful in contacting you about the Subscription Service or our other services, or as needed to comply with our legal obligations, resolve disputes and enforce our agreements, and then we securely delete the information"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"We use our own Subscription Service to build web pages that people can visit to learn more about CRM.io. Information that we collect and manage using the Subscription Service for our own marketing belongs to us" "We tie the information gathered by clear gifs in emails to our customers'' Personal Information."'
FROM organisation WHERE slug = 'crmio';

-- "Our ad network partner uses cookies and Web beacons to collect
-- non-personal information about your activities on this and other Web
-- sites to provide you targeted advertising based upon your interests."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Targeted advertising',
    'A third party ad network''s cookies and web beacons', 'controller',
    'To display advertising on the Web site and manage CRM.io''s advertising on other sites, with advertising targeted on interests',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active',
    '"We partner with a third party ad network to either display advertising on our Web site or to manage our advertising on other sites. Our ad network partner uses cookies and Web beacons to collect non-personal information about your activities on this and other Web sites to provide you targeted advertising based upon your interests."'
FROM organisation WHERE slug = 'crmio';

-- "We post customer testimonials and comments on our Websites, which may
-- contain Personal Information. We obtain each customer's consent via email
-- prior to posting the customer's name and testimonial."
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, consent_ref, retention_rule,
    security_measures, status, note)
SELECT id, 'Customer testimonials',
    'Customer testimonials and comments posted on the Websites',
    'controller', 'To post customer testimonials and comments on the Websites',
    'a',
    '"We obtain each customer''s consent via email prior to posting the customer''s name and testimonial."',
    'Each customer''s consent, obtained by email before posting',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"We post customer testimonials and comments on our Websites, which may contain Personal Information. We obtain each customer''s consent via email prior to posting the customer''s name and testimonial."'
FROM organisation WHERE slug = 'crmio';

-- "We offer publicly accessible message boards, blogs, and community
-- forums." "We will correct or delete any information you have posted on
-- the Websites if you so request"
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Message boards, blogs and forums',
    'Publicly accessible message boards, blogs and community forums',
    'controller',
    'To offer publicly accessible message boards, blogs and community forums',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy". "We will correct or delete any information you have posted on the Websites if you so request"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"We offer publicly accessible message boards, blogs, and community forums. Please keep in mind that if you directly disclose any information through our public message boards, blogs, or forums, this information may be collected and used by others."'
FROM organisation WHERE slug = 'crmio';

-- "Our Websites include Social Media Features, such as the Facebook Like
-- button and Widgets, such as the Share This button or interactive
-- mini-programs that run on our sites. These features may collect your IP
-- address, which page you are visiting on our sites, and may set a cookie
-- to enable the feature to function properly."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, status, note)
SELECT id, 'Social media features',
    'Social Media Features and Widgets embedded in the Websites', 'controller',
    'To offer Social Media Features (such as the Facebook Like button) and Widgets (such as the Share This button) on the Websites',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'active',
    '"These features may collect your IP address, which page you are visiting on our sites, and may set a cookie to enable the feature to function properly. Social Media Features and Widgets are either hosted by a third party or hosted directly on our Websites. This Privacy Policy does not apply to these features."'
FROM organisation WHERE slug = 'crmio';

-- "We reserve the right to use or disclose your Personal Information if
-- required by law or if we reasonably believe that use or disclosure is
-- necessary to protect our rights, protect your safety or the safety of
-- others, investigate fraud, or comply with a law, court order, or legal
-- process." "We will retain and use your information to the extent
-- necessary to comply with our legal obligations, resolve disputes, and
-- enforce our policies."
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Legal disclosures',
    'Use and disclosure of Personal Information required by law or to protect rights and safety',
    'controller',
    'To use or disclose Personal Information if required by law, to protect CRM.io''s rights, to protect the safety of the person or of others, to investigate fraud, to comply with a law, court order or legal process, in response to lawful requests by public authorities (including national security or law enforcement requirements), and to resolve disputes and enforce its policies',
    'Kept "to the extent necessary to comply with our legal obligations, resolve disputes, and enforce our policies"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"We reserve the right to use or disclose your Personal Information if required by law or if we reasonably believe that use or disclosure is necessary to protect our rights, protect your safety or the safety of others, investigate fraud, or comply with a law, court order, or legal process." "CRM.io may be required to disclose personal data in response to lawful requests by public authorities, including to meet national security or law enforcement requirements."'
FROM organisation WHERE slug = 'crmio';

-- "If we (or our assets) are acquired by another company ... that company
-- would receive all information gathered by CRM.io on the Websites and the
-- Subscription Service. In this event, you will be notified via email
-- and/or a prominent notice on our website"
INSERT INTO activity (org_id, name, description, role, purposes,
    retention_rule, security_measures, status, note)
SELECT id, 'Business transfers',
    'Transfer of all information to a company that acquires CRM.io or its assets',
    'controller',
    'To pass all information gathered on the Websites and the Subscription Service to a company that acquires CRM.io or its assets, by merger, acquisition, bankruptcy or otherwise',
    'Kept "only for as long as is necessary for the purposes set out in this Privacy Policy"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"If we (or our assets) are acquired by another company, whether by merger, acquisition, bankruptcy or otherwise, that company would receive all information gathered by CRM.io on the Websites and the Subscription Service. In this event, you will be notified via email and/or a prominent notice on our website"'
FROM organisation WHERE slug = 'crmio';

-- Art 30(2): CRM.io acts for its customers.
-- "CRM.io processes our customers' information as they direct and in
-- accordance with our agreements with our customers, and we store it on
-- our service providers' servers" "That information belongs to them and
-- is used, disclosed and protected by them according to their privacy
-- policies" "We use the information collected through our Subscription
-- Service by our customers for the following purposes: (a) ... (b) ...
-- (c) ..." "After termination, we may, unless legally prohibited, delete
-- all customer information". The notice says whose data it is (each
-- customer's), so the controller is named as that class.
INSERT INTO activity (org_id, name, description, role, controller_name,
    purposes, source, retention_rule, security_measures, status, note)
SELECT id, 'Customer data in the Subscription Service',
    'Information that CRM.io''s customers collect from visitors to their web pages with the Subscription Service',
    'processor',
    'Subscription Service customers (each customer is the controller)',
    '"(a) to provide the Subscription Service (which may include the detection, prevention and resolution of security and technical issues), (b) to respond to customer support requests, and (c) otherwise to fulfill the obligations under the CRM.io Customer Terms of Service."',
    'Collected by CRM.io''s customers from visitors to their web pages: "CRM.io collects information under the direction of its customers, and has no direct relationship with the individuals whose Personal Information it processes."',
    'The customer decides how long to keep it. "If a customer terminates its use of the Subscription Service, then we will provide customer with access to all information stored for the customer by the Subscription Service" for export. "After termination, we may, unless legally prohibited, delete all customer information"',
    'Servers in a controlled, secure environment, protected from unauthorized access, use or disclosure. Sensitive Personal Information (credit card numbers, geo-location data) protected by encryption such as SSL. Access default-deny ("that which is not explicitly allowed is explicitly denied") and on a "need to know" basis. Systems, processes, policies, training and monitoring of compliance. PCI DSS for cardholder data.',
    'active',
    '"CRM.io processes our customers'' information as they direct and in accordance with our agreements with our customers, and we store it on our service providers'' servers, but we do not have control over its collection or management." "Our agreements with our customers prohibit them from using the Subscription Service to collect, manage, or process Sensitive Information."'
FROM organisation WHERE slug = 'crmio';

-- CRM.io: data subjects

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Website visits and navigational information'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Subscription Service accounts'
  AND c.code IN ('customers', 'account-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Card payments'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Mobile app analytics'
  AND c.code IN ('app-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Push notifications'
  AND c.code IN ('app-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Marketing and lead generation'
  AND c.code IN ('prospects', 'customers', 'website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Targeted advertising'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Customer testimonials'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Message boards, blogs and forums'
  AND c.code IN ('website-visitors', 'account-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Social media features'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Legal disclosures'
  AND c.code IN ('website-visitors', 'customers', 'app-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Business transfers'
  AND c.code IN ('website-visitors', 'customers', 'app-users');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Customer data in the Subscription Service'
  AND c.code IN ('customer-page-visitors');

-- CRM.io: categories of personal data. "Sensitive Information" (Art 9
-- data among it) is not collected: "Except for this, we do not collect
-- Sensitive Information from you."

-- IP address, geographical location, browser type, referral source,
-- pages, cookies, log files, demographic information, linked to name,
-- email address, address and phone number
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Website visits and navigational information'
  AND c.code IN ('usage', 'device', 'cookies', 'location', 'technical-logs',
      'demographic', 'identity', 'contact');

-- name, email address, company name, address, phone number, transactions,
-- Subscription Service credentials
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Subscription Service accounts'
  AND c.code IN ('identity', 'contact', 'business-contact', 'account',
      'transaction');

-- "credit card numbers and billing information"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Card payments'
  AND c.code IN ('payment-card', 'transaction');

-- usage, city location, device model, UDID, OS version, credentials
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Mobile app analytics'
  AND c.code IN ('usage', 'device', 'location', 'account');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Push notifications'
  AND c.code IN ('device');

-- "contact information and other demographic information", email opens
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Marketing and lead generation'
  AND c.code IN ('identity', 'contact', 'business-contact', 'demographic',
      'marketing-preferences', 'usage');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Targeted advertising'
  AND c.code IN ('cookies', 'usage');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Customer testimonials'
  AND c.code IN ('identity', 'feedback');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Message boards, blogs and forums'
  AND c.code IN ('identity', 'communications');

-- "your IP address, which page you are visiting on our sites", a cookie
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Social media features'
  AND c.code IN ('device', 'usage', 'cookies');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Legal disclosures'
  AND c.code IN ('identity', 'contact');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Business transfers'
  AND c.code IN ('identity', 'contact');

-- visitors "provide their contact information and other demographic
-- information", and Navigational Information from the customers' tools
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Customer data in the Subscription Service'
  AND c.code IN ('identity', 'contact', 'demographic', 'usage');

-- CRM.io: recipients of each activity

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Website visits and navigational information'
  AND r.name IN ('Service providers (agents)');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Subscription Service accounts'
  AND r.name IN ('Service providers (agents)', 'Trusted partners');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Card payments'
  AND r.name IN ('Credit card processing service provider');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Marketing and lead generation'
  AND r.name IN ('Service providers (agents)', 'Trusted partners');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Targeted advertising'
  AND r.name IN ('Ad network partner');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Customer testimonials'
  AND r.name IN ('The public (content posted on the Websites)');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Message boards, blogs and forums'
  AND r.name IN ('The public (content posted on the Websites)');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Social media features'
  AND r.name IN ('Facebook', 'Share This');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Legal disclosures'
  AND r.name IN ('Public authorities and courts');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Business transfers'
  AND r.name IN ('Acquirer of CRM.io');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'crmio' AND a.name = 'Customer data in the Subscription Service'
  AND r.name IN ('Service providers (agents)');

-- =====================================================================
-- 004 callminders: Professional CallMinders
-- "This Privacy Policy was updated on 22 July 2023"
-- "You have the right to request a copy of the information that we hold
-- about you. If you would like a copy of some or all of it please use our
-- contact form. We may make a small charge for this service." A fee for
-- the first copy. No response time is stated.

UPDATE organisation
SET request_fee = 'We may make a small charge for this service.',
    charges_first_copy = 1,
    notice_updated = '2023-07-22'
WHERE slug = 'callminders';

-- "This data is stored securely on our network which is held on UK based
-- servers." "We can confirm that our CRM servers are based in the UK."
INSERT INTO org_location (org_id, country, region, mechanism, note)
SELECT id, 'GB', NULL, NULL,
    '"This data is stored securely on our network which is held on UK based servers." "We can confirm that our CRM servers are based in the UK."'
FROM organisation WHERE slug = 'callminders';

-- ---------------------------------------------------------------------
-- Professional CallMinders recipients
-- ("Your data is never shared with a third party" says the notice, yet it
-- names Mailchimp, Google Analytics and Google Drive.)

-- "The data is stored securely and housed within our Mailchimp database.
-- We are unable to change the storage location of Mailchimp servers which
-- are based in mainland USA and covered by the EU-US Privacy Shield."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Mailchimp', 'processor', 'Email marketing database',
    '"The data is stored securely and housed within our Mailchimp database."'
FROM organisation WHERE slug = 'callminders';

INSERT INTO recipient_location (recipient_id, country, region, mechanism, note)
SELECT r.id, 'US', NULL, 'privacy-shield',
    '"We are unable to change the storage location of Mailchimp servers which are based in mainland USA and covered by the EU-US Privacy Shield."'
FROM recipient r JOIN organisation o ON o.id = r.org_id
WHERE o.slug = 'callminders' AND r.name = 'Mailchimp';

-- "This website uses Google Analytics, a web analytics service provided by
-- Google Inc (“Google”)." "The information generated by the cookie about
-- your use of the website (including your IP address) will be transmitted
-- to and stored by Google on servers in the United States." No mechanism
-- is stated.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Google Analytics', 'processor',
    'Web analytics: evaluating use of the website and compiling reports on website activity',
    '"This website uses Google Analytics, a web analytics service provided by Google Inc (“Google”)." "Google will use this information for the purpose of evaluating your use of the website, compiling reports on website activity for website operators and providing other services relating to website activity and internet usage."'
FROM organisation WHERE slug = 'callminders';

INSERT INTO recipient_location (recipient_id, country, region, mechanism, note)
SELECT r.id, 'US', NULL, NULL,
    '"The information generated by the cookie about your use of the website (including your IP address) will be transmitted to and stored by Google on servers in the United States."'
FROM recipient r JOIN organisation o ON o.id = r.org_id
WHERE o.slug = 'callminders' AND r.name = 'Google Analytics';

-- "Google may also transfer this information to third parties where
-- required to do so by law, or where such third parties process the
-- information on Google's behalf."
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Third parties of Google (by law or on Google''s behalf)',
    'category',
    'Onward transfers by Google where required by law or to third parties processing for Google',
    '"Google may also transfer this information to third parties where required to do so by law, or where such third parties process the information on Google’s behalf."'
FROM organisation WHERE slug = 'callminders';

-- "All data is stored securely on our network which is held on UK based
-- servers. Google Drive has servers within the EU and mainland USA."
-- CallMinders is a processor here, so Google Drive is its sub-processor.
-- "within the EU" names no member state: only the US is recorded as a
-- country, with no mechanism stated.
INSERT INTO recipient (org_id, name, kind, service, note)
SELECT id, 'Google Drive', 'sub-processor',
    'Storage used in the telephone-answering and diary management service',
    '"All data is stored securely on our network which is held on UK based servers. Google Drive has servers within the EU and mainland USA." (The EU servers are in no named member state: not recorded as a country.)'
FROM organisation WHERE slug = 'callminders';

INSERT INTO recipient_location (recipient_id, country, region, mechanism, note)
SELECT r.id, 'US', NULL, NULL,
    '"Google Drive has servers within the EU and mainland USA."'
FROM recipient r JOIN organisation o ON o.id = r.org_id
WHERE o.slug = 'callminders' AND r.name = 'Google Drive';

-- ---------------------------------------------------------------------
-- Professional CallMinders activities
--
-- "This policy applies to information we collect about you in our capacity
-- as a data controller: Visitors to our website, People who make an
-- enquiry with us, People who are clients, People who opt-in to receive
-- email marketing communications from us"
-- Lawful basis for the controller activities: "Your consent: By
-- submitting your personal information to us you consent to the use of
-- that information as set out in this policy." For Google Analytics: "By
-- using this website, you consent to the processing of data about you by
-- Google in the manner and for the purposes set out above."
-- Security: the notice says "stored securely", "a secure repository" and
-- "We will use all reasonable efforts to safeguard your personal
-- information", which name no measure, except for Message Bank's
-- individual log-ins and the clients' own secure access.
-- Cookies: "Any cookies are used only to ensure proper running and
-- functionality. They are not used for tracking purposes, just to hold
-- site information for the duration of your browsing session." They hold
-- site information, not information about a person: no activity.

-- "What happens when you contact Professional Call Minders by phone. We
-- act in the capacity of data controller in this area." "If an enquiry is
-- taken over the phone then the following details will be collected:
-- name, company name, address, telephone numbers, landline and/or mobile.
-- The data is only used to satisfy the purpose of the call. The data is
-- not retained unless you make an enquiry with us"
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, retention_rule, status, note)
SELECT id, 'Telephone enquiries',
    'Details taken when someone telephones Professional CallMinders',
    'controller',
    'To satisfy the purpose of the call',
    'a',
    '"By submitting your personal information to us you consent to the use of that information as set out in this policy."',
    '"The data is not retained unless you make an enquiry with us"',
    'active',
    '"We act in the capacity of data controller in this area." "The appropriate level of information will be taken over the phone dependent on the purpose of the call." "The data is only used to satisfy the purpose of the call."'
FROM organisation WHERE slug = 'callminders';

-- "We collect the following information on the Contact form on our
-- website: We act in the capacity of data controller in this area. name,
-- email address, telephone numbers, landline and/or mobile (optional).
-- This data is used to contact you about your enquiry and (if appropriate)
-- to invite you to opt-in to our marketing database" "This data is stored
-- securely on our network which is held on UK based servers. This data is
-- not retained by us unless an enquiry is generated"
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, retention_rule, status, note)
SELECT id, 'Website contact form',
    'Enquiries made through the Contact form on the website',
    'controller',
    'To contact the person about their enquiry and, if appropriate, to invite them to opt-in to the marketing database',
    'a',
    '"By submitting your personal information to us you consent to the use of that information as set out in this policy."',
    '"This data is not retained by us unless an enquiry is generated"',
    'active',
    '"This data is used to contact you about your enquiry and (if appropriate) to invite you to opt-in to our marketing database" "This data is stored securely on our network which is held on UK based servers."'
FROM organisation WHERE slug = 'callminders';

-- "We collect the following information on our CRM from people who have
-- made an initial enquiry or have an ongoing enquiry with us" "This data
-- is stored securely and housed within our CRM. We can confirm that our
-- CRM servers are based in the UK. The details are held for as long as the
-- enquiry is live. If an enquiry does not proceed then the records are
-- deleted." The CRM's provider is not named.
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, retention_rule, status, note)
SELECT id, 'Enquiry records (CRM)',
    'Records in the CRM of people with an initial or ongoing enquiry',
    'controller',
    'To contact the person about their enquiry and, if appropriate, to invite them to opt-in to the email marketing database',
    'a',
    '"By submitting your personal information to us you consent to the use of that information as set out in this policy."',
    '"The details are held for as long as the enquiry is live. If an enquiry does not proceed then the records are deleted."',
    'active',
    '"This data is used to contact you about your enquiry and (if appropriate) to invite you to opt-in to our email marketing database. This data is stored securely and housed within our CRM. We can confirm that our CRM servers are based in the UK."'
FROM organisation WHERE slug = 'callminders';

-- "We collect the following information on the Telephone answering
-- Sign-up form should you wish to take up the service" "This data is used
-- to enter your details into Message Bank which a secure repository built
-- specifically for the safe storage of our client’s messages. This data
-- is stored securely on our network which is held on UK based servers. If
-- the service is ceased, then all records are deleted within 7 days."
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, retention_days, retention_event,
    status, note)
SELECT id, 'Telephone answering sign-up',
    'Sign-up of clients for the telephone answering service',
    'controller',
    'To enter the client''s details into Message Bank',
    'a',
    '"By submitting your personal information to us you consent to the use of that information as set out in this policy."',
    7, 'the service ceases',
    'active',
    '"This data is used to enter your details into Message Bank" "This data is stored securely on our network which is held on UK based servers. If the service is ceased, then all records are deleted within 7 days."'
FROM organisation WHERE slug = 'callminders';

-- "We collect the following information on Sign-up forms for Re-sellers
-- of telephone answering services" "This data is used to set up the
-- relevant service only. This data is stored securely on our network
-- which is held on UK based servers. If the service is ceased, then all
-- records are deleted within 7 days."
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, retention_days, retention_event,
    status, note)
SELECT id, 'Reseller sign-up',
    'Sign-up of resellers of telephone answering services',
    'controller',
    'To set up the relevant service only',
    'a',
    '"By submitting your personal information to us you consent to the use of that information as set out in this policy."',
    7, 'the service ceases',
    'active',
    '"This data is used to set up the relevant service only. This data is stored securely on our network which is held on UK based servers. If the service is ceased, then all records are deleted within 7 days."'
FROM organisation WHERE slug = 'callminders';

-- "We collect the following information from people who opt-in to receive
-- marketing information from us by email" "name, company name, email
-- address. This data is used for the purposes of email marketing
-- communications only – specifically a weekly tea time teaser quiz and
-- newsletter and the occasional email about offers and links to blogs.
-- People who opt-in to receive marketing information from us by email can
-- unsubscribe at any time and the details will be deleted straight away."
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, retention_rule, status, note)
SELECT id, 'Email marketing',
    'Email marketing to people who opted in, from a Mailchimp database',
    'controller',
    'Email marketing communications only: a weekly tea time teaser quiz and newsletter, and the occasional email about offers and links to blogs',
    'a',
    'Opt-in: "People who opt-in to receive marketing information from us by email". "By submitting your personal information to us you consent to the use of that information as set out in this policy."',
    'Until the person unsubscribes: "can unsubscribe at any time and the details will be deleted straight away"',
    'active',
    '"This data is used for the purposes of email marketing communications only – specifically a weekly tea time teaser quiz and newsletter and the occasional email about offers and links to blogs." "The data is stored securely and housed within our Mailchimp database."'
FROM organisation WHERE slug = 'callminders';

-- "We use Google Analytics to provide statistics on website traffic"
-- "Our data retention settings are 26 months, so any data older than 26
-- months is automatically deleted." "By using this website, you consent
-- to the processing of data about you by Google in the manner and for the
-- purposes set out above."
INSERT INTO activity (org_id, name, description, role, purposes,
    lawful_basis, lawful_basis_detail, retention_months, status, note)
SELECT id, 'Website analytics',
    'Google Analytics cookies on the website', 'controller',
    'To provide statistics on website traffic: Google evaluates use of the website and compiles reports on website activity',
    'a',
    '"By using this website, you consent to the processing of data about you by Google in the manner and for the purposes set out above."',
    26,
    'active',
    '"We use Google Analytics to provide statistics on website traffic" "Our data retention settings are 26 months, so any data older than 26 months is automatically deleted." "We do not use third party tracking/advertising cookies."'
FROM organisation WHERE slug = 'callminders';

-- Art 30(2): processor activities.
-- "Telephone answering clients and the secure storage of messages and the
-- sending of messages. We act in the capacity of data processors in this
-- area with the client being the data controller." The notice says whose
-- data it is: each client's.
-- "Each client has 24 hour secure access with individual log-in details to
-- Message Bank which is a secure repository built specifically for the
-- safe storage of our client’s messages. Messages are sent to clients via
-- text or email or both. The data is stored securely on our network which
-- is held on UK based servers. Messages are stored for 100 days and then
-- deleted. If the service is ceased, then all records are deleted within
-- 100 days unless the client requests that the records are deleted
-- sooner."
INSERT INTO activity (org_id, name, description, role, controller_name,
    purposes, source, retention_days, retention_event, retention_rule,
    security_measures, status, note)
SELECT id, 'Message Bank messages for clients',
    'Secure storage of telephone-answering clients'' messages in Message Bank, and sending them to the clients',
    'processor',
    'Telephone-answering clients (each client is the controller)',
    'Secure storage of the client''s messages in Message Bank and sending them to the client by text or email or both',
    'Callers to the client, taken by CallMinders on the client''s behalf',
    100, 'the message is stored',
    'If the service is ceased, all records are deleted within 100 days "unless the client requests that the records are deleted sooner"',
    'Each client has 24 hour secure access to Message Bank with individual log-in details. Stored on its network on UK-based servers.',
    'active',
    '"We act in the capacity of data processors in this area with the client being the data controller." "Each client has 24 hour secure access with individual log-in details to Message Bank" "Messages are stored for 100 days and then deleted."'
FROM organisation WHERE slug = 'callminders';

-- "Telephone answering clients, diary management clients and data captured
-- from callers. We act in the capacity of data processors in this area
-- with the client being the data controller. The client will specify the
-- level of detail that we need to capture from a caller on their behalf.
-- ... the details are kept either securely within Message Bank, or the
-- details are captured directly into a client’s CRM or diary where we as
-- data processors have been granted secure access by the client."
-- "All data is stored securely on our network which is held on UK based
-- servers. Google Drive has servers within the EU and mainland USA. If the
-- service is ceased, then all records are deleted within 100 days unless
-- the client requests that the records are deleted sooner."
INSERT INTO activity (org_id, name, description, role, controller_name,
    purposes, source, retention_days, retention_event, retention_rule,
    security_measures, status, note)
SELECT id, 'Caller details and diary management for clients',
    'Details captured from callers for telephone-answering and diary management clients, kept in Message Bank or entered into the client''s CRM or diary',
    'processor',
    'Telephone-answering and diary management clients (each client is the controller)',
    'Capturing callers'' details to the level the client specifies, keeping them in Message Bank or entering them directly into the client''s CRM or diary',
    'Callers to the client: "The client will specify the level of detail that we need to capture from a caller on their behalf."',
    100, 'the service ceases',
    'Deleted within 100 days after the service ceases "unless the client requests that the records are deleted sooner"',
    'Secure access to the client''s CRM or diary is granted by the client. Message Bank has individual log-in details for each client. Stored on its network on UK-based servers.',
    'active',
    '"We act in the capacity of data processors in this area with the client being the data controller." "the details are captured directly into a client’s CRM or diary where we as data processors have been granted secure access by the client." "It is the responsibility of the client in their capacity as data controller to ensure that data captured from callers is securely stored on any platform other than Message Bank."'
FROM organisation WHERE slug = 'callminders';

-- Professional CallMinders: data subjects

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Telephone enquiries'
  AND c.code IN ('enquirers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Website contact form'
  AND c.code IN ('enquirers', 'website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Enquiry records (CRM)'
  AND c.code IN ('enquirers', 'prospects');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Telephone answering sign-up'
  AND c.code IN ('customers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Reseller sign-up'
  AND c.code IN ('resellers-partners');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Email marketing'
  AND c.code IN ('newsletter-subscribers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Website analytics'
  AND c.code IN ('website-visitors');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Message Bank messages for clients'
  AND c.code IN ('callers');

INSERT INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN subject_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Caller details and diary management for clients'
  AND c.code IN ('callers');

-- Professional CallMinders: categories of personal data

-- "name, company name, address, telephone numbers, landline and/or mobile"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Telephone enquiries'
  AND c.code IN ('identity', 'contact', 'business-contact');

-- "name, email address, telephone numbers, landline and/or mobile
-- (optional)"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Website contact form'
  AND c.code IN ('identity', 'contact');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Enquiry records (CRM)'
  AND c.code IN ('identity', 'contact', 'business-contact');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Telephone answering sign-up'
  AND c.code IN ('identity', 'contact', 'business-contact');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Reseller sign-up'
  AND c.code IN ('identity', 'contact', 'business-contact');

-- "name, company name, email address"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Email marketing'
  AND c.code IN ('identity', 'contact', 'business-contact',
      'marketing-preferences');

-- "your use of the website (including your IP address)"
INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Website analytics'
  AND c.code IN ('cookies', 'usage', 'device');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Message Bank messages for clients'
  AND c.code IN ('identity', 'contact', 'communications');

INSERT INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN data_category c ON c.org_id IS NULL OR c.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Caller details and diary management for clients'
  AND c.code IN ('identity', 'contact', 'communications');

-- Professional CallMinders: recipients of each activity

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Email marketing'
  AND r.name IN ('Mailchimp');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Website analytics'
  AND r.name IN ('Google Analytics', 'Third parties of Google (by law or on Google''s behalf)');

INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, r.id FROM activity a JOIN organisation o ON o.id = a.org_id
JOIN recipient r ON r.org_id = o.id
WHERE o.slug = 'callminders' AND a.name = 'Caller details and diary management for clients'
  AND r.name IN ('Google Drive');
