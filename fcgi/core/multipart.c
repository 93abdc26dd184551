/* multipart: multipart/form-data bodies (RFC 7578 on RFC 2046): text fields as pairs, one file part as bytes. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "form.h"
#include "multipart.h"
#include "util.h"

/* RFC 9110 tchar: what a header's token (a name, an unquoted value) is. */
#define MP_TCHARS \
	"!#$%&'*+-.^_`|~0123456789" \
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/* RFC 2046 bchars, space aside (allowed, but not last). */
#define MP_BCHARS \
	"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" \
	"'()+_,-./:=?"

void
multipart_upload_free(struct upload *u)
{
	if (u == NULL)
		return;
	free(u->name);
	free(u->filename);
	free(u->ctype);
	free(u->data);
	free(u);
}

/*
 * Reads the next parameter of a header value at *pp: OWS ";" OWS name
 * "=" (token / quoted-string), then moves *pp past it. In a quoted
 * value, a backslash escapes the next character when escapes is set
 * (RFC 2045's quoted-pair, for Content-Type); Content-Disposition's
 * values have no escapes (WHATWG HTML). Returns 1 with *name and *val
 * (new strings), 0 at the end of the value, or -1 when malformed.
 */
static int
mp_param(const char **pp, int escapes, char **name, char **val)
{
	const char *p = *pp, *s;
	struct buf b = { 0 };

	p += strspn(p, " \t");
	if (*p == '\0')
		return 0;
	if (*p++ != ';')
		return -1;
	p += strspn(p, " \t");
	s = p;
	p += strspn(p, MP_TCHARS);
	if (p == s || *p != '=')
		return -1;
	*name = xstrndup(s, (size_t)(p - s));
	p++;
	if (*p == '"') {
		buf_puts(&b, "");
		for (p++; *p != '"'; p++) {
			if (*p == '\0')
				goto bad;
			if (escapes && *p == '\\' && p[1] != '\0')
				p++;
			buf_append(&b, p, 1);
		}
		p++;
		*val = b.p;
	} else {
		s = p;
		p += strspn(p, MP_TCHARS);
		if (p == s)
			goto bad;
		*val = xstrndup(s, (size_t)(p - s));
	}
	*pp = p;
	return 1;
bad:
	free(*name);
	*name = NULL;
	buf_free(&b);
	return -1;
}

int
multipart_boundary(const char *ct, char out[MULTIPART_BOUNDARY_MAX + 1])
{
	const char *p;
	char *name, *val;
	size_t n;
	int rc, found = 0;

	out[0] = '\0';
	/* The media type holds no ';' and no quote: skip to the parameters. */
	p = ct + strcspn(ct, ";");
	while ((rc = mp_param(&p, 1, &name, &val)) == 1) {
		if (strcasecmp(name, "boundary") == 0) {
			n = strlen(val);
			if (found++ || n == 0 || n > MULTIPART_BOUNDARY_MAX ||
			    strspn(val, MP_BCHARS " ") != n ||
			    val[n - 1] == ' ')
				rc = -1;
			else
				memcpy(out, val, n + 1);
		}
		free(name);
		free(val);
		if (rc == -1)
			break;
	}
	if (rc == -1 || !found) {
		out[0] = '\0';
		return -1;
	}
	return (int)strlen(out);
}

/* Is s (a name or a filename) valid UTF-8 without control characters? */
static int
mp_is_text(const char *s)
{
	const unsigned char *p;

	if (!form_is_utf8(s, strlen(s)))
		return 0;
	for (p = (const unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f ||
		    (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f))
			return 0;
	return 1;
}

/* What a part's header block says. */
struct mp_part {
	char	*name;
	char	*filename;	/* NULL: a text field */
	char	*ctype;
	int	 has_disposition;
};

static void
mp_part_free(struct mp_part *h)
{
	free(h->name);
	free(h->filename);
	free(h->ctype);
	memset(h, 0, sizeof(*h));
}

/* Reads a Content-Disposition value into h. Returns 0 or -1. */
static int
mp_disposition(const char *v, struct mp_part *h)
{
	const char *p = v;
	char *name, *val;
	int rc;

	if (h->has_disposition++)
		return -1;
	p += strspn(p, MP_TCHARS);
	if ((size_t)(p - v) != strlen("form-data") ||
	    strncasecmp(v, "form-data", (size_t)(p - v)) != 0)
		return -1;
	while ((rc = mp_param(&p, 0, &name, &val)) == 1) {
		if (strcasecmp(name, "name") == 0) {
			if (h->name != NULL)
				rc = -1;
			else {
				h->name = val;
				val = NULL;
			}
		} else if (strcasecmp(name, "filename") == 0) {
			if (h->filename != NULL)
				rc = -1;
			else {
				h->filename = val;
				val = NULL;
			}
		}
		/* filename* and anything else: ignored (RFC 7578 4.2). */
		free(name);
		free(val);
		if (rc == -1)
			return -1;
	}
	if (rc == -1 || h->name == NULL || h->name[0] == '\0' ||
	    !mp_is_text(h->name))
		return -1;
	if (h->filename != NULL && !mp_is_text(h->filename))
		return -1;
	return 0;
}

/*
 * Reads one header line (len bytes, no CRLF) into h. Returns 0 or -1.
 */
static int
mp_header(const char *s, size_t len, struct mp_part *h)
{
	const unsigned char *c;
	char *line, *v, *e;
	size_t n;
	int rc = -1;

	/* Folding (obs-fold) is obsolete; a NUL, CR or LF is malformed. */
	if (len == 0 || s[0] == ' ' || s[0] == '\t' ||
	    memchr(s, '\0', len) != NULL || memchr(s, '\r', len) != NULL ||
	    memchr(s, '\n', len) != NULL)
		return -1;
	line = xstrndup(s, len);
	n = strspn(line, MP_TCHARS);
	if (n == 0 || line[n] != ':')
		goto out;
	line[n] = '\0';
	v = line + n + 1;
	v += strspn(v, " \t");
	for (e = v + strlen(v); e > v && (e[-1] == ' ' || e[-1] == '\t'); e--)
		continue;
	*e = '\0';
	for (c = (const unsigned char *)v; *c != '\0'; c++)
		if ((*c < 0x20 && *c != '\t') || *c == 0x7f)
			goto out;
	if (strcasecmp(line, "Content-Disposition") == 0)
		rc = mp_disposition(v, h);
	else if (strcasecmp(line, "Content-Type") == 0) {
		if (h->ctype == NULL && *v != '\0' && mp_is_text(v)) {
			h->ctype = xstrdup(v);
			rc = 0;
		}
	} else if (strcasecmp(line, "Content-Transfer-Encoding") == 0)
		/* Deprecated (RFC 7578 4.7); only identity ones are read. */
		rc = strcasecmp(v, "7bit") == 0 || strcasecmp(v, "8bit") == 0 ||
		    strcasecmp(v, "binary") == 0 ? 0 : -1;
	else
		rc = 0;
out:
	free(line);
	return rc;
}

/*
 * Reads the header block [s, s + len) (header lines each ending in
 * CRLF, the empty line excluded) into h. Returns 0 or -1.
 */
static int
mp_headers(const char *s, size_t len, struct mp_part *h)
{
	const char *end = s + len, *eol;

	while (s < end) {
		eol = memmem(s, (size_t)(end - s), "\r\n", 2);
		if (eol == NULL)
			return -1;
		if (mp_header(s, (size_t)(eol - s), h) == -1)
			return -1;
		s = eol + 2;
	}
	return h->has_disposition ? 0 : -1;
}

int
multipart_parse(const char *ct, const char *body, size_t len,
    struct kv **fields, size_t *n, struct upload **file)
{
	char b[MULTIPART_BOUNDARY_MAX + 1];
	char delim[4 + MULTIPART_BOUNDARY_MAX + 1];
	struct mp_part h;
	struct kv *kv = NULL;
	struct upload *up = NULL;
	const char *p, *hend;
	size_t nkv = 0, nparts = 0, pos, dlen, cstart, clen, hmax;

	*fields = NULL;
	*n = 0;
	*file = NULL;
	memset(&h, 0, sizeof(h));
	if (multipart_boundary(ct, b) == -1)
		return -1;
	if (body == NULL)
		body = "";
	/* The delimiter is CRLF "--" boundary; the first needs no CRLF. */
	dlen = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", b);
	if (len >= dlen - 2 && memcmp(body, delim + 2, dlen - 2) == 0)
		pos = dlen - 2;
	else if ((p = memmem(body, len, delim, dlen)) != NULL)
		pos = (size_t)(p - body) + dlen;	/* after a preamble */
	else
		goto bad;

	for (;;) {
		/* The close delimiter: "--"; the epilogue is ignored. */
		if (len - pos >= 2 && body[pos] == '-' && body[pos + 1] == '-')
			break;
		/* Else transport padding (LWSP), then CRLF. */
		while (pos < len && (body[pos] == ' ' || body[pos] == '\t'))
			pos++;
		if (len - pos < 2 || body[pos] != '\r' || body[pos + 1] != '\n')
			goto bad;
		if (nparts++ == MULTIPART_PARTS_MAX)
			goto bad;
		/*
		 * The header block ends with an empty line. Searching from
		 * the delimiter line's CRLF finds a part with no headers too.
		 */
		hmax = len - pos;
		if (hmax > MULTIPART_HEADERS_MAX + 4)
			hmax = MULTIPART_HEADERS_MAX + 4;
		if ((hend = memmem(body + pos, hmax, "\r\n\r\n", 4)) == NULL)
			goto bad;
		if (hend > body + pos && mp_headers(body + pos + 2,
		    (size_t)(hend - body) + 2 - (pos + 2), &h) == -1)
			goto bad;
		if (!h.has_disposition)
			goto bad;
		cstart = (size_t)(hend - body) + 4;
		/* The content runs to the next delimiter, which must exist. */
		if ((p = memmem(body + cstart, len - cstart, delim, dlen)) ==
		    NULL)
			goto bad;
		clen = (size_t)(p - body) - cstart;
		pos = (size_t)(p - body) + dlen;

		if (h.filename != NULL) {
			if (up != NULL)
				goto bad;	/* one file per request */
			up = xcalloc(1, sizeof(*up));
			up->name = h.name;
			up->filename = h.filename;
			up->ctype = h.ctype;
			memset(&h, 0, sizeof(h));
			up->data = xmalloc(clen + 1);
			memcpy(up->data, body + cstart, clen);
			up->data[clen] = '\0';
			up->len = clen;
			continue;
		}
		if (clen > MULTIPART_TEXT_MAX ||
		    memchr(body + cstart, '\0', clen) != NULL ||
		    !form_is_utf8(body + cstart, clen))
			goto bad;
		kv = xreallocarray(kv, nkv + 1, sizeof(*kv));
		kv[nkv].key = h.name;
		kv[nkv].val = xstrndup(body + cstart, clen);
		nkv++;
		h.name = NULL;
		mp_part_free(&h);
	}
	*fields = kv;
	*n = nkv;
	*file = up;
	return 0;
bad:
	mp_part_free(&h);
	form_kv_free(kv, nkv);
	multipart_upload_free(up);
	return -1;
}
