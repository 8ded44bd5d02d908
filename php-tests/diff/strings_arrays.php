<?php
// Strings and arrays: string building and functions, string offsets, packed
// and hash arrays, nested arrays, copy-on-write, sorting with user
// callbacks, array functions with callbacks.

echo "--- strings ---\n";
$s = 'Hello';
$s .= ', ' . "World" . '!';
echo $s, ' ', strlen($s), ' ', strtoupper($s), ' ', strrev($s), "\n";
echo substr($s, 7), '|', substr($s, -6, 5), '|', substr($s, 100) === '' ? 'empty' : 'x', "\n";
echo str_replace(['l', 'o'], ['L', '0'], $s), ' ', ucwords('the quick brown fox'), ' ', lcfirst('ABC'), "\n";
echo strpos($s, 'o'), ' ', strrpos($s, 'o'), ' ', var_export(strpos($s, 'z'), true), ' ', str_contains($s, 'World') ? 'yes' : 'no', "\n";
echo sprintf('[%5s][%-5s][%05d][%.3f][%x][%c][%%][%u]', 'ab', 'ab', 42, M_PI, 255, 65, -1), "\n";
echo implode(',', str_split('abcdefg', 3)), ' ', implode('|', explode(',', 'a,,b,c', 3)), "\n";
echo wordwrap('The quick brown fox', 10, "\n", true), "\n";
echo trim("  x y  "), '|', rtrim("xyy", 'y'), '|', ltrim("0012", '0'), '|', str_pad('7', 3, '0', STR_PAD_LEFT), '|', str_repeat('ab', 3), "\n";

// offsets: read, write, negative, past the end, on a copy
$t = 'abc';
echo $t[0], $t[-1], $t[1], "\n";
$u = $t;
$u[1] = 'X';
$u[5] = 'Z'; // pads with spaces
var_dump($t, $u);
try {
    echo $t[10];
} catch (Throwable $e) {
    echo get_class($e), "\n";
}
echo "\n";
$w = '';
for ($i = 0; $i < 26; $i++) {
    $w .= chr(ord('a') + $i);
    if ($i % 5 === 4) {
        $w .= '-';
    }
}
echo $w, ' ', md5($w), ' ', crc32($w), "\n";
$interp = "value={$w[3]} len=" . strlen($w) . " arr={$GLOBALS['w'][0]}";
echo $interp, "\n";
$heredoc = <<<TXT
  s: $s
  variable variable: {${'s'}}
  TXT;
echo $heredoc, "\n";
echo strcmp('a', 'b'), ' ', strcmp('b', 'a'), ' ', strcasecmp('HELLO', 'hello'), ' ', strncmp('abcd', 'abef', 2), ' ', strnatcmp('img12', 'img10'), "\n";
echo json_encode(['a' => 1, 'b' => [1, 2], 'c' => null, 'd' => 1.5, 'e' => "q\"uote/ü"]), "\n";
var_dump(json_decode('{"x":[1,2,{"y":true}],"z":1.0e2}', true));
echo number_format(0.5), ' ', number_format(1.5), ' ', number_format(-1234.567, 1, ',', '.'), "\n";
echo bin2hex(pack('nvN', 258, 258, 1)), ' ', implode(',', unpack('n2', "\x01\x02\x03\x04")), "\n";
echo str_word_count('The quick brown fox'), ' ', ucfirst(strtolower('ÄBC')), ' ', htmlspecialchars('<a href="x">&</a>'), "\n";
echo preg_replace('/(\d+)/', '[$1]', 'a1b22c333'), ' ', preg_match_all('/o/', 'foo boo', $mm), ' ', implode('|', preg_split('/[\s,]+/', "a, b  c,d")), "\n";

echo "--- packed arrays ---\n";
$p = [];
for ($i = 0; $i < 10; $i++) {
    $p[] = $i * $i;
}
echo count($p), ' ', array_sum($p), ' ', implode(',', $p), "\n";
$p[20] = 'gap';   // becomes sparse
unset($p[0]);
echo json_encode($p), ' ', array_key_first($p), ' ', array_key_last($p), "\n";
$q = array_values($p);
var_dump(array_is_list($q), array_is_list($p));
$neg = [-5 => 'a'];
$neg[] = 'b'; // the key after a negative one
var_dump($neg);

echo "--- hash arrays ---\n";
$h = ['one' => 1, 'two' => 2, 3 => 'three', '4' => 'four', '05' => 'five', true => 'bool', 1.7 => 'float', null => 'null'];
var_dump($h);
$h['one'] += 10;
$h['new'] = ['nested' => ['deep' => 1]];
$h['new']['nested']['deep']++;
$h['new']['nested']['list'][] = 'x';
echo json_encode($h), "\n";
unset($h['two'], $h[3]);
echo implode(',', array_keys($h)), "\n";
var_dump(isset($h['one']), isset($h['missing']), array_key_exists('', $h), isset($h['new']['nested']['deep']), $h['nope'] ?? 'default');
echo @$h['undefined-index-warns'] ?? 'null', "\n";

// copy on write: nested arrays in functions
function modify(array $a) { $a['x'][0] = 'changed'; return $a; }
$orig = ['x' => ['orig'], 'y' => 1];
$mod = modify($orig);
echo json_encode($orig), ' ', json_encode($mod), "\n";
$aliasOf = $orig;
$aliasOf['y'] = 2;
echo $orig['y'], $aliasOf['y'], "\n";

// a big hash array built in a loop
$freq = [];
$seed = 12345;
for ($i = 0; $i < 5000; $i++) {
    $seed = ($seed * 1664525 + 1013904223) & 0xFFFFFFFF;
    $k = 'k' . ($seed % 97);
    $freq[$k] = ($freq[$k] ?? 0) + 1;
}
ksort($freq, SORT_NATURAL);
echo count($freq), ' ', array_sum($freq), ' ', max($freq), ' ', min($freq), ' ', array_key_first($freq), ' ', md5(json_encode($freq)), "\n";

echo "--- nested arrays ---\n";
$matrix = [];
for ($r = 0; $r < 4; $r++) {
    for ($c = 0; $c < 4; $c++) {
        $matrix[$r][$c] = $r * 4 + $c;
    }
}
$transposed = array_map(null, ...$matrix);
echo json_encode($transposed), "\n";
$product = [];
for ($i = 0; $i < 4; $i++) {
    for ($j = 0; $j < 4; $j++) {
        $sum = 0;
        for ($k = 0; $k < 4; $k++) {
            $sum += $matrix[$i][$k] * $transposed[$k][$j];
        }
        $product[$i][$j] = $sum;
    }
}
echo json_encode($product), "\n";
$tree = ['name' => 'root', 'children' => [['name' => 'a', 'children' => []], ['name' => 'b', 'children' => [['name' => 'c', 'children' => []]]]]];
$names = [];
$stack = [$tree];
while ($stack) {
    $node = array_pop($stack);
    $names[] = $node['name'];
    foreach (array_reverse($node['children']) as $ch) {
        $stack[] = $ch;
    }
}
echo implode(',', $names), "\n";
[$a, [$b, $c]] = [1, [2, 3]];
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X'];
echo "$a$b$c$x$y\n";
$spread = [...[1, 2], ...['k' => 'v'], ...[3]];
echo json_encode($spread), "\n";

echo "--- sorting ---\n";
$people = [
    ['name' => 'bob', 'age' => 25],
    ['name' => 'alice', 'age' => 30],
    ['name' => 'carol', 'age' => 25],
    ['name' => 'dave', 'age' => 35],
    ['name' => 'eve', 'age' => 30],
];
usort($people, function ($l, $r) { return [$l['age'], $l['name']] <=> [$r['age'], $r['name']]; });
echo implode(' ', array_map(fn($p) => $p['name'] . $p['age'], $people)), "\n";
usort($people, fn($l, $r) => strcmp($r['name'], $l['name']));
echo implode(' ', array_column($people, 'name')), "\n";
$assoc = ['b' => 2, 'a' => 3, 'c' => 1, 'd' => 2];
uasort($assoc, fn($l, $r) => $l <=> $r); // stable since 8.0
echo json_encode($assoc), "\n";
uksort($assoc, fn($l, $r) => strcmp($r, $l));
echo json_encode($assoc), "\n";
$nums = [5, 3, 10, 1, 22, 7];
sort($nums);
echo implode(',', $nums), ' ';
rsort($nums);
echo implode(',', $nums), ' ';
$strs = ['10', '9', '2', '1'];
sort($strs, SORT_STRING);
echo implode(',', $strs), ' ';
sort($strs);
echo implode(',', $strs), "\n";
$ar = ['x' => 3, 'y' => 1, 'z' => 2];
arsort($ar);
echo json_encode($ar), ' ';
asort($ar);
echo json_encode($ar), ' ';
krsort($ar);
echo json_encode($ar), "\n";
$data = [3, 1, 2];
$cmpCalls = 0;
usort($data, function ($l, $r) use (&$cmpCalls) { $cmpCalls++; return $l - $r; });
echo implode(',', $data), ' calls>0:', $cmpCalls > 0 ? 'yes' : 'no', "\n";
$m1 = [3, 1, 2];
$m2 = ['c', 'a', 'b'];
array_multisort($m1, $m2);
echo implode(',', $m1), implode(',', $m2), "\n";

echo "--- array functions with callbacks ---\n";
$r = range(1, 10);
echo implode(',', array_map(fn($v) => $v * $v, $r)), "\n";
echo json_encode(array_filter($r, fn($v) => $v % 3 === 0)), "\n";
echo json_encode(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k !== 'b', ARRAY_FILTER_USE_KEY)), "\n";
echo json_encode(array_filter(['a' => 1, 'b' => 2], fn($v, $k) => $v > 1 || $k === 'a', ARRAY_FILTER_USE_BOTH)), "\n";
echo json_encode(array_filter([0, 1, '', null, 'a', false, [], '0'])), "\n";
echo array_reduce($r, fn($c, $v) => $c + $v, 0), ' ', array_reduce([], fn($c, $v) => $c + $v) === null ? 'null' : 'x', "\n";
echo json_encode(array_map(fn($a, $b) => $a . $b, ['x', 'y'], [1, 2, 3])), "\n";
echo json_encode(array_map('strtoupper', ['k1' => 'a', 'k2' => 'b'])), "\n";
$walked = ['a' => 1, 'b' => 2];
array_walk($walked, function (&$v, $k, $prefix) { $v = "$prefix$k$v"; }, '>');
echo json_encode($walked), "\n";
echo json_encode(array_combine(['a', 'b'], [1, 2])), ' ', json_encode(array_flip(['a', 'b'])), ' ', json_encode(array_fill_keys(['x', 'y'], 0)), "\n";
echo json_encode(array_slice([1, 2, 3, 4, 5], 1, 3)), ' ', json_encode(array_slice(['a' => 1, 5 => 2, 9 => 3], 1)), ' ', json_encode(array_slice([1, 2, 3], -2, 1, true)), "\n";
$sp = [1, 2, 3, 4, 5];
$removed = array_splice($sp, 1, 2, ['x', 'y', 'z']);
echo json_encode($sp), json_encode($removed), "\n";
echo json_encode(array_unique([1, '1', 2, 2.0, 'a', 'A'])), ' ', json_encode(array_count_values(['a', 'b', 'a', 1, '1'])), "\n";
echo json_encode(array_merge([1, 2], ['a' => 1], [3], ['a' => 2])), ' ', json_encode([1, 2] + [5, 6, 7]), ' ', json_encode(array_merge_recursive(['a' => [1]], ['a' => [2], 'b' => 3])), "\n";
echo json_encode(array_diff([1, 2, 3, 4], [2, 4])), ' ', json_encode(array_intersect_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 0, 'c' => 0])), ' ', json_encode(array_udiff([1, 5, 3], [3], fn($a, $b) => $a <=> $b)), "\n";
echo json_encode(array_search('2', [1, 2, 3])), ' ', json_encode(array_search('2', [1, 2, 3], true)), ' ', json_encode(in_array('abc', [0])), ' ', json_encode(in_array(null, [0])), "\n";
echo json_encode(array_chunk([1, 2, 3, 4, 5], 2)), ' ', json_encode(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true)), ' ', json_encode(array_pad([1], -3, 0)), "\n";
echo json_encode(array_column([['id' => 3, 'v' => 'a'], ['id' => 5, 'v' => 'b']], 'v', 'id')), ' ', json_encode(array_reverse(['x' => 1, 2, 3], true)), "\n";
$stack = [1, 2];
array_push($stack, 3, 4);
array_unshift($stack, 0);
echo array_pop($stack), array_shift($stack), json_encode($stack), "\n";
$it = ['a' => 1, 'b' => 2, 'c' => 3];
echo current($it), key($it), next($it), key($it), end($it), key($it), reset($it), "\n";
echo json_encode(iterator_to_array(new ArrayIterator(['q' => 1]))), ' ', json_encode(compact('a', 'b')), "\n";
extract(['ex1' => 'extracted']);
echo $ex1, "\n";
echo json_encode(str_word_count('a bc def', 1)), ' ', json_encode(array_map(null, [1, 2])), ' ', json_encode(range('a', 'e', 2)), ' ', json_encode(range(0, 1, 0.25)), ' ', json_encode(range(5, 1, 2)), "\n";

// arrays as values: equality, identity, and comparisons
var_dump([1, 2] == ['1', '2'], [1, 2] === [1, 2], ['a' => 1, 'b' => 2] == ['b' => 2, 'a' => 1], ['a' => 1, 'b' => 2] === ['b' => 2, 'a' => 1]);
// array functions in a hot loop
$acc = [];
for ($i = 0; $i < 300; $i++) {
    $acc[$i % 17][] = $i;
    if (count($acc[$i % 17]) > 5) {
        $acc[$i % 17] = array_slice($acc[$i % 17], -3);
    }
}
ksort($acc);
echo md5(json_encode($acc)), "\n";
