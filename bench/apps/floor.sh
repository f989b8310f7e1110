#!/usr/bin/env bash
# The floor of the real-application benchmarks: each app's own per-request PHP cost without
# Workerman's socket and event-loop work (bench/apps/floor-*.php), with the app's vendor/
# Workerman classes (upstream) and with the extension's native ones, pinned to one core.
#
#   bench/apps/floor.sh
#   BENCH_FLOOR_CALLS=50000 BENCH_REPEAT=3 bench/apps/floor.sh
#
# Cases: webman-json (GET /index/json), webman-session (GET /bench/session with a fixed session
# cookie), webman-static (GET /favicon.ico), gwchat (a `say` broadcast to BENCH_CLIENTS clients).
# Prints each floor-*.php line and a summary of the medians of BENCH_REPEAT runs.
#
# With BENCH_FLOOR_INSTR=1 it counts instructions instead (valgrind's callgrind, user space
# only, repeatable to a fraction of a percent on a busy machine): each case runs twice under
# callgrind, with N and 3N calls (N = BENCH_FLOOR_CALLS, default 2000 in this mode), and
# (Ir(3N) - Ir(N)) / 2.2N is printed as instr_per_call (2.2N: the 2N extra calls and their
# N/10 extra warm-up calls), which cancels the app's start-up.
#
# Environment (all optional): BENCH_APPS_DIR, WORKERMAN_SO, BENCH_IMPLS, BENCH_REPEAT,
# BENCH_JIT, BENCH_SERVER_CPU, BENCH_CLIENTS, PHP as for bench/apps.sh;
# BENCH_FLOOR_CALLS calls per run (default 20000); BENCH_FLOOR_CASES (default all four);
# BENCH_FLOOR_INSTR=1 instruction counts (above).

set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=$(dirname "$BENCH_DIR")
APPS_DIR=${BENCH_APPS_DIR:-$ROOT/../shared/apps}
SO=${WORKERMAN_SO:-$ROOT/modules/workerman.so}
IMPLS=${BENCH_IMPLS:-"extension upstream"}
REPEAT=${BENCH_REPEAT:-1}
JIT=${BENCH_JIT:-0}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
CLIENTS=${BENCH_CLIENTS:-20}
INSTR=${BENCH_FLOOR_INSTR:-0}
if [[ $INSTR == 1 ]]; then CALLS=${BENCH_FLOOR_CALLS:-2000}; else CALLS=${BENCH_FLOOR_CALLS:-20000}; fi
CASES=${BENCH_FLOOR_CASES:-"webman-json webman-session webman-static gwchat"}
PHP=${PHP:-php}
STOP_TIMEOUT=5
START_TIMEOUT=5

BENCH_NAME=floor.sh
. "$BENCH_DIR/lib.sh"

for v in REPEAT CLIENTS CALLS; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { log "floor.sh: BENCH_${v/CALLS/FLOOR_CALLS} must be a positive whole number"; exit 2; }
done
need_cores "$SERVER_CPU"
EXT_DIR=$("$PHP" -n -r 'echo PHP_EXTENSION_DIR;')
for e in phar ctype mbstring fileinfo tokenizer iconv; do
    [[ -f $EXT_DIR/$e.so ]] && PHP_BASE+=(-d extension=$e)
done
[[ $JIT == 1 ]] && PHP_BASE+=(-d opcache.jit_buffer_size=64M -d opcache.jit=tracing)
if [[ $INSTR == 1 ]]; then
    command -v valgrind > /dev/null || { log "floor.sh: BENCH_FLOOR_INSTR=1 needs valgrind"; exit 1; }
    # PCRE's JIT and opcache's JIT generate code callgrind counts as any other; keep PCRE's
    # (both sides alike) and let BENCH_JIT decide opcache's.
fi

# instr OUT_PREFIX CALLS CMD...: the instruction total of one run under callgrind (0 on failure)
instr() {
    local out=$1
    shift
    timeout 1200 taskset -c "$SERVER_CPU" valgrind --tool=callgrind --callgrind-out-file="$out.cg" "$@" > "$out.log" 2>&1 \
        && grep -q '^floor: ' "$out.log" && awk '/^totals:/ { t = $2 } END { print t + 0 }' "$out.cg" || echo 0
}

pick_impls

WEBMAN=
LINES=()
for rep in $(seq 1 "$REPEAT"); do
    for c in $CASES; do
        app=${c%%-*}
        if [[ ! -d $APPS_DIR/$app ]]; then
            (( rep == 1 )) && log "floor.sh: skipping $c: no $APPS_DIR/$app"
            continue
        fi
        args=()
        case $c in
            webman-*)
                if [[ -z $WEBMAN ]]; then
                    WEBMAN=$WORK/webman
                    "$PHP" -n "$BENCH_DIR/apps/setup.php" webman "$APPS_DIR/webman" "$WEBMAN" 1 || exit 1
                fi
                case $c in
                    webman-json) args=(floor-webman.php "$WEBMAN" /index/json '' "$CALLS") ;;
                    webman-session) args=(floor-webman.php "$WEBMAN" /bench/session PHPSID=benchsession0123456789abcdef "$CALLS") ;;
                    webman-static) args=(floor-webman.php "$WEBMAN" /favicon.ico '' "$CALLS") ;;
                    *) log "floor.sh: unknown case $c"; exit 2 ;;
                esac ;;
            gwchat) args=(floor-gwchat.php "$APPS_DIR/gwchat" "$CLIENTS" "$CALLS") ;;
            *) log "floor.sh: unknown case $c"; exit 2 ;;
        esac
        args[0]=$BENCH_DIR/apps/${args[0]}
        for impl in "${RUN[@]}"; do
            cmd=(timeout 600 taskset -c "$SERVER_CPU" "$PHP" "${PHP_BASE[@]}")
            so=$(impl_so "$impl")
            [[ -n $so ]] && cmd+=(-d extension="$so")
            if [[ $INSTR == 1 ]]; then
                vg=("$PHP" "${PHP_BASE[@]}")
                [[ -n $so ]] && vg+=(-d extension="$so")
                last=$(( ${#args[@]} - 1 ))
                a1=("${args[@]}"); a3=("${args[@]}"); a3[$last]=$((CALLS * 3))
                i1=$(instr "$WORK/$c-$impl-1" "${vg[@]}" "${a1[@]}")
                i3=$(instr "$WORK/$c-$impl-3" "${vg[@]}" "${a3[@]}")
                if [[ $i1 == 0 || $i3 == 0 ]]; then
                    log "floor.sh: $c $impl failed under callgrind: $(tail -c 500 "$WORK/$c-$impl-1.log")"
                    LINES+=("$c $impl FAILED")
                    continue
                fi
                line=$(awk -v a="$i1" -v b="$i3" -v n="$CALLS" 'BEGIN { printf "floor: instr_per_call=%.0f", (b - a) / (2.2 * n) }')
                log "[$c $impl #$rep] $line (Ir $i1, $i3)"
                LINES+=("$c $impl ${line#floor: }")
                continue
            fi
            out=$("${cmd[@]}" "${args[@]}" 2>&1)
            line=$(grep -m1 '^floor: ' <<< "$out")
            if [[ -z $line ]]; then
                log "floor.sh: $c $impl failed: $(tail -c 500 <<< "$out")"
                LINES+=("$c $impl FAILED")
                continue
            fi
            log "[$c $impl #$rep] $line"
            LINES+=("$c $impl ${line#floor: }")
        done
    done
done

# medians per case and implementation of every numeric key
echo "$(machine_line | sed "s/JIT off)/JIT $([[ $JIT == 1 ]] && echo on || echo off))/"); medians of $REPEAT run(s), $CALLS calls each$([[ $INSTR == 1 ]] && echo "; callgrind instructions per call")"
printf '%s\n' "${LINES[@]}" | awk '
    $3 == "FAILED" { failed[$1 " " $2] = 1; next }
    {
        k = $1 " " $2; if (!(k in seen)) { order[++n] = k; seen[k] = 1 }
        for (i = 3; i <= NF; i++) {
            split($i, kv, "="); if (kv[2] ~ /^[0-9.]+$/ && kv[1] != "calls" && kv[1] != "messages" && kv[1] != "clients") {
                if (!((k, kv[1]) in cnt)) keys[k] = keys[k] " " kv[1]
                v[k, kv[1], ++cnt[k, kv[1]]] = kv[2]
            }
        }
    }
    END {
        for (j = 1; j <= n; j++) {
            k = order[j]; line = sprintf("%-28s", k); m = split(keys[k], ks, " ")
            for (i = 1; i <= m; i++) {
                c = cnt[k, ks[i]]; delete a
                for (x = 1; x <= c; x++) a[x] = v[k, ks[i], x]
                for (x = 2; x <= c; x++) { y = a[x]; z = x - 1; while (z > 0 && a[z] > y) { a[z + 1] = a[z]; z-- } a[z + 1] = y }
                med = (c % 2) ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
                line = line sprintf(" %s=%.3f", ks[i], med)
            }
            print line
        }
        for (k in failed) print k " FAILED"
    }'
for l in "${LINES[@]}"; do [[ $l == *FAILED ]] && exit 1; done
exit 0
