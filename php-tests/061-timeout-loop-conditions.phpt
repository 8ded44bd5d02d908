--TEST--
max_execution_time stops infinite loops whose back edge is a fused comparison (integers in registers, doubles) or a JMPNZ on a variable: the condition checks EG(vm_interrupt) before it compares
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$src = '<?php
function spin_int(int $n) { for ($i = 0; $i < $n; $i = ($i + 1) & 0xFF) { } }
function spin_float(float $x) { $y = 0.5; while ($y < $x) { $y = $y * 0.5 + 0.25; } }
function spin_bool(bool $b) { $i = 0; do { $i = ($i + 1) & 0xFF; } while ($b); }
set_time_limit(1);
$argv[1](...array_slice($argv, 2));
';
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, $src);
foreach ([['spin_int', '1000'], ['spin_float', '1.0'], ['spin_bool', '1']] as $call) {
    foreach (['1202', '1205', '0205'] as $jit) {
        echo "== $call[0], gojit.jit=$jit\n";
        echo trim(shell_exec("$php $args -d gojit.jit=$jit " . escapeshellarg($prog) . " " . implode(" ", $call) . " 2>&1")), "\n";
    }
}
unlink($prog);
?>
--EXPECTF--
== spin_int, gojit.jit=1202
Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
== spin_int, gojit.jit=1205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
== spin_int, gojit.jit=0205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
== spin_float, gojit.jit=1202
Fatal error: Maximum execution time of 1 second exceeded in %s on line 3
== spin_float, gojit.jit=1205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 3
== spin_float, gojit.jit=0205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 3
== spin_bool, gojit.jit=1202
Fatal error: Maximum execution time of 1 second exceeded in %s on line 4
== spin_bool, gojit.jit=1205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 4
== spin_bool, gojit.jit=0205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 4
