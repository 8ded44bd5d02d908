--TEST--
Trigger 2 (gojit.jit=12x2/12x5): calls are counted during the request, nothing is compiled in it; at its end the functions above gojit.jit_prof_threshold are compiled (opcache: shared op_arrays) or remembered for the next requests (no opcache); main code is not profiled
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = preg_replace('/-d "?(zend_extension=opcache|opcache\.[a-z_]+=[^ "]*)"?/', '', getenv('TEST_PHP_EXTRA_ARGS'));
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, <<<'PHP'
<?php
function hot($x) { return $x + 1; }
function warm($x) { return $x; }
function cold($x) { return $x * 0; }
function unused() {}
$sum = 0;
for ($i = 0; $i < 1000; $i++) $sum += hot($i);
for ($i = 0; $i < 10; $i++) $sum += warm($i);
$sum += cold($sum);
$s = gojit_get_status(true);
$compiled = 0;
foreach ($s['functions'] as $f) if ($f['state'] === 'compiled') $compiled++;
echo "sum $sum, compiled in the request: $compiled, armed ", $s['functions_armed'], ", stubs ", $s['trigger_stubs'], "\n";
PHP);
$oc = '-d zend_extension=opcache -d opcache.enable=1 -d opcache.enable_cli=1 -d opcache.jit=off -d opcache.protect_memory=0 -d opcache.file_update_protection=0';
// 0x400: decisions and compiles to the log (stderr in the CLI); 0x200: code sizes.
$common = '-d gojit.jit_prof_threshold=0.005 -d gojit.jit_debug=0x600 -d error_log=';
foreach (['1225, no opcache' => "-d gojit.jit=1225", '1225, opcache' => "-d gojit.jit=1225 $oc",
          '1221, opcache' => "-d gojit.jit=1221 $oc"] as $name => $flags) {
    echo "== $name\n";
    $out = shell_exec("$php $args $flags $common " . escapeshellarg($prog) . " 2>&1");
    $out = str_replace($prog, 'PROG', $out);
    echo preg_replace('/: \d+ bytes, \d+ entries, \d+ oplines/', ': N bytes, N entries, N oplines', $out);
}
unlink($prog);
?>
--EXPECT--
== 1225, no opcache
sum 500545, compiled in the request: 0, armed 4, stubs 4
gojit: profile: hot (PROG:2): 1000 of 1011 calls (0.9891): hot, compiled from the next request on
gojit: profile: warm (PROG:3): 10 of 1011 calls (0.0099): hot, compiled from the next request on
gojit: profile: cold (PROG:4): 1 of 1011 calls (0.0010): stays in the VM
gojit: profile: unused (PROG:5): 0 of 1011 calls (0.0000): stays in the VM
== 1225, opcache
sum 500545, compiled in the request: 0, armed 4, stubs 4
gojit: profile: hot (PROG:2): 1000 of 1011 calls (0.9891): compiling
gojit: trigger 2 fired: compiling hot (PROG:2)
gojit: compiled hot: N bytes, N entries, N oplines
gojit: profile: warm (PROG:3): 10 of 1011 calls (0.0099): compiling
gojit: trigger 2 fired: compiling warm (PROG:3)
gojit: compiled warm: N bytes, N entries, N oplines
gojit: profile: cold (PROG:4): 1 of 1011 calls (0.0010): stays in the VM
gojit: profile: unused (PROG:5): 0 of 1011 calls (0.0000): stays in the VM
== 1221, opcache
sum 500545, compiled in the request: 0, armed 4, stubs 4
gojit: profile: hot (PROG:2): 1000 of 1011 calls (0.9891): compiling
gojit: trigger 2 fired: compiling hot (PROG:2)
gojit: compiled hot: N bytes, N entries, N oplines
gojit: profile: warm (PROG:3): 10 of 1011 calls (0.0099): compiling
gojit: trigger 2 fired: compiling warm (PROG:3)
gojit: compiled warm: N bytes, N entries, N oplines
gojit: profile: cold (PROG:4): 1 of 1011 calls (0.0010): stays in the VM
gojit: profile: unused (PROG:5): 0 of 1011 calls (0.0000): stays in the VM
