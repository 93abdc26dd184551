/* page_answer: the access-request answer letter (Art 15, with the Art 20 verdict), and its preview from the register. */
#include <string.h>

#include "core/util.h"
#include "model/answer.h"
#include "model/category.h"
#include "model/checks.h"
#include "staff.h"

int
staff_answer_page(struct app *app, struct resp *p, const struct org *o,
    const char *const *subjects, size_t n, xmlNodePtr *root)
{
	struct answer *a;
	xmlNodePtr top;
	enum db_rc rc;
	char today[11];

	if (root != NULL)
		*root = NULL;
	/* Read first, so that a failure leaves no half-built document. */
	if ((rc = answer_load(app->db, o->id, &a)) != DB_OK)
		return rc == DB_NOTFOUND ? 404 : 500;
	top = staff_doc(app, p, "answer-letter", SHEET_ANSWER);
	staff_org_elem(top, o);
	checks_today(today);
	answer_build(a, subjects, n, today, top);
	answer_free(a);
	if (root != NULL)
		*root = top;
	return 200;
}

/* The letters a preview can show: the two kinds of ticket that get one. */
static int
v_kind(const char *s, long long *n)
{
	(void)n;
	return strcmp(s, "access") == 0 || strcmp(s, "portability") == 0;
}

enum { AF_KIND, AF__MAX };

static const struct field_def answer_fields[AF__MAX] = {
	[AF_KIND] = { "kind", v_kind, 11, 0,
	    "Choose the letter for an access request or for a portability "
	    "request (kind=access or kind=portability)." },
};

/* The most categories a preview may name: more is not a request. */
#define ANSWER_SUBJECTS_MAX	50

/*
 * GET /staff/o/SLUG/answer-preview?subject=CODE&subject=CODE&kind=K:
 * the letter an access (or portability) ticket about those data-subject
 * categories would get, before tickets have their own page. No subject:
 * the categories are not known, so every activity counts. A malformed
 * or unknown code, or a bad kind, is a 422 that says which.
 */
int
page_answer_preview(struct app *app, struct req *r, struct resp *p)
{
	const char *subjects[ANSWER_SUBJECTS_MAX];
	struct field f[AF__MAX];
	struct category *c = NULL;
	xmlNodePtr root, n;
	struct org *o;
	size_t ns = 0, nc = 0, i, k;
	long long unused;
	int status, found;

	if (form_check(r->query, r->nquery, answer_fields, AF__MAX, f) > 0) {
		p->message = form_err_message(&answer_fields[AF_KIND],
		    &f[AF_KIND]);
		return 422;
	}
	for (i = 0; i < r->nquery; i++) {
		if (strcmp(r->query[i].key, "subject") != 0 ||
		    *r->query[i].val == '\0')
			continue;
		if (!form_v_slug(r->query[i].val, &unused)) {
			p->message = "A data-subject category is given by its "
			    "code: 2 to 40 lowercase letters, digits and "
			    "dashes, such as customers.";
			return 422;
		}
		if (ns == ANSWER_SUBJECTS_MAX) {
			p->message = "Name at most 50 data-subject categories.";
			return 422;
		}
		subjects[ns++] = r->query[i].val;
	}
	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if (category_list(app->db, CAT_SUBJECT, o->id, &c, &nc) != DB_OK) {
		org_free(o);
		return 500;
	}
	for (i = 0; i < ns; i++) {
		for (k = 0, found = 0; k < nc && !found; k++)
			found = strcmp(c[k].code, subjects[i]) == 0;
		if (!found) {
			p->message = "A data-subject category in the address "
			    "is not one of this organisation's: choose from "
			    "the categories on its register.";
			category_list_free(c, nc);
			org_free(o);
			return 422;
		}
	}
	if ((status = staff_answer_page(app, p, o, subjects, ns, &root)) !=
	    200) {
		category_list_free(c, nc);
		org_free(o);
		return status;
	}
	/* A placeholder ticket: no reference, requester or dates yet. */
	n = xml_elem(root, "ticket");
	xml_attr(n, "kind", f[AF_KIND].val != NULL && *f[AF_KIND].val ?
	    f[AF_KIND].val : "access");
	xml_attr(n, "preview", "1");
	category_list_free(c, nc);
	org_free(o);
	return 200;
}
