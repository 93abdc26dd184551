/* page_dashboard: what falls due across the organisations the account may see (overdue, due within 7 days, paused, waiting), and the organisations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/org.h"
#include "model/stmt.h"
#include "model/ticket.h"
#include "staff.h"

/* The most rows each list shows; the count says how many there are. */
#define DASH_ROWS	25

/*
 * The dashboard from the render cache when nothing it shows changed:
 * 1 when p holds it, 0 to build it, -1 on a database error. The
 * outbox's warning is part of the key; *stuck and *oldest (free) keep
 * it for the page.
 */
static int
dash_cached(struct app *app, const struct req *r, struct resp *p,
    long long *stuck, char **oldest)
{
	struct db_param q[2];
	struct db_res *res;
	char v[200];
	int rc;

	q[0] = DBP_INT(app->sess->account.role == ROLE_ADMIN);
	q[1] = DBP_INT(app->sess->account.id);
	if (db_query_one(app->db, STMT_DV_ORGS, q, 2, &res) != DB_OK)
		return -1;
	snprintf(v, sizeof(v), "%s/%s/%s/%s/%s", db_res_text(res, 0),
	    db_res_text(res, 1), db_res_text(res, 2), db_res_text(res, 3),
	    db_res_text(res, 4));
	db_res_free(res);
	/* The outbox warning is on the page too. */
	if (ticket_outbox_stuck(app->db, app->sess->account.id,
	    app->sess->account.role == ROLE_ADMIN, stuck, oldest) != DB_OK)
		return -1;
	snprintf(v + strlen(v), sizeof(v) - strlen(v), "/%lld/%s", *stuck,
	    *oldest ? *oldest : "");
	rc = staff_cached(app, r, p, "dashboard", v);
	return rc == 1 ? 1 : 0;
}

int
page_dashboard(struct app *app, struct req *r, struct resp *p)
{
	struct ticket_row *rows[TQ__MAX];
	xmlNodePtr root, list, n;
	struct org *o;
	size_t i, no, nr[TQ__MAX];
	long long total[TQ__MAX];
	char today[11];
	time_t now = time(NULL);
	struct tm tm;
	long long stuck = 0;
	char *oldest = NULL;
	int q;

	if ((q = dash_cached(app, r, p, &stuck, &oldest)) != 0) {
		free(oldest);
		return q == 1 ? 200 : 500;
	}
	if (org_list(app->db, &app->sess->account, &o, &no) != DB_OK) {
		free(oldest);
		return 500;
	}
	root = staff_doc(app, p, "dashboard", SHEET_DASHBOARD);
	/*
	 * One "today" for every organisation, UTC's: the lists are one query
	 * across organisations in several zones, and a day boundary moves a
	 * ticket between lists by at most the zone's offset. Each ticket's
	 * own page counts in its organisation's zone.
	 */
	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	xml_attr(root, "today", today);
	if (ticket_dashboard(app->db, app->sess->account.id,
	    app->sess->account.role == ROLE_ADMIN, today, DASH_ROWS, rows, nr,
	    total) != DB_OK) {
		org_list_free(o, no);
		free(oldest);
		return 500;
	}
	for (q = 0; q < TQ__MAX; q++) {
		list = xml_elem(root, "queue");
		xml_attr(list, "name", ticket_queue_names[q]);
		xml_attr_int(list, "total", total[q]);
		staff_ticket_rows_xml(list, rows[q], nr[q], today);
		ticket_rows_free(rows[q], nr[q]);
	}
	if (stuck > 0) {
		n = xml_elem(root, "outbox-stuck");
		xml_attr_int(n, "messages", stuck);
		xml_attr(n, "since", oldest);
	}
	free(oldest);
	list = xml_elem(root, "organisations");
	for (i = 0; i < no; i++) {
		n = xml_elem(list, "organisation");
		xml_attr_int(n, "id", o[i].id);
		xml_attr(n, "slug", o[i].f[ORG_SLUG]);
		xml_text(n, "name", o[i].f[ORG_NAME]);
		xml_text(n, "registration_ref", o[i].f[ORG_REGISTRATION_REF]);
		xml_text(n, "jurisdiction", o[i].f[ORG_JURISDICTION]);
		xml_text(n, "contact_email", o[i].f[ORG_CONTACT_EMAIL]);
	}
	org_list_free(o, no);
	return 200;
}
