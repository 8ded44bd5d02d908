<?php
// Spectral norm of the infinite matrix A with a(i,j) = 1/((i+j)(i+j+1)/2+i+1),
// truncated to n x n, by 10 rounds of the power method on A'A.

function eval_a(int $i, int $j): float
{
    $s = $i + $j;
    return 1.0 / (($s * ($s + 1) >> 1) + $i + 1);
}

function mul_av(int $n, array $v): array
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $sum = 0.0;
        for ($j = 0; $j < $n; $j++) {
            $sum += eval_a($i, $j) * $v[$j];
        }
        $out[$i] = $sum;
    }
    return $out;
}

function mul_atv(int $n, array $v): array
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $sum = 0.0;
        for ($j = 0; $j < $n; $j++) {
            $sum += eval_a($j, $i) * $v[$j];
        }
        $out[$i] = $sum;
    }
    return $out;
}

function mul_atav(int $n, array $v): array
{
    return mul_atv($n, mul_av($n, $v));
}

$n = isset($argv[1]) ? (int)$argv[1] : 900;
$u = array_fill(0, $n, 1.0);
$v = [];
for ($k = 0; $k < 10; $k++) {
    $v = mul_atav($n, $u);
    $u = mul_atav($n, $v);
}
$vbv = 0.0;
$vv = 0.0;
for ($i = 0; $i < $n; $i++) {
    $vbv += $u[$i] * $v[$i];
    $vv += $v[$i] * $v[$i];
}
printf("%.9f\n", sqrt($vbv / $vv));
