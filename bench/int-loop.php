<?php
// A tight integer loop: arithmetic, bit operations and comparisons on local
// variables only, no calls, no arrays. Everything stays within 32 bits so the
// result never overflows to float. Prints a checksum.

function int_loop(int $n): int
{
    $acc = 0;
    $x = 12345;
    $odd = 0;
    $big = 0;
    for ($i = 0; $i < $n; $i++) {
        // xorshift step, kept to 32 bits
        $x ^= ($x << 13) & 0xFFFFFFFF;
        $x ^= $x >> 17;
        $x ^= ($x << 5) & 0xFFFFFFFF;
        $v = ($x & 0xFFFF) + $i;
        if ($v & 1) {
            $odd++;
            $acc += $v * 3 - ($i >> 2);
        } elseif ($v > 40000) {
            $big++;
            $acc -= $v % 7;
        } else {
            $acc ^= $v << 3;
        }
        if ($acc < 0) {
            $acc = -$acc;
        }
        $acc &= 0x3FFFFFFF;
    }
    return $acc * 1000003 % 2147483647 + $odd * 7 + $big;
}

$n = isset($argv[1]) ? (int)$argv[1] : 30000000;
printf("%d\n", int_loop($n));
