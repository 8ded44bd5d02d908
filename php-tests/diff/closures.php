<?php
// Closures: use by value and by reference, arrow functions, $this binding,
// static closures, first-class callable syntax, conditionally declared
// functions, functions declared inside functions.

$factor = 3;
$byVal = function ($x) use ($factor) { return $x * $factor; };
$byRef = function ($x) use (&$factor) { return $x * $factor; };
$arrow = fn($x) => $x * $factor;
$factor = 10;
echo $byVal(2), ' ', $byRef(2), ' ', $arrow(2), "\n";

// use by ref lets the closure write to the outer variable
$log = [];
$push = function (string $s) use (&$log) { $log[] = $s; return count($log); };
$push('a'); $push('b');
echo implode(',', $log), ' ', $push('c'), "\n";

// counter generators built from closures
function make_counter(int $start = 0): Closure
{
    $n = $start;
    return function (int $step = 1) use (&$n) { $n += $step; return $n; };
}
$c1 = make_counter();
$c2 = make_counter(100);
$c1(); $c1(); $c2(5);
echo $c1(), ' ', $c2(), "\n";

// nested arrow functions capture by value automatically, nested
$y = 5;
$adder = fn($a) => fn($b) => $a + $b + $y;
echo $adder(1)(2), "\n";
$y = 1000; // no effect on the already-built arrow fn
$add1 = $adder(1);
echo $add1(2), "\n";

// arrow fn cannot modify outer scope
$z = 1;
$mod = fn() => $z++;
echo $mod(), ' ', $mod(), ' ', $z, "\n";

// $this binding
class Acc
{
    private int $total = 0;
    public function adder(): Closure { return function (int $v) { $this->total += $v; return $this->total; }; }
    public function arrowAdder(): Closure { return fn(int $v) => $this->total + $v; }
    public function staticOne(): Closure { return static fn() => isset($this) ? 'has this' : 'no this'; }
    public function total(): int { return $this->total; }
    public function mapper(): array { return array_map(fn($v) => $v + $this->total, [1, 2, 3]); }
    public static function make(): static { return new static(); }
}
$acc = new Acc();
$f = $acc->adder();
$f(5); $f(7);
echo $acc->total(), ' ', $acc->arrowAdder()(100), ' ', $acc->staticOne()(), ' ', implode(',', $acc->mapper()), "\n";

// Closure::bind / bindTo / call reaching private state
$peek = function () { return $this->total; };
$other = new Acc();
$other->adder()(42);
echo Closure::bind($peek, $other, Acc::class)(), ' ', $peek->call($acc), "\n";
$rebound = $f->bindTo($other);
echo $rebound(1), ' ', $other->total(), ' ', $acc->total(), "\n";
$unbound = function () { return static::class; };
echo Closure::bind($unbound, null, Acc::class)(), "\n";

// first-class callable syntax
$strlen = strlen(...);
$make = Acc::make(...);
$meth = $acc->total(...);
$ctr = make_counter(...);
echo $strlen('hello'), ' ', get_class($make()), ' ', $meth(), ' ', $ctr(7)(), "\n";
echo implode(',', array_map(intval(...), ['1', '2x', 'x3'])), "\n";
var_dump($strlen instanceof Closure);

// callable strings and arrays
echo implode(',', array_map('strtoupper', ['a', 'b'])), ' ', call_user_func([$acc, 'total']), ' ', call_user_func('Acc::make')::class, "\n";

// conditionally declared functions
if (PHP_INT_SIZE === 8) {
    function cond_fn() { return 'declared: 64-bit branch'; }
} else {
    function cond_fn() { return 'declared: 32-bit branch'; }
}
echo cond_fn(), "\n";
var_dump(function_exists('never_declared'));
if (false) {
    function never_declared() {}
}
var_dump(function_exists('never_declared'));

// functions declared inside functions exist only after the outer one runs
function outer_declares()
{
    if (!function_exists('inner_declared')) {
        function inner_declared($x) { return "inner($x)"; }
    }
    return inner_declared(1);
}
var_dump(function_exists('inner_declared'));
echo outer_declares(), ' ', outer_declares(), ' ', inner_declared(2), "\n";

// recursion through a closure
$fact = function (int $n) use (&$fact) { return $n <= 1 ? 1 : $n * $fact($n - 1); };
echo $fact(10), "\n";
$fib = fn($n) => $n < 2 ? $n : $fib($n - 1);
try {
    $fib(3); // $fib is undefined inside (captured before assignment)
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// static variables inside closures, one per closure object
$mk = function () { return function () { static $n = 0; return ++$n; }; };
$a = $mk(); $b = $mk();
$a(); $a();
echo $a(), ' ', $b(), "\n";

// closures in a hot loop: usort with a closure, array_filter with arrow fn
$data = [];
$seed = 7;
for ($i = 0; $i < 500; $i++) { $seed = ($seed * 1103515245 + 12345) & 0x7fffffff; $data[] = $seed % 1000; }
usort($data, fn($p, $q) => $p <=> $q);
$even = array_filter($data, fn($v) => $v % 2 === 0);
$sum = array_reduce($even, fn($carry, $v) => $carry + $v, 0);
echo count($even), ' ', $sum, ' ', $data[0], ' ', $data[499], "\n";
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
echo $compose(fn($x) => $x + 1, fn($x) => $x * 2, 'strval', strrev(...))(20), "\n";
var_dump((new ReflectionFunction($arrow))->getNumberOfParameters());
