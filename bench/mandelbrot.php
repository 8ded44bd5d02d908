<?php
// Mandelbrot set over [-1.5, 0.5] x [-1, 1] on a size x size grid, 50
// iterations, escape radius 2. Pixels are packed 8 per byte, rows padded to a
// whole byte (the PBM P4 layout), but instead of writing the bitmap we fold
// every byte into a checksum and count the set pixels.

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

$size = isset($argv[1]) ? (int)$argv[1] : 1200;
[$checksum, $setPixels] = mandelbrot_rows($size);
printf("size %d\n", $size);
printf("set pixels %d\n", $setPixels);
printf("checksum %d\n", $checksum);
