<?php
// References: to CVs, to array elements, foreach by reference, reference
// parameters and returns, global and static references, references inside
// arrays surviving copies, references and objects.

// 1. reference to a CV
$a = 1;
$b = &$a;
$b++;
$a .= 'x';
var_dump($a, $b);
unset($b);
$b = 'independent';
var_dump($a);

// 2. references change type through either name
$n = 10;
$r = &$n;
$r = $r / 4;   // float through the reference
var_dump($n);
$n = (int)$n;  // int again
var_dump($r);
$r = null;
var_dump($n);

// 3. array element references
$arr = [1, 2, 3];
$el = &$arr[1];
$el = 'two';
var_dump($arr);
$copy = $arr;      // the reference survives into the copy!
$el = 'shared';
echo json_encode($arr), ' ', json_encode($copy), "\n";
unset($el);
$copy2 = $arr;
$copy2[1] = 'not shared';
echo json_encode($arr), ' ', json_encode($copy2), "\n";

// reference to a not yet existing element creates it as null
$h = [];
$x = &$h['new']['deep'];
var_dump($h);
$x = 5;
echo json_encode($h), "\n";
unset($x);

// 4. foreach by reference, and the classic dangling-reference pitfall
$list = [1, 2, 3, 4];
foreach ($list as &$v) {
    $v *= 2;
}
echo implode(',', $list), "\n";
foreach ($list as $v) {
    // $v still references $list[3]: it is overwritten at each step
}
echo implode(',', $list), "\n";
unset($v);

$nested = [[1, 2], [3, 4]];
foreach ($nested as &$row) {
    foreach ($row as &$cell) {
        $cell = $cell * 10 + 1;
    }
    unset($cell);
    $row[] = array_sum($row);
}
unset($row);
echo json_encode($nested), "\n";

// foreach by ref over a growing array
$grow = [1, 2];
foreach ($grow as $k => &$v) {
    if ($v < 5) {
        $grow[] = $v + 3;
    }
}
unset($v);
echo implode(',', $grow), "\n";

// 5. reference parameters
function swap(&$x, &$y) { [$x, $y] = [$y, $x]; }
function append_all(array &$to, ...$vals) { foreach ($vals as $v) { $to[] = $v; } }
function inc_all(array &$nums) { foreach ($nums as &$n) { $n++; } }
function maybe_set(&$out = null) { $out = 'was set'; return func_num_args(); }
function ref_variadic(&...$refs) { foreach ($refs as &$r) { $r = strtoupper($r); } }

$p = 'p'; $q = 'q';
swap($p, $q);
echo "$p $q\n";
$m = 1; $s = 'str';
swap($m, $s);
var_dump($m, $s);
$target = [];
append_all($target, 1, 'b', 3.0);
echo json_encode($target), "\n";
$nums = [1, 2.5, '3'];
inc_all($nums);
var_dump($nums);
echo maybe_set(), ' ';
maybe_set($res);
echo $res, "\n";
$u1 = 'a'; $u2 = 'b';
ref_variadic($u1, $u2);
echo "$u1$u2\n";
$arr2 = ['k' => 'v'];
swap($arr2['k'], $arr2['new']);   // element refs as arguments
var_dump($arr2);

// 6. returning references
class Registry
{
    private array $items = ['count' => 0];
    public function &get(string $k) { return $this->items[$k]; }
    public function dump() { return json_encode($this->items); }
}
$reg = new Registry();
$cnt = &$reg->get('count');
$cnt += 5;
$newRef = &$reg->get('fresh');
$newRef = 'created';
echo $reg->dump(), "\n";

function &static_store() { static $store = []; return $store; }
$st = &static_store();
$st[] = 'one';
$st2 = &static_store();
$st2[] = 'two';
echo json_encode(static_store()), "\n";

// 7. global and static references
$gv = 1;
function bump_global() { global $gv; $gv++; $local = &$gv; $local *= 10; }
bump_global();
echo $gv, "\n";

function rebind_global() { global $gv; $other = 'local'; $gv = &$other; $gv = 'changed local only'; }
rebind_global();
echo $gv, "\n";

function static_ref()
{
    static $s = 0;
    $r = &$s;
    $r += 2;
    return $s;
}
static_ref(); static_ref();
echo static_ref(), "\n";

$GLOBALS['viaGlobals'] = 'set through $GLOBALS';
echo $viaGlobals, "\n";

// 8. references and objects
$o = new stdClass;
$o->val = 1;
$prop = &$o->val;
$prop = 'through ref';
var_dump($o->val);
$o2 = $o;            // handle copy, same object
$o2->val = 'same object';
echo $prop, "\n";
unset($prop);

class Typed { public int $i = 0; }
$t = new Typed();
$ti = &$t->i;
try {
    $ti = 'not int';
} catch (TypeError $e) {
    echo 'TypeError: ', $e->getMessage(), "\n";
}
$ti = '42';  // coerced to int through the typed reference
var_dump($t->i);

// 9. references in a hot loop
$data = range(1, 200);
$total = 0;
for ($round = 0; $round < 20; $round++) {
    foreach ($data as $i => &$d) {
        $d = ($d * 3 + $i) % 1000;
        $total += $d;
    }
    unset($d);
}
echo $total, ' ', $data[0], ' ', $data[199], "\n";

// 10. list() with references
$pair = [1, [2, 3]];
[$first, [&$second, $third]] = $pair;
$second = 'changed';
echo json_encode($pair), "\n";
$assoc = ['x' => 1];
['x' => &$rx] = $assoc;
$rx = 2;
echo json_encode($assoc), "\n";

// 11. array_walk and sort on references
$words = ['pear', 'Apple', 'fig'];
array_walk($words, function (&$w, $k) { $w = "$k:" . strtolower($w); });
echo implode(' ', $words), "\n";
$ref_to_sort = [3, 1, 2];
$alias = &$ref_to_sort;
sort($alias);
echo implode(',', $ref_to_sort), "\n";
var_dump($a === '2x');
