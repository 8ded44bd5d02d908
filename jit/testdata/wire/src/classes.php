<?php
// A namespaced class method, a closure and a generator.

namespace App;

class Calc
{
    public function __construct(private int $base)
    {
    }

    public function scale(int $x, int $by = 2): int
    {
        return $this->base + $x * $by;
    }
}

function counter(int $n)
{
    for ($i = 0; $i < $n; $i++) {
        yield $i;
    }
}

$offset = 10;
$shift = function ($x) use ($offset) {
    return $x + $offset;
};

$c = new Calc(1);
$sum = 0;
foreach (counter(4) as $v) {
    $sum += $shift($c->scale($v));
}
echo $sum, "\n";
