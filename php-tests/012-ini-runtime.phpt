--TEST--
ini_set() of the runtime settings: accepted forms change the status, rejected ones warn and keep the value
--EXTENSIONS--
gojit
--INI--
gojit.jit_hot_func=127
gojit.jit_hot_loop=64
--FILE--
<?php
$cases = [
    ['gojit.jit', '0205'], ['gojit.jit', '1234'], ['gojit.jit', 'function'], ['gojit.jit', 'ON'],
    ['gojit.jit', 'off'], ['gojit.jit', 'disable'], ['gojit.jit', ''], ['gojit.jit', '1205'],
    ['gojit.jit', '1206'], ['gojit.jit', '1305'], ['gojit.jit', '2205'], ['gojit.jit', '12050'],
    ['gojit.jit', 'tracing'], ['gojit.jit', 'banana'],
    ['gojit.jit_debug', '0x11'], ['gojit.jit_debug', '0x8'], ['gojit.jit_debug', '0'],
    ['gojit.jit_hot_func', '255'], ['gojit.jit_hot_func', '256'], ['gojit.jit_hot_loop', 'x'],
    ['gojit.jit_prof_threshold', '0.5'], ['gojit.jit_prof_threshold', '-0.1'],
    ['gojit.enable', '0'], ['gojit.enable', '1'],
    ['gojit.jit_buffer_size', '1G'],
];
foreach ($cases as [$k, $v]) {
    $r = @ini_set($k, $v);
    $err = error_get_last();
    error_clear_last();
    $s = gojit_get_status();
    printf("%s=%s: %s; now %s (status jit=%d enabled=%s)\n", $k, var_export($v, true),
        $r === false ? "rejected" : "ok", var_export(ini_get($k), true), $s['jit'],
        var_export($s['enabled'], true));
    if ($err) echo "  ", $err['message'], "\n";
}
?>
--EXPECT--
gojit.jit='0205': ok; now '0205' (status jit=205 enabled=true)
gojit.jit='1234': ok; now '1234' (status jit=1234 enabled=true)
gojit.jit='function': ok; now 'function' (status jit=1205 enabled=true)
gojit.jit='ON': ok; now 'ON' (status jit=1205 enabled=true)
gojit.jit='off': ok; now 'off' (status jit=0 enabled=false)
gojit.jit='disable': ok; now 'disable' (status jit=0 enabled=false)
gojit.jit='': ok; now '' (status jit=0 enabled=false)
gojit.jit='1205': ok; now '1205' (status jit=1205 enabled=true)
gojit.jit='1206': rejected; now '1205' (status jit=1205 enabled=true)
  gojit: invalid value "1206" for gojit.jit: expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function; keeping "1205"
gojit.jit='1305': rejected; now '1205' (status jit=1205 enabled=true)
  gojit: invalid value "1305" for gojit.jit: expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function; keeping "1205"
gojit.jit='2205': rejected; now '1205' (status jit=1205 enabled=true)
  gojit: invalid value "2205" for gojit.jit: expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function; keeping "1205"
gojit.jit='12050': rejected; now '1205' (status jit=1205 enabled=true)
  gojit: invalid value "12050" for gojit.jit: expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function; keeping "1205"
gojit.jit='tracing': rejected; now '1205' (status jit=1205 enabled=true)
  gojit: invalid value "tracing" for gojit.jit: gojit has no tracing JIT; use 1205 (compile on load) or 1235 (hot counters); keeping "1205"
gojit.jit='banana': rejected; now '1205' (status jit=1205 enabled=true)
  gojit: invalid value "banana" for gojit.jit: expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function; keeping "1205"
gojit.jit_debug='0x11': ok; now '0x11' (status jit=1205 enabled=true)
gojit.jit_debug='0x8': rejected; now '0x11' (status jit=1205 enabled=true)
  gojit: invalid value "0x8" for gojit.jit_debug: unknown bits; allowed bits: 0x1 ASM, 0x2 IR, 0x10 PERF, 0x20 PERF_DUMP, 0x200 SIZE, 0x400 COMPILE (unknown: 0x8); keeping "0x11"
gojit.jit_debug='0': ok; now '0' (status jit=1205 enabled=true)
gojit.jit_hot_func='255': ok; now '255' (status jit=1205 enabled=true)
gojit.jit_hot_func='256': rejected; now '255' (status jit=1205 enabled=true)
  gojit: invalid value "256" for gojit.jit_hot_func: expected an integer from 0 to 255 (0 turns the counter off); keeping "255"
gojit.jit_hot_loop='x': rejected; now '64' (status jit=1205 enabled=true)
  gojit: invalid value "x" for gojit.jit_hot_loop: expected an integer from 0 to 255 (0 turns the counter off); keeping "64"
gojit.jit_prof_threshold='0.5': ok; now '0.5' (status jit=1205 enabled=true)
gojit.jit_prof_threshold='-0.1': rejected; now '0.5' (status jit=1205 enabled=true)
  gojit: invalid value "-0.1" for gojit.jit_prof_threshold: expected a decimal fraction from 0 to 1 with at most 15 decimal places, e.g. 0.005; keeping "0.5"
gojit.enable='0': ok; now '0' (status jit=1205 enabled=false)
gojit.enable='1': ok; now '1' (status jit=1205 enabled=true)
gojit.jit_buffer_size='1G': rejected; now '64M' (status jit=1205 enabled=true)
