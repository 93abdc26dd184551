/* checks: the register's health: every rule of GDPR-RULES.md that the register can answer, as named findings. */
#ifndef GD_CHECKS_H
#define GD_CHECKS_H

#include <stddef.h>

#include "register.h"

enum check_severity {
	SEV_ERROR,
	SEV_WARNING,
	SEV_INFO,
	SEV__MAX
};

extern const char *const check_severity_names[SEV__MAX];

enum check_entity {
	ENT_ORGANISATION,
	ENT_ACTIVITY,
	ENT_RECIPIENT
};

/* One rule: its stable code, severity, article and plain-English fix. */
struct check_rule {
	const char		*code;
	enum check_severity	 severity;
	const char		*article;
	const char		*fix;
};

struct finding {
	const struct check_rule	*rule;
	enum check_entity	 entity;
	long long		 entity_id;	/* 0 for the organisation */
	const char		*entity_name;	/* borrowed from the register */
	char			*message;	/* what is wrong, in words */
	size_t			 seq;		/* the order it was found in */
};

/*
 * Runs every rule over the register g as on day today (YYYY-MM-DD),
 * appending findings to *out (an array of *n; free with checks_free).
 * Findings come in the order of the rules' codes, then of the register
 * (the organisation, its activities, its recipients, each by name).
 */
void	 checks_run(const struct reg *g, const char *today,
	    struct finding **out, size_t *n);
void	 checks_free(struct finding *, size_t);

/* Today's date (UTC), YYYY-MM-DD, as the checks take it. */
void	 checks_today(char out[11]);

/*
 * What a location's data rests on, as the checks judge it (R07, R08,
 * R18 are its findings). The home area is the UK or the EEA under the uk
 * rule set, the EEA under eu; a location outside it is a transfer.
 */
enum transfer_state {
	XFER_HOME,		/* in the home area: no transfer */
	XFER_ADEQUATE,		/* to a country adequate as a whole */
	XFER_VALID,		/* on a mechanism valid on the day */
	XFER_UNVERIFIED,	/* on the DPF, the importer's certification
				   not recorded as verified (R18) */
	XFER_OBSOLETE,		/* on a mechanism no longer valid (R08) */
	XFER_MISAPPLIED,	/* on one that cannot cover it: the DPF
				   outside the US, adequacy the country
				   lacks (R07) */
	XFER_NONE,		/* no mechanism and no adequacy (R07) */
	XFER__MAX
};

/* "home", "adequate", "valid", "unverified", "obsolete" ... */
extern const char *const transfer_state_names[XFER__MAX];

/*
 * Judges location l of the register g as on day today (YYYY-MM-DD); rec
 * is the recipient holding it, NULL for the organisation's own. A
 * mechanism past its last day is XFER_OBSOLETE even at home.
 */
enum transfer_state checks_transfer(const struct reg *g,
	    const struct reg_location *l, const struct reg_recipient *rec,
	    const char *today);

/* Is l outside the home area of g's rule set? */
int	 checks_is_abroad(const struct reg *g, const struct reg_location *l);

/* "organisation:SLUG", "activity:ID" or "recipient:ID" into buf. */
void	 checks_entity(const struct reg *, const struct finding *, char *buf,
	    size_t sz);

#endif
