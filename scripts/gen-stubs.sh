#!/usr/bin/env bash
# Regenerate stubs/*_arginfo.h from stubs/*.stub.php with PHP's own gen_stub.php, offline.
# gen_stub.php wants to download PHP-Parser 4.15.1 from GitHub on first use; Debian's
# php-parser package (4.15.x) is API-compatible, so we point it there instead.
# Usage: scripts/gen-stubs.sh [--check]   (--check: fail if the committed headers are stale)
set -euo pipefail
cd "$(dirname "$0")/.."

extdir=$(php-config --extension-dir)
api=$(basename "$extdir")
src="/usr/lib/php/$api/build/gen_stub.php"
[ -f "$src" ] || src=$(php-config --prefix)/lib/php/build/gen_stub.php
[ -f "$src" ] || { echo "gen_stub.php not found (install php8.x-dev)" >&2; exit 1; }
[ -d /usr/share/php/PhpParser ] || { echo "PhpParser not found (apt-get install php-parser)" >&2; exit 1; }

mkdir -p build/PHP-Parser-4.15.1/lib
cp "$src" build/gen_stub.php
ln -sfn /usr/share/php/PhpParser build/PHP-Parser-4.15.1/lib/PhpParser

if [ "${1:-}" = "--check" ]; then
	php build/gen_stub.php -f stubs/ >/dev/null
	git diff --exit-code -- stubs/ || { echo "stubs/*_arginfo.h are stale: run scripts/gen-stubs.sh" >&2; exit 1; }
else
	php build/gen_stub.php stubs/
fi
