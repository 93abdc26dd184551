/* test_mail: RFC 5322 messages (addresses, encoded words and folding, quoted-printable), sendmail's command line and hand-over, the outbox's back-off and the digest's sections. */
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include <CUnit/CUnit.h>

#include "core/mail.h"
#include "core/util.h"
#include "model/digest.h"
#include "model/outbox.h"
#include "suites.h"

/* ---------------------------------------------------------------- */
/* Decoders, to check that what is encoded reads back as it was.     */
/* ---------------------------------------------------------------- */

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Is s[0..n) a UTF-8 Q encoded word? Decodes its text into b if so. */
static int
ew_decode(const char *s, size_t n, struct buf *b)
{
	const char *p, *e;
	char c;
	int h, l;

	if (n < 12 || strncmp(s, "=?UTF-8?Q?", 10) != 0 ||
	    strncmp(s + n - 2, "?=", 2) != 0)
		return 0;
	for (p = s + 10, e = s + n - 2; p < e; p++) {
		if (*p == '_')
			c = ' ';
		else if (*p == '=') {
			if (e - p < 3 || (h = hexval(p[1])) < 0 ||
			    (l = hexval(p[2])) < 0)
				return 0;
			c = (char)(h * 16 + l);
			p += 2;
		} else
			c = *p;
		buf_append(b, &c, 1);
	}
	return 1;
}

/*
 * The value of header text h ("Subject: ...\n", folded) as a reader
 * sees it: unfolded, encoded words decoded, the space between two of
 * them dropped. Owned.
 */
static char *
header_decode(const char *h)
{
	struct buf un = { 0 }, out = { 0 }, w;
	const char *p, *e, *tok;
	size_t n;
	int prev_ew = 0, is_ew;

	p = strchr(h, ':');
	for (p = p + 1; *p != '\0'; p++) {
		if (*p == '\n')
			continue;	/* unfold: the space after stays */
		buf_append(&un, p, 1);
	}
	buf_puts(&un, "");
	/* The one space after the colon is not part of the value. */
	p = un.p[0] == ' ' ? un.p + 1 : un.p;
	buf_puts(&out, "");
	for (tok = p;; tok = e + 1) {
		if ((e = strchr(tok, ' ')) == NULL)
			e = tok + strlen(tok);
		n = (size_t)(e - tok);
		memset(&w, 0, sizeof(w));
		is_ew = ew_decode(tok, n, &w);
		if (tok != p && !(is_ew && prev_ew))
			buf_puts(&out, " ");
		if (is_ew)
			buf_append(&out, w.p, w.len);
		else
			buf_append(&out, tok, n);
		buf_free(&w);
		prev_ew = is_ew;
		if (*e == '\0')
			break;
	}
	buf_free(&un);
	return out.p;
}

/* Quoted-printable back to bytes. Owned; *len its length. */
static char *
qp_decode(const char *s, size_t *len)
{
	struct buf b = { 0 };
	char c;

	buf_puts(&b, "");
	for (; *s != '\0'; s++) {
		if (*s == '=' && s[1] == '\n') {
			s++;
			continue;
		}
		if (*s == '=' && hexval(s[1]) >= 0 && hexval(s[2]) >= 0) {
			c = (char)(hexval(s[1]) * 16 + hexval(s[2]));
			s += 2;
		} else
			c = *s;
		buf_append(&b, &c, 1);
	}
	*len = b.len;
	return b.p;
}

/* The longest line of s, and whether every line is printable ASCII. */
static size_t
longest_line(const char *s, int *is_ascii)
{
	size_t max = 0, n = 0;

	*is_ascii = 1;
	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			n = 0;
			continue;
		}
		if ((unsigned char)*s >= 0x7f || ((unsigned char)*s < 0x20 &&
		    *s != '\t'))
			*is_ascii = 0;
		if (++n > max)
			max = n;
	}
	return max;
}

/* ---------------------------------------------------------------- */

static const struct {
	const char	*in;
	int		 ok;
} addr_cases[] = {
	{ "ann@example.org", 1 },
	{ "a.b+tag@sub.example.co.uk", 1 },
	{ "zoë@example.org", 1 },		/* SMTPUTF8: passed on */
	{ "a@b", 1 },
	{ "", 0 },
	{ "@example.org", 0 },
	{ "ann@", 0 },
	{ "ann", 0 },
	{ "ann@@example.org", 0 },
	{ "ann@ex@ample.org", 0 },
	{ "ann @example.org", 0 },
	{ "ann@example.org\nBcc: x@y.z", 0 },	/* a header smuggled in */
	{ "ann@example.org\r", 0 },
	{ "Ann <ann@example.org>", 0 },
	{ "ann@example.org, bob@example.org", 0 },
	{ "\"ann\"@example.org", 0 },
	{ "ann(x)@example.org", 0 },
	{ "ann@example.org;", 0 },
	{ "ann\\@example.org", 0 },
	{ "ann@exa\x01mple.org", 0 },
	{ "ann@exa\x7fmple.org", 0 },
	{ "ann@\xc3\x28.org", 0 },		/* not UTF-8 */
	{ "ann@\xed\xa0\x80.org", 0 },		/* a surrogate */
	{ "ann@\xc0\xae.org", 0 },		/* overlong */
};

static void
test_addr(void)
{
	char long_addr[300];
	size_t i;

	for (i = 0; i < NELEM(addr_cases); i++)
		CHECK(mail_addr_ok(addr_cases[i].in) == addr_cases[i].ok,
		    "mail_addr_ok(\"%s\") is not %d", addr_cases[i].in,
		    addr_cases[i].ok);
	/* 254 bytes is the most. */
	memset(long_addr, 'a', sizeof(long_addr));
	memcpy(long_addr + 242, "@example.org", 13);
	CHECK(mail_addr_ok(long_addr), "a 254-byte address is refused");
	memset(long_addr, 'a', sizeof(long_addr));
	memcpy(long_addr + 243, "@example.org", 13);
	CHECK(!mail_addr_ok(long_addr), "a 255-byte address is taken");
}

static const struct {
	const char	*in;
	int		 rc;
	const char	*name;
	const char	*addr;
} from_cases[] = {
	{ "desk@example.org", 0, NULL, "desk@example.org" },
	{ "  desk@example.org ", 0, NULL, "desk@example.org" },
	{ "Data Desk <desk@example.org>", 0, "Data Desk", "desk@example.org" },
	{ "\"Desk, Data\" <desk@example.org>", 0, "Desk, Data",
	    "desk@example.org" },
	{ "<desk@example.org>", 0, NULL, "desk@example.org" },
	{ "Bureau Protección <desk@example.org>", 0, "Bureau Protección",
	    "desk@example.org" },
	{ "Desk <desk@example.org", -1, NULL, NULL },
	{ "Desk <desk@example.org> x", -1, NULL, NULL },
	{ "Desk <not an address>", -1, NULL, NULL },
	{ "Desk\nBcc: x@y.z <desk@example.org>", -1, NULL, NULL },
	{ "bad address", -1, NULL, NULL },
	{ "", -1, NULL, NULL },
	{ "A display name far longer than the sixty-four bytes that a sender "
	    "may have <desk@example.org>", -1, NULL, NULL },
};

static void
test_from(void)
{
	char *name, *addr;
	size_t i;
	int rc;

	for (i = 0; i < NELEM(from_cases); i++) {
		rc = mail_from_parse(from_cases[i].in, &name, &addr);
		CHECK(rc == from_cases[i].rc, "mail_from_parse(\"%s\") "
		    "returned %d", from_cases[i].in, rc);
		if (rc == 0 && from_cases[i].rc == 0) {
			CHECK((name == NULL && from_cases[i].name == NULL) ||
			    (name != NULL && from_cases[i].name != NULL &&
			    strcmp(name, from_cases[i].name) == 0),
			    "mail_from_parse(\"%s\"): name \"%s\"",
			    from_cases[i].in, name ? name : "(null)");
			CHECK(addr != NULL && strcmp(addr,
			    from_cases[i].addr) == 0, "mail_from_parse(\"%s\")"
			    ": address \"%s\"", from_cases[i].in,
			    addr ? addr : "(null)");
		}
		if (rc == 0) {
			free(name);
			free(addr);
		}
	}
}

/* Subjects and exactly how they come out. */
static const struct {
	const char	*in;
	const char	*out;
} subject_exact[] = {
	{ "Your request: RTC-2026-0042",
	    "Subject: Your request: RTC-2026-0042\n" },
	{ "", "Subject: \n" },
	{ "Réponse à votre demande RTC-2026-0042",
	    "Subject: =?UTF-8?Q?R=C3=A9ponse_=C3=A0?= votre demande "
	    "RTC-2026-0042\n" },
	/* A line break cannot start a header of its own. */
	{ "Hello\r\nBcc: eve@example.org",
	    "Subject: Hello  Bcc: eve@example.org\n" },
	/* Text that looks like an encoded word is encoded. */
	{ "see =?UTF-8?Q?x?= here",
	    "Subject: see =?UTF-8?Q?=3D=3FUTF-8=3FQ=3Fx=3F=3D?= here\n" },
	/* Spaces between non-ASCII words stay in the encoded run. */
	{ "é  é", "Subject: =?UTF-8?Q?=C3=A9__=C3=A9?=\n" },
	{ "Due at Expert CRM Services, 23 Nov 2026: 1 overdue, 1 due today, "
	    "1 complaint to acknowledge",
	    "Subject: Due at Expert CRM Services, 23 Nov 2026: 1 overdue, 1 "
	    "due today, 1\n complaint to acknowledge\n" },
};

/* Subjects that must read back as they were, whatever the folding. */
static const char *const subject_trips[] = {
	"Your request to RealtimeCRM: RTC-2026-0042",
	"Réponse à votre demande EXP-2026-0001 — avec des caractères "
	    "accentués très très longs pour plier la ligne",
	"Ihre Anfrage an Müller & Söhne GmbH: MUE-2026-0001 (Auskunft nach "
	    "Art. 15 DSGVO)",
	"Заявка RTC-2026-0042 получена: ответ в течение одного месяца",
	"数据访问请求 RTC-2026-0042 已收到，我们将在一个月内答复",
	"Emoji 📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨📨 done",
	"a_very_long_word_without_any_spaces_that_cannot_be_folded_anywhere_"
	    "at_all_really_no",
	"tab\there and  two spaces",
	"x",
};

static void
test_subject(void)
{
	struct buf b;
	char *dec, *want;
	size_t i, max, ll;
	const char *p, *line;
	int is_ascii;

	for (i = 0; i < NELEM(subject_exact); i++) {
		memset(&b, 0, sizeof(b));
		mail_header_text(&b, "Subject", subject_exact[i].in);
		CHECK(b.p != NULL && strcmp(b.p, subject_exact[i].out) == 0,
		    "Subject \"%s\" came out as \"%s\"", subject_exact[i].in,
		    b.p ? b.p : "");
		buf_free(&b);
	}
	for (i = 0; i < NELEM(subject_trips); i++) {
		memset(&b, 0, sizeof(b));
		mail_header_text(&b, "Subject", subject_trips[i]);
		dec = header_decode(b.p);
		want = xstrdup(subject_trips[i]);
		for (p = want; *p != '\0'; p++)
			if (*p == '\t')
				want[p - want] = ' ';
		CHECK(strcmp(dec, want) == 0, "Subject \"%s\" reads back as "
		    "\"%s\"", subject_trips[i], dec);
		max = longest_line(b.p, &is_ascii);
		CHECK(is_ascii, "Subject \"%s\" has a byte that is not "
		    "printable ASCII", subject_trips[i]);
		CHECK(max <= 78, "Subject \"%s\": a line of %zu characters",
		    subject_trips[i], max);
		/* Lines holding an encoded word: at most 76. */
		for (line = b.p; *line != '\0'; line += ll + 1) {
			ll = strcspn(line, "\n");
			if (memmem(line, ll, "=?UTF-8?Q?", 10) != NULL)
				CHECK(ll <= 76, "Subject \"%s\": an encoded "
				    "line of %zu characters", subject_trips[i],
				    ll);
			/* Each folded line starts with white space. */
			if (line != b.p)
				CHECK(line[0] == ' ', "Subject \"%s\": a "
				    "continuation line without a space",
				    subject_trips[i]);
			if (line[ll] == '\0')
				break;
		}
		CHECK(b.len > 0 && b.p[b.len - 1] == '\n', "Subject \"%s\" "
		    "does not end its line", subject_trips[i]);
		free(dec);
		free(want);
		buf_free(&b);
	}
}

static void
test_addr_header(void)
{
	static const struct {
		const char	*name;
		const char	*out;
	} cases[] = {
		{ NULL, "From: desk@example.org\n" },
		{ "Data Desk", "From: Data Desk <desk@example.org>\n" },
		{ "Desk, Data", "From: \"Desk, Data\" <desk@example.org>\n" },
		{ "Say \"hi\"", "From: \"Say \\\"hi\\\"\" <desk@example.org>\n" },
		{ "Bureau Protección",
		    "From: =?UTF-8?Q?Bureau_Protecci=C3=B3n?= "
		    "<desk@example.org>\n" },
	};
	struct buf b;
	size_t i;

	for (i = 0; i < NELEM(cases); i++) {
		memset(&b, 0, sizeof(b));
		mail_header_addr(&b, "From", cases[i].name, "desk@example.org");
		CHECK(strcmp(b.p, cases[i].out) == 0, "From with name \"%s\" "
		    "came out as \"%s\"", cases[i].name ? cases[i].name : "",
		    b.p);
		buf_free(&b);
	}
}

static void
test_date(void)
{
	char d[MAIL_DATE_SIZE];

	CU_ASSERT_STRING_EQUAL(mail_date(0, d),
	    "Thu, 1 Jan 1970 00:00:00 +0000");
	/* 2026-11-23 11:50:47 UTC. */
	CU_ASSERT_STRING_EQUAL(mail_date(1795434647, d),
	    "Mon, 23 Nov 2026 11:50:47 +0000");
	/* A leap day. */
	CU_ASSERT_STRING_EQUAL(mail_date(1709251199, d),
	    "Thu, 29 Feb 2024 23:59:59 +0000");
}

static const struct {
	const char	*body;
	enum mail_cte	 cte;
} cte_cases[] = {
	{ "Hello.\nYour reference: RTC-2026-0042\n", MAIL_7BIT },
	{ "", MAIL_7BIT },
	{ "Bonjour Zoë\n", MAIL_8BIT },
	{ "tab\there\n", MAIL_7BIT },
	/* 78 characters is the most for a line as it is. */
	{ "123456789012345678901234567890123456789012345678901234567890"
	    "123456789012345678\n", MAIL_7BIT },
	{ "123456789012345678901234567890123456789012345678901234567890"
	    "1234567890123456789\n", MAIL_QP },
	/* Counted in bytes: 39 two-byte characters are 78. */
	{ "ééééééééééééééééééééééééééééééééééééééé\n", MAIL_8BIT },
	{ "éééééééééééééééééééééééééééééééééééééééé\n", MAIL_QP },
	{ ".\n", MAIL_QP },
	{ "line\n.hidden\n", MAIL_QP },
	{ "From here\n", MAIL_QP },
	{ "line\nFrom here\n", MAIL_QP },
	{ "not From here\n", MAIL_7BIT },
	{ "carriage\r\nreturn\n", MAIL_QP },
	{ "bell\a\n", MAIL_QP },
	{ "bad \xc3\x28 utf-8\n", MAIL_QP },
	{ "del\x7f\n", MAIL_QP },
};

static void
test_body_cte(void)
{
	size_t i;
	enum mail_cte c;

	for (i = 0; i < NELEM(cte_cases); i++) {
		c = mail_body_cte(cte_cases[i].body, strlen(cte_cases[i].body));
		CHECK(c == cte_cases[i].cte, "body \"%s\": encoding %d, want "
		    "%d", cte_cases[i].body, (int)c, (int)cte_cases[i].cte);
	}
}

static const struct {
	const char	*in;
	const char	*out;
} qp_exact[] = {
	{ "plain\n", "plain\n" },
	{ "a=b\n", "a=3Db\n" },
	{ "Zoë\n", "Zo=C3=AB\n" },
	{ "trailing space \n", "trailing space=20\n" },
	{ "trailing tab\t\n", "trailing tab=09\n" },
	{ "end space ", "end space=20" },
	{ ".\n", "=2E\n" },
	{ "From me\nFrom\n", "=46rom me\nFrom\n" },
	{ "crlf\r\nline\n", "crlf\nline\n" },
	{ "lone\rcr\n", "lone\ncr\n" },
	/* 76 characters: a soft break after 75. */
	{ "1234567890123456789012345678901234567890123456789012345678901234"
	    "567890123456\n",
	    "1234567890123456789012345678901234567890123456789012345678901234"
	    "56789012345=\n6\n" },
	/* An =XX is never split; the soft break comes before it. */
	{ "12345678901234567890123456789012345678901234567890123456789012345"
	    "678901234=\n",
	    "12345678901234567890123456789012345678901234567890123456789012345"
	    "678901234=\n=3D\n" },
	/* Nor a character's bytes. */
	{ "1234567890123456789012345678901234567890123456789012345678901234"
	    "5678901é\n",
	    "1234567890123456789012345678901234567890123456789012345678901234"
	    "5678901=\n=C3=A9\n" },
	/* A soft break that would leave "." or "From " first encodes it. */
	{ "123456789012345678901234567890123456789012345678901234567890123456"
	    "789012345.x\n",
	    "123456789012345678901234567890123456789012345678901234567890123456"
	    "789012345=\n=2Ex\n" },
};

static void
test_qp(void)
{
	static const char *const trips[] = {
		"Bonjour Zoë,\n\nVoici une ligne très longue qui dépasse "
		    "soixante-dix-huit caractères pour voir le codage "
		    "quoted-printable en action, avec = et des espaces   \n"
		    ".\nFrom here\n",
		"https://gdprdesk.example.org/status/"
		    "Vb7kQ2nX9pR4tY6uW1zA3cE5gI8oL0mN2sD4fH6jK8q\n",
		"Заявка получена: ответ в течение одного месяца, не позднее "
		    "23 декабря 2026 года.\n",
		"tabs\tand spaces \t \n\nend",
	};
	struct buf b;
	char *dec, *want;
	size_t i, len, max;
	int is_ascii;

	for (i = 0; i < NELEM(qp_exact); i++) {
		memset(&b, 0, sizeof(b));
		buf_puts(&b, "");
		mail_qp(&b, qp_exact[i].in, strlen(qp_exact[i].in));
		CHECK(strcmp(b.p, qp_exact[i].out) == 0, "QP of \"%s\" is "
		    "\"%s\"", qp_exact[i].in, b.p);
		buf_free(&b);
	}
	for (i = 0; i < NELEM(trips); i++) {
		memset(&b, 0, sizeof(b));
		buf_puts(&b, "");
		mail_qp(&b, trips[i], strlen(trips[i]));
		dec = qp_decode(b.p, &len);
		CHECK(len == strlen(trips[i]) && memcmp(dec, trips[i], len) ==
		    0, "QP of \"%s\" reads back as \"%s\"", trips[i], dec);
		max = longest_line(b.p, &is_ascii);
		CHECK(max <= 76, "QP of \"%.20s...\": a line of %zu", trips[i],
		    max);
		CHECK(is_ascii, "QP of \"%.20s...\" is not ASCII", trips[i]);
		/* Nothing a transport would change: no white space at a line
		   end, no line beginning with "." or "From ". */
		want = b.p;
		CHECK(strstr(want, " \n") == NULL && strstr(want, "\t\n") ==
		    NULL && strstr(want, "\n.") == NULL &&
		    strstr(want, "\nFrom ") == NULL, "QP of \"%.20s...\" has "
		    "a line a transport could change", trips[i]);
		free(dec);
		buf_free(&b);
	}
}

static void
test_build(void)
{
	static const char want[] =
	    "From: Data Desk <desk@example.org>\n"
	    "To: ann@example.org\n"
	    "Reply-To: dpo@realtimecrm.example\n"
	    "Subject: Your request to RealtimeCRM: RTC-2026-0042\n"
	    "Date: Mon, 23 Nov 2026 11:50:47 +0000\n"
	    "Message-ID: <gdprdesk.7.20261123115047@example.org>\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: 7bit\n"
	    "Auto-Submitted: auto-generated\n"
	    "\n"
	    "Thank you.\n"
	    "\n"
	    "Your reference: RTC-2026-0042\n";
	struct mail_msg m;
	struct buf b;

	memset(&m, 0, sizeof(m));
	m.from = "Data Desk <desk@example.org>";
	m.to = "ann@example.org";
	m.reply_to = "dpo@realtimecrm.example";
	m.subject = "Your request to RealtimeCRM: RTC-2026-0042";
	m.body = "Thank you.\n\nYour reference: RTC-2026-0042";
	m.message_id = "gdprdesk.7.20261123115047@example.org";
	m.date = 1795434647;
	memset(&b, 0, sizeof(b));
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_OK);
	CU_ASSERT_PTR_NOT_NULL_FATAL(b.p);
	CHECK(strcmp(b.p, want) == 0, "the message is\n%s", b.p);
	buf_free(&b);

	/* 8bit and quoted-printable say so. */
	m.reply_to = NULL;
	m.body = "Bonjour Zoë\n";
	memset(&b, 0, sizeof(b));
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_OK);
	CU_ASSERT(strstr(b.p, "Content-Transfer-Encoding: 8bit\n") != NULL);
	CU_ASSERT(strstr(b.p, "Reply-To") == NULL);
	CU_ASSERT(strstr(b.p, "\n\nBonjour Zoë\n") != NULL);
	buf_free(&b);
	m.body = ".\n";
	memset(&b, 0, sizeof(b));
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_OK);
	CU_ASSERT(strstr(b.p, "Content-Transfer-Encoding: quoted-printable\n"
	    "Auto-Submitted: auto-generated\n\n=2E\n") != NULL);
	buf_free(&b);

	/* Bad parts build nothing. */
	memset(&b, 0, sizeof(b));
	m.to = "ann@example.org\nBcc: eve@example.org";
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_E_TO);
	m.to = "ann@example.org";
	m.reply_to = "not an address";
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_E_REPLY_TO);
	m.reply_to = NULL;
	m.from = "no address here";
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_E_FROM);
	m.from = "desk@example.org";
	m.message_id = "no-at-sign";
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_E_ID);
	m.message_id = "a b@c";
	CU_ASSERT_EQUAL(mail_build(&m, &b), MAIL_E_ID);
	CU_ASSERT_EQUAL(b.len, 0);
	buf_free(&b);
}

static const struct {
	const char	*in;
	int		 argc;
	const char	*words[5];
} argv_cases[] = {
	{ "/usr/sbin/sendmail -t -i", 3,
	    { "/usr/sbin/sendmail", "-t", "-i" } },
	{ "  /usr/sbin/sendmail\t-t  ", 2, { "/usr/sbin/sendmail", "-t" } },
	{ "", 0, { NULL } },
	{ "   ", 0, { NULL } },
	{ "sendmail -F 'Data Desk' -t", 4,
	    { "sendmail", "-F", "Data Desk", "-t" } },
	{ "sendmail -F \"Say \\\"hi\\\" \\\\ \\x\"", 3,
	    { "sendmail", "-F", "Say \"hi\" \\ \\x" } },
	{ "a\\ b c", 2, { "a b", "c" } },
	{ "a'b'\"c\" d", 2, { "abc", "d" } },
	{ "'' x", 2, { "", "x" } },
	{ "$HOME `id` ;|&", 3, { "$HOME", "`id`", ";|&" } },	/* no shell */
	{ "'unfinished", -1, { NULL } },
	{ "\"unfinished", -1, { NULL } },
	{ "trailing\\", -1, { NULL } },
};

static void
test_argv(void)
{
	struct buf many = { 0 };
	char **v;
	size_t i;
	int n, k;

	for (i = 0; i < NELEM(argv_cases); i++) {
		n = mail_argv_split(argv_cases[i].in, &v);
		CHECK(n == argv_cases[i].argc, "mail_argv_split(\"%s\") gave "
		    "%d words, want %d", argv_cases[i].in, n,
		    argv_cases[i].argc);
		if (n < 0) {
			CHECK(v == NULL, "a refused line leaves argv set");
			continue;
		}
		for (k = 0; k < n && k < (int)NELEM(argv_cases[i].words); k++)
			CHECK(v[k] != NULL && argv_cases[i].words[k] != NULL &&
			    strcmp(v[k], argv_cases[i].words[k]) == 0,
			    "mail_argv_split(\"%s\"): word %d is \"%s\"",
			    argv_cases[i].in, k, v[k] ? v[k] : "(null)");
		CHECK(v[n] == NULL, "argv of \"%s\" is not NULL-terminated",
		    argv_cases[i].in);
		mail_argv_free(v);
	}
	/* MAIL_ARGV_MAX words, and one more. */
	for (k = 0; k < MAIL_ARGV_MAX; k++)
		buf_puts(&many, "w ");
	n = mail_argv_split(many.p, &v);
	CU_ASSERT_EQUAL(n, MAIL_ARGV_MAX);
	mail_argv_free(v);
	buf_puts(&many, "w");
	CU_ASSERT_EQUAL(mail_argv_split(many.p, &v), -1);
	buf_free(&many);
}

static void
test_which(void)
{
	char tmp[] = "/tmp/gdprdesk-which-XXXXXX";
	char *p;
	int fd;

	p = mail_which("sh");
	CU_ASSERT(p != NULL && p[0] == '/' && strlen(p) > 3 &&
	    strcmp(p + strlen(p) - 3, "/sh") == 0);
	free(p);
	p = mail_which("/bin/sh");
	CU_ASSERT(p != NULL && strcmp(p, "/bin/sh") == 0);
	free(p);
	CU_ASSERT_PTR_NULL(mail_which("no-such-program-gdprdesk"));
	CU_ASSERT_PTR_NULL(mail_which("/nonexistent/sendmail"));
	CU_ASSERT_PTR_NULL(mail_which("/etc"));		/* not a file */
	/* Not executable (mkstemp makes it 0600). */
	if ((fd = mkstemp(tmp)) != -1) {
		close(fd);
		CU_ASSERT_PTR_NULL(mail_which(tmp));
		unlink(tmp);
	}
	CU_ASSERT_PTR_NULL(mail_which(""));
}

static void
test_pipe(void)
{
	static const char msg[] = "Subject: x\n\nbody\n";
	char *const cat[] = { "/bin/sh", "-c", "cat >/dev/null", NULL };
	char *const tempfail[] = { "/bin/sh", "-c", "cat >/dev/null; exit 75",
		NULL };
	char *const noread[] = { "/bin/sh", "-c", "exec 0<&-; sleep 0.3",
		NULL };
	char *const killed[] = { "/bin/sh", "-c", "kill -9 $$", NULL };
	char *const slow[] = { "/bin/sh", "-c", "sleep 5", NULL };
	char *const missing[] = { "/nonexistent/sendmail", "-t", NULL };
	char code[MAIL_CODE_SIZE];
	char *big;
	size_t n = 1 << 20;

	CU_ASSERT_EQUAL(mail_pipe(cat, msg, strlen(msg), 5000, code), 0);
	CU_ASSERT_EQUAL(mail_pipe(tempfail, msg, strlen(msg), 5000, code), -1);
	CU_ASSERT_STRING_EQUAL(code, "exit:75");
	CU_ASSERT_EQUAL(mail_pipe(killed, msg, strlen(msg), 5000, code), -1);
	CU_ASSERT_STRING_EQUAL(code, "signal:9");
	CU_ASSERT_EQUAL(mail_pipe(missing, msg, strlen(msg), 5000, code), -1);
	CU_ASSERT_STRING_EQUAL(code, "exec:ENOENT");
	/* A megabyte goes through a pipe of far less. */
	big = xmalloc(n);
	memset(big, 'x', n);
	CU_ASSERT_EQUAL(mail_pipe(cat, big, n, 10000, code), 0);
	/* A program that exits 0 without reading it did not take it. */
	CU_ASSERT_EQUAL(mail_pipe(noread, big, n, 10000, code), -1);
	CU_ASSERT_STRING_EQUAL(code, "unread");
	free(big);
	/* One that hangs is killed at the deadline. */
	CU_ASSERT_EQUAL(mail_pipe(slow, msg, strlen(msg), 200, code), -1);
	CU_ASSERT_STRING_EQUAL(code, "timeout");
}

static void
test_backoff(void)
{
	static const struct {
		int	 attempts;
		long	 seconds;
	} cases[] = {
		{ 0, 60 }, { 1, 60 }, { 2, 120 }, { 3, 240 }, { 4, 480 },
		{ 9, 15360 }, { 10, 21600 }, { 12, 21600 }, { 1000, 21600 },
	};
	char t1[OUTBOX_TOKEN_SIZE], t2[OUTBOX_TOKEN_SIZE];
	size_t i;
	long total = 0;
	int k;

	for (i = 0; i < NELEM(cases); i++)
		CHECK(outbox_backoff(cases[i].attempts) == cases[i].seconds,
		    "outbox_backoff(%d) is %ld, want %ld", cases[i].attempts,
		    outbox_backoff(cases[i].attempts), cases[i].seconds);
	/* All the tries span more than a day: a long outage is ridden. */
	for (k = 1; k < OUTBOX_MAX_ATTEMPTS; k++)
		total += outbox_backoff(k);
	CHECK(total > 86400 && total < 3 * 86400, "the tries span %ld s",
	    total);
	CU_ASSERT_EQUAL(outbox_token(t1), 0);
	CU_ASSERT_EQUAL(outbox_token(t2), 0);
	CU_ASSERT_EQUAL(strlen(t1), 32);
	CU_ASSERT_EQUAL(strspn(t1, "0123456789abcdef"), 32);
	CU_ASSERT(strcmp(t1, t2) != 0);
}

static const struct {
	const char	*kind;
	const char	*status;
	int		 has_due;
	long		 days_left;
	int		 section;
} classify_cases[] = {
	{ "access", "in-progress", 1, -30, DIGEST_OVERDUE },
	{ "access", "in-progress", 1, -1, DIGEST_OVERDUE },
	{ "access", "received", 1, 0, DIGEST_TODAY },
	{ "erasure", "extended", 1, 1, DIGEST_SOON },
	{ "erasure", "extended", 1, 7, DIGEST_SOON },
	{ "erasure", "extended", 1, 8, -1 },
	{ "access", "in-progress", 0, 0, -1 },
	{ "access", "closed", 1, -3, -1 },
	{ "complaint", "closed", 1, -3, -1 },
	/* A complaint still received: to acknowledge, whatever its date. */
	{ "complaint", "received", 1, 28, DIGEST_COMPLAINTS },
	{ "complaint", "received", 1, -2, DIGEST_COMPLAINTS },
	{ "complaint", "received", 0, 0, DIGEST_COMPLAINTS },
	/* Acknowledged: its date is then the answer's, like any other. */
	{ "complaint", "in-progress", 1, 3, DIGEST_SOON },
	{ "complaint", "in-progress", 1, 20, -1 },
	{ "access", "awaiting-identity", 0, 0, DIGEST_WAITING },
	{ "access", "awaiting-fee", 0, 0, DIGEST_WAITING },
	{ "access", "awaiting-clarification", 1, -5, DIGEST_WAITING },
	{ "complaint", "awaiting-identity", 0, 0, DIGEST_WAITING },
};

static void
test_classify(void)
{
	size_t i;
	int s;

	for (i = 0; i < NELEM(classify_cases); i++) {
		s = digest_classify(classify_cases[i].kind,
		    classify_cases[i].status, classify_cases[i].has_due,
		    classify_cases[i].days_left);
		CHECK(s == classify_cases[i].section, "digest_classify(%s, "
		    "%s, %d, %ld) is %d, want %d", classify_cases[i].kind,
		    classify_cases[i].status, classify_cases[i].has_due,
		    classify_cases[i].days_left, s,
		    classify_cases[i].section);
	}
}

void
suite_mail(void)
{
	CU_pSuite s;

	SUITE_ADD(s, "mail", NULL, NULL);
	TEST_ADD(s, "mail_addr_ok: one plain address, nothing smuggled",
	    test_addr);
	TEST_ADD(s, "mail_from_parse: addr or Name <addr>", test_from);
	TEST_ADD(s, "Subject: RFC 2047 words, folded, read back whole",
	    test_subject);
	TEST_ADD(s, "From: display names plain, quoted, encoded",
	    test_addr_header);
	TEST_ADD(s, "mail_date: RFC 5322 dates in UTC", test_date);
	TEST_ADD(s, "mail_body_cte: as it is only when safe", test_body_cte);
	TEST_ADD(s, "mail_qp: soft breaks, =XX, read back whole", test_qp);
	TEST_ADD(s, "mail_build: the whole message; bad parts refused",
	    test_build);
	TEST_ADD(s, "mail_argv_split: words without a shell", test_argv);
	TEST_ADD(s, "mail_which: a program by path or $PATH", test_which);
	TEST_ADD(s, "mail_pipe: exit status, signal, exec, unread, timeout",
	    test_pipe);
	TEST_ADD(s, "outbox_backoff doubles to six hours; claim tokens",
	    test_backoff);
	TEST_ADD(s, "digest_classify: the digest's sections", test_classify);
}
