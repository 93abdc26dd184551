/* router: one table of routes per program, matched on method and path with ":name" captures. */
#ifndef GD_ROUTER_H
#define GD_ROUTER_H

#include "http.h"

struct app;

/*
 * A page. Returns an HTTP status. For a status >= 400 with no document
 * the program renders its error sheet. Pages do no I/O.
 */
typedef int (*page_fn)(struct app *, struct req *, struct resp *);

#define ROUTE_GET	(1u << METHOD_GET)
#define ROUTE_POST	(1u << METHOD_POST)

#define ROUTE_PUBLIC	0x100	/* staff: no login needed */

struct route {
	unsigned	 methods;	/* ROUTE_GET | ROUTE_POST; HEAD follows GET */
	const char	*pattern;	/* "/staff/o/:slug/register" */
	page_fn		 fn;
	unsigned	 flags;
};

/*
 * Finds the route for r->method and r->path among n routes, storing
 * captured segments in r->args (owned by r). Returns its index, -1 when
 * no pattern matches (404), -2 when a pattern matches but the method is
 * not allowed (405).
 */
int	 router_match(const struct route *, size_t n, struct req *r);

#endif
