<?php
// Register allocation over a whole loop nest (one region for a loop and
// the loops in it), CVs first assigned inside the nest (UNDEF when it is
// entered: the assignment stores the type byte too), and the interrupt
// register. Every way out of the nest must see the VM's values.

// mandelbrot's shape: per-pixel resets of the inner loop's doubles.
function pixels(int $size, int $iter): string
{
    $limit = 4.0;
    $sum = 0;
    $inv = 2.0 / $size;
    for ($y = 0; $y < $size; $y++) {
        $ci = $y * $inv - 1.0;
        for ($x = 0; $x < $size; $x++) {
            $cr = $x * $inv - 1.5;
            $zr = 0.0;
            $zi = -0.0;
            $n = 0;
            for ($i = 0; $i < $iter; $i++) {
                $t = $zr * $zr - $zi * $zi + $cr;
                $zi = 2.0 * $zr * $zi + $ci;
                $zr = $t;
                if ($zr * $zr + $zi * $zi > $limit) {
                    break;
                }
                $n = $n + 1;
            }
            $sum = ($sum * 7 + $n) & 0xFFFFFF;
        }
    }
    return "$sum " . round($zr, 9) . " " . round($zi, 9) . " $i $x $y";
}

// A CV first assigned in the inner loop: UNDEF until then, and the VM
// (sprintf, an undefined variable warning) reads it on the way.
function first_assigned(int $n): string
{
    $out = '';
    for ($j = 0; $j < 3; $j++) {
        for ($i = 0; $i < $n; $i++) {
            if ($i == 2) {
                $late = 1.5 * $i;
                $count = $i + $j;
            }
        }
        $out .= sprintf("%s %s|", $late ?? 'none', $count ?? 'none');
    }
    return $out;
}

function undefined_until_later(int $n): string
{
    $out = '';
    for ($j = 0; $j < 2; $j++) {
        for ($i = 0; $i < $n; $i++) {
            $s = $i * 2;
        }
        $out .= isset($u) ? "set $u " : "unset ";
        $u = $s + 0.5;
    }
    return $out . $u;
}

// Leaving the nest from the inner loop: return, an exception, and a VM-run
// op (string concatenation) in the middle of the outer loop.
function leave_inner(int $n, int $at): string
{
    $log = '';
    try {
        for ($j = 0; $j < $n; $j++) {
            $a = $j * 1.5;
            $b = 0;
            for ($i = 0; $i < $n; $i++) {
                $a = $a + 0.25;
                $b = $b + $i;
                if ($i * $j == $at) {
                    throw new RuntimeException("at $i $j $a $b");
                }
                if ($i + $j == 2 * $n - 3) {
                    return "return $a $b $log";
                }
            }
            $log .= "$j:$a:$b ";
        }
    } catch (RuntimeException $e) {
        return $e->getMessage() . " / $log";
    }
    return "end $log";
}

// Many LONG CVs in the nest: not all fit; the inner loop's win.
function pressure(int $n): int
{
    $a = 1; $b = 2; $c = 3; $d = 4; $e = 5; $f = 6;
    for ($j = 0; $j < $n; $j++) {
        $a = ($a + $j) & 0xFFFF;
        $b = ($b ^ $a) & 0xFFFF;
        $c = ($c + $b) & 0xFFFF;
        for ($i = 0; $i < $n; $i++) {
            $d = ($d + $i) & 0xFFFF;
            $e = ($e ^ $d) & 0xFFFF;
            $f = ($f + $e + $c) & 0xFFFF;
        }
    }
    return $a + $b + $c + $d + $e + $f;
}

echo pixels(12, 30), "\n";
echo pixels(5, 200), "\n";
echo first_assigned(1), "\n", first_assigned(5), "\n";
echo undefined_until_later(3), "\n";
echo @undefined_until_later(0), "\n";
echo leave_inner(5, 6), "\n", leave_inner(5, 100), "\n", leave_inner(2, 100), "\n";
echo pressure(40), "\n";
echo undefined_until_later(0), "\n";
