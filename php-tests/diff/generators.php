<?php
// Generators: plain yield, keys, send(), return values, yield from
// (generators and arrays), generators in foreach, early exit, finally.

function count_to(int $n)
{
    for ($i = 1; $i <= $n; $i++) {
        yield $i;
    }
}

function keyed()
{
    yield 'a' => 1;
    yield 'b' => 2;
    yield 10 => 'ten';
    yield 'eleven'; // auto key continues from 10
    yield 3.5 => 'float key'; // keys of a generator can be anything
    yield null => 'null key';
}

function accumulator()
{
    $total = 0;
    while (true) {
        $x = yield $total;
        if ($x === null) {
            return $total;
        }
        $total += $x;
    }
}

function inner_gen($tag)
{
    $got = yield "$tag-1";
    echo "inner got: ", var_export($got, true), "\n";
    yield "$tag-2";
    return "$tag-ret";
}

function outer_gen()
{
    $r = yield from inner_gen('x');
    echo "inner returned $r\n";
    yield from ['arr-a', 'arr-b'];
    $r2 = yield from inner_gen('y');
    yield "after $r2";
    return 'outer-ret';
}

function fib_gen()
{
    [$a, $b] = [0, 1];
    while (true) {
        yield $a;
        [$a, $b] = [$b, $a + $b];
    }
}

function with_finally()
{
    try {
        yield 1;
        yield 2;
        yield 3;
    } finally {
        echo "generator finally ran\n";
    }
}

function gen_throws()
{
    try {
        yield 1;
    } catch (RuntimeException $e) {
        echo "caught inside generator: ", $e->getMessage(), "\n";
        yield 'recovered';
    }
    throw new LogicException('from generator');
}

function &ref_yield(array &$arr)
{
    foreach ($arr as $k => &$v) {
        yield $k => $v;
    }
}

function lazy_range($a, $b, $step = 1)
{
    for ($i = $a; $i <= $b; $i += $step) {
        yield $i;
    }
}

// --- plain ---
foreach (count_to(5) as $k => $v) {
    echo "$k=>$v ";
}
echo "\n";
echo array_sum(iterator_to_array(count_to(100))), "\n";

// --- keys ---
foreach (keyed() as $k => $v) {
    var_dump($k);
    echo "  => $v\n";
}

// --- send ---
$acc = accumulator();
echo $acc->current(), "\n";
foreach ([5, 10, 20] as $x) {
    echo 'send ', $x, ' -> ', $acc->send($x), "\n";
}
$acc->send(null);
var_dump($acc->valid());
echo 'return: ', $acc->getReturn(), "\n";

// --- yield from ---
$g = outer_gen();
foreach ($g as $k => $v) {
    echo "outer yields [$k] $v\n";
}
echo $g->getReturn(), "\n";

$g = outer_gen();
echo $g->current(), "\n";
echo $g->send('SENT'), "\n";

// --- infinite generator with early break ---
$out = [];
foreach (fib_gen() as $i => $f) {
    if ($i >= 20) {
        break;
    }
    $out[] = $f;
}
echo implode(' ', $out), "\n";

// --- finally on early destruction ---
foreach (with_finally() as $v) {
    echo "got $v\n";
    if ($v === 2) {
        break;
    }
}
echo "after break\n";
$wf = with_finally();
$wf->current();
unset($wf);
echo "after unset\n";

// --- exceptions into and out of generators ---
$gt = gen_throws();
echo $gt->current(), "\n";
echo $gt->throw(new RuntimeException('injected')), "\n";
try {
    $gt->next();
} catch (LogicException $e) {
    echo 'caught outside: ', $e->getMessage(), "\n";
}
var_dump($gt->valid());

// --- references ---
$arr = [1, 2, 3];
foreach (ref_yield($arr) as $k => &$v) {
    $v *= 10;
}
unset($v);
echo implode(',', $arr), "\n";

// --- generator with float step and type changes ---
$s = 0;
foreach (lazy_range(0, 2, 0.25) as $v) {
    $s += $v;
}
var_dump($s);
foreach (lazy_range(PHP_INT_MAX - 2, PHP_INT_MAX) as $v) {
    var_dump($v);
    if (is_float($v)) {
        break;
    }
}

// --- generators are single-use ---
$once = count_to(2);
foreach ($once as $v) {}
try {
    foreach ($once as $v) {}
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// --- a generator as a pipeline ---
function map_gen(callable $f, iterable $it) { foreach ($it as $k => $v) { yield $k => $f($v); } }
function filter_gen(callable $f, iterable $it) { foreach ($it as $k => $v) { if ($f($v)) { yield $k => $v; } } }
$p = filter_gen(fn($v) => $v % 3 === 0, map_gen(fn($v) => $v * $v, count_to(30)));
$res = [];
foreach ($p as $k => $v) {
    $res[] = "$k:$v";
}
echo implode(' ', $res), "\n";
var_dump(count_to(1) instanceof Traversable, count_to(1) instanceof Iterator);
