<?php
// TYPE_CHECK natively: is_*() and "=== null" on CVs and TMPs of every type,
// in branches and as values; TMPs the check frees (an array element's copy,
// one reference of several) and ones it would destroy (a fresh array from a
// call: the VM's); an UNDEF CV (a warning), references, is_resource() on an
// open and a closed resource. And the by-value arguments of a call compiled
// before its function was declared (CHECK_FUNC_ARG, FETCH_DIM_FUNC_ARG,
// SEND_FUNC_ARG), next to a by-reference one.

function make($n) { return [$n, [$n, null], "s$n"]; }

function checks(array $values): string
{
    $out = '';
    foreach ($values as $k => $v) {
        $out .= $k . ':' . (int)is_null($v) . (int)is_int($v) . (int)is_float($v) . (int)is_string($v)
            . (int)is_array($v) . (int)is_bool($v) . (int)is_object($v) . (int)($v === null) . ' ';
        if ($v === null) {
            $out .= 'N';
        }
        if (is_array($v) && $v[1] === null) {
            $out .= 'A';
        }
    }
    return $out;
}

function tmps(int $n): string
{
    $out = '';
    $keep = make(1);
    for ($i = 0; $i < $n; $i++) {
        $out .= is_array(make($i)) ? 'a' : '-';        // a fresh array: freed by the VM
        $out .= $keep[1] === null ? 'n' : 'x';          // an element's copy: one reference less
        $out .= is_string($keep[2] . $i) ? 's' : '-';   // a fresh string
        $out .= is_null($keep[1][1]) ? 'N' : '-';
    }
    return $out;
}

function undef_and_refs(): string
{
    $out = '';
    $out .= var_export(is_null($nope), true);
    $a = 5;
    $r = &$a;
    $out .= (int)is_int($r) . (int)is_null($r);
    $r = null;
    $out .= (int)is_null($a);
    $f = fopen('php://memory', 'r');
    $out .= (int)is_resource($f);
    fclose($f);
    $out .= (int)is_resource($f);
    return $out;
}

function count_leaves(array $node): int
{
    if ($node[0] === null) {
        return 1;
    }
    return 1 + count_leaves($node[0]) + count_leaves($node[1]);
}

function later_calls(): string
{
    $t = [[[null, null], [null, null]], [null, null]];
    $a = [3, 4];
    $out = count_leaves($t) . ' ' . by_value_late($a[0], $a[1]) . ' ';
    by_ref_late($a[1]);
    $out .= json_encode($a);
    return $out;
}

function by_value_late($x, $y) { return $x * 10 + $y; }
function by_ref_late(&$x) { $x = 99; }

echo checks([null, 1, 1.5, "x", [1, null], true, false, new stdClass(), -0.0, "", []]), "\n";
echo tmps(5), "\n";
echo undef_and_refs(), "\n";
echo later_calls(), "\n";
