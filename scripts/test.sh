#!/usr/bin/env bash
# test.sh: runs every test of one build (unit suites, then integration suites against a private stack) and ends with a one-line summary.
#
# Usage: scripts/test.sh BUILDDIR   (build for make test, build/san for make check)
#
# 1. BUILDDIR/test-unit, from the repository root, GDPRDESK_XSLT_DIR=xslt.
# 2. A private stack (scripts/stack.sh) on a free loopback port, in its own
#    var/test-PID-RANDOM directory, so that two runs at once never meet.
# 3. BUILDDIR/test-integration against it, told where it is by
#    GDPRDESK_TEST_URL, GDPRDESK_TEST_VAR (the instance directory, absolute:
#    admin-password, my.cnf for gdprdeskctl --var) and GDPRDESK_TEST_BIN
#    (BUILDDIR, absolute); then the browser tests (tests/browser, node's
#    test runner) against it too, told the same, and where to keep their
#    PDFs and PNGs (GDPRDESK_TEST_ARTEFACTS, in the instance's log/).
# 4. The stack is stopped (also on failure or Ctrl-C), the programs' logs
#    are searched for sanitizer reports, the logs are kept in
#    var/test-logs/INSTANCE/ (var/test-logs/last points to the newest; the
#    ten newest are kept) and the instance directory is removed.
# 5. The CUnit "Run Summary" tables and the browser tests' TAP summary
#    are added up (skipped browser tests are counted apart, in their own
#    summary line). The last line of output
#    is exactly "N passed, N failed"; the exit status is non-zero if any
#    test failed or anything else went wrong (a missing or crashed test
#    binary, a stack that did not start, a sanitizer report), each of which
#    also counts as one failure in that line.
set -uo pipefail	# not -e: every step runs, and the summary says what failed

if [ $# -ne 1 ]; then
	echo "usage: $0 BUILDDIR" >&2
	exit 2
fi
build=$(realpath -m -- "$1")
root=$(cd "$(dirname "$0")/.." && pwd) || exit 2
cd "$root" || exit 2

# Sanitizer builds: a stack trace with every UBSan report. The stack passes
# these on to the FastCGI workers. Harmless for a plain build.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

passed=0
failed=0
problems=()
tmp=$(mktemp -d)
inst=""
started=0
started_at=$SECONDS

problem() {
	problems+=("$1")
	failed=$((failed + 1))
	echo "test.sh: FAILED: $1" >&2
}

# Adds up the CUnit run summary in output file $2 of test binary $1, which
# exited with status $3:
#   Run Summary:    Type  Total    Ran Passed Failed Inactive
#                 suites      2      2    n/a      0        0
#                  tests      4      4      4      0        0
# Failed tests count as failures; so does a suite whose set-up failed (its
# tests did not run), and a binary that printed no summary or exited
# non-zero with none failed (a crash, a leak report at exit).
tally() {
	local name=$1 out=$2 rc=$3 row p f sf
	row=$(awk '/Run Summary:/ { s = 1; t = ""; u = 0 }
		s && $1 == "suites" { u = $5 }
		s && $1 == "tests" { t = $4 " " $5 }
		END { if (t != "") print t, u }' "$out")
	if [ -z "$row" ]; then
		problem "$name printed no CUnit summary (exit status $rc)"
		return
	fi
	read -r p f sf <<<"$row"
	[[ $p =~ ^[0-9]+$ ]] || p=0
	[[ $f =~ ^[0-9]+$ ]] || f=0
	[[ $sf =~ ^[0-9]+$ ]] || sf=0
	passed=$((passed + p))
	failed=$((failed + f))
	echo "$name: $p passed, $f failed" >>"$tmp/summary"
	if [ "$sf" -gt 0 ]; then
		problem "$name: $sf suite(s) could not be set up"
	fi
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && [ "$sf" -eq 0 ]; then
		problem "$name exited with status $rc"
	fi
}

# Runs test binary $1 with the environment assignments that follow, shows
# its output and tallies it.
run_suite() {
	local name=$1 bin=$build/$1 rc
	shift
	if [ ! -x "$bin" ]; then
		problem "$bin is missing"
		return
	fi
	echo "==== $name"
	env "$@" "$bin" 2>&1 | tee "$tmp/$name.out"
	rc=${PIPESTATUS[0]}
	tally "$name" "$tmp/$name.out" "$rc"
	sanitizer_check "$name output" "$tmp/$name.out"
}

# Adds up the summary that node's test runner ends its TAP output with,
# in file $2 of test run $1, which exited with status $3:
#   # tests 29
#   # pass 13
#   # fail 0
#   # cancelled 0
#   # skipped 16
# Failed and cancelled tests (a failed hook cancels the tests under it)
# count as failures; skipped ones (pages not built yet) are counted
# apart. No summary, or a non-zero exit with none failed, is a problem.
tally_tap() {
	local name=$1 out=$2 rc=$3 row p f c s
	row=$(awk '/^# pass / { p = $3; seen = 1 } /^# fail / { f = $3 }
		/^# cancelled / { c = $3 } /^# skipped / { s = $3 }
		END { if (seen) print p + 0, f + 0, c + 0, s + 0 }' "$out")
	if [ -z "$row" ]; then
		problem "$name printed no test summary (exit status $rc)"
		return
	fi
	read -r p f c s <<<"$row"
	passed=$((passed + p))
	failed=$((failed + f + c))
	echo "$name: $p passed, $((f + c)) failed, $s skipped" >>"$tmp/summary"
	if [ "$rc" -ne 0 ] && [ $((f + c)) -eq 0 ]; then
		problem "$name exited with status $rc"
	fi
}

# Runs the browser tests with the environment assignments given, shows
# their output and tallies it. They need what scripts/deps.sh installs:
# node, Debian's chromium, poppler-utils and tests/browser/node_modules
# (npm ci). At most 5 minutes: they take well under one.
run_browser() {
	local name=browser rc t
	for t in node pdftotext pdftoppm "${GDPRDESK_CHROMIUM:-/usr/bin/chromium}"; do
		if ! command -v "$t" >/dev/null; then
			problem "browser tests: $t is missing (scripts/deps.sh installs it)"
			return
		fi
	done
	if [ ! -d tests/browser/node_modules/playwright-core ] ||
	    [ ! -d tests/browser/node_modules/axe-core ]; then
		problem "browser tests: tests/browser/node_modules is missing (scripts/deps.sh runs npm ci)"
		return
	fi
	echo "==== $name"
	# Readable output on the terminal, TAP in a file for the tally.
	env "$@" timeout --kill-after=10 300 node \
	    --test-reporter=spec --test-reporter-destination=stdout \
	    --test-reporter=tap --test-reporter-destination="$tmp/$name.tap" \
	    tests/browser/main.mjs 2>&1
	rc=$?
	tally_tap "$name" "$tmp/$name.tap" "$rc"
}

# What a sanitizer report looks like. UBSan's "runtime error:" follows a
# source position (file.c:12:5:); libxslt's own messages also say "runtime
# error" (the lockdown tests provoke them on purpose) but never so.
san_re='ERROR: AddressSanitizer|LeakSanitizer|SUMMARY: [A-Za-z]+Sanitizer|[^[:space:]]+:[0-9]+:[0-9]+: runtime error:'

# Fails if file $2 holds a sanitizer report.
sanitizer_check() {
	local what=$1 f=$2
	[ -f "$f" ] || return 0
	if grep -qE "$san_re" -- "$f"; then
		problem "sanitizer report in $what"
		grep -nE -A3 "$san_re" -- "$f" | head -n 40 >&2
	fi
}

# Stops the private stack, checks its programs' logs for sanitizer reports
# (the leak check runs as each worker exits, so only after the stop), keeps
# the logs and removes the instance. Safe to call twice.
teardown() {
	[ -n "$inst" ] || return 0
	local name keep p
	name=$(basename -- "$inst")
	if [ "$started" -eq 1 ] || [ -d "$inst/pids" ]; then
		scripts/stack.sh stop "$inst" >/dev/null || problem "the test stack did not stop cleanly"
	fi
	for p in public staff tick; do
		sanitizer_check "$p.log" "$inst/log/$p.log"
	done
	if [ -d "$inst/log" ]; then
		keep=var/test-logs/$name
		mkdir -p var/test-logs
		rm -rf -- "$keep"
		cp -R -- "$inst/log" "$keep"
		ln -sfn -- "$name" var/test-logs/last
		# The ten newest runs' logs are enough.
		find var/test-logs -mindepth 1 -maxdepth 1 -type d -name 'test-*' \
		    -printf '%T@ %p\n' | sort -rn | tail -n +11 | cut -d' ' -f2- |
			while read -r old; do rm -rf -- "$old"; done
		echo "Logs of the test stack: $keep/"
		if [ -d "$keep/browser" ]; then
			echo "PDFs and PNGs of the browser tests: $keep/browser/"
		fi
	fi
	rm -rf -- "$inst"
	inst=""
	started=0
}

on_exit() {
	teardown
	rm -rf -- "$tmp"
}
trap on_exit EXIT
trap 'echo "test.sh: interrupted" >&2; exit 130' INT TERM

# ---------------------------------------------------------------------
# 1. Unit suites
# ---------------------------------------------------------------------
run_suite test-unit GDPRDESK_XSLT_DIR=xslt

# ---------------------------------------------------------------------
# 2. The private stack, on a free port (never 8080, make run's). A port
#    found free can still be taken before nginx binds it: then another.
# ---------------------------------------------------------------------
port_is_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

mkdir -p var
inst=$root/var/test-$$-$RANDOM
for attempt in 1 2 3 4 5; do
	port=$((20000 + RANDOM % 30000))
	port_is_free "$port" || continue
	echo "==== private stack: ${inst#"$root"/} on 127.0.0.1:$port"
	# The public form's rate limit is raised from 10r/m: the suites share
	# one address (test_request POSTs to the form 6 times).
	# Its tick must not mail the tests' requesters through a sendmail
	# the environment may name (test_mail sets its own).
	if env -u GDPRDESK_SENDMAIL WORKERS=2 GDPRDESK_RATE=${GDPRDESK_RATE:-120r/m} scripts/stack.sh start "$inst" "$port" "$build" >"$tmp/stack.out" 2>&1; then
		started=1
		break
	fi
	if grep -qE 'is in use|Address already in use' "$tmp/stack.out"; then
		echo "port $port was taken; trying another (attempt $attempt)"
		continue
	fi
	break
done
if [ "$started" -eq 0 ]; then
	cat "$tmp/stack.out" >&2 2>/dev/null
	problem "the test stack did not start"
else
	grep -v 'admin password' "$tmp/stack.out"

	# -----------------------------------------------------------------
	# 3. Integration suites
	# -----------------------------------------------------------------
	run_suite test-integration \
	    GDPRDESK_TEST_URL="http://127.0.0.1:$port" \
	    GDPRDESK_TEST_VAR="$inst" \
	    GDPRDESK_TEST_BIN="$build"

	# -----------------------------------------------------------------
	# 3b. Browser tests (tests/browser: headless Chromium driven by
	#     playwright-core, axe-core) against the same stack; their PDFs
	#     and PNGs go with the logs (var/test-logs/INSTANCE/browser/).
	# -----------------------------------------------------------------
	run_browser \
	    GDPRDESK_TEST_URL="http://127.0.0.1:$port" \
	    GDPRDESK_TEST_VAR="$inst" \
	    GDPRDESK_TEST_BIN="$build" \
	    GDPRDESK_TEST_ARTEFACTS="$inst/log/browser"
fi

# 4. Stop the stack, check the programs' logs, keep them.
teardown

# ---------------------------------------------------------------------
# 5. Summary
# ---------------------------------------------------------------------
echo
echo "==== summary ($((SECONDS - started_at)) s, ${build#"$root"/})"
[ -f "$tmp/summary" ] && cat "$tmp/summary"
for p in "${problems[@]}"; do
	echo "FAILED: $p"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
