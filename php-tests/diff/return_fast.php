<?php
// Returns: the native RETURN of scalars from plain nested calls (O>=2), and
// every case that must stay on the VM's RETURN: main code, closures, $obj->m()
// (releases $this), constructors, generators, by-ref returns, refcounted
// CVs (strings, arrays, objects with throwing destructors, references),
// extra and named extra arguments, symbol tables, callbacks from internal
// functions (top frames), deep recursion over VM stack pages (ALLOCATED
// frames), try/finally and many CVs.

function show($v) { var_dump($v); }

// Every scalar from a CV, a TMP and a literal.
function ret_cv($x) { return $x; }
function ret_tmp($x) { return $x + 0; }
function ret_tmp_f(float $x) { return $x * 1.0; }
function ret_null() { return null; }
function ret_false() { return false; }
function ret_true() { return true; }
function ret_long() { return 42; }
function ret_big() { return PHP_INT_MAX; }
function ret_min() { return PHP_INT_MIN; }
function ret_neg_zero() { return -0.0; }
function ret_nan() { return NAN; }
function ret_inf() { return -INF; }
function ret_double() { return 2.5; }
function ret_implicit($x) { $y = $x; }
function ret_undef() { return $nope; }

foreach ([null, false, true, 0, -1, 7, PHP_INT_MAX, PHP_INT_MIN, 0.0, -0.0, 1.5, -2.25, NAN, INF, -INF, 1e308, 5e-324] as $v) {
    show(ret_cv($v));
    if (is_int($v) || is_float($v)) {
        show(ret_tmp($v));
        show(ret_tmp_f((float)$v));
    }
}
foreach (['ret_null', 'ret_false', 'ret_true', 'ret_long', 'ret_big', 'ret_min', 'ret_neg_zero',
    'ret_nan', 'ret_inf', 'ret_double'] as $f) {
    show($f());
}
show(ret_implicit(3));
show(ret_undef());
echo fdiv(1, ret_neg_zero()) < 0 ? "negative zero kept\n" : "sign lost\n";

// Return values unused, in a loop (compiled by the hot counters too).
$n = 0;
for ($i = 0; $i < 300; $i++) {
    ret_long();
    ret_cv($i);
    ret_tmp($i);
    ret_null();
    $n += ret_tmp($i) + ret_cv(1);
}
echo "unused: $n\n";

// Return type coercion happens before RETURN (VERIFY_RETURN_TYPE).
function as_float(): float { return 3; }
function as_int($x): int { return $x; }
function as_bool($x): bool { return $x; }
function as_nullable($x): ?int { return $x; }
show(as_float());
show(as_int(4.0));
show(as_int("12"));
show(as_bool(1));
show(as_nullable(null));
try {
    as_int("x");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}

// Recursion: results used, deep (frames across VM stack pages are
// ALLOCATED and take the VM's path), mutual, with floats.
function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function fibf(float $n): float { return $n < 2.0 ? $n : fibf($n - 1.0) + fibf($n - 2.0); }
function depth(int $n) { if ($n === 0) { return 0; } return 1 + depth($n - 1); }
function depth_void(int $n) { if ($n > 0) { depth_void($n - 1); } }
function even(int $n): bool { return $n === 0 ? true : odd($n - 1); }
function odd(int $n): bool { return $n === 0 ? false : even($n - 1); }
echo "fib ", fib(22), " fibf ", fibf(18.0), "\n";
foreach ([1, 10, 1000, 20000, 50000] as $d) {
    echo "depth $d: ", depth($d), "\n";
    depth_void($d);
}
echo "even 1001: ", var_export(even(1001), true), "\n";

// Methods: $this->m() (no release), $obj->m() (releases $this: the VM's
// path), static methods, a constructor, __invoke, a closure, an arrow
// function and first-class callables (closures: the VM's path).
class Calc
{
    public int $base = 10;
    public function __construct(public float $scale = 1.5) { }
    public function add(int $x): int { return $this->base + $x; }
    public function twice(int $x): int { return $this->add($x) + $this->add($x); }
    public function scale(float $x): float { return $x * $this->scale; }
    public static function sq(int $x): int { return $x * $x; }
    public static function sqsum(int $x): int { return self::sq($x) + static::sq($x + 1); }
    public function __invoke($x) { return $x === null; }
}
$c = new Calc();
$sum = 0;
for ($i = 0; $i < 200; $i++) {
    $sum += $c->add($i) + $c->twice($i) + Calc::sq($i) + Calc::sqsum($i);
    $sum += (int)$c->scale($i);
    $sum += $c(null) ? 1 : 0;
}
echo "methods: $sum\n";
$mul = function ($x) use ($sum) { return $x * 2; };
$arrow = fn($x) => $x + 1;
$fcc = fib(...);
$mfcc = $c->add(...);
$sfcc = Calc::sq(...);
echo "closures: ", $mul(21), " ", $arrow(41), " ", $fcc(10), " ", $mfcc(1), " ", $sfcc(9), "\n";
echo "new in a loop: ";
for ($i = 0; $i < 3; $i++) {
    echo (new Calc($i))->scale(2.0), " ";
}
echo "\n";

// $obj->m() releases $obj when the method returns: natively when that only
// drops a reference, else (the last reference, or an object not yet in the
// GC buffer) on the VM, destructors included.
class Tmp
{
    public function __construct(public int $v) { }
    public function get() { return $this->v; }
    public function half() { return $this->v / 2; }
    public function __destruct() { echo "[tmp {$this->v} gone]"; }
}
function via_cv(int $v) { $t = new Tmp($v); return $t->get() + $t->half(); }
echo "temp: ", (new Tmp(4))->get(), "\n";
$keep = new Tmp(5);
for ($i = 0; $i < 4; $i++) {
    echo $keep->get(), $keep->half(), " ";
    gc_collect_cycles(); // empties the GC buffer: the next release is the VM's again
}
echo via_cv(7), "\n";
unset($keep);
echo "\n";

// Callbacks from internal functions run in top frames.
$a = [5, 3, 9, 1];
usort($a, fn($x, $y) => $x <=> $y);
function cmp_desc($x, $y) { return $y - $x; }
usort($a, 'cmp_desc');
echo "usort: ", implode(",", $a), " map: ", implode(",", array_map('ret_tmp', [1, 2, 3])), "\n";
echo "call_user_func: ", call_user_func('ret_long'), " ", call_user_func_array('ret_cv', [2.5]), "\n";

// CVs that keep the VM's path: strings, arrays, objects, references.
function with_string(int $n) { $s = str_repeat("ab", $n); return strlen($s); }
function with_interned() { $s = 'interned'; return 1; }
function with_array(int $n) { $arr = range(1, $n); return count($arr); }
function with_ref(&$x) { $x++; return $x; }
function with_static() { static $calls = 0; $calls++; return $calls; }
function with_global() { global $gcount; $gcount++; return $gcount; }
$gcount = 0;
$r = 5;
for ($i = 0; $i < 50; $i++) {
    with_string($i);
    with_interned();
    with_array($i + 1);
    with_ref($r);
    with_static();
    with_global();
}
echo "cvs: ", with_string(3), " ", with_interned(), " ", with_array(4), " $r ", with_static(), " ", with_global(), "\n";

// A refcounted CV whose destructor throws when the frame is freed.
class Boom
{
    public function __construct(public string $name) { }
    public function __destruct() { echo "destruct {$this->name}\n"; if ($this->name === 'throw') { throw new RuntimeException("from destructor"); } }
}
function with_object(string $name) { $o = new Boom($name); return 7; }
echo "object: ", with_object('quiet'), "\n";
try {
    $v = with_object('throw');
    echo "not reached $v\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
function unset_then_return() { $o = new Boom('unset'); unset($o); return 8; }
echo "unset: ", unset_then_return(), "\n";

// Extra arguments (refcounted ones are freed by the VM), named extra
// parameters, variadics.
function one($a) { return $a; }
function all_args($a) { return count(func_get_args()); }
function named(...$args) { return count($args); }
echo "extra: ", one(1, 2, 3), " ", one(2, str_repeat("x", 3), [1]), " ", all_args(1, 2, 3), " ",
    named(1, 2, x: 3, y: str_repeat("y", 2)), " ", named(...[1, 2]), "\n";

// Symbol tables: compact/extract/$$ and get_defined_vars.
function vv() { $name = 'x'; $$name = 5; return $x; }
function with_compact() { $a = 1; $b = 2.5; return count(compact('a', 'b')); }
function with_extract() { extract(['q' => 3]); return $q; }
function with_vars() { $k = 1; return count(get_defined_vars()); }
echo "symbols: ", vv(), " ", with_compact(), " ", with_extract(), " ", with_vars(), "\n";

// Dynamic calls.
$fname = 'ret_long';
echo "dynamic: ", $fname(), " ", [new Calc(), 'add'](5), " ", 'Calc::sq'(6), "\n";

// By-reference returns (RETURN_BY_REF).
function &ref_ret(array &$arr) { return $arr[0]; }
$arr = [1, 2];
$ref = &ref_ret($arr);
$ref = 99;
echo "by-ref: ", $arr[0], "\n";

// try/finally around returns.
function fin(int $x)
{
    try {
        if ($x > 0) {
            return $x * 2;
        }
    } finally {
        echo "finally $x\n";
    }
    return -1;
}
function fin_override() { try { return 1; } finally { return 2; } }
function fin_throw() { try { throw new LogicException("in try"); } finally { return 3; } }
echo "fin: ", fin(4), " ", fin(0), " ", fin_override(), " ", fin_throw(), "\n";
function in_try(int $x) { try { return intdiv(10, $x); } catch (DivisionByZeroError $e) { return -1; } }
echo "in_try: ", in_try(2), " ", in_try(0), "\n";

// A return inside foreach (FE_FREE first).
function find(array $a, int $want) { foreach ($a as $k => $v) { if ($v === $want) { return $k; } } return false; }
show(find([4, 5, 6], 6));
show(find([4, 5, 6], 7));

// Generators return through GENERATOR_RETURN.
function gen(int $n) { for ($i = 0; $i < $n; $i++) { yield $i; } return $n * 1.5; }
$g = gen(3);
foreach ($g as $x) {
    echo "yield $x ";
}
echo "return ", $g->getReturn(), "\n";
function gen_from() { $r = yield from gen(2); return $r; }
$g = gen_from();
foreach ($g as $x) { }
echo "yield from: ", $g->getReturn(), "\n";

// Many CVs (the CV checks are bounded: past the limit the VM's path).
function many_cvs(int $x)
{
    $a0 = $a1 = $a2 = $a3 = $a4 = $a5 = $a6 = $a7 = $a8 = $a9 = $x;
    $b0 = $b1 = $b2 = $b3 = $b4 = $b5 = $b6 = $b7 = $b8 = $b9 = $x + 1;
    $c0 = $c1 = $c2 = $c3 = $c4 = $c5 = $c6 = $c7 = $c8 = $c9 = $x + 2;
    $d0 = $d1 = $d2 = $d3 = $d4 = $d5 = $d6 = $d7 = $d8 = $d9 = $x + 3;
    return $a0 + $b9 + $c5 + $d9;
}
function many_cvs_str(int $x)
{
    $a0 = $a1 = $a2 = $a3 = $a4 = $a5 = $a6 = $a7 = $a8 = $a9 = $x;
    $b0 = $b1 = $b2 = $b3 = $b4 = $b5 = $b6 = $b7 = $b8 = $b9 = $x + 1;
    $c0 = $c1 = $c2 = $c3 = $c4 = $c5 = $c6 = $c7 = $c8 = $c9 = "s$x";
    return $a0 + $b9;
}
$m = 0;
for ($i = 0; $i < 100; $i++) {
    $m += many_cvs($i) + many_cvs_str($i);
}
echo "many cvs: $m\n";

// Returns from inside loops whose CVs live in registers (R digit): the
// returned value is the register's, and a return that falls back (a
// refcounted CV, $this to release, an exception) must find the loop values.
function ret_int_loop(int $n)
{
    $x = 0;
    for ($i = 0; $i < $n; $i++) {
        $x += $i;
        if ($i == 5) {
            return $x;
        }
    }
    return -1;
}
function ret_loop_cv(int $n)
{
    for ($i = 0; $i < $n; $i++) {
        if ($i == 7) {
            return $i;
        }
    }
    return $i;
}
function ret_float_loop(float $d)
{
    $s = 0.5;
    for ($i = 0; $i < 10; $i++) {
        $s = $s * $d;
        if ($s > 4.0) {
            return $s + 1.0; // a TMP forwarded into the RETURN
        }
    }
    return $s;
}
function ret_int_tmp(int $a, int $b)
{
    for ($i = 0; $i < 3; $i++) {
        $a = $a + $b;
    }
    return $a + $b; // may overflow: the TMP is LONG or DOUBLE
}
function ret_nested(int $n)
{
    $t = 0;
    for ($i = 0; $i < $n; $i++) {
        for ($j = 0; $j < $n; $j++) {
            $t += $i * $j;
            if ($t > 100) {
                return $t;
            }
        }
        if ($i == 3) {
            return -$i;
        }
    }
    return $t;
}
function ret_loop_refcounted(int $n, $s)
{
    $x = 1.5;
    for ($i = 0; $i < $n; $i++) {
        $x = $x * 2.0;
        if ($i == 2) {
            return $x; // $s is a string: the VM's RETURN
        }
    }
    return $s;
}
function ret_loop_nan(float $d)
{
    for ($i = 0; $i < 4; $i++) {
        $d = $d * $d;
    }
    return $d;
}
class RetLoop
{
    public int $k = 3;
    function m(int $n)
    {
        $x = 0;
        for ($i = 0; $i < $n; $i++) {
            $x += $this->k;
            if ($i == $n - 2) {
                return $x;
            }
        }
        return 0;
    }
}
$o = new RetLoop();
for ($r = 0; $r < 3; $r++) {
    echo "loops: ", ret_int_loop(10), " ", ret_int_loop(3), " ", ret_loop_cv(10), " ", ret_loop_cv(4), " ",
        ret_float_loop(1.5), " ", ret_float_loop(1.0), " ", ret_float_loop(-3.0), " ",
        ret_int_tmp(1, 2), " ", ret_int_tmp(PHP_INT_MAX - 10, 3), " ",
        ret_nested(4), " ", ret_nested(20), " ", ret_nested(0), " ",
        ret_loop_refcounted(5, "str"), " ", ret_loop_refcounted(0, "str"), " ",
        ret_loop_nan(NAN), " ", ret_loop_nan(INF), " ", ret_loop_nan(-0.0), " ", ret_loop_nan(1e300), " ",
        $o->m(5), " ", (new RetLoop())->m(4), "\n";
    var_dump(ret_loop_nan(-0.0), ret_int_tmp(PHP_INT_MAX, 1));
}
try {
    ret_int_loop("x");
} catch (TypeError $e) {
    echo "type error\n";
}

// Returns into an include and out of eval'd code.
$inc = tempnam(sys_get_temp_dir(), 'gojit-ret');
file_put_contents($inc, '<?php function inc_ret($x) { return $x * 3; } return inc_ret(5);');
echo "include: ", include $inc, " ", inc_ret(2.5), "\n";
unlink($inc);
echo "eval: ", eval('function ev_ret() { return 11; } return ev_ret() + 1;'), "\n";

// A return at the top level ends the script; nothing after it runs.
echo "done\n";
return 5;
echo "not reached\n";
