--TEST--
A missing engine: one log line, the reason in the status, PHP runs without the JIT
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$code = 'function f($x){return $x*2;} echo f(21), "\n"; $s = gojit_get_status(); var_dump($s["enabled"], $s["engine_loaded"], $s["reason"] === $s["engine_error"], $s["functions_compiled"]);';
exec("$php $args -d gojit.engine_path=/nonexistent/gojit-engine.so -r " . escapeshellarg($code) . " 2>&1", $out, $rc);
echo "exit $rc\n", implode("\n", $out), "\n";
?>
--EXPECT--
exit 0
gojit: engine not loaded: dlopen /nonexistent/gojit-engine.so: /nonexistent/gojit-engine.so: cannot open shared object file: No such file or directory; PHP runs without the JIT
42
bool(false)
bool(false)
bool(true)
int(0)
