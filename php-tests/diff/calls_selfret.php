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

// Recursive calls entering their own body past the RECVs the arguments
// prove, and the ones they do not: coercions, null, references, defaults,
// named and spread arguments, undefined variables, extra arguments.
function coerce(float $x, int $n): float { return $n <= 0 ? $x : coerce($n, $n - 1) + $x; }
function nullable(?int $x, int $n): int { return $n <= 0 ? ($x ?? -1) : nullable($n % 2 ? null : $n, $n - 1) + 1; }
function refp(int &$x, int $n): int { $x++; return $n <= 0 ? $x : refp($x, $n - 1); }
function defs(int $n, int $step = 1, string $tag = "t"): string { return $n <= 0 ? $tag : defs($n - $step) . $n; }
function named(int $a, int $b = 0): int { return $a <= 0 ? $b : named(b: $b + $a, a: $a - 1); }
function spread(int $a, int $b): int { $args = [$a - 1, $b + 1]; return $a <= 0 ? $b : spread(...$args); }
function undef_rec(?int $a, int $n): int { return $n <= 0 ? ($a ?? 7) : undef_rec($nope, $n - 1) + 1; }
function extra_rec(int $n): int { return $n <= 0 ? func_num_args() : extra_rec($n - 1, 5, 6) + 1; }
function vari(int $n, int ...$r): int { return $n <= 0 ? array_sum($r) : vari($n - 1, $n, ...$r); }
function untyped_mix($a, int $n): string { return $n <= 0 ? json_encode($a) : untyped_mix([$a], $n - 1); }
function strict_fail(int $n, $v): int { return $n <= 0 ? 0 : strict_fail($n - 1, $v) + strict_fail2($v); }
function strict_fail2(int $v): int { return $v; }
function walk(int $n): int { $t = 0; for ($i = 0; $i < $n; $i++) { $t += walk($i); } return $t + 1; }
function cd(int $n): int { do { $n--; if ($n == 5) { return cd($n - 1) + 100; } } while ($n > 0); return $n; }
function cd2(int $n): int { do { $n = $n - 1; if ($n == 5) { return cd2(3) + 100; } } while ($n > 0); return $n; }
function loopstart(int $n, float $x): float { for ($i = 0; $i < $n; $i++) { $x = $x * 0.5 + $i; if ($i == 4) { $x += loopstart(2, 1.5); } } return $x; }
function fsum(float $x): float { $s = 0.0; for ($i = 0; $i < 3; $i++) { $s += $x; } return $x < 1 ? $s : $s + fsum($x / 2); }
function boolrec(bool $b, int $n): bool { return $n <= 0 ? $b : boolrec(!$b, $n - 1); }

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
    $r = 1;
    var_dump(coerce(1.5, 4), nullable(3, 5), refp($r, 3), $r, defs(4), defs(6, 2, "x"), named(4), spread(3, 0));
    var_dump(undef_rec(1, 2), extra_rec(3), vari(3), untyped_mix(1, 3), walk(6), cd(9), cd(3), cd2(9), loopstart(7, 2.0), fsum(10.0), boolrec(true, 5));
    try { var_dump(strict_fail(3, "12")); var_dump(strict_fail(2, "x")); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    echo fib(20) + fib(21), " ", fib(10) * 1.5, " ", -fib(9), "\n";
}
