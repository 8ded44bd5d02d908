<?php
// Increments of a counter SSA leaves LONG-or-DOUBLE (it may overflow) are
// LONG-only fast paths: a double, an overflow, null, a string and undefined
// go to the VM, and the compare after the increment relies on the LONG its
// native path leaves. Covers the overflow in the middle of a loop with the
// CV read after it by other ops, a float counter, references, globals and
// nested loops, pre/post, inc/dec, the result used and not.

function pixels(int $n, $start)
{
    $byte = 0;
    $bit = $start;
    $sum = 0;
    for ($x = 0; $x < $n; $x++) {
        $byte = ($byte << 1) | ($x & 1);
        $bit++;
        if ($bit === 8) {
            $sum = ($sum * 31 + $byte) & 0xFFFFFFF;
            $byte = 0;
            $bit = 0;
        }
        if ($bit === PHP_INT_MAX - 1) {
            $sum += 1000;
        }
    }
    return var_export([$sum, $bit, $byte], true);
}

function overflowing(int $n)
{
    $c = PHP_INT_MAX - 3;
    $d = PHP_INT_MIN + 3;
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $c++;
        $r = $c === PHP_INT_MAX;
        $d--;
        $s = $d === PHP_INT_MIN;
        $out[] = var_export([$c, $r, $c + 1, $d, $s, $d - 1], true);
    }
    return implode(',', $out);
}

function postpre(int $n, $start)
{
    $k = $start;
    $acc = [];
    for ($i = 0; $i < $n; $i++) {
        $a = $k++;
        $b = ++$k;
        $c = $k--;
        $d = --$k;
        $acc[] = var_export([$a, $b, $c, $d, $k === $d, $k < 3], true);
        if ($i === 2) {
            $k = 7.5; // a float in the middle
        }
        if ($i === 4) {
            $k = "9"; // a numeric string
        }
        if ($i === 6) {
            $k = null;
        }
    }
    return implode(',', $acc);
}

function byref(int $n)
{
    $bit = 0;
    $r = &$bit;
    $hits = 0;
    for ($x = 0; $x < $n; $x++) {
        $bit++;
        if ($bit === 3) {
            $hits++;
            $r = PHP_INT_MAX;
        }
    }
    return var_export([$bit, $hits], true);
}

function viaGlobal(int $n)
{
    global $g;
    $g = PHP_INT_MAX - 2;
    $seen = [];
    for ($x = 0; $x < $n; $x++) {
        $g++;
        $seen[] = var_export($g === PHP_INT_MAX, true) . gettype($g);
        bump();
    }
    return implode(' ', $seen);
}

function bump()
{
    global $g;
    if (is_int($g) && $g < PHP_INT_MAX - 1) {
        $g++;
    }
}

function nested(int $n, $start)
{
    $total = 0;
    $bit = $start;
    for ($y = 0; $y < $n; $y++) {
        for ($x = 0; $x < $n; $x++) {
            $f = 0.0;
            for ($i = 0; $i < 3; $i++) {
                $f = $f * 0.5 + 1.0;
            }
            $bit++;
            if ($bit === 5) {
                $total += (int)$f;
                $bit = 0;
            }
        }
        if ($bit !== 0) {
            $total += $bit;
        }
    }
    return var_export([$total, $bit], true);
}

function undef(int $n)
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        if ($i > 1) {
            $u++;
            $out[] = var_export($u === 1, true);
        }
        if ($i === 3) {
            unset($u);
        }
    }
    return implode(',', $out);
}

function floaty(int $n)
{
    $f = 0.25;
    $hits = 0;
    for ($i = 0; $i < $n; $i++) {
        $f++;
        if ($f === 3.25) {
            $hits++;
        }
        $j = $i;
        $j++;
        if ($j === 2) {
            $hits += 10;
        }
    }
    return var_export([$f, $hits], true);
}

function throwsOnInc(int $n)
{
    $o = [];
    $v = 1;
    for ($i = 0; $i < $n; $i++) {
        try {
            $v++;
            $o[] = var_export($v === 3, true);
        } catch (\Throwable $e) {
            $o[] = get_class($e);
        }
        if ($i === 1) {
            $v = [];
        }
    }
    return implode(',', $o);
}

// LONG facts after integer arithmetic: "$v = $a + $b" of two ints, then
// ops reading $v in the same block; the ADD overflowing into a float in the
// middle of the loop; bit ops and an assigned int literal before a compare.
function sums(int $n, int $base)
{
    $acc = 0;
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $x = $i * 3;
        $v = $x + $base;
        $w = $v & 7;
        $acc = $acc ^ ($v >> 1);
        $out[] = var_export([$v, $w, $v === $base, $v > 5], true);
        $m = $x | 1;
        $m -= 2;
        $z = 5;
        $out[] = ($m === 1 ? 'one' : 'no') . ($z === 5 ? 'five' : 'x') . ($m < $z ? 'lt' : 'ge');
    }
    return implode(' ', $out) . ' ' . var_export($acc, true);
}

function mulover(int $n, int $k)
{
    $out = [];
    for ($i = 1; $i <= $n; $i++) {
        $p = $k * $i;
        $q = $p - 1;
        $out[] = var_export([$p, $q, $q === 5, $p << 1], true);
    }
    return implode(',', $out);
}

for ($round = 0; $round < 3; $round++) {
    echo pixels(100, 0), "\n";
    echo pixels(20, PHP_INT_MAX - 10), "\n";
    echo pixels(20, 1.5), "\n";
    echo pixels(20, "3"), "\n";
    echo pixels(20, null), "\n";
    echo overflowing(6), "\n";
    echo postpre(9, 0), "\n";
    echo postpre(4, PHP_INT_MAX - 2), "\n";
    echo byref(8), "\n";
    echo viaGlobal(5), "\n";
    echo nested(6, 0), "\n";
    echo nested(3, PHP_INT_MAX - 4), "\n";
    echo undef(6), "\n";
    echo floaty(5), "\n";
    echo throwsOnInc(4), "\n";
    echo sums(6, 2), "\n";
    echo sums(4, PHP_INT_MAX - 4), "\n";
    echo mulover(4, 2), "\n";
    echo mulover(3, intdiv(PHP_INT_MAX, 2)), "\n";
}
