/* ticketop: staff actions on a ticket, each checked against the workflow table and carried out in one transaction with its event, its message and the recomputed due date. */
#ifndef GD_TICKETOP_H
#define GD_TICKETOP_H

#include <stddef.h>

#include "core/db.h"
#include "core/util.h"
#include "deadline.h"
#include "org.h"
#include "ticket.h"
#include "workflow.h"

/* What an action was given (the page has checked the forms). */
struct ticketop_in {
	enum wf_action	 action;
	long long	 actor;		/* staff_account.id */
	const char	*today;		/* the organisation's local date */
	const char	*date;		/* when evidence, a fee or an answer came; NULL: today */
	const char	*text;		/* a reason, a method, a note */
	const char	*choice;	/* an outcome, a ground, a kind */
	const char	*amount;	/* a fee, with its currency */
	long long	 assignee;	/* 0: nobody */
	const char *const *codes;	/* set-subjects: subject category codes */
	size_t		 ncodes;
};

/*
 * Renders the message an action sends to the requester (kind: the
 * stylesheet's message kind) for ticket t as it is after the action.
 * Returns 0 with *subject and *body (free them), or -1.
 */
typedef int (*ticketop_msg_fn)(void *ctx, const struct ticket *t,
	    const char *kind, const struct ticketop_in *in, char **subject,
	    char **body);

enum ticketop_rc {
	TOP_OK,
	TOP_REFUSED,	/* a precondition failed: *why says which */
	TOP_INVALID,	/* what the action was given is wrong: *why */
	TOP_NOTFOUND,	/* no such ticket (or task) in this organisation */
	TOP_CONFLICT,	/* changed meanwhile: try again */
	TOP_ERROR
};

/*
 * Carries out in->action on the ticket of organisation o with reference
 * ref: in one transaction, reads the ticket FOR UPDATE, checks the
 * workflow table and the action's own preconditions (dates not before
 * receipt nor after today, a pause that comes too late, closing with
 * open tasks ...), changes the ticket, recomputes and stores its due
 * date, appends the event and queues the message (msg, ctx) when the
 * requester has an email address. *why (static) on TOP_REFUSED.
 */
enum ticketop_rc ticketop_apply(struct db *, const struct org *o,
	    const char *ref, const struct ticketop_in *in,
	    ticketop_msg_fn msg, void *ctx, const char **why);

/*
 * Ends task task_id of the ticket in state (task_state_names), with
 * ground and note where the state needs them. Same transaction rules.
 */
enum ticketop_rc ticketop_task(struct db *, const struct org *o,
	    const char *ref, long long task_id, const char *state,
	    const char *ground, const char *note, long long actor,
	    const char **why);

/* How a ticket's deadline stands, for the ticket page. */
struct ticketop_due {
	int			 has_clock;	/* 0: waiting, no due date */
	int			 is_complaint;	/* due is the acknowledgement's */
	struct deadline_out	 out;
	struct buf		 explain;	/* the engine's steps */
	char			 received[DEADLINE_DATE_SIZE];	/* local */
	char			 error[160];	/* why it cannot be computed */
};

/*
 * Works out the deadline of ticket t of organisation o as it stands
 * (open pauses end today), with the steps explained. Returns 0 (d
 * filled; d->error set when the calendar cannot give one) or -1 on a
 * database error. Free d->explain with buf_free.
 */
int	 ticketop_due_explain(struct db *, const struct org *o,
	    const struct ticket *t, const char *today, struct ticketop_due *d);

/*
 * The facts the workflow table looks at, for ticket t as it stands
 * (the page lists the actions they allow); due is its deadline as
 * ticketop_due_explain gave it, or NULL to work it out here. Returns 0
 * or -1.
 */
int	 ticketop_facts(struct db *, const struct org *o,
	    const struct ticket *t, const char *today,
	    const struct ticketop_due *due, struct wf_facts *f);

/*
 * The organisation's local date now (YYYY-MM-DD into out), from its
 * time zone; UTC when it has none. Returns out.
 */
char	*ticketop_today(const struct org *o, char out[DEADLINE_DATE_SIZE]);

#endif
