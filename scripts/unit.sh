#!/usr/bin/env bash
# Builds and runs the C unit tests of the L0 parsers (tests/unit/test_*.c with src/proto/*.c; no
# PHP, no Zend), under AddressSanitizer and UBSan when the compiler has them.
#   scripts/unit.sh
# Exits non-zero if a test fails or does not build. The expected values come from upstream's PHP
# through tests/unit/gen_expect.php (committed as tests/unit/expect_*.h).
set -euo pipefail
cd "$(dirname "$0")/.."
cc=${CC:-cc}
out=build/unit
mkdir -p "$out"

flags=(-std=c11 -g -O1 -Wall -Wextra -Werror -Isrc -Itests/unit)
san=(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
if ! echo 'int main(void) { return 0; }' | "$cc" "${san[@]}" -x c - -o "$out/probe" 2>/dev/null \
	|| ! "$out/probe"; then
	echo "unit: $cc has no usable ASan/UBSan, running without" >&2
	san=()
fi

status=0
for test in tests/unit/test_*.c; do
	name=$(basename "$test" .c)
	if ! "$cc" "${flags[@]}" "${san[@]}" "$test" src/proto/*.c -o "$out/$name"; then
		echo "unit: $name does not build" >&2
		status=1
		continue
	fi
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 "$out/$name" || { echo "unit: $name FAILED" >&2; status=1; }
done
exit $status
