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
pkgs=(
	gcc make pkg-config ca-certificates curl iproute2
	libfcgi-dev libmariadb-dev libxml2-dev libxslt1-dev libargon2-dev
	nettle-dev libcunit1-dev libcurl4-openssl-dev
	spawn-fcgi multiwatch nginx-light mariadb-server-core mariadb-client
)

# ---------------------------------------------------------------------
# Browser tests (headless Chromium + playwright-core + axe-core) are not
# part of this slice. When they come, their Debian packages (chromium,
# nodejs, and npm only where no npm exists: DESIGN.md section 5) go here,
# and the npm install of the pinned playwright-core goes after apt below.
# ---------------------------------------------------------------------

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
[ ${#missing[@]} -eq 0 ] && exit 0

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
