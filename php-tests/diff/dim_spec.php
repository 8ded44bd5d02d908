<?php
// FETCH_DIM_R of a packed element forwarded as a guessed float into the
// arithmetic of "$sum += f() * $v[$j]" (spectral-norm), ASSIGN_DIM of a
// double into a packed array: every shape the guesses and checks must
// leave to the VM.

function w(int $i, int $j): float { return 1.0 / ($i + $j + 1); }

function dot(int $n, $v): float
{
    $sum = 0.0;
    for ($j = 0; $j < $n; $j++) {
        $sum += w(1, $j) * $v[$j];
    }
    return $sum;
}

function dot2(int $n, array $v, array $u): float
{
    $sum = 0.0;
    for ($j = 0; $j < $n; $j++) {
        $sum += $u[$j] * $v[$j];
        $sum -= 0.5 * $v[$j];
    }
    return $sum;
}

function mul(int $n, array $v): array
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $sum = 0.0;
        for ($j = 0; $j < $n; $j++) {
            $sum += w($i, $j) * $v[$j];
        }
        $out[$i] = $sum;
    }
    return $out;
}

function show($label, $x)
{
    echo $label, ': ';
    var_dump($x);
}

function tryit($label, $f)
{
    try {
        show($label, $f());
    } catch (\Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}

class AA implements ArrayAccess
{
    public function offsetExists($o): bool { return $o < 4; }
    public function offsetGet($o): mixed { echo "get $o\n"; return $o * 1.5; }
    public function offsetSet($o, $v): void {}
    public function offsetUnset($o): void {}
}

$floats = [1.5, -2.25, 0.0, -0.0, 3.0, 1e300, 7.75, 0.125];
tryit('floats', fn() => dot(8, $floats));
tryit('ints', fn() => dot(5, [1, 2, 3, 4, 5]));
tryit('mixed', fn() => dot(8, [1.5, 2, "3", "4.5", true, null, false, 2.5]));
tryit('numeric strings', fn() => dot(3, ["1e3", " 2", "0x1"]));
tryit('non-numeric', fn() => dot(3, [1.0, "abc", 2.0]));
tryit('array elem', fn() => dot(3, [1.0, [1], 2.0]));
tryit('object elem', fn() => dot(2, [1.0, new stdClass]));
tryit('nan inf', fn() => dot(4, [NAN, INF, -INF, 1.0]));
tryit('overflow', fn() => dot(3, [PHP_INT_MAX, PHP_INT_MAX, PHP_INT_MIN]));
tryit('short', fn() => dot(6, [1.0, 2.0, 3.0]));
$holes = [1.0, 2.0, 3.0, 4.0];
unset($holes[1]);
tryit('hole', fn() => dot(4, $holes));
tryit('hash', fn() => dot(3, [2 => 1.0, 0 => 2.0, 1 => 3.0]));
tryit('string keys', fn() => dot(2, ['a' => 1.0, 'b' => 2.0]));
tryit('negative', fn() => dot(2, [-1 => 5.0, 0 => 1.0, 1 => 2.0]));
tryit('string', fn() => dot(3, "123"));
tryit('string short', fn() => dot(4, "12"));
tryit('null', fn() => dot(2, null));
tryit('int', fn() => dot(2, 42));
tryit('ArrayAccess', fn() => dot(3, new AA));
$r = [1.0, 2.0, 3.0];
$ref = &$r[1];
$ref = 10.5;
tryit('reference elem', fn() => dot(3, $r));
$ref = 7;
tryit('reference int', fn() => dot(3, $r));
unset($ref);
$a = [0.5, 0.25, 0.125];
$b = $a;
tryit('shared', fn() => dot(3, $b));
$b[1] = 100.0;
show('cow a', $a);
show('cow b', $b);
tryit('dot2', fn() => dot2(4, [1.0, 2.0, 3.0, 4.0], [0.5, 1.5, 2, "3"]));
tryit('dot2 mixed', fn() => dot2(4, [1.0, 2, null, "4"], [0.5, 1.5, 2.0, 3.0]));
tryit('dot2 ints', fn() => dot2(3, [1, 2, 3], [4, 5, 6]));
tryit('dot2 overflow', fn() => dot2(2, [PHP_INT_MAX, 3], [2, PHP_INT_MIN]));
tryit('dot2 float int', fn() => dot2(3, [1, 2.5, 3], [4.5, 5, 6]));
tryit('dot2 short', fn() => dot2(4, [1.0, 2.0], [0.5, 1.5, 2.0, 3.0]));

// modified inside the loop
function grow(int $n): float
{
    $v = [1.0];
    $sum = 0.0;
    for ($j = 0; $j < $n; $j++) {
        $v[] = $j * 0.5;
        $sum += w(0, $j) * $v[$j];
        if ($j == 2) {
            $v[$j + 1] = "x";
        }
    }
    return $sum;
}
tryit('grow', fn() => grow(5));

$u = array_fill(0, 6, 1.0);
for ($k = 0; $k < 3; $k++) {
    $u = mul(6, $u);
}
printf("%.12f %.12f\n", $u[0], $u[5]);
show('mul', mul(3, [1.0, 2, "3"]));
show('mul empty', mul(0, []));
$keep = [2.0, 3.0, 4.0];
$copy = $keep;
$res = mul(3, $copy);
show('keep', $keep);
printf("%.12f\n", array_sum($res));

// an index computed into a register (a forwarded TMP)
function shifted(int $n, array $v, int $d): float
{
    $sum = 0.0;
    for ($j = 0; $j < $n; $j++) {
        $sum += $v[$j + $d] * 0.5;
        $sum += $v[$j * 2] * $sum;
    }
    return $sum;
}
foreach ([[3, 1], [3, -1], [4, 0], [2, PHP_INT_MAX]] as [$n, $d]) {
    tryit("shifted $n $d", fn() => shifted($n, [1.0, 2.5, -3.0, 4, 0.25, "6", 7.0, 8.0], $d));
}
