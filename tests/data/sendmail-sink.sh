#!/bin/sh
# sendmail-sink.sh: stands in for the system's sendmail in the mail tests: appends the message on its standard input to $GDPRDESK_TEST_MAILBOX after a "From " line with its arguments, or, when $GDPRDESK_TEST_SENDMAIL_EXIT is set and not 0, reads nothing and exits with it (75 is sendmail's "try again later").
set -eu
code=${GDPRDESK_TEST_SENDMAIL_EXIT:-0}
if [ "$code" != 0 ]; then
	exit "$code"
fi
box=${GDPRDESK_TEST_MAILBOX:?GDPRDESK_TEST_MAILBOX is not set}
# A slow sendmail, for the test of two senders at once.
if [ -n "${GDPRDESK_TEST_SENDMAIL_SLEEP:-}" ]; then
	sleep "$GDPRDESK_TEST_SENDMAIL_SLEEP"
fi
# One message at a time in the mailbox, whoever else is sending.
exec 9>>"$box.lock"
flock 9
{
	printf 'From sendmail-sink %s\n' "$*"
	cat
	printf '\n'
} >>"$box"
