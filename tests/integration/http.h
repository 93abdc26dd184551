/* http: a small libcurl client for the integration suites: one request, its status, headers and body. */
#ifndef IT_HTTP_H
#define IT_HTTP_H

#include <stddef.h>

#include <libxml/tree.h>

#include "core/util.h"

/* What came back: the last response's status, header block and body. */
struct ht_resp {
	long		 status;
	struct buf	 head;		/* header lines of the final response */
	struct buf	 body;
};

/* One part of a multipart/form-data body (curl_mime builds it). */
struct ht_part {
	const char	*name;
	const char	*data;		/* the value, or the file's bytes */
	size_t		 len;		/* 0: strlen(data) */
	const char	*filename;	/* not NULL: a file part */
	const char	*type;		/* a file part's Content-Type, or NULL */
};

/*
 * One request. Only path is required; the rest may be zero. Redirects
 * are never followed.
 */
struct ht_req {
	const char	*method;	/* NULL: POST with a body, else GET */
	const char	*path;		/* appended to GDPRDESK_TEST_URL */
	const char	*cookie;	/* Cookie header value ("a=b; c=d") */
	const char	*accept;	/* Accept header value */
	const char	*ctype;		/* Content-Type of the body */
	const char	*body;		/* request body, or NULL */
	size_t		 bodylen;	/* 0: strlen(body) */
	int		 is_chunked;	/* send the body chunked, no length */
	const char	*const *headers; /* more "Name: value", NULL-ended */
	const struct ht_part *parts;	/* not NULL: POST these as */
	size_t		 nparts;	/* multipart/form-data (body ignored) */
};

/* The base URL from GDPRDESK_TEST_URL, without a trailing slash. */
const char *ht_base(void);

/*
 * Sends rq and fills out (which the caller frees with ht_resp_free, also
 * on failure). Returns 0, or -1 when no HTTP response came back.
 */
int	 ht_do(const struct ht_req *rq, struct ht_resp *out);

/* A GET of path with an optional cookie; xml asks for the XML document. */
int	 ht_get(struct ht_resp *, const char *path, const char *cookie,
	    int xml);

/* A POST of an urlencoded form body with an optional cookie. */
int	 ht_post(struct ht_resp *, const char *path, const char *cookie,
	    const char *form);

/*
 * A POST of n parts as multipart/form-data (libcurl picks the boundary)
 * with an optional cookie, asking for the XML document.
 */
int	 ht_post_multipart(struct ht_resp *, const char *path,
	    const char *cookie, const struct ht_part *parts, size_t n);

void	 ht_resp_free(struct ht_resp *);

/* The first value of header name (case-insensitive), or NULL. Owned. */
char	*ht_header(const struct ht_resp *, const char *name);

/*
 * The whole Set-Cookie line that sets cookie name, or NULL. Owned.
 * ht_cookie_value returns only its value.
 */
char	*ht_set_cookie(const struct ht_resp *, const char *name);
char	*ht_cookie_value(const struct ht_resp *, const char *name);

/* Does the body contain needle? */
int	 ht_body_has(const struct ht_resp *, const char *needle);

/* The body parsed as XML, or NULL. Free with xmlFreeDoc. */
xmlDocPtr ht_xml(const struct ht_resp *);

/*
 * The string value of XPath expression expr over doc (wrap it in
 * string() or count() as needed), or NULL. Owned.
 */
char	*ht_xpath(xmlDocPtr doc, const char *expr);

/* The same as a whole number; -1 when it is not one. */
long long ht_xpath_int(xmlDocPtr doc, const char *expr);

/* Appends "key=value" (urlencoded, '&' between pairs) to b. */
void	 ht_form_add(struct buf *b, const char *key, const char *val);

#endif
