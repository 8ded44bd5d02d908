package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Writes to declared properties, found as FETCH_OBJ_R finds them: the
// run-time cache slot (OP_DATA's extended_value for these ops) holds the
// object's class, the property's offset and its zend_property_info (NULL
// for an untyped property), which the handler stored there on an earlier
// run (zend_get_property_offset). A readonly property, a reference, an
// UNDEF slot (unset, uninitialized, or magic __get/__set territory) and a
// value a typed property would need to coerce are the handler's.
//
//	ASSIGN_OBJ_OP  $o->p op= y for ADD, SUB, MUL, DIV (extended_value) of
//	               a LONG or DOUBLE property and a LONG or DOUBLE y, in
//	               place: LONG x LONG without overflow (DIV: never), else
//	               in doubles with DIV's zero check. A typed property must
//	               accept the result's type as it is (its type mask holds
//	               it: zend_verify_property_type's first test), so int
//	               never becomes float natively.
//	ASSIGN_OBJ     $o->p = y of a NULL, FALSE, TRUE, LONG or DOUBLE y into
//	               a property holding no refcounted value (nothing to
//	               release), when a typed property's mask holds y's type
//	               (no coercion: int into float is the handler's). The
//	               result, when used, is y.

// Offsets in zend_property_info and its flag the fast paths test
// (_Static_assert'ed in ext/gojit_loader.c).
const (
	propInfoFlags    = zend.ZendPropertyInfoFlags
	propInfoTypeMask = zend.ZendPropertyInfoTypeMask
	accReadonly      = zend.ZendAccReadonly
)

// objOperand resolves the container of a property op: a CV, or $this
// (UNUSED). It returns the zval's value and type_info locations.
func (in *Inliner) objOperand(i int) (obj, objType amd64.Mem, ok bool) {
	op := in.f.Ops[i]
	switch zend.OpType(op.Op1Type) {
	case zend.OpCV:
		c, ok := in.slot(op.Op1)
		if !ok {
			return amd64.Mem{}, amd64.Mem{}, false
		}
		return c.value(), c.typeInfo(), true
	case zend.OpUnused:
		return amd64.M(amd64.R14, zend.ExecuteDataThis+zend.ZvalValue),
			amd64.M(amd64.R14, zend.ExecuteDataThis+zend.ZvalTypeInfo), true
	}
	return amd64.Mem{}, amd64.Mem{}, false
}

// propData resolves what a property write needs at compile time: the
// literal name (op2), the OP_DATA after op i, its value operand (with
// register and SSA type) and the cache slot.
func (in *Inliner) propData(i int) (val opnd, slot int32, ok bool) {
	ops := in.f.Ops
	op := ops[i]
	if i+2 >= len(ops) || zend.Opcode(ops[i+1].Opcode) != zend.OpData || in.blockStart[i+1] {
		return opnd{}, 0, false
	}
	name, ok1 := in.operand(i, op.Op2Type, op.Op2)
	if !ok1 || name.frame || name.typ != zend.TypeString {
		return opnd{}, 0, false
	}
	d := ops[i+1]
	if d.ExtendedValue > 1<<30 || d.ExtendedValue%8 != 0 {
		return opnd{}, 0, false
	}
	// OP_DATA's own operand: a literal is relative to its opline (the
	// registers are op i's too, in the same block and region; nothing is
	// forwarded into OP_DATA).
	val, ok2 := in.operand(i+1, d.Op1Type, d.Op1)
	if !ok2 {
		return opnd{}, 0, false
	}
	if in.f.SSAOps != nil {
		val = in.withSSA(val, in.f.SSAOps[i+1].Op1Use)
	}
	return val, int32(d.ExtendedValue), true
}

// propLookup emits the object and cache checks: rdx = the property's zval,
// info (rcx or r11) = its zend_property_info (0: untyped). rax and rcx are
// clobbered.
func propLookup(e *callthread.Emitter, obj, objType amd64.Mem, slot int32, info amd64.Reg) {
	propAddr(e, obj, objType, slot, amd64.RDX)
	e.A.Load64(info, amd64.M(amd64.RCX, slot+16))
}

// propAddr emits the checks that obj is an object of the class the
// run-time cache slot holds and that the slot's offset is a declared
// property's (else the fallback): dst (rax or rdx) = the property's zval,
// rcx = the run-time cache; the other of rax and rdx is clobbered.
func propAddr(e *callthread.Emitter, obj, objType amd64.Mem, slot int32, dst amd64.Reg) {
	a := e.A
	slow := e.Slow()
	a.CmpMem8Imm(objType, uint8(zend.TypeObject))
	a.Jcc(amd64.CondNE, slow)
	a.Load64(amd64.RAX, obj) // zend_object *
	a.Load64(amd64.RCX, amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache))
	a.Load64(amd64.RDX, amd64.M(amd64.RAX, zend.ZendObjectCe))
	a.AluRM(amd64.AluCmp, amd64.RDX, amd64.M(amd64.RCX, slot))
	a.Jcc(amd64.CondNE, slow)
	a.Load64(amd64.RDX, amd64.M(amd64.RCX, slot+8)) // property offset
	a.AluRI(amd64.AluCmp, amd64.RDX, 0)
	a.Jcc(amd64.CondLE, slow) // dynamic or wrong: not a declared property
	other := amd64.RAX
	if dst == amd64.RAX {
		other = amd64.RDX
	}
	a.AluRR(amd64.AluAdd, dst, other)
}

// propAccepts takes the fallback unless the property whose info is in rcx
// (0: untyped) is writable and its type takes a value of type t as it is.
func propAccepts(e *callthread.Emitter, t zend.ZvalType) {
	a := e.A
	untyped := a.NewLabel()
	a.AluRI(amd64.AluCmp, amd64.RCX, 0)
	a.Jcc(amd64.CondE, untyped)
	a.TestMem8Imm(amd64.M(amd64.RCX, propInfoFlags), accReadonly)
	a.Jcc(amd64.CondNE, e.Slow())
	// MAY_BE_NULL..MAY_BE_DOUBLE are in the mask's low byte.
	a.TestMem8Imm(amd64.M(amd64.RCX, propInfoTypeMask), uint8(mayBe(t)))
	a.Jcc(amd64.CondE, e.Slow())
	a.Bind(untyped)
}

// propWritable is propAccepts for a value of the type the property holds
// now: a typed property only ever holds values of its type (no reference:
// the type byte said so), so only readonly remains to check.
func propWritable(e *callthread.Emitter) {
	a := e.A
	untyped := a.NewLabel()
	a.AluRI(amd64.AluCmp, amd64.RCX, 0)
	a.Jcc(amd64.CondE, untyped)
	a.TestMem8Imm(amd64.M(amd64.RCX, propInfoFlags), accReadonly)
	a.Jcc(amd64.CondNE, e.Slow())
	a.Bind(untyped)
}

// lowerAssignObj: $obj->prop = y (+ OP_DATA) of a scalar y.
func lowerAssignObj(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	obj, objType, ok1 := in.objOperand(i)
	y, _, ok2 := in.propData(i)
	res, used, ok3 := in.result(i)
	if !ok1 || !ok2 || !ok3 || !y.scalar() || op.ExtendedValue > 1<<30 || op.ExtendedValue%8 != 0 {
		return callthread.Plan{}
	}
	slot := int32(op.ExtendedValue) // ASSIGN_OBJ's cache slot is its own
	yt, known := y.known()
	if !y.frame {
		yt, known = y.typ, true
	}
	if known && (yt < zend.TypeNull || yt > zend.TypeDouble) {
		return callthread.Plan{}
	}
	var outs []opnd
	if used {
		outs = append(outs, res)
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		a := g.a
		slow := e.Slow()
		if !known {
			typeIn(a, y.typeInfo(), amd64.RAX, zend.TypeDouble, slow)
		}
		propLookup(e, obj, objType, slot, amd64.R11)
		prop := amd64.M(amd64.RDX, zend.ZvalValue)
		propType := amd64.M(amd64.RDX, zend.ZvalTypeInfo)
		// The old value: initialized (UNDEF: uninitialized, unset, magic)
		// and not refcounted (a reference, or a value to release).
		a.CmpMem8Imm(propType, uint8(zend.TypeUndef))
		a.Jcc(amd64.CondE, slow)
		a.TestMem8Imm(amd64.M(amd64.RDX, zend.ZvalTypeInfo+1), zend.TypeFlagRefcounted>>8)
		a.Jcc(amd64.CondNE, slow)
		// A typed property: writable, and its mask holds y's type.
		untyped := a.NewLabel()
		a.AluRI(amd64.AluCmp, amd64.R11, 0)
		a.Jcc(amd64.CondE, untyped)
		a.TestMem8Imm(amd64.M(amd64.R11, propInfoFlags), accReadonly)
		a.Jcc(amd64.CondNE, slow)
		if known {
			a.TestMem8Imm(amd64.M(amd64.R11, propInfoTypeMask), uint8(mayBe(yt)))
			a.Jcc(amd64.CondE, slow)
		} else {
			a.LoadU8(amd64.RCX, y.typeInfo())
			a.Load32(amd64.RAX, amd64.M(amd64.R11, propInfoTypeMask))
			a.SarCL(amd64.RAX)
			a.AluRI(amd64.AluAnd, amd64.RAX, 1)
			a.Jcc(amd64.CondE, slow)
		}
		a.Bind(untyped)
		// ZVAL_COPY_VALUE: value and type_info; u2 (the property's flags)
		// stays.
		g.storeScalar(prop, propType, y, amd64.RCX)
		if y.frame && !y.reg { // rax and rcx hold the value and its type_info
			for _, o := range outs {
				a.Store64(o.value(), amd64.RAX)
				a.Store32(o.typeInfo(), amd64.RCX)
				g.reload(o)
			}
		}
		if used && (known || !y.frame) {
			g.scalarCopy(y, false, outs...)
		}
		e.Goto(i + 2)
	}}
}

// propOp: the op codes ASSIGN_OBJ_OP does natively.
func propOp(code zend.Opcode) bool {
	switch code {
	case zend.Add, zend.Sub, zend.Mul, zend.Div:
		return true
	}
	return false
}

// lowerAssignObjOp: $obj->prop op= y (+ OP_DATA).
func lowerAssignObjOp(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	code := zend.Opcode(op.ExtendedValue)
	if op.ExtendedValue > 0xff || !propOp(code) {
		return callthread.Plan{}
	}
	obj, objType, ok1 := in.objOperand(i)
	y, slot, ok2 := in.propData(i)
	res, used, ok3 := in.result(i)
	if !ok1 || !ok2 || !ok3 || !y.numeric() || len(y.types(numTypes)) == 0 {
		return callthread.Plan{}
	}
	if code == zend.Div && !y.frame && y.asDouble() == 0 {
		return callthread.Plan{} // always throws
	}
	var outs []opnd
	if used {
		outs = append(outs, res)
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		a := g.a
		slow := e.Slow()
		propLookup(e, obj, objType, slot, amd64.RCX)
		// rax: the long result; literals are built in rax (doubles) or
		// r11 (longs).
		prop := amd64.M(amd64.RDX, zend.ZvalValue)
		propType := amd64.M(amd64.RDX, zend.ZvalTypeInfo)
		g.switchType(y, numTypes, func(ty zend.ZvalType) {
			// A DOUBLE property (the common case: float-typed ones).
			isLong := a.NewLabel()
			a.CmpMem8Imm(propType, uint8(zend.TypeDouble))
			a.Jcc(amd64.CondNE, isLong)
			propWritable(e) // it holds a DOUBLE: its type accepts one
			a.LoadSD(amd64.X0, prop)
			g.propDouble(code, y, ty, prop, outs)
			e.Goto(i + 2)
			// A LONG property.
			a.Bind(isLong)
			a.CmpMem8Imm(propType, uint8(zend.TypeLong))
			a.Jcc(amd64.CondNE, slow)
			if ty == zend.TypeLong && code != zend.Div {
				propAccepts(e, zend.TypeLong)
				a.Load64(amd64.RAX, prop)
				if code == zend.Mul {
					g.loadLong(amd64.R11, y)
					a.Imul(amd64.RAX, amd64.R11)
				} else {
					alu := amd64.AluAdd
					if code == zend.Sub {
						alu = amd64.AluSub
					}
					g.aluLong(alu, amd64.RAX, y)
				}
				a.Jcc(amd64.CondO, slow) // a float: the handler's
				a.Store64(prop, amd64.RAX)
				g.storeLong(amd64.RAX, outs...)
			} else {
				propAccepts(e, zend.TypeDouble)
				a.ZeroX(amd64.X0)
				a.Cvtsi2sdMem(amd64.X0, prop)
				g.propDouble(code, y, ty, prop, outs)
				a.StoreImm32(propType, uint32(zend.TypeDouble))
			}
			e.Goto(i + 2)
		})
	}}
}

// propDouble does xmm0 = xmm0 code y (y of run-time type ty), with DIV's
// zero check, and stores the value into the property (value only) and
// outs.
func (g *gen) propDouble(code zend.Opcode, y opnd, ty zend.ZvalType, prop amd64.Mem, outs []opnd) {
	a := g.a
	ys := g.xsrc(y, ty, amd64.X1)
	if code == zend.Div {
		// Division by +-0.0 throws DivisionByZeroError; NaN divides.
		ok := a.NewLabel()
		a.ZeroX(amd64.X2)
		a.Ucomisd(ys, amd64.X2)
		a.Jcc(amd64.CondP, ok)
		a.Jcc(amd64.CondE, g.e.Slow())
		a.Bind(ok)
	}
	a.SseRR(sseOf[code], amd64.X0, ys)
	a.StoreSD(prop, amd64.X0)
	g.storeDouble(amd64.X0, outs...)
}
