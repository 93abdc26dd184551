/* config: a program's settings, read once from its environment at start-up. */
#ifndef GD_CONFIG_H
#define GD_CONFIG_H

struct config {
	const char	*db_file;	/* GDPRDESK_DB_CONF: MariaDB option file */
	const char	*db_group;	/* GDPRDESK_DB_GROUP: its group, default the program's name */
	const char	*xslt_dir;	/* GDPRDESK_XSLT_DIR */
	long		 session_idle;	/* GDPRDESK_SESSION_IDLE seconds, default 1800 */
	long		 session_max;	/* GDPRDESK_SESSION_MAX seconds, default 43200 */
	long		 login_fails;	/* GDPRDESK_LOGIN_FAILS before throttling, default 5 */
	long		 login_window;	/* GDPRDESK_LOGIN_WINDOW seconds, default 900 */
	const char	*public_url;	/* GDPRDESK_PUBLIC_URL: the site's address for links in messages; "" gives paths */
};

/*
 * Fills c from the environment. Strings are borrowed from environ.
 * Returns 0, or -1 after logging which variable is missing or bad.
 */
int	 config_load(struct config *c, const char *prog);

#endif
