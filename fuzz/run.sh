#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of the L0 parsers (clang with -fsanitize=fuzzer,address).
#   fuzz/run.sh [seconds per target, default 30] [target name ...]
# Every fuzz/*_fuzzer.c is built with all of src/proto/*.c and run for the given time. Its
# working corpus is build/fuzz/<name>.corpus, seeded from fuzz/corpus/<name>/ (copied; the
# committed seeds are never written to). A crash leaves build/fuzz/<name>-crash-* and its log.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
command -v clang >/dev/null || { echo "fuzz: clang is required (apt-get install clang)" >&2; exit 1; }
mkdir -p build/fuzz
targets=("$@")
[ ${#targets[@]} -gt 0 ] || for f in fuzz/*_fuzzer.c; do targets+=("$(basename "$f" .c)"); done
for name in "${targets[@]}"; do
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc \
		"fuzz/$name.c" src/proto/*.c -o "build/fuzz/$name"
	corpus="build/fuzz/$name.corpus"
	mkdir -p "$corpus"
	if [ -d "fuzz/corpus/$name" ]; then
		cp -n "fuzz/corpus/$name"/* "$corpus"/ 2>/dev/null || true
	fi
	echo "fuzz: $name for ${secs}s"
	log="build/fuzz/$name.log"
	if ! "build/fuzz/$name" -max_total_time="$secs" -max_len=8192 -artifact_prefix="build/fuzz/$name-" \
		"$corpus" >"$log" 2>&1; then
		tail -40 "$log" >&2
		echo "fuzz: $name failed (log: $log)" >&2
		exit 1
	fi
	tail -2 "$log"
done
