/* multipart: multipart/form-data bodies (RFC 7578 on RFC 2046): text fields as pairs, one file part as bytes. */
#ifndef GD_MULTIPART_H
#define GD_MULTIPART_H

#include <stddef.h>

#include "http.h"

#define MULTIPART_BOUNDARY_MAX	70	/* RFC 2046 section 5.1.1 */
#define MULTIPART_HEADERS_MAX	2048	/* the header block of one part */
#define MULTIPART_PARTS_MAX	HTTP_FIELDS_MAX
#define MULTIPART_TEXT_MAX	HTTP_BODY_MAX	/* one text field's value */

/*
 * Copies the boundary parameter of a Content-Type header value (quoted
 * or not; the parameter name in any case) into out. Returns its length,
 * or -1 when there is none, it is empty or longer than
 * MULTIPART_BOUNDARY_MAX, it holds a character outside RFC 2046's
 * bchars, it ends with a space, or it is given twice.
 */
int	 multipart_boundary(const char *content_type,
	    char out[MULTIPART_BOUNDARY_MAX + 1]);

/*
 * Decodes a multipart/form-data body of len bytes whose Content-Type
 * header value is content_type. Each part needs a Content-Disposition
 * "form-data" with a name parameter. A part with a filename parameter
 * (even an empty one) is the file: at most one, kept as bytes in *file.
 * The others are text fields, into *fields (*n of them), decoded like
 * urlencoded ones: valid UTF-8, no NUL, at most MULTIPART_TEXT_MAX
 * bytes. A quoted parameter runs to the next '"' with no backslash
 * escapes (browsers send '"' as %22: WHATWG HTML, RFC 7578 section 2);
 * names and filenames are kept as sent, and must be valid UTF-8 with no
 * control characters. A preamble before the first delimiter and an
 * epilogue after the last are ignored, as RFC 2046 says; header fields
 * other than Content-Disposition, Content-Type and
 * Content-Transfer-Encoding are ignored, as RFC 7578 says.
 * Returns 0 with *fields (free with form_kv_free) and *file (NULL when
 * there was no file part; free with multipart_upload_free), or -1 with
 * all three cleared when the body is malformed: no usable boundary, no
 * first or closing delimiter, a delimiter line followed by anything but
 * "--" or white space and CRLF, a part's headers longer than
 * MULTIPART_HEADERS_MAX or not ending in an empty line, a folded or
 * malformed header line, a missing or repeated Content-Disposition, a
 * disposition other than form-data or without a name, a
 * Content-Transfer-Encoding other than 7bit, 8bit or binary, more than
 * MULTIPART_PARTS_MAX parts, a second file part, or a text value or name
 * that fails the checks above.
 */
int	 multipart_parse(const char *content_type, const char *body,
	    size_t len, struct kv **fields, size_t *n, struct upload **file);

/* Frees an upload; NULL is a no-op. */
void	 multipart_upload_free(struct upload *);

#endif
