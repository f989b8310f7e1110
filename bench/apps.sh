#!/usr/bin/env bash
# ext-workerman real-application benchmark: server CPU per request (or per delivered message)
# of unmodified applications from ../shared/apps, on their own vendor/ Workerman (upstream) and
# on the same copy with the extension loaded.
#
#   bench/apps.sh                     # every scenario, extension and upstream, interleaved
#   BENCH_REPEAT=3 BENCH_SCENARIOS="webman-json gwchat" bench/apps.sh
#
# Scenarios (the apps are copied to a temporary directory by bench/apps/setup.php, which moves
# their ports and sets one process per role; see there):
#   webman-json     webman 2.2: GET /index/json (the skeleton's IndexController::json), wrk
#   webman-session  webman: GET /bench/session with a fixed PHPSID cookie: loads the session,
#                   writes one key, saves it (file handler), wrk (wrk/session.lua)
#   webman-static   webman: GET /favicon.ico from public/, wrk
#   think5-json     ThinkPHP 8 + think-worker 5: GET /bench/json (a route closure returning
#                   json()), wrk; think-worker closes the connection after every answer, so
#                   every request is a new connection
#   gwchat          GatewayWorker 4 chat (1 gateway + 1 business worker + the register): BENCH_CLIENTS
#                   websocket clients log in to one room, then each keeps one `say` message in
#                   flight; the app broadcasts each to the whole room (loadgen -t wschat)
#   sio             phpsocket.io 2.3 chat over the websocket transport (EIO=3): BENCH_CLIENTS
#                   clients `add user`, then send `new message`; the app broadcasts each to
#                   every other client (loadgen -t wschat). No separate warm-up run: when 20
#                   flooding clients disconnect its worker dies of SIGSEGV (upstream Workerman
#                   4.2.1 as the extension), so the app is stopped before its clients leave.
# Figure of merit: the utime+stime of the app's processes (every child of the master; the master
# itself only supervises) during the measured run, per request (HTTP) or per delivered message
# (chat: one per receiving client). The chat scenarios also give each role's share (gwchat:
# gateway, business, register).
#
# Environment (all optional):
#   BENCH_APPS_DIR     the trees (default <repo>/../shared/apps); a missing tree skips its
#                      scenarios with a message
#   WORKERMAN_SO       extension to test (default: <repo>/modules/workerman.so)
#   BENCH_SCENARIOS    default "webman-json webman-session webman-static think5-json gwchat sio"
#   BENCH_BASELINE_SO  with "baseline" in BENCH_IMPLS: another build of the extension (e.g. the
#                      one before a change); the implementations run in BENCH_IMPLS' order
#   BENCH_IMPLS        default "extension upstream iofloor"; iofloor is bench/nullsrv (the I/O
#                      floor: the app's socket traffic with one write per reply and nothing else)
#                      for webman-*, think5-json (the reply bytes the extension (or upstream)
#                      gave; think5: a new connection per request) and gwchat; it runs last
#   BENCH_DURATION     measured seconds per run, an integer (default 5)
#   BENCH_WARMUP       warm-up seconds per run, an integer, 0 = none (default 1)
#   BENCH_REPEAT       runs per scenario and implementation, interleaved; medians (default 1)
#   BENCH_CONNS        wrk connections for the HTTP scenarios (default 64)
#   BENCH_CLIENTS      websocket clients of the chat scenarios (default 20)
#   BENCH_PERF         1: `perf record` the app's processes during each measured run and report
#                      where their CPU went: kernel, the extension, libevent, the PHP VM (the
#                      framework's PHP, and upstream's), libc, other (adds a few % to the figures)
#   BENCH_JIT          1: opcache JIT on (tracing, 64M buffer) on both sides (default 0: off)
#   BENCH_SERVER_CPU   core for every process of the app (default 0)
#   BENCH_LOADGEN_CPU  core for wrk / loadgen (default 1)
#   BENCH_PORT_BASE    first port tried (default 20000 + pid % 10000, below the ephemeral range)
#   BENCH_OUT          results directory (default <repo>/bench/out)
#   PHP, WRK           binaries (default php, wrk)

set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")

APPS_DIR=${BENCH_APPS_DIR:-$ROOT/../shared/apps}
DURATION=${BENCH_DURATION:-5}
WARMUP=${BENCH_WARMUP:-1}
REPEAT=${BENCH_REPEAT:-1}
CONNS=${BENCH_CONNS:-64}
CLIENTS=${BENCH_CLIENTS:-20}
JIT=${BENCH_JIT:-0}
PERF=${BENCH_PERF:-0}
SCENARIOS=${BENCH_SCENARIOS:-"webman-json webman-session webman-static think5-json gwchat sio"}
IMPLS=${BENCH_IMPLS:-"extension upstream iofloor"}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
LOADGEN_CPU=${BENCH_LOADGEN_CPU:-1}
SO=${WORKERMAN_SO:-$ROOT/modules/workerman.so}
OUT_DIR=${BENCH_OUT:-$BENCH_DIR/out}
PHP=${PHP:-php}
WRK=${WRK:-wrk}
STOP_TIMEOUT=15     # seconds to wait for the master to exit after SIGINT
START_TIMEOUT=30    # seconds to wait for the app to listen and fork its processes

LOADGEN=$BENCH_DIR/loadgen
NULLSRV=$BENCH_DIR/nullsrv
CHAT_REPLY_BYTES=140   # the chat's JSON reply to a `say` (iofloor pads its frames to this size)
BENCH_NAME=apps.sh
. "$BENCH_DIR/lib.sh"

for v in DURATION WARMUP REPEAT CONNS CLIENTS; do
    [[ ${!v} =~ ^[0-9]+$ ]] || { log "apps.sh: BENCH_$v must be a whole number, not '${!v}'"; exit 2; }
done
(( DURATION > 0 && REPEAT > 0 && CONNS > 0 && CLIENTS > 1 )) \
    || { log "apps.sh: BENCH_DURATION, BENCH_REPEAT, BENCH_CONNS must be > 0, BENCH_CLIENTS > 1"; exit 2; }

# Extensions the frameworks need that `php -n` lacks (webman's helpers use Phar, its
# dependencies ctype/mbstring/fileinfo; ThinkPHP mbstring), loaded on both sides alike.
EXT_DIR=$("$PHP" -n -r 'echo PHP_EXTENSION_DIR;')
for e in phar ctype mbstring fileinfo tokenizer iconv; do
    [[ -f $EXT_DIR/$e.so ]] && PHP_BASE+=(-d extension=$e)
done
if [[ $JIT == 1 ]]; then
    PHP_BASE+=(-d opcache.jit_buffer_size=64M -d opcache.jit=tracing)
fi

# scenario -> "app kind target"; kind http: target is "path body-file wrk-script [cookie]";
# kind chat: loadgen -t wschat with the app's login/message templates
scenario_app() {
    case $1 in
        webman-json|webman-session|webman-static) echo webman ;;
        think5-json) echo think5 ;;
        gwchat) echo gwchat ;;
        sio) echo sio ;;
        *) return 1 ;;
    esac
}
for s in $SCENARIOS; do
    scenario_app "$s" > /dev/null || { log "apps.sh: unknown scenario '$s'"; exit 2; }
done

# ---------------------------------------------------------------- preparation

need_cores "$SERVER_CPU" "$LOADGEN_CPU"

for tool in loadgen nullsrv; do
    if [[ ! -x $BENCH_DIR/$tool || $BENCH_DIR/$tool.c -nt $BENCH_DIR/$tool || $BENCH_DIR/wsutil.h -nt $BENCH_DIR/$tool ]]; then
        log "building $BENCH_DIR/$tool"
        cc -O2 -Wall -Wextra -Werror -o "$BENCH_DIR/$tool" "$BENCH_DIR/$tool.c" || { log "apps.sh: cannot build $tool"; exit 1; }
    fi
done

# The scenarios whose tree exists; the others are skipped with a message.
RUN_SCEN=()
SKIPPED=()
for s in $SCENARIOS; do
    app=$(scenario_app "$s")
    if [[ ! -d $APPS_DIR/$app ]]; then
        SKIPPED+=("$s: no $APPS_DIR/$app (the trees of ../shared/apps are absent)")
        continue
    fi
    if [[ $s == webman-* || $s == think5-* ]] && ! command -v "$WRK" > /dev/null; then
        SKIPPED+=("$s: wrk not found (apt-get install wrk)")
        continue
    fi
    RUN_SCEN+=("$s")
done
for s in ${SKIPPED[@]+"${SKIPPED[@]}"}; do log "apps.sh: skipping $s"; done
(( ${#RUN_SCEN[@]} )) || { log "apps.sh: no scenario to run (nothing measured)"; exit 0; }

# iofloor is not a Workerman: lib.sh's pick_impls does not know it; it runs after the others
# (its HTTP reply is the bytes the extension, or upstream, gave in the same round).
IOFLOOR=0
[[ " $IMPLS " == *" iofloor "* ]] && IOFLOOR=1
IMPLS=$(tr ' ' '\n' <<< "$IMPLS" | grep -vx iofloor | tr '\n' ' ')
pick_impls
(( IOFLOOR )) && RUN+=(iofloor)
has_floor() { [[ $1 == webman-* || $1 == think5-json || $1 == gwchat ]]; }

# One copy per app, shared by both implementations (the runs are sequential); ports are chosen
# once per copy.
declare -A COPY APP_PORT GW_REG GW_INNER
prepare_app() { # prepare_app APP: copies and edits the tree once
    local app=$1 dest=$WORK/apps/$app
    [[ -n ${COPY[$app]:-} ]] && return 0
    mkdir -p "$WORK/apps"
    local -a ports
    next_port || return 1; ports+=("$PORT")
    if [[ $app == gwchat ]]; then
        next_port || return 1; ports+=("$PORT")
        PORT=$((PORT + 10)); next_port || return 1; ports+=("$PORT")   # the gateway's inner port
        PORT=$((PORT + 2))
        GW_REG[$app]=${ports[1]}; GW_INNER[$app]=${ports[2]}
    fi
    if ! "$PHP" -n "$BENCH_DIR/apps/setup.php" "$app" "$APPS_DIR/$app" "$dest" "${ports[@]}"; then
        log "apps.sh: could not prepare $app"
        return 1
    fi
    APP_PORT[$app]=${ports[0]}
    COPY[$app]=$dest
}

# ---------------------------------------------------------------- processes

# start_app IMPL APP DIR [SCENARIO REP]: starts the app in the foreground (pinned), sets MASTER;
# iofloor starts bench/nullsrv in its place
start_app() {
    local impl=$1 app=$2 dir=$3
    if [[ $impl == iofloor ]]; then
        local -a ns=(taskset -c "$SERVER_CPU" "$NULLSRV" -p "${APP_PORT[$app]}")
        if [[ $app == gwchat ]]; then
            ns+=(-m chat -l "$dir/chat.log" -b "$CHAT_REPLY_BYTES")
        else
            local r
            r=$(ls "$WORK"/{extension,upstream}-"$4-$5"/reply 2>/dev/null | head -n1)
            ns+=(-m http -r "${r:-/nonexistent}")
            [[ $app == think5 ]] && ns+=(-c)    # think-worker closes after every answer
        fi
        "${ns[@]}" > "$dir/server.log" 2>&1 < /dev/null &
        MASTER=$!
        return
    fi
    local -a cmd=(taskset -c "$SERVER_CPU" "$PHP" "${PHP_BASE[@]}")
    local so; so=$(impl_so "$impl")
    [[ -n $so ]] && cmd+=(-d extension="$so")
    case $app in
        webman|gwchat) cmd+=(start.php start) ;;
        sio) cmd+=(examples/chat/start.php start) ;;
        think5) cmd+=(think worker) ;;
    esac
    (cd "${COPY[$app]}" && exec "${cmd[@]}") > "$dir/server.log" 2>&1 < /dev/null &
    MASTER=$!
}

children() { pgrep -P "$1" | sort -n | tr '\n' ' '; }

# wait_app MASTER APP: waits until the app's port(s) accept connections and its set of processes
# has not changed for 1 s; sets KIDS (the master's children). Returns 1 on timeout.
KIDS=
wait_app() {
    local master=$1 app=$2 i same=0 prev= now
    local -a ports=("${APP_PORT[$app]}")
    [[ $app == gwchat && ${3:-} != iofloor ]] && ports+=("${GW_REG[$app]}" "${GW_INNER[$app]}")
    KIDS=
    for (( i = 0; i < START_TIMEOUT * 5; i++ )); do
        kill -0 "$master" 2>/dev/null || return 1
        local up=1 p
        for p in "${ports[@]}"; do
            (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { up=0; break; }
        done
        now=$(children "$master")
        if (( up )) && [[ -n $now && $now == "$prev" ]]; then
            same=$((same + 1))
            if (( same >= 5 )); then KIDS=${now% }; return 0; fi
        else
            same=0
        fi
        prev=$now
        sleep 0.2
    done
    return 1
}

# stop_app MASTER KIDS: SIGINT the master, wait (bounded), SIGKILL what is left
stop_app() {
    local master=$1 kids=$2 i ok=0 k
    kill -INT "$master" 2>/dev/null
    for (( i = 0; i < STOP_TIMEOUT * 10; i++ )); do
        kill -0 "$master" 2>/dev/null || { ok=1; break; }
        sleep 0.1
    done
    (( ok )) || kill_pid "$master"
    wait "$master" 2>/dev/null
    for k in $kids; do
        for (( i = 0; i < 20; i++ )); do kill -0 "$k" 2>/dev/null || break; sleep 0.1; done
        kill_pid "$k"
    done
    untrack "$master" $kids
    (( ok ))
}

# role APP PID: the role of one of the app's processes, from its title (Workerman's
# "WorkerMan: worker process  <name> <listen>", same with the extension)
role() {
    local cmd
    cmd=$(tr '\0' ' ' < "/proc/$2/cmdline" 2>/dev/null)
    case $(cat "/proc/$2/comm" 2>/dev/null) in
        nullsrv-gw) echo gateway; return ;;
        nullsrv-biz) echo business; return ;;
    esac
    case $1:$cmd in
        gwchat:*ChatGateway*) echo gateway ;;
        gwchat:*ChatBusinessWorker*) echo business ;;
        gwchat:*Register*) echo register ;;
        think5:*conduit*) echo conduit ;;
        *) echo worker ;;
    esac
}

# sample KIDS: "pid utime stime" per process
sample() {
    local k
    for k in $1; do printf '%s %s\n' "$k" "$(cpu_ticks "$k" || echo '- -')"; done
}

# ---------------------------------------------------------------- one run

# perf_split FILE: "kernel=% ext=% libevent=% php=% libc=% other=%" of a perf.data (samples by
# shared object: the kernel, workerman.so, libevent, the PHP binary with its JIT code, libc)
declare -A PERF_SPLIT
perf_split() {
    perf report -i "$1" --no-children --sort dso -g none --stdio 2>/dev/null | awk '
        /^#/ || NF < 2 { next }
        { p = $1; sub(/%/, "", p); d = $2
          if (d ~ /kernel/) k += p; else if (d ~ /workerman\.so/) e += p; else if (d ~ /libevent/) l += p;
          else if (d ~ /^php/ || d ~ /JIT|perf-|\[unknown\]|opcache/) v += p; else if (d ~ /libc/) c += p; else o += p }
        END { printf "kernel=%.1f ext=%.1f libevent=%.1f php=%.1f libc=%.1f other=%.1f", k, e, l, v, c, o }'
}

# run_one IMPL SCENARIO REP: appends a row to ROWS:
# impl|scenario|rep|rate|user|sys|total|roles|note   (roles: "name=µs,name=µs")
run_one() {
    local impl=$1 scenario=$2 rep=$3 app
    app=$(scenario_app "$scenario")
    local tag="[$impl $scenario #$rep]" dir=$WORK/$impl-$scenario-$rep
    mkdir -p "$dir"
    if ! prepare_app "$app"; then
        ROWS+=("$impl|$scenario|$rep|-|-|-|-|-|app could not be prepared")
        return 1
    fi
    local port=${APP_PORT[$app]}
    start_app "$impl" "$app" "$dir" "$scenario" "$rep"
    local master=$MASTER
    PIDS+=("$master")
    if ! wait_app "$master" "$app" "$impl"; then
        log "$tag the app did not start (see below)"
        sed 's/^/    server: /' "$dir/server.log" | tail -n 30 >&2
        stop_app "$master" "$(children "$master")"
        ROWS+=("$impl|$scenario|$rep|-|-|-|-|-|app did not start")
        return 1
    fi
    local kids=$KIDS k
    LG=
    PIDS+=($kids)
    local -A roleof=()
    for k in $kids; do roleof[$k]=$(role "$app" "$k"); done
    [[ $app == gwchat && $impl != iofloor ]] && sleep 1    # the business worker connects to the gateway via the register

    local note= ok=1
    local -a load=() warm=()
    local path= want=$WORK/json.body cookie=
    printf '%s' '{"code":0,"msg":"ok"}' > "$WORK/json.body"
    case $scenario in
        webman-json) path=/index/json ;;
        webman-session) path=/bench/session; cookie=PHPSID=benchsession0123456789abcdef ;;
        webman-static) path=/favicon.ico; want=${COPY[$app]}/public/favicon.ico ;;
        think5-json) path=/bench/json ;;
    esac
    if [[ -n $path ]]; then
        if ! timeout 10 "$PHP" -n "$BENCH_DIR/apps/probe.php" "$port" "$path" "$want" "$cookie" > "$dir/reply" 2> "$dir/probe.err"; then
            note+=" reply to GET $path is not the expected 200: $(head -c 300 "$dir/reply" | tr '\r\n' '  ') $(head -c 200 "$dir/probe.err")"
            ok=0
        fi
        local script=keepalive.lua
        [[ -n $cookie ]] && script=session.lua
        load=(timeout $((DURATION + 30)) taskset -c "$LOADGEN_CPU" "$WRK" -t1 -c"$CONNS" -d"${DURATION}s" --timeout 2s
              -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$port$path")
        warm=(timeout $((WARMUP + 30)) taskset -c "$LOADGEN_CPU" "$WRK" -t1 -c"$CONNS" -d"${WARMUP}s" --timeout 2s
              -s "$BENCH_DIR/wrk/$script" "http://127.0.0.1:$port$path")
    else
        local -a chat
        if [[ $app == gwchat ]]; then
            chat=(-U / -L '{"type":"login","client_name":"b%c","room_id":"1"}'
                  -M '{"type":"say","to_client_id":"all","content":"%t"}')
        else
            chat=(-U '/socket.io/?EIO=3&transport=websocket' -L '42["add user","b%c"]' -M '42["new message","%t"]')
        fi
        load=(timeout $((DURATION + 30)) taskset -c "$LOADGEN_CPU" "$LOADGEN" -t wschat -p "$port" -c "$CLIENTS" -d "$DURATION" "${chat[@]}")
        warm=(timeout $((WARMUP + 30)) taskset -c "$LOADGEN_CPU" "$LOADGEN" -t wschat -p "$port" -c "$CLIENTS" -d "$WARMUP" "${chat[@]}")
    fi

    # sio: no separate warm-up run (its clients disconnecting crashes the worker, see below)
    if (( ok )) && [[ $WARMUP != 0 && $app != sio ]]; then
        "${warm[@]}" > "$dir/warmup.out" 2>&1 || note+=" warm-up failed: $(tail -c 300 "$dir/warmup.out" | tr '\n' ' ')"
    fi
    local line= before= after=
    if (( ok )); then
        local perf_pid=
        if [[ $PERF == 1 ]] && command -v perf > /dev/null; then
            perf record -q -F 2000 -o "$dir/perf.data" -p "$(tr ' ' ',' <<< "$kids")" -- sleep "$DURATION" > /dev/null 2>&1 &
            perf_pid=$!
        fi
        before=$(sample "$kids")
        if [[ -n $path ]]; then
            "${load[@]}" > "$dir/load.out" 2>&1
            after=$(sample "$kids")
            line=$(grep -m1 '^bench: ' "$dir/load.out")
        else
            # loadgen prints its result and keeps the connections open (-W): the app's CPU is
            # sampled, then the app is stopped before the clients disconnect. (phpsocket.io's
            # worker has been seen to die of SIGSEGV when 20 flooding clients disconnect, with
            # upstream Workerman as with the extension; stopping first keeps that out.)
            "${load[@]}" -W $((STOP_TIMEOUT + 10)) > "$dir/load.out" 2>&1 &
            LG=$!
            PIDS+=("$LG")
            for (( k = 0; k < (DURATION + 30) * 20; k++ )); do
                line=$(grep -m1 '^messages=' "$dir/load.out")
                [[ -n $line ]] && break
                kill -0 "$LG" 2>/dev/null || break
                sleep 0.05
            done
            after=$(sample "$kids")
        fi
        if [[ -n $perf_pid ]]; then
            wait "$perf_pid" 2>/dev/null
            PERF_SPLIT["$impl|$scenario|$rep"]=$(perf_split "$dir/perf.data")
        fi
        [[ -z $line ]] && note+=" load generator failed: $(tail -c 300 "$dir/load.out" | tr '\n' ' ')"
        [[ $(children "$master") == "$kids " ]] || note+=" the app's processes changed during the run: $kids -> $(children "$master")"
    fi
    stop_app "$master" "$kids" || note+=" the app did not stop within ${STOP_TIMEOUT}s (killed)"
    if [[ -n ${LG:-} ]]; then
        kill -TERM "$LG" 2>/dev/null
        wait "$LG" 2>/dev/null
        untrack "$LG"
        LG=
    fi
    local problems; problems=$(log_problems "$dir/server.log")
    [[ -n $problems ]] && note+=" server log: $problems"

    local units=0 secs=0 rate=- user=- sys=- total=- roles=
    if [[ -n $line ]]; then
        if [[ -n $path ]]; then
            units=$(kv "$line" requests); secs=$(kv "$line" seconds)
            local k e p=
            for k in connect read write status timeout; do
                e=$(kv "$line" "$k")
                # think-worker closes the connection after every answer (think5.inc says so):
                # wrk counts each close as a read error and reconnects; at most one per request
                [[ $app == think5 && $k == read && $e =~ ^[0-9]+$ ]] && (( e <= units + CONNS )) && continue
                [[ $e == 0 ]] || p+=" $k=$e"
            done
            [[ -n $p ]] && note+=" wrk errors:$p"
            # every reply must have the probe's size (a route answering something else shows)
            local rlen bytes
            rlen=$(wc -c < "$dir/reply"); bytes=$(kv "$line" bytes)
            if (( units > 0 )) && [[ $bytes =~ ^[0-9]+$ ]] \
                && (( bytes < units * rlen || bytes > (units + CONNS) * rlen )); then
                note+=" wrk read $bytes bytes for $units replies of $rlen bytes"
            fi
        else
            units=$(kv "$line" messages); secs=$(kv "$line" seconds)
            [[ $(kv "$line" errors) == 0 ]] || note+=" loadgen: $line $(grep -m3 '^loadgen' "$dir/load.out" | tr '\n' ' ')"
            [[ $(kv "$line" stalled) == 0 ]] || note+=" stalled connections: $(kv "$line" stalled)"
        fi
        (( units > 0 )) || note+=" nothing was answered"
    fi
    if [[ -n $line ]] && (( units > 0 )); then
        rate=$(awk -v n="$units" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
        # per process, then per role and in total
        local out
        out=$(awk 'NR == FNR { b[$1] = $2 " " $3; next } { print $1, b[$1], $2, $3 }' <(printf '%s\n' "$before") <(printf '%s\n' "$after") | while read -r pid u0 s0 u1 s1; do
                  [[ $u0 == - || $u1 == - ]] && { echo "DEAD $pid"; continue; }
                  echo "${roleof[$pid]:-worker} $((u1 - u0)) $((s1 - s0))"
              done)
        if grep -q '^DEAD' <<< "$out"; then
            note+=" a process died during the run"
        fi
        read -r user sys total <<< "$(awk -v m="$units" -v hz="$CLK_TCK" '$1 != "DEAD" { u += $2; s += $3 }
            END { printf "%.3f %.3f %.3f\n", u*1e6/hz/m, s*1e6/hz/m, (u+s)*1e6/hz/m }' <<< "$out")"
        roles=$(awk -v m="$units" -v hz="$CLK_TCK" '$1 != "DEAD" { t[$1] += $2 + $3 }
            END { sep = ""; for (r in t) { printf "%s%s=%.3f", sep, r, t[r]*1e6/hz/m; sep = "," } }' <<< "$out")
    fi
    ROWS+=("$impl|$scenario|$rep|$rate|$user|$sys|$total|$roles|${note# }")
    log "$tag $rate/s, $total µs per unit (user $user, sys $sys) ${roles:+[$roles]}${note:+ PROBLEM:$note}"
}

# ---------------------------------------------------------------- the runs

ROWS=()
log "apps.sh: scenarios: ${RUN_SCEN[*]}; implementations: ${RUN[*]}; ${DURATION}s runs, ${WARMUP}s warm-up, $REPEAT round(s); JIT $([[ $JIT == 1 ]] && echo on || echo off)"
for rep in $(seq 1 "$REPEAT"); do
    for scenario in "${RUN_SCEN[@]}"; do
        for impl in "${RUN[@]}"; do
            [[ $impl == iofloor ]] && ! has_floor "$scenario" && continue
            run_one "$impl" "$scenario" "$rep"
        done
    done
done

# median IMPL SCENARIO FIELD: median over the rounds of field FIELD (1-based in ROWS)
median() {
    local r
    for r in "${ROWS[@]}"; do
        IFS='|' read -r -a f <<< "$r"
        [[ ${f[0]} == "$1" && ${f[1]} == "$2" ]] && echo "${f[$(($3 - 1))]}"
    done | grep -E '^[0-9.]+$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# median_role IMPL SCENARIO ROLE
median_role() {
    local r
    for r in "${ROWS[@]}"; do
        IFS='|' read -r -a f <<< "$r"
        [[ ${f[0]} == "$1" && ${f[1]} == "$2" ]] && tr ',' '\n' <<< "${f[7]}" | sed -n "s/^$3=//p"
    done | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

report() {
    if [[ $JIT == 1 ]]; then machine_line | sed 's/JIT off)/JIT on: tracing, 64M)/'; else machine_line; fi
    echo "apps: $APPS_DIR; server processes on core $SERVER_CPU, load generator on core $LOADGEN_CPU; ${DURATION}s runs, ${WARMUP}s warm-up, medians of $REPEAT interleaved round(s); JIT $([[ $JIT == 1 ]] && echo on || echo off); HTTP: wrk -t1 -c$CONNS; chat: $CLIENTS clients"
    echo "units: HTTP scenarios per request; gwchat and sio per delivered message (one per receiving client)"
    echo
    printf '%-15s %-10s %10s %10s %10s %10s  %s\n' scenario impl "rate/s" "user µs" "sys µs" "total µs" "per role (total µs)"
    local s impl r roles
    for s in "${RUN_SCEN[@]}"; do
        for impl in "${RUN[@]}"; do
            roles=
            for r in gateway business register conduit worker; do
                local m; m=$(median_role "$impl" "$s" "$r")
                [[ $m != - ]] && roles+=" $r=$m"
            done
            printf '%-15s %-10s %10s %10s %10s %10s %s\n' "$s" "$impl" "$(median "$impl" "$s" 4)" \
                "$(median "$impl" "$s" 5)" "$(median "$impl" "$s" 6)" "$(median "$impl" "$s" 7)" "$roles"
        done
    done
    local pair a b
    for pair in extension/upstream baseline/upstream extension/baseline; do
        a=${pair%/*} b=${pair#*/}
        [[ " ${RUN[*]} " == *" $a "* && " ${RUN[*]} " == *" $b "* ]] || continue
        echo
        echo "$a / $b (lower is better for CPU, higher for the rate):"
        printf '%-15s %8s %8s %8s %8s  %s\n' scenario total user sys rate "per role"
        for s in "${RUN_SCEN[@]}"; do
            roles=
            for r in gateway business; do
                [[ $s == gwchat ]] && roles+=" $r=$(ratio "$(median_role "$a" "$s" "$r")" "$(median_role "$b" "$s" "$r")")"
            done
            printf '%-15s %8s %8s %8s %8s %s\n' "$s" \
                "$(ratio "$(median "$a" "$s" 7)" "$(median "$b" "$s" 7)")" \
                "$(ratio "$(median "$a" "$s" 5)" "$(median "$b" "$s" 5)")" \
                "$(ratio "$(median "$a" "$s" 6)" "$(median "$b" "$s" 6)")" \
                "$(ratio "$(median "$a" "$s" 4)" "$(median "$b" "$s" 4)")" "$roles"
        done
    done
    if [[ " ${RUN[*]} " == *" iofloor "* ]]; then
        echo
        echo "the I/O floor (iofloor: bench/nullsrv making the app's socket calls and nothing else);"
        echo "over it, per unit: what each implementation spends beyond the kernel's share (µs), and the ratio:"
        printf '%-15s %10s %12s %12s %10s %10s\n' scenario "floor µs" "ext - floor" "up - floor" "ext/floor" "up/floor"
        for s in "${RUN_SCEN[@]}"; do
            has_floor "$s" || continue
            local f e u
            f=$(median iofloor "$s" 7); e=$(median extension "$s" 7); u=$(median upstream "$s" 7)
            printf '%-15s %10s %12s %12s %10s %10s\n' "$s" "$f" \
                "$(awk -v a="$e" -v b="$f" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.2f", a - b }')" \
                "$(awk -v a="$u" -v b="$f" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.2f", a - b }')" \
                "$(ratio "$e" "$f")" "$(ratio "$u" "$f")"
        done
    fi
    if (( ${#PERF_SPLIT[@]} )); then
        echo
        echo "where the app's CPU went (perf samples by shared object, % of the app's processes; php = the"
        echo "PHP VM running the framework, and upstream's Workerman on that side):"
        local key
        for key in $(printf '%s\n' "${!PERF_SPLIT[@]}" | sort); do
            IFS='|' read -r impl s r <<< "$key"
            printf '%-15s %-10s #%-2s %s\n' "$s" "$impl" "$r" "${PERF_SPLIT[$key]}"
        done
    fi
    if (( REPEAT > 1 )); then
        echo
        echo "every run:"
        local impl scen rep rate user sys total roles note
        for r in "${ROWS[@]}"; do
            IFS='|' read -r impl scen rep rate user sys total roles note <<< "$r"
            printf '%-15s %-10s #%-2s %9s %9s %9s %9s %s\n' "$scen" "$impl" "$rep" "$rate" "$user" "$sys" "$total" "$roles"
        done
    fi
    local any=0 note
    for r in "${ROWS[@]}"; do
        IFS='|' read -r impl scen rep _ _ _ _ _ note <<< "$r"
        if [[ -n $note ]]; then
            (( any )) || { echo; echo "problems:"; any=1; }
            echo "  $impl $scen #$rep: $note"
        fi
    done
    for s in ${SKIPPED[@]+"${SKIPPED[@]}"}; do echo "skipped: $s"; done
}

REPORT=$(report)
printf '%s\n' "$REPORT"
save_results apps "$REPORT" \
    "impl	scenario	run	rate_per_s	user_us	sys_us	total_us	roles_total_us	note" "${ROWS[@]}"

for r in "${ROWS[@]}"; do
    IFS='|' read -r _ _ _ _ _ _ _ _ note <<< "$r"
    [[ -n $note ]] && exit 1
done
exit 0
