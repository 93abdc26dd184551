/* http: a small libcurl client for the integration suites: one request, its status, headers and body. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "http.h"

const char *
ht_base(void)
{
	static char base[512];
	const char *u;
	size_t n;

	if (base[0] == '\0') {
		if ((u = getenv("GDPRDESK_TEST_URL")) == NULL || *u == '\0')
			u = "http://127.0.0.1:8080";
		n = strlen(u);
		while (n > 0 && u[n - 1] == '/')
			n--;
		if (n >= sizeof(base))
			n = sizeof(base) - 1;
		memcpy(base, u, n);
		base[n] = '\0';
	}
	return base;
}

static size_t
ht_on_body(char *p, size_t size, size_t n, void *ctx)
{
	buf_append(ctx, p, size * n);
	return size * n;
}

/* Keeps only the last response's headers (after a 100 Continue). */
static size_t
ht_on_header(char *p, size_t size, size_t n, void *ctx)
{
	struct buf *b = ctx;

	if (size * n >= 5 && strncmp(p, "HTTP/", 5) == 0)
		b->len = 0;
	buf_append(b, p, size * n);
	return size * n;
}

/* The body source of a chunked upload. */
struct ht_src {
	const char	*p;
	size_t		 left;
};

static size_t
ht_on_read(char *out, size_t size, size_t n, void *ctx)
{
	struct ht_src *s = ctx;
	size_t k = size * n;

	/* Small pieces, so the body really travels in several chunks. */
	if (k > 100)
		k = 100;
	if (k > s->left)
		k = s->left;
	memcpy(out, s->p, k);
	s->p += k;
	s->left -= k;
	return k;
}

int
ht_do(const struct ht_req *rq, struct ht_resp *out)
{
	struct curl_slist *hl = NULL;
	curl_mime *mime = NULL;
	curl_mimepart *part;
	struct ht_src src;
	const char *const *h;
	const char *method;
	char *url, *line;
	CURLcode cc;
	CURL *c;
	size_t len, i;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	buf_puts(&out->head, "");
	buf_puts(&out->body, "");
	if ((c = curl_easy_init()) == NULL)
		return -1;
	url = xasprintf("%s%s", ht_base(), rq->path);
	len = rq->body == NULL ? 0 : rq->bodylen ? rq->bodylen :
	    strlen(rq->body);
	method = rq->method ? rq->method : rq->body || rq->parts ? "POST" :
	    "GET";

	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, ht_on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &out->body);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, ht_on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, &out->head);
	/* libcurl would wait for a 100 Continue on larger bodies. */
	hl = curl_slist_append(hl, "Expect:");
	if (rq->cookie != NULL)
		curl_easy_setopt(c, CURLOPT_COOKIE, rq->cookie);
	if (rq->accept != NULL) {
		line = xasprintf("Accept: %s", rq->accept);
		hl = curl_slist_append(hl, line);
		free(line);
	}
	if (rq->ctype != NULL) {
		line = xasprintf("Content-Type: %s", rq->ctype);
		hl = curl_slist_append(hl, line);
		free(line);
	}
	for (h = rq->headers; h != NULL && *h != NULL; h++)
		hl = curl_slist_append(hl, *h);

	if (strcmp(method, "POST") == 0 && rq->parts != NULL) {
		/* libcurl sets the Content-Type with its boundary. */
		mime = curl_mime_init(c);
		for (i = 0; i < rq->nparts; i++) {
			part = curl_mime_addpart(mime);
			curl_mime_name(part, rq->parts[i].name);
			curl_mime_data(part, rq->parts[i].data,
			    rq->parts[i].len ? rq->parts[i].len :
			    strlen(rq->parts[i].data));
			if (rq->parts[i].filename != NULL)
				curl_mime_filename(part, rq->parts[i].filename);
			if (rq->parts[i].type != NULL)
				curl_mime_type(part, rq->parts[i].type);
		}
		curl_easy_setopt(c, CURLOPT_MIMEPOST, mime);
	} else if (strcmp(method, "POST") == 0 && rq->is_chunked) {
		src.p = rq->body ? rq->body : "";
		src.left = len;
		hl = curl_slist_append(hl, "Transfer-Encoding: chunked");
		curl_easy_setopt(c, CURLOPT_POST, 1L);
		curl_easy_setopt(c, CURLOPT_READFUNCTION, ht_on_read);
		curl_easy_setopt(c, CURLOPT_READDATA, &src);
	} else if (strcmp(method, "POST") == 0) {
		curl_easy_setopt(c, CURLOPT_POST, 1L);
		curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE,
		    (curl_off_t)len);
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, rq->body ? rq->body :
		    "");
		if (rq->ctype == NULL)
			hl = curl_slist_append(hl, "Content-Type:");
	} else if (strcmp(method, "HEAD") == 0)
		curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
	else if (strcmp(method, "GET") != 0) {
		curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
		if (rq->body != NULL) {
			curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE,
			    (curl_off_t)len);
			curl_easy_setopt(c, CURLOPT_POSTFIELDS, rq->body);
		}
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hl);

	if ((cc = curl_easy_perform(c)) == CURLE_OK) {
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
		rc = 0;
	} else {
		/* A refused body may close the connection early. */
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
		if (out->status > 0)
			rc = 0;
	}
	curl_slist_free_all(hl);
	curl_easy_cleanup(c);
	curl_mime_free(mime);
	free(url);
	return rc;
}

int
ht_get(struct ht_resp *out, const char *path, const char *cookie, int xml)
{
	struct ht_req rq;

	memset(&rq, 0, sizeof(rq));
	rq.path = path;
	rq.cookie = cookie;
	rq.accept = xml ? "application/xml" : "text/html";
	return ht_do(&rq, out);
}

int
ht_post(struct ht_resp *out, const char *path, const char *cookie,
    const char *form)
{
	struct ht_req rq;

	memset(&rq, 0, sizeof(rq));
	rq.path = path;
	rq.cookie = cookie;
	rq.accept = "application/xml";
	rq.ctype = "application/x-www-form-urlencoded";
	rq.body = form;
	return ht_do(&rq, out);
}

int
ht_post_multipart(struct ht_resp *out, const char *path, const char *cookie,
    const struct ht_part *parts, size_t n)
{
	struct ht_req rq;

	memset(&rq, 0, sizeof(rq));
	rq.path = path;
	rq.cookie = cookie;
	rq.accept = "application/xml";
	rq.parts = parts;
	rq.nparts = n;
	return ht_do(&rq, out);
}

void
ht_resp_free(struct ht_resp *r)
{
	buf_free(&r->head);
	buf_free(&r->body);
	memset(r, 0, sizeof(*r));
}

/*
 * Calls fn on the value of each header line called name, until fn
 * returns non-NULL; returns that.
 */
static char *
ht_each_header(const struct ht_resp *r, const char *name,
    char *(*fn)(const char *, size_t, const void *), const void *arg)
{
	const char *p, *e, *v;
	size_t n = strlen(name), vl;
	char *res;

	for (p = r->head.p; p != NULL && *p != '\0'; p = e) {
		e = strchr(p, '\n');
		e = e ? e + 1 : p + strlen(p);
		if ((size_t)(e - p) <= n || strncasecmp(p, name, n) != 0 ||
		    p[n] != ':')
			continue;
		v = p + n + 1;
		while (*v == ' ' || *v == '\t')
			v++;
		vl = (size_t)(e - v);
		while (vl > 0 && (v[vl - 1] == '\n' || v[vl - 1] == '\r' ||
		    v[vl - 1] == ' '))
			vl--;
		if ((res = fn(v, vl, arg)) != NULL)
			return res;
	}
	return NULL;
}

static char *
ht_take(const char *v, size_t len, const void *arg)
{
	(void)arg;
	return xstrndup(v, len);
}

static char *
ht_take_cookie(const char *v, size_t len, const void *arg)
{
	const char *name = arg;
	size_t n = strlen(name);

	if (len > n && strncmp(v, name, n) == 0 && v[n] == '=')
		return xstrndup(v, len);
	return NULL;
}

char *
ht_header(const struct ht_resp *r, const char *name)
{
	return ht_each_header(r, name, ht_take, NULL);
}

char *
ht_set_cookie(const struct ht_resp *r, const char *name)
{
	return ht_each_header(r, "Set-Cookie", ht_take_cookie, name);
}

char *
ht_cookie_value(const struct ht_resp *r, const char *name)
{
	char *line, *v, *semi;

	if ((line = ht_set_cookie(r, name)) == NULL)
		return NULL;
	v = line + strlen(name) + 1;
	if ((semi = strchr(v, ';')) != NULL)
		*semi = '\0';
	v = xstrdup(v);
	free(line);
	return v;
}

int
ht_body_has(const struct ht_resp *r, const char *needle)
{
	return r->body.p != NULL && strstr(r->body.p, needle) != NULL;
}

xmlDocPtr
ht_xml(const struct ht_resp *r)
{
	if (r->body.p == NULL || r->body.len == 0 || r->body.len > 1 << 24)
		return NULL;
	return xmlReadMemory(r->body.p, (int)r->body.len, "response.xml",
	    NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

char *
ht_xpath(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr ctx;
	xmlXPathObjectPtr obj;
	xmlChar *s;
	char *res = NULL;

	if (doc == NULL || (ctx = xmlXPathNewContext(doc)) == NULL)
		return NULL;
	if ((obj = xmlXPathEvalExpression((const xmlChar *)expr, ctx)) !=
	    NULL) {
		if ((s = xmlXPathCastToString(obj)) != NULL) {
			res = xstrdup((const char *)s);
			xmlFree(s);
		}
		xmlXPathFreeObject(obj);
	}
	xmlXPathFreeContext(ctx);
	return res;
}

long long
ht_xpath_int(xmlDocPtr doc, const char *expr)
{
	long long v;
	char *s;

	if ((s = ht_xpath(doc, expr)) == NULL)
		return -1;
	if (util_strtonum(s, 0, 1LL << 53, &v) == -1)
		v = -1;
	free(s);
	return v;
}

/* Percent-encodes s for a form body: unreserved characters stay. */
static void
ht_encode(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p;
	char e[3];

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (isalnum(*p) || *p == '-' || *p == '_' || *p == '.' ||
		    *p == '~') {
			buf_append(b, p, 1);
			continue;
		}
		e[0] = '%';
		e[1] = hex[*p >> 4];
		e[2] = hex[*p & 0xf];
		buf_append(b, e, 3);
	}
}

void
ht_form_add(struct buf *b, const char *key, const char *val)
{
	if (b->len > 0)
		buf_puts(b, "&");
	ht_encode(b, key);
	buf_puts(b, "=");
	ht_encode(b, val);
}
