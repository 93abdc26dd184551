/* request: a data-subject request from the public form: its kinds, its due date, and the procedures that store and confirm it. */
#include <stdlib.h>
#include <string.h>

#include "core/crypto.h"
#include "core/log.h"
#include "core/util.h"
#include "request.h"
#include "calendar.h"
#include "stmt.h"

static const char *const request_kinds[] = {
	"access", "erasure", "rectification", "restriction", "portability",
	"objection", "unsure", "complaint",
};

int
request_v_kind(const char *s, long long *num)
{
	size_t i;

	for (i = 0; i < NELEM(request_kinds); i++)
		if (strcmp(s, request_kinds[i]) == 0) {
			*num = (long long)i;
			return 1;
		}
	return 0;
}

int
request_kind_ok(const char *kind, const char *jurisdiction)
{
	long long unused;

	if (kind == NULL || !request_v_kind(kind, &unused))
		return 0;
	if (strcmp(kind, "complaint") == 0)
		return jurisdiction != NULL && strcmp(jurisdiction, "uk") == 0;
	return 1;
}

int
request_v_yesno(const char *s, long long *num)
{
	if (strcmp(s, "yes") == 0)
		*num = 1;
	else if (strcmp(s, "no") == 0)
		*num = 0;
	else
		return 0;
	return 1;
}

int
request_v_phone(const char *s, long long *num)
{
	size_t i, digits = 0;

	(void)num;
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (strchr(" +()-.", s[i]) == NULL)
			return 0;
	}
	return i >= 6 && i <= 40 && digits >= 6;
}

int
request_v_key(const char *s, long long *num)
{
	size_t i;

	(void)num;
	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return i == 64;
}

int
request_ref_ok(const char *s)
{
	size_t i, n;

	for (n = 0; (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' &&
	    s[n] <= '9'); n++)
		;
	if (n < 1 || n > 8 || s[n] != '-')
		return 0;
	s += n + 1;
	for (i = 0; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	if (s[4] != '-')
		return 0;
	s += 5;
	for (n = 0; s[n] >= '0' && s[n] <= '9'; n++)
		;
	return n >= 4 && s[n] == '\0';
}

enum deadline_err
request_due(const struct deadline_cal *cal, enum deadline_rules rules,
    const char *kind, struct deadline_date received,
    struct deadline_date *due)
{
	struct deadline_in in;
	struct deadline_out out;

	if (strcmp(kind, "complaint") == 0) {
		if (!deadline_date_is_valid(received))
			return DEADLINE_E_INVALID;
		*due = deadline_complaint_ack(received);
		return DEADLINE_OK;
	}
	memset(&in, 0, sizeof(in));
	in.rules = rules;
	in.received = received;
	if (deadline_compute(cal, &in, &out, NULL) != DEADLINE_OK)
		return out.err;
	*due = out.due;
	return DEADLINE_OK;
}

enum db_rc
request_org_get(struct db *db, const char *slug, struct request_org **out)
{
	struct db_param p = DBP_TEXT(slug);
	struct request_org *o;
	struct db_res *r;
	enum db_rc rc;

	*out = NULL;
	if ((rc = db_query_one(db, STMT_REQ_ORG, &p, 1, &r)) != DB_OK)
		return rc;
	o = xcalloc(1, sizeof(*o));
	o->slug = db_res_dup(r, 0);
	o->name = db_res_dup(r, 1);
	o->jurisdiction = db_res_dup(r, 2);
	o->time_zone = db_res_dup(r, 3);
	o->calendar = db_res_dup(r, 4);
	o->ref_prefix = db_res_dup(r, 5);
	db_res_free(r);
	*out = o;
	return DB_OK;
}

void
request_org_free(struct request_org *o)
{
	if (o == NULL)
		return;
	free(o->slug);
	free(o->name);
	free(o->jurisdiction);
	free(o->time_zone);
	free(o->calendar);
	free(o->ref_prefix);
	free(o);
}

enum db_rc
request_categories(struct db *db, const char *slug,
    struct request_category **out, size_t *n)
{
	struct db_param p = DBP_TEXT(slug);
	struct request_category *c;
	struct db_res *r;
	size_t i = 0;

	*out = NULL;
	*n = 0;
	if (db_query(db, STMT_REQ_CATEGORIES, &p, 1, &r) != DB_OK)
		return DB_ERROR;
	c = xcalloc(db_res_rows(r) + 1, sizeof(*c));
	while (db_res_next(r)) {
		c[i].code = db_res_dup(r, 0);
		c[i].name = db_res_dup(r, 1);
		i++;
	}
	db_res_free(r);
	*out = c;
	*n = i;
	return DB_OK;
}

void
request_categories_free(struct request_category *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(c[i].code);
		free(c[i].name);
	}
	free(c);
}

enum db_rc
request_calendar(struct db *db, const char *name, struct deadline_cal **out)
{
	/* Through the procedure: the public account reads no calendar table. */
	return calendar_days(db, STMT_REQ_CALENDAR_DAYS, name, out);
}

#define OPT(s)	((s) != NULL ? DBP_TEXT(s) : DBP_NULL)

enum db_rc
request_submit(struct db *db, const struct request_new *q,
    struct request_ticket *t)
{
	struct db_param p[17];
	struct db_res *r;
	enum db_rc rc;

	memset(t, 0, sizeof(*t));
	p[0] = DBP_TEXT(q->slug);
	p[1] = DBP_TEXT(q->kind);
	p[2] = DBP_TEXT(q->name);
	p[3] = DBP_TEXT(q->email);
	p[4] = OPT(q->phone);
	p[5] = DBP_INT(q->is_agent ? 1 : 0);
	p[6] = OPT(q->agent_for);
	p[7] = OPT(q->category);
	p[8] = DBP_TEXT(q->description);
	p[9] = DBP_TEXT(q->token_hash);
	p[10] = DBP_TEXT(q->verify_hash);
	p[11] = DBP_TEXT(q->key);
	p[12] = DBP_TEXT(q->received);
	p[13] = DBP_TEXT(q->clock);
	p[14] = DBP_TEXT(q->due);
	p[15] = DBP_TEXT(q->subject);
	p[16] = DBP_TEXT(q->body);
	if ((rc = db_query_one(db, STMT_REQ_SUBMIT, p, NELEM(p), &r)) !=
	    DB_OK)
		return DB_ERROR;
	t->reference = db_res_dup(r, 0);
	t->is_new = db_res_int(r, 1) == 1;
	t->due = db_res_dup(r, 2);
	t->kind = db_res_dup(r, 3);
	db_res_free(r);
	if (t->reference == NULL || t->kind == NULL) {
		request_ticket_clear(t);
		return DB_ERROR;
	}
	return DB_OK;
}

void
request_ticket_clear(struct request_ticket *t)
{
	free(t->reference);
	free(t->due);
	free(t->kind);
	memset(t, 0, sizeof(*t));
}

enum db_rc
request_verify(struct db *db, const char *token)
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p;
	struct db_res *r;
	enum db_rc rc;

	crypto_sha256_hex(token, h);
	p = DBP_TEXT(h);
	if ((rc = db_query_one(db, STMT_REQ_VERIFY, &p, 1, &r)) != DB_OK)
		return rc;
	db_res_free(r);
	return DB_OK;
}
