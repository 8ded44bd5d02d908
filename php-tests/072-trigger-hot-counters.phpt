--TEST--
Trigger 3 (gojit.jit=12x3/12x5): a function is compiled at gojit.jit_hot_func calls, or when one of its loops reaches gojit.jit_hot_loop iterations (and continues in the new code from the loop header); 0 turns a counter off; with and without opcache, bodies and stubs
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = preg_replace('/-d "?(zend_extension=opcache|opcache\.[a-z_]+=[^ "]*)"?/', '', getenv('TEST_PHP_EXTRA_ARGS'));
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, <<<'PHP'
<?php
/** @nojit: the observer stays out of the picture */
function state($name) {
    foreach (gojit_get_status(true)['functions'] as $f) {
        if ($f['name'] === $name) return $f['state'] . ' (trigger ' . $f['trigger'] . ')';
    }
    return 'not compiled';
}
function f($x) { return $x + 1; }
function loop($n) {
    $s = 0;
    for ($i = 0; $i < $n; $i++) {
        $s += $i;
        if ($i == 1 || $i == 8) echo "  iteration $i: loop() ", state('loop'), "\n";
    }
    return $s;
}
for ($k = 1; $k <= 3; $k++) { f($k); echo "after call $k: f() ", state('f'), "\n"; }
$r = loop(10);
echo "loop(10) = $r\n";
$r = loop(10);
echo "loop(10) = $r, again\n";
$s = gojit_get_status();
echo "armed ", $s['functions_armed'], ", stubs ", $s['trigger_stubs'], ", fired ", $s['triggers_fired'], "\n";
PHP);
$oc = '-d zend_extension=opcache -d opcache.enable=1 -d opcache.enable_cli=1 -d opcache.jit=off -d opcache.protect_memory=0 -d opcache.file_update_protection=0';
$run = function ($flags) use ($php, $args, $prog) {
    $out = shell_exec("$php $args $flags -d error_log= " . escapeshellarg($prog) . " 2>&1");
    // The observer's own "@nojit" line (0x400) is not part of the story.
    $out = preg_replace('/^gojit: not compiled: state .*\n/m', '', str_replace($prog, 'PROG', $out));
    return preg_replace('/ at op #\d+ /', ' at op #N ', $out); // op numbers differ with opcache's optimizer
};
$hot = '-d gojit.jit_hot_func=3 -d gojit.jit_hot_loop=5';
echo "== 1235, hot_func 3, hot_loop 5 (0x400: where each trigger fired)\n";
$ref = $run("-d gojit.jit=1235 $hot -d gojit.jit_debug=0x400");
echo $ref;
foreach (['1231' => '-d gojit.jit=1231', '1235 opcache' => "-d gojit.jit=1235 $oc", '1231 opcache' => "-d gojit.jit=1231 $oc"] as $name => $flags) {
    echo "$name same: ", var_export($run("$flags $hot -d gojit.jit_debug=0x400") === $ref, true), "\n";
}
echo "== hot_loop 0: loops never fire\n";
echo $run("-d gojit.jit=1231 -d gojit.jit_hot_func=3 -d gojit.jit_hot_loop=0");
echo "== hot_func 0: calls never fire\n";
echo $run("-d gojit.jit=1231 -d gojit.jit_hot_func=0 -d gojit.jit_hot_loop=5");
unlink($prog);
?>
--EXPECT--
== 1235, hot_func 3, hot_loop 5 (0x400: where each trigger fired)
after call 1: f() not compiled
after call 2: f() not compiled
gojit: trigger 3 fired at op #N (function entry): compiling f (PROG:9)
after call 3: f() compiled (trigger 3)
  iteration 1: loop() not compiled
gojit: trigger 3 fired at op #N (loop header): compiling loop (PROG:10)
  iteration 8: loop() compiled (trigger 3)
loop(10) = 45
  iteration 1: loop() compiled (trigger 3)
  iteration 8: loop() compiled (trigger 3)
loop(10) = 45, again
armed 3, stubs 5, fired 2
1231 same: true
1235 opcache same: true
1231 opcache same: true
== hot_loop 0: loops never fire
after call 1: f() not compiled
after call 2: f() not compiled
after call 3: f() compiled (trigger 3)
  iteration 1: loop() not compiled
  iteration 8: loop() not compiled
loop(10) = 45
  iteration 1: loop() not compiled
  iteration 8: loop() not compiled
loop(10) = 45, again
armed 3, stubs 3, fired 1
== hot_func 0: calls never fire
after call 1: f() not compiled
after call 2: f() not compiled
after call 3: f() not compiled
  iteration 1: loop() not compiled
  iteration 8: loop() compiled (trigger 3)
loop(10) = 45
  iteration 1: loop() compiled (trigger 3)
  iteration 8: loop() compiled (trigger 3)
loop(10) = 45, again
armed 2, stubs 2, fired 1
