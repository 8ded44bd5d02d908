<?php
// Control flow the call-threaded bodies treat specially: finally with a
// return (FAST_CALL, FAST_RET, DISCARD_EXCEPTION), ops followed by OP_DATA,
// BIND_GLOBAL runs, match and switch jump tables, foreach, smart branches.

$g1 = 1;
$g2 = 2;

function finally_ret($x)
{
    try {
        if ($x > 1) {
            throw new \RuntimeException("big");
        }
        return "small";
    } finally {
        echo "finally ";
    }
}

function tables($k)
{
    global $g1, $g2;
    $out = [];
    foreach ([1, 2, 3] as $i) {
        $out[$i] = match ($i) { 1 => 'one', 2 => 'two', default => 'many' };
        switch ($k) {
            case 1:
                $out[$i] .= $g1;
                break;
            case 2:
                $out[$i] .= $g2;
                break;
        }
    }
    return $out;
}

echo finally_ret(1), "\n";
try {
    finally_ret(2);
} catch (\RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
echo implode(",", tables(2)), "\n";
