package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// lowerAssignDim: $cv[k] = y (+ OP_DATA), the result unused, as
// ZEND_ASSIGN_DIM does it for a packed array with a LONG key through
// ZEND_HASH_INDEX_LOOKUP (zend_fetch_dimension_address_inner, BP_VAR_W):
//
//	k < nNumUsed   an element that is neither UNDEF (a hole: the VM keeps
//	               the order by converting to a hash) nor refcounted (an
//	               old value to release, a reference to write through) is
//	               overwritten;
//	k == nNumUsed  below nTableSize (no growth), the append of
//	               _zend_hash_index_add_or_update_i's add_to_packed:
//	               nNumUsed = nNextFreeElement = k + 1, nNumOfElements++.
//
// The array must be the CV's own: refcount 1 and not immutable, so
// SEPARATE_ARRAY has nothing to do (copy-on-write holds: a shared array is
// the VM's). y is a NULL..DOUBLE (nothing to add a reference to); UNDEF
// (a warning), references and refcounted values are the VM's, as are
// hash tables, other keys, references to arrays, strings and objects.
func lowerAssignDim(in *Inliner, i int) callthread.Plan {
	ops := in.f.Ops
	op := ops[i]
	if zend.OpType(op.Op1Type) != zend.OpCV || zend.OpType(op.ResultType) != zend.OpUnused ||
		i+2 >= len(ops) || zend.Opcode(ops[i+1].Opcode) != zend.OpData || in.blockStart[i+1] {
		return callthread.Plan{}
	}
	switch zend.OpType(op.Op2Type) {
	case zend.OpCV, zend.OpTmpVar, zend.OpConst:
	default:
		return callthread.Plan{} // UNUSED ($a[] = y), VAR
	}
	arr, dim, ok1 := in.operands(i)
	d := ops[i+1]
	y, ok2 := in.operand(i+1, d.Op1Type, d.Op1) // registers of op i's region: the same block
	if !ok1 || !ok2 || arr.reg || len(dim.types(longTypes)) == 0 || !y.scalar() {
		return callthread.Plan{}
	}
	if in.f.SSAOps != nil && i+1 < len(in.f.SSAOps) {
		y = in.withSSA(y, in.f.SSAOps[i+1].Op1Use)
	}
	yt, known := y.known()
	if !y.frame {
		yt, known = y.typ, true
	}
	if known && (yt < zend.TypeNull || yt > zend.TypeDouble) {
		return callthread.Plan{}
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		slow := e.Slow()
		if !known {
			typeIn(a, y.typeInfo(), amd64.RAX, zend.TypeDouble, slow)
		}
		packedDim(e, arr, dim, true)
		existing, store := a.NewLabel(), a.NewLabel()
		a.AluRR(amd64.AluCmp, amd64.RCX, amd64.RDX) // unsigned: a negative key is far above
		a.Jcc(amd64.CondB, existing)
		a.Jcc(amd64.CondNE, slow) // past the end: holes
		a.Load32(amd64.RDX, amd64.M(amd64.RAX, zend.ZendArrayTableSize))
		a.AluRR(amd64.AluCmp, amd64.RCX, amd64.RDX)
		a.Jcc(amd64.CondAE, slow) // full: zend_hash_packed_grow
		a.Lea(amd64.RDX, amd64.M(amd64.RCX, 1))
		a.Store32(amd64.M(amd64.RAX, zend.ZendArrayNumUsed), amd64.RDX)
		a.Store64(amd64.M(amd64.RAX, zend.ZendArrayNextFree), amd64.RDX)
		a.AddMem32Imm(amd64.M(amd64.RAX, zend.ZendArrayNumOfElements), 1)
		a.ShlImm(amd64.RCX, 4) // * sizeof(zval)
		a.AluRM(amd64.AluAdd, amd64.RCX, amd64.M(amd64.RAX, zend.ZendArrayData))
		a.Jmp(store)
		a.Bind(existing)
		a.ShlImm(amd64.RCX, 4)
		a.AluRM(amd64.AluAdd, amd64.RCX, amd64.M(amd64.RAX, zend.ZendArrayData))
		a.CmpMem8Imm(amd64.M(amd64.RCX, zend.ZvalTypeInfo), uint8(zend.TypeUndef))
		a.Jcc(amd64.CondE, slow)
		a.TestMem8Imm(amd64.M(amd64.RCX, zend.ZvalTypeInfo+1), zend.TypeFlagRefcounted>>8)
		a.Jcc(amd64.CondNE, slow)
		a.Bind(store)
		// ZVAL_COPY_VALUE: value and type_info.
		newGen(e).storeScalar(amd64.M(amd64.RCX, zend.ZvalValue), amd64.M(amd64.RCX, zend.ZvalTypeInfo), y, amd64.RDX)
		e.Goto(i + 2)
	}}
}
