<?php
// The ops with native fast paths at O>=2 (jit/internal/inline), on the edge
// cases their guards must send back to the VM: overflow of + - * ++ -- and
// of compound assignments at PHP_INT_MAX/MIN, on CVs and TMPs, in loops;
// -0.0, NAN and INF in arithmetic and in comparisons with and without a
// fused jump; int/float mixing; numeric strings, null, bools and undefined
// variables as operands; references, globals, statics and by-ref
// parameters; refcounted values overwritten by scalar assignments (their
// destructors must run at the same point); exceptions inside loops.

function show(string $label, $v) { echo str_pad($label, 30), ' '; var_dump($v); }
function v($x) { return $x; } // hides constants from the optimizer

class Noisy {
    public function __construct(public string $name) {}
    public function __destruct() { echo "  (destruct {$this->name})\n"; }
}

// --- arithmetic on every type pair, through CVs, TMPs and literals -------
function arith_table(array $vals): void {
    foreach ($vals as $i => $a) {
        foreach ($vals as $j => $b) {
            $r = [];
            try { $r[] = $a + $b; } catch (Throwable $e) { $r[] = get_class($e); }
            try { $r[] = $a - $b; } catch (Throwable $e) { $r[] = get_class($e); }
            try { $r[] = $a * $b; } catch (Throwable $e) { $r[] = get_class($e); }
            try { $r[] = $a / $b; } catch (Throwable $e) { $r[] = get_class($e); }
            try { $r[] = $a % $b; } catch (Throwable $e) { $r[] = get_class($e); }
            try { $r[] = $a << $b; } catch (Throwable $e) { $r[] = get_class($e); }
            try { $r[] = $a >> $b; } catch (Throwable $e) { $r[] = get_class($e); }
            try { $r[] = ($a & $b) . '|' . ($a | $b) . '|' . ($a ^ $b); } catch (Throwable $e) { $r[] = get_class($e); }
            $c = [$a < $b, $a <= $b, $a == $b, $a != $b, $a === $b, $a !== $b, $a > $b, $a >= $b];
            echo "$i,$j: ", json_encode(array_map(fn($x) => is_float($x) ? var_export($x, true) : $x, $r)),
                ' ', implode('', array_map(fn($x) => $x ? 'T' : 'F', $c)), "\n";
        }
    }
}
echo "--- type pairs ---\n";
arith_table([0, 1, -1, 2, 63, 64, -64, PHP_INT_MAX, PHP_INT_MIN, 0.0, -0.0, 1.5, -2.5, NAN, INF, -INF,
    "10", "1.5", "abc", null, true, false]);

// --- overflow at the limits, in loops so the fast path runs first -------
function overflow_loops(): void {
    $max = v(PHP_INT_MAX);
    $min = v(PHP_INT_MIN);
    $x = $max - 3; $seen = '';
    for ($n = 0; $n < 6; $n++) { $x++; $seen .= is_int($x) ? 'i' : 'f'; }
    show('post-inc past max', [$seen, $x]);
    $x = $max - 3; $seen = '';
    for ($n = 0; $n < 6; $n++) { ++$x; $seen .= is_int($x) ? 'i' : 'f'; }
    show('pre-inc past max', [$seen, $x]);
    $x = $min + 3; $seen = '';
    for ($n = 0; $n < 6; $n++) { $y = $x--; $seen .= (is_int($x) ? 'i' : 'f') . (is_int($y) ? 'i' : 'f'); }
    show('post-dec past min', [$seen, $x]);
    $x = $min + 3; $seen = '';
    for ($n = 0; $n < 6; $n++) { $y = --$x; $seen .= is_int($y) ? 'i' : 'f'; }
    show('pre-dec past min (result)', [$seen, $y]);
    $x = $max - 5; $seen = '';
    for ($n = 0; $n < 5; $n++) { $x += 2; $seen .= is_int($x) ? 'i' : 'f'; }
    show('+= past max', [$seen, $x]);
    $x = $min + 5; $seen = '';
    for ($n = 0; $n < 5; $n++) { $x -= 2; $seen .= is_int($x) ? 'i' : 'f'; }
    show('-= past min', [$seen, $x]);
    $x = 3; $seen = '';
    for ($n = 0; $n < 45; $n++) { $x *= 3; $seen .= is_int($x) ? 'i' : 'f'; }
    show('*= past max', [$seen, $x]);
    $x = -3; $r = [];
    for ($n = 0; $n < 5; $n++) { $r[] = ($x * $max) + ($x - $min) - ($max + $x); $x++; }
    show('TMP overflow chain', $r);
    $t = [];
    foreach ([[$max, 1], [$min, -1], [$max, -1], [$min, 1], [$min, $min], [$max, $max]] as [$p, $q]) {
        $t[] = [$p + $q, $p - $q, $p * $q, $p * -1, -$p];
    }
    show('limits', $t);
    show('min % -1, min / -1', [$min % -1, $min / -1]);
    $i = 0;
    for ($k = $max - 2; $k <= $max && $i < 6; $k++) { $i++; } // $k overflows to float, then > max
    show('loop counter past max', [$i, $k]);
    $s = 0;
    for ($k = 0; $k < 1000; $k++) { $s += $k * $k * $k * $k * $k; } // stays int
    show('sum of fifth powers', $s);
    $s = 1;
    for ($k = 1; $k < 30; $k++) { $s *= $k; } // overflows to float at 21!
    show('factorial 29', $s);
}
echo "--- overflow ---\n";
overflow_loops();

// --- floats: -0.0, NAN, INF, mixing ----------------------------------------
function floats(): void {
    $nz = v(-0.0);
    $nan = v(NAN);
    $inf = v(INF);
    show('-0.0 + 0.0, 0.0 + -0.0, -0.0 + -0.0', [$nz + 0.0, 0.0 + $nz, $nz + $nz]);
    show('-0.0 - 0.0, 0 - 0.0, 0 * -1.0', [$nz - 0.0, v(0) - 0.0, v(0) * -1.0]);
    show('1 / -0.0 (throws?)', (function ($z) { try { return 1 / $z; } catch (DivisionByZeroError $e) { return $e->getMessage(); } })($nz));
    show('1.0 / 0.0 (throws?)', (function ($z) { try { return 1.0 / $z; } catch (DivisionByZeroError $e) { return $e->getMessage(); } })(0.0));
    show('NAN / 0 (throws?)', (function ($z) { try { return NAN / $z; } catch (DivisionByZeroError $e) { return $e->getMessage(); } })(0));
    show('5 / NAN, INF / INF, 1 / INF', [5 / $nan, $inf / $inf, 1 / $inf, -1 / $inf]);
    show('INF - INF, INF * 0, NAN + 1', [$inf - $inf, $inf * 0, $nan + 1]);
    $cmp = [];
    foreach ([[$nan, $nan], [$nan, 1], [1, $nan], [$nan, 1.0], [$nz, 0.0], [$nz, 0], [0, $nz], [$inf, $inf],
              [$inf, PHP_INT_MAX], [-$inf, PHP_INT_MIN], [PHP_INT_MAX, (float)PHP_INT_MAX],
              [9007199254740993, 9007199254740992.0], [1, 1.0], [2, 1.5]] as [$a, $b]) {
        $cmp[] = ($a < $b ? 'T' : 'F') . ($a <= $b ? 'T' : 'F') . ($a == $b ? 'T' : 'F') . ($a != $b ? 'T' : 'F')
            . ($a === $b ? 'T' : 'F') . ($a !== $b ? 'T' : 'F') . ($a > $b ? 'T' : 'F') . ($a >= $b ? 'T' : 'F');
    }
    show('comparisons (smart branches)', implode(' ', $cmp));
    $vals = [];
    foreach ([[$nan, $nan], [$nz, 0.0], [$inf, $inf], [1, 1.0], [$nan, 0]] as [$a, $b]) {
        $lt = $a < $b; $le = $a <= $b; $eq = $a == $b; $ne = $a != $b; $id = $a === $b; $ni = $a !== $b;
        $vals[] = [$lt, $le, $eq, $ne, $id, $ni];
    }
    show('comparisons (values)', $vals);
    $n = 0;
    while ($nan != $nan && $n < 3) { $n++; } // NAN != NAN is true
    show('while NAN != NAN', $n);
    $n = 0;
    do { $n++; } while ($nan < 1 || $n < 2); // false || ... loop on the counter
    show('do-while with NAN', $n);
    $x = 0.1; $k = 0;
    for ($i = 0; $i < 10; $i++) { $x += 0.1; if ($x == 0.5) { $k++; } } // never exactly 0.5
    show('float accumulate', [$x, $k]);
    $m = 1; $acc = 0;
    for ($i = 1; $i <= 20; $i++) { $acc += $m; $m = $i % 3 ? $m * 1.5 : (int)$m; } // type flips
    show('int/float flips', $acc);
    $d = 1.0;
    for ($i = 0; $i < 1100; $i++) { $d *= 2; } // to INF
    show('doubling to INF', [$d, $d > PHP_INT_MAX, $d == INF]);
    $d = 1.0;
    for ($i = 0; $i < 1100; $i++) { $d /= 2; } // to 0
    show('halving to 0', [$d, $d == 0, $d === 0.0, -$d]);
}
echo "--- floats ---\n";
floats();

// --- operands the fast paths must leave to the VM -----------------------
function odd_operands(): void {
    $s = v("10"); $f = v("2.5"); $bad = v("abc"); $n = v(null); $t = v(true); $fa = v(false);
    show('"10" + 5, "2.5" * 2', [$s + 5, $f * 2, 5 - $s, $s % 3, $s << 1]);
    show('null + 1, true + true, false * 3', [$n + 1, $t + $t, $fa * 3, $n - $n, $t / 2]);
    show('"abc" + 1 (warns)', (function ($x) { try { return $x + 1; } catch (TypeError $e) { return get_class($e); } })($bad));
    $i = v("5"); $i++; $j = v("5.5"); $j--; $k = v("a"); $k++; $l = v(null); $l++; $m = v(null); $m--;
    show('++/-- on strings and null', [$i, $j, $k, $l, $m]);
    $acc = v("1");
    for ($q = 0; $q < 3; $q++) { $acc += 1; } // string first, int afterwards
    show('string then int', $acc);
    $arr = [1]; 
    try { $arr + 1; } catch (TypeError $e) { show('array + 1', get_class($e)); }
    try { $r = v([]) < 1; show('[] < 1', $r); } catch (Throwable $e) { show('[] < 1', get_class($e)); }
    $cnt = 0;
    foreach ([0, 1, -1, 0.0, -0.0, NAN, "", "0", "a", null, true, false, [], [0], 2, PHP_INT_MIN] as $c) {
        if ($c) { $cnt++; }
        $cnt += $c ? 10 : 0;
        while ($c) { $cnt += 100; break; }
    }
    show('truthiness', $cnt);
}
echo "--- odd operands ---\n";
odd_operands();

function undefined_vars(): void {
    // Each reads an undefined CV: a warning from the handler, then null.
    $a = $u1 + 1;
    $b = 2 * $u2;
    $c = $u3 < 1;
    if ($u4 == 0) { echo "  undefined == 0\n"; }
    $u5++;
    $d = $u6;
    $u7 .= '';
    $u8 += 5;
    while ($u9) { break; }
    show('after undefined reads', [$a, $b, $c, $u5, $d, $u8]);
}
echo "--- undefined ---\n";
undefined_vars();

// --- references, globals, statics, by-ref parameters --------------------
$gcount = 0;
$gfloat = 1.5;
function bump_global(int $n): void {
    global $gcount, $gfloat;
    for ($i = 0; $i < $n; $i++) { $gcount++; $gcount += 2; $gfloat *= 2; $gcount = $gcount * 1; }
}
function counter(): int {
    static $calls = 0;
    $calls++;
    $calls += 10;
    return $calls;
}
function by_ref(&$x, &$y): void {
    for ($i = 0; $i < 3; $i++) { $x++; $y -= 0.5; $x = $x + $i; $x *= 2; }
    $x = 42;
    $y = $y < 0;
}
function refs(): void {
    $a = 1;
    $b = &$a;
    for ($i = 0; $i < 3; $i++) { $a++; $b += 10; $b = $b * 2; ++$a; }
    show('$a = &$b; updates', [$a, $b]);
    $arr = [1, 2, 3];
    foreach ($arr as &$v) { $v++; $v *= 3; $v = $v - 1; }
    unset($v);
    show('foreach by ref', $arr);
    $c = 5;
    $f = function () use (&$c) { $c++; $c += 0.5; return $c; };
    show('closure by ref', [$f(), $f(), $c]);
    $p = 10; $q = 1.0;
    by_ref($p, $q);
    show('by-ref params', [$p, $q]);
    $m = PHP_INT_MAX; $r = &$m;
    $r++;
    show('ref overflow', $m);
}
echo "--- references ---\n";
bump_global(3);
show('globals', [$gcount, $gfloat]);
show('static', [counter(), counter(), counter()]);
refs();

// --- scalar assignments over refcounted values ---------------------------
function overwrite(): void {
    $o = new Noisy('first');
    echo "  assigning 5\n";
    $o = 5;                 // the object dies here
    echo "  assigned ", $o, "\n";
    $s = str_repeat('x', v(3));
    $s = 1.5;
    $arr = [new Noisy('in array')];
    echo "  assigning null to ", count($arr), " element\n"; // a read: not a dead store for opcache

    $arr = null;
    echo "  assigned\n";
    $k = new Noisy('loop');
    for ($i = 0; $i < 3; $i++) { $k = $i; echo "  k=$k\n"; if ($i == 1) { $k = new Noisy("again $i"); } }
    $t = new Noisy('tmp');
    $u = $t;                // two references
    $t = 7;                 // not the last one: no destructor yet
    echo "  t=$t, u is ", get_class($u), "\n";
    $u = false;
    $z = 'interned';
    $z = PHP_INT_MAX;
    $z++;
    show('after overwrites', [$o, $s, $arr, $k, $t, $u, $z]);
}
echo "--- overwrite refcounted ---\n";
overwrite();

// --- exceptions and errors inside loops ----------------------------------
function loops_with_exceptions(): void {
    $out = [];
    for ($i = -3; $i <= 3; $i++) {
        try {
            $out[] = 12 % $i;
            $out[] = intdiv(12, $i);
            $out[] = 12 / $i;
            $out[] = 1 << $i;
        } catch (DivisionByZeroError $e) {
            $out[] = 'div0:' . $e->getMessage();
        } catch (ArithmeticError $e) {
            $out[] = 'arith:' . $e->getMessage();
        }
    }
    show('div/mod/shift in a loop', $out);
    $n = 0;
    try {
        while (true) {
            $n++;
            if ($n > 5) { throw new RuntimeException("stop at $n"); }
        }
    } catch (RuntimeException $e) {
        show('throw out of while(true)', [$n, $e->getMessage()]);
    }
    $sum = 0;
    foreach ([1, 2, 0, 4] as $d) {
        try { $sum += 100 % $d; } catch (DivisionByZeroError $e) { $sum += 1000; } finally { $sum++; }
    }
    show('finally in loop', $sum);
    $shift = [];
    foreach ([-1, 0, 63, 64, 65, PHP_INT_MAX] as $c) {
        try { $shift[] = [1 << $c, -8 >> $c, PHP_INT_MIN >> $c]; } catch (ArithmeticError $e) { $shift[] = $e->getMessage(); }
    }
    show('shift counts', $shift);
}
echo "--- exceptions ---\n";
loops_with_exceptions();

// --- loops of every shape, for the fused and backward jumps --------------
function loop_shapes(int $n): array {
    $r = [];
    $s = 0;
    for ($i = 0; $i < $n; $i++) { $s += $i; }
    $r[] = $s;
    $i = $n; $s = 0;
    while ($i > 0) { $s += $i--; }
    $r[] = $s;
    $i = 0; $s = 0;
    do { $s ^= $i << 2; } while (++$i < $n);
    $r[] = $s;
    $s = 0;
    for ($i = $n; $i >= 0; $i -= 3) { if ($i % 2 == 0) { continue; } $s += $i; if ($s > 1000) { break; } }
    $r[] = $s;
    $f = 0.0;
    for ($x = 0.0; $x < 2.0; $x += 0.25) { $f += $x * $x; }
    $r[] = $f;
    $s = 0;
    for ($i = 0; $i !== $n; $i++) { for ($j = $i; $j <= $n; $j += 2) { $s += ($i & $j) | 1; } }
    $r[] = $s;
    $k = 0;
    while (true) { if (++$k >= $n) { break; } }
    $r[] = $k;
    $b = true; $c = 0;
    while ($b) { $c++; $b = $c < 5; }
    $r[] = $c;
    $m = $n;
    while ($m) { $m >>= 1; $c++; }
    $r[] = $c;
    return $r;
}
echo "--- loops ---\n";
foreach ([0, 1, 7, 100] as $n) { echo json_encode(loop_shapes($n)), "\n"; }

// --- the same code first with ints, then with floats, then mixed --------
function poly($a, $b) {
    $r = $a;
    for ($i = 0; $i < 4; $i++) { $r = $r * $b + $a - $i; if ($r > 1e6) { $r = $r / 7; } }
    return $r;
}
echo "--- polymorphic ---\n";
foreach ([[2, 3], [2.0, 3.0], [2, 3.5], [2.5, 3], ["2", 3], [null, 2], [PHP_INT_MAX, 2], [true, 1.5]] as [$a, $b]) {
    echo json_encode([$a, $b]), ' => '; var_dump(poly($a, $b));
}
