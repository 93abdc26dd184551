/* location: the locations part of the recipient and organisation pages: their list, the add form, and its two actions. */
#include <string.h>

#include "model/stmt.h"
#include "staff.h"

static int
v_country(const char *s, long long *n)
{
	(void)n;
	return strlen(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
	    s[1] <= 'Z';
}

/* A code of the reference data: eu-west-1, europe-west2, eu-us-dpf. */
static int
v_code(const char *s, long long *n)
{
	(void)n;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") ==
	    strlen(s) && s[0] != '-';
}

const struct field_def staff_loc_fields[LF__MAX] = {
	[LF_COUNTRY] = { "country", v_country, 2, 0,
	    "Choose a country from the list." },
	[LF_REGION] = { "region", v_code, 40, 0,
	    "Enter a cloud region as its provider writes it, such as "
	    "eu-west-1." },
	[LF_MECHANISM] = { "mechanism", v_code, 32, 0,
	    "Choose a transfer mechanism from the list, or none." },
	[LF_NOTE] = { "note", NULL, 2000, FIELD_MULTILINE, NULL },
};

/* The message for each thing location_add can refuse, and its field. */
static const struct {
	int		 field;
	const char	*msg;
} loc_errs[LOC_ERR__MAX] = {
	[LOC_OK] = { LF_COUNTRY, NULL },
	[LOC_NO_COUNTRY] = { LF_COUNTRY, "Choose a country, or enter a cloud "
	    "region gdprdesk knows (such as eu-west-1) to take its country." },
	[LOC_BAD_COUNTRY] = { LF_COUNTRY, "Choose a country from the list." },
	[LOC_REGION_ELSEWHERE] = { LF_REGION, "That cloud region is in "
	    "another country: choose its country, or leave the country "
	    "empty." },
	[LOC_BAD_REGION] = { LF_REGION, "gdprdesk does not know that cloud "
	    "region: check its code (such as eu-west-1), or leave it empty "
	    "and choose the country." },
	[LOC_BAD_MECHANISM] = { LF_MECHANISM, "Choose a transfer mechanism "
	    "from the list, or none." },
};

static const char *
loc_val(const struct field *f)
{
	return f->err == FORM_OK && f->val != NULL && f->val[0] != '\0' ?
	    f->val : NULL;
}

int
staff_locations_xml(struct app *app, xmlNodePtr parent, enum loc_owner owner,
    long long org_id, long long owner_id, const struct field *f)
{
	struct location *l;
	xmlNodePtr list, n;
	size_t nl, i;

	if (location_list(app->db, owner, org_id, owner_id, &l, &nl) != DB_OK)
		return -1;
	list = xml_elem(parent, "locations");
	form_xml(list, staff_loc_fields, f, LF__MAX, NULL);
	for (i = 0; i < nl; i++) {
		n = xml_elem(list, "location");
		xml_attr_int(n, "id", l[i].id);
		xml_attr(n, "country", l[i].country);
		xml_attr(n, "region", l[i].region);
		xml_attr(n, "mechanism", l[i].mechanism);
		xml_attr(n, "valid_until", l[i].valid_until);
		xml_text(n, "country_name", l[i].country_name);
		xml_text(n, "mechanism_name", l[i].mechanism_name);
		xml_text(n, "note", l[i].note);
	}
	location_list_free(l, nl);
	return 0;
}

int
staff_location_choices_xml(struct app *app, xmlNodePtr choices)
{
	xmlNodePtr list, n;
	struct db_res *r;

	if (db_query(app->db, STMT_LOC_COUNTRIES, NULL, 0, &r) != DB_OK)
		return -1;
	list = xml_elem(choices, "countries");
	while (db_res_next(r))
		if ((n = xml_text(list, "option", db_res_text(r, 1))) != NULL)
			xml_attr(n, "code", db_res_text(r, 0));
	db_res_free(r);
	if (db_query(app->db, STMT_LOC_MECHANISMS, NULL, 0, &r) != DB_OK)
		return -1;
	list = xml_elem(choices, "mechanisms");
	while (db_res_next(r)) {
		if ((n = xml_text(list, "option", db_res_text(r, 1))) == NULL)
			continue;
		xml_attr(n, "code", db_res_text(r, 0));
		xml_attr(n, "valid_until", db_res_text(r, 2));
	}
	db_res_free(r);
	return 0;
}

int
staff_location_action(struct app *app, const struct req *r,
    const char *action, enum loc_owner owner, long long org_id,
    long long owner_id, struct field f[LF__MAX], const char **problem)
{
	struct location_in in;
	enum loc_err err;
	const char *v;
	long long id;
	enum db_rc rc;

	*problem = NULL;
	if (strcmp(action, "remove_location") == 0) {
		memset(f, 0, LF__MAX * sizeof(*f));
		v = http_field(r, "location");
		if (v == NULL || !form_v_id(v, &id)) {
			*problem = "The form was incomplete (no location): "
			    "reload the page and try again.";
			return 422;
		}
		rc = location_retire(app->db, owner, org_id, owner_id, id,
		    app->sess->account.id);
		if (rc == DB_NOTFOUND) {
			*problem = "That location had already been removed. "
			    "The list below is the current one.";
			return 409;
		}
		return rc == DB_OK ? 303 : 500;
	}
	if (form_check(r->body, r->nbody, staff_loc_fields, LF__MAX, f) > 0)
		return 422;
	in.country = loc_val(&f[LF_COUNTRY]);
	in.region = loc_val(&f[LF_REGION]);
	in.mechanism = loc_val(&f[LF_MECHANISM]);
	in.note = loc_val(&f[LF_NOTE]);
	rc = location_add(app->db, owner, org_id, owner_id, &in,
	    app->sess->account.id, &err, &id);
	if (rc == DB_CONFLICT && err != LOC_OK) {
		f[loc_errs[err].field].err = FORM_INVALID;
		f[loc_errs[err].field].msg = loc_errs[err].msg;
		return 422;
	}
	return rc == DB_OK ? 303 : rc == DB_NOTFOUND ? 404 : 500;
}
