#!/usr/bin/env bash
# Builds modules/workerman.so from a clean or configured tree.
#   scripts/build.sh [extra ./configure flags, e.g. --enable-workerman-werror]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
if [ ! -f configure ] || [ config.m4 -nt configure ]; then
	phpize >/dev/null
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ] || [ $# -gt 0 ]; then
	./configure --enable-workerman "$@" >/dev/null
fi
# The lock (one per tree) serialises concurrent builds in one tree (parallel test writers).
if command -v flock >/dev/null; then flock "/tmp/wm-build-$(pwd | md5sum | cut -c1-8).lock" make -j"$(nproc)" >/dev/null; else make -j"$(nproc)" >/dev/null; fi
php -n -d extension="$PWD/modules/workerman.so" -r 'exit(extension_loaded("workerman") ? 0 : 1);' \
	|| { echo "build: modules/workerman.so does not load" >&2; exit 1; }
echo "build: modules/workerman.so (workerman $(php -n -d extension="$PWD/modules/workerman.so" -r 'echo phpversion("workerman");'))"
