package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Reads from the frame's surroundings: arguments and declared properties.
//
//	RECV         argument i was passed (i <= EX_NUM_ARGS()) and its type is
//	             in the parameter's type mask (op2, MAY_BE_* bits): nothing
//	             to do, as in ZEND_RECV_SPEC; a missing argument (throws) or
//	             one that needs a coercion or a class check is the handler's.
//	FETCH_OBJ_R  $cv->name or $this->name with a literal name, when the
//	             run-time cache slot (extended_value) holds the object's
//	             class and a declared property's offset (what the handler
//	             stored there on an earlier run): a copy into the result
//	             (copyValue, with a reference more for a refcounted value).
//	             Dynamic properties, magic __get, references and
//	             uninitialized typed properties are the handler's.
//	FETCH_DIM_R  $cv[i] of a packed array (a list: zvals indexed from 0)
//	             with a LONG index below nNumUsed (ZEND_HASH_INDEX_FIND's
//	             packed case): a copy, as for FETCH_OBJ_R. Hash tables,
//	             string keys, holes, string offsets and references are the
//	             handler's.

// lowerRecv: RECV.
func lowerRecv(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	param, ok := in.slot(op.Result)
	if !ok || zend.OpType(op.ResultType) != zend.OpCV || op.Op1 == 0 || op.Op1 > 1<<16 {
		return callthread.Plan{}
	}
	mask := op.Op2 & 0xffff // MAY_BE_* bits of the types IS_UNDEF..IS_REFERENCE (< 16)
	if mask == 0 {
		return callthread.Plan{} // a class type only: always the handler's check
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		a.CmpMem32Imm(amd64.M(amd64.R14, zend.ExecuteDataNumArgs), int32(op.Op1))
		a.Jcc(amd64.CondB, e.Slow()) // fewer arguments (unsigned)
		if op.Op2 != mayBeAny&^mayBe(zend.TypeUndef) {
			typeCheck(e, param.typeInfo(), mask) // one cmp for a single declared type
		} // else untyped: ZEND_RECV_NOTYPE checks the count only
		e.Goto(e.Next())
	}}
}

// zendFetchRef is ZEND_FETCH_REF, a flag FUNC_ARG fetches put into
// extended_value next to the cache slot.
const zendFetchRef = 1

// lowerFetchObjR: FETCH_OBJ_R of a declared property.
func lowerFetchObjR(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	name, ok1 := in.operand(i, op.Op2Type, op.Op2)
	res, used, ok2 := in.result(i)
	if !ok1 || !ok2 || !used || name.frame || name.typ != zend.TypeString || op.ExtendedValue > 1<<30 {
		return callthread.Plan{}
	}
	// The container: a CV, or $this (UNUSED).
	var obj amd64.Mem
	var objType amd64.Mem
	switch zend.OpType(op.Op1Type) {
	case zend.OpCV:
		c, ok := in.slot(op.Op1)
		if !ok {
			return callthread.Plan{}
		}
		obj, objType = c.value(), c.typeInfo()
	case zend.OpUnused:
		obj = amd64.M(amd64.R14, zend.ExecuteDataThis+zend.ZvalValue)
		objType = amd64.M(amd64.R14, zend.ExecuteDataThis+zend.ZvalTypeInfo)
	default:
		return callthread.Plan{}
	}
	slot := int32(op.ExtendedValue &^ zendFetchRef)
	spec := res.reg && res.double && in.fwd(i+1).spec // specFetch (regs.go)
	outs := []opnd{res}
	dst, assignOuts, fuse := in.assignOf(i) // "$cv = $obj->prop"
	if fuse {
		outs = assignOuts
	}
	counted, fuseCounted := opnd{}, false
	if !fuse && !spec {
		// "$ax = $a->x" where $ax may hold a refcounted value.
		counted, fuseCounted = in.countedAssignOf(i)
		fuse = fuseCounted
	}
	return callthread.Plan{Fuse: fuse, Emit: func(e *callthread.Emitter) {
		if fuse && !fuseCounted {
			newGen(e).assignable(dst)
		}
		propAddr(e, obj, objType, slot, amd64.RAX) // rax: the property's zval
		if spec {
			// Any other value than the guess: into the zval as usual (res's
			// offset; rax still points at the property), and the consumer,
			// which expects the register, runs on the VM.
			in.forwardGuess(e, i, amd64.RAX, res, outs)
			return
		}
		if fuseCounted {
			assignCounted(e, amd64.RAX, counted)
			e.Goto(e.Next())
			return
		}
		copyValue(e, amd64.RAX, outs)
		e.Goto(e.Next())
	}}
}

// lowerFetchDimR: FETCH_DIM_R of a packed array element. The index may
// be a register (a loop CV, a forwarded TMP): FETCH_DIM_R is register
// aware and reads it there, no spill first.
func lowerFetchDimR(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	if zend.OpType(op.Op1Type) != zend.OpCV {
		return callthread.Plan{}
	}
	arr, dim, ok1 := in.operands(i)
	res, used, ok2 := in.result(i)
	if !ok1 || !ok2 || !used || len(dim.types(longTypes)) == 0 || arr.reg {
		return callthread.Plan{}
	}
	spec := res.reg && res.double && in.fwd(i+1).spec // specFetch (regs.go)
	if res.reg && !spec {
		return callthread.Plan{} // a forward this fast path does not make
	}
	outs := []opnd{res}
	dst, assignOuts, fuse := in.assignOf(i) // "$cv = $arr[$i]"
	if fuse && dst.reg {
		fuse = false // copyValue writes zvals only
	}
	if fuse {
		outs = assignOuts
	}
	counted, fuseCounted := opnd{}, false
	if !fuse && !spec {
		// "$b = $bodies[$j]": a CV that may hold an object.
		counted, fuseCounted = in.countedAssignOf(i)
		fuse = fuseCounted
	}
	return callthread.Plan{Fuse: fuse, Emit: func(e *callthread.Emitter) {
		a := e.A
		slow := e.Slow()
		if fuse && !fuseCounted {
			newGen(e).assignable(dst)
		}
		packedDim(e, arr, dim, false)
		// (zend_ulong)index < nNumUsed: a negative index is far above.
		a.AluRR(amd64.AluCmp, amd64.RCX, amd64.RDX)
		a.Jcc(amd64.CondAE, slow)
		a.ShlImm(amd64.RCX, 4) // * sizeof(zval)
		a.AluRM(amd64.AluAdd, amd64.RCX, amd64.M(amd64.RAX, zend.ZendArrayData))
		if spec {
			// Not the guess: the element into the TMP's zval as usual
			// (rcx still points at it) and the consumer on the VM.
			in.forwardGuess(e, i, amd64.RCX, res, []opnd{{frame: true, off: res.off}})
			return
		}
		if fuseCounted {
			assignCounted(e, amd64.RCX, counted)
			e.Goto(e.Next())
			return
		}
		copyValue(e, amd64.RCX, outs)
		e.Goto(e.Next())
	}}
}

// packedDim emits what the packed-array fast paths (FETCH_DIM_R,
// ASSIGN_DIM) check first, each failure to the fallback: arr an array (rax
// = the zend_array), for a write (unshared) one only this zval holds and
// not immutable (else SEPARATE_ARRAY copies it), packed, and dim a LONG
// (rcx = the index, rdx = nNumUsed).
func packedDim(e *callthread.Emitter, arr, dim opnd, unshared bool) {
	a := e.A
	slow := e.Slow()
	a.CmpMem8Imm(arr.typeInfo(), uint8(zend.TypeArray))
	a.Jcc(amd64.CondNE, slow)
	a.Load64(amd64.RAX, arr.value()) // zend_array *
	if unshared {
		a.Load32(amd64.RDX, amd64.M(amd64.RAX, zend.ZendRefcountedRefcount))
		a.AluRI(amd64.AluCmp, amd64.RDX, 1)
		a.Jcc(amd64.CondNE, slow) // shared: SEPARATE_ARRAY copies
		a.TestMem8Imm(amd64.M(amd64.RAX, zend.ZendRefcountedTypeInfo), uint8(zend.GCImmutable))
		a.Jcc(amd64.CondNE, slow)
	}
	a.TestMem8Imm(amd64.M(amd64.RAX, zend.ZendArrayFlags), zend.HashFlagPacked)
	a.Jcc(amd64.CondE, slow)
	if t, known := dim.known(); dim.frame && !dim.reg && !(known && t == zend.TypeLong) {
		a.CmpMem8Imm(dim.typeInfo(), uint8(zend.TypeLong))
		a.Jcc(amd64.CondNE, slow)
	}
	newGen(e).loadLong(amd64.RCX, dim)
	a.Load32(amd64.RDX, amd64.M(amd64.RAX, zend.ZendArrayNumUsed))
}

// countedAssignOf recognises "T = fetch; $cv = T" (the ASSIGN's result
// unused) where the CV may hold a refcounted value, which assignOf leaves
// alone: the fetch may then copy straight into the CV with the release of
// the old value assignTmp does (assignCounted).
func (in *Inliner) countedAssignOf(i int) (opnd, bool) {
	ops := in.f.Ops
	op := ops[i]
	if i+1 >= len(ops) || in.blockStart[i+1] || zend.OpType(op.ResultType) != zend.OpTmpVar {
		return opnd{}, false
	}
	a := ops[i+1]
	if zend.Opcode(a.Opcode) != zend.Assign || zend.OpType(a.Op1Type) != zend.OpCV ||
		zend.OpType(a.Op2Type) != zend.OpTmpVar || a.Op2 != op.Result ||
		zend.OpType(a.ResultType) != zend.OpUnused {
		return opnd{}, false
	}
	dst, ok := in.slot(a.Op1)
	if !ok {
		return opnd{}, false
	}
	if dst = in.inReg(i+1, dst); dst.reg {
		return opnd{}, false
	}
	if in.f.SSAOps != nil {
		dst = in.withSSA(dst, in.f.SSAOps[i+1].Op1Use)
	}
	return dst, true
}

// assignCounted copies the zval at [src] (rax or rcx) into the CV x as a fetch
// and an ASSIGN of its TMP do together: checks first (src NULL..RESOURCE;
// x's old value, when refcounted, neither a reference nor freed nor made a
// GC root by losing a reference: assignTmp's conditions), then the writes:
// the old value's reference dropped, the new one's added, the copy.
func assignCounted(e *callthread.Emitter, src amd64.Reg, x opnd) {
	a := e.A
	slow := e.Slow()
	tmp := amd64.RAX // scratch: the register src is not
	if src == amd64.RAX {
		tmp = amd64.RCX
	}
	a.Load32(amd64.RDX, amd64.M(src, zend.ZvalTypeInfo))
	typeIn(a, amd64.M(src, zend.ZvalTypeInfo), tmp, zend.TypeResource, slow)
	releaseOld(e, x, amd64.R11, tmp)
	a.Load64(tmp, amd64.M(src, zend.ZvalValue))
	added := a.NewLabel()
	a.TestMem8Imm(amd64.M(src, zend.ZvalTypeInfo+1), zend.TypeFlagRefcounted>>8)
	a.Jcc(amd64.CondE, added)
	a.AddMem32Imm(amd64.M(tmp, zend.ZendRefcountedRefcount), 1)
	a.Bind(added)
	a.Store64(x.value(), tmp)
	a.Store32(x.typeInfo(), amd64.RDX)
}

// copyValue copies the zval at [src] into every zval of outs, as
// ZVAL_COPY_DEREF does for a value that is not a reference: a refcounted
// one (a string, array, object or resource whose type_info has
// IS_TYPE_REFCOUNTED) gets one reference more per copy. UNDEF (a missing
// property or a hole: a warning or an error), references and the internal
// types are the handler's. src is rax or rcx; rdx and the other one of
// those two are clobbered.
func copyValue(e *callthread.Emitter, src amd64.Reg, outs []opnd) {
	a := e.A
	tmp := amd64.RAX
	if src == amd64.RAX {
		tmp = amd64.RCX
	}
	a.Load32(amd64.RDX, amd64.M(src, zend.ZvalTypeInfo))
	typeIn(a, amd64.M(src, zend.ZvalTypeInfo), tmp, zend.TypeResource, e.Slow())
	a.Load64(tmp, amd64.M(src, zend.ZvalValue))
	plain := a.NewLabel()
	a.TestMem8Imm(amd64.M(src, zend.ZvalTypeInfo+1), zend.TypeFlagRefcounted>>8)
	a.Jcc(amd64.CondE, plain)
	a.AddMem32Imm(amd64.M(tmp, 0), int32(len(outs))) // GC_ADDREF: refcount at offset 0
	a.Bind(plain)
	for _, o := range outs {
		a.Store64(o.value(), tmp)
		a.Store32(o.typeInfo(), amd64.RDX)
	}
}

// forwardGuess ends a read whose value the next op (i+1) takes in res's
// register on the guess that it is a double: the zval at ptr is loaded
// into the register when it is one; else it is copied into outs (the
// TMP's zval) and the consumer, which expects the register, runs on the
// VM.
func (in *Inliner) forwardGuess(e *callthread.Emitter, i int, ptr amd64.Reg, res opnd, outs []opnd) {
	a := e.A
	other := e.Cold(func() {
		copyValue(e, ptr, outs)
		if r := in.Region(i + 1); r >= 0 {
			in.SpillRegion(a, r)
		}
		in.toVM(a, i+1)
	})
	a.CmpMem8Imm(amd64.M(ptr, zend.ZvalTypeInfo), uint8(zend.TypeDouble))
	a.Jcc(amd64.CondNE, other)
	a.LoadSD(res.xmm, amd64.M(ptr, zend.ZvalValue))
	e.Goto(e.Next())
}
