--TEST--
CLI: the engine is loaded on a thread of its own while PHP starts (engine_preloaded), unless the configuration leaves the JIT off or sets opcache.preload (which forks); a preloaded engine compiles as a lazily loaded one would
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$pre = tempnam(sys_get_temp_dir(), 'gojit-pre');
file_put_contents($pre, "<?php\n");
$code = 'function f($x) { $s = 0; for ($i = 0; $i < $x; $i++) { $s += $i; } return $s; } echo f(10), " "; $s = gojit_get_status(); echo json_encode([$s["engine_loaded"], $s["engine_preloaded"], $s["functions_compiled"] > 0, $s["reason"]]), "\n";';
foreach ([
    'default' => '',
    'gojit.jit=0' => '-d gojit.jit=0',
    'gojit.jit=off' => '-d gojit.jit=off',
    'gojit.enable=0' => '-d gojit.enable=0',
    'gojit.jit_buffer_size=0' => '-d gojit.jit_buffer_size=0',
    'gojit.jit=1215' => '-d gojit.jit=1215',
    // opcache.preload forks (as root) after module startup: loaded at RINIT.
    'opcache.preload set' => "-d opcache.preload=$pre -d opcache.preload_user=root",
] as $what => $extra) {
    echo str_pad($what, 24), trim((string)shell_exec("$php $args -d gojit.jit=1205 $extra -r " . escapeshellarg($code) . " 2>&1")), "\n";
}
unlink($pre);
?>
--EXPECT--
default                 45 [true,true,true,""]
gojit.jit=0             45 [false,false,false,"gojit.jit is off"]
gojit.jit=off           45 [false,false,false,"gojit.jit is off"]
gojit.enable=0          45 [false,false,false,"gojit.enable is 0"]
gojit.jit_buffer_size=0 45 [false,false,false,"gojit.jit_buffer_size is 0"]
gojit.jit=1215          45 [true,true,true,""]
opcache.preload set     45 [true,false,true,""]
