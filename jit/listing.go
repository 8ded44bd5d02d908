package jit

import (
	"fmt"
	"strings"

	"github.com/gojit/gojit/jit/internal/disasm"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// listing renders res for gojit.jit_debug=0x1: a header line, then the
// disassembly (at offset 0: the final address is not known yet) with a
// comment naming the opline at each entry.
func listing(f *wire.Func, entries []entry, res *Result) string {
	marks := make(map[int]string, len(entries))
	for i, e := range entries {
		op := f.Ops[e.op]
		m := fmt.Sprintf("entry op #%d %s, line %d", e.op, zend.Opcode(op.Opcode), op.Lineno)
		if e.start {
			m += " (function start)"
		}
		marks[int(res.Entries[i].Offset)] = m
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "; gojit: %s %s, %d ops, %d entries, %d bytes\n",
		f.Kind, funcName(f), len(f.Ops), len(entries), len(res.Code))
	sb.WriteString(disasm.Disassemble(res.Code, 0, marks))
	return sb.String()
}
