--TEST--
gojit.jit C digit: fast paths' double arithmetic in VEX (AVX) encodings at C=1 when the CPU has AVX, SSE2 at C=0 (gojit.jit_debug=1 listings), same results as plain php; gojit_get_status()["avx"] says which
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$code = 'function f($x, $y, $n) { $s = 0.0; for ($i = 0; $i < $n; $i++) { $s = $s * $x + $y / 3 - $i; if ($s > 1e6) $s -= 1e6; } return $s; } echo f(1.5, 2.25, 100), "\n";';
// The kernel lists avx only when it also saves the YMM registers, as
// x/sys/cpu's HasAVX requires.
$avx = (bool)preg_match('/^flags\s*:.*\bavx\b/m', (string)@file_get_contents('/proc/cpuinfo'));
$plain = trim((string)shell_exec("$php -n -r " . escapeshellarg($code)));
// The later -d gojit.jit wins over the mode's: compile on load, level 5.
foreach (['1205', '0205'] as $jit) {
    $lines = explode("\n", trim((string)shell_exec("$php $args -d gojit.jit=$jit -d gojit.jit_debug=1 -r " . escapeshellarg($code) . " 2>&1")));
    $result = array_pop($lines);
    preg_match_all('/\s(v?)(addsd|subsd|mulsd|divsd|ucomisd|cvtsi2sd|movsd|xorps|movaps|cvttsd2si)\s/', implode("\n", $lines), $m);
    $want = $jit[0] === '1' && $avx ? 'v' : '';
    $other = array_diff($m[1], [$want]);
    printf("gojit.jit=%s: %s, result %s\n", $jit,
        count($m[0]) === 0 ? 'no double arithmetic in the listing' : (count($other) ? 'wrong encoding: ' . implode(' ', array_unique(array_map(fn($a, $b) => $a . $b, $m[1], $m[2]))) : 'expected encoding'),
        $result === $plain ? 'as plain php' : "$result, plain php $plain");
    // The status says what the engine emits, not only what the digit asks.
    $st = json_decode((string)shell_exec("$php $args -d gojit.jit=$jit -r " . escapeshellarg('function g() {} $s = gojit_get_status(); echo json_encode([$s["cpu"], $s["avx"], $s["engine_loaded"]]);')), true);
    printf("  status: cpu %s, avx %s\n", $st[0] ?? '?', $st === [(int)$jit[0], $want === 'v', true] ? 'as emitted' : var_export($st, true));
}
?>
--EXPECT--
gojit.jit=1205: expected encoding, result as plain php
  status: cpu 1, avx as emitted
gojit.jit=0205: expected encoding, result as plain php
  status: cpu 0, avx as emitted
