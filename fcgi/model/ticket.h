/* ticket: data-subject requests. For now: what a requester's status page may show. */
#ifndef GD_TICKET_H
#define GD_TICKET_H

#include "core/db.h"

struct ticket_status {
	char	*reference;
	char	*kind;
	char	*status;
	char	*due;		/* YYYY-MM-DD, NULL while the clock has not started */
	char	*org_name;
	char	*org_slug;
};

/*
 * Finds a ticket by the requester's token (hashed here; the public
 * program reaches tickets only through a procedure keyed by the hash).
 * Returns DB_OK with *out (ticket_status_free), DB_NOTFOUND or DB_ERROR.
 */
enum db_rc ticket_status_by_token(struct db *, const char *token,
	    struct ticket_status **out);
void	 ticket_status_free(struct ticket_status *);

#endif
