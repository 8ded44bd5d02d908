--TEST--
With opcache: shared op_arrays are compiled once; opcache's own JIT turns gojit off; protect_memory refuses with a warning
--EXTENSIONS--
gojit
--SKIPIF--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
if (trim((string)shell_exec("$php -n -d zend_extension=opcache -r 'echo function_exists(\"opcache_get_status\") ? 1 : 0;' 2>/dev/null")) !== '1') die('skip opcache not available');
?>
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
// This test brings its own opcache settings: drop the suite mode's.
$args = preg_replace('/-d "?(zend_extension=opcache|opcache\.[a-z_]+=[^ "]*)"?/', '', getenv('TEST_PHP_EXTRA_ARGS'));
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, '<?php
function f($x) { return $x * 2; }
class K { function m() { return 3; } }
echo f(21) + (new K)->m(), "\n";
$s = gojit_get_status();
echo json_encode(["enabled" => $s["enabled"], "reason" => $s["reason"], "compiled" => $s["functions_compiled"],
  "opcache" => function_exists("opcache_get_status") && (opcache_get_status(false)["opcache_enabled"] ?? false)]), "\n";
');
$oc = '-d zend_extension=opcache -d opcache.enable=1 -d opcache.enable_cli=1 -d opcache.file_update_protection=0';
$runs = [
    'opcache, its JIT off' => "$oc -d opcache.jit=off -d opcache.protect_memory=0",
    'opcache JIT 1205 active' => "$oc -d opcache.jit=1205 -d opcache.jit_buffer_size=16M",
    'opcache JIT tracing, buffer 0' => "$oc -d opcache.jit=tracing -d opcache.jit_buffer_size=0",
    'opcache.protect_memory=1' => "$oc -d opcache.jit=off -d opcache.protect_memory=1",
];
foreach ($runs as $name => $flags) {
    echo "== $name\n";
    exec("$php $args -d gojit.jit=1205 $flags " . escapeshellarg($prog) . " 2>&1", $out, $rc);
    echo implode("\n", $out), "\nexit $rc\n";
    $out = [];
}
unlink($prog);
?>
--EXPECTF--
== opcache, its JIT off
45
{"enabled":true,"reason":"","compiled":3,"opcache":true}
exit 0
== opcache JIT 1205 active
gojit: opcache's JIT is active (opcache.jit=1205, opcache.jit_buffer_size=16M); set opcache.jit=off or opcache.jit_buffer_size=0 to use gojit
45
{"enabled":false,"reason":"opcache's JIT is active (opcache.jit=1205, opcache.jit_buffer_size=16M); set opcache.jit=off or opcache.jit_buffer_size=0 to use gojit","compiled":0,"opcache":true}
exit 0
== opcache JIT tracing, buffer 0
45
{"enabled":true,"reason":"","compiled":3,"opcache":true}
exit 0
== opcache.protect_memory=1
gojit: opcache.protect_memory=1 makes opcache's shared memory read-only, so gojit cannot install code there; set opcache.protect_memory=0 (it is a debugging aid) to use gojit
45
{"enabled":true,"reason":"","compiled":0,"opcache":true}
exit 0
