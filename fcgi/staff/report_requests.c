/* report_requests: the data document of the requests performance report: the database's counts, as they come. */
#include "core/util.h"
#include "model/reqstats.h"
#include "staff.h"

/*
 * <requests><month org? month kind? n/>... <figures class kind? org?
 * received open ... overdue/>... <answer-days org? answered median
 * p90/>...</requests>, as reqstats.h describes the rows: an absent org
 * means the sum over the scope's organisations, an absent kind over
 * every kind of the class (a <month> without either: the scope's
 * requests that month). Rows with nothing to count are absent. Shares
 * and the charts' scales are the stylesheets' business.
 */
int
staff_report_requests(struct app *app, xmlNodePtr parent, long long org_id,
    const char *from, const char *to, const char *today)
{
	struct reqstats_scope s = {
		.org_id = org_id,
		.account = &app->sess->account,
		.from = from,
		.to = to,
		.today = today,
	};
	struct reqstats *st;
	xmlNodePtr root, n;
	size_t i, k;

	if (reqstats_load(app->db, &s, &st) != DB_OK)
		return 500;
	root = xml_elem(parent, "requests");
	for (i = 0; i < st->nmonths; i++) {
		n = xml_elem(root, "month");
		if (st->months[i].org_id != 0)
			xml_attr_int(n, "org", st->months[i].org_id);
		xml_attr(n, "month", st->months[i].month);
		xml_attr(n, "kind", st->months[i].kind);
		xml_attr_int(n, "n", st->months[i].n);
	}
	for (i = 0; i < st->nkinds; i++) {
		n = xml_elem(root, "figures");
		xml_attr(n, "class", st->kinds[i].class);
		xml_attr(n, "kind", st->kinds[i].kind);
		if (st->kinds[i].org_id != 0)
			xml_attr_int(n, "org", st->kinds[i].org_id);
		for (k = 0; k < RQC__MAX; k++)
			xml_attr_int(n, reqstats_col_names[k],
			    st->kinds[i].v[k]);
	}
	for (i = 0; i < st->ndays; i++) {
		n = xml_elem(root, "answer-days");
		if (st->days[i].org_id != 0)
			xml_attr_int(n, "org", st->days[i].org_id);
		xml_attr_int(n, "answered", st->days[i].n);
		xml_attr(n, "median", st->days[i].median);
		xml_attr(n, "p90", st->days[i].p90);
	}
	reqstats_free(st);
	return 200;
}
