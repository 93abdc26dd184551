/* workflow: the states of a data-subject request, the actions staff take on it, and the one table of which action applies when. */
#include <string.h>

#include "core/util.h"
#include "workflow.h"

const char *const wf_state_names[WS__MAX] = {
	[WS_RECEIVED] = "received",
	[WS_IN_PROGRESS] = "in-progress",
	[WS_AWAITING_IDENTITY] = "awaiting-identity",
	[WS_AWAITING_FEE] = "awaiting-fee",
	[WS_AWAITING_CLARIFICATION] = "awaiting-clarification",
	[WS_ACKNOWLEDGED] = "acknowledged",
	[WS_CLOSED] = "closed",
};

const char *const wf_kind_names[WK__MAX] = {
	[WK_ACCESS] = "access",
	[WK_ERASURE] = "erasure",
	[WK_RECTIFICATION] = "rectification",
	[WK_RESTRICTION] = "restriction",
	[WK_PORTABILITY] = "portability",
	[WK_OBJECTION] = "objection",
	[WK_UNSURE] = "unsure",
	[WK_COMPLAINT] = "complaint",
};

const char *const wf_action_names[WA__MAX] = {
	[WA_REQUEST_IDENTITY] = "request-identity",
	[WA_VERIFY_IDENTITY] = "verify-identity",
	[WA_IDENTITY_FAILED] = "identity-failed",
	[WA_PROPOSE_FEE] = "propose-fee",
	[WA_REQUEST_FEE] = "request-fee",
	[WA_FEE_PAID] = "fee-paid",
	[WA_CLARIFY] = "clarify",
	[WA_CLARIFIED] = "clarified",
	[WA_EXTEND] = "extend",
	[WA_SET_KIND] = "set-kind",
	[WA_SET_SUBJECTS] = "set-subjects",
	[WA_PLAN_TASKS] = "plan-tasks",
	[WA_ASSIGN] = "assign",
	[WA_NOTE] = "note",
	[WA_REFUSE] = "refuse",
	[WA_WITHDRAW] = "withdraw",
	[WA_CLOSE] = "close",
	[WA_ACKNOWLEDGE] = "acknowledge",
	[WA_ANSWER] = "answer",
};

const char *const wf_identity_names[WI__MAX] = {
	[WI_UNVERIFIED] = "unverified",
	[WI_VERIFIED] = "verified",
	[WI_FAILED] = "failed",
};

const char *const wf_fee_names[WFEE__MAX] = {
	[WFEE_NONE] = "none",
	[WFEE_PROPOSED] = "proposed",
	[WFEE_REQUESTED] = "requested",
	[WFEE_PAID] = "paid",
};

const char *const wf_outcome_names[WO__MAX] = {
	[WO_FULFILLED] = "fulfilled",
	[WO_PARTLY] = "partly-fulfilled",
	[WO_NO_DATA] = "no-data",
	[WO_REFUSED] = "refused",
	[WO_WITHDRAWN] = "withdrawn",
	[WO_IDENTITY_FAILED] = "identity-failed",
	[WO_ANSWERED] = "answered",
};

#define S(x)	(1u << (x))
#define K(x)	(1u << (x))

/* The clock runs: identity, fees, clarification and the end start here. */
#define RUNNING		(S(WS_RECEIVED) | S(WS_IN_PROGRESS))
#define WAITING		(S(WS_AWAITING_IDENTITY) | S(WS_AWAITING_FEE) | \
			    S(WS_AWAITING_CLARIFICATION))
#define OPEN		(RUNNING | WAITING | S(WS_ACKNOWLEDGED))
#define ANY		(OPEN | S(WS_CLOSED))

/* Requests under Arts 15-22; a complaint is not one. */
#define REQUESTS	(K(WK_ACCESS) | K(WK_ERASURE) | K(WK_RECTIFICATION) | \
			    K(WK_RESTRICTION) | K(WK_PORTABILITY) | \
			    K(WK_OBJECTION) | K(WK_UNSURE))
#define TASKED		(K(WK_ACCESS) | K(WK_ERASURE) | K(WK_RECTIFICATION) | \
			    K(WK_RESTRICTION) | K(WK_PORTABILITY))
#define ALL		(REQUESTS | K(WK_COMPLAINT))

/*
 * The transitions. Identity and fees (Art 12(5), (6); decision 3): asking
 * stops the clock until the answer, which starts it again from that day.
 * A fee is proposed before it is requested (EDPB 01/2022 para 192), and
 * only for a request of kind that can be unfounded or excessive: the page
 * asks for the ground. Clarification pauses only under uk (decision 4).
 * An extension is notified inside the first month (decision 5), once.
 * Refusal, withdrawal and closing end the ticket; a complaint is
 * acknowledged and answered (DPA 2018 s.164A).
 */
const struct wf_rule wf_rules[WA__MAX] = {
	[WA_REQUEST_IDENTITY] = { WA_REQUEST_IDENTITY, RUNNING, REQUESTS,
	    WS_AWAITING_IDENTITY, WFN_IDENTITY_OPEN },
	[WA_VERIFY_IDENTITY] = { WA_VERIFY_IDENTITY,
	    RUNNING | S(WS_AWAITING_IDENTITY), REQUESTS, WS_IN_PROGRESS,
	    WFN_IDENTITY_OPEN },
	[WA_IDENTITY_FAILED] = { WA_IDENTITY_FAILED, S(WS_AWAITING_IDENTITY),
	    REQUESTS, WS_CLOSED, WFN_IDENTITY_OPEN },
	[WA_PROPOSE_FEE] = { WA_PROPOSE_FEE, RUNNING, REQUESTS, -1,
	    WFN_FEE_NONE },
	[WA_REQUEST_FEE] = { WA_REQUEST_FEE, RUNNING, REQUESTS,
	    WS_AWAITING_FEE, WFN_FEE_PROPOSED },
	[WA_FEE_PAID] = { WA_FEE_PAID, S(WS_AWAITING_FEE), REQUESTS,
	    WS_IN_PROGRESS, 0 },
	[WA_CLARIFY] = { WA_CLARIFY, RUNNING, REQUESTS,
	    WS_AWAITING_CLARIFICATION, WFN_UK },
	[WA_CLARIFIED] = { WA_CLARIFIED, S(WS_AWAITING_CLARIFICATION),
	    REQUESTS, WS_IN_PROGRESS, 0 },
	[WA_EXTEND] = { WA_EXTEND, RUNNING | S(WS_AWAITING_CLARIFICATION),
	    REQUESTS, -1, WFN_NOT_EXTENDED | WFN_FIRST_MONTH },
	[WA_SET_KIND] = { WA_SET_KIND, OPEN, K(WK_UNSURE), -1, WFN_UNSURE },
	[WA_SET_SUBJECTS] = { WA_SET_SUBJECTS, OPEN, REQUESTS, -1,
	    WFN_NO_TASKS },
	[WA_PLAN_TASKS] = { WA_PLAN_TASKS, RUNNING, TASKED, WS_IN_PROGRESS,
	    WFN_NO_TASKS },
	[WA_ASSIGN] = { WA_ASSIGN, OPEN, ALL, -1, 0 },
	[WA_NOTE] = { WA_NOTE, ANY, ALL, -1, 0 },
	[WA_REFUSE] = { WA_REFUSE, OPEN, REQUESTS, WS_CLOSED, 0 },
	[WA_WITHDRAW] = { WA_WITHDRAW, OPEN, ALL, WS_CLOSED, 0 },
	[WA_CLOSE] = { WA_CLOSE, RUNNING, REQUESTS, WS_CLOSED, 0 },
	[WA_ACKNOWLEDGE] = { WA_ACKNOWLEDGE, S(WS_RECEIVED),
	    K(WK_COMPLAINT), WS_ACKNOWLEDGED, 0 },
	[WA_ANSWER] = { WA_ANSWER, S(WS_RECEIVED) | S(WS_ACKNOWLEDGED),
	    K(WK_COMPLAINT), WS_CLOSED, 0 },
};

int
wf_parse(const char *const *names, size_t n, const char *s)
{
	size_t i;

	if (s == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (names[i] != NULL && strcmp(names[i], s) == 0)
			return (int)i;
	return -1;
}

/* Why an action does not apply in state s: the first reason that fits. */
static const char *
wf_state_reason(enum wf_action a, enum wf_state s, const struct wf_facts *f)
{
	switch (s) {
	case WS_CLOSED:
		return "The ticket is closed.";
	case WS_AWAITING_IDENTITY:
		if (a == WA_CLOSE)
			return "The requester's identity is not confirmed yet: "
			    "record it, or record that it could not be "
			    "confirmed.";
		return "The ticket is waiting for the requester's identity.";
	case WS_AWAITING_FEE:
		if (a == WA_CLOSE)
			return "The fee has not been paid: record it paid, or "
			    "withdraw the request.";
		return "The ticket is waiting for the fee.";
	case WS_AWAITING_CLARIFICATION:
		return "The ticket is waiting for the requester's "
		    "clarification: record the answer first.";
	case WS_ACKNOWLEDGED:
		return "The complaint has been acknowledged: answer it.";
	default:
		break;
	}
	switch (a) {
	case WA_IDENTITY_FAILED:
		return "Identity can be recorded as not confirmed only after "
		    "asking for it.";
	case WA_FEE_PAID:
		return f->fee == WFEE_PAID ? "The fee has been paid." :
		    "No fee has been requested.";
	case WA_CLARIFIED:
		return "No clarification is awaited.";
	case WA_ANSWER:
		return "The complaint is already answered.";
	default:
		return "That cannot be done to the ticket as it stands.";
	}
}

const char *
wf_check(enum wf_action a, const struct wf_facts *f)
{
	const struct wf_rule *r;

	if ((unsigned)a >= WA__MAX)
		return "There is no such action.";
	r = &wf_rules[a];
	if (!(r->kinds & K(f->kind))) {
		if (f->kind == WK_COMPLAINT)
			return "A complaint is acknowledged and answered; "
			    "this applies to requests under Articles 15 to 22.";
		if (a == WA_ACKNOWLEDGE || a == WA_ANSWER)
			return "Only complaints are acknowledged and answered "
			    "this way.";
		if (a == WA_SET_KIND)
			return "The kind of request is already known.";
		if (a == WA_PLAN_TASKS)
			return "Requests of this kind get no tasks from the "
			    "register.";
		return "This does not apply to requests of this kind.";
	}
	if (!(r->from & S(f->state)))
		return wf_state_reason(a, f->state, f);
	if ((r->need & WFN_UK) && !f->is_uk)
		return "Under the EU rule set, asking for clarification does "
		    "not stop the clock.";
	if ((r->need & WFN_NOT_EXTENDED) && f->is_extended)
		return "The deadline has already been extended: it can be "
		    "extended once.";
	if ((r->need & WFN_FIRST_MONTH) && !f->in_first_month)
		return "An extension must be notified inside the first month, "
		    "and that month has passed.";
	if ((r->need & WFN_IDENTITY_OPEN) && f->identity == WI_VERIFIED)
		return "The requester's identity is already confirmed.";
	if ((r->need & WFN_FEE_NONE) && f->fee != WFEE_NONE)
		return "A fee has already been proposed for this request.";
	if ((r->need & WFN_FEE_PROPOSED) && f->fee != WFEE_PROPOSED)
		return f->fee == WFEE_NONE ? "Propose the fee to the requester "
		    "first: they may withdraw the request instead of paying." :
		    "The fee has already been requested.";
	if ((r->need & WFN_NO_TASKS) && f->ntasks > 0)
		return a == WA_PLAN_TASKS ? "The tasks have already been "
		    "created." : "The tasks have been created from these "
		    "categories already.";
	return NULL;
}

const char *
wf_check_close(enum wf_outcome o, const struct wf_facts *f)
{
	const char *why;

	if ((why = wf_check(WA_CLOSE, f)) != NULL)
		return why;
	if (f->kind == WK_UNSURE && o != WO_NO_DATA)
		return "Say what kind of request it is first: the answer "
		    "depends on it.";
	switch (o) {
	case WO_FULFILLED:
	case WO_PARTLY:
		if (f->nopen_tasks > 0)
			return "Every task must be finished (done, or not done "
			    "with its reason) before the request is closed as "
			    "fulfilled.";
		if (f->identity == WI_FAILED)
			return "The requester's identity was not confirmed.";
		/*
		 * Data kept (Art 17(3)) or a task not done: the requester
		 * got part of what they asked, and must be told why not the
		 * rest (Art 12(4)).
		 */
		if (o == WO_FULFILLED && f->nkept_tasks > 0)
			return "A task ended with the data kept or the action "
			    "not done: close as partly fulfilled, and give the "
			    "reasons.";
		return NULL;
	case WO_NO_DATA:
		return NULL;
	default:
		return "Close with fulfilled, partly fulfilled or no data "
		    "held; refusals and withdrawals have their own actions.";
	}
}

enum wf_state
wf_next(enum wf_action a, enum wf_state from)
{
	if ((unsigned)a >= WA__MAX || wf_rules[a].to < 0)
		return from;
	return (enum wf_state)wf_rules[a].to;
}

int
wf_is_open(enum wf_state s)
{
	return s != WS_CLOSED;
}

int
wf_kind_has_tasks(enum wf_kind k)
{
	return (TASKED & K(k)) != 0;
}
