--TEST--
W^X: the code buffer is one memfd mapped twice (rw and r-x); no mapping in the process is writable and executable
--EXTENSIONS--
gojit
--FILE--
<?php
function f($x) { return $x * 2; }
echo f(21), "\n";
$ours = [];
$wx = 0;
foreach (file('/proc/self/maps') as $line) {
    $f = preg_split('/\s+/', trim($line), 6);
    $perms = $f[1];
    if (str_contains($perms, 'w') && str_contains($perms, 'x')) $wx++;
    if (isset($f[5]) && str_contains($f[5], 'gojit-code')) $ours[] = $perms;
}
sort($ours);
echo "gojit mappings: ", implode(' ', $ours), "\n";
echo "writable+executable mappings: $wx\n";
$s = gojit_get_status();
var_dump($s['functions_compiled'] > 0);
?>
--EXPECT--
42
gojit mappings: r-xs rw-s
writable+executable mappings: 0
bool(true)
