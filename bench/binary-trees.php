<?php
// Binary trees: allocate a stretch tree of depth max+1, keep one long-lived
// tree of depth max alive, then build and check many short-lived trees of
// depths 4, 6, ..., max. A node is a two-element array, a leaf is [null, null].

function make_tree(int $depth): array
{
    if ($depth === 0) {
        return [null, null];
    }
    $depth--;
    return [make_tree($depth), make_tree($depth)];
}

function check_tree(array $node): int
{
    if ($node[0] === null) {
        return 1;
    }
    return 1 + check_tree($node[0]) + check_tree($node[1]);
}

$minDepth = 4;
$maxDepth = isset($argv[1]) ? (int)$argv[1] : 17;
if ($maxDepth < $minDepth + 2) {
    $maxDepth = $minDepth + 2;
}

$stretch = $maxDepth + 1;
printf("stretch tree of depth %d\t check: %d\n", $stretch, check_tree(make_tree($stretch)));

$longLived = make_tree($maxDepth);

for ($depth = $minDepth; $depth <= $maxDepth; $depth += 2) {
    $iterations = 1 << ($maxDepth - $depth + $minDepth);
    $check = 0;
    for ($i = 0; $i < $iterations; $i++) {
        $check += check_tree(make_tree($depth));
    }
    printf("%d\t trees of depth %d\t check: %d\n", $iterations, $depth, $check);
}

printf("long lived tree of depth %d\t check: %d\n", $maxDepth, check_tree($longLived));
