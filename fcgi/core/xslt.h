/* xslt: compile every stylesheet once at start-up, lock libxslt down, transform per request. */
#ifndef GD_XSLT_H
#define GD_XSLT_H

#include <stddef.h>
#include <libxml/tree.h>

/* Where rendered output goes: returns 0, or -1 to stop. */
typedef int (*xslt_write_fn)(void *ctx, const char *, size_t);

/*
 * Compiles n sheets (paths relative to dir, or absolute) and then
 * forbids file and network reads and writes for every later transform.
 * Returns 0, or -1 with the failing sheet logged.
 */
int	 xslt_init(const char *dir, const char *const *files, size_t n);
void	 xslt_cleanup(void);

/*
 * Transforms doc with sheet, passing params (a NULL-terminated list of
 * name, value pairs; values are quoted here) and writes the result
 * through write. *media receives the sheet's output media type (static,
 * "text/html" when unset). Returns 0, or -1 when the transform failed
 * (nothing was written).
 */
int	 xslt_render(int sheet, xmlDocPtr doc, const char *const *params,
	    xslt_write_fn write, void *ctx, const char **media);

#endif
