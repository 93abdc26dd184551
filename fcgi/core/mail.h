/* mail: RFC 5322 messages and their hand-over to the system's sendmail; knows nothing of GDPR. */
#ifndef GD_MAIL_H
#define GD_MAIL_H

#include <stddef.h>
#include <time.h>

#include "util.h"

/* Room for an RFC 5322 date: "Mon, 23 Nov 2026 11:50:47 +0000". */
#define MAIL_DATE_SIZE	32
/* Room for a failure code: "exit:75", "signal:9", "exec:ENOENT" ... */
#define MAIL_CODE_SIZE	40
/* The most words of a sendmail command line. */
#define MAIL_ARGV_MAX	32

/* A message to build. Every string is borrowed. */
struct mail_msg {
	const char	*from;		/* "addr" or "Display Name <addr>" */
	const char	*to;		/* one address (addr-spec) */
	const char	*reply_to;	/* one address, or NULL */
	const char	*subject;	/* UTF-8 text */
	const char	*body;		/* UTF-8 text, lines end in LF */
	const char	*message_id;	/* "left@right", without <> */
	time_t		 date;
};

/* Why a message cannot be built: all are bad data, not bad luck. */
enum mail_err {
	MAIL_OK,
	MAIL_E_FROM,		/* the sender is not "addr" or "Name <addr>" */
	MAIL_E_TO,		/* the recipient is not one plain address */
	MAIL_E_REPLY_TO,
	MAIL_E_ID		/* the Message-ID is not left@right */
};

/*
 * Is s one plain address, local@domain, that can stand in a header
 * as it is: no white space, control characters, specials that would
 * make it a list or a phrase (<>()[],;:"\), exactly one @ with text
 * either side, at most 254 bytes, and valid UTF-8 (an address that is
 * not ASCII is passed on for an SMTPUTF8 server). 1 or 0.
 */
int	 mail_addr_ok(const char *s);

/*
 * Splits a sender "addr" or "Display Name <addr>" (the form of
 * GDPRDESK_MAIL_FROM). On 0, *name (NULL when none) and *addr are
 * owned copies. -1 when s is neither, or its address is not
 * mail_addr_ok, or the name has a control character or more than 64
 * bytes.
 */
int	 mail_from_parse(const char *s, char **name, char **addr);

/*
 * Appends the header "Name: value" to b, ending in LF: value's tabs and
 * line breaks become spaces, words that are not plain ASCII (or look
 * like encoded words, or are too long to fold) become RFC 2047 encoded
 * words (UTF-8, Q encoding, each at most 75 characters, never splitting
 * a character), and the line is folded at spaces so that no line passes
 * 78 characters (76 where it holds an encoded word). For unstructured
 * headers: Subject.
 */
void	 mail_header_text(struct buf *b, const char *name, const char *value);

/*
 * Appends "Name: " and the address, with a display name first when
 * name is not NULL ("Name <addr>"): plain when it is only letters,
 * digits and spaces, a quoted string when it has other ASCII, encoded
 * words when it is not ASCII.
 */
void	 mail_header_addr(struct buf *b, const char *hname, const char *name,
	    const char *addr);

/* Writes t as an RFC 5322 date in UTC into out; returns out. */
char	*mail_date(time_t t, char out[MAIL_DATE_SIZE]);

/* How a body is carried. */
enum mail_cte {
	MAIL_7BIT,		/* ASCII, short lines: as it is */
	MAIL_8BIT,		/* valid UTF-8, short lines: as it is */
	MAIL_QP			/* anything else: quoted-printable */
};

/*
 * How body (LF line ends) must be carried: as it is only when every
 * line has at most 78 bytes, no control character but tab, no line
 * begins with "." or "From " (which sendmail without -i, or an mbox,
 * would change) and the bytes are valid UTF-8; else quoted-printable.
 */
enum mail_cte mail_body_cte(const char *body, size_t len);

/*
 * Appends body as quoted-printable (RFC 2045 6.7) with LF line ends:
 * lines of at most 76 characters, soft breaks never inside an =XX or a
 * UTF-8 character, white space before a line end encoded, and a line
 * that would begin with "." or "From " starting encoded. CR LF and a
 * lone CR count as line ends.
 */
void	 mail_qp(struct buf *b, const char *body, size_t len);

/*
 * Builds the whole message into b (appended): From, To, Reply-To when
 * given, Subject, Date, Message-ID, MIME-Version, Content-Type
 * text/plain; charset=utf-8, Content-Transfer-Encoding, Auto-Submitted
 * (no auto-replies to a machine's message), a blank line and the body,
 * with LF line ends as sendmail takes them on standard input. Returns
 * MAIL_OK, or what is wrong (b is then unchanged).
 */
enum mail_err mail_build(const struct mail_msg *m, struct buf *b);

/*
 * Splits a command line (GDPRDESK_SENDMAIL: "/usr/sbin/sendmail -t -i")
 * into words without a shell: blanks separate words; '...' keeps its
 * text as it is, "..." too but for \" and \\, and a backslash outside
 * quotes keeps the next character. Returns the number of words (0 for
 * a blank line) with *argv a NULL-terminated owned array
 * (mail_argv_free), or -1 for an unfinished quote or escape, or more
 * than MAIL_ARGV_MAX words.
 */
int	 mail_argv_split(const char *s, char ***argv);
void	 mail_argv_free(char **argv);

/*
 * The program prog names: itself when it has a '/', else the first
 * entry of $PATH (or /usr/sbin:/usr/bin:/sbin:/bin) that holds it. Owned,
 * or NULL when there is no such executable regular file.
 */
char	*mail_which(const char *prog);

/*
 * Hands msg (len bytes) to the program argv[0] (an absolute path; argv
 * NULL-terminated) on its standard input, without a shell, its output
 * and errors to /dev/null (they may quote addresses), and waits for it
 * at most timeout_ms in all, then kills it. Returns 0 when it read the
 * message and exited 0; else -1 with code set ("exit:75", "signal:9",
 * "timeout", "exec:ENOENT", "unread" when it exited 0 without reading
 * all of it, "fork:EAGAIN" ...). SIGPIPE is ignored while it runs.
 */
int	 mail_pipe(char *const argv[], const char *msg, size_t len,
	    int timeout_ms, char code[MAIL_CODE_SIZE]);

#endif
