<?php
// Register allocation (R digit, O>=3): loop CVs of one SSA type live in
// registers, TMPs go from one op to the next in a register. Every way in and
// out of such a loop must see the same values as the VM.

function int_loop(int $n): int
{
    $s = 0;
    $k = 3;
    for ($i = 0; $i < $n; $i++) {
        $s += $i * $k;
        $s -= $i >> 1;
        $k = $k ^ 5;
    }
    return $s;
}

function float_loop(int $n): float
{
    $x = 0.5;
    $y = -0.25;
    for ($i = 0; $i < $n; $i++) {
        $t = $x * $x - $y * $y + 0.125;
        $y = 2.0 * $x * $y - 0.5;
        $x = $t;
        if ($x * $x + $y * $y > 4.0) {
            $x = $x / 3.0;
            $y = -$y / 7.0;
        }
    }
    return $x + $y;
}

// Nested loops: the outer loop's registers are loaded again after the inner
// loop, which assigns the same CVs.
function nested(int $n): string
{
    $acc = 0;
    $f = 1.0;
    for ($i = 0; $i < $n; $i++) {
        $acc += $i;
        for ($j = 0; $j < $i; $j++) {
            $acc += $j * 2;
            $f = $f * 1.0001 + 0.5;
        }
        $acc -= 1;
        $f = $f / 2.0;
    }
    return "$acc " . round($f, 6);
}

// A VM-run op in the loop reads the CVs (compact, sprintf) from the zvals.
function vm_reads(int $n): string
{
    $out = '';
    $a = 1;
    $b = 2.5;
    for ($i = 0; $i < $n; $i++) {
        $a = $a * 3 % 1000;
        $b = $b + 0.5;
        $out .= json_encode(compact('a', 'b', 'i')) . sprintf("|%d %.1f", $a, $b);
    }
    return $out;
}

// Break and continue leave and re-enter the region in several places.
function breaks(int $n): int
{
    $s = 0;
    for ($i = 0; $i < $n; $i++) {
        if ($i % 3 === 0) {
            continue;
        }
        $s += $i;
        if ($s > 200) {
            break;
        }
    }
    return $s * 1000 + $i;
}

// The loop variable may overflow: inference says LONG|DOUBLE, nothing is kept
// in a register, and the VM's overflow to float still happens.
function overflow(int $start): string
{
    $x = $start;
    for ($i = 0; $i < 5; $i++) {
        $x = $x + 1;
    }
    return var_export($x, true);
}

// An exception thrown in the loop: the values at the throw are the VM's.
function throws(int $n): string
{
    $s = 0;
    $i = 0;
    try {
        for ($i = 0; $i < $n; $i++) {
            $s += intdiv(100, 5 - $i);
        }
    } catch (DivisionByZeroError $e) {
        return "caught at $i with $s";
    }
    return "no throw: $s";
}

function while_loop(float $limit): string
{
    $x = 1.0;
    $steps = 0;
    while ($x < $limit) {
        $x = $x * 1.5 + 0.25;
        $steps++;
    }
    return "$steps " . sprintf('%.6f', $x);
}

// -0.0, NAN and INF flowing through register values.
function specials(): string
{
    $out = [];
    $z = -0.0;
    $inf = INF;
    for ($i = 0; $i < 3; $i++) {
        $z = $z * 1.0;
        $inf = $inf - 1.0;
        $nan = $inf - $inf;
        $out[] = var_export($z, true) . ' ' . var_export($inf, true) . ' ' . var_export($nan == $nan, true)
            . ' ' . var_export($nan < 1.0, true) . ' ' . var_export((bool)$nan, true);
        if ($nan) {
            $out[] = 'nan is true';
        }
        if ($z) {
            $out[] = 'zero is true';
        }
    }
    return implode(',', $out);
}

function counting_down(int $n): int
{
    $p = 1;
    while ($n-- > 0) {
        $p = ($p * 7 + $n) & 0xffff;
    }
    return $p;
}

echo int_loop(1000), "\n";
echo float_loop(300), "\n";
echo nested(40), "\n";
echo vm_reads(4), "\n";
echo breaks(100), "\n";
echo overflow(PHP_INT_MAX - 2), "\n";
echo overflow(10), "\n";
echo throws(10), "\n";
echo while_loop(1e6), "\n";
echo specials(), "\n";
echo counting_down(100), "\n";

// A division by zero in a loop whose result goes to a register CV: the
// fallback must find the CV as it was.
function div_loop(float $x, float $d, array &$log): void
{
    for ($i = 0; $i < 5; $i++) {
        $x = $x / $d;
        $d = $d - 1.0;
        $log[] = "$x $d";
    }
}

function div_zero(): string
{
    $log = [];
    try {
        div_loop(8.0, 2.0, $log);
    } catch (DivisionByZeroError $e) {
        $log[] = 'caught ' . $e->getMessage() . ' at line ' . $e->getLine();
    }
    return implode(';', $log);
}

function inc_in_place(int $n): string
{
    $a = 0;
    $b = 10;
    $c = 0;
    for ($i = 0; $i < $n; ++$i) {
        ++$a;
        $c = --$b;
        $c += $a++;
    }
    return "$a $b $c";
}

echo div_zero(), "\n";
echo inc_in_place(50), "\n";
