<?php
// ASSIGN $cv, TMP of refcounted values done natively
// (jit/internal/inline/lower_assign.go, assignTmp): the CV takes the TMP's
// reference and drops the old value's, unless that frees it (destructors
// run on the VM, in order), makes it a GC root, or the CV is a reference.

function show(string $label, $v) { echo str_pad($label, 30), ' '; var_dump($v); }

class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "  destruct {$this->name}\n"; }
}
function walk(array $objs): string {
    $s = '';
    $n = count($objs);
    for ($i = 0; $i < $n; $i++) {
        $o = $objs[$i];          // FETCH_DIM_R + ASSIGN of an object over the previous one
        $s .= $o->name;
    }
    return $s;
}
show('walk', walk([new D('a'), new D('b'), new D('a2')]));
echo "after walk\n";

function replace_last(): string {
    $o = new D('first');
    for ($i = 0; $i < 3; $i++) {
        $tmp = [new D("t$i")];
        $o = $tmp[0];            // the old object's last reference: its destructor runs here
        echo "  assigned t$i\n";
        unset($tmp);
    }
    return $o->name;
}
show('replace last ref', replace_last());

function arrays(array $rows): array {
    $out = [];
    for ($i = 0; $i < count($rows); $i++) {
        $r = $rows[$i];
        $r[] = $i;               // separation: the copy in the array stays
        $out[] = $r;
    }
    return [$out, $rows];
}
show('arrays', arrays([[1], [2, 3], [], ['x' => 'y']]));

function strings(array $ss): string {
    $acc = '';
    for ($i = 0; $i < count($ss); $i++) {
        $s = $ss[$i] . '!';      // a new string each time (refcount 1 TMP)
        $t = $ss[$i];            // interned or shared
        $acc .= $s . $t;
    }
    return $acc;
}
show('strings', strings(['a', str_repeat('b', 3), 'c' . mt_rand(0, 0)]));

function through_ref(array $objs): array {
    $x = null;
    $r = &$x;
    for ($i = 0; $i < count($objs); $i++) {
        $x = $objs[$i];          // the CV is a reference: the VM assigns through it
    }
    return [$x->name, $r->name];
}
show('through a reference', through_ref([new D('r1'), new D('r2')]));

function used_result(array $objs): array {
    $out = [];
    for ($i = 0; $i < count($objs); $i++) {
        $out[] = ($o = $objs[$i]);
        $p = ($q = $objs[$i]);
    }
    return [count($out), $o->name, $p->name, $q->name];
}
show('result used', used_result([new D('u1'), new D('u2')]));

function mixed_types(array $vals): array {
    $out = [];
    $v = new D('start');
    foreach ([0, 1, 2, 3, 4, 5, 6] as $i) {
        $v = $vals[$i];          // old values of every kind
        $out[] = is_object($v) ? $v->name : $v;
    }
    return $out;
}
show('mixed', mixed_types([1, 'str', [1, 2], 1.5, null, new D('m'), fopen('php://memory', 'r')]));

// Cycles: an object that may leak becomes a GC root on the VM.
function cycles(int $n): int {
    $last = null;
    for ($i = 0; $i < $n; $i++) {
        $a = new stdClass; $b = new stdClass; $a->b = $b; $b->a = $a;
        $arr = [$a];
        $last = $arr[0];
        unset($a, $b, $arr);
    }
    unset($last);
    return gc_collect_cycles();
}
show('cycles collected', cycles(50) > 0);
echo "end\n";
