/* notice: the generated privacy notice (Arts 13 and 14): what the public views give of a register, and the rights and transfer standing derived from it. */
#ifndef GD_NOTICE_H
#define GD_NOTICE_H

#include <stddef.h>

#include "core/db.h"

/* The statements a notice runs, for the public program's whitelist. */
#define NOTICE_STMTS	STMT_NOTICE_ORG, STMT_NOTICE_ACTIVITIES, \
	STMT_NOTICE_SUBJECTS, STMT_NOTICE_DATA, STMT_NOTICE_RECIPIENTS, \
	STMT_NOTICE_LOCATIONS

/*
 * The rights of Arts 15-22 (and the withdrawal of consent, Art 7(3)) as
 * they apply to one purpose. Access, rectification and restriction
 * apply whatever the basis; the others turn on it (the ICO's table of
 * rights by lawful basis).
 */
enum notice_right {
	NR_ACCESS,		/* Art 15 */
	NR_RECTIFICATION,	/* Art 16 */
	NR_ERASURE,		/* Art 17: not for legal obligation, public task */
	NR_RESTRICTION,		/* Art 18 */
	NR_PORTABILITY,		/* Art 20: consent or contract, automated */
	NR_OBJECTION,		/* Art 21(1): public task, legitimate interests */
	NR_WITHDRAW_CONSENT,	/* Art 7(3): consent (Art 6(1)(a) or 9(2)(a)) */
	NR_AUTOMATED,		/* Art 22 (UK: Arts 22A-22D) */
	NR__MAX
};

/* "access", "rectification" ... as the data document names them. */
extern const char *const notice_right_names[NR__MAX];

/*
 * The rights of a controller's purpose with lawful basis basis (a .. f,
 * ea; NULL when not recorded), Art 9 condition art9 (NULL when none),
 * is_automated (carried out by automated means: 1, 0, -1 not recorded)
 * and has_automated (decisions based solely on automated processing: 1,
 * 0, -1). Returns a bit set (1 << NR_x) of the rights that apply; *maybe
 * receives those that may apply but turn on the basis the register does
 * not state. Portability is offered unless the processing is recorded
 * as not automated: the text that names it says it covers data
 * processed by automated means.
 */
unsigned notice_rights(const char *basis, const char *art9, int is_automated,
	    int has_automated, unsigned *maybe);

/* Where a location is, as the notice tells it (Art 13(1)(f)). */
enum notice_area {
	NA_HOME,	/* the UK or the EEA (uk rules), the EEA (eu rules) */
	NA_OUTSIDE,	/* a third country: a transfer, with its safeguard */
	NA__MAX
};

/* What a transfer outside the home area rests on. */
enum notice_safeguard {
	NS_NONE,	/* inside: nothing needed */
	NS_ADEQUACY,	/* the country is adequate as a whole */
	NS_MECHANISM,	/* a mechanism valid today (SCCs, IDTA, DPF, BCRs) */
	NS_DEROGATION,	/* an Art 49 derogation */
	NS_INVALID,	/* a mechanism no longer valid (Privacy Shield) */
	NS_PARTIAL,	/* adequate only in part (US, Canada), nothing else */
	NS_MISSING,	/* nothing recorded and the country is not adequate */
	NS__MAX
};

extern const char *const notice_area_names[NA__MAX];
extern const char *const notice_safeguard_names[NS__MAX];

/*
 * The standing of a location under the rule set named jurisdiction
 * ("uk" or "eu"): country is its ISO code, is_eea its EEA membership,
 * status its uk_status (uk rules) or eu_status (eu rules), mechanism the
 * mechanism code recorded (NULL or "none": none), valid_until the
 * mechanism's last valid day (NULL while valid), is_derogation whether
 * it is an Art 49 derogation, today "YYYY-MM-DD". Sets *area and returns
 * the safeguard (NS_NONE inside the home area).
 */
enum notice_safeguard notice_standing(const char *jurisdiction,
	    const char *country, int is_eea, const char *status,
	    const char *mechanism, const char *valid_until, int is_derogation,
	    const char *today, enum notice_area *area);

/*
 * The supervisory authority people may complain to under the rule set
 * named jurisdiction, when the register names none: the UK GDPR has one
 * (the Information Commissioner), the EU GDPR lets people go to the
 * authority where they live, work or where the infringement took place
 * (Art 77(1)), which a notice names in general terms. Static text, or
 * NULL for an unknown rule set.
 */
const char *notice_default_authority(const char *jurisdiction);

/* The columns of a location, in the order of the SQL. */
enum notice_loc_col {
	NL_OWNER, NL_ID, NL_COUNTRY, NL_COUNTRY_NAME, NL_REGION, NL_IS_EEA,
	NL_UK_STATUS, NL_EU_STATUS, NL_MECHANISM, NL_MECHANISM_NAME,
	NL_MECHANISM_ARTICLE, NL_VALID_UNTIL, NL_IS_DEROGATION, NL__MAX
};

struct notice_loc {
	long long		 owner;	/* recipient id; 0: the organisation's */
	char			*f[NL__MAX];	/* NULL when not recorded */
	enum notice_area	 area;
	enum notice_safeguard	 safeguard;
};

/* A category of data subjects or of personal data. */
struct notice_cat {
	char	*code;
	char	*name;
	int	 is_special;	/* Art 9(1) */
	int	 is_criminal;	/* Art 10 */
};

struct notice_rec {
	long long	 id;
	char		*name;
	char		*kind;		/* processor, category ... */
	char		*service;
	char		*certifications;
	struct notice_loc *locs;	/* borrowed from the notice */
	size_t		 nlocs;
};

/* The columns of an activity, in the order of the SQL. */
enum notice_act_col {
	NC_ID, NC_NAME, NC_DESCRIPTION, NC_ROLE, NC_CONTROLLER_NAME,
	NC_JOINT_CONTROLLERS, NC_PURPOSES, NC_BASIS, NC_BASIS_NAME,
	NC_BASIS_ARTICLE, NC_BASIS_DETAIL, NC_ART9, NC_ART9_NAME,
	NC_ART9_ARTICLE, NC_ART9_DETAIL, NC_HAS_CRIMINAL, NC_CRIMINAL_DETAIL,
	NC_SOURCE, NC_RETENTION_MONTHS, NC_RETENTION_DAYS,
	NC_RETENTION_EVENT, NC_RETENTION_RULE, NC_HAS_AUTOMATED,
	NC_AUTOMATED, NC_IS_AUTOMATED, NC__MAX
};

struct notice_act {
	long long	 id;
	char		*f[NC__MAX];	/* NULL when not recorded */
	struct notice_cat *subjects;
	size_t		 nsubjects;
	struct notice_cat *data;
	size_t		 ndata;
	size_t		*recs;		/* indexes into the notice's recs */
	size_t		 nrecs;
	unsigned	 rights;	/* 1 << NR_x (controller activities) */
	unsigned	 rights_maybe;
};

struct notice {
	char		*established;		/* ISO code, or NULL */
	char		*established_name;
	int		 established_is_eea;	/* -1 not recorded */
	long long	 changed_at;	/* Unix time the register last changed */
	struct notice_act *acts;	/* by id */
	size_t		 nacts;
	struct notice_rec *recs;	/* by id, only those an activity uses */
	size_t		 nrecs;
	struct notice_loc *locs;	/* all: the organisation's, then by owner */
	size_t		 nlocs;
	struct notice_loc *org_locs;	/* borrowed: the organisation's own */
	size_t		 norg_locs;
};

/*
 * Loads the notice of the organisation slug through the public views:
 * its active activities with their categories, recipients and rights,
 * its recipients' and its own locations with their standing under the
 * rule set named jurisdiction on the day today ("YYYY-MM-DD"). Returns
 * DB_OK with *out (free with notice_free), DB_NOTFOUND when no
 * organisation has the slug, or DB_ERROR.
 */
enum db_rc notice_load(struct db *, const char *slug, const char *jurisdiction,
	    const char *today, struct notice **out);
void	 notice_free(struct notice *);

#endif
