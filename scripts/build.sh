#!/usr/bin/env bash
# Builds modules/workerman.so in this tree, then checks that PHP loads it.
#   scripts/build.sh [extra ./configure flags, e.g. --enable-workerman-werror]
# Steps, each announced with a "build:" line:
#   1. scripts/deps.sh: checks the build's needs (PHP headers, a C compiler, make, pkg-config,
#      libevent, OpenSSL, zlib) and installs the missing Debian packages when it can;
#   2. phpize, when configure is missing or older than config.m4;
#   3. ./configure --enable-workerman [flags], when the Makefile is missing or older, or flags
#      are given; its output goes to build/configure.log, whose end is shown if it fails;
#   4. make -jN (N = WM_BUILD_JOBS, default the number of cores): one line per compiled file,
#      warnings and errors as the compiler prints them (V=1 shows the full commands);
#   5. php -n -d extension=modules/workerman.so: the module loads, and its version.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "build: $*"; }

scripts/deps.sh

if [ ! -f configure ] || [ config.m4 -nt configure ]; then
	say "phpize ($(command -v phpize))"
	phpize
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ] || [ $# -gt 0 ]; then
	mkdir -p build
	say "./configure --enable-workerman $* (log: build/configure.log)"
	if ! ./configure --enable-workerman "$@" >build/configure.log 2>&1; then
		tail -25 build/configure.log >&2
		say "configure failed (build/configure.log, config.log)" >&2
		exit 1
	fi
fi

jobs=${WM_BUILD_JOBS:-$(nproc)}
say "make -j$jobs"
# One short line per libtool step instead of its whole command (and without libtool's notice
# about library directories); everything else (warnings, errors, make's own lines) passes through.
brief() {
	if [ "${V:-0}" != 0 ]; then cat; return; fi
	awk '
		/--mode=compile/ { for (i = 1; i <= NF; i++) if ($i == "-c") { f = $(i + 1); sub(".*/src/", "src/", f); print "  CC  " f; fflush(); next } }
		/--mode=link/    { print "  LD  modules/workerman.so"; fflush(); next }
		/--mode=install/ || /^libtool: (compile|link|install|finish):/ { next }
		/^----------------------------------------/{ notice = !notice; next }   # libtool --finish'"'"'s notice about LIBDIR
		notice           { next }
		{ print; fflush() }'
}
# The lock (one per tree) serialises concurrent builds in one tree (parallel test writers).
lock=()
command -v flock >/dev/null && lock=(flock "/tmp/wm-build-$(pwd | md5sum | cut -c1-8).lock")
if ! "${lock[@]}" make -j"$jobs" 2>&1 | brief; then
	say "make failed" >&2
	exit 1
fi

php -n -d extension="$PWD/modules/workerman.so" -r 'exit(extension_loaded("workerman") ? 0 : 1);' \
	|| { say "modules/workerman.so does not load" >&2; exit 1; }
say "modules/workerman.so (workerman $(php -n -d extension="$PWD/modules/workerman.so" -r 'echo phpversion("workerman");'), PHP $(php-config --version))"
