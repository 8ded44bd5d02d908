package callthread

import (
	"fmt"
	"testing"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// fakeInliner gives the ops it lists a fast path that takes the fallback
// when rdi is 1 and otherwise continues at the next op; fuse lists the ops
// whose fast path also does the op after them.
type fakeInliner struct {
	ops, fuse map[int]bool
}

func (f fakeInliner) Plan(i int) Plan {
	if !f.ops[i] {
		return Plan{}
	}
	return Plan{Fuse: f.fuse[i], Emit: func(e *Emitter) {
		e.A.AluRI(amd64.AluCmp, amd64.RDI, 1)
		e.A.Jcc(amd64.CondE, e.Slow())
		e.Goto(e.Next())
	}}
}

// TestVMRuns checks a body built with VMRuns on the x86 model: which ops
// are entries, and where running from each op's code goes, on the fast
// path and through the fallback.
func TestVMRuns(t *testing.T) {
	// #0 RECV, #1 ASSIGN*, #2 ECHO, #3 PRE_INC*, #4 IS_SMALLER* (smart, fuses
	// #5 JMPNZ -> #3), #6 NOP, #7 ADD*, #8 INIT_FCALL, #9 DO_UCALL, #10 ECHO*,
	// #11 RETURN; * = inlined. Blocks start at 0, 3, 6, 10.
	ops := []o{op(zend.Recv), op(zend.Assign), op(zend.Echo), op(zend.PreInc), smart(zend.IsSmaller),
		jmp2(zend.Jmpnz, 3), op(zend.Nop), op(zend.Add), op(zend.InitFcall), op(zend.DoUcall), op(zend.Echo),
		op(zend.Return)}
	f := build(zend.AccHasTypeHints, ops, 0, 3, 6, 10)
	inl := fakeInliner{ops: map[int]bool{1: true, 3: true, 4: true, 7: true, 10: true}, fuse: map[int]bool{4: true}}
	opt := Options{Start: 0, Counter: counterAddr, Inline: inl, ExecutorGlobals: 0x5617_2c00_0100, VMRuns: true}
	b, err := Compile(f, opt)
	if err != nil {
		t.Fatal(err)
	}
	wantClass := []string{"vm", "inline", "vm", "inline", "inline", "vm", "skip", "inline", "vm", "tail", "inline", "tail"}
	for i, oc := range b.Ops {
		if oc.Class != wantClass[i] || oc.Cold != (i == 5) {
			t.Fatalf("op #%d: class %s cold %v, want %s", i, oc.Class, oc.Cold, wantClass[i])
		}
	}
	// Entries: the function start (#0), the block starts with native code
	// (#3, #6: a NOP before the inlined #7, #10), and the ops where the VM
	// continues into native code: #1 after #0, #3 after #2, #4 after the
	// fallback of #3. Not #5 (fused) nor the VM-run #2, #8.
	var got []uint32
	for _, e := range b.Entries {
		got = append(got, e.Op)
	}
	if fmt.Sprint(got) != "[0 1 3 4 6 10]" {
		t.Fatalf("entries %v, want [0 1 3 4 6 10]", got)
	}
	opl := func(k int) uint64 { return f.OpcodesAddr + 32*uint64(k) }
	decoded := map[uint64]x86emu.Inst{}
	run := func(pc int, slow bool) (x86emu.Exit, uint64) {
		t.Helper()
		m := &x86emu.Machine{Code: b.Code, CodeBase: 0x1000, Decoded: decoded}
		m.AddRegion("counter", counterAddr, make([]byte, 8), true)
		m.AddRegion("vm_interrupt", opt.ExecutorGlobals+zend.EGVMInterrupt, []byte{0}, false)
		if slow {
			m.R[x86emu.RDI] = 1
		}
		x, err := m.Run(0x1000+uint64(pc), 1000)
		if err != nil {
			t.Fatal(err)
		}
		return x, m.R[x86emu.R15]
	}
	// Every op that runs on the VM jumps to its label with r15 = the op;
	// a fast path goes on to the next op's code; a fallback jumps to its
	// own op's VM label.
	vmAt := func(what string, pc int, slow bool, k int) {
		t.Helper()
		x, r15 := run(pc, slow)
		if x.Kind != x86emu.ExitJumpReg || x.Target != f.Ops[k].Handler || r15 != opl(k) {
			t.Fatalf("%s: %+v r15 %#x, want the VM label of op #%d", what, x, r15, k)
		}
	}
	for i, oc := range b.Ops {
		switch oc.Class {
		case "vm", "tail":
			vmAt(fmt.Sprintf("op #%d", i), oc.Offset, false, i)
		case "inline":
			// Fast paths run on (past fused ops and NOPs) into the next
			// op that runs on the VM.
			next := i
			for next == i || b.Ops[next].Class == "skip" || b.Ops[next].Class == "inline" {
				switch {
				case b.Ops[next].Class == "inline" && inl.fuse[next]:
					next += 2
				default:
					next++
				}
			}
			vmAt(fmt.Sprintf("op #%d fast", i), oc.Offset, false, next)
			vmAt(fmt.Sprintf("op #%d fallback", i), oc.Offset, true, i)
			if oc.Slow < 0 {
				t.Fatalf("op #%d: no fallback offset", i)
			}
		}
	}
}

// leavingInliner gives the RETURNs it lists a fast path that leaves (a
// dispatch through r15 = 0x4242) unless rdi is 1, and the other ops it
// lists a Plan without Leaves, which a tail op must not get.
type leavingInliner struct{ ops map[int]bool }

func (l leavingInliner) Plan(i int) Plan {
	if !l.ops[i] {
		return Plan{}
	}
	return Plan{Leaves: i != 1, Emit: func(e *Emitter) {
		e.A.AluRI(amd64.AluCmp, amd64.RDI, 1)
		e.A.Jcc(amd64.CondE, e.Slow())
		e.A.MovImm64(amd64.R15, 0x4242)
		e.A.JmpMem(amd64.M(amd64.R15, 0))
	}}
}

// TestLeavingFastPaths: tail ops (returns) get fast paths only when they
// leave; such a RETURN at a block start, or after a VM-run op, is an
// entry, the op after it is not made one, and its fallback is its tail
// jump to the VM label, with and without VMRuns.
func TestLeavingFastPaths(t *testing.T) {
	// #0 ECHO, #1 RETURN (plan without Leaves), #2 ECHO, #3 RETURN*, #4 NOP,
	// #5 RETURN* (last op). Blocks start at 0, 2, 4.
	ops := []o{op(zend.Echo), op(zend.Return), op(zend.Echo), op(zend.Return), op(zend.Nop), op(zend.Return)}
	f := build(0, ops, 0, 2, 4)
	for _, vmRuns := range []bool{false, true} {
		opt := Options{Inline: leavingInliner{ops: map[int]bool{1: true, 3: true, 5: true}},
			ExecutorGlobals: 0x5617_2c00_0100, VMRuns: vmRuns}
		b, err := Compile(f, opt)
		if err != nil {
			t.Fatal(err)
		}
		echo := map[bool]string{false: "call", true: "vm"}[vmRuns]
		wantClass := []string{echo, "tail", echo, "inline", "skip", "inline"}
		for i, oc := range b.Ops {
			if oc.Class != wantClass[i] {
				t.Fatalf("VMRuns %v, op #%d: class %s, want %s", vmRuns, i, oc.Class, wantClass[i])
			}
		}
		var got []uint32
		for _, e := range b.Entries {
			got = append(got, e.Op)
		}
		// With VMRuns: #0 (start), #3 after the VM-run #2, #4 (a block
		// start whose NOP leads to the native #5); not #2 (VM-run) nor #1.
		want := map[bool]string{false: "[0 2 4]", true: "[0 3 4]"}[vmRuns]
		if fmt.Sprint(got) != want {
			t.Fatalf("VMRuns %v: entries %v, want %s", vmRuns, got, want)
		}
		for _, i := range []int{3, 5} {
			for _, slow := range []bool{false, true} {
				m := &x86emu.Machine{Code: b.Code, CodeBase: 0x1000}
				if slow {
					m.R[x86emu.RDI] = 1
				}
				x, err := m.Run(0x1000+uint64(b.Ops[i].Offset), 100)
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case !slow && x.Kind == x86emu.ExitJumpMem && m.R[x86emu.R15] == 0x4242:
				case slow && x.Kind == x86emu.ExitJumpReg && x.Target == f.Ops[i].Handler &&
					m.R[x86emu.R15] == f.OpcodesAddr+32*uint64(i):
				default:
					t.Fatalf("VMRuns %v, op #%d, slow %v: left by %+v, r15 %#x", vmRuns, i, slow, x, m.R[x86emu.R15])
				}
			}
		}
	}
}
