<?php
// Arithmetic: int/float ops, overflow of + - * ++ -- to float at
// PHP_INT_MAX/MIN, intdiv, %, **, -0.0, NAN/INF comparisons and printing,
// int/float mixing, numeric strings, null/bool arithmetic, bitwise ops and
// shifts (negative shift throws ArithmeticError), comparisons across types.

function show(string $label, $v) { echo str_pad($label, 28), ' '; var_dump($v); }

// Values hidden behind a function so constant folding can't do the work.
function v($x) { return $x; }

$max = v(PHP_INT_MAX);
$min = v(PHP_INT_MIN);

echo "--- overflow ---\n";
show('max + 1', $max + 1);
show('max + 1.0', $max + 1.0);
show('min - 1', $min - 1);
show('max * 2', $max * 2);
show('min * -1', $min * -1);
show('-min', -$min);
show('max - -1', $max - -1);
show('min + max', $min + $max);
show('max * -1', $max * -1);
show('(max>>1) * 2', ($max >> 1) * 2);
show('3037000500 ** 2', v(3037000500) * v(3037000500));
show('3037000499 ** 2', v(3037000499) * v(3037000499));
$i = $max; $i++; show('max++', $i);
$i = $min; $i--; show('min--', $i);
$i = $max; ++$i; show('++max', $i);
$i = $min; --$i; show('--min', $i);
$i = $max - 1; $i++; show('(max-1)++', $i);
$i = $max; $i += 1; show('max += 1', $i);
$i = $min; $i -= 1; show('min -= 1', $i);
$i = $max; $i *= 3; show('max *= 3', $i);
$j = $max; $k = $j++; show('post-inc old value', $k);
// overflow inside a loop: the variable changes type mid-loop
$x = $max - 3;
$types = [];
for ($n = 0; $n < 6; $n++) {
    $x++;
    $types[] = gettype($x);
}
echo implode(',', $types), "\n";
$x = $min + 3;
$t = [];
for ($n = 0; $n < 6; $n++) {
    $x -= 1;
    $t[] = is_int($x) ? 'i' : 'f';
}
echo implode('', $t), "\n";

echo "--- division and modulo ---\n";
show('7 / 2', v(7) / 2);
show('6 / 2', v(6) / 2);
show('-7 / 2', v(-7) / 2);
show('7.0 / 2', v(7.0) / 2);
show('1 / 3', v(1) / 3);
show('min / -1', $min / -1);
show('intdiv(7, 2)', intdiv(v(7), 2));
show('intdiv(-7, 2)', intdiv(v(-7), 2));
show('intdiv(7, -2)', intdiv(v(7), -2));
show('intdiv(min, 1)', intdiv($min, 1));
show('7 % 3', v(7) % 3);
show('-7 % 3', v(-7) % 3);
show('7 % -3', v(7) % -3);
show('-7 % -3', v(-7) % -3);
show('7.9 % 3', @(v(7.9) % 3));
show('min % -1', $min % -1);
show('max % 2', $max % 2);
show('fmod(7.5, 2)', fmod(v(7.5), 2));
show('fmod(-7.5, 2)', fmod(v(-7.5), 2));
foreach ([[1, 0], [0, 0], [-5, 0], [5.5, 0.0]] as [$p, $q]) {
    foreach (['/' => fn($a, $b) => $a / $b, '%' => fn($a, $b) => $a % $b, 'intdiv' => fn($a, $b) => intdiv($a, $b)] as $op => $f) {
        try {
            show("$p $op $q", $f($p, $q));
        } catch (DivisionByZeroError $e) {
            echo str_pad("$p $op $q", 28), ' ', get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
try {
    intdiv($min, -1);
} catch (ArithmeticError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "--- powers ---\n";
show('2 ** 10', v(2) ** 10);
show('2 ** 62', v(2) ** 62);
show('2 ** 63', v(2) ** 63);
show('2 ** 64', v(2) ** 64);
show('-2 ** 63', -(v(2) ** 63));
show('(-2) ** 63', v(-2) ** 63);
show('2 ** -1', v(2) ** -1);
show('0 ** 0', v(0) ** 0);
show('(-8) ** (1/3)', v(-8) ** (1 / 3));
show('2.5 ** 2', v(2.5) ** 2);
show('10 ** 20', v(10) ** 20);
show('7 ** 22', v(7) ** 22);
show('3 ** 39', v(3) ** 39);
show('3 ** 40', v(3) ** 40);
show('pow("3", 2)', pow('3', 2));
$pw = 3; $pw **= 3; show('$pw **= 3', $pw);

echo "--- negative zero, NAN, INF ---\n";
$nz = v(-0.0);
show('-0.0', $nz);
show('0.0 * -1', v(0.0) * -1);
show('-0.0 == 0.0', $nz == 0.0);
show('-0.0 === 0.0', $nz === 0.0);
show('1 / -0.0 via fdiv', fdiv(1, $nz));
show('(string)-0.0', (string)$nz);
show('(int)-0.0', (int)$nz);
show('-0.0 <=> 0', $nz <=> 0);
printf("printf -0.0: %.1f %e %g\n", $nz, $nz, $nz);
$nan = v(NAN);
$inf = v(INF);
show('NAN', $nan);
show('-NAN', -$nan);
show('INF', $inf);
show('-INF', -$inf);
show('INF - INF', $inf - $inf);
show('INF * 0', $inf * 0);
show('NAN == NAN', $nan == $nan);
show('NAN === NAN', $nan === $nan);
show('NAN != NAN', $nan != $nan);
show('NAN < 1', $nan < 1);
show('NAN > 1', $nan > 1);
show('NAN <= 1', $nan <= 1);
show('NAN >= 1', $nan >= 1);
show('NAN <=> 1', $nan <=> 1);
show('1 <=> NAN', 1 <=> $nan);
show('NAN <=> NAN', $nan <=> $nan);
show('NAN == 0', $nan == 0);
show('NAN == true', $nan == true);
show('(bool)NAN', (bool)$nan);
show('INF > max', $inf > $max);
show('INF == INF', $inf == $inf);
show('-INF < min', -$inf < $min);
show('is_nan(sqrt(-1))', is_nan(sqrt(v(-1))));
show('(string)NAN', (string)$nan);
show('(string)-INF', (string)-$inf);
show('max(NAN, 1)', max($nan, 1));
show('max(1, NAN)', max(1, $nan));
show('min(INF, 5)', min($inf, 5));
show('(int)INF', (int)$inf);
show('(int)NAN', (int)$nan);
show('(int)1e19', (int)v(1e19));
show('(int)-1.9', (int)v(-1.9));
show('(int)"1e3"', (int)"1e3");
printf("printf NAN/INF: %f %f %.2e %d\n", $nan, -$inf, $inf, 3.99);
echo "echo: ", $nan, ' ', $inf, ' ', -$inf, ' ', 1e100, ' ', 0.1 + 0.2, ' ', 1/3, ' ', 1e15, ' ', 1e14 + 0.5, "\n";

echo "--- int/float mixing ---\n";
show('1 + 1.0', v(1) + 1.0);
show('0.1 + 0.2', v(0.1) + 0.2);
show('0.1 + 0.2 == 0.3', v(0.1) + 0.2 == 0.3);
show('10 - 0.5', v(10) - 0.5);
show('3 * 1.5', v(3) * 1.5);
show('2**53 + 1 (int)', v(2 ** 53) + 1);
show('2**53 + 1.0', v(2 ** 53) + 1.0);
show('max == (float)max', $max == (float)$max);
show('max < (float)max', $max < (float)$max);
show('max <=> 9.2233720368547758E18', $max <=> 9.2233720368547758E18);
show('1.0 === 1', v(1.0) === 1);
show('1.0 == 1', v(1.0) == 1);
show('round(2.5)', round(v(2.5)));
show('round(-2.5)', round(v(-2.5)));
show('floor(-0.5)', floor(v(-0.5)));
show('7 <=> 7.0', v(7) <=> 7.0);
$acc = 0;
for ($n = 1; $n <= 100; $n++) {
    $acc += ($n % 3 === 0) ? $n / 2 : $n; // int or float, acc changes type
}
show('mixed accumulate', $acc);

echo "--- numeric strings ---\n";
show('"10" + 5', "10" + v(5));
show('"1.5e3" + 1', "1.5e3" + v(1));
show('"0x1A" + 0 (warn)', @("0x1A" + v(0)));
show('" 12" + 1', " 12" + v(1));
show('"12 " + 1', "12 " + v(1));
show('"-7" * "3"', v("-7") * "3");
show('"2" ** "3"', v("2") ** "3");
show('"9" % "4"', v("9") % "4");
show('"10" / "4"', v("10") / "4");
show('"abc" == 0', v("abc") == 0);
show('"1" == "01"', v("1") == "01");
show('"10" == "1e1"', v("10") == "1e1");
show('100 == "1e2"', v(100) == "1e2");
show('"abc" <=> "abd"', v("abc") <=> "abd");
show('"10" < "9"', v("10") < "9");
show('"10" < "9a"', v("10") < "9a");
show('null == false', v(null) == false);
show('"" == null', v("") == null);
show('"0" == false', v("0") == false);
show('[] == false', v([]) == false);
show('"1.0" === "1"', v("1.0") === "1");
show('is_numeric("1e5")', is_numeric("1e5"));
show('is_numeric(" 5")', is_numeric(" 5"));
show('is_numeric("5 ")', is_numeric("5 "));
show('"9223372036854775807" + 1', v("9223372036854775807") + 1);
show('"9223372036854775808" + 0', v("9223372036854775808") + 0);
$str = "5";
$str++;
show('"5"++', $str);
$str = "a9";
$str++;
show('"a9"++', $str);
$str = "Zz";
$str++;
show('"Zz"++', $str);
$str = "1.5";
$str++;
show('"1.5"++', $str);
try {
    $r = "5 apples" + 1;
    show('"5 apples" + 1', $r);
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
show('(int)"12abc"', (int)"12abc");

echo "--- null and bool ---\n";
show('null + 1', v(null) + 1);
show('true + true', v(true) + true);
show('false - 1', v(false) - 1);
show('true * 2.5', v(true) * 2.5);
show('null * 3', v(null) * 3);
show('-null', -v(null));
show('true / 2', v(true) / 2);
show('null . "x"', v(null) . "x");
show('true . ""', v(true) . "");
show('false . ""', v(false) . "");
$nn = null; $nn++; show('null++', $nn);
$nn = null; $nn--; show('null--', $nn);
$bb = true; $bb++; show('true++', $bb);
show('null <=> false', v(null) <=> false);
show('true <=> 2', v(true) <=> 2);
show('null < -1', v(null) < -1);
show('null == 0', v(null) == 0);
show('null === 0', v(null) === 0);

echo "--- bitwise and shifts ---\n";
show('6 & 3', v(6) & 3);
show('6 | 3', v(6) | 3);
show('6 ^ 3', v(6) ^ 3);
show('~6', ~v(6));
show('~0', ~v(0));
show('-1 & max', v(-1) & $max);
show('min | 1', $min | 1);
show('1 << 62', v(1) << 62);
show('1 << 63', v(1) << 63);
show('1 << 64', v(1) << 64);
show('1 << 100', v(1) << 100);
show('-8 >> 1', v(-8) >> 1);
show('-1 >> 63', v(-1) >> 63);
show('-1 >> 64', v(-1) >> 64);
show('max >> 62', $max >> 62);
show('max >> 64', $max >> 64);
show('min >> 63', $min >> 63);
show('3 << 61', v(3) << 61);
show('"12" & "10" (string)', v("12") & "10");
show('12 & "10"', v(12) & "10");
show('"a" ^ "b" (string)', bin2hex(v("a") ^ "b"));
show('5.9 | 0', @(v(5.9) | 0));
show('true << 3', v(true) << 3);
show('null | 4', v(null) | 4);
foreach ([-1, -64, PHP_INT_MIN] as $sh) {
    foreach (['<<' => fn($a, $b) => $a << $b, '>>' => fn($a, $b) => $a >> $b] as $op => $f) {
        try {
            show("1 $op $sh", $f(1, $sh));
        } catch (ArithmeticError $e) {
            echo str_pad("1 $op $sh", 28), ' ', get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
$bits = 0;
for ($n = 0; $n < 64; $n++) {
    $bits ^= (1 << $n) >> ($n & 7);
}
show('shift loop', $bits);
$pop = 0;
for ($w = v(0x5555555555555555); $w !== 0; $w &= $w - 1) {
    $pop++;
}
show('popcount', $pop);

echo "--- comparisons across types ---\n";
$vals = [0, 1, -1, 1.5, 0.0, -0.0, '', '0', '1', 'a', '1e1', '10', ' 1', null, true, false, [], [0], NAN, INF];
$rows = [];
foreach ($vals as $a) {
    $row = '';
    foreach ($vals as $b) {
        $c = $a <=> $b;
        $row .= ($c < 0 ? '<' : ($c > 0 ? '>' : '=')) . ($a == $b ? 'e' : '.') . ($a === $b ? 'I' : '.') . ($a < $b ? 'l' : '.') . ' ';
    }
    $rows[] = str_pad(var_export($a, true) === "array (\n)" ? '[]' : (is_array($a) ? '[0]' : var_export($a, true)), 6) . ' ' . $row;
}
echo implode("\n", $rows), "\n";
$sorted = [3, '10', 2.5, '2', true, 1];
sort($sorted);
var_dump($sorted);
show('"abc" < "abcd"', v("abc") < "abcd");
show('[1,2] == [2=>1]', v([1, 2]) == [2 => 1]);
show('[1,2] <=> [1,3]', v([1, 2]) <=> [1, 3]);
show('[1,2,3] > [9,9]', v([1, 2, 3]) > [9, 9]);
show('"1" + "1" === 2', v("1") + "1" === 2);
show('spaceship chain', [v(1) <=> 2, v(2) <=> 2, v(3) <=> 2, v('b') <=> 'a']);

echo "--- misc ---\n";
show('abs(min)', abs($min));
show('-max - 1 === min', -$max - 1 === $min);
show('max + 1 == max + 1.0', $max + 1 == $max + 1.0);
show('number_format', number_format(1234567.891, 2));
show('sprintf %b %o %x %X', sprintf('%b %o %x %X', 255, 255, 255, -1));
show('sprintf %05.1f %+d %e', sprintf('%05.1f %+d %e', 3.14159, 42, 12345.678));
show('round(1.955, 2)', round(1.955, 2));
show('0.1 * 3', 0.1 * 3);
show('1e308 * 10', v(1e308) * 10);
show('5e-324 / 2', v(5e-324) / 2);
show('PHP_FLOAT_EPSILON', PHP_FLOAT_EPSILON);
show('sqrt(2)', sqrt(v(2)));
show('intval(" 42 ")', intval(" 42 "));
show('(float)"1e-7"', (float)"1e-7");
show('(0.1 + 0.7) * 10', (v(0.1) + 0.7) * 10);
show('(int)((0.1+0.7)*10)', (int)((v(0.1) + 0.7) * 10));

echo "--- operator matrix ---\n";
// Every binary operator over every pair of a set of values, in one hot
// function (called ~500 times), so the same opcodes see many type
// combinations. Errors are printed as the exception class; @ hides the
// deprecation/warning notices that some combinations raise.
function fmt($v): string
{
    if (is_float($v)) {
        return is_nan($v) ? 'NAN' : (is_infinite($v) ? ($v > 0 ? 'INF' : '-INF') : var_export($v, true));
    }
    return is_string($v) ? '"' . addcslashes($v, "\0..\37\"\\\177..\377") . '"' : var_export($v, true);
}

function binops($a, $b): string
{
    $r = [];
    try { $r[] = fmt(@($a + $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a - $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a * $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a / $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a % $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@intdiv($a, $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a ** $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a << $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a >> $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a & $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a | $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@($a ^ $b)); } catch (Throwable $e) { $r[] = get_class($e); }
    $r[] = fmt($a <=> $b);
    $r[] = ($a == $b ? 'T' : 'F') . ($a === $b ? 'T' : 'F') . ($a != $b ? 'T' : 'F') . ($a < $b ? 'T' : 'F') . ($a <= $b ? 'T' : 'F') . ($a > $b ? 'T' : 'F') . ($a >= $b ? 'T' : 'F');
    $r[] = fmt($a . '|' . $b);
    $c = $a;
    try { $c += $b; $r[] = fmt($c); } catch (Throwable $e) { $r[] = get_class($e); }
    $c = $a;
    try { $c *= $b; $r[] = fmt($c); } catch (Throwable $e) { $r[] = get_class($e); }
    return implode(' ', $r);
}

function unops($a): string
{
    $r = [];
    try { $r[] = fmt(-$a); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(+$a); } catch (Throwable $e) { $r[] = get_class($e); }
    try { $r[] = fmt(@~$a); } catch (Throwable $e) { $r[] = get_class($e); }
    $r[] = fmt(!$a);
    $r[] = fmt((int)$a) . ',' . fmt((float)$a) . ',' . fmt((string)$a) . ',' . fmt((bool)$a);
    $c = $a; $c++; $r[] = fmt($c);
    $c = $a; $c--; $r[] = fmt($c);
    $c = $a; $r[] = fmt(++$c) . '/' . fmt($c);
    $c = $a; $r[] = fmt($c--) . '/' . fmt($c);
    return implode(' ', $r);
}

$values = [0, 1, -1, 7, -7, 3, 64, PHP_INT_MAX, PHP_INT_MIN, 2 ** 32, 0.0, -0.0, 1.5, -2.5, 1e300, INF, -INF, NAN, '12', '1.5', ' 3', '-0', null, true, false];
foreach ($values as $a) {
    echo str_pad(fmt($a), 22), ' ', unops($a), "\n";
}
foreach ($values as $a) {
    foreach ($values as $b) {
        echo fmt($a), ' ? ', fmt($b), ': ', binops($a, $b), "\n";
    }
}
