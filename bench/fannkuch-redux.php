<?php
// Fannkuch-redux: for every permutation of 1..n (generated in the usual
// count-vector order), repeatedly reverse the first p[0] elements until 1 is
// in front, counting the flips. The checksum adds the flip count of the even
// numbered permutations and subtracts that of the odd ones.

function fannkuch(int $n): array
{
    $perm1 = [];
    $count = [];
    for ($i = 0; $i < $n; $i++) {
        $perm1[$i] = $i;
        $count[$i] = 0;
    }
    $perm = $perm1;
    $maxFlips = 0;
    $checksum = 0;
    $permIndex = 0;
    $r = $n;
    while (true) {
        while ($r !== 1) {
            $count[$r - 1] = $r;
            $r--;
        }

        // Count the flips of this permutation.
        for ($i = 0; $i < $n; $i++) {
            $perm[$i] = $perm1[$i];
        }
        $flips = 0;
        $k = $perm[0];
        while ($k !== 0) {
            $lo = 0;
            $hi = $k;
            while ($lo < $hi) {
                $t = $perm[$lo];
                $perm[$lo] = $perm[$hi];
                $perm[$hi] = $t;
                $lo++;
                $hi--;
            }
            $flips++;
            $k = $perm[0];
        }
        if ($flips > $maxFlips) {
            $maxFlips = $flips;
        }
        $checksum += ($permIndex & 1) === 0 ? $flips : -$flips;

        // Next permutation: rotate prefixes until a counter is not exhausted.
        while (true) {
            if ($r === $n) {
                return [$checksum, $maxFlips];
            }
            $first = $perm1[0];
            for ($i = 0; $i < $r; $i++) {
                $perm1[$i] = $perm1[$i + 1];
            }
            $perm1[$r] = $first;
            $count[$r]--;
            if ($count[$r] > 0) {
                break;
            }
            $r++;
        }
        $permIndex++;
    }
}

$n = isset($argv[1]) ? (int)$argv[1] : 10;
[$checksum, $maxFlips] = fannkuch($n);
printf("%d\nPfannkuchen(%d) = %d\n", $checksum, $n, $maxFlips);
