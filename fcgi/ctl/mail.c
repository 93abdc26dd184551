/* mail: gdprdeskctl mail send and tick: the outbox handed to the system's sendmail, and the daily digests written into it. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "core/log.h"
#include "core/mail.h"
#include "core/util.h"
#include "core/xml.h"
#include "core/xslt.h"
#include "model/digest.h"
#include "model/outbox.h"
#include "model/stmt.h"
#include "ctl.h"

/* The most messages one run hands over; the next run takes the rest. */
#define MAIL_BATCH	100
/* How long one hand-over to sendmail may take before it is killed. */
#define MAIL_TIMEOUT_MS	60000
/* The most bytes of an organisation's name in a digest's subject. */
#define MAIL_NAME_MAX	80

/* The sheets tick renders. */
enum mail_sheet { SHEET_MAIL_DIGEST, SHEET_MAIL__MAX };
static const char *const mail_sheets[SHEET_MAIL__MAX] = {
	[SHEET_MAIL_DIGEST] = "mail/digest.xsl",
};

/* Set by SIGTERM or SIGINT: finish the message in hand, then stop. */
static volatile sig_atomic_t mail_is_stopping;

static void
mail_on_signal(int sig)
{
	(void)sig;
	mail_is_stopping = 1;
}

/* The settings of a run, from the environment. */
struct mail_conf {
	char		**argv;		/* sendmail's words, argv[0] resolved;
					   NULL: none (why says why) */
	char		 *why;
	char		 *from;		/* the sender, as configured */
	char		 *domain;	/* its address's domain: Message-IDs */
	const char	 *public_url;	/* GDPRDESK_PUBLIC_URL, or NULL */
};

/* What a run did. */
struct mail_count {
	long long	 sent;
	long long	 failed;
	long long	 left;
};

static void
mail_conf_free(struct mail_conf *c)
{
	mail_argv_free(c->argv);
	free(c->why);
	free(c->from);
	free(c->domain);
}

/*
 * Reads GDPRDESK_MAIL_FROM (default gdprdesk@ this host's name),
 * GDPRDESK_SENDMAIL and GDPRDESK_PUBLIC_URL into c. No sendmail, or
 * one that is not there, is not an error: c->argv is NULL and c->why
 * says why. Returns 0, or -1 after saying which setting is malformed.
 */
static int
mail_conf_load(struct mail_conf *c)
{
	char host[256], *name = NULL, *addr = NULL, *path;
	const char *s;
	int n;

	memset(c, 0, sizeof(*c));
	if ((s = getenv("GDPRDESK_MAIL_FROM")) != NULL && *s != '\0')
		c->from = xstrdup(s);
	else {
		if (gethostname(host, sizeof(host)) == -1 || host[0] == '\0')
			snprintf(host, sizeof(host), "localhost");
		host[sizeof(host) - 1] = '\0';
		c->from = xasprintf("gdprdesk@%s", host);
	}
	if (mail_from_parse(c->from, &name, &addr) == -1) {
		fprintf(stderr, "gdprdeskctl: mail: GDPRDESK_MAIL_FROM must be "
		    "an address, or \"Name <address>\"\n");
		return -1;
	}
	c->domain = xstrdup(strchr(addr, '@') + 1);
	free(name);
	free(addr);

	s = getenv("GDPRDESK_PUBLIC_URL");
	c->public_url = s != NULL && (strncmp(s, "http://", 7) == 0 ||
	    strncmp(s, "https://", 8) == 0) && strpbrk(s, " \t\r\n\"<>") ==
	    NULL ? s : NULL;

	s = getenv("GDPRDESK_SENDMAIL");
	if (s == NULL || (n = mail_argv_split(s, &c->argv)) == 0) {
		mail_argv_free(c->argv);
		c->argv = NULL;
		c->why = xstrdup("GDPRDESK_SENDMAIL is not set");
		return 0;
	}
	if (n == -1) {
		fprintf(stderr, "gdprdeskctl: mail: GDPRDESK_SENDMAIL is not a "
		    "command line: an unfinished quote or \\, or more than "
		    "%d words\n", MAIL_ARGV_MAX);
		return -1;
	}
	if ((path = mail_which(c->argv[0])) == NULL) {
		c->why = xasprintf("GDPRDESK_SENDMAIL names %s, which is not "
		    "a program here", c->argv[0]);
		mail_argv_free(c->argv);
		c->argv = NULL;
		return 0;
	}
	free(c->argv[0]);
	c->argv[0] = path;
	return 0;
}

/* Why a message cannot be built, as a failure code. */
static const char *
mail_err_code(enum mail_err e)
{
	switch (e) {
	case MAIL_E_FROM:
		return "bad-from";
	case MAIL_E_TO:
		return "bad-to";
	case MAIL_E_REPLY_TO:
		return "bad-reply-to";
	case MAIL_E_ID:
		return "bad-message-id";
	default:
		return "bad-message";
	}
}

/*
 * Hands message m to sendmail and records the outcome. Returns 1 sent,
 * 0 failed, -1 the database failed.
 */
static int
mail_one(struct db *db, const struct mail_conf *c, const char *token,
    const struct outbox_msg *m)
{
	struct mail_msg mm;
	struct buf b = { 0 };
	char code[MAIL_CODE_SIZE], *id;
	enum mail_err me;
	enum db_rc rc;
	int is_sent;

	/* The same id on every try: a reader can drop a duplicate. */
	id = xasprintf("gdprdesk.%lld.%s@%s", m->id, m->created, c->domain);
	memset(&mm, 0, sizeof(mm));
	mm.from = c->from;
	mm.to = m->to;
	mm.reply_to = m->reply_to != NULL && mail_addr_ok(m->reply_to) ?
	    m->reply_to : NULL;
	mm.subject = m->subject;
	mm.body = m->body;
	mm.message_id = id;
	mm.date = time(NULL);
	if ((me = mail_build(&mm, &b)) != MAIL_OK) {
		/* It can never leave as it is: given up at once. */
		snprintf(code, sizeof(code), "%s", mail_err_code(me));
		is_sent = 0;
		rc = outbox_failed(db, m, token, code, 1);
	} else if (mail_pipe(c->argv, b.p, b.len, MAIL_TIMEOUT_MS, code) ==
	    0) {
		is_sent = 1;
		rc = outbox_sent(db, m, token);
	} else {
		is_sent = 0;
		rc = outbox_failed(db, m, token, code, 0);
	}
	buf_free(&b);
	free(id);
	if (!is_sent)
		log_warn("mail: message %lld (%s): %s, try %d of %d", m->id,
		    m->kind, code, m->attempts, OUTBOX_MAX_ATTEMPTS);
	if (rc == DB_CONFLICT)
		log_warn("mail: message %lld: its claim lapsed meanwhile",
		    m->id);
	else if (rc != DB_OK) {
		log_err("mail: message %lld: %s, but the database did not "
		    "record it", m->id, is_sent ? "sent" : code);
		return -1;
	}
	return is_sent;
}

/*
 * Sends what the outbox holds, oldest first, at most MAIL_BATCH, and
 * counts into *k. Returns 0, or -1 when the database failed.
 */
static int
mail_send(struct db *db, const struct mail_conf *c, struct mail_count *k)
{
	char token[OUTBOX_TOKEN_SIZE];
	struct outbox_msg *m;
	long long after = 0;
	enum db_rc rc;
	int i, r;

	memset(k, 0, sizeof(*k));
	if (c->argv != NULL) {
		if (outbox_token(token) == -1) {
			log_err("mail: no randomness for a claim");
			return -1;
		}
		if (outbox_sweep(db) != DB_OK)
			return -1;
		for (i = 0; i < MAIL_BATCH && !mail_is_stopping; i++) {
			if ((rc = outbox_claim(db, token, after, &m)) ==
			    DB_NOTFOUND)
				break;
			if (rc != DB_OK)
				return -1;
			after = m->id;
			r = mail_one(db, c, token, m);
			outbox_msg_free(m);
			if (r == -1)
				return -1;
			if (r == 1)
				k->sent++;
			else
				k->failed++;
		}
	}
	return outbox_left(db, &k->left) == DB_OK ? 0 : -1;
}

/* Installs the handlers that let a run finish its message on a stop. */
static void
mail_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = mail_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
}

int
ctl_mail(int argc, char *argv[])
{
	static const int allow[] = { OUTBOX_SEND_STMTS };
	struct mail_conf c;
	struct mail_count k;
	struct db *db = NULL;
	int status = EXIT_DB;

	if (argc != 2 || strcmp(argv[1], "send") != 0) {
		fputs("usage: gdprdeskctl [--var DIR] mail send\n", stderr);
		return EXIT_USAGE;
	}
	if (mail_conf_load(&c) == -1) {
		mail_conf_free(&c);
		return EXIT_USAGE;
	}
	mail_signals();
	if ((db = ctl_db(allow, NELEM(allow))) == NULL)
		goto out;
	if (mail_send(db, &c, &k) == -1) {
		fprintf(stderr, "gdprdeskctl: mail: the database failed\n");
		goto out;
	}
	if (c.argv == NULL)
		fprintf(stderr, "gdprdeskctl: mail: %s: nothing sent; %lld "
		    "message%s wait%s in the outbox\n", c.why, k.left,
		    k.left == 1 ? "" : "s", k.left == 1 ? "s" : "");
	printf("sent %lld, failed %lld, left %lld\n", k.sent, k.failed,
	    k.left);
	status = fflush(stdout) == EOF ? EXIT_DB : 0;
out:
	db_close(db);
	mail_conf_free(&c);
	return status;
}

static int
mail_buf_write(void *ctx, const char *s, size_t n)
{
	buf_append(ctx, s, n);
	return 0;
}

/* s cut to at most max bytes, never inside a UTF-8 character. Owned. */
static char *
mail_cut(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (n <= max)
		return xstrdup(s);
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return xasprintf("%.*s...", (int)n, s);
}

/*
 * The digest's subject: the organisation, the day and how many of each
 * part, the empty ones left out. Owned.
 */
static char *
mail_digest_subject(const struct digest_org *o, const size_t count[])
{
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr",
		"May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	static const char *const words[DIGEST__MAX] = {
		[DIGEST_OVERDUE] = "overdue",
		[DIGEST_TODAY] = "due today",
		[DIGEST_SOON] = "due within 7 days",
		[DIGEST_COMPLAINTS] = "to acknowledge",
		[DIGEST_WAITING] = "waiting",
	};
	struct buf b = { 0 };
	char *name;
	size_t i;
	int first = 1;

	name = mail_cut(o->name, MAIL_NAME_MAX);
	buf_printf(&b, "Due at %s, %d %s %d:", name, o->today.day,
	    months[o->today.month - 1], o->today.year);
	free(name);
	for (i = 0; i < DIGEST__MAX; i++) {
		if (count[i] == 0)
			continue;
		buf_printf(&b, "%s %zu ", first ? "" : ",", count[i]);
		if (i == DIGEST_COMPLAINTS)
			buf_puts(&b, count[i] == 1 ? "complaint " : "complaints ");
		buf_puts(&b, words[i]);
		first = 0;
	}
	return b.p;
}

/*
 * Renders o's digest of the n items into *body and *subject (owned).
 * Returns 0, or -1 when the transform failed.
 */
static int
mail_digest_render(const struct mail_conf *c, const struct digest_org *o,
    const struct digest_item *items, size_t n, int is_truncated,
    char **body, char **subject)
{
	xmlNodePtr root, t, on, secs[DIGEST__MAX] = { NULL };
	size_t count[DIGEST__MAX] = { 0 }, i;
	char day[DEADLINE_DATE_SIZE], *s;
	struct buf b = { 0 };
	const char *media;
	xmlDocPtr doc;
	int rc;

	doc = xml_doc_new("digest", &root);
	xml_attr(root, "day", deadline_date_format(o->today, day));
	xml_attr_int(root, "items", (long long)n);
	if (is_truncated)
		xml_attr(root, "truncated", "1");
	on = xml_text(root, "organisation", o->name);
	xml_attr(on, "slug", o->slug);
	if (c->public_url != NULL) {
		s = xasprintf("%s/staff/", c->public_url);
		xml_text(root, "dashboard-link", s);
		free(s);
	}
	/* The items come sorted by section. */
	for (i = 0; i < n; i++) {
		if (secs[items[i].section] == NULL) {
			secs[items[i].section] = xml_elem(root, "section");
			xml_attr(secs[items[i].section], "name",
			    digest_section_names[items[i].section]);
		}
		count[items[i].section]++;
		t = xml_elem(secs[items[i].section], "ticket");
		xml_attr(t, "reference", items[i].reference);
		xml_attr(t, "kind", items[i].kind);
		xml_attr(t, "status", items[i].status);
		if (items[i].due != NULL) {
			xml_attr(t, "due", items[i].due);
			xml_attr_int(t, "days-left", items[i].days_left);
		}
		if (items[i].since != NULL) {
			xml_attr(t, "since", items[i].since);
			xml_attr_int(t, "days-waiting", items[i].days_waiting);
		}
	}
	for (i = 0; i < DIGEST__MAX; i++)
		if (secs[i] != NULL)
			xml_attr_int(secs[i], "count", (long long)count[i]);
	rc = xslt_render(SHEET_MAIL_DIGEST, doc, NULL, mail_buf_write, &b,
	    &media);
	xmlFreeDoc(doc);
	if (rc == -1) {
		buf_free(&b);
		return -1;
	}
	buf_puts(&b, "");
	*body = b.p;
	*subject = mail_digest_subject(o, count);
	return 0;
}

/* The stylesheets, compiled on first use: 1 ready, -1 failed, 0 not yet. */
static int mail_xslt_state;

static int
mail_xslt(void)
{
	const char *dir;

	if (mail_xslt_state == 0) {
		if ((dir = getenv("GDPRDESK_XSLT_DIR")) == NULL || *dir == '\0')
			dir = "xslt";
		mail_xslt_state = xslt_init(dir, mail_sheets, SHEET_MAIL__MAX) ==
		    0 ? 1 : -1;
		if (mail_xslt_state == -1)
			fprintf(stderr, "gdprdeskctl: tick: cannot compile the "
			    "digest's stylesheet under %s (set "
			    "GDPRDESK_XSLT_DIR)\n", dir);
	}
	return mail_xslt_state == 1 ? 0 : -1;
}

/*
 * Writes o's digest for its day, in one transaction with the record
 * that it is written. Returns 0 (written, or another tick's already),
 * or -1 when the database or the stylesheet failed.
 */
static int
mail_digest_one(struct db *db, const struct mail_conf *c,
    const struct digest_org *o)
{
	struct digest_item *items = NULL;
	char day[DEADLINE_DATE_SIZE], *body = NULL, *subject = NULL;
	const char *note = NULL;
	long long id = 0;
	size_t n = 0;
	int is_truncated = 0, rc = -1;
	enum db_rc drc;

	deadline_date_format(o->today, day);
	if (db_tx_begin(db) == -1)
		return -1;
	/* Taken: another tick wrote it (the key waited for its commit). */
	if ((drc = digest_begin(db, o)) == DB_CONFLICT) {
		db_tx_rollback(db);
		return 0;
	}
	if (drc != DB_OK)
		goto out;
	if (o->to == NULL)
		note = "no-address";
	else {
		if (digest_items(db, o, &items, &n, &is_truncated) != DB_OK)
			goto out;
		if (n == 0)
			note = "nothing-due";
		else {
			if (mail_xslt() == -1 || mail_digest_render(c, o, items,
			    n, is_truncated, &body, &subject) == -1)
				goto out;
			if (outbox_add(db, o->id, 0, "digest", o->to, subject,
			    body, &id) != DB_OK)
				goto out;
		}
	}
	if (digest_finish(db, o, n, id, note) != DB_OK ||
	    db_tx_commit(db) == -1)
		goto out;
	if (o->to == NULL)
		fprintf(stderr, "gdprdeskctl: tick: %s has no DPO or contact "
		    "email: no digest for %s\n", o->slug, day);
	else if (id > 0)
		printf("digest %s %s: %zu ticket%s\n", o->slug, day, n,
		    n == 1 ? "" : "s");
	rc = 0;
out:
	if (rc == -1) {
		db_tx_rollback(db);
		log_err("tick: organisation %lld: the digest for %s failed",
		    o->id, day);
	}
	digest_items_free(items, n);
	free(body);
	free(subject);
	return rc;
}

/*
 * Writes the digest of every organisation whose local day has none yet.
 * Returns 0, or -1 when one failed (the others are still written).
 */
static int
mail_digests(struct db *db, const struct mail_conf *c)
{
	struct digest_org *orgs;
	size_t n, i;
	int rc = 0;

	if (digest_orgs(db, time(NULL), &orgs, &n) != DB_OK)
		return -1;
	for (i = 0; i < n && !mail_is_stopping; i++)
		if (mail_digest_one(db, c, &orgs[i]) == -1)
			rc = -1;
	digest_orgs_free(orgs, n);
	return rc;
}

/*
 * gdprdeskctl tick, every minute: the daily digests not yet written,
 * then the outbox sent. Digests first (the brief had them second), so
 * that a digest leaves in the tick that writes it, not a minute later.
 * Quiet when nothing happened: it runs 1,440 times a day.
 */
int
ctl_tick(int argc, char *argv[])
{
	static const int allow[] = { DIGEST_STMTS, OUTBOX_SEND_STMTS };
	struct mail_conf c;
	struct mail_count k;
	struct db *db = NULL;
	int status = EXIT_DB;

	(void)argv;
	if (argc != 1) {
		fputs("usage: gdprdeskctl [--var DIR] tick\n", stderr);
		return EXIT_USAGE;
	}
	if (mail_conf_load(&c) == -1) {
		mail_conf_free(&c);
		return EXIT_USAGE;
	}
	mail_signals();
	if ((db = ctl_db(allow, NELEM(allow))) == NULL)
		goto out;
	status = 0;
	if (mail_digests(db, &c) == -1) {
		fprintf(stderr, "gdprdeskctl: tick: a digest could not be "
		    "written\n");
		status = EXIT_DB;
	}
	if (mail_send(db, &c, &k) == -1) {
		fprintf(stderr, "gdprdeskctl: tick: mail: the database "
		    "failed\n");
		status = EXIT_DB;
	} else {
		if (k.sent + k.failed > 0)
			printf("sent %lld, failed %lld, left %lld\n", k.sent,
			    k.failed, k.left);
		if (c.argv == NULL && k.left > 0)
			fprintf(stderr, "gdprdeskctl: tick: mail: %s: %lld "
			    "message%s wait%s in the outbox\n", c.why, k.left,
			    k.left == 1 ? "" : "s", k.left == 1 ? "s" : "");
	}
	if (fflush(stdout) == EOF)
		status = EXIT_DB;
out:
	db_close(db);
	mail_conf_free(&c);
	if (mail_xslt_state != 0)
		xslt_cleanup();
	return status;
}
