<?php
// Native INIT_FCALL / SEND_VAL / SEND_VAR / DO_UCALL: every shape of a call
// to a user function known at compile time, with the cases the fast paths
// leave to the VM (extra arguments, references, undefined variables, a full
// VM stack page, named arguments, exceptions).

function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function add($a, $b) { return $a + $b; }
function add3(int $a, int $b, int $c = 10) { return $a + $b + $c; }
function defaults($a, $b = 2, $c = [3], $d = "four") { return json_encode([$a, $b, $c, $d]); }
function locals($a) { $x = $a * 2; $y = $x + 1; return isset($z) ? -1 : $y; }
function variadic($a, ...$rest) { return $a . ":" . implode(",", $rest); }
function extra($a) { return $a . "/" . func_num_args() . "/" . json_encode(func_get_args()); }
function byref(&$r) { $r++; return $r; }
function strs(string $s, array $a, $o) { $o->n++; return $s . count($a) . $o->n; }
function thrower($x) { if ($x > 2) { throw new RuntimeException("x=$x"); } return $x; }
function deep($n, $a, $b, $c, $d, $e, $f, $g, $h) {
    $pad = [$a, $b, $c, $d, $e, $f, $g, $h];
    return $n == 0 ? count($pad) : 1 + deep($n - 1, $a, $b, $c, $d, $e, $f, $g, $h);
}
function noret($x) { $GLOBALS['side'] += $x; }
function floaty(float $x) { return $x * 2; }
function strict_caller() { return floaty(3); }
function named($a, $b = 0, $c = 0) { return "$a-$b-$c"; }
function undef_arg() { return add($nope, 1); }
function gen($n) { for ($i = 0; $i < $n; $i++) { yield $i; } }
function late_user() { return later(5); }
// Frames with many CVs past the arguments (more than the unrolled UNDEFs).
function many_locals($a, $b = 1) {
    $v1 = $a; $v2 = $v1 + 1; $v3 = $v2 + 1; $v4 = $v3 + 1; $v5 = $v4 + 1; $v6 = $v5 + 1;
    $v7 = $v6 + 1; $v8 = $v7 + 1; $v9 = $v8 + 1; $v10 = $v9 + 1; $v11 = $v10 + 1; $v12 = $v11 + 1;
    $v13 = $v12 + 1; $v14 = $v13 + 1; $v15 = $v14 + 1; $v16 = $v15 + 1; $v17 = $v16 + 1;
    if ($b > 1) { $v18 = 5; }
    return $v17 + (isset($v18) ? $v18 : 100) + (isset($v19) ? 1 : 0);
}
function typed_few(int $a, float $b = 2.5, ?string $c = null) { return $a + $b . ($c ?? "-"); }
// Calls compiled before their callee is declared: INIT_FCALL_BY_NAME,
// SEND_VAL_EX/SEND_VAR_EX, DO_FCALL_BY_NAME.
function by_name($n) { return declared_after($n, $n + 1) . "|" . declared_after(1.5, "s") . "|" . rec_after(10); }
function by_name_ref() { try { return ref_after(5); } catch (Error $e) { return get_class($e) . ": " . $e->getMessage(); } }
function by_name_var() { $x = 1; $y = [2]; ref_after($x); return $x . count_after($y) . count_after([1, 2, 3]); }
function by_name_undefined() { try { return no_such_function(1); } catch (Error $e) { return $e->getMessage(); } }
function by_name_extra() { return declared_after(1, 2, 3, 4); }
function by_name_few() { try { return declared_after(1); } catch (ArgumentCountError $e) { return "few"; } }
function declared_after($a, $b) { return "$a,$b," . func_num_args(); }
function rec_after(int $n): int { return $n <= 1 ? 1 : $n * rec_after($n - 1); }
function ref_after(&$r) { $r += 10; return $r; }
function count_after(array $a) { return count($a); }

for ($k = 0; $k < 3; $k++) {
    echo fib(15), " ", add(1, 2), " ", add(1.5, 2), " ", add("3", 4), " ", add(PHP_INT_MAX, 1), "\n";
    echo add3(1, 2), " ", add3(1, 2, 3), "\n";
    echo defaults(1), " ", defaults(1, 5), " ", defaults(1, 5, null, "x"), "\n";
    echo locals(5), " ", locals(2.5), "\n";
    echo variadic(1), " ", variadic(1, 2, 3), "\n";
    echo extra(1), " ", extra(1, 2, "three"), "\n";
    $v = 5;
    echo byref($v), " ", $v, "\n";
    $s = str_repeat("ab", 3);
    $a = [1, 2, 3];
    $o = new stdClass;
    $o->n = 0;
    echo strs($s, $a, $o), " ", strs($s, $a, $o), " ", $s, " ", count($a), "\n";
    echo strs("lit", [], $o), "\n";
    try {
        echo add3(1), "\n";
    } catch (ArgumentCountError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        echo add3("x", 1), "\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    foreach ([1, 2, 3, 4] as $x) {
        try {
            echo thrower($x), " ";
        } catch (RuntimeException $e) {
            echo "caught ", $e->getMessage(), "\n";
        }
    }
    echo deep(2000, 1, 2, 3, 4, 5, 6, 7, "8"), "\n";
    $side = 0;
    for ($i = 0; $i < 100; $i++) {
        noret($i);
        add($i, $i);
    }
    echo $side, "\n";
    echo strict_caller(), "\n";
    echo named(1, c: 3), " ", named(b: 2, a: 1), "\n";
    echo undef_arg(), "\n";
    echo implode(",", iterator_to_array(gen(3))), "\n";
    if (!function_exists('later')) {
        function later($x) { return "later $x"; }
    }
    echo late_user(), " ", later(6), "\n";
    echo by_name($k), " ", by_name_ref(), " ", by_name_var(), " ", by_name_undefined(), "\n";
    echo by_name_extra(), " ", by_name_few(), "\n";
    echo many_locals(1), " ", many_locals(2, 3), " ", typed_few(1), " ", typed_few(1, 1), " ", typed_few(2, 3, "x"), "\n";
    // A loop with register values around the call.
    $sum = 0;
    $f = 0.5;
    for ($i = 0; $i < 300; $i++) {
        $sum += add($i, 1);
        $f += floaty($f) - $f;
        if ($f > 1e6) { $f = 0.5; }
    }
    echo $sum, " ", $f, "\n";
}
