<?php
// Functions: defaults, typed and untyped params, optional args, variadics,
// named args, by-ref params, static vars, global.

function add($a, $b = 10) { return $a + $b; }
function typed(int $i, float $f = 1.5, ?string $s = null, bool $b = false): string
{
    return sprintf("%d|%.2f|%s|%s", $i, $f, $s ?? 'null', $b ? 'true' : 'false');
}
function untyped($x) { return gettype($x) . ':' . var_export($x, true); }
function variadic($first, ...$rest) { return $first . '+' . count($rest) . '[' . implode(',', $rest) . ']'; }
function typed_variadic(int ...$nums): int { return array_sum($nums); }
function named(int $a = 1, int $b = 2, int $c = 3): string { return "a=$a b=$b c=$c"; }
function by_ref(&$x, $inc = 1) { $x += $inc; return $x; }
function by_ref_array(array &$arr, $v) { $arr[] = $v; return count($arr); }
function counter() { static $n = 0; $n++; return $n; }
function static_array() { static $seen = []; $seen[] = count($seen); return implode(',', $seen); }
function nullable_default(?int $x = null) { return $x === null ? 'none' : "got $x"; }
function return_void(): void { echo "void called\n"; }
function return_nullable(bool $b): ?int { return $b ? 42 : null; }
function union_type(int|string $v): string { return gettype($v) . "=$v"; }
function default_const($x = PHP_INT_SIZE * 2, $y = [1, 2, 3]) { return $x + count($y); }
function many_args($a, $b, $c, $d, $e, $f, $g, $h) { return $a . $b . $c . $d . $e . $f . $g . $h; }
function func_args_test() { return func_num_args() . ':' . implode(',', func_get_args()); }

$g1 = 100;
$g2 = 'global-string';
function use_global() { global $g1, $g2; $g1++; return "$g1 $g2"; }
function use_globals_array() { $GLOBALS['g1'] += 10; return $GLOBALS['g1']; }

echo add(1), "\n";
echo add(1, 2), "\n";
echo add(1.5), "\n";
echo add("3", "4"), "\n";
echo typed(5), "\n";
echo typed(5, 2), "\n";
echo typed(5, 2.25, "str"), "\n";
echo typed(5, 2.25, "str", true), "\n";
echo typed("7", 3, 12), "\n"; // coercive mode: "7"->7, 3->3.0, 12->"12"
echo untyped(1), " ", untyped(1.0), " ", untyped("1"), " ", untyped(null), " ", untyped(true), "\n";
echo variadic(1), "\n";
echo variadic(1, 2, 3, 4), "\n";
echo variadic(...[9, 8, 7]), "\n";
echo typed_variadic(), " ", typed_variadic(1, 2, 3), " ", typed_variadic(...[10, 20]), "\n";
echo named(), "\n";
echo named(c: 30), "\n";
echo named(b: 20, a: 10), "\n";
echo named(5, c: 50), "\n";
echo typed(i: 1, b: true), "\n";

$x = 5;
echo by_ref($x), " ", $x, "\n";
echo by_ref($x, 10), " ", $x, "\n";
$arr = [1];
echo by_ref_array($arr, 2), " ", by_ref_array($arr, 3), " ", json_encode($arr), "\n";
$undefined_target = null;
by_ref($undefined_target, 3);
var_dump($undefined_target);

for ($i = 0; $i < 5; $i++) { counter(); }
echo counter(), "\n";
static_array(); static_array();
echo static_array(), "\n";

echo nullable_default(), " ", nullable_default(3), " ", nullable_default(null), "\n";
return_void();
var_dump(return_void() ?? 'null-from-void');
var_dump(return_nullable(true), return_nullable(false));
echo union_type(5), " ", union_type("x"), "\n";
echo default_const(), " ", default_const(1), " ", default_const(1, []), "\n";
echo many_args(1, 2, 3, 4, 5, 6, 7, 8), "\n";
echo func_args_test(), " ", func_args_test(1, 2, 3), "\n";

echo use_global(), "\n";
echo use_global(), "\n";
echo use_globals_array(), " ", $g1, "\n";

// Calls in a hot loop with varying argument counts and types.
$acc = 0;
for ($i = 0; $i < 2000; $i++) {
    $acc += add($i);
    $acc += add($i, $i & 7);
    $acc += typed_variadic($i, 1);
    if ($i % 3 === 0) {
        $acc += add($i * 0.5); // float path
    }
}
var_dump($acc);

// Argument count errors.
try {
    add();
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    named(d: 1);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Dynamic calls by name.
$fn = 'add';
echo $fn(3, 4), " ", call_user_func('add', 5), " ", call_user_func_array('named', ['c' => 9]), "\n";
