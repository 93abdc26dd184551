/* page_home: what this service is, for a requester who arrives at the root. */
#include "public.h"

int
page_home(struct app *app, struct req *r, struct resp *p)
{
	(void)app;
	(void)r;
	public_doc(p, "home", SHEET_HOME);
	return 200;
}
