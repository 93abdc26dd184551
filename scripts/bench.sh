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
cold=""
cleanup() {
	scripts/stack.sh stop "$inst" >/dev/null 2>&1 || true
	rm -rf "$inst"
	[ -z "$cold" ] || rm -f "$cold"
}
trap cleanup EXIT
# The public form's rate limit is lifted: the submission bench measures
# the program, not nginx's limit.
GDPRDESK_RATE=1000000r/s GDPRDESK_BURST=1000000 WORKERS=2 \
	scripts/stack.sh start "$inst" "$port" "$build" >/dev/null
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

# Measures a page against a static file of the same size. The options
# after the path go to curl and wrk alike (-H), but for a trailing
# "-s SCRIPT", which only wrk takes.
bench() {
	local name=$1 path=$2 size r_page r_static
	local -a both=() only=()
	shift 2
	while [ $# -gt 0 ]; do
		if [ "$1" = -s ]; then only=(-s "$2"); shift 2; else both+=("$1"); shift; fi
	done
	size=$(curl -s "${both[@]}" "$url$path" | wc -c)
	head -c "$size" /dev/zero | tr '\0' 'x' >"$rt/static/bench-$name.html"
	r_static=$(rate "$url/static/bench-$name.html")
	r_page=$(rate "${both[@]}" "${only[@]}" "$url$path")
	awk -v n="$name" -v s="$size" -v p="$r_page" -v t="$r_static" 'BEGIN {
		printf "%-22s %7d B %9.0f req/s  static %9.0f req/s  ratio %.3f\n",
		    n, s, p, t, p / t }'
}

# An organisation with 2,000 activities and 300 recipients (issue 3's
# scale): each activity has 3 recipients, 2 subject and 3 data
# categories; each recipient one location.
mariadb --defaults-file="$inst/my.cnf" gdprdesk <<'SQL'
INSERT INTO organisation (slug, name, ref_prefix, contact_email,
    supervisory_authority)
VALUES ('bench', 'Bench Ltd', 'BEN', 'privacy@bench.example', 'ICO');
SET @org = LAST_INSERT_ID();
INSERT INTO org_location (org_id, country) VALUES (@org, 'GB');
INSERT INTO recipient (org_id, name, kind, service, contract_ref)
SELECT @org, CONCAT('Recipient ', seq), 'processor', 'A service',
    IF(seq % 3 = 0, NULL, CONCAT('DPA-', seq))
FROM seq_1_to_300;
INSERT INTO recipient_location (recipient_id, country, mechanism)
SELECT id, IF(id % 4 = 0, 'US', 'IE'), IF(id % 8 = 0, 'privacy-shield', NULL)
FROM recipient WHERE org_id = @org;
INSERT INTO activity (org_id, name, role, status, purposes, lawful_basis,
    retention_months, security_measures)
SELECT @org, CONCAT('Activity ', seq), IF(seq % 10 = 0, 'processor',
    'controller'), 'active', CONCAT('Purpose of activity ', seq),
    IF(seq % 7 = 0, NULL, 'b'), IF(seq % 5 = 0, NULL, 24), 'Encryption'
FROM seq_1_to_2000;
SET @first = (SELECT MIN(id) FROM recipient WHERE org_id = @org);
INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, @first + (a.id * 7 + k.seq) % 300
FROM activity a JOIN seq_0_to_2 k WHERE a.org_id = @org;
INSERT IGNORE INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN (SELECT id FROM subject_category
    WHERE org_id IS NULL ORDER BY id LIMIT 2) c WHERE a.org_id = @org;
INSERT IGNORE INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN (SELECT id FROM data_category
    WHERE org_id IS NULL AND is_special = 0 ORDER BY id LIMIT 3) c
WHERE a.org_id = @org;
SQL

cookie="Cookie: gdprdesk_session=$sess"
# A cold render every time: each request has a query string of its own,
# so the render cache (dashboard, register) never answers it.
cold=$(mktemp)
cat >"$cold" <<'LUA'
n = 0
request = function()
	n = n + 1
	return wrk.format(nil, wrk.path .. "?cold=" .. n)
end
LUA
# The resident memory of the staff workers, in KiB (DESIGN.md: flat over
# 100,000 requests).
rss() { ps -C gdprdesk-staff -o rss= | awk '{ s += $1 } END { print s + 0 }'; }
served() { grep -c ' GET \| POST ' "$inst/log/staff.log" 2>/dev/null || echo 0; }
echo "gdprdesk bench: wrk, $conns connections, ${secs}s each, 2 workers a program"
echo "(a -cold row: a new query string each request, so the render cache misses)"
bench healthz /healthz
bench public-home /
bench staff-login /staff/login
bench dashboard /staff/ -H "$cookie"
bench dashboard-cold /staff/ -H "$cookie" -s "$cold"
bench register-crmio /staff/o/crmio/register -H "$cookie"
bench register-crmio-cold /staff/o/crmio/register -H "$cookie" -s "$cold"
bench checks-crmio /staff/o/crmio/checks -H "$cookie"
bench register-2000 /staff/o/bench/register -H "$cookie"
bench checks-2000 /staff/o/bench/checks -H "$cookie"
# The workers have now built the largest pages (3 MB): the high-water mark.
rss0=$(rss)
served0=$(served)

# --- Requests (issue 4) ------------------------------------------------
# 50 organisations; a steady 600 open requests among them (400 with a
# running clock due from 30 days ago to 30 days ahead, 50 paused, 100
# waiting for identity, 50 acknowledged complaints) and a closed history
# that grows from 10 thousand to 1 million. The open work of a team does
# not grow with its history, so the dashboard must not either: its ratio
# may fall by at most 10% from the smallest history to the largest.
sql() { mariadb --defaults-file="$inst/my.cnf" gdprdesk "$@"; }
sql <<'SQL'
INSERT INTO organisation (slug, name, ref_prefix, contact_email,
    jurisdiction, calendar, time_zone)
SELECT CONCAT('bench-t', LPAD(seq, 2, '0')), CONCAT('Bench Requests ', seq),
    CONCAT('BT', seq), 'privacy@bench.example', 'uk', 'england-and-wales',
    'Europe/London'
FROM seq_1_to_50;
SET @o0 = (SELECT MIN(id) FROM organisation WHERE slug LIKE 'bench-t%');
INSERT INTO ticket (org_id, reference, kind, status, token_hash,
    received_at, due_date, clock_start, requester_name, requester_email,
    channel, identity, waiting_since, acknowledged_at)
SELECT @o0 + seq % 50, CONCAT('BO-2026-', LPAD(seq, 4, '0')),
    ELT(1 + seq % 5, 'access', 'erasure', 'rectification', 'objection',
        'portability'),
    CASE WHEN seq <= 400 THEN IF(seq % 2, 'received', 'in-progress')
        WHEN seq <= 450 THEN 'awaiting-clarification'
        WHEN seq <= 550 THEN 'awaiting-identity' ELSE 'acknowledged' END,
    SHA2(CONCAT('bench-open-', seq), 256),
    UTC_TIMESTAMP() - INTERVAL (seq % 60) DAY,
    IF(seq <= 450, UTC_DATE() - INTERVAL (seq % 60) DAY + INTERVAL 30 DAY,
        NULL),
    UTC_DATE() - INTERVAL (seq % 60) DAY,
    CONCAT('Open Requester ', seq), CONCAT('open', seq, '@example.org'),
    'web', 'unverified',
    IF(seq > 450 AND seq <= 550, UTC_TIMESTAMP() - INTERVAL (seq % 20) DAY,
        NULL),
    IF(seq > 550, UTC_TIMESTAMP(), NULL)
FROM seq_1_to_600;
UPDATE ticket SET kind = 'complaint' WHERE reference LIKE 'BO-2026-%'
    AND status = 'acknowledged';
SQL
ticket_ref=BO-2026-0002
ticket_org=$(sql -N -e "SELECT o.slug FROM ticket t JOIN organisation o
	ON o.id = t.org_id WHERE t.reference = '$ticket_ref'")
history=0
# Adds closed requests up to $1 in all.
grow() {
	local to=$1
	sql <<SQL
SET @o0 = (SELECT MIN(id) FROM organisation WHERE slug LIKE 'bench-t%');
INSERT INTO ticket (org_id, reference, kind, status, token_hash,
    received_at, due_date, clock_start, requester_name, requester_email,
    channel, identity, outcome, closed_at)
SELECT @o0 + seq % 50, CONCAT('BH-2020-', LPAD(seq, 7, '0')),
    ELT(1 + seq % 5, 'access', 'erasure', 'rectification', 'objection',
        'portability'),
    'closed', SHA2(CONCAT('bench-closed-', seq), 256),
    UTC_TIMESTAMP() - INTERVAL (40 + seq % 1800) DAY,
    UTC_DATE() - INTERVAL (10 + seq % 1800) DAY,
    UTC_DATE() - INTERVAL (40 + seq % 1800) DAY,
    CONCAT('Past Requester ', seq % 200000),
    CONCAT('person', seq % 200000, '@example.org'), 'web', 'verified',
    'fulfilled', UTC_TIMESTAMP() - INTERVAL (12 + seq % 1800) DAY
FROM seq_${history}_to_$((to - 1)) WHERE seq >= $history;
ANALYZE TABLE ticket;
SQL
	history=$to
}
for n in 10000 100000 1000000; do
	start=$SECONDS
	grow "$n"
	echo "(history of $n closed requests loaded in $((SECONDS - start)) s)"
	bench "dashboard-$n" /staff/ -H "$cookie"
	bench "dashboard-cold-$n" /staff/ -H "$cookie" -s "$cold"
done
# How MariaDB runs the dashboard's queries at 1 million: the plan, and
# the rows the handler read (a plan that scans shows here as thousands).
sql -e "EXPLAIN SELECT t.reference FROM ticket t FORCE INDEX
	(ticket_queue_due) JOIN organisation o ON o.id = t.org_id WHERE
	t.queue = 'running' AND t.due_date >= UTC_DATE() AND t.due_date <
	UTC_DATE() + INTERVAL 8 DAY ORDER BY t.due_date, t.org_id, t.id LIMIT 25\G" |
	awk '/ key:|rows:|Extra:/ { printf "  %s", $0 } END { print "" }'
sql -N <<'SQL' | awk '{ printf "  %s %s", $1, $2 } END { print "" }'
FLUSH STATUS;
SELECT COALESCE(SUM(t.queue = 'running' AND t.due_date < UTC_DATE()), 0)
FROM ticket t FORCE INDEX (ticket_queue_due)
WHERE t.queue IN ('running', 'paused', 'waiting') INTO @n;
SELECT COUNT(*) FROM (SELECT t.reference FROM ticket t
    FORCE INDEX (ticket_queue_due) JOIN organisation o ON o.id = t.org_id
    WHERE t.queue = 'running' AND t.due_date < UTC_DATE()
    ORDER BY t.due_date, t.org_id, t.id LIMIT 25) x INTO @m;
SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_key',
    'Handler_read_next', 'Handler_read_rnd_next');
SQL
bench ticket-page "/staff/o/$ticket_org/tickets/$ticket_ref" -H "$cookie"

# Public submissions, each committed to InnoDB: none may be lost.
rel=$(sql -N -e "SELECT code FROM public_subject_category
	WHERE org_slug = 'crmio' ORDER BY code LIMIT 1")
tok=benchbenchbenchbenchbenchbenchbenchbenchben
lua=$(mktemp)
cat >"$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "gdprdesk_request=$tok"
wrk.body = "csrf=$tok&kind=access&name=Bench+Requester&email=bench%40example.org&agent=no&relationship=$rel&description=A+benchmark+request"
LUA
before=$(sql -N -e "SELECT COUNT(*) FROM ticket t JOIN organisation o
	ON o.id = t.org_id WHERE o.slug = 'crmio'")
size=$(curl -s -H "Cookie: gdprdesk_request=$tok" --data "$(awk -F'"' '/wrk.body/ { print $2 }' "$lua")" "$url/o/crmio/request" | wc -c)
head -c "$size" /dev/zero | tr '\0' 'x' >"$rt/static/bench-submit.html"
r_static=$(rate "$url/static/bench-submit.html")
out=$(wrk -t1 -c"$conns" -d"${secs}s" -s "$lua" "$url/o/crmio/request")
r_page=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
sent=$(awk '/requests in/ { print $1 }' <<<"$out")
bad=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
after=$(sql -N -e "SELECT COUNT(*) FROM ticket t JOIN organisation o
	ON o.id = t.org_id WHERE o.slug = 'crmio'")
rm -f "$lua"
awk -v n=public-submit -v s="$size" -v p="$r_page" -v t="$r_static" 'BEGIN {
	printf "%-22s %7d B %9.0f req/s  static %9.0f req/s  ratio %.3f\n",
	    n, s, p, t, p / t }'
# Every answered submission is a stored ticket (the size probe made one
# more). wrk counts the requests it finished.
echo "  submissions answered: ${sent:-0} (non-2xx: ${bad:-0}); tickets stored: $((after - before - 1))"

bench answer-realtimecrm /staff/o/realtimecrm/answer-preview -H "$cookie"
bench answer-2000 "/staff/o/bench/answer-preview?subject=customers" -H "$cookie"
# The printable record of processing (reports/ropa, the full ICO layout)
# at 10, 200 and 2,000 activities: the 2,000 are Bench Ltd above; two more
# organisations have its shape (0.15 recipients an activity, at least 3;
# 3 recipients, 2 subject and 3 data categories an activity). Each page is
# timed from one connection; the time per activity shows growth that is
# worse than linear (DESIGN.md: 10 times the activities, at most 11 times
# the time).
for n in 10 200; do
	r=$((n * 3 / 20 < 3 ? 3 : n * 3 / 20))
	mariadb --defaults-file="$inst/my.cnf" gdprdesk <<SQL
INSERT INTO organisation (slug, name, ref_prefix, contact_email,
    supervisory_authority)
VALUES ('bench-$n', 'Bench $n Ltd', 'B$n', 'privacy@bench.example', 'ICO');
SET @org = LAST_INSERT_ID();
INSERT INTO org_location (org_id, country) VALUES (@org, 'GB');
INSERT INTO recipient (org_id, name, kind, service, contract_ref)
SELECT @org, CONCAT('Recipient ', seq), 'processor', 'A service',
    IF(seq % 3 = 0, NULL, CONCAT('DPA-', seq))
FROM seq_1_to_$r;
INSERT INTO recipient_location (recipient_id, country, mechanism)
SELECT id, IF(id % 4 = 0, 'US', 'IE'), IF(id % 8 = 0, 'privacy-shield', NULL)
FROM recipient WHERE org_id = @org;
INSERT INTO activity (org_id, name, role, status, purposes, lawful_basis,
    retention_months, security_measures)
SELECT @org, CONCAT('Activity ', seq), IF(seq % 10 = 0, 'processor',
    'controller'), 'active', CONCAT('Purpose of activity ', seq),
    IF(seq % 7 = 0, NULL, 'b'), IF(seq % 5 = 0, NULL, 24), 'Encryption'
FROM seq_1_to_$n;
SET @first = (SELECT MIN(id) FROM recipient WHERE org_id = @org);
INSERT INTO activity_recipient (activity_id, recipient_id)
SELECT a.id, @first + (a.id * 7 + k.seq) % $r
FROM activity a JOIN seq_0_to_2 k WHERE a.org_id = @org;
INSERT IGNORE INTO activity_subject (activity_id, subject_category_id)
SELECT a.id, c.id FROM activity a JOIN (SELECT id FROM subject_category
    WHERE org_id IS NULL ORDER BY id LIMIT 2) c WHERE a.org_id = @org;
INSERT IGNORE INTO activity_data (activity_id, data_category_id)
SELECT a.id, c.id FROM activity a JOIN (SELECT id FROM data_category
    WHERE org_id IS NULL AND is_special = 0 ORDER BY id LIMIT 3) c
WHERE a.org_id = @org;
SQL
done

# Seconds a page takes, served to one connection for secs seconds.
page_time() {
	wrk -t1 -c1 -d"${secs}s" --timeout 60s "$@" |
	    awk '/^Requests\/sec/ { if ($2 > 0) printf "%.6f\n", 1 / $2 }'
}

echo "printable record (reports/ropa), one connection, ${secs}s each:"
prev_n=0
prev_t=0
for n in 10 200 2000; do
	slug=bench-$n
	[ "$n" -eq 2000 ] && slug=bench
	path=/staff/o/$slug/reports/ropa
	size=$(curl -s -H "$cookie" "$url$path" | wc -c)
	t=$(page_time -H "$cookie" "$url$path")
	awk -v n="$n" -v s="$size" -v t="$t" -v pn="$prev_n" -v pt="$prev_t" '
	    BEGIN {
		printf "ropa-%-17s %7d B %9.1f ms a page %8.0f us an activity",
		    n, s, t * 1000, t * 1e6 / n
		if (pn > 0 && pt > 0)
			printf "  (x%.0f activities: x%.1f time)", n / pn, t / pt
		printf "\n"
	    }'
	prev_n=$n
	prev_t=$t
done

echo "staff workers: resident memory $rss0 KiB after $served0 requests (the largest pages built), $(rss) KiB after $(served)"
