<?php
declare(strict_types=1);
// ASSIGN_OBJ_OP and ASSIGN_OBJ fast paths (lower_obj.go) under strict_types:
// int into a float property is still allowed (widening), everything else
// that would coerce throws.

class S { public float $f = 1.0; public int $i = 1; public ?bool $b = null; public $u = 0; }
function err(Throwable $e): string { return get_class($e) . ': ' . $e->getMessage(); }
function strict_set(S $s, $v): array {
    $r = [];
    try { $s->f = $v; $r[] = $s->f; } catch (Throwable $e) { $r[] = err($e); }
    try { $s->i = $v; $r[] = $s->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $s->b = $v; $r[] = $s->b; } catch (Throwable $e) { $r[] = err($e); }
    try { $s->u = $v; $r[] = $s->u; } catch (Throwable $e) { $r[] = err($e); }
    try { $s->f += $v; $r[] = $s->f; } catch (Throwable $e) { $r[] = err($e); }
    try { $s->i += $v; $r[] = $s->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $s->i *= $v; $r[] = $s->i; } catch (Throwable $e) { $r[] = err($e); }
    try { $s->f /= $v; $r[] = $s->f; } catch (Throwable $e) { $r[] = err($e); }
    try { $r[] = sqrt($v); } catch (Throwable $e) { $r[] = err($e); }
    return $r;
}
foreach ([2, 2.5, -0.0, true, null, "4", PHP_INT_MAX, NAN, 0] as $v) {
    echo json_encode(@var_export($v, true)), ' ';
    var_dump(strict_set(new S, $v));
}
