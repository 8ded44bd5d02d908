#!/usr/bin/env bash
# php-src's own tests, run twice with PHP's run-tests.php: under plain php
# (the baseline) and with gojit loaded. A regression is a test that passes in
# the baseline and does not pass with gojit; any is a gojit bug (or at least
# a visible difference) and makes this script exit 1.
#
# Usage: tests/php-src/run.sh [options] [/path/to/gojit.so]
#   --quick          a subset: tests/lang and a slice of Zend/tests (~1 min on 2 cores)
#   --dirs "A B"     test directories, relative to the php-src tree
#                    (default: Zend/tests tests/lang ext/opcache/tests/jit)
#   --mode "ARGS"    extra php args for the gojit run, after -d gojit.jit=1205
#                    (e.g. --mode "-d gojit.jit=1201")
#   --common "ARGS"  extra php args for both runs (e.g. opcache on for everything:
#                    --common "-d zend_extension=opcache -d opcache.enable_cli=1")
#   --rt-args "ARGS" extra run-tests.php options for both runs (e.g. "--repeat 2":
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
#   PHP_SRC_CACHE (where a fetched tree goes, default build/php-src).
# Output: counts of both runs, the regressions with their diffs, the report in
#   build/php-src-report.txt, the runs' trees and logs in build/php-src-work/,
#   and a last line "N passed, M failed" (N: tests good in both runs,
#   M: regressions). Exit status: 0 no regression, 1 regressions, 2 the runs
#   could not be made (no tree, gojit not compiling, a canary test failed).
#
# The php-src tree is PHP_SRC, else /work/src/php8.2-*, else a previous fetch
# in PHP_SRC_CACHE, else fetched there with `apt-get source php8.2` (a deb-src
# entry for Debian bookworm is added to apt's sources if none exists).
#
# ext/opcache tests run with opcache loaded (-d zend_extension=opcache, as
# php-src's `make test` loads every shared zend_extension) and with every
# opcache.jit / opcache.jit_buffer_size in their --INI-- sections replaced by
# opcache.jit=off, opcache.jit_buffer_size=0 (gojit stays off next to
# opcache's JIT), and opcache.protect_memory=0 (gojit does not patch
# read-only shared memory), so these tests check gojit on opcache's shared
# op_arrays.
set -u

here=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$here/tests/php-src
so=$here/build/gojit.so
quick=0 fetch=0 protect_off=--protect-memory-off
dirs="Zend/tests tests/lang ext/opcache/tests/jit"
mode="" common="" rt_args="" jobs=2 timeout=60 diff_lines=40
php=${PHP:-$(command -v php)}
cache=${PHP_SRC_CACHE:-$here/build/php-src}
work=$here/build/php-src-work
report=$here/build/php-src-report.txt

usage() { sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-2}"; }
die() { echo "php-src: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --dirs) dirs=${2:?--dirs needs a value}; shift ;;
    --mode) mode=${2?--mode needs a value}; shift ;;
    --common) common=${2?--common needs a value}; shift ;;
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

case $so in /*) ;; *) so=$(pwd)/$so ;; esac
case $work in /*) ;; *) work=$(pwd)/$work ;; esac
case $report in /*) ;; *) report=$(pwd)/$report ;; esac
[ -f "$so" ] || die "$so not found (run make)"
[ -x "$php" ] || die "php not found"
rt="$(php-config --extension-dir 2>/dev/null)/build/run-tests.php"
[ -f "$rt" ] || rt=$(find /usr/lib/php /usr/local/lib/php -name run-tests.php 2>/dev/null | head -n1)
[ -f "$rt" ] || die "run-tests.php not found (install php8.2-dev)"

# --- the php-src tree ------------------------------------------------------
has_tests() { [ -d "$1/Zend/tests" ] && [ -d "$1/tests/lang" ]; }

newest_tree() { # prints the newest php8.2 tree among the given globs
  local d
  for d in $(ls -d "$@" 2>/dev/null | sort -V -r); do
    if has_tests "$d"; then echo "$d"; return 0; fi
  done
  return 1
}

add_deb_src() {
  local sudo="" f=/etc/apt/sources.list.d/gojit-debsrc.sources
  if grep -rqsE '^[[:space:]]*(Types:.*deb-src|deb-src[[:space:]])' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "php-src: adding deb-src entries for bookworm to $f" >&2
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    # The same URIs, suites and keys as the binary entries.
    sed -n 's/^Types:[[:space:]]*deb[[:space:]]*$/Types: deb-src/; /^[^#]/p; /^$/p' \
      /etc/apt/sources.list.d/debian.sources | $sudo tee "$f" >/dev/null
  else
    $sudo tee "$f" >/dev/null <<'EOF'
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
  fi
  $sudo apt-get update -qq || die "apt-get update failed"
}

fetch_tree() {
  local v versions
  add_deb_src
  mkdir -p "$cache" || die "cannot create $cache"
  cd "$cache" || die "cannot enter $cache"
  # The newest version is not always downloadable (a security upload's
  # sources may be gone from the mirror): fall back to older ones.
  versions=$(apt-cache showsrc php8.2 2>/dev/null | awk '/^Version:/ {print $2}' | sort -V -r -u)
  [ -n "$versions" ] || die "apt knows no source package php8.2 (deb-src entries missing?)"
  if ! apt-get source -qq php8.2 >"$cache/apt-source.log" 2>&1; then
    for v in $versions; do
      echo "php-src: apt-get source php8.2 failed, trying php8.2=$v" >&2
      apt-get source -qq "php8.2=$v" >>"$cache/apt-source.log" 2>&1 && break
      # Without dpkg-dev apt downloads but cannot unpack: unpack the tarball.
      ls php8.2_"${v%%-*}".orig.tar.* >/dev/null 2>&1 && break
    done
  fi
  if ! newest_tree "$cache"/php8.2-* >/dev/null; then
    for t in "$cache"/php8.2_*.orig.tar.*; do
      [ -f "$t" ] || continue
      v=$(basename "$t" | sed 's/^php8.2_\(.*\)\.orig\.tar\..*/\1/')
      mkdir -p "$cache/php8.2-$v" && tar -xf "$t" -C "$cache/php8.2-$v" --strip-components=1
    done
  fi
  cd "$here" || exit 2
  newest_tree "$cache"/php8.2-* || { cat "$cache/apt-source.log" >&2; die "could not fetch php-src with apt-get source"; }
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

gojit_args="-d extension=$so -d gojit.jit=1205 $mode"

# gojit must be on for the comparison to mean anything.
# shellcheck disable=SC2086
probe=$("$php" -n $common $gojit_args -r 'function f() {} f();
  $s = gojit_get_status();
  echo $s["enabled"] && $s["functions_compiled"] > 0 && $s["entry_count"] > 0 ? "ok" : "off: " . $s["reason"];' 2>&1)
[ "$probe" = ok ] || die "gojit is not compiling with $gojit_args: $probe"

mkdir -p "$work"
{
  echo "php-src tests under plain php and under gojit ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo "php:       $("$php" -n -r 'echo PHP_VERSION;') ($php)"
  echo "php-src:   $src"
  echo "dirs:      $dirs$([ $quick = 1 ] && echo ' (quick: every 4th test of Zend/tests)')"
  echo "gojit.so:  $so_orig ($(date -u -r "$so_orig" '+%H:%M:%S'), engine $(date -u -r "$(dirname "$so_orig")/gojit-engine.so" '+%H:%M:%S' 2>/dev/null || echo missing)), run from a copy"
  echo "gojit run: $gojit_args"
  [ -n "$common" ] && echo "both runs: $common"
  [ -n "$rt_args" ] && echo "run-tests options: $rt_args"
  echo "run-tests: -j$jobs --set-timeout $timeout -n; ext/opcache: $opcache_args, INI: jit off$([ -n "$protect_off" ] && echo ', protect_memory=0')"
} >"$report"
cat "$report"

prepare baseline plain
prepare gojit gojit
echo "tests: $(cat "$work/baseline.plain.list" "$work/baseline.opcache.list" | grep -vc /gojit-canary)"

t0=$(date +%s)
# shellcheck disable=SC2086
run_suite baseline
t1=$(date +%s)
echo "baseline run: $((t1 - t0))s" | tee -a "$report"
# shellcheck disable=SC2086
run_suite gojit $gojit_args
t2=$(date +%s)
echo "gojit run:    $((t2 - t1))s" | tee -a "$report"

"$php" -n "$scripts/compare.php" "$work/baseline" "$work/baseline.res" "$work/gojit" "$work/gojit.res" \
  "$report" "$diff_lines"
rc=$?
echo "(report: $report; trees and logs: $work)"
exit $rc
