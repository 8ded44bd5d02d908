--TEST--
gojit.jit_debug=0x10: /tmp/perf-PID.map lists every compiled region (checked against the status index, and with perf itself when it can sample)
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
// Trigger 2 compiles at request end only: run this one at trigger 0 then.
$jit = (int)ini_get('gojit.jit');
if (intdiv($jit, 10) % 10 == 2) $args .= ' -d gojit.jit=' . ($jit - 20);
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, '<?php
function hot_loop($n) { $s = 0; for ($i = 0; $i < $n; $i++) { $s += $i % 7; } return $s; }
class Shape { function area($w) { return hot_loop($w); } }
$f = function ($x) { return $x; };
echo (new Shape)->area((int)($argv[1] ?? 1000)) + $f(1), "\n";
$s = gojit_get_status(true);
$index = [];
foreach ($s["functions"] as $fn) if ($fn["state"] === "compiled") $index[] = sprintf("%x %x", $fn["code_address"], $fn["code_size"]);
file_put_contents($argv[2] ?? "php://stdout", json_encode(["pid" => getmypid(), "index" => $index]));
');
$out = tempnam(sys_get_temp_dir(), 'gojit');
// The map of a dead process with the same pid (pids wrap) must not leak
// into ours: plant one (exec keeps the shell's pid).
echo shell_exec("echo '1 10 JIT\$stale' > /tmp/perf-\$\$.map; exec $php $args -d gojit.jit_debug=0x10 " . escapeshellarg($prog) . " 1000 $out 2>&1");
$info = json_decode(file_get_contents($out), true);
$map = "/tmp/perf-{$info['pid']}.map";
$lines = file($map, FILE_IGNORE_NEW_LINES);
$names = $stubs = [];
foreach ($lines as $l) {
    [$start, $size, $name] = explode(' ', $l, 3);
    $name = preg_replace('/:\S+\.php/', ':FILE', $name);
    if (str_starts_with($name, 'JIT$trigger$')) {
        $stubs[] = 'JIT$' . substr($name, 12); // T=1/T=3: the armed function's stubs
        continue;
    }
    if (!in_array("$start $size", $info['index'], true)) echo "not in the status index: $l\n";
    $names[] = $name;
}
sort($names);
echo implode("\n", $names), "\n";
echo count($names) === count($info['index']) ? "map matches the status index\n" : "map and index differ\n";
$t = intdiv((int)ini_get('gojit.jit'), 10) % 10;
$want = in_array($t, [1, 3]) ? $names : [];
sort($stubs);
echo $stubs === $want ? "trigger stubs named after the functions armed\n" : "trigger stubs: " . implode(' ', $stubs) . "\n";
unlink($map);

// perf itself, where it exists and can sample here.
$perf = trim((string)shell_exec('command -v perf'));
$data = tempnam(sys_get_temp_dir(), 'perf');
$ok = false;
if ($perf !== '') {
    shell_exec("$perf record -q -e cpu-clock -F 4000 -o $data -- $php $args -d gojit.jit_debug=0x10 " . escapeshellarg($prog) . " 6000000 $out 2>&1");
    $report = (string)shell_exec("$perf report -i $data --stdio --sort sym 2>/dev/null");
    $ok = str_contains($report, 'JIT$hot_loop');
    $info = json_decode((string)file_get_contents($out), true);
    if ($info) @unlink("/tmp/perf-{$info['pid']}.map");
}
echo $ok ? "perf report names JIT\$hot_loop\n" : "perf could not sample here: checked the map against the status index only\n";
@unlink($data); unlink($out); unlink($prog);
?>
--EXPECTF--
2998
JIT$Shape::area
JIT$hot_loop
JIT$main:FILE
JIT${closure}:FILE:4
map matches the status index
trigger stubs named after the functions armed
%s
