--TEST--
ini_set(): every accepted form of the runtime settings, and rejected ones warn and keep the value
--EXTENSIONS--
gojit
--FILE--
<?php
$cases = [
    ['gojit.jit', '1205'], ['gojit.jit', '0205'], ['gojit.jit', '5'], ['gojit.jit', '1234'],
    ['gojit.jit', 'function'], ['gojit.jit', 'ON'], ['gojit.jit', 'off'], ['gojit.jit', 'disable'],
    ['gojit.jit', ''], ['gojit.jit', '1205'],
    ['gojit.jit', '1206'], ['gojit.jit', '1265'], ['gojit.jit', '1305'], ['gojit.jit', '2205'],
    ['gojit.jit', '12050'], ['gojit.jit', 'tracing'], ['gojit.jit', 'banana'],
    ['gojit.jit_debug', '0x11'], ['gojit.jit_debug', '512'], ['gojit.jit_debug', '0x8'],
    ['gojit.jit_debug', '-1'], ['gojit.jit_debug', '0'],
    ['gojit.jit_hot_func', '0'], ['gojit.jit_hot_func', '255'], ['gojit.jit_hot_func', '256'],
    ['gojit.jit_hot_loop', '1'], ['gojit.jit_hot_loop', 'x'],
    ['gojit.jit_prof_threshold', '0.5'], ['gojit.jit_prof_threshold', '2'],
    ['gojit.enable', '0'], ['gojit.enable', '1'],
    ['gojit.jit_buffer_size', '1G'],
];
foreach ($cases as [$k, $v]) {
    $old = ini_get($k);
    $r = @ini_set($k, $v);
    $err = error_get_last();
    error_clear_last();
    printf("%-24s %-10s -> %s%s\n", $k, var_export($v, true),
        $r === false ? "rejected, still " . var_export(ini_get($k), true) : "ok",
        $err ? "  [" . $err['message'] . "]" : "");
    if ($k === 'gojit.jit' && $r !== false) {
        $s = gojit_get_status();
        echo "    status jit=", $s['jit'], " trigger=", $s['trigger'], " opt=", $s['opt_level'],
             " enabled=", var_export($s['enabled'], true), "\n";
    }
}
?>
--EXPECT--
gojit.jit                '1205'     -> ok
    status jit=1205 trigger=0 opt=5 enabled=true
gojit.jit                '0205'     -> ok
    status jit=205 trigger=0 opt=5 enabled=true
gojit.jit                '5'        -> ok
    status jit=5 trigger=0 opt=5 enabled=true
gojit.jit                '1234'     -> ok
    status jit=1234 trigger=3 opt=4 enabled=true
gojit.jit                'function' -> ok
    status jit=1205 trigger=0 opt=5 enabled=true
gojit.jit                'ON'       -> ok
    status jit=1205 trigger=0 opt=5 enabled=true
gojit.jit                'off'      -> ok
    status jit=0 trigger=0 opt=0 enabled=false
gojit.jit                'disable'  -> ok
    status jit=0 trigger=0 opt=0 enabled=false
gojit.jit                ''         -> ok
    status jit=0 trigger=0 opt=0 enabled=false
gojit.jit                '1205'     -> ok
    status jit=1205 trigger=0 opt=5 enabled=true
gojit.jit                '1206'     -> rejected, still '1205'  [gojit: invalid value "1206" for gojit.jit: %s; keeping "1205"]
