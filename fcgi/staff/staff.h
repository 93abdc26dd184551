/* staff: the staff program's shared definitions: its sheets, its pages and their helpers. */
#ifndef GD_STAFF_H
#define GD_STAFF_H

#include "core/config.h"
#include "core/form.h"
#include "core/http.h"
#include "core/router.h"
#include "core/xml.h"
#include "model/checks.h"
#include "model/location.h"
#include "model/org.h"
#include "model/session.h"

#define STAFF_COOKIE		"gdprdesk_session"
#define STAFF_LOGIN_COOKIE	"gdprdesk_login"

enum sheet {
	SHEET_ERROR,
	SHEET_LOGIN,
	SHEET_DASHBOARD,
	SHEET_ORG,
	SHEET_PASSWORD,
	SHEET_USERS,
	SHEET_USER,
	SHEET_REGISTER,
	SHEET_CHECKS,
	SHEET_ACTIVITY,
	SHEET_HISTORY,
	SHEET_RECIPIENT,
	SHEET_ORG_EDIT,
	SHEET_ORG_NEW,
	SHEET_RECIPIENT_HISTORY,
	SHEET_CATEGORIES,
	SHEET_IMPORT,
	SHEET_TICKET,
	SHEET_TICKETS,
	SHEET_TICKET_NEW,
	SHEET_TICKET_SEARCH,
	SHEET_MAIL_MESSAGE,
	SHEET_CALENDARS,
	SHEET_CALENDAR,
	SHEET_ANSWER,
	SHEET_REPORTS,
	SHEET_REPORT_ROPA,
	SHEET_REPORT_TRANSFERS,
	SHEET_REPORT_RECIPIENTS,
	SHEET_REPORT_CHECKS,
	SHEET_REPORT_DATAFLOW,
	SHEET_REPORT_REQUESTS,
	SHEET_CSV_ROPA,
	SHEET_CSV_ROPA_PROCESSOR,
	SHEET_CSV_TRANSFERS,
	SHEET_CSV_RECIPIENTS,
	SHEET_CSV_CHECKS,
	SHEET_CSV_DATAFLOW,
	SHEET_CSV_REQUESTS,
	SHEET__MAX
};

extern const char *const staff_sheets[SHEET__MAX];

/* Route flags beyond the router's own. */
#define ROUTE_ADMIN	0x200	/* admins only (403 for others) */
#define ROUTE_WRITE	0x400	/* changes the register: not for viewers */

struct app {
	struct db	*db;
	struct config	 cfg;
	struct session	*sess;	/* the request's session; NULL on public routes */
};

extern const struct route staff_routes[];
extern const size_t staff_nroutes;

int	 staff_dispatch(void *, struct req *, struct resp *);
void	 staff_done(void *);

/*
 * A new page document with root element name and its <meta> (program,
 * time, CSRF token and account when logged in). Stored in p->doc, with
 * p->sheet set; returns the root element.
 */
xmlNodePtr staff_doc(struct app *, struct resp *, const char *name, int sheet);

/*
 * Loads the register of the organisation r->args[0] names, if the
 * account may see it, as it stood at the end of day asat (YYYY-MM-DD;
 * NULL or not in the past: now), and runs the checks on it as of that
 * day. Returns 200 with *g and *f (free with reg_free, checks_free),
 * 404 or 500.
 */
int	 staff_load_register(struct app *, const struct req *, const char *asat,
	    struct reg **g, struct finding **f, size_t *nf);

/*
 * Appends <organisation id slug jurisdiction><name/></organisation>;
 * returns it.
 */
xmlNodePtr staff_org_xml(xmlNodePtr parent, const struct reg *);

/* Appends <summary errors warnings info/> counting the findings. */
void	 staff_summary_xml(xmlNodePtr parent, const struct finding *, size_t);

/* The fields of an organisation's settings form (page_org_edit.c). */
extern const struct field_def staff_org_fields[OC__MAX];

/*
 * Checks that the calendar field f names a holiday calendar of the
 * database, setting its error if not. Returns 0 when it does (or f
 * already has an error: 1).
 */
int	 staff_org_check_calendar(struct app *, struct field *f);

/* The fields of a new location (location.c), in the add_location form. */
enum { LF_COUNTRY, LF_REGION, LF_MECHANISM, LF_NOTE, LF__MAX };
extern const struct field_def staff_loc_fields[LF__MAX];

/*
 * Appends <locations> to parent: the add_location <form> (what was typed
 * in f, or empty when f is NULL) and a <location id country region
 * mechanism valid_until><country_name/><mechanism_name/><note/>
 * </location> for each live location of owner_id. Returns 0 or -1.
 */
int	 staff_locations_xml(struct app *, xmlNodePtr parent, enum loc_owner,
	    long long org_id, long long owner_id, const struct field *f);

/*
 * Appends <countries> and <mechanisms> (<option code valid_until?>name
 * </option>) to choices. Returns 0 or -1.
 */
int	 staff_location_choices_xml(struct app *, xmlNodePtr choices);

/*
 * Carries out a POSTed add_location (the fields of staff_loc_fields,
 * checked into f) or remove_location ("location": an id) for owner_id.
 * Returns 303 when done (the caller redirects), 422 with the errors in
 * f or *problem, 409 with *problem (the location was already removed),
 * 404 or 500. *problem is static.
 */
int	 staff_location_action(struct app *, const struct req *,
	    const char *action, enum loc_owner, long long org_id,
	    long long owner_id, struct field f[LF__MAX], const char **problem);

struct org;

/*
 * The organisation the URL names (r->args[0]), if the account may see
 * it. Returns 200 with *o (org_free), 404 (also for one it may not see),
 * or 500.
 */
int	 staff_org(struct app *, const struct req *, struct org **o);

/*
 * The render cache (core/serve.h) for a page whose output depends only
 * on the account and its session, the request's query, today's date and
 * version (the data it shows, as the page reads it from data_version).
 * Returns 1 when p now holds the kept page (the caller returns 200), 0
 * when the page must be built (and will be kept), or -1 when it may not
 * be kept (XML asked for, a flash to show).
 */
int	 staff_cached(struct app *, const struct req *, struct resp *,
	    const char *page, const char *version);

/* Appends <organisation id slug jurisdiction><name/></organisation>. */
void	 staff_org_elem(xmlNodePtr parent, const struct org *);

struct ticket;
struct ticket_row;

/*
 * Adds to a ticket's element n its clock: days-allowed, days-used and
 * days-left when it has a due date counted from start, else
 * days-waiting since waiting (or received). Dates YYYY-MM-DD (a
 * DATETIME's date part is read).
 */
void	 staff_ticket_clock_xml(xmlNodePtr n, const char *received,
	    const char *start, const char *due, const char *waiting,
	    const char *today);

/* Appends a <ticket> for each row (page_tickets.c). */
void	 staff_ticket_rows_xml(xmlNodePtr list, const struct ticket_row *,
	    size_t n, const char *today);

/*
 * Renders message kind (xslt/mail/message.xsl) to ticket t's requester:
 * text, amount and status_link may be NULL. Returns 0 with *subject and
 * *body (free them), or -1.
 */
int	 staff_ticket_message(struct app *, const struct org *,
	    const struct ticket *t, const char *kind, const char *today,
	    const char *text, const char *amount, const char *status_link,
	    char **subject, char **body);
/* What a report's document holds of each register (report.c). */
#define REPORT_DETAIL	0x1	/* every column of the activities, recipients */
#define REPORT_FINDINGS	0x2	/* the checks' findings */
#define REPORT_REQUESTS	0x4	/* not the register: requests over a period */

/*
 * Appends to parent a <register> for organisation org_id (which the
 * account may see) as it stood at the end of day asat (YYYY-MM-DD, a
 * past day; NULL or today: now): its <organisation> with the
 * controller's details and own locations, then what parts asks for, then
 * the <summary> of its findings. Each location says whether it is abroad
 * and how the checks judge its transfer on that day. Returns 200, 404
 * (the organisation did not exist then) or 500.
 */
int	 staff_report_register(struct app *, xmlNodePtr parent,
	    long long org_id, const char *asat, unsigned parts);

/*
 * Appends to parent the <requests> of the requests performance report
 * (report_requests.c): what the database counted of the tickets of
 * organisation org_id (0: of every one the account may see) received
 * from from to to (YYYY-MM-DD, both included), and of those overdue on
 * today. Returns 200 or 500.
 */
int	 staff_report_requests(struct app *, xmlNodePtr parent,
	    long long org_id, const char *from, const char *to,
	    const char *today);

/* Pages (one file each). */
int	 page_login(struct app *, struct req *, struct resp *);
int	 page_login_expired(struct app *, struct req *, struct resp *);
int	 page_logout(struct app *, struct req *, struct resp *);
int	 page_dashboard(struct app *, struct req *, struct resp *);
int	 page_org(struct app *, struct req *, struct resp *);
int	 page_password(struct app *, struct req *, struct resp *);
int	 page_users(struct app *, struct req *, struct resp *);
int	 page_register(struct app *, struct req *, struct resp *);
int	 page_checks(struct app *, struct req *, struct resp *);
int	 page_activity_new(struct app *, struct req *, struct resp *);
int	 page_activity(struct app *, struct req *, struct resp *);
int	 page_activity_history(struct app *, struct req *, struct resp *);
int	 page_user(struct app *, struct req *, struct resp *);
int	 page_recipient_new(struct app *, struct req *, struct resp *);
int	 page_recipient(struct app *, struct req *, struct resp *);
int	 page_org_new(struct app *, struct req *, struct resp *);
int	 page_org_edit(struct app *, struct req *, struct resp *);
int	 page_recipient_history(struct app *, struct req *, struct resp *);
int	 page_categories(struct app *, struct req *, struct resp *);

int	 page_export(struct app *, struct req *, struct resp *);
int	 page_ticket(struct app *, struct req *, struct resp *);
int	 page_tickets(struct app *, struct req *, struct resp *);
int	 page_ticket_new(struct app *, struct req *, struct resp *);
int	 page_ticket_search(struct app *, struct req *, struct resp *);
int	 page_ticket_answer(struct app *, struct req *, struct resp *);
int	 page_calendars(struct app *, struct req *, struct resp *);
int	 page_calendar(struct app *, struct req *, struct resp *);
int	 page_reports(struct app *, struct req *, struct resp *);
int	 page_reports_org(struct app *, struct req *, struct resp *);
int	 page_report(struct app *, struct req *, struct resp *);
int	 page_report_all(struct app *, struct req *, struct resp *);
int	 page_import(struct app *, struct req *, struct resp *);

/*
 * The access-request answer letter of organisation o (page_answer.c) for
 * the data-subject category codes subjects[0 .. n) (n == 0: not known,
 * so every active controller activity counts), built in p with sheet
 * SHEET_ANSWER: <answer-letter><meta/><organisation/><answer/>
 * </answer-letter> (model/answer.h). *root (root may be NULL) receives
 * the root element, to which the caller appends its <ticket reference
 * kind received requester due/> (each attribute optional; kind
 * "portability" adds the Art 20 verdict to the letter). Returns 200, 404
 * (the organisation is gone) or 500 (the register cannot be read); then
 * no document is made, so the error page shows.
 */
int	 staff_answer_page(struct app *, struct resp *, const struct org *o,
	    const char *const *subjects, size_t n, xmlNodePtr *root);
int	 page_answer_preview(struct app *, struct req *, struct resp *);

#endif
