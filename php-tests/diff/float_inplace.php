<?php
// Double arithmetic computed in place (the result CV's register as the
// destination, AVX three-operand forms, SSE two-address forms, operands read
// from their zvals, 2.0 * x as x + x): every operand order, the destination
// being either operand, -0.0, NAN, INF, ints converted, ints overflowing into
// floats, and literals of every kind in loops.

function show(string $what, float $v): void
{
    // The bits too, so that -0.0 and 0.0 differ (not for NaN: its sign
    // and payload are not something PHP promises).
    $bits = is_nan($v) ? 'nan' : bin2hex(pack('E', $v));
    echo $what, ' ', var_export($v, true), ' ', $bits, "\n";
}

// dst = x op y, dst = y op x, dst op= y, dst = y - dst, with both operands
// registers in a loop.
function orders(float $a, float $b, int $n): void
{
    $x = $a;
    $y = $b;
    $s = 0.0;
    $d = 0.0;
    $m = 1.0;
    for ($i = 0; $i < $n; $i++) {
        $s = $s + $x;      // dst is x
        $s = $y + $s;      // dst is y, commutative
        $d = $x - $d;      // dst is y, not commutative
        $d = $d - $y;      // dst is x
        $m = $m * $x;      // dst is x
        $m = $y * $m;      // dst is y
        $t = $x - $y;      // dst is neither
        $x = $t * 0.5;
        $y = $y - $t;
    }
    show("orders s", $s);
    show("orders d", $d);
    show("orders m", $m);
    show("orders x", $x);
    show("orders y", $y);
}

// 2.0 * x and x * 2.0 become x + x: the same for every x.
function twice(float $x, int $n): void
{
    $a = $x;
    $b = $x;
    $c = 0.0;
    for ($i = 0; $i < $n; $i++) {
        $a = 2.0 * $a;
        $b = $b * 2.0;
        $c = $c + 2.0 * $x;
    }
    show("twice a", $a);
    show("twice b", $b);
    show("twice c", $c);
}

// An int operand converted on the way, and ints that overflow into floats.
function mixed_ints(int $start, int $n): void
{
    $f = 0.5;
    $g = -0.0;
    for ($i = $start; $i < $start + $n; $i++) {
        $f = $f + $i;
        $g = $i * 2.0 - $g;
        $h = 2.0 * $i;
        $f = $f - $h / 4.0;
    }
    show("mixed f", $f);
    show("mixed g", $g);
    $big = PHP_INT_MAX - 2;
    $z = 0.0;
    for ($k = 0; $k < 5; $k++) {
        $big = $big + 1;          // overflows into a float at the third
        $z = $z + 1.5 * $k;
    }
    show("mixed z", $z);
    var_dump($big);
}

// Literals of every kind as either operand.
function literals(float $x, int $n): void
{
    $a = $x;
    $b = $x;
    $c = $x;
    $d = $x;
    for ($i = 0; $i < $n; $i++) {
        $a = $a * 0.0 + -0.0;
        $b = $b + -0.0 - 0.0;
        $c = 1e308 * $c * 10.0;
        $d = $d + 3 - 3.25 * 2 + INF - INF;
    }
    show("lit a", $a);
    show("lit b", $b);
    show("lit c", $c);
    show("lit d", $d);
    $e = 1.0;
    for ($i = 0; $i < $n; $i++) {
        $e = $e * -1.0;
        $e = 0.1 + $e;
        $e = 7 - $e;
        $e = $e / 3;
    }
    show("lit e", $e);
}

// ++/-- on doubles (in a register and not), results used or not, and
// double literals read from the constant pool: the same value many times,
// -0.0, NAN, in comparisons.
function incdec(float $x, int $n): void
{
    $f = $x;
    $g = $x;
    $h = 0.0;
    $k = 0.0;
    for ($i = 0; $i < $n; $i++) {
        $f++;
        --$g;
        $h = $f-- + ++$g;
        $k = $k + $g++ * 0.5 + -0.0 + 0.5 - 0.5;
        if ($k < 2.5 || $k == NAN) {
            $k = $k * 1.25 + 0.5;
        }
    }
    show("inc f", $f);
    show("inc g", $g);
    show("inc h", $h);
    show("inc k", $k);
    $d = $x;
    $d++;
    $e = $d--;
    show("inc d", $d);
    show("inc e", $e);
}

$specials = [0.0, -0.0, 1.0, -1.5, 1e300, -1e-310, INF, -INF, NAN];
foreach ($specials as $a) {
    foreach ([0.5, -0.0, INF, NAN, -3.0] as $b) {
        echo "-- ", var_export($a, true), " ", var_export($b, true), "\n";
        orders($a, $b, 3);
    }
    twice($a, 3);
    twice($a, 1100);
    literals($a, 3);
    incdec($a, 4);
}
mixed_ints(0, 10);
mixed_ints(PHP_INT_MAX - 4, 3);
mixed_ints(-5, 10);
