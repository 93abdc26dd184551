/* http: a request decoded from FastCGI parameters and body, and the response a page fills in. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "form.h"
#include "http.h"
#include "multipart.h"
#include "util.h"

const char *
http_env(char *const *envp, const char *name)
{
	size_t n = strlen(name);

	for (; envp != NULL && *envp != NULL; envp++)
		if (strncmp(*envp, name, n) == 0 && (*envp)[n] == '=')
			return *envp + n + 1;
	return NULL;
}

long long
http_content_length(char *const *envp, int *has_len)
{
	const char *s;
	long long v;

	*has_len = 0;
	if ((s = http_env(envp, "CONTENT_LENGTH")) == NULL || *s == '\0')
		return 0;
	*has_len = 1;
	if (strspn(s, "0123456789") != strlen(s) ||
	    util_strtonum(s, 0, 1LL << 40, &v) == -1)
		return -1;
	return v;
}

/* Does the media type (before any ';' parameters) equal want? */
static int
http_is_type(const char *ct, const char *want)
{
	size_t n = strlen(want);

	while (*ct == ' ')
		ct++;
	return strncasecmp(ct, want, n) == 0 &&
	    (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

size_t
http_body_max(char *const *envp)
{
	const char *ct = http_env(envp, "CONTENT_TYPE");

	return ct != NULL && http_is_type(ct, "multipart/form-data") ?
	    HTTP_UPLOAD_MAX : HTTP_BODY_MAX;
}

/*
 * A client wants the XML document when it names application/xml or
 * text/xml and not text/html: browsers list both and get HTML.
 */
static int
http_accepts_xml(const char *accept)
{
	if (accept == NULL)
		return 0;
	if (strcasestr(accept, "text/html") != NULL)
		return 0;
	return strcasestr(accept, "application/xml") != NULL ||
	    strcasestr(accept, "text/xml") != NULL;
}

static int
http_has_control(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

/* Decodes a path: %XX only, valid UTF-8, no control characters. */
static char *
http_decode_path(const char *s, size_t len)
{
	char *p;

	if ((p = form_decode(s, len, 0)) == NULL)
		return NULL;
	if (http_has_control(p)) {
		free(p);
		return NULL;
	}
	return p;
}

int
http_req_parse(struct req *r, char *const *envp, const char *body,
    size_t len)
{
	const char *s, *q, *d, *ct;
	long long clen;
	size_t max;
	int has_len;

	memset(r, 0, sizeof(*r));
	if ((s = http_env(envp, "REQUEST_METHOD")) == NULL)
		s = "GET";
	if (strcmp(s, "GET") == 0)
		r->method = METHOD_GET;
	else if (strcmp(s, "HEAD") == 0)
		r->method = METHOD_HEAD;
	else if (strcmp(s, "POST") == 0)
		r->method = METHOD_POST;
	else
		r->method = METHOD_OTHER;

	/* Read first, so that even a refusal answers in the form asked for. */
	r->wants_xml = http_accepts_xml(http_env(envp, "HTTP_ACCEPT"));
	s = http_env(envp, "HTTPS");
	r->is_https = s != NULL && strcasecmp(s, "on") == 0;

	/*
	 * The path nginx routed on (DOCUMENT_URI: decoded and normalised,
	 * and the target of an internal error_page redirect) when given;
	 * else the path of REQUEST_URI, decoded here. The query string is
	 * always the raw one.
	 */
	s = http_env(envp, "REQUEST_URI");
	q = s != NULL ? strchr(s, '?') : NULL;
	if ((d = http_env(envp, "DOCUMENT_URI")) != NULL && *d == '/') {
		if (!form_is_utf8(d, strlen(d)) || http_has_control(d)) {
			r->bad = "The address is not valid UTF-8.";
			return 400;
		}
		r->path = xstrdup(d);
	} else if (s == NULL || *s != '/') {
		r->bad = "The request has no valid address.";
		return 400;
	} else if ((r->path = http_decode_path(s, q ? (size_t)(q - s) :
	    strlen(s))) == NULL) {
		r->bad = "The address is not valid UTF-8 or has a bad "
		    "percent-encoding.";
		return 400;
	}
	if (q != NULL && form_urldecode(q + 1, strlen(q + 1), &r->query,
	    &r->nquery) == -1) {
		r->bad = "The query string has a bad percent-encoding, is not "
		    "valid UTF-8, or has too many fields.";
		return 400;
	}
	if ((s = http_env(envp, "HTTP_COOKIE")) != NULL &&
	    form_cookies(s, &r->cookies, &r->ncookies) == -1) {
		/* A broken cookie is ignored rather than locking a user out. */
		r->cookies = NULL;
		r->ncookies = 0;
	}
	if (r->method != METHOD_POST)
		return 0;
	clen = http_content_length(envp, &has_len);
	if (clen < 0) {
		r->bad = "The Content-Length header is not a number.";
		return 400;
	}
	if (!has_len) {
		r->bad = "A request with a body must say how long it is "
		    "(Content-Length).";
		return 411;
	}
	max = http_body_max(envp);
	if ((unsigned long long)clen > max || (size_t)clen != len) {
		if ((unsigned long long)clen > max) {
			r->bad = "The request is larger than this page accepts.";
			return 413;
		}
		r->bad = "The request body is shorter than its "
		    "Content-Length.";
		return 400;
	}
	ct = http_env(envp, "CONTENT_TYPE");
	if (clen == 0 && (ct == NULL || *ct == '\0'))
		return 0;
	if (ct != NULL && http_is_type(ct, "application/x-www-form-urlencoded")) {
		if (form_urldecode(body, len, &r->body, &r->nbody) == -1) {
			r->bad = "The form data has a bad percent-encoding, is "
			    "not valid UTF-8, or has too many fields.";
			return 400;
		}
		return 0;
	}
	if (ct != NULL && http_is_type(ct, "multipart/form-data")) {
		r->is_multipart = 1;
		if (multipart_parse(ct, body, len, &r->body, &r->nbody,
		    &r->upload) == -1) {
			r->bad = "The form data is not valid multipart/form-data: "
			    "a missing or bad boundary, a part without a name, "
			    "text that is not valid UTF-8, too many parts or "
			    "more than one file.";
			return 400;
		}
		return 0;
	}
	if (ct != NULL && (http_is_type(ct, "application/xml") ||
	    http_is_type(ct, "text/xml"))) {
		r->raw_body = xstrndup(body ? body : "", len);
		r->raw_len = len;
		return 0;
	}
	r->bad = "This kind of content is not accepted here: send a form "
	    "(application/x-www-form-urlencoded or multipart/form-data).";
	return 415;
}

void
http_req_free(struct req *r)
{
	size_t i;

	free(r->path);
	form_kv_free(r->query, r->nquery);
	form_kv_free(r->body, r->nbody);
	multipart_upload_free(r->upload);
	form_kv_free(r->cookies, r->ncookies);
	free(r->raw_body);
	for (i = 0; i < r->nargs; i++)
		free(r->args[i]);
	memset(r, 0, sizeof(*r));
}

const char *
http_cookie(const struct req *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ncookies; i++)
		if (strcmp(r->cookies[i].key, name) == 0)
			return r->cookies[i].val;
	return NULL;
}

const char *
http_field(const struct req *r, const char *name)
{
	const struct kv *kv = r->method == METHOD_POST ? r->body : r->query;
	size_t n = r->method == METHOD_POST ? r->nbody : r->nquery, i;

	for (i = 0; i < n; i++)
		if (strcmp(kv[i].key, name) == 0)
			return kv[i].val;
	return NULL;
}

void
http_resp_cookie(struct resp *p, const struct req *r, const char *name,
    const char *value, const char *path, long max_age)
{
	char *v, age[32] = "";

	if (max_age >= 0)
		snprintf(age, sizeof(age), "; Max-Age=%ld", max_age);
	v = xasprintf("%s=%s; Path=%s; HttpOnly; SameSite=Strict%s%s", name,
	    value, path, r->is_https ? "; Secure" : "", age);
	http_resp_header(p, "Set-Cookie", v);
	free(v);
}

void
http_resp_header(struct resp *p, const char *name, const char *val)
{
	/* A page never needs more than a handful; more is a bug. */
	if (p->nheaders == NELEM(p->headers))
		abort();
	p->headers[p->nheaders].name = xstrdup(name);
	p->headers[p->nheaders].val = xstrdup(val);
	p->nheaders++;
}

void
http_resp_redirect(struct resp *p, const char *location)
{
	free(p->location);
	p->location = xstrdup(location);
}

void
http_resp_free(struct resp *p)
{
	size_t i;

	if (p->doc != NULL)
		xmlFreeDoc(p->doc);
	free(p->location);
	free(p->body);
	free(p->cache_key);
	for (i = 0; i < p->nheaders; i++) {
		free(p->headers[i].name);
		free(p->headers[i].val);
	}
	memset(p, 0, sizeof(*p));
}

const char *
http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 201: return "Created";
	case 204: return "No Content";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default: return "Unknown";
	}
}
