# Shared helpers of the benchmark runners (run.sh, http.sh, apps.sh, apps/floor.sh). Source it; it is not a script.
#
# The caller sets BENCH_NAME (for messages), BENCH_DIR, PHP, SO (the extension to copy),
# STOP_TIMEOUT and START_TIMEOUT before sourcing, and uses:
#   WORK        private temporary directory, removed on exit
#   PIDS        every process started (append to it); on exit each one still running gets
#               SIGINT, then SIGKILL after 2 s. Only these pids are ever signalled.
#   PHP_BASE    the PHP flags both implementations run with

WORK=$(mktemp -d "${TMPDIR:-/tmp}/wm-bench.XXXXXX")
PIDS=()
CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)

# Both sides: no php.ini, opcache on for the CLI, JIT off. posix and sockets are
# shared extensions here; upstream needs posix, and uses sockets for TCP_NODELAY
# (the extension sets TCP_NODELAY natively). They are loaded on both sides alike.
PHP_BASE=(-n -d extension=posix -d extension=sockets
          -d zend_extension=opcache -d opcache.enable_cli=1 -d opcache.jit_buffer_size=0
          -d memory_limit=512M -d display_errors=stderr -d error_reporting=-1)

log() { printf '%s\n' "$*" >&2; }

kill_pid() { # kill_pid PID: SIGKILL one pid we started, if still there
    local p=$1
    [[ -n $p ]] && kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null
    return 0
}

untrack() { # untrack PID...: forget pids that have been stopped (avoids signalling a reused pid)
    local p keep=()
    for p in ${PIDS[@]+"${PIDS[@]}"}; do
        [[ " $* " == *" $p "* ]] || keep+=("$p")
    done
    PIDS=(${keep[@]+"${keep[@]}"})
}

cleanup() {
    local p
    for p in ${PIDS[@]+"${PIDS[@]}"}; do
        if kill -0 "$p" 2>/dev/null; then
            kill -INT "$p" 2>/dev/null
        fi
    done
    for p in ${PIDS[@]+"${PIDS[@]}"}; do
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$p" 2>/dev/null || break
            sleep 0.2
        done
        kill_pid "$p"
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'log "$BENCH_NAME: interrupted"; exit 130' INT TERM

need_cores() { # need_cores CPU...: fail unless every listed core exists
    local c
    for c in "$@"; do
        if (( c >= NCPU )); then
            log "$BENCH_NAME: need core $c, this machine has $NCPU"; exit 1
        fi
    done
}

# copy_so SRC DEST: copies the extension SRC to DEST (atomically) if the copy loads.
copy_so() {
    mkdir -p "$(dirname "$2")"
    [[ -s $1 ]] && cp "$1" "$2.tmp" 2>/dev/null && mv "$2.tmp" "$2" \
        && "$PHP" -n -d extension="$2" \
            -r 'exit(extension_loaded("workerman") && class_exists("Workerman\\Worker") ? 0 : 1);' >/dev/null 2>&1
}

# Private copy of the extension (the tree may be rebuilt while we run): sets EXT_SO.
EXT_SO=
copy_extension() {
    local i
    for i in $(seq 1 30); do
        if copy_so "$SO" "$WORK/ext/workerman.so"; then
            EXT_SO=$WORK/ext/workerman.so
            return 0
        fi
        log "waiting for $SO (missing or being rebuilt) ... ($i/30)"
        sleep 2
    done
    log "$BENCH_NAME: no loadable extension at $SO: skipping the extension side"
    return 1
}

pick_impls() { # sets RUN to the implementations of $IMPLS (extension, baseline, upstream); exits on another
    RUN=()
    local impl
    for impl in $IMPLS; do
        case $impl in
            extension) copy_extension && RUN+=(extension) ;;
            baseline) copy_baseline && RUN+=(baseline) ;;
            upstream) RUN+=(upstream) ;;
            *) log "$BENCH_NAME: unknown implementation '$impl' (extension, baseline, upstream)"; exit 2 ;;
        esac
    done
    (( ${#RUN[@]} )) || { log "$BENCH_NAME: nothing to run"; exit 1; }
}

impl_so() { # impl_so IMPL: the extension build IMPL loads (empty for upstream)
    case $1 in
        extension) echo "$EXT_SO" ;;
        baseline) echo "$BASE_SO" ;;
    esac
}

# Private copy of the baseline build (BENCH_BASELINE_SO, e.g. the extension before a change): sets
# BASE_SO.
BASE_SO=
copy_baseline() {
    if [[ -n ${BENCH_BASELINE_SO:-} ]] && copy_so "$BENCH_BASELINE_SO" "$WORK/base/workerman.so"; then
        BASE_SO=$WORK/base/workerman.so
        return 0
    fi
    log "$BENCH_NAME: BENCH_BASELINE_SO unset or not a loadable extension: skipping the baseline"
    return 1
}

# check_upstream: 0 if $UPSTREAM_WORKERMAN is a Workerman tree (made absolute; UP_VERSION set)
UP_VERSION=
check_upstream() {
    if [[ -z ${UPSTREAM_WORKERMAN:-} ]]; then
        log "$BENCH_NAME: UPSTREAM_WORKERMAN is not set: skipping the upstream side"
        return 1
    elif [[ ! -f $UPSTREAM_WORKERMAN/src/Worker.php ]]; then
        log "$BENCH_NAME: UPSTREAM_WORKERMAN=$UPSTREAM_WORKERMAN has no src/Worker.php: skipping the upstream side"
        return 1
    fi
    UPSTREAM_WORKERMAN=$(cd "$UPSTREAM_WORKERMAN" && pwd)
    UP_VERSION=$(sed -n "s/.*const VERSION = '\([^']*\)'.*/\1/p" "$UPSTREAM_WORKERMAN/src/Worker.php" | head -n1)
    return 0
}

# Below Linux's ephemeral range (32768-60999): a port that thousands of client sockets of an
# earlier run (idle.sh) may still hold locally cannot be listened on.
PORT=${BENCH_PORT_BASE:-$((20000 + $$ % 10000))}
next_port() { # sets PORT to a port nobody listens on
    local tries=0
    PORT=$((PORT + 1))
    while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do
        PORT=$((PORT + 1)); tries=$((tries + 1))
        (( tries > 200 )) && { log "$BENCH_NAME: no free port"; return 1; }
    done
    return 0
}

cpu_ticks() { # cpu_ticks PID -> "utime stime" (clock ticks)
    local stat rest
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    rest=${stat##*) }
    local -a f
    read -r -a f <<< "$rest"
    # rest starts at field 3 (state); utime/stime are fields 14/15
    printf '%s %s\n' "${f[11]}" "${f[12]}"
}

# per_unit BEFORE AFTER COUNT -> "user sys total" µs per unit, from two cpu_ticks samples
per_unit() {
    local u0 s0 u1 s1
    read -r u0 s0 <<< "$1"
    read -r u1 s1 <<< "$2"
    awk -v u="$((u1 - u0))" -v s="$((s1 - s0))" -v m="$3" -v hz="$CLK_TCK" \
        'BEGIN { printf "%.3f %.3f %.3f\n", u*1e6/hz/m, s*1e6/hz/m, (u+s)*1e6/hz/m }'
}

# get FIELD from a "k=v k=v" line
kv() { local line=$1 key=$2; sed -n "s/.*\(^\| \)$key=\([^ ]*\).*/\2/p" <<< "$line"; }

# wait_worker MASTER PORT: sets WORKER once PORT accepts connections and MASTER has exactly one
# child (the worker process); WORKER stays empty if that does not happen within START_TIMEOUT.
WORKER=
wait_worker() {
    local master=$1 port=$2 i w
    WORKER=
    for (( i = 0; i < START_TIMEOUT * 10; i++ )); do
        if ! kill -0 "$master" 2>/dev/null; then break; fi
        w=$(pgrep -P "$master" | head -n 2 | tr '\n' ' ')
        w=${w% }
        if [[ -n $w && $w != *' '* ]] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            WORKER=$w
            return 0
        fi
        sleep 0.1
    done
    return 1
}

# stop_server MASTER WORKER: SIGINT the master, wait (bounded), SIGKILL leftovers
stop_server() {
    local master=$1 worker=$2 i ok=0
    kill -INT "$master" 2>/dev/null
    for (( i = 0; i < STOP_TIMEOUT * 10; i++ )); do
        if ! kill -0 "$master" 2>/dev/null; then ok=1; break; fi
        sleep 0.1
    done
    if (( ! ok )); then
        kill_pid "$master"
    fi
    wait "$master" 2>/dev/null
    if [[ -n $worker ]]; then
        for (( i = 0; i < 20; i++ )); do
            kill -0 "$worker" 2>/dev/null || break
            sleep 0.1
        done
        kill_pid "$worker"
    fi
    untrack "$master" $worker
    (( ok ))
}

# Problems a server log must not show.
LOG_PROBLEMS='fatal|warning|notice|deprecated|exception|error|exit with status|segmentation'
log_problems() { # log_problems FILE -> the first three matching lines, on one line
    grep -iE "$LOG_PROBLEMS" "$1" 2>/dev/null | head -n 3 | tr '\n' ' '
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.3f", a/b; else printf "-" }'; }

machine_line() {
    echo "machine: $NCPU vCPU, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1); $("$PHP" -n -r 'echo "PHP ", PHP_VERSION;') (opcache on, JIT off)"
}

# save_results PREFIX REPORT TSV_HEADER ROW...: writes $OUT_DIR/PREFIX-<stamp>.{txt,tsv}
save_results() {
    local prefix=$1 report=$2 header=$3 stamp r
    shift 3
    mkdir -p "$OUT_DIR" 2>/dev/null || return 0
    stamp=$(date -u +%Y%m%dT%H%M%SZ)
    printf '%s\n' "$report" > "$OUT_DIR/$prefix-$stamp.txt"
    {
        printf '%s\n' "$header"
        for r in "$@"; do printf '%s\n' "${r//|/	}"; done
    } > "$OUT_DIR/$prefix-$stamp.tsv"
    log "results written to $OUT_DIR/$prefix-$stamp.{txt,tsv}"
}
