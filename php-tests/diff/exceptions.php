<?php
// Exceptions: try/catch/finally, throws from loops and nested calls,
// rethrow, finally overriding return, engine errors (DivisionByZeroError,
// TypeError, ArgumentCountError), exception chaining.

class AppException extends RuntimeException
{
    public function __construct(string $m, public readonly int $extra = 0, ?Throwable $prev = null)
    {
        parent::__construct($m, 100 + $extra, $prev);
    }
}
class OtherException extends Exception {}

function thrower(int $depth, int $at)
{
    if ($depth === $at) {
        throw new AppException("thrown at depth $depth", $depth);
    }
    return thrower($depth + 1, $at) + 1;
}

function finally_return()
{
    try {
        return 'try';
    } finally {
        return 'finally'; // wins
    }
}

function finally_order(array &$log)
{
    try {
        $log[] = 'try';
        return count($log);
    } finally {
        $log[] = 'finally';
    }
}

function nested_finally(): string
{
    $s = '';
    try {
        try {
            $s .= 'a';
            throw new OtherException('inner');
        } finally {
            $s .= 'b';
        }
    } catch (OtherException $e) {
        $s .= 'c(' . $e->getMessage() . ')';
    } finally {
        $s .= 'd';
    }
    return $s;
}

function rethrow(int $n)
{
    try {
        thrower(0, $n);
    } catch (AppException $e) {
        throw new LogicException("wrapped: " . $e->getMessage(), 7, $e);
    }
}

function typed_param(int $x): int { return $x * 2; }
function typed_return($x): int { return $x; }

// 1. basic, with code and getLine-free output
try {
    thrower(0, 5);
} catch (AppException $e) {
    printf("%s %s code=%d extra=%d\n", get_class($e), $e->getMessage(), $e->getCode(), $e->extra);
}

// 2. exception thrown inside a loop, caught inside the loop
$caught = 0;
$sum = 0;
for ($i = 0; $i < 1000; $i++) {
    try {
        if ($i % 7 === 3) {
            throw new OtherException("i=$i");
        }
        $sum += $i;
    } catch (OtherException $e) {
        $caught++;
    } finally {
        $sum++;
    }
}
echo "caught $caught sum $sum\n";

// 3. exception thrown in a loop, caught outside it
try {
    for ($i = 0; ; $i++) {
        $x = intdiv(100, 10 - $i);
    }
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " at i=$i x=$x\n";
}

// 4. modulo and division by zero
foreach (['intdiv' => fn() => intdiv(1, 0), 'mod' => fn() => 1 % 0, 'div' => fn() => 1 / 0, 'fmod' => fn() => fmod(1, 0), 'intdiv-min' => fn() => intdiv(PHP_INT_MIN, -1), 'mod-min' => fn() => PHP_INT_MIN % -1] as $name => $f) {
    try {
        $r = $f();
        echo "$name: ";
        var_dump($r);
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

// 5. finally semantics
echo finally_return(), "\n";
$log = [];
echo finally_order($log), ' ', implode(',', $log), "\n";
echo nested_finally(), "\n";

// 6. rethrow with chaining
try {
    rethrow(3);
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' code=', $e->getCode(), ' prev=', get_class($e->getPrevious()), ' ', $e->getPrevious()->getMessage(), "\n";
}

// 7. multi-catch and catch ordering
foreach ([new OtherException('o'), new AppException('a'), new InvalidArgumentException('i'), new Error('err')] as $ex) {
    try {
        throw $ex;
    } catch (OtherException | InvalidArgumentException $e) {
        echo 'multi: ', get_class($e), "\n";
    } catch (RuntimeException $e) {
        echo 'runtime: ', get_class($e), "\n";
    } catch (Throwable $e) {
        echo 'throwable: ', get_class($e), "\n";
    }
}

// 8. TypeError from typed params and returns (coercive mode)
foreach ([5, '6', 7.0, '8.5', 'abc', null, [1], 9.5] as $arg) {
    try {
        echo json_encode($arg), ' -> ', typed_param($arg), "\n";
    } catch (TypeError $e) {
        echo 'TypeError: ', $e->getMessage(), "\n";
    }
}
try {
    typed_return('nope');
} catch (TypeError $e) {
    echo 'TypeError: ', $e->getMessage(), "\n";
}
try {
    typed_param();
} catch (ArgumentCountError $e) {
    echo 'ArgumentCountError caught, is TypeError: ', var_export($e instanceof TypeError, true), "\n";
}

// 9. errors from the engine
try {
    $n = null;
    $n->method();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    undefined_function_xyz();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $r = [] + 1;
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $s = 'abc' * 2;
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// 10. exceptions from nested calls (depth 4 or 1000) inside a loop, with finally counting
$fin = 0;
$ok = 0;
for ($i = 0; $i < 50; $i++) {
    try {
        try {
            thrower(0, $i % 10 === 0 ? 4 : 1000);
        } finally {
            $fin++;
        }
    } catch (AppException $e) {
        $ok += $e->extra;
    }
}
echo "fin=$fin ok=$ok\n";

// 11. exceptions thrown from destructors and __toString
class Dtor { public function __destruct() { throw new OtherException('from destructor'); } }
try {
    $d = new Dtor();
    unset($d);
} catch (OtherException $e) {
    echo 'caught ', $e->getMessage(), "\n";
}

// 12. uncaught exception inside a function called via array_map, caught outside
try {
    array_map(function ($v) { if ($v === 3) { throw new AppException("map $v"); } return $v; }, [1, 2, 3, 4]);
} catch (AppException $e) {
    echo 'caught ', $e->getMessage(), "\n";
}

// 13. finally with break/continue in loops
$trace = '';
for ($i = 0; $i < 4; $i++) {
    try {
        if ($i === 1) {
            continue;
        }
        if ($i === 3) {
            break;
        }
        $trace .= "b$i";
    } finally {
        $trace .= "f$i";
    }
}
echo $trace, "\n";
echo "done\n";
