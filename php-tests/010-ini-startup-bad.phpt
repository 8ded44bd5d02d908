--TEST--
Bad ini values at startup: one warning each naming setting, value and what is allowed; defaults used; PHP runs
--EXTENSIONS--
gojit
--INI--
gojit.jit=1265
gojit.jit_buffer_size=12Q
gojit.jit_debug=0x48
gojit.jit_hot_func=300
gojit.jit_hot_loop=-1
gojit.jit_prof_threshold=2
--FILE--
<?php
function f($x) { return $x + 1; }
echo f(41), "\n";
foreach (['gojit.jit', 'gojit.jit_buffer_size', 'gojit.jit_debug', 'gojit.jit_hot_func',
          'gojit.jit_hot_loop', 'gojit.jit_prof_threshold'] as $k) {
    echo $k, "=", ini_get($k), "\n";
}
$s = gojit_get_status();
var_dump($s['enabled'], $s['jit'], $s['buffer_size'], $s['debug']);
?>
--EXPECTF--
Warning: gojit: invalid value "1265" for gojit.jit: expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function; using the default "1205" in Unknown on line 0

Warning: gojit: invalid value "12Q" for gojit.jit_buffer_size: expected digits with an optional K, M or G suffix (e.g. 64M), or 0 to disable the JIT; using the default "64M" in Unknown on line 0

Warning: gojit: invalid value "0x48" for gojit.jit_debug: unknown bits; allowed bits: 0x1 ASM, 0x2 IR, 0x10 PERF, 0x20 PERF_DUMP, 0x200 SIZE, 0x400 COMPILE (unknown: 0x48); using the default "0" in Unknown on line 0

Warning: gojit: invalid value "300" for gojit.jit_hot_func: expected an integer from 0 to 255 (0 turns the counter off); using the default "127" in Unknown on line 0

Warning: gojit: invalid value "-1" for gojit.jit_hot_loop: expected an integer from 0 to 255 (0 turns the counter off); using the default "64" in Unknown on line 0

Warning: gojit: invalid value "2" for gojit.jit_prof_threshold: expected a decimal fraction from 0 to 1 with at most 15 decimal places, e.g. 0.005; using the default "0.005" in Unknown on line 0
42
gojit.jit=1205
gojit.jit_buffer_size=64M
gojit.jit_debug=0
gojit.jit_hot_func=127
gojit.jit_hot_loop=64
gojit.jit_prof_threshold=0.005
bool(true)
int(1205)
int(67108864)
int(0)
