/* location: where an organisation or one of its recipients holds data, and the transfer mechanism each place rests on. */
#ifndef GD_LOCATION_H
#define GD_LOCATION_H

#include <stddef.h>

#include "core/db.h"

/* Whose locations: the organisation's own, or a recipient's. */
enum loc_owner { LOC_ORG, LOC_RECIPIENT, LOC__MAX };

struct location {
	long long	 id;
	char		*country;	/* ISO 3166-1 alpha-2 */
	char		*country_name;
	char		*region;	/* cloud region; NULL when none */
	char		*mechanism;	/* mechanism code; NULL: none stated */
	char		*mechanism_name;
	char		*valid_until;	/* its last valid day, or NULL */
	char		*note;
};

/* A new location as typed (checked for form, not yet for existence). */
struct location_in {
	const char	*country;	/* NULL: take it from a known region */
	const char	*region;	/* NULL or a cloud region code */
	const char	*mechanism;	/* NULL: none stated */
	const char	*note;
};

/* What location_add found wrong with a location_in. */
enum loc_err {
	LOC_OK,
	LOC_NO_COUNTRY,		/* no country, nor a known region to give one */
	LOC_BAD_COUNTRY,	/* not in the country table */
	LOC_REGION_ELSEWHERE,	/* a known region, in another country */
	LOC_BAD_REGION,		/* not in the cloud_region table */
	LOC_BAD_MECHANISM,	/* not in the transfer_mechanism table */
	LOC_ERR__MAX
};

/*
 * The live (not retired) locations of owner_id, an organisation or one
 * of org_id's recipients, by country name. Returns DB_OK with *out of
 * *n (free with location_list_free) or DB_ERROR.
 */
enum db_rc location_list(struct db *, enum loc_owner, long long org_id,
	    long long owner_id, struct location **out, size_t *n);
void	 location_list_free(struct location *, size_t);

/*
 * Adds a location to owner_id (for LOC_ORG, owner_id is org_id) by
 * account_id, with its audit row, in one transaction. A region that
 * names a known cloud region supplies a missing country. Returns DB_OK
 * with *id; DB_CONFLICT with *err saying which reference did not exist
 * (nothing saved); DB_NOTFOUND when the owner is not org_id's (or is a
 * retired recipient); DB_ERROR.
 */
enum db_rc location_add(struct db *, enum loc_owner, long long org_id,
	    long long owner_id, const struct location_in *,
	    long long account_id, enum loc_err *err, long long *id);

/*
 * Retires location id of owner_id by account_id, with its audit row.
 * Returns DB_OK, DB_NOTFOUND (no such live location of that owner in
 * org_id) or DB_ERROR.
 */
enum db_rc location_retire(struct db *, enum loc_owner, long long org_id,
	    long long owner_id, long long id, long long account_id);

#endif
