--TEST--
A full code buffer: one log line, status says so, every function keeps running in the VM
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
// 1M holds about 2700 of these functions (a 342-byte call-threaded body
// each at O=5 with its native return, six 64-byte units): declare 20000.
$prog = '<?php
$src = "";
for ($i = 0; $i < 20000; $i++) $src .= "function f$i(\$x) { return \$x + $i; }\n";
eval($src);
$sum = 0;
for ($i = 0; $i < 20000; $i++) $sum += ("f$i")(1);
$s = gojit_get_status();
echo $sum, "\n";
echo json_encode(["enabled" => $s["enabled"], "reason" => $s["reason"], "full" => $s["buffer_full"],
    "failures" => $s["alloc_failures"] > 0, "compiled" => $s["functions_compiled"] > 2000,
    "compiled_lt_all" => $s["functions_compiled"] < 20000, "free_small" => $s["buffer_free"] < 4096]), "\n";
';
$f = tempnam(sys_get_temp_dir(), 'gojit');
file_put_contents($f, $prog);
exec("$php $args -d gojit.jit=1205 -d gojit.jit_buffer_size=1M " . escapeshellarg($f) . " 2>&1", $out, $rc);
unlink($f);
echo "exit $rc\n";
$warnings = array_values(array_filter($out, fn($l) => str_contains($l, 'code buffer full')));
echo count($warnings), " warning(s)\n";
echo preg_replace('/while compiling [^;]+/', 'while compiling X', $warnings[0] ?? ''), "\n";
foreach ($out as $l) if (!str_contains($l, 'code buffer full')) echo $l, "\n";
?>
--EXPECT--
exit 0
1 warning(s)
gojit: code buffer full (gojit.jit_buffer_size=1048576 bytes) while compiling X; compilation stops, PHP keeps running in the VM
200010000
{"enabled":false,"reason":"the code buffer is full","full":true,"failures":true,"compiled":true,"compiled_lt_all":true,"free_small":true}
