/* answer: the access-request answer (Art 15(1)-(2)) and the portability verdict (Art 20), drawn from the register. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/util.h"
#include "core/xml.h"
#include "answer.h"
#include "checks.h"
#include "stmt.h"

const char *const answer_port_codes[PORT__MAX] = {
	[PORT_APPLIES] = "applies",
	[PORT_BASIS_NOT_RECORDED] = "basis-not-recorded",
	[PORT_LEGAL_OBLIGATION] = "legal-obligation",
	[PORT_VITAL_INTERESTS] = "vital-interests",
	[PORT_PUBLIC_TASK] = "public-task",
	[PORT_LEGITIMATE_INTERESTS] = "legitimate-interests",
	[PORT_RECOGNISED_INTEREST] = "recognised-legitimate-interest",
	[PORT_OTHER_BASIS] = "other-basis",
	[PORT_NOT_AUTOMATED] = "not-automated",
	[PORT_AUTOMATED_NOT_RECORDED] = "automated-not-recorded",
};

/* The element name of each organisation field in <controller>. */
static const char *const answer_org_names[AO__MAX] = {
	[AO_SLUG] = "slug",
	[AO_NAME] = "name",
	[AO_LEGAL_NAME] = "legal_name",
	[AO_ADDRESS] = "address",
	[AO_CONTACT_EMAIL] = "contact_email",
	[AO_CONTACT_PHONE] = "contact_phone",
	[AO_WEBSITE] = "website",
	[AO_DPO_NAME] = "dpo_name",
	[AO_DPO_EMAIL] = "dpo_email",
	[AO_DPO_ADDRESS] = "dpo_address",
	[AO_DPO_PHONE] = "dpo_phone",
	[AO_REPRESENTATIVE_NAME] = "representative_name",
	[AO_REPRESENTATIVE_CONTACT] = "representative_contact",
	[AO_REGISTRATION_REF] = "registration_ref",
	[AO_SUPERVISORY_AUTHORITY] = "supervisory_authority",
	[AO_JURISDICTION] = "jurisdiction",
};

/* strcmp() == 0 that a NULL never matches. */
static int
eq(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

enum answer_port
answer_portability(const char *basis, const char *art9, int is_automated)
{
	/* Art 20(1)(a): consent under 6(1)(a) or 9(2)(a), or a contract. */
	if (eq(basis, "a") || eq(basis, "b") || eq(art9, "a")) {
		if (is_automated == 1)
			return PORT_APPLIES;
		return is_automated == 0 ? PORT_NOT_AUTOMATED :
		    PORT_AUTOMATED_NOT_RECORDED;
	}
	if (basis == NULL || *basis == '\0')
		return PORT_BASIS_NOT_RECORDED;
	if (eq(basis, "c"))
		return PORT_LEGAL_OBLIGATION;
	if (eq(basis, "d"))
		return PORT_VITAL_INTERESTS;
	if (eq(basis, "e"))
		return PORT_PUBLIC_TASK;
	if (eq(basis, "f"))
		return PORT_LEGITIMATE_INTERESTS;
	if (eq(basis, "ea"))
		return PORT_RECOGNISED_INTEREST;
	return PORT_OTHER_BASIS;
}

/* ------------------------------------------------------------------ */
/* Loading */

/* A copy of the column; NULL for SQL NULL and for an empty string. */
static char *
answer_dup(const struct db_res *r, size_t col)
{
	const char *s = db_res_text(r, col);

	return s != NULL && *s != '\0' ? xstrdup(s) : NULL;
}

/* A nullable flag: -1 for NULL. */
static int
answer_flag(const struct db_res *r, size_t col)
{
	return db_res_isnull(r, col) ? -1 : db_res_int(r, col) != 0;
}

/* A nullable count: -1 for NULL. */
static long long
answer_num(const struct db_res *r, size_t col)
{
	return db_res_isnull(r, col) ? -1 : db_res_int(r, col);
}

/*
 * The index of the element with id in an array of n elements of size
 * sz sorted by id (a long long first member), or -1.
 */
static long
answer_find(const void *base, size_t n, size_t sz, long long id)
{
	const char *p = base;
	size_t lo = 0, hi = n, mid;
	long long v;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		memcpy(&v, p + mid * sz, sizeof(v));
		if (v == id)
			return (long)mid;
		if (v < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

#define FIND(arr, n, id)	answer_find((arr), (n), sizeof(*(arr)), (id))

/* Appends index i to the list *v of *n. */
static void
answer_push(size_t **v, size_t *n, size_t i)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = i;
}

static enum db_rc
answer_load_org(struct db *db, struct answer *a)
{
	struct db_param p = DBP_INT(a->org_id);
	struct db_res *r;
	enum db_rc rc;
	size_t i;

	if ((rc = db_query_one(db, STMT_ANSWER_ORG, &p, 1, &r)) != DB_OK)
		return rc;
	for (i = 0; i < AO__MAX; i++)
		a->org[i] = answer_dup(r, i);
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
answer_load_acts(struct db *db, struct answer *a)
{
	struct db_param p = DBP_INT(a->org_id);
	struct answer_act *t;
	struct db_res *r;
	enum db_rc rc;

	if ((rc = db_query(db, STMT_ANSWER_ACTIVITIES, &p, 1, &r)) != DB_OK)
		return rc;
	a->acts = xcalloc(db_res_rows(r) + 1, sizeof(*a->acts));
	while (db_res_next(r)) {
		t = &a->acts[a->nacts++];
		t->id = db_res_int(r, 0);
		t->name = answer_dup(r, 1);
		t->role = answer_dup(r, 2);
		t->controller_name = answer_dup(r, 3);
		t->purposes = answer_dup(r, 4);
		t->basis = answer_dup(r, 5);
		t->basis_article = answer_dup(r, 6);
		t->basis_name = answer_dup(r, 7);
		t->basis_detail = answer_dup(r, 8);
		t->art9 = answer_dup(r, 9);
		t->art9_article = answer_dup(r, 10);
		t->art9_name = answer_dup(r, 11);
		t->art9_detail = answer_dup(r, 12);
		t->has_criminal_data = db_res_int(r, 13) != 0;
		t->criminal_detail = answer_dup(r, 14);
		t->source = answer_dup(r, 15);
		t->retention_months = answer_num(r, 16);
		t->retention_days = answer_num(r, 17);
		t->retention_event = answer_dup(r, 18);
		t->retention_rule = answer_dup(r, 19);
		t->automated_decisions = answer_dup(r, 20);
		t->has_automated_decisions = answer_flag(r, 21);
		t->is_automated = answer_flag(r, 22);
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
answer_load_subjects(struct db *db, struct answer *a)
{
	struct db_param p = DBP_INT(a->org_id);
	struct answer_cat *c;
	struct db_res *r;
	enum db_rc rc;
	long k, s;

	if ((rc = db_query(db, STMT_ANSWER_SUBJECT_CATS, &p, 1, &r)) != DB_OK)
		return rc;
	a->subjs = xcalloc(db_res_rows(r) + 1, sizeof(*a->subjs));
	while (db_res_next(r)) {
		c = &a->subjs[a->nsubjs++];
		c->id = db_res_int(r, 0);
		c->code = answer_dup(r, 1);
		c->name = answer_dup(r, 2);
	}
	db_res_free(r);

	if ((rc = db_query(db, STMT_ANSWER_SUBJECTS, &p, 1, &r)) != DB_OK)
		return rc;
	while (db_res_next(r)) {
		k = FIND(a->acts, a->nacts, db_res_int(r, 0));
		s = FIND(a->subjs, a->nsubjs, db_res_int(r, 1));
		if (k >= 0 && s >= 0)
			answer_push(&a->acts[k].subjects, &a->acts[k].nsubjects,
			    (size_t)s);
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
answer_load_data(struct db *db, struct answer *a)
{
	struct db_param p = DBP_INT(a->org_id);
	struct answer_cat *c;
	struct db_res *r;
	enum db_rc rc;
	long long id;
	long k;

	if ((rc = db_query(db, STMT_ANSWER_DATA, &p, 1, &r)) != DB_OK)
		return rc;
	a->cats = xcalloc(db_res_rows(r) + 1, sizeof(*a->cats));
	/* A row per link, by category: each category's rows are adjacent. */
	while (db_res_next(r)) {
		id = db_res_int(r, 1);
		if (a->ncats == 0 || a->cats[a->ncats - 1].id != id) {
			c = &a->cats[a->ncats++];
			c->id = id;
			c->code = answer_dup(r, 2);
			c->name = answer_dup(r, 3);
			c->is_special = db_res_int(r, 4) != 0;
			c->is_criminal = db_res_int(r, 5) != 0;
		}
		if ((k = FIND(a->acts, a->nacts, db_res_int(r, 0))) >= 0)
			answer_push(&a->acts[k].data, &a->acts[k].ndata,
			    a->ncats - 1);
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
answer_load_rcps(struct db *db, struct answer *a)
{
	struct db_param p = DBP_INT(a->org_id);
	struct answer_rcp *c;
	struct db_res *r;
	enum db_rc rc;
	long long id;
	long k;

	if ((rc = db_query(db, STMT_ANSWER_RECIPIENTS, &p, 1, &r)) != DB_OK)
		return rc;
	a->rcps = xcalloc(db_res_rows(r) + 1, sizeof(*a->rcps));
	while (db_res_next(r)) {
		id = db_res_int(r, 1);
		if (a->nrcps == 0 || a->rcps[a->nrcps - 1].id != id) {
			c = &a->rcps[a->nrcps++];
			c->id = id;
			c->name = answer_dup(r, 2);
			c->kind = answer_dup(r, 3);
			c->service = answer_dup(r, 4);
			c->dpf_certified = answer_flag(r, 5);
		}
		if ((k = FIND(a->acts, a->nacts, db_res_int(r, 0))) >= 0)
			answer_push(&a->acts[k].rcps, &a->acts[k].nrcps,
			    a->nrcps - 1);
	}
	db_res_free(r);
	return DB_OK;
}

static enum db_rc
answer_load_locs(struct db *db, struct answer *a)
{
	struct db_param p[2] = { DBP_INT(a->org_id), DBP_INT(a->org_id) };
	struct answer_loc *l;
	struct answer_rcp *c;
	struct db_res *r;
	enum db_rc rc;
	size_t i;
	long k;

	if ((rc = db_query(db, STMT_ANSWER_LOCATIONS, p, 2, &r)) != DB_OK)
		return rc;
	a->locs = xcalloc(db_res_rows(r) + 1, sizeof(*a->locs));
	while (db_res_next(r)) {
		l = &a->locs[a->nlocs++];
		l->owner = db_res_int(r, 0);
		l->country = answer_dup(r, 1);
		l->country_name = answer_dup(r, 2);
		l->uk_status = answer_dup(r, 3);
		l->eu_status = answer_dup(r, 4);
		l->region = answer_dup(r, 5);
		l->mechanism = answer_dup(r, 6);
		l->mechanism_name = answer_dup(r, 7);
		l->mechanism_article = answer_dup(r, 8);
		l->regime = answer_dup(r, 9);
		l->valid_from = answer_dup(r, 10);
		l->valid_until = answer_dup(r, 11);
		l->needs_certification = db_res_int(r, 12) != 0;
	}
	db_res_free(r);
	/* Rows come by owner: each owner's are adjacent. */
	for (i = 0; i < a->nlocs; i++) {
		l = &a->locs[i];
		if (l->owner == 0) {
			if (a->norg_locs++ == 0)
				a->org_locs = l;
		} else if ((k = FIND(a->rcps, a->nrcps, l->owner)) >= 0) {
			c = &a->rcps[k];
			if (c->nlocs++ == 0)
				c->locs = l;
		}
	}
	return DB_OK;
}

enum db_rc
answer_load(struct db *db, long long org_id, struct answer **out)
{
	struct answer *a;
	enum db_rc rc;

	*out = NULL;
	a = xcalloc(1, sizeof(*a));
	a->org_id = org_id;
	if ((rc = answer_load_org(db, a)) != DB_OK ||
	    (rc = answer_load_acts(db, a)) != DB_OK ||
	    (rc = answer_load_subjects(db, a)) != DB_OK ||
	    (rc = answer_load_data(db, a)) != DB_OK ||
	    (rc = answer_load_rcps(db, a)) != DB_OK ||
	    (rc = answer_load_locs(db, a)) != DB_OK) {
		answer_free(a);
		return rc;
	}
	*out = a;
	return DB_OK;
}

static void
answer_cats_free(struct answer_cat *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(c[i].code);
		free(c[i].name);
	}
	free(c);
}

void
answer_free(struct answer *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < AO__MAX; i++)
		free(a->org[i]);
	for (i = 0; i < a->nacts; i++) {
		struct answer_act *t = &a->acts[i];

		free(t->name);
		free(t->role);
		free(t->controller_name);
		free(t->purposes);
		free(t->basis);
		free(t->basis_article);
		free(t->basis_name);
		free(t->basis_detail);
		free(t->art9);
		free(t->art9_article);
		free(t->art9_name);
		free(t->art9_detail);
		free(t->criminal_detail);
		free(t->source);
		free(t->retention_event);
		free(t->retention_rule);
		free(t->automated_decisions);
		free(t->subjects);
		free(t->data);
		free(t->rcps);
	}
	free(a->acts);
	for (i = 0; i < a->nrcps; i++) {
		free(a->rcps[i].name);
		free(a->rcps[i].kind);
		free(a->rcps[i].service);
	}
	free(a->rcps);
	answer_cats_free(a->cats, a->ncats);
	answer_cats_free(a->subjs, a->nsubjs);
	for (i = 0; i < a->nlocs; i++) {
		struct answer_loc *l = &a->locs[i];

		free(l->country);
		free(l->country_name);
		free(l->region);
		free(l->uk_status);
		free(l->eu_status);
		free(l->mechanism);
		free(l->mechanism_name);
		free(l->mechanism_article);
		free(l->regime);
		free(l->valid_from);
		free(l->valid_until);
	}
	free(a->locs);
	free(a);
}

/* ------------------------------------------------------------------ */
/* Building the document */

/* What one build works out before it writes. */
struct answer_ctx {
	const struct answer	*a;
	const char		*today;
	int			 is_eu;
	/* Per activity: 1 answered, 2 a processor's about the people. */
	int			*act_in;
	int			*rcp_in;	/* per recipient: answered's */
	int			*cat_in;	/* per data category: same */
};

/* Is the location outside the UK and the EEA (uk), or the EEA (eu)? */
static int
answer_is_outside(const struct answer_ctx *x, const struct answer_loc *l)
{
	if (eq(l->eu_status, "eea"))
		return 0;
	return x->is_eu || !eq(l->uk_status, "uk");
}

/* The country's standing under the organisation's rule set. */
static const char *
answer_adequacy(const struct answer_ctx *x, const struct answer_loc *l)
{
	return x->is_eu ? l->eu_status : l->uk_status;
}

/*
 * Could the location's mechanism be relied on today, under the
 * organisation's rule set? "none" is no mechanism; adequacy needs an
 * adequate destination; the DPF and its UK Extension reach only the US.
 * Whether the importer is certified is said apart.
 */
static int
answer_is_valid(const struct answer_ctx *x, const struct answer_loc *l)
{
	const char *s = answer_adequacy(x, l);

	if (l->regime != NULL && !eq(l->regime, "both") &&
	    !eq(l->regime, x->is_eu ? "eu" : "uk"))
		return 0;
	if (l->valid_from != NULL && strcmp(l->valid_from, x->today) > 0)
		return 0;
	if (l->valid_until != NULL && strcmp(l->valid_until, x->today) < 0)
		return 0;
	if (eq(l->mechanism, "adequacy"))
		return eq(s, "adequate") || eq(s, "eea") || eq(s, "uk");
	if (l->needs_certification && !eq(l->country, "US"))
		return 0;
	return 1;
}

/*
 * <location country region? outside adequacy mechanism? article? valid?
 * valid_until? needs_certification? certified?><country_name/>
 * <mechanism_name/>?
 * </location>. certified is the recipient's DPF flag (-1: not recorded),
 * said only where the mechanism needs it.
 */
static void
answer_loc_xml(const struct answer_ctx *x, xmlNodePtr parent,
    const struct answer_loc *l, int certified)
{
	xmlNodePtr n;

	n = xml_elem(parent, "location");
	xml_attr(n, "country", l->country);
	xml_attr(n, "region", l->region);
	xml_attr(n, "outside", answer_is_outside(x, l) ? "1" : "0");
	xml_attr(n, "adequacy", answer_adequacy(x, l));
	/* "none" is the register's way of saying nothing is relied on. */
	if (l->mechanism != NULL && !eq(l->mechanism, "none")) {
		xml_attr(n, "mechanism", l->mechanism);
		xml_attr(n, "article", l->mechanism_article);
		xml_attr(n, "valid", answer_is_valid(x, l) ? "1" : "0");
		xml_attr(n, "valid_until", l->valid_until);
		if (l->needs_certification) {
			xml_attr(n, "needs_certification", "1");
			xml_attr(n, "certified", certified == 1 ? "1" :
			    certified == 0 ? "0" : NULL);
		}
	}
	xml_text(n, "country_name", l->country_name);
	if (l->mechanism != NULL && !eq(l->mechanism, "none"))
		xml_text(n, "mechanism_name", l->mechanism_name);
}

/* Is code one of the n codes asked for? */
static int
answer_asked(const char *const *subjects, size_t n, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (eq(subjects[i], code))
			return 1;
	return 0;
}

/* Does the activity hold data about any of the categories asked for? */
static int
answer_matches(const struct answer *a, const struct answer_act *t,
    const char *const *subjects, size_t n)
{
	size_t i;

	if (n == 0)
		return 1;
	for (i = 0; i < t->nsubjects; i++)
		if (answer_asked(subjects, n, a->subjs[t->subjects[i]].code))
			return 1;
	return 0;
}

/* Names as a reader orders them: case aside, then exactly, then by id. */
static int
answer_cmp_name(const char *x, long long xid, const char *y, long long yid)
{
	int c;

	x = x != NULL ? x : "";
	y = y != NULL ? y : "";
	if ((c = strcasecmp(x, y)) != 0 || (c = strcmp(x, y)) != 0)
		return c;
	return (xid > yid) - (xid < yid);
}

/* Orders pointers to activities (recipients, categories) by name. */
static int
answer_cmp_act(const void *p, const void *q)
{
	const struct answer_act *a = *(const struct answer_act *const *)p;
	const struct answer_act *b = *(const struct answer_act *const *)q;

	return answer_cmp_name(a->name, a->id, b->name, b->id);
}

static int
answer_cmp_rcp(const void *p, const void *q)
{
	const struct answer_rcp *a = *(const struct answer_rcp *const *)p;
	const struct answer_rcp *b = *(const struct answer_rcp *const *)q;

	return answer_cmp_name(a->name, a->id, b->name, b->id);
}

static int
answer_cmp_cat(const void *p, const void *q)
{
	const struct answer_cat *a = *(const struct answer_cat *const *)p;
	const struct answer_cat *b = *(const struct answer_cat *const *)q;

	return answer_cmp_name(a->name, a->id, b->name, b->id);
}

/* <subject code>name</subject> for each asked-for category it holds. */
static void
answer_act_subjects(xmlNodePtr n, const struct answer *a,
    const struct answer_act *t, const char *const *subjects, size_t ns)
{
	const struct answer_cat *s;
	size_t i;

	for (i = 0; i < t->nsubjects; i++) {
		s = &a->subjs[t->subjects[i]];
		if (ns == 0 || answer_asked(subjects, ns, s->code))
			xml_attr(xml_text(n, "subject", s->name ? s->name :
			    s->code), "code", s->code);
	}
}

/* <retention months? days?><event/>?<rule/>?</retention>, when recorded. */
static void
answer_retention(xmlNodePtr parent, const struct answer_act *t)
{
	xmlNodePtr n;

	if (t->retention_months < 0 && t->retention_days < 0 &&
	    t->retention_rule == NULL)
		return;
	n = xml_elem(parent, "retention");
	if (t->retention_months >= 0)
		xml_attr_int(n, "months", t->retention_months);
	if (t->retention_days >= 0)
		xml_attr_int(n, "days", t->retention_days);
	/* An event means something only with a period to run from it. */
	if (t->retention_months >= 0 || t->retention_days >= 0)
		xml_text(n, "event", t->retention_event);
	xml_text(n, "rule", t->retention_rule);
}

/* One answered activity, everything Art 15(1) lists about it. */
static void
answer_act_xml(const struct answer_ctx *x, xmlNodePtr parent,
    const struct answer_act *t, const char *const *subjects, size_t ns)
{
	const struct answer *a = x->a;
	const struct answer_cat *c;
	enum answer_port port;
	xmlNodePtr n, e;
	size_t i;

	n = xml_elem(parent, "activity");
	xml_attr_int(n, "id", t->id);
	xml_attr(n, "role", t->role);
	if (t->is_automated >= 0)
		xml_attr(n, "is_automated", t->is_automated ? "1" : "0");
	xml_text(n, "name", t->name);
	answer_act_subjects(n, a, t, subjects, ns);
	xml_text(n, "purposes", t->purposes);
	if ((e = xml_text(n, "lawful_basis", t->basis_name ? t->basis_name :
	    t->basis)) != NULL) {
		xml_attr(e, "code", t->basis);
		xml_attr(e, "article", t->basis_article);
	}
	xml_text(n, "lawful_basis_detail", t->basis_detail);
	if ((e = xml_text(n, "art9", t->art9_name ? t->art9_name :
	    t->art9)) != NULL) {
		xml_attr(e, "code", t->art9);
		xml_attr(e, "article", t->art9_article);
	}
	xml_text(n, "art9_detail", t->art9_detail);
	if (t->has_criminal_data)
		xml_text(n, "criminal", t->criminal_detail ?
		    t->criminal_detail : "");
	for (i = 0; i < t->ndata; i++) {
		c = &a->cats[t->data[i]];
		e = xml_text(n, "data_category", c->name ? c->name : c->code);
		xml_attr_int(e, "ref", c->id);
		if (c->is_special)
			xml_attr(e, "special", "1");
		if (c->is_criminal)
			xml_attr(e, "criminal", "1");
	}
	for (i = 0; i < t->nrcps; i++)
		xml_attr_int(xml_elem(n, "recipient"), "ref",
		    a->rcps[t->rcps[i]].id);
	answer_retention(n, t);
	xml_text(n, "source", t->source);
	if (t->has_automated_decisions >= 0 || t->automated_decisions != NULL) {
		e = xml_text(n, "automated_decisions", t->automated_decisions ?
		    t->automated_decisions : "");
		if (t->has_automated_decisions >= 0)
			xml_attr(e, "present", t->has_automated_decisions ?
			    "1" : "0");
	}
	port = answer_portability(t->basis, t->art9, t->is_automated);
	e = xml_elem(n, "portability");
	xml_attr(e, "applies", port == PORT_APPLIES ? "1" : "0");
	if (port != PORT_APPLIES)
		xml_attr(e, "reason", answer_port_codes[port]);
}

/* A processor activity about the people asked for: who answers for it. */
static void
answer_proc_xml(xmlNodePtr parent, const struct answer *a,
    const struct answer_act *t, const char *const *subjects, size_t ns)
{
	xmlNodePtr n;

	n = xml_elem(parent, "activity");
	xml_attr_int(n, "id", t->id);
	xml_text(n, "name", t->name);
	answer_act_subjects(n, a, t, subjects, ns);
	xml_text(n, "controller_name", t->controller_name);
}

/* <controller jurisdiction>: how the letter names and addresses it. */
static void
answer_controller_xml(const struct answer_ctx *x, xmlNodePtr parent)
{
	const struct answer *a = x->a;
	xmlNodePtr n, list;
	size_t i;

	n = xml_elem(parent, "controller");
	xml_attr_int(n, "id", a->org_id);
	xml_attr(n, "slug", a->org[AO_SLUG]);
	xml_attr(n, "jurisdiction", a->org[AO_JURISDICTION]);
	for (i = AO_NAME; i < AO_JURISDICTION; i++)
		xml_text(n, answer_org_names[i], a->org[i]);
	list = xml_elem(n, "locations");
	for (i = 0; i < a->norg_locs; i++)
		answer_loc_xml(x, list, &a->org_locs[i], -1);
}

/* The requested categories, each with its name when the org knows it. */
static void
answer_request_xml(const struct answer *a, xmlNodePtr parent,
    const char *const *subjects, size_t ns, const size_t *matched)
{
	xmlNodePtr list, n;
	size_t i, j;

	list = xml_elem(parent, "request_subjects");
	if (ns == 0)
		xml_attr(list, "all", "1");
	for (i = 0; i < ns; i++) {
		if (answer_asked(subjects, i, subjects[i]))
			continue;	/* asked twice */
		n = NULL;
		for (j = 0; j < a->nsubjs; j++)
			if (eq(a->subjs[j].code, subjects[i])) {
				n = xml_text(list, "subject", a->subjs[j].name ?
				    a->subjs[j].name : subjects[i]);
				break;
			}
		if (n == NULL) {
			n = xml_elem(list, "subject");
			xml_attr(n, "unknown", "1");
		}
		xml_attr(n, "code", subjects[i]);
		xml_attr_int(n, "activities", (long long)matched[i]);
	}
}

/*
 * <subject_categories>: the categories of data subjects that any active
 * activity holds data about, by name: what a request may concern.
 */
static void
answer_held_xml(const struct answer *a, xmlNodePtr parent)
{
	const struct answer_cat **held;
	xmlNodePtr list;
	size_t i, j, n = 0;
	int *is_held;

	is_held = xcalloc(a->nsubjs + 1, sizeof(*is_held));
	for (i = 0; i < a->nacts; i++)
		for (j = 0; j < a->acts[i].nsubjects; j++)
			is_held[a->acts[i].subjects[j]] = 1;
	held = xcalloc(a->nsubjs + 1, sizeof(*held));
	for (i = 0; i < a->nsubjs; i++)
		if (is_held[i])
			held[n++] = &a->subjs[i];
	if (n > 1)
		qsort(held, n, sizeof(*held), answer_cmp_cat);
	list = xml_elem(parent, "subject_categories");
	for (i = 0; i < n; i++)
		xml_attr(xml_text(list, "subject", held[i]->name ?
		    held[i]->name : held[i]->code), "code", held[i]->code);
	free(held);
	free(is_held);
}

xmlNodePtr
answer_build(const struct answer *a, const char *const *subjects,
    size_t ns, const char *today, xmlNodePtr parent)
{
	struct answer_ctx x;
	const struct answer_act **acts;
	const struct answer_rcp **rcps;
	const struct answer_cat **cats;
	const struct answer_act *t;
	const struct answer_rcp *c;
	size_t nacts = 0, nproc = 0, nrcps = 0, ncats = 0, ntransfers = 0;
	size_t nportable = 0, nundecided = 0, nspecial = 0, nauto = 0, i, j, k;
	size_t *matched;
	enum answer_port port, first = PORT__MAX;
	int same_reason = 1;
	xmlNodePtr root, list, n, sum;

	memset(&x, 0, sizeof(x));
	x.a = a;
	x.today = today;
	x.is_eu = eq(a->org[AO_JURISDICTION], "eu");
	x.act_in = xcalloc(a->nacts + 1, sizeof(*x.act_in));
	x.rcp_in = xcalloc(a->nrcps + 1, sizeof(*x.rcp_in));
	x.cat_in = xcalloc(a->ncats + 1, sizeof(*x.cat_in));
	matched = xcalloc(ns + 1, sizeof(*matched));

	/*
	 * Art 15 is the controller's duty: a processor activity is
	 * answered by the controller it acts for, so it is not part of the
	 * answer but listed apart (<processor_activities>), so that the
	 * letter can say who answers for it and staff can pass it on.
	 */
	for (i = 0; i < a->nacts; i++) {
		t = &a->acts[i];
		if (!answer_matches(a, t, subjects, ns))
			continue;
		x.act_in[i] = eq(t->role, "processor") ? 2 : 1;
		if (x.act_in[i] == 2) {
			nproc++;
			continue;
		}
		nacts++;
		for (j = 0; j < t->nsubjects; j++)
			for (k = 0; k < ns; k++)
				matched[k] += eq(subjects[k],
				    a->subjs[t->subjects[j]].code);
		for (j = 0; j < t->nrcps; j++)
			x.rcp_in[t->rcps[j]] = 1;
		for (j = 0; j < t->ndata; j++)
			x.cat_in[t->data[j]] = 1;
		if (t->has_automated_decisions == 1)
			nauto++;
		port = answer_portability(t->basis, t->art9, t->is_automated);
		if (port == PORT_APPLIES) {
			nportable++;
			continue;
		}
		if (port == PORT_BASIS_NOT_RECORDED ||
		    port == PORT_AUTOMATED_NOT_RECORDED)
			nundecided++;
		if (first == PORT__MAX)
			first = port;
		else if (port != first)
			same_reason = 0;
	}

	/* By name: the letter reads in that order. */
	acts = xcalloc(nacts + nproc + 1, sizeof(*acts));
	for (i = 0, j = 0; i < a->nacts; i++)
		if (x.act_in[i])
			acts[j++] = &a->acts[i];
	if (j > 1)
		qsort(acts, j, sizeof(*acts), answer_cmp_act);
	rcps = xcalloc(a->nrcps + 1, sizeof(*rcps));
	for (i = 0; i < a->nrcps; i++)
		if (x.rcp_in[i])
			rcps[nrcps++] = &a->rcps[i];
	if (nrcps > 1)
		qsort(rcps, nrcps, sizeof(*rcps), answer_cmp_rcp);
	cats = xcalloc(a->ncats + 1, sizeof(*cats));
	for (i = 0; i < a->ncats; i++)
		if (x.cat_in[i]) {
			cats[ncats++] = &a->cats[i];
			nspecial += a->cats[i].is_special;
		}
	if (ncats > 1)
		qsort(cats, ncats, sizeof(*cats), answer_cmp_cat);
	for (i = 0; i < nrcps; i++)
		for (j = 0; j < rcps[i]->nlocs; j++)
			ntransfers += answer_is_outside(&x, &rcps[i]->locs[j]);
	for (i = 0; i < a->norg_locs; i++)
		ntransfers += answer_is_outside(&x, &a->org_locs[i]);

	root = xml_elem(parent, "answer");
	xml_attr(root, "jurisdiction", a->org[AO_JURISDICTION]);
	xml_attr(root, "date", today);
	answer_controller_xml(&x, root);
	answer_request_xml(a, root, subjects, ns, matched);
	answer_held_xml(a, root);

	sum = xml_elem(root, "summary");
	xml_attr_int(sum, "activities", (long long)nacts);
	xml_attr_int(sum, "data_categories", (long long)ncats);
	xml_attr_int(sum, "special", (long long)nspecial);
	xml_attr_int(sum, "recipients", (long long)nrcps);
	xml_attr_int(sum, "transfers", (long long)ntransfers);
	xml_attr_int(sum, "automated_decisions", (long long)nauto);
	xml_attr_int(sum, "processor_activities", (long long)nproc);
	for (i = 0; i < ncats; i++) {
		n = xml_text(sum, "data_category", cats[i]->name ?
		    cats[i]->name : cats[i]->code);
		xml_attr_int(n, "ref", cats[i]->id);
		if (cats[i]->is_special)
			xml_attr(n, "special", "1");
	}
	for (i = 0; i < nrcps; i++)
		xml_attr_int(xml_text(sum, "recipient", rcps[i]->name),
		    "ref", rcps[i]->id);

	list = xml_elem(root, "activities");
	for (i = 0; i < nacts + nproc; i++)
		if (!eq(acts[i]->role, "processor"))
			answer_act_xml(&x, list, acts[i], subjects, ns);

	list = xml_elem(root, "recipients");
	for (i = 0; i < nrcps; i++) {
		c = rcps[i];
		n = xml_elem(list, "recipient");
		xml_attr_int(n, "id", c->id);
		xml_attr(n, "kind", c->kind);
		xml_text(n, "name", c->name);
		xml_text(n, "service", c->service);
		for (j = 0; j < c->nlocs; j++)
			answer_loc_xml(&x, n, &c->locs[j], c->dpf_certified);
	}

	list = xml_elem(root, "processor_activities");
	for (i = 0; i < nacts + nproc; i++)
		if (eq(acts[i]->role, "processor"))
			answer_proc_xml(list, a, acts[i], subjects, ns);

	/*
	 * Overall: one reason stands for all when they all share it;
	 * undecided counts the activities the register says too little
	 * about to tell, which a refusal cannot rest on.
	 */
	n = xml_elem(root, "portability");
	xml_attr(n, "applies", nportable > 0 ? "1" : "0");
	xml_attr_int(n, "activities", (long long)nportable);
	xml_attr_int(n, "undecided", (long long)nundecided);
	if (nportable == 0 && nacts > 0 && same_reason)
		xml_attr(n, "reason", answer_port_codes[first]);

	free(acts);
	free(rcps);
	free(cats);
	free(matched);
	free(x.act_in);
	free(x.rcp_in);
	free(x.cat_in);
	return root;
}

enum db_rc
answer_xml(struct db *db, long long org_id, const char *const *subjects,
    size_t nsubjects, xmlNodePtr parent)
{
	struct answer *a;
	enum db_rc rc;
	char today[11];

	if ((rc = answer_load(db, org_id, &a)) != DB_OK)
		return rc;
	checks_today(today);
	answer_build(a, subjects, nsubjects, today, parent);
	answer_free(a);
	return DB_OK;
}
