/* page_tickets: an organisation's requests, a request staff enter (email, post or phone), and finding every request of one requester. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/crypto.h"
#include "model/audit.h"
#include "model/calendar.h"
#include "model/category.h"
#include "model/request.h"
#include "model/ticketop.h"
#include "staff.h"

void
staff_ticket_rows_xml(xmlNodePtr list, const struct ticket_row *t, size_t n,
    const char *today)
{
	xmlNodePtr e;
	size_t i;

	for (i = 0; i < n; i++) {
		e = xml_elem(list, "ticket");
		xml_attr(e, "reference", t[i].reference);
		xml_attr(e, "kind", t[i].kind);
		xml_attr(e, "status", t[i].status);
		xml_attr(e, "due", t[i].due);
		xml_attr(e, "received", t[i].received_at);
		xml_attr(e, "org", t[i].org_slug);
		xml_attr(e, "org-name", t[i].org_name);
		xml_attr(e, "outcome", t[i].outcome);
		if (t[i].is_extended)
			xml_attr(e, "extended", "1");
		xml_text(e, "requester", t[i].requester);
		staff_ticket_clock_xml(e, t[i].received_at, t[i].clock_start,
		    t[i].due, t[i].waiting_since, today);
	}
}

int
page_tickets(struct app *app, struct req *r, struct resp *p)
{
	struct ticket_row *rows;
	char today[DEADLINE_DATE_SIZE];
	xmlNodePtr root;
	struct org *o;
	size_t n;
	int status, closed;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	ticketop_today(o, today);
	root = staff_doc(app, p, "tickets", SHEET_TICKETS);
	staff_org_elem(root, o);
	xml_attr(root, "today", today);
	for (closed = 0; closed <= 1; closed++) {
		if (ticket_list_org(app->db, o->id, closed, &rows, &n) !=
		    DB_OK) {
			org_free(o);
			return 500;
		}
		staff_ticket_rows_xml(xml_elem(root, closed ? "closed" : "open"),
		    rows, n, today);
		ticket_rows_free(rows, n);
	}
	/* The list names requesters: a read of personal data. */
	if (audit_log(app->db, app->sess->account.id, "ticket_list", o->id,
	    "organisation", o->id, NULL) == -1)
		status = 500;
	org_free(o);
	return status;
}

int
page_ticket_search(struct app *app, struct req *r, struct resp *p)
{
	struct ticket_row *rows;
	char today[11];
	const char *q = http_field(r, "q");
	xmlNodePtr root;
	size_t n, len;
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	root = staff_doc(app, p, "ticket-search", SHEET_TICKET_SEARCH);
	xml_attr(root, "today", today);
	if (q == NULL || q[0] == '\0')
		return 200;
	xml_text(root, "query", q);
	len = strlen(q);
	if (len < 2 || len > 200 || !form_is_utf8(q, len)) {
		xml_text(root, "problem", "Enter an email address, or at "
		    "least the first 2 letters of a name (at most 200).");
		return 422;
	}
	if (ticket_search(app->db, q, app->sess->account.id,
	    app->sess->account.role == ROLE_ADMIN, &rows, &n) != DB_OK)
		return 500;
	staff_ticket_rows_xml(xml_elem(root, "results"), rows, n, today);
	ticket_rows_free(rows, n);
	/* A search by a person's name or email is a read of their data. */
	if (audit_log(app->db, app->sess->account.id, "ticket_search", 0,
	    NULL, 0, NULL) == -1)
		return 500;
	return 200;
}

/* The new-request form. */
enum {
	NF_KIND, NF_CHANNEL, NF_DATE, NF_TIME, NF_NAME, NF_EMAIL, NF_PHONE,
	NF_AGENT, NF_AGENT_FOR, NF_CATEGORY, NF_DESCRIPTION, NF_KEY, NF__MAX
};

static int
v_channel(const char *s, long long *n)
{
	(void)n;
	return strcmp(s, "email") == 0 || strcmp(s, "post") == 0 ||
	    strcmp(s, "phone") == 0;
}

/* HH:MM, 00:00 to 23:59; *n is minutes since midnight. */
static int
v_time(const char *s, long long *n)
{
	if (strlen(s) != 5 || s[2] != ':' || s[0] < '0' || s[0] > '2' ||
	    s[1] < '0' || s[1] > '9' || s[3] < '0' || s[3] > '5' ||
	    s[4] < '0' || s[4] > '9')
		return 0;
	*n = ((s[0] - '0') * 10 + (s[1] - '0')) * 60 +
	    (s[3] - '0') * 10 + (s[4] - '0');
	return *n < 24 * 60;
}

static int
v_category(const char *s, long long *n)
{
	return form_v_slug(s, n);
}

static const struct field_def new_fields[NF__MAX] = {
	[NF_KIND] = { "kind", request_v_kind, 24, FIELD_REQUIRED,
	    "Choose what the requester is asking for." },
	[NF_CHANNEL] = { "channel", v_channel, 5, FIELD_REQUIRED,
	    "Choose how the request came: email, post or phone." },
	[NF_DATE] = { "received_date", form_v_date, 10, FIELD_REQUIRED,
	    "Enter the date the request arrived, like 2026-11-23." },
	[NF_TIME] = { "received_time", v_time, 5, 0,
	    "Enter the time as HH:MM on a 24-hour clock, like 09:30." },
	[NF_NAME] = { "name", NULL, 200, FIELD_REQUIRED,
	    "Enter the requester's name." },
	[NF_EMAIL] = { "email", form_v_email, 254, 0,
	    "Enter an email address in the correct format, like "
	    "name@example.com." },
	[NF_PHONE] = { "phone", request_v_phone, 40, 0,
	    "Enter a telephone number, like 01632 960 001." },
	[NF_AGENT] = { "agent", request_v_yesno, 3, 0, "Choose yes or no." },
	[NF_AGENT_FOR] = { "agent_for", NULL, 200, 0,
	    "Enter the name of the person the request is made for." },
	[NF_CATEGORY] = { "category", v_category, 40, 0,
	    "Choose the requester's relationship from the list." },
	[NF_DESCRIPTION] = { "description", NULL, REQUEST_DESCRIPTION_MAX,
	    FIELD_REQUIRED | FIELD_MULTILINE,
	    "Write what the requester asked for, in their words where you "
	    "can." },
	/* One key per form shown: the same form sent twice is one ticket. */
	[NF_KEY] = { "key", request_v_key, 64, 0, NULL },
};

static int
new_page(struct app *app, struct resp *p, const struct org *o,
    const struct field *f, const char *problem, int status)
{
	struct field def[NF__MAX];
	struct category *c;
	char today[DEADLINE_DATE_SIZE], tok[CRYPTO_TOKEN_LEN + 1];
	char key[CRYPTO_SHA256_HEX];
	xmlNodePtr root, list, n;
	size_t nc, i;

	root = staff_doc(app, p, "ticket-new", SHEET_TICKET_NEW);
	staff_org_elem(root, o);
	if (f == NULL) {
		memset(def, 0, sizeof(def));
		def[NF_CHANNEL].val = "email";
		def[NF_DATE].val = ticketop_today(o, today);
		def[NF_AGENT].val = "no";
		f = def;
	}
	/* A form sent back keeps its key; a new one gets a fresh key. */
	if (f[NF_KEY].val == NULL || f[NF_KEY].err != FORM_OK) {
		if (f != def) {
			memcpy(def, f, sizeof(def));
			f = def;
		}
		if (crypto_token(tok) == -1)
			return 500;
		crypto_sha256_hex(tok, key);
		def[NF_KEY].val = key;
		def[NF_KEY].err = FORM_OK;
	}
	form_xml(root, new_fields, f, NF__MAX, problem);
	if (category_list(app->db, CAT_SUBJECT, o->id, &c, &nc) != DB_OK)
		return 500;
	list = xml_elem(root, "categories");
	for (i = 0; i < nc; i++) {
		n = xml_text(list, "category", c[i].name);
		xml_attr(n, "code", c[i].code);
	}
	category_list_free(c, nc);
	return status;
}

/*
 * Works out the received instant (UTC) and due date of a request
 * entered by staff. Returns 0, or -1 with a field's error set or
 * *problem.
 */
static int
new_when(struct app *app, const struct org *o, struct field *f,
    char utc[24], char local[DEADLINE_DATE_SIZE], char due[DEADLINE_DATE_SIZE],
    int *has_due, const char **problem)
{
	struct deadline_cal *cal = NULL;
	struct deadline_date d, dd, now;
	char today[DEADLINE_DATE_SIZE];
	struct tm tm;
	time_t at;
	int minutes = f[NF_TIME].val ? (int)f[NF_TIME].num : 12 * 60;
	int rules;

	*has_due = 0;
	(void)deadline_date_parse(f[NF_DATE].val, &d);
	(void)deadline_date_parse(ticketop_today(o, today), &now);
	if (deadline_date_cmp(d, now) > 0) {
		f[NF_DATE].err = FORM_INVALID;
		f[NF_DATE].msg = "The date the request arrived cannot be in "
		    "the future.";
		return -1;
	}
	if (o->f[ORG_TIME_ZONE] == NULL ||
	    deadline_local_to_utc(d, minutes / 60, minutes % 60,
	    o->f[ORG_TIME_ZONE], &at) == -1) {
		*problem = "The organisation's time zone is not set: set it in "
		    "its settings first.";
		return -1;
	}
	if (at > time(NULL)) {
		f[NF_TIME].err = FORM_INVALID;
		f[NF_TIME].msg = "The time the request arrived cannot be in the "
		    "future.";
		return -1;
	}
	gmtime_r(&at, &tm);
	strftime(utc, 24, "%Y-%m-%d %H:%M:%S", &tm);
	deadline_date_format(d, local);
	rules = deadline_rules_parse(o->f[ORG_JURISDICTION]);
	if (rules < 0 || o->f[ORG_CALENDAR] == NULL ||
	    calendar_load(app->db, o->f[ORG_CALENDAR], &cal) != DB_OK)
		return 0;	/* stored without a due date, as the form does */
	if (request_due(cal, (enum deadline_rules)rules, f[NF_KIND].val, d,
	    &dd) == DEADLINE_OK) {
		deadline_date_format(dd, due);
		*has_due = 1;
	}
	deadline_cal_free(cal);
	return 0;
}

int
page_ticket_new(struct app *app, struct req *r, struct resp *p)
{
	struct field f[NF__MAX];
	struct ticket_new q;
	struct ticket *t = NULL;
	struct category *c;
	struct org *o;
	char utc[24], local[DEADLINE_DATE_SIZE], due[DEADLINE_DATE_SIZE];
	char today[DEADLINE_DATE_SIZE], loc[160];
	char *ref = NULL, *token = NULL, *link = NULL, *subj = NULL, *body = NULL;
	const char *problem = NULL;
	long long id;
	size_t nc, i;
	int status, has_due, known;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if (r->method != METHOD_POST) {
		status = new_page(app, p, o, NULL, NULL, 200);
		goto out;
	}
	form_check(r->body, r->nbody, new_fields, NF__MAX, f);
	if (f[NF_KIND].err == FORM_OK &&
	    !request_kind_ok(f[NF_KIND].val, o->f[ORG_JURISDICTION])) {
		f[NF_KIND].err = FORM_INVALID;
		f[NF_KIND].msg = "Complaints about the handling of personal "
		    "data are a kind of ticket under the UK rule set only.";
	}
	if (f[NF_CHANNEL].err == FORM_OK && f[NF_EMAIL].err == FORM_OK &&
	    strcmp(f[NF_CHANNEL].val, "email") == 0 &&
	    (f[NF_EMAIL].val == NULL || f[NF_EMAIL].val[0] == '\0')) {
		f[NF_EMAIL].err = FORM_MISSING;
		f[NF_EMAIL].msg = "Enter the email address the request came "
		    "from.";
	}
	if (f[NF_AGENT].err == FORM_OK && f[NF_AGENT].val != NULL &&
	    strcmp(f[NF_AGENT].val, "yes") == 0 &&
	    (f[NF_AGENT_FOR].val == NULL || f[NF_AGENT_FOR].val[0] == '\0') &&
	    f[NF_AGENT_FOR].err == FORM_OK) {
		f[NF_AGENT_FOR].err = FORM_MISSING;
		f[NF_AGENT_FOR].msg = "Enter the name of the person the "
		    "request is made for.";
	}
	if (f[NF_CATEGORY].err == FORM_OK && f[NF_CATEGORY].val != NULL &&
	    f[NF_CATEGORY].val[0] != '\0') {
		if (category_list(app->db, CAT_SUBJECT, o->id, &c, &nc) !=
		    DB_OK) {
			status = 500;
			goto out;
		}
		for (known = 0, i = 0; i < nc; i++)
			known |= strcmp(c[i].code, f[NF_CATEGORY].val) == 0;
		category_list_free(c, nc);
		if (!known) {
			f[NF_CATEGORY].err = FORM_INVALID;
			f[NF_CATEGORY].msg = new_fields[NF_CATEGORY].hint;
		}
	}
	for (i = 0; i < NF__MAX; i++)
		if (f[i].err != FORM_OK)
			break;
	if (i < NF__MAX || new_when(app, o, f, utc, local, due, &has_due,
	    &problem) == -1) {
		status = new_page(app, p, o, f, problem, 422);
		goto out;
	}

	memset(&q, 0, sizeof(q));
	q.org_id = o->id;
	q.ref_prefix = o->f[ORG_REF_PREFIX];
	q.kind = f[NF_KIND].val;
	q.channel = f[NF_CHANNEL].val;
	q.received_at = utc;
	q.clock_start = local;
	q.due = has_due ? due : NULL;
	q.name = f[NF_NAME].val;
	q.email = f[NF_EMAIL].val && f[NF_EMAIL].val[0] ? f[NF_EMAIL].val :
	    NULL;
	q.phone = f[NF_PHONE].val && f[NF_PHONE].val[0] ? f[NF_PHONE].val :
	    NULL;
	q.is_agent = f[NF_AGENT].val && strcmp(f[NF_AGENT].val, "yes") == 0;
	q.agent_for = q.is_agent ? f[NF_AGENT_FOR].val : NULL;
	q.category = f[NF_CATEGORY].val && f[NF_CATEGORY].val[0] ?
	    f[NF_CATEGORY].val : NULL;
	q.description = f[NF_DESCRIPTION].val;
	q.key = f[NF_KEY].val;
	q.staff_id = app->sess->account.id;

	status = 500;
	if (db_tx_begin(app->db) == -1)
		goto out;
	switch (ticket_create(app->db, &q, &ref, &token, &id)) {
	case DB_OK:
		break;
	case DB_CONFLICT:
		/* Sent twice: the first one's ticket, not a second. */
		db_tx_rollback(app->db);
		if ((ref = ticket_by_key(app->db, o->id, q.key)) == NULL)
			goto out;
		snprintf(loc, sizeof(loc), "/staff/o/%s/tickets/%s",
		    o->f[ORG_SLUG], ref);
		http_resp_redirect(p, loc);
		status = 303;
		goto out;
	default:
		goto rollback;
	}
	if (ticket_get(app->db, o->id, ref, 0, &t) != DB_OK)
		goto rollback;
	/* The acknowledgement, with the private status link. */
	link = xasprintf("%s/status/%s", app->cfg.public_url, token);
	if (q.email != NULL && (staff_ticket_message(app, o, t,
	    "acknowledgement", ticketop_today(o, today), NULL, NULL, link,
	    &subj, &body) == -1 ||
	    ticket_outbox_add(app->db, t, "acknowledgement", subj, body) !=
	    DB_OK))
		goto rollback;
	if (audit_log(app->db, app->sess->account.id, "ticket_create", o->id,
	    "ticket", id, q.channel) == -1 || db_tx_commit(app->db) == -1)
		goto rollback;
	snprintf(loc, sizeof(loc), "/staff/o/%s/tickets/%s?done=created",
	    o->f[ORG_SLUG], ref);
	http_resp_redirect(p, loc);
	status = 303;
	goto out;
rollback:
	db_tx_rollback(app->db);
out:
	free(ref);
	free(token);
	free(link);
	free(subj);
	free(body);
	ticket_free(t);
	org_free(o);
	return status;
}
