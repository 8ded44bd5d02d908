#!/usr/bin/env bash
# php-tests/diff/run.sh: differential tests.
#
# usage: php-tests/diff/run.sh [php args for the mode under test...]
#   e.g. php-tests/diff/run.sh -d extension=/work/main/build/gojit.so -d gojit.jit=1205
#
# Every *.php script in this directory is run twice: `php -n SCRIPT` is the
# reference, `php -n MODE-ARGS SCRIPT` the mode under test. Their stdout and
# exit codes must match byte for byte. Prints PASS/FAIL per script (with a
# diff on failure) and ends with the line "N passed, M failed"; exits 1 if
# any script failed.
#
# Env: PHP (php binary, default php), TIMEOUT (seconds per run, default 60),
#      TESTS (space-separated script names to run, default all).

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PHP=${PHP:-php}
TIMEOUT=${TIMEOUT:-60}
mode=("$@")

if ! command -v "$PHP" >/dev/null 2>&1; then
    echo "run.sh: php binary not found: $PHP" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gojit-diff.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

scripts=()
if [ -n "${TESTS:-}" ]; then
    for t in $TESTS; do
        t=${t%.php}
        if [ ! -f "$here/$t.php" ]; then
            echo "run.sh: no such test: $t" >&2
            exit 2
        fi
        scripts+=("$here/$t.php")
    done
else
    for f in "$here"/*.php; do
        [ -f "$f" ] && scripts+=("$f")
    done
fi

echo "reference: $PHP -n SCRIPT"
echo "mode:      $PHP -n ${mode[*]} SCRIPT"

passed=0
failed=0
for f in "${scripts[@]}"; do
    name=$(basename "$f")
    (cd "$here" && timeout "$TIMEOUT" "$PHP" -n "$f" >"$tmp/ref.out" 2>"$tmp/ref.err")
    ref_rc=$?
    (cd "$here" && timeout "$TIMEOUT" "$PHP" -n "${mode[@]}" "$f" >"$tmp/mode.out" 2>"$tmp/mode.err")
    mode_rc=$?
    if [ "$ref_rc" = "$mode_rc" ] && cmp -s "$tmp/ref.out" "$tmp/mode.out"; then
        echo "PASS $name"
        passed=$((passed + 1))
        continue
    fi
    echo "FAIL $name"
    failed=$((failed + 1))
    if [ "$ref_rc" != "$mode_rc" ]; then
        echo "  exit code: reference $ref_rc, mode $mode_rc$([ "$mode_rc" = 124 ] && echo " (timeout after ${TIMEOUT}s)")"
    fi
    if ! cmp -s "$tmp/ref.out" "$tmp/mode.out"; then
        echo "  stdout differs (--- reference, +++ mode):"
        diff -u --label reference --label mode "$tmp/ref.out" "$tmp/mode.out" | head -60 | sed 's/^/  /'
    fi
    if [ -s "$tmp/mode.err" ] && ! cmp -s "$tmp/ref.err" "$tmp/mode.err"; then
        echo "  stderr of the mode:"
        head -c 3000 "$tmp/mode.err" | sed 's/^/  /'
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
