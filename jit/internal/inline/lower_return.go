package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// RETURN of a scalar from a plain nested call: what ZEND_RETURN_SPEC does
// for a NULL, FALSE, TRUE, LONG or DOUBLE operand, followed by the first
// branch of zend_leave_helper (zend_vm_def.h), natively:
//
//	*EX(return_value) = op1          unless the caller discards it (NULL)
//	EG(current_execute_data) = EX(prev_execute_data)
//	                                 no CV to free: none is refcounted
//	GC_DELREF(Z_OBJ(EX(This)))       with ZEND_CALL_RELEASE_THIS
//	EG(vm_stack_top) = execute_data  zend_vm_stack_free_call_frame_ex of a
//	                                 frame that is not ALLOCATED
//	execute_data = EX(prev_execute_data)
//	opline = EX(opline) + 1; jmp *(%r15)   LOAD_NEXT_OPLINE, ZEND_VM_LEAVE
//
// The caller's next op is a block start (calls end blocks in the CFG the
// exporter builds), so when the caller is compiled the dispatch lands in its
// body again.
//
// The fast path checks, before it writes anything, everything that would
// make the VM do more, and otherwise jumps to the RETURN's VM label:
//   - the call info has none of the flags that leave the first branch of
//     the helper or add work to it (leaveSlowFlags): the top frame of an
//     execute_ex (main script, zend_call_function callbacks, generators),
//     eval/include code, a symbol table, extra arguments to free, extra
//     named parameters, an ALLOCATED frame, a closure;
//   - $this to release ($obj->m(), not $this->m() or a static call) only
//     in a non-static method, and only when OBJ_RELEASE would just drop a
//     reference: a refcount above 1, and an object already in the GC root
//     buffer or not collectable (else it calls gc_possible_root);
//   - EG(exception) is not set (then the helper rethrows);
//   - op1 is a scalar (an UNDEF CV warns; refcounted values need
//     references moved or released);
//   - no CV holds a refcounted value (i_free_compiled_variables would
//     release it, maybe running a destructor). With SSA (O>=3) a CV none of
//     whose SSA variables may be a string, array, object, resource or
//     reference is not checked; without it every CV is, and a function with
//     more than maxReturnCVChecks CVs to check keeps the VM's RETURN.
//
// Declined at compile time: main scripts and eval'd code (always the top
// or code frame), closures (always ZEND_CALL_CLOSURE), generators (they
// return with GENERATOR_RETURN anyway) and every function when an observer
// extension is loaded (wire.VMObservers: the VM's RETURN is then the
// OBSERVER variant, which calls zend_observer_fcall_end).

// leaveSlowFlags are the call info bits that keep a return on the VM;
// ZEND_CALL_RELEASE_THIS as well, except in methods (releasesThis).
const leaveSlowFlags = zend.CallCode | zend.CallTop | zend.CallAllocated | zend.CallFreeExtraArgs |
	zend.CallHasSymbolTable | zend.CallClosure | zend.CallFakeClosure |
	zend.CallGenerator | zend.CallHasExtraNamedParams | zend.CallObserved

// gcMayNotLeak are the GC type info bits of which an object needs one for
// a release that leaves it alive to skip gc_possible_root (GC_MAY_LEAK).
const gcMayNotLeak = zend.GCInfoMask | zend.GCNotCollectable

// maxReturnCVChecks bounds the CV checks of one native return: past it the
// code grows for a function that is unlikely to be call-bound.
const maxReturnCVChecks = 32

// mayBeRefcounted are the MAY_BE_* types a refcounted zval can have.
const mayBeRefcounted = 1<<zend.TypeString | 1<<zend.TypeArray | 1<<zend.TypeObject |
	1<<zend.TypeResource | 1<<zend.TypeReference

// mayBeKnown are the MAY_BE_* bits of an SSA mask that say anything about
// a CV's type (UNDEF up to REF); a mask without any is no proof.
const mayBeKnown = 1<<(zend.TypeReference+1) - 1

// scalarTypes are the types a native return copies.
var scalarTypes = []zend.ZvalType{zend.TypeNull, zend.TypeFalse, zend.TypeTrue, zend.TypeLong, zend.TypeDouble}

// lowerReturn: RETURN.
func lowerReturn(in *Inliner, i int) callthread.Plan {
	f := in.f
	if !in.mayLeaveNatively() {
		return callthread.Plan{}
	}
	op := f.Ops[i]
	x, ok := in.operand(i, op.Op1Type, op.Op1)
	if !ok || !x.scalar() {
		return callthread.Plan{}
	}
	if f.SSAOps != nil {
		x = in.withSSA(x, f.SSAOps[i].Op1Use)
		if len(x.types(scalarTypes)) == 0 {
			return callthread.Plan{} // never a scalar: the fast path would only cost
		}
	}
	cvs, ok := in.returnCVChecks()
	if !ok {
		return callthread.Plan{}
	}
	this := in.releasesThis()
	return callthread.Plan{Leaves: true, Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		g.leaveChecks(x, cvs, this)
		g.leave(x, this)
	}}
}

// scalarProven reports whether SSA proves a frame operand NULL, FALSE,
// TRUE, LONG or DOUBLE (never UNDEF nor a reference): the return needs
// no check of its type.
func scalarProven(x opnd) bool {
	const scalars = 1<<zend.TypeNull | 1<<zend.TypeFalse | 1<<zend.TypeTrue | 1<<zend.TypeLong | 1<<zend.TypeDouble
	m := x.mask & mayBeTypes
	return x.frame && !x.reg && m != 0 && m&^scalars == 0
}

// releasesThis reports whether the function may be called with $this to
// release: a non-static method. Plain functions and static methods never
// are, and keep ZEND_CALL_RELEASE_THIS among the flags for the VM.
func (in *Inliner) releasesThis() bool {
	f := in.f
	return (f.Kind == wire.KindMethod || f.Scope != "") && f.Flags&zend.AccStatic == 0
}

// mayLeaveNatively reports whether the function's frames can ever take the
// native return (see the list of declined functions above).
func (in *Inliner) mayLeaveNatively() bool {
	f := in.f
	switch {
	case f.VMFlags&wire.VMObservers != 0,
		f.Kind == wire.KindMain, f.Kind == wire.KindEval, f.Kind == wire.KindClosure,
		f.Flags&(zend.AccClosure|zend.AccGenerator) != 0:
		return false
	}
	return true
}

// returnCVChecks returns the CVs whose type flags a native return checks,
// computed once per function; ok is false when there are too many.
func (in *Inliner) returnCVChecks() (cvs []opnd, ok bool) {
	if !in.cvChecksDone {
		in.cvChecksDone = true
		in.cvChecks = nil
		proven := in.cvsNeverRefcounted()
		for k := 0; k < int(in.f.LastVar); k++ {
			if proven[k] {
				continue
			}
			o, ok := in.slot(uint32(zend.SizeofExecuteData + zend.SizeofZval*k))
			if !ok {
				in.cvChecksOK = false
				return nil, false
			}
			in.cvChecks = append(in.cvChecks, o)
		}
		in.cvChecksOK = len(in.cvChecks) <= maxReturnCVChecks
	}
	return in.cvChecks, in.cvChecksOK
}

// cvsNeverRefcounted marks the CVs that SSA type inference proves never
// hold a refcounted value: every SSA variable of the CV has a type mask,
// and none of them allows a string, array, object, resource or reference.
// A CV without SSA variables proves nothing. Without SSA nothing is proven.
func (in *Inliner) cvsNeverRefcounted() []bool {
	n := int(in.f.LastVar)
	proven, seen := make([]bool, n), make([]bool, n)
	if in.f.SSAVars == nil {
		return proven
	}
	for k := range proven {
		proven[k] = true
	}
	for _, v := range in.f.SSAVars {
		if v.Var < 0 || int(v.Var) >= n {
			continue // a TMP/VAR
		}
		seen[v.Var] = true
		if v.TypeMask&mayBeKnown == 0 || v.TypeMask&mayBeRefcounted != 0 {
			proven[v.Var] = false
		}
	}
	for k := range proven {
		proven[k] = proven[k] && seen[k]
	}
	return proven
}

// leaveChecks emits every check of the native return; each failure takes
// the fallback (the RETURN's VM label) with nothing written. It uses only
// the scratch registers (rax, rcx, rdx, r11): inside a register region the
// others hold loop values that the fallback spills. It leaves the address
// of executor_globals in rdx, for a frame op1 in memory op1's type_info in
// ecx, and with this (releasesThis) the object to release in r11, or 0.
func (g *gen) leaveChecks(x opnd, cvs []opnd, this bool) {
	a := g.a
	a.Load32(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCallInfo))
	if this {
		g.thisCheck()
	}
	slowFlags := leaveSlowFlags
	if !this {
		slowFlags |= zend.CallReleaseThis
	}
	a.AluRI(amd64.AluAnd, amd64.RAX, int32(slowFlags))
	a.Jcc(amd64.CondNE, g.e.Slow())
	a.MovImm64(amd64.RDX, g.e.ExecutorGlobals())
	a.CmpMemImm(amd64.M(amd64.RDX, zend.EGException), 0)
	a.Jcc(amd64.CondNE, g.e.Slow())
	for _, cv := range cvs {
		a.TestMem8Imm(cv.typeFlags(), zend.TypeFlagRefcounted>>8)
		a.Jcc(amd64.CondNE, g.e.Slow())
	}
	if x.frame && !x.reg && !scalarProven(x) { // a register holds a LONG or a DOUBLE
		// type - 1 <= DOUBLE - 1 (unsigned): NULL..DOUBLE; UNDEF wraps.
		a.Load32(amd64.RCX, x.typeInfo())
		a.Lea(amd64.RAX, amd64.M(amd64.RCX, -1))
		a.AluRI(amd64.AluCmp, amd64.RAX, int32(zend.TypeDouble-1))
		a.Jcc(amd64.CondA, g.e.Slow())
	}
}

// thisCheck: with the call info in eax, r11 = the object to release when
// ZEND_CALL_RELEASE_THIS is set (else 0), and the fallback unless its
// release would only decrement its refcount (zend_object_release: no
// destructor, no gc_possible_root).
func (g *gen) thisCheck() {
	a := g.a
	none := a.NewLabel()
	a.AluRR(amd64.AluXor, amd64.R11, amd64.R11)
	a.Mov(amd64.RCX, amd64.RAX)
	a.AluRI(amd64.AluAnd, amd64.RCX, int32(zend.CallReleaseThis))
	a.Jcc(amd64.CondE, none)
	a.Load64(amd64.R11, amd64.M(amd64.R14, zend.ExecuteDataThis+zend.ZvalValue))
	a.Load32(amd64.RCX, amd64.M(amd64.R11, zend.ZendObjectGC+zend.ZendRefcountedRefcount))
	a.AluRI(amd64.AluCmp, amd64.RCX, 1)
	a.Jcc(amd64.CondBE, g.e.Slow())
	a.Load32(amd64.RCX, amd64.M(amd64.R11, zend.ZendObjectGC+zend.ZendRefcountedTypeInfo))
	mask := gcMayNotLeak // sign-extended: the same low 32 bits, rcx's high ones are 0
	a.AluRI(amd64.AluAnd, amd64.RCX, int32(mask))
	a.Jcc(amd64.CondE, g.e.Slow())
	a.Bind(none)
}

// leave stores op1 into *EX(return_value) when the caller wants it, pops
// the frame and dispatches to the caller's next op. rdx is
// executor_globals, ecx op1's type_info for a frame op1 in memory, r11 the
// object to release or 0 with this (leaveChecks). A register op1 (a loop
// CV, a forwarded TMP) is read from its register, which nothing before
// has clobbered; its zval may be stale.
func (g *gen) leave(x opnd, this bool) {
	a := g.a
	if this {
		kept := a.NewLabel()
		a.AluRI(amd64.AluCmp, amd64.R11, 0)
		a.Jcc(amd64.CondE, kept)
		a.AddMem32Imm(amd64.M(amd64.R11, zend.ZendObjectGC+zend.ZendRefcountedRefcount), -1)
		a.Bind(kept)
	}
	discarded := a.NewLabel()
	a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataReturnValue))
	a.AluRI(amd64.AluCmp, amd64.RAX, 0)
	a.Jcc(amd64.CondE, discarded)
	// ZVAL_COPY_VALUE: value and type_info; the target's u2 stays.
	ret := amd64.M(amd64.RAX, zend.ZvalValue)
	retType := amd64.M(amd64.RAX, zend.ZvalTypeInfo)
	switch {
	case x.reg:
		storeRegValue(a, ret, retType, x)
	case x.frame:
		a.Load64(amd64.R11, x.value())
		a.Store64(ret, amd64.R11)
		if t, ok := x.known(); ok && scalarProven(x) {
			a.StoreImm32(retType, uint32(t))
		} else {
			if scalarProven(x) { // not loaded by the check
				a.Load32(amd64.RCX, x.typeInfo())
			}
			a.Store32(retType, amd64.RCX)
		}
	default: // a literal
		storeLiteral(a, ret, retType, x, amd64.RCX)
	}
	a.Bind(discarded)
	a.Load64(amd64.RCX, amd64.M(amd64.R14, zend.ExecuteDataPrev))
	a.Store64(amd64.M(amd64.RDX, zend.EGCurrentExecuteData), amd64.RCX)
	a.Store64(amd64.M(amd64.RDX, zend.EGVMStackTop), amd64.R14)
	a.Mov(amd64.R14, amd64.RCX)
	a.Load64(amd64.R15, amd64.M(amd64.R14, zend.ExecuteDataOpline))
	a.AddImm(amd64.R15, zend.SizeofZendOp)
	a.JmpMem(amd64.M(amd64.R15, 0))
}
