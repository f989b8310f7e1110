#!/usr/bin/env bash
# Installs the Debian packages needed to build and test ext-workerman (only those missing).
#   scripts/deps.sh            build dependencies
#   scripts/deps.sh --test     plus what the test suite and CI use (valgrind, php-parser, pear,
#                              igbinary for the session serializer test, curl for uploads, and
#                              node, npm and chromium for the real-client tests in tests/realclient;
#                              their npm packages are installed by scripts/node-deps.sh; mbstring
#                              for the real applications of tests/apps; composer for the packages
#                              of tests/revolt, installed by scripts/php-deps.sh)
set -euo pipefail

phpver=$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;' 2>/dev/null || echo 8.2)
pkgs=("php$phpver-dev" libevent-dev libssl-dev zlib1g-dev pkg-config gcc make)
if [ "${1:-}" = "--test" ]; then
	pkgs+=(valgrind php-parser php-pear clang libclang-rt-dev "php$phpver-igbinary" "php$phpver-mbstring" curl openssl
		nodejs npm chromium composer)
fi

# A package counts as present when dpkg has it installed, or, for the node tools, when the command
# exists: some machines get nodejs from another repository whose package bundles npm and conflicts
# with Debian's npm package.
declare -A by_command=([nodejs]=node [npm]=npm [chromium]=chromium)
missing=()
for p in "${pkgs[@]}"; do
	if [ -n "${by_command[$p]:-}" ] && command -v "${by_command[$p]}" >/dev/null; then
		continue
	fi
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
