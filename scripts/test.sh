#!/usr/bin/env bash
# Runs the C unit tests of the L0 parsers (scripts/unit.sh), then builds the extension and runs
# the whole phpt suite against it.
#   scripts/test.sh [--valgrind] [-jN] [tests/dir-or-file ...]
# Steps, each announced with a "test:" line: scripts/deps.sh --test (checks, and installs when it
# can, the build's and the tests' Debian packages: it lists them), scripts/node-deps.sh and
# scripts/php-deps.sh (npm and Composer packages of some tests, installed only when missing),
# the unit tests, scripts/build.sh, then PHP's run-tests.php.
# --valgrind runs every test under valgrind memcheck (run-tests.php -m): leaks and invalid
# accesses fail the test. Client processes (plain PHP, no extension; node, chromium) are not traced.
# -jN runs N tests at a time (run-tests.php's workers; every test uses its own ports, temp
# directory and processes).
# The unit tests run with the whole suite (no paths given) and without --valgrind (they have
# their own sanitizers); naming tests runs only those.
# The real-client tests (tests/realclient) need the npm packages installed by scripts/node-deps.sh,
# and the amphp tests of tests/revolt the Composer packages of scripts/php-deps.sh; without them
# (e.g. offline on a fresh machine) they are skipped, with a warning here.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "test: $*"; }
say "dependencies (scripts/deps.sh --test, node-deps.sh, php-deps.sh)"
scripts/deps.sh --test
scripts/node-deps.sh || echo "warning: npm packages missing, the tests in tests/realclient will be skipped" >&2
scripts/php-deps.sh || echo "warning: Composer packages missing, the amphp tests in tests/revolt will be skipped" >&2

mem=()
jobs=()
while [ $# -gt 0 ]; do
	case "$1" in
	--valgrind)
		# pcre.jit=0: PCRE's JIT code confuses memcheck (false reports), not a bug of ours.
		mem=(-m --show-mem -d pcre.jit=0)
		# Client processes are not traced: plain PHP clients, node and the chromium it starts.
		export VALGRIND_OPTS="--trace-children-skip=*php*,*/node,*chromium* ${VALGRIND_OPTS:-}"
		shift ;;
	-j[0-9]*)
		jobs=("$1")
		shift ;;
	*)
		break ;;
	esac
done
if [ $# -eq 0 ] && [ ${#mem[@]} -eq 0 ]; then
	say "C unit tests of the parsers (scripts/unit.sh)"
	scripts/unit.sh
fi
say "build (scripts/build.sh)"
scripts/build.sh
[ $# -gt 0 ] || set -- tests/

runner=$(php-config --prefix)/lib/php/build/run-tests.php
[ -f "$runner" ] || runner=/usr/lib/php/$(basename "$(php-config --extension-dir)")/build/run-tests.php
cp "$runner" run-tests.php

# -n: no php.ini, only the extension under test (posix is loaded per test via --EXTENSIONS--).
export NO_INTERACTION=1 REPORT_EXIT_STATUS=1
shown=("${mem[@]}" "${jobs[@]}" "$@")
say "run-tests.php ${shown[*]} (PHP $(php -r 'echo PHP_VERSION;'), php -n with modules/workerman.so)"
php run-tests.php -q -n -d extension="$PWD/modules/workerman.so" "${mem[@]}" "${jobs[@]}" \
	--show-diff -g FAIL,XFAIL,BORK,WARN,LEAK,SKIP "$@"
