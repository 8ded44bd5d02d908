#!/usr/bin/env bash
# Differential test: every program in php-tests/diff must print the same
# bytes and exit with the same code under plain php and under gojit, in each
# mode below. Usage: tests/diff.sh /path/to/gojit.so
set -u
so=${1:?usage: tests/diff.sh /path/to/gojit.so}
here=$(cd "$(dirname "$0")/.." && pwd)
opcache="-d zend_extension=opcache -d opcache.enable=1 -d opcache.enable_cli=1 -d opcache.jit=off -d opcache.protect_memory=0 -d opcache.file_update_protection=0"
modes=(
  "-d extension=$so -d gojit.jit=1205"
  "-d extension=$so -d gojit.jit=1201"
  "-d extension=$so -d gojit.jit=1203"
  "-d extension=$so -d gojit.jit=1205 $opcache"
  "-d extension=$so -d gojit.jit=1201 $opcache"
  "-d extension=$so -d gojit.jit=1205 -d gojit.jit_buffer_size=1M"
  # No register allocation (R=0) and R=1: the entries still check the
  # facts fast paths rely on.
  "-d extension=$so -d gojit.jit=1005"
  "-d extension=$so -d gojit.jit=1105 $opcache"
  # Fast paths without SSA (O=2), on opcache's optimized op_arrays.
  "-d extension=$so -d gojit.jit=1202 $opcache"
  # C=0: SSE2 encodings even where the CPU has AVX (the modes above use AVX
  # when it has).
  "-d extension=$so -d gojit.jit=0205"
  "-d extension=$so -d gojit.jit=0205 $opcache"
  # Triggers: first call, profile (compiled at request end: with opcache the
  # compile runs; without, only the counting stubs), hot counters at 1 (every
  # function compiles at its first call, every loop at its first iteration,
  # entering the new code at the loop header) and at 2 (mid-loop).
  "-d extension=$so -d gojit.jit=1215"
  "-d extension=$so -d gojit.jit=1211 $opcache"
  "-d extension=$so -d gojit.jit=1225"
  "-d extension=$so -d gojit.jit=1221 $opcache"
  "-d extension=$so -d gojit.jit=1235 -d gojit.jit_hot_func=1 -d gojit.jit_hot_loop=1"
  "-d extension=$so -d gojit.jit=1231 -d gojit.jit_hot_func=1 -d gojit.jit_hot_loop=1"
  "-d extension=$so -d gojit.jit=1231 -d gojit.jit_hot_func=2 -d gojit.jit_hot_loop=2 $opcache"
)
passed=0 failed=0
for m in "${modes[@]}"; do
  echo "== diff mode: $m"
  # shellcheck disable=SC2086
  if "$here/php-tests/diff/run.sh" $m; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "diff modes: $passed passed, $failed failed"
[ $failed -eq 0 ]
