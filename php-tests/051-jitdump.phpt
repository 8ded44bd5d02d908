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
$last = 0;
while ($off < strlen($d)) {
    $r = unpack('Vid/Vsize/Ptime', $d, $off);
    if ($r['time'] < $last) echo "timestamps go backwards\n";
    $last = $r['time'];
    if ($r['id'] === 0) {
        $l = unpack('Vpid/Vtid/Pvma/Paddr/Pcsize/Pindex', $d, $off + 16);
        $nameEnd = strpos($d, "\0", $off + 56);
        $name = substr($d, $off + 56, $nameEnd - $off - 56);
        $codeLen = $r['size'] - ($nameEnd + 1 - $off);
        printf("load #%d %s: size matches %s, vma==addr %s, in status %s\n", $l['index'],
            preg_replace('/:-$|:Command line code$/', '', $name), var_export($codeLen === $l['csize'], true),
            var_export($l['vma'] === $l['addr'], true), var_export(in_array([$l['addr'], $l['csize']], $info['regions'], true), true));
    } else {
        echo "record id {$r['id']} size {$r['size']}\n";
    }
    $off += $r['size'];
}
unlink($path);
?>
--EXPECT--
magic 4a695444 version 1 header 40 machine 62 pid ok true
load #0 JIT$eval: size matches true, vma==addr true, in status true
load #1 JIT$dumped: size matches true, vma==addr true, in status true
record id 3 size 16
