#!/usr/bin/env bash
# bench.sh: throughput of gdprdesk's pages as ratios against nginx serving a
# static file of the same size, measured in the same run on the same stack.
#
# Usage: bench.sh [BUILDDIR]     (make bench)
# Environment: BENCH_SECONDS (per measurement, default 5), BENCH_CONNS (4).
# The machines are shared and noisy: read the ratios, not the absolute rates.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
secs=${BENCH_SECONDS:-5}
conns=${BENCH_CONNS:-4}

if ! command -v wrk >/dev/null; then
	if [ "$(id -u)" -eq 0 ]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
	else
		echo "bench.sh: wrk is missing: sudo apt-get install wrk" >&2
		exit 1
	fi
fi

port=$((20000 + RANDOM % 20000))
while ss -ltnH "sport = :$port" | grep -q .; do port=$((port + 1)); done
inst=var/bench-$$
cleanup() { scripts/stack.sh stop "$inst" >/dev/null 2>&1 || true; rm -rf "$inst"; }
trap cleanup EXIT
WORKERS=2 scripts/stack.sh start "$inst" "$port" "$build" >/dev/null
url=http://127.0.0.1:$port
rt=$(readlink "$inst/run")

# Log in as the admin to bench the staff pages with a real session.
jar=$(mktemp)
curl -s -c "$jar" -o /dev/null "$url/staff/login"
tok=$(awk '$6 == "gdprdesk_login" { print $7 }' "$jar")
curl -s -b "$jar" -c "$jar" -o /dev/null \
	--data-urlencode login=admin \
	--data-urlencode "password=$(cat "$inst/admin-password")" \
	--data-urlencode "csrf=$tok" "$url/staff/login"
sess=$(awk '$6 == "gdprdesk_session" { print $7 }' "$jar")
rm -f "$jar"
[ -n "$sess" ] || { echo "bench.sh: could not log in" >&2; exit 1; }

# Requests per second that wrk reached on a URL.
rate() {
	wrk -t1 -c"$conns" -d"${secs}s" "$@" | awk '/^Requests\/sec/ { print $2 }'
}

# Measures a page against a static file of the same size.
bench() {
	local name=$1 path=$2 size r_page r_static
	shift 2
	size=$(curl -s "$@" "$url$path" | wc -c)
	head -c "$size" /dev/zero | tr '\0' 'x' >"$rt/static/bench-$name.html"
	r_static=$(rate "$url/static/bench-$name.html")
	r_page=$(rate "$@" "$url$path")
	awk -v n="$name" -v s="$size" -v p="$r_page" -v t="$r_static" 'BEGIN {
		printf "%-22s %7d B %9.0f req/s  static %9.0f req/s  ratio %.3f\n",
		    n, s, p, t, p / t }'
}

echo "gdprdesk bench: wrk, $conns connections, ${secs}s each, 2 workers a program"
bench healthz /healthz
bench public-home /
bench staff-login /staff/login
bench dashboard /staff/ -H "Cookie: gdprdesk_session=$sess"
