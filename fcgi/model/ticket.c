/* ticket: data-subject requests. For now: what a requester's status page may show. */
#include <stdlib.h>

#include "core/crypto.h"
#include "core/util.h"
#include "stmt.h"
#include "ticket.h"

enum db_rc
ticket_status_by_token(struct db *db, const char *token,
    struct ticket_status **out)
{
	char h[CRYPTO_SHA256_HEX];
	struct db_param p;
	struct db_res *r;
	struct ticket_status *t;
	enum db_rc rc;

	*out = NULL;
	crypto_sha256_hex(token, h);
	p = DBP_TEXT(h);
	if ((rc = db_query_one(db, STMT_PUB_TICKET_BY_TOKEN, &p, 1, &r)) !=
	    DB_OK)
		return rc;
	t = xcalloc(1, sizeof(*t));
	t->reference = db_res_dup(r, 0);
	t->kind = db_res_dup(r, 1);
	t->status = db_res_dup(r, 2);
	t->due = db_res_dup(r, 3);
	t->org_name = db_res_dup(r, 4);
	t->org_slug = db_res_dup(r, 5);
	db_res_free(r);
	*out = t;
	return DB_OK;
}

void
ticket_status_free(struct ticket_status *t)
{
	if (t == NULL)
		return;
	free(t->reference);
	free(t->kind);
	free(t->status);
	free(t->due);
	free(t->org_name);
	free(t->org_slug);
	free(t);
}
