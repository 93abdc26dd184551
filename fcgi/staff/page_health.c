/* page_health: 200 when this program and its database answer, else 503. */
#include <string.h>

#include "core/util.h"
#include "model/health.h"
#include "staff.h"

int
page_health(struct app *app, struct req *r, struct resp *p)
{
	(void)r;
	if (health_check(app->db) == -1)
		return 503;
	p->body = xstrdup("ok\n");
	p->bodylen = strlen(p->body);
	p->content_type = "text/plain";
	return 200;
}
