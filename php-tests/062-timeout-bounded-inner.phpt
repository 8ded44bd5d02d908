--TEST--
max_execution_time stops an infinite loop around a bounded one: the bounded loop's back edge (an increment SSA bounds to 50 values) has no interrupt check, the outer loop's has
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$src = '<?php
function spin_nested(int $n) { $s = 0.0; while (true) { for ($j = 0; $j < 50; $j++) { $s = $s * 0.5 + $j; } } }
function spin_down() { $k = 0; while ($k >= 0) { for ($j = 40; $j > 0; $j--) { $k = ($k + $j) & 0xFFFF; } } }
set_time_limit(1);
$argv[1](...array_slice($argv, 2));
';
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, $src);
foreach ([['spin_nested', '1'], ['spin_down']] as $call) {
    foreach (['1205', '0205', '1235'] as $jit) {
        echo "== $call[0], gojit.jit=$jit\n";
        echo trim(shell_exec("$php $args -d gojit.jit=$jit -d gojit.jit_hot_loop=1 -d gojit.jit_hot_func=1 " . escapeshellarg($prog) . " " . implode(" ", $call) . " 2>&1")), "\n";
    }
}
unlink($prog);
?>
--EXPECTF--
== spin_nested, gojit.jit=1205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
== spin_nested, gojit.jit=0205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
== spin_nested, gojit.jit=1235
Fatal error: Maximum execution time of 1 second exceeded in %s on line 2
== spin_down, gojit.jit=1205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 3
== spin_down, gojit.jit=0205
Fatal error: Maximum execution time of 1 second exceeded in %s on line 3
== spin_down, gojit.jit=1235
Fatal error: Maximum execution time of 1 second exceeded in %s on line 3
