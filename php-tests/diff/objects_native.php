<?php
// The property write fast paths of O>=2 (jit/internal/inline/lower_obj.go)
// on the cases they must leave to the VM: ASSIGN_OBJ_OP on typed (int,
// float, ?int, int|float, int|string), untyped, readonly, static, dynamic,
// magic and uninitialized properties, references to properties (typed ones
// too), int overflow in an int property (TypeError) and in an untyped one
// (float), division by zero, strings and null operands, and different
// classes at the same op (the run-time cache slot changes).

function show(string $label, $v) { echo str_pad($label, 34), ' '; var_dump($v); }

class P {
    public $u = 1;
    public int $i = 1;
    public float $f = 1.5;
    public ?int $ni = 2;
    public int|float $n = 3;
    public int|string $is = 4;
    public function __construct(public readonly int $ro = 5) {}
}
class Q extends P { public $extra = 0; }
class R { public $u = 2.5; public float $f = -0.0; public int $i = 10; }
class Magic {
    public int $declared = 1;
    private array $data = ['i' => 7, 'f' => 0.5];
    public function __get($n) { echo "  (__get $n)\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "  (__set $n)\n"; $this->data[$n] = $v; }
}
class Uninit { public int $i; public float $f; public $u; }
class St { public static $s = 1; public $u = 1; }

function err(Throwable $e): string { return get_class($e) . ': ' . $e->getMessage(); }

// One site per op and operand kind, run on many objects.
function add_all(array $objs, $v): array {
    $out = [];
    foreach ($objs as $o) {
        $r = [];
        try { $o->u += $v; $r[] = $o->u; } catch (Throwable $e) { $r[] = err($e); }
        try { $o->i += $v; $r[] = $o->i; } catch (Throwable $e) { $r[] = err($e); }
        try { $o->f += $v; $r[] = $o->f; } catch (Throwable $e) { $r[] = err($e); }
        $out[] = $r;
    }
    return $out;
}
function sub_mul_div(object $o, $v): array {
    $r = [];
    try { $o->f -= $v; $r[] = $o->f; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->f *= $v; $r[] = $o->f; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->f /= $v; $r[] = $o->f; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->i -= $v; $r[] = $o->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->i *= $v; $r[] = $o->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->i /= $v; $r[] = $o->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->u -= $v; $r[] = $o->u; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->u *= $v; $r[] = $o->u; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->u /= $v; $r[] = $o->u; } catch (Throwable $e) { $r[] = err($e); }
    return $r;
}
// Typed floats only: the inner loop of nbody, with a double and a long.
function kick(array $objs, float $dt, int $k): float {
    $s = 0.0;
    for ($n = 0; $n < 3; $n++) {
        foreach ($objs as $o) {
            $x = $dt * $n;
            $o->f += $x;
            $o->f -= $k;
            $o->f *= 1.0;
            $o->f /= 2;
            $s += $o->f;
        }
    }
    return $s;
}
// The result used: ASSIGN_OBJ_OP's value as an expression.
function used(object $o, $v): array {
    $a = ($o->f += $v);
    $b = ($o->u *= $v);
    $c = ($o->i -= $v);
    return [$a, $b, $c];
}
class Self_ {
    public float $x = 1.0; public $y = 2;
    public function step(float $d): array { $this->x += $d; $this->y *= $d; return [$this->x, $this->y]; }
}

echo "--- ASSIGN_OBJ_OP ---\n";
$vals = [1, 2.5, -0.0, 0, -1, PHP_INT_MAX, PHP_INT_MIN, NAN, INF, -INF, "3", "x", null, true, 1e300];
foreach ($vals as $v) {
    $objs = [new P, new Q, new R, new P, new R];
    show('add ' . var_export($v, true), @add_all($objs, $v));
}
foreach ($vals as $v) {
    show('sub/mul/div P ' . var_export($v, true), @sub_mul_div(new P, $v));
    show('sub/mul/div R ' . var_export($v, true), @sub_mul_div(new R, $v));
}
$p = new P;
$p->i = PHP_INT_MAX;
show('int prop overflow', add_all([$p], 1));
$p->u = PHP_INT_MAX;
show('untyped overflow', add_all([$p], 1));
$p->i = PHP_INT_MIN;
show('int prop underflow', sub_mul_div($p, 1));
show('int prop mul overflow', (function () { $p = new P; $p->i = PHP_INT_MAX; try { $p->i *= 2; } catch (Throwable $e) { return err($e); } return $p->i; })());
show('int prop += float', (function () { $p = new P; try { $p->i += 1.5; } catch (Throwable $e) { return err($e); } return $p->i; })());
show('int prop += 1.0', (function () { $p = new P; $p->i += 1.0; return $p->i; })());
show('?int / int|float / int|string', (function () {
    $p = new P; $r = [];
    foreach ([1, 2.5, PHP_INT_MAX] as $v) {
        foreach (['ni', 'n', 'is'] as $k) {
            try { $p->$k += $v; $r[] = $p->$k; } catch (Throwable $e) { $r[] = err($e); }
        }
    }
    $p->ni = null;
    try { $p->ni += 1; $r[] = $p->ni; } catch (Throwable $e) { $r[] = err($e); }
    return $r;
})());
function ro(P $p) { try { $p->ro += 1; } catch (Throwable $e) { return err($e); } return $p->ro; }
show('readonly', [ro(new P), ro(new P(7))]);
function refs(P $p) {
    $r = &$p->f;
    $p->f += 1.0;
    $r = 10.0;
    $p->f *= 2;
    $ri = &$p->i;
    try { $p->i += 0.5; } catch (Throwable $e) { echo err($e), "\n"; }
    $p->i += 1;
    $u = &$p->u;
    $p->u += 1.5;
    unset($r, $ri, $u);
    $p->f += 1.0;
    return [$p->f, $p->i, $p->u];
}
show('references to properties', refs(new P));
function typed_ref(P $p) {
    $r = &$p->i;
    try { $r += PHP_INT_MAX; } catch (Throwable $e) { echo err($e), "\n"; }
    try { $p->i += PHP_INT_MAX; } catch (Throwable $e) { echo err($e), "\n"; }
    return $p->i;
}
show('typed reference overflow', typed_ref(new P));
function uninit(Uninit $o) {
    $r = [];
    try { $o->i += 1; $r[] = $o->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->f += 1.0; $r[] = $o->f; } catch (Throwable $e) { $r[] = err($e); }
    $o->u += 1; $r[] = $o->u;
    return $r;
}
show('uninitialized', @uninit(new Uninit));
$un = new Uninit;
unset($un->u);
show('unset untyped', @uninit($un));
function magic(Magic $m) {
    $m->i += 1; $m->f *= 3.0;
    try { $m->declared += 2; } catch (Throwable $e) { echo err($e), "\n"; }
    try { $d = $m->declared; } catch (Throwable $e) { $d = err($e); }
    return [$m->i, $m->f, $d];
}
$m = new Magic;
show('magic', magic($m));
unset($m->declared);
show('magic, declared unset', magic($m));
function dyn(object $o) { $o->d += 1.5; $o->u += 1; return [$o->d, $o->u]; }
$sc = new stdClass; $sc->d = 1; $sc->u = 2.0;
show('dynamic', [dyn($sc), dyn($sc), @dyn(new St), dyn($sc)]);
show('static as instance', @dyn(new St));
function notobj($x) { try { $x->f += 1; } catch (Throwable $e) { return err($e); } return $x; }
show('not objects', [notobj(null), notobj(1), notobj("s"), notobj([1])]);
function undefcv() { try { $u->f += 1; } catch (Throwable $e) { return err($e); } }
show('undefined CV', @undefcv());
show('kick', kick([new P, new Q, new R, new P], 0.25, 3));
show('kick again', kick([new R, new P], -1.5, -7));
show('used', [used(new P, 2), used(new R, 2.5), used(new P, PHP_INT_MAX)]);
$sf = new Self_;
show('$this', [$sf->step(0.5), $sf->step(2.0), $sf->step(-0.0)]);
show('-0.0 + -0.0', (function () { $r = new R; $r->f += -0.0; return [$r->f, 1 / ($r->f ?: -INF)]; })());

echo "--- ASSIGN_OBJ ---\n";
class W {
    public $u = 1;
    public int $i = 1;
    public float $f = 1.5;
    public ?int $ni = 2;
    public bool $b = false;
    public false|int $fi = 0;
    public int|float $n = 3;
    public mixed $m = null;
    public $s = 'str';
    public $arr = [1];
    public function __construct(public readonly float $ro = 5.0) {}
}
class W2 extends W { public $more = 1; }
class WU { public int $i; public float $f; public $u; }
function set_all(object $o, $v): array {
    $r = [];
    foreach (['u', 'i', 'f', 'ni', 'b', 'fi', 'n', 'm', 's', 'arr'] as $k) {
        // A literal name: one ASSIGN_OBJ per property, with a variable name too.
        try { $o->$k = $v; $r[$k] = $o->$k; } catch (Throwable $e) { $r[$k] = err($e); }
    }
    try { $o->u = $v; $r[] = $o->u; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->i = $v; $r[] = $o->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->f = $v; $r[] = $o->f; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->ni = $v; $r[] = $o->ni; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->b = $v; $r[] = $o->b; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->fi = $v; $r[] = $o->fi; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->n = $v; $r[] = $o->n; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->m = $v; $r[] = $o->m; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->s = $v; $r[] = $o->s; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->arr = $v; $r[] = $o->arr; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->ro = $v; $r[] = $o->ro; } catch (Throwable $e) { $r[] = err($e); }
    try { $r[] = ($o->f = $v); $r[] = ($o->u = $v); } catch (Throwable $e) { $r[] = err($e); }
    return $r;
}
function lits(object $o): array {
    $r = [];
    try { $o->f = 2.5; $o->i = 7; $o->u = null; $o->b = true; $o->n = 1e100; $o->ni = null; $o->m = -0.0; }
    catch (Throwable $e) { $r[] = err($e); }
    try { $o->f = 3; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->i = 2.0; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->b = 0; } catch (Throwable $e) { $r[] = err($e); }
    try { $o->fi = false; $o->fi = 4; $o->fi = true; } catch (Throwable $e) { $r[] = err($e); }
    $r[] = [$o->f ?? 'unset', $o->i ?? 'unset', $o->u, $o->b ?? 'unset', $o->n ?? 'unset', $o->ni ?? 'unset', $o->m ?? 'unset', $o->fi ?? 'unset'];
    $r[] = ($o->u = 5) + ($o->f = 0.5);
    return $r;
}
function w_regs(array $ws, float $d): float {
    // Register CVs as the value: $x in an xmm, $k in a gpr.
    $x = 0.0; $k = 0;
    for ($n = 0; $n < 4; $n++) {
        $x += $d; $k += 3;
        foreach ($ws as $w) {
            try { $w->f = $x; $w->i = $k; $w->u = $x; $w->n = $k; } catch (Throwable $e) { echo err($e), "\n"; }
        }
    }
    $s = 0.0;
    foreach ($ws as $w) { $s += $w->f + $w->i + $w->u + $w->n; }
    return $s;
}
foreach ([1, 2.5, -0.0, NAN, INF, 0, PHP_INT_MAX, true, false, null, "3", "x", [1], new stdClass] as $v) {
    show('set W ' . @var_export($v, true), set_all(new W, $v));
    show('set W2 ' . @var_export($v, true), set_all(new W2, $v));
}
show('set uninitialized', set_all(new WU, 1.5));
show('literals W', lits(new W));
show('literals W2', lits(new W2));
show('literals WU', lits(new WU));
show('regs', w_regs([new W, new W2, new W], 0.75));
show('coercions', (function () { $w = new W; $w->f = 1; $w->i = "5"; return [$w->f, $w->i]; })());
function wref(W $w) {
    $r = &$w->f;
    $w->f = 2.0; $w->f = 3;
    $ri = &$w->i;
    try { $w->i = 1.5; } catch (Throwable $e) { echo err($e), "\n"; }
    $w->i = 9;
    $r2 = &$w->u; $w->u = 1.25;
    return [$r, $ri, $r2, $w->f, $w->i, $w->u];
}
show('references', wref(new W));
class Setter {
    public float $declared = 0.0;
    public function __set($n, $v) { echo "  (__set $n)\n"; }
    public function __get($n) { echo "  (__get $n)\n"; return 1; }
}
function setm(Setter $s) { $s->declared = 1.5; $s->x = 2.5; return $s->declared ?? null; }
$st = new Setter;
show('magic set', setm($st));
unset($st->declared);
show('magic set, declared unset', setm($st));
function destructs() {
    $w = new W;
    $w->u = new class { function __destruct() { echo "  (destructed)\n"; } };
    echo "  assigning\n";
    $w->u = 1.5;
    echo "  assigned\n";
    return $w->u;
}
show('old object released', destructs());
