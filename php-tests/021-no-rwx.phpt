--TEST--
W^X: the code buffer is shared memory mapped twice (rw and r-x, same pages); no mapping in the process is writable and executable
--EXTENSIONS--
gojit
--SKIPIF--
<?php if (intdiv((int)ini_get('gojit.jit'), 10) % 10 == 2) die('skip trigger 2 compiles at request end only'); ?>
--FILE--
<?php
function f($x) { return $x * 2; }
echo f(21), "\n";
$code = 0;
foreach (gojit_get_status(true)['functions'] as $fn) if ($fn['name'] === 'f') $code = $fn['code_address'];
$maps = [];
$wx = 0;
foreach (file('/proc/self/maps') as $line) {
    $f = preg_split('/\s+/', trim($line), 6);
    [$lo, $hi] = array_map('hexdec', explode('-', $f[0]));
    $maps[] = ['lo' => $lo, 'hi' => $hi, 'perms' => $f[1], 'inode' => $f[4], 'name' => $f[5] ?? ''];
    if (str_contains($f[1], 'w') && str_contains($f[1], 'x')) $wx++;
}
$rx = array_values(array_filter($maps, fn($m) => $code >= $m['lo'] && $code < $m['hi']))[0];
$views = array_values(array_filter($maps, fn($m) => $m['inode'] === $rx['inode'] && $m['hi'] - $m['lo'] === $rx['hi'] - $rx['lo']));
$perms = array_column($views, 'perms');
sort($perms);
echo "code of f() is in: ", $rx['perms'], " ", $rx['name'], "\n";
echo "views of those pages: ", implode(' ', $perms), "\n";
echo "writable+executable mappings: $wx\n";
?>
--EXPECT--
42
code of f() is in: r-xs /dev/zero (deleted)
views of those pages: r-xs rw-s
writable+executable mappings: 0
