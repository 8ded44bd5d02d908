<?php
// Return-type checks (VERIFY_RETURN_TYPE) and single-type argument checks
// (RECV): values of the declared type pass natively, everything else goes
// to the VM (coercion, TypeError, references, undefined variables).

function r_int($x): int { return $x; }
function r_float($x): float { return $x; }
function r_bool($x): bool { return $x; }
function r_nint($x): ?int { return $x; }
function r_union($x): int|string { return $x; }
function r_tmp_f(int $a, int $b): float { return $a / $b; }
function r_tmp_i(int $a, int $b): int { return $a + $b; }
function r_cv_ref($x): int { $y = &$x; return $y; }
function r_undef_int(): int { return $undefined; }
function &r_byref(array &$a): int { return $a[0]; }
function r_static_arr(): array { $a = [1, 2]; return $a; }
function r_void_early($x): void { if ($x) { return; } echo "void\n"; }

function p_int(int $a) { return var_export($a, true); }
function p_float(float $a) { return var_export($a, true); }
function p_bool(bool $a) { return var_export($a, true); }
function p_str(string $a) { return var_export($a, true); }
function p_nint(?int $a) { return var_export($a, true); }
function p_union(int|float $a) { return var_export($a, true); }
function p_two(int $a, float $b) { return var_export([$a, $b], true); }

function show(callable $f, ...$args) {
    try {
        $r = $f(...$args);
        echo var_export($r, true), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$vals = [0, 1, -1, PHP_INT_MAX, PHP_INT_MIN, 0.0, -0.0, 1.5, NAN, INF, -INF, 2.0,
    true, false, null, "7", "7.5", "abc", "", [1], new stdClass];
for ($round = 0; $round < 3; $round++) {
    foreach (['r_int', 'r_float', 'r_bool', 'r_nint', 'r_union', 'p_int', 'p_float',
              'p_bool', 'p_str', 'p_nint', 'p_union'] as $f) {
        foreach ($vals as $k => $v) {
            echo "$f #$k: ";
            show($f, $v);
        }
    }
}
for ($i = 0; $i < 3; $i++) {
    show('r_tmp_f', 7, 2);
    show('r_tmp_f', 1, 0);
    show('r_tmp_i', PHP_INT_MAX, 1);
    show('r_tmp_i', 3, 4);
    show('r_cv_ref', 5);
    show('r_cv_ref', 5.5);
    show('r_cv_ref', "x");
    show('r_undef_int');
    $arr = [42];
    show(function () use (&$arr) { return r_byref($arr); });
    show('r_static_arr');
    show('r_void_early', 1);
    show('r_void_early', 0);
    show('p_two', 1, 2);
    show('p_two', 1);
    show('p_two', "1", "2.5");
    show('p_int');
}
// A hot loop of typed calls (entries compiled, values change type late).
$s = 0.0;
for ($i = 0; $i < 2000; $i++) {
    $s += r_tmp_f($i, 3) + r_float($i < 1990 ? 1.0 : $i);
}
echo $s, "\n";
declare_strict();
function declare_strict() {
    echo "done\n";
}
