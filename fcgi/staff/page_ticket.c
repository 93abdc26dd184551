/* page_ticket: one data-subject request: its details, deadline and how it was worked out, tasks, trail, messages and who looked at it, and the actions its state allows. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "core/xslt.h"
#include "model/answer.h"
#include "model/audit.h"
#include "model/category.h"
#include "model/request.h"
#include "model/stmt.h"
#include "model/tasks.h"
#include "model/ticketop.h"
#include "staff.h"

/* The fields an action form may post; which ones an action needs is below. */
enum {
	AF_ACTION, AF_DATE, AF_TEXT, AF_CHOICE, AF_AMOUNT, AF_ASSIGNEE,
	AF_TASK, AF_STATE, AF_GROUND, AF_NOTE, AF__MAX
};

static int
v_action(const char *s, long long *n)
{
	int i;

	if (strcmp(s, "task") == 0) {
		*n = WA__MAX;
		return 1;
	}
	if ((i = wf_parse(wf_action_names, WA__MAX, s)) < 0)
		return 0;
	*n = i;
	return 1;
}

/* A word of lowercase letters, digits, dashes, brackets: a code. */
static int
v_code(const char *s, long long *n)
{
	(void)n;
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '-' || *s == '(' || *s == ')'))
			return 0;
	return 1;
}

static const struct field_def act_fields[AF__MAX] = {
	[AF_ACTION] = { "action", v_action, 24, FIELD_REQUIRED,
	    "Choose an action." },
	[AF_DATE] = { "date", form_v_date, 10, 0,
	    "Enter a real date, like 2026-11-23." },
	[AF_TEXT] = { "text", NULL, 5000, FIELD_MULTILINE,
	    "Enter at most 5,000 characters." },
	[AF_CHOICE] = { "choice", v_code, 24, 0, "Choose one of the options." },
	[AF_AMOUNT] = { "amount", NULL, 40, 0,
	    "Enter the amount with its currency, like £10." },
	[AF_ASSIGNEE] = { "assignee", form_v_uint, 10, 0,
	    "Choose someone from the list." },
	[AF_TASK] = { "task", form_v_id, 20, 0, "Choose a task." },
	[AF_STATE] = { "state", v_code, 24, 0, "Choose how the task ended." },
	[AF_GROUND] = { "ground", v_code, 24, 0, "Choose a ground." },
	[AF_NOTE] = { "note", NULL, 5000, FIELD_MULTILINE,
	    "Enter at most 5,000 characters." },
};

/* What each action's form must carry in its text field, and why. */
static const char *const act_text_needed[WA__MAX] = {
	[WA_REQUEST_IDENTITY] = "Say what the requester should send to "
	    "confirm who they are: it goes to them.",
	[WA_VERIFY_IDENTITY] = "Say how the requester's identity was "
	    "confirmed.",
	[WA_IDENTITY_FAILED] = "Say why the requester's identity could not be "
	    "confirmed: the requester is told.",
	[WA_PROPOSE_FEE] = "Say why the request is manifestly unfounded or "
	    "excessive, or which further copies the fee is for: the "
	    "requester is told, and you must be able to show it.",
	[WA_CLARIFY] = "Write what you need the requester to clarify: it goes "
	    "to them.",
	[WA_EXTEND] = "Give the reasons for the extension: the requester must "
	    "be told them (Article 12(3)).",
	[WA_NOTE] = "Write the note.",
	[WA_REFUSE] = "Give the reasons for refusing: the requester must be "
	    "told them (Article 12(4)).",
	[WA_ANSWER] = "Write the answer to the complaint.",
};

/* The message stylesheet's document: what a message may say. */
struct ticket_msg_ctx {
	struct app		*app;
	const struct org	*o;
};

static int
ticket_msg_write(void *ctx, const char *s, size_t n)
{
	buf_append(ctx, s, n);
	return 0;
}

int
staff_ticket_message(struct app *app, const struct org *o,
    const struct ticket *t, const char *kind, const char *today,
    const char *text, const char *amount, const char *status_link,
    char **subject, char **body)
{
	xmlNodePtr root;
	xmlDocPtr doc;
	struct buf out;
	const char *media;
	char *nl;
	size_t i;
	int rc;

	doc = xml_doc_new("message", &root);
	xml_attr(root, "message", kind);
	for (i = 0; i < TF__MAX; i++)
		if (t->f[i] != NULL && i != TF_DESCRIPTION)
			xml_attr(root, ticket_field_names[i], t->f[i]);
	xml_attr(root, "today", today);
	xml_text(root, "text", text);
	xml_text(root, "amount", amount);
	xml_text(root, "status_link", status_link);
	for (i = 0; i < ORG__MAX; i++)
		if (o->f[i] != NULL)
			xml_text(root, org_field_names[i], o->f[i]);
	memset(&out, 0, sizeof(out));
	rc = xslt_render(SHEET_MAIL_MESSAGE, doc, NULL, ticket_msg_write, &out,
	    &media);
	xmlFreeDoc(doc);
	buf_puts(&out, "");
	if (rc == -1 || (nl = strchr(out.p, '\n')) == NULL) {
		log_err("ticket: the %s message did not render", kind);
		buf_free(&out);
		return -1;
	}
	*nl = '\0';
	*subject = xstrdup(out.p);
	*body = xstrdup(nl + 1 + (nl[1] == '\n'));
	buf_free(&out);
	(void)app;
	return 0;
}

/* ticketop's message callback. */
static int
ticket_msg(void *v, const struct ticket *t, const char *kind,
    const struct ticketop_in *in, char **subject, char **body)
{
	struct ticket_msg_ctx *c = v;

	return staff_ticket_message(c->app, c->o, t, kind, in->today,
	    in->text, in->amount, NULL, subject, body);
}

/* Days from a to b (YYYY-MM-DD each); 0 when either is not a date. */
static long
ticket_days(const char *a, const char *b)
{
	struct deadline_date x, y;

	if (a == NULL || b == NULL || deadline_date_parse(a, &x) == -1 ||
	    deadline_date_parse(b, &y) == -1)
		return 0;
	return deadline_date_to_days(y) - deadline_date_to_days(x);
}

void
staff_ticket_clock_xml(xmlNodePtr n, const char *received,
    const char *start, const char *due, const char *waiting, const char *today)
{
	char day[11];

	if (due != NULL && start != NULL) {
		/* Time used against time allowed: the dashboard's bar. */
		xml_attr_int(n, "days-allowed", ticket_days(start, due) + 1);
		xml_attr_int(n, "days-used", ticket_days(start, today) + 1);
		xml_attr_int(n, "days-left", ticket_days(today, due));
	} else if (waiting != NULL || received != NULL) {
		snprintf(day, sizeof(day), "%.10s", waiting ? waiting :
		    received);
		xml_attr_int(n, "days-waiting", ticket_days(day, today));
	}
}

/*
 * A copy of a message's body with the private links' tokens left out: a
 * requester's /status/ and /verify/ tokens are theirs (stored hashed on
 * the ticket); staff reading the outbox need not see them.
 */
static char *
ticket_mask_links(const char *in)
{
	static const char *const marks[] = { "/status/", "/verify/" };
	struct buf b = { 0 };
	const char *p = in, *hit, *m;
	size_t i, n;

	for (;;) {
		hit = NULL;
		m = NULL;
		for (i = 0; i < NELEM(marks); i++) {
			const char *h = strstr(p, marks[i]);

			if (h != NULL && (hit == NULL || h < hit)) {
				hit = h;
				m = marks[i];
			}
		}
		if (hit == NULL)
			break;
		buf_append(&b, p, (size_t)(hit - p) + strlen(m));
		p = hit + strlen(m);
		for (n = 0; p[n] != '\0' && (isalnum((unsigned char)p[n]) ||
		    p[n] == '-' || p[n] == '_'); n++)
			continue;
		if (n > 0)
			buf_puts(&b, "[the requester's private link]");
		p += n;
	}
	buf_puts(&b, p);
	return b.p;
}

/* Appends the rows of statement id for ticket t as elements name. */
static int
ticket_rows_xml(struct app *app, xmlNodePtr parent, int id,
    const struct db_param *p, size_t np, const char *name,
    const char *const *cols, size_t ncols)
{
	struct db_res *r;
	xmlNodePtr n;
	size_t i;

	if (db_query(app->db, id, p, np, &r) != DB_OK)
		return -1;
	while (db_res_next(r)) {
		n = xml_elem(parent, name);
		for (i = 0; i < ncols; i++) {
			if (db_res_isnull(r, i))
				continue;
			if (strcmp(cols[i], "=body") == 0 &&
			    strcmp(name, "message") == 0) {
				char *m = ticket_mask_links(db_res_text(r, i));

				xml_text(n, "body", m);
				free(m);
			} else if (cols[i][0] == '=')	/* element content */
				xml_text(n, cols[i] + 1, db_res_text(r, i));
			else
				xml_attr(n, cols[i], db_res_text(r, i));
		}
	}
	db_res_free(r);
	return 0;
}

/* The deadline d, with the engine's steps, as <deadline>. */
static void
ticket_deadline_xml(xmlNodePtr root, const struct ticketop_due *d)
{
	char s[DEADLINE_DATE_SIZE];
	xmlNodePtr n;
	char *steps, *line, *next;

	n = xml_elem(root, "deadline");
	xml_attr(n, "received", d->received);
	if (d->is_complaint)
		xml_attr(n, "complaint", "1");
	if (!d->has_clock) {
		xml_attr(n, "clock", "stopped");
		return;
	}
	if (d->error[0] != '\0' || d->out.err != DEADLINE_OK) {
		xml_attr(n, "error", d->error[0] ? d->error :
		    "The due date cannot be worked out.");
		return;
	}
	xml_attr(n, "start", deadline_date_format(d->out.start, s));
	xml_attr(n, "due", deadline_date_format(d->out.due, s));
	if (!d->is_complaint) {
		xml_attr(n, "month", deadline_date_format(d->out.month, s));
		xml_attr(n, "raw", deadline_date_format(d->out.raw, s));
		xml_attr(n, "notice", deadline_date_format(d->out.notice, s));
		xml_attr_int(n, "paused", d->out.paused);
	}
	if (d->explain.len == 0)
		return;
	steps = xstrdup(d->explain.p);
	for (line = steps; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line != '\0')
			xml_text(n, "step", line);
	}
	free(steps);
}

/*
 * Appends the register's answer for t's data-subject categories
 * (model/answer.h): the letter's content, and for a portability request
 * the Art 20 verdict of each activity. Returns 0 or -1.
 */
static int
ticket_answer_xml(struct app *app, xmlNodePtr parent, const struct org *o,
    const struct ticket *t)
{
	char **codes;
	size_t n;
	enum db_rc rc;

	if (ticket_subjects(app->db, t->id, &codes, &n) != DB_OK)
		return -1;
	rc = answer_xml(app->db, o->id, (const char *const *)codes, n, parent);
	ticket_strings_free(codes, n);
	return rc == DB_OK ? 0 : -1;
}

/*
 * The ticket page's document for ticket ref of o, after an action that
 * failed with problem (NULL: none) and the form f that was posted (NULL:
 * none). Audits the view. Returns status, 404 or 500.
 */
static int
ticket_render(struct app *app, struct resp *p, const struct org *o,
    const char *ref, const char *problem, const struct field *f,
    const char *flash, int status)
{
	static const char *const task_cols[] = {
		"id", "kind", "recipient", "label", "=detail", "state",
		"ground", "=note", "done-at", "done-by",
	};
	static const char *const event_cols[] = {
		"at", "kind", "detail", "actor",
	};
	static const char *const note_cols[] = { "at", "author", "=body" };
	static const char *const msg_cols[] = {
		"id", "kind", "to", "=subject", "=body", "created", "sent",
	};
	static const char *const viewer_cols[] = {
		"name", "login", "last", "count",
	};
	static const char *const staff_cols[] = { "id", "name", "login" };
	static const char *const subj_cols[] = { "code", "name" };
	char today[DEADLINE_DATE_SIZE];
	struct ticket *t;
	struct ticketop_due due = { 0 };
	struct wf_facts facts;
	struct category *cats;
	xmlNodePtr root, n, list;
	struct db_param tp[1], op[2];
	const char *why;
	enum db_rc rc;
	size_t i, nc;

	if ((rc = ticket_get(app->db, o->id, ref, 0, &t)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	if (audit_log(app->db, app->sess->account.id, "ticket_view", o->id,
	    "ticket", t->id, NULL) == -1) {
		ticket_free(t);
		return 500;
	}
	ticketop_today(o, today);
	root = staff_doc(app, p, "ticket", SHEET_TICKET);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	staff_org_elem(root, o);
	n = xml_elem(root, "ticket");
	for (i = 0; i < TF__MAX; i++)
		if (t->f[i] != NULL && i != TF_DESCRIPTION &&
		    i != TF_OUTCOME_REASON && i != TF_EXTENSION_REASON)
			xml_attr(n, ticket_field_names[i], t->f[i]);
	xml_text(n, "description", t->f[TF_DESCRIPTION]);
	xml_text(n, "extension_reason", t->f[TF_EXTENSION_REASON]);
	xml_text(n, "outcome_reason", t->f[TF_OUTCOME_REASON]);
	xml_attr(n, "today", today);
	staff_ticket_clock_xml(n, t->f[TF_RECEIVED_AT], t->f[TF_CLOCK_START],
	    t->f[TF_DUE_DATE], t->f[TF_WAITING_SINCE], today);
	if (ticketop_due_explain(app->db, o, t, today, &due) == -1)
		goto fail;
	ticket_deadline_xml(root, &due);

	tp[0] = DBP_INT(t->id);
	op[0] = DBP_INT(o->id);
	op[1] = DBP_INT(t->id);
	if (ticket_rows_xml(app, xml_elem(root, "subjects"),
	    STMT_TICKET_SUBJECT_NAMES, op, 2, "subject", subj_cols,
	    NELEM(subj_cols)) == -1 ||
	    ticket_rows_xml(app, xml_elem(root, "tasks"), STMT_TICKET_TASKS,
	    tp, 1, "task", task_cols, NELEM(task_cols)) == -1 ||
	    ticket_rows_xml(app, xml_elem(root, "events"), STMT_TICKET_EVENTS,
	    tp, 1, "event", event_cols, NELEM(event_cols)) == -1 ||
	    ticket_rows_xml(app, xml_elem(root, "notes"), STMT_TICKET_NOTES,
	    tp, 1, "note", note_cols, NELEM(note_cols)) == -1 ||
	    ticket_rows_xml(app, xml_elem(root, "messages"),
	    STMT_TICKET_OUTBOX, tp, 1, "message", msg_cols,
	    NELEM(msg_cols)) == -1 ||
	    ticket_rows_xml(app, xml_elem(root, "viewers"),
	    STMT_TICKET_VIEWERS, tp, 1, "viewer", viewer_cols,
	    NELEM(viewer_cols)) == -1 ||
	    ticket_rows_xml(app, xml_elem(root, "staff"),
	    STMT_TICKET_STAFF_LIST, op, 1, "person", staff_cols,
	    NELEM(staff_cols)) == -1)
		goto fail;

	/* Every action, with why not where it does not apply. */
	if (ticketop_facts(app->db, o, t, today, &due, &facts) == -1)
		goto fail;
	list = xml_elem(root, "actions");
	for (i = 0; i < WA__MAX; i++) {
		n = xml_elem(list, "action");
		xml_attr(n, "name", wf_action_names[i]);
		if ((why = wf_check((enum wf_action)i, &facts)) != NULL)
			xml_attr(n, "refused", why);
	}
	if (category_list(app->db, CAT_SUBJECT, o->id, &cats, &nc) != DB_OK)
		goto fail;
	list = xml_elem(root, "categories");
	for (i = 0; i < nc; i++) {
		n = xml_text(list, "category", cats[i].name);
		xml_attr(n, "code", cats[i].code);
	}
	category_list_free(cats, nc);

	/* Art 20 applies only to some processing: the ticket says which. */
	if (t->f[TF_KIND] != NULL && strcmp(t->f[TF_KIND], "portability") == 0 &&
	    ticket_answer_xml(app, root, o, t) == -1)
		goto fail;

	/*
	 * A failed action: its message at the top, and what was typed put
	 * back into that action's form (the page has a form per action, so
	 * the fields are not the layout's single <form>).
	 */
	if (f != NULL) {
		n = xml_elem(root, "typed");
		for (i = 0; i < AF__MAX; i++) {
			if (f[i].val != NULL)
				xml_attr(n, act_fields[i].name, f[i].val);
			if (problem == NULL && f[i].err != FORM_OK)
				problem = form_err_message(&act_fields[i],
				    &f[i]);
		}
	}
	if (problem != NULL)
		xml_text(root, "problem", problem);
	buf_free(&due.explain);
	ticket_free(t);
	return status;
fail:
	buf_free(&due.explain);
	ticket_free(t);
	return 500;
}

/* Is code one of the organisation's subject categories? */
static int
ticket_code_known(const struct category *c, size_t n, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(c[i].code, code) == 0)
			return 1;
	return 0;
}

/*
 * The "subject" values posted, checked against the organisation's
 * categories. Returns the count with *codes (borrowed from r; free the
 * array), or -1 with *problem.
 */
static long
ticket_posted_subjects(struct app *app, const struct req *r,
    const struct org *o, const char ***codes, const char **problem)
{
	struct category *c;
	size_t nc, i, n = 0;

	*codes = NULL;
	if (category_list(app->db, CAT_SUBJECT, o->id, &c, &nc) != DB_OK)
		return -2;
	for (i = 0; i < r->nbody; i++) {
		if (strcmp(r->body[i].key, "subject") != 0)
			continue;
		if (!ticket_code_known(c, nc, r->body[i].val) || n >= 64) {
			*problem = "Choose data-subject categories from the "
			    "list.";
			category_list_free(c, nc);
			free(*codes);
			*codes = NULL;
			return -1;
		}
		*codes = xreallocarray(*codes, n + 1, sizeof(char *));
		(*codes)[n++] = r->body[i].val;
	}
	category_list_free(c, nc);
	return (long)n;
}

/* Is account id one that may be given the organisation's tickets? */
static int
ticket_assignee_ok(struct app *app, const struct org *o, long long id)
{
	struct db_param p = DBP_INT(o->id);
	struct db_res *r;
	int ok = 0;

	if (db_query(app->db, STMT_TICKET_STAFF_LIST, &p, 1, &r) != DB_OK)
		return -1;
	while (db_res_next(r))
		if (db_res_int(r, 0) == id)
			ok = 1;
	db_res_free(r);
	return ok;
}

/* What the page says after an action that worked. */
static const char *
ticket_flash(int action)
{
	switch (action) {
	case WA_REQUEST_IDENTITY:
		return "Identity requested: the clock has stopped until it "
		    "arrives. The message is in the outbox.";
	case WA_VERIFY_IDENTITY:
		return "Identity recorded as confirmed.";
	case WA_CLARIFY:
		return "Clarification requested. The message is in the outbox.";
	case WA_CLARIFIED:
		return "The clarification is recorded and the clock runs again.";
	case WA_EXTEND:
		return "The deadline is extended. The notice with its reasons "
		    "is in the outbox.";
	case WA_PLAN_TASKS:
		return "The tasks are created from the register.";
	case WA__MAX:
		return "The task is recorded.";
	default:
		return "Done.";
	}
}

/* Carries out a POSTed action. Returns the status to answer with. */
static int
ticket_post(struct app *app, struct req *r, struct resp *p,
    const struct org *o, const char *ref)
{
	struct field f[AF__MAX];
	struct ticketop_in in;
	struct ticket_msg_ctx mc = { app, o };
	char today[DEADLINE_DATE_SIZE], loc[160];
	const char **codes = NULL;
	const char *why = NULL;
	enum ticketop_rc rc;
	long ncodes;
	int action, ok;

	if (form_check(r->body, r->nbody, act_fields, AF__MAX, f) > 0)
		return ticket_render(app, p, o, ref, NULL, f, NULL, 422);
	action = (int)f[AF_ACTION].num;
	ticketop_today(o, today);
	if (action == WA__MAX) {
		if (f[AF_TASK].val == NULL || f[AF_STATE].val == NULL)
			return ticket_render(app, p, o, ref, "Choose how the "
			    "task ended.", f, NULL, 422);
		rc = ticketop_task(app->db, o, ref, f[AF_TASK].num,
		    f[AF_STATE].val, f[AF_GROUND].val, f[AF_NOTE].val,
		    app->sess->account.id, &why);
		goto done;
	}
	if (act_text_needed[action] != NULL &&
	    (f[AF_TEXT].val == NULL || f[AF_TEXT].val[0] == '\0'))
		return ticket_render(app, p, o, ref, act_text_needed[action],
		    f, NULL, 422);
	memset(&in, 0, sizeof(in));
	in.action = (enum wf_action)action;
	in.actor = app->sess->account.id;
	in.today = today;
	in.date = f[AF_DATE].val;
	in.text = f[AF_TEXT].val != NULL && f[AF_TEXT].val[0] != '\0' ?
	    f[AF_TEXT].val : NULL;
	in.choice = f[AF_CHOICE].val;
	in.amount = f[AF_AMOUNT].val;
	if (action == WA_PROPOSE_FEE && (in.amount == NULL ||
	    in.amount[0] == '\0'))
		return ticket_render(app, p, o, ref, "Enter the fee, with its "
		    "currency: the requester is told it before it is charged.",
		    f, NULL, 422);
	if (action == WA_ASSIGN) {
		in.assignee = f[AF_ASSIGNEE].val ? f[AF_ASSIGNEE].num : 0;
		if (in.assignee > 0 &&
		    (ok = ticket_assignee_ok(app, o, in.assignee)) != 1)
			return ok == -1 ? 500 : ticket_render(app, p, o, ref,
			    "Choose someone from the list.", f, NULL, 422);
	}
	if (action == WA_SET_SUBJECTS) {
		if ((ncodes = ticket_posted_subjects(app, r, o, &codes,
		    &why)) < 0)
			return ncodes == -2 ? 500 : ticket_render(app, p, o,
			    ref, why, f, NULL, 422);
		in.codes = codes;
		in.ncodes = (size_t)ncodes;
	}
	rc = ticketop_apply(app->db, o, ref, &in, ticket_msg, &mc, &why);
	free(codes);
done:
	switch (rc) {
	case TOP_OK:
		snprintf(loc, sizeof(loc), "/staff/o/%s/tickets/%s?done=%s",
		    o->f[ORG_SLUG], ref, action == WA__MAX ? "task" :
		    wf_action_names[action]);
		http_resp_redirect(p, loc);
		return 303;
	case TOP_INVALID:
		return ticket_render(app, p, o, ref, why, f, NULL, 422);
	case TOP_REFUSED:
		return ticket_render(app, p, o, ref, why, f, NULL, 409);
	case TOP_CONFLICT:
		return ticket_render(app, p, o, ref, why ? why : "Someone "
		    "changed this ticket at the same moment: look at it again "
		    "and repeat the action if it still applies.", f, NULL,
		    409);
	case TOP_NOTFOUND:
		return 404;
	default:
		return 500;
	}
}

int
page_ticket(struct app *app, struct req *r, struct resp *p)
{
	struct org *o;
	const char *ref = r->args[1], *done;
	int status, a;

	if (!request_ref_ok(ref))
		return 404;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if (r->method == METHOD_POST) {
		if (!account_can_write(&app->sess->account)) {
			p->message = "Your account can read but not change "
			    "anything.";
			status = 403;
		} else
			status = ticket_post(app, r, p, o, ref);
	} else {
		done = http_field(r, "done");
		a = done == NULL ? -1 : strcmp(done, "task") == 0 ? WA__MAX :
		    wf_parse(wf_action_names, WA__MAX, done);
		status = ticket_render(app, p, o, ref, NULL, NULL,
		    a >= 0 ? ticket_flash(a) : done != NULL &&
		    strcmp(done, "created") == 0 ? "The request is entered. "
		    "Its acknowledgement, with the reference and the private "
		    "status link, is in the outbox." : NULL, 200);
	}
	org_free(o);
	return status;
}

/*
 * The access-request answer of a ticket: the printable letter from the
 * register for its data-subject categories, addressed to its requester.
 * A read of personal data, so audited as a view.
 */
int
page_ticket_answer(struct app *app, struct req *r, struct resp *p)
{
	char **codes = NULL;
	struct ticket *t = NULL;
	struct org *o;
	xmlNodePtr root, n;
	size_t nc = 0;
	enum db_rc rc;
	int status;
	char day[11];

	if (!request_ref_ok(r->args[1]))
		return 404;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if ((rc = ticket_get(app->db, o->id, r->args[1], 0, &t)) != DB_OK) {
		status = rc == DB_NOTFOUND ? 404 : 500;
		goto out;
	}
	if (strcmp(t->f[TF_KIND], "access") != 0 &&
	    strcmp(t->f[TF_KIND], "portability") != 0) {
		p->message = "Only access and portability requests are answered "
		    "with this letter.";
		status = 404;
		goto out;
	}
	status = 500;
	if (ticket_subjects(app->db, t->id, &codes, &nc) != DB_OK ||
	    audit_log(app->db, app->sess->account.id, "ticket_answer_view",
	    o->id, "ticket", t->id, NULL) == -1)
		goto out;
	if ((status = staff_answer_page(app, p, o, (const char *const *)codes,
	    nc, &root)) != 200)
		goto out;
	n = xml_elem(root, "ticket");
	xml_attr(n, "reference", t->f[TF_REFERENCE]);
	xml_attr(n, "kind", t->f[TF_KIND]);
	snprintf(day, sizeof(day), "%.10s", t->f[TF_RECEIVED_AT]);
	xml_attr(n, "received", day);
	xml_attr(n, "requester", t->f[TF_REQUESTER_NAME]);
	xml_attr(n, "due", t->f[TF_DUE_DATE]);
	xml_attr(n, "channel", t->f[TF_CHANNEL]);
out:
	ticket_strings_free(codes, nc);
	ticket_free(t);
	org_free(o);
	return status;
}
