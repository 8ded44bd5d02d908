package inline

import (
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Local type facts. Inside a basic block, once a fast path has stored a
// DOUBLE or a LONG into a zval, the ops after it that read that zval on the
// native path need not check its type: nbody's "$dx = $ax - $b->x; $d2 =
// $dx * $dx + ...", mandelbrot's "$bit++; if ($bit === 8)". A fact holds
// for the native fall-through only:
//
//   - the facts of op i are those of the op before it in the same block
//     (Plan is asked in op order; a block start, or an op after one that
//     was not asked or got no fast path, starts with none), minus the
//     zvals that op writes (its SSA definitions and its result), plus the
//     ones it always writes a DOUBLE into (ADD/SUB/MUL/DIV and their
//     ASSIGN_OP with an operand known to be a double: every native case
//     computes in doubles) or a LONG into (the integer-only ops, ADD/SUB/
//     MUL of two LONGs whose overflow goes to the VM, ASSIGN of a LONG,
//     and the long-likely increments: likely.go);
//   - every other way into op i is an entry from the VM (after an op the
//     VM ran, or a fallback), which first checks the type byte of every
//     fact of op i and sends anything else to the VM (Load), or a jump to
//     a block start, which has no facts.

// typeFact says the zval at off holds a value of type typ (DOUBLE or
// LONG) on the native path.
type typeFact struct {
	off int32
	typ zend.ZvalType
}

// factsAt returns op i's facts as they stand when op i is planned.
func (in *Inliner) factsAt(i int) []typeFact {
	if !in.factsApply(i) {
		return nil
	}
	return in.pending
}

// factsApply reports whether the pending facts are op i's: with SSA, op
// i is not a block start and the op before it continues at op i.
func (in *Inliner) factsApply(i int) bool {
	return in.f.SSAOps != nil && !in.blockStart[i] && i == in.factsFor
}

// fact returns the type the zval at off is known to hold at op i, if a
// fact says.
func (in *Inliner) fact(i int, off int32) (zend.ZvalType, bool) {
	if in.facts == nil || i < 0 || i >= len(in.facts) {
		return 0, false
	}
	for _, f := range in.facts[i] {
		if f.off == off {
			return f.typ, true
		}
	}
	return 0, false
}

// withFact marks a frame operand of op i known DOUBLE or LONG when a fact
// says so.
func (in *Inliner) withFact(i int, o opnd) opnd {
	if !o.frame || o.reg {
		return o
	}
	if t, ok := in.fact(i, o.off); ok {
		o.mask = mayBe(t)
	}
	return o
}

// planFacts records op i's facts before it is lowered.
func (in *Inliner) planFacts(i int) {
	if in.facts == nil {
		in.facts = make([][]typeFact, len(in.f.Ops))
	}
	in.facts[i] = in.factsAt(i)
	if in.calls == nil {
		in.calls = make([]callFact, len(in.f.Ops))
	}
	in.calls[i] = callFact{}
	if in.factsApply(i) {
		in.calls[i] = in.pendingCall
	}
	if i >= in.factsFor || !in.factsSkip {
		in.factsFor, in.pending, in.factsSkip = -1, nil, false
		in.pendingCall = callFact{}
	} // else: an op the fast path before jumps over (sqrt's SEND, DO_ICALL)
}

// afterFacts computes the facts of the op a fast path p of op i continues
// at.
func (in *Inliner) afterFacts(i int, p callthread.Plan) {
	if p.Emit == nil || p.Jumps || p.Leaves || in.f.SSAOps == nil || in.factsFor > i {
		return
	}
	ops := in.f.Ops
	code := zend.Opcode(ops[i].Opcode)
	last := i // the last op the fast path does
	if p.Fuse {
		last = i + 1
	}
	switch {
	case code == zend.InitFcall && in.sqrtCalls[i]:
		last = i + 2 // sqrt(): INIT_FCALL, SEND, DO_ICALL (lower_sqrt.go)
	case code == zend.AssignObj || code == zend.AssignObjOp || code == zend.AssignDim:
		last = i + 1 // and their OP_DATA (lower_obj.go, lower_dim.go)
	}
	if last+1 >= len(ops) {
		return
	}
	var out []typeFact
	killed := map[int32]bool{}
	for k := i; k <= last; k++ {
		s := in.ssaOp(k)
		for _, v := range []int32{s.Op1Def, s.Op2Def, s.ResultDef} {
			if v >= 0 && int(v) < len(in.f.SSAVars) && in.f.SSAVars[v].Var >= 0 {
				killed[int32(zend.SizeofExecuteData+int64(in.f.SSAVars[v].Var)*zend.SizeofZval)] = true
			}
		}
		if zend.OpType(ops[k].ResultType) != zend.OpUnused {
			killed[int32(ops[k].Result)] = true
		}
	}
	for _, f := range in.facts[i] {
		if !killed[f.off] {
			out = append(out, f)
		}
	}
	op := ops[i]
	isDbl := func(o opnd) bool {
		t, known := o.known()
		return o.frame && known && t == zend.TypeDouble || !o.frame && o.typ == zend.TypeDouble
	}
	isLong := func(o opnd) bool {
		t, known := o.known()
		return o.frame && known && t == zend.TypeLong || !o.frame && o.typ == zend.TypeLong
	}
	// result: op i's result, when used and not forwarded into op i+1
	// (then its zval is written). cvAndResult: op1 (a CV) as well.
	// resultOrAssign: with the ASSIGN fused ("$cv = x op y"), the CV and
	// the ASSIGN's result instead of op i's.
	result := func(t zend.ZvalType) {
		if zend.OpType(op.ResultType) != zend.OpUnused && in.fwd(i+1).off != int32(op.Result) {
			out = append(out, typeFact{int32(op.Result), t})
		}
	}
	cvAndResult := func(t zend.ZvalType) {
		out = append(out, typeFact{int32(op.Op1), t})
		result(t)
	}
	resultOrAssign := func(t zend.ZvalType) {
		if !p.Fuse {
			result(t)
			return
		}
		a := ops[i+1]
		out = append(out, typeFact{int32(a.Op1), t})
		if zend.OpType(a.ResultType) != zend.OpUnused {
			out = append(out, typeFact{int32(a.Result), t})
		}
	}
	// The operands as op i's fast path saw them (its facts included).
	x0, y0, ok0 := in.operands(i)
	if !ok0 {
		x0, y0 = opnd{}, opnd{}
	}
	switch {
	case code == zend.InitFcall && in.sqrtCalls[i]:
		if r := ops[i+2]; zend.OpType(r.ResultType) != zend.OpUnused {
			out = append(out, typeFact{int32(r.Result), zend.TypeDouble}) // sqrt's result: a float
		}
	case binaryOp(code) && (longOnly(code) || isLong(x0) && isLong(y0)):
		// Integer ops, and ADD/SUB/MUL of two LONGs: the native path
		// (no overflow) always leaves a LONG.
		resultOrAssign(zend.TypeLong)
	case code == zend.AssignOp && !p.Fuse && zend.OpType(op.Op1Type) == zend.OpCV &&
		binaryOp(zend.Opcode(op.ExtendedValue)) &&
		(longOnly(zend.Opcode(op.ExtendedValue)) || isLong(x0) && isLong(y0)):
		cvAndResult(zend.TypeLong)
	case code == zend.Assign && zend.OpType(op.Op1Type) == zend.OpCV && isLong(y0):
		cvAndResult(zend.TypeLong)
	case code == zend.Add || code == zend.Sub || code == zend.Mul || code == zend.Div:
		x, y, ok := in.operands(i)
		if !ok || !isDbl(x) && !isDbl(y) {
			break
		}
		resultOrAssign(zend.TypeDouble)
	case code == zend.AssignOp && propOp(zend.Opcode(op.ExtendedValue)) && !p.Fuse:
		x, y, ok := in.operands(i)
		if !ok || zend.OpType(op.Op1Type) != zend.OpCV || !isDbl(x) && !isDbl(y) {
			break
		}
		cvAndResult(zend.TypeDouble)
	case incDec(code) && in.longLikelyIncDec(i):
		// A long-likely increment sends every other type to the VM, and
		// its overflow too: its native path always leaves a LONG.
		cvAndResult(zend.TypeLong)
	}
	// Register CVs need no fact: their type is SSA's.
	kept := out[:0]
	for _, f := range out {
		if _, reg := in.regOf(last+1, f.off); !reg {
			kept = append(kept, f)
		}
	}
	// Only ops a fast path jumps over may be asked about before the op
	// the facts are for (a fused op never is; if callthread refused the
	// fusion, the fused op is asked and the facts go).
	in.factsFor, in.pending, in.factsSkip = last+1, kept, last > i && !p.Fuse
	in.pendingCall = in.callAfter(i, last)
}
