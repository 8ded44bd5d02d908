--TEST--
opcache_reset(): after opcache restarts, the code of its old op_arrays goes back to the buffer (php -S, one process, several requests)
--EXTENSIONS--
gojit
--SKIPIF--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
if (trim((string)shell_exec("$php -n -d zend_extension=opcache -r 'echo function_exists(\"opcache_get_status\") ? 1 : 0;' 2>/dev/null")) !== '1') die('skip opcache not available');
?>
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
// This test brings its own opcache settings: drop the suite mode's.
$args = preg_replace('/-d "?(zend_extension=opcache|opcache\.[a-z_]+=[^ "]*)"?/', '', getenv('TEST_PHP_EXTRA_ARGS'));
// Compile on load (trigger stubs of shared functions are not released).
$jit = (int)ini_get('gojit.jit');
$jit -= (intdiv($jit, 10) % 10) * 10;
$dir = sys_get_temp_dir() . '/gojit-reset-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/a.php", '<?php
function a1($x) { return $x + 1; }
function a2($x) { $s = 0; for ($i = 0; $i < $x; $i++) { $s += $i; } return $s; }
class R { function m($x) { return a1($x) * a2($x); } }
if (isset($_GET["reset"])) { echo opcache_reset() ? "reset" : "no reset"; return; }
$s = gojit_get_status();
echo json_encode(["r" => (new R)->m(10), "used" => $s["buffer_used"], "released" => $s["shared_code_released"],
  "restarts" => opcache_get_status(false)["opcache_statistics"]["manual_restarts"], "pid" => getmypid()]);
');
// Other functions after a restart: opcache may put them where a.php was.
file_put_contents("$dir/b.php", '<?php
function b1(float $x) { return $x * 1.5; }
echo b1(2.0) + (require __DIR__ . "/c.php");
');
file_put_contents("$dir/c.php", '<?php function c1() { return 7; } return c1();');
$oc = '-d zend_extension=opcache -d opcache.enable=1 -d opcache.file_update_protection=0 -d opcache.jit=off -d opcache.protect_memory=0';
for ($try = 0; $try < 20; $try++) {
    $port = random_int(20000, 60000);
    $srv = proc_open("exec $php $args -d gojit.jit=$jit $oc -S 127.0.0.1:$port -t " . escapeshellarg($dir),
        [0 => ['pipe', 'r'], 1 => ['file', "$dir/out.log", 'w'], 2 => ['file', "$dir/err.log", 'w']], $pipes);
    for ($i = 0; $i < 50 && !($fp = @fsockopen('127.0.0.1', $port)); $i++) usleep(100000);
    if ($fp) { fclose($fp); break; }
    proc_terminate($srv);
    proc_close($srv);
}
$get = fn($q) => (string)@file_get_contents("http://127.0.0.1:$port/$q");
$seen = [];
for ($round = 0; $round < 4; $round++) {
    $a = json_decode($get('a.php'), true);
    $seen[] = $a;
    printf("round %d: result %d, restarts %d, released %s\n", $round, $a['r'], $a['restarts'], $a['released'] > 0 ? 'some' : 'none');
    echo "  b: ", $get('b.php'), "\n";
    echo "  ", $get('a.php?reset=1'), "\n";
}
$used = array_unique(array_column($seen, 'used'));
echo count($used) === 1 ? "buffer_used stays the same\n" : "buffer_used grows: " . implode(' ', array_column($seen, 'used')) . "\n";
echo count(array_unique(array_column($seen, 'pid'))) === 1 ? "one server process\n" : "several processes\n";
proc_terminate($srv);
proc_close($srv);
$err = (string)@file_get_contents("$dir/err.log");
if (preg_match('/Segmentation|signal|Fatal|Warning/i', $err)) echo "server log: $err\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
round 0: result 495, restarts 0, released none
  b: 10
  reset
round 1: result 495, restarts 1, released some
  b: 10
  reset
round 2: result 495, restarts 2, released some
  b: 10
  reset
round 3: result 495, restarts 3, released some
  b: 10
  reset
buffer_used stays the same
one server process
