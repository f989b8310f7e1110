#!/usr/bin/env bash
# ext-workerman HTTP benchmark: server CPU per request with wrk, extension vs upstream
# pure-PHP Workerman (Select loop, and its Event loop when ext-event is available) vs nginx.
#
#   UPSTREAM_WORKERMAN=/path/to/workerman bench/http.sh
#
# Scenarios (wrk -t1 -c64, the scripts are in bench/wrk/):
#   keepalive   identical "GET /" on keep-alive connections -> $connection->send('Hello World')
#   unique      "GET /item?id=<n>", n unique per request      -> same reply
#   pipeline16  16 identical "GET /" per write                 -> same reply
#   response    unique URLs; reads $request->path() and ->get('id'), answers
#               new Response(200, ['Content-Type' => 'text/plain', 'X-Bench' => '1'], 'Hello World')
#   tls-keepalive   keepalive over TLS (transport 'ssl', a P-256 self-signed certificate made
#               for the run): record encryption and the HTTP work, no handshakes
#   tls-handshake   one full TLS handshake per request: the server answers
#               new Response(200, ['Connection' => 'close'], 'Hello World') and closes, wrk
#               opens a new TLS connection (wrk keeps no client session, so nothing resumes)
# nginx (`return 200 "Hello World";`, one worker process) runs the scenarios in
# BENCH_NGINX_SCENARIOS.
#
# For every run it starts the server pinned to one core, finds its worker process (the
# master's only child), checks one request's reply, warms up, samples the worker's
# utime+stime from /proc/<pid>/stat around a bounded wrk run pinned to another core, stops
# the server (SIGINT to the master, SIGKILL after STOP_TIMEOUT) and checks the counts: wrk's
# errors, the bytes read against the reply's size, and for the PHP servers the number of
# requests the worker says it answered.
#
# Environment (all optional):
#   UPSTREAM_WORKERMAN     tree containing src/Worker.php; unset/invalid => upstream skipped
#   WORKERMAN_SO           extension to test (default: <repo>/modules/workerman.so)
#   BENCH_DURATION         measured seconds per run, an integer (default 5)
#   BENCH_WARMUP           warm-up seconds per run, an integer, 0 = none (default 1)
#   BENCH_REPEAT           runs per scenario and implementation, interleaved; the summary
#                          takes the median of each figure (default 1)
#   BENCH_CONNS            wrk connections (default 64)
#   BENCH_SCENARIOS        default "keepalive unique pipeline16 response tls-keepalive tls-handshake"
#   BENCH_IMPLS            default "extension upstream upstream-event nginx iofloor" (iofloor:
#                          bench/nullsrv, the I/O floor: the same reply bytes from a C server that
#                          does nothing else; keepalive, unique, pipeline16); "baseline" runs a
#                          second build of the extension (BENCH_BASELINE_SO, e.g. the extension
#                          before a change) and adds the ratios baseline/upstream, extension/baseline
#   BENCH_NGINX_SCENARIOS  scenarios nginx runs (default "keepalive tls-keepalive tls-handshake")
#   BENCH_SERVER_CPU       core for the server (default 0)
#   BENCH_LOADGEN_CPU      core for wrk (default 1)
#   BENCH_PORT_BASE        first port tried (default 20000 + pid % 10000, below the ephemeral range)
#   BENCH_OUT              results directory (default <repo>/bench/out)
#   PHP, WRK, NGINX        binaries (default php, wrk, nginx)

set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")

DURATION=${BENCH_DURATION:-5}
WARMUP=${BENCH_WARMUP:-1}
REPEAT=${BENCH_REPEAT:-1}
CONNS=${BENCH_CONNS:-64}
SCENARIOS=${BENCH_SCENARIOS:-"keepalive unique pipeline16 response tls-keepalive tls-handshake"}
IMPLS=${BENCH_IMPLS:-"extension upstream upstream-event nginx iofloor"}
NGINX_SCENARIOS=${BENCH_NGINX_SCENARIOS:-"keepalive tls-keepalive tls-handshake"}
SERVER_CPU=${BENCH_SERVER_CPU:-0}
LOADGEN_CPU=${BENCH_LOADGEN_CPU:-1}
SO=${WORKERMAN_SO:-$ROOT/modules/workerman.so}
OUT_DIR=${BENCH_OUT:-$BENCH_DIR/out}
PHP=${PHP:-php}
WRK=${WRK:-wrk}
NGINX=${NGINX:-nginx}
NULLSRV=$BENCH_DIR/nullsrv
IOFLOOR_SCENARIOS="keepalive unique pipeline16"   # plain HTTP, the hello reply
STOP_TIMEOUT=10     # seconds to wait for the master to exit after SIGINT
START_TIMEOUT=10    # seconds to wait for the server to listen and fork its worker
WRK_THREADS=1

BENCH_NAME=http.sh
. "$BENCH_DIR/lib.sh"

for v in DURATION WARMUP REPEAT CONNS; do
    [[ ${!v} =~ ^[0-9]+$ ]] || { log "http.sh: BENCH_$v must be a whole number, not '${!v}'"; exit 2; }
done
(( DURATION > 0 && REPEAT > 0 && CONNS > 0 )) || { log "http.sh: BENCH_DURATION, BENCH_REPEAT and BENCH_CONNS must be > 0"; exit 2; }

# scenario -> "wrk-script probe-path depth server-handler scheme"
scenario_spec() {
    case $1 in
        keepalive)  echo "keepalive.lua / 1 hello http" ;;
        unique)     echo "unique.lua /item?id=0 1 hello http" ;;
        pipeline16) echo "pipeline.lua / 16 hello http" ;;
        response)   echo "unique.lua /item?id=0 1 response http" ;;
        tls-keepalive) echo "keepalive.lua / 1 hello https" ;;
        tls-handshake) echo "keepalive.lua / 1 close https" ;;
        *) return 1 ;;
    esac
}
for s in $SCENARIOS; do
    scenario_spec "$s" > /dev/null || { log "http.sh: unknown scenario '$s'"; exit 2; }
done

# ---------------------------------------------------------------- preparation

need_cores "$SERVER_CPU" "$LOADGEN_CPU"
command -v "$WRK" > /dev/null || { log "http.sh: wrk not found (apt-get install wrk)"; exit 1; }

RUN=()       # implementations that will run
SKIPPED=()   # "impl: why"
for impl in $IMPLS; do
    case $impl in
        extension)
            if copy_extension; then RUN+=(extension); else SKIPPED+=("extension: no loadable $SO"); fi ;;
        baseline)
            if copy_baseline; then RUN+=(baseline); else SKIPPED+=("baseline: BENCH_BASELINE_SO unset or not loadable"); fi ;;
        upstream)
            if check_upstream; then RUN+=(upstream); else SKIPPED+=("upstream: UPSTREAM_WORKERMAN unset or not a Workerman tree"); fi ;;
        upstream-event)
            # Upstream picks its Event loop by itself when ext-event is loaded (Worker::$eventLoopClass).
            if ! check_upstream 2>/dev/null; then
                SKIPPED+=("upstream-event: UPSTREAM_WORKERMAN unset or not a Workerman tree")
            elif "$PHP" -n -d extension=sockets -d extension=event -r 'exit(extension_loaded("event") ? 0 : 1);' > /dev/null 2>&1; then
                RUN+=(upstream-event)
            else
                SKIPPED+=("upstream-event: ext-event is not available to $PHP (no event extension to load)")
            fi ;;
        nginx)
            if command -v "$NGINX" > /dev/null; then RUN+=(nginx); else SKIPPED+=("nginx: not installed (apt-get install nginx-light)"); fi ;;
        iofloor)
            if [[ ! -x $NULLSRV || $BENCH_DIR/nullsrv.c -nt $NULLSRV || $BENCH_DIR/wsutil.h -nt $NULLSRV ]]; then
                cc -O2 -Wall -Wextra -Werror -o "$NULLSRV" "$BENCH_DIR/nullsrv.c" || { log "http.sh: cannot build nullsrv"; exit 1; }
            fi
            RUN+=(iofloor) ;;
        *) log "http.sh: unknown implementation '$impl'"; exit 2 ;;
    esac
done
if (( ${#SKIPPED[@]} )); then
    for s in "${SKIPPED[@]}"; do log "http.sh: skipping $s"; done
fi
(( ${#RUN[@]} )) || { log "http.sh: nothing to run"; exit 1; }

# The TLS scenarios' certificate: P-256, self-signed, made for this run.
if [[ " $SCENARIOS " == *" tls-"* ]]; then
    command -v openssl > /dev/null || { log "http.sh: openssl not found (apt-get install openssl)"; exit 1; }
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
        -keyout "$WORK/key.pem" -out "$WORK/cert.pem" > /dev/null 2>&1 \
        || { log "http.sh: could not make a test certificate with openssl"; exit 1; }
fi

# The body every scenario's reply must have (bench/apps/probe.php checks one request per run).
printf 'Hello World' > "$WORK/hello.body"

# ---------------------------------------------------------------- servers

# start_php IMPL DIR PORT HANDLER SCHEME: starts the PHP bench server in the background, sets MASTER
start_php() {
    local impl=$1 dir=$2 port=$3 handler=$4 scheme=$5
    local -a cmd=(taskset -c "$SERVER_CPU" "$PHP" "${PHP_BASE[@]}")
    if [[ $scheme == https ]]; then
        export BENCH_TLS_CERT=$WORK/cert.pem BENCH_TLS_KEY=$WORK/key.pem
    else
        unset BENCH_TLS_CERT BENCH_TLS_KEY
    fi
    case $impl in
        extension|baseline)
            if [[ $impl == baseline ]]; then cmd+=(-d extension="$BASE_SO"); else cmd+=(-d extension="$EXT_SO"); fi
            env -u UPSTREAM_WORKERMAN BENCH_PORT="$port" BENCH_RUNDIR="$dir" BENCH_HTTP_HANDLER="$handler" \
                "${cmd[@]}" "$BENCH_DIR/servers/http.php" > "$dir/server.log" 2>&1 < /dev/null &
            ;;
        upstream|upstream-event)
            [[ $impl == upstream-event ]] && cmd+=(-d extension=event)
            UPSTREAM_WORKERMAN=$UPSTREAM_WORKERMAN BENCH_PORT="$port" BENCH_RUNDIR="$dir" BENCH_HTTP_HANDLER="$handler" \
                "${cmd[@]}" "$BENCH_DIR/servers/http.php" > "$dir/server.log" 2>&1 < /dev/null &
            ;;
    esac
    MASTER=$!
}

# start_nginx DIR PORT HANDLER SCHEME: nginx with a private configuration, master in the
# foreground and one worker process, like the PHP servers; sets MASTER
start_nginx() {
    local dir=$1 port=$2 handler=$3 scheme=$4 listen="listen 127.0.0.1:$port;" keepalive=
    mkdir -p "$dir/tmp"
    if [[ $scheme == https ]]; then
        # nginx 1.22 offers TLS 1.3 only when asked; PHP (upstream) and the extension negotiate it
        listen="listen 127.0.0.1:$port ssl; ssl_certificate $WORK/cert.pem; ssl_certificate_key $WORK/key.pem; ssl_protocols TLSv1.2 TLSv1.3;"
    fi
    # the close handler: a new connection per request, the server closing it as the PHP ones do
    [[ $handler == close ]] && keepalive="keepalive_timeout 0;"
    cat > "$dir/nginx.conf" <<EOF
worker_processes 1;
daemon off;
master_process on;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events {
    worker_connections 4096;
}
http {
    access_log off;
    default_type text/plain;
    # nginx ends a keep-alive connection after 1000 requests by default; Workerman never does
    keepalive_requests 1000000000;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    $keepalive
    server {
        $listen
        location / {
            return 200 "Hello World";
        }
    }
}
EOF
    taskset -c "$SERVER_CPU" "$NGINX" -p "$dir/" -e "$dir/error.log" -c "$dir/nginx.conf" \
        > "$dir/server.log" 2>&1 < /dev/null &
    MASTER=$!
}

# ---------------------------------------------------------------- one run

# run_wrk OUT SECONDS SCHEME PORT SCRIPT ARGS...: one wrk run pinned to the load core; prints
# our "bench: ..." line (empty if wrk failed)
run_wrk() {
    local out=$1 secs=$2 scheme=$3 port=$4 script=$5
    shift 5
    timeout $((secs + 30)) taskset -c "$LOADGEN_CPU" "$WRK" -t"$WRK_THREADS" -c"$CONNS" -d"${secs}s" --timeout 2s \
        -s "$BENCH_DIR/wrk/$script" "$scheme://127.0.0.1:$port/" -- "$@" > "$out" 2>&1
    grep -m1 '^bench: ' "$out"
}

# wrk_problems LINE: the errors wrk reports, if any
wrk_problems() {
    local line=$1 k v p=
    for k in connect read write status timeout; do
        v=$(kv "$line" "$k")
        [[ $v == 0 ]] || p+=" $k=$v"
    done
    echo "${p# }"
}

# run_one IMPL SCENARIO REP: appends a result row to ROWS
run_one() {
    local impl=$1 scenario=$2 rep=$3
    local script path depth handler scheme
    read -r script path depth handler scheme <<< "$(scenario_spec "$scenario")"
    local tag="[$impl $scenario #$rep]"
    local dir=$WORK/$impl-$scenario-$rep
    mkdir -p "$dir"
    next_port || return 1
    local port=$PORT

    if [[ $impl == nginx ]]; then
        start_nginx "$dir" "$port" "$handler" "$scheme"
    elif [[ $impl == iofloor ]]; then
        # bench/nullsrv answers every request with the bytes the extension (or upstream) sent
        local r; r=$(ls "$WORK"/{extension,upstream,baseline}-"$scenario-$rep"/reply 2>/dev/null | head -n1)
        taskset -c "$SERVER_CPU" "$NULLSRV" -m http -p "$port" -r "${r:-/nonexistent}" > "$dir/server.log" 2>&1 < /dev/null &
        MASTER=$!
    else
        start_php "$impl" "$dir" "$port" "$handler" "$scheme"
    fi
    local master=$MASTER
    PIDS+=("$master")

    local worker=
    wait_worker "$master" "$port" && worker=$WORKER
    if [[ -z $worker ]]; then
        log "$tag server did not start (see below)"
        sed 's/^/    server: /' "$dir/server.log" >&2
        stop_server "$master" ""
        ROWS+=("$impl|$scenario|$rep|-|-|-|-|-|-|-|server did not start")
        return 1
    fi
    PIDS+=("$worker")

    local note= status=ok
    # the reply to one request, kept to compare the implementations' bytes
    if ! timeout 10 "$PHP" -n "$BENCH_DIR/apps/probe.php" "$port" "$path" "$WORK/hello.body" "" "$scheme" > "$dir/reply" 2> "$dir/probe.err"; then
        note+=" reply to GET $path is not a 200 'Hello World': $(head -c 300 "$dir/reply" | tr '\r\n' '  ') $(head -c 200 "$dir/probe.err")"
        status=fail
    fi
    local reply_len; reply_len=$(wc -c < "$dir/reply")

    local -a args=()
    case $script in
        unique.lua) args=($(( rep * 100000000 ))) ;;
        pipeline.lua) args=("$depth") ;;
    esac

    local wline=
    if [[ $status == ok && $WARMUP != 0 ]]; then
        wline=$(run_wrk "$dir/warmup.out" "$WARMUP" "$scheme" "$port" "$script" ${args[@]+"${args[@]}"})
        if [[ -z $wline ]]; then
            note+=" warm-up: wrk failed: $(head -c 300 "$dir/warmup.out" | tr '\n' ' ')"
        elif [[ -n $(wrk_problems "$wline") ]]; then
            note+=" warm-up: $(wrk_problems "$wline")"
        fi
        # the unique scenarios continue their ids after the warm-up's
        [[ $script == unique.lua ]] && args=($(( rep * 100000000 + 50000000 )))
    fi

    local before= after= line=
    if [[ $status == ok ]]; then
        before=$(cpu_ticks "$worker") || before=
        line=$(run_wrk "$dir/wrk.out" "$DURATION" "$scheme" "$port" "$script" ${args[@]+"${args[@]}"})
        after=$(cpu_ticks "$worker") || after=
        local worker_after; worker_after=$(pgrep -P "$master" | tr '\n' ' ')
        if [[ -z $before || -z $after ]]; then
            status=fail; note+=" worker $worker died during the run (children now: ${worker_after:-none})"
        elif [[ ${worker_after% } != "$worker" ]]; then
            status=fail; note+=" worker pid changed: $worker -> ${worker_after:-none}"
        fi
        if [[ -z $line ]]; then
            status=fail; note+=" wrk failed: $(head -c 300 "$dir/wrk.out" | tr '\n' ' ')"
        fi
    fi

    stop_server "$master" "$worker" || note+=" server did not stop within ${STOP_TIMEOUT}s (killed)"
    local problems; problems=$(log_problems "$dir/server.log")
    [[ -n $problems ]] && note+=" server log: $problems"
    if [[ $impl == nginx ]]; then
        problems=$(grep -E '\[(emerg|alert|crit|error)\]' "$dir/error.log" 2>/dev/null | head -n 3 | tr '\n' ' ')
        [[ -n $problems ]] && note+=" nginx error.log: $problems"
    fi

    local reqs=- rate=- user=- sys=- total=- errs=- check=-
    if [[ -n $line ]]; then
        reqs=$(kv "$line" requests)
        local bytes secs sent
        bytes=$(kv "$line" bytes); secs=$(kv "$line" seconds); sent=$(kv "$line" sent)
        rate=$(awk -v r="$reqs" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }')
        errs=$(wrk_problems "$line")
        [[ -n $errs ]] && note+=" wrk errors: $errs"
        errs=${errs:-0}
        # Every reply has the probe's size: the bytes read are the replies counted plus at most
        # the ones in flight when wrk stopped (connections x depth).
        if (( reqs == 0 )); then
            note+=" no request answered"
        elif (( bytes < reqs * reply_len || bytes > (reqs + CONNS * depth) * reply_len )); then
            note+=" wrk read $bytes bytes for $reqs replies of $reply_len bytes"
        fi
        # wrk counts replies: what the scripts handed it is at most one write per connection
        # ahead (plus its one counting call to request()).
        if [[ $sent != - ]] && (( sent < reqs || sent > reqs + (CONNS + 1) * depth )); then
            note+=" wrk was given $sent requests and counted $reqs replies"
        fi
        # The worker's own count: the probe, the warm-up and the measured run, plus what was in
        # flight when each wrk run stopped.
        if [[ $impl != nginx && $impl != iofloor && $status == ok ]]; then
            local served warm=0 extra
            served=$(cat "$dir/requests" 2>/dev/null)
            [[ -n $wline ]] && warm=$(kv "$wline" requests)
            if [[ ! $served =~ ^[0-9]+$ ]]; then
                note+=" the worker did not write its request count"
            else
                extra=$(( served - 1 - warm - reqs ))
                check="+$extra"
                if (( extra < 0 || extra > 2 * CONNS * depth )); then
                    note+=" the worker answered $served requests, wrk counted 1 + $warm + $reqs"
                fi
            fi
        fi
    fi
    local busy=-
    if [[ $status == ok && $reqs != - && $reqs != 0 ]]; then
        read -r user sys total < <(per_unit "$before" "$after" "$reqs")
        # how busy the server's core was: below ~95% the server waited for wrk
        busy=$(awk -v t="$total" -v r="$rate" 'BEGIN { printf "%.0f", t * r / 1e4 }')
    fi
    note=${note# }
    [[ -n $note ]] && log "$tag $note"
    ROWS+=("$impl|$scenario|$rep|$rate|$user|$sys|$total|$busy|$errs|$check|$note")
    log "$tag $line user_us=$user sys_us=$sys total_us=$total cpu%=$busy served_extra=$check"
    return 0
}

# ---------------------------------------------------------------- main

impl_runs() { # impl_runs IMPL SCENARIO: 0 if IMPL runs SCENARIO
    case $1 in
        nginx) [[ " $NGINX_SCENARIOS " == *" $2 "* ]] ;;
        iofloor) [[ " $IOFLOOR_SCENARIOS " == *" $2 "* ]] ;;
        *) return 0 ;;
    esac
}

ROWS=()
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "ext-workerman HTTP bench: ${DURATION}s per run (+${WARMUP}s warm-up) x $REPEAT, wrk -t$WRK_THREADS -c$CONNS; implementations: ${RUN[*]}"
log "server on core $SERVER_CPU, wrk on core $LOADGEN_CPU, CLK_TCK=$CLK_TCK; load average now: $LOAD_BEFORE"
for (( rep = 1; rep <= REPEAT; rep++ )); do
    for scenario in $SCENARIOS; do
        for impl in "${RUN[@]}"; do
            impl_runs "$impl" "$scenario" && run_one "$impl" "$scenario" "$rep"
        done
    done
done

# ---------------------------------------------------------------- report

# median IMPL SCENARIO FIELD: median of a numeric field (4 rate, 5 user, 6 sys, 7 total, 8 busy) over
# the repetitions, "-" if none
median() {
    local r
    for r in "${ROWS[@]}"; do
        [[ $r == "$1|$2|"* ]] && printf '%s\n' "$r"
    done | awk -F'|' -v f="$3" '$f ~ /^[0-9.]+$/ { print $f }' | sort -g \
        | awk -v fmt="$( (( $3 == 4 || $3 == 8 )) && echo '%.0f' || echo '%.3f')" '{ v[++n] = $1 }
            END {
                if (n == 0) print "-"
                else if (n % 2) printf fmt "\n", v[(n + 1) / 2]
                else printf fmt "\n", (v[n / 2] + v[n / 2 + 1]) / 2
            }'
}

# the implementations' replies, to show whether they differ
reply_of() { # reply_of IMPL SCENARIO -> path of the first run's reply, if any
    local f=$WORK/$1-$2-1/reply
    [[ -s $f ]] && echo "$f"
}

IMPL_ORDER="extension baseline upstream upstream-event nginx iofloor"

report() {
    echo "ext-workerman HTTP benchmark  $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    machine_line
    echo "$("$WRK" --version 2>&1 | head -n1 | cut -d' ' -f1-2); $("$NGINX" -v 2>&1 | head -n1)"
    echo "server on core $SERVER_CPU, wrk -t$WRK_THREADS -c$CONNS on core $LOADGEN_CPU; ${DURATION}s per run (+${WARMUP}s warm-up), $REPEAT run(s) each, medians"
    if [[ " ${RUN[*]} " == *" upstream"* ]]; then
        echo "upstream: Workerman $UP_VERSION from $UPSTREAM_WORKERMAN (pure PHP; 'upstream' = its default loop without ext-event, Select)"
    fi
    local s
    for s in ${SKIPPED[@]+"${SKIPPED[@]}"}; do echo "skipped: $s"; done
    echo "server CPU from /proc/<worker>/stat (utime, stime), CLK_TCK=$CLK_TCK"
    echo "load average (1, 5, 15 min) before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"
    echo
    printf '%-13s  %-14s  %9s  %9s  %9s  %9s  %6s\n' scenario impl "req/s" "user µs" "sys µs" "total µs" "server"
    printf '%-13s  %-14s  %9s  %9s  %9s  %9s  %6s\n' "" "" "" "/req" "/req" "/req" "cpu %"
    local scenario impl
    for scenario in $SCENARIOS; do
        for impl in $IMPL_ORDER; do
            [[ " ${RUN[*]} " == *" $impl "* ]] && impl_runs "$impl" "$scenario" || continue
            printf '%-13s  %-14s  %9s  %9s  %9s  %9s  %6s\n' "$scenario" "$impl" \
                "$(median "$impl" "$scenario" 4)" "$(median "$impl" "$scenario" 5)" \
                "$(median "$impl" "$scenario" 6)" "$(median "$impl" "$scenario" 7)" \
                "$(median "$impl" "$scenario" 8)"
        done
    done
    local pair a b
    for pair in extension/upstream extension/upstream-event baseline/upstream extension/baseline extension/nginx nginx/iofloor extension/iofloor; do
        a=${pair%/*} b=${pair#*/}
        [[ " ${RUN[*]} " == *" $a "* && " ${RUN[*]} " == *" $b "* ]] || continue
        echo
        echo "ratios $pair (CPU per request: < 1 means $a uses less; req/s: > 1 means faster)"
        printf '%-13s  %9s  %9s  %9s  %9s\n' scenario "total/req" "user/req" "sys/req" "req/s"
        for scenario in $SCENARIOS; do
            printf '%-13s  %9s  %9s  %9s  %9s\n' "$scenario" \
                "$(ratio "$(median "$a" "$scenario" 7)" "$(median "$b" "$scenario" 7)")" \
                "$(ratio "$(median "$a" "$scenario" 5)" "$(median "$b" "$scenario" 5)")" \
                "$(ratio "$(median "$a" "$scenario" 6)" "$(median "$b" "$scenario" 6)")" \
                "$(ratio "$(median "$a" "$scenario" 4)" "$(median "$b" "$scenario" 4)")"
        done
    done
    if [[ " ${RUN[*]} " == *" nginx "* ]]; then
        echo
        echo "user µs/req next to nginx"
        for scenario in $NGINX_SCENARIOS; do
            [[ " $SCENARIOS " == *" $scenario "* ]] || continue
            printf '%-13s' "$scenario"
            for impl in $IMPL_ORDER; do
                [[ " ${RUN[*]} " == *" $impl "* ]] || continue
                printf '  %s %s' "$impl" "$(median "$impl" "$scenario" 5)"
            done
            echo
        done
    fi
    # the reply each implementation sends (its size; identical bytes or not)
    echo
    echo "replies (bytes of the reply to one request; '=' when byte for byte upstream's):"
    for scenario in $SCENARIOS; do
        local ref line f
        ref=$(reply_of upstream "$scenario")
        line=
        for impl in $IMPL_ORDER; do
            f=$(reply_of "$impl" "$scenario") || continue
            line+="  $impl $(wc -c < "$f")"
            if [[ -n $ref && $impl != upstream ]]; then
                if cmp -s "$f" "$ref"; then line+=" ="; else line+=" (differs)"; fi
            fi
        done
        printf '%-13s%s\n' "$scenario" "$line"
    done
    local r rep rate user sys total busy
    if (( REPEAT > 1 )); then
        echo
        echo "every run:"
        for r in "${ROWS[@]}"; do
            IFS='|' read -r impl scenario rep rate user sys total busy _ <<< "$r"
            printf '%-13s  %-14s  #%-2s  %9s  %9s  %9s  %9s  %6s\n' "$scenario" "$impl" "$rep" "$rate" "$user" "$sys" "$total" "$busy"
        done
    fi
    local any=0 note
    for r in "${ROWS[@]}"; do
        IFS='|' read -r impl scenario rep _ _ _ _ _ _ _ note <<< "$r"
        if [[ -n $note ]]; then
            (( any )) || { echo; echo "problems:"; any=1; }
            echo "  $impl $scenario #$rep: $note"
        fi
    done
}

REPORT=$(report)
printf '%s\n' "$REPORT"
save_results http "$REPORT" \
    "impl	scenario	run	req_per_s	user_us_per_req	sys_us_per_req	total_us_per_req	server_cpu_percent	wrk_errors	served_minus_counted	note" \
    "${ROWS[@]}"

for r in "${ROWS[@]}"; do
    IFS='|' read -r _ _ _ _ _ _ _ _ errs _ note <<< "$r"
    [[ -n $note || ( $errs != 0 && $errs != - ) ]] && exit 1
done
exit 0
