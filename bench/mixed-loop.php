<?php
// A loop mixing int and float values: int counters feeding float
// accumulators, ints promoted to float by division and overflow, floats
// truncated back to int, and one variable that changes type on purpose
// (int -> float -> int, and briefly string/null/bool) every few iterations.

function mixed_loop(int $n): string
{
    $sumF = 0.0;      // always float
    $sumI = 0;        // always int
    $flip = 1;        // int, becomes float, becomes int again
    $m = 0;           // int or float depending on the branch
    $big = PHP_INT_MAX - 1000;
    $overflows = 0;
    for ($i = 1; $i <= $n; $i++) {
        $q = $i / 4;                  // int when divisible, float otherwise
        $sumF += $q * 0.5;
        $sumI += (int)($q * 3) ^ ($i & 255);
        if (($i & 3) === 0) {
            $flip = $flip * 1.5;      // now float
        } elseif (($i & 3) === 2) {
            $flip = (int)$flip % 1000 + 1; // back to int
        }
        $m = ($i % 3 === 0) ? $i * 2 : $i * 0.25;
        $sumF += $m;
        if ($i % 97 === 0) {
            $t = $big + ($i % 2000);  // int, or float when it overflows
            if (is_float($t)) {
                $overflows++;
            }
            $s = (string)($i % 1000);  // string numeric used in arithmetic
            $sumI += $s + 1;
            $z = ($i % 2 === 0) ? null : true;
            $sumI += (int)$z;
        }
        if ($sumF > 1.0e12) {
            $sumF -= 1.0e12;
        }
        $sumI &= 0xFFFFFFFFFF;
    }
    return sprintf("%.6f %d %s %d", $sumF, $sumI, is_float($flip) ? sprintf("%.4f", $flip) : (string)$flip, $overflows);
}

$n = isset($argv[1]) ? (int)$argv[1] : 20000000;
echo mixed_loop($n), "\n";
