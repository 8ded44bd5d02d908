--TEST--
Code of op_arrays that die mid-request (eval, include) is released when they die: a loop of evals never fills the buffer
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
// Request-local op_arrays only: without the suite mode's opcache settings.
$args = preg_replace('/-d "?(zend_extension=opcache|opcache\.[a-z_]+=[^ "]*)"?/', '', getenv('TEST_PHP_EXTRA_ARGS'));
$inc = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($inc, '<?php return 2;');
$code = 'for ($i = 0; $i < 30000; $i++) { eval("return 1;"); include ' . var_export($inc, true) . '; }
$s = gojit_get_status(); echo $s["functions_compiled"] > 50000 ? "many compiled" : "few compiled", ", full: ", var_export($s["buffer_full"], true), ", failures: ", $s["alloc_failures"], "\n";';
// 1M holds ~16000 stubs at once: 60000 only fit if each is released when its op_array dies.
echo shell_exec("$php $args -d gojit.jit=1205 -d gojit.jit_buffer_size=1M -r " . escapeshellarg($code) . " 2>&1");
unlink($inc);
?>
--EXPECT--
many compiled, full: false, failures: 0
