/* gdprdeskctl: the command line: migrations, demo data, staff accounts. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "core/db.h"
#include "core/form.h"
#include "core/log.h"
#include "core/util.h"
#include "model/account.h"
#include "model/audit.h"
#include "model/calendar.h"
#include "model/checks.h"
#include "model/deadline.h"
#include "model/org.h"
#include "model/session.h"
#include "model/stmt.h"
#include "model/xmlio.h"
#include "ctl.h"

static const char *ctl_var = "var";
static const char *ctl_sql = "sql";

static void
usage(void)
{
	fputs("usage: gdprdeskctl [--var DIR] command ...\n"
	    "  migrate                 apply sql/migrations not yet applied\n"
	    "  seed                    load sql/seed files not yet loaded\n"
	    "  user add LOGIN --role admin|dpo|viewer [--org SLUG]... "
	    "[--name NAME]\n"
	    "                          create an account; password on "
	    "standard input\n"
	    "  user passwd LOGIN       set a password from standard input\n"
	    "  checks SLUG             the register's findings, one a line:\n"
	    "                          CODE SEVERITY ARTICLE ENTITY MESSAGE "
	    "(tab-separated)\n"
	    "  export SLUG             the register as XML on standard "
	    "output\n"
	    "  import SLUG             an XML register from standard input: "
	    "creates\n"
	    "                          SLUG, or replaces its register\n"
	    "  due --rules uk|eu --calendar NAME --received DATE "
	    "[--clock-start DATE]...\n"
	    "      [--pause FROM:TO]... [--extend] [--explain]\n"
	    "                          the due date of a request, "
	    "YYYY-MM-DD, first;\n"
	    "                          with --extend then "
	    "\"extension-notice-by DATE\";\n"
	    "                          with --explain then the steps\n"
	    "  mail send               hand the outbox to $GDPRDESK_SENDMAIL "
	    "(\"/usr/sbin/sendmail\n"
	    "                          -t -i\"); prints \"sent N, failed N, "
	    "left N\"\n"
	    "  tick                    the daily digests due, then mail send "
	    "(every minute)\n"
	    "The instance is DIR (default ./var, or $GDPRDESK_VAR): its "
	    "my.cnf, group [gdprdeskctl].\n", stderr);
}

/* Opens the instance's database with the statements listed. */
struct db *
ctl_db(const int *allow, size_t n)
{
	/* The option file's path must outlive the connection. */
	static char cnf[4096];
	struct db *db;

	snprintf(cnf, sizeof(cnf), "%s/my.cnf", ctl_var);
	if (access(cnf, R_OK) == -1) {
		fprintf(stderr, "gdprdeskctl: no instance at %s (%s): run "
		    "`make start` first, or give --var DIR\n", cnf,
		    strerror(errno));
		return NULL;
	}
	db = db_open(cnf, "gdprdeskctl", stmt_defs, STMT__MAX, allow, n);
	if (db == NULL || db_ensure(db) == -1) {
		fprintf(stderr, "gdprdeskctl: cannot reach the database of %s "
		    "(is it running?)\n", ctl_var);
		db_close(db);
		return NULL;
	}
	return db;
}

static char *
ctl_read_file(const char *path)
{
	struct buf b = { 0 };
	char chunk[8192];
	size_t n;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_append(&b, chunk, n);
	fclose(f);
	if (b.p == NULL)
		buf_append(&b, "", 0);
	return b.p;
}

static int
ctl_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .sql files of dir, sorted by name. */
static char **
ctl_sql_files(const char *dir, size_t *n)
{
	struct dirent *de;
	char **names = NULL;
	size_t len;
	DIR *d;

	*n = 0;
	if ((d = opendir(dir)) == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len < 5 || strcmp(de->d_name + len - 4, ".sql") != 0)
			continue;
		names = xreallocarray(names, *n + 1, sizeof(*names));
		names[(*n)++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (*n > 0)
		qsort(names, *n, sizeof(*names), ctl_cmp);
	return names;
}

static void
ctl_free_names(char **names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

static int
ctl_bootstrap(void)
{
	static const char sql[] =
	    "CREATE TABLE IF NOT EXISTS schema_migration ("
	    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
	    " name VARCHAR(200) NOT NULL,"
	    " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"
	    ") ENGINE=InnoDB;"
	    "CREATE TABLE IF NOT EXISTS seed_applied ("
	    " name VARCHAR(200) NOT NULL PRIMARY KEY,"
	    " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"
	    ") ENGINE=InnoDB";
	const char *err;
	struct db *db;
	int rc = 0;

	if ((db = ctl_db(NULL, 0)) == NULL)
		return -1;
	if (db_script(db, sql, &err) == -1) {
		fprintf(stderr, "gdprdeskctl: cannot create the bookkeeping "
		    "tables: %s\n", err);
		rc = -1;
	}
	db_close(db);
	return rc;
}

/*
 * Applies the files of dir not yet recorded. For migrations the key is
 * the leading number (NNNN_name.sql); for seeds, the file name.
 */
static int
ctl_apply(const char *sub, int is_migration)
{
	static const int mallow[] = { STMT_MIGRATION_LIST,
		STMT_MIGRATION_INSERT };
	static const int sallow[] = { STMT_SEED_LIST, STMT_SEED_INSERT };
	char **files = NULL, **done = NULL, *dir, *path, *text;
	struct db_param p[2];
	struct db_res *r = NULL;
	struct db *db;
	size_t nf, nd = 0, i, j, applied = 0;
	const char *err;
	long long v;
	int rc = EXIT_DB, seen;

	if (ctl_bootstrap() == -1)
		return EXIT_DB;
	if ((db = ctl_db(is_migration ? mallow : sallow, 2)) == NULL)
		return EXIT_DB;
	dir = xasprintf("%s/%s", ctl_sql, sub);
	files = ctl_sql_files(dir, &nf);
	if (db_query(db, is_migration ? STMT_MIGRATION_LIST : STMT_SEED_LIST,
	    NULL, 0, &r) != DB_OK)
		goto out;
	while (db_res_next(r)) {
		done = xreallocarray(done, nd + 1, sizeof(*done));
		done[nd++] = xstrdup(db_res_text(r, 0));
	}
	/* Versioned tables keep their history through ALTERs. */
	if (is_migration && db_script(db, "SET SESSION "
	    "system_versioning_alter_history = KEEP", &err) == -1) {
		fprintf(stderr, "gdprdeskctl: %s\n", err);
		goto out;
	}
	for (i = 0; i < nf; i++) {
		if (is_migration) {
			char num[16];
			size_t k = strspn(files[i], "0123456789");

			if (k == 0 || k > 9 || files[i][k] != '_') {
				fprintf(stderr, "gdprdeskctl: %s/%s: a "
				    "migration is named NNNN_name.sql\n", dir,
				    files[i]);
				rc = EXIT_USAGE;
				goto out;
			}
			memcpy(num, files[i], k);
			num[k] = '\0';
			util_strtonum(num, 0, 999999999, &v);
			snprintf(num, sizeof(num), "%lld", v);
			for (seen = 0, j = 0; j < nd; j++)
				seen |= strcmp(done[j], num) == 0;
		} else
			for (seen = 0, j = 0; j < nd; j++)
				seen |= strcmp(done[j], files[i]) == 0;
		if (seen)
			continue;
		path = xasprintf("%s/%s", dir, files[i]);
		text = ctl_read_file(path);
		if (text == NULL) {
			fprintf(stderr, "gdprdeskctl: %s: %s\n", path,
			    strerror(errno));
			free(path);
			goto out;
		}
		if (db_script(db, text, &err) == -1) {
			fprintf(stderr, "gdprdeskctl: %s failed: %s\n", path,
			    err);
			free(text);
			free(path);
			goto out;
		}
		free(text);
		free(path);
		if (is_migration) {
			p[0] = DBP_INT(v);
			p[1] = DBP_TEXT(files[i]);
		} else
			p[0] = DBP_TEXT(files[i]);
		if (db_exec(db, is_migration ? STMT_MIGRATION_INSERT :
		    STMT_SEED_INSERT, p, is_migration ? 2 : 1, NULL, NULL) !=
		    DB_OK)
			goto out;
		printf("%s %s\n", is_migration ? "applied" : "loaded",
		    files[i]);
		applied++;
	}
	if (applied == 0)
		printf("%s: nothing to do\n", is_migration ? "migrate" : "seed");
	rc = 0;
out:
	db_res_free(r);
	ctl_free_names(files, nf);
	ctl_free_names(done, nd);
	free(dir);
	db_close(db);
	return rc;
}

/* Reads one line of standard input as a password. NULL on EOF. */
static char *
ctl_read_password(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if ((n = getline(&line, &cap, stdin)) <= 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

static int
ctl_user(int argc, char *argv[])
{
	static const int allow[] = { STMT_ACCOUNT_GET_BY_LOGIN,
		STMT_ACCOUNT_INSERT, STMT_ACCOUNT_SET_PASSWORD,
		STMT_ACCOUNT_GET_BY_ID, STMT_SESSION_END_BY_ACCOUNT,
		STMT_ORG_GET_BY_SLUG, STMT_GRANT_INSERT, STMT_AUDIT_INSERT };
	const char *login, *name = NULL, *orgs[32];
	struct account *a = NULL;
	struct org *o;
	struct db *db = NULL;
	char *pw = NULL;
	long long id, unused;
	size_t norgs = 0, i;
	int role = -1, rc = EXIT_USAGE, is_add, k;
	enum db_rc drc;

	if (argc < 3 || (strcmp(argv[1], "add") != 0 &&
	    strcmp(argv[1], "passwd") != 0)) {
		usage();
		return EXIT_USAGE;
	}
	is_add = strcmp(argv[1], "add") == 0;
	login = argv[2];
	for (k = 3; k < argc; k++) {
		if (k + 1 < argc && strcmp(argv[k], "--role") == 0)
			role = account_role_parse(argv[++k]);
		else if (k + 1 < argc && strcmp(argv[k], "--org") == 0 &&
		    norgs < NELEM(orgs))
			orgs[norgs++] = argv[++k];
		else if (k + 1 < argc && strcmp(argv[k], "--name") == 0)
			name = argv[++k];
		else {
			fprintf(stderr, "gdprdeskctl: unknown or incomplete "
			    "option %s\n", argv[k]);
			return EXIT_USAGE;
		}
	}
	if (!form_v_login(login, &unused)) {
		fprintf(stderr, "gdprdeskctl: a login is 2 to 64 of a-z 0-9 . "
		    "_ -\n");
		return EXIT_USAGE;
	}
	if (is_add && role < 0) {
		fprintf(stderr, "gdprdeskctl: --role admin, dpo or viewer is "
		    "required\n");
		return EXIT_USAGE;
	}
	if ((pw = ctl_read_password()) == NULL || !form_v_password(pw,
	    &unused)) {
		fprintf(stderr, "gdprdeskctl: give a password of 12 to 256 "
		    "characters on standard input\n");
		goto out;
	}
	rc = EXIT_DB;
	if ((db = ctl_db(allow, NELEM(allow))) == NULL)
		goto out;
	drc = account_get_by_login(db, login, &a);
	if (drc == DB_ERROR)
		goto out;
	if (is_add && drc == DB_OK) {
		fprintf(stderr, "gdprdeskctl: the login %s exists already\n",
		    login);
		rc = EXIT_EXISTS;
		goto out;
	}
	if (!is_add && drc == DB_NOTFOUND) {
		fprintf(stderr, "gdprdeskctl: no account %s\n", login);
		rc = EXIT_USAGE;
		goto out;
	}
	if (db_tx_begin(db) == -1)
		goto out;
	if (is_add) {
		if (account_create(db, login, name, (enum role)role, pw, &id) !=
		    DB_OK)
			goto rollback;
		for (i = 0; i < norgs; i++) {
			if ((drc = org_get(db, orgs[i], &o)) == DB_NOTFOUND) {
				fprintf(stderr, "gdprdeskctl: no organisation "
				    "%s\n", orgs[i]);
				rc = EXIT_USAGE;
				goto rollback;
			}
			if (drc != DB_OK)
				goto rollback;
			drc = account_grant(db, id, o->id);
			org_free(o);
			if (drc != DB_OK)
				goto rollback;
		}
	} else {
		id = a->id;
		if (account_set_password(db, id, pw) != DB_OK ||
		    session_end_all(db, id) == -1)
			goto rollback;
	}
	if (audit_log(db, 0, is_add ? "account_create" : "account_reset", 0,
	    "staff_account", id, "gdprdeskctl") == -1 || db_tx_commit(db) == -1)
		goto rollback;
	printf("%s %s\n", is_add ? "created" : "password set for", login);
	rc = 0;
	goto out;
rollback:
	db_tx_rollback(db);
out:
	if (pw != NULL) {
		explicit_bzero(pw, strlen(pw));
		free(pw);
	}
	account_free(a);
	db_close(db);
	return rc;
}

/* Prints s with tabs and line breaks as spaces: one finding, one line. */
static void
ctl_put_field(const char *s)
{
	for (; *s != '\0'; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static int
ctl_checks(const char *slug)
{
	static const int allow[] = { STMT_ORG_GET_BY_SLUG, STMT_REG_ORG,
		STMT_REG_ACTIVITIES, STMT_REG_RECIPIENTS, STMT_REG_LOCATIONS,
		STMT_REG_LINKS };
	struct finding *f = NULL;
	struct org *o = NULL;
	struct reg *g = NULL;
	struct db *db;
	char today[11], ent[64];
	long long unused;
	size_t n = 0, i;
	enum db_rc rc;
	int status = EXIT_DB;

	if (!form_v_slug(slug, &unused)) {
		fprintf(stderr, "gdprdeskctl: %s is not an organisation's "
		    "slug\n", slug);
		return EXIT_USAGE;
	}
	if ((db = ctl_db(allow, NELEM(allow))) == NULL)
		return EXIT_DB;
	if ((rc = org_get(db, slug, &o)) == DB_NOTFOUND) {
		fprintf(stderr, "gdprdeskctl: no organisation %s\n", slug);
		status = EXIT_USAGE;
		goto out;
	}
	if (rc != DB_OK || reg_load(db, o->id, &g) != DB_OK)
		goto out;
	checks_today(today);
	checks_run(g, today, &f, &n);
	for (i = 0; i < n; i++) {
		checks_entity(g, &f[i], ent, sizeof(ent));
		printf("%s\t%s\t%s\t%s\t", f[i].rule->code,
		    check_severity_names[f[i].rule->severity],
		    f[i].rule->article, ent);
		ctl_put_field(f[i].message);
		putchar('\n');
	}
	status = 0;
out:
	checks_free(f, n);
	reg_free(g);
	org_free(o);
	db_close(db);
	return status;
}

/* Writes the register of slug to standard output. */
static int
ctl_export(const char *slug)
{
	static const int allow[] = { STMT_ORG_GET_BY_SLUG,
		XMLIO_EXPORT_STMTS };
	struct org *o = NULL;
	xmlChar *doc = NULL;
	struct db *db;
	long long unused;
	int len = 0, status = EXIT_DB;
	enum db_rc rc;

	if (!form_v_slug(slug, &unused)) {
		fprintf(stderr, "gdprdeskctl: %s is not an organisation's "
		    "slug\n", slug);
		return EXIT_USAGE;
	}
	if ((db = ctl_db(allow, NELEM(allow))) == NULL)
		return EXIT_DB;
	if ((rc = org_get(db, slug, &o)) == DB_NOTFOUND) {
		fprintf(stderr, "gdprdeskctl: no organisation %s\n", slug);
		status = EXIT_USAGE;
		goto out;
	}
	if (rc != DB_OK || xmlio_export(db, o->id, &doc, &len) != DB_OK) {
		fprintf(stderr, "gdprdeskctl: export: the database failed\n");
		goto out;
	}
	if (fwrite(doc, 1, (size_t)len, stdout) != (size_t)len ||
	    fflush(stdout) == EOF) {
		fprintf(stderr, "gdprdeskctl: export: cannot write: %s\n",
		    strerror(errno));
		goto out;
	}
	status = 0;
out:
	xmlFree(doc);
	org_free(o);
	db_close(db);
	xmlCleanupParser();
	return status;
}

/*
 * Reads standard input whole, up to max bytes. Returns the bytes (owned,
 * NUL-terminated) and *len, or NULL when there are more (or a read
 * fails: *len is then (size_t)-1).
 */
static char *
ctl_read_stdin(size_t max, size_t *len)
{
	struct buf b = { 0 };
	char chunk[8192];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0) {
		if (b.len + n > max) {
			buf_free(&b);
			*len = 0;
			return NULL;
		}
		buf_append(&b, chunk, n);
	}
	if (ferror(stdin)) {
		buf_free(&b);
		*len = (size_t)-1;
		return NULL;
	}
	if (b.p == NULL)
		buf_append(&b, "", 0);
	*len = b.len;
	return b.p;
}

/*
 * Reads a register document on standard input into slug: a new slug
 * creates the organisation, an existing one has its register replaced.
 * A bad document changes nothing: "line N: REASON" and exit 2.
 */
static int
ctl_import(const char *slug)
{
	static const int allow[] = { XMLIO_IMPORT_STMTS };
	struct xmlio_error err;
	struct db *db = NULL;
	xmlDocPtr doc = NULL;
	char *text;
	long long unused;
	size_t len, nacts = 0, nrecs = 0;
	int status = EXIT_USAGE, created = 0;
	enum xmlio_rc rc;

	if (!form_v_slug(slug, &unused)) {
		fprintf(stderr, "gdprdeskctl: %s is not an organisation's "
		    "slug\n", slug);
		return EXIT_USAGE;
	}
	if ((text = ctl_read_stdin(XMLIO_MAX, &len)) == NULL) {
		if (len == (size_t)-1)
			fprintf(stderr, "gdprdeskctl: import: cannot read "
			    "standard input: %s\n", strerror(errno));
		else
			fprintf(stderr, "gdprdeskctl: import: the document is "
			    "larger than %u bytes\n", XMLIO_MAX);
		return EXIT_USAGE;
	}
	if (access(xmlio_schema_path(), R_OK) == -1) {
		fprintf(stderr, "gdprdeskctl: import: no schema at %s (%s): "
		    "run from the checkout, or set GDPRDESK_SCHEMA\n",
		    xmlio_schema_path(), strerror(errno));
		status = EXIT_DB;
		goto out;
	}
	if ((doc = xmlio_parse(xmlio_schema_path(), text, len, &err)) ==
	    NULL) {
		fprintf(stderr, "gdprdeskctl: import: line %ld: %s\n",
		    err.line, err.reason);
		goto out;
	}
	status = EXIT_DB;
	if ((db = ctl_db(allow, NELEM(allow))) == NULL)
		goto out;
	rc = xmlio_import(db, 0, slug, doc, &err, &created, &nacts, &nrecs);
	if (rc == XMLIO_INVALID) {
		fprintf(stderr, "gdprdeskctl: import: line %ld: %s\n",
		    err.line, err.reason);
		status = EXIT_USAGE;
		goto out;
	}
	if (rc != XMLIO_OK) {
		fprintf(stderr, "gdprdeskctl: import: the database failed; "
		    "nothing was changed\n");
		goto out;
	}
	printf("%s %s: %zu activities, %zu recipients\n", created ?
	    "created" : "replaced", slug, nacts, nrecs);
	status = 0;
out:
	xmlFreeDoc(doc);
	free(text);
	db_close(db);
	xmlCleanupParser();
	return status;
}

/* Parses a date option's value, or says why not. Returns 0 or -1. */
static int
ctl_due_date(const char *opt, const char *s, struct deadline_date *d)
{
	if (deadline_date_parse(s, d) == 0)
		return 0;
	fprintf(stderr, "gdprdeskctl: due: %s %s is not a date: give "
	    "YYYY-MM-DD, a day the month has\n", opt, s);
	return -1;
}

/* Parses --pause FROM:TO into *p, or says why not. Returns 0 or -1. */
static int
ctl_due_pause(const char *s, struct deadline_pause *p)
{
	char from[DEADLINE_DATE_SIZE];
	const char *colon;

	if ((colon = strchr(s, ':')) == NULL ||
	    (size_t)(colon - s) >= sizeof(from)) {
		fprintf(stderr, "gdprdeskctl: due: --pause %s: give FROM:TO, "
		    "two dates YYYY-MM-DD\n", s);
		return -1;
	}
	memcpy(from, s, (size_t)(colon - s));
	from[colon - s] = '\0';
	if (ctl_due_date("--pause", from, &p->from) == -1 ||
	    ctl_due_date("--pause", colon + 1, &p->to) == -1)
		return -1;
	if (deadline_date_cmp(p->to, p->from) < 0) {
		fprintf(stderr, "gdprdeskctl: due: --pause %s ends before it "
		    "starts\n", s);
		return -1;
	}
	return 0;
}

/*
 * gdprdeskctl due (DESIGN.md section 7): the due date of a request under
 * a rule set and a calendar of the instance's database, YYYY-MM-DD alone
 * on the first line. With --extend, a second line "extension-notice-by
 * YYYY-MM-DD": the last day to tell the requester of the extension
 * (decision 5). With --explain, the steps after. --clock-start may be
 * given once per event (identity, authority, fee): the latest counts.
 * Bad input exits 2 with a message on stderr; no database exits 1.
 */
static int
ctl_due(int argc, char *argv[])
{
	static const int allow[] = { CALENDAR_STMTS };
	struct deadline_date *starts, received;
	struct deadline_pause *pauses;
	struct deadline_cal *cal = NULL;
	struct deadline_in in;
	struct deadline_out out;
	struct buf explain = { 0 };
	struct db *db = NULL;
	const char *rules = NULL, *calname = NULL, *recv = NULL;
	char msg[512], due[DEADLINE_DATE_SIZE], notice[DEADLINE_DATE_SIZE];
	long long unused;
	size_t nstarts = 0, npauses = 0;
	int k, rs, is_extend = 0, is_explain = 0, status = EXIT_USAGE;
	enum db_rc rc;

	starts = xcalloc((size_t)argc, sizeof(*starts));
	pauses = xcalloc((size_t)argc, sizeof(*pauses));
	for (k = 1; k < argc; k++) {
		if (strcmp(argv[k], "--extend") == 0)
			is_extend = 1;
		else if (strcmp(argv[k], "--explain") == 0)
			is_explain = 1;
		else if (k + 1 >= argc) {
			fprintf(stderr, "gdprdeskctl: due: unknown or "
			    "incomplete option %s\n", argv[k]);
			goto out;
		} else if (strcmp(argv[k], "--rules") == 0 && rules == NULL)
			rules = argv[++k];
		else if (strcmp(argv[k], "--calendar") == 0 && calname == NULL)
			calname = argv[++k];
		else if (strcmp(argv[k], "--received") == 0 && recv == NULL)
			recv = argv[++k];
		else if (strcmp(argv[k], "--clock-start") == 0) {
			if (ctl_due_date(argv[k], argv[k + 1],
			    &starts[nstarts++]) == -1)
				goto out;
			k++;
		} else if (strcmp(argv[k], "--pause") == 0) {
			if (ctl_due_pause(argv[++k], &pauses[npauses++]) == -1)
				goto out;
		} else {
			fprintf(stderr, "gdprdeskctl: due: unknown or repeated "
			    "option %s\n", argv[k]);
			goto out;
		}
	}
	if (rules == NULL || calname == NULL || recv == NULL) {
		fprintf(stderr, "gdprdeskctl: due: --rules, --calendar and "
		    "--received are required\n");
		goto out;
	}
	if ((rs = deadline_rules_parse(rules)) == -1) {
		fprintf(stderr, "gdprdeskctl: due: unknown rule set %s: give "
		    "uk or eu\n", rules);
		goto out;
	}
	if (ctl_due_date("--received", recv, &received) == -1)
		goto out;
	if (rs == DEADLINE_EU && npauses > 0) {
		fprintf(stderr, "gdprdeskctl: due: the eu rule set has no "
		    "clarification pause: --pause is for --rules uk only\n");
		goto out;
	}
	if (!form_v_slug(calname, &unused)) {
		fprintf(stderr, "gdprdeskctl: due: no calendar %s (a name is "
		    "2 to 40 of a-z 0-9 -)\n", calname);
		goto out;
	}
	status = EXIT_DB;
	if ((db = ctl_db(allow, NELEM(allow))) == NULL)
		goto out;
	if ((rc = calendar_load(db, calname, &cal)) == DB_NOTFOUND) {
		fprintf(stderr, "gdprdeskctl: due: no calendar %s\n", calname);
		status = EXIT_USAGE;
		goto out;
	}
	if (rc != DB_OK) {
		fprintf(stderr, "gdprdeskctl: due: the database failed\n");
		goto out;
	}
	memset(&in, 0, sizeof(in));
	in.rules = (enum deadline_rules)rs;
	in.received = received;
	in.clock_starts = starts;
	in.nclock_starts = nstarts;
	in.pauses = pauses;
	in.npauses = npauses;
	in.is_extended = is_extend;
	if (deadline_compute(cal, &in, &out, is_explain ? &explain : NULL) !=
	    DEADLINE_OK) {
		fprintf(stderr, "gdprdeskctl: due: %s\n",
		    deadline_strerror(cal, &out, msg, sizeof(msg)));
		status = EXIT_USAGE;
		goto out;
	}
	printf("%s\n", deadline_date_format(out.due, due));
	if (is_extend)
		printf("extension-notice-by %s\n",
		    deadline_date_format(out.notice, notice));
	if (explain.p != NULL)
		fputs(explain.p, stdout);
	if (fflush(stdout) == EOF) {
		fprintf(stderr, "gdprdeskctl: due: cannot write: %s\n",
		    strerror(errno));
		goto out;
	}
	status = 0;
out:
	buf_free(&explain);
	deadline_cal_free(cal);
	db_close(db);
	free(starts);
	free(pauses);
	return status;
}

static int
ctl_main(int argc, char *argv[])
{
	const char *env;

	log_init("gdprdeskctl");
	if ((env = getenv("GDPRDESK_VAR")) != NULL && *env != '\0')
		ctl_var = env;
	if ((env = getenv("GDPRDESK_SQL")) != NULL && *env != '\0')
		ctl_sql = env;
	argc--, argv++;
	while (argc >= 2 && strcmp(argv[0], "--var") == 0) {
		ctl_var = argv[1];
		argc -= 2, argv += 2;
	}
	if (argc < 1) {
		usage();
		return EXIT_USAGE;
	}
	if (strcmp(argv[0], "migrate") == 0 && argc == 1)
		return ctl_apply("migrations", 1);
	if (strcmp(argv[0], "seed") == 0 && argc == 1)
		return ctl_apply("seed", 0);
	if (strcmp(argv[0], "user") == 0)
		return ctl_user(argc, argv);
	if (strcmp(argv[0], "checks") == 0 && argc == 2)
		return ctl_checks(argv[1]);
	if (strcmp(argv[0], "export") == 0 && argc == 2)
		return ctl_export(argv[1]);
	if (strcmp(argv[0], "import") == 0 && argc == 2)
		return ctl_import(argv[1]);
	if (strcmp(argv[0], "due") == 0)
		return ctl_due(argc, argv);
	if (strcmp(argv[0], "mail") == 0)
		return ctl_mail(argc, argv);
	if (strcmp(argv[0], "tick") == 0)
		return ctl_tick(argc, argv);
	usage();
	return EXIT_USAGE;
}

int
main(int argc, char *argv[])
{
	int rc;

	rc = ctl_main(argc, argv);
	db_library_end();
	return rc;
}
