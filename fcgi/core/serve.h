/* serve: the FastCGI accept loop shared by the programs: parse, dispatch, render, log, free. */
#ifndef GD_SERVE_H
#define GD_SERVE_H

#include <stddef.h>
#include "http.h"
#include "config.h"
#include "db.h"
#include "xslt.h"

struct serve {
	const char	*prog;
	/* Routes and runs a page; returns an HTTP status. */
	int		(*dispatch)(void *app, struct req *, struct resp *);
	/* Called after every request, whatever happened (may be NULL). */
	void		(*done)(void *app);
	void		*app;
	struct db	*db;		/* checked for a lost connection and open transactions */
	int		 error_sheet;	/* renders <error> documents */
	int		 xml_any;	/* every page answers Accept: application/xml */
	const char	*health_path;	/* answered 200 "ok" when health_stmt runs */
	int		 health_stmt;	/* a trivial statement of the whitelist */
};

/* What a program is made of, for serve_main(). */
struct serve_prog {
	const char		*name;		/* "gdprdesk-staff": logs, DB group */
	const char		*const *sheets;	/* its stylesheets, by index */
	size_t			 nsheets;
	const struct db_stmt_def *stmts;	/* the statement table ... */
	size_t			 nstmts;
	const int		*allow;		/* ... and its whitelist */
	size_t			 nallow;
};

/*
 * A program's main: loads cfg from the environment, compiles the sheets,
 * opens *db and serves with s (whose db it sets) until stopped, then
 * cleans up. Returns the process's exit status.
 */
int	 serve_main(const struct serve_prog *, struct config *cfg,
	    struct db **db, struct serve *s);

/*
 * Serves requests on the FastCGI socket at fd 0 until SIGTERM or SIGINT.
 * Returns 0 on a clean stop, -1 if the socket failed.
 */
int	 serve_loop(const struct serve *);

/*
 * The render cache: each worker keeps its last few rendered pages, each
 * under a key the page makes from everything its output depends on (the
 * account, the CSRF token, the query, a cheap version of the data). A
 * page that finds its key answers with the bytes kept, without reading
 * the database further or rendering; one that does not sets
 * p->cache_key, and serve_one keeps what it renders. Bounded in entries
 * and bytes, so a worker's memory stays flat.
 *
 * serve_cache_hit: if key is kept, sets p's body to a copy of the page
 * (and its media type) and returns 1; else sets p->cache_key to a copy
 * of key and returns 0.
 */
int	 serve_cache_hit(struct resp *p, const char *key);

/* Forgets every kept page (tests). */
void	 serve_cache_clear(void);

/*
 * Handles one request given its environment and body, writing the
 * whole response (CGI-style headers and body) through write. For tests
 * and for the loop. Returns the status sent.
 */
int	 serve_one(const struct serve *, char *const *envp, const char *body,
	    size_t len, xslt_write_fn write, void *ctx);

/*
 * Starts a page's data document in p (replacing any): a root element
 * name with a <meta> holding the program's name and the time. Sets
 * p->sheet. Returns the root; its first child is the <meta>.
 */
xmlNodePtr serve_doc(struct resp *p, const char *prog, const char *name,
	    int sheet);

/*
 * Fills resp with an <error> document for status, with a <meta> naming
 * prog, and the message (NULL: a default sentence for the status).
 * Returns status.
 */
int	 serve_error_doc(struct resp *, const char *prog, int status,
	    const char *message);

#endif
