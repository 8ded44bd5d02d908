--TEST--
Accepted ini forms at startup, each in a fresh process (gojit.jit_buffer_size is PHP_INI_SYSTEM)
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$code = 'function f($x){return $x*2;} $s=gojit_get_status(); echo f(21)," jit=",$s["jit"]," size=",$s["buffer_size"]," debug=",$s["debug"]," enabled=",var_export($s["enabled"],true),"\n";';
$cases = [
    'gojit.jit_buffer_size=1M', 'gojit.jit_buffer_size=1048576', 'gojit.jit_buffer_size=2g',
    'gojit.jit_buffer_size=300k', 'gojit.jit_buffer_size=1049000', 'gojit.jit_buffer_size=0',
    'gojit.jit=function', 'gojit.jit=on', 'gojit.jit=off', 'gojit.jit=1201', 'gojit.jit=0005',
    'gojit.jit_debug=0x200', 'gojit.jit_debug=0', 'gojit.enable=0',
];
foreach ($cases as $c) {
    $out = shell_exec("$php $args -d gojit.jit=1205 -d " . escapeshellarg($c) . " -r " . escapeshellarg($code) . " 2>&1");
    echo str_pad($c, 32), trim($out), "\n";
}
?>
--EXPECTF--
gojit.jit_buffer_size=1M        42 jit=1205 size=1048576 debug=0 enabled=true
gojit.jit_buffer_size=1048576   42 jit=1205 size=1048576 debug=0 enabled=true
gojit.jit_buffer_size=2g        42 jit=1205 size=2147483648 debug=0 enabled=true
gojit.jit_buffer_size=300k      Warning: gojit: invalid value "300k" for gojit.jit_buffer_size: %s; using the default "64M" in Unknown on line 0
42 jit=1205 size=67108864 debug=0 enabled=true
gojit.jit_buffer_size=1049000   42 jit=1205 size=1052672 debug=0 enabled=true
gojit.jit_buffer_size=0         42 jit=1205 size=0 debug=0 enabled=false
gojit.jit=function              42 jit=1205 size=67108864 debug=0 enabled=true
gojit.jit=on                    42 jit=1205 size=67108864 debug=0 enabled=true
gojit.jit=off                   42 jit=0 size=67108864 debug=0 enabled=false
gojit.jit=1201                  42 jit=1201 size=67108864 debug=0 enabled=true
gojit.jit=0005                  42 jit=5 size=67108864 debug=0 enabled=true
gojit.jit_debug=0x200           gojit: compiled {eval}: %d bytes, %d entries, %d oplines
gojit: compiled f: %d bytes, %d entries, %d oplines
42 jit=1205 size=67108864 debug=512 enabled=true
gojit.jit_debug=0               42 jit=1205 size=67108864 debug=0 enabled=true
gojit.enable=0                  42 jit=1205 size=67108864 debug=0 enabled=false
