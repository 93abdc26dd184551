/* test_workflow: the transition table, action by action and state by state, and the tasks a register gives a request. */
#include <string.h>

#include <CUnit/CUnit.h>

#include "model/tasks.h"
#include "model/workflow.h"
#include "suites.h"

/* The states, in the order of the matrices' columns. */
static const char st_letters[WS__MAX] = {
	[WS_RECEIVED] = 'R', [WS_IN_PROGRESS] = 'P',
	[WS_AWAITING_IDENTITY] = 'I', [WS_AWAITING_FEE] = 'F',
	[WS_AWAITING_CLARIFICATION] = 'C', [WS_ACKNOWLEDGED] = 'A',
	[WS_CLOSED] = 'X',
};

/*
 * For a fresh request (uk, identity not checked, no fee, not extended,
 * inside the first month, no tasks): which actions apply in which state.
 * Columns R P I F C A X; 'y' allowed, '-' refused. Written out by hand
 * from DESIGN.md section 3 and GDPR-RULES.md, not from the table.
 */
static const struct {
	enum wf_action	 a;
	const char	*erasure;	/* a request under Arts 15-22 */
	const char	*complaint;	/* DPA 2018 s.164A */
} matrix[] = {
	{ WA_REQUEST_IDENTITY,	"yy-----", "-------" },
	{ WA_VERIFY_IDENTITY,	"yyy----", "-------" },
	{ WA_IDENTITY_FAILED,	"--y----", "-------" },
	{ WA_PROPOSE_FEE,	"yy-----", "-------" },
	{ WA_REQUEST_FEE,	"-------", "-------" },	/* none proposed */
	{ WA_FEE_PAID,		"---y---", "-------" },
	{ WA_CLARIFY,		"yy-----", "-------" },
	{ WA_CLARIFIED,		"----y--", "-------" },
	{ WA_EXTEND,		"yy--y--", "-------" },
	{ WA_SET_KIND,		"-------", "-------" },	/* kind known */
	{ WA_SET_SUBJECTS,	"yyyyyy-", "-------" },
	{ WA_PLAN_TASKS,	"yy-----", "-------" },
	{ WA_ASSIGN,		"yyyyyy-", "yyyyyy-" },
	{ WA_NOTE,		"yyyyyyy", "yyyyyyy" },
	{ WA_REFUSE,		"yyyyyy-", "-------" },
	{ WA_WITHDRAW,		"yyyyyy-", "yyyyyy-" },
	{ WA_CLOSE,		"yy-----", "-------" },
	{ WA_ACKNOWLEDGE,	"-------", "y------" },
	{ WA_ANSWER,		"-------", "y----y-" },
};

static struct wf_facts
fresh(enum wf_kind k, enum wf_state s)
{
	struct wf_facts f;

	memset(&f, 0, sizeof(f));
	f.kind = k;
	f.state = s;
	f.is_uk = 1;
	f.identity = WI_UNVERIFIED;
	f.fee = WFEE_NONE;
	f.in_first_month = 1;
	return f;
}

static void
test_matrix(void)
{
	struct wf_facts f;
	const char *why, *row;
	size_t i, k;
	int s, want;

	CU_ASSERT_EQUAL(sizeof(matrix) / sizeof(matrix[0]), WA__MAX);
	for (i = 0; i < sizeof(matrix) / sizeof(matrix[0]); i++)
		for (k = 0; k < 2; k++)
			for (s = 0; s < WS__MAX; s++) {
				row = k ? matrix[i].complaint :
				    matrix[i].erasure;
				f = fresh(k ? WK_COMPLAINT : WK_ERASURE,
				    (enum wf_state)s);
				want = row[s] == 'y';
				why = wf_check(matrix[i].a, &f);
				CHECK((why == NULL) == want, "%s on a %s in "
				    "state %c: want %s, got %s",
				    wf_action_names[matrix[i].a],
				    k ? "complaint" : "request", st_letters[s],
				    want ? "allowed" : "refused",
				    why ? why : "allowed");
				/* A refusal always says why, in a sentence. */
				if (why != NULL)
					CHECK(strlen(why) > 10 &&
					    why[strlen(why) - 1] == '.',
					    "%s: a reason that is no sentence",
					    wf_action_names[matrix[i].a]);
			}
}

/* What the facts beyond state and kind change. */
static void
test_facts(void)
{
	struct wf_facts f;

	f = fresh(WK_ACCESS, WS_RECEIVED);
	f.is_uk = 0;
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_CLARIFY, &f));	/* eu: no pause */
	CU_ASSERT_PTR_NULL(wf_check(WA_EXTEND, &f));

	f = fresh(WK_ACCESS, WS_IN_PROGRESS);
	f.is_extended = 1;
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_EXTEND, &f));	/* once */
	f = fresh(WK_ACCESS, WS_IN_PROGRESS);
	f.in_first_month = 0;
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_EXTEND, &f));	/* too late */

	f = fresh(WK_ACCESS, WS_RECEIVED);
	f.identity = WI_VERIFIED;
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_REQUEST_IDENTITY, &f));
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_VERIFY_IDENTITY, &f));

	f = fresh(WK_ACCESS, WS_RECEIVED);
	f.fee = WFEE_PROPOSED;
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_PROPOSE_FEE, &f));
	CU_ASSERT_PTR_NULL(wf_check(WA_REQUEST_FEE, &f));
	f.fee = WFEE_REQUESTED;
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_REQUEST_FEE, &f));

	f = fresh(WK_ERASURE, WS_IN_PROGRESS);
	f.ntasks = 3;
	f.nopen_tasks = 1;
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_PLAN_TASKS, &f));
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_SET_SUBJECTS, &f));
	CU_ASSERT_PTR_NULL(wf_check(WA_CLOSE, &f));
	/* An open task blocks fulfilled, not "no data held". */
	CU_ASSERT_PTR_NOT_NULL(wf_check_close(WO_FULFILLED, &f));
	CU_ASSERT_PTR_NOT_NULL(wf_check_close(WO_PARTLY, &f));
	CU_ASSERT_PTR_NULL(wf_check_close(WO_NO_DATA, &f));
	CU_ASSERT_PTR_NOT_NULL(wf_check_close(WO_REFUSED, &f));
	f.nopen_tasks = 0;
	CU_ASSERT_PTR_NULL(wf_check_close(WO_FULFILLED, &f));
	/* Data kept or a task not done: partly fulfilled, not fulfilled. */
	f.nkept_tasks = 1;
	CU_ASSERT_PTR_NOT_NULL(wf_check_close(WO_FULFILLED, &f));
	CU_ASSERT_PTR_NULL(wf_check_close(WO_PARTLY, &f));
	f.nkept_tasks = 0;
	f.state = WS_AWAITING_IDENTITY;
	CU_ASSERT_PTR_NOT_NULL(wf_check_close(WO_FULFILLED, &f));

	/* "Not sure": the kind is set first; no tasks until then. */
	f = fresh(WK_UNSURE, WS_RECEIVED);
	CU_ASSERT_PTR_NULL(wf_check(WA_SET_KIND, &f));
	CU_ASSERT_PTR_NOT_NULL(wf_check_close(WO_FULFILLED, &f));
	CU_ASSERT_PTR_NULL(wf_check_close(WO_NO_DATA, &f));
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_PLAN_TASKS, &f));
	/* Objections get no tasks from the register. */
	f = fresh(WK_OBJECTION, WS_RECEIVED);
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA_PLAN_TASKS, &f));
	CU_ASSERT_PTR_NOT_NULL(wf_check(WA__MAX, &f));
}

static void
test_next(void)
{
	CU_ASSERT_EQUAL(wf_next(WA_REQUEST_IDENTITY, WS_RECEIVED),
	    WS_AWAITING_IDENTITY);
	CU_ASSERT_EQUAL(wf_next(WA_VERIFY_IDENTITY, WS_AWAITING_IDENTITY),
	    WS_IN_PROGRESS);
	CU_ASSERT_EQUAL(wf_next(WA_REQUEST_FEE, WS_IN_PROGRESS),
	    WS_AWAITING_FEE);
	CU_ASSERT_EQUAL(wf_next(WA_FEE_PAID, WS_AWAITING_FEE), WS_IN_PROGRESS);
	CU_ASSERT_EQUAL(wf_next(WA_CLARIFY, WS_RECEIVED),
	    WS_AWAITING_CLARIFICATION);
	CU_ASSERT_EQUAL(wf_next(WA_CLARIFIED, WS_AWAITING_CLARIFICATION),
	    WS_IN_PROGRESS);
	CU_ASSERT_EQUAL(wf_next(WA_EXTEND, WS_AWAITING_CLARIFICATION),
	    WS_AWAITING_CLARIFICATION);
	CU_ASSERT_EQUAL(wf_next(WA_NOTE, WS_CLOSED), WS_CLOSED);
	CU_ASSERT_EQUAL(wf_next(WA_PLAN_TASKS, WS_RECEIVED), WS_IN_PROGRESS);
	CU_ASSERT_EQUAL(wf_next(WA_REFUSE, WS_AWAITING_FEE), WS_CLOSED);
	CU_ASSERT_EQUAL(wf_next(WA_ACKNOWLEDGE, WS_RECEIVED), WS_ACKNOWLEDGED);
	CU_ASSERT_EQUAL(wf_next(WA_ANSWER, WS_ACKNOWLEDGED), WS_CLOSED);
	CU_ASSERT_EQUAL(wf_parse(wf_state_names, WS__MAX,
	    "awaiting-clarification"), WS_AWAITING_CLARIFICATION);
	CU_ASSERT_EQUAL(wf_parse(wf_action_names, WA__MAX, "close "), -1);
	CU_ASSERT_EQUAL(wf_parse(wf_action_names, WA__MAX, NULL), -1);
}

/*
 * A register fixture: three activities of three subject categories and
 * five recipients of four kinds.
 */
static const char *const subj_customers[] = { "customers" };
static const char *const subj_news[] = { "newsletter-subscribers" };
static const char *const subj_web[] = { "website-visitors", "prospects" };
static const size_t rec_billing[] = { 0, 1 };		/* Stripe, HMRC */
static const size_t rec_news[] = { 2 };		/* Mailchimp */
static const size_t rec_web[] = { 3, 4 };		/* GA, Google */
static const struct task_rec recs[] = {
	{ 11, "Stripe", "processor" },
	{ 12, "HMRC", "public-authority" },
	{ 13, "Mailchimp", "processor" },
	{ 14, "Google Analytics", "processor" },
	{ 15, "Google (its own purposes)", "independent-controller" },
};
static const struct task_act acts[] = {
	{ 1, "Billing", subj_customers, 1, rec_billing, 2 },
	{ 2, "Newsletter", subj_news, 1, rec_news, 1 },
	{ 3, "Analytics", subj_web, 2, rec_web, 2 },
};

/* "kind label|..." of a plan, to compare with one line. */
static void
plan_line(const struct task_new *t, size_t n, char *out, size_t sz)
{
	size_t i;

	out[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strncat(out, "|", sz - strlen(out) - 1);
		strncat(out, task_kind_names[t[i].kind], sz - strlen(out) - 1);
		strncat(out, " ", sz - strlen(out) - 1);
		strncat(out, t[i].label, sz - strlen(out) - 1);
	}
}

static void
test_plan(void)
{
	static const char *const news[] = { "newsletter-subscribers" };
	static const char *const web_cust[] = { "prospects", "customers" };
	static const char *const nobody[] = { "job-applicants" };
	static const struct {
		enum wf_kind		 k;
		const char *const	*subj;
		size_t			 n;
		const char		*want;
	} cases[] = {
		{ WK_ERASURE, news, 1, "action The organisation's own systems|"
		    "action Mailchimp|notice Mailchimp" },
		/* Categories not known: every activity; notices to all. */
		{ WK_ERASURE, NULL, 0, "action The organisation's own systems|"
		    "action Stripe|action Mailchimp|action Google Analytics|"
		    "notice Stripe|notice HMRC|notice Mailchimp|"
		    "notice Google Analytics|notice Google (its own purposes)" },
		{ WK_RESTRICTION, web_cust, 2, "action The organisation's own "
		    "systems|action Stripe|action Google Analytics|"
		    "notice Stripe|notice HMRC|notice Google Analytics|"
		    "notice Google (its own purposes)" },
		/* Access: collection from the systems, no notices. */
		{ WK_ACCESS, web_cust, 2, "collect The organisation's own "
		    "systems|collect Stripe|collect Google Analytics" },
		{ WK_PORTABILITY, news, 1, "collect The organisation's own "
		    "systems|collect Mailchimp" },
		{ WK_OBJECTION, news, 1, "" },
		{ WK_COMPLAINT, NULL, 0, "" },
		{ WK_ERASURE, nobody, 1, "" },
	};
	struct task_new *t;
	size_t i, n;
	char got[1024];

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CU_ASSERT_EQUAL(task_plan(cases[i].k, cases[i].subj,
		    cases[i].n, acts, 3, recs, 5, &t, &n), 0);
		plan_line(t, n, got, sizeof(got));
		CHECK(strcmp(got, cases[i].want) == 0, "case %zu (%s): got "
		    "\"%s\"", i, wf_kind_names[cases[i].k], got);
		if (n > 0 && cases[i].k == WK_ERASURE && cases[i].n == 1)
			CHECK(t[0].detail != NULL &&
			    strcmp(t[0].detail, "Newsletter") == 0,
			    "the own task's activities: %s",
			    t[0].detail ? t[0].detail : "(none)");
		task_plan_free(t, n);
	}
	/* The endings each task may have. */
	CU_ASSERT(task_state_ok(TK_ACTION, WK_ERASURE, TS_RETAINED));
	CU_ASSERT(!task_state_ok(TK_ACTION, WK_ERASURE, TS_DONE));
	CU_ASSERT(task_state_ok(TK_ACTION, WK_ERASURE, TS_REFUSED));
	CU_ASSERT(task_state_ok(TK_ACTION, WK_RECTIFICATION, TS_REFUSED));
	CU_ASSERT(!task_state_ok(TK_ACTION, WK_RESTRICTION, TS_ERASED));
	CU_ASSERT(task_state_ok(TK_NOTICE, WK_ERASURE, TS_WAIVED));
	CU_ASSERT(!task_state_ok(TK_NOTICE, WK_ERASURE, TS_DONE));
	CU_ASSERT(task_state_ok(TK_COLLECT, WK_ACCESS, TS_NOT_HELD));
	CU_ASSERT(!task_state_ok(TK_COLLECT, WK_ACCESS, TS_OPEN));
	CU_ASSERT(task_state_needs_ground(TS_RETAINED));
	CU_ASSERT(task_state_needs_note(TS_WAIVED));
	CU_ASSERT(!task_state_needs_note(TS_ERASED));
}

void
suite_workflow(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "workflow", NULL, NULL);
	TEST_ADD(s, "every action in every state, request and complaint",
	    test_matrix);
	TEST_ADD(s, "rule set, extension, identity, fees, tasks", test_facts);
	TEST_ADD(s, "the state after each action", test_next);
	TEST_ADD(s, "tasks planned from a register fixture", test_plan);
}
