--TEST--
gojit.jit_debug=0x20: /tmp/jit-PID.dump is a perf jitdump: header, one JIT_CODE_LOAD per region with its code, CLOSE at shutdown
--EXTENSIONS--
gojit
--FILE--
<?php
$php = getenv('TEST_PHP_EXECUTABLE');
$args = getenv('TEST_PHP_EXTRA_ARGS');
// Trigger 2 compiles at request end only: run this one at trigger 0 then.
$jit = (int)ini_get('gojit.jit');
if (intdiv($jit, 10) % 10 == 2) $args .= ' -d gojit.jit=' . ($jit - 20);
$code = 'function dumped($x) { return $x * 2; } dumped(1); $s = gojit_get_status(true); $r = []; foreach ($s["functions"] as $f) $r[] = [$f["code_address"], $f["code_size"]]; echo json_encode(["pid" => getmypid(), "regions" => $r]);';
$info = json_decode(shell_exec("$php $args -d gojit.jit_debug=0x20 -r " . escapeshellarg($code)), true);
$path = "/tmp/jit-{$info['pid']}.dump";
$d = file_get_contents($path);
$h = unpack('Vmagic/Vversion/Vsize/Vmach/Vpad/Vpid/Ptime/Pflags', $d);
printf("magic %x version %d header %d machine %d pid ok %s\n", $h['magic'], $h['version'], $h['size'], $h['mach'], var_export($h['pid'] === $info['pid'], true));
$off = $h['size'];
$last = $stubs = 0;
while ($off < strlen($d)) {
    $r = unpack('Vid/Vsize/Ptime', $d, $off);
    if ($r['time'] < $last) echo "timestamps go backwards\n";
    $last = $r['time'];
    if ($r['id'] === 0) {
        $l = unpack('Vpid/Vtid/Pvma/Paddr/Pcsize/Pindex', $d, $off + 16);
        $nameEnd = strpos($d, "\0", $off + 56);
        $name = substr($d, $off + 56, $nameEnd - $off - 56);
        $codeLen = $r['size'] - ($nameEnd + 1 - $off);
        if (str_starts_with($name, 'JIT$trigger$')) {
            $stubs++; // T=1/T=3: checked by 052-perf-trigger.phpt
        } else printf("load #%d %s: size matches %s, vma==addr %s, in status %s\n", $l['index'] - $stubs,
            preg_replace('/:-$|:Command line code$/', '', $name), var_export($codeLen === $l['csize'], true),
            var_export($l['vma'] === $l['addr'], true), var_export(in_array([$l['addr'], $l['csize']], $info['regions'], true), true));
    } else {
        echo "record id {$r['id']} size {$r['size']}\n";
    }
    $off += $r['size'];
}
unlink($path);
@unlink("/tmp/perf-{$info['pid']}.map"); // 0x20 writes the map too: leave none behind

// perf itself: record with the dump, inject it, and find the symbol.
$perf = trim((string)shell_exec('command -v perf'));
$ok = false;
if ($perf !== '') {
    $dir = sys_get_temp_dir() . '/gojit-jitdump-' . getmypid();
    @mkdir($dir);
    $prog = "$dir/spin.php";
    file_put_contents($prog, '<?php function spin($n) { $s = 0; for ($i = 0; $i < $n; $i++) { $s += $i % 7; } return $s; } echo spin(3000000), "\n"; echo getmypid();');
    $pid = trim((string)shell_exec("cd $dir && $perf record -q -k 1 -e cpu-clock -F 2000 -o $dir/perf.data -- $php $args -d gojit.jit_debug=0x20 -d gojit.jit=1205 $prog 2>/dev/null | tail -1"));
    shell_exec("cd $dir && $perf inject -j -i $dir/perf.data -o $dir/perf.jitted 2>&1");
    $ok = str_contains((string)shell_exec("$perf report -i $dir/perf.jitted --stdio --sort sym 2>/dev/null"), 'JIT$spin');
    shell_exec("rm -rf " . escapeshellarg($dir) . " /tmp/jit-$pid.dump /tmp/perf-$pid.map /tmp/jitted-$pid-*.so");
}
echo $ok ? "perf inject -j reads the dump: JIT\$spin in the report\n" : "perf could not sample here: checked the dump format only\n";
?>
--EXPECTF--
magic 4a695444 version 1 header 40 machine 62 pid ok true
load #0 JIT$eval: size matches true, vma==addr true, in status true
load #1 JIT$dumped: size matches true, vma==addr true, in status true
record id 3 size 16
%s
