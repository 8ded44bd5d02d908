package callthread

import (
	"fmt"
	"testing"

	"golang.org/x/arch/x86/x86asm"
)

// emu runs a body on a model of the VM: the only instructions bodies may
// contain, on rax, r15, the zero flag and the counter. A call is answered
// by the test's handler model; execution stops at the next call (the model
// is asked again), at a tail jump or at dispatch.
type emu struct {
	t       *testing.T
	code    []byte
	insts   map[int]x86asm.Inst // by offset
	counter uint64              // address of the counter, 0 for none
	// count is the value of the counter cell.
	count uint64
}

// exit is how a run left the code.
type exit struct {
	kind   string // "call", "tail" or "dispatch"
	r15    uint64
	target uint64 // called or jumped-to address (call, tail)
	at     int    // offset of the call (call), to resume after it
}

func newEmu(t *testing.T, code []byte, counter uint64) *emu {
	t.Helper()
	e := &emu{t: t, code: code, insts: map[int]x86asm.Inst{}, counter: counter}
	for off := 0; off < len(code); {
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			t.Fatalf("offset %#x: %v", off, err)
		}
		e.insts[off] = in
		off += in.Len
	}
	return e
}

// allowed reports whether an instruction is one a body may contain, with
// only the registers and memory operands it may touch.
func allowed(in x86asm.Inst) error {
	switch in.Op {
	case x86asm.MOV, x86asm.CMP, x86asm.INC, x86asm.CALL, x86asm.JMP, x86asm.JE, x86asm.JNE:
	default:
		return fmt.Errorf("unexpected instruction %v", in)
	}
	for _, a := range in.Args {
		switch a := a.(type) {
		case nil, x86asm.Imm, x86asm.Rel:
		case x86asm.Reg:
			if a != x86asm.RAX && a != x86asm.EAX && a != x86asm.R15 && a != x86asm.R15L {
				return fmt.Errorf("%v touches %v", in, a)
			}
		case x86asm.Mem:
			if a.Index != 0 || a.Disp != 0 || a.Segment != 0 || (a.Base != x86asm.RAX && a.Base != x86asm.R15) {
				return fmt.Errorf("%v: memory operand other than [rax] or [r15]", in)
			}
		default:
			return fmt.Errorf("%v: operand %v", in, a)
		}
	}
	return nil
}

// run executes from offset pc with r15 set until the code calls out or
// leaves. It fails the test on anything a body must not do.
func (e *emu) run(pc int, r15 uint64) exit {
	e.t.Helper()
	var rax uint64
	zf := false
	for steps := 0; steps < 10000; steps++ {
		in, ok := e.insts[pc]
		if !ok {
			e.t.Fatalf("pc %#x is not an instruction boundary", pc)
		}
		if err := allowed(in); err != nil {
			e.t.Fatalf("offset %#x: %v", pc, err)
		}
		next := pc + in.Len
		rel := func() int { return next + int(in.Args[0].(x86asm.Rel)) }
		switch in.Op {
		case x86asm.MOV:
			imm, ok := in.Args[1].(x86asm.Imm)
			if !ok {
				e.t.Fatalf("offset %#x: %v is not a constant load", pc, in)
			}
			v := uint64(imm)
			if in.DataSize == 32 {
				v = uint64(uint32(imm))
			}
			switch in.Args[0] {
			case x86asm.RAX, x86asm.EAX:
				rax = v
			case x86asm.R15, x86asm.R15L:
				r15 = v
			default:
				e.t.Fatalf("offset %#x: %v", pc, in)
			}
		case x86asm.CMP:
			if in.Args[0] != x86asm.R15 || in.Args[1] != x86asm.RAX {
				e.t.Fatalf("offset %#x: %v, want cmp r15, rax", pc, in)
			}
			zf = r15 == rax
		case x86asm.INC:
			if in.Args[0] != (x86asm.Mem{Base: x86asm.RAX}) || in.MemBytes != 8 || rax != e.counter || rax == 0 {
				e.t.Fatalf("offset %#x: %v with rax %#x, counter %#x", pc, in, rax, e.counter)
			}
			e.count++
		case x86asm.CALL:
			if in.Args[0] != x86asm.RAX {
				e.t.Fatalf("offset %#x: %v, want call rax", pc, in)
			}
			return exit{kind: "call", r15: r15, target: rax, at: next}
		case x86asm.JMP:
			switch a := in.Args[0].(type) {
			case x86asm.Rel:
				next = rel()
			case x86asm.Reg:
				if a != x86asm.RAX {
					e.t.Fatalf("offset %#x: %v", pc, in)
				}
				return exit{kind: "tail", r15: r15, target: rax}
			case x86asm.Mem:
				if a != (x86asm.Mem{Base: x86asm.R15}) {
					e.t.Fatalf("offset %#x: %v", pc, in)
				}
				return exit{kind: "dispatch", r15: r15}
			}
		case x86asm.JE:
			if zf {
				next = rel()
			}
		case x86asm.JNE:
			if !zf {
				next = rel()
			}
		}
		if next < 0 || next > len(e.code) {
			e.t.Fatalf("offset %#x: %v leaves the code", pc, in)
		}
		pc = next
	}
	e.t.Fatal("no exit after 10000 instructions")
	return exit{}
}
