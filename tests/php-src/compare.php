<?php
/*
 * Compares two run-tests.php result lists (-W files: "RESULT\t/abs/path.phpt")
 * from the same tests run twice: once under plain php (baseline) and once
 * with gojit. A regression is a test whose baseline result is good (PASSED,
 * or XFAILED: the expected failure) and whose gojit result is not.
 *
 * Usage: php -n compare.php BASE_ROOT BASE_RESULTS GOJIT_ROOT GOJIT_RESULTS REPORT DIFF_LINES
 *   *_ROOT     the directory each run's copy of the tests lives in (stripped
 *              from paths; the gojit run's .diff/.out files are read there)
 *   REPORT     file the full report is written to (the header lines already
 *              in it are kept)
 *   DIFF_LINES how many lines of each regression's diff to show
 * Prints the counts and regressions; exits 1 if there is any regression.
 * The last line printed is "N passed, M failed": N tests good in both runs,
 * M regressions.
 */
[, $base_root, $base_file, $gojit_root, $gojit_file, $report_file, $diff_lines] = $argv + array_fill(0, 7, null);
if ($diff_lines === null) {
    fwrite(STDERR, "usage: compare.php BASE_ROOT BASE_RESULTS GOJIT_ROOT GOJIT_RESULTS REPORT DIFF_LINES\n");
    exit(2);
}
$diff_lines = (int)$diff_lines;

function load(string $file, string $root): array
{
    $res = [];
    $root = rtrim($root, '/') . '/';
    foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
        $parts = explode("\t", $line, 2);
        if (count($parts) !== 2) {
            continue;
        }
        [$result, $path] = $parts;
        if (strncmp($path, $root, strlen($root)) === 0) {
            $path = substr($path, strlen($root));
        }
        $res[$path] = $result;
    }
    ksort($res);
    return $res;
}

function counts(array $res): string
{
    $c = array_count_values($res);
    ksort($c);
    $parts = [];
    foreach ($c as $k => $n) {
        $parts[] = "$k $n";
    }
    return count($res) . " tests: " . implode(', ', $parts);
}

function good(?string $r): bool
{
    return $r === 'PASSED' || $r === 'XFAILED';
}

/* The evidence run-tests.php left for a failed test: its .diff, else its .out. */
function evidence(string $root, string $test, int $max): string
{
    $stem = substr($test, 0, -strlen('.phpt'));
    foreach (['.diff', '.out'] as $ext) {
        $f = "$root/$stem$ext";
        if (is_file($f)) {
            $lines = file($f, FILE_IGNORE_NEW_LINES);
            $shown = array_slice($lines, 0, $max);
            $more = count($lines) > $max ? "    ... (" . (count($lines) - $max) . " more lines in $f)\n" : '';
            $body = '';
            foreach ($shown as $l) {
                $body .= '    ' . (strlen($l) > 300 ? substr($l, 0, 300) . '...' : $l) . "\n";
            }
            return "  [$ext]\n" . $body . $more;
        }
    }
    return "  (no .diff or .out left by run-tests.php)\n";
}

$base = load($base_file, $base_root);
$gojit = load($gojit_file, $gojit_root);

$regressions = [];
$fixed = [];
$ok = 0;
$changed = [];
foreach ($base as $test => $b) {
    $g = $gojit[$test] ?? 'MISSING';
    if (good($b) && !good($g)) {
        $regressions[$test] = [$b, $g];
    } elseif (good($b)) {
        $ok++;
    } elseif (good($g)) {
        $fixed[$test] = [$b, $g];
    } elseif ($b !== $g) {
        $changed[$test] = [$b, $g];
    }
}
foreach ($gojit as $test => $g) {
    if (!isset($base[$test])) {
        $changed[$test] = ['MISSING', $g];
    }
}

$out = '';
$out .= "baseline: " . counts($base) . "\n";
$out .= "gojit:    " . counts($gojit) . "\n";
$out .= "good in both (PASSED/XFAILED): $ok; regressions: " . count($regressions) .
        "; good only with gojit: " . count($fixed) . "; other status changes: " . count($changed) . "\n";

$details = '';
if ($regressions) {
    $details .= "\nRegressions (good in the baseline, not with gojit):\n";
    foreach ($regressions as $test => [$b, $g]) {
        $details .= "$g (baseline $b) $test\n";
        $details .= evidence($gojit_root, $test, $diff_lines);
    }
}
if ($fixed) {
    $details .= "\nGood only with gojit (suspicious too: the baseline failed):\n";
    foreach ($fixed as $test => [$b, $g]) {
        $details .= "$g (baseline $b) $test\n";
    }
}
if ($changed) {
    $details .= "\nOther status changes (neither run good):\n";
    foreach ($changed as $test => [$b, $g]) {
        $details .= "$g (baseline $b) $test\n";
    }
}
$summary = count($regressions) ? "REGRESSIONS: " . implode(' ', array_keys($regressions)) . "\n" : '';
$final = "$ok passed, " . count($regressions) . " failed\n";

echo $out, $details, $summary, $final;
file_put_contents($report_file, $out . $details . $summary . $final, FILE_APPEND);
exit($regressions ? 1 : 0);
