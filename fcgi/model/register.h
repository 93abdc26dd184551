/* register: an organisation's Article 30 register, loaded whole for the checks and the register page. */
#ifndef GD_REGISTER_H
#define GD_REGISTER_H

#include <stddef.h>

#include "core/db.h"

/* A place where data is held, with what the reference data says of it. */
struct reg_location {
	long long	 id;
	long long	 owner_id;	/* recipient id; 0 for the organisation's */
	char		*country;	/* ISO 3166-1 alpha-2 */
	char		*country_name;
	char		*region;	/* cloud region; may be NULL */
	char		*mechanism;	/* transfer mechanism code; NULL: none stated */
	char		*mechanism_name;
	char		*uk_status;	/* uk, adequate, partial, none */
	char		*eu_status;	/* eea, adequate, partial, none */
	char		*valid_until;	/* the mechanism's last valid day, or NULL */
	int		 needs_certification;
	int		 is_derogation;
};

struct reg_recipient {
	long long	 id;
	char		*name;
	char		*kind;		/* processor, sub-processor, ... */
	char		*service;
	char		*contract_ref;
	int		 dpf_certified;	/* -1 not stated, 0 no, 1 yes */
	char		*dpf_verified;
	struct reg_location *locs;	/* borrowed from the register */
	size_t		 nlocs;
};

struct reg_activity {
	long long	 id;
	char		*name;
	char		*role;		/* controller, joint-controller, processor */
	char		*controller_name;
	char		*purposes;
	char		*lawful_basis;	/* a .. f, ea; NULL */
	char		*lawful_basis_name;
	char		*lia_ref;
	char		*art9_condition;
	int		 has_criminal_data;
	char		*criminal_detail;
	char		*retention;	/* months, days or a rule, in words; NULL */
	char		*security_measures;
	char		*dpia_status;
	char		*status;	/* draft, active */
	char		*next_review;	/* YYYY-MM-DD or NULL */
	size_t		 nsubjects;	/* data-subject categories */
	size_t		 ndata;		/* personal-data categories */
	size_t		 nspecial;	/* of which special (Art 9) */
	size_t		 ncriminal;	/* of which criminal (Art 10) */
	size_t		*recipients;	/* indexes into the register's recipients */
	size_t		 nrecipients;
};

struct reg_org {
	long long	 id;
	char		*slug;
	char		*name;
	char		*jurisdiction;	/* uk or eu */
	char		*established;	/* country of establishment; NULL */
	char		*established_uk;	/* its uk_status */
	char		*established_eu;	/* its eu_status */
	char		*representative_name;
	char		*supervisory_authority;
	char		*contact_email;
	char		*contact_phone;
	char		*address;
	char		*request_fee;
	int		 charges_first_copy;	/* -1 not stated */
	char		*response_time;
	long		 response_days;		/* -1 not stated */
	int		 response_within_month;	/* -1 not stated */
};

struct reg {
	struct reg_org		 org;
	struct reg_activity	*acts;
	size_t			 nacts;
	struct reg_recipient	*recs;
	size_t			 nrecs;
	struct reg_location	*locs;	/* all: the organisation's, then recipients' */
	size_t			 nlocs;
	struct reg_location	*org_locs;	/* borrowed: the organisation's own */
	size_t			 norg_locs;
	size_t			*act_by_id;	/* indexes of acts, by ascending id */
	size_t			*rec_by_id;	/* indexes of recs, by ascending id */
};

/*
 * The index in g->acts (g->recs) of the activity (recipient) with id,
 * or -1: a binary search, so that large registers stay linear to load.
 */
long	 reg_activity_index(const struct reg *g, long long id);
long	 reg_recipient_index(const struct reg *g, long long id);

/*
 * Loads the register of organisation org_id (activities that are not
 * retired, recipients, locations). Returns DB_OK with *out (free with
 * reg_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc reg_load(struct db *, long long org_id, struct reg **out);

/*
 * The same, as the register stood at asat ("YYYY-MM-DD HH:MM:SS", UTC),
 * from the tables' system-versioned history.
 */
enum db_rc reg_load_at(struct db *, long long org_id, const char *asat,
	    struct reg **out);
void	 reg_free(struct reg *);

#endif
