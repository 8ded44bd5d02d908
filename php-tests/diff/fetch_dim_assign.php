<?php
// "$cv = $arr[$i]" and "$cv = $obj->prop" fused into one fast path when the CV may hold a
// refcounted value (nbody's "$b = $bodies[$j]"): the old value loses a
// reference natively only when that frees nothing and makes no GC root.
// Destructors (the last reference), references in the CV, strings,
// arrays, cycles and every element type must behave as on the VM.

class D
{
    public function __construct(public string $n) {}
    public function __destruct() { echo "destruct {$this->n}\n"; }
}

function walk(array $list): array
{
    $out = [];
    $n = count($list);
    for ($j = 0; $j < $n; $j++) {
        $b = $list[$j];
        $out[] = is_object($b) ? get_class($b) : gettype($b);
    }
    return $out;
}

$objs = [new D('a'), new D('b'), new D('c')];
echo json_encode(walk($objs)), "\n";
echo json_encode(walk([1, 2.5, "s" . mt_rand(1, 1), [1, 2], null, true, new stdClass, $objs[0]])), "\n";

// The CV's old value held only by the CV: its destructor runs at the assignment.
function last_ref(): void
{
    $tmp = [new D('x'), new D('y'), new D('z')];
    $b = new D('only');
    for ($j = 0; $j < 3; $j++) {
        $b = $tmp[$j];
        echo "got {$b->n}\n";
        unset($tmp[$j]); // now $b holds the last reference
    }
    echo "loop done\n";
}
last_ref();

// A reference in the CV: the assignment writes through it.
function through_ref(array $list): array
{
    $target = 'init';
    $b = &$target;
    $seen = [];
    for ($j = 0; $j < count($list); $j++) {
        $b = $list[$j];
        $seen[] = $target;
    }
    return $seen;
}
echo json_encode(through_ref([1, 'two', [3]])), "\n";

// Cycles: old values that may become garbage (GC roots), then collected.
function cycles(int $n): int
{
    $list = [];
    for ($k = 0; $k < $n; $k++) {
        $o = new stdClass;
        $o->self = $o;
        $list[] = $o;
    }
    $c = 0;
    for ($j = 0; $j < $n; $j++) {
        $b = $list[$j];
        $c += $b->self === $b ? 1 : 0;
    }
    unset($list, $b, $o);
    return $c + gc_collect_cycles();
}
echo cycles(20), "\n";

// Strings and arrays, refcounted and interned, and holes / out of range.
function mixed_walk(array $list, int $n): string
{
    $s = '';
    for ($j = 0; $j < $n; $j++) {
        $b = @$list[$j];
        $s .= json_encode($b) . ',';
    }
    return $s;
}
echo mixed_walk(['x', str_repeat('y', 3), [1], ['k' => 2]], 6), "\n";
$holes = [0 => 'a', 2 => 'c'];
echo mixed_walk($holes, 3), "\n";
echo mixed_walk(['k' => 'v', 0 => 'zero'], 2), "\n";

// The same for property reads: "$v = $o->p" where $v held objects,
// strings, arrays, references, the last reference to an object.
class Box
{
    public $p;
    public function __construct($p) { $this->p = $p; }
}
function props(array $boxes): array
{
    $out = [];
    $v = new D('first');
    foreach ($boxes as $k => $o) {
        $v = $o->p;
        $out[] = is_object($v) ? get_class($v) : json_encode($v);
    }
    return $out;
}
echo json_encode(props([new Box(new D('p1')), new Box('str' . mt_rand(1, 1)), new Box([1, 2]), new Box(1.5),
    new Box(null), new Box(new D('p2')), new Box(new stdClass)])), "\n";
function props_ref(array $boxes): array
{
    $t = 'start';
    $v = &$t;
    $out = [];
    foreach ($boxes as $o) {
        $v = $o->p;
        $out[] = $t;
    }
    return $out;
}
echo json_encode(props_ref([new Box(1), new Box('two'), new Box([3])])), "\n";
function props_last(): void
{
    $boxes = [new Box(new D('q1')), new Box(new D('q2'))];
    $v = null;
    for ($k = 0; $k < 2; $k++) {
        $v = $boxes[$k]->p;
        $boxes[$k] = null; // $v holds the last reference now
        echo "read {$v->n}\n";
    }
    echo "props_last done\n";
}
props_last();
echo "end\n";
