/* ctl: what gdprdeskctl's command files share: exit codes, the instance's database, the commands. */
#ifndef GD_CTL_H
#define GD_CTL_H

#include <stddef.h>

#include "core/db.h"

/* Exit codes: scripts rely on them. */
#define EXIT_DB		1	/* no database, or it failed */
#define EXIT_USAGE	2	/* bad arguments or input */
#define EXIT_EXISTS	3	/* user add: the login is taken */

/*
 * Opens the instance's database (VAR/my.cnf, group [gdprdeskctl]) with
 * the n statements of allow prepared, or says why not on stderr and
 * returns NULL.
 */
struct db *ctl_db(const int *allow, size_t n);

/* gdprdeskctl mail send (mail.c). Returns an exit code. */
int	 ctl_mail(int argc, char *argv[]);

/* gdprdeskctl tick (mail.c): the digests, then mail send. */
int	 ctl_tick(int argc, char *argv[]);

#endif
