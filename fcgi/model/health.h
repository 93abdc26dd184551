/* health: does the database answer? */
#ifndef GD_HEALTH_H
#define GD_HEALTH_H

struct db;

/* Returns 0 when the database answers a trivial query, else -1. */
int	 health_check(struct db *);

#endif
