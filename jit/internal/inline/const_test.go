package inline

import (
	"testing"

	"golang.org/x/arch/x86/x86asm"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// TestConstRead: "for ($i = 0; $i < $n; $i++) {}" where SSA proves $n
// holds 50 (a range of one value): the compare reads 50 as an immediate
// and $n gets no register; the loop still counts to 50. With a wider range
// $n is read from a register.
//
//	0: ASSIGN $cv0, 0          b0
//	1: JMP 3                   b0
//	2: PRE_INC $cv0            b1  body
//	3: IS_SMALLER $cv0, $cv1   b2  header
//	4: JMPNZ T, 2              b2
//	5: ECHO $cv0               b3
func TestConstRead(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	build := func(lo, hi int64) *wire.Func {
		w := countLoop(zend.PreInc, zend.Echo, func(f *fn) { f.slot(3, 2, 1) }, 0, 49, 0)
		w.SSAVars = append(w.SSAVars, wire.SSAVar{TypeMask: 1 << zend.TypeLong, Var: 1, Def: -1,
			Flags: wire.SSAVarHasRange, Min: lo, Max: hi})
		w.SSAOps[3].Op1Use, w.SSAOps[3].Op2Use = 0, 2
		w.SSAOps[5].Op1Use = 0
		return w
	}
	for _, c := range []struct {
		what   string
		lo, hi int64
		imm    bool
	}{
		{"one value", 50, 50, true},
		{"a range", 0, 100, false},
	} {
		w := build(c.lo, c.hi)
		in, run := compileAllocated(t, w)
		b := run.body
		if _, ok := in.regOf(3, int32(cv(1))); ok == c.imm {
			t.Errorf("%s: $cv1 in a register: %v, want %v", c.what, ok, !c.imm)
		}
		if _, ok := in.regOf(3, int32(cv(0))); !ok {
			t.Errorf("%s: $cv0 not in a register", c.what)
		}
		cmpImm := false
		code := b.Code[b.Ops[3].Offset:b.Ops[4].Offset]
		for off := 0; off < len(code); {
			inst, err := x86asm.Decode(code[off:], 64)
			if err != nil {
				t.Fatal(err)
			}
			if imm, ok := inst.Args[1].(x86asm.Imm); inst.Op == x86asm.CMP && ok && imm == 50 {
				cmpImm = true
			}
			off += inst.Len
		}
		if cmpImm != c.imm {
			t.Errorf("%s: compare with the immediate 50: %v, want %v", c.what, cmpImm, c.imm)
		}
		got := run.run(0, [numSlots]zval{1: long(50)}, false)
		if got.next != 5 || got.frame[0] != long(50) || got.frame[1] != long(50) {
			t.Errorf("%s: %+v, want $cv0 = 50 at op 5", c.what, got)
		}
	}
}
