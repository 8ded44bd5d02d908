#!/usr/bin/env bash
# bench/run.sh: run the CPU benchmarks under several PHP modes and compare.
#
# For every program: each mode is run WARMUP times (not timed), then ROUNDS
# rounds in which every mode runs once (modes interleaved, so slow drift of
# the machine hits all modes alike). Prints the median wall time per mode and
# its ratio to the first mode, and checks that every run of every mode printed
# exactly what the first mode printed and exited 0. Any mismatch or failure is
# reported loudly and makes the script exit 1.
#
# Then, for every mode that loads gojit, one more untimed run per program with
# bench/lib/status-prelude.php prepended collects gojit_get_status(true), and
# a second table shows compile time and code size per function and opline.
#
# See bench/README.md, or run with --help.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

PHP=${PHP:-php}
GOJIT_SO=${GOJIT_SO:-$repo/build/gojit.so}
ROUNDS=${ROUNDS:-11}
WARMUP=${WARMUP:-1}
TIMEOUT=${TIMEOUT:-300}

ALL_PROGRAMS=(mandelbrot nbody spectral-norm fannkuch-redux binary-trees int-loop fib mixed-loop)

declare -A QUICK_SIZE=(
    [mandelbrot]=200 [nbody]=20000 [spectral-norm]=100 [fannkuch-redux]=7
    [binary-trees]=10 [int-loop]=1000000 [fib]=25 [mixed-loop]=500000
)

usage() {
    cat <<EOF
usage: bench/run.sh [options] [program...]

Programs (default: all): ${ALL_PROGRAMS[*]}

Options:
  -r, --rounds N        timed rounds per mode (default 11; env ROUNDS)
  -w, --warmup N        untimed warm-up runs per mode (default 1; env WARMUP)
  -q, --quick           small sizes, for a fast smoke run
  -s, --size PROG=N     size argument for one program (repeatable)
  -a, --all             also run opcache-1205, opcache-1255 and gojit-1235
  -m, --mode NAME       run this mode (repeatable; replaces the default list;
                        the first mode is the baseline). NAME is a built-in
                        mode, or NAME='php args' to define a new one, e.g.
                        -m php -m 'gojit-dbg=-n -d extension=x.so -d gojit.jit=1205'
      --gojit PATH      gojit.so to load (env GOJIT_SO; default build/gojit.so)
      --php PATH        php binary (env PHP; default php)
  -t, --timeout SEC     kill a run after SEC seconds (default 300; env TIMEOUT)
      --no-stats        skip the status runs and the gojit compile table
  -h, --help            this text

Built-in modes:
  php           php -n
  opcache-1205  php -n + opcache, opcache.jit=1205 (64M buffer)
  opcache-1255  php -n + opcache, opcache.jit=1255 (64M buffer)
  gojit-1205    php -n -d extension=\$GOJIT_SO -d gojit.jit=1205
  gojit-1235    php -n -d extension=\$GOJIT_SO -d gojit.jit=1235

Default modes: php, plus gojit-1205 when \$GOJIT_SO exists. --all adds the
opcache modes (and gojit-1235 when \$GOJIT_SO exists). Env MODES="a b c" is
the same as -m a -m b -m c.
Speedup is the first mode's median time / this mode's median time: > 1 is faster.
The compile table (modes that load gojit) sums the program's compiled
functions from gojit_get_status(true) in one extra untimed run per mode:
functions, oplines, compile ms, ms/function, oplines/ms, code bytes,
bytes/opline, native (share of oplines with inline native code).
Exit status: 0 all good, 1 an output mismatch or a failed run, 2 bad usage.
EOF
}

die() { echo "run.sh: $*" >&2; exit 2; }

quick=0
all=0
stats=1
programs=()
modes_req=()
declare -A SIZE=()
while [ $# -gt 0 ]; do
    case "$1" in
    -r | --rounds) ROUNDS=${2:?}; shift 2 ;;
    --rounds=*) ROUNDS=${1#*=}; shift ;;
    -w | --warmup) WARMUP=${2:?}; shift 2 ;;
    --warmup=*) WARMUP=${1#*=}; shift ;;
    -q | --quick) quick=1; shift ;;
    -a | --all) all=1; shift ;;
    -s | --size) SIZE[${2%%=*}]=${2#*=}; shift 2 ;;
    --size=*) v=${1#*=}; SIZE[${v%%=*}]=${v#*=}; shift ;;
    -m | --mode) modes_req+=("${2:?}"); shift 2 ;;
    --mode=*) modes_req+=("${1#*=}"); shift ;;
    --gojit) GOJIT_SO=${2:?}; shift 2 ;;
    --gojit=*) GOJIT_SO=${1#*=}; shift ;;
    --php) PHP=${2:?}; shift 2 ;;
    --php=*) PHP=${1#*=}; shift ;;
    -t | --timeout) TIMEOUT=${2:?}; shift 2 ;;
    --timeout=*) TIMEOUT=${1#*=}; shift ;;
    --no-stats) stats=0; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) programs+=("${1%.php}"); shift ;;
    esac
done

[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "rounds must be a positive integer"
[[ $WARMUP =~ ^[0-9]+$ ]] || die "warmup must be a non-negative integer"
[[ $TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "timeout must be a positive integer"
command -v "$PHP" >/dev/null 2>&1 || die "php binary not found: $PHP"

[ ${#programs[@]} -gt 0 ] || programs=("${ALL_PROGRAMS[@]}")
for p in "${programs[@]}"; do
    [ -f "$here/$p.php" ] || die "no such program: $p (have: ${ALL_PROGRAMS[*]})"
done
for p in "${!SIZE[@]}"; do
    [ -f "$here/$p.php" ] || die "--size for unknown program: $p"
done

opcache_args="-n -d zend_extension=opcache -d opcache.enable_cli=1 -d opcache.jit_buffer_size=64M"
builtin_mode_args() {
    case "$1" in
    php) printf "%s\n" "-n" ;;
    opcache-1205) echo "$opcache_args -d opcache.jit=1205" ;;
    opcache-1255) echo "$opcache_args -d opcache.jit=1255" ;;
    gojit-1205) echo "-n -d extension=$GOJIT_SO -d gojit.jit=1205" ;;
    gojit-1235) echo "-n -d extension=$GOJIT_SO -d gojit.jit=1235" ;;
    *) return 1 ;;
    esac
}

if [ ${#modes_req[@]} -eq 0 ] && [ -n "${MODES:-}" ]; then
    read -r -a modes_req <<<"$MODES"
fi
if [ ${#modes_req[@]} -eq 0 ]; then
    modes_req=(php)
    [ $all = 1 ] && modes_req+=(opcache-1205 opcache-1255)
    if [ -f "$GOJIT_SO" ]; then
        modes_req+=(gojit-1205)
        [ $all = 1 ] && modes_req+=(gojit-1235)
    else
        echo "note: $GOJIT_SO not found, gojit modes skipped" >&2
    fi
elif [ $all = 1 ]; then
    die "--all only extends the default mode list; name the modes with -m instead"
fi

modes=()
declare -A MODE_ARGS=()
for m in "${modes_req[@]}"; do
    if [[ $m == *=* ]]; then
        name=${m%%=*}
        args=${m#*=}
    else
        name=$m
        args=$(builtin_mode_args "$m") || die "unknown mode: $m"
    fi
    [ -n "$name" ] || die "empty mode name in: $m"
    [ -z "${MODE_ARGS[$name]+x}" ] || die "mode given twice: $name"
    if [[ $args == *"$GOJIT_SO"* ]] && [ ! -f "$GOJIT_SO" ]; then
        die "mode $name needs $GOJIT_SO, which does not exist"
    fi
    modes+=("$name")
    MODE_ARGS[$name]=$args
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gojit-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT

# Preflight: every mode must start and print exactly what we ask (this
# catches an extension that fails to load: PHP prints a warning on stdout).
# It also finds the modes that load gojit, for the compile table.
gojit_modes=()
for m in "${modes[@]}"; do
    read -r -a a <<<"${MODE_ARGS[$m]}"
    out=$(timeout 30 "$PHP" "${a[@]}" -r 'echo "ok", function_exists("gojit_get_status") ? " gojit" : "";' 2>&1)
    if [ "$out" = "ok gojit" ]; then
        gojit_modes+=("$m")
    elif [ "$out" != ok ]; then
        echo "run.sh: mode $m does not start cleanly: $PHP ${MODE_ARGS[$m]}" >&2
        printf '%s\n' "$out" | head -20 >&2
        exit 1
    fi
done

echo "php: $(command -v "$PHP") ($("$PHP" -n -r 'echo PHP_VERSION;'))   rounds: $ROUNDS   warm-up: $WARMUP"
for m in "${modes[@]}"; do
    printf '  %-14s %s %s\n' "$m" "$PHP" "${MODE_ARGS[$m]}"
done
echo

failed=0
stats_rows=()

# run_once MODE PROG SIZE OUTFILE [PHP ARGS...]: runs once, prints elapsed
# nanoseconds; returns php's exit status.
run_once() {
    local -a a
    read -r -a a <<<"${MODE_ARGS[$1]}"
    a+=("${@:5}")
    local t0 t1 rc
    # Arguments are split on whitespace: mode strings cannot quote.
    t0=$(date +%s%N)
    local -a size_arg=()
    [ -n "$3" ] && size_arg=("$3")
    timeout "$TIMEOUT" "$PHP" "${a[@]}" "$here/$2.php" "${size_arg[@]}" >"$4" 2>"$4.err"
    rc=$?
    t1=$(date +%s%N)
    echo $((t1 - t0))
    return $rc
}

# check MODE PROG OUTFILE RC: compares one run against the baseline.
check() {
    local m=$1 p=$2 out=$3 rc=$4 base=$tmp/$p.base
    if [ "$rc" -ne 0 ]; then
        echo "!!!!! FAILED: $p under $m exited with status $rc$([ "$rc" = 124 ] && echo " (timeout)")" >&2
        tail -c 2000 "$out" >&2
        tail -c 2000 "$out.err" >&2
        bad[$m]=FAILED
        return 1
    fi
    if [ ! -f "$base" ]; then
        cp "$out" "$base"
        return 0
    fi
    if ! cmp -s "$base" "$out"; then
        echo "!!!!! MISMATCH: $p under $m printed something else than under ${modes[0]}:" >&2
        diff "$base" "$out" | head -20 >&2
        bad[$m]=MISMATCH
        return 1
    fi
    return 0
}

median() { # seconds, from nanosecond values on stdin
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.3f", m / 1e9 }'
}

# Header.
hdr=$(printf '%-16s %-10s' program size)
for i in "${!modes[@]}"; do
    if [ "$i" -eq 0 ]; then
        hdr+=$(printf ' %14s' "${modes[$i]}")
    else
        hdr+=$(printf ' %14s %7s' "${modes[$i]}" speedup)
    fi
done
echo "$hdr"

for p in "${programs[@]}"; do
    if [ -n "${SIZE[$p]:-}" ]; then
        size=${SIZE[$p]}
    elif [ $quick = 1 ]; then
        size=${QUICK_SIZE[$p]}
    else
        size=$(sed -n 's/.*(int)\$argv\[1\] : \([0-9]*\);.*/\1/p' "$here/$p.php" | head -1)
    fi
    declare -A bad=()
    declare -A times=()
    rm -f "$tmp/$p.base"
    # Warm-up runs double as the first output check; the first mode's first
    # run is the baseline.
    for ((w = 0; w < WARMUP; w++)); do
        for m in "${modes[@]}"; do
            run_once "$m" "$p" "$size" "$tmp/out" >/dev/null
            check "$m" "$p" "$tmp/out" $?
        done
    done
    for ((r = 0; r < ROUNDS; r++)); do
        for m in "${modes[@]}"; do
            [ -n "${bad[$m]:-}" ] && continue
            ns=$(run_once "$m" "$p" "$size" "$tmp/out")
            rc=$?
            check "$m" "$p" "$tmp/out" $rc && times[$m]+="$ns "
        done
    done
    base_med=""
    line=$(printf '%-16s %-10s' "$p" "${size:-default}")
    for i in "${!modes[@]}"; do
        m=${modes[$i]}
        if [ -n "${bad[$m]:-}" ]; then
            failed=1
            if [ "$i" -eq 0 ]; then
                line+=$(printf ' %14s' "!!${bad[$m]}!!")
            else
                line+=$(printf ' %14s %7s' "!!${bad[$m]}!!" -)
            fi
            continue
        fi
        med=$(printf '%s\n' ${times[$m]} | median)
        if [ "$i" -eq 0 ]; then
            base_med=$med
            line+=$(printf ' %13ss' "$med")
        else
            ratio=$(awk -v a="$med" -v b="$base_med" 'BEGIN { if (b == "" || b + 0 == 0) print "-"; else printf "%.2fx", b / a }')
            line+=$(printf ' %13ss %7s' "$med" "$ratio")
        fi
    done
    echo "$line"
    # The status run: untimed, after the timed rounds, output checked too.
    if [ $stats = 1 ]; then
        for m in "${gojit_modes[@]}"; do
            st=$tmp/$p.$m.status.json
            if [ -n "${bad[$m]:-}" ]; then
                st="!!${bad[$m]}!! in the timed runs"
            else
                GOJIT_BENCH_STATUS=$st run_once "$m" "$p" "$size" "$tmp/out" \
                    -d auto_prepend_file="$here/lib/status-prelude.php" >/dev/null
                check "$m (status run)" "$p" "$tmp/out" $? || { st="!!${bad["$m (status run)"]}!! in the status run"; failed=1; }
            fi
            stats_rows+=("$p" "$m" "$st")
        done
    fi
    unset bad times
done

if [ ${#stats_rows[@]} -gt 0 ]; then
    echo
    echo "gojit compile statistics (one untimed run per program and gojit mode; see bench/README.md):"
    "$PHP" -n "$here/lib/status-table.php" "${stats_rows[@]}" || echo "run.sh: the compile table could not be printed" >&2
fi

if [ $failed = 1 ]; then
    echo
    echo "!!!!! SOME RUNS FAILED OR PRINTED DIFFERENT OUTPUT (see above) !!!!!"
    exit 1
fi
exit 0
