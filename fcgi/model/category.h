/* category: the categories of personal data and of data subjects: the shipped taxonomy and an organisation's own. */
#ifndef GD_CATEGORY_H
#define GD_CATEGORY_H

#include <stddef.h>

#include "core/db.h"

/* The two lists of categories an activity chooses from. */
enum cat_kind { CAT_DATA, CAT_SUBJECT, CAT__MAX };

/* "data", "subject": the kinds as the form posts them. */
extern const char *const category_kind_names[CAT__MAX];

struct category {
	long long	 id;
	int		 is_own;	/* the organisation's, not shipped */
	char		*code;
	char		*name;
	int		 is_special;	/* Art 9(1); data categories only */
	int		 is_criminal;	/* Art 10; data categories only */
};

/*
 * The categories of kind that org_id may choose: the shipped ones, then
 * its own, each by name. Returns DB_OK with *out of *n (free with
 * category_list_free) or DB_ERROR.
 */
enum db_rc category_list(struct db *, enum cat_kind, long long org_id,
	    struct category **out, size_t *n);
void	 category_list_free(struct category *, size_t);

/* Why category_add refused a code. */
enum cat_err {
	CAT_OK,
	CAT_SHIPPED,	/* a shipped category of that kind has the code */
	CAT_TAKEN	/* the organisation already has one with the code */
};

/*
 * Adds a category of kind to org_id (is_special and is_criminal count
 * for data categories only) by account_id, with its audit row
 * (category_create), in one transaction. Returns DB_OK with *id;
 * DB_CONFLICT with *err saying why the code cannot be used (nothing
 * saved); DB_ERROR.
 */
enum db_rc category_add(struct db *, enum cat_kind, long long org_id,
	    const char *code, const char *name, int is_special,
	    int is_criminal, long long account_id, enum cat_err *err,
	    long long *id);

#endif
