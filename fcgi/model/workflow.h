/* workflow: the states of a data-subject request, the actions staff take on it, and the one table of which action applies when. */
#ifndef GD_WORKFLOW_H
#define GD_WORKFLOW_H

#include <stddef.h>

/* A ticket's status (ticket.status). */
enum wf_state {
	WS_RECEIVED,		/* the clock runs from receipt */
	WS_IN_PROGRESS,		/* the clock runs; someone is on it */
	WS_AWAITING_IDENTITY,	/* no clock until identity arrives */
	WS_AWAITING_FEE,	/* no clock until a lawful fee arrives */
	WS_AWAITING_CLARIFICATION, /* paused (uk only) */
	WS_ACKNOWLEDGED,	/* a complaint acknowledged, to be answered */
	WS_CLOSED,
	WS__MAX
};

/* ticket.kind. */
enum wf_kind {
	WK_ACCESS,
	WK_ERASURE,
	WK_RECTIFICATION,
	WK_RESTRICTION,
	WK_PORTABILITY,
	WK_OBJECTION,
	WK_UNSURE,
	WK_COMPLAINT,
	WK__MAX
};

/* What staff can do to a ticket. */
enum wf_action {
	WA_REQUEST_IDENTITY,
	WA_VERIFY_IDENTITY,
	WA_IDENTITY_FAILED,
	WA_PROPOSE_FEE,
	WA_REQUEST_FEE,
	WA_FEE_PAID,
	WA_CLARIFY,
	WA_CLARIFIED,
	WA_EXTEND,
	WA_SET_KIND,
	WA_SET_SUBJECTS,
	WA_PLAN_TASKS,
	WA_ASSIGN,
	WA_NOTE,
	WA_REFUSE,
	WA_WITHDRAW,
	WA_CLOSE,
	WA_ACKNOWLEDGE,
	WA_ANSWER,
	WA__MAX
};

/* ticket.identity. */
enum wf_identity { WI_UNVERIFIED, WI_VERIFIED, WI_FAILED, WI__MAX };

/* ticket.fee_state. */
enum wf_fee { WFEE_NONE, WFEE_PROPOSED, WFEE_REQUESTED, WFEE_PAID, WFEE__MAX };

/* ticket.outcome. */
enum wf_outcome {
	WO_FULFILLED,
	WO_PARTLY,
	WO_NO_DATA,
	WO_REFUSED,
	WO_WITHDRAWN,
	WO_IDENTITY_FAILED,
	WO_ANSWERED,
	WO__MAX
};

/* The database's words for each (status, kind, action name in forms...). */
extern const char *const wf_state_names[WS__MAX];
extern const char *const wf_kind_names[WK__MAX];
extern const char *const wf_action_names[WA__MAX];
extern const char *const wf_identity_names[WI__MAX];
extern const char *const wf_fee_names[WFEE__MAX];
extern const char *const wf_outcome_names[WO__MAX];

/* Index of s in names (n of them), or -1. */
int	 wf_parse(const char *const *names, size_t n, const char *s);

/* What the preconditions look at: the ticket as it is now. */
struct wf_facts {
	enum wf_state	 state;
	enum wf_kind	 kind;
	int		 is_uk;		/* the uk rule set (clarification pauses) */
	enum wf_identity identity;
	enum wf_fee	 fee;
	int		 is_extended;
	int		 in_first_month; /* today is on or before the extension notice date */
	size_t		 ntasks;
	size_t		 nopen_tasks;
	size_t		 nkept_tasks;	/* ended retained or not done */
};

/* One row of the transition table. */
struct wf_rule {
	enum wf_action	 action;
	unsigned	 from;		/* mask of enum wf_state */
	unsigned	 kinds;		/* mask of enum wf_kind */
	int		 to;		/* enum wf_state, or -1: unchanged */
	unsigned	 need;		/* WFN_* */
};

#define WFN_UK			0x01	/* the uk rule set only */
#define WFN_NOT_EXTENDED	0x02
#define WFN_FIRST_MONTH		0x04	/* inside the first month */
#define WFN_IDENTITY_OPEN	0x08	/* identity not yet verified */
#define WFN_FEE_NONE		0x10
#define WFN_FEE_PROPOSED	0x20
#define WFN_NO_TASKS		0x40
#define WFN_UNSURE		0x80	/* the kind is still "not sure" */

/* The table: one row per action. */
extern const struct wf_rule wf_rules[WA__MAX];

/*
 * May action be taken on a ticket with facts f? Returns NULL if so, else
 * why not, in a sentence for staff (static).
 */
const char *wf_check(enum wf_action action, const struct wf_facts *f);

/*
 * Closing with outcome o: NULL if the facts allow it, else why not
 * (fulfilled or partly fulfilled needs every task finished).
 */
const char *wf_check_close(enum wf_outcome o, const struct wf_facts *f);

/* The state after action (from the table: unchanged when -1). */
enum wf_state wf_next(enum wf_action action, enum wf_state from);

/* Is a ticket in state s open (not closed)? */
int	 wf_is_open(enum wf_state s);

/* Does a ticket of kind k get tasks from the register? */
int	 wf_kind_has_tasks(enum wf_kind k);

#endif
