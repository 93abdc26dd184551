/* form: urlencoded and cookie decoding, and per-page field tables with pure validators. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "form.h"
#include "util.h"
#include "xml.h"

int
form_is_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, k;
	unsigned cp, min;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((p[i] & 0xe0) == 0xc0) {
			n = 1, cp = p[i] & 0x1f, min = 0x80;
		} else if ((p[i] & 0xf0) == 0xe0) {
			n = 2, cp = p[i] & 0x0f, min = 0x800;
		} else if ((p[i] & 0xf8) == 0xf0) {
			n = 3, cp = p[i] & 0x07, min = 0x10000;
		} else
			return 0;
		if (len - i - 1 < n)
			return 0;
		for (k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (p[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += n + 1;
	}
	return 1;
}

static int
form_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

char *
form_decode(const char *s, size_t len, int plus)
{
	char *out;
	size_t i, o;
	int h, l;

	out = xmalloc(len + 1);
	for (i = 0, o = 0; i < len; i++) {
		if (s[i] == '+' && plus)
			out[o++] = ' ';
		else if (s[i] == '%') {
			if (i + 2 >= len)
				goto bad;
			if ((h = form_hexval((unsigned char)s[i + 1])) < 0 ||
			    (l = form_hexval((unsigned char)s[i + 2])) < 0)
				goto bad;
			out[o++] = (char)(h << 4 | l);
			i += 2;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	/* A NUL smuggled in as %00 would cut the value short. */
	if (memchr(out, '\0', o) != NULL || !form_is_utf8(out, o))
		goto bad;
	return out;
bad:
	free(out);
	return NULL;
}

void
form_kv_free(struct kv *kv, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(kv[i].key);
		free(kv[i].val);
	}
	free(kv);
}

/*
 * Splits s at sep into key=value pairs, decoding each with form_decode.
 * Cookies are split at ';' with spaces trimmed and are not '+'-decoded.
 */
static int
form_split(const char *s, size_t len, char sep, int is_cookie,
    struct kv **out, size_t *n)
{
	struct kv *kv = NULL;
	size_t nkv = 0, i, end, eq;
	const char *p;

	*out = NULL;
	*n = 0;
	for (i = 0; i < len; i = end + 1) {
		p = memchr(s + i, sep, len - i);
		end = p ? (size_t)(p - s) : len;
		if (is_cookie)
			while (i < end && s[i] == ' ')
				i++;
		if (i == end)
			continue;
		if (nkv == HTTP_FIELDS_MAX)
			goto bad;
		p = memchr(s + i, '=', end - i);
		eq = p ? (size_t)(p - s) : end;
		kv = xreallocarray(kv, nkv + 1, sizeof(*kv));
		kv[nkv].key = form_decode(s + i, eq - i, !is_cookie);
		kv[nkv].val = eq < end ?
		    form_decode(s + eq + 1, end - eq - 1, !is_cookie) :
		    xstrdup("");
		nkv++;
		if (kv[nkv - 1].key == NULL || kv[nkv - 1].val == NULL)
			goto bad;
	}
	*out = kv;
	*n = nkv;
	return 0;
bad:
	form_kv_free(kv, nkv);
	return -1;
}

int
form_urldecode(const char *s, size_t len, struct kv **out, size_t *n)
{
	return form_split(s, len, '&', 0, out, n);
}

int
form_cookies(const char *s, struct kv **out, size_t *n)
{
	return form_split(s, strlen(s), ';', 1, out, n);
}

static int
form_has_control(const char *s, int multiline)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (multiline && (*p == '\t' || *p == '\n' || *p == '\r'))
			continue;
		if (*p < 0x20 || *p == 0x7f)
			return 1;
		/* C1 controls, U+0080..U+009F, are C2 80..C2 9F in UTF-8. */
		if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			return 1;
	}
	return 0;
}

size_t
form_check(const struct kv *kv, size_t nkv, const struct field_def *defs,
    size_t n, struct field *out)
{
	size_t i, j, nerr = 0;
	int seen;

	for (i = 0; i < n; i++) {
		memset(&out[i], 0, sizeof(out[i]));
		seen = 0;
		for (j = 0; j < nkv; j++) {
			if (strcmp(kv[j].key, defs[i].name) != 0)
				continue;
			if (seen++ == 0)
				out[i].val = kv[j].val;
		}
		if (seen > 1)
			out[i].err = FORM_REPEATED;
		else if (out[i].val == NULL || out[i].val[0] == '\0') {
			if (defs[i].flags & FIELD_REQUIRED)
				out[i].err = FORM_MISSING;
		} else if (strlen(out[i].val) > defs[i].maxlen)
			out[i].err = FORM_TOO_LONG;
		else if (form_has_control(out[i].val,
		    defs[i].flags & FIELD_MULTILINE))
			out[i].err = FORM_CONTROL;
		else if (defs[i].valid != NULL &&
		    !defs[i].valid(out[i].val, &out[i].num))
			out[i].err = FORM_INVALID;
		if (out[i].err != FORM_OK)
			nerr++;
	}
	return nerr;
}

const char *
form_err_message(const struct field_def *d, const struct field *f)
{
	static char msg[96];

	if (f->err != FORM_OK && f->msg != NULL)
		return f->msg;
	switch (f->err) {
	case FORM_OK:
		return NULL;
	case FORM_MISSING:
		/* The field's own sentence says what to enter. */
		return d->hint ? d->hint : "This is required.";
	case FORM_TOO_LONG:
		/*
		 * A value with a format (a code, a number, a date) is wrong
		 * rather than long: its hint says what fits.
		 */
		if (d->valid != NULL && d->hint != NULL)
			return d->hint;
		snprintf(msg, sizeof(msg), "Enter at most %zu characters.",
		    d->maxlen);
		return msg;
	case FORM_CONTROL:
		return "Remove the control characters (such as tabs or "
		    "line breaks) from this field.";
	case FORM_REPEATED:
		return "This field was sent more than once; send it once.";
	case FORM_INVALID:
	default:
		return d->hint ? d->hint : "Check what you entered here.";
	}
}

static int
form_all_in(const char *s, const char *set, size_t min, size_t max)
{
	size_t n = strlen(s);

	return n >= min && n <= max && strspn(s, set) == n;
}

int
form_v_login(const char *s, long long *num)
{
	(void)num;
	return form_all_in(s, "abcdefghijklmnopqrstuvwxyz0123456789._-", 2, 64);
}

int
form_v_slug(const char *s, long long *num)
{
	(void)num;
	return form_all_in(s, "abcdefghijklmnopqrstuvwxyz0123456789-", 2, 40) &&
	    s[0] != '-';
}

/* A practical check: one @, a non-empty local part, a dotted domain. */
int
form_v_email(const char *s, long long *num)
{
	const char *at, *dot;
	size_t n;

	(void)num;
	n = strlen(s);
	if (n < 3 || n > 254 || strpbrk(s, " \t\r\n<>()[],;:\"\\") != NULL)
		return 0;
	if ((at = strchr(s, '@')) == NULL || at == s || strchr(at + 1, '@') ||
	    at[1] == '.')
		return 0;
	if ((dot = strrchr(at, '.')) == NULL || dot == at + 1 ||
	    dot[1] == '\0' || strstr(at, "..") != NULL)
		return 0;
	return 1;
}

int
form_v_uint(const char *s, long long *num)
{
	return util_strtonum(s, 0, 2147483647LL, num) == 0 && s[0] != '-' &&
	    (s[0] != '0' || s[1] == '\0');
}

int
form_v_id(const char *s, long long *num)
{
	return s[0] != '0' && s[0] != '-' &&
	    util_strtonum(s, 1, 9007199254740992LL, num) == 0;
}

int
form_v_date(const char *s, long long *num)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31 };
	long long y, m, d;
	char tmp[5];
	int leap;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    strspn(s, "0123456789-") != 10)
		return 0;
	memcpy(tmp, s, 4), tmp[4] = '\0';
	if (util_strtonum(tmp, 1900, 2999, &y) == -1)
		return 0;
	memcpy(tmp, s + 5, 2), tmp[2] = '\0';
	if (util_strtonum(tmp, 1, 12, &m) == -1)
		return 0;
	memcpy(tmp, s + 8, 2), tmp[2] = '\0';
	if (util_strtonum(tmp, 1, 31, &d) == -1)
		return 0;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (d > mdays[m - 1] + (m == 2 && leap))
		return 0;
	*num = y * 10000 + m * 100 + d;
	return 1;
}

int
form_v_password(const char *s, long long *num)
{
	size_t n = strlen(s);

	(void)num;
	return n >= 12 && n <= 256;
}

int
form_v_role(const char *s, long long *num)
{
	(void)num;
	return strcmp(s, "admin") == 0 || strcmp(s, "dpo") == 0 ||
	    strcmp(s, "viewer") == 0;
}

int
form_v_bool(const char *s, long long *num)
{
	if (strcmp(s, "0") != 0 && strcmp(s, "1") != 0)
		return 0;
	*num = s[0] == '1';
	return 1;
}

int
form_v_token(const char *s, long long *num)
{
	(void)num;
	return crypto_is_token(s);
}

xmlNodePtr
form_xml(xmlNodePtr parent, const struct field_def *defs,
    const struct field *f, size_t n, const char *problem)
{
	xmlNodePtr form, fld;
	size_t i, nerr = 0;

	form = xml_elem(parent, "form");
	for (i = 0; i < n; i++) {
		fld = xml_elem(form, "field");
		xml_attr(fld, "name", defs[i].name);
		if (defs[i].flags & FIELD_SECRET)
			;
		else if (f != NULL && f[i].val != NULL &&
		    f[i].err == FORM_CONTROL) {
			/* Control characters would make the document invalid. */
			char *v = xstrdup(f[i].val), *c;

			for (c = v; *c != '\0'; c++)
				if ((unsigned char)*c < 0x20 || *c == 0x7f)
					*c = ' ';
			xml_attr(fld, "value", v);
			free(v);
		} else
			xml_attr(fld, "value", f != NULL && f[i].val ?
			    f[i].val : "");
		if (f != NULL && f[i].err != FORM_OK) {
			xml_attr(fld, "error", form_err_message(&defs[i],
			    &f[i]));
			nerr++;
		}
	}
	if (problem != NULL) {
		xml_text(parent, "problem", problem);
		nerr++;
	}
	xml_attr_int(form, "errors", (long long)nerr);
	return form;
}

int
form_ids(const struct kv *kv, size_t nkv, const char *name, long long **ids,
    size_t *n)
{
	long long v;
	size_t i;

	*ids = NULL;
	*n = 0;
	for (i = 0; i < nkv; i++) {
		if (strcmp(kv[i].key, name) != 0)
			continue;
		if (!form_v_id(kv[i].val, &v)) {
			free(*ids);
			*ids = NULL;
			*n = 0;
			return -1;
		}
		*ids = xreallocarray(*ids, *n + 1, sizeof(**ids));
		(*ids)[(*n)++] = v;
	}
	return 0;
}
