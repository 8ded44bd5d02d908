<?php
// Arithmetic on values read from properties, nbody's shape: objects out of
// an untyped array, so SSA cannot know the properties' types. The fast
// paths test DOUBLE first for such values (jit/internal/inline/likely.go)
// and forward a float property read straight into the next op's register;
// every other type, references, uninitialized and magic properties,
// objects of other classes at the same op, and types changing between
// iterations must still give the VM's results.

final class P
{
    public function __construct(public float $x, public float $y, public float $m) {}
}

class U
{
    public $x;
    public $y;
    public $m;
    public function __construct($x, $y, $m) { $this->x = $x; $this->y = $y; $this->m = $m; }
}

class Magic
{
    public function __get($n) { return $n === 'x' ? 1.5 : ($n === 'y' ? 2 : 0.5); }
}

class Half
{
    public float $x;
    public float $y = 1.0;
    public float $m = 2.0;
}

function show(string $label, $v) { echo str_pad($label, 34), ' '; var_dump($v); }
function err(Throwable $e): string { return get_class($e) . ': ' . $e->getMessage(); }

// nbody's inner loop, reduced: property reads feeding SUB/MUL/ADD/DIV,
// results into CVs, compound assignments, property updates.
function step(array $bodies, float $dt): array
{
    $out = [];
    $n = count($bodies);
    for ($i = 0; $i < $n; $i++) {
        $a = $bodies[$i];
        $ax = $a->x;
        $ay = $a->y;
        $am = $a->m;
        $acc = 0.0;
        for ($j = 0; $j < $n; $j++) {
            if ($j == $i) {
                continue;
            }
            $b = $bodies[$j];
            $dx = $ax - $b->x;
            $dy = $ay - $b->y;
            $d2 = $dx * $dx + $dy * $dy;
            $mag = $dt / ($d2 + 1);
            $bm = $b->m * $mag;
            $acc -= $dx * $bm;
            $acc += $b->m / $am;
            $acc += $b->x * $b->y;
            $acc = $acc + $b->y * 0.5;
        }
        $out[] = $acc;
    }
    return $out;
}

$sets = [
    'floats' => [new P(1.0, 2.0, 3.0), new P(-0.5, 4.25, 1.0), new P(1e300, -1e300, 0.5)],
    'ints' => [new U(1, 2, 3), new U(4, 5, 6), new U(-7, 8, 9)],
    'mixed' => [new U(1, 2.5, 3), new P(0.5, 1.0, 2.0), new U("3", " 4", 1.5), new U(null, false, true)],
    'overflow' => [new U(PHP_INT_MAX, PHP_INT_MIN, 1), new U(-1, 1, 2), new U(3037000500, 3037000500, 1)],
    'special' => [new P(NAN, INF, 2.0), new P(-INF, 0.0, 1.0), new U(-0.0, NAN, 2), new P(-0.0, -0.0, 0.5)],
    'strings' => [new U("1.5", "2", "x"), new U(1, 2, 3)],
    'magic' => [new Magic, new P(1.0, 2.0, 4.0), new Magic],
    'zero mass' => [new U(1, 2, 0), new P(1.0, 3.0, 0.0)],
    'arrays' => [new U([1], 2, 3), new U(1, 2, 3)],
];
// No try/catch in step(): SSA (and so the guesses) only exist without one.
function run_step(array $bodies, float $dt)
{
    try {
        return step($bodies, $dt);
    } catch (Throwable $e) {
        return err($e);
    }
}
foreach ($sets as $name => $bodies) {
    show($name, @run_step($bodies, 0.01));
}
// The same objects again: the run-time cache slots are warm now, and a
// float set after an int set goes through the same code.
foreach (['floats', 'ints', 'floats', 'mixed', 'floats'] as $name) {
    show("again $name", @run_step($sets[$name], 0.25));
}

// Uninitialized typed property: an Error at the read.
$h = new Half;
show('uninitialized', @run_step([$h, new P(1.0, 1.0, 1.0)], 0.01));
$h->x = 2.0;
show('initialized later', run_step([$h, new P(1.0, 1.0, 1.0)], 0.01));

// References to properties: typed and untyped.
$p = new P(1.0, 2.0, 3.0);
$r = &$p->x;
$r = 5.0;
$u = new U(1.0, 2.0, 3.0);
$s = &$u->y;
$s = 7;
show('references', run_step([$p, $u, new P(0.0, 0.0, 1.0)], 0.5));
unset($r, $s);

// A property whose type changes between iterations of the same loop.
function drift(int $n): array
{
    $o = new U(1.0, 1.0, 1.0);
    $out = [];
    for ($k = 0; $k < $n; $k++) {
        $o->x = match ($k % 5) { 0 => 1.5, 1 => 2, 2 => "3", 3 => null, 4 => -0.0 };
        $o->y = $k % 2 ? $k : $k + 0.5;
        $v = $o->x * 2.0;
        $w = $o->y - $o->x;
        $z = $o->x * $o->x;
        $q = $o->y / 2;
        $out[] = [$v, $w, $z, $q];
    }
    return $out;
}
echo json_encode(drift(12)), "\n";

// Divisions of property values: ints (exact and not), zero divisors.
function divs($o)
{
    try {
        return [$o->x / $o->y, $o->m / 2, 7 / $o->y];
    } catch (Throwable $e) {
        return err($e);
    }
}
foreach ([new U(6, 3, 5), new U(7, 2, 1.0), new U(1.0, 0, 1), new U(1, -0.0, 1), new P(1.0, 0.0, 1.0),
          new P(-3.0, 2.0, 1.0), new U(PHP_INT_MIN, -1, 0)] as $o) {
    show('divs ' . json_encode([$o->x, $o->y]), divs($o));
}

// Squares: x * x with one operand zval, every type.
function sq($o) { try { $t = $o->x; return $t * $t; } catch (Throwable $e) { return err($e); } }
foreach ([1.5, -0.0, NAN, 3, PHP_INT_MAX, 3037000500, "2", "2.5", "a", null, true, [1]] as $v) {
    show('square ' . @json_encode($v), @sq(new U($v, 0, 0)));
}

// Same op, objects of different classes (the cache slot's class changes).
function sumx(array $objs): float|int|string
{
    $s = 0.0;
    foreach ($objs as $o) {
        $s = $s + $o->x * 2.0;
    }
    return $s;
}
show('polymorphic', sumx([new P(1.0, 0, 0), new U(2, 0, 0), new P(3.5, 0, 0), new Magic, new U(0.25, 0, 0)]));
show('polymorphic ints', sumx([new U(1, 0, 0), new U(2, 0, 0)]));

// Compound assignments on float properties holding doubles: readonly ones
// (an Error), int|float ones, untyped ones, through references.
final class RO
{
    public function __construct(public readonly float $v, public int|float $w = 1.5, public $u = 0.5) {}
}
function bump(RO $o, float $d): array
{
    $o->w += $d;
    $o->u *= $d;
    $o->v += $d;
    return [$o->v, $o->w, $o->u];
}
function bump_try(RO $o, float $d)
{
    try {
        return bump($o, $d);
    } catch (Throwable $e) {
        return [err($e), $o->w, $o->u];
    }
}
show('readonly float +=', bump_try(new RO(1.0), 0.25));
$ro = new RO(2.0, 3);
show('int|float holding int', bump_try($ro, 0.5));
show('int|float now float', bump_try($ro, 0.5));
$ro2 = new RO(1.0);
$rw = &$ro2->w;
show('reference to int|float', bump_try($ro2, 2.0));
unset($rw);

// Type facts inside a block: after "$d = $x - 1.5" $d is a double on the
// native path, so the ops after it do not check it; references to $d,
// strings, exceptions and the VM re-entering mid-block must not matter.
function facts_body($x, bool $ref): array
{
    $other = 0;
    if ($ref) {
        $d = &$other;
    }
    $d = $x - 1.5;
    $e = $d * $d + $d;
    $s = sqrt($e + 1.0) * $d;
    $q = $s / $d;
    return [$d, $e, $s, $q, $other];
}
function facts(array $xs, bool $ref): array
{
    $out = [];
    foreach ($xs as $x) {
        try {
            $out[] = facts_body($x, $ref);
        } catch (Throwable $t) {
            $out[] = err($t);
        }
    }
    return $out;
}
$fx = [3, 1.5, "4", "2.5", -0.0, NAN, INF, true, null, PHP_INT_MAX, [1], "x", 1.5, 3];
echo json_encode(@facts($fx, false), JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
echo json_encode(@facts($fx, true), JSON_PARTIAL_OUTPUT_ON_ERROR), "\n";
function facts_loop(int $n, $start): array
{
    $a = $start;
    $acc = 0;
    for ($k = 0; $k < $n; $k++) {
        $a = $a * 0.5 + 1;
        $b = $a * $a;
        $acc = $acc + $b - $a;
        if ($k == 2) {
            $a = (int)$a; // an int again: the next iteration's MUL sees it
        }
    }
    return [$a, $b, $acc];
}
show('facts loop', facts_loop(6, 10));
show('facts loop string', facts_loop(4, "8"));

// Undefined variables and properties read into the same arithmetic.
function undef_reads(int $n): array
{
    $out = [];
    for ($k = 0; $k < $n; $k++) {
        $v = $u->x - 1.5;          // $u undefined: a warning, null
        $w = $v * $v;
        $o = new U(1.5, 2.5, 3.5);
        $z = $o->nope ?? 0.25;
        $out[] = [$v, $w, $z, $o->y * $w];
    }
    return $out;
}
echo json_encode(undef_reads(2)), "\n";
