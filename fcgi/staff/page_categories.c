/* page_categories: the categories of personal data and of data subjects an organisation's activities choose from, and adding its own. */
#include <stdio.h>
#include <string.h>

#include "model/category.h"
#include "staff.h"

enum { CF_KIND, CF_CODE, CF_NAME, CF_SPECIAL, CF_CRIMINAL, CF__MAX };

static int
v_kind(const char *s, long long *n)
{
	size_t k;

	for (k = 0; k < CAT__MAX; k++)
		if (strcmp(s, category_kind_names[k]) == 0) {
			*n = (long long)k;
			return 1;
		}
	return 0;
}

static const struct field_def cat_fields[CF__MAX] = {
	[CF_KIND] = { "kind", v_kind, 7, FIELD_REQUIRED,
	    "Choose personal data or data subjects." },
	[CF_CODE] = { "code", form_v_slug, 40, FIELD_REQUIRED,
	    "Use 2 to 40 lowercase letters, digits and dashes, not starting "
	    "with a dash, such as loyalty-points." },
	[CF_NAME] = { "name", NULL, 200, FIELD_REQUIRED,
	    "Give the category a name." },
	[CF_SPECIAL] = { "special", form_v_bool, 1, 0, "Choose yes or no." },
	[CF_CRIMINAL] = { "criminal", form_v_bool, 1, 0, "Choose yes or no." },
};

/* The list element of each kind. */
static const char *const cat_lists[CAT__MAX] = {
	[CAT_DATA] = "data",
	[CAT_SUBJECT] = "subjects",
};

/*
 * Renders the page: the organisation, the add form (typed f, or a new
 * data category) and both lists. Returns status, or 500.
 */
static int
cat_page(struct app *app, struct resp *p, const struct org *o,
    const struct field *f, const char *flash, int status)
{
	struct field def[CF__MAX];
	struct category *c;
	xmlNodePtr root, n, list;
	size_t nc, i, k;

	root = staff_doc(app, p, "categories", SHEET_CATEGORIES);
	if (flash != NULL)
		xml_text(root->children, "flash", flash);
	staff_org_elem(root, o);
	if (f == NULL) {
		memset(def, 0, sizeof(def));
		def[CF_KIND].val = category_kind_names[CAT_DATA];
		def[CF_SPECIAL].val = "0";
		def[CF_CRIMINAL].val = "0";
		f = def;
	}
	form_xml(root, cat_fields, f, CF__MAX, NULL);
	for (k = 0; k < CAT__MAX; k++) {
		if (category_list(app->db, k, o->id, &c, &nc) != DB_OK)
			return 500;
		list = xml_elem(root, cat_lists[k]);
		for (i = 0; i < nc; i++) {
			n = xml_text(list, "category", c[i].name);
			xml_attr_int(n, "id", c[i].id);
			xml_attr(n, "code", c[i].code);
			if (k == CAT_DATA) {
				xml_attr(n, "special", c[i].is_special ?
				    "1" : "0");
				xml_attr(n, "criminal", c[i].is_criminal ?
				    "1" : "0");
			}
			if (c[i].is_own)
				xml_attr(n, "own", "1");
		}
		category_list_free(c, nc);
	}
	return status;
}

/* Is the checked field f set to "1"? */
static int
cat_yes(const struct field *f)
{
	return f->err == FORM_OK && f->val != NULL && strcmp(f->val, "1") == 0;
}

int
page_categories(struct app *app, struct req *r, struct resp *p)
{
	struct field f[CF__MAX];
	struct org *o;
	enum cat_kind kind;
	enum cat_err err;
	enum db_rc rc;
	long long id;
	const char *done;
	char loc[128];
	int status;

	if ((status = staff_org(app, r, &o)) != 200)
		return status;
	if (r->method != METHOD_POST) {
		done = http_field(r, "done");
		status = cat_page(app, p, o, NULL, done != NULL &&
		    strcmp(done, "added") == 0 ? "The category is added: the "
		    "organisation's activities can now choose it." : NULL, 200);
		goto out;
	}
	if (form_check(r->body, r->nbody, cat_fields, CF__MAX, f) > 0) {
		status = cat_page(app, p, o, f, NULL, 422);
		goto out;
	}
	kind = (enum cat_kind)f[CF_KIND].num;
	rc = category_add(app->db, kind, o->id, f[CF_CODE].val,
	    f[CF_NAME].val, cat_yes(&f[CF_SPECIAL]), cat_yes(&f[CF_CRIMINAL]),
	    app->sess->account.id, &err, &id);
	if (rc == DB_CONFLICT) {
		f[CF_CODE].err = FORM_INVALID;
		f[CF_CODE].msg = err == CAT_SHIPPED ? "That code is one of the "
		    "shipped categories: choose that category on the activity "
		    "form, or give this one another code." : "This "
		    "organisation already has a category with that code: "
		    "choose another.";
		status = cat_page(app, p, o, f, NULL, 422);
		goto out;
	}
	if (rc != DB_OK) {
		status = 500;
		goto out;
	}
	snprintf(loc, sizeof(loc), "/staff/o/%s/categories?done=added",
	    o->f[ORG_SLUG]);
	http_resp_redirect(p, loc);
	status = 303;
out:
	org_free(o);
	return status;
}
