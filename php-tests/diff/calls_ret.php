<?php
// Results of calls to known functions with a scalar declared return type:
// INIT_FCALL (declared before the call) gives DO_UCALL's result the
// declared type, so the arithmetic on it skips its type checks
// (inline/callret.go). By-name calls (declared after) and conditional
// declarations stay checked; weak-mode coercions at the return.

function f_int(int $a, int $b): int { return $a * $b; }
function f_float(int $i, int $j): float { $s = $i + $j; return 1.0 / (($s * ($s + 1) >> 1) + $i + 1); }
function f_float_from_int(int $a): float { return $a + 1; }
function f_int_from_str(string $s): int { return $s; }
function f_nint(int $a): ?int { return $a > 2 ? null : $a; }
function f_num(int $a): int|float { return $a % 2 ? $a / 2 : $a; }
function f_bool(int $a): bool { return $a & 1; }
function f_big(int $a): int { return PHP_INT_MAX - $a; }
function f_throw(int $a): int { if ($a == 2) { throw new RangeException("two"); } return $a; }
function f_untyped($a) { return $a > 1 ? "s$a" : $a; }
function &f_ref(array &$a): int { return $a[0]; }

function sum_av(int $n, array $v): float {
    $sum = 0.0;
    for ($j = 0; $j < $n; $j++) { $sum += f_float(3, $j) * $v[$j]; }
    return $sum;
}
function callers() {
    $r = [];
    $r[] = f_int(6, 7) + f_int(2, 3);
    $r[] = f_int(1 << 40, 1 << 20) - 1;
    try { $r[] = f_int(1 << 40, 1 << 30); } catch (TypeError $e) { $r[] = $e->getMessage(); } // overflow in the callee
    $r[] = f_float_from_int(4) * 2;
    $r[] = f_int_from_str("12") + 1;
    $r[] = f_nint(1) + 1;
    $r[] = f_nint(5) === null;
    $r[] = f_num(3) + f_num(4);
    $r[] = f_bool(3) + 1;
    $r[] = f_big(0) + f_big(0);                        // overflow in the caller's ADD
    $r[] = f_untyped(5) . f_untyped(1);
    $a = [41]; $r[] = f_ref($a) + 1;
    $r[] = later_int(2) + later_int(3);                // by name
    $r[] = -f_float(2, 3);
    $r[] = f_float(0, 0) < f_float(1, 1);
    return $r;
}
function later_int(int $a): int { return $a * 10; }

if ($argc > 100) {
    function conv(int $n): string { return "c$n"; }
} else {
    function conv(int $n): float { return $n / 4; }
}
require __DIR__ . '/inc/callret_cond.inc';

$v = [];
for ($i = 0; $i < 50; $i++) { $v[] = $i % 3 ? 1.5 : ($i % 2 ? 2 : "3"); }
for ($k = 0; $k < 3; $k++) {
    try { var_dump(callers()); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    var_dump(sum_av(50, $v), use_conv(10), use_conv_dump(3));
    try { echo f_throw(1) + f_throw(2), "\n"; } catch (RangeException $e) { echo "caught ", $e->getMessage(), "\n"; }
}
