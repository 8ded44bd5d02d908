<?php
// sqrt() from namespaces: "sqrt" in a namespace that defines its own
// (INIT_NS_FCALL_BY_NAME: the VM's), one that does not (falls back to the
// global function at run time), and "\sqrt" (INIT_FCALL: the fast path).
namespace A {
    function sqrt($x) { return "A\\sqrt($x)"; }
    function f($x) { return [sqrt($x), \sqrt($x)]; }
}
namespace B {
    function g($x) { $r = []; for ($i = 0; $i < 3; $i++) { $r[] = sqrt($x + $i); $r[] = \sqrt($x * $i); } return $r; }
}
namespace {
    foreach ([4, 2.25, -1.0, 0] as $v) {
        var_dump(A\f($v), B\g($v));
    }
}
