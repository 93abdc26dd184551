/* config: a program's settings, read once from its environment at start-up. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "log.h"
#include "util.h"

/* Reads a positive number of seconds or a count; def when unset. */
static int
config_num(const char *name, long def, long *out)
{
	const char *s;
	long long v;

	if ((s = getenv(name)) == NULL || *s == '\0') {
		*out = def;
		return 0;
	}
	if (util_strtonum(s, 1, 86400 * 30, &v) == -1) {
		log_err("config: %s must be a number from 1 to 2592000", name);
		return -1;
	}
	*out = (long)v;
	return 0;
}

int
config_load(struct config *c, const char *prog)
{
	c->db_file = getenv("GDPRDESK_DB_CONF");
	c->db_group = getenv("GDPRDESK_DB_GROUP");
	c->xslt_dir = getenv("GDPRDESK_XSLT_DIR");
	if (c->db_group == NULL || *c->db_group == '\0')
		c->db_group = prog;
	if (c->db_file == NULL || *c->db_file == '\0') {
		log_err("config: GDPRDESK_DB_CONF (a MariaDB option file) is not set");
		return -1;
	}
	if (c->xslt_dir == NULL || *c->xslt_dir == '\0') {
		log_err("config: GDPRDESK_XSLT_DIR (the stylesheets) is not set");
		return -1;
	}
	/* Links in messages leave the site: they need its address. */
	c->public_url = getenv("GDPRDESK_PUBLIC_URL");
	if (c->public_url == NULL)
		c->public_url = "";
	if (*c->public_url != '\0' &&
	    ((strncmp(c->public_url, "http://", 7) != 0 &&
	    strncmp(c->public_url, "https://", 8) != 0) ||
	    c->public_url[strlen(c->public_url) - 1] == '/' ||
	    strpbrk(c->public_url, " \t\r\n\"<>") != NULL)) {
		log_err("config: GDPRDESK_PUBLIC_URL must be http(s)://host[:port]"
		    "[/path] without a trailing slash");
		return -1;
	}
	if (config_num("GDPRDESK_SESSION_IDLE", 1800, &c->session_idle) == -1 ||
	    config_num("GDPRDESK_SESSION_MAX", 43200, &c->session_max) == -1 ||
	    config_num("GDPRDESK_LOGIN_FAILS", 5, &c->login_fails) == -1 ||
	    config_num("GDPRDESK_LOGIN_WINDOW", 900, &c->login_window) == -1)
		return -1;
	return 0;
}
