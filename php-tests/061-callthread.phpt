--TEST--
Call-threaded bodies: loops, exceptions, generators, recursion, closures, references, finally, in modes 1201 (bodies), 1202 and 1205 (bodies with fast paths) and 1200 (stubs)
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, <<<'PHP'
<?php
function sum_to($n) { $s = 0; for ($i = 1; $i <= $n; $i++) { $s += $i; } return $s; }
function countdown($n) { do { $n--; } while ($n > 0); return $n; } // the loop starts at the function start
function find_bad(array $xs) {
    foreach ($xs as $i => $x) {
        if ($x < 0) { throw new DomainException("negative at $i"); }
    }
    return 'all good';
}
function gen($n) { for ($i = 0; $i < $n; $i++) { $cmd = yield $i => $i * $i; if ($cmd === 'stop') { return 'stopped'; } } return 'done'; }
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function push_all(array &$into, ...$xs) { foreach ($xs as $x) { $into[] = $x; } return count($into); }
function fin($x) { try { if ($x) { return "try $x"; } throw new Exception("e"); } catch (Exception $e) { return "catch"; } finally { echo "[finally $x]"; } }

echo sum_to(100), ' ', countdown(3), countdown(3), countdown(3), "\n";
try { for ($k = 0; $k < 3; $k++) { echo find_bad([1, 2, 3 - $k * 2]), "\n"; } }
catch (DomainException $e) { echo 'caught outside: ', $e->getMessage(), "\n"; }
$g = gen(5);
foreach ($g as $k => $v) { echo "$k:$v "; if ($k == 3) { $g->send('stop'); } }
echo $g->getReturn(), "\n";
echo fib(10), "\n";
$list = [];
push_all($list, 1, 2); echo push_all($list, 3), ' ', implode(',', $list), "\n";
$acc = 0;
$add = function ($x) use (&$acc) { $acc += $x; return $acc; };
$twice = fn($f, $x) => $f($f($x));
echo $twice($add, 5), ' ', $acc, "\n";
echo fin(1), ' ', fin(0), "\n";
$calls = array_column(gojit_get_status(true)['functions'], null, 'name');
foreach (['countdown', 'fib', 'sum_to'] as $f) {
    echo "$f: calls ", $calls[$f]['calls'], ", body ", $calls[$f]['entries'] > 1 ? 'yes' : 'no', "\n";
}
PHP);
$outs = [];
foreach (['1200', '1201', '1202', '1205'] as $jit) {
    $outs[$jit] = shell_exec("$php $args -d gojit.jit=$jit " . escapeshellarg($prog) . " 2>&1");
}
unlink($prog);
echo $outs['1201'];
// Levels 1-5 have bodies, level 0 stubs. The programs' output agrees
// everywhere; the counts differ where stubs count every loop iteration that
// jumps back to countdown()'s first op.
$program = fn($out) => substr($out, 0, strpos($out, 'countdown:'));
echo "same output at 1200, 1201, 1202, 1205: ", var_export($program($outs['1200']) === $program($outs['1201'])
    && $program($outs['1201']) === $program($outs['1202']) && $program($outs['1201']) === $program($outs['1205']), true), "\n";
echo "1201 same as 1202 and 1205: ", var_export($outs['1201'] === $outs['1202'] && $outs['1201'] === $outs['1205'], true), "\n";
echo "stubs (1200): ", substr($outs['1200'], strpos($outs['1200'], 'countdown:'));
?>
--EXPECT--
5050 000
all good
all good
caught outside: negative at 2
0:0 1:1 2:4 3:9 stopped
55
3 1,2,3
10 10
[finally 1]try 1 [finally 0]catch
countdown: calls 3, body yes
fib: calls 177, body yes
sum_to: calls 1, body yes
same output at 1200, 1201, 1202, 1205: true
1201 same as 1202 and 1205: true
stubs (1200): countdown: calls 9, body no
fib: calls 177, body no
sum_to: calls 1, body no
