<?php
// Control flow that call-threaded bodies (gojit.jit O>=1) handle op by op:
// RECV_INIT runs, ops followed by OP_DATA, BIND_GLOBAL runs, NEW without
// a constructor (skips DO_FCALL), smart branches, match/switch jump tables,
// foreach by value and by reference, finally blocks entered by return,
// break, continue and exceptions, generators (delegation, send, throw,
// return), exceptions crossing several bodies, recursion through
// references, static variables, closures binding by reference, goto.

$g1 = 1;
$g2 = 2;
$g3 = 3;

function defaults($a, $b = 2, $c = 3, $d = [4], ...$rest)
{
    return $a + $b + $c + count($d) + count($rest);
}

function globals_run()
{
    global $g1, $g2, $g3;
    $g3++;
    return $g1 + $g2 + $g3;
}

class NoCtor
{
    public $v = 1;
    public array $list = [];
}

class WithCtor
{
    public function __construct(public int $v = 2)
    {
    }
}

function dims()
{
    $a = [];
    $o = new NoCtor();
    for ($i = 0; $i < 5; $i++) {
        $a[$i] = $i * $i;          // ASSIGN_DIM + OP_DATA
        $a[$i] += 1;               // ASSIGN_DIM_OP + OP_DATA
        $o->list[] = $i;           // FETCH_OBJ_W, ASSIGN_DIM
        $o->v += $i;               // ASSIGN_OBJ_OP + OP_DATA
    }
    $w = new WithCtor(5);
    return [$a, $o->v, count($o->list), $w->v, (new NoCtor())->v];
}

function classify($x)
{
    $r = match (true) {
        $x < 0 => 'neg',
        $x === 0 => 'zero',
        $x < 10 => 'small',
        default => 'big',
    };
    $s = match ($x) {
        1, 2, 3 => 'low',
        42 => 'answer',
        default => 'other',
    };
    switch ($x) {
        case 1:
            $t = 'one';
            break;
        case 42:
            $t = 'forty-two';
            break;
        default:
            $t = 'n/a';
    }
    switch ((string) $x) {
        case "1":
            $t .= '/s1';
            break;
        case "42":
            $t .= '/s42';
    }
    return "$r $s $t";
}

function strict_match($x)
{
    try {
        return match ($x) { 1 => 'one', 2 => 'two' };
    } catch (\UnhandledMatchError $e) {
        return get_class($e);
    }
}

function loops_with_finally(array $items)
{
    $log = [];
    foreach ($items as $k => $v) {
        try {
            if ($v === 'skip') {
                continue;
            }
            if ($v === 'stop') {
                break;
            }
            if ($v === 'throw') {
                throw new LogicException("at $k");
            }
            $log[] = "item $v";
        } catch (LogicException $e) {
            $log[] = 'caught ' . $e->getMessage();
        } finally {
            $log[] = "finally $k";
        }
    }
    return $log;
}

function return_through_finally($n)
{
    for ($i = 0; $i < 10; $i++) {
        try {
            try {
                if ($i === $n) {
                    return "returned at $i";
                }
            } finally {
                if ($i === 7) {
                    return 'inner finally wins';
                }
            }
        } finally {
            $GLOBALS['fin'] = ($GLOBALS['fin'] ?? 0) + 1;
        }
    }
    return 'no return';
}

function deep($n)
{
    if ($n === 0) {
        throw new RuntimeException('bottom');
    }
    try {
        return deep($n - 1);
    } finally {
        $GLOBALS['unwound'][] = $n;
    }
}

function inner_gen($from)
{
    $got = yield $from;
    yield $from + 1 => $got;
    return $from * 10;
}

function outer_gen()
{
    $r1 = yield from inner_gen(1);
    $r2 = yield from inner_gen(5);
    try {
        yield 99;
    } catch (Exception $e) {
        yield 'caught ' . $e->getMessage();
    } finally {
        echo "gen finally\n";
    }
    return $r1 + $r2;
}

function fill(array &$arr, $n)
{
    if ($n > 0) {
        $arr[] = $n;
        fill($arr, $n - 1);
    }
}

function counter()
{
    static $calls = 0;
    return ++$calls;
}

function with_goto($n)
{
    $i = 0;
    start:
    $i++;
    if ($i < $n) {
        goto start;
    }
    return $i;
}

echo defaults(1), ' ', defaults(1, 1), ' ', defaults(1, 1, 1, []), ' ', defaults(1, 1, 1, [], 5, 6), "\n";
echo globals_run(), ' ', globals_run(), "\n";
echo json_encode(dims()), "\n";
foreach ([-1, 0, 1, 5, 42, 100] as $x) {
    echo classify($x), "\n";
}
echo strict_match(2), ' ', strict_match(3), "\n";
echo implode(', ', loops_with_finally(['a', 'skip', 'throw', 'b', 'stop', 'c'])), "\n";
foreach ([3, 7, 20] as $n) {
    echo return_through_finally($n), "\n";
}
echo 'finally ran ', $GLOBALS['fin'], " times\n";
try {
    deep(5);
} catch (RuntimeException $e) {
    echo $e->getMessage(), ' unwound ', implode(',', $GLOBALS['unwound']), "\n";
}
$g = outer_gen();
foreach ($g as $k => $v) {
    echo "$k => ", var_export($v, true), "\n";
    if ($v === 1) {
        $g->send('sent');
    }
    if ($v === 99) {
        echo $g->throw(new Exception('thrown in')), "\n";
    }
}
echo 'gen returned ', $g->getReturn(), "\n";
$arr = [];
fill($arr, 5);
echo implode(',', $arr), "\n";
counter();
counter();
echo counter(), ' ', with_goto(5), "\n";
$total = 0;
$add = function ($x) use (&$total) {
    $total += $x;
    return $total;
};
array_map($add, range(1, 10));
$byRef = [1, 2, 3];
foreach ($byRef as $k => &$v) {
    $v = $v * 10 + $k;
}
unset($v);
echo $total, ' ', implode(',', $byRef), "\n";
$fib = function ($n) use (&$fib) {
    return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2);
};
echo $fib(15), "\n";
