#!/usr/bin/env bash
# tick-loop.sh: runs `gdprdeskctl tick` now and then every GDPRDESK_TICK_EVERY seconds (default 60) until TERM; stack.sh starts it beside the stack, as gdprdesk-tick.timer does in production.
#
# Usage: tick-loop.sh GDPRDESKCTL VARDIR
#
# A TERM (stack.sh stop) is passed on to a tick that is running, which
# finishes the message it is handing to sendmail and exits; then this
# exits too. A tick that fails is reported in the log and tried again
# at the next minute, as the timer would.
set -u

if [ $# -ne 2 ]; then
	echo "usage: $0 GDPRDESKCTL VARDIR" >&2
	exit 2
fi
ctl=$1
var=$2
every=${GDPRDESK_TICK_EVERY:-60}
[[ $every =~ ^[1-9][0-9]*$ ]] || { echo "tick-loop.sh: bad GDPRDESK_TICK_EVERY: $every" >&2; exit 2; }

stopping=0
child=""
# The trap runs when `wait` returns early on the signal.
trap 'stopping=1; [ -z "$child" ] || kill -TERM "$child" 2>/dev/null' TERM INT HUP

# Waits for $child to exit, through any signal that interrupts wait.
wait_child() {
	local rc=0
	while :; do
		wait "$child"
		rc=$?
		kill -0 "$child" 2>/dev/null || break
	done
	child=""
	return "$rc"
}

while [ "$stopping" -eq 0 ]; do
	"$ctl" --var "$var" tick &
	child=$!
	wait_child
	rc=$?
	if [ "$rc" -ne 0 ] && [ "$stopping" -eq 0 ]; then
		echo "tick-loop.sh: $(date -u +%FT%TZ) gdprdeskctl tick exited with status $rc" >&2
	fi
	[ "$stopping" -eq 0 ] || break
	sleep "$every" &
	child=$!
	wait_child
done
exit 0
