package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Which type to check first. Where SSA inference leaves an operand
// LONG-or-DOUBLE, the fast paths test the type byte once per type, LONG
// first: a double costs two compares and two jumps more than a long. For
// values that flow from property reads (whose class inference cannot see:
// the objects come out of untyped arrays, as in nbody) and from divisions,
// DOUBLE is what they almost always hold, so ops fed by them test DOUBLE
// first. Only the order changes: every case is still there, and a wrong
// guess costs the two compares it saves.

// likelyDepth bounds the walk back through definitions.
const likelyDepth = 8

// doubleLikely reports whether SSA variable v, which may be a DOUBLE, most
// likely is one at run time: defined by a property read, a division, or
// arithmetic or an assignment of such a value or of a double literal.
// Phis (loop-carried values) and parameters count as unknown.
func (in *Inliner) doubleLikely(v int32, depth int) bool {
	f := in.f
	if depth > likelyDepth || v < 0 || int(v) >= len(f.SSAVars) || f.SSAOps == nil {
		return false
	}
	if in.likely == nil {
		in.likely = make(map[int32]bool)
	}
	if r, ok := in.likely[v]; ok {
		return r
	}
	r := in.doubleLikelyDef(v, depth)
	if depth == 0 || r {
		in.likely[v] = r // a false cut short by the depth bound is not final
	}
	return r
}

func (in *Inliner) doubleLikelyDef(v int32, depth int) bool {
	f := in.f
	sv := f.SSAVars[v]
	if sv.TypeMask&mayBe(zend.TypeDouble) == 0 {
		return false
	}
	if t, ok := exactType(sv.TypeMask); ok && t == zend.TypeDouble {
		return true
	}
	d := int(sv.Def)
	if d < 0 || d >= len(f.Ops) || d >= len(f.SSAOps) {
		return false
	}
	op := f.Ops[d]
	s := f.SSAOps[d]
	from := func(use int32, t uint8, val uint32) bool {
		if zend.OpType(t) == zend.OpConst {
			o, ok := in.operand(d, t, val)
			return ok && !o.frame && o.typ == zend.TypeDouble
		}
		return in.doubleLikely(use, depth+1)
	}
	switch code := zend.Opcode(op.Opcode); code {
	case zend.FetchObjR, zend.FetchStaticPropR:
		return true
	case zend.Div:
		return true // LONG / LONG is a double unless exact; the fast path has no int case anyway
	case zend.Add, zend.Sub, zend.Mul:
		return from(s.Op1Use, op.Op1Type, op.Op1) || from(s.Op2Use, op.Op2Type, op.Op2)
	case zend.AssignOp:
		if zend.Opcode(op.ExtendedValue) == zend.Div {
			return true
		}
		return from(s.Op1Use, op.Op1Type, op.Op1) || from(s.Op2Use, op.Op2Type, op.Op2)
	case zend.Assign:
		return from(s.Op2Use, op.Op2Type, op.Op2)
	case zend.QmAssign:
		return from(s.Op1Use, op.Op1Type, op.Op1)
	}
	return false
}

// doubleFirst reports whether op i's numeric fast path should test DOUBLE
// before LONG: one of its operands is likely a double (doubleLikely).
func (in *Inliner) doubleFirst(i int) bool {
	if in.f.SSAOps == nil || i >= len(in.f.SSAOps) {
		return false
	}
	op := in.f.Ops[i]
	s := in.f.SSAOps[i]
	for _, o := range []struct {
		use int32
		t   uint8
		v   uint32
	}{{s.Op1Use, op.Op1Type, op.Op1}, {s.Op2Use, op.Op2Type, op.Op2}} {
		if zend.OpType(o.t) == zend.OpConst {
			if x, ok := in.operand(i, o.t, o.v); ok && !x.frame && x.typ == zend.TypeDouble {
				return true
			}
			continue
		}
		if in.doubleLikely(o.use, 0) {
			return true
		}
	}
	return false
}

// order returns types with DOUBLE moved first when g.dblFirst says so.
func (g *gen) order(types []zend.ZvalType) []zend.ZvalType {
	if !g.dblFirst || len(types) != 2 || types[0] != zend.TypeLong || types[1] != zend.TypeDouble {
		return types
	}
	return []zend.ZvalType{zend.TypeDouble, zend.TypeLong}
}

// switchTypeHot is switchType with, when g.dblFirst, the cases after the
// first (likely) one out of line: the likely case falls through to its
// end without jumping over the others.
func (g *gen) switchTypeHot(o opnd, types []zend.ZvalType, body func(t zend.ZvalType)) {
	ts := o.types(types)
	if _, known := o.known(); !g.dblFirst || !o.frame || known || len(ts) < 2 {
		g.switchType(o, types, body)
		return
	}
	rest := g.e.Cold(func() { g.switchType(o, ts[1:], body) })
	g.a.CmpMem8Imm(o.typeInfo(), uint8(ts[0]))
	g.a.Jcc(amd64.CondNE, rest)
	body(ts[0])
}

// incDec: the increments, whose long-likely fast paths handle LONG only
// (longLikelyIncDec).
func incDec(code zend.Opcode) bool {
	switch code {
	case zend.PreInc, zend.PreDec, zend.PostInc, zend.PostDec:
		return true
	}
	return false
}

// longLikelyIncDec reports whether increment op i most likely meets a
// LONG: SSA allows LONG and DOUBLE (a counter that may overflow: "$bit++"
// with no bound inference can see) and nothing says a double
// (doubleLikely). Its fast path then handles LONG only and leaves a
// DOUBLE, another type and the overflow to the VM, so its native path
// always leaves a LONG: a type fact for the ops after it (facts.go).
func (in *Inliner) longLikelyIncDec(i int) bool {
	f := in.f
	if f.SSAOps == nil || i >= len(f.SSAOps) || !incDec(zend.Opcode(f.Ops[i].Opcode)) ||
		zend.OpType(f.Ops[i].Op1Type) != zend.OpCV {
		return false
	}
	if _, reg := in.regOf(i, int32(f.Ops[i].Op1)); reg {
		return false // a register CV is LONG already
	}
	v := f.SSAOps[i].Op1Use
	if v < 0 || int(v) >= len(f.SSAVars) {
		return false
	}
	const ld = 1<<zend.TypeLong | 1<<zend.TypeDouble
	return f.SSAVars[v].TypeMask&ld == ld && !in.doubleLikely(v, 0)
}
