#!/usr/bin/env bash
# Developer aid, not run by CI: runs the real-application tests (tests/apps) against upstream
# Workerman, i.e. the apps' own vendor/ PHP sources, with the extension not loaded in the apps'
# processes (WMTEST_APPS_UPSTREAM=1, see tests/apps/apps.inc). The expected outputs are the
# extension's, so every failure is a difference between the extension and upstream: read the
# diffs (tests/apps/*.diff). Known ones are listed in tests/apps/README.md.
#   scripts/apps-upstream.sh [-jN] [tests/apps/file.phpt ...]
set -euo pipefail
cd "$(dirname "$0")/.."
opts=()
while [ $# -gt 0 ] && [[ "$1" == -j* ]]; do
	opts+=("$1")
	shift
done
[ $# -gt 0 ] || set -- tests/apps
export WMTEST_APPS_UPSTREAM=1
exec scripts/test.sh "${opts[@]}" "$@"
