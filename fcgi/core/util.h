/* util: allocation that aborts on exhaustion, bounded number parsing, a growable buffer. */
#ifndef GD_UTIL_H
#define GD_UTIL_H

#include <stddef.h>
#include <stdarg.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

/*
 * Parses a whole decimal integer in [min, max] into *out.
 * Returns 0, or -1 on anything else (empty, junk, out of range).
 */
int	 util_strtonum(const char *, long long min, long long max, long long *out);

/* A growable byte buffer, always NUL-terminated. */
struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

void	 buf_append(struct buf *, const void *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_free(struct buf *);

#endif
