#!/usr/bin/env bash
# tests/fpm/smoke.sh: php-fpm smoke test for gojit.
#
# usage: tests/fpm/smoke.sh [path/to/gojit.so]
#
# Starts php-fpm (one static pool of 2 workers on a free 127.0.0.1 port,
# opcache on, opcache JIT off, gojit loaded when a path is given), sends
# requests with cgi-fcgi to a PHP script that exercises a few functions and a
# class, and checks that:
#   - every response body is exactly what plain `php -n` computes,
#   - at least 2 distinct worker pids answered,
#   - opcache is on in the workers (so the -d flags reached them),
#   - with gojit: every response carries gojit_get_status(); for each worker
#     the last status says the engine is loaded, and the entry counter grew
#     between that worker's first and last responses; with opcache, no
#     function was compiled twice (by two workers, or twice by one),
#   - no worker died (fpm log) and the master is still alive at the end.
# Prints "N passed, M failed" and exits 1 if anything failed.
#
# Env: PHP_FPM (default php-fpm8.2), PHP (default php), CGI_FCGI (default
# cgi-fcgi), REQUESTS (default 200, at least 200 recommended), KEEP_TMP=1
# keeps the temp dir, TOTAL_TIMEOUT (default 60 s), GOJIT_ARGS (more php
# flags for gojit, e.g. "-d gojit.jit=1215" for a compile trigger), PERF_SYMS
# (the symbols every worker's perf map must have; default: all the script's
# named functions), RESETS (default 0: opcache_reset() calls spread over the
# sequential phase; opcache then restarts, the scripts are compiled again, and
# with gojit buffer_used must stay bounded: the old code is released).

set -u

# Names in the array returned by gojit_get_status(). Dotted paths reach into
# nested arrays ("engine.loaded").
STATUS_FUNCTION=${STATUS_FUNCTION:-gojit_get_status}
KEY_ENGINE_LOADED=${KEY_ENGINE_LOADED:-engine_loaded}
KEY_ENTRY_COUNT=${KEY_ENTRY_COUNT:-entry_count}

SO=${1:-}
PHP_FPM=${PHP_FPM:-php-fpm8.2}
PHP=${PHP:-php}
CGI_FCGI=${CGI_FCGI:-cgi-fcgi}
REQUESTS=${REQUESTS:-200}
# OPCACHE=0: run the workers without opcache. op_arrays then die with each
# request, and gojit must give their code space back: the checker then also
# requires buffer_used to stay bounded instead of growing with requests.
OPCACHE=${OPCACHE:-1}
GOJIT_ARGS=${GOJIT_ARGS:-}
PERF_SYMS=${PERF_SYMS:-'JIT$gcd JIT$fib JIT$mix JIT$work JIT$Accumulator::add JIT$Accumulator::summary'}
TOTAL_TIMEOUT=${TOTAL_TIMEOUT:-60}
RESETS=${RESETS:-0}
BATCH=4 # concurrent requests per batch in the concurrent phase

for bin in "$PHP_FPM" "$PHP" "$CGI_FCGI" timeout; do
    command -v "$bin" >/dev/null 2>&1 || { echo "smoke.sh: $bin not found" >&2; exit 2; }
done
if [ -n "$SO" ]; then
    [ -f "$SO" ] || { echo "smoke.sh: no such file: $SO" >&2; exit 2; }
    SO=$(cd "$(dirname "$SO")" && pwd)/$(basename "$SO")
fi

start_time=$SECONDS
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gojit-fpm.XXXXXX") || exit 2
fpm_pid=""
watchdog_pid=""

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$watchdog_pid" ]; then
        kill "$watchdog_pid" 2>/dev/null
        wait "$watchdog_pid" 2>/dev/null
    fi
    if [ -n "$fpm_pid" ] && kill -0 "$fpm_pid" 2>/dev/null; then
        kill -TERM "$fpm_pid" 2>/dev/null
        for _ in $(seq 50); do
            kill -0 "$fpm_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$fpm_pid" 2>/dev/null && kill -KILL "$fpm_pid" 2>/dev/null
        wait "$fpm_pid" 2>/dev/null
    fi
    if [ "${KEEP_TMP:-0}" = 1 ]; then
        echo "temp dir kept: $tmp"
    else
        rm -rf "$tmp"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'echo "smoke.sh: interrupted" >&2; exit 130' INT
trap 'echo "smoke.sh: killed after ${TOTAL_TIMEOUT}s (total timeout)" >&2; exit 124' TERM

# Watchdog: bounds the total run time (each cgi-fcgi call has its own timeout,
# so the TERM is handled within seconds).
main_pid=$$
(
    trap 'kill "$sp" 2>/dev/null; exit 0' TERM
    sleep "$TOTAL_TIMEOUT" &
    sp=$!
    wait "$sp" && kill -TERM "$main_pid"
) </dev/null >/dev/null 2>&1 &
watchdog_pid=$!

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && exit 0
    exit 1
}

# --- the PHP script the workers run -----------------------------------------
cat >"$tmp/app.php" <<'PHP'
<?php
// Deterministic work for the smoke test: a few functions and a class, so a
// JIT has something to compile. Under the CLI, argv[1] is n and only the
// result line is printed (the expected value).

function gcd(int $a, int $b): int
{
    while ($b !== 0) {
        [$a, $b] = [$b, $a % $b];
    }
    return $a;
}

function fib(int $n): int
{
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}

function mix(int $h, int|float $v): int
{
    return ($h * 31 + (int)$v) % 1000000007;
}

final class Accumulator
{
    private int $hash = 7;
    private float $sum = 0.0;

    public function add(int $v): static
    {
        $this->hash = mix($this->hash, $v);
        $this->sum += $v / 3;
        return $this;
    }

    public function summary(): string
    {
        return sprintf('%d/%.4f', $this->hash, $this->sum);
    }
}

function work(int $n): string
{
    $acc = new Accumulator();
    for ($i = 1; $i <= 3000; $i++) {
        $acc->add(gcd($i * ($n + 3), 360) + ($i ^ $n));
    }
    $words = [];
    foreach (['kiwi', 'apple', 'fig', 'banana'] as $k => $w) {
        $words[] = str_repeat($w[0], $k + 1) . strlen($w) * $n;
    }
    usort($words, fn($a, $b) => strcmp($b, $a));
    return sprintf('n=%d fib=%d acc=%s words=%s', $n, fib(12 + $n % 6), $acc->summary(), implode(',', $words));
}

if (PHP_SAPI === 'cli') {
    echo 'result: ', work((int)($argv[1] ?? 0)), "\n";
    exit(0);
}

if (isset($_GET['reset'])) {
    echo function_exists('opcache_reset') && opcache_reset() ? "reset\n" : "no reset\n";
    exit;
}
$n = (int)($_GET['n'] ?? 0);
$delay = (int)($_GET['delay'] ?? 0);
if ($delay > 0) {
    usleep($delay * 1000);
}
echo 'result: ', work($n), "\n";
echo 'pid: ', getmypid(), "\n";
$oc = function_exists('opcache_get_status') ? opcache_get_status(false) : false;
echo 'opcache: ', is_array($oc) && !empty($oc['opcache_enabled']) ? 'on' : 'off', "\n";
if (function_exists('__STATUS_FUNCTION__')) {
    echo 'status: ', json_encode(__STATUS_FUNCTION__()), "\n";
}
echo "end\n";
PHP
sed -i "s/__STATUS_FUNCTION__/$STATUS_FUNCTION/g" "$tmp/app.php"

# Expected results, computed by the plain interpreter.
NVALUES=10
for ((n = 0; n < NVALUES; n++)); do
    if ! timeout 20 "$PHP" -n "$tmp/app.php" "$n" >"$tmp/expected.$n" 2>&1; then
        echo "smoke.sh: computing the expected result failed:" >&2
        cat "$tmp/expected.$n" >&2
        exit 2
    fi
done

# --- php-fpm ----------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

fpm_args=(-n -F -R -y "$tmp/fpm.conf")
[ "$OPCACHE" = 1 ] && fpm_args+=(
    -d zend_extension=opcache -d opcache.enable=1 -d opcache.jit=off
    -d opcache.jit_buffer_size=0 -d opcache.validate_timestamps=0
    -d opcache.file_update_protection=0)
fpm_args+=(-d display_errors=1 -d log_errors=1 -d "error_log=$tmp/php-error.log")
# With gojit: perf maps on, to check that every worker gets symbols, also for
# code another worker compiled.
[ -n "$SO" ] && fpm_args+=(-d "extension=$SO" -d gojit.jit_debug=0x10)
# shellcheck disable=SC2206
[ -n "$SO" ] && [ -n "$GOJIT_ARGS" ] && fpm_args+=($GOJIT_ARGS)

write_conf() {
    cat >"$tmp/fpm.conf" <<EOF
[global]
pid = $tmp/fpm.pid
error_log = $tmp/fpm-error.log
log_level = notice
daemonize = no

[smoke]
listen = 127.0.0.1:$1
listen.allowed_clients = 127.0.0.1
pm = static
pm.max_children = 2
clear_env = no
catch_workers_output = yes
decorate_workers_output = no
request_terminate_timeout = 30s
EOF
}

started=0
port=19000
while [ $port -lt 19100 ] && [ $started = 0 ]; do
    if port_in_use $port; then
        port=$((port + 1))
        continue
    fi
    write_conf $port
    if ! "$PHP_FPM" "${fpm_args[@]}" -t >"$tmp/fpm-test.log" 2>&1; then
        echo "smoke.sh: php-fpm rejects the configuration:" >&2
        cat "$tmp/fpm-test.log" >&2
        exit 2
    fi
    : >"$tmp/fpm-error.log"
    "$PHP_FPM" "${fpm_args[@]}" >"$tmp/fpm-stdout.log" 2>&1 &
    fpm_pid=$!
    for _ in $(seq 100); do
        if ! kill -0 "$fpm_pid" 2>/dev/null; then
            break
        fi
        if port_in_use $port; then
            started=1
            break
        fi
        sleep 0.1
    done
    if [ $started = 0 ]; then
        if kill -0 "$fpm_pid" 2>/dev/null; then
            echo "smoke.sh: php-fpm did not open 127.0.0.1:$port within 10 s" >&2
            cat "$tmp/fpm-error.log" "$tmp/fpm-stdout.log" >&2
            exit 2
        fi
        wait "$fpm_pid" 2>/dev/null
        fpm_pid=""
        if grep -q "Address already in use" "$tmp/fpm-error.log" "$tmp/fpm-stdout.log"; then
            port=$((port + 1)) # lost a race for the port: try the next one
            continue
        fi
        echo "smoke.sh: php-fpm exited at startup:" >&2
        cat "$tmp/fpm-error.log" "$tmp/fpm-stdout.log" >&2
        exit 2
    fi
done
[ $started = 1 ] || { echo "smoke.sh: no free port in 19000-19099" >&2; exit 2; }

echo "php-fpm: pid $fpm_pid on 127.0.0.1:$port ($([ -n "$SO" ] && echo "gojit: $SO $GOJIT_ARGS" || echo "without gojit"))"

# --- requests ---------------------------------------------------------------
mkdir "$tmp/resp"
# request SEQ N DELAY_MS: the response (headers and body) lands in resp/SEQ.
request() {
    env -i PATH="$PATH" \
        SCRIPT_FILENAME="$tmp/app.php" SCRIPT_NAME=/app.php REQUEST_URI="/app.php?n=$2" \
        REQUEST_METHOD=GET QUERY_STRING="n=$2&delay=$3" SERVER_PROTOCOL=HTTP/1.1 \
        GATEWAY_INTERFACE=CGI/1.1 REMOTE_ADDR=127.0.0.1 SERVER_NAME=localhost SERVER_PORT=80 \
        timeout 15 "$CGI_FCGI" -bind -connect "127.0.0.1:$port" >"$tmp/resp/$1" 2>"$tmp/resp/$1.err"
    echo $? >"$tmp/resp/$1.rc"
}

# reset_request K: opcache_reset(); the response lands in resp/reset-K.
reset_request() {
    env -i PATH="$PATH" \
        SCRIPT_FILENAME="$tmp/app.php" SCRIPT_NAME=/app.php REQUEST_URI="/app.php?reset=1" \
        REQUEST_METHOD=GET QUERY_STRING="reset=1" SERVER_PROTOCOL=HTTP/1.1 \
        GATEWAY_INTERFACE=CGI/1.1 REMOTE_ADDR=127.0.0.1 SERVER_NAME=localhost SERVER_PORT=80 \
        timeout 15 "$CGI_FCGI" -bind -connect "127.0.0.1:$port" >"$tmp/resp/reset-$1" 2>&1
}

seq_no=0
# Phase 1: sequential requests (half), with RESETS opcache resets spread over it.
half=$((REQUESTS / 2))
every=$((RESETS > 0 ? half / (RESETS + 1) : 0))
for ((i = 0; i < half; i++)); do
    request "$(printf '%05d' $seq_no)" $((seq_no % NVALUES)) 0
    seq_no=$((seq_no + 1))
    if [ "$every" -gt 0 ] && [ $((i % every)) = $((every - 1)) ] && [ $((i / every)) -lt "$RESETS" ]; then
        reset_request "$i"
    fi
done
# Phase 2: concurrent batches, with a short delay in the script so that both
# workers have to answer.
batch_phase() {
    local until=$1 j pids
    while [ $seq_no -lt "$until" ]; do
        pids=()
        for ((j = 0; j < BATCH && seq_no < until; j++)); do
            request "$(printf '%05d' $seq_no)" $((seq_no % NVALUES)) 20 &
            pids+=($!)
            seq_no=$((seq_no + 1))
        done
        wait "${pids[@]}"
    done
}
batch_phase "$REQUESTS"

# If a single worker answered everything, insist with more concurrent batches.
distinct_pids() {
    grep -h '^pid: ' "$tmp"/resp/[0-9]* 2>/dev/null | sort -u | wc -l
}
extra=0
while [ "$(distinct_pids)" -lt 2 ] && [ $extra -lt 5 ]; do
    batch_phase $((seq_no + 8 * BATCH))
    extra=$((extra + 1))
done
echo "sent $seq_no requests in $((SECONDS - start_time)) s"

# --- checks -----------------------------------------------------------------
# The analysis is done by a small PHP program run by the plain CLI; it prints
# one line per check: "ok <text>" or "fail <text>".
cat >"$tmp/check.php" <<'PHP'
<?php
[$self, $dir, $expectedDir, $nvalues, $gojit, $keyLoaded, $keyCount, $wantOpcache, $resets] = $argv;
$resets = (int)$resets;
$gojit = $gojit === '1';

function get_path(array $a, string $path)
{
    foreach (explode('.', $path) as $k) {
        if (!is_array($a) || !array_key_exists($k, $a)) {
            return null;
        }
        $a = $a[$k];
    }
    return $a;
}

$expected = [];
for ($n = 0; $n < $nvalues; $n++) {
    $expected[$n] = rtrim(file_get_contents("$expectedDir/expected.$n"), "\n");
}

$files = glob("$dir/[0-9]*");
$files = array_values(array_filter($files, fn($f) => preg_match('/\/\d+$/', $f)));
sort($files);
$byPid = [];   // pid => list of [seq, status]
$opcacheOff = 0;
$bad = 0;
foreach ($files as $f) {
    $seq = (int)basename($f);
    $n = $seq % $nvalues;
    $rc = trim((string)@file_get_contents("$f.rc"));
    $raw = (string)file_get_contents($f);
    $err = trim((string)@file_get_contents("$f.err"));
    $problem = null;
    $parts = preg_split("/\r?\n\r?\n/", $raw, 2);
    $headers = $parts[0] ?? '';
    $body = $parts[1] ?? '';
    $lines = explode("\n", rtrim($body, "\n"));
    $fields = [];
    foreach ($lines as $line) {
        if (preg_match('/^(result|pid|opcache|status): (.*)$/', $line, $m)) {
            $fields[$m[1]] = $m[2];
        }
    }
    $wantLines = 3 + ($gojit ? 1 : 0) + 1;
    if ($rc !== '0') {
        $problem = "cgi-fcgi exit status $rc" . ($err !== '' ? " ($err)" : '');
    } elseif (preg_match('/^Status:\s*(\d+)/mi', $headers, $m) && $m[1] !== '200') {
        $problem = "HTTP status {$m[1]}";
    } elseif ('result: ' . ($fields['result'] ?? '') !== $expected[$n]) {
        $problem = 'wrong result: got "' . ($fields['result'] ?? '(none)') . "\" want \"" . substr($expected[$n], 8) . '"';
    } elseif (!isset($fields['pid']) || !preg_match('/^\d+$/', $fields['pid'])) {
        $problem = 'no pid line';
    } elseif (end($lines) !== 'end' || count($lines) !== $wantLines) {
        $problem = 'unexpected body: ' . json_encode($body);
    } elseif ($gojit && !isset($fields['status'])) {
        $problem = 'no gojit status line (extension not loaded in the worker?)';
    } elseif ($gojit && !is_array(json_decode($fields['status'], true))) {
        $problem = 'status is not a JSON object: ' . $fields['status'];
    }
    if ($problem !== null) {
        $bad++;
        echo "fail response $seq (n=$n): $problem\n";
        if ($bad > 20) {
            echo "fail (stopping the listing after 20 bad responses)\n";
            break;
        }
        continue;
    }
    echo "ok response $seq\n";
    if ($fields['opcache'] !== 'on') {
        $opcacheOff++;
    }
    $byPid[$fields['pid']][] = [$seq, $gojit ? json_decode($fields['status'], true) : null];
}

$pids = array_keys($byPid);
sort($pids);
$counts = array_map(fn($p) => "$p:" . count($byPid[$p]), $pids);
echo (count($pids) >= 2 ? 'ok' : 'fail'), ' distinct worker pids: ', count($pids), ' (', implode(' ', $counts), ")\n";
$wantOpcache = $argv[7] === '1';
// Between an opcache_reset() and the restart (when no worker is busy) opcache
// compiles nothing into the cache: it says off then.
$okOpcache = $wantOpcache ? $opcacheOff <= ($resets ? count($files) / 2 : 0) : $opcacheOff === count($files);
echo ($okOpcache && count($files) > 0 ? 'ok' : 'fail'), " opcache ", $wantOpcache ? 'on' : 'off', " in every response (", count($files) - $opcacheOff, " with)\n";
if ($gojit && !$wantOpcache) {
    // Request-local code is released at request end: buffer_used must not
    // grow with the number of requests (about 100 per worker here).
    $used = [];
    foreach ($byPid as $list) foreach ($list as [$seq, $st]) $used[$seq] = $st['buffer_used'];
    ksort($used);
    $max = max($used);
    $perRequest = max(array_map(fn($l) => ($l[count($l) - 1][1]['code_bytes'] + $l[count($l) - 1][1]['trigger_bytes']) / count($l), $byPid));
    echo ($max <= 4 * $perRequest + 4096 ? 'ok' : 'fail'), " buffer_used stays bounded without opcache: max $max bytes, about $perRequest bytes compiled per request\n";
}

if ($gojit && $wantOpcache && $resets) {
    // Every restart makes the scripts compile again; the code of the old
    // op_arrays must go back to the buffer, so buffer_used stays near what
    // one round of compiles takes.
    $used = $released = [];
    foreach ($byPid as $list) foreach ($list as [$seq, $st]) { $used[$seq] = $st['buffer_used']; $released[] = $st['shared_code_released']; }
    ksort($used);
    $first = reset($used);
    $max = max($used);
    echo (max($released) > 0 ? 'ok' : 'fail'), " code released after opcache restarts: ", max($released), " bytes\n";
    echo ($max <= 2 * $first + 4096 ? 'ok' : 'fail'), " buffer_used stays bounded across $resets opcache resets: first $first, max $max bytes\n";
} elseif ($gojit && $wantOpcache) {
    // Shared op_arrays are compiled once for all workers: the script has 8
    // op_arrays (main, 6 functions and methods, 1 closure).
    $all = 0;
    foreach ($byPid as $list) foreach ($list as [$seq, $st]) $all = max($all, $st['functions_compiled_all']);
    echo ($all <= 8 ? 'ok' : 'fail'), " functions compiled by all workers: $all (at most 8: none twice)\n";
}

if ($gojit) {
    foreach ($pids as $pid) {
        $list = $byPid[$pid];
        [$firstSeq, $first] = $list[0];
        [$lastSeq, $last] = $list[count($list) - 1];
        $loaded = get_path($last, $keyLoaded);
        echo ($loaded === true ? 'ok' : 'fail'), " worker $pid: last status (response $lastSeq) $keyLoaded = ", json_encode($loaded), "\n";
        $c0 = get_path($first, $keyCount);
        $c1 = get_path($last, $keyCount);
        $grew = is_int($c0) && is_int($c1) && $c1 > $c0 && $firstSeq !== $lastSeq;
        echo ($grew ? 'ok' : 'fail'), " worker $pid: $keyCount ", ($grew ? 'grew' : 'did not grow'), ': ', json_encode($c0), " (response $firstSeq) -> ", json_encode($c1), " (response $lastSeq)\n";
    }
}
PHP

while read -r verdict text; do
    case "$verdict" in
    "") ;;
    ok) pass ;;
    fail) fail "$text" ;;
    *) fail "checker: $verdict $text" ;;
    esac
done < <(timeout 30 "$PHP" -n "$tmp/check.php" "$tmp/resp" "$tmp" "$NVALUES" "$([ -n "$SO" ] && echo 1 || echo 0)" \
    "$KEY_ENGINE_LOADED" "$KEY_ENTRY_COUNT" "$OPCACHE" "$RESETS" 2>&1)

npids=$(distinct_pids)
echo "distinct worker pids: $npids"

# Every worker that answered has a perf map naming the script's functions,
# whichever worker compiled them.
if [ -n "$SO" ]; then
    for pid in $(grep -h '^pid: ' "$tmp"/resp/[0-9]* | sort -u | cut -d' ' -f2); do
        map=/tmp/perf-$pid.map
        missing=""
        for sym in $PERF_SYMS; do
            grep -qF " $sym" "$map" 2>/dev/null || missing="$missing $sym"
        done
        if [ -z "$missing" ]; then pass; else fail "worker $pid: $map lacks$missing"; fi
        rm -f "$map"
    done
fi

# The master must still run, and no worker may have died or been restarted.
if kill -0 "$fpm_pid" 2>/dev/null; then pass; else fail "php-fpm master $fpm_pid is gone"; fi
if grep -Eqi "exited on signal|exited with code [1-9]|SIGSEGV|core dumped|terminated|ALERT|ERROR" "$tmp/fpm-error.log"; then
    fail "php-fpm log reports problems:"
    grep -Ei "exited on signal|exited with code|SIGSEGV|core dumped|terminated|ALERT|ERROR" "$tmp/fpm-error.log" | head -20 | sed 's/^/    /'
else
    pass
fi
if [ -s "$tmp/php-error.log" ]; then
    fail "PHP error log is not empty:"
    head -20 "$tmp/php-error.log" | sed 's/^/    /'
else
    pass
fi

if [ "$failed" -ne 0 ]; then
    echo "--- php-fpm log (tail) ---"
    tail -20 "$tmp/fpm-error.log"
fi
echo "total time: $((SECONDS - start_time)) s"
finish
