/* public: the internet-facing program's shared definitions: its sheets, its pages and their helpers. */
#ifndef GD_PUBLIC_H
#define GD_PUBLIC_H

#include "core/config.h"
#include "core/http.h"
#include "core/router.h"
#include "core/xml.h"

enum sheet {
	SHEET_ERROR,
	SHEET_HOME,
	SHEET_ORG,
	SHEET_STATUS,
	SHEET_REQUEST,
	SHEET_REQUEST_DONE,
	SHEET_VERIFY,
	SHEET_MAIL_ACK,
	SHEET_PRIVACY,
	SHEET__MAX
};

extern const char *const public_sheets[SHEET__MAX];

struct app {
	struct db	*db;
	struct config	 cfg;
};

int	 public_dispatch(void *, struct req *, struct resp *);

/* A new page document with its <meta>; stored in p->doc. Returns the root. */
xmlNodePtr public_doc(struct resp *, const char *name, int sheet);

int	 page_home(struct app *, struct req *, struct resp *);
int	 page_org(struct app *, struct req *, struct resp *);
int	 page_status(struct app *, struct req *, struct resp *);
int	 page_request(struct app *, struct req *, struct resp *);
int	 page_verify(struct app *, struct req *, struct resp *);
int	 page_error(struct app *, struct req *, struct resp *);
int	 page_privacy(struct app *, struct req *, struct resp *);

#endif
