<?php
/*
 * Rewrites the --INI-- section of .phpt files so that opcache's own JIT can
 * never turn on (gojit stays off next to it): every opcache.jit and
 * opcache.jit_buffer_size line is dropped and "opcache.jit=off",
 * "opcache.jit_buffer_size=0" are appended. Other opcache.jit_* settings
 * (hot counters, debug bits) are inert once the JIT is off and stay.
 * Only --INI-- sections that set some opcache.* value are touched; files
 * without one rely on the global -d options run.sh passes (INI sections win
 * over those, which is why this rewrite is needed at all).
 *
 * With --protect-memory-off, opcache.protect_memory lines are replaced by
 * opcache.protect_memory=0 as well: with it on, opcache's shared memory is
 * read-only and gojit does not compile at all (and says so in a warning).
 *
 * Usage: php -n strip-jit-ini.php [--protect-memory-off] DIR...
 *   (rewrites in place, prints a count)
 */
$changed = 0;
$seen = 0;
$args = array_slice($argv, 1);
$protect_off = false;
if (($args[0] ?? '') === '--protect-memory-off') {
    $protect_off = true;
    array_shift($args);
}
foreach ($args as $dir) {
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
    foreach ($it as $f) {
        if (substr($f->getFilename(), -5) !== '.phpt') {
            continue;
        }
        $seen++;
        $path = $f->getPathname();
        $text = file_get_contents($path);
        $new = rewrite($text);
        if ($new !== $text) {
            file_put_contents($path, $new);
            $changed++;
        }
    }
}
fwrite(STDERR, "strip-jit-ini: $changed of $seen .phpt files rewritten\n");

function rewrite(string $text): string
{
    global $protect_off;
    $drop = $protect_off ? '/^\s*opcache\.(jit|jit_buffer_size|protect_memory)\s*=/i'
                         : '/^\s*opcache\.jit(_buffer_size)?\s*=/i';
    $add = "opcache.jit=off\nopcache.jit_buffer_size=0\n" . ($protect_off ? "opcache.protect_memory=0\n" : '');
    /* Sections start with a line "--NAME--" (run-tests.php: /^--([_A-Z]+)--/). */
    $lines = preg_split('/(?<=\n)/', $text);
    $out = [];
    $in_ini = false;
    $had_ini = false;
    foreach ($lines as $line) {
        if (preg_match('/^--([_A-Z]+)--/', $line, $m)) {
            if ($in_ini) {
                $out[] = $add;
            }
            $in_ini = $m[1] === 'INI';
            $had_ini = $had_ini || $in_ini;
            $out[] = $line;
            continue;
        }
        if ($in_ini && preg_match($drop, $line)) {
            continue;
        }
        $out[] = $line;
    }
    if ($in_ini) {
        /* --INI-- was the last section (unusual but legal). */
        $out[] = $add;
    }
    if (!$had_ini || !preg_match('/^--INI--\r?\n(?:(?!--[_A-Z]+--).*\n)*?\s*opcache\./m', $text)) {
        return $text; /* only INI sections that configure opcache are touched */
    }
    return implode('', $out);
}
