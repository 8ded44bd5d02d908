<?php
// CVs SSA proves hold one integer ("$max = 50" never assigned again) read
// as literals by arithmetic and comparisons: either operand, each kind of
// op, values that make the op throw (a zero divisor, a negative shift) or
// overflow into a float, both operands such CVs, and a float on the other
// side.

function bounds(): string
{
    $max = 50;
    $step = 3;
    $neg = -7;
    $s = 0;
    for ($i = 0; $i < $max; $i++) {
        $s += $i * $step + ($max - $i) + ($i % $step) + ($neg & $i) + ($i << $step) - ($i >> 1);
        if ($max === $i + 10 || $i == $step || $neg > $i) {
            $s ^= $step;
        }
    }
    return var_export($s, true);
}

function overflowing(): string
{
    $big = PHP_INT_MAX;
    $min = PHP_INT_MIN;
    $out = [];
    for ($i = 0; $i < 3; $i++) {
        $out[] = $big + $i;
        $out[] = $min - $i;
        $out[] = $big * ($i + 1);
        $out[] = $i * $big;
    }
    return var_export($out, true);
}

function throwing(): string
{
    $zero = 0;
    $minus = -1;
    $out = '';
    for ($i = 1; $i < 4; $i++) {
        try {
            $out .= intdiv($i, 1) % $zero;
        } catch (DivisionByZeroError $e) {
            $out .= 'mod:' . $e->getMessage() . ';';
        }
        try {
            $out .= $i / $zero;
        } catch (DivisionByZeroError $e) {
            $out .= 'div:' . $e->getMessage() . ';';
        }
        try {
            $out .= $i << $minus;
        } catch (ArithmeticError $e) {
            $out .= 'shl:' . $e->getMessage() . ';';
        }
    }
    return $out;
}

function mixed_sides(float $f): string
{
    $n = 4;
    $m = 4;
    $acc = 0.0;
    for ($i = 0; $i < 10; $i++) {
        $acc += $f * $n + $n / 8 + ($n < $f ? 1 : 0) + ($n * $m) + ($n == $m ? 2 : 0);
        $f -= 0.5;
    }
    return var_export($acc, true);
}

function in_nest(int $size): string
{
    $limit = 7;
    $c = 0;
    for ($y = 0; $y < $size; $y++) {
        for ($x = 0; $x < $limit; $x++) {
            for ($k = 0; $k < $limit; $k++) {
                if ($k > $x) {
                    break;
                }
                $c += $limit - $k;
            }
        }
    }
    return var_export($c, true);
}

echo bounds(), "\n";
echo overflowing(), "\n";
echo throwing(), "\n";
echo mixed_sides(3.25), "\n";
echo in_nest(5), "\n";
