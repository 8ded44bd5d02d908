package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Assignments of scalars (NULL, FALSE, TRUE, LONG, DOUBLE): a copy of
// value and type_info (ZVAL_COPY_VALUE; u2 stays) with no refcount to take
// or drop.
//
//	ASSIGN $cv, y   when the CV holds no refcounted value (not a
//	                reference, string, array or object whose old value
//	                would need releasing: zend_assign_to_variable's
//	                Z_REFCOUNTED check) and y is a scalar; an UNDEF y (a
//	                warning) is the handler's. T = the value when used.
//	QM_ASSIGN       T = y for a scalar y (or $cv = y: resultCV).
//	FREE            nothing to do for a value that is not refcounted.

// scalarCopy emits the copy of y into the zvals outs. A frame y must hold
// a scalar type (1-5), else the fallback runs.
func (g *gen) scalarCopy(y opnd, check bool, outs ...opnd) {
	a := g.a
	if t, ok := y.known(); ok && t >= zend.TypeNull && t <= zend.TypeDouble {
		g.knownCopy(y, t, outs)
		return
	}
	if !y.frame {
		number := y.typ == zend.TypeLong || y.typ == zend.TypeDouble
		small := int64(y.val) == int64(int32(y.val)) // a sign-extended imm32 (0.0 too)
		if number && !small {
			g.a.MovImm64(amd64.RAX, y.val)
		}
		for _, o := range outs {
			if g.literalIntoReg(y, o) {
				continue
			}
			switch {
			case number && small:
				a.StoreImm64(o.value(), int32(y.val))
			case number:
				a.Store64(o.value(), amd64.RAX)
			}
			if !o.holds(y.typ) || o.storeType {
				a.StoreImm32(o.typeInfo(), uint32(y.typ))
			}
			g.reload(o)
		}
		return
	}
	if check {
		// type - 1 <= 4 (unsigned) is NULL..DOUBLE; UNDEF wraps around.
		a.Load32(amd64.RDX, y.typeInfo())
		a.Lea(amd64.RAX, amd64.M(amd64.RDX, -1))
		a.AluRI(amd64.AluCmp, amd64.RAX, int32(zend.TypeDouble-1))
		a.Jcc(amd64.CondA, g.e.Slow())
	}
	a.Load64(amd64.RAX, y.value())
	for _, o := range outs {
		a.Store64(o.value(), amd64.RAX)
		a.Store32(o.typeInfo(), amd64.RDX)
		g.reload(o)
	}
}

// literalIntoReg sets a register out of y's type (a register CV or a
// forwarded TMP) to the literal y directly, not through its zval, and
// reports whether it did.
func (g *gen) literalIntoReg(y opnd, o opnd) bool {
	switch {
	case !o.reg:
		return false
	case !o.double && y.typ == zend.TypeLong:
		g.a.MovImm64(o.gpr, y.val)
	case o.double && y.typ == zend.TypeDouble && y.val == 0:
		g.a.ZeroX(o.xmm)
	case o.double && y.typ == zend.TypeDouble:
		g.a.LoadSD(o.xmm, g.a.Const64(y.val))
	default:
		return false
	}
	g.storeTypeOf(o, y.typ)
	return true
}

// knownCopy is scalarCopy of a frame y whose type t SSA proves: no check,
// and the value may come from y's register. A register out (of type t
// too, per SSA) gets the value in its register only.
func (g *gen) knownCopy(y opnd, t zend.ZvalType, outs []opnd) {
	a := g.a
	yx := y.reg && y.double
	switch {
	case yx:
	case y.reg:
		a.Mov(amd64.RAX, y.gpr)
	default:
		a.Load64(amd64.RAX, y.value())
	}
	for _, o := range outs {
		switch {
		case o.reg && o.double && yx:
			a.MovX(o.xmm, y.xmm)
		case o.reg && o.double:
			a.MovqToX(o.xmm, amd64.RAX)
		case o.reg:
			a.Mov(o.gpr, amd64.RAX)
		case yx:
			a.StoreSD(o.value(), y.xmm)
		default:
			a.Store64(o.value(), amd64.RAX)
		}
		if !o.reg && !o.holds(t) || o.storeType {
			a.StoreImm32(o.typeInfo(), uint32(t))
		}
	}
}

// reload refreshes the register of a register CV o from its zval, just
// written (assignments into it keep the register current).
func (g *gen) reload(o opnd) {
	switch {
	case !o.reg:
	case o.double:
		g.a.LoadSD(o.xmm, o.value())
	default:
		g.a.Load64(o.gpr, o.value())
	}
}

// lowerAssign: ASSIGN to a CV.
func lowerAssign(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	if zend.OpType(op.Op1Type) != zend.OpCV {
		return callthread.Plan{}
	}
	x, y, ok1 := in.operands(i) // x: the CV, with its old value's SSA type
	res, used, ok3 := in.result(i)
	if !ok1 || !ok3 || !y.scalar() {
		return callthread.Plan{}
	}
	if !x.reg && zend.OpType(op.Op2Type) == zend.OpTmpVar && y.mask&countedTypes != 0 {
		return in.assignTmp(x, y, res, used)
	}
	x.storeType = in.undefStore(i, x, in.ssaOp(i).Op1Use)
	outs := []opnd{x}
	if used {
		outs = append(outs, res)
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		g.assignable(x)
		g.scalarCopy(y, true, outs...)
		e.Goto(e.Next())
	}}
}

// countedTypes are the value types that may be refcounted (not references).
const countedTypes = 1<<zend.TypeString | 1<<zend.TypeArray | 1<<zend.TypeObject | 1<<zend.TypeResource

// assignTmp: ASSIGN $cv, T of a TMP that may hold a refcounted value (an
// object or array a fetch copied, say), as zend_assign_to_variable does
// for a TMP: the CV takes the TMP's value and its reference (a TMP dies
// with its one use), and the CV's old value loses one, when that neither
// frees it (a destructor, a free: the handler's) nor makes it a possible
// GC root (gc_possible_root: the handler's unless the value is already
// buffered or not collectable). A reference in the CV (assign through it)
// and UNDEF or INDIRECT TMPs are the handler's. T = a copy when used.
func (in *Inliner) assignTmp(x, y, res opnd, used bool) callthread.Plan {
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		slow := e.Slow()
		// The TMP: NULL..RESOURCE.
		typeIn(a, y.typeInfo(), amd64.RAX, zend.TypeResource, slow)
		releaseOld(e, x, amd64.RCX, amd64.RAX)
		a.Load64(amd64.RAX, y.value())
		a.Load32(amd64.RDX, y.typeInfo())
		a.Store64(x.value(), amd64.RAX)
		a.Store32(x.typeInfo(), amd64.RDX)
		if used {
			counted := a.NewLabel()
			a.TestMem8Imm(y.typeFlags(), zend.TypeFlagRefcounted>>8)
			a.Jcc(amd64.CondE, counted)
			a.AddMem32Imm(amd64.M(amd64.RAX, zend.ZendRefcountedRefcount), 1)
			a.Bind(counted)
			a.Store64(res.value(), amd64.RAX)
			a.Store32(res.typeInfo(), amd64.RDX)
		}
		e.Goto(e.Next())
	}}
}

// lowerQmAssign: QM_ASSIGN into a TMP/VAR.
func lowerQmAssign(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	y, ok1 := in.operand(i, op.Op1Type, op.Op1)
	res, used, ok2 := in.result(i)
	if r, ok := in.resultCV(i); ok {
		res, used, ok2 = r, true, true
	}
	if !ok1 || !ok2 || !used || !y.scalar() {
		return callthread.Plan{}
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		g.scalarCopy(y, true, res)
		e.Goto(e.Next())
	}}
}

// lowerFree: FREE of a TMP/VAR.
func lowerFree(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	t := zend.OpType(op.Op1Type)
	x, ok := in.slot(op.Op1)
	if !ok || t != zend.OpTmpVar && t != zend.OpVar {
		return callthread.Plan{}
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		e.A.TestMem8Imm(x.typeFlags(), zend.TypeFlagRefcounted>>8)
		e.A.Jcc(amd64.CondNE, e.Slow())
		e.Goto(e.Next())
	}}
}

// storeRegValue stores a register operand y (a LONG in its gpr, a DOUBLE
// in its xmm) into the zval at val/typ, value and type (ZVAL_COPY_VALUE;
// the target's u2 stays).
func storeRegValue(a *amd64.Assembler, val, typ amd64.Mem, y opnd) {
	if y.double {
		a.StoreSD(val, y.xmm)
		a.StoreImm32(typ, uint32(zend.TypeDouble))
		return
	}
	a.Store64(val, y.gpr)
	a.StoreImm32(typ, uint32(zend.TypeLong))
}

// storeScalar copies the scalar operand y (a literal, a register, or a
// zval in the frame whose type the fast path has checked) into the zval at
// val/typ: value and type_info (ZVAL_COPY_VALUE; the target's u2 stays).
// A zval y goes through rax and typeReg, which hold its value and
// type_info afterwards.
func (g *gen) storeScalar(val, typ amd64.Mem, y opnd, typeReg amd64.Reg) {
	a := g.a
	switch {
	case !y.frame:
		storeLiteral(a, val, typ, y, amd64.RAX)
	case y.reg:
		storeRegValue(a, val, typ, y)
	default:
		a.Load64(amd64.RAX, y.value())
		a.Load32(typeReg, y.typeInfo())
		a.Store64(val, amd64.RAX)
		a.Store32(typ, typeReg)
	}
}

// typeIn takes slow unless the type byte at typ is NULL..hi: type - 1 <=
// hi - 1 (unsigned), so UNDEF wraps around. reg is clobbered.
func typeIn(a *amd64.Assembler, typ amd64.Mem, reg amd64.Reg, hi zend.ZvalType, slow amd64.Label) {
	a.LoadU8(reg, typ)
	a.AluRI(amd64.AluSub, reg, 1)
	a.AluRI(amd64.AluCmp, reg, int32(hi-1))
	a.Jcc(amd64.CondA, slow)
}

// releaseOld drops one reference of the CV x's old value, as assigning
// over it does, when it is refcounted and that neither frees it (a
// destructor, a free) nor makes it a possible GC root (gc_possible_root,
// unless the value is already buffered or not collectable): those, and a
// reference in x (an assignment through it), take the fallback. Nothing
// when x is known to hold a scalar. ptr and tmp are clobbered.
func releaseOld(e *callthread.Emitter, x opnd, ptr, tmp amd64.Reg) {
	if t, ok := x.known(); ok && t <= zend.TypeDouble {
		return
	}
	a := e.A
	slow := e.Slow()
	plain := a.NewLabel()
	a.TestMem8Imm(x.typeFlags(), zend.TypeFlagRefcounted>>8)
	a.Jcc(amd64.CondE, plain)
	a.CmpMem8Imm(x.typeInfo(), uint8(zend.TypeReference))
	a.Jcc(amd64.CondE, slow)
	a.Load64(ptr, x.value())
	a.Load32(tmp, amd64.M(ptr, zend.ZendRefcountedRefcount))
	a.AluRI(amd64.AluCmp, tmp, 1)
	a.Jcc(amd64.CondBE, slow) // the last reference: freed
	a.Load32(tmp, amd64.M(ptr, zend.ZendRefcountedTypeInfo))
	mask := gcMayNotLeak // sign-extended: the same low 32 bits
	a.AluRI(amd64.AluAnd, tmp, int32(mask))
	a.Jcc(amd64.CondE, slow) // GC_MAY_LEAK: gc_possible_root's
	a.AddMem32Imm(amd64.M(ptr, zend.ZendRefcountedRefcount), -1)
	a.Bind(plain)
}
