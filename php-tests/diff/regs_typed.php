<?php
// Register CVs first assigned inside a loop nested in another ("$zr = 0.0"
// per pixel): the region's entries check their type byte instead of the
// assignments storing it. Covers the first entry (the CVs undefined), a
// loop that runs zero times (the CVs still undefined after it), unset()
// in the middle, the CV read after the loops, by reference and by a
// function through a global, functions called many times, and the
// mandelbrot benchmark's function.

function pixels(int $w, int $h)
{
    $sum = 0.0;
    $count = 0;
    for ($y = 0; $y < $h; $y++) {
        for ($x = 0; $x < $w; $x++) {
            $zr = 0.0;
            $zi = 0.5;
            $k = 0;
            for ($i = 0; $i < 4; $i++) {
                $t = $zr * $zr - $zi * $zi + 0.25;
                $zi = 2.0 * $zr * $zi + 0.125;
                $zr = $t;
                $k = $k + 2;
            }
            $sum += $zr + $zi;
            $count += $k;
        }
    }
    return var_export([$sum, $count], true);
}

function zeroTrips(int $w, int $h)
{
    $out = [];
    for ($y = 0; $y < $h; $y++) {
        for ($x = 0; $x < $w; $x++) {
            $a = 1.5;
            $b = 3;
            $a = $a * 2.0;
            $b = $b + 1;
        }
        $out[] = isset($a) ? var_export([$a, $b], true) : 'unset';
    }
    return implode(',', $out);
}

function unsets(int $n)
{
    $out = [];
    for ($y = 0; $y < $n; $y++) {
        for ($x = 0; $x < 3; $x++) {
            $v = 2.5;
            $m = 4;
            $v = $v + $x;
            $m = $m * 2;
        }
        $out[] = var_export([$v, $m], true);
        if ($y === 1) {
            unset($v, $m);
        }
        $out[] = isset($v) ? 'set' : 'gone';
    }
    return implode(',', $out);
}

function afterLoop(int $w)
{
    for ($y = 0; $y < 2; $y++) {
        for ($x = 0; $x < $w; $x++) {
            $d = 1.25;
            $d = $d * 3.0;
        }
    }
    return $d ?? 'undefined';
}

function readUndefined(int $w)
{
    for ($y = 0; $y < 2; $y++) {
        for ($x = 0; $x < $w; $x++) {
            $d = 0.5;
            $d = $d + 1.0;
        }
        echo "row $y\n";
    }
    echo $d, "\n"; // a warning when the inner loop never ran
}

function grow(&$r)
{
    $r = 'a string';
}

function byRef(int $n)
{
    $out = [];
    for ($y = 0; $y < $n; $y++) {
        for ($x = 0; $x < 3; $x++) {
            $f = 1.0;
            $f = $f + $x;
        }
        $out[] = var_export($f, true);
        if ($y === 1) {
            grow($f);
            $out[] = $f;
        }
    }
    return implode(',', $out);
}

function viaGlobal(int $n)
{
    global $gz;
    $out = [];
    for ($y = 0; $y < $n; $y++) {
        for ($x = 0; $x < 3; $x++) {
            $gz = 0.5;
            $gz = $gz * 4.0;
        }
        touch_gz();
        $out[] = var_export($gz, true);
    }
    return implode(',', $out);
}

function touch_gz()
{
    global $gz;
    $gz = is_float($gz) ? $gz + 1 : 'x';
}

function small(int $n)
{
    $s = 0.0;
    for ($y = 0; $y < 2; $y++) {
        for ($x = 0; $x < $n; $x++) {
            $q = 0.25;
            $q = $q * $x;
            $s += $q;
        }
    }
    return $s;
}

function throwing(int $n)
{
    $out = [];
    for ($y = 0; $y < $n; $y++) {
        for ($x = 0; $x < 3; $x++) {
            $z = 2;
            $z = $z << $x;
            $w = intdiv(12, 3 - $x - $y + 2);
            $out[] = $z + $w;
        }
    }
    return implode(',', $out);
}

function mandelbrot_rows(int $size): array
{
    $maxIter = 50;
    $limit = 4.0;
    $inv = 2.0 / $size;
    $checksum = 0;
    $setPixels = 0;
    for ($y = 0; $y < $size; $y++) {
        $ci = $y * $inv - 1.0;
        $byte = 0;
        $bit = 0;
        for ($x = 0; $x < $size; $x++) {
            $cr = $x * $inv - 1.5;
            $zr = 0.0;
            $zi = 0.0;
            $tr = 0.0;
            $ti = 0.0;
            $inside = 1;
            for ($i = 0; $i < $maxIter; $i++) {
                $zi = 2.0 * $zr * $zi + $ci;
                $zr = $tr - $ti + $cr;
                $tr = $zr * $zr;
                $ti = $zi * $zi;
                if ($tr + $ti > $limit) {
                    $inside = 0;
                    break;
                }
            }
            $byte = ($byte << 1) | $inside;
            $setPixels += $inside;
            $bit++;
            if ($bit === 8) {
                $checksum = ($checksum * 31 + $byte) & 0xFFFFFFF;
                $byte = 0;
                $bit = 0;
            }
        }
        if ($bit !== 0) {
            $byte <<= (8 - $bit);
            $checksum = ($checksum * 31 + $byte) & 0xFFFFFFF;
        }
    }
    return [$checksum, $setPixels];
}

foreach ([0, 1, 7, 8, 13] as $n) {
    echo var_export(mandelbrot_rows($n), true), "\n";
}
echo pixels(5, 4), "\n";
echo pixels(0, 3), "\n";
echo zeroTrips(0, 2), "\n";
echo zeroTrips(3, 2), "\n";
echo unsets(4), "\n";
echo afterLoop(0), " ", afterLoop(2), "\n";
readUndefined(0);
readUndefined(1);
echo byRef(3), "\n";
echo viaGlobal(3), "\n";
$t = 0.0;
for ($c = 0; $c < 50; $c++) {
    $t += small($c % 4);
}
echo $t, "\n";
try {
    echo throwing(6), "\n";
} catch (\DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
