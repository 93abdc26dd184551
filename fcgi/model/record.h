/* record: what the printable record and the reports need beyond the register the checks read: every column, category names, the controller's details. */
#ifndef GD_RECORD_H
#define GD_RECORD_H

#include <stddef.h>

#include "core/db.h"
#include "activity.h"
#include "org.h"
#include "register.h"

/* A category of data subjects or of personal data an activity names. */
struct record_cat {
	long long	 id;
	char		*code;
	char		*name;
	int		 is_special;	/* Art 9(1); data categories only */
	int		 is_criminal;	/* Art 10; data categories only */
};

/* One activity's detail: the same index as in the register's acts. */
struct record_activity {
	char		*col[ACT__MAX];	/* as activity.h names them; NULL: none */
	char		*basis_article;	/* "Art 6(1)(b)" */
	char		*art9_article;
	char		*art9_name;
	struct record_cat *subjects;	/* by name */
	size_t		 nsubjects;
	struct record_cat *data;	/* by name */
	size_t		 ndata;
};

/* One recipient's detail: the same index as in the register's recs. */
struct record_recipient {
	char		*contact;
	char		*contract_date;	/* YYYY-MM-DD */
	char		*certifications;
};

struct record {
	struct org		 org;	/* the controller's details */
	struct record_activity	*acts;	/* parallel to g->acts */
	size_t			 nacts;	/* g->nacts */
	struct record_recipient	*recs;	/* parallel to g->recs */
	size_t			 nrecs;	/* g->nrecs */
};

/*
 * Loads the detail of the register g (which reg_load or reg_load_at
 * loaded): now when asat is NULL, else as the tables stood at asat
 * ("YYYY-MM-DD HH:MM:SS", UTC), the time reg_load_at was given. Rows
 * that g does not hold (changed in between) are left out. Returns DB_OK
 * with *out (free with record_free), DB_NOTFOUND (no organisation then)
 * or DB_ERROR.
 */
enum db_rc record_load(struct db *, const struct reg *g, const char *asat,
	    struct record **out);
void	 record_free(struct record *);

#endif
