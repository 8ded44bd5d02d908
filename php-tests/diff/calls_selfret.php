<?php
// Self-recursive calls of functions with a scalar declared return type:
// the call's result is known to have that type, so the arithmetic on it
// skips its type checks (inline/callret.go). Weak-mode coercions at the
// return, overflow into float, null from ?int, int|float, bool, throws
// inside the recursion, deep recursion, conditional declarations, methods
// and functions sharing a name, by-reference returns.

function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function half(int $n): float { return $n <= 0 ? 1 : half($n - 1) * 1.5 + $n; }
function maybe(int $n): ?int { return $n <= 0 ? null : (maybe($n - 1) ?? 100) + $n; }
function numy(int $n): int|float { return $n <= 0 ? 0.5 : numy($n - 1) * 2 + ($n % 2); }
function even(int $n): bool { return $n == 0 ? true : !even($n - 1); }
function strint(int $n): int { if ($n <= 0) { return "7"; } return strint($n - 1) + 1; }
function fracint(int $n): int { if ($n <= 0) { return 2.0; } return fracint($n - 1) * 3; }
function grow(int $n): int { return $n <= 0 ? PHP_INT_MAX - 2 : grow($n - 1) + 1; }
function growf(int $n): float { return $n <= 0 ? PHP_INT_MAX - 2 : growf($n - 1) + 1; }
function depth(int $n): int { return $n == 0 ? 0 : 1 + depth($n - 1); }
function thrower(int $n): int { if ($n == 3) { throw new LogicException("at 3"); } return $n <= 0 ? 0 : thrower($n - 1) + 1; }
function untyped($n) { return $n <= 0 ? "s" : untyped($n - 1) . $n; }
function mixedret(int $n): mixed { return $n <= 0 ? [1] : (is_array($r = mixedret($n - 1)) ? count($r) : $r) + $n; }
function &refret(int $n) { static $x = 0; $x += $n; if ($n > 0) { $y = &refret($n - 1); } return $x; }
function sub_mul(int $n): int { return $n <= 1 ? 1 : $n * sub_mul($n - 1) - sub_mul($n - 2); }
function mix(float $x): float { return $x < 1.0 ? $x : mix($x / 2) + mix($x / 3) * 0.5; }

if ($argc > 100) {
    function cond(int $n): string { return $n <= 0 ? "s" : cond($n - 1) . "x"; }
} else {
    function cond(int $n): float { return $n <= 0 ? 1 : cond($n - 1) + 0.5; }
}

class K {
    function fib(int $n): string { return "K" . fib($n); }
    static function sfib(int $n): int { return $n < 2 ? $n : self::sfib($n - 1) + self::sfib($n - 2); }
}

for ($k = 0; $k < 3; $k++) {
    var_dump(fib(15), half(6), maybe(0), maybe(4), numy(5), numy(0), even(7), even(10));
    var_dump(strint(4), fracint(3), depth(30000), untyped(5), mixedret(4), sub_mul(12));
    var_dump(mix(20.0), cond(4), (new K)->fib(10), K::sfib(12), refret(4));
    try { var_dump(grow(3)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    var_dump(growf(3));
    try { var_dump(thrower(6)); } catch (LogicException $e) { echo "caught ", $e->getMessage(), "\n"; }
    var_dump(thrower(2));
    echo fib(20) + fib(21), " ", fib(10) * 1.5, " ", -fib(9), "\n";
}
