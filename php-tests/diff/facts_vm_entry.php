<?php
// An op the VM ran (a fallback: an overflow, a string operand) may leave a
// type the native path of the op never does; the next op, entered from the
// VM, must not assume the native path's result type (type facts) nor the
// frame a native INIT pushed (call facts). In every register-allocation
// mode (the diff modes include R=0).

function add_then_inc(int $a)
{
    $c = $a + 1;     // overflow: the VM makes it a float
    $c++;
    return $c;
}

function add_then_mul(int $a, int $b)
{
    $c = $a + $b;
    $d = $c * 2;
    return $d;
}

function sub_then_mul($a)
{
    $b = $a - 1.5;   // a string: the VM does it
    return $b * $b;
}

function callee_val($x, $y = 2)
{
    return $x * 10 + $y;
}

function callee_ref(&$x)
{
    $x++;
    return $x;
}

function calls(int $n)
{
    $out = [];
    for ($i = 0; $i < $n; $i++) {
        $out[] = callee_val($i + PHP_INT_MAX - 2); // the SEND's operand overflows on the VM
        $out[] = callee_val($i, $i * 3);
    }
    $v = 5;
    $out[] = callee_ref($v);
    $out[] = $v;
    return $out;
}

var_dump(add_then_inc(PHP_INT_MAX), add_then_inc(41));
var_dump(add_then_mul(PHP_INT_MAX, 1), add_then_mul(3, 4), add_then_mul(PHP_INT_MIN, -1));
var_dump(sub_then_mul("3.5"), sub_then_mul(4), sub_then_mul(" 7"));
var_dump(calls(4));
