#!/usr/bin/env bash
# Runs the .phpt suite with PHP's own run-tests.php, with gojit loaded, in
# several modes. Usage: tests/phpt.sh /path/to/gojit.so [test paths...]
set -u
so=${1:?usage: tests/phpt.sh /path/to/gojit.so [tests...]}
shift
here=$(cd "$(dirname "$0")/.." && pwd)
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=("$here/php-tests")
php=${PHP:-$(command -v php)}
# run-tests.php ships with php-dev next to the extension directory; the API
# number in that path differs between PHP versions, so ask php-config.
rt="$(php-config --extension-dir)/build/run-tests.php"
[ -f "$rt" ] || rt=$(find "$(php-config --prefix)/lib/php" /usr/lib/php -name run-tests.php 2>/dev/null | head -n1)
[ -f "$rt" ] || { echo "run-tests.php not found (install php8.2-dev)"; exit 1; }

opcache="-d zend_extension=opcache -d opcache.enable=1 -d opcache.enable_cli=1 -d opcache.jit=off -d opcache.protect_memory=0 -d opcache.file_update_protection=0"
declare -A modes=(
  [cli-1205]="-d gojit.jit=1205"
  [cli-1201]="-d gojit.jit=1201"
  [opcache-1205]="$opcache -d gojit.jit=1205"
  [opcache-1201]="$opcache -d gojit.jit=1201"
  # C=0: SSE2 where the modes above use AVX (when the CPU has it).
  [cli-0205]="-d gojit.jit=0205"
  # Triggers 1-3 (hot counters at 1: compile at the first call or iteration).
  [cli-1215]="-d gojit.jit=1215"
  [cli-1225]="-d gojit.jit=1225"
  [cli-1231-hot1]="-d gojit.jit=1231 -d gojit.jit_hot_func=1 -d gojit.jit_hot_loop=1"
  [opcache-1211]="$opcache -d gojit.jit=1211"
  [opcache-1235-hot1]="$opcache -d gojit.jit=1235 -d gojit.jit_hot_func=1 -d gojit.jit_hot_loop=1"
)
order=(cli-1205 cli-1201 opcache-1205 opcache-1201 cli-0205 cli-1215 cli-1225 cli-1231-hot1 opcache-1211 opcache-1235-hot1)

passed=0 failed=0
for m in "${order[@]}"; do
  echo "== phpt mode $m"
  out=$(mktemp)
  # shellcheck disable=SC2086
  TEST_PHP_EXECUTABLE="$php" NO_INTERACTION=1 GOJIT_SO="$so" \
    "$php" -n "$rt" -q -j2 --no-color --show-diff -p "$php" -n -d "extension=$so" ${modes[$m]} "${tests[@]}" >"$out" 2>&1
  rc=$?
  grep -E '^(PASS|FAIL|SKIP|BORK)|^Tests (passed|failed)|^-{3,}' "$out" | grep -v '^PASS' || true
  if [ $rc -ne 0 ] || grep -q '^FAIL' "$out"; then
    cat "$out" | sed -n '/^=====/,$p' | head -150
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
  rm -f "$out"
done
echo "phpt modes: $passed passed, $failed failed"
[ $failed -eq 0 ]
