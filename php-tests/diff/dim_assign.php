<?php
// ASSIGN_DIM "$a[$k] = $y" on packed arrays: appends at nNumUsed, writes in
// place, and everything the fast path leaves to the VM (shared arrays,
// immutable literals, holes, growth, references, refcounted old values,
// non-scalar values, other containers).

function fill(int $n, $y)
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out[$i] = $y;
    }
    return $out;
}

function put(&$a, $k, $y)
{
    $a[$k] = $y;
}

function putv($a, $k, $y)
{
    for ($j = 0; $j < 3; $j++) {
        $a[$k] = $y;
    }
    return $a;
}

function dump($label, $x)
{
    echo $label, ': ';
    var_dump($x);
}

function tryit($label, $f)
{
    try {
        dump($label, $f());
    } catch (\Throwable $e) {
        echo $label, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}

class AA implements ArrayAccess
{
    public $log = [];
    public function offsetExists($o): bool { return true; }
    public function offsetGet($o): mixed { return null; }
    public function offsetSet($o, $v): void { $this->log[] = [$o, $v]; }
    public function offsetUnset($o): void {}
}

foreach ([1.5, -0.0, NAN, INF, 7, PHP_INT_MIN, null, true, false, "s", [1], 2.5] as $y) {
    tryit('fill ' . gettype($y), fn() => fill(10, $y));
}
$big = fill(100, 0.5); // grows past the first capacity
dump('big', [count($big), array_sum($big), array_key_last($big)]);
$big[] = 1.0;
dump('big next', array_key_last($big));

// copy-on-write
$a = [1.0, 2.0, 3.0];
$b = $a;
$c = putv($b, 1, 9.5);
dump('cow a', $a);
dump('cow b', $b);
dump('cow c', $c);
$c2 = putv($b, 3, 4.5);
dump('append copy', $c2);
dump('b after', $b);

// in place, through a reference parameter
$r = [1, 2, 3];
for ($i = 0; $i < 5; $i++) {
    put($r, $i, $i * 1.5);
}
dump('ref param', $r);
$r2 = [1, 2, 3];
$alias = &$r2;
for ($i = 0; $i < 4; $i++) {
    $r2[$i] = $i + 0.25;
}
dump('alias', $alias);
unset($alias);

// references to elements
$e = [1.0, 2.0, 3.0];
$er = &$e[1];
for ($i = 0; $i < 3; $i++) {
    $e[$i] = $i * 10;
}
dump('elem ref', $e);
dump('er', $er);
unset($er);

// refcounted old values
$s = ["a" . mt_rand(0, 0), [1], new stdClass, 4.0];
for ($i = 0; $i < 5; $i++) {
    $s[$i] = $i;
}
dump('counted old', $s);

// holes and past the end
$h = [1.0, 2.0, 3.0, 4.0];
unset($h[1]);
for ($i = 0; $i < 4; $i++) {
    $h[$i] = -$i;
}
dump('hole', $h);
$t = [1.0, 2.0, 3.0, 4.0];
unset($t[3]);
for ($i = 3; $i < 5; $i++) {
    $t[$i] = $i;
}
$t[] = 'next';
dump('unset last', $t);
$p = [0.0];
for ($i = 2; $i < 8; $i += 2) {
    $p[$i] = $i;
}
$p[] = 'next';
dump('gaps', $p);
$n = [1.0, 2.0];
for ($i = -2; $i < 0; $i++) {
    $n[$i] = $i;
}
dump('negative', $n);

// keys that are not ints
$k = [1.0, 2.0, 3.0];
foreach (["1", "x", 1.7, true, null, "2"] as $key) {
    tryit('key ' . var_export($key, true), function () use ($k, $key) {
        for ($i = 0; $i < 2; $i++) {
            $k[$key] = $i + 0.5;
        }
        return $k;
    });
}

// hash tables and other containers
$hash = ['a' => 1.0, 'b' => 2.0];
for ($i = 0; $i < 3; $i++) {
    $hash[$i] = $i * 1.0;
}
dump('hash', $hash);
$rev = [2 => 1.0, 1 => 2.0, 0 => 3.0];
for ($i = 0; $i < 4; $i++) {
    $rev[$i] = $i;
}
dump('reversed', $rev);
$str = "abcdef";
tryit('string', function () use ($str) {
    for ($i = 0; $i < 3; $i++) {
        $str[$i] = 'x';
    }
    return $str;
});
tryit('string float', function () use ($str) {
    for ($i = 0; $i < 2; $i++) {
        $str[$i] = 1.5;
    }
    return $str;
});
$obj = new AA;
for ($i = 0; $i < 3; $i++) {
    $obj[$i] = $i / 2;
}
dump('ArrayAccess', $obj->log);
tryit('int', function () {
    $x = 5;
    for ($i = 0; $i < 2; $i++) {
        $x[$i] = 1.0;
    }
    return $x;
});
tryit('null', function () {
    $x = null;
    for ($i = 0; $i < 3; $i++) {
        $x[$i] = 1.0;
    }
    return $x;
});
tryit('undefined', function () {
    for ($i = 0; $i < 3; $i++) {
        $x[$i] = $i * 0.5;
    }
    return $x;
});
tryit('undefined value', function () {
    $x = [0.0];
    for ($i = 0; $i < 3; $i++) {
        $x[$i] = $undef;
    }
    return $x;
});
tryit('immutable', function () {
    $x = [1.0, 2.0];
    for ($i = 0; $i < 3; $i++) {
        $x[$i] = $i;
    }
    return $x;
});

// modified while iterated
$it = [1.0, 2.0, 3.0];
foreach ($it as $kk => $v) {
    $it[$kk] = $v * 2;
    $it[$kk + 3] = $v;
}
dump('foreach', $it);
$it2 = [1.0, 2.0, 3.0];
foreach ($it2 as $kk => &$v2) {
    $it2[$kk] = $v2 * 3;
}
unset($v2);
dump('foreach ref', $it2);

// static and global arrays
function stat_fill()
{
    static $st = [];
    $m = count($st);
    for ($i = $m; $i < $m + 3; $i++) {
        $st[$i] = $i * 0.5;
    }
    return $st;
}
stat_fill();
dump('static', stat_fill());
$glob = [];
function glob_fill()
{
    global $glob;
    for ($i = 0; $i < 3; $i++) {
        $glob[$i] = $i;
    }
}
glob_fill();
dump('global', $glob);
