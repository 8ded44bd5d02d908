<?php
// Naive doubly recursive Fibonacci: dominated by user function calls.

function fib(int $n): int
{
    if ($n < 2) {
        return $n;
    }
    return fib($n - 1) + fib($n - 2);
}

$n = isset($argv[1]) ? (int)$argv[1] : 38;
printf("fib(%d) = %d\n", $n, fib($n));
