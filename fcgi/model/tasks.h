/* tasks: what the register says must be done for a request: action, Art 19 notice and collection tasks per system and recipient. */
#ifndef GD_TASKS_H
#define GD_TASKS_H

#include <stddef.h>

#include "core/db.h"
#include "workflow.h"

/* ticket_task.kind. */
enum task_kind { TK_ACTION, TK_NOTICE, TK_COLLECT, TK__MAX };
extern const char *const task_kind_names[TK__MAX];

/* ticket_task.state. */
enum task_state {
	TS_OPEN,
	TS_ERASED,
	TS_RETAINED,
	TS_DONE,
	TS_REFUSED,
	TS_SENT,
	TS_WAIVED,
	TS_NOT_HELD,
	TS__MAX
};
extern const char *const task_state_names[TS__MAX];

/* A recipient of the register, as a task needs it. */
struct task_rec {
	long long	 id;
	const char	*name;
	const char	*kind;	/* recipient.kind */
};

/* An active controller activity: its subject categories and recipients. */
struct task_act {
	long long		 id;
	const char		*name;
	const char *const	*subjects;	/* subject_category codes */
	size_t			 nsubjects;
	const size_t		*recipients;	/* indexes into the recipients */
	size_t			 nrecipients;
};

/* One task to create. */
struct task_new {
	enum task_kind	 kind;
	long long	 recipient_id;	/* 0: the organisation's own systems */
	char		*label;
	char		*detail;	/* the activities, "; "-separated */
};

/*
 * Plans the tasks of a ticket of kind k concerning the subject
 * categories subjects (n; none: not known, so every activity counts),
 * from the activities acts and recipients recs (DESIGN.md section 3):
 * erasure, rectification and restriction get one action task for the
 * organisation's own systems and one per recipient that holds the data
 * for it (processors, sub-processors, joint controllers, internal
 * recipients), then one Art 19 notice task per recipient of any kind;
 * access and portability get one collection task per system (the same
 * systems as the action tasks). Only activities that share a category
 * with the ticket count. Sets *out (task_plan_free) and *nout (0: none,
 * e.g. no activity concerns those categories). Returns 0.
 */
int	 task_plan(enum wf_kind k, const char *const *subjects, size_t n,
	    const struct task_act *acts, size_t nacts,
	    const struct task_rec *recs, size_t nrecs,
	    struct task_new **out, size_t *nout);
void	 task_plan_free(struct task_new *, size_t);

/*
 * Loads the register of org_id as task_plan reads it (active controller
 * and joint-controller activities) and plans the tasks of ticket_id
 * (kind k, its ticket_subject rows). Returns DB_OK with the plan, or
 * DB_ERROR.
 */
enum db_rc task_plan_ticket(struct db *, long long org_id,
	    long long ticket_id, enum wf_kind k, struct task_new **out,
	    size_t *nout);

/* Is state s one a task of kind k may end in? */
int	 task_state_ok(enum task_kind k, enum wf_kind tk, enum task_state s);

/* Does ending in state s need a ground (retained, waived) or a note? */
int	 task_state_needs_ground(enum task_state s);
int	 task_state_needs_note(enum task_state s);

#endif
