--TEST--
A Go panic in the compiler is recovered at the cgo boundary: the function runs in the VM, the failure is counted
--EXTENSIONS--
gojit
--SKIPIF--
<?php if (intdiv((int)ini_get('gojit.jit'), 10) % 10 == 2) die('skip trigger 2 compiles at request end only'); ?>
--ENV--
GOJIT_TEST_PANIC_ON=boom
--FILE--
<?php
function boom($x) { return $x + 1; }
function fine($x) { return $x + 2; }
echo boom(1), " ", fine(1), "\n";
$s = gojit_get_status(true);
var_dump($s['compile_failures'], $s['enabled']);
echo $s['last_error'], "\n";
foreach ($s['functions'] as $f) echo $f['name'], " ", $f['state'], "\n";
?>
--EXPECTF--
2 3
int(1)
bool(true)
boom: panic: BUG: GOJIT_TEST_PANIC_ON asked for a panic compiling boom
{main} compiled
boom failed
fine compiled
