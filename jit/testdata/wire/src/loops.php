<?php
// Loops over ints and floats (interesting SSA types and ranges), and a
// function with try/catch (no SSA).

function sum_ints(int $n): int
{
    $s = 0;
    for ($i = 0; $i < $n; $i++) {
        $s += $i;
    }
    return $s;
}

function mix($n)
{
    $f = 0.0;
    $k = 1;
    while ($k <= $n) {
        $f += $k / 2;
        $k++;
    }
    return $f;
}

function guarded($x)
{
    try {
        return intdiv(100, $x);
    } catch (\DivisionByZeroError $e) {
        return -1;
    }
}

echo sum_ints(10), " ", mix(5), " ", guarded(0), " ", guarded(7), "\n";
