<?php
// The engine's warm-up samples (engine/warm.go): small functions through
// the compiler's common paths, compiled into nothing on the CLI's preload
// thread before the process's first real compilation. Regenerate
// engine/warm/*.wire with `make warm-samples` after a change to the wire
// format (engine's TestWarmSamples fails until then).

final class GojitWarmPoint
{
    public float $x = 0.0;
    public int $n = 0;
}

function gojit_warm_ints(int $n): int
{
    $s = 0;
    $limit = 7;
    for ($i = 0; $i < $n; $i++) {
        $s = ($s + $i * 3) & 0xFFFF;
        if ($s % $limit === 0) {
            $s ^= $i << 2;
        }
    }
    return $s;
}

function gojit_warm_floats(float $x, GojitWarmPoint $p, int $n): float
{
    $sum = 0.0;
    for ($i = 0; $i < $n; $i++) {
        $v = $x * $i + 0.5;
        if ($v > 10.5) {
            $sum += sqrt($v) - $p->x;
        } else {
            $sum -= $v / 2;
        }
        $p->x += $sum * 0.5;
    }
    $p->n = $n;
    return $sum;
}

function gojit_warm_calls(int $n): int
{
    if ($n < 2) {
        return $n;
    }
    return gojit_warm_calls($n - 1) + gojit_warm_helper($n, 2);
}

function gojit_warm_helper(int $a, int $b): int
{
    return $a * $b % 7;
}

function gojit_warm_arrays(array $list, int $n): int
{
    $c = 0;
    for ($i = 0; $i < $n; $i++) {
        $e = $list[$i % 4];
        if ($e === null || is_string($e)) {
            $c++;
        } else {
            $list[$i & 3] = $c + $i;
        }
    }
    return $c;
}

echo gojit_warm_ints(100), ' ', gojit_warm_floats(1.5, new GojitWarmPoint(), 100), ' ',
    gojit_warm_calls(10), ' ', gojit_warm_arrays([1, null, 'x', 2], 100), "\n";
