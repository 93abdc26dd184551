/* mail: RFC 5322 messages and their hand-over to the system's sendmail; knows nothing of GDPR. */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mail.h"

/* RFC 5322 2.1.1: lines SHOULD stay within 78 characters. */
#define MAIL_LINE	78
/* RFC 2047 2: a line holding an encoded word at most 76. */
#define MAIL_ELINE	76
/* "=?UTF-8?Q?" and "?=" around an encoded word's text. */
#define MAIL_EW_OPEN	"=?UTF-8?Q?"
#define MAIL_EW_COST	12
/* A plain word longer than this cannot be folded onto a line: encode it. */
#define MAIL_WORD_MAX	70

/*
 * The length of the valid UTF-8 sequence at p (at most n bytes): 1 to
 * 4, or 0 when it is not one (a stray continuation byte, an overlong
 * form, a surrogate, past U+10FFFF, or cut short).
 */
static size_t
mail_utf8_len(const unsigned char *p, size_t n)
{
	size_t len, i;
	unsigned long cp;

	if (n == 0)
		return 0;
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		len = 2;
		cp = p[0] & 0x1f;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		cp = p[0] & 0x0f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		cp = p[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return len;
}

/* Is s valid UTF-8 without control characters? 1 or 0. */
static int
mail_text_ok(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), k;

	while (n > 0) {
		if (*p < 0x20 || *p == 0x7f)
			return 0;
		if ((k = mail_utf8_len(p, n)) == 0)
			return 0;
		p += k;
		n -= k;
	}
	return 1;
}

int
mail_addr_ok(const char *s)
{
	const char *at;
	size_t n;

	n = strlen(s);
	if (n < 3 || n > 254 || !mail_text_ok(s))
		return 0;
	if (strpbrk(s, " <>()[],;:\"\\") != NULL)
		return 0;
	if ((at = strchr(s, '@')) == NULL || at == s || at[1] == '\0' ||
	    strchr(at + 1, '@') != NULL)
		return 0;
	return 1;
}

/* A copy of s[0..n) without blanks at either end. */
static char *
mail_trim(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return xstrndup(s, n);
}

int
mail_from_parse(const char *s, char **name, char **addr)
{
	const char *lt, *gt;
	char *nm = NULL, *ad, *t;
	size_t n;

	*name = *addr = NULL;
	t = mail_trim(s, strlen(s));
	if ((lt = strchr(t, '<')) != NULL) {
		n = strlen(t);
		gt = strchr(lt, '>');
		if (gt == NULL || gt != t + n - 1) {
			free(t);
			return -1;
		}
		ad = mail_trim(lt + 1, (size_t)(gt - lt - 1));
		nm = mail_trim(t, (size_t)(lt - t));
		/* A quoted display name loses its quotes. */
		n = strlen(nm);
		if (n >= 2 && nm[0] == '"' && nm[n - 1] == '"') {
			memmove(nm, nm + 1, n - 2);
			nm[n - 2] = '\0';
		}
		if (*nm == '\0') {
			free(nm);
			nm = NULL;
		}
	} else
		ad = xstrdup(t);
	free(t);
	if (!mail_addr_ok(ad) || (nm != NULL && (strlen(nm) > 64 ||
	    !mail_text_ok(nm)))) {
		free(ad);
		free(nm);
		return -1;
	}
	*name = nm;
	*addr = ad;
	return 0;
}

/*
 * The characters an encoded word may carry as they are, in any header
 * (RFC 2047 5(3), the strictest case: a phrase).
 */
static int
mail_q_safe(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '!' || c == '*' || c == '+' ||
	    c == '-' || c == '/';
}

/*
 * The length of the character at p (n bytes left) for encoding: a valid
 * UTF-8 sequence whole, else one byte.
 */
static size_t
mail_char_len(const unsigned char *p, size_t n)
{
	size_t k = mail_utf8_len(p, n);

	return k == 0 ? 1 : k;
}

/* What Q encoding makes of the k bytes at p: its length, and into out. */
static size_t
mail_q_char(const unsigned char *p, size_t k, char out[13])
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i, o = 0;

	if (k == 1 && mail_q_safe(p[0])) {
		out[o++] = (char)p[0];
	} else if (k == 1 && p[0] == ' ') {
		out[o++] = '_';
	} else {
		for (i = 0; i < k; i++) {
			out[o++] = '=';
			out[o++] = hex[p[i] >> 4];
			out[o++] = hex[p[i] & 0x0f];
		}
	}
	out[o] = '\0';
	return o;
}

/*
 * Appends s[0..n) as encoded words, each after a space, folding before
 * one that would not fit on the line; *col is the current column.
 */
static void
mail_ew_run(struct buf *b, const char *s, size_t n, size_t *col)
{
	const unsigned char *p = (const unsigned char *)s;
	char enc[13];
	size_t i = 0, k, e, w, avail;

	while (i < n) {
		avail = *col + 1 + MAIL_EW_COST < MAIL_ELINE ?
		    MAIL_ELINE - *col - 1 - MAIL_EW_COST : 0;
		if (avail < 12) {
			buf_puts(b, "\n");
			*col = 0;
			avail = MAIL_ELINE - 1 - MAIL_EW_COST;
		}
		buf_puts(b, " " MAIL_EW_OPEN);
		for (w = 0; i < n; i += k, w += e) {
			k = mail_char_len(p + i, n - i);
			e = mail_q_char(p + i, k, enc);
			if (w > 0 && w + e > avail)
				break;
			buf_puts(b, enc);
		}
		buf_puts(b, "?=");
		*col += 1 + MAIL_EW_COST + w;
	}
}

/* Must the word s[0..n) of a header be an encoded word? 1 or 0. */
static int
mail_word_needs_ew(const char *s, size_t n)
{
	size_t i;

	if (n > MAIL_WORD_MAX)
		return 1;
	for (i = 0; i < n; i++) {
		if ((unsigned char)s[i] < 0x21 || (unsigned char)s[i] >= 0x7f)
			return 1;
		if (s[i] == '=' && i + 1 < n && s[i + 1] == '?')
			return 1;
	}
	return 0;
}

/*
 * Appends the words of v (blanks already spaces) from column *col:
 * plain ones as they are, runs of others as encoded words (a run keeps
 * its inner spaces, encoded, since white space between two encoded
 * words is dropped by a reader).
 */
static void
mail_words(struct buf *b, const char *v, size_t *col, size_t start)
{
	const char *w, *e, *run = NULL, *run_end = NULL;
	size_t n;

	for (w = v;; w = e + 1) {
		if ((e = strchr(w, ' ')) == NULL)
			e = w + strlen(w);
		n = (size_t)(e - w);
		if (mail_word_needs_ew(w, n) || (n == 0 && run != NULL)) {
			if (run == NULL)
				run = w;
			run_end = e;
		} else {
			if (run != NULL) {
				mail_ew_run(b, run, (size_t)(run_end - run),
				    col);
				run = NULL;
			}
			if (*col + 1 + n > MAIL_LINE && *col > start) {
				buf_puts(b, "\n");
				*col = 0;
			}
			buf_puts(b, " ");
			buf_append(b, w, n);
			*col += 1 + n;
		}
		if (*e == '\0')
			break;
	}
	if (run != NULL)
		mail_ew_run(b, run, (size_t)(run_end - run), col);
}

void
mail_header_text(struct buf *b, const char *name, const char *value)
{
	char *v, *p;
	size_t col;

	v = xstrdup(value);
	for (p = v; *p != '\0'; p++)
		if (*p == '\t' || *p == '\r' || *p == '\n')
			*p = ' ';
	buf_printf(b, "%s:", name);
	col = strlen(name) + 1;
	mail_words(b, v, &col, col);
	buf_puts(b, "\n");
	free(v);
}

void
mail_header_addr(struct buf *b, const char *hname, const char *name,
    const char *addr)
{
	const char *p;
	size_t col;
	int is_plain = 1, is_ascii = 1;

	buf_printf(b, "%s:", hname);
	col = strlen(hname) + 1;
	if (name != NULL && *name != '\0') {
		for (p = name; *p != '\0'; p++) {
			if ((unsigned char)*p >= 0x80 || (unsigned char)*p < 0x20)
				is_ascii = is_plain = 0;
			else if (!mail_q_safe((unsigned char)*p) && *p != ' ')
				is_plain = 0;
		}
		if (name[0] == ' ' || name[strlen(name) - 1] == ' ')
			is_plain = 0;
		if (is_plain) {
			buf_printf(b, " %s", name);
			col += 1 + strlen(name);
		} else if (is_ascii) {
			buf_puts(b, " \"");
			for (p = name; *p != '\0'; p++) {
				if (*p == '"' || *p == '\\')
					buf_puts(b, "\\");
				buf_append(b, p, 1);
				col++;
			}
			buf_puts(b, "\"");
			col += 3;
		} else
			mail_ew_run(b, name, strlen(name), &col);
		if (col + 3 + strlen(addr) > MAIL_LINE) {
			buf_puts(b, "\n");
			col = 0;
		}
		buf_printf(b, " <%s>\n", addr);
	} else
		buf_printf(b, " %s\n", addr);
}

char *
mail_date(time_t t, char out[MAIL_DATE_SIZE])
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed",
		"Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr",
		"May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;

	/* Names from tables: strftime's follow the locale. */
	gmtime_r(&t, &tm);
	snprintf(out, MAIL_DATE_SIZE, "%s, %d %s %04d %02d:%02d:%02d +0000",
	    days[tm.tm_wday], tm.tm_mday, months[tm.tm_mon],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	return out;
}

enum mail_cte
mail_body_cte(const char *body, size_t len)
{
	const unsigned char *p = (const unsigned char *)body;
	size_t i = 0, col = 0, k;
	int has8 = 0;

	while (i < len) {
		if (col == 0 && (p[i] == '.' || (len - i >= 5 &&
		    memcmp(p + i, "From ", 5) == 0)))
			return MAIL_QP;
		if (p[i] == '\n') {
			col = 0;
			i++;
			continue;
		}
		if ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7f)
			return MAIL_QP;
		if (p[i] >= 0x80) {
			if ((k = mail_utf8_len(p + i, len - i)) == 0)
				return MAIL_QP;
			has8 = 1;
		} else
			k = 1;
		if ((col += k) > MAIL_LINE)
			return MAIL_QP;
		i += k;
	}
	return has8 ? MAIL_8BIT : MAIL_7BIT;
}

/*
 * Is p (end e) at a line end: LF, CR LF or a lone CR? Returns the bytes
 * it takes, or 0.
 */
static size_t
mail_eol(const char *p, const char *e)
{
	if (p < e && *p == '\n')
		return 1;
	if (p < e && *p == '\r')
		return p + 1 < e && p[1] == '\n' ? 2 : 1;
	return 0;
}

/*
 * The quoted-printable form of the character at p (end e) into out:
 * its length; *k receives the input bytes it takes. at_start: it would
 * begin an output line.
 */
static size_t
mail_qp_unit(const char *p, const char *e, int at_start, char out[13],
    size_t *k)
{
	unsigned char c = (unsigned char)*p;

	*k = 1;
	if (c >= 0x80) {
		*k = mail_char_len((const unsigned char *)p, (size_t)(e - p));
		return mail_q_char((const unsigned char *)p, *k, out);
	}
	if (c == ' ' || c == '\t') {
		/* White space before a line end is lost in transit. */
		if (p + 1 == e || mail_eol(p + 1, e) > 0)
			return (size_t)snprintf(out, 13, "=%02X", c);
		out[0] = (char)c;
		out[1] = '\0';
		return 1;
	}
	if (c < 0x20 || c == 0x7f || c == '=' || (at_start && (c == '.' ||
	    (e - p >= 5 && memcmp(p, "From ", 5) == 0))))
		return (size_t)snprintf(out, 13, "=%02X", c);
	out[0] = (char)c;
	out[1] = '\0';
	return 1;
}

void
mail_qp(struct buf *b, const char *body, size_t len)
{
	const char *p = body, *e = body + len;
	char enc[13];
	size_t col = 0, n, k, eol;

	while (p < e) {
		if ((eol = mail_eol(p, e)) > 0) {
			buf_puts(b, "\n");
			col = 0;
			p += eol;
			continue;
		}
		n = mail_qp_unit(p, e, col == 0, enc, &k);
		/* Room for the soft break's "=" within 76 characters. */
		if (col > 0 && col + n > MAIL_ELINE - 1) {
			buf_puts(b, "=\n");
			col = 0;
			n = mail_qp_unit(p, e, 1, enc, &k);
		}
		buf_append(b, enc, n);
		col += n;
		p += k;
	}
}

/* Is s usable as a Message-ID's inside, left@right in plain ASCII? */
static int
mail_id_ok(const char *s)
{
	const char *p, *at;

	if ((at = strchr(s, '@')) == NULL || at == s || at[1] == '\0' ||
	    strchr(at + 1, '@') != NULL || strlen(s) > 200)
		return 0;
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f ||
		    strchr("<>()[],;:\"\\", *p) != NULL)
			return 0;
	return 1;
}

enum mail_err
mail_build(const struct mail_msg *m, struct buf *out)
{
	static const char *const cte_names[] = {
		[MAIL_7BIT] = "7bit",
		[MAIL_8BIT] = "8bit",
		[MAIL_QP] = "quoted-printable",
	};
	struct buf b = { 0 };
	char date[MAIL_DATE_SIZE], *name, *addr;
	enum mail_cte cte;
	size_t blen;

	if (mail_from_parse(m->from, &name, &addr) == -1)
		return MAIL_E_FROM;
	if (!mail_addr_ok(m->to)) {
		free(name);
		free(addr);
		return MAIL_E_TO;
	}
	if (m->reply_to != NULL && !mail_addr_ok(m->reply_to)) {
		free(name);
		free(addr);
		return MAIL_E_REPLY_TO;
	}
	if (!mail_id_ok(m->message_id)) {
		free(name);
		free(addr);
		return MAIL_E_ID;
	}
	mail_header_addr(&b, "From", name, addr);
	free(name);
	free(addr);
	buf_printf(&b, "To: %s\n", m->to);
	if (m->reply_to != NULL)
		buf_printf(&b, "Reply-To: %s\n", m->reply_to);
	mail_header_text(&b, "Subject", m->subject);
	buf_printf(&b, "Date: %s\n", mail_date(m->date, date));
	buf_printf(&b, "Message-ID: <%s>\n", m->message_id);
	blen = strlen(m->body);
	cte = mail_body_cte(m->body, blen);
	buf_printf(&b, "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: %s\n"
	    "Auto-Submitted: auto-generated\n"
	    "\n", cte_names[cte]);
	if (cte == MAIL_QP)
		mail_qp(&b, m->body, blen);
	else
		buf_append(&b, m->body, blen);
	if (b.len > 0 && b.p[b.len - 1] != '\n')
		buf_puts(&b, "\n");
	buf_append(out, b.p, b.len);
	buf_free(&b);
	return MAIL_OK;
}

int
mail_argv_split(const char *s, char ***argv)
{
	struct buf w = { 0 };
	char **v;
	size_t n = 0;
	int in_word = 0;
	char q = 0;

	v = xcalloc(MAIL_ARGV_MAX + 1, sizeof(*v));
	*argv = NULL;
	for (;; s++) {
		if (q == 0 && (*s == '\0' || *s == ' ' || *s == '\t' ||
		    *s == '\n')) {
			if (in_word) {
				if (n == MAIL_ARGV_MAX)
					goto fail;
				buf_puts(&w, "");
				v[n++] = w.p;
				memset(&w, 0, sizeof(w));
				in_word = 0;
			}
			if (*s == '\0')
				break;
			continue;
		}
		if (*s == '\0')
			goto fail;	/* an unfinished quote */
		in_word = 1;
		if (q == 0 && (*s == '\'' || *s == '"')) {
			q = *s;
			buf_puts(&w, "");	/* '' is a word */
		} else if (q != 0 && *s == q)
			q = 0;
		else if (*s == '\\' && (q == 0 || (q == '"' &&
		    (s[1] == '"' || s[1] == '\\')))) {
			if (*++s == '\0')
				goto fail;
			buf_append(&w, s, 1);
		} else
			buf_append(&w, s, 1);
	}
	*argv = v;
	return (int)n;
fail:
	buf_free(&w);
	mail_argv_free(v);
	return -1;
}

void
mail_argv_free(char **argv)
{
	size_t i;

	if (argv == NULL)
		return;
	for (i = 0; argv[i] != NULL; i++)
		free(argv[i]);
	free(argv);
}

/* Is path an executable regular file? */
static int
mail_is_exec(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    access(path, X_OK) == 0;
}

char *
mail_which(const char *prog)
{
	const char *path, *p, *e;
	char *cand;

	if (*prog == '\0')
		return NULL;
	if (strchr(prog, '/') != NULL)
		return mail_is_exec(prog) ? xstrdup(prog) : NULL;
	if ((path = getenv("PATH")) == NULL || *path == '\0')
		path = "/usr/sbin:/usr/bin:/sbin:/bin";
	for (p = path;; p = e + 1) {
		if ((e = strchr(p, ':')) == NULL)
			e = p + strlen(p);
		/* An empty entry is the current directory: not for this. */
		if (e > p && *p == '/') {
			cand = xasprintf("%.*s/%s", (int)(e - p), p, prog);
			if (mail_is_exec(cand))
				return cand;
			free(cand);
		}
		if (*e == '\0')
			return NULL;
	}
}

/* Milliseconds on the monotonic clock. */
static long long
mail_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* An errno as a code: "ENOENT", or its number. */
static void
mail_errcode(char code[MAIL_CODE_SIZE], const char *what, int e)
{
	const char *name = strerrorname_np(e);

	if (name != NULL)
		snprintf(code, MAIL_CODE_SIZE, "%s:%s", what, name);
	else
		snprintf(code, MAIL_CODE_SIZE, "%s:%d", what, e);
}

/*
 * In the child: stdin from fd, stdout and stderr to /dev/null, SIGPIPE
 * back to its default (ignored signals stay ignored across exec), then
 * the program. On failure the errno goes to errfd and it exits 127.
 */
static void
mail_child(char *const argv[], int fd, int errfd)
{
	long fd_max, i;
	int nul, e;

	signal(SIGPIPE, SIG_DFL);
	if (dup2(fd, STDIN_FILENO) == -1)
		goto fail;
	if ((nul = open("/dev/null", O_WRONLY | O_CLOEXEC)) == -1 ||
	    dup2(nul, STDOUT_FILENO) == -1 || dup2(nul, STDERR_FILENO) == -1)
		goto fail;
	/*
	 * Nothing else of the parent's (its database socket) reaches the
	 * program: every other descriptor closes on exec, errfd too.
	 */
	if (close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) == -1) {
		if ((fd_max = sysconf(_SC_OPEN_MAX)) < 0 || fd_max > 65536)
			fd_max = 65536;
		for (i = 3; i < fd_max; i++)
			fcntl((int)i, F_SETFD, FD_CLOEXEC);
	}
	execv(argv[0], argv);
fail:
	e = errno;
	if (write(errfd, &e, sizeof(e)) == -1)
		_exit(127);
	_exit(127);
}

/*
 * Writes msg to fd (non-blocking) until done, the reader goes away or
 * the deadline. Returns 0 done, 1 the reader closed its end, 2 the
 * deadline, or -1 with errno.
 */
static int
mail_feed(int fd, const char *msg, size_t len, long long deadline)
{
	struct pollfd pfd;
	long long left;
	ssize_t w;

	while (len > 0) {
		if ((left = deadline - mail_now_ms()) <= 0)
			return 2;
		pfd.fd = fd;
		pfd.events = POLLOUT;
		if (poll(&pfd, 1, left > 1000 ? 1000 : (int)left) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if ((w = write(fd, msg, len)) == -1) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			if (errno == EPIPE)
				return 1;
			return -1;
		}
		msg += w;
		len -= (size_t)w;
	}
	return 0;
}

/*
 * Reaps pid by the deadline, killing it then. Returns 0 with *st, or 1
 * when it had to be killed.
 */
static int
mail_reap(pid_t pid, long long deadline, int *st)
{
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	pid_t r;

	for (;;) {
		if ((r = waitpid(pid, st, WNOHANG)) == pid)
			return 0;
		if (r == -1 && errno != EINTR)
			return 0;	/* not ours to wait for: cannot be */
		if (mail_now_ms() >= deadline) {
			kill(pid, SIGKILL);
			while (waitpid(pid, st, 0) == -1 && errno == EINTR)
				continue;
			return 1;
		}
		nanosleep(&ts, NULL);
	}
}

int
mail_pipe(char *const argv[], const char *msg, size_t len, int timeout_ms,
    char code[MAIL_CODE_SIZE])
{
	struct sigaction ign, old;
	long long deadline;
	int in[2] = { -1, -1 }, ep[2] = { -1, -1 }, st = 0, e, fed, rc = -1;
	ssize_t n;
	pid_t pid;

	code[0] = '\0';
	deadline = mail_now_ms() + timeout_ms;
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	if (pipe2(in, O_CLOEXEC) == -1 || pipe2(ep, O_CLOEXEC) == -1) {
		mail_errcode(code, "pipe", errno);
		goto out;
	}
	if ((pid = fork()) == -1) {
		mail_errcode(code, "fork", errno);
		goto out;
	}
	if (pid == 0)
		mail_child(argv, in[0], ep[1]);
	close(in[0]);
	close(ep[1]);
	in[0] = ep[1] = -1;
	/* The exec's outcome: its errno, or nothing when it worked. */
	while ((n = read(ep[0], &e, sizeof(e))) == -1 && errno == EINTR)
		continue;
	if (n == (ssize_t)sizeof(e)) {
		mail_errcode(code, "exec", e);
		close(in[1]);
		in[1] = -1;
		mail_reap(pid, deadline, &st);
		goto out;
	}
	if (fcntl(in[1], F_SETFL, O_NONBLOCK) == -1) {
		mail_errcode(code, "fcntl", errno);
		kill(pid, SIGKILL);
		mail_reap(pid, deadline, &st);
		goto out;
	}
	fed = mail_feed(in[1], msg, len, deadline);
	e = errno;
	close(in[1]);
	in[1] = -1;
	if (fed == 2)
		kill(pid, SIGKILL);
	if (mail_reap(pid, deadline, &st) == 1 || fed == 2) {
		snprintf(code, MAIL_CODE_SIZE, "timeout");
		goto out;
	}
	if (WIFSIGNALED(st))
		snprintf(code, MAIL_CODE_SIZE, "signal:%d", WTERMSIG(st));
	else if (WIFEXITED(st) && WEXITSTATUS(st) != 0)
		snprintf(code, MAIL_CODE_SIZE, "exit:%d", WEXITSTATUS(st));
	else if (fed == 1)
		snprintf(code, MAIL_CODE_SIZE, "unread");
	else if (fed == -1)
		mail_errcode(code, "write", e);
	else
		rc = 0;
out:
	if (in[0] != -1)
		close(in[0]);
	if (in[1] != -1)
		close(in[1]);
	if (ep[0] != -1)
		close(ep[0]);
	if (ep[1] != -1)
		close(ep[1]);
	sigaction(SIGPIPE, &old, NULL);
	return rc;
}
