/* router: one table of routes per program, matched on method and path with ":name" captures. */
#include <string.h>
#include <stdlib.h>

#include "router.h"
#include "util.h"

/*
 * Matches path against pattern segment by segment. A ":name" segment
 * captures one non-empty segment (no '/'). On a match the captures are
 * stored in args (owned by the caller) and 1 is returned.
 */
static int
router_try(const char *pat, const char *path, char **args, size_t *nargs)
{
	const char *pe, *se;
	size_t n = 0, i;

	while (*pat != '\0' && *path != '\0') {
		if (*pat == ':') {
			pe = strchr(pat, '/');
			se = strchr(path, '/');
			if (pe == NULL)
				pe = pat + strlen(pat);
			if (se == NULL)
				se = path + strlen(path);
			if (se == path || n == 4)
				goto fail;
			args[n++] = xstrndup(path, (size_t)(se - path));
			pat = pe;
			path = se;
			continue;
		}
		if (*pat != *path)
			goto fail;
		pat++;
		path++;
	}
	if (*pat != '\0' || *path != '\0')
		goto fail;
	*nargs = n;
	return 1;
fail:
	for (i = 0; i < n; i++)
		free(args[i]);
	return 0;
}

int
router_match(const struct route *routes, size_t n, struct req *r)
{
	char *args[4];
	size_t i, nargs, j;
	unsigned want;
	int found = 0;

	want = 1u << (r->method == METHOD_HEAD ? METHOD_GET : r->method);
	for (i = 0; i < n; i++) {
		if (!router_try(routes[i].pattern, r->path, args, &nargs))
			continue;
		if (!(routes[i].methods & want)) {
			for (j = 0; j < nargs; j++)
				free(args[j]);
			found = 1;
			continue;
		}
		for (j = 0; j < r->nargs; j++)
			free(r->args[j]);
		memcpy(r->args, args, nargs * sizeof(args[0]));
		r->nargs = nargs;
		return (int)i;
	}
	return found ? -2 : -1;
}
