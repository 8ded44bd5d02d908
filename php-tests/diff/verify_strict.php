<?php
declare(strict_types=1);
// The same checks under strict_types: no coercion, int→float only widening.

function r_int($x): int { return $x; }
function r_float($x): float { return $x; }
function p_int(int $a) { return var_export($a, true); }
function p_float(float $a) { return var_export($a, true); }
function p_bool(bool $a) { return var_export($a, true); }

$vals = [0, 1, PHP_INT_MAX, 0.0, -0.0, 1.5, NAN, true, null, "7", [1]];
for ($round = 0; $round < 3; $round++) {
    foreach (['r_int', 'r_float', 'p_int', 'p_float', 'p_bool'] as $f) {
        foreach ($vals as $k => $v) {
            echo "$f #$k: ";
            try {
                echo var_export($f($v), true), "\n";
            } catch (Throwable $e) {
                echo get_class($e), ": ", $e->getMessage(), "\n";
            }
        }
    }
}
