/* http: a request decoded from FastCGI parameters and body, and the response a page fills in. */
#ifndef GD_HTTP_H
#define GD_HTTP_H

#include <stddef.h>
#include <libxml/tree.h>

#define HTTP_BODY_MAX	(64 * 1024)	/* the largest body read, but ... */
#define HTTP_UPLOAD_MAX	(8 * 1024 * 1024) /* ... a multipart one (nginx: 8m) */
#define HTTP_FIELDS_MAX	200		/* the most fields one request may send */

enum http_method {
	METHOD_GET,
	METHOD_HEAD,
	METHOD_POST,
	METHOD_OTHER,
	METHOD__MAX
};

/* One decoded name=value pair of the query string, the body or a cookie. */
struct kv {
	char	*key;
	char	*val;
};

/*
 * The file part of a multipart/form-data body. Owned by the request. The
 * filename is what the browser sent: shown at most, never used as a path.
 */
struct upload {
	char	*name;		/* the form field's name */
	char	*filename;	/* valid UTF-8, no control characters; may be "" */
	char	*ctype;		/* the part's Content-Type, or NULL */
	char	*data;		/* len bytes, then a NUL */
	size_t	 len;
};

/*
 * A decoded request. Everything is owned by the request and freed by
 * http_req_free(). Values are raw: a page checks them through form.h.
 */
struct req {
	enum http_method method;
	char		*path;		/* decoded path, no query string */
	struct kv	*query;
	size_t		 nquery;
	struct kv	*body;		/* POST fields (urlencoded or multipart) */
	size_t		 nbody;
	struct upload	*upload;	/* a multipart body's file part, or NULL */
	int		 is_multipart;	/* the body was multipart/form-data */
	struct kv	*cookies;
	size_t		 ncookies;
	char		*raw_body;	/* non-form bodies (XML import) */
	size_t		 raw_len;
	int		 wants_xml;	/* Accept: application/xml */
	int		 is_https;
	const char	*reqid;		/* borrowed from the caller */
	char		*args[4];	/* router captures (":slug") */
	size_t		 nargs;
	const char	*bad;		/* why a 4xx was returned, for the page */
};

/* A header a page adds to its response. */
struct header {
	char	*name;
	char	*val;
};

/*
 * What a page returns besides its status: an XML data document and the
 * sheet that renders it, a redirect, or a raw body (CSV, text).
 */
struct resp {
	int		 status;
	xmlDocPtr	 doc;		/* owned: freed by http_resp_free() */
	int		 sheet;		/* index into the program's sheet table */
	char		*location;	/* redirect target, owned */
	char		*body;		/* raw body, owned */
	size_t		 bodylen;
	const char	*content_type;	/* for body; static string */
	struct header	 headers[8];
	size_t		 nheaders;
	const char	*message;	/* an error's explanation, static */
	int		 is_public_doc;	/* doc goes to Accept: application/xml
					 * even where the program's pages do
					 * not (a privacy notice) */
	char		*cache_key;	/* owned: keep the rendered page under
					 * this key (serve_cache_get) */
	int		 is_xml;	/* send doc itself as application/xml
					   (a download), whatever the Accept */
};

/*
 * Fills r from a FastCGI environment (NULL-terminated "NAME=value" list)
 * and the request body (len bytes; NULL when none was read).
 * Returns 0, or the 4xx status to answer with (r->bad says why):
 * 400 malformed encoding or invalid UTF-8 (or a malformed multipart
 * body), 411 a body without CONTENT_LENGTH, 413 over http_body_max(),
 * 415 a content type not parsed. Parsed are
 * application/x-www-form-urlencoded and multipart/form-data (fields into
 * r->body, a file part into r->upload) and application/xml or text/xml
 * (r->raw_body).
 */
int	 http_req_parse(struct req *r, char *const *envp, const char *body,
	    size_t len);

/*
 * Reads CONTENT_LENGTH from envp. Returns the length (0 when absent and
 * has_len is set to 0), or -1 when malformed.
 */
long long http_content_length(char *const *envp, int *has_len);

/*
 * The largest body a request with this environment may send:
 * HTTP_UPLOAD_MAX when its CONTENT_TYPE is multipart/form-data, else
 * HTTP_BODY_MAX. The accept loop reads no more than this.
 */
size_t	 http_body_max(char *const *envp);

/* Looks up a parameter in a FastCGI environment; NULL when absent. */
const char *http_env(char *const *envp, const char *name);

void	 http_req_free(struct req *);

/* The value of cookie name, or NULL. Borrowed. */
const char *http_cookie(const struct req *, const char *name);

/*
 * The value of field name: the POST body's for a POST, else the query
 * string's; unchecked, NULL when absent. Borrowed.
 */
const char *http_field(const struct req *, const char *name);

/*
 * Sets a cookie: HttpOnly, SameSite=Strict, Secure behind HTTPS, on
 * path. An empty value with max_age 0 clears it; max_age -1 makes a
 * cookie that ends with the browser session.
 */
void	 http_resp_cookie(struct resp *, const struct req *, const char *name,
	    const char *value, const char *path, long max_age);

/* Adds a response header; name and value are copied. */
void	 http_resp_header(struct resp *, const char *name, const char *val);
void	 http_resp_redirect(struct resp *, const char *location);
void	 http_resp_free(struct resp *);

/* The reason phrase of a status ("Not Found"). */
const char *http_reason(int status);

#endif
