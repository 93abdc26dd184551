/* dispatch: the staff routes, and the login, CSRF and role checks every page passes through. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/crypto.h"
#include "core/db.h"
#include "core/log.h"
#include "core/serve.h"
#include "core/util.h"
#include "model/org.h"
#include "staff.h"

const char *const staff_sheets[SHEET__MAX] = {
	[SHEET_ERROR] = "error.xsl",
	[SHEET_LOGIN] = "staff/login.xsl",
	[SHEET_DASHBOARD] = "staff/dashboard.xsl",
	[SHEET_ORG] = "staff/org.xsl",
	[SHEET_PASSWORD] = "staff/password.xsl",
	[SHEET_USERS] = "staff/users.xsl",
	[SHEET_USER] = "staff/user.xsl",
	[SHEET_REGISTER] = "staff/register.xsl",
	[SHEET_CHECKS] = "staff/checks.xsl",
	[SHEET_ACTIVITY] = "staff/activity.xsl",
	[SHEET_HISTORY] = "staff/history.xsl",
	[SHEET_RECIPIENT] = "staff/recipient.xsl",
	[SHEET_ORG_EDIT] = "staff/org-edit.xsl",
	[SHEET_ORG_NEW] = "staff/org-new.xsl",
	[SHEET_IMPORT] = "staff/import.xsl",
	[SHEET_RECIPIENT_HISTORY] = "staff/recipient-history.xsl",
	[SHEET_CATEGORIES] = "staff/categories.xsl",
	[SHEET_TICKET] = "staff/ticket.xsl",
	[SHEET_TICKETS] = "staff/tickets.xsl",
	[SHEET_TICKET_NEW] = "staff/ticket-new.xsl",
	[SHEET_TICKET_SEARCH] = "staff/ticket-search.xsl",
	[SHEET_MAIL_MESSAGE] = "mail/message.xsl",
	[SHEET_CALENDARS] = "staff/calendars.xsl",
	[SHEET_CALENDAR] = "staff/calendar.xsl",
	[SHEET_ANSWER] = "staff/answer.xsl",
	[SHEET_REPORTS] = "staff/reports/index.xsl",
	[SHEET_REPORT_ROPA] = "staff/reports/ropa.xsl",
	[SHEET_REPORT_TRANSFERS] = "staff/reports/transfers.xsl",
	[SHEET_REPORT_RECIPIENTS] = "staff/reports/recipients.xsl",
	[SHEET_REPORT_CHECKS] = "staff/reports/checks.xsl",
	[SHEET_REPORT_DATAFLOW] = "staff/reports/dataflow.xsl",
	[SHEET_REPORT_REQUESTS] = "staff/reports/requests.xsl",
	[SHEET_CSV_ROPA] = "csv/ropa.xsl",
	[SHEET_CSV_ROPA_PROCESSOR] = "csv/ropa-processor.xsl",
	[SHEET_CSV_TRANSFERS] = "csv/transfers.xsl",
	[SHEET_CSV_RECIPIENTS] = "csv/recipients.xsl",
	[SHEET_CSV_CHECKS] = "csv/checks.xsl",
	[SHEET_CSV_DATAFLOW] = "csv/dataflow.xsl",
	[SHEET_CSV_REQUESTS] = "csv/requests.xsl",
};

const struct route staff_routes[] = {
	{ ROUTE_GET | ROUTE_POST, "/staff/login", page_login, ROUTE_PUBLIC },
	{ ROUTE_POST, "/staff/logout", page_logout, 0 },
	{ ROUTE_GET, "/staff/", page_dashboard, 0 },
	{ ROUTE_GET, "/staff", page_dashboard, 0 },
	{ ROUTE_GET | ROUTE_POST, "/staff/account/password", page_password, 0 },
	{ ROUTE_GET | ROUTE_POST, "/staff/users", page_users, ROUTE_ADMIN },
	{ ROUTE_GET | ROUTE_POST, "/staff/users/:id", page_user, ROUTE_ADMIN },
	{ ROUTE_GET | ROUTE_POST, "/staff/orgs/new", page_org_new,
	    ROUTE_ADMIN },
	{ ROUTE_GET, "/staff/o/:slug", page_org, 0 },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/edit", page_org_edit,
	    ROUTE_WRITE },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/recipients/new",
	    page_recipient_new, ROUTE_WRITE },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/recipients/:id",
	    page_recipient, ROUTE_WRITE },
	{ ROUTE_GET, "/staff/o/:slug/recipients/:id/history",
	    page_recipient_history, 0 },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/categories",
	    page_categories, ROUTE_WRITE },
	{ ROUTE_GET, "/staff/o/:slug/register", page_register, 0 },
	{ ROUTE_GET, "/staff/o/:slug/checks", page_checks, 0 },
	{ ROUTE_GET, "/staff/o/:slug/answer-preview", page_answer_preview, 0 },
	{ ROUTE_GET, "/staff/o/:slug/export", page_export, 0 },
	{ ROUTE_GET, "/staff/reports", page_reports, 0 },
	{ ROUTE_GET, "/staff/reports/:report", page_report_all, 0 },
	{ ROUTE_GET, "/staff/o/:slug/reports", page_reports_org, 0 },
	{ ROUTE_GET, "/staff/o/:slug/reports/:report", page_report, 0 },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/import", page_import,
	    ROUTE_WRITE },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/activities/new",
	    page_activity_new, ROUTE_WRITE },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/activities/:id",
	    page_activity, ROUTE_WRITE },
	{ ROUTE_GET, "/staff/o/:slug/activities/:id/history",
	    page_activity_history, 0 },
	{ ROUTE_GET, "/staff/tickets", page_ticket_search, 0 },
	{ ROUTE_GET | ROUTE_POST, "/staff/calendars", page_calendars,
	    ROUTE_ADMIN },
	{ ROUTE_GET | ROUTE_POST, "/staff/calendars/:name", page_calendar,
	    ROUTE_ADMIN },
	{ ROUTE_GET, "/staff/o/:slug/tickets", page_tickets, 0 },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/tickets/new",
	    page_ticket_new, ROUTE_WRITE },
	{ ROUTE_GET | ROUTE_POST, "/staff/o/:slug/tickets/:ref", page_ticket,
	    ROUTE_WRITE },
	{ ROUTE_GET, "/staff/o/:slug/tickets/:ref/answer", page_ticket_answer,
	    0 },
};
const size_t staff_nroutes = NELEM(staff_routes);

/* Adds the logged-in account and the CSRF token to a page's <meta>. */
static void
staff_meta_account(const struct app *app, xmlNodePtr meta)
{
	xmlNodePtr acc;

	if (app->sess == NULL)
		return;
	xml_text(meta, "csrf", app->sess->csrf);
	acc = xml_elem(meta, "account");
	xml_attr_int(acc, "id", app->sess->account.id);
	xml_attr(acc, "login", app->sess->account.login);
	xml_attr(acc, "role", account_role_names[app->sess->account.role]);
	xml_text(acc, "name", app->sess->account.name);
}

xmlNodePtr
staff_doc(struct app *app, struct resp *p, const char *name, int sheet)
{
	xmlNodePtr root;

	root = serve_doc(p, "staff", name, sheet);
	staff_meta_account(app, root->children);
	return root;
}

int
staff_org(struct app *app, const struct req *r, struct org **o)
{
	enum db_rc rc;

	rc = org_get_for(app->db, &app->sess->account, r->args[0], o);
	return rc == DB_OK ? 200 : rc == DB_NOTFOUND ? 404 : 500;
}

int
staff_cached(struct app *app, const struct req *r, struct resp *p,
    const char *page, const char *version)
{
	const struct account *a = &app->sess->account;
	char key[CRYPTO_SHA256_HEX], today[11];
	struct buf b = { 0 };
	time_t now = time(NULL);
	struct tm tm;
	size_t i;
	int hit;

	if (r->wants_xml || r->method != METHOD_GET)
		return -1;
	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	/* Everything the page's bytes depend on, each field delimited. */
	buf_printf(&b, "%s|%lld|%d|%s|%s|%s|%s|%s|%zu", page, a->id,
	    (int)a->role, a->login, a->name ? a->name : "",
	    app->sess->csrf, today, version, r->nquery);
	for (i = 0; i < r->nquery; i++)
		buf_printf(&b, "|%zu:%s=%zu:%s", strlen(r->query[i].key),
		    r->query[i].key, strlen(r->query[i].val), r->query[i].val);
	crypto_sha256_hex(b.p, key);
	buf_free(&b);
	hit = serve_cache_hit(p, key);
	return hit;
}

void
staff_org_elem(xmlNodePtr parent, const struct org *o)
{
	xmlNodePtr n;

	n = xml_elem(parent, "organisation");
	xml_attr_int(n, "id", o->id);
	xml_attr(n, "slug", o->f[ORG_SLUG]);
	xml_attr(n, "jurisdiction", o->f[ORG_JURISDICTION]);
	xml_text(n, "name", o->f[ORG_NAME]);
}

/* Does the POSTed csrf field match the session's token? */
static int
staff_csrf_ok(const struct app *app, const struct req *r)
{
	const char *v = http_field(r, "csrf");
	size_t i, n = 0;

	/* A repeated field is a forged or broken form. */
	for (i = 0; i < r->nbody; i++)
		n += strcmp(r->body[i].key, "csrf") == 0;
	return v != NULL && n == 1 && crypto_streq(v, app->sess->csrf);
}

/*
 * An error page for a logged-in account keeps its navigation: the
 * error document gets the account and CSRF token in its <meta>.
 */
static int
staff_error(struct app *app, const struct req *r, struct resp *p,
    int status)
{
	if (status < 400 || status >= 500 || p->doc != NULL ||
	    p->location != NULL || app->sess == NULL)
		return status;
	p->sheet = SHEET_ERROR;
	serve_error_doc(p, "staff", status, p->message ? p->message : r->bad);
	staff_meta_account(app, xmlDocGetRootElement(p->doc)->children);
	return status;
}

int
staff_dispatch(void *v, struct req *r, struct resp *p)
{
	struct app *app = v;
	const struct route *rt;
	const char *tok;
	enum db_rc rc;
	int i;

	if ((i = router_match(staff_routes, staff_nroutes, r)) == -1)
		return 404;
	if (i == -2)
		return 405;
	rt = &staff_routes[i];
	if (db_ensure(app->db) == -1)
		return 503;
	if (rt->flags & ROUTE_PUBLIC)
		return rt->fn(app, r, p);

	if ((tok = http_cookie(r, STAFF_COOKIE)) == NULL) {
		if (r->method == METHOD_POST)
			return page_login_expired(app, r, p);
		http_resp_redirect(p, "/staff/login");
		return 303;
	}
	rc = session_get(app->db, tok, app->cfg.session_idle,
	    app->cfg.session_max, &app->sess);
	if (rc == DB_ERROR)
		return 500;
	if (rc == DB_NOTFOUND)
		return page_login_expired(app, r, p);
	if (r->method == METHOD_POST && !staff_csrf_ok(app, r)) {
		log_warn("staff: CSRF token missing or wrong");
		p->message = "This form was out of date or did not come from "
		    "this site, so nothing was changed. Go back, reload the "
		    "page and try again.";
		return staff_error(app, r, p, 403);
	}
	if (session_touch(app->db, app->sess) == -1)
		return 500;
	if ((rt->flags & ROUTE_ADMIN) &&
	    app->sess->account.role != ROLE_ADMIN) {
		p->message = "Only an administrator can do this.";
		return staff_error(app, r, p, 403);
	}
	if ((rt->flags & ROUTE_WRITE) && r->method == METHOD_POST &&
	    !account_can_write(&app->sess->account)) {
		p->message = "Your account can read but not change anything.";
		return staff_error(app, r, p, 403);
	}
	return staff_error(app, r, p, rt->fn(app, r, p));
}

void
staff_done(void *v)
{
	struct app *app = v;

	session_free(app->sess);
	app->sess = NULL;
}
