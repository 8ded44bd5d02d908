--TEST--
A missing or wrong engine: one log line, the reason in the status, PHP runs without the JIT
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$code = 'function f($x){return $x*2;} echo f(21), "\n"; $s = gojit_get_status(); var_dump($s["enabled"], $s["engine_loaded"], $s["reason"] === $s["engine_error"], $s["functions_compiled"]);';
exec("$php $args -d gojit.engine_path=/nonexistent/gojit-engine.so -r " . escapeshellarg($code) . " 2>&1", $out, $rc);
echo "exit $rc\n", implode("\n", $out), "\n";
// A shared object that is not the engine (here gojit.so itself) fails the handshake.
preg_match('/extension=("?)(\S+gojit\.so)\1/', $args, $m) or die("no gojit.so in TEST_PHP_EXTRA_ARGS\n");
$out = [];
exec("$php $args -d gojit.engine_path=" . escapeshellarg($m[2]) . " -r " . escapeshellarg($code) . " 2>&1", $out, $rc);
echo "exit $rc\n", preg_replace('/\S+gojit\.so/', 'GOJIT_SO', implode("\n", $out)), "\n";
?>
--EXPECT--
exit 0
gojit: engine not loaded: dlopen /nonexistent/gojit-engine.so: /nonexistent/gojit-engine.so: cannot open shared object file: No such file or directory; PHP runs without the JIT
42
bool(false)
bool(false)
bool(true)
int(0)
exit 0
gojit: engine not loaded: GOJIT_SO has no symbol gojit_go_abi (wrong or old engine?); PHP runs without the JIT
42
bool(false)
bool(false)
bool(true)
int(0)
