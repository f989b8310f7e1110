#!/usr/bin/env bash
# Installs the Composer packages of the tests into vendor/ folders that git ignores:
#   tests/revolt/vendor   revolt/event-loop and amphp v3 (tests/revolt/composer.json)
#   tests/phpstan/vendor  PHPStan and the IDE stubs package ide-stubs/ as a path package
#                         (tests/phpstan/composer.json)
# Idempotent and offline-friendly: nothing is done (no network) for a folder whose vendor/ was
# installed from its current composer.json; otherwise `composer update` there (no lock file is
# kept: the top-level versions are pinned in composer.json).
#   scripts/php-deps.sh           install if needed; fails if that is impossible
#   scripts/php-deps.sh --check   only report whether every vendor/ is up to date (exit 0/1)
# The tests skip themselves when a package they need is missing (the Revolt-only ones fall back
# to the revolt/event-loop tree under ../shared), so a machine without Composer can still run the
# rest of the suite; CI runs this script first, so there a failure is a failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rc=0
for dir in "$root/tests/revolt" "$root/tests/phpstan"; do
	stamp="$dir/vendor/.wm-installed"
	want=$(sha256sum <"$dir/composer.json" | cut -d' ' -f1)
	if [ -f "$stamp" ] && [ -f "$dir/vendor/autoload.php" ] && [ "$(cat "$stamp")" = "$want" ]; then
		continue
	fi
	if [ "${1:-}" = "--check" ]; then
		echo "php-deps: $dir/vendor is missing or out of date" >&2
		rc=1
		continue
	fi
	if ! command -v composer >/dev/null; then
		echo "php-deps: composer not found (scripts/deps.sh --test installs it)" >&2
		exit 1
	fi
	echo "php-deps: composer update in ${dir#"$root"/}"
	rm -f "$stamp"
	(cd "$dir" && COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_NO_INTERACTION=1 \
		composer update --no-progress --no-audit --quiet)
	echo "$want" >"$stamp"
done
exit $rc
