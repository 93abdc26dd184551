/* page_activity: create and edit a processing activity (optimistic locking), retire and restore it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/activity.h"
#include "model/audit.h"
#include "model/org.h"
#include "model/stmt.h"
#include "staff.h"

static int
v_role(const char *s, long long *n)
{
	(void)n;
	return strcmp(s, "controller") == 0 ||
	    strcmp(s, "joint-controller") == 0 || strcmp(s, "processor") == 0;
}

static int
v_basis(const char *s, long long *n)
{
	(void)n;
	return (strlen(s) == 1 && s[0] >= 'a' && s[0] <= 'f') ||
	    strcmp(s, "ea") == 0;
}

static int
v_art9(const char *s, long long *n)
{
	(void)n;
	return strlen(s) == 1 && s[0] >= 'a' && s[0] <= 'j';
}

static int
v_dpia(const char *s, long long *n)
{
	(void)n;
	return strcmp(s, "not-needed") == 0 || strcmp(s, "needed") == 0 ||
	    strcmp(s, "in-progress") == 0 || strcmp(s, "done") == 0;
}

static int
v_status(const char *s, long long *n)
{
	(void)n;
	return strcmp(s, "draft") == 0 || strcmp(s, "active") == 0;
}

#define TXT(n, max)	{ n, NULL, max, 0, NULL }
#define LONG(n, max)	{ n, NULL, max, FIELD_MULTILINE, NULL }
#define BOOL(n)		{ n, form_v_bool, 1, 0, "Choose yes or no." }
#define DATE(n)		{ n, form_v_date, 10, 0, \
	"Enter a date as YYYY-MM-DD, for example 2027-01-31." }

/* In enum act_col's order: the form is the table's columns. */
static const struct field_def act_fields[ACT__MAX] = {
	[ACT_NAME] = { "name", NULL, 200, FIELD_REQUIRED,
	    "Give the activity a name." },
	[ACT_DESCRIPTION] = LONG("description", 4000),
	[ACT_BUSINESS_FUNCTION] = TXT("business_function", 200),
	[ACT_ROLE] = { "role", v_role, 20, FIELD_REQUIRED,
	    "Choose controller, joint controller or processor." },
	[ACT_CONTROLLER_NAME] = TXT("controller_name", 200),
	[ACT_CONTROLLER_CONTACT] = LONG("controller_contact", 2000),
	[ACT_JOINT_CONTROLLERS] = LONG("joint_controllers", 2000),
	[ACT_PURPOSES] = LONG("purposes", 4000),
	[ACT_LAWFUL_BASIS] = { "lawful_basis", v_basis, 2, 0,
	    "Choose one of the Art 6(1) bases." },
	[ACT_LAWFUL_BASIS_DETAIL] = LONG("lawful_basis_detail", 2000),
	[ACT_LIA_REF] = TXT("lia_ref", 200),
	[ACT_CONSENT_REF] = TXT("consent_ref", 200),
	[ACT_ART9_CONDITION] = { "art9_condition", v_art9, 1, 0,
	    "Choose one of the Art 9(2) conditions." },
	[ACT_ART9_DETAIL] = LONG("art9_detail", 2000),
	[ACT_HAS_CRIMINAL_DATA] = BOOL("has_criminal_data"),
	[ACT_CRIMINAL_DETAIL] = LONG("criminal_detail", 2000),
	[ACT_SOURCE] = LONG("source", 2000),
	[ACT_RETENTION_MONTHS] = { "retention_months", form_v_uint, 4, 0,
	    "Enter a whole number of months, such as 26." },
	[ACT_RETENTION_DAYS] = { "retention_days", form_v_uint, 5, 0,
	    "Enter a whole number of days, such as 100." },
	[ACT_RETENTION_EVENT] = TXT("retention_event", 200),
	[ACT_RETENTION_RULE] = LONG("retention_rule", 2000),
	[ACT_SECURITY_MEASURES] = LONG("security_measures", 4000),
	[ACT_DPIA_STATUS] = { "dpia_status", v_dpia, 12, 0,
	    "Choose not needed, needed, in progress or done." },
	[ACT_DPIA_REF] = TXT("dpia_ref", 200),
	[ACT_AUTOMATED_DECISIONS] = LONG("automated_decisions", 2000),
	[ACT_HAS_AUTOMATED_DECISIONS] = BOOL("has_automated_decisions"),
	[ACT_IS_AUTOMATED] = BOOL("is_automated"),
	[ACT_STATUS] = { "status", v_status, 6, FIELD_REQUIRED,
	    "Choose draft or active." },
	[ACT_OWNER] = TXT("owner", 200),
	[ACT_LAST_REVIEWED] = DATE("last_reviewed"),
	[ACT_NEXT_REVIEW] = DATE("next_review"),
	[ACT_NOTE] = LONG("note", 4000),
};

static const char *const link_names[LINK__MAX] = {
	[LINK_SUBJECT] = "subject",
	[LINK_DATA] = "data",
	[LINK_RECIPIENT] = "recipient",
};

static int
act_has(const struct activity *a, int k, long long id)
{
	size_t i;

	for (i = 0; a != NULL && i < a->nlinks[k]; i++)
		if (a->links[k][i] == id)
			return 1;
	return 0;
}

/* Appends the choices of one reference list, marking a's links. */
static int
act_choices(struct app *app, xmlNodePtr parent, const char *name, int stmt,
    const struct db_param *p, size_t np, const struct activity *a, int k)
{
	/* Recipients are (id, name, ...); the others (key, code, name, ...). */
	size_t namecol = stmt == STMT_REG_RECIPIENTS ? 1 : 2;
	xmlNodePtr list, n;
	struct db_res *r;

	if (db_query(app->db, stmt, p, np, &r) != DB_OK)
		return -1;
	list = xml_elem(parent, name);
	while (db_res_next(r)) {
		n = xml_text(list, "option", db_res_text(r, namecol));
		if (n == NULL)
			continue;
		if (k < 0) {
			/* A code list: bases, Art 9 conditions. */
			xml_attr(n, "code", db_res_text(r, 0));
			xml_attr(n, "article", db_res_text(r, 1));
			continue;
		}
		xml_attr_int(n, "id", db_res_int(r, 0));
		if (stmt != STMT_REG_RECIPIENTS)
			xml_attr(n, "code", db_res_text(r, 1));
		if (stmt == STMT_REF_DATA) {
			xml_attr(n, "special", db_res_text(r, 3));
			xml_attr(n, "criminal", db_res_text(r, 4));
		}
		if (act_has(a, k, db_res_int(r, 0)))
			xml_attr(n, "selected", "1");
	}
	db_res_free(r);
	return 0;
}

/*
 * Appends <findings> with what the checks say about activity id of
 * organisation org_id, as the register stands now (one <finding code
 * severity article><message/><fix/></finding> each). A retired activity
 * is not in the register, so it gets none. Returns 0 or -1.
 */
static int
act_findings(struct app *app, xmlNodePtr root, long long org_id,
    long long id)
{
	struct finding *f;
	struct reg *g;
	xmlNodePtr list, n;
	char today[11];
	size_t nf, i;

	if (reg_load(app->db, org_id, &g) != DB_OK)
		return -1;
	checks_today(today);
	checks_run(g, today, &f, &nf);
	list = xml_elem(root, "findings");
	for (i = 0; i < nf; i++) {
		if (f[i].entity != ENT_ACTIVITY || f[i].entity_id != id)
			continue;
		n = xml_elem(list, "finding");
		xml_attr(n, "code", f[i].rule->code);
		xml_attr(n, "severity",
		    check_severity_names[f[i].rule->severity]);
		xml_attr(n, "article", f[i].rule->article);
		xml_text(n, "message", f[i].message);
		xml_text(n, "fix", f[i].rule->fix);
	}
	checks_free(f, nf);
	reg_free(g);
	return 0;
}

/*
 * Renders the form: the organisation, the saved activity when there is
 * one, the fields (typed values f and links typed, or saved's), the
 * reference choices. Returns status.
 */
static int
act_page(struct app *app, struct resp *p, const struct org *o,
    const struct activity *saved, const struct activity *typed,
    const struct field *f, const char *problem, const char *flash,
    int status)
{
	const struct activity *a = typed != NULL ? typed : saved;
	struct field cur[ACT__MAX];
	struct db_param op = DBP_INT(o->id);
	xmlNodePtr root, n, ch;
	size_t i;

	root = staff_doc(app, p, "activity-edit", SHEET_ACTIVITY);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	staff_org_elem(root, o);
	if (saved != NULL) {
		n = xml_elem(root, "activity");
		xml_attr_int(n, "id", saved->id);
		xml_attr_int(n, "version", saved->version);
		xml_attr(n, "status", saved->col[ACT_STATUS]);
		xml_text(n, "name", saved->col[ACT_NAME]);
		if ((saved->col[ACT_STATUS] == NULL ||
		    strcmp(saved->col[ACT_STATUS], "retired") != 0) &&
		    act_findings(app, root, o->id, saved->id) == -1)
			return 500;
	}
	if (f == NULL) {
		memset(cur, 0, sizeof(cur));
		for (i = 0; i < ACT__MAX; i++)
			cur[i].val = a != NULL ? a->col[i] : NULL;
		if (a == NULL) {
			cur[ACT_ROLE].val = "controller";
			cur[ACT_STATUS].val = "draft";
		}
		f = cur;
	}
	form_xml(root, act_fields, f, ACT__MAX, problem);
	ch = xml_elem(root, "choices");
	if (act_choices(app, ch, "subjects", STMT_REF_SUBJECTS, &op, 1, a,
	    LINK_SUBJECT) == -1 ||
	    act_choices(app, ch, "data", STMT_REF_DATA, &op, 1, a,
	    LINK_DATA) == -1 ||
	    act_choices(app, ch, "recipients", STMT_REG_RECIPIENTS, &op, 1, a,
	    LINK_RECIPIENT) == -1 ||
	    act_choices(app, ch, "bases", STMT_REF_BASES, NULL, 0, NULL,
	    -1) == -1 ||
	    act_choices(app, ch, "art9", STMT_REF_ART9, NULL, 0, NULL, -1) == -1)
		return 500;
	return status;
}

/*
 * Reads the form into a (columns borrowed from r). Returns the number of
 * errors; *problem says what is wrong beyond the fields.
 */
static size_t
act_read(const struct req *r, struct activity *a, struct field *f,
    const char **problem)
{
	size_t nerr, i, k;

	nerr = form_check(r->body, r->nbody, act_fields, ACT__MAX, f);
	for (i = 0; i < ACT__MAX; i++)
		a->col[i] = f[i].err == FORM_OK && f[i].val != NULL &&
		    f[i].val[0] != '\0' ? (char *)f[i].val : NULL;
	if (a->col[ACT_HAS_CRIMINAL_DATA] == NULL)
		a->col[ACT_HAS_CRIMINAL_DATA] = (char *)"0";
	*problem = NULL;
	for (k = 0; k < LINK__MAX; k++)
		if (form_ids(r->body, r->nbody, link_names[k], &a->links[k],
		    &a->nlinks[k]) == -1) {
			*problem = "A category or recipient sent with the form "
			    "is not valid: reload the page and try again.";
			nerr++;
		}
	return nerr;
}

/* Frees what act_read allocated (the columns are the request's). */
static void
act_read_free(struct activity *a)
{
	size_t k;

	for (k = 0; k < LINK__MAX; k++)
		free(a->links[k]);
}

int
page_activity_new(struct app *app, struct req *r, struct resp *p)
{
	struct field f[ACT__MAX];
	struct activity a;
	struct org *o;
	const char *problem;
	enum db_rc rc;
	char loc[128];
	int status;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if (r->method != METHOD_POST) {
		status = act_page(app, p, o, NULL, NULL, NULL, NULL, NULL, 200);
		org_free(o);
		return status;
	}
	memset(&a, 0, sizeof(a));
	a.org_id = o->id;
	if (act_read(r, &a, f, &problem) > 0) {
		status = act_page(app, p, o, NULL, &a, f, problem, NULL, 422);
		goto out;
	}
	rc = activity_save(app->db, &a, app->sess->account.id);
	if (rc == DB_NOTFOUND) {
		status = act_page(app, p, o, NULL, &a, f, "A category or "
		    "recipient chosen is not this organisation's.", NULL, 422);
		goto out;
	}
	if (rc != DB_OK || audit_log(app->db, app->sess->account.id,
	    "activity_create", o->id, "activity", a.id, NULL) == -1) {
		status = 500;
		goto out;
	}
	snprintf(loc, sizeof(loc), "/staff/o/%s/activities/%lld?done=created",
	    o->f[ORG_SLUG], a.id);
	http_resp_redirect(p, loc);
	status = 303;
out:
	act_read_free(&a);
	org_free(o);
	return status;
}

int
page_activity(struct app *app, struct req *r, struct resp *p)
{
	struct field f[ACT__MAX];
	struct activity *cur = NULL, a;
	struct org *o;
	const char *act, *done, *v, *problem;
	long long id, version;
	enum db_rc rc;
	char loc[160];
	int status;

	if (!form_v_id(r->args[1], &id))
		return 404;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if ((rc = activity_get(app->db, o->id, id, &cur)) != DB_OK) {
		org_free(o);
		return rc == DB_NOTFOUND ? 404 : 500;
	}
	memset(&a, 0, sizeof(a));
	if (r->method != METHOD_POST) {
		done = http_field(r, "done");
		status = act_page(app, p, o, cur, NULL, NULL, NULL, done == NULL ?
		    NULL : strcmp(done, "retired") == 0 ? "The activity is "
		    "retired: it no longer appears in the register, and its "
		    "history is kept." : strcmp(done, "restored") == 0 ?
		    "The activity is restored as a draft." : "Saved.", 200);
		goto out;
	}
	act = http_field(r, "action");
	v = http_field(r, "version");
	if (v == NULL || !form_v_id(v, &version)) {
		status = act_page(app, p, o, cur, NULL, NULL, "The form was "
		    "incomplete (no version): reload the page and try again.",
		    NULL, 422);
		goto out;
	}
	if (act != NULL && (strcmp(act, "retire") == 0 ||
	    strcmp(act, "restore") == 0)) {
		int retire = strcmp(act, "retire") == 0;

		rc = activity_set_status(app->db, o->id, id, version,
		    retire ? "retired" : "draft", app->sess->account.id);
		if (rc == DB_CONFLICT) {
			status = act_page(app, p, o, cur, NULL, NULL, "Someone "
			    "else changed this activity since you opened it. "
			    "Its current state is shown; nothing was changed.",
			    NULL, 409);
			goto out;
		}
		if (rc != DB_OK || audit_log(app->db, app->sess->account.id,
		    retire ? "activity_retire" : "activity_restore", o->id,
		    "activity", id, NULL) == -1) {
			status = 500;
			goto out;
		}
		snprintf(loc, sizeof(loc), "/staff/o/%s/activities/%lld?done="
		    "%s", o->f[ORG_SLUG], id, retire ? "retired" : "restored");
		http_resp_redirect(p, loc);
		status = 303;
		goto out;
	}
	a.id = id;
	a.org_id = o->id;
	a.version = version;
	if (act_read(r, &a, f, &problem) > 0) {
		status = act_page(app, p, o, cur, &a, f, problem, NULL, 422);
		goto out;
	}
	rc = activity_save(app->db, &a, app->sess->account.id);
	if (rc == DB_CONFLICT) {
		/*
		 * Keep what was typed, against the version now saved: the
		 * page says what happened, and a second save is deliberate.
		 */
		status = act_page(app, p, o, cur, &a, f, "Someone else saved "
		    "this activity since you opened it, so your changes were "
		    "not saved. Compare with the current version (open the "
		    "activity again in another tab), then save once more.",
		    NULL, 409);
		goto out;
	}
	if (rc == DB_NOTFOUND) {
		status = act_page(app, p, o, cur, &a, f, "A category or "
		    "recipient chosen is not this organisation's.", NULL, 422);
		goto out;
	}
	if (rc != DB_OK || audit_log(app->db, app->sess->account.id,
	    "activity_update", o->id, "activity", id, NULL) == -1) {
		status = 500;
		goto out;
	}
	snprintf(loc, sizeof(loc), "/staff/o/%s/activities/%lld?done=saved",
	    o->f[ORG_SLUG], id);
	http_resp_redirect(p, loc);
	status = 303;
out:
	act_read_free(&a);
	activity_free(cur);
	org_free(o);
	return status;
}

int
page_activity_history(struct app *app, struct req *r, struct resp *p)
{
	struct activity_version *v;
	xmlNodePtr root, n, ver, c;
	struct org *o;
	long long id;
	enum db_rc rc;
	size_t nv, i, k;
	int status;

	if (!form_v_id(r->args[1], &id))
		return 404;
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if ((rc = activity_history(app->db, o->id, id, &v, &nv)) != DB_OK) {
		org_free(o);
		return rc == DB_NOTFOUND ? 404 : 500;
	}
	root = staff_doc(app, p, "activity-history", SHEET_HISTORY);
	staff_org_elem(root, o);
	n = xml_elem(root, "activity");
	xml_attr_int(n, "id", id);
	xml_text(n, "name", v[nv - 1].col[ACT_NAME]);
	for (i = 0; i < nv; i++) {
		ver = xml_elem(root, "version");
		xml_attr_int(ver, "n", v[i].version);
		xml_attr(ver, "by", v[i].changed_by);
		xml_attr(ver, "at", v[i].from);
		/* What this version changed from the one before it. */
		for (k = 0; k < ACT__MAX; k++) {
			const char *was = i > 0 ? v[i - 1].col[k] : NULL;
			const char *now = v[i].col[k];

			if (was == NULL && now == NULL)
				continue;
			if (was != NULL && now != NULL && strcmp(was, now) == 0)
				continue;
			c = xml_elem(ver, "change");
			xml_attr(c, "field", act_col_names[k]);
			xml_text(c, "from", was);
			xml_text(c, "to", now);
		}
	}
	activity_history_free(v, nv);
	org_free(o);
	return 200;
}
