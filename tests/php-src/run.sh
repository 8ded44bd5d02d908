#!/usr/bin/env bash
# php-src's own tests, run with PHP's run-tests.php under plain php (the
# baseline) and once more with gojit loaded for each gojit mode. A regression
# is a test that passes in the baseline and does not pass in a gojit mode; any
# is a gojit bug (or at least a visible difference) and makes this script
# exit 1.
#
# Usage: tests/php-src/run.sh [options] [/path/to/gojit.so]
#   --quick          a subset: tests/lang and every 4th test of Zend/tests (a third of the time)
#   --dirs "A B"     test directories, relative to the php-src tree
#                    (default: Zend/tests tests/lang ext/opcache/tests/jit)
#   --mode "ARGS"    a gojit mode: extra php args for its run, after
#                    -d gojit.jit=1205 (e.g. --mode "-d gojit.jit=1201"; "" is
#                    1205). Repeatable: one gojit run per --mode, each compared
#                    with the one baseline. Default: 1205 and 1201 (O=5 fast
#                    paths, O=1 call-threaded bodies)
#   --common "ARGS"  extra php args for every run (e.g. opcache on for everything:
#                    --common "-d zend_extension=opcache -d opcache.enable_cli=1");
#                    repeatable, the values add up
#   --rt-args "ARGS" extra run-tests.php options for every run (e.g. "--repeat 2":
#                    each test runs twice in one process, two requests)
#   -j N             run-tests.php workers (default 2)
#   --timeout N      per-test timeout in seconds (default 60)
#   --diff-lines N   lines of each regression's diff to print (default 40)
#   --protect-memory keep the opcache.protect_memory=1 of opcache's tests (by
#                    default they get 0: with 1, gojit compiles nothing there and
#                    prints a warning into each test's output)
#   --fetch          fetch the php-src tree with apt-get source even if one is present
#   --work DIR       where the runs' trees and logs go (default build/php-src-work)
#   --report FILE    the report (default build/php-src-report.txt)
# Environment: PHP (php binary, default php), PHP_SRC (php-src tree),
#   PHP_SRC_CACHE (where a fetched tree goes, default .cache/php-src, which
#   git ignores and `make clean` keeps), GOJIT_SKIP_PHP_SRC=1 (skip: exit 0
#   at once, saying so; for quick local runs, never in CI).
# Output: counts of each run, the regressions with their diffs, the report in
#   build/php-src-report.txt, the runs' trees and logs in build/php-src-work/,
#   and a last line "N passed, M failed" (summed over the gojit modes; N:
#   tests good in the baseline and in the mode, M: regressions). Exit status:
#   0 no regression, 1 regressions, 2 the runs could not be made (no tree,
#   gojit not compiling, a canary test failed).
#
# The php-src tree is PHP_SRC, else /work/src/php8.2-*, else a previous fetch
# in PHP_SRC_CACHE, else fetched there with `apt-get source php8.2` (a deb-src
# entry for Debian bookworm is added to apt's sources if none exists, as root
# or with sudo). No tree is an error (exit 2), never a silent skip.
#
# ext/opcache tests run with opcache loaded (-d zend_extension=opcache, as
# php-src's `make test` loads every shared zend_extension) and with every
# opcache.jit / opcache.jit_buffer_size in their --INI-- sections replaced by
# opcache.jit=off, opcache.jit_buffer_size=0 (gojit stays off next to
# opcache's JIT), and opcache.protect_memory=0 (gojit does not patch
# read-only shared memory), so these tests check gojit on opcache's shared
# op_arrays.
set -u

if [ "${GOJIT_SKIP_PHP_SRC:-0}" = 1 ]; then
  echo "php-src: SKIPPED (GOJIT_SKIP_PHP_SRC=1)"
  exit 0
fi

here=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$here/tests/php-src
so=$here/build/gojit.so
quick=0 fetch=0 protect_off=--protect-memory-off
dirs="Zend/tests tests/lang ext/opcache/tests/jit"
modes=() common="" rt_args="" jobs=2 timeout=60 diff_lines=40
php=${PHP:-$(command -v php)}
cache=${PHP_SRC_CACHE:-$here/.cache/php-src}
work=$here/build/php-src-work
report=$here/build/php-src-report.txt

usage() { sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-2}"; }
die() { echo "php-src: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --dirs) dirs=${2:?--dirs needs a value}; shift ;;
    --mode) modes+=("${2?--mode needs a value}"); shift ;;
    --common) common="$common ${2?--common needs a value}"; shift ;;
    -j) jobs=${2:?-j needs a value}; shift ;;
    -j[0-9]*) jobs=${1#-j} ;;
    --timeout|--set-timeout) timeout=${2:?--timeout needs a value}; shift ;;
    --diff-lines) diff_lines=${2:?--diff-lines needs a value}; shift ;;
    --fetch) fetch=1 ;;
    --rt-args) rt_args=${2?--rt-args needs a value}; shift ;;
    --work) work=${2:?--work needs a value}; shift ;;
    --report) report=${2:?--report needs a value}; shift ;;
    --protect-memory) protect_off="" ;;
    -h|--help) usage 0 ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) so=$1 ;;
  esac
  shift
done
[ $quick = 1 ] && dirs="tests/lang Zend/tests"
[ ${#modes[@]} -gt 0 ] || modes=("" "-d gojit.jit=1201")
common=${common# }

case $so in /*) ;; *) so=$(pwd)/$so ;; esac
case $work in /*) ;; *) work=$(pwd)/$work ;; esac
case $report in /*) ;; *) report=$(pwd)/$report ;; esac
[ -f "$so" ] || die "$so not found (run make)"
[ -x "$php" ] || die "php not found"
rt="$(php-config --extension-dir 2>/dev/null)/build/run-tests.php"
[ -f "$rt" ] || rt=$(find /usr/lib/php /usr/local/lib/php -name run-tests.php 2>/dev/null | head -n1)
[ -f "$rt" ] || die "run-tests.php not found (install php8.2-dev)"
# run-tests.php writes run-test-info.php next to itself: run a copy, so that
# a user who cannot write to php's build directory can run it too.
mkdir -p "$work" && cp "$rt" "$work/run-tests.php" || die "cannot write to $work"
rt=$work/run-tests.php

# --- the php-src tree ------------------------------------------------------
has_tests() { [ -d "$1/Zend/tests" ] && [ -d "$1/tests/lang" ]; }

newest_tree() { # prints the newest php8.2 tree among the given globs
  local d
  for d in $(ls -d "$@" 2>/dev/null | sort -V -r); do
    if has_tests "$d"; then echo "$d"; return 0; fi
  done
  return 1
}

as_root() { # runs "$@" as root: directly, or with sudo when not root
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "php-src: neither root nor sudo available for: $*" >&2
    return 1
  fi
}

fetch_failed() {
  [ -s "$cache/apt-source.log" ] && tail -n 20 "$cache/apt-source.log" >&2
  die "could not get the php-src 8.2 tests: $1.
  Log: $cache/apt-source.log. Fix apt (network, deb-src entries), or set PHP_SRC to an
  unpacked php-src 8.2 tree; GOJIT_SKIP_PHP_SRC=1 skips these tests (local runs only)."
}

add_deb_src() {
  local f=/etc/apt/sources.list.d/gojit-debsrc.sources
  if grep -rqsE '^[[:space:]]*(Types:.*deb-src|deb-src[[:space:]])' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  echo "php-src: adding deb-src entries for bookworm to $f" >&2
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    # The same URIs, suites and keys as the binary entries.
    sed -n 's/^Types:[[:space:]]*deb[[:space:]]*$/Types: deb-src/; /^[^#]/p; /^$/p' \
      /etc/apt/sources.list.d/debian.sources | as_root tee "$f" >/dev/null
  else
    as_root tee "$f" >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  fi || fetch_failed "cannot write $f"
  as_root apt-get update -qq >>"$cache/apt-source.log" 2>&1 || fetch_failed "apt-get update failed"
}

src_versions() { apt-cache showsrc php8.2 2>/dev/null | awk '/^Version:/ {print $2}' | sort -V -r -u; }

fetch_tree() { # prints the tree fetched into $cache
  local v u t tmp tree versions
  mkdir -p "$cache" && : >"$cache/apt-source.log" || die "cannot write to $cache"
  add_deb_src
  versions=$(src_versions)
  if [ -z "$versions" ]; then # deb-src entries, but apt's lists predate them
    as_root apt-get update -qq >>"$cache/apt-source.log" 2>&1 || fetch_failed "apt-get update failed"
    versions=$(src_versions)
  fi
  [ -n "$versions" ] || fetch_failed "apt knows no source package php8.2"
  # A fresh directory: an interrupted fetch must not leave a half tree that
  # passes for a whole one next time.
  tmp=$(mktemp -d "$cache/fetch.XXXXXX") || die "cannot write to $cache"
  # The newest version is not always downloadable (a security upload's
  # sources may be gone from the mirror): fall back to older ones.
  for v in $versions; do
    echo "php-src: apt-get source php8.2=$v (into $cache)" >&2
    (cd "$tmp" && apt-get source -qq "php8.2=$v") >>"$cache/apt-source.log" 2>&1 && break
    # Without dpkg-dev apt downloads but cannot unpack: unpack the tarball.
    u=${v%%-*}
    t=$(ls "$tmp"/php8.2_"$u".orig.tar.* 2>/dev/null | grep -v '\.asc$' | head -n1)
    [ -n "$t" ] && mkdir -p "$tmp/php8.2-$u" &&
      tar -xf "$t" -C "$tmp/php8.2-$u" --strip-components=1 >>"$cache/apt-source.log" 2>&1 && break
  done
  tree=$(newest_tree "$tmp"/php8.2-*) || { rm -rf "$tmp"; fetch_failed "apt-get source failed for php8.2 $(echo $versions)"; }
  rm -rf "${cache:?}/${tree##*/}" && mv "$tree" "$cache/" && rm -rf "$tmp" || die "cannot move $tree into $cache"
  echo "$cache/${tree##*/}"
}

if [ -n "${PHP_SRC:-}" ]; then
  has_tests "$PHP_SRC" || die "PHP_SRC=$PHP_SRC has no Zend/tests and tests/lang"
  src=$PHP_SRC
elif [ $fetch = 0 ] && src=$(newest_tree /work/src/php8.2-* "$cache"/php8.2-*); then
  :
else
  src=$(fetch_tree) || exit 2
fi
src=$(cd "$src" && pwd)

# --- the tests -------------------------------------------------------------
for d in $dirs; do
  [ -d "$src/$d" ] || die "$src/$d: no such test directory"
done

# Quick: every test in tests/lang, and every 4th one of Zend/tests (sorted,
# so the slice is the same each time); opcache's tests are left out.
select_tests() { # $1 = dir (relative); prints the .phpt paths (relative) to run
  local all
  all=$(cd "$src" && find "$1" -name '*.phpt' | LC_ALL=C sort)
  if [ $quick = 1 ] && [ "$1" = Zend/tests ]; then
    echo "$all" | awk 'NR % 4 == 1'
  else
    echo "$all"
  fi
}

opcache_group() { case $1 in ext/opcache*) return 0 ;; *) return 1 ;; esac; }

canary() { # $1 = file, $2 = expected output, $3 = INI section, $4 = 1: also report opcache
  cat >"$1" <<EOF
--TEST--
gojit canary: $2
--INI--
$3
--FILE--
<?php
/** @jit (compiled whatever the trigger) */
function f() {}
f();
\$s = function_exists('gojit_get_status') ? gojit_get_status() : null;
echo \$s === null ? 'plain' : (\$s['enabled'] && \$s['entry_count'] > 0 ? 'gojit' : 'gojit off: ' . \$s['reason']);
echo $4 && function_exists('opcache_get_status') && opcache_get_status(false) ? ' opcache' : '', "\n";
?>
--EXPECT--
$2
EOF
}

# Each run gets its own copy of the directories: run-tests.php writes its
# .out/.diff/.php files next to each test, and the two runs must not share them.
prepare() { # $1 = run name, $2 = what the canary test must print
  local root=$work/$1 d
  rm -rf "$root" && mkdir -p "$root" || die "cannot create $root"
  : >"$work/$1.plain.list"; : >"$work/$1.opcache.list"
  # Canaries prove run-tests.php passed our settings on to the tests.
  canary "$root/gojit-canary.phpt" "$2" "" 0
  echo "$root/gojit-canary.phpt" >>"$work/$1.plain.list"
  for d in $dirs; do
    mkdir -p "$root/$(dirname "$d")" && cp -r "$src/$d" "$root/$d" || die "copy of $d failed"
    if opcache_group "$d"; then
      "$php" -n "$scripts/strip-jit-ini.php" $protect_off "$root/$d" || die "INI rewrite failed"
      if [ ! -f "$root/gojit-canary-opcache.phpt" ]; then
        canary "$root/gojit-canary-opcache.phpt" "$2 opcache" "opcache.enable=1
opcache.enable_cli=1" 1
        echo "$root/gojit-canary-opcache.phpt" >>"$work/$1.opcache.list"
      fi
      select_tests "$d" | sed "s|^|$root/|" >>"$work/$1.opcache.list"
    else
      select_tests "$d" | sed "s|^|$root/|" >>"$work/$1.plain.list"
    fi
  done
}

# Settings for the ext/opcache group: opcache loaded (tests turn it on in
# their INI) and its JIT off. INI sections override these, hence the rewrite.
opcache_args="-d zend_extension=opcache -d opcache.jit=off -d opcache.jit_buffer_size=0"

run_suite() { # $1 = run name, $2... = php args for the tests
  local name=$1 group list args rc
  shift
  : >"$work/$name.res"; : >"$work/$name.log"
  for group in plain opcache; do
    list=$work/$name.$group.list
    [ -s "$list" ] || continue
    args=""
    if [ $group = opcache ]; then
      args=$opcache_args
      # Loading opcache twice is an error: --common may have loaded it.
      case " $common $* " in
        *zend_extension=*opcache*) args=${args#-d zend_extension=opcache } ;;
      esac
    fi
    # shellcheck disable=SC2086
    (cd "$work/$name" && TEST_PHP_EXECUTABLE="$php" NO_INTERACTION=1 \
      "$php" -n "$rt" -q -j"$jobs" --no-color --no-progress --set-timeout "$timeout" $rt_args \
        -n $common $args "$@" -W "$work/$name.$group.res" -r "$list") >>"$work/$name.log" 2>&1
    rc=$?
    if [ ! -s "$work/$name.$group.res" ]; then
      tail -n 30 "$work/$name.log" >&2
      die "run-tests.php ($name, $group) wrote no results (exit $rc); log: $work/$name.log"
    fi
    cat "$work/$name.$group.res" >>"$work/$name.res"
  done
  for c in $(grep -ho "$work/$name/gojit-canary[^/]*\.phpt" "$work/$name".*.list); do
    grep -q "^PASSED	$c" "$work/$name.res" ||
      die "canary ${c##*/} failed in the $name run (the tests did not run as intended): see ${c%.phpt}.diff"
  done
  grep -v "/gojit-canary[^/]*\.phpt" "$work/$name.res" >"$work/$name.res.tmp" && mv "$work/$name.res.tmp" "$work/$name.res"
}

# Run a snapshot of the module and its engine: a `make` during the runs
# must not change (or tear) the files the tests load.
mkdir -p "$work/so" && rm -f "$work/so"/*.so || die "cannot create $work/so"
cp "$so" "$work/so/" || die "cannot copy $so"
if [ -f "$(dirname "$so")/gojit-engine.so" ]; then
  cp "$(dirname "$so")/gojit-engine.so" "$work/so/" || die "cannot copy the engine"
fi
so_orig=$so
so=$work/so/$(basename "$so")

# Run i (gojit1, gojit2, ...) is mode i; a stale run of an earlier, longer
# mode list must not be mistaken for one of these.
rm -rf "$work"/gojit* && mkdir -p "$(dirname "$report")" || die "cannot clean $work"
gojit_args=()
for i in "${!modes[@]}"; do
  gojit_args[i]="-d extension=$so -d gojit.jit=1205 ${modes[i]}"
  # gojit must be on for the comparison to mean anything.
  # shellcheck disable=SC2086
  probe=$("$php" -n $common ${gojit_args[i]} -r 'function f() {} f();
    $s = gojit_get_status();
    echo $s["enabled"] && $s["functions_compiled"] > 0 && $s["entry_count"] > 0 ? "ok" : "off: " . $s["reason"];' 2>&1)
  [ "$probe" = ok ] || die "gojit is not compiling with ${gojit_args[i]}: $probe"
done

{
  echo "php-src tests under plain php and under gojit ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo "php:       $("$php" -n -r 'echo PHP_VERSION;') ($php)"
  echo "php-src:   $src"
  echo "dirs:      $dirs$([ $quick = 1 ] && echo ' (quick: every 4th test of Zend/tests)')"
  echo "gojit.so:  $so_orig ($(date -u -r "$so_orig" '+%H:%M:%S'), engine $(date -u -r "$(dirname "$so_orig")/gojit-engine.so" '+%H:%M:%S' 2>/dev/null || echo missing)), run from a copy"
  for i in "${!modes[@]}"; do
    echo "gojit$((i + 1)):    ${gojit_args[i]}"
  done
  [ -n "$common" ] && echo "every run: $common"
  [ -n "$rt_args" ] && echo "run-tests options: $rt_args"
  echo "run-tests: -j$jobs --set-timeout $timeout -n; ext/opcache: $opcache_args, INI: jit off$([ -n "$protect_off" ] && echo ', protect_memory=0')"
} >"$report"
cat "$report"

prepare baseline plain
echo "tests: $(cat "$work/baseline.plain.list" "$work/baseline.opcache.list" | grep -vc /gojit-canary)"
t0=$(date +%s)
run_suite baseline
echo "baseline run: $(($(date +%s) - t0))s" | tee -a "$report"

rc=0 passed=0 failed=0
for i in "${!modes[@]}"; do
  run=gojit$((i + 1))
  prepare "$run" gojit
  t0=$(date +%s)
  # shellcheck disable=SC2086
  run_suite "$run" ${gojit_args[i]}
  echo "$run run:   $(($(date +%s) - t0))s ($([ -n "${modes[i]}" ] && echo "${modes[i]}" || echo 1205))" | tee -a "$report"
  out=$("$php" -n "$scripts/compare.php" "$work/baseline" "$work/baseline.res" "$work/$run" "$work/$run.res" \
    "$report" "$diff_lines")
  r=$?
  printf '%s\n' "$out" | sed '$d'
  [ $r -gt $rc ] && rc=$r
  # compare.php's last line: "N passed, M failed".
  read -r n _ m _ <<<"$(printf '%s\n' "$out" | tail -n1)"
  [[ $n =~ ^[0-9]+$ && $m =~ ^[0-9]+$ ]] || die "compare.php failed for $run: $out"
  passed=$((passed + n)) failed=$((failed + m))
  echo >>"$report"
done
echo "(report: $report; trees and logs: $work)"
echo "$passed passed, $failed failed" | tee -a "$report"
exit $rc
