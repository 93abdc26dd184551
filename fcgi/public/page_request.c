/* page_request: the public request form of an organisation, its checks, and the confirmation with the private status link. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <mysqld_error.h>

#include "core/crypto.h"
#include "core/db.h"
#include "core/form.h"
#include "core/log.h"
#include "core/util.h"
#include "core/xslt.h"
#include "model/request.h"
#include "public.h"

#define REQUEST_COOKIE	"gdprdesk_request"
/* Where ticket_submit writes the reference into the message. */
#define REQUEST_REF_MARK	"{{reference}}"

enum {
	F_KIND, F_NAME, F_EMAIL, F_PHONE, F_AGENT, F_AGENT_FOR,
	F_RELATIONSHIP, F_DESCRIPTION, F_KEY, F_HONEYPOT, F__MAX
};

static const struct field_def request_fields[F__MAX] = {
	[F_KIND] = { "kind", request_v_kind, 24, FIELD_REQUIRED,
	    "Choose what you are asking for." },
	[F_NAME] = { "name", NULL, 200, FIELD_REQUIRED,
	    "Enter your full name." },
	[F_EMAIL] = { "email", form_v_email, 254, FIELD_REQUIRED,
	    "Enter an email address in the correct format, like "
	    "name@example.com." },
	[F_PHONE] = { "phone", request_v_phone, 40, 0,
	    "Enter a telephone number, like 01632 960 001 or "
	    "+44 808 157 0192." },
	[F_AGENT] = { "agent", request_v_yesno, 3, FIELD_REQUIRED,
	    "Choose whether you are asking for someone else." },
	[F_AGENT_FOR] = { "agent_for", NULL, 200, 0, NULL },
	[F_RELATIONSHIP] = { "relationship", NULL, 40, FIELD_REQUIRED,
	    "Choose how you know the organisation." },
	[F_DESCRIPTION] = { "description", NULL, REQUEST_DESCRIPTION_MAX,
	    FIELD_REQUIRED | FIELD_MULTILINE,
	    "Describe your request." },
	[F_KEY] = { "key", request_v_key, 64, 0, NULL },
	[F_HONEYPOT] = { "website", NULL, 200, 0, NULL },
};

/* Messages for a missing required field, GOV.UK style. */
static const char *const request_missing[F__MAX] = {
	[F_KIND] = "Choose what you are asking for.",
	[F_NAME] = "Enter your full name.",
	[F_EMAIL] = "Enter your email address.",
	[F_AGENT] = "Choose whether you are asking for someone else.",
	[F_RELATIONSHIP] = "Choose how you know the organisation.",
	[F_DESCRIPTION] = "Describe your request.",
};

/* The form's CSRF cookie, scoped to this organisation's form. */
static void
request_cookie_set(struct resp *p, const struct req *r, const char *slug,
    const char *value, long max_age)
{
	char *path = xasprintf("/o/%s/request", slug);

	http_resp_cookie(p, r, REQUEST_COOKIE, value, path, max_age);
	free(path);
}

/* The form, with its fields (NULL: empty) and a fresh key if none. */
static int
request_form(struct app *app, struct req *r, struct resp *p,
    const struct request_org *o, struct field *f, int status)
{
	char tok[CRYPTO_TOKEN_LEN + 1], key[CRYPTO_SHA256_HEX];
	struct request_category *c;
	struct field empty[F__MAX];
	xmlNodePtr root, n, k;
	const char *have;
	size_t i, nc;

	if (request_categories(app->db, o->slug, &c, &nc) != DB_OK)
		return 500;
	root = public_doc(p, "request", SHEET_REQUEST);
	have = http_cookie(r, REQUEST_COOKIE);
	if (have != NULL && crypto_is_token(have))
		snprintf(tok, sizeof(tok), "%s", have);
	else {
		if (crypto_token(tok) == -1) {
			request_categories_free(c, nc);
			return 500;
		}
		request_cookie_set(p, r, o->slug, tok, -1);
	}
	xml_text(root->children, "csrf", tok);
	n = xml_text(root, "organisation", o->name);
	xml_attr(n, "slug", o->slug);
	xml_attr(n, "jurisdiction", o->jurisdiction);
	k = xml_elem(root, "categories");
	for (i = 0; i < nc; i++) {
		n = xml_text(k, "category", c[i].name);
		xml_attr(n, "code", c[i].code);
	}
	request_categories_free(c, nc);
	if (f == NULL) {
		memset(empty, 0, sizeof(empty));
		f = empty;
	}
	/* One key per form shown: a double submit of it makes one ticket. */
	if (f[F_KEY].val == NULL || *f[F_KEY].val == '\0' ||
	    f[F_KEY].err != FORM_OK) {
		if (crypto_token(tok) == -1)
			return 500;
		crypto_sha256_hex(tok, key);
		f[F_KEY].val = key;
		f[F_KEY].err = FORM_OK;
		form_xml(root, request_fields, f, F__MAX, NULL);
		f[F_KEY].val = NULL;
	} else
		form_xml(root, request_fields, f, F__MAX, NULL);
	return status;
}

/* Renders the acknowledgement's text into out. Returns 0 or -1. */
static int
ack_write(void *ctx, const char *s, size_t n)
{
	buf_append(ctx, s, n);
	return 0;
}

static int
request_ack(const char *base, const struct request_org *o, const char *ref,
    const char *kind,
    const char *due, const char *token, const char *vtoken, struct buf *out)
{
	xmlNodePtr root, n;
	xmlDocPtr doc;
	const char *media;
	char *s;
	int rc;

	doc = xml_doc_new("acknowledgement", &root);
	xml_attr(root, "reference", ref);
	xml_attr(root, "kind", kind);
	xml_attr(root, "due", due);
	s = xasprintf("%s/status/%s", base, token);
	xml_text(root, "status-link", s);
	free(s);
	s = xasprintf("%s/verify/%s", base, vtoken);
	xml_text(root, "verify-link", s);
	free(s);
	n = xml_text(root, "organisation", o->name);
	xml_attr(n, "slug", o->slug);
	memset(out, 0, sizeof(*out));
	rc = xslt_render(SHEET_MAIL_ACK, doc, NULL, ack_write, out, &media);
	xmlFreeDoc(doc);
	buf_puts(out, "");
	return rc;
}

/*
 * The confirmation; t NULL (the honeypot) shows no details. The status
 * link only for a new ticket: a form sent again gets its reference, but
 * its link went out the first time (and is in the acknowledgement).
 */
static int
request_done(struct resp *p, const char *base, const struct request_org *o,
    const struct request_ticket *t, const char *token)
{
	xmlNodePtr root, n;
	char *s;

	root = public_doc(p, "request-done", SHEET_REQUEST_DONE);
	n = xml_text(root, "organisation", o->name);
	xml_attr(n, "slug", o->slug);
	if (t != NULL) {
		n = xml_elem(root, "ticket");
		xml_attr(n, "reference", t->reference);
		xml_attr(n, "kind", t->kind);
		xml_attr(n, "due", t->due);
		if (t->is_new) {
			s = xasprintf("%s/status/%s", base, token);
			xml_attr(n, "status-link", s);
			free(s);
		} else
			xml_attr(n, "again", "1");
	}
	return 200;
}

/*
 * Checks what the field table cannot, and words the messages of missing
 * fields. Returns the number of errors found here, or -1 when the
 * relationships could not be read.
 */
static int
request_more_checks(struct app *app, const struct request_org *o,
    struct field *f)
{
	struct request_category *c;
	size_t i, nc;
	int found, errs = 0;

	if (f[F_KIND].err == FORM_OK &&
	    !request_kind_ok(f[F_KIND].val, o->jurisdiction)) {
		f[F_KIND].err = FORM_INVALID;
		f[F_KIND].msg = "Choose what you are asking for.";
		errs++;
	}
	if (f[F_AGENT].err == FORM_OK && f[F_AGENT].num == 1 &&
	    f[F_AGENT_FOR].err == FORM_OK &&
	    (f[F_AGENT_FOR].val == NULL || *f[F_AGENT_FOR].val == '\0')) {
		f[F_AGENT_FOR].err = FORM_MISSING;
		f[F_AGENT_FOR].msg = "Enter the name of the person you are "
		    "asking for.";
		errs++;
	}
	if (f[F_RELATIONSHIP].err == FORM_OK) {
		found = 0;
		if (request_categories(app->db, o->slug, &c, &nc) != DB_OK)
			return -1;
		for (i = 0; i < nc && !found; i++)
			found = strcmp(c[i].code, f[F_RELATIONSHIP].val) == 0;
		request_categories_free(c, nc);
		if (!found) {
			f[F_RELATIONSHIP].err = FORM_INVALID;
			f[F_RELATIONSHIP].msg = "Choose how you know the "
			    "organisation.";
			errs++;
		}
	}
	for (i = 0; i < F__MAX; i++)
		if (f[i].err == FORM_MISSING && f[i].msg == NULL &&
		    request_missing[i] != NULL)
			f[i].msg = request_missing[i];
	return errs;
}

static int
request_post(struct app *app, struct req *r, struct resp *p,
    const struct request_org *o)
{
	char token[CRYPTO_TOKEN_LEN + 1], vtoken[CRYPTO_TOKEN_LEN + 1];
	char th[CRYPTO_SHA256_HEX], vh[CRYPTO_SHA256_HEX];
	char kbuf[CRYPTO_SHA256_HEX], ktok[CRYPTO_TOKEN_LEN + 1];
	char recv[32], due_s[DEADLINE_DATE_SIZE];
	char clock_s[DEADLINE_DATE_SIZE], subject[1024];
	struct field f[F__MAX];
	struct deadline_cal *cal = NULL;
	enum db_rc crc;
	int has_due;
	struct deadline_date rd, due;
	struct request_new q;
	struct buf body;
	const char *cookie, *sent;
	struct request_ticket t = { 0 };
	struct tm tm;
	time_t now;
	size_t errs;
	unsigned int err;
	int more, rules, tries, status = 500;

	cookie = http_cookie(r, REQUEST_COOKIE);
	sent = http_field(r, "csrf");
	if (cookie == NULL || sent == NULL || !crypto_is_token(cookie) ||
	    !crypto_streq(cookie, sent)) {
		p->message = "This form was out of date or did not come from "
		    "this site. Go back, reload the form and try again.";
		return 403;
	}
	errs = form_check(r->body, r->nbody, request_fields, F__MAX, f);
	/* A filled honeypot: a robot. Answer as if accepted, keep nothing. */
	if (f[F_HONEYPOT].val != NULL && *f[F_HONEYPOT].val != '\0') {
		log_info("request: honeypot filled, nothing stored");
		return request_done(p, app->cfg.public_url, o, NULL, NULL);
	}
	/* A missing or broken key is replaced, never shown as an error. */
	if (f[F_KEY].err != FORM_OK) {
		f[F_KEY].err = FORM_OK;
		f[F_KEY].val = NULL;
		errs--;
	}
	if ((more = request_more_checks(app, o, f)) == -1)
		return 500;
	errs += (size_t)more;
	if (errs > 0)
		return request_form(app, r, p, o, f, 422);

	now = time(NULL);
	if (deadline_local_date(now, o->time_zone, &rd) == -1 ||
	    (rules = deadline_rules_parse(o->jurisdiction)) == -1) {
		log_err("request: organisation %s: bad time zone or rules",
		    o->slug);
		return 500;
	}
	/*
	 * A calendar that does not cover the dates (or is missing) must not
	 * turn a requester away: the request is stored without a due date,
	 * which the staff then set, and the warning says why.
	 */
	if ((crc = request_calendar(app->db, o->calendar, &cal)) == DB_ERROR)
		return 500;
	has_due = crc == DB_OK && request_due(cal, rules, f[F_KIND].val, rd,
	    &due) == DEADLINE_OK;
	deadline_cal_free(cal);
	if (has_due)
		deadline_date_format(due, due_s);
	else
		log_warn("request: no due date for %s (calendar %s does not "
		    "cover it): stored without one", o->slug, o->calendar);
	deadline_date_format(rd, clock_s);
	gmtime_r(&now, &tm);
	strftime(recv, sizeof(recv), "%Y-%m-%d %H:%M:%S", &tm);

	if (crypto_token(token) == -1 || crypto_token(vtoken) == -1)
		return 500;
	crypto_sha256_hex(token, th);
	crypto_sha256_hex(vtoken, vh);
	/* A form without its key (an old page): a key of its own. */
	if (f[F_KEY].val == NULL || *f[F_KEY].val == '\0') {
		if (crypto_token(ktok) == -1)
			return 500;
		crypto_sha256_hex(ktok, kbuf);
	} else
		snprintf(kbuf, sizeof(kbuf), "%s", f[F_KEY].val);

	memset(&q, 0, sizeof(q));
	q.slug = o->slug;
	q.kind = f[F_KIND].val;
	q.name = f[F_NAME].val;
	q.email = f[F_EMAIL].val;
	q.phone = f[F_PHONE].val != NULL && *f[F_PHONE].val != '\0' ?
	    f[F_PHONE].val : NULL;
	q.is_agent = f[F_AGENT].num == 1;
	q.agent_for = q.is_agent ? f[F_AGENT_FOR].val : NULL;
	q.category = f[F_RELATIONSHIP].val;
	q.description = f[F_DESCRIPTION].val;
	q.token_hash = th;
	q.verify_hash = vh;
	q.key = kbuf;
	q.received = recv;
	q.clock = clock_s;
	q.due = has_due ? due_s : NULL;

	/*
	 * The reference is the database's: ticket_submit puts it in. The
	 * name whole (at most 200 characters: it fits the subject's 255),
	 * never cut inside a UTF-8 sequence.
	 */
	snprintf(subject, sizeof(subject), "Your %s to %s: "
	    REQUEST_REF_MARK, strcmp(q.kind, "complaint") == 0 ? "complaint" :
	    "request", o->name);
	if (request_ack(app->cfg.public_url, o, REQUEST_REF_MARK, q.kind,
	    q.due, token, vtoken, &body) == -1) {
		buf_free(&body);
		goto out;
	}
	q.subject = subject;
	q.body = body.p;
	/*
	 * Once more after a clash: the same key sent twice at once (the
	 * second waits, then finds the first's ticket) or a deadlock on a
	 * new year's counter.
	 */
	for (tries = 0; tries < 2; tries++) {
		if (db_tx_begin(app->db) == -1)
			break;
		if (request_submit(app->db, &q, &t) == DB_OK)
			break;
		err = db_errno(app->db);
		db_tx_rollback(app->db);
		if (err != ER_DUP_ENTRY && err != ER_LOCK_DEADLOCK)
			break;
	}
	buf_free(&body);
	if (t.reference == NULL || !db_tx_is_open(app->db))
		goto out;
	if (db_tx_commit(app->db) == -1)
		goto out;
	/*
	 * The form's cookie stays: the same form sent again (back, then
	 * send) answers with the same ticket.
	 */
	status = request_done(p, app->cfg.public_url, o, &t, token);
out:
	request_ticket_clear(&t);
	explicit_bzero(token, sizeof(token));
	explicit_bzero(vtoken, sizeof(vtoken));
	return status;
}

int
page_request(struct app *app, struct req *r, struct resp *p)
{
	struct request_org *o;
	enum db_rc rc;
	long long unused;
	int status;

	if (!form_v_slug(r->args[0], &unused))
		return 404;
	if ((rc = request_org_get(app->db, r->args[0], &o)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	if (r->method == METHOD_POST)
		status = request_post(app, r, p, o);
	else
		status = request_form(app, r, p, o, NULL, 200);
	request_org_free(o);
	return status;
}
