/* test_mail: gdprdeskctl mail send and tick against the instance, with tests/data/sendmail-sink.sh as the system's sendmail: a request's acknowledgement sent once with its headers, failures kept and retried, two senders at once, no sendmail, the daily digest once per organisation and day. */
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <CUnit/CUnit.h>
#include <mysqld_error.h>

#include "model/outbox.h"
#include "itest.h"

/* The requester of this suite's request: none of it may reach a log. */
#define ML_NAME		"Mia Mailtest"
#define ML_EMAIL	"mia.mailtest@example.org"
#define ML_DPO		"dpo@mail-suite.example"
#define ML_FROM		"Data Protection Desk <desk@gdprdesk.test>"

static char *ml_slug, *ml_slug2;	/* with an address; with none */
static long long ml_org, ml_org2;
static char ml_box[] = "/tmp/gdprdesk-mailbox-XXXXXX";
static char *ml_sink;			/* the sink's absolute path */
static char *ml_ref;			/* the request's reference */
static long long ml_ticket;

static int
ml_init(void)
{
	int fd;

	if (it_suite_init() == -1)
		return -1;
	if ((fd = mkstemp(ml_box)) == -1)
		return -1;
	close(fd);
	if ((ml_sink = realpath("tests/data/sendmail-sink.sh", NULL)) ==
	    NULL) {
		fprintf(stderr, "test_mail: run from the repository root\n");
		return -1;
	}
	ml_slug = it_org("mail");
	ml_slug2 = it_org("mail-none");
	ml_org = it_sql_int("SELECT id FROM organisation WHERE slug = '%s'",
	    ml_slug);
	ml_org2 = it_sql_int("SELECT id FROM organisation WHERE slug = '%s'",
	    ml_slug2);
	/*
	 * A prefix of its own: references are unique across organisations
	 * but numbered per organisation, and every it_org has "ITS".
	 */
	if (ml_org <= 0 || ml_org2 <= 0 ||
	    it_sql("UPDATE organisation SET dpo_email = '" ML_DPO "', "
	    "ref_prefix = 'MAILT' WHERE id = %lld", ml_org) == -1 ||
	    it_sql("UPDATE organisation SET dpo_email = NULL, contact_email "
	    "= NULL WHERE id = %lld", ml_org2) == -1)
		return -1;
	return 0;
}

static int
ml_clean(void)
{
	char *lock;

	lock = xasprintf("%s.lock", ml_box);
	unlink(lock);
	free(lock);
	unlink(ml_box);
	free(ml_sink);
	free(ml_slug);
	free(ml_slug2);
	free(ml_ref);
	ml_sink = ml_slug = ml_slug2 = ml_ref = NULL;
	return 0;
}

/* Reads a whole file (owned, "" when missing). */
static char *
ml_read(const char *path)
{
	struct buf b = { 0 };
	char chunk[4096];
	size_t n;
	FILE *f;

	buf_puts(&b, "");
	if ((f = fopen(path, "r")) == NULL)
		return b.p;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	return b.p;
}

/*
 * The command line that runs `gdprdeskctl --var VAR/run/conf/tick ARGS`
 * (as the tick's own MariaDB account) with the environment words env
 * and no GDPRDESK_SENDMAIL but what env sets; stderr to errpath. Owned.
 */
static char *
ml_cmd(const char *env, const char *args, const char *errpath)
{
	return xasprintf("env -u GDPRDESK_SENDMAIL "
	    "GDPRDESK_MAIL_FROM='" ML_FROM "' GDPRDESK_TEST_MAILBOX='%s' "
	    "GDPRDESK_PUBLIC_URL='%s' %s '%s/gdprdeskctl' "
	    "--var '%s/run/conf/tick' %s 2>'%s'", ml_box, ht_base(), env,
	    it_bin(), it_var(), args, errpath);
}

/* Collects a command's output, its stderr file and its exit status. */
static int
ml_finish(FILE *pp, const char *errpath, char **out, char **err)
{
	struct buf b = { 0 };
	char chunk[4096];
	size_t n;
	int st;

	buf_puts(&b, "");
	while ((n = fread(chunk, 1, sizeof(chunk), pp)) > 0)
		buf_append(&b, chunk, n);
	st = pclose(pp);
	*out = b.p;
	*err = ml_read(errpath);
	unlink(errpath);
	return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/*
 * Runs gdprdeskctl ARGS with env (see ml_cmd); *out and *err (owned)
 * get what it printed. Returns its exit status, or -1.
 */
static int
ml_run(const char *env, const char *args, char **out, char **err)
{
	char errpath[] = "/tmp/gdprdesk-mail-err-XXXXXX";
	char *cmd;
	FILE *pp;
	int fd;

	*out = *err = NULL;
	if ((fd = mkstemp(errpath)) == -1)
		return -1;
	close(fd);
	cmd = ml_cmd(env, args, errpath);
	pp = popen(cmd, "r");
	free(cmd);
	if (pp == NULL) {
		unlink(errpath);
		return -1;
	}
	return ml_finish(pp, errpath, out, err);
}

/* The environment word that names the sink as sendmail. Owned. */
static char *
ml_sendmail(const char *more)
{
	return xasprintf("GDPRDESK_SENDMAIL=\"'%s' -t -i\" %s", ml_sink,
	    more != NULL ? more : "");
}

/* Parses "sent N, failed N, left N" (the last such line of out). */
static int
ml_counts(const char *out, long long *sent, long long *failed,
    long long *left)
{
	const char *p, *last = NULL;

	for (p = out; (p = strstr(p, "sent ")) != NULL; p++)
		if (p == out || p[-1] == '\n')
			last = p;
	return last != NULL && sscanf(last, "sent %lld, failed %lld, left "
	    "%lld", sent, failed, left) == 3 ? 0 : -1;
}

/*
 * The messages of the mailbox that hold needle: how many, and the first
 * (owned, in *msg when msg is not NULL; NULL when none).
 */
static int
ml_find(const char *needle, char **msg)
{
	char *box, *p, *e;
	int n = 0;

	if (msg != NULL)
		*msg = NULL;
	box = ml_read(ml_box);
	for (p = box; p != NULL && *p != '\0'; p = e) {
		/* A message runs from its "From " line to the next one. */
		e = strstr(p + 1, "\nFrom sendmail-sink ");
		e = e != NULL ? e + 1 : p + strlen(p);
		if (memmem(p, (size_t)(e - p), needle, strlen(needle)) ==
		    NULL)
			continue;
		if (n++ == 0 && msg != NULL)
			*msg = xstrndup(p, (size_t)(e - p));
	}
	free(box);
	return n;
}

/* Does msg's header block hold the line line? */
static int
ml_has_header(const char *msg, const char *line)
{
	const char *end, *p;
	size_t n = strlen(line);

	if ((end = strstr(msg, "\n\n")) == NULL)
		return 0;
	for (p = msg; p != NULL && p < end; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (strncmp(p, line, n) == 0 && (p[n] == '\n' ||
		    p[n] == '\0'))
			return 1;
	}
	return 0;
}

/* Does msg's header block have a line beginning with prefix? */
static int
ml_has_prefix(const char *msg, const char *prefix)
{
	const char *end, *p;

	if ((end = strstr(msg, "\n\n")) == NULL)
		return 0;
	for (p = msg; p != NULL && p < end; p = strchr(p + 1, '\n'))
		if (strncmp(*p == '\n' ? p + 1 : p, prefix, strlen(prefix)) ==
		    0)
			return 1;
	return 0;
}

/* Adds a message of this suite's ticket to the outbox: its id. */
static long long
ml_add(const char *kind, const char *to, const char *subject,
    const char *body)
{
	if (it_sql("INSERT INTO outbox (ticket_id, kind, to_address, "
	    "subject, body) VALUES (%lld, '%s', '%s', '%s', '%s')", ml_ticket,
	    kind, to, subject, body) == -1)
		return -1;
	return it_sql_int("SELECT MAX(id) FROM outbox WHERE ticket_id = "
	    "%lld", ml_ticket);
}

/* Submits a request through the public form: its reference, or NULL. */
static char *
ml_submit(void)
{
	struct ht_resp r;
	struct buf b = { 0 };
	char *path, *csrf, *key = NULL, *cookie, *ref = NULL;
	const char *p, *e;
	int tries;

	path = xasprintf("/o/%s/request", ml_slug);
	if (ht_get(&r, path, NULL, 0) == -1 || r.status != 200) {
		ht_resp_free(&r);
		free(path);
		return NULL;
	}
	csrf = ht_cookie_value(&r, "gdprdesk_request");
	if (r.body.p != NULL && (p = strstr(r.body.p, "name=\"key\" value=\""))
	    != NULL && (e = strchr(p + 18, '"')) != NULL)
		key = xstrndup(p + 18, (size_t)(e - p - 18));
	ht_resp_free(&r);
	if (csrf == NULL || key == NULL) {
		free(csrf);
		free(key);
		free(path);
		return NULL;
	}
	cookie = xasprintf("gdprdesk_request=%s", csrf);
	ht_form_add(&b, "csrf", csrf);
	ht_form_add(&b, "key", key);
	ht_form_add(&b, "kind", "access");
	ht_form_add(&b, "name", ML_NAME);
	ht_form_add(&b, "email", ML_EMAIL);
	ht_form_add(&b, "phone", "");
	ht_form_add(&b, "agent", "no");
	ht_form_add(&b, "agent_for", "");
	ht_form_add(&b, "relationship", "customers");
	ht_form_add(&b, "description", "A copy of my data, please.");
	ht_form_add(&b, "website", "");
	/* The request suite spent the address's allowance: wait for it. */
	for (tries = 0; tries < 6; tries++) {
		sleep(tries == 0 ? 3 : 5);
		if (ht_post(&r, path, cookie, b.p) == -1) {
			ht_resp_free(&r);
			break;
		}
		if (r.status != 429)
			break;
		ht_resp_free(&r);
	}
	if (r.status == 200 && r.body.p != NULL &&
	    (p = strstr(r.body.p, "<strong class=\"reference\">")) != NULL &&
	    (e = strchr(p + 26, '<')) != NULL)
		ref = xstrndup(p + 26, (size_t)(e - p - 26));
	else
		it_status(&r, 200, "POST the mail suite's request");
	ht_resp_free(&r);
	buf_free(&b);
	free(cookie);
	free(csrf);
	free(key);
	free(path);
	return ref;
}

/* The stack runs tick in the background: it has written digests. */
static void
test_background_tick(void)
{
	char *pid;

	pid = xasprintf("%s/pids/tick.pid", it_var());
	CU_ASSERT(access(pid, R_OK) == 0);
	free(pid);
	/* It ran at start: every seed has its record for its day. */
	CU_ASSERT(it_sql_int("SELECT COUNT(DISTINCT d.org_id) FROM digest d "
	    "JOIN organisation o ON o.id = d.org_id WHERE o.slug IN "
	    "('realtimecrm', 'expertcrm', 'opencrm', 'crmio', "
	    "'callminders')") == 5);
}

static void
test_send(void)
{
	char *env, *out, *err, *msg, *want, *body;
	long long sent, failed, left, id;
	int rc;

	ml_ref = ml_submit();
	CU_ASSERT_FATAL(ml_ref != NULL);
	ml_ticket = it_sql_int("SELECT id FROM ticket WHERE reference = '%s'",
	    ml_ref);
	CU_ASSERT_FATAL(ml_ticket > 0);
	id = it_sql_int("SELECT id FROM outbox WHERE ticket_id = %lld AND "
	    "kind = 'acknowledgement'", ml_ticket);
	CU_ASSERT_FATAL(id > 0);
	/* The trigger gave the row its ticket's organisation. */
	CU_ASSERT_EQUAL(it_sql_int("SELECT org_id FROM outbox WHERE id = "
	    "%lld", id), ml_org);

	env = ml_sendmail(NULL);
	rc = ml_run(env, "mail send", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && sent >= 1 &&
	    failed == 0 && left == 0);
	if (rc != 0 || failed != 0)
		fprintf(stderr, "mail send: %s%s", out, err);
	/* No personal data in what it says. */
	CU_ASSERT(strstr(err, ML_EMAIL) == NULL && strstr(err, "Mia") ==
	    NULL && strstr(out, ML_EMAIL) == NULL);
	free(out);
	free(err);

	/* Once, with its headers, as sendmail -t -i gets it. */
	CU_ASSERT_EQUAL(ml_find("To: " ML_EMAIL "\n", &msg), 1);
	CU_ASSERT_FATAL(msg != NULL);
	CU_ASSERT(strncmp(msg, "From sendmail-sink -t -i\n", 25) == 0);
	CU_ASSERT(ml_has_header(msg, "From: " ML_FROM));
	CU_ASSERT(ml_has_header(msg, "To: " ML_EMAIL));
	CU_ASSERT(ml_has_header(msg, "Reply-To: " ML_DPO));
	want = xasprintf("Subject: Your request to Integration %s Ltd: %s",
	    ml_slug, ml_ref);
	CU_ASSERT(ml_has_header(msg, want));
	free(want);
	CU_ASSERT(ml_has_prefix(msg, "Date: "));
	want = xasprintf("Message-ID: <gdprdesk.%lld.", id);
	CU_ASSERT(ml_has_prefix(msg, want));
	free(want);
	CU_ASSERT(ml_has_header(msg, "MIME-Version: 1.0"));
	CU_ASSERT(ml_has_header(msg, "Content-Type: text/plain; "
	    "charset=utf-8"));
	CU_ASSERT(ml_has_header(msg, "Content-Transfer-Encoding: 7bit") ||
	    ml_has_header(msg, "Content-Transfer-Encoding: 8bit") ||
	    ml_has_header(msg, "Content-Transfer-Encoding: "
	    "quoted-printable"));
	CU_ASSERT(ml_has_header(msg, "Auto-Submitted: auto-generated"));
	body = strstr(msg, "\n\n");
	CU_ASSERT(body != NULL && strstr(body, ml_ref) != NULL &&
	    strstr(body, "/status/") != NULL);
	free(msg);

	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id = "
	    "%lld AND sent_at IS NOT NULL AND attempts = 1 AND last_error IS "
	    "NULL AND lease_token IS NULL", id), 1);

	/* A second run sends nothing: still one message. */
	rc = ml_run(env, "mail send", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && sent == 0 &&
	    failed == 0 && left == 0);
	CU_ASSERT_EQUAL(ml_find("To: " ML_EMAIL "\n", NULL), 1);
	free(out);
	free(err);
	free(env);
}

static void
test_failure(void)
{
	char *env, *out, *err, *msg;
	long long sent, failed, left, id, bad, last;
	int rc;

	CU_ASSERT_FATAL(ml_ticket > 0);
	id = ml_add("answer", ML_EMAIL, "Réponse à votre demande "
	    "ML-RETRY", "Une ligne bien plus longue que soixante-dix-huit "
	    "caractères, pour que le corps parte en quoted-printable.\n");
	CU_ASSERT_FATAL(id > 0);

	/* sendmail says "try again later" (75): kept, counted, backed off. */
	env = ml_sendmail("GDPRDESK_TEST_SENDMAIL_EXIT=75");
	rc = ml_run(env, "mail send", &out, &err);
	free(env);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && sent == 0 &&
	    failed >= 1 && left >= 1);
	CU_ASSERT(strstr(err, "exit:75") != NULL);
	CU_ASSERT(strstr(err, ML_EMAIL) == NULL);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id = "
	    "%lld AND sent_at IS NULL AND attempts = 1 AND last_error = "
	    "'exit:75' AND next_attempt_at > UTC_TIMESTAMP() AND failed_at "
	    "IS NULL AND lease_token IS NULL", id), 1);
	CU_ASSERT_EQUAL(ml_find("ML-RETRY", NULL), 0);

	/* Not before its time, even with a sendmail that works. */
	env = ml_sendmail(NULL);
	rc = ml_run(env, "mail send", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && sent == 0 &&
	    left >= 1);
	CU_ASSERT_EQUAL(ml_find("ML-RETRY", NULL), 0);
	free(out);
	free(err);

	/* Its time come, it goes, encoded. */
	CU_ASSERT_EQUAL(it_sql("UPDATE outbox SET next_attempt_at = "
	    "UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE id = %lld", id), 0);
	rc = ml_run(env, "mail send", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && sent == 1 &&
	    failed == 0 && left == 0);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id = "
	    "%lld AND sent_at IS NOT NULL AND attempts = 2 AND last_error IS "
	    "NULL", id), 1);
	CU_ASSERT_EQUAL(ml_find("ML-RETRY", &msg), 1);
	CU_ASSERT_FATAL(msg != NULL);
	CU_ASSERT(ml_has_header(msg, "Subject: =?UTF-8?Q?R=C3=A9ponse_=C3=A0?="
	    " votre demande ML-RETRY"));
	CU_ASSERT(ml_has_header(msg, "Content-Transfer-Encoding: "
	    "quoted-printable"));
	CU_ASSERT(strstr(msg, "caract=C3=A8res") != NULL);
	free(msg);

	/* An address that cannot be sent to is given up at once. */
	bad = ml_add("answer", "not an address", "ML-BAD", "x\n");
	rc = ml_run(env, "mail send", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && failed == 1 &&
	    left == 0);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id = "
	    "%lld AND sent_at IS NULL AND failed_at IS NOT NULL AND "
	    "last_error = 'bad-to'", bad), 1);
	CU_ASSERT_EQUAL(ml_find("ML-BAD", NULL), 0);
	free(env);

	/* The last allowed try fails: given up, no longer left. */
	last = ml_add("answer", ML_EMAIL, "ML-LAST", "x\n");
	CU_ASSERT_EQUAL(it_sql("UPDATE outbox SET attempts = %d WHERE id = "
	    "%lld", OUTBOX_MAX_ATTEMPTS - 1, last), 0);
	env = ml_sendmail("GDPRDESK_TEST_SENDMAIL_EXIT=75");
	rc = ml_run(env, "mail send", &out, &err);
	free(env);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && failed == 1 &&
	    left == 0);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id = "
	    "%lld AND sent_at IS NULL AND failed_at IS NOT NULL AND attempts "
	    "= %d", last, OUTBOX_MAX_ATTEMPTS), 1);
}

static void
test_no_sendmail(void)
{
	char *env, *out, *err;
	long long sent, failed, left, id;
	int rc;

	CU_ASSERT_FATAL(ml_ticket > 0);
	id = ml_add("answer", ML_EMAIL, "ML-NOSENDMAIL", "x\n");
	CU_ASSERT_FATAL(id > 0);

	/* None configured: said on stderr, nothing sent, exit 0. */
	rc = ml_run("", "mail send", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(strstr(err, "GDPRDESK_SENDMAIL is not set") != NULL);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && sent == 0 &&
	    failed == 0 && left >= 1);
	free(out);
	free(err);
	/* One that is not there: the same. */
	rc = ml_run("GDPRDESK_SENDMAIL='/nonexistent/sendmail -t -i'",
	    "mail send", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(strstr(err, "/nonexistent/sendmail") != NULL);
	CU_ASSERT(ml_counts(out, &sent, &failed, &left) == 0 && sent == 0 &&
	    failed == 0);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id = "
	    "%lld AND sent_at IS NULL AND attempts = 0 AND last_error IS NULL",
	    id), 1);
	CU_ASSERT_EQUAL(ml_find("ML-NOSENDMAIL", NULL), 0);
	/* A malformed setting is bad input. */
	rc = ml_run("GDPRDESK_SENDMAIL=\"'unfinished\"", "mail send", &out,
	    &err);
	CU_ASSERT_EQUAL(rc, 2);
	free(out);
	free(err);
	rc = ml_run("", "mail sned", &out, &err);
	CU_ASSERT_EQUAL(rc, 2);
	free(out);
	free(err);

	/* Sent by the next run that has one. */
	env = ml_sendmail(NULL);
	rc = ml_run(env, "mail send", &out, &err);
	free(env);
	CU_ASSERT_EQUAL(rc, 0);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(ml_find("ML-NOSENDMAIL", NULL), 1);
}

/* Two senders at once: each message leaves once. */
static void
test_two_senders(void)
{
	char errs[2][32], *cmd, *env, *out[2], *err[2], subj[64];
	long long sent[2], failed, left, total = 0;
	FILE *pp[2];
	int i, fd, rc, n = 20, k;

	CU_ASSERT_FATAL(ml_ticket > 0);
	for (k = 0; k < n; k++) {
		snprintf(subj, sizeof(subj), "ML-TWO-%02d", k);
		CU_ASSERT_FATAL(ml_add("answer", ML_EMAIL, subj, "x\n") > 0);
	}
	env = ml_sendmail("GDPRDESK_TEST_SENDMAIL_SLEEP=0.05");
	for (i = 0; i < 2; i++) {
		snprintf(errs[i], sizeof(errs[i]), "/tmp/gdprdesk-two-XXXXXX");
		fd = mkstemp(errs[i]);
		CU_ASSERT_FATAL(fd != -1);
		close(fd);
		cmd = ml_cmd(env, "mail send", errs[i]);
		pp[i] = popen(cmd, "r");
		free(cmd);
		CU_ASSERT_FATAL(pp[i] != NULL);
	}
	for (i = 0; i < 2; i++) {
		rc = ml_finish(pp[i], errs[i], &out[i], &err[i]);
		CU_ASSERT_EQUAL(rc, 0);
		CU_ASSERT(ml_counts(out[i], &sent[i], &failed, &left) == 0 &&
		    failed == 0);
		total += sent[i];
		free(out[i]);
		free(err[i]);
	}
	free(env);
	CU_ASSERT(total >= n);
	for (k = 0; k < n; k++) {
		snprintf(subj, sizeof(subj), "Subject: ML-TWO-%02d\n", k);
		rc = ml_find(subj, NULL);
		CU_ASSERT_EQUAL(rc, 1);
		if (rc != 1)
			fprintf(stderr, "%s came %d times\n", subj, rc);
	}
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE "
	    "subject LIKE 'ML-TWO-%%' AND ticket_id = %lld AND (sent_at IS NULL "
	    "OR attempts <> 1)", ml_ticket), 0);
}

/* Inserts an open ticket of org, due days from today (UTC). */
static int
ml_ticket_add(long long org, const char *ref, const char *kind,
    const char *status, int days)
{
	return it_sql("INSERT INTO ticket (org_id, reference, kind, status, "
	    "token_hash, received_at, due_date, requester_name, "
	    "requester_email) VALUES (%lld, '%s', '%s', '%s', SHA2('%s', 256), "
	    "UTC_TIMESTAMP() - INTERVAL 40 DAY, UTC_DATE() + INTERVAL %d DAY, "
	    "'" ML_NAME "', '" ML_EMAIL "')", org, ref, kind, status, ref,
	    days);
}

static void
test_digest(void)
{
	char *out, *err, *ref2, *ref3, *body, *subj, *want, errs[2][32], *cmd;
	long long before, digest;
	FILE *pp[2];
	int rc, i, fd;

	CU_ASSERT_FATAL(ml_ticket > 0);
	/*
	 * The request waits for identity; another is three days overdue
	 * (a day either way of the organisation's zone still overdue).
	 */
	CU_ASSERT_EQUAL(it_sql("UPDATE ticket SET status = "
	    "'awaiting-identity', due_date = NULL WHERE id = %lld",
	    ml_ticket), 0);
	ref2 = it_name("ML-OD");
	ref3 = it_name("ML-NA");
	CU_ASSERT_FATAL(ml_ticket_add(ml_org, ref2, "erasure", "in-progress",
	    -3) == 0);
	CU_ASSERT_FATAL(ml_ticket_add(ml_org2, ref3, "access", "in-progress",
	    -3) == 0);
	/* The background tick may have done today's already: undone. */
	CU_ASSERT_EQUAL(it_sql("DELETE FROM digest WHERE org_id IN (%lld, "
	    "%lld)", ml_org, ml_org2), 0);
	before = it_sql_int("SELECT COALESCE(MAX(id), 0) FROM outbox");

	rc = ml_run("", "tick", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	want = xasprintf("digest %s ", ml_slug);
	CU_ASSERT(strstr(out, want) != NULL && strstr(out, ": 2 tickets") !=
	    NULL);
	free(want);
	want = xasprintf("%s has no DPO or contact email", ml_slug2);
	CU_ASSERT(strstr(err, want) != NULL);
	free(want);
	CU_ASSERT(strstr(err, ML_EMAIL) == NULL);
	free(out);
	free(err);

	/* Once a day: the second tick writes nothing, says nothing of it. */
	rc = ml_run("", "tick", &out, &err);
	CU_ASSERT_EQUAL(rc, 0);
	CU_ASSERT(strstr(out, ml_slug) == NULL);
	CU_ASSERT(strstr(err, ml_slug2) == NULL);
	free(out);
	free(err);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id > "
	    "%lld AND org_id = %lld AND kind = 'digest'", before, ml_org), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id > "
	    "%lld AND org_id = %lld", before, ml_org2), 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM digest WHERE org_id "
	    "= %lld", ml_org), 1);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM digest WHERE org_id "
	    "= %lld AND note = 'no-address' AND outbox_id IS NULL", ml_org2),
	    1);
	digest = it_sql_int("SELECT outbox_id FROM digest WHERE org_id = "
	    "%lld AND items = 2 AND note IS NULL", ml_org);
	CU_ASSERT_FATAL(digest > 0);
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id = "
	    "%lld AND ticket_id IS NULL AND to_address = '" ML_DPO "' AND "
	    "sent_at IS NULL", digest), 1);

	/* References and dates; no requester. */
	body = it_sql_str("SELECT body FROM outbox WHERE id = %lld", digest);
	subj = it_sql_str("SELECT subject FROM outbox WHERE id = %lld",
	    digest);
	CU_ASSERT_FATAL(body != NULL && subj != NULL);
	CU_ASSERT(strstr(body, ml_ref) != NULL);
	CU_ASSERT(strstr(body, ref2) != NULL);
	CU_ASSERT(strstr(body, "Overdue (1)") != NULL);
	CU_ASSERT(strstr(body, "Waiting for the requester (1)") != NULL);
	CU_ASSERT(strstr(body, "3 days late") != NULL ||
	    strstr(body, "2 days late") != NULL ||
	    strstr(body, "4 days late") != NULL);
	CU_ASSERT(strstr(body, "for identity") != NULL);
	want = xasprintf("%s/staff/\n", ht_base());
	CU_ASSERT(strstr(body, want) != NULL);
	free(want);
	CU_ASSERT(strstr(body, "Mia") == NULL && strstr(body, ML_EMAIL) ==
	    NULL && strstr(body, "A copy of my data") == NULL);
	CU_ASSERT(strstr(subj, "1 overdue") != NULL && strstr(subj,
	    "1 waiting") != NULL);
	free(body);
	free(subj);

	/* Two ticks at once write one digest (the key waits, then says no). */
	CU_ASSERT_EQUAL(it_sql("DELETE FROM digest WHERE org_id = %lld",
	    ml_org), 0);
	before = it_sql_int("SELECT COALESCE(MAX(id), 0) FROM outbox");
	for (i = 0; i < 2; i++) {
		snprintf(errs[i], sizeof(errs[i]), "/tmp/gdprdesk-two-XXXXXX");
		fd = mkstemp(errs[i]);
		CU_ASSERT_FATAL(fd != -1);
		close(fd);
		cmd = ml_cmd("", "tick", errs[i]);
		pp[i] = popen(cmd, "r");
		free(cmd);
		CU_ASSERT_FATAL(pp[i] != NULL);
	}
	for (i = 0; i < 2; i++) {
		CU_ASSERT_EQUAL(ml_finish(pp[i], errs[i], &out, &err), 0);
		free(out);
		free(err);
	}
	CU_ASSERT_EQUAL(it_sql_int("SELECT COUNT(*) FROM outbox WHERE id > "
	    "%lld AND org_id = %lld AND kind = 'digest'", before, ml_org), 1);

	/* This suite's leftovers are not for the other suites to send. */
	CU_ASSERT_EQUAL(it_sql("UPDATE outbox SET failed_at = UTC_TIMESTAMP() "
	    "WHERE org_id IN (%lld, %lld) AND sent_at IS NULL", ml_org,
	    ml_org2), 0);
	free(ref2);
	free(ref3);
}

/* Runs q as m, draining results: 0 or the server's error number. */
static unsigned int
ml_sql_as(MYSQL *m, const char *q)
{
	MYSQL_RES *res;

	if (mysql_real_query(m, q, strlen(q)) != 0)
		return mysql_errno(m);
	if ((res = mysql_store_result(m)) != NULL)
		mysql_free_result(res);
	return mysql_errno(m);
}

/* The tick's account reads what a digest lists and no requester. */
static void
test_tick_account(void)
{
	static const struct {
		const char	*q;
		unsigned int	 err;
	} cases[] = {
		{ "SELECT reference, kind, status, due_date FROM ticket", 0 },
		{ "SELECT id, to_address, body FROM outbox", 0 },
		{ "SELECT org_id, day FROM digest", 0 },
		{ "SELECT requester_name FROM ticket",
		    ER_COLUMNACCESS_DENIED_ERROR },
		{ "SELECT requester_email FROM ticket",
		    ER_COLUMNACCESS_DENIED_ERROR },
		{ "SELECT description FROM ticket",
		    ER_COLUMNACCESS_DENIED_ERROR },
		{ "SELECT address FROM organisation",
		    ER_COLUMNACCESS_DENIED_ERROR },
		{ "SELECT detail FROM ticket_event",
		    ER_COLUMNACCESS_DENIED_ERROR },
		{ "SELECT COUNT(*) FROM staff_account",
		    ER_TABLEACCESS_DENIED_ERROR },
		{ "SELECT COUNT(*) FROM activity", ER_TABLEACCESS_DENIED_ERROR },
		{ "UPDATE ticket SET status = 'closed' WHERE id = 0",
		    ER_TABLEACCESS_DENIED_ERROR },
		{ "DELETE FROM outbox WHERE id = 0",
		    ER_TABLEACCESS_DENIED_ERROR },
		{ "DELETE FROM digest WHERE org_id = 0",
		    ER_TABLEACCESS_DENIED_ERROR },
	};
	unsigned int e;
	MYSQL *m;
	char *path;
	size_t i;

	path = xasprintf("%s/run/conf/tick/my.cnf", it_var());
	m = it_db_open(path, "gdprdeskctl");
	free(path);
	CU_ASSERT_FATAL(m != NULL);
	for (i = 0; i < NELEM(cases); i++) {
		e = ml_sql_as(m, cases[i].q);
		CU_ASSERT_EQUAL(e, cases[i].err);
		if (e != cases[i].err)
			fprintf(stderr, "as gdprdesk_tick, %s: %u, want %u\n",
			    cases[i].q, e, cases[i].err);
	}
	mysql_close(m);
}

int
test_mail_register(void)
{
	CU_pSuite s;

	if ((s = CU_add_suite("mail", ml_init, ml_clean)) == NULL)
		return -1;
	if (CU_add_test(s, "the stack runs tick in the background",
	    test_background_tick) == NULL ||
	    CU_add_test(s, "mail send: a request's acknowledgement, once",
	    test_send) == NULL ||
	    CU_add_test(s, "a failing sendmail: kept, backed off, given up",
	    test_failure) == NULL ||
	    CU_add_test(s, "no sendmail: nothing sent, exit 0",
	    test_no_sendmail) == NULL ||
	    CU_add_test(s, "two senders at once send each message once",
	    test_two_senders) == NULL ||
	    CU_add_test(s, "tick: one digest per organisation per day",
	    test_digest) == NULL ||
	    CU_add_test(s, "the tick's account reads no requester",
	    test_tick_account) == NULL)
		return -1;
	return 0;
}
