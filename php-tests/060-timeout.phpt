--TEST--
max_execution_time stops an infinite loop in the main script and in a function, with call-threaded bodies (1201), bodies with fast paths (1202, 1205) and stubs (1200)
--EXTENSIONS--
gojit
--FILE--
<?php
// In a call-threaded body only the VM handlers it calls look at
// EG(vm_interrupt): they must still notice the timeout. Fast paths of
// backward jumps (1202, 1205: the main loop is PRE_INC + JMP, both native)
// check it themselves.
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$progs = [
    'main' => '<?php
set_time_limit(1);
$fns = array_column(gojit_get_status(true)["functions"], "entries", "name");
echo "body: ", var_export($fns["{main}"] > 1, true), "\n";
$i = 0;
while (true) { $i++; }
',
    'function' => '<?php
function spin(stdClass $o) {
    $o->n = 0;
    while (true) { $o->n++; } // a side effect opcache\'s optimizer keeps
}
$fns = array_column(gojit_get_status(true)["functions"], "entries", "name");
echo "body: ", var_export($fns["spin"] > 1, true), "\n";
set_time_limit(1);
spin(new stdClass);
',
];
foreach ($progs as $name => $src) {
    $prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
    file_put_contents($prog, $src);
    foreach (['1200', '1201', '1202', '1205'] as $jit) {
        echo "== $name, gojit.jit=$jit\n";
        echo trim(shell_exec("$php $args -d gojit.jit=$jit " . escapeshellarg($prog) . " 2>&1")), "\n";
    }
    unlink($prog);
}
?>
--EXPECTF--
== main, gojit.jit=1200
body: false

Fatal error: Maximum execution time of 1 second exceeded in %s on line 6
== main, gojit.jit=1201
body: true

Fatal error: Maximum execution time of 1 second exceeded in %s on line 6
== main, gojit.jit=1202
body: true

Fatal error: Maximum execution time of 1 second exceeded in %s on line 6
== main, gojit.jit=1205
body: true

Fatal error: Maximum execution time of 1 second exceeded in %s on line 6
== function, gojit.jit=1200
body: false

Fatal error: Maximum execution time of 1 second exceeded in %s on line 4
== function, gojit.jit=1201
body: true

Fatal error: Maximum execution time of 1 second exceeded in %s on line 4
== function, gojit.jit=1202
body: true

Fatal error: Maximum execution time of 1 second exceeded in %s on line 4
== function, gojit.jit=1205
body: true

Fatal error: Maximum execution time of 1 second exceeded in %s on line 4
