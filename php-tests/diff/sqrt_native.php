<?php
// INIT_FCALL + SEND + DO_ICALL of sqrt() done natively
// (jit/internal/inline/lower_call.go): doubles, ints (converted), and every
// argument the fast path leaves to the VM (strings, null, bools, arrays,
// objects, undefined variables, references), results used or not, and in
// loops whose variables live in registers.

function show(string $label, $v) { echo str_pad($label, 30), ' '; var_dump($v); }
function err(Throwable $e): string { return get_class($e) . ': ' . $e->getMessage(); }

function s1($x) { try { return sqrt($x); } catch (Throwable $e) { return err($e); } }
function s_cv_unused($x) { sqrt($x); return 'done'; }
function s_ref($x) { $r = &$x; return sqrt($x); }
function s_undef() { return sqrt($undefined); }
function s_lit() { return [sqrt(2), sqrt(2.25), sqrt(-1), sqrt(0)]; }
function s_tmp($a, $b) { return sqrt($a * $b); }
function s_float(float $f) { $g = $f; return sqrt($g); }
function s_int(int $n) { $m = $n; return sqrt($m); }

$vals = [0.0, -0.0, 1.0, 2.0, 0.25, 1e300, 5e-324, -1.0, -1e-300, NAN, INF, -INF,
         0, 1, 4, 7, -4, PHP_INT_MAX, PHP_INT_MIN, 2**53 + 1,
         "16", "2.25", " 9", "9 ", "abc", "", null, true, false, [4], new stdClass];
foreach ($vals as $v) {
    show('sqrt ' . @json_encode($v), @s1($v));
}
foreach ([4.0, 4, "4", null] as $v) {
    show('unused ' . json_encode($v), @s_cv_unused($v));
    show('reference ' . json_encode($v), @s_ref($v));
}
show('undefined', @s_undef());
show('literals', s_lit());
show('tmp arg', [s_tmp(2, 8), s_tmp(2.5, 2.5), @s_tmp("2", 2)]);
show('typed float', [s_float(2.0), s_float(-0.0), s_float(INF)]);
show('typed int', [s_int(2), s_int(-9), s_int(PHP_INT_MAX)]);

// A loop: the argument in an xmm register, the result into a register CV.
function loop_sum(int $n, float $step): float {
    $x = 0.0; $s = 0.0;
    for ($i = 0; $i < $n; $i++) {
        $x += $step;
        $r = sqrt($x);
        $s += $r;
        $s += sqrt($i);
    }
    return $s;
}
show('loop', loop_sum(50, 0.5));
show('loop negative', loop_sum(10, -0.5));
// The same site with changing argument types.
function mixed_site(array $xs): array { $out = []; foreach ($xs as $x) { $out[] = @sqrt($x); } return $out; }
try { show('mixed site', mixed_site([4, 2.25, "9", null, true, 16, 0.0])); } catch (Throwable $e) { echo err($e), "\n"; }
show('mixed site array', (function () { try { return mixed_site([1.0, [1]]); } catch (Throwable $e) { return err($e); } })());
// Other one-argument internal functions with 4-letter names at the same kind of site.
function others($x) { return [ceil($x), trim((string)$x), acos(min(1, max(-1, $x / 10))), atan($x), sqrt($x)]; }
show('others', others(3.5));
show('others int', others(4));
// Nested in another call's arguments: the outer call's frame stays EX(call).
function nested($x, $y) { return [max(sqrt($x), sqrt($y)), round(sqrt($x), 3), str_repeat('-', (int)sqrt($y)), sprintf('%.4f', sqrt($x))]; }
show('nested', nested(2.0, 16));
show('nested fallback', @nested("2", null));
function user_f($a, $b) { return $a . '|' . $b; }
show('user call args', [user_f(sqrt(4), sqrt(2.25)), user_f(sqrt(-1), @sqrt("9"))]);
