package inline

import (
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// TestMarkTyped: in an inner loop nested in an outer one, a CV first
// assigned in a block every iteration runs is typed at entry (its
// assignment stores no type byte); one assigned under a condition is not,
// and neither is anything in a loop nested in none.
//
//	0: ASSIGN $cv5, 0      b0
//	1: JMP 7               b0
//	2: JMP 6               b1  outer body
//	3: ASSIGN $cv0, 1.5    b2  inner body: every iteration
//	4: JMPZ $cv1, 6        b2
//	5: ASSIGN $cv2, 2.5    b3  only when $cv1
//	6: JMPNZ $cv1, 3       b4  inner header
//	7: JMPNZ $cv1, 2       b5  outer header
//	8: RETURN              b6
func TestMarkTyped(t *testing.T) {
	f := &fn{}
	for _, code := range []zend.Opcode{zend.Assign, zend.Jmp, zend.Jmp, zend.Assign, zend.Jmpz,
		zend.Assign, zend.Jmpnz, zend.Jmpnz, zend.Return} {
		f.add(code)
	}
	f.slot(0, 1, 5)
	f.literal(0, 2, long(0))
	f.jump(1, 1, 7)
	f.jump(2, 1, 6)
	f.slot(3, 1, 0)
	f.literal(3, 2, dbl(1.5))
	f.slot(4, 1, 1)
	f.jump(4, 2, 6)
	f.slot(5, 1, 2)
	f.literal(5, 2, dbl(2.5))
	f.slot(6, 1, 1)
	f.jump(6, 2, 3)
	f.slot(7, 1, 1)
	f.jump(7, 2, 2)
	f.literal(8, 1, long(0))
	w := f.wire()
	w.Blocks = []wire.Block{
		{Start: 0, Len: 2, LoopHeader: -1},
		{Start: 2, Len: 1, LoopHeader: 5},
		{Start: 3, Len: 2, LoopHeader: 4},
		{Start: 5, Len: 1, LoopHeader: 4},
		{Start: 6, Len: 1, LoopHeader: 5, Flags: wire.BBLoopHeader},
		{Start: 7, Len: 1, LoopHeader: -1, Flags: wire.BBLoopHeader},
		{Start: 8, Len: 1, LoopHeader: -1},
	}
	blockOf := []uint32{0, 0, 1, 2, 2, 3, 4, 5, 6}
	for i := range w.Ops {
		w.Ops[i].Block = blockOf[i]
	}
	const ud = 1<<zend.TypeUndef | 1<<zend.TypeDouble
	w.SSAVars = []wire.SSAVar{
		{TypeMask: ud, Var: 0, Def: -1},                                   // $cv0 before op 3
		{TypeMask: 1 << zend.TypeDouble, Var: 0, Def: 3},                  // $cv0 after
		{TypeMask: ud, Var: 2, Def: -1},                                   // $cv2 before op 5
		{TypeMask: 1 << zend.TypeDouble, Var: 2, Def: 5},                  // $cv2 after
		{TypeMask: 1<<zend.TypeTrue | 1<<zend.TypeFalse, Var: 1, Def: -1}, // $cv1
	}
	none := wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	w.SSAOps = make([]wire.SSAOp, len(w.Ops))
	for i := range w.SSAOps {
		w.SSAOps[i] = none
	}
	w.SSAOps[3].Op1Use, w.SSAOps[3].Op1Def = 0, 1
	w.SSAOps[5].Op1Use, w.SSAOps[5].Op1Def = 2, 3
	w.SSAOps[4].Op1Use, w.SSAOps[6].Op1Use, w.SSAOps[7].Op1Use = 4, 4, 4
	in := New(w)
	depth := loopDepths(w.Blocks)
	if depth[4] != 2 || depth[5] != 1 {
		t.Fatalf("depths %v", depth)
	}
	if !in.everyIteration(2, 4) || in.everyIteration(3, 4) || !in.everyIteration(4, 4) {
		t.Fatal("everyIteration: want b2 and b4 every iteration of the inner loop, b3 not")
	}
	vars := func() loopRegs {
		return loopRegs{vars: []regVar{
			{off: int32(cv(0)), typ: zend.TypeDouble, xmm: xmmPool[0]},
			{off: int32(cv(2)), typ: zend.TypeDouble, xmm: xmmPool[1]},
		}}
	}
	lr := vars()
	in.markTyped(&lr, 4, []int{3, 4, 5, 6}, depth)
	if !lr.vars[0].typed || lr.vars[1].typed {
		t.Fatalf("inner loop: %+v, want $cv0 typed, $cv2 not", lr.vars)
	}
	// Entries check $cv0 only where its assignment may not have run in
	// this iteration: at the header and at the assignment itself, not
	// after it in its block nor in the block it dominates.
	in.loops = []loopRegs{lr}
	in.region = []int{-1, -1, -1, 0, 0, 0, 0, -1, -1}
	for i, want := range map[int]bool{6: true, 3: true, 4: false, 5: false} {
		if got := in.typedCheck(i, 0, lr.vars[0]); got != want {
			t.Errorf("typedCheck at op %d: %v, want %v", i, got, want)
		}
	}
	// The same ops as a region of a loop nested in none: entered once per
	// call, nothing typed.
	lr = vars()
	in.markTyped(&lr, 5, []int{2, 3, 4, 5, 6, 7}, depth)
	if lr.vars[0].typed || lr.vars[1].typed {
		t.Fatalf("outer loop: %+v, want nothing typed", lr.vars)
	}
}

// TestBoundedJump: "for ($i = 0; $i < 50; $i++) {}": the increment is the
// loop's only assignment of $i, in a block every iteration runs, and SSA
// bounds $i there to 50 values: the back edge needs no interrupt check.
// Not so with a range too wide, one that may overflow, or a call in the
// loop.
//
//	0: ASSIGN $cv0, 0          b0
//	1: JMP 3                   b0
//	2: PRE_INC $cv0            b1  body
//	3: IS_SMALLER $cv0, 50     b2  header
//	4: JMPNZ T, 2              b2
//	5: RETURN                  b3
func TestBoundedJump(t *testing.T) {
	build := func(lo, hi int64, flags uint32, body zend.Opcode) *Inliner {
		return New(countLoop(body, zend.Return, func(f *fn) { f.literal(3, 2, long(50)) }, lo, hi, flags))
	}
	for _, c := range []struct {
		what   string
		lo, hi int64
		flags  uint32
		body   zend.Opcode
		want   bool
	}{
		{"range of 50", 0, 49, 0, zend.PreInc, true},
		{"a decrement", 0, 49, 0, zend.PreDec, true},
		{"range too wide", 0, 1 << 40, 0, zend.PreInc, false},
		{"may overflow", 0, 49, wire.SSAVarOverflow, zend.PreInc, false},
		{"a call", 0, 49, 0, zend.DoUcall, false},
	} {
		if got := build(c.lo, c.hi, c.flags, c.body).BoundedJump(4, 2); got != c.want {
			t.Errorf("%s: BoundedJump %v, want %v", c.what, got, c.want)
		}
	}
}
