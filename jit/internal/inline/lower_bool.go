package inline

import (
	"math"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Truth values and scalar conversions of NULL, FALSE, TRUE, LONG and
// DOUBLE operands, as zend_operators.h and the VM's handlers do them:
//
//	BOOL, BOOL_NOT     T = (bool)x, T = !x. A LONG is true unless 0, a
//	                   DOUBLE unless 0.0 or -0.0 (NAN is true), as
//	                   i_zend_is_true says.
//	JMPZ_EX, JMPNZ_EX  T = (bool)x, then jump when it is false (true): the
//	                   && and || whose value is used.
//	CAST               (int)/intval() and (float)/floatval(), plus
//	                   _IS_BOOL, the same as BOOL (the compiler emits BOOL
//	                   for (bool) and boolval()). A DOUBLE becomes an int
//	                   as zend_dval_to_lval does where that is a C
//	                   truncation; NAN, infinities (0 in PHP), values
//	                   outside [-2^63, 2^63) (PHP 8.2 takes them modulo
//	                   2^64) and -2^63 itself are the handler's.
//	RECV_INIT          a missing argument gets its default when that is a
//	                   NULL, bool, int or float literal (ZVAL_COPY of a
//	                   value without refcount); a passed one needs nothing
//	                   in a function without type hints, and with them the
//	                   handler's check against arg_info (which the wire
//	                   does not carry: unlike RECV, the op has no type mask).
//
// UNDEF (a warning), strings, arrays, objects, resources and references
// are the handlers'. The operand must be a CV, TMP or VAR: a literal one
// is folded by the optimizer (and left to the handler without it). A
// value result may be a CV (the optimizer's "$cv = (int)$x"): the handlers
// overwrite it without releasing the old value, and so do the fast paths.
// "T = op x; $cv = T" is fused as in lower_arith.go.

// castBool is _IS_BOOL (zend_types.h), CAST's extended_value for (bool).
const castBool = 18

// constTypes are the types whose truth value is their type: checked first,
// as bools are the usual operands of !, && and ||.
var constTypes = []zend.ZvalType{zend.TypeTrue, zend.TypeFalse, zend.TypeNull}

// truthTypes are the types whose truth value is known here.
var truthTypes = append(constTypes[:len(constTypes):len(constTypes)], numTypes...)

// castTypes are the same types for the casts, numbers first.
var castTypes = append(numTypes[:len(numTypes):len(numTypes)], constTypes...)

// dest is where a fast path stores its value.
type dest struct {
	outs []opnd
	fuse bool // "T = op; $cv = T" fused: cv must be assignable first
	cv   opnd
}

// valueDest returns op i's dest: its result (a TMP, VAR or CV), or with
// the ASSIGN after it fused (assignOf), the CV and the ASSIGN's result.
func (in *Inliner) valueDest(i int) (dest, bool) {
	op := in.f.Ops[i]
	if zend.OpType(op.ResultType) == zend.OpCV {
		r, ok := in.slot(op.Result)
		r = in.withSSA(r, in.ssaOp(i).ResultUse) // the old value's type
		return dest{outs: []opnd{r}}, ok
	}
	res, used, ok := in.result(i)
	if !ok || !used {
		return dest{}, false
	}
	if cv, outs, fuse := in.assignOf(i); fuse {
		return dest{outs: outs, fuse: true, cv: cv}, true
	}
	return dest{outs: []opnd{res}}, true
}

// unary resolves op i's operand, a CV, TMP or VAR that may hold one of
// types, and its dest.
func (in *Inliner) unary(i int, types []zend.ZvalType) (opnd, dest, bool) {
	x, ok1 := in.op1(i)
	d, ok2 := in.valueDest(i)
	return x, d, ok1 && ok2 && x.frame && len(x.types(types)) > 0
}

// truth jumps to onTrue or onFalse by the truth value of x, a frame
// operand; other types take the fallback. TRUE, FALSE and NULL need one
// compare and jump each, the last one none when SSA proves x holds one of
// them.
func (g *gen) truth(x opnd, onTrue, onFalse amd64.Label) {
	a := g.a
	cts := x.types(constTypes)
	for k, t := range cts {
		to := onFalse
		if t == zend.TypeTrue {
			to = onTrue
		}
		if k == len(cts)-1 && provenIn(x, cts) {
			a.JmpNext(to)
			return
		}
		a.CmpMem8Imm(x.typeInfo(), uint8(t))
		a.Jcc(amd64.CondE, to)
	}
	g.switchType(x, numTypes, func(t zend.ZvalType) {
		switch {
		case t == zend.TypeDouble:
			// Without its sign bit a double is 0 for 0.0 and -0.0 only.
			a.Load64(amd64.RAX, x.value())
			a.AluRR(amd64.AluAdd, amd64.RAX, amd64.RAX)
		case x.reg:
			a.CmpImm(x.gpr, 0)
		default:
			a.CmpMemImm(x.value(), 0)
		}
		a.Jcc(amd64.CondE, onFalse)
		a.JmpNext(onTrue) // none when the caller binds onTrue next
	})
}

// provenIn reports whether SSA proves that frame operand x holds one of
// types ts: neither UNDEF, a reference nor anything else.
func provenIn(x opnd, ts []zend.ZvalType) bool {
	var m uint32
	for _, t := range ts {
		m |= mayBe(t)
	}
	v := x.mask & mayBeTypes
	return x.frame && v != 0 && v&^m == 0
}

// storeBool writes TRUE or FALSE into the zvals outs (the type only, as
// ZVAL_TRUE and ZVAL_FALSE do).
func (g *gen) storeBool(v bool, outs ...opnd) {
	t := zend.TypeFalse
	if v {
		t = zend.TypeTrue
	}
	for _, o := range outs {
		g.a.StoreImm32(o.typeInfo(), uint32(t))
	}
}

// lowerBool: BOOL, BOOL_NOT, and CAST to _IS_BOOL.
func lowerBool(in *Inliner, i int) callthread.Plan {
	x, d, ok := in.unary(i, truthTypes)
	if !ok {
		return callthread.Plan{}
	}
	not := zend.Opcode(in.f.Ops[i].Opcode) == zend.BoolNot
	return callthread.Plan{Fuse: d.fuse, Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		if d.fuse {
			g.assignable(d.cv)
		}
		onTrue, onFalse := g.a.NewLabel(), g.a.NewLabel()
		g.truth(x, onTrue, onFalse)
		g.a.Bind(onTrue)
		g.storeBool(!not, d.outs...)
		e.Goto(e.Next())
		g.a.Bind(onFalse)
		g.storeBool(not, d.outs...)
		e.Goto(e.Next())
	}}
}

// lowerJmpzEx: JMPZ_EX, JMPNZ_EX.
func lowerJmpzEx(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	x, ok1 := in.op1(i)
	t, ok2 := jumpTarget(len(in.f.Ops), i, op.Op2)
	res, used, ok3 := in.result(i)
	if !ok1 || !ok2 || !ok3 || !used || !x.frame || len(x.types(truthTypes)) == 0 {
		return callthread.Plan{}
	}
	jmpnz := zend.Opcode(op.Opcode) == zend.JmpnzEx
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		ifTrue, ifFalse := e.Next(), t
		if jmpnz {
			ifTrue, ifFalse = t, e.Next()
		}
		onTrue, onFalse := g.a.NewLabel(), g.a.NewLabel()
		g.truth(x, onTrue, onFalse)
		// The result is written after the interrupt check of a backward
		// jump (one the optimizer threaded through a later JMPZ/JMPNZ).
		g.a.Bind(onTrue)
		e.GotoAfter(ifTrue, func() { g.storeBool(true, res) })
		g.a.Bind(onFalse)
		e.GotoAfter(ifFalse, func() { g.storeBool(false, res) })
	}}
}

// lowerCast: CAST to int, float or bool.
func lowerCast(in *Inliner, i int) callthread.Plan {
	to := in.f.Ops[i].ExtendedValue
	switch to {
	case castBool:
		return lowerBool(in, i)
	case uint32(zend.TypeLong), uint32(zend.TypeDouble):
	default:
		return callthread.Plan{}
	}
	x, d, ok := in.unary(i, castTypes)
	if !ok {
		return callthread.Plan{}
	}
	return callthread.Plan{Fuse: d.fuse, Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		if d.fuse {
			g.assignable(d.cv)
		}
		g.switchType(x, castTypes, func(t zend.ZvalType) {
			if to == uint32(zend.TypeLong) {
				g.castLong(x, t, d.outs)
			} else {
				g.castDouble(x, t, d.outs)
			}
			e.Goto(e.Next())
		})
	}}
}

// castLong stores zval_get_long(x), x of type t, into outs.
func (g *gen) castLong(x opnd, t zend.ZvalType, outs []opnd) {
	a := g.a
	switch t {
	case zend.TypeLong:
		g.loadLong(amd64.RAX, x)
	case zend.TypeDouble:
		// cvttsd2si truncates as (zend_long)d does, and gives MinInt64
		// for what zend_dval_to_lval does otherwise (NAN, infinities, out
		// of range) as well as for -2^63: the handler decides those. rax
		// - 1 overflows exactly when rax is MinInt64.
		a.Cvttsd2siMem(amd64.RAX, x.value())
		a.AluRI(amd64.AluCmp, amd64.RAX, 1)
		a.Jcc(amd64.CondO, g.e.Slow())
	default:
		g.scalarCopy(opnd{typ: zend.TypeLong, val: boolNum(t)}, false, outs...)
		return
	}
	g.storeLong(amd64.RAX, outs...)
}

// castDouble stores zval_get_double(x), x of type t, into outs.
func (g *gen) castDouble(x opnd, t zend.ZvalType, outs []opnd) {
	switch t {
	case zend.TypeLong, zend.TypeDouble:
		g.loadDouble(amd64.X0, x, t)
		g.storeDouble(amd64.X0, outs...)
	default:
		bits := math.Float64bits(float64(boolNum(t)))
		g.scalarCopy(opnd{typ: zend.TypeDouble, val: bits}, false, outs...)
	}
}

// boolNum is the number NULL, FALSE (0) and TRUE (1) convert to.
func boolNum(t zend.ZvalType) uint64 {
	if t == zend.TypeTrue {
		return 1
	}
	return 0
}

// lowerRecvInit: RECV_INIT with a scalar default.
func lowerRecvInit(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	param, ok1 := in.slot(op.Result)
	def, ok2 := in.operand(i, op.Op2Type, op.Op2)
	if !ok1 || !ok2 || zend.OpType(op.ResultType) != zend.OpCV || op.Op1 == 0 || op.Op1 > 1<<16 ||
		def.frame || !def.scalar() {
		return callthread.Plan{}
	}
	typed := in.f.Flags&zend.AccHasTypeHints != 0
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		a.Load32(amd64.RDX, amd64.M(amd64.R14, zend.ExecuteDataNumArgs))
		a.AluRI(amd64.AluCmp, amd64.RDX, int32(op.Op1))
		// Passed (arg_num <= EX_NUM_ARGS()).
		if typed {
			a.Jcc(amd64.CondAE, e.Slow())
		} else {
			e.Branch(amd64.CondAE, e.Next())
		}
		newGen(e).scalarCopy(def, false, param)
		e.Goto(e.Next())
	}}
}
