/* audit: the append-only trail of logins, account changes and staff reads of personal data. */
#ifndef GD_AUDIT_H
#define GD_AUDIT_H

struct db;

/*
 * Appends one row. account_id and org_id are 0 when unknown; entity and
 * detail may be NULL. detail holds codes and ids, never personal data.
 * Returns 0 or -1.
 */
int	 audit_log(struct db *, long long account_id, const char *action,
	    long long org_id, const char *entity, long long entity_id,
	    const char *detail);

#endif
