<?php
// Integer ops computed in the result's register (no copy through rax): the
// bitwise ops, shifts by a literal, & 0xFFFFFFFF as a 32-bit move, ADD, SUB
// and MUL that inference proves never overflow; the destination being
// either operand, literals that fit 32 bits and ones that do not, negative
// values, and the same ops where an overflow must still become a float.

function xorshift(int $seed, int $n)
{
    $x = $seed;
    $acc = 0;
    for ($i = 0; $i < $n; $i++) {
        $x ^= ($x << 13) & 0xFFFFFFFF;
        $x ^= $x >> 17;
        $x ^= ($x << 5) & 0xFFFFFFFF;
        $acc = ($acc + ($x & 0xFFFF)) & 0x3FFFFFFF;
    }
    return var_export($x * 1000 + $acc, true);
}

function orders(int $a, int $b, int $n): string
{
    $p = $a;
    $q = $b;
    $r = 0;
    for ($i = 0; $i < $n; $i++) {
        $r = $p ^ $r;            // dst is y: swapped
        $r = $r | ($q << 2);     // dst is x
        $p = $q & $p;            // dst is y
        $q = $q ^ 0x5A5A5A5A5A;  // a literal beyond 32 bits
        $p = $p | -16;           // a negative literal
        $r = $r & 0xFFFFFFFF;    // a 32-bit move
        $s = $r >> 3;            // dst is neither
        $r = $s << 1;
        $t = ($p & 0xFF) - ($r & 0xFF);   // no overflow, per inference
        $u = ($q & 0xFFF) * ($t & 0xFFF);
        $v = 7 - ($u & 0xFF);
        $r = $r ^ $t ^ $u ^ $v;
    }
    return "$p $q $r";
}

// The same shapes where inference cannot rule out an overflow: the VM's
// overflow into a float still happens.
function overflowing(int $a, int $n): string
{
    $x = $a;
    $y = 3;
    for ($i = 0; $i < $n; $i++) {
        $x = $x * $y;
        $y = $y + $x;
    }
    return var_export($x, true) . " " . var_export($y, true);
}

echo xorshift(12345, 1000), "\n";
echo xorshift(-1, 50), "\n";
echo xorshift(PHP_INT_MAX, 50), "\n";
foreach ([[0, 0], [1, -1], [PHP_INT_MAX, PHP_INT_MIN], [0x12345678, 0x7FFFFFFF], [-5, 99]] as [$a, $b]) {
    echo orders($a, $b, 1), "\n";
    echo orders($a, $b, 37), "\n";
}
echo overflowing(2, 10), "\n";
echo overflowing(3, 80), "\n";
echo overflowing(-7, 80), "\n";

// Assignments to CVs inference says are UNDEF or scalar (no check of the
// old value) and to ones that may hold a string (the check stays).
function assigns(int $n): string
{
    $out = '';
    for ($i = 0; $i < $n; $i++) {
        if ($i % 3 == 0) {
            $u = 1.5;
        } elseif ($i % 3 == 1) {
            $u = $i;
        }
        $w = $u ?? -1;
        $s = $i % 2 ? "s$i" : $i;
        $out .= var_export($w, true) . gettype($s) . ' ';
        $s = 7;
        $w = $s + 1;
    }
    return $out . $w . $s;
}
echo assigns(7), "\n";

// CVs a loop only reads are not written back when code leaves the loop
// (their zvals are current): an outer loop that changes them, a VM-run op
// that reads them, breaks and an exception on the way out.
function clean_reads(int $n): string
{
    $out = '';
    $k = 3;
    $f = 0.5;
    for ($j = 0; $j < 4; $j++) {
        $s = 0;
        $g = 0.0;
        for ($i = 0; $i < $n; $i++) {
            $s = $s + $i * $k;       // $k, $f: read only here
            $g = $g + $f;
            if ($i == 5) {
                $out .= sprintf("[%d %.2f %d]", $k, $f, $s);   // the VM reads them
            }
            if ($s > 1000) {
                break;
            }
        }
        $out .= "$s $g $k $f;";
        $k = $k * 2 + $j;
        $f = $f * 1.5;
    }
    try {
        for ($i = 0; $i < $n; $i++) {
            $s = $s + $k;
            if ($i == 3) {
                throw new Exception("at $i $k");
            }
        }
    } catch (Exception $e) {
        $out .= $e->getMessage() . " $s $k";
    }
    return $out;
}
echo clean_reads(10), "\n", clean_reads(200), "\n";

// $x op= y where $x's type was just checked: the type byte is stored only
// when the result's type differs (an int plus a float, an overflow).
function assign_ops(array $ys): string
{
    $out = '';
    foreach ([0, PHP_INT_MAX - 1, 2.5, -0.0] as $start) {
        $x = $start;
        foreach ($ys as $y) {
            $x += $y;
            $out .= var_export($x, true) . ' ';
            $x -= $y;
            $x *= 1;
            $out .= gettype($x) . ' ';
        }
    }
    return $out;
}
echo assign_ops([1, 2, 0.5, -3, PHP_INT_MAX]), "\n";

// ++/-- of a LONG in its zval that inference proves cannot overflow: one
// add to memory; and a compare of such a zval with a literal.
function mem_incs(): string
{
    $a = 5;
    $b = -3;
    ++$a;
    $a++;
    --$b;
    $b--;
    $c = $a < 7 ? 'lt' : 'ge';
    $d = 100 > $b ? 'gt' : 'le';
    $e = $a === 7 ? 'same' : 'other';
    return "$a $b $c $d $e";
}
echo mem_incs(), "\n";
