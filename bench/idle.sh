#!/usr/bin/env bash
# ext-workerman benchmark: memory per idle connection, extension vs upstream pure-PHP Workerman.
#
#   UPSTREAM_WORKERMAN=/path/to/workerman bench/idle.sh
#
# Scenarios (the bench servers of run.sh and http.sh, the same script on both sides):
#   http:accept     servers/http.php; connections accepted, no request sent yet
#   http:keepalive  servers/http.php; each connection made one keep-alive "GET /" and read its
#                   response (the usual idle state of an HTTP connection)
#   text            servers/text.php; each connection sent one line and read it back
#   ws              servers/ws.php; each connection completed the WebSocket upgrade (an open
#                   WebSocket that sends nothing)
#
# For every scenario and implementation it starts the server (one worker process, pinned) with
# BENCH_MEMFILE set, so that the worker writes "memory_get_usage() count($worker->connections)"
# to a file every 0.2 s (servers/bootstrap.php, bench_memory_probe()). A warm-up client brings
# BENCH_WARMUP_CONNS connections to the scenario's idle state and closes them (code paths,
# classes and caches are then loaded). With no connection open it samples the worker's VmRSS
# (/proc/<pid>/status) and the PHP heap; then bench/idle_client.php (pinned to the other core)
# opens BENCH_CONNS connections and brings each to the idle state, the script waits until the
# worker counts them all and samples again. Bytes per connection = (after - before) / count,
# for RSS (everything the process holds: the PHP heap, malloc'd memory such as libevent's, page
# granularity) and for the PHP heap (memory_get_usage(): emalloc only).
#
# Upstream without ext-event runs on its Select loop, which refuses more than 1024 descriptors:
# it then gets min(BENCH_CONNS, BENCH_UPSTREAM_CONNS) connections (the figures are per
# connection, so they stay comparable). With ext-event loadable, upstream uses its Event loop
# and the full count.
#
# The http:accept state ends after workerman.http_header_timeout (60 s by default) on the
# extension's side (the connection is closed for not sending its request head); a run takes a
# few seconds, well within that.
#
# Environment (all optional):
#   UPSTREAM_WORKERMAN    tree containing src/Worker.php; unset/invalid => upstream skipped
#   WORKERMAN_SO          extension to test (default: <repo>/modules/workerman.so)
#   BENCH_CONNS           idle connections (default 10000); the fd limit is raised to fit
#                         (ulimit -n), and the run is skipped when it cannot be
#   BENCH_UPSTREAM_CONNS  upstream's count on the Select loop (default 1000)
#   BENCH_WARMUP_CONNS    connections of the warm-up (default 100)
#   BENCH_SCENARIOS       default "http:accept http:keepalive text ws"
#   BENCH_IMPLS           default "extension upstream"
#   BENCH_SERVER_CPU      core for the server (default 0)
#   BENCH_LOADGEN_CPU     core for the client (default 1)
#   BENCH_PORT_BASE       first port tried (default 20000 + pid % 10000, below the ephemeral range)
#   BENCH_OUT             results directory (default <repo>/bench/out)
#   PHP                   php binary (default php)

set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")

CONNS=${BENCH_CONNS:-10000}
UP_CONNS=${BENCH_UPSTREAM_CONNS:-1000}
WARM_CONNS=${BENCH_WARMUP_CONNS:-100}
SCENARIOS=${BENCH_SCENARIOS:-"http:accept http:keepalive text ws"}
IMPLS=${BENCH_IMPLS:-"extension upstream"}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
LOADGEN_CPU=${BENCH_LOADGEN_CPU:-1}
SO=${WORKERMAN_SO:-$ROOT/modules/workerman.so}
OUT_DIR=${BENCH_OUT:-$BENCH_DIR/out}
PHP=${PHP:-php}
STOP_TIMEOUT=10     # seconds to wait for the master to exit after SIGINT
START_TIMEOUT=10    # seconds to wait for the server to listen and fork its worker
READY_TIMEOUT=300   # seconds the client may take to open and prepare all connections

BENCH_NAME=idle.sh
. "$BENCH_DIR/lib.sh"

for v in CONNS UP_CONNS WARM_CONNS; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || { log "idle.sh: ${v} must be a positive integer, not '${!v}'"; exit 2; }
done
# scenario -> "server client-mode"
scenario_spec() {
    case $1 in
        http:accept) echo "http accept" ;;
        http:keepalive) echo "http http" ;;
        text) echo "text text" ;;
        ws) echo "ws ws" ;;
        *) return 1 ;;
    esac
}
for s in $SCENARIOS; do
    scenario_spec "$s" > /dev/null || { log "idle.sh: unknown scenario '$s' (http:accept http:keepalive text ws)"; exit 2; }
done

# ---------------------------------------------------------------- preparation

need_cores "$SERVER_CPU" "$LOADGEN_CPU"

# The client holds every connection, the worker too: both need CONNS descriptors and some more.
want_fds=$((CONNS + 256))
if (( $(ulimit -n) < want_fds )) && ! ulimit -n "$want_fds" 2>/dev/null; then
    log "idle.sh: cannot raise the fd limit to $want_fds (hard limit $(ulimit -Hn)): skipping; set BENCH_CONNS lower"
    exit 0
fi

RUN=()
UP_EVENT=0
for impl in $IMPLS; do
    case $impl in
        extension) copy_extension && RUN+=(extension) ;;
        upstream)
            if check_upstream; then
                RUN+=(upstream)
                if "$PHP" -n -d extension=sockets -d extension=event -r 'exit(extension_loaded("event") ? 0 : 1);' > /dev/null 2>&1; then
                    UP_EVENT=1
                fi
            fi ;;
        *) log "idle.sh: unknown implementation '$impl' (extension, upstream)"; exit 2 ;;
    esac
done
(( ${#RUN[@]} )) || { log "idle.sh: nothing to run"; exit 1; }

# ---------------------------------------------------------------- one run

rss_kb() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" 2>/dev/null; }

# wait_count FILE COUNT SECONDS: until the worker's probe file says COUNT connections
wait_count() {
    local file=$1 want=$2 secs=$3 i line
    for (( i = 0; i < secs * 10; i++ )); do
        line=$(cat "$file" 2>/dev/null)
        [[ ${line#* } == "$want" ]] && return 0
        sleep 0.1
    done
    return 1
}

# sample WORKER FILE: "heap rss_kb", half a second after the count was reached (the probe writes
# every 0.2 s, so the line read is a fresh one)
sample() {
    local worker=$1 file=$2 line
    sleep 0.5
    line=$(cat "$file")
    echo "${line% *} $(rss_kb "$worker")"
}

# client DIR PORT COUNT MODE TAG: runs idle_client.php in the background, sets CLIENT
client() {
    local dir=$1 port=$2 count=$3 mode=$4 tag=$5
    taskset -c "$LOADGEN_CPU" "$PHP" -n -d memory_limit=-1 "$BENCH_DIR/idle_client.php" "$port" "$count" "$mode" \
        "$dir/$tag.ready" "$dir/$tag.stop" "$READY_TIMEOUT" > "$dir/$tag.log" 2>&1 < /dev/null &
    CLIENT=$!
    PIDS+=("$CLIENT")
}

# wait_ready DIR TAG CLIENT: until the client says its connections are ready (0) or exits (1)
wait_ready() {
    local dir=$1 tag=$2 pid=$3 i
    for (( i = 0; i < READY_TIMEOUT * 10; i++ )); do
        [[ -f $dir/$tag.ready ]] && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# stop_client DIR TAG PID
stop_client() {
    local dir=$1 tag=$2 pid=$3 i
    touch "$dir/$tag.stop"
    for (( i = 0; i < 100; i++ )); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill_pid "$pid"
    wait "$pid" 2>/dev/null
    untrack "$pid"
}

# run_one IMPL SCENARIO: appends a row to ROWS
run_one() {
    local impl=$1 scen=$2 server mode
    read -r server mode <<< "$(scenario_spec "$scen")"
    local dir=$WORK/$impl-${scen/:/-} count=$CONNS
    mkdir -p "$dir"
    [[ $impl == upstream ]] && (( ! UP_EVENT && count > UP_CONNS )) && count=$UP_CONNS
    next_port || return 1
    local port=$PORT

    local -a cmd=(taskset -c "$SERVER_CPU" "$PHP" "${PHP_BASE[@]}")
    if [[ $impl == extension ]]; then
        env -u UPSTREAM_WORKERMAN BENCH_PORT="$port" BENCH_RUNDIR="$dir" BENCH_MEMFILE="$dir/mem" \
            "${cmd[@]}" -d extension="$EXT_SO" "$BENCH_DIR/servers/$server.php" > "$dir/server.log" 2>&1 < /dev/null &
    else
        (( UP_EVENT )) && cmd+=(-d extension=event)
        UPSTREAM_WORKERMAN=$UPSTREAM_WORKERMAN BENCH_PORT="$port" BENCH_RUNDIR="$dir" BENCH_MEMFILE="$dir/mem" \
            "${cmd[@]}" "$BENCH_DIR/servers/$server.php" > "$dir/server.log" 2>&1 < /dev/null &
    fi
    local master=$!
    PIDS+=("$master")
    local worker=
    wait_worker "$master" "$port" && worker=$WORKER
    if [[ -z $worker ]] || ! wait_count "$dir/mem" 0 10; then
        log "[$impl $scen] server did not start (see below)"
        sed 's/^/    server: /' "$dir/server.log" >&2
        stop_server "$master" "$worker"
        ROWS+=("$impl|$scen|-|-|-|-|-|server did not start")
        return 1
    fi
    PIDS+=("$worker")

    local note= before after
    # warm-up: the same idle state on WARM_CONNS connections, closed again
    touch "$dir/warm.stop"
    client "$dir" "$port" "$WARM_CONNS" "$mode" warm
    local wpid=$CLIENT
    if ! wait_ready "$dir" warm "$wpid"; then
        note="warm-up failed: $(head -c 300 "$dir/warm.log" | tr '\n' ' ')"
    fi
    stop_client "$dir" warm "$wpid"
    wait_count "$dir/mem" 0 10 || note+=" warm-up connections still open"
    before=$(sample "$worker" "$dir/mem")

    if [[ -z $note ]]; then
        client "$dir" "$port" "$count" "$mode" idle
        local cpid=$CLIENT
        if ! wait_ready "$dir" idle "$cpid"; then
            note="client failed: $(head -c 300 "$dir/idle.log" | tr '\n' ' ')"
        elif ! wait_count "$dir/mem" "$count" 30; then
            note="the worker counts $(cut -d' ' -f2 "$dir/mem") connections, not $count"
        else
            after=$(sample "$worker" "$dir/mem")
        fi
        stop_client "$dir" idle "$cpid"
    fi
    stop_server "$master" "$worker" || note+=" server did not stop on SIGINT"
    local problems
    problems=$(log_problems "$dir/server.log")
    [[ -n $problems ]] && note+=" server log: $problems"

    if [[ -z ${after:-} ]]; then
        log "[$impl $scen] failed: $note"
        ROWS+=("$impl|$scen|$count|-|-|-|-|$note")
        return 1
    fi
    local h0 r0 h1 r1
    read -r h0 r0 <<< "$before"
    read -r h1 r1 <<< "$after"
    local rss_per heap_per
    rss_per=$(awk -v a="$r0" -v b="$r1" -v n="$count" 'BEGIN { printf "%.0f", (b - a) * 1024 / n }')
    heap_per=$(awk -v a="$h0" -v b="$h1" -v n="$count" 'BEGIN { printf "%.0f", (b - a) / n }')
    log "[$impl $scen] $count connections: RSS ${r0} -> ${r1} kB = $rss_per B/conn; heap $h0 -> $h1 = $heap_per B/conn${note:+ ($note)}"
    ROWS+=("$impl|$scen|$count|$rss_per|$heap_per|$r0|$r1|${note# }")
}

# ---------------------------------------------------------------- runs

ROWS=()
for scen in $SCENARIOS; do
    for impl in "${RUN[@]}"; do
        run_one "$impl" "$scen"
    done
done

# ---------------------------------------------------------------- report

get() { # get IMPL SCENARIO FIELD: a field of its row (2 connections, 3 RSS, 4 heap per connection)
    local r f
    for r in "${ROWS[@]}"; do
        IFS='|' read -r -a f <<< "$r"
        if [[ ${f[0]} == "$1" && ${f[1]} == "$2" ]]; then echo "${f[$3]}"; return; fi
    done
    echo -
}

REPORT=$(
    echo "ext-workerman idle-connection memory ($(date -u +%Y-%m-%dT%H:%MZ))"
    machine_line
    [[ " ${RUN[*]} " == *" upstream "* ]] && echo "upstream: Workerman $UP_VERSION from $UPSTREAM_WORKERMAN ($( (( UP_EVENT )) && echo 'Event loop, ext-event' || echo "Select loop: at most $UP_CONNS connections"))"
    echo "bytes per idle connection = (after - before) / connections; RSS = VmRSS of the worker, heap = memory_get_usage()"
    echo
    printf '%-15s | %-10s | %7s | %9s | %10s\n' scenario impl conns "RSS B/c" "heap B/c"
    for scen in $SCENARIOS; do
        for impl in "${RUN[@]}"; do
            printf '%-15s | %-10s | %7s | %9s | %10s\n' "$scen" "$impl" "$(get "$impl" "$scen" 2)" \
                "$(get "$impl" "$scen" 3)" "$(get "$impl" "$scen" 4)"
        done
        if [[ " ${RUN[*]} " == *" extension "* && " ${RUN[*]} " == *" upstream "* ]]; then
            printf '%-15s | %-10s | %7s | %9s | %10s   (extension / upstream)\n' "$scen" ratio "" \
                "$(ratio "$(get extension "$scen" 3)" "$(get upstream "$scen" 3)")" \
                "$(ratio "$(get extension "$scen" 4)" "$(get upstream "$scen" 4)")"
        fi
    done
    for r in "${ROWS[@]}"; do
        IFS='|' read -r -a f <<< "$r"
        [[ -n ${f[7]:-} ]] && echo "note: ${f[0]} ${f[1]}: ${f[7]}"
    done
)
echo "$REPORT"
save_results idle "$REPORT" $'impl\tscenario\tconnections\trss_bytes_per_conn\theap_bytes_per_conn\trss_kb_before\trss_kb_after\tnote' "${ROWS[@]}"

for r in "${ROWS[@]}"; do
    [[ $r == *'|-|'* ]] && exit 1
done
exit 0
