package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// VERIFY_RETURN_TYPE of a TMP or CV: the VM handler goes on at the next op
// when ZEND_TYPE_CONTAINS_CODE(ret_info->type, Z_TYPE_P(value)) holds, for
// a CV after ZVAL_DEREF; everything else (a reference, an UNDEF CV, a
// class type, int→float coercion, a TypeError) is its slow part. The fast
// path is that first test on the type byte: a REFERENCE or UNDEF never
// passes it (no declared type has those bits), so it falls back to the
// handler, which derefs and decides. When SSA proves the value's types are
// all declared, no code at all (opcache does the same).
//
// A CONST operand is never checked natively: the compiler only emits the
// op for a literal that fails the check (zend_emit_return_type_check), and
// the handler copies it into the result. A VAR may be INDIRECT.

// lowerVerifyReturnType: VERIFY_RETURN_TYPE.
func lowerVerifyReturnType(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	if op.Aux&wire.AuxKnown == 0 {
		return callthread.Plan{} // the wire does not say the declared type
	}
	switch zend.OpType(op.Op1Type) {
	case zend.OpTmpVar, zend.OpCV:
	default:
		return callthread.Plan{}
	}
	x, ok := in.op1(i)
	if !ok {
		return callthread.Plan{}
	}
	declared := op.Aux & wire.AuxTypeMask & mayBeAny &^ mayBe(zend.TypeUndef)
	if declared == 0 {
		return callthread.Plan{} // no value type passes (void, never, classes only)
	}
	if m := x.mask & mayBeTypes; m != 0 && m&^declared == 0 {
		return callthread.Plan{Emit: func(e *callthread.Emitter) { e.Goto(e.Next()) }}
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		typeCheck(e, x.typeInfo(), declared)
		e.Goto(e.Next())
	}}
}

// typeCheck takes the fallback unless the type byte at m is one of the
// MAY_BE_* bits of mask (bits 1..9): one compare for a single type, else
// the bit of the mask the type selects.
func typeCheck(e *callthread.Emitter, m amd64.Mem, mask uint32) {
	a := e.A
	if t, ok := exactType(mask); ok {
		a.CmpMem8Imm(m, uint8(t))
		a.Jcc(amd64.CondNE, e.Slow())
		return
	}
	a.LoadU8(amd64.RCX, m)
	a.MovImm64(amd64.RAX, uint64(mask))
	a.SarCL(amd64.RAX) // the type byte never exceeds IS_PTR (13) < 64
	a.AluRI(amd64.AluAnd, amd64.RAX, 1)
	a.Jcc(amd64.CondE, e.Slow())
}
