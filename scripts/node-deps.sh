#!/usr/bin/env bash
# Installs the npm packages of the real-client tests (tests/realclient/node: the `ws` client and
# playwright-core, which drives the system's chromium and downloads no browser) from the committed
# package-lock.json. Idempotent and offline-friendly: nothing is done (no network) when
# node_modules already matches the lock file; otherwise `npm ci` (preferring npm's cache).
#   scripts/node-deps.sh           install if needed; fails if that is impossible
#   scripts/node-deps.sh --check   only report whether node_modules is up to date (exit 0/1)
# The tests skip themselves when node_modules is missing, so a machine without node can still
# run the rest of the suite; CI runs this script first, so there a failure is a failure.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/tests/realclient/node"
stamp="$dir/node_modules/.wm-installed"

want=$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
	exit 0
fi
if [ "${1:-}" = "--check" ]; then
	echo "node-deps: $dir/node_modules is missing or out of date" >&2
	exit 1
fi
if ! command -v npm >/dev/null; then
	echo "node-deps: npm not found (scripts/deps.sh --test installs it)" >&2
	exit 1
fi

echo "node-deps: npm ci in tests/realclient/node"
cd "$dir"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
echo "$want" >"$stamp"
