--TEST--
gojit.jit_debug=0x30 with a trigger (T=1, T=3): the trigger stubs are in the perf map and the jitdump as JIT$trigger$<function>
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
$prog = tempnam(sys_get_temp_dir(), 'gojit') . '.php';
file_put_contents($prog, '<?php
function called($x) { return $x + 1; }
function never_called($x) { return $x + 2; }
class K { function m() { return 3; } }
echo called(1) + (new K)->m(), "\n";
echo getmypid();
');
$jit = (int)ini_get('gojit.jit');
$base = $jit - (intdiv($jit, 10) % 10) * 10;
foreach ([1 => '', 3 => ' -d gojit.jit_hot_func=1'] as $t => $extra) {
    $out = explode("\n", (string)shell_exec("$php $args -d gojit.jit=" . ($base + 10 * $t) . "$extra -d gojit.jit_debug=0x30 " . escapeshellarg($prog) . " 2>&1"));
    $pid = (int)end($out);
    echo "T=$t: ", $out[0], "\n";
    $map = [];
    foreach (file("/tmp/perf-$pid.map", FILE_IGNORE_NEW_LINES) as $l) {
        [$start, $size, $name] = explode(' ', $l, 3);
        $map[preg_replace('/:\S+\.php/', ':FILE', $name)] = [hexdec($start), hexdec($size)];
    }
    $names = array_keys($map);
    sort($names);
    echo "  map: ", implode(' ', $names), "\n";
    // The dump has the same regions, with the stubs' bytes.
    $d = file_get_contents("/tmp/jit-$pid.dump");
    $off = 40;
    $dumped = [];
    while ($off < strlen($d)) {
        $r = unpack('Vid/Vsize', $d, $off);
        if ($r['id'] === 0) {
            $l = unpack('Vpid/Vtid/Pvma/Paddr/Pcsize', $d, $off + 16);
            $end = strpos($d, "\0", $off + 56);
            $name = preg_replace('/:\S+\.php/', ':FILE', substr($d, $off + 56, $end - $off - 56));
            $dumped[$name] = [$l['addr'], $l['csize']];
        }
        $off += $r['size'];
    }
    ksort($dumped);
    ksort($map);
    echo "  jitdump: ", $dumped === $map ? "the same regions" : "differs: " . json_encode($dumped), "\n";
    unlink("/tmp/perf-$pid.map");
    unlink("/tmp/jit-$pid.dump");
}
unlink($prog);
?>
--EXPECT--
T=1: 5
  map: JIT$K::m JIT$called JIT$main:FILE JIT$trigger$K::m JIT$trigger$called JIT$trigger$main:FILE JIT$trigger$never_called
  jitdump: the same regions
T=3: 5
  map: JIT$K::m JIT$called JIT$main:FILE JIT$trigger$K::m JIT$trigger$called JIT$trigger$main:FILE JIT$trigger$never_called
  jitdump: the same regions
