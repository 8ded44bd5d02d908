<?php
// The read fast paths of O>=2 (jit/internal/inline/lower_fetch.go) on the
// cases they must leave to the VM: FETCH_OBJ_R with run-time cache misses
// (another class at the same site), dynamic and magic properties,
// uninitialized typed properties, references and refcounted values;
// FETCH_DIM_R on lists with holes, hash tables, negative and missing
// indexes, strings, null; RECV with coercions, missing arguments and
// nullable and union types.

function show(string $label, $v) { echo str_pad($label, 34), ' '; var_dump($v); }

class Point {
    public $tag = 'p';
    public function __construct(public float $x = 0.0, public int $y = 0, public ?int $z = null) {}
    public function norm1(): float { return abs($this->x) + abs($this->y) + ($this->z ?? 0); }
}
class Point3 extends Point { public $extra = [1, 2]; }
class Magic {
    public int $declared = 1;
    public function __get($n) { echo "  (__get $n)\n"; return 42; }
}
class Typed { public int $uninit; public ?float $f = null; }

function read_props(array $objs): array {
    $out = [];
    foreach ($objs as $o) {
        $r = [];
        try { $r[] = $o->x; } catch (Error $e) { $r[] = get_class($e); }
        try { $r[] = $o->y; } catch (Error $e) { $r[] = get_class($e); }
        $r[] = @$o->z;
        $r[] = @$o->tag;
        $out[] = $r;
    }
    return $out;
}
echo "--- FETCH_OBJ_R ---\n";
$p = new Point(1.5, 2, 3);
$q = new Point3(-1.0, -2);
$d = new stdClass; $d->x = 10; $d->y = "str"; $d->tag = null;
$m = new Magic;
show('props', read_props([$p, $q, $p, $d, $m, $q, $p]));
show('norm1', [$p->norm1(), $q->norm1()]);
$p->x = 2.5; $p->y = PHP_INT_MAX; $p->z = null;
show('after writes', read_props([$p]));
$ref = &$p->y;
$ref = 7;
show('through a reference', read_props([$p]));
unset($ref);
$t = new Typed;
try { $v = $t->uninit; } catch (Error $e) { show('uninitialized typed', $e->getMessage()); }
show('nullable float', $t->f);
$t->f = 2.0;
show('nullable float set', $t->f);
unset($p->tag);
show('unset prop', @read_props([$p])[0]);
$n = null;
show('prop of null', @$n->x);
$s = "abc";
show('prop of string', @$s->x);
function sum_x(array $pts): float { $s = 0.0; foreach ($pts as $pt) { $s += $pt->x; } return $s; }
show('sum_x mixed classes', sum_x([$p, $q, $d, new Point(4.0), new Point3(5.0)]));

echo "--- FETCH_DIM_R ---\n";
function read_dims(array|string|null $a, array $keys): array {
    $out = [];
    foreach ($keys as $k) {
        try { $out[] = @$a[$k]; } catch (Error $e) { $out[] = get_class($e); }
    }
    return $out;
}
$list = [10, 2.5, null, true, "s", [1], PHP_INT_MAX];
$keys = [0, 1, 2, 3, 4, 5, 6, 7, -1, "1", 1.7, true, null, PHP_INT_MAX, PHP_INT_MIN];
show('list', read_dims($list, $keys));
show('missing key (warns)', $list[9]);
show('missing prop (warns)', $p->nope);
$holes = $list; unset($holes[1], $holes[3]);
show('list with holes', read_dims($holes, $keys));
$hash = ['a' => 1, 0 => 'zero', 5 => 5.5, '7' => 7];
show('hash', read_dims($hash, [0, 5, 7, 'a', 'b', 1]));
show('string', read_dims("hello", [0, 1, 4, 5, -1, -6]));
show('null', read_dims(null, [0, 1]));
$neg = [-5 => 'm5', -4 => 'm4'];
show('negative keys', read_dims($neg, [-5, -4, 0]));
function dot(array $a, array $b): float { $s = 0.0; $n = count($a); for ($i = 0; $i < $n; $i++) { $s += $a[$i] * $b[$i]; } return $s; }
show('dot', dot([1, 2.5, 3], [4.0, 5, -6]));
show('dot mixed', dot([1, "2", null, true], [1, 1, 1, 1]));
$grow = [];
for ($i = 0; $i < 20; $i++) { $grow[] = $i * 1.5; $last = $grow[$i]; }
show('grown list', [$last, $grow[19], $grow[0]]);
$byref = [1, 2, 3];
$r = &$byref[1];
$r = 20;
show('element through a reference', read_dims($byref, [0, 1, 2]));
unset($r);
$nested = [[1, 2], [3, [4, 5]]];
show('nested', [$nested[1][1][0], $nested[0][1]]);
$ro = [1, 2, 3]; // immutable (compile-time) array
show('immutable array', [$ro[0] + $ro[2], $ro[1]]);

echo "--- RECV ---\n";
function typed_args(int $i, float $f, ?int $n, int|string $u, bool $b = false): string {
    return var_export([$i, $f, $n, $u, $b], true);
}
foreach ([[1, 2.5, null, 3], [1, 2, 3, "x", true], ["5", "2.5", "7", 8.0], [1.0, 1, null, "9"],
          [true, false, 0, null], [PHP_INT_MAX, PHP_INT_MIN, PHP_INT_MAX, PHP_INT_MIN, 1]] as $args) {
    try {
        echo str_replace("\n", ' ', typed_args(...$args)), "\n";
    } catch (TypeError $e) {
        echo get_class($e), ': ', preg_replace('/, called in .*/', '', $e->getMessage()), "\n";
    }
}
try { typed_args(1); } catch (ArgumentCountError $e) { echo get_class($e), "\n"; }
try { @typed_args(1.5, 1, 1, 1); } catch (TypeError $e) { echo "deprecated fractional: ", get_class($e), "\n"; }
echo @typed_args(1.0, 1, 1, 1), "\n";
function count_up(int $n, int $step = 1): int { $s = 0; for ($i = 0; $i < $n; $i += $step) { $s += $i; } return $s; }
show('defaults', [count_up(10), count_up(10, 3), count_up("4")]);
function fwd(int ...$xs): int { return array_sum($xs); }
show('variadic', fwd(1, 2, 3));
function ref_arg(int &$x): void { $x++; }
$v = 5; ref_arg($v);
show('by-ref typed', $v);
