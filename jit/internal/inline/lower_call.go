package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Calls of user functions by name: INIT_FCALL, SEND_VAL, SEND_VAR and
// DO_UCALL (the function known at compile time), INIT_FCALL_BY_NAME,
// SEND_VAL_EX, SEND_VAR_EX and DO_FCALL_BY_NAME (declared later: these
// check at run time what the compiler could not, a user function and
// by-value parameters), each done natively the way its VM handler does it
// (zend_vm_def.h), so that any of them may fall back to the VM on its own:
// the VM then runs that op and the rest of the sequence, and the call
// returns into the op after DO_UCALL, a block start, hence an entry.
//
//	INIT_FCALL  fbc = CACHED_PTR(result.num); NULL (first call) → VM.
//	            Push the frame: used_stack is op1.num (BY_NAME: computed
//	            as zend_vm_calc_used_stack, a constant for the callee the
//	            exporter found); without the room between EG(vm_stack_top)
//	            and EG(vm_stack_end) → VM (it extends the stack). func,
//	            This = NULL, call info ZEND_CALL_NESTED_FUNCTION (0),
//	            num_args = extended_value, prev_execute_data = EX(call),
//	            EX(call) = the frame.
//	SEND_VAL    CONST (a scalar literal), TMP or VAR: ZVAL_COPY_VALUE
//	            into the argument slot of EX(call). Named arguments → VM.
//	SEND_VAR    CV: UNDEF (a warning) and references → VM, else the copy
//	            with the refcount of a refcounted value incremented; VAR:
//	            a reference → VM, else the copy (the VAR is moved). SSA
//	            may rule the checks out.
//	DO_UCALL    i_init_func_execute_data for the callee: EX(opline) saved,
//	            EX(call) popped, return value slot (NULL when unused),
//	            prev_execute_data, EX(call) = NULL, RECVs skipped for
//	            passed arguments without type hints, the other CVs UNDEF,
//	            run_time_cache, EG(current_execute_data); r14 = the frame,
//	            r15 = its first op to run, jmp *(%r15). Fallbacks, checked
//	            before anything is written: EG(vm_interrupt) set (the VM's
//	            ZEND_VM_ENTER_EX checks it), extra arguments
//	            (zend_copy_extra_args), a run-time cache not yet allocated
//	            (RUN_TIME_CACHE: the pointer, or behind a map_ptr offset,
//	            opcache's shared op_arrays, resolved through
//	            CG(map_ptr_base); without compiler_globals' address → VM).
//	            With an observer extension loaded the VM runs the OBSERVER
//	            variant, which must stay. When the call's function is the
//	            one the exporter found for the INIT op (wire.Callee) and
//	            the argument count the INIT's, the frame is set up with
//	            constants (knownCall). When that function is the caller's
//	            own, called from a frame of it, the run-time cache is the
//	            caller's and the body is entered directly
//	            (Emitter.EnterBody), past the RECVs whose checks the sent
//	            arguments' SSA types prove (skipProvenRecvs).
//
// DO_UCALL leaves the function: it spills every register value of its
// region first (the callee clobbers the registers; the caller's entry at
// the next op loads them again), and uses only scratch registers until its
// last check, so that its fallback's own spill stores the same values.
// The other ops use scratch registers only.

// lowerInitFcall: INIT_FCALL, with the frame size the compiler computed.
func lowerInitFcall(in *Inliner, i int) callthread.Plan {
	if p := lowerSqrtCall(in, i); p.Emit != nil {
		return p
	}
	op := in.f.Ops[i]
	if op.Op1 > 1<<20 || op.Result > 1<<30 || op.Result%8 != 0 {
		return callthread.Plan{}
	}
	used, slot, nargs := int32(op.Op1), int32(op.Result), op.ExtendedValue
	if used <= 0 {
		return callthread.Plan{} // never: a frame holds at least execute_data
	}
	kc, known := in.knownInit(i)
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		if known {
			knownFbc(e, slot, kc, in.selfCall(kc)) // the ops up to the DO have a call fact
		} else {
			cachedFbc(e, slot)
		}
		pushFrame(e, nargs, used)
		e.Goto(e.Next())
	}}
}

// lowerInitFcallByName: INIT_FCALL_BY_NAME of a user function (the
// function was not declared yet where the call was compiled): the frame
// size is zend_vm_calc_used_stack's, at run time. Internal functions → VM.
func lowerInitFcallByName(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	if op.Result > 1<<30 || op.Result%8 != 0 || op.ExtendedValue > 1<<16 {
		return callthread.Plan{}
	}
	slot, nargs := int32(op.Result), op.ExtendedValue
	kc := knownCall{callee: in.calleeOf(i), nargs: nargs}
	_, fact := in.knownInit(i)
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		slow := e.Slow()
		// generic: rdx = fbc, not NULL; rax = the frame size.
		generic := func() {
			a.CmpMem8Imm(amd64.M(amd64.RDX, zend.FunctionType), zend.UserFunction)
			a.Jcc(amd64.CondNE, slow)
			// (ZEND_CALL_FRAME_SLOT + num_args + T + last_var
			//  - MIN(op_array.num_args, num_args)) * sizeof(zval)
			a.Load32(amd64.RAX, amd64.M(amd64.RDX, zend.OpArrayT))
			a.Load32(amd64.RCX, amd64.M(amd64.RDX, zend.OpArrayLastVar))
			a.AluRR(amd64.AluAdd, amd64.RAX, amd64.RCX)
			a.Load32(amd64.RCX, amd64.M(amd64.RDX, zend.OpArrayNumArgs))
			fewer := a.NewLabel()
			a.AluRI(amd64.AluCmp, amd64.RCX, int32(nargs))
			a.Jcc(amd64.CondBE, fewer)
			a.MovImm64(amd64.RCX, uint64(nargs))
			a.Bind(fewer)
			a.AluRR(amd64.AluSub, amd64.RAX, amd64.RCX)
			a.AddImm(amd64.RAX, int32(zend.SizeofExecuteData/zend.SizeofZval+nargs))
			a.ShlImm(amd64.RAX, 4)
		}
		if fact {
			// The function the name meant at export, its frame size a
			// constant; the ops up to the DO have a call fact. Anything
			// else (NULL: not looked up yet) on the VM.
			knownFbc(e, slot, kc, in.selfCall(kc))
			pushFrame(e, nargs, int32(kc.usedStack()))
			e.Goto(e.Next())
			return
		}
		if kc.callee != nil && kc.usedStack() < 1<<30 {
			// The function the name meant at export, its frame size a
			// constant; anything else (NULL: not looked up yet) out of line.
			a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache))
			a.Load64(amd64.RDX, amd64.M(amd64.RAX, slot))
			a.MovImm64(amd64.RAX, kc.callee.OpArray)
			a.AluRR(amd64.AluCmp, amd64.RDX, amd64.RAX)
			a.Jcc(amd64.CondNE, e.Cold(func() {
				a.AluRI(amd64.AluCmp, amd64.RDX, 0)
				a.Jcc(amd64.CondE, slow)
				generic()
				pushFrame(e, nargs, 0)
				e.Goto(e.Next())
			}))
			pushFrame(e, nargs, int32(kc.usedStack()))
			e.Goto(e.Next())
			return
		}
		cachedFbc(e, slot)
		generic()
		pushFrame(e, nargs, 0)
		e.Goto(e.Next())
	}}
}

// knownFbc: rdx = CACHED_PTR(slot), the fallback unless it is kc's
// callee (NULL: the handler looks the function up and caches it; another
// function cannot have the name). A function calling itself by name needs
// no look-up: rdx = its own op_array. (What a name means never changes
// once the function table has it, and this code runs only while the
// function exists; the slot, which nothing else reads, may stay NULL.)
func knownFbc(e *callthread.Emitter, slot int32, kc knownCall, self bool) {
	a := e.A
	if self {
		a.MovImm64(amd64.RDX, kc.callee.OpArray)
		return
	}
	a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache))
	a.Load64(amd64.RDX, amd64.M(amd64.RAX, slot))
	a.MovImm64(amd64.RAX, kc.callee.OpArray)
	a.AluRR(amd64.AluCmp, amd64.RDX, amd64.RAX)
	a.Jcc(amd64.CondNE, e.Slow())
}

// cachedFbc: rdx = CACHED_PTR(slot), the fallback when it is NULL (the
// handler looks the function up and caches it).
func cachedFbc(e *callthread.Emitter, slot int32) {
	a := e.A
	a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache))
	a.Load64(amd64.RDX, amd64.M(amd64.RAX, slot))
	a.AluRI(amd64.AluCmp, amd64.RDX, 0)
	a.Jcc(amd64.CondE, e.Slow())
}

// pushFrame: zend_vm_stack_push_call_frame_ex of a frame of size bytes
// (0: rax bytes) for fbc rdx with nargs arguments, a nested function call
// without $this; the fallback when the VM stack page has no room (the
// handler extends the stack). Then prev_execute_data = EX(call), EX(call)
// = the frame.
func pushFrame(e *callthread.Emitter, nargs uint32, size int32) {
	a := e.A
	a.MovImm64(amd64.RCX, e.ExecutorGlobals())
	if size > 0 {
		a.Load64(amd64.R11, amd64.M(amd64.RCX, zend.EGVMStackTop)) // the new frame
		a.Load64(amd64.RAX, amd64.M(amd64.RCX, zend.EGVMStackEnd))
		a.AluRR(amd64.AluSub, amd64.RAX, amd64.R11)
		a.AluRI(amd64.AluCmp, amd64.RAX, size)
		a.Jcc(amd64.CondB, e.Slow()) // used_stack > end - top (unsigned)
		a.Lea(amd64.RAX, amd64.M(amd64.R11, size))
	} else {
		a.Load64(amd64.R11, amd64.M(amd64.RCX, zend.EGVMStackEnd))
		a.AluRM(amd64.AluSub, amd64.R11, amd64.M(amd64.RCX, zend.EGVMStackTop))
		a.AluRR(amd64.AluCmp, amd64.R11, amd64.RAX)
		a.Jcc(amd64.CondB, e.Slow())                               // used_stack > end - top (unsigned)
		a.Load64(amd64.R11, amd64.M(amd64.RCX, zend.EGVMStackTop)) // the new frame
		a.AluRR(amd64.AluAdd, amd64.RAX, amd64.R11)
	}
	a.Store64(amd64.M(amd64.RCX, zend.EGVMStackTop), amd64.RAX)
	a.Store64(amd64.M(amd64.R11, zend.ExecuteDataFunc), amd64.RDX)
	a.StoreImm64(amd64.M(amd64.R11, zend.ExecuteDataThis+zend.ZvalValue), 0)
	a.StoreImm32(amd64.M(amd64.R11, zend.ExecuteDataCallInfo), zend.CallNestedFunction)
	a.StoreImm32(amd64.M(amd64.R11, zend.ExecuteDataNumArgs), nargs)
	a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCall))
	a.Store64(amd64.M(amd64.R11, zend.ExecuteDataPrev), amd64.RAX)
	a.Store64(amd64.M(amd64.R14, zend.ExecuteDataCall), amd64.R11)
}

// sendArg returns the argument slot offset of a SEND op (result.var, an
// offset in the call frame), or false for a named argument (op2 CONST).
func sendArg(op wire.Op) (int32, bool) {
	if zend.OpType(op.Op2Type) == zend.OpConst {
		return 0, false
	}
	off := int64(int32(op.Result))
	if off < zend.SizeofExecuteData || off%zend.SizeofZval != 0 || off > 1<<24 {
		return 0, false
	}
	return int32(off), true
}

// lowerSendVal: SEND_VAL, and SEND_VAL_EX for the first
// MAX_ARG_FLAG_NUM arguments: the callee's quick_arg_flags must not say
// by reference (then the handler throws).
func lowerSendVal(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	arg, ok := sendArg(op)
	if !ok {
		return callthread.Plan{}
	}
	ex := zend.Opcode(op.Opcode) == zend.SendValEx
	if ex && (op.Op2 < 1 || op.Op2 > maxArgFlagNum) {
		return callthread.Plan{}
	}
	if mode, known := in.sendByRef(i, op.Op2); ex && known {
		if mode&1 != 0 {
			return callthread.Plan{} // the handler throws
		}
		ex = false // by value: nothing to test (callfacts.go)
	}
	byRefBit := (op.Op2 + 3) * 2 // ZEND_CHECK_ARG_FLAG, little-endian
	x, ok := in.operand(i, op.Op1Type, op.Op1)
	if !ok || !x.scalar() {
		return callthread.Plan{}
	}
	// A TMP SSA proves scalar needs no type load: its type is a constant.
	var known zend.ZvalType
	if x.frame && in.f.SSAOps != nil {
		if t, ok := in.withSSA(x, in.ssaOp(i).Op1Use).known(); ok && t >= zend.TypeNull && t <= zend.TypeDouble {
			known = t
		}
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCall))
		if ex {
			a.Load64(amd64.RCX, amd64.M(amd64.RAX, zend.ExecuteDataFunc))
			a.TestMem8Imm(amd64.M(amd64.RCX, int32(byRefBit/8)), 1<<(byRefBit%8))
			a.Jcc(amd64.CondNE, e.Slow())
		}
		dst, dstType := amd64.M(amd64.RAX, arg+zend.ZvalValue), amd64.M(amd64.RAX, arg+zend.ZvalTypeInfo)
		switch {
		case x.reg:
			// A TMP forwarded in a register (regs.go): its zval was never
			// written.
			storeRegValue(a, dst, dstType, x)
		case known != 0:
			// Moved, the type byte known: NULL/FALSE/TRUE have no value.
			if known == zend.TypeLong || known == zend.TypeDouble {
				a.Load64(amd64.RCX, x.value())
				a.Store64(dst, amd64.RCX)
			}
			a.StoreImm32(dstType, uint32(known))
		case x.frame:
			// A TMP or VAR is moved: no refcount changes.
			a.Load64(amd64.RCX, x.value())
			a.Load32(amd64.RDX, x.typeInfo())
			a.Store64(dst, amd64.RCX)
			a.Store32(dstType, amd64.RDX)
		default:
			storeLiteral(a, dst, dstType, x, amd64.RCX)
		}
		e.Goto(e.Next())
	}}
}

// storeLiteral stores a NULL, FALSE, TRUE, LONG or DOUBLE literal; a
// value that is no sign-extended imm32 goes through scratch.
func storeLiteral(a *amd64.Assembler, dst, dstType amd64.Mem, x opnd, scratch amd64.Reg) {
	if x.typ == zend.TypeLong || x.typ == zend.TypeDouble {
		if x.fitsImm32() {
			a.StoreImm64(dst, int32(x.long()))
		} else {
			a.MovImm64(scratch, x.val)
			a.Store64(dst, scratch)
		}
	}
	a.StoreImm32(dstType, uint32(x.typ))
}

// lowerSendVar: SEND_VAR, and SEND_VAR_EX for the first MAX_ARG_FLAG_NUM
// arguments: the callee's quick_arg_flags must say neither by reference
// nor prefer-reference (then the handler makes a reference).
func lowerSendVar(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	arg, ok := sendArg(op)
	if !ok {
		return callthread.Plan{}
	}
	ex := zend.Opcode(op.Opcode) == zend.SendVarEx
	mode, fact := in.sendByRef(i, op.Op2) // callfacts.go
	switch {
	case zend.Opcode(op.Opcode) == zend.SendFuncArg:
		// By value when a call fact says so; the flag CHECK_FUNC_ARG
		// set says the same at run time.
		if zend.OpType(op.Op1Type) != zend.OpVar || !fact || mode != 0 {
			return callthread.Plan{}
		}
	case ex && (op.Op2 < 1 || op.Op2 > maxArgFlagNum):
		return callthread.Plan{}
	case ex && fact && mode != 0:
		return callthread.Plan{} // the handler makes a reference
	case ex && fact:
		ex = false // by value: nothing to test
	}
	refBits := (op.Op2 + 3) * 2 // ZEND_SEND_BY_REF and PREFER_REF, in one byte (an even bit)
	t := zend.OpType(op.Op1Type)
	x, ok := in.slot(op.Op1)
	if !ok || t != zend.OpCV && t != zend.OpVar {
		return callthread.Plan{}
	}
	// SSA may prove the value never UNDEF nor a reference, and never
	// refcounted: then those checks go.
	x = in.withSSA(x, in.ssaOp(i).Op1Use)
	known := x.mask&mayBeKnown != 0
	checkRef := !known || x.mask&(mayBe(zend.TypeUndef)|mayBe(zend.TypeReference)) != 0
	checkRC := !known || x.mask&mayBeRefcounted != 0
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		slow := e.Slow()
		if ex {
			a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCall))
			a.Load64(amd64.RCX, amd64.M(amd64.RAX, zend.ExecuteDataFunc))
			a.TestMem8Imm(amd64.M(amd64.RCX, int32(refBits/8)), 3<<(refBits%8))
			a.Jcc(amd64.CondNE, slow)
		}
		if checkRef {
			a.CmpMem8Imm(x.typeInfo(), uint8(zend.TypeReference))
			a.Jcc(amd64.CondE, slow)
			if t == zend.OpCV {
				a.CmpMem8Imm(x.typeInfo(), uint8(zend.TypeUndef))
				a.Jcc(amd64.CondE, slow)
			}
		}
		a.Load32(amd64.RDX, x.typeInfo())
		a.Load64(amd64.RCX, x.value())
		if t == zend.OpCV && checkRC {
			// ZVAL_COPY: Z_ADDREF of a refcounted value.
			plain := a.NewLabel()
			a.TestMem8Imm(x.typeFlags(), zend.TypeFlagRefcounted>>8)
			a.Jcc(amd64.CondE, plain)
			a.AddMem32Imm(amd64.M(amd64.RCX, zend.ZendRefcountedRefcount), 1)
			a.Bind(plain)
		}
		a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCall))
		a.Store64(amd64.M(amd64.RAX, arg+zend.ZvalValue), amd64.RCX)
		a.Store32(amd64.M(amd64.RAX, arg+zend.ZvalTypeInfo), amd64.RDX)
		e.Goto(e.Next())
	}}
}

// maxArgFlagNum is MAX_ARG_FLAG_NUM: the arguments whose passing mode
// quick_arg_flags (the first u32 of a zend_function) holds.
const maxArgFlagNum = 12

// lowerDoUcall: DO_UCALL, and DO_FCALL_BY_NAME of a user function (an
// internal one → VM).
func lowerDoUcall(in *Inliner, i int) callthread.Plan {
	f := in.f
	op := f.Ops[i]
	byName := zend.Opcode(op.Opcode) == zend.DoFcallByName
	if f.VMFlags&wire.VMObservers != 0 {
		return callthread.Plan{}
	}
	var ret opnd
	switch zend.OpType(op.ResultType) {
	case zend.OpUnused:
	case zend.OpVar, zend.OpTmpVar:
		r, ok := in.slot(op.Result)
		if !ok {
			return callthread.Plan{}
		}
		ret = r
	default:
		return callthread.Plan{}
	}
	kc, known := in.knownCallOf(i)
	spec := known && kc.specialised()
	self := spec && f.OpArrayAddr != 0 && kc.callee.OpArray == f.OpArrayAddr
	// A call fact says EX(call) is the INIT's frame for this callee and
	// argument count: nothing to check (callfacts.go).
	cf := in.callFactAt(i)
	proven := spec && cf.c == kc.callee && cf.nargs == kc.nargs
	return callthread.Plan{Leaves: true, Emit: func(e *callthread.Emitter) {
		a := e.A
		in.Spill(a, i) // the callee owns the registers now
		a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCall))
		if spec {
			// The callee the INIT named, with the arguments it pushed:
			// the frame's layout is known.
			generic := a.NewLabel()
			c := kc.callee
			a.MovImm64(amd64.RCX, c.OpArray)
			if !proven {
				a.AluRM(amd64.AluCmp, amd64.RCX, amd64.M(amd64.RAX, zend.ExecuteDataFunc))
				a.Jcc(amd64.CondNE, generic)
				a.CmpMem32Imm(amd64.M(amd64.RAX, zend.ExecuteDataNumArgs), int32(kc.nargs))
				a.Jcc(amd64.CondNE, generic)
			}
			if self {
				// A recursive call from a frame of the same op_array: its
				// run-time cache is the caller's (the same map_ptr slot).
				a.AluRM(amd64.AluCmp, amd64.RCX, amd64.M(amd64.R14, zend.ExecuteDataFunc))
				a.Jcc(amd64.CondNE, generic)
				selfEnterChecks(e)
			} else {
				enterChecks(e)
			}
			enterFrame(e, i, ret)
			first, firstOp := c.Opcodes, 0
			if c.Flags&zend.AccHasTypeHints == 0 {
				first += uint64(kc.nargs) * zend.SizeofZendOp // past the RECVs
				firstOp = int(kc.nargs)
			}
			// A recursive call whose first op is the body's start enters
			// the body directly, past the RECVs whose checks the
			// arguments' types prove.
			direct := self && firstOp == e.Start()
			if direct {
				firstOp = in.skipProvenRecvs(i, kc, firstOp)
				first = e.Opline(firstOp)
			}
			a.MovImm64(amd64.R15, first)
			for k := kc.nargs; k < c.LastVar; k++ {
				a.StoreImm32(amd64.M(amd64.R14, int32(zend.SizeofExecuteData+zend.SizeofZval*k+zend.ZvalTypeInfo)),
					uint32(zend.TypeUndef))
			}
			if direct {
				a.Store64(amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache), amd64.R11)
				a.Store64(amd64.M(amd64.RDX, zend.EGCurrentExecuteData), amd64.R14) // rdx: selfEnterChecks
				e.EnterBody(firstOp)
			} else {
				enterDone(e)
			}
			a.Bind(generic)
		}
		// Any callee: rcx = its op_array, rdx = num_args.
		a.Load64(amd64.RCX, amd64.M(amd64.RAX, zend.ExecuteDataFunc))
		if byName {
			a.CmpMem8Imm(amd64.M(amd64.RCX, zend.FunctionType), zend.UserFunction)
			a.Jcc(amd64.CondNE, e.Slow())
		}
		enterChecks(e)
		a.Load32(amd64.RDX, amd64.M(amd64.RAX, zend.ExecuteDataNumArgs))
		a.CmpRM32(amd64.RDX, amd64.M(amd64.RCX, zend.OpArrayNumArgs))
		a.Jcc(amd64.CondA, e.Slow()) // extra arguments (zend_copy_extra_args)
		enterFrame(e, i, ret)
		a.Load64(amd64.R15, amd64.M(amd64.RCX, zend.OpArrayOpcodes))
		typed := a.NewLabel()
		a.TestMem8Imm(amd64.M(amd64.RCX, zend.OpArrayFnFlags+1), uint8(zend.AccHasTypeHints>>8))
		a.Jcc(amd64.CondNE, typed)
		a.Mov(amd64.RSI, amd64.RDX)
		a.ShlImm(amd64.RSI, 5) // num_args * sizeof(zend_op): past the RECVs
		a.Add(amd64.R15, amd64.RSI)
		a.Bind(typed)
		// zend_init_cvs(num_args, last_var): UNDEF the CVs past the arguments.
		a.Load32(amd64.RSI, amd64.M(amd64.RCX, zend.OpArrayLastVar))
		a.ShlImm(amd64.RDX, 4)
		a.ShlImm(amd64.RSI, 4)
		a.Add(amd64.RDX, amd64.R14)
		a.Add(amd64.RSI, amd64.R14)
		loop, done := a.NewLabel(), a.NewLabel()
		a.Bind(loop)
		a.AluRR(amd64.AluCmp, amd64.RDX, amd64.RSI)
		a.Jcc(amd64.CondAE, done)
		a.StoreImm32(amd64.M(amd64.RDX, zend.SizeofExecuteData+zend.ZvalTypeInfo), uint32(zend.TypeUndef))
		a.AddImm(amd64.RDX, zend.SizeofZval)
		a.Jmp(loop)
		a.Bind(done)
		enterDone(e)
	}}
}

// enterChecks: with rax = the call frame and rcx = the callee's op_array,
// the fallback when EG(vm_interrupt) is set (ZEND_VM_ENTER_EX checks it)
// or the callee has no run-time cache yet; else r11 = RUN_TIME_CACHE: the
// pointer, or with the low bit set an offset from CG(map_ptr_base)
// (biased by -1) to a slot holding it. Clobbers rdx.
func enterChecks(e *callthread.Emitter) {
	a := e.A
	slow := e.Slow()
	a.MovImm64(amd64.R11, e.ExecutorGlobals())
	a.CmpMem8Imm(amd64.M(amd64.R11, zend.EGVMInterrupt), 0)
	a.Jcc(amd64.CondNE, slow)
	a.Load64(amd64.R11, amd64.M(amd64.RCX, zend.OpArrayRunTimeCachePtr))
	a.TestMem8Imm(amd64.M(amd64.RCX, zend.OpArrayRunTimeCachePtr), 1)
	if cg := e.CompilerGlobals(); cg != 0 {
		direct := a.NewLabel()
		a.Jcc(amd64.CondE, direct)
		a.MovImm64(amd64.RDX, cg)
		a.Load64(amd64.RDX, amd64.M(amd64.RDX, zend.CGMapPtrBase))
		a.AluRR(amd64.AluAdd, amd64.R11, amd64.RDX)
		a.Load64(amd64.R11, amd64.M(amd64.R11, 0))
		a.Bind(direct)
	} else {
		a.Jcc(amd64.CondNE, slow) // an offset, and no CG to resolve it
	}
	a.AluRI(amd64.AluCmp, amd64.R11, 0)
	a.Jcc(amd64.CondE, slow) // not allocated yet (the VM allocates it)
}

// selfEnterChecks is enterChecks for a callee that is the caller's own
// function (checked): the fallback when EG(vm_interrupt) is set, else r11
// = the caller's EX(run_time_cache), allocated since the caller runs, and
// rdx = &executor_globals.
func selfEnterChecks(e *callthread.Emitter) {
	a := e.A
	a.MovImm64(amd64.RDX, e.ExecutorGlobals()) // kept for enterSet
	a.CmpMem8Imm(amd64.M(amd64.RDX, zend.EGVMInterrupt), 0)
	a.Jcc(amd64.CondNE, e.Slow())
	a.Load64(amd64.R11, amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache))
}

// enterFrame, past the last check: the caller's SAVE_OPLINE and EX(call)
// = call->prev_execute_data, then call->prev_execute_data = the caller,
// r14 = the call frame, its EX(call) = NULL and EX(return_value) (NULL
// when the result is unused).
func enterFrame(e *callthread.Emitter, i int, ret opnd) {
	a := e.A
	a.MovImm64(amd64.RSI, e.Opline(i))
	a.Store64(amd64.M(amd64.R14, zend.ExecuteDataOpline), amd64.RSI)
	a.Load64(amd64.RSI, amd64.M(amd64.RAX, zend.ExecuteDataPrev))
	a.Store64(amd64.M(amd64.R14, zend.ExecuteDataCall), amd64.RSI)
	if ret.frame {
		a.Lea(amd64.RSI, amd64.M(amd64.R14, ret.off))
	} else {
		a.AluRR(amd64.AluXor, amd64.RSI, amd64.RSI)
	}
	a.Store64(amd64.M(amd64.RAX, zend.ExecuteDataPrev), amd64.R14)
	a.Mov(amd64.R14, amd64.RAX)
	a.StoreImm64(amd64.M(amd64.R14, zend.ExecuteDataCall), 0)
	a.Store64(amd64.M(amd64.R14, zend.ExecuteDataReturnValue), amd64.RSI)
}

// enterDone: EX(run_time_cache) = r11, EG(current_execute_data), and on
// to the callee's first op to run (r15).
func enterDone(e *callthread.Emitter) {
	a := e.A
	a.Store64(amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache), amd64.R11)
	a.MovImm64(amd64.RSI, e.ExecutorGlobals())
	a.Store64(amd64.M(amd64.RSI, zend.EGCurrentExecuteData), amd64.R14)
	a.JmpMem(amd64.M(amd64.R15, 0))
}

// skipProvenRecvs returns the first op from k on that a recursive call i
// (the known call kc, checked at run time to pass kc.nargs arguments to
// this function) must run: the RECVs of passed arguments whose check the
// argument's type proves are skipped (an untyped one checks the count
// only). A RECV's declared types are its Op2 as lowerRecv reads them.
func (in *Inliner) skipProvenRecvs(i int, kc knownCall, k int) int {
	f := in.f
	for ; k < i && zend.Opcode(f.Ops[k].Opcode) == zend.Recv; k++ {
		op := f.Ops[k]
		if op.Op1 == 0 || op.Op1 > kc.nargs || op.Op2&0xffff == 0 {
			break
		}
		if op.Op2 == mayBeAny&^mayBe(zend.TypeUndef) {
			continue // untyped: the count is known
		}
		m, ok := in.sentTypes(i, kc, op.Op1)
		if !ok || m&^(op.Op2&0xffff) != 0 {
			break
		}
	}
	return k
}

// sentTypes returns the MAY_BE_* bits of the value argument n (1-based)
// of call i gets: the one SEND_VAL(_EX) or SEND_VAR of it between the
// call's INIT and DO (inner calls skipped), never UNDEF nor a reference.
// Any other way of passing arguments (by reference, unpacking, named
// arguments...) proves nothing.
func (in *Inliner) sentTypes(i int, kc knownCall, n uint32) (uint32, bool) {
	f := in.f
	if f.SSAOps == nil || int(kc.callee.Op) >= i {
		return 0, false
	}
	level, found, mask := 0, false, uint32(0)
	for k := int(kc.callee.Op) + 1; k < i; k++ {
		op := f.Ops[k]
		switch code := zend.Opcode(op.Opcode); code {
		case zend.InitFcall, zend.InitFcallByName, zend.InitNsFcallByName, zend.InitMethodCall,
			zend.InitStaticMethodCall, zend.InitUserCall, zend.InitDynamicCall, zend.New:
			level++
		case zend.DoFcall, zend.DoIcall, zend.DoUcall, zend.DoFcallByName, zend.CallableConvert:
			level--
		case zend.SendVal, zend.SendValEx, zend.SendVar:
			if level != 0 {
				continue
			}
			if zend.OpType(op.Op2Type) == zend.OpConst {
				return 0, false // a named argument
			}
			if op.Op2 != n {
				continue
			}
			if found {
				return 0, false // a second send of it: not a plain call
			}
			found = true
			if zend.OpType(op.Op1Type) == zend.OpConst {
				l, ok := in.literal(k, op.Op1)
				if !ok {
					return 0, false
				}
				mask = mayBe(zend.ZvalType(l.Type))
				continue
			}
			use := f.SSAOps[k].Op1Use
			if use < 0 || int(use) >= len(f.SSAVars) {
				return 0, false
			}
			mask = f.SSAVars[use].TypeMask & mayBeTypes
		case zend.SendVarEx, zend.SendRef, zend.SendVarNoRef, zend.SendVarNoRefEx, zend.SendArray,
			zend.SendUser, zend.SendUnpack, zend.SendFuncArg:
			if level == 0 {
				return 0, false
			}
		}
	}
	if !found || mask == 0 || mask&(mayBe(zend.TypeUndef)|mayBe(zend.TypeReference)) != 0 {
		return 0, false
	}
	return mask, true
}

// maxUnrolledCVs bounds the CV initialisations a specialised DO_UCALL
// unrolls.
const maxUnrolledCVs = 16

// knownCall is what a DO_UCALL/DO_FCALL_BY_NAME knows at compile time
// about its call: the callee the INIT op named (wire.Callee) and the
// number of arguments INIT_FCALL pushed.
type knownCall struct {
	callee *wire.Callee
	nargs  uint32
}

// calleeOf returns the wire's callee record of INIT op k, or nil.
func (in *Inliner) calleeOf(k int) *wire.Callee {
	for j := range in.f.Callees {
		if int(in.f.Callees[j].Op) == k {
			return &in.f.Callees[j]
		}
	}
	return nil
}

// knownCallOf pairs DO op i with the INIT op of its call (calls nest: each
// DO closes the innermost open INIT) and returns what is known about it.
// A wrong pairing would only cost the specialisation: the code checks the
// call's function and argument count at run time.
func (in *Inliner) knownCallOf(i int) (knownCall, bool) {
	level := 0
	for k := i - 1; k >= 0; k-- {
		switch zend.Opcode(in.f.Ops[k].Opcode) {
		case zend.DoFcall, zend.DoIcall, zend.DoUcall, zend.DoFcallByName, zend.CallableConvert:
			level++
		case zend.InitFcall, zend.InitFcallByName, zend.InitNsFcallByName, zend.InitMethodCall,
			zend.InitStaticMethodCall, zend.InitUserCall, zend.InitDynamicCall, zend.New:
			if level > 0 {
				level--
				continue
			}
			c := in.calleeOf(k)
			code := zend.Opcode(in.f.Ops[k].Opcode)
			if c == nil || code != zend.InitFcall && code != zend.InitFcallByName {
				return knownCall{}, false
			}
			return knownCall{callee: c, nargs: in.f.Ops[k].ExtendedValue}, true
		}
	}
	return knownCall{}, false
}

// specialised reports whether the known call can take the specialised
// path: no extra arguments, and few enough CVs to initialise.
func (kc knownCall) specialised() bool {
	c := kc.callee
	return c != nil && kc.nargs <= c.NumArgs && c.LastVar <= 1<<16 &&
		(c.LastVar < kc.nargs || c.LastVar-kc.nargs <= maxUnrolledCVs)
}

// selfCall reports whether kc calls the function being compiled.
func (in *Inliner) selfCall(kc knownCall) bool {
	return kc.callee != nil && in.f.OpArrayAddr != 0 && kc.callee.OpArray == in.f.OpArrayAddr
}

// usedStack is zend_vm_calc_used_stack for the known callee.
func (kc knownCall) usedStack() uint64 {
	c := kc.callee
	return uint64(zend.SizeofExecuteData/zend.SizeofZval+kc.nargs+c.T+c.LastVar-min(c.NumArgs, kc.nargs)) * zend.SizeofZval
}
