--TEST--
gojit_get_status(): keys, types and live counters
--EXTENSIONS--
gojit
--INI--
gojit.jit=1205
--FILE--
<?php
function add($a, $b) { return $a + $b; }
for ($i = 0; $i < 10; $i++) add($i, 1);
$s = gojit_get_status();
// The documented keys and types (docs/status.md) must be exactly what is returned.
$gettype = ['bool' => 'boolean', 'string' => 'string', 'int' => 'integer', 'float' => 'double', 'list' => 'array'];
$types = [];
foreach (file(__DIR__ . '/../docs/status.md') as $line) {
    if (preg_match('/^\| `([a-z_]+)` \| (\w+) \|/', $line, $m)) $types[$m[1]] = $gettype[$m[2]];
}
$s = gojit_get_status(true);
foreach ($types as $k => $t) {
    if (!array_key_exists($k, $s)) echo "missing $k\n";
    elseif (gettype($s[$k]) !== $t) echo "$k is ", gettype($s[$k]), ", want $t\n";
}
foreach (array_diff(array_keys($s), array_keys($types)) as $k) echo "undocumented key $k\n";
echo count($types), " documented keys\n";
var_dump($s['enabled'], $s['reason'], $s['jit'], $s['engine_loaded'], $s['pid'] === getmypid());
var_dump($s['functions_compiled'] >= 2, $s['compile_failures'], $s['buffer_used'] > 0);
var_dump($s['buffer_used'] + $s['buffer_free'] <= $s['buffer_size']);
var_dump($s['entry_count'] >= 11); // main script once, add() ten times
$before = $s['entry_count'];
for ($i = 0; $i < 5; $i++) add($i, 2);
var_dump(gojit_get_status()['entry_count'] - $before);
$d = gojit_get_status(true);
$names = array_column($d['functions'], 'name');
sort($names);
var_dump($names);
$add = $d['functions'][array_search('add', array_column($d['functions'], 'name'))];
// A call-threaded body (O=5): entries at op 0 and after each RECV at least.
var_dump($add['line'], $add['code_size'] > 0, $add['entries'] >= 1, basename($add['file']));
?>
--EXPECT--
39 documented keys
bool(true)
string(0) ""
int(1205)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
int(5)
array(2) {
  [0]=>
  string(3) "add"
  [1]=>
  string(6) "{main}"
}
int(2)
bool(true)
bool(true)
string(14) "003-status.php"
