--TEST--
ini_set('gojit.enable', 0) at run time: new functions are no longer compiled, installed code keeps working
--EXTENSIONS--
gojit
--FILE--
<?php
function before($x) { return $x + 1; }
$names = fn() => array_column(array_filter(gojit_get_status(true)['functions'], fn($f) => $f['state'] === 'compiled'), 'name');
$wasCompiled = in_array('before', $names(), true);
var_dump(ini_set('gojit.enable', '0'));
eval('function after($x) { return $x + 2; }');
echo before(1), " ", after(1), "\n";
$now = $names();
var_dump(in_array('after', $now, true), in_array('before', $now, true) === $wasCompiled);
var_dump(gojit_get_status()['enabled'], gojit_get_status()['reason']);
?>
--EXPECT--
string(1) "1"
2 3
bool(false)
bool(true)
bool(false)
string(17) "gojit.enable is 0"
