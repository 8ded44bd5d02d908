package jit

import (
	"fmt"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// entry is an opline the VM may dispatch to directly, so its handler gets
// patched (vm-protocol.md 1.3).
type entry struct {
	op    uint32
	start bool // the function-start entry, which counts calls
}

// findEntries returns the entry oplines in op order:
//
//   - the function start. Without type hints the VM skips the RECV and
//     RECV_INIT ops of passed arguments (i_init_func_execute_data enters at
//     opcodes + num_passed_args), so the start is the first op after the
//     leading RECV/RECV_INIT/RECV_VARIADIC ops: every call reaches it, either
//     directly or by falling through the receive ops. With
//     ZEND_ACC_HAS_TYPE_HINTS the VM always enters at op 0.
//   - every RECV_INIT, where an untyped call with fewer arguments enters.
//
// Main scripts and eval code have no RECV ops, so their start is op 0.
func findEntries(f *wire.Func) ([]entry, error) {
	if len(f.Ops) == 0 {
		return nil, fmt.Errorf("%w: no ops", ErrUnsupported)
	}
	start := 0
	if f.Flags&zend.AccHasTypeHints == 0 {
		for start < len(f.Ops) && zend.IsRecv(zend.Opcode(f.Ops[start].Opcode)) {
			start++
		}
		if start == len(f.Ops) {
			return nil, fmt.Errorf("%w: only RECV ops, no function body", ErrUnsupported)
		}
	}
	var entries []entry
	for i, op := range f.Ops {
		isStart := i == start
		if !isStart && zend.Opcode(op.Opcode) != zend.RecvInit {
			continue
		}
		if op.Handler == 0 {
			return nil, fmt.Errorf("%w: op #%d %s (line %d): no handler address",
				ErrUnsupported, i, zend.Opcode(op.Opcode), op.Lineno)
		}
		entries = append(entries, entry{op: uint32(i), start: isStart})
	}
	return entries, nil
}
