<?php
// Compile triggers at awkward moments: a function compiled in the middle of
// its own recursion, a loop entered in the new code at its header with
// values of mixed types in flight, nested loops, foreach by reference,
// generators, closures and trait methods compiled through a copy, static
// variables, exceptions thrown right after a loop header fired. Under plain
// php every line is the same; under gojit with triggers 1-3 each of these
// is compiled at one of these moments.

function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
echo "fact: ", fact(20), " ", fact(25), "\n"; // int, then float
echo "ack: ", ack(2, 3), "\n";

// The loop variable overflows to float after the loop may have been compiled.
function overflow_loop($start, $n) {
    $x = $start;
    $seen = [];
    for ($i = 0; $i < $n; $i++) {
        $x += 1;
        $seen[gettype($x)] = ($seen[gettype($x)] ?? 0) + 1;
    }
    return [$x, $seen];
}
var_dump(overflow_loop(PHP_INT_MAX - 5, 12));

// Types change in the middle of the loop.
function mixed_loop() {
    $acc = 0;
    $vals = [1, 2.5, "3", true, null, 4, "x5", [6], 7.25];
    foreach ($vals as $k => $v) {
        if (is_array($v)) { $acc .= '|arr'; continue; }
        if (is_string($v) && !is_numeric($v)) { $acc .= "|$v"; continue; }
        $acc = is_string($acc) ? $acc . '+' . $v : $acc + $v;
    }
    return $acc;
}
var_dump(mixed_loop());

function nested($n) {
    $out = 0;
    for ($i = 0; $i < $n; $i++) {
        for ($j = 0; $j < $i; $j++) {
            $k = 0;
            while ($k < 3) { $out += $i * $j + $k; $k++; }
        }
    }
    return $out;
}
echo "nested: ", nested(15), "\n";

function by_ref(array $a) {
    foreach ($a as &$v) { $v = $v * 2 + 1; }
    unset($v);
    return implode(',', $a);
}
echo "by_ref: ", by_ref(range(1, 12)), "\n";

function counter() {
    static $calls = 0;
    return ++$calls;
}
for ($i = 0; $i < 9; $i++) counter();
echo "static: ", counter(), "\n";

function gen($n) {
    for ($i = 0; $i < $n; $i++) {
        $got = yield $i => $i * $i;
        if ($got) echo "  sent $got\n";
    }
    return "gen done";
}
$g = gen(8);
foreach ($g as $k => $v) { echo "  $k=>$v"; if ($k == 4) $g->send("four"); }
echo "\n", $g->getReturn(), "\n";

function throws_in_loop($n) {
    $i = 0;
    try {
        while (true) {
            $i++;
            if ($i > $n) throw new RuntimeException("stop at $i");
        }
    } catch (RuntimeException $e) {
        return $e->getMessage();
    } finally {
        echo "  finally after $i\n";
    }
}
echo throws_in_loop(10), "\n", throws_in_loop(3), "\n";

trait Sums { function sum(array $xs) { $s = 0; foreach ($xs as $x) $s += $x; return $s; } }
class A { use Sums; }
class B { use Sums; }
$a = new A; $b = new B;
for ($i = 0; $i < 4; $i++) echo $a->sum(range(0, $i)), $b->sum(range($i, 5)), " ";
echo "\n";

$adders = [];
for ($i = 0; $i < 5; $i++) {
    $adders[] = function ($x) use ($i) { $s = $x; for ($j = 0; $j < $i; $j++) $s += $j; return $s; };
}
foreach ($adders as $k => $f) echo $f($k * 10), " ";
echo "\n";
$arrow = fn($x) => $x * 3;
echo implode(',', array_map($arrow, range(1, 10))), "\n";

// eval'd code and its functions, defined and called repeatedly.
for ($i = 0; $i < 4; $i++) {
    $f = eval('return function ($n) { $t = 0; for ($k = 0; $k < $n; $k++) $t += $k; return $t; };');
    echo $f($i * 5), " ";
}
echo "\n";

// A long main loop: compiled while it runs (T=3), continued natively.
$sum = 0.0;
for ($i = 0; $i < 2000; $i++) {
    $sum += $i % 7 == 0 ? $i / 7 : 1;
}
echo "main loop: $sum\n";
