#!/usr/bin/env bash
# Differential check: runs phpt tests against upstream's pure-PHP Workerman instead of the extension.
#   scripts/upstream-check.sh tests/http/wire_foo.phpt [more.phpt | dir ...]
#
# Developer tool, not part of CI: it needs an upstream Workerman 5.x source tree, which is not in
# the repository. It is looked for in $UPSTREAM_WORKERMAN (a tree containing src/Worker.php, as for
# bench/run.sh), then in bench/upstream of this tree, then in bench/upstream of the repository's
# main worktree.
#
# Each test's --FILE-- runs with plain `php -n` (posix and ctype loaded, plus its --EXTENSIONS--
# other than workerman, and its --INI--), with tests/include/upstream/prepend.inc autoloading
# upstream's classes, and its output is compared with --EXPECT--/--EXPECTF--/--EXPECTREGEX-- the
# way run-tests.php does. A test whose --FILE-- starts with a `// upstream differs: <why>` comment
# is deliberately different and is reported as "skipped (deliberate difference)".
# Exit status: 0 when every test passed or was skipped, 1 on any mismatch, 2 on usage errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if [ $# -eq 0 ]; then
	echo "usage: $0 test.phpt|dir ..." >&2
	exit 2
fi

up=${UPSTREAM_WORKERMAN:-}
if [ -z "$up" ]; then
	for cand in "$root/bench/upstream" \
		"$(git -C "$root" worktree list --porcelain 2>/dev/null | sed -n '1s/^worktree //p')/bench/upstream"; do
		if [ -f "$cand/src/Worker.php" ]; then
			up=$cand
			break
		fi
	done
fi
if [ -z "$up" ] || [ ! -f "$up/src/Worker.php" ]; then
	echo "upstream-check: no upstream Workerman tree found; set UPSTREAM_WORKERMAN to a directory" \
		"containing src/Worker.php (see bench/README.md)" >&2
	exit 2
fi
export UPSTREAM_WORKERMAN_SRC
UPSTREAM_WORKERMAN_SRC=$(cd "$up/src" && pwd)

exec php -n "$root/scripts/upstream-check.php" "$@"
