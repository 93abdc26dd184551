-- 0008_privacy_notice: what the generated privacy notice (Arts 13 and 14,
-- /o/SLUG/privacy) may read of the register, for the public program.
--
-- The public account gets no SELECT on the register's tables: these views
-- (SQL SECURITY DEFINER) are its only way in, and each gives only what a
-- public notice states:
--   * organisations that are not retired, activities whose status is
--     active (no draft, no retired one), recipients that are not retired
--     and that an active activity discloses to, locations not retired
--   * no note (the words of the source notice, kept for the DPO), no
--     changed_by, no version, no owner, no review dates, no DPIA, no
--     security measures, no legitimate-interests assessment or consent
--     record reference, no recipient contact, contract or DPF dates:
--     internal records, not what Art 13 or 14 asks to be told
-- Each view carries org_slug so that the program asks for one
-- organisation, and each is a plain join (no UNION, no DISTINCT, no GROUP BY)
-- so that MariaDB merges it into the query and the slug reaches the
-- indexes.

-- What the notice adds to public_organisation: where the organisation is
-- established (a representative is named for a controller established
-- outside the UK or the EEA) and when its register last changed, as Unix
-- time: the latest row version of the organisation, its activities (a
-- retired one included: retiring changes the notice), its recipients and
-- their locations and its own locations. A saved activity is a new row
-- version, so its replaced links are covered by it.
CREATE SQL SECURITY DEFINER VIEW public_notice_org AS
	SELECT o.slug AS org_slug, o.established_country,
	    c.name AS established_country_name,
	    c.is_eea AS established_is_eea,
	    CAST(UNIX_TIMESTAMP(GREATEST(o.ROW_START,
	        COALESCE((SELECT MAX(a.ROW_START) FROM activity a
	            WHERE a.org_id = o.id), o.ROW_START),
	        COALESCE((SELECT MAX(r.ROW_START) FROM recipient r
	            WHERE r.org_id = o.id), o.ROW_START),
	        COALESCE((SELECT MAX(l.ROW_START) FROM recipient_location l
	            JOIN recipient r ON r.id = l.recipient_id
	            WHERE r.org_id = o.id), o.ROW_START),
	        COALESCE((SELECT MAX(l.ROW_START) FROM org_location l
	            WHERE l.org_id = o.id), o.ROW_START))) AS UNSIGNED)
	        AS changed_at
	FROM organisation o
	LEFT JOIN country c ON c.code = o.established_country
	WHERE o.is_retired = 0;

-- The active activities, with the names of their lawful basis and Art 9
-- condition. lawful_basis_detail is the legitimate interest (Art
-- 13(1)(d)), the contract or the law. art9_detail and criminal_detail are
-- the conditions relied on, automated_decisions the logic and effects (Art
-- 13(2)(f)), and is_automated decides portability (Art 20(1)(b)).
CREATE SQL SECURITY DEFINER VIEW public_notice_activity AS
	SELECT o.slug AS org_slug, a.id, a.name, a.description, a.role,
	    a.controller_name, a.joint_controllers, a.purposes,
	    a.lawful_basis, b.name AS lawful_basis_name,
	    b.article AS lawful_basis_article, a.lawful_basis_detail,
	    a.art9_condition, n.name AS art9_name, n.article AS art9_article,
	    a.art9_detail, a.has_criminal_data, a.criminal_detail, a.source,
	    a.retention_months, a.retention_days, a.retention_event,
	    a.retention_rule, a.has_automated_decisions,
	    a.automated_decisions, a.is_automated
	FROM activity a
	JOIN organisation o ON o.id = a.org_id AND o.is_retired = 0
	LEFT JOIN lawful_basis b ON b.code = a.lawful_basis
	LEFT JOIN art9_condition n ON n.code = a.art9_condition
	WHERE a.status = 'active';

-- Whom an active activity's data is about.
CREATE SQL SECURITY DEFINER VIEW public_notice_subject AS
	SELECT o.slug AS org_slug, s.activity_id, c.code, c.name
	FROM activity_subject s
	JOIN activity a ON a.id = s.activity_id AND a.status = 'active'
	JOIN organisation o ON o.id = a.org_id AND o.is_retired = 0
	JOIN subject_category c ON c.id = s.subject_category_id;

-- What an active activity holds, with the special (Art 9) and
-- criminal-offence (Art 10) flags of each category.
CREATE SQL SECURITY DEFINER VIEW public_notice_data AS
	SELECT o.slug AS org_slug, d.activity_id, c.code, c.name,
	    c.is_special, c.is_criminal
	FROM activity_data d
	JOIN activity a ON a.id = d.activity_id AND a.status = 'active'
	JOIN organisation o ON o.id = a.org_id AND o.is_retired = 0
	JOIN data_category c ON c.id = d.data_category_id;

-- Whom an active activity discloses to: one row a link, so a recipient
-- of two activities comes twice. Its name, kind (processor, category of
-- recipients ...), service and certifications (PCI DSS ...).
CREATE SQL SECURITY DEFINER VIEW public_notice_recipient AS
	SELECT o.slug AS org_slug, ar.activity_id, r.id AS recipient_id,
	    r.name, r.kind, r.service, r.certifications
	FROM activity_recipient ar
	JOIN activity a ON a.id = ar.activity_id AND a.status = 'active'
	JOIN organisation o ON o.id = a.org_id AND o.is_retired = 0
	JOIN recipient r ON r.id = ar.recipient_id AND r.is_retired = 0;

-- Where the organisation itself holds data, with the standing of the
-- country and the mechanism relied on (Art 13(1)(f)).
CREATE SQL SECURITY DEFINER VIEW public_notice_org_location AS
	SELECT o.slug AS org_slug, l.id, l.country, c.name AS country_name,
	    l.region, c.is_eea, c.uk_status, c.eu_status, l.mechanism,
	    m.name AS mechanism_name, m.article AS mechanism_article,
	    m.valid_until, m.is_derogation
	FROM org_location l
	JOIN organisation o ON o.id = l.org_id AND o.is_retired = 0
	JOIN country c ON c.code = l.country
	LEFT JOIN transfer_mechanism m ON m.code = l.mechanism
	WHERE l.is_retired = 0;

-- Where each recipient of an active activity holds data. A recipient
-- used by no active activity is left out: the notice does not name it.
CREATE SQL SECURITY DEFINER VIEW public_notice_recipient_location AS
	SELECT o.slug AS org_slug, l.recipient_id, l.id, l.country,
	    c.name AS country_name, l.region, c.is_eea, c.uk_status,
	    c.eu_status, l.mechanism, m.name AS mechanism_name,
	    m.article AS mechanism_article, m.valid_until, m.is_derogation
	FROM recipient_location l
	JOIN recipient r ON r.id = l.recipient_id AND r.is_retired = 0
	JOIN organisation o ON o.id = r.org_id AND o.is_retired = 0
	JOIN country c ON c.code = l.country
	LEFT JOIN transfer_mechanism m ON m.code = l.mechanism
	WHERE l.is_retired = 0 AND EXISTS (SELECT 1 FROM activity_recipient ar
	    JOIN activity a ON a.id = ar.activity_id AND a.status = 'active'
	    WHERE ar.recipient_id = r.id);
