/* fuzz_multipart: a libFuzzer harness for the multipart/form-data parser (make fuzz; see the Makefile). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/form.h"
#include "core/multipart.h"
#include "core/util.h"

int	 LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/*
 * The input is a Content-Type header value, a newline, then the body:
 * both the boundary parameter's syntax and the body's are fuzzed. The
 * body is copied to a buffer of its exact size, so that a read past its
 * end is caught. On success, every text value must be valid UTF-8 with
 * no NUL, and the file no longer than the body.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl;
	struct upload *u;
	struct kv *kv;
	char *ct, *body;
	size_t n, i, blen;

	if ((nl = memchr(data, '\n', size)) == NULL)
		return 0;
	ct = xstrndup((const char *)data, (size_t)(nl - data));
	blen = size - (size_t)(nl - data) - 1;
	body = xmalloc(blen > 0 ? blen : 1);
	memcpy(body, nl + 1, blen);
	if (multipart_parse(ct, body, blen, &kv, &n, &u) == 0) {
		for (i = 0; i < n; i++)
			if (!form_is_utf8(kv[i].val, strlen(kv[i].val)) ||
			    strlen(kv[i].key) == 0)
				abort();
		if (u != NULL && (u->len > blen || u->data[u->len] != '\0'))
			abort();
		form_kv_free(kv, n);
		multipart_upload_free(u);
	} else if (kv != NULL || n != 0 || u != NULL)
		abort();
	free(body);
	free(ct);
	return 0;
}
