#!/usr/bin/env bash
# Checks that this machine has what building (and, with --test, testing) ext-workerman needs, and
# installs what is missing from Debian's packages when it can.
#   scripts/deps.sh            what the build needs
#   scripts/deps.sh --test     plus what the test suite, the fuzzers and CI use
#   scripts/deps.sh --list     print every need (both sets), its Debian package, why, and whether
#                              it is present; install nothing
#   --strict                   a missing test tool fails too (CI: nothing may skip for lack of it)
#
# Each need is checked by what the build or the tests actually use (a command on PATH, a
# pkg-config module, PHP's headers through php-config, a PHP extension), not by asking dpkg, so a
# machine that got them another way (another distribution, PHP built from source, nodejs from
# another repository) passes as it is. What is missing is installed with apt-get when apt-get
# exists and we are root or have sudo; otherwise the script says exactly what is missing and
# which Debian package provides it, then exits 1 if the build cannot work, or goes on (exit 0)
# when only test tools are missing (the tests that need them skip or fail, and say so).
set -euo pipefail

mode=build
strict=false
for arg in "$@"; do
	case "$arg" in
	--test) mode=test ;;
	--list) mode=list ;;
	--strict) strict=true ;;
	*) echo "usage: scripts/deps.sh [--test|--list] [--strict]" >&2; exit 2 ;;
	esac
done

have() { command -v "$1" >/dev/null 2>&1; }

# The PHP whose headers the build uses is php-config's; the tests run `php`. Debian names its
# packages after that PHP's version.
if have php; then
	phpver=$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
	phppkg="php$phpver"
else
	phpver=""
	phppkg="php"          # Debian's default-version packages (php-cli, php-dev)
fi

if have php && have php-config && [ "$(php -r 'echo PHP_VERSION;')" != "$(php-config --version)" ]; then
	echo "deps: warning: php is $(php -r 'echo PHP_VERSION;') but php-config is $(php-config --version):" \
		"the extension is built for php-config's PHP and loads only there" >&2
fi
if [ -n "$phpver" ] && ! php -r 'exit(PHP_VERSION_ID >= 80200 ? 0 : 1);'; then
	echo "deps: PHP $phpver found; ext-workerman needs PHP 8.2 or later (docs/install.md)" >&2
	exit 1
fi

php_headers() {
	have phpize && have php-config && [ -f "$(php-config --include-dir)/main/php.h" ]
}
php_ext() {  # loaded by default, or a shared module in PHP's extension directory
	have php || return 1
	php -n -r "exit(extension_loaded('$1') ? 0 : 1);" 2>/dev/null && return 0
	[ -f "$(php -r 'echo ini_get("extension_dir");')/$1.so" ]
}
# A library: its pkg-config module (what configure asks), or without pkg-config its header, so
# that the report names only what is really absent.
lib() {  # lib 'module >= version' header.h
	if have pkg-config; then
		pkg-config --exists "$1"
	else
		echo "#include <$2>" | cc -E -x c - >/dev/null 2>&1
	fi
}
ip_cmd() {  # iproute2's ip, which a non-root PATH may not list
	have ip || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ]
}
fuzzer_lib() {  # libFuzzer's runtime, which clang -fsanitize=fuzzer links
	have clang || return 1
	local f
	f=$(clang -print-file-name="libclang_rt.fuzzer-$(uname -m).a")
	[ "${f#/}" != "$f" ] && [ -f "$f" ]
}

# need: set | Debian package | check (a shell command) | why
needs=(
	"build|$phppkg-cli|have php|PHP itself (the CLI: the extension serves CLI scripts)"
	"build|$phppkg-dev|php_headers|phpize, php-config and PHP's headers, to compile the extension"
	"build|gcc|have cc|the C compiler"
	"build|make|have make|runs the build phpize generates"
	"build|pkg-config|have pkg-config|how configure finds libevent, OpenSSL and zlib"
	"build|libevent-dev|lib 'libevent_core >= 2.1' event2/event.h && lib 'libevent_extra >= 2.1' event2/dns.h|the event loop (libevent_core) and non-blocking DNS (libevent_extra's evdns)"
	"build|libssl-dev|lib 'openssl >= 1.1.1' openssl/ssl.h|TLS for ssl:// workers and clients (OpenSSL >= 1.1.1)"
	"build|zlib1g-dev|lib 'zlib >= 1.2' zlib.h|WebSocket permessage-deflate"
	"test|$phppkg-common|php_ext posix && php_ext sockets|posix (and sockets), which tests load to run servers"
	"test|$phppkg-cli|php_ext pcntl|pcntl: the process manager forks and handles signals with it"
	"test|$phppkg-mbstring|php_ext mbstring|the real applications of tests/apps use mb_* functions"
	"test|$phppkg-igbinary|php_ext igbinary|the Session test with igbinary as serializer"
	"test|php-parser|[ -d /usr/share/php/PhpParser ]|scripts/gen-stubs.sh runs PHP's gen_stub.php with it; scripts/ide-stubs.php reads the stubs with it"
	"test|php-pear|have pecl|pecl package builds the PECL tgz (CI)"
	"test|valgrind|have valgrind|scripts/test.sh --valgrind (memcheck: leaks and invalid accesses)"
	"test|clang|have clang|fuzz/run.sh builds the libFuzzer targets"
	"test|libclang-rt-dev|fuzzer_lib|libFuzzer's runtime library for clang"
	"test|curl|have curl|HTTP upload tests use curl -F"
	"test|strace|have strace|tests/connection/021 counts the write batch's system calls with it"
	"test|iproute2|ip_cmd|tests/apps/cluster_*: GatewayWorker hosts in network namespaces (ip netns, veth, a bridge)"
	"test|openssl|have openssl|TLS tests make certificates and use s_client"
	"test|nodejs|have node|real-client WebSocket and socket.io tests (tests/realclient)"
	"test|npm|have npm|scripts/node-deps.sh installs their npm packages"
	"test|chromium|have chromium|browser tests drive headless Chromium"
	"test|composer|have composer|scripts/php-deps.sh installs revolt/event-loop and amphp for tests/revolt, PHPStan for tests/phpstan"
)

missing_build=()
missing_test=()
check_all() {
	missing_build=()
	missing_test=()
	local entry set pkg check why
	for entry in "${needs[@]}"; do
		IFS='|' read -r set pkg check why <<<"$entry"
		[ "$set" = build ] || [ "$mode" != build ] || continue
		if ! eval "$check"; then
			if [ "$set" = build ]; then missing_build+=("$pkg"); else missing_test+=("$pkg"); fi
		fi
	done
}

if [ "$mode" = list ]; then
	for entry in "${needs[@]}"; do
		IFS='|' read -r set pkg check why <<<"$entry"
		if eval "$check"; then state=present; else state=MISSING; fi
		printf '%-5s %-8s %-18s %s\n' "$set" "$state" "$pkg" "$why"
	done
	exit 0
fi

say_missing() {
	local entry set pkg check why
	for entry in "${needs[@]}"; do
		IFS='|' read -r set pkg check why <<<"$entry"
		for m in "$@"; do
			if [ "$m" = "$pkg" ] && ! eval "$check"; then
				printf 'deps:   %-18s %s (checked: %s)\n' "$pkg" "$why" "$check" >&2
			fi
		done
	done
}
uniq_words() { printf '%s\n' "$@" | awk 'NF && !seen[$0]++' | tr '\n' ' '; }

check_all
missing=($(uniq_words "${missing_build[@]}" "${missing_test[@]}"))
if [ ${#missing[@]} -eq 0 ]; then
	echo "deps: everything the $mode needs is present${phpver:+ (PHP $phpver)}"
	exit 0
fi

as_root=()
can_install=true
if ! have apt-get; then
	can_install=false
	reason="apt-get is not available"
elif [ "$(id -u)" -ne 0 ]; then
	if have sudo && sudo -n true 2>/dev/null; then
		as_root=(sudo)
	else
		can_install=false
		reason="not root, and sudo is not available without a password"
	fi
fi

if $can_install; then
	echo "deps: installing with apt-get: ${missing[*]}"
	say_missing "${missing[@]}"
	export DEBIAN_FRONTEND=noninteractive
	"${as_root[@]}" apt-get update -q
	"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
	check_all
	if [ ${#missing_build[@]} -eq 0 ] && [ ${#missing_test[@]} -eq 0 ]; then
		echo "deps: done"
		exit 0
	fi
	reason="still missing after apt-get install"
fi

echo "deps: cannot install ($reason); missing, by Debian package name:" >&2
say_missing $(uniq_words "${missing_build[@]}" "${missing_test[@]}")
if [ ${#missing_build[@]} -gt 0 ] || $strict; then
	if [ ${#missing_build[@]} -gt 0 ]; then
		echo "deps: the build cannot work without these; install them (or their equivalents) and run again" >&2
	else
		echo "deps: --strict: the tests need these; install them (or their equivalents) and run again" >&2
	fi
	exit 1
fi
echo "deps: going on: the build has what it needs; tests that need the missing tools will skip or fail" >&2
exit 0
