<?php
// Arguments: untyped, typed, defaults (RECV_INIT entries), variadic.

function add($a, $b)
{
    return $a + $b;
}

function typed(int $a, float $b = 1.5): float
{
    return $a * $b;
}

function defaults($a, $b = 2, $c = 3)
{
    return $a + $b + $c;
}

function variadic($first, ...$rest)
{
    return $first + count($rest);
}

echo add(1, 2), " ", typed(3), " ", defaults(1), " ", defaults(1, 5), " ", variadic(1, 2, 3), "\n";
