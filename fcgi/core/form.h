/* form: urlencoded and cookie decoding, and per-page field tables with pure validators. */
#ifndef GD_FORM_H
#define GD_FORM_H

#include <stddef.h>
#include <libxml/tree.h>

#include "http.h"

/*
 * Decodes an application/x-www-form-urlencoded string of len bytes into
 * a newly allocated array of pairs (caller frees with form_kv_free).
 * Returns 0, or -1 when the encoding is malformed (a bad %XX escape),
 * a decoded key or value is not valid UTF-8, or there are more than
 * HTTP_FIELDS_MAX pairs.
 */
int	 form_urldecode(const char *s, size_t len, struct kv **out, size_t *n);

/*
 * Decodes len bytes of one percent-encoded component into a new string
 * ('+' is a space when plus is set). Returns NULL on a bad escape, an
 * encoded NUL, or invalid UTF-8.
 */
char	*form_decode(const char *s, size_t len, int plus);

/* Decodes a Cookie header ("a=b; c=d"). Same contract as above. */
int	 form_cookies(const char *s, struct kv **out, size_t *n);

void	 form_kv_free(struct kv *, size_t);

/* Is the buffer valid UTF-8 (no overlongs, no surrogates)? */
int	 form_is_utf8(const char *, size_t);

enum form_err {
	FORM_OK = 0,
	FORM_MISSING,		/* required and absent or empty */
	FORM_TOO_LONG,		/* over the field's maximum */
	FORM_CONTROL,		/* a control character */
	FORM_REPEATED,		/* the key was sent more than once */
	FORM_INVALID,		/* the validator said no */
	FORM__MAX
};

#define FIELD_REQUIRED	0x01	/* must be present and non-empty */
#define FIELD_MULTILINE	0x02	/* tab, CR and LF allowed */
#define FIELD_SECRET	0x04	/* never echoed back (passwords) */

/*
 * A validator is pure: it looks at a decoded, length-checked value and
 * returns 1 if it is acceptable. It may store a parsed number in *num.
 */
typedef int (*form_valid_fn)(const char *val, long long *num);

struct field_def {
	const char	*name;
	form_valid_fn	 valid;		/* NULL: any text */
	size_t		 maxlen;	/* in bytes */
	unsigned	 flags;
	const char	*hint;		/* message when the validator says no */
};

/* A checked field. val is borrowed from the request; NULL when absent. */
struct field {
	const char	*val;
	long long	 num;
	enum form_err	 err;
	const char	*msg;	/* a page's own message for err, static */
};

/*
 * Checks the pairs kv against the n definitions, filling out[n].
 * Pairs whose keys are not defined are ignored. Returns the number of
 * fields in error.
 */
size_t	 form_check(const struct kv *kv, size_t nkv,
	    const struct field_def *defs, size_t n, struct field *out);

/* A sentence for a field's error, for the page ("Enter at most 64 characters."). */
const char *form_err_message(const struct field_def *, const struct field *);

/*
 * Appends <form errors="N"> to parent with one <field name value error>
 * per definition (a secret's value is never written), and to parent a
 * <problem> holding problem when it is not NULL (an error of the whole
 * form, counted in errors).
 * Returns the <form> element.
 */
xmlNodePtr form_xml(xmlNodePtr parent, const struct field_def *defs,
	    const struct field *f, size_t n, const char *problem);

/*
 * Collects every value of a repeated key (checkboxes) as ids into a new
 * array *ids of *n (free it). Returns 0, or -1 when a value is not an id.
 */
int	 form_ids(const struct kv *kv, size_t nkv, const char *name,
	    long long **ids, size_t *n);

/* Validators. */
int	 form_v_login(const char *, long long *);	/* [a-z0-9._-]{2,64} */
int	 form_v_slug(const char *, long long *);	/* [a-z0-9-]{2,40} */
int	 form_v_email(const char *, long long *);
int	 form_v_uint(const char *, long long *);	/* 0 .. 2^31-1 */
int	 form_v_id(const char *, long long *);		/* 1 .. 2^53 */
int	 form_v_date(const char *, long long *);	/* YYYY-MM-DD, a real day */
int	 form_v_password(const char *, long long *);	/* 12 .. 256 bytes */
int	 form_v_role(const char *, long long *);	/* admin, dpo, viewer */
int	 form_v_bool(const char *, long long *);	/* "1" or "0" */
int	 form_v_token(const char *, long long *);	/* 43 base64url */

#endif
