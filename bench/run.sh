#!/usr/bin/env bash
# ext-workerman benchmark: server CPU per message, extension vs upstream pure-PHP Workerman.
#
#   UPSTREAM_WORKERMAN=/path/to/workerman bench/run.sh
#
# For every scenario (protocol x pipeline depth) and implementation it starts the
# bench server pinned to one core, finds the worker process (child of the master),
# warms up, samples the worker's utime+stime from /proc/<pid>/stat around a
# bounded load-generator run pinned to another core, stops the server (SIGINT to
# the master) and prints messages/s and server CPU µs per message.
#
# Environment (all optional):
#   UPSTREAM_WORKERMAN   tree containing src/Worker.php; unset/invalid => upstream skipped
#   WORKERMAN_SO         extension to test (default: <repo>/modules/workerman.so)
#   BENCH_DURATION       measured seconds per run (default 5)
#   BENCH_WARMUP         warm-up seconds per run (default 1)
#   BENCH_CONNS          connections (default 64)
#   BENCH_SIZE           payload bytes (default 64)
#   BENCH_DEPTHS         pipeline depths (default "1 16")
#   BENCH_PROTOCOLS      scenarios (default "text frame jsonnl ws ws:4096"): a protocol
#                        (servers/<protocol>.php and loadgen -t <protocol>), optionally
#                        ":<bytes>" for a payload size other than BENCH_SIZE
#   BENCH_REPEAT         runs per scenario and implementation, interleaved; the summary
#                        takes the median of each figure (default 1)
#   BENCH_MESSAGES       unique | identical (default unique)
#   BENCH_IMPLS          implementations (default "extension upstream"; add "baseline" to
#                        run a second build of the extension in the same run, "iofloor" for
#                        bench/nullsrv: a C server making the same socket calls and nothing else,
#                        the floor any server has on this machine: text, frame, ws)
#   BENCH_BASELINE_SO    the baseline build (e.g. the extension before a change); the report
#                        then has the ratios baseline/upstream and extension/baseline
#   BENCH_SERVER_CPU     core for the server (default 0)
#   BENCH_LOADGEN_CPU    core for the load generator (default 1)
#   BENCH_PORT_BASE      first port tried (default 20000 + pid % 10000, below the ephemeral range)
#   BENCH_OUT            results directory (default <repo>/bench/out)
#   PHP                  php binary (default php)

set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")

DURATION=${BENCH_DURATION:-5}
WARMUP=${BENCH_WARMUP:-1}
CONNS=${BENCH_CONNS:-64}
SIZE=${BENCH_SIZE:-64}
DEPTHS=${BENCH_DEPTHS:-"1 16"}
PROTOCOLS=${BENCH_PROTOCOLS:-"text frame jsonnl ws ws:4096"}
REPEAT=${BENCH_REPEAT:-1}
MESSAGES=${BENCH_MESSAGES:-unique}
IMPLS=${BENCH_IMPLS:-"extension upstream"}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
LOADGEN_CPU=${BENCH_LOADGEN_CPU:-1}
SO=${WORKERMAN_SO:-$ROOT/modules/workerman.so}
OUT_DIR=${BENCH_OUT:-$BENCH_DIR/out}
PHP=${PHP:-php}
STOP_TIMEOUT=10     # seconds to wait for the master to exit after SIGINT
START_TIMEOUT=10    # seconds to wait for the server to listen and fork its worker

LOADGEN=$BENCH_DIR/loadgen
BENCH_NAME=run.sh
. "$BENCH_DIR/lib.sh"

case $MESSAGES in
    unique) MSG_FLAG=-u ;;
    identical) MSG_FLAG=-i ;;
    *) echo "run.sh: BENCH_MESSAGES must be unique or identical" >&2; exit 2 ;;
esac

[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: BENCH_REPEAT must be a positive integer" >&2; exit 2; }
for scen in $PROTOCOLS; do
    if [[ ! -f $BENCH_DIR/servers/${scen%%:*}.php ]] || [[ $scen == *:* && ! ${scen#*:} =~ ^[1-9][0-9]*$ ]]; then
        echo "run.sh: bad scenario '$scen' in BENCH_PROTOCOLS (protocol with a servers/<protocol>.php, optionally :<bytes>)" >&2
        exit 2
    fi
done

# ---------------------------------------------------------------- preparation

if [[ ! -x $LOADGEN || $BENCH_DIR/loadgen.c -nt $LOADGEN ]]; then
    log "building $LOADGEN"
    cc -O2 -Wall -Wextra -Werror -o "$LOADGEN" "$BENCH_DIR/loadgen.c" || { log "run.sh: cannot build loadgen"; exit 1; }
fi

need_cores "$SERVER_CPU" "$LOADGEN_CPU"

RUN_EXT=0
RUN_BASE=0
RUN_UP=0
RUN_FLOOR=0
NULLSRV=$BENCH_DIR/nullsrv
for impl in $IMPLS; do
    case $impl in
        extension)
            copy_extension && RUN_EXT=1 ;;
        baseline)
            copy_baseline && RUN_BASE=1 ;;
        upstream)
            check_upstream && RUN_UP=1 ;;
        iofloor)
            if [[ ! -x $NULLSRV || $BENCH_DIR/nullsrv.c -nt $NULLSRV || $BENCH_DIR/wsutil.h -nt $NULLSRV ]]; then
                cc -O2 -Wall -Wextra -Werror -o "$NULLSRV" "$BENCH_DIR/nullsrv.c" || { log "run.sh: cannot build nullsrv"; exit 1; }
            fi
            RUN_FLOOR=1 ;;
        *) log "run.sh: unknown implementation '$impl'"; exit 2 ;;
    esac
done
if (( RUN_EXT == 0 && RUN_BASE == 0 && RUN_UP == 0 && RUN_FLOOR == 0 )); then
    log "run.sh: nothing to run"; exit 1
fi

# ---------------------------------------------------------------- one run

# run_one IMPL SCENARIO DEPTH REP: appends a result row to ROWS
# (SCENARIO is PROTO or PROTO:SIZE)
run_one() {
    local impl=$1 scen=$2 depth=$3 rep=$4
    local proto=${scen%%:*} size=$SIZE
    [[ $scen == *:* ]] && size=${scen#*:}
    local dir=$WORK/$impl-${scen/:/-}-$depth-$rep
    mkdir -p "$dir"
    next_port || return 1
    local port=$PORT

    local -a cmd=(taskset -c "$SERVER_CPU" "$PHP" "${PHP_BASE[@]}")
    if [[ $impl == iofloor ]]; then
        local mode=echo
        [[ $proto == ws ]] && mode=wsecho
        taskset -c "$SERVER_CPU" "$NULLSRV" -m "$mode" -p "$port" > "$dir/server.log" 2>&1 < /dev/null &
    elif [[ $impl == extension || $impl == baseline ]]; then
        if [[ $impl == baseline ]]; then cmd+=(-d extension="$BASE_SO"); else cmd+=(-d extension="$EXT_SO"); fi
        env -u UPSTREAM_WORKERMAN BENCH_PORT="$port" BENCH_RUNDIR="$dir" \
            "${cmd[@]}" "$BENCH_DIR/servers/$proto.php" > "$dir/server.log" 2>&1 < /dev/null &
    else
        UPSTREAM_WORKERMAN=$UPSTREAM_WORKERMAN BENCH_PORT="$port" BENCH_RUNDIR="$dir" \
            "${cmd[@]}" "$BENCH_DIR/servers/$proto.php" > "$dir/server.log" 2>&1 < /dev/null &
    fi
    local master=$!
    PIDS+=("$master")

    local worker=
    wait_worker "$master" "$port" && worker=$WORKER
    local status=ok note=
    if [[ -z $worker ]]; then
        log "[$impl $scen depth=$depth #$rep] server did not start (see below)"
        sed 's/^/    server: /' "$dir/server.log" >&2
        stop_server "$master" ""
        ROWS+=("$impl|$scen|$depth|$rep|-|-|-|-|-|-|server did not start")
        return 1
    fi
    PIDS+=("$worker")

    local lg=(taskset -c "$LOADGEN_CPU" "$LOADGEN" -t "$proto" -h 127.0.0.1 -p "$port"
              -c "$CONNS" -P "$depth" -s "$size" "$MSG_FLAG")

    # warm-up (opcache, allocator, socket buffers); BENCH_WARMUP=0 skips it
    local wline
    if [[ $WARMUP != 0 ]]; then
        wline=$(timeout $((${WARMUP%.*} + 30)) "${lg[@]}" -d "$WARMUP" 2> "$dir/warmup.err")
        if [[ $(kv "$wline" errors) != 0 ]]; then
            note="warm-up: ${wline:-no output} $(head -c 300 "$dir/warmup.err" | tr '\n' ' ')"
        fi
    fi

    local before after line rc
    before=$(cpu_ticks "$worker") || before=
    line=$(timeout $((${DURATION%.*} + 30)) "${lg[@]}" -d "$DURATION" 2> "$dir/loadgen.err")
    rc=$?
    after=$(cpu_ticks "$worker") || after=
    local worker_after
    worker_after=$(pgrep -P "$master" | tr '\n' ' ')
    echo "$line" > "$dir/loadgen.out"

    if [[ -z $before || -z $after ]]; then
        status=fail; note+=" worker $worker died during the run (children now: ${worker_after:-none})"
    elif [[ ${worker_after% } != "$worker" ]]; then
        status=fail; note+=" worker pid changed: $worker -> ${worker_after:-none}"
    fi
    if [[ -z $line ]]; then
        status=fail; note+=" loadgen rc=$rc, no result: $(head -c 300 "$dir/loadgen.err" | tr '\n' ' ')"
    elif (( rc != 0 )); then
        note+=" loadgen rc=$rc: $(head -c 300 "$dir/loadgen.err" | tr '\n' ' ')"
    fi

    stop_server "$master" "$worker" || note+=" server did not stop within ${STOP_TIMEOUT}s (killed)"
    local problems; problems=$(log_problems "$dir/server.log")
    [[ -n $problems ]] && note+=" server log: $problems"

    local msgs=- secs=- errs=- rate=- user=- sys=- total=- busy=-
    if [[ -n $line ]]; then
        msgs=$(kv "$line" messages); secs=$(kv "$line" seconds)
        errs=$(kv "$line" errors); rate=$(kv "$line" rate)
        local st; st=$(kv "$line" stalled)
        [[ -n $st && $st != 0 ]] && note+=" stalled connections: $st"
    fi
    if [[ $status == ok && -n $msgs && $msgs != 0 ]]; then
        read -r user sys total < <(per_unit "$before" "$after" "$msgs")
        # share of its core the worker used: below ~95% it was waiting for the load generator
        busy=$(awk -v t="$total" -v r="$rate" 'BEGIN { printf "%.0f", t * r / 1e4 }')
    fi
    [[ -n $errs && $errs != 0 ]] && note+=" (loadgen errors=$errs)"
    note=${note# }
    [[ -n $note ]] && log "[$impl $scen depth=$depth #$rep] $note"
    ROWS+=("$impl|$scen|$depth|$rep|$rate|$user|$sys|$total|$busy|$errs|$note")
    log "[$impl $scen depth=$depth #$rep] $line user_us=$user sys_us=$sys total_us=$total"
    return 0
}

# ---------------------------------------------------------------- main

ROWS=()
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "ext-workerman bench: duration=${DURATION}s warmup=${WARMUP}s x $REPEAT conns=$CONNS size=$SIZE messages=$MESSAGES"
log "server on core $SERVER_CPU, loadgen on core $LOADGEN_CPU, CLK_TCK=$CLK_TCK; load average now: $LOAD_BEFORE"
for (( rep = 1; rep <= REPEAT; rep++ )); do
    for scen in $PROTOCOLS; do
        for depth in $DEPTHS; do
            (( RUN_EXT )) && run_one extension "$scen" "$depth" "$rep"
            (( RUN_BASE )) && run_one baseline "$scen" "$depth" "$rep"
            (( RUN_UP )) && run_one upstream "$scen" "$depth" "$rep"
            (( RUN_FLOOR )) && [[ ${scen%%:*} != jsonnl ]] && run_one iofloor "$scen" "$depth" "$rep"
        done
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report

# median IMPL SCENARIO DEPTH FIELD: median of a numeric field (5 rate, 6 user, 7 sys, 8 total,
# 9 busy %, 10 errors) over the repetitions, "-" if none
median() {
    local r
    for r in "${ROWS[@]}"; do
        [[ $r == "$1|$2|$3|"* ]] && printf '%s\n' "$r"
    done | awk -F'|' -v f="$4" '$f ~ /^[0-9.]+$/ { print $f }' | sort -g \
        | awk -v fmt="$( (( $4 == 5 )) && echo '%.1f' || { (( $4 >= 9 )) && echo '%.0f'; } || echo '%.3f')" '{ v[++n] = $1 }
            END {
                if (n == 0) print "-"
                else if (n % 2) printf fmt "\n", v[(n + 1) / 2]
                else printf fmt "\n", (v[n / 2] + v[n / 2 + 1]) / 2
            }'
}

has_row() { # has_row IMPL SCENARIO DEPTH
    local r
    for r in "${ROWS[@]}"; do
        [[ $r == "$1|$2|$3|"* ]] && return 0
    done
    return 1
}

report() {
    echo "ext-workerman benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    machine_line
    echo "server on core $SERVER_CPU, loadgen on core $LOADGEN_CPU; ${CONNS} connections, ${SIZE}-byte payloads unless the scenario says :<bytes>, $MESSAGES messages, ${DURATION}s per run (+${WARMUP}s warm-up)"
    if (( REPEAT > 1 )); then echo "$REPEAT runs per scenario and implementation, interleaved: medians"; fi
    echo "load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
    if (( RUN_UP )); then echo "upstream: Workerman $UP_VERSION from $UPSTREAM_WORKERMAN (pure PHP, Select loop)"; fi
    echo "server CPU from /proc/<worker>/stat (utime, stime), CLK_TCK=$CLK_TCK"
    echo
    printf '%-9s %5s  %-9s  %10s  %9s  %9s  %9s  %5s  %6s\n' scenario depth impl "msgs/s" "user µs" "sys µs" "total µs" busy errors
    printf '%-9s %5s  %-9s  %10s  %9s  %9s  %9s  %5s  %6s\n' "" "" "" "" "/msg" "/msg" "/msg" "%" ""
    local scen depth impl r
    for scen in $PROTOCOLS; do
        for depth in $DEPTHS; do
            for impl in extension baseline upstream iofloor; do
                has_row "$impl" "$scen" "$depth" || continue
                printf '%-9s %5s  %-9s  %10s  %9s  %9s  %9s  %5s  %6s\n' "$scen" "$depth" "$impl" \
                    "$(median "$impl" "$scen" "$depth" 5)" "$(median "$impl" "$scen" "$depth" 6)" \
                    "$(median "$impl" "$scen" "$depth" 7)" "$(median "$impl" "$scen" "$depth" 8)" \
                    "$(median "$impl" "$scen" "$depth" 9)" "$(median "$impl" "$scen" "$depth" 10)"
            done
        done
    done
    local pair a b f out
    for pair in extension/upstream baseline/upstream extension/baseline iofloor/upstream extension/iofloor; do
        a=${pair%/*} b=${pair#*/}
        [[ " $IMPLS_RUN " == *" $a "* && " $IMPLS_RUN " == *" $b "* ]] || continue
        echo
        echo "ratios $pair (server CPU per message: < 1 means $a uses less CPU; msgs/s: > 1 means faster)"
        printf '%-9s %5s  %10s  %10s  %10s  %10s\n' scenario depth "cpu/msg" "user/msg" "sys/msg" "msgs/s"
        for scen in $PROTOCOLS; do
            for depth in $DEPTHS; do
                has_row "$a" "$scen" "$depth" && has_row "$b" "$scen" "$depth" || continue
                out=()
                for f in 8 6 7 5; do
                    out+=("$(ratio "$(median "$a" "$scen" "$depth" $f)" "$(median "$b" "$scen" "$depth" $f)")")
                done
                printf '%-9s %5s  %10s  %10s  %10s  %10s\n' "$scen" "$depth" "${out[@]}"
            done
        done
    done
    local rep rate user sys total busy errs note
    if (( REPEAT > 1 )); then
        echo
        echo "every run:"
        for r in "${ROWS[@]}"; do
            IFS='|' read -r impl scen depth rep rate user sys total busy errs _ <<< "$r"
            printf '%-9s %5s  %-9s  #%-2s  %10s  %9s  %9s  %9s  %5s  %6s\n' "$scen" "$depth" "$impl" "$rep" "$rate" "$user" "$sys" "$total" "$busy" "$errs"
        done
    fi
    local any=0
    for r in "${ROWS[@]}"; do
        IFS='|' read -r impl scen depth rep _ _ _ _ _ _ note <<< "$r"
        if [[ -n $note ]]; then
            (( any )) || { echo; echo "problems:"; any=1; }
            echo "  $impl $scen depth=$depth #$rep: $note"
        fi
    done
}

IMPLS_RUN=
(( RUN_EXT )) && IMPLS_RUN+=" extension"
(( RUN_BASE )) && IMPLS_RUN+=" baseline"
(( RUN_UP )) && IMPLS_RUN+=" upstream"
(( RUN_FLOOR )) && IMPLS_RUN+=" iofloor"
REPORT=$(report)
printf '%s\n' "$REPORT"
save_results results "$REPORT" \
    "impl	scenario	depth	run	msgs_per_s	user_us_per_msg	sys_us_per_msg	total_us_per_msg	busy_percent	errors	note" \
    "${ROWS[@]}"

for r in "${ROWS[@]}"; do
    IFS='|' read -r _ _ _ _ _ _ _ _ _ errs note <<< "$r"
    [[ -n $note || ( $errs != 0 && $errs != - ) ]] && exit 1
done
exit 0
