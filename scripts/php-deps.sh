#!/usr/bin/env bash
# Installs the Composer packages of the Revolt tests (tests/revolt/composer.json: revolt/event-loop
# and amphp v3) into tests/revolt/vendor, which git ignores. Idempotent and offline-friendly:
# nothing is done (no network) when vendor/ was installed from the current composer.json;
# otherwise `composer update` (no lock file is kept: the top-level versions are pinned there).
#   scripts/php-deps.sh           install if needed; fails if that is impossible
#   scripts/php-deps.sh --check   only report whether vendor/ is up to date (exit 0/1)
# The tests skip themselves when a package they need is missing (the Revolt-only ones fall back
# to the revolt/event-loop tree under ../shared), so a machine without Composer can still run the
# rest of the suite; CI runs this script first, so there a failure is a failure.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/tests/revolt"
stamp="$dir/vendor/.wm-installed"

want=$(sha256sum <"$dir/composer.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ -f "$dir/vendor/autoload.php" ] && [ "$(cat "$stamp")" = "$want" ]; then
	exit 0
fi
if [ "${1:-}" = "--check" ]; then
	echo "php-deps: $dir/vendor is missing or out of date" >&2
	exit 1
fi
if ! command -v composer >/dev/null; then
	echo "php-deps: composer not found (scripts/deps.sh --test installs it)" >&2
	exit 1
fi

echo "php-deps: composer update in tests/revolt"
cd "$dir"
rm -f "$stamp"
export COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_NO_INTERACTION=1
composer update --no-progress --no-audit --quiet
echo "$want" >"$stamp"
