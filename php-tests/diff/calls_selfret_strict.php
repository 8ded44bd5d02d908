<?php
declare(strict_types=1);
// Self-recursive calls with declared scalar return types under
// strict_types: int→float is the only coercion; wrong types throw.

function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function half(int $n): float { return $n <= 0 ? 1 : half($n - 1) * 1.5 + $n; }
function bad(int $n): int { if ($n <= 0) { return "7"; } return bad($n - 1) + 1; }
function badf(int $n): int { if ($n <= 0) { return 2.0; } return badf($n - 1) + 1; }
function maybe(int $n): ?int { return $n <= 0 ? null : (maybe($n - 1) ?? 100) + $n; }
function numy(int $n): int|float { return $n <= 0 ? 0.5 : numy($n - 1) * 2 + ($n % 2); }
function grow(int $n): int { return $n <= 0 ? PHP_INT_MAX - 2 : grow($n - 1) + 1; }

for ($k = 0; $k < 3; $k++) {
    var_dump(fib(16), half(5), maybe(3), numy(6));
    foreach (['bad', 'badf', 'grow'] as $f) {
        try { var_dump($f(3)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    }
}
