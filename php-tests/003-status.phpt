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
$types = [
    'enabled' => 'boolean', 'reason' => 'string', 'jit' => 'integer',
    'jit_description' => 'string', 'cpu' => 'integer', 'reg_alloc' => 'integer',
    'trigger' => 'integer', 'opt_level' => 'integer', 'debug' => 'integer',
    'buffer_size' => 'integer', 'buffer_used' => 'integer', 'buffer_free' => 'integer',
    'buffer_peak' => 'integer', 'buffer_full' => 'boolean', 'alloc_failures' => 'integer',
    'engine_loaded' => 'boolean', 'engine_path' => 'string', 'engine_error' => 'string',
    'pid' => 'integer', 'functions_compiled' => 'integer', 'functions_compiled_all' => 'integer',
    'functions_already_compiled' => 'integer', 'functions_skipped' => 'integer',
    'compile_failures' => 'integer', 'last_error' => 'string', 'entries_patched' => 'integer',
    'entry_count' => 'integer', 'code_bytes' => 'integer', 'wire_bytes' => 'integer',
    'compile_time_ms' => 'double',
];
foreach ($types as $k => $t) {
    if (!array_key_exists($k, $s)) echo "missing $k\n";
    elseif (gettype($s[$k]) !== $t) echo "$k is ", gettype($s[$k]), ", want $t\n";
}
foreach (array_diff(array_keys($s), array_keys($types)) as $k) echo "undocumented key $k\n";
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
var_dump($add['line'], $add['code_size'] > 0, $add['entries'], basename($add['file']));
?>
--EXPECT--
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
int(1)
string(14) "003-status.php"
