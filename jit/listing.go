package jit

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"

	"github.com/gojit/gojit/jit/internal/callthread"
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

// bodyListing renders a call-threaded body for gojit.jit_debug=0x1: a
// header line, then the disassembly at offset 0 with a comment before each
// op's code ("op #3 ZEND_ADD, line 6: call, entry"), the counting prologue
// and the shared dispatch.
func bodyListing(f *wire.Func, b *callthread.Body) string {
	marks := map[int]string{}
	mark := func(off int, text string) {
		if prev, ok := marks[off]; ok {
			text = prev + "\n; " + text
		}
		marks[off] = text
	}
	entries := 0
	for i, oc := range b.Ops {
		op := f.Ops[i]
		m := fmt.Sprintf("op #%d %s, line %d: %s", i, zend.Opcode(op.Opcode), op.Lineno, oc.Class)
		if oc.Cold {
			m += ", out of line (fused into the fast path before it)"
		}
		if oc.Entry {
			m += ", entry"
			entries++
		}
		if oc.Slow >= 0 {
			how := "call the handler"
			if b.VMRuns {
				how = "the VM does the op"
			}
			mark(oc.Slow, fmt.Sprintf("op #%d %s: fallback, %s", i, zend.Opcode(op.Opcode), how))
		}
		if b.CountAt >= 0 && b.Entries != nil && oc.Entry && b.CountAt == entryOffset(b, i) {
			mark(b.CountAt, fmt.Sprintf("entry op #%d (function start): count the call", i))
		}
		mark(oc.Offset, m)
	}
	mark(b.Dispatch, "dispatch: continue where the VM says")
	var sb strings.Builder
	kind := "call-threaded"
	if b.VMRuns {
		kind = fmt.Sprintf("%d ops native, the rest on the VM", b.Inlined)
	}
	fmt.Fprintf(&sb, "; gojit: %s %s, %d ops, %d entries, %d bytes, %s\n",
		f.Kind, funcName(f), len(f.Ops), entries, len(b.Code), kind)
	sb.WriteString(disasm.Disassemble(b.Code[:b.Pool], 0, marks))
	if b.Pool < len(b.Code) {
		sb.WriteString("; constants\n")
		for off := b.Pool; off+8 <= len(b.Code); off += 8 {
			v := binary.LittleEndian.Uint64(b.Code[off:])
			fmt.Fprintf(&sb, "%08x  %016x  ; %v\n", off, v, math.Float64frombits(v))
		}
	}
	return sb.String()
}

// entryOffset returns the entry offset of op i, -1 if it is no entry.
func entryOffset(b *callthread.Body, i int) int {
	for _, e := range b.Entries {
		if int(e.Op) == i {
			return int(e.Offset)
		}
	}
	return -1
}
