/* page_error: the error page for a status nginx decided (413, 429, 503 ...), reached only by nginx's error_page. */
#include "core/util.h"
#include "public.h"

int
page_error(struct app *app, struct req *r, struct resp *p)
{
	long long code;

	(void)app;
	(void)p;
	/* Only the refusals nginx makes itself; anything else is a 404. */
	if (util_strtonum(r->args[0], 400, 599, &code) == -1 ||
	    (code != 400 && code != 413 && code != 414 && code != 429 &&
	    code != 431 && code != 503))
		return 404;
	return (int)code;
}
