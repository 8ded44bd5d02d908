package inline

import (
	"fmt"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// TestFacts: "$cv1 = $cv0 - 1.5; T = $cv1 * $cv1": the SUB always stores a
// DOUBLE on its native path, so the MUL checks no type there; entered from
// the VM, the MUL's entry checks $cv1 and sends anything else to the VM.
func TestFacts(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	const ld = 1<<zend.TypeLong | 1<<zend.TypeDouble
	f := &fn{oneBlock: true}
	sub := f.add(zend.Sub)
	asg := f.add(zend.Assign)
	mul := f.add(zend.Mul)
	f.add(zend.Echo)
	f.slot(sub, 1, 0)
	f.literal(sub, 2, dbl(1.5))
	f.ops[sub].ResultType, f.ops[sub].Result = uint8(zend.OpTmpVar), cv(6)
	f.slot(asg, 1, 1)
	f.set(asg, 2, uint8(zend.OpTmpVar), cv(6))
	f.slot(mul, 1, 1)
	f.slot(mul, 2, 1)
	f.ops[mul].ResultType, f.ops[mul].Result = uint8(zend.OpTmpVar), cv(7)
	w := f.wire()
	w.SSAVars = []wire.SSAVar{
		{TypeMask: ld, Var: 0, Def: -1},         // $cv0
		{TypeMask: ld, Var: 6, Def: int32(sub)}, // T6
		{TypeMask: ld, Var: 1, Def: int32(asg)}, // $cv1, assigned
		{TypeMask: ld, Var: 1, Def: -1},         // $cv1 before
		{TypeMask: ld, Var: 7, Def: int32(mul)}, // T7
	}
	none := wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	w.SSAOps = []wire.SSAOp{none, none, none, none}
	w.SSAOps[sub].Op1Use, w.SSAOps[sub].ResultDef = 0, 1
	w.SSAOps[asg].Op1Use, w.SSAOps[asg].Op2Use, w.SSAOps[asg].Op1Def = 3, 1, 2
	w.SSAOps[mul].Op1Use, w.SSAOps[mul].Op2Use, w.SSAOps[mul].ResultDef = 2, 2, 4
	in, c := compileAllocated(t, w)
	if typ, ok := in.fact(mul, int32(cv(1))); !ok || typ != zend.TypeDouble {
		t.Fatalf("no fact for $cv1 at the MUL: %v", in.facts)
	}
	entry := c.atEntry(mul)
	for _, x := range values {
		what := fmt.Sprintf("x = %v", x)
		got := c.run(sub, [numSlots]zval{0: x}, false)
		d, ok := binaryModel(zend.Sub, x, dbl(1.5))
		if !ok {
			if !got.fallback {
				t.Fatalf("%s: %+v, want the SUB's fallback", what, got)
			}
		} else {
			want, _ := binaryModel(zend.Mul, d, d)
			if got.next != 3 || !sameZval(got.frame[1], d) || !sameZval(got.frame[7], want) {
				t.Fatalf("%s: %+v, want $cv1 %v, T7 %v then op 3", what, got, d, want)
			}
		}
		// From the VM: $cv1 holds x.
		got = entry.run(mul, [numSlots]zval{1: x}, false)
		if x.typ() == zend.TypeDouble {
			want, _ := binaryModel(zend.Mul, x, x)
			if got.next != 3 || !sameZval(got.frame[7], want) {
				t.Fatalf("entry, %s: %+v, want %v then op 3", what, got, want)
			}
		} else if !got.fallback {
			t.Fatalf("entry, %s: %+v, want the VM (the fact does not hold)", what, got)
		}
	}
}

// TestLongFacts: "++$cv0; T7 = $cv0 * $cv0" with $cv0 LONG-or-DOUBLE (a
// counter that may overflow): the increment handles LONG only (anything
// else and the overflow on the VM), so the MUL after it checks no type on
// the native path; entered from the VM, the MUL's entry checks $cv0 is a
// LONG and sends anything else to the VM.
func TestLongFacts(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	const ld = 1<<zend.TypeLong | 1<<zend.TypeDouble
	f := &fn{oneBlock: true}
	inc := f.add(zend.PreInc)
	mul := f.add(zend.Mul)
	f.add(zend.Echo)
	f.slot(inc, 1, 0)
	f.slot(mul, 1, 0)
	f.slot(mul, 2, 0)
	f.ops[mul].ResultType, f.ops[mul].Result = uint8(zend.OpTmpVar), cv(7)
	w := f.wire()
	w.SSAVars = []wire.SSAVar{
		{TypeMask: ld, Var: 0, Def: -1},         // $cv0 before
		{TypeMask: ld, Var: 0, Def: int32(inc)}, // $cv0 after
		{TypeMask: ld, Var: 7, Def: int32(mul)}, // T7
	}
	none := wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	w.SSAOps = []wire.SSAOp{none, none, none}
	w.SSAOps[inc].Op1Use, w.SSAOps[inc].Op1Def = 0, 1
	w.SSAOps[mul].Op1Use, w.SSAOps[mul].Op2Use, w.SSAOps[mul].ResultDef = 1, 1, 2
	in, c := compileAllocated(t, w)
	if typ, ok := in.fact(mul, int32(cv(0))); !ok || typ != zend.TypeLong {
		t.Fatalf("no LONG fact for $cv0 at the MUL: %v", in.facts)
	}
	entry := c.atEntry(mul)
	for _, x := range values {
		what := fmt.Sprintf("x = %v", x)
		got := c.run(inc, [numSlots]zval{0: x}, false)
		nv, _, ok := incDecModel(zend.PreInc, x)
		if x.typ() != zend.TypeLong || !ok || nv.typ() != zend.TypeLong {
			// Not a LONG, or an overflow: the VM does the increment.
			if !got.fallback || !sameZval(got.frame[0], x) {
				t.Fatalf("%s: %+v, want the increment's fallback with $cv0 unchanged", what, got)
			}
			continue
		}
		want, ok := binaryModel(zend.Mul, nv, nv)
		if !ok {
			if got.fallback || got.next != mul || !sameZval(got.frame[0], nv) {
				t.Fatalf("%s: %+v, want $cv0 %v and the MUL's fallback", what, got, nv)
			}
			continue
		}
		if got.next != 2 || !sameZval(got.frame[0], nv) || !sameZval(got.frame[7], want) {
			t.Fatalf("%s: %+v, want $cv0 %v, T7 %v then op 2", what, got, nv, want)
		}
	}
	for _, x := range values {
		// From the VM: $cv0 holds x.
		what := fmt.Sprintf("entry, x = %v", x)
		got := entry.run(mul, [numSlots]zval{0: x}, false)
		want, ok := binaryModel(zend.Mul, x, x)
		switch {
		case x.typ() != zend.TypeLong:
			if !got.fallback {
				t.Fatalf("%s: %+v, want the VM (the fact does not hold)", what, got)
			}
		case !ok:
			if !got.fallback {
				t.Fatalf("%s: %+v, want the MUL's fallback (overflow)", what, got)
			}
		case got.next != 2 || !sameZval(got.frame[7], want):
			t.Fatalf("%s: %+v, want T7 %v then op 2", what, got, want)
		}
	}
}
