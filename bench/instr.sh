#!/usr/bin/env bash
# Instructions per message of the bench worker process, counted by callgrind: user-space work only
# (a syscall counts as one instruction), but repeatable to a fraction of a percent, where the CPU
# times of run.sh and http.sh move by 10% or more from run to run on a shared VM. Use it to tell
# whether a change to the extension's own code made the per-message path longer.
#
#   bench/instr.sh SO SCENARIO...
#
# SO is an extension build (e.g. modules/workerman.so, or a copy of an older build). A scenario
# is text:DEPTH, ws:DEPTH (bench/loadgen, 64 connections, 64-byte unique messages) or
# http:keepalive|unique|pipeline (wrk with bench/wrk/<name>.lua). For each scenario two servers run
# under callgrind, one loaded for 2 s and one for 8 s; (Ir8 - Ir2) / (messages8 - messages2) is
# printed, which cancels start-up and shutdown. Needs valgrind (and wrk for http). Takes about 30 s
# a scenario. Server on core 0, client on core 1.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ $# -ge 2 ]] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2; }
SO=$(realpath "$1"); shift
PHP=${PHP:-php}
PHP_BASE=(-n -d extension=posix -d extension=sockets -d zend_extension=opcache -d opcache.enable_cli=1
          -d opcache.jit_buffer_size=0)
LOADGEN=$BENCH_DIR/loadgen
if [[ ! -x $LOADGEN || $BENCH_DIR/loadgen.c -nt $LOADGEN ]]; then
	cc -O2 -Wall -Wextra -Werror -o "$LOADGEN" "$BENCH_DIR/loadgen.c"
fi

# one SERVER SECONDS CLIENT_ARGS...: prints "IR MESSAGES" of one server under callgrind
one() {
	local server=$1 secs=$2 port dir master worker= i msgs out ir
	shift 2
	port=$((30000 + RANDOM % 20000))
	dir=$(mktemp -d)
	BENCH_PORT=$port BENCH_RUNDIR=$dir BENCH_HTTP_HANDLER=hello taskset -c 0 \
		valgrind --tool=callgrind --callgrind-out-file="$dir/cg.%p" \
		"$PHP" "${PHP_BASE[@]}" -d extension="$SO" "$BENCH_DIR/servers/$server.php" > "$dir/server.log" 2>&1 &
	master=$!
	for i in $(seq 1 300); do (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && break; sleep 0.1; done
	for i in $(seq 1 300); do worker=$(pgrep -P "$master" | head -1) && [[ -n $worker ]] && break; sleep 0.1; done
	sleep 4 # the worker's start-up under valgrind
	if [[ $server == http ]]; then
		out=$(taskset -c 1 wrk -t1 -c64 -d"${secs}s" "$@" "http://127.0.0.1:$port/" 2>&1 || true)
		msgs=$(awk '/requests in/ { print $1 }' <<< "$out")
	else
		out=$(taskset -c 1 "$LOADGEN" -h 127.0.0.1 -p "$port" -d "$secs" "$@" 2>&1 || true)
		msgs=$(sed -n 's/.*messages=\([0-9]*\).*/\1/p' <<< "$out")
	fi
	kill -INT "$master" 2> /dev/null || true
	for i in $(seq 1 200); do kill -0 "$master" 2> /dev/null || break; sleep 0.1; done
	kill -9 "$master" "$worker" 2> /dev/null || true
	sleep 0.5
	ir=$(awk '/^totals:/ { print $2 }' "$dir/cg.$worker" 2> /dev/null || true)
	rm -rf "$dir"
	echo "${ir:-0} ${msgs:-0}"
}

for scen in "$@"; do
	kind=${scen%%:*} arg=${scen#*:}
	case $kind in
		text|ws) args=("$kind" -t "$kind" -c 64 -P "$arg" -s 64 -u) ;;
		http) args=(http -s "$BENCH_DIR/wrk/$arg.lua") ;;
		*) echo "instr.sh: bad scenario '$scen'" >&2; exit 2 ;;
	esac
	read -r ir1 m1 < <(one "${args[0]}" 2 "${args[@]:1}")
	read -r ir2 m2 < <(one "${args[0]}" 8 "${args[@]:1}")
	awk -v s="$scen" -v a="$ir1" -v b="$ir2" -v m="$m1" -v n="$m2" 'BEGIN {
		if (n > m && a > 0 && b > 0) printf "%-16s %8.0f instructions/message (messages %d, %d)\n", s, (b - a) / (n - m), m, n
		else printf "%-16s failed (Ir %s, %s; messages %s, %s)\n", s, a, b, m, n }'
done
