-- 0004_established: the country an organisation is established in. Art 27
-- asks for a representative only of a controller or processor not
-- established in the UK (uk rule set) or the EU (eu); where it processes
-- (org_location) is a different question: a UK company may host in
-- Ireland. NULL: not recorded, and the check falls back on the locations.
SET SESSION system_versioning_alter_history = KEEP;
ALTER TABLE organisation
	ADD COLUMN established_country CHAR(2) CHARACTER SET ascii NULL
	    COMMENT 'ISO 3166-1 alpha-2 of its establishment (Art 3, Art 27)'
	    AFTER ref_prefix,
	ADD CONSTRAINT organisation_established
	    FOREIGN KEY (established_country) REFERENCES country (code);
