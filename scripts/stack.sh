#!/usr/bin/env bash
# stack.sh: starts, stops and reports one private gdprdesk instance: MariaDB, both FastCGI programs, nginx, and gdprdeskctl tick every minute.
#
# Usage: stack.sh start|run|stop|status VARDIR [PORT] [BUILDDIR]
#
#   start   start everything in the background; return when both programs
#           answer /healthz (at most 60 s) or fail with the logs' tails
#   run     start, then stay in the foreground until Ctrl-C, which stops
#           every process and leaves the data
#   stop    stop what VARDIR started and wait until every process is gone
#   status  say what runs
#
# VARDIR (var/ for make run, var/test-* for tests) holds what persists:
#   data/          MariaDB datadir
#   log/           mariadb.log, public.log, staff.log, nginx-*.log, tick.log
#   my.cnf         client options for the OS user ([client], [gdprdeskctl])
#   secrets/       the program accounts' database passwords
#   admin-password the first admin password (mode 0600)
#   pids/          NAME.pid (pid, then a string its command line holds), port
#   run ->         the runtime directory of the running instance
# The runtime directory (/tmp/gdprdesk.XXXXXX, made anew on every start and
# removed on stop) holds the sockets, copies of the programs, xslt/,
# static/ and schema/, the programs' option files and nginx's config and temp dirs. It
# lives under /tmp because a unix socket path must stay under 108 bytes and
# because the worker user must reach it, while a clone under /root is 0700.
#
# Environment: WORKERS (FastCGI workers per program, default 3),
# GDPRDESK_RATE / GDPRDESK_BURST (public form rate limit, default 10r/m and
# 5), GDPRDESK_NGINX_WORKERS (default 2); GDPRDESK_* variables, TZ and the
# sanitizers' *SAN_OPTIONS are passed on to the programs. The tick sends
# the outbox through GDPRDESK_SENDMAIL (unset: it sends nothing) as
# GDPRDESK_MAIL_FROM, every GDPRDESK_TICK_EVERY seconds (default 60).
set -euo pipefail
umask 022

usage() {
	echo "usage: $0 start|run|stop|status VARDIR [PORT] [BUILDDIR]" >&2
	exit 2
}

if [ $# -lt 2 ] || [ $# -gt 4 ]; then usage; fi
cmd=$1
case $cmd in start | run | stop | status) ;; *) usage ;; esac
[ -n "$2" ] || usage
# Paths are taken relative to the caller's directory, then the script works
# from the repository root (migrations, grants, xslt/ and static/ are there).
var=$(realpath -m -- "$2")
port=${3:-8080}
build=$(realpath -m -- "${4:-build}")
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! [[ $port =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
	echo "stack.sh: bad port: $port" >&2
	exit 2
fi

workers=${WORKERS:-3}
rate=${GDPRDESK_RATE:-10r/m}
burst=${GDPRDESK_BURST:-5}
nginx_workers=${GDPRDESK_NGINX_WORKERS:-2}
[[ $workers =~ ^[1-9][0-9]*$ ]] || { echo "stack.sh: bad WORKERS: $workers" >&2; exit 2; }
[[ $rate =~ ^[1-9][0-9]*r/[sm]$ ]] || { echo "stack.sh: bad GDPRDESK_RATE: $rate" >&2; exit 2; }
[[ $burst =~ ^[0-9]+$ ]] || { echo "stack.sh: bad GDPRDESK_BURST: $burst" >&2; exit 2; }
[[ $nginx_workers =~ ^([1-9][0-9]*|auto)$ ]] || { echo "stack.sh: bad GDPRDESK_NGINX_WORKERS: $nginx_workers" >&2; exit 2; }

progs=(public staff)
# The MariaDB accounts: one per program, and gdprdeskctl tick's (it sends
# the outbox and writes the digests: sql/grants.sql).
accounts=("${progs[@]}" tick)
wuser=gdprdesk			# the worker user, when run as root
if [ "$(id -u)" -eq 0 ]; then is_root=1; else is_root=0; fi

# ---------------------------------------------------------------------
# Processes. Each service is started under setsid, so it leads its own
# process group (its pid is the group id) and sits outside the terminal's
# group: Ctrl-C reaches only this script, which then stops the services
# in order. A pid file holds the pid and a string that the leader's
# command line must contain, so a pid reused by an unrelated process is
# never signalled.
# ---------------------------------------------------------------------

# Prints the live (not zombie) members of process group $1.
group_members() {
	local pg=$1 f line rest state pgrp
	for f in /proc/[0-9]*/stat; do
		read -r line 2>/dev/null <"$f" || continue
		rest=${line##*) }	# the fields after "(comm)"
		read -r state _ pgrp _ <<<"$rest"
		if [ "$pgrp" = "$pg" ] && [ "$state" != Z ]; then
			f=${f#/proc/}
			echo "${f%/stat}"
		fi
	done
	return 0
}

# Prints the pid recorded for service $1 if its group is ours and alive;
# fails otherwise. A dead leader whose group still has members counts as
# alive: Linux does not reuse a pid while a group of that id exists.
svc_pid() {
	local file=$var/pids/$1.pid pid marker cmdline line state
	[ -f "$file" ] || return 1
	{ read -r pid && read -r marker; } <"$file" || return 1
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	if read -r line 2>/dev/null <"/proc/$pid/stat"; then
		line=${line##*) }
		state=${line%% *}
		if [ "$state" != Z ]; then
			cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
			[[ $cmdline == *"$marker"* ]] || return 1
			echo "$pid"
			return 0
		fi
	fi
	[ -n "$(group_members "$pid")" ] || return 1
	echo "$pid"
}

# Starts "$@" in the background as service $1 (log file $2, command-line
# marker $3). fd 9 (the instance lock) is not passed on.
launch() {
	local name=$1 logf=$2 marker=$3
	shift 3
	setsid "$@" </dev/null >>"$logf" 2>&1 9>&- &
	printf '%s\n%s\n' "$!" "$marker" >"$var/pids/$name.pid"
}

# Waits up to $1 seconds until the process groups $3... have no live
# member, or (with $2 = 1) none but their leader. Fails on the timeout.
wait_groups() {
	local timeout=$1 skip_leader=$2 pid m left i
	shift 2
	for ((i = 0; i < timeout * 10; i++)); do
		left=""
		for pid in "$@"; do
			for m in $(group_members "$pid"); do
				[ "$skip_leader" -eq 1 ] && [ "$m" = "$pid" ] && continue
				left+=" $m"
			done
		done
		[ -n "$left" ] || return 0
		sleep 0.1
	done
	return 1
}

# Stops the services named in $3... and waits up to $2 seconds for their
# whole process groups to be gone, then SIGKILLs what is left. $1 is the
# signal for the leader, or "fcgi" for a spawn-fcgi/multiwatch group:
# multiwatch is frozen (SIGSTOP) so that it cannot restart a worker, each
# worker gets TERM itself, finishes its request and exits, and then
# multiwatch, which has nothing left to clean up, is killed. (Letting
# multiwatch relay the stop is no good: it relays SIGUSR1, libfcgi's
# signal, not TERM, and `-s TERM` is broken in Debian's multiwatch 1.0.0,
# which sends QUIT; and a TERM to the whole group races with multiwatch
# restarting the workers that have just exited.)
# Fails if something survives even SIGKILL.
stop_services() {
	local how=$1 timeout=$2 name pid
	shift 2
	local -a pgs=()
	for name in "$@"; do
		pid=$(svc_pid "$name") || continue
		pgs+=("$pid")
		if [ "$how" = fcgi ]; then
			kill -STOP "$pid" 2>/dev/null || true
			kill -TERM -- -"$pid" 2>/dev/null || true
		else
			kill -"$how" "$pid" 2>/dev/null || true
		fi
	done
	[ ${#pgs[@]} -gt 0 ] || return 0
	if [ "$how" = fcgi ]; then
		wait_groups "$timeout" 1 "${pgs[@]}" ||
			echo "stack.sh: $* workers still running after ${timeout}s; killing" >&2
	elif wait_groups "$timeout" 0 "${pgs[@]}"; then
		return 0
	else
		echo "stack.sh: $* still running after ${timeout}s; killing" >&2
	fi
	for pid in "${pgs[@]}"; do
		kill -KILL -- -"$pid" 2>/dev/null || true
		# In `run` the leaders are this shell's children: reap them
		# here, or bash reports each one killed as "Killed".
		wait "$pid" 2>/dev/null || true
	done
	wait_groups 5 0 "${pgs[@]}" && return 0
	echo "stack.sh: could not stop $*" >&2
	return 1
}

# The runtime directory of this instance, if it has one. Only a directory
# of the shape mktemp made is believed, since stop removes it.
runtime_dir() {
	local rt
	rt=$(readlink -- "$var/run" 2>/dev/null) || return 1
	[[ $rt =~ ^/tmp/gdprdesk\.[A-Za-z0-9]{6}$ ]] || return 1
	echo "$rt"
}

# ---------------------------------------------------------------------
# The instance lock: one start or stop at a time per VARDIR. Held on fd 9;
# the services never inherit it (launch closes it).
# ---------------------------------------------------------------------
have_lock=0
lock() {
	[ "$have_lock" -eq 0 ] || return 0
	mkdir -p -- "$var"
	exec 9>"$var/.lock"
	if ! flock -w 120 9; then
		echo "stack.sh: $var is locked by another stack.sh" >&2
		exit 1
	fi
	have_lock=1
}
unlock() {
	[ "$have_lock" -eq 1 ] || return 0
	exec 9>&-
	have_lock=0
}

# ---------------------------------------------------------------------
# stop
# ---------------------------------------------------------------------

# Stops everything this VARDIR started, in the order that loses nothing:
# nginx first (no new requests; QUIT lets running ones finish), then the
# FastCGI programs, then MariaDB (TERM is a clean shutdown). Then removes
# the runtime directory and the pid files. The data stays.
stop_all() {
	local rc=0 rt
	lock
	stop_services TERM 20 tick || rc=1
	stop_services QUIT 10 nginx || rc=1
	stop_services fcgi 15 "${progs[@]}" || rc=1
	stop_services TERM 30 mariadbd || rc=1
	if [ "$rc" -eq 0 ]; then
		if rt=$(runtime_dir); then
			rm -rf -- "$rt"
		fi
		rm -f -- "$var/run"
		rm -rf -- "$var/pids"
	fi
	return "$rc"
}

any_running() {
	local name
	for name in nginx "${progs[@]}" tick mariadbd; do
		svc_pid "$name" >/dev/null && return 0
	done
	return 1
}

all_running() {
	local name
	for name in nginx "${progs[@]}" tick mariadbd; do
		svc_pid "$name" >/dev/null || return 1
	done
	return 0
}

do_stop() {
	if [ ! -d "$var" ]; then
		echo "gdprdesk is not running (${var#"$root"/})"
		return 0
	fi
	lock
	if ! any_running; then
		# Leftovers of a crash or a reboot: a runtime dir, pid files.
		stop_all
		echo "gdprdesk is not running (${var#"$root"/})"
		return 0
	fi
	stop_all
	echo "gdprdesk stopped (${var#"$root"/})"
}

do_status() {
	local name pid rc=0
	if [ ! -d "$var" ]; then
		echo "gdprdesk is not running: no instance in ${var#"$root"/}"
		return 3
	fi
	for name in mariadbd "${progs[@]}" nginx tick; do
		if pid=$(svc_pid "$name"); then
			printf '%-9s running (pid %s)\n' "$name" "$pid"
		else
			printf '%-9s not running\n' "$name"
			rc=3
		fi
	done
	if [ "$rc" -eq 0 ]; then
		echo "gdprdesk is running on http://127.0.0.1:$(cat "$var/pids/port")"
	fi
	return "$rc"
}

# ---------------------------------------------------------------------
# start
# ---------------------------------------------------------------------

# Prints a random string of 4/3 * $1 characters from [A-Za-z0-9_-], safe
# in an option file, in SQL quotes and on a command line.
random_secret() {
	head -c "$1" /dev/urandom | base64 -w0 | tr '+/' '-_'
}

# Escapes $1 for the replacement side of a sed s||| command.
sed_escape() {
	printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'
}

# Runs the SQL on stdin as the OS user's own MariaDB account.
sql() {
	mariadb --defaults-file="$var/my.cnf" --batch
}

# Where each log ended when this start began, so that a failure shows
# only what this start wrote.
declare -A log_mark=()
mark_logs() {
	local f
	for f in "$var"/log/*.log; do
		[ -f "$f" ] && log_mark[$f]=$(stat -c %s -- "$f")
	done
	return 0
}

# The tail of every log (of what this start wrote), after a failure.
show_logs() {
	local f
	local -a logs=("$var"/log/mariadb.log "$var"/log/public.log
	    "$var"/log/staff.log "$var"/log/nginx-error.log "$var"/log/tick.log)
	[ "$installing" -eq 0 ] || logs=("$var"/log/mariadb-install.log "${logs[@]}")
	for f in "${logs[@]}"; do
		[ -s "$f" ] || continue
		echo "---- ${f#"$root"/} (last lines) ----" >&2
		tail -c +$((${log_mark[$f]:-0} + 1)) -- "$f" | tail -n 25 >&2
	done
}

fail() {
	echo "stack.sh: $*" >&2
	exit 1
}

# Runs on any exit while starting: a start that did not finish shows the
# logs and stops what it started (the data stays).
start_ok=0
installing=0
on_start_exit() {
	local rc=$?
	trap - EXIT INT TERM
	if [ "$start_ok" -eq 0 ]; then
		[ "$rc" -ne 0 ] || rc=1
		echo "stack.sh: start failed; stopping what was started" >&2
		show_logs
		stop_all || true
	fi
	exit "$rc"
}

# The worker user of root's instances: a system account with no home and
# no shell, owning nothing but the FastCGI and nginx worker processes.
ensure_user() {
	[ "$is_root" -eq 1 ] || return 0
	id -u "$wuser" >/dev/null 2>&1 && return 0
	useradd --system --user-group --no-create-home \
	    --home-dir /nonexistent --shell /usr/sbin/nologin "$wuser"
}

# Makes the runtime directory $rt and fills it: copies of the programs,
# stylesheets and static files (readable by the worker user), the
# programs' option files (readable by it only) and nginx's config.
make_runtime() {
	local old p
	if old=$(runtime_dir); then
		rm -rf -- "$old"
	fi
	rt=$(mktemp -d /tmp/gdprdesk.XXXXXX)
	chmod 0755 "$rt"
	ln -sfn -- "$rt" "$var/run"

	mkdir -p "$rt/bin" "$rt/conf" "$rt/nginx"
	for p in "${progs[@]}"; do
		cp -- "$build/gdprdesk-$p" "$rt/bin/"
	done
	cp -- "$build/gdprdeskctl" scripts/tick-loop.sh "$rt/bin/"
	cp -R -- xslt static schema "$rt/"
	chmod -R a+rX -- "$rt/bin" "$rt/xslt" "$rt/static" "$rt/schema"

	for p in "${progs[@]}"; do
		(
			umask 077
			printf '[gdprdesk-%s]\nsocket=%s\nuser=gdprdesk_%s\npassword=%s\ndatabase=gdprdesk\n' \
			    "$p" "$rt/mysqld.sock" "$p" "$(cat "$var/secrets/gdprdesk_$p")" \
			    >"$rt/conf/$p.cnf"
		)
		chmod 0640 "$rt/conf/$p.cnf"
	done
	# The tick's instance directory for `gdprdeskctl --var`: its my.cnf.
	mkdir -p "$rt/conf/tick"
	(
		umask 077
		printf '[gdprdeskctl]\nsocket=%s\nuser=gdprdesk_tick\npassword=%s\ndatabase=gdprdesk\n' \
		    "$rt/mysqld.sock" "$(cat "$var/secrets/gdprdesk_tick")" \
		    >"$rt/conf/tick/my.cnf"
	)
	chmod 0640 "$rt/conf/tick/my.cnf"
	chmod 0750 "$rt/conf" "$rt/conf/tick"
	if [ "$is_root" -eq 1 ]; then
		chgrp -R "$wuser" "$rt/conf"
	fi

	local user_line=""
	[ "$is_root" -eq 0 ] || user_line="user $wuser $wuser;"
	sed -e "s|@RT@|$(sed_escape "$rt")|g" \
	    -e "s|@VAR@|$(sed_escape "$var")|g" \
	    -e "s|@PORT@|$port|g" \
	    -e "s|@USER_LINE@|$(sed_escape "$user_line")|g" \
	    -e "s|@WORKERS@|$nginx_workers|g" \
	    -e "s|@RATE@|$rate|g" \
	    -e "s|@BURST@|$burst|g" \
	    nginx/gdprdesk.conf.in >"$rt/nginx.conf"
	if grep -q '@[A-Z_]*@' "$rt/nginx.conf"; then
		fail "nginx/gdprdesk.conf.in has a placeholder stack.sh does not fill: $(grep -o '@[A-Z_]*@' "$rt/nginx.conf" | sort -u | tr '\n' ' ')"
	fi
}

# Option files for the OS user running this script, who reaches MariaDB
# as its own account by unix_socket authentication (no password). The
# socket moves with the runtime directory, so they are rewritten on every
# start. [gdprdeskctl] is what `gdprdeskctl --var VARDIR` reads.
write_my_cnf() {
	local me
	me=$(id -un)
	(
		umask 077
		cat >"$var/my.cnf" <<-EOF
			# Written by scripts/stack.sh on every start; edits are lost.
			[client]
			socket=$rt/mysqld.sock
			user=$me

			[gdprdeskctl]
			socket=$rt/mysqld.sock
			user=$me
			database=gdprdesk
		EOF
	)
	chmod 0600 "$var/my.cnf"
}

# Creates the datadir on the first start, then starts mariadbd and waits
# until it answers.
start_mariadb() {
	local -a as_root=()
	[ "$is_root" -eq 0 ] || as_root=(--user=root)
	if [ ! -d "$var/data/mysql" ]; then
		installing=1
		echo "Creating the MariaDB instance in ${var#"$root"/}/data"
		rm -rf -- "$var/data.new"
		# Installed beside data/ and renamed when complete, so that an
		# interrupted first start is simply done again.
		mariadb-install-db --no-defaults --datadir="$var/data.new" \
		    --auth-root-authentication-method=socket \
		    --auth-root-socket-user="$(id -un)" --skip-test-db \
		    "${as_root[@]}" >"$var/log/mariadb-install.log" 2>&1 ||
			fail "mariadb-install-db failed"
		rm -rf -- "$var/data"
		mv -- "$var/data.new" "$var/data"
		installing=0
	fi
	# A private server: its own datadir and socket, no TCP at all.
	launch mariadbd "$var/log/mariadb.log" "--datadir=$var/data" \
	    mariadbd --no-defaults "--datadir=$var/data" \
	    --socket="$rt/mysqld.sock" --skip-networking \
	    --pid-file="$rt/mysqld.pid" --log-error="$var/log/mariadb.log" \
	    --innodb-buffer-pool-size=256M --local-infile=0 \
	    --character-set-server=utf8mb4 \
	    --collation-server=utf8mb4_unicode_ci "${as_root[@]}"
	local i
	for ((i = 0; i < 600; i++)); do
		if mariadb-admin --defaults-file="$var/my.cnf" \
		    --connect-timeout=2 ping >/dev/null 2>&1; then
			return 0
		fi
		svc_pid mariadbd >/dev/null || fail "mariadbd exited"
		sleep 0.1
	done
	fail "mariadbd did not answer within 60 s"
}

# The database, its schema, the program accounts with their grants, the
# demo data and, on the first start, the admin account.
setup_db() {
	local p
	echo "CREATE DATABASE IF NOT EXISTS gdprdesk CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" | sql ||
		fail "could not create the database"
	"$build/gdprdeskctl" --var "$var" migrate || fail "gdprdeskctl migrate failed"

	# grants.sql is the whole truth about the program accounts: they lose
	# every privilege and get back those it lists, on every start, since
	# migrations add tables. Nothing runs as them yet, so no request sees
	# the moment in between. Passwords go through stdin, never argv.
	{
		for p in "${accounts[@]}"; do
			printf "CREATE USER IF NOT EXISTS 'gdprdesk_%s'@'localhost';\n" "$p"
			printf "ALTER USER 'gdprdesk_%s'@'localhost' IDENTIFIED BY '%s';\n" \
			    "$p" "$(cat "$var/secrets/gdprdesk_$p")"
			printf "REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'gdprdesk_%s'@'localhost';\n" "$p"
		done
		cat sql/grants.sql
	} | sql || fail "could not set up the program accounts (sql/grants.sql)"

	"$build/gdprdeskctl" --var "$var" seed || fail "gdprdeskctl seed failed"

	if [ ! -f "$var/admin-password" ]; then
		local pw
		pw=$(random_secret 18)
		local rc=0
		printf '%s\n' "$pw" |
			"$build/gdprdeskctl" --var "$var" user add admin --role admin || rc=$?
		if [ "$rc" -eq 3 ]; then
			# The login exists (3) but its password file is gone: the
			# data was kept and admin-password deleted. A new one.
			echo "The admin account exists but ${var#"$root"/}/admin-password is gone: setting a new password."
			rc=0
			printf '%s\n' "$pw" |
				"$build/gdprdeskctl" --var "$var" user passwd admin || rc=$?
		fi
		[ "$rc" -eq 0 ] || fail "gdprdeskctl could not create the admin account"
		(umask 077 && printf '%s\n' "$pw" >"$var/admin-password.new")
		mv -- "$var/admin-password.new" "$var/admin-password"
		new_admin=$pw
	fi
}

# Starts program $1 under spawn-fcgi and multiwatch: spawn-fcgi binds the
# socket (owned by the worker user, mode 0600: nginx's workers run as that
# user too), drops to the worker user and becomes multiwatch, which forks
# the workers on that socket and restarts one that dies. On stop, each
# worker gets TERM (stop_services), leaves its accept loop and exits
# cleanly (the sanitizers' leak check runs only at a clean exit).
# The environment is built from scratch: the workers see only what they
# need.
start_fcgi() {
	local p=$1 v
	local -a envv=(PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8)
	local -a drop=()
	for v in $(compgen -e); do
		case $v in
		GDPRDESK_* | TZ | ASAN_OPTIONS | UBSAN_OPTIONS | LSAN_OPTIONS)
			envv+=("$v=${!v}") ;;
		esac
	done
	envv+=("GDPRDESK_DB_CONF=$rt/conf/$p.cnf" "GDPRDESK_DB_GROUP=gdprdesk-$p"
	    "GDPRDESK_XSLT_DIR=$rt/xslt")
	# Links in messages (the acknowledgement's status and verify links)
	# need the site's address; production sets its https:// name.
	[ -n "${GDPRDESK_PUBLIC_URL:-}" ] ||
	    envv+=("GDPRDESK_PUBLIC_URL=http://127.0.0.1:$port")
	# The register's RELAX NG schema, for the staff import page.
	[ "$p" != staff ] || envv+=("GDPRDESK_SCHEMA=$rt/schema/register.rng")
	[ "$is_root" -eq 0 ] || drop=(-u "$wuser" -g "$wuser")
	launch "$p" "$var/log/$p.log" "$rt/bin/gdprdesk-$p" \
	    env -i "${envv[@]}" \
	    spawn-fcgi -n -s "$rt/$p.sock" -M 0600 "${drop[@]}" -d "$rt" -- \
	    /usr/bin/multiwatch -f "$workers" -- "$rt/bin/gdprdesk-$p"
}

start_nginx() {
	local out
	if ! out=$(nginx -t -q -p "$rt" -c "$rt/nginx.conf" \
	    -e "$var/log/nginx-error.log" 2>&1); then
		echo "$out" >&2
		fail "the nginx configuration does not load"
	fi
	launch nginx "$var/log/nginx-error.log" "$rt/nginx.conf" \
	    nginx -p "$rt" -c "$rt/nginx.conf" -e "$var/log/nginx-error.log" \
	    -g 'daemon off;'
}

# Starts tick-loop.sh: `gdprdeskctl tick` now and every minute, as the
# tick's own MariaDB account (its option file in $rt/conf/tick) and, for
# root, as the worker user. Like the programs, it sees only the
# environment it needs; GDPRDESK_SENDMAIL and GDPRDESK_MAIL_FROM pass.
start_tick() {
	local v
	local -a envv=(PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8)
	local -a drop=()
	for v in $(compgen -e); do
		case $v in
		GDPRDESK_* | TZ | ASAN_OPTIONS | UBSAN_OPTIONS | LSAN_OPTIONS)
			envv+=("$v=${!v}") ;;
		esac
	done
	envv+=("GDPRDESK_XSLT_DIR=$rt/xslt")
	[ -n "${GDPRDESK_PUBLIC_URL:-}" ] ||
	    envv+=("GDPRDESK_PUBLIC_URL=http://127.0.0.1:$port")
	[ "$is_root" -eq 0 ] ||
	    drop=(setpriv --reuid="$wuser" --regid="$wuser" --init-groups --)
	launch tick "$var/log/tick.log" "$rt/bin/tick-loop.sh" \
	    env -i "${envv[@]}" "${drop[@]}" \
	    bash "$rt/bin/tick-loop.sh" "$rt/bin/gdprdeskctl" "$rt/conf/tick"
}

# Waits until both programs answer 200 on /healthz through nginx, at most
# 60 s, failing early when a service has exited.
wait_healthy() {
	local i name pub staff
	for ((i = 0; i < 120; i++)); do
		pub=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
		    "http://127.0.0.1:$port/healthz" || true)
		staff=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
		    "http://127.0.0.1:$port/staff/healthz" || true)
		[ "$pub" = 200 ] && [ "$staff" = 200 ] && return 0
		for name in mariadbd "${progs[@]}" nginx tick; do
			svc_pid "$name" >/dev/null || fail "$name exited"
		done
		sleep 0.5
	done
	fail "no answer within 60 s (/healthz: $pub, /staff/healthz: $staff)"
}

do_start() {
	local p
	lock
	if all_running; then
		echo "gdprdesk is running on http://127.0.0.1:$(cat "$var/pids/port" 2>/dev/null || echo "$port")"
		return 0
	fi
	if any_running; then
		echo "gdprdesk is partly running in ${var#"$root"/}; stopping the rest first"
		stop_all || fail "could not stop the rest"
	fi
	for p in gdprdesk-public gdprdesk-staff gdprdeskctl; do
		[ -x "$build/$p" ] || fail "$build/$p is missing: run make first"
	done
	# Something already answers on the port: say so now rather than
	# after starting the database (nginx would fail to bind).
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		fail "127.0.0.1:$port is in use (choose another with PORT=)"
	fi

	start_ok=0
	trap on_start_exit EXIT
	trap 'exit 130' INT TERM

	mkdir -p -- "$var/log" "$var/secrets" "$var/pids"
	chmod 0700 "$var" "$var/secrets"
	mark_logs
	# Clear what a crash or reboot left (a runtime dir, stale pid files).
	rm -f -- "$var"/pids/*.pid
	for p in "${accounts[@]}"; do
		if [ ! -s "$var/secrets/gdprdesk_$p" ]; then
			(umask 077 && random_secret 24 >"$var/secrets/gdprdesk_$p")
		fi
	done
	echo "$port" >"$var/pids/port"

	ensure_user
	make_runtime
	write_my_cnf
	start_mariadb
	setup_db
	for p in "${progs[@]}"; do
		start_fcgi "$p"
	done
	start_nginx
	start_tick
	wait_healthy

	start_ok=1
	trap - EXIT INT TERM
	local shown=${var#"$root"/}
	echo "gdprdesk is running on http://127.0.0.1:$port"
	echo "  public:  http://127.0.0.1:$port/"
	echo "  staff:   http://127.0.0.1:$port/staff/login"
	if [ -n "${new_admin:-}" ]; then
		echo "  admin password (login: admin; shown once, kept in $shown/admin-password): $new_admin"
	fi
	echo "  logs:    $shown/log/"
}

# Foreground: start, then wait until Ctrl-C (or TERM) and stop everything.
# If a service dies on its own, or `stack.sh stop` is run from elsewhere,
# this returns too.
do_run() {
	local name
	do_start
	unlock
	echo "Press Ctrl-C to stop."
	trap 'echo; echo "Stopping..."; stop_all; exit 0' INT TERM HUP
	while :; do
		# The services are this shell's children: wait -n returns when
		# one exits (or at once, if none is left).
		wait -n 2>/dev/null || sleep 1
		lock	# a stop from elsewhere finishes first
		if [ ! -d "$var/pids" ]; then
			echo "gdprdesk was stopped."
			exit 0
		fi
		for name in mariadbd "${progs[@]}" nginx tick; do
			if ! svc_pid "$name" >/dev/null; then
				echo "stack.sh: $name exited on its own; stopping everything" >&2
				show_logs
				stop_all || true
				exit 1
			fi
		done
		unlock
	done
}

case $cmd in
start) do_start ;;
run) do_run ;;
stop) do_stop ;;
status) do_status ;;
esac
