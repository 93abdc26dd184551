/* answer: the access-request answer (Art 15(1)-(2)) and the portability verdict (Art 20), drawn from the register. */
#ifndef GD_ANSWER_H
#define GD_ANSWER_H

#include <stddef.h>

#include <libxml/tree.h>

#include "core/db.h"

/*
 * Whether Art 20 applies to an activity and, when it does not, the
 * first reason why: the lawful basis decides before the means do.
 */
enum answer_port {
	PORT_APPLIES,			/* consent or contract, automated */
	PORT_BASIS_NOT_RECORDED,	/* no lawful basis in the register */
	PORT_LEGAL_OBLIGATION,		/* Art 6(1)(c) */
	PORT_VITAL_INTERESTS,		/* Art 6(1)(d) */
	PORT_PUBLIC_TASK,		/* Art 6(1)(e); Art 20(3) says so too */
	PORT_LEGITIMATE_INTERESTS,	/* Art 6(1)(f) */
	PORT_RECOGNISED_INTEREST,	/* UK Art 6(1)(ea) */
	PORT_OTHER_BASIS,		/* a basis code not known here */
	PORT_NOT_AUTOMATED,		/* the right basis, but not automated */
	PORT_AUTOMATED_NOT_RECORDED,	/* the right basis; means unknown */
	PORT__MAX
};

/* The reasons as the <answer> document writes them ("not-automated"). */
extern const char *const answer_port_codes[PORT__MAX];

/*
 * Art 20(1): basis is the activity's Art 6(1) code (a .. f, ea; NULL
 * when not recorded), art9 its Art 9(2) condition (NULL for none),
 * is_automated 1, 0 or -1 (not recorded). Pure.
 */
enum answer_port answer_portability(const char *basis, const char *art9,
	    int is_automated);

/* A place where data is held, with the reference data's word on it. */
struct answer_loc {
	long long	 owner;		/* recipient id; 0: the org's */
	char		*country;	/* ISO 3166-1 alpha-2 */
	char		*country_name;
	char		*region;	/* cloud region, or NULL */
	char		*uk_status;	/* uk, adequate, partial, none */
	char		*eu_status;	/* eea, adequate, partial, none */
	char		*mechanism;	/* transfer mechanism code, or NULL */
	char		*mechanism_name;
	char		*mechanism_article;
	char		*regime;	/* the mechanism's: uk, eu, both */
	char		*valid_from;	/* YYYY-MM-DD, or NULL */
	char		*valid_until;	/* its last valid day, or NULL */
	int		 needs_certification;	/* the DPF, its UK Extension */
};

struct answer_rcp {
	long long	 id;
	char		*name;
	char		*kind;		/* processor, sub-processor, ... */
	char		*service;
	int		 dpf_certified;	/* -1 not recorded, 0, 1 */
	struct answer_loc *locs;	/* borrowed from the answer's locs */
	size_t		 nlocs;
};

/* A category of personal data or of data subjects. */
struct answer_cat {
	long long	 id;
	char		*code;
	char		*name;
	int		 is_special;	/* Art 9(1); data categories */
	int		 is_criminal;	/* Art 10; data categories */
};

struct answer_act {
	long long	 id;
	char		*name;
	char		*role;		/* controller, joint-controller ... */
	char		*controller_name;	/* a processor's controller */
	char		*purposes;
	char		*basis;		/* Art 6(1) code, or NULL */
	char		*basis_article;
	char		*basis_name;
	char		*basis_detail;	/* the legitimate interest ... */
	char		*art9;		/* Art 9(2) code, or NULL */
	char		*art9_article;
	char		*art9_name;
	char		*art9_detail;
	int		 has_criminal_data;
	char		*criminal_detail;
	char		*source;	/* Art 15(1)(g) */
	long long	 retention_months;	/* -1 when not recorded */
	long long	 retention_days;	/* -1 when not recorded */
	char		*retention_event;
	char		*retention_rule;
	char		*automated_decisions;	/* Art 22: what and the logic */
	int		 has_automated_decisions;	/* -1, 0, 1 */
	int		 is_automated;	/* Art 20(1)(b): -1, 0, 1 */
	size_t		*subjects;	/* indexes into the answer's subjs */
	size_t		 nsubjects;
	size_t		*data;		/* indexes into the answer's cats */
	size_t		 ndata;
	size_t		*rcps;		/* indexes into the answer's rcps */
	size_t		 nrcps;
};

/* The organisation, as the letter names and addresses it. */
enum answer_org_field {
	AO_SLUG, AO_NAME, AO_LEGAL_NAME, AO_ADDRESS, AO_CONTACT_EMAIL,
	AO_CONTACT_PHONE, AO_WEBSITE, AO_DPO_NAME, AO_DPO_EMAIL,
	AO_DPO_ADDRESS, AO_DPO_PHONE, AO_REPRESENTATIVE_NAME,
	AO_REPRESENTATIVE_CONTACT, AO_REGISTRATION_REF,
	AO_SUPERVISORY_AUTHORITY, AO_JURISDICTION, AO__MAX
};

/*
 * What the register says that an answer draws on: one organisation's
 * active activities, everything they link to, and the categories of
 * data subjects it may name. Arrays of activities, recipients, data
 * and subject categories are sorted by id.
 */
struct answer {
	long long		 org_id;
	char			*org[AO__MAX];	/* NULL when not recorded */
	struct answer_act	*acts;
	size_t			 nacts;
	struct answer_rcp	*rcps;
	size_t			 nrcps;
	struct answer_cat	*cats;		/* personal data */
	size_t			 ncats;
	struct answer_cat	*subjs;		/* data subjects it may name */
	size_t			 nsubjs;
	struct answer_loc	*locs;		/* the org's, then others' */
	size_t			 nlocs;
	struct answer_loc	*org_locs;	/* borrowed: the org's own */
	size_t			 norg_locs;
};

/*
 * Loads what the answer of organisation org_id draws on, in a fixed
 * number of statements however large the register. Returns DB_OK with
 * *out (free with answer_free), DB_NOTFOUND (no such organisation) or
 * DB_ERROR.
 */
enum db_rc answer_load(struct db *, long long org_id, struct answer **out);
void	 answer_free(struct answer *);

/*
 * Appends the <answer> element to parent: for the data-subject
 * category codes subjects[0 .. nsubjects) (none: the categories are not
 * known, so every activity counts), the active controller activities
 * that hold data about them, with everything Art 15(1) and (2) list;
 * the organisation's own locations; a summary; the Art 20 verdict of
 * each activity and overall; and, apart, the processor activities about
 * those people (answered by their controllers). today (YYYY-MM-DD)
 * decides whether a transfer mechanism is still valid. What the
 * register does not record is left out, for the sheet to say "Not
 * recorded". Returns the element.
 */
xmlNodePtr answer_build(const struct answer *, const char *const *subjects,
	    size_t nsubjects, const char *today, xmlNodePtr parent);

/*
 * answer_load and answer_build as of today (UTC). Returns DB_OK,
 * DB_NOTFOUND or DB_ERROR (nothing appended then).
 */
enum db_rc answer_xml(struct db *, long long org_id,
	    const char *const *subjects, size_t nsubjects, xmlNodePtr parent);

#endif
