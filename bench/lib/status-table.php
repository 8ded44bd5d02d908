<?php
// bench/lib/status-table.php PROGRAM MODE FILE [PROGRAM MODE FILE...]
//
// Prints bench/run.sh's compile table from the JSON files that
// status-prelude.php wrote (one per program and gojit mode). FILE may also be
// a note starting with "!!" (a run failed; run.sh says which): that row reads
// n/a.
// Only functions of the program count (not the prelude's own).

$prelude = realpath(__DIR__ . '/status-prelude.php');
$cols = ['program' => -16, 'mode' => -14, 'functions' => 9, 'oplines' => 8, 'compile ms' => 10,
    'ms/function' => 11, 'oplines/ms' => 10, 'code bytes' => 10, 'bytes/opline' => 12, 'native' => 7];

function row(array $cols, array $cells): string
{
    $out = [];
    foreach (array_values($cols) as $i => $w) {
        $out[] = sprintf('%' . $w . 's', $cells[$i]);
    }
    return rtrim(implode(' ', $out));
}

// ratio(a, b, format): a / b, or n/a when b is 0.
function ratio(float $a, float $b, string $format): string
{
    return $b > 0 ? sprintf($format, $a / $b) : 'n/a';
}

echo row($cols, array_keys($cols)), "\n";
$notes = [];
$args = array_slice($argv, 1);
for ($i = 0; $i + 2 < count($args); $i += 3) {
    [$program, $mode, $file] = array_slice($args, $i, 3);
    $s = is_file($file) ? json_decode((string)file_get_contents($file), true) : null;
    if (!is_array($s) || !is_array($s['functions'] ?? null)) {
        $why = str_starts_with($file, '!!') ? $file : (is_file($file) ? 'unreadable status' : 'no status written');
        $notes[] = "$program $mode: n/a: $why";
        echo row($cols, array_merge([$program, $mode], array_fill(0, count($cols) - 2, 'n/a'))), "\n";
        continue;
    }
    $n = $ops = $native = $bytes = $failed = $listed = 0;
    $ms = 0.0;
    foreach ($s['functions'] as $f) {
        $listed += ($f['state'] ?? '') === 'compiled';
        if (realpath($f['file'] ?? '') === $prelude) {
            continue;
        }
        if (($f['state'] ?? '') !== 'compiled') {
            $failed += ($f['state'] ?? '') === 'failed';
            continue;
        }
        $n++;
        $ops += $f['oplines'] ?? 0;
        $native += $f['native_ops'] ?? 0;
        $bytes += $f['code_size'] ?? 0;
        $ms += $f['compile_time_ms'] ?? 0;
    }
    if ($failed > 0) {
        $notes[] = "$program $mode: $failed function(s) failed to compile (they run in the VM)";
    }
    if ($listed < ($s['functions_compiled'] ?? 0)) {
        $notes[] = "$program $mode: the status lists $listed of {$s['functions_compiled']} compiled functions (list full): totals are low";
    }
    if (!($s['enabled'] ?? false) && ($s['reason'] ?? '') !== '') {
        $notes[] = "$program $mode: gojit was off at the end: {$s['reason']}";
    }
    echo row($cols, [$program, $mode, $n, $ops, sprintf('%.3f', $ms), ratio($ms, $n, '%.3f'),
        ratio($ops, $ms, '%.0f'), $bytes, ratio($bytes, $ops, '%.1f'), ratio(100 * $native, $ops, '%.0f%%')]), "\n";
}
foreach ($notes as $note) {
    echo "note: $note\n";
}
