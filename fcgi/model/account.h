/* account: staff accounts, their roles and organisation grants, login throttling. */
#ifndef GD_ACCOUNT_H
#define GD_ACCOUNT_H

#include <stddef.h>

#include "core/db.h"

enum role {
	ROLE_ADMIN,	/* everything, every organisation */
	ROLE_DPO,	/* reads and changes the organisations granted */
	ROLE_VIEWER,	/* reads the organisations granted */
	ROLE__MAX
};

extern const char *const account_role_names[ROLE__MAX];

struct account {
	long long	 id;
	char		*login;
	char		*name;		/* display name; may be NULL */
	enum role	 role;
	int		 is_disabled;
	char		*pwhash;	/* NULL in lists */
};

/* A grant of an organisation to an account, for listings. */
struct grant {
	long long	 account_id;
	char		*slug;
	char		*org_name;
};

/* Parses a role name; -1 when unknown. */
int	 account_role_parse(const char *);

/* Does the account's role allow changes (not a viewer)? */
int	 account_can_write(const struct account *);

/*
 * Loads one account. Returns DB_OK with *out (free with account_free),
 * DB_NOTFOUND or DB_ERROR.
 */
enum db_rc account_get_by_login(struct db *, const char *login,
	    struct account **out);
enum db_rc account_get_by_id(struct db *, long long id, struct account **out);
void	 account_free(struct account *);

/* All accounts, by login. *out is an array of *n (account_list_free). */
enum db_rc account_list(struct db *, struct account **out, size_t *n);
void	 account_list_free(struct account *, size_t);
enum db_rc account_grant_list(struct db *, struct grant **out, size_t *n);
void	 account_grant_list_free(struct grant *, size_t);

/*
 * Creates an account with password pw (hashed here). Returns DB_OK with
 * *id, DB_CONFLICT when the login is taken, or DB_ERROR.
 */
enum db_rc account_create(struct db *, const char *login, const char *name,
	    enum role, const char *pw, long long *id);

/* Return DB_OK, DB_NOTFOUND (no such account) or DB_ERROR. */
enum db_rc account_set_role(struct db *, long long id, enum role);
enum db_rc account_set_password(struct db *, long long id, const char *pw);
/* Disabling also ends every session of the account. */
enum db_rc account_set_disabled(struct db *, long long id, int disabled);
enum db_rc account_grant(struct db *, long long id, long long org_id);
enum db_rc account_revoke(struct db *, long long id, long long org_id);

/*
 * Failed logins for a login name within window seconds (the name is
 * kept hashed). Return the count, or -1 on a database error.
 */
long long account_login_failures(struct db *, const char *login, long window);
int	 account_login_failure_record(struct db *, const char *login);
int	 account_login_failure_clear(struct db *, const char *login);

#endif
