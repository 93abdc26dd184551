-- 0010_data_version: a cheap version of each organisation's data, for the
-- staff program's render cache (fcgi/core/serve.h): a page whose key (the
-- account, the query, these numbers, the day) is unchanged is answered with
-- the bytes rendered last time, without reading the register or the
-- tickets again. reg_v counts changes to the register (and the
-- organisation's settings), ticket_v to its requests and to who may see
-- them. Triggers keep them, so no code path can forget to; a change
-- counts inside its own transaction, so a page never caches a state that
-- did not commit.

CREATE TABLE data_version (
	org_id INT UNSIGNED NOT NULL PRIMARY KEY,
	reg_v BIGINT UNSIGNED NOT NULL DEFAULT 0,
	ticket_v BIGINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;

INSERT INTO data_version (org_id) SELECT id FROM organisation;

CREATE TRIGGER dv_org_upd AFTER UPDATE ON organisation
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v, ticket_v)
	VALUES (NEW.id, 1, 1)
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1, ticket_v = ticket_v + 1;

CREATE TRIGGER dv_act_ins AFTER INSERT ON activity
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_act_upd AFTER UPDATE ON activity
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_rcp_ins AFTER INSERT ON recipient
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_rcp_upd AFTER UPDATE ON recipient
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_oloc_ins AFTER INSERT ON org_location
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_oloc_upd AFTER UPDATE ON org_location
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_rloc_ins AFTER INSERT ON recipient_location
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM recipient WHERE id = NEW.recipient_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_rloc_upd AFTER UPDATE ON recipient_location
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM recipient WHERE id = NEW.recipient_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_asub_ins AFTER INSERT ON activity_subject
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM activity WHERE id = NEW.activity_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_asub_del AFTER DELETE ON activity_subject
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM activity WHERE id = OLD.activity_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_adat_ins AFTER INSERT ON activity_data
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM activity WHERE id = NEW.activity_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_adat_del AFTER DELETE ON activity_data
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM activity WHERE id = OLD.activity_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_arcp_ins AFTER INSERT ON activity_recipient
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM activity WHERE id = NEW.activity_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_arcp_del AFTER DELETE ON activity_recipient
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT (SELECT org_id FROM activity WHERE id = OLD.activity_id) AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_dcat_ins AFTER INSERT ON data_category
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_dcat_upd AFTER UPDATE ON data_category
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_scat_ins AFTER INSERT ON subject_category
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_scat_upd AFTER UPDATE ON subject_category
FOR EACH ROW
	INSERT INTO data_version (org_id, reg_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE reg_v = reg_v + 1;

CREATE TRIGGER dv_tkt_ins AFTER INSERT ON ticket
FOR EACH ROW
	INSERT INTO data_version (org_id, ticket_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE ticket_v = ticket_v + 1;

CREATE TRIGGER dv_tkt_upd AFTER UPDATE ON ticket
FOR EACH ROW
	INSERT INTO data_version (org_id, ticket_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE ticket_v = ticket_v + 1;

CREATE TRIGGER dv_grant_ins AFTER INSERT ON staff_org
FOR EACH ROW
	INSERT INTO data_version (org_id, ticket_v)
	SELECT o, 1 FROM (SELECT NEW.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE ticket_v = ticket_v + 1;

CREATE TRIGGER dv_grant_del AFTER DELETE ON staff_org
FOR EACH ROW
	INSERT INTO data_version (org_id, ticket_v)
	SELECT o, 1 FROM (SELECT OLD.org_id AS o) x WHERE o IS NOT NULL
	ON DUPLICATE KEY UPDATE ticket_v = ticket_v + 1;
