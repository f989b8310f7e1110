#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of the L0 parsers (clang with -fsanitize=fuzzer,address).
#   fuzz/run.sh [seconds per target, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
command -v clang >/dev/null || { echo "fuzz: clang is required (apt-get install clang)" >&2; exit 1; }
mkdir -p build/fuzz
for target in fuzz/*_fuzzer.c; do
	name=$(basename "$target" .c)
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc \
		"$target" src/proto/*.c -o "build/fuzz/$name"
	mkdir -p "build/fuzz/$name.corpus"
	echo "fuzz: $name for ${secs}s"
	"build/fuzz/$name" -max_total_time="$secs" -max_len=8192 "build/fuzz/$name.corpus" 2>&1 | tail -2
done
