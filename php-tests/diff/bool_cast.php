<?php
// Truth values and scalar casts, which have native fast paths at O>=2
// (jit/internal/inline/lower_bool.go): BOOL, BOOL_NOT, JMPZ_EX/JMPNZ_EX
// (&& and || whose value is used), CAST to int, float and bool, and
// RECV_INIT with a scalar default. Every value kind goes through every op
// in hot code, as CVs, TMPs and VARs: the kinds the fast paths handle
// (null, bools, ints, floats with -0.0, NAN, INF and the edges of the
// float to int conversion) and those they leave to the VM (strings,
// arrays, objects, undefined variables, refcounted old values of an
// assigned CV, missing typed arguments...).

function v($x) { return $x; } // hides values from the optimizer

// One line per value: ints as i:N, floats as f:<var_export>, T/F/N.
function fmt($v): string {
    if (is_float($v)) return 'f:' . var_export($v, true);
    if (is_int($v)) return 'i:' . $v;
    if (is_bool($v)) return $v ? 'T' : 'F';
    if ($v === null) return 'N';
    return gettype($v);
}
function line(string $label, array $vs): void {
    echo str_pad($label, 24), ' ', implode(' ', array_map('fmt', $vs)), "\n";
}

class Noisy {
    public function __construct(public string $name) {}
    public function __destruct() { echo "  (destruct {$this->name})\n"; }
}

$edges = [0, 1, -1, 2, PHP_INT_MAX, PHP_INT_MIN, 0.0, -0.0, 0.5, -0.5, 0.99, -1.5, 1.5, NAN, INF, -INF,
    1e19, -1e19, 9.2233720368547758E18, -9.2233720368547758E18, 9223372036854774784.0,
    -9223372036854774784.0, 1.8446744073709552E19, 2.7670116110564327E19, -2.7670116110564327E19,
    1e300, 4.9e-324, -4.9e-324, 4503599627370497.5, -4503599627370497.0, null, true, false];
$others = ["0", "", "1", "0.0", " 1", "12abc", "1e3", "abc", [], [0], new ArrayObject([])];

// --- every op on every value: CV operands, results into TMPs and CVs ----
function conversions($x): array {
    $not = !$x;
    $bool = (bool)$x;
    $int = (int)$x;
    $float = (float)$x;
    return [$not, $bool, $int, $float, intval($x), floatval($x), boolval($x), !!$x];
}
// VAR operands (call results) and TMP operands (results of other ops).
function conversions_tmp($x): array {
    return [!v($x), (bool)v($x), (int)v($x), (float)v($x), (int)($x ?? 0), !($x && true), (float)(int)v($x),
        (int)(float)v($x), (bool)(int)v($x)];
}
echo "--- conversions ---\n";
foreach ([...$edges, ...$others] as $k => $x) {
    for ($rep = 0; $rep < 3; $rep++) { $a = conversions($x); $b = conversions_tmp($x); } // hot
    line("#$k " . fmt($x), [...$a, ...$b]);
}

// --- loops: the fast paths run many times, types flip mid-loop ----------
function sums(array $vals): array {
    $ints = 0; $floats = 0.0; $trues = 0; $nots = 0; $both = 0; $either = 0; $prev = 0;
    foreach ($vals as $x) {
        $ints += (int)$x;
        $floats += (float)$x;
        $trues += (bool)$x;
        $nots += !$x;
        $and = $x && $prev;
        $or = $x || $prev;
        $both += $and;
        $either += $or;
        $prev = $x;
    }
    return [$ints, $floats, $trues, $nots, $both, $either];
}
echo "--- loops ---\n";
$nums = [];
for ($i = -50; $i < 50; $i++) { $nums[] = $i; $nums[] = $i / 4; $nums[] = $i % 3 == 0 ? null : ($i % 2 == 0); }
line('sums', sums($nums));
line('sums of edges', sums([0, 1, -0.0, 0.5, NAN, null, true, false, 2.5, -7]));
line('sums wrap', sums([PHP_INT_MAX, 1.5, PHP_INT_MIN, -2.5]));
function cast_loop(int $n): array {
    $acc = 0; $fac = 0.0; $y = 0; $z = 0.0; $t = false;
    for ($i = 0; $i < $n; $i++) {
        $y = (int)($i * 0.7);     // a CV result with opcache
        $z = (float)$y;
        $t = !$t;
        $acc += $y + (int)$t;
        $fac += $z / 3;
    }
    return [$acc, $fac, $y, $z, $t];
}
// Loop counters of one type (in registers with opcache) as operands.
function counter_ops(int $n): array {
    $zeros = 0; $fl = 0.0; $both = 0; $neg = 0; $x = 0.5;
    for ($i = -$n; $i < $n; $i++) {
        $zeros += !$i;
        $fl += (float)$i;
        $both += $i && $n;
        $neg += (int)($i < 0 || $x);
        $x = $x * 0.5;
        $fl += (int)($x * 1e6) + (bool)$x;
    }
    return [$zeros, $fl, $both, $neg, $x];
}
line('counter ops', counter_ops(40));
line('cast loop', cast_loop(1000));
line('cast loop 0', cast_loop(0));

// --- && and || with their values used, chained, in loop conditions -------
function logic($a, $b, $c): array {
    return [$a && $b, $a || $b, $a && $b && $c, $a || $b || $c, ($a && $b) || $c, ($a || $b) && $c,
        ($a and $b), ($a or $b), $a xor $b, !$a && !$b, !($a || $b)];
}
echo "--- logic ---\n";
$pick = [0, 1, -0.0, 0.1, NAN, null, true, false, "0", "a", [], PHP_INT_MIN];
foreach ($pick as $i => $a) {
    $out = '';
    foreach ($pick as $b) {
        foreach ([true, false] as $c) {
            $out .= implode('', array_map(fn($r) => $r ? '1' : '0', logic($a, $b, $c)));
        }
        $out .= ' ';
    }
    echo "#$i ", fmt($a), ": $out\n";
}
function loop_conditions(int $n, $flag): array {
    $i = 0; $j = 0; $k = 0;
    while ($i < $n && $flag) { $i++; }
    $more = true;
    do { $j++; $more = $j < $n; } while ($more || $flag === 7 && $j < 9); // || with its value as the test
    $go = $n;
    do { $k++; $go = $go > 0 ? $go - 1 : 0; } while ($go && $flag); // && of an int and a mixed flag
    $done = false; $m = 0;
    for (; !$done || $m < 2; $m++) { $done = $m >= $n; } // BOOL_NOT in the loop test
    return [$i, $j, $k, $m];
}
foreach ([[0, true], [5, true], [5, 1.5], [5, -0.0], [5, NAN], [5, null], [5, "x"], [3, 7]] as [$n, $f]) {
    line('loop conditions ' . $n . ' ' . fmt($f), loop_conditions($n, $f));
}

// --- undefined variables, strings, arrays, objects: the VM's warnings ---
function odd(): void {
    line('!undef (warns)', [!$u1]);
    line('(int)undef (warns)', [(int)$u2, (float)$u3, (bool)$u4]);
    line('undef && (warns)', [$u5 && true, $u6 || false]);
    $o = new ArrayObject([]);
    line('(int)object (warns)', [(int)$o]);
    line('(float)object (warns)', [(float)$o]);
    line('!object, (bool)object', [!$o, (bool)$o]);
    $r = fopen('php://memory', 'r');
    line('resource', [(int)$r > 0, (bool)$r, !$r]);
    fclose($r);
    $ref = 1.5; $alias = &$ref;
    line('reference', [(int)$ref, !$ref, $ref && 1, (float)$alias]);
}
echo "--- odd operands ---\n";
odd();

// --- assignments over refcounted values: destructors run where they did --
function overwrite(): void {
    $x = new Noisy('bool');
    echo "before\n";
    $x = !v(0);
    echo "after: ", fmt($x), "\n";
    $y = new Noisy('int');
    $y = (int)v(2.5);
    echo "after: ", fmt($y), "\n";
    $z = 'string ' . v('z');
    for ($i = 0; $i < 3; $i++) { $z = (float)$i; $w = (bool)$z; }
    echo "after: ", fmt($z), fmt($w), "\n";
    $n = new Noisy('and');
    $n = $i && v(new Noisy('temp'));
    echo "after: ", fmt($n), "\n";
}
echo "--- overwrite ---\n";
overwrite();

// --- default arguments ------------------------------------------------
const SEVEN = 7;
function defaults($a, $b = 2, $c = -1.5, $d = null, $e = true, $f = false, $g = -0.0, $h = PHP_INT_MIN,
                  $i = NAN, $s = 'str', $arr = [1], $k = SEVEN) {
    return [$a, $b, $c, $d, $e, $f, $g, $h, $i, $s, count($arr), $k];
}
function typed_defaults(int $a, int $b = 7, ?float $c = null, float $d = 1, bool $e = false, int|string $f = 5,
                        float $g = INF) {
    return [$a, $b, $c, $d, $e, $f, $g];
}
class WithDefaults {
    public function m($x, $y = 0.25, int $z = -3) { return [$x, $y, $z]; }
    public static function s($x = true, $y = null) { return [$x, $y]; }
}
echo "--- defaults ---\n";
for ($rep = 0; $rep < 3; $rep++) {
    $r = [defaults(1), defaults(1, 9), defaults(1, 9, 9), defaults(1, 9, 9, 9, 9, 9, 9, 9, 9, 9, [], 9),
        defaults(1, f: 'named'), defaults(1, k: 8, b: 3)];
}
foreach ($r as $row) { line('defaults', $row); }
for ($rep = 0; $rep < 3; $rep++) {
    $r = [typed_defaults(1), typed_defaults(1, 2), typed_defaults(1, 2, 3), typed_defaults(1, 2, 3.5, 4),
        typed_defaults(1, 2, null, 4, true, 'x', 1), typed_defaults(1, "8"), typed_defaults(1, e: 1),
        typed_defaults(1, g: 2)];
}
foreach ($r as $row) { line('typed defaults', $row); }
foreach (['typed_defaults(1, "x")' => fn() => typed_defaults(1, "x"),
          'typed_defaults(1, 2, [])' => fn() => typed_defaults(1, 2, []),
          'typed_defaults()' => fn() => typed_defaults()] as $what => $call) {
    try { $call(); } catch (TypeError|ArgumentCountError $e) { echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n"; }
}
$o = new WithDefaults();
for ($rep = 0; $rep < 3; $rep++) {
    $r = [$o->m(1), $o->m(1, 2), $o->m(1, 2, 3), WithDefaults::s(), WithDefaults::s(0), WithDefaults::s(0, 0)];
}
foreach ($r as $row) { line('method defaults', $row); }
$cl = function ($p = 1.5, $q = false) { return [$p, !$q, (int)$p]; };
line('closure defaults', [...$cl(), ...$cl(-0.0), ...$cl(NAN, 1)]);
$arrow = fn(int $n = 3, $m = null) => [$n, $m ?? 'null', (bool)$m];
line('arrow defaults', [...$arrow(), ...$arrow(0, 0.0)]);
