--TEST--
Trigger 1 (gojit.jit=12x1/12x5): a function is compiled at its first call, not before; never-called functions stay armed; a refused function runs in the VM and is not retried; with and without opcache, bodies and stubs
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
// This test brings its own trigger and opcache settings: drop the suite mode's.
$args = preg_replace('/-d "?(zend_extension=opcache|opcache\.[a-z_]+=[^ "]*)"?/', '', getenv('TEST_PHP_EXTRA_ARGS'));
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, <<<'PHP'
<?php
function state($name) {
    foreach (gojit_get_status(true)['functions'] as $f) {
        if ($f['name'] === $name) return $f['state'] . ' (trigger ' . $f['trigger'] . ($f['reason'] ? ', ' . $f['reason'] : '') . ')';
    }
    return 'not compiled';
}
function called($x = 1) { return $x + 1; }
function never() { return 0; }
function refused($x) { return $x * 3; }
class K { function m() { return 'm'; } }
$c = function () { return 'closure'; };
$names = ['called', 'never', 'K::m', '{closure}', 'refused'];
foreach ($names as $n) echo "before: $n ", state($n), "\n";
gojit_blacklist('refused');
echo called(), called(2), (new K)->m(), $c(), refused(1), "\n";
foreach ($names as $n) echo "after: $n ", state($n), "\n";
echo "main: ", state('{main}'), ", state(): ", state('state'), "\n";
$fired = gojit_get_status()['triggers_fired'];
echo refused(2), refused(3), called(3), "\n";
$s = gojit_get_status();
echo "armed ", $s['functions_armed'], ", stubs ", $s['trigger_stubs'], ", fired ", $s['triggers_fired'],
    ", fired again after the first calls: ", $s['triggers_fired'] - $fired, "\n";
PHP);
$oc = '-d zend_extension=opcache -d opcache.enable=1 -d opcache.enable_cli=1 -d opcache.jit=off -d opcache.protect_memory=0 -d opcache.file_update_protection=0';
$outs = [];
foreach (['1215' => '', '1211' => '', '1215 opcache' => $oc, '1211 opcache' => $oc] as $name => $flags) {
    $jit = substr($name, 0, 4);
    $outs[$name] = shell_exec("$php $args -d gojit.jit=$jit $flags " . escapeshellarg($prog) . " 2>&1");
}
echo $outs['1215'];
foreach ($outs as $name => $out) echo "$name same: ", var_export($out === $outs['1215'], true), "\n";
// Trigger 0 compiles at load, and says so.
echo shell_exec("$php $args -d gojit.jit=1205 -r " . escapeshellarg('function g() {} foreach (gojit_get_status(true)["functions"] as $f) echo $f["name"], ": ", $f["state"], " (trigger ", $f["trigger"], ")\n";'));
unlink($prog);
?>
--EXPECT--
before: called not compiled
before: never not compiled
before: K::m not compiled
before: {closure} not compiled
before: refused not compiled
23mclosure3
after: called compiled (trigger 1)
after: never not compiled
after: K::m compiled (trigger 1)
after: {closure} compiled (trigger 1)
after: refused skipped (trigger 1, blacklisted)
main: compiled (trigger 1), state(): compiled (trigger 1)
694
armed 7, stubs 7, fired 6, fired again after the first calls: 0
1215 same: true
1211 same: true
1215 opcache same: true
1211 opcache same: true
{eval}: compiled (trigger 0)
g: compiled (trigger 0)
