<?php
// Recursion: fib, ackermann, mutual recursion, deep recursion (~5000
// frames), recursion through methods, closures and static methods, and
// recursion with by-ref accumulators.

function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function fib_typed(int $n): int { if ($n < 2) { return $n; } return fib_typed($n - 1) + fib_typed($n - 2); }
function fib_float(float $n): float { return $n < 2.0 ? $n : fib_float($n - 1.0) + fib_float($n - 2.0); }

function ack(int $m, int $n): int
{
    if ($m === 0) {
        return $n + 1;
    }
    if ($n === 0) {
        return ack($m - 1, 1);
    }
    return ack($m - 1, ack($m, $n - 1));
}

function is_even_r(int $n): bool { return $n === 0 ? true : is_odd_r($n - 1); }
function is_odd_r(int $n): bool { return $n === 0 ? false : is_even_r($n - 1); }

function depth_sum(int $n) { return $n === 0 ? 0 : $n + depth_sum($n - 1); }
function depth_array(int $n): array { return $n === 0 ? [] : [$n, depth_array($n - 1)]; }
function count_nested(array $a): int { return $a === [] ? 0 : 1 + count_nested($a[1]); }
function depth_str(int $n): string { return $n === 0 ? '' : ($n % 10) . depth_str($n - 1); }
function depth_ref(int $n, array &$acc) { if ($n > 0) { $acc[] = $n; depth_ref($n - 1, $acc); } }
function depth_default(int $n, int $acc = 0) { return $n === 0 ? $acc : depth_default($n - 1, $acc + $n * 2); }

function hanoi(int $n, string $from, string $to, string $via, int &$moves, array &$log)
{
    if ($n === 0) {
        return;
    }
    hanoi($n - 1, $from, $via, $to, $moves, $log);
    $moves++;
    if (count($log) < 8) {
        $log[] = "$n:$from>$to";
    }
    hanoi($n - 1, $via, $to, $from, $moves, $log);
}

function permutations(array $items): array
{
    if (count($items) <= 1) {
        return [$items];
    }
    $out = [];
    foreach ($items as $i => $item) {
        $rest = $items;
        unset($rest[$i]);
        foreach (permutations(array_values($rest)) as $p) {
            array_unshift($p, $item);
            $out[] = $p;
        }
    }
    return $out;
}

function gcd($a, $b) { return $b == 0 ? $a : gcd($b, $a % $b); }

class Tree
{
    public function __construct(public int $v, public ?Tree $l = null, public ?Tree $r = null) {}
    public static function build(int $lo, int $hi): ?Tree
    {
        if ($lo > $hi) {
            return null;
        }
        $mid = intdiv($lo + $hi, 2);
        return new Tree($mid, self::build($lo, $mid - 1), static::build($mid + 1, $hi));
    }
    public function sum(): int { return $this->v + ($this->l?->sum() ?? 0) + ($this->r?->sum() ?? 0); }
    public function height(): int { return 1 + max($this->l ? $this->l->height() : 0, $this->r ? $this->r->height() : 0); }
    public function inorder(array &$out): void { $this->l?->inorder($out); $out[] = $this->v; $this->r?->inorder($out); }
}

echo fib(20), ' ', fib_typed(22), ' ', fib_float(18.0), "\n";
var_dump(fib(1.5), fib("10"));
echo ack(2, 3), ' ', ack(2, 200), ' ', ack(3, 4), "\n";
var_dump(is_even_r(1000), is_odd_r(777), is_even_r(3));

echo depth_sum(5000), "\n";
echo count_nested(depth_array(5000)), "\n";
$s = depth_str(5000);
echo strlen($s), ' ', md5($s), "\n";
$acc = [];
depth_ref(5000, $acc);
echo count($acc), ' ', array_sum($acc), "\n";
echo depth_default(5000), "\n";

$moves = 0;
$log = [];
hanoi(12, 'A', 'C', 'B', $moves, $log);
echo $moves, ' ', implode(' ', $log), "\n";

$perms = permutations(['a', 'b', 'c', 'd']);
echo count($perms), ' ', implode('', $perms[0]), ' ', implode('', $perms[23]), ' ', implode('', $perms[13]), "\n";
echo gcd(1071, 462), ' ', gcd(2 ** 40, 6 ** 10), ' ', gcd(17.0, 5), "\n";

$t = Tree::build(1, 1000);
$order = [];
$t->inorder($order);
echo $t->sum(), ' ', $t->height(), ' ', count($order), ' ', $order[0], ' ', $order[999], "\n";

$fact = function (int $n) use (&$fact): int|float { return $n <= 1 ? 1 : $n * $fact($n - 1); };
var_dump($fact(20), $fact(21)); // int, then overflow to float

$collatz = static function (int $n, int $steps = 0) use (&$collatz): int {
    return $n === 1 ? $steps : $collatz($n % 2 ? 3 * $n + 1 : intdiv($n, 2), $steps + 1);
};
echo $collatz(27), ' ', $collatz(97), "\n";

// recursion depth with exceptions unwinding through all frames
function dive(int $n) { if ($n === 0) { throw new RuntimeException('bottom'); } return dive($n - 1) + 1; }
try {
    dive(3000);
} catch (RuntimeException $e) {
    echo 'unwound from ', $e->getMessage(), ', trace frames: ', count($e->getTrace()), "\n";
}

// recursive array walk
$deep = ['a' => [1, 2, ['b' => [3, [4, 5]]]], 'c' => 6];
function walk_sum(array $a): int { $s = 0; foreach ($a as $v) { $s += is_array($v) ? walk_sum($v) : $v; } return $s; }
echo walk_sum($deep), ' ', array_sum(array_map(fn($x) => is_array($x) ? walk_sum($x) : $x, $deep)), "\n";
$flat = [];
array_walk_recursive($deep, function ($v) use (&$flat) { $flat[] = $v; });
echo implode(',', $flat), "\n";
