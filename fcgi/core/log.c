/* log: one line per event on stderr, with the program name and request id; never personal data. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

static char	 log_prog[32] = "gdprdesk";
static char	 log_reqid[24] = "-";

void
log_init(const char *prog)
{
	snprintf(log_prog, sizeof(log_prog), "%s", prog);
}

void
log_set_reqid(const char *id)
{
	snprintf(log_reqid, sizeof(log_reqid), "%s", id ? id : "-");
}

static void
log_line(const char *level, const char *fmt, va_list ap)
{
	char ts[32], msg[512];
	struct tm tm;
	time_t now;
	size_t i;

	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	/* One event, one line: a message never breaks the log's format. */
	for (i = 0; msg[i] != '\0'; i++)
		if ((unsigned char)msg[i] < 0x20)
			msg[i] = ' ';
	fprintf(stderr, "%s %s[%ld] %s rid=%s %s\n", ts, log_prog,
	    (long)getpid(), level, log_reqid, msg);
}

void
log_info(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_line("info", fmt, ap);
	va_end(ap);
}

void
log_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_line("warn", fmt, ap);
	va_end(ap);
}

void
log_err(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_line("error", fmt, ap);
	va_end(ap);
}
