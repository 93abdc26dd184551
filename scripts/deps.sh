#!/usr/bin/env bash
# deps.sh: installs the Debian packages gdprdesk needs, if any is missing.
#
# Runs before every make target but `stop`, so the common case (all there)
# must be silent and fast: one dpkg-query, no apt. As root it installs what
# is missing without starting any system service; as another user it prints
# the exact command to run and fails.
set -euo pipefail

# What gdprdesk builds and runs with, all from Debian 12.
#   build:    gcc make pkg-config and the -dev packages of the libraries
#   run:      spawn-fcgi multiwatch (FastCGI supervisor), nginx-light,
#             mariadb-server-core (mariadbd, mariadb-install-db) and
#             mariadb-client (mariadb, mariadb-admin), but never
#             mariadb-server: it would install and start the system's own
#             database service.
#   scripts:  curl (stack.sh waits for /healthz), ca-certificates,
#             iproute2 (ss, used by scripts/bench.sh)
#   browser tests (tests/browser, run by scripts/test.sh):
#             chromium (Debian's: playwright-core drives it, and downloads
#             no browser of its own), fonts-dejavu-core (a font for it to
#             print with), poppler-utils (pdftotext, pdftoppm: the printed
#             PDFs are read back), nodejs, and npm only where no npm
#             exists (a newer Node.js may be on the machine already with
#             its own npm: DESIGN.md section 5)
pkgs=(
	gcc make pkg-config ca-certificates curl iproute2
	libfcgi-dev libmariadb-dev libxml2-dev libxslt1-dev libargon2-dev
	nettle-dev libcunit1-dev libcurl4-openssl-dev
	spawn-fcgi multiwatch nginx-light mariadb-server-core mariadb-client
	chromium fonts-dejavu-core poppler-utils nodejs
)
command -v npm >/dev/null 2>&1 || pkgs+=(npm)

# The browser tests' npm packages (playwright-core and axe-core, pinned
# in tests/browser/package-lock.json), installed with `npm ci` into
# tests/browser/node_modules when that does not hold what the lock file
# names: a stamp there keeps the lock file's checksum, so the common case
# is one sha256sum. Only this checkout is written to, so any user may.
# No install scripts run, and no browser is downloaded.
browser_tooling() {
	local dir=tests/browser sum
	cd "$(dirname "$0")/.." || return 1
	command -v npm >/dev/null 2>&1 || return 0	# reported above
	sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
	[ "$(cat "$dir/node_modules/.gdprdesk-lock" 2>/dev/null)" = "$sum" ] && return 0
	echo "Installing the browser tests' npm packages (npm ci in $dir)"
	(cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci \
	    --ignore-scripts --no-audit --no-fund --loglevel=error) || return 1
	echo "$sum" >"$dir/node_modules/.gdprdesk-lock"
}

# Which of pkgs are not installed. dpkg-query prints nothing for a name it
# has never heard of, so absence from its output counts as missing too.
declare -A installed=()
while read -r name status; do
	[ "$status" = installed ] && installed[$name]=1
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${pkgs[@]}" 2>/dev/null || true)
missing=()
for p in "${pkgs[@]}"; do
	[ -n "${installed[$p]:-}" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
	browser_tooling
	exit
fi

install_cmd=(apt-get install -y --no-install-recommends
	-o DPkg::Lock::Timeout=300 "${missing[@]}")

if [ "$(id -u)" -ne 0 ]; then
	echo "gdprdesk needs these Debian packages: ${missing[*]}" >&2
	echo "Install them as root, then run make again:" >&2
	echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
	exit 1
fi

echo "Installing missing packages: ${missing[*]}"

# Nothing of the system's may start: nginx's postinst would start the
# system nginx on port 80. invoke-rc.d and deb-systemd-invoke ask
# policy-rc.d first, and 101 means "action forbidden". An existing
# policy-rc.d (Docker images ship one) is the admin's and stays as it is.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
	trap 'rm -f "$policy"' EXIT
	printf '#!/bin/sh\n# gdprdesk deps.sh: no service starts while installing\nexit 101\n' >"$policy"
	chmod 0755 "$policy"
fi

export DEBIAN_FRONTEND=noninteractive

# Package lists are fetched only when they are absent (a fresh container)
# or when the install fails with the ones there (stale after a point
# release): an apt-get update on every run would be slow and needless.
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
	apt-get update
fi
if ! "${install_cmd[@]}"; then
	echo "Install failed; updating the package lists and trying again." >&2
	apt-get update
	"${install_cmd[@]}"
fi

browser_tooling
