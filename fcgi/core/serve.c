/* serve: the FastCGI accept loop shared by the programs: parse, dispatch, render, log, free. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <fcgiapp.h>

#include "crypto.h"
#include "db.h"
#include "http.h"
#include "log.h"
#include "serve.h"
#include "util.h"
#include "xml.h"

static volatile sig_atomic_t serve_stopping;

static void
serve_on_signal(int sig)
{
	(void)sig;
	serve_stopping = 1;
	/* libfcgi retries an interrupted accept() unless told to stop. */
	FCGX_ShutdownPending();
}

/* A default sentence for an error status, for people. */
static const char *
serve_error_text(int status)
{
	switch (status) {
	case 400: return "The request could not be understood.";
	case 401: return "You need to log in to see this page.";
	case 403: return "You are not allowed to do that.";
	case 404: return "The page you asked for does not exist.";
	case 405: return "This page does not accept that kind of request.";
	case 411: return "A request with a body must say how long it is.";
	case 413: return "The request is larger than this page accepts.";
	case 415: return "This kind of content is not accepted here.";
	case 422: return "Some of what was entered needs correcting.";
	case 429: return "Too many attempts. Wait a few minutes and try "
	    "again.";
	case 503: return "The service is unavailable for a moment. Try "
	    "again shortly.";
	default: return "Something went wrong on our side. It has been "
	    "logged; try again later.";
	}
}

xmlNodePtr
serve_doc(struct resp *p, const char *prog, const char *name, int sheet)
{
	xmlNodePtr root, meta;
	char now[21];

	if (p->doc != NULL)
		xmlFreeDoc(p->doc);
	p->doc = xml_doc_new(name, &root);
	p->sheet = sheet;
	meta = xml_elem(root, "meta");
	xml_text(meta, "prog", prog);
	xml_time_iso(time(NULL), now);
	xml_text(meta, "now", now);
	return root;
}

int
serve_error_doc(struct resp *p, const char *prog, int status,
    const char *message)
{
	xmlNodePtr root;

	root = serve_doc(p, prog, "error", p->sheet);
	xml_attr_int(root, "status", status);
	xml_text(root, "title", http_reason(status));
	xml_text(root, "message", message ? message : serve_error_text(status));
	p->status = status;
	return status;
}

/* Output with the CGI header block sent before the first body byte. */
struct serve_out {
	xslt_write_fn	 write;
	void		*ctx;
	struct buf	 hdr;
	const char	*media;
	int		 sent;
	int		 head_only;
	struct buf	*keep;		/* a copy of the body, for the cache */
};

/*
 * The render cache (serve.h). A handful of entries, replaced oldest
 * first; a page bigger than SERVE_CACHE_PAGE_MAX is not kept, so the
 * cache never holds more than SERVE_CACHE_SLOTS of those.
 */
#define SERVE_CACHE_SLOTS	8
#define SERVE_CACHE_PAGE_MAX	(1024 * 1024)

static struct serve_cache_slot {
	char		*key;
	char		*body;
	size_t		 len;
	const char	*media;		/* static: the sheet's */
	unsigned long	 used;		/* when last hit or stored */
} serve_cache[SERVE_CACHE_SLOTS];
static unsigned long serve_cache_clock;

int
serve_cache_hit(struct resp *p, const char *key)
{
	struct serve_cache_slot *c;
	size_t i;

	for (i = 0; i < SERVE_CACHE_SLOTS; i++) {
		c = &serve_cache[i];
		if (c->key == NULL || strcmp(c->key, key) != 0)
			continue;
		c->used = ++serve_cache_clock;
		free(p->body);
		p->body = xmalloc(c->len + 1);
		memcpy(p->body, c->body, c->len);
		p->body[c->len] = '\0';
		p->bodylen = c->len;
		p->content_type = c->media;
		return 1;
	}
	free(p->cache_key);
	p->cache_key = xstrdup(key);
	return 0;
}

/* Keeps body under key, in the least recently used slot. */
static void
serve_cache_put(const char *key, const struct buf *body, const char *media)
{
	struct serve_cache_slot *c = &serve_cache[0];
	size_t i;

	if (body->len > SERVE_CACHE_PAGE_MAX || media == NULL)
		return;
	for (i = 1; i < SERVE_CACHE_SLOTS; i++)
		if (serve_cache[i].used < c->used)
			c = &serve_cache[i];
	free(c->key);
	free(c->body);
	c->key = xstrdup(key);
	c->body = xmalloc(body->len + 1);
	memcpy(c->body, body->p, body->len);
	c->len = body->len;
	c->media = media;
	c->used = ++serve_cache_clock;
}

void
serve_cache_clear(void)
{
	size_t i;

	for (i = 0; i < SERVE_CACHE_SLOTS; i++) {
		free(serve_cache[i].key);
		free(serve_cache[i].body);
	}
	memset(serve_cache, 0, sizeof(serve_cache));
}

static int
serve_flush_headers(struct serve_out *o)
{
	int rc;

	if (o->sent)
		return 0;
	o->sent = 1;
	if (o->media != NULL) {
		buf_printf(&o->hdr, "Content-Type: %s%s\r\n", o->media,
		    strncmp(o->media, "text/", 5) == 0 ||
		    strcmp(o->media, "application/xml") == 0 ?
		    "; charset=utf-8" : "");
	}
	buf_puts(&o->hdr, "\r\n");
	rc = o->write(o->ctx, o->hdr.p, o->hdr.len);
	buf_free(&o->hdr);
	return rc;
}

static int
serve_body_write(void *ctx, const char *p, size_t len)
{
	struct serve_out *o = ctx;

	if (serve_flush_headers(o) == -1)
		return -1;
	if (o->keep != NULL && len > 0)
		buf_append(o->keep, p, len);
	if (o->head_only || len == 0)
		return 0;
	return o->write(o->ctx, p, len);
}

/* The health check: the program runs and its database answers. */
static int
serve_health(const struct serve *s, const struct req *r, struct resp *p)
{
	struct db_res *res;

	if (r->method != METHOD_GET && r->method != METHOD_HEAD)
		return 405;
	if (db_ensure(s->db) == -1 ||
	    db_query_one(s->db, s->health_stmt, NULL, 0, &res) != DB_OK)
		return 503;
	db_res_free(res);
	p->body = xstrdup("ok\n");
	p->bodylen = 3;
	p->content_type = "text/plain";
	return 200;
}

static const char serve_render_failed[] =
    "Internal error: the page could not be rendered.\n";

static int
serve_has_header(const struct resp *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->nheaders; i++)
		if (strcasecmp(p->headers[i].name, name) == 0)
			return 1;
	return 0;
}

int
serve_one(const struct serve *s, char *const *envp, const char *body,
    size_t len, xslt_write_fn write, void *ctx)
{
	struct serve_out o;
	struct req r;
	struct resp p;
	struct timespec t0, t1;
	unsigned char rb[8];
	char rid[17];
	xmlChar *xml;
	int status, xlen, sheet;
	size_t i;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(&p, 0, sizeof(p));
	memset(&o, 0, sizeof(o));
	if (crypto_random(rb, sizeof(rb)) == -1)
		memset(rb, 0, sizeof(rb));
	for (i = 0; i < sizeof(rb); i++)
		snprintf(rid + 2 * i, 3, "%02x", rb[i]);
	log_set_reqid(rid);

	status = http_req_parse(&r, envp, body, len);
	r.reqid = rid;
	if (status == 0 && s->health_path != NULL &&
	    strcmp(r.path, s->health_path) == 0)
		status = serve_health(s, &r, &p);
	else if (status == 0)
		status = s->dispatch(s->app, &r, &p);
	if (s->db != NULL && db_tx_is_open(s->db)) {
		log_err("serve: request ended inside a transaction; rolled back");
		db_tx_rollback(s->db);
		if (status < 400)
			status = 500;
	}
	if (status >= 500 && s->db != NULL && db_is_lost(s->db))
		status = 503;
	if (status >= 400 && p.location == NULL && p.body == NULL &&
	    (p.doc == NULL || status >= 500)) {
		serve_error_doc(&p, s->prog, status, status < 500 ?
		    (p.message ? p.message : r.bad) : NULL);
		p.sheet = s->error_sheet;
	}

	o.write = write;
	o.ctx = ctx;
	o.head_only = r.method == METHOD_HEAD;
	if (p.location != NULL && status < 300)
		status = 303;
	buf_printf(&o.hdr, "Status: %d %s\r\n", status, http_reason(status));
	if (p.location != NULL)
		buf_printf(&o.hdr, "Location: %s\r\n", p.location);
	for (i = 0; i < p.nheaders; i++)
		buf_printf(&o.hdr, "%s: %s\r\n", p.headers[i].name,
		    p.headers[i].val);
	/* Pages carry personal data: no shared or browser cache. */
	if (!serve_has_header(&p, "Cache-Control"))
		buf_puts(&o.hdr, "Cache-Control: no-store\r\n");
	buf_printf(&o.hdr, "X-Request-Id: %s\r\n", rid);
	if (status == 405)
		buf_puts(&o.hdr, "Allow: GET, HEAD, POST\r\n");

	sheet = p.sheet;
	if (p.location != NULL) {
		o.media = "text/plain";
		serve_body_write(&o, "", 0);
	} else if (p.body != NULL) {
		o.media = p.content_type ? p.content_type : "text/plain";
		serve_body_write(&o, p.body, p.bodylen);
	} else if (p.doc != NULL && ((r.wants_xml &&
	    (s->xml_any || p.is_public_doc || status >= 400)) ||
	    (p.is_xml && status < 400))) {
		xml = xml_dump(p.doc, &xlen);
		o.media = "application/xml";
		serve_body_write(&o, (const char *)xml, (size_t)xlen);
		xmlFree(xml);
	} else if (p.doc != NULL) {
		struct buf keep = { 0 };
		int rc;

		/* A page worth keeping: only a whole, successful one is. */
		if (p.cache_key != NULL && status == 200)
			o.keep = &keep;
		rc = xslt_render(sheet, p.doc, NULL, serve_body_write, &o,
		    &o.media);
		if (rc == 0 && o.keep != NULL)
			serve_cache_put(p.cache_key, &keep, o.media);
		buf_free(&keep);
		o.keep = NULL;
		if (rc == -1) {
			if (!o.sent) {
				/* Nothing went out: say so plainly. */
				buf_free(&o.hdr);
				status = 500;
				buf_printf(&o.hdr, "Status: 500 %s\r\n"
				    "Cache-Control: no-store\r\n",
				    http_reason(500));
				o.media = "text/plain";
				serve_body_write(&o, serve_render_failed,
				    strlen(serve_render_failed));
			}
		} else
			serve_body_write(&o, "", 0);
	} else {
		o.media = NULL;
		serve_body_write(&o, "", 0);
	}
	buf_free(&o.hdr);

	clock_gettime(CLOCK_MONOTONIC, &t1);
	/* The path is not logged: token paths would leak. */
	log_info("%s %d %ldus", r.method == METHOD_POST ? "POST" :
	    r.method == METHOD_HEAD ? "HEAD" : r.method == METHOD_GET ? "GET" :
	    "OTHER", status, (long)((t1.tv_sec - t0.tv_sec) * 1000000L +
	    (t1.tv_nsec - t0.tv_nsec) / 1000));
	if (s->done != NULL)
		s->done(s->app);
	http_resp_free(&p);
	http_req_free(&r);
	log_set_reqid(NULL);
	return status;
}

static int
serve_fcgx_write(void *ctx, const char *p, size_t len)
{
	return FCGX_PutStr(p, (int)len, ctx) == (int)len ? 0 : -1;
}

/*
 * Reads up to want bytes of the request body from in, a chunk at a time,
 * so that memory grows with what arrives rather than with what
 * CONTENT_LENGTH claims. Returns the bytes (owned, NUL-terminated) and
 * *len, which is less than want when the stream ended early (the parser
 * then answers 400).
 */
static char *
serve_read_body(FCGX_Stream *in, size_t want, size_t *len)
{
	struct buf b = { 0 };
	char chunk[16384];
	size_t k;
	int n;

	buf_puts(&b, "");
	while (b.len < want) {
		k = want - b.len < sizeof(chunk) ? want - b.len : sizeof(chunk);
		if ((n = FCGX_GetStr(chunk, (int)k, in)) <= 0)
			break;
		buf_append(&b, chunk, (size_t)n);
	}
	*len = b.len;
	return b.p;
}

int
serve_loop(const struct serve *s)
{
	struct sigaction sa;
	FCGX_Request fr;
	long long clen;
	char *body;
	int has_len;
	size_t len;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = serve_on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: accept() must return so the loop can stop. */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	/* multiwatch relays SIGUSR1 to its children to stop them. */
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	if (FCGX_Init() != 0 || FCGX_InitRequest(&fr, 0, 0) != 0) {
		log_err("serve: cannot initialise FastCGI");
		return -1;
	}
	log_info("serve: ready");
	while (!serve_stopping) {
		if (FCGX_Accept_r(&fr) < 0) {
			if (serve_stopping)
				break;
			log_err("serve: accept failed");
			return -1;
		}
		body = NULL;
		len = 0;
		clen = http_content_length(fr.envp, &has_len);
		/* A larger body is not read: http_req_parse answers 413. */
		if (has_len && clen > 0 &&
		    (unsigned long long)clen <= http_body_max(fr.envp))
			body = serve_read_body(fr.in, (size_t)clen, &len);
		serve_one(s, fr.envp, body, len, serve_fcgx_write, fr.out);
		free(body);
		FCGX_Finish_r(&fr);
	}
	FCGX_Free(&fr, 1);
	log_info("serve: stopped");
	return 0;
}

int
serve_main(const struct serve_prog *prog, struct config *cfg,
    struct db **db, struct serve *s)
{
	int rc;

	log_init(prog->name);
	if (config_load(cfg, prog->name) == -1)
		return 1;
	if (xslt_init(cfg->xslt_dir, prog->sheets, prog->nsheets) == -1)
		return 1;
	/* The database may come up after us: a request reconnects. */
	*db = db_open(cfg->db_file, cfg->db_group, prog->stmts, prog->nstmts,
	    prog->allow, prog->nallow);
	if (*db == NULL) {
		log_err("%s: the database's statements do not prepare",
		    prog->name);
		xslt_cleanup();
		return 1;
	}
	s->db = *db;
	rc = serve_loop(s);
	db_close(*db);
	*db = NULL;
	db_library_end();
	xslt_cleanup();
	return rc == 0 ? 0 : 1;
}
