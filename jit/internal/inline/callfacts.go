package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Call facts. The native path of an INIT_FCALL or INIT_FCALL_BY_NAME of
// a function the exporter found (wire.Callee) checks that the call's
// function is that one, else the VM runs the INIT. After it, in the same
// block, the ops the native path falls through until the DO know EX(call):
// the frame that INIT pushed, for that function, with the INIT's argument
// count. SEND_VAL_EX and SEND_VAR_EX then read the callee's by-reference
// flags at compile time (Callee.ArgFlags) instead of testing them, and the
// DO skips its check of the function and the argument count, as opcache's
// optimizer does for calls it resolves. They are kept through the sends
// and the ops that cannot touch EX(call) natively (callKeeps); any other op
// ends them. Like the type facts (facts.go) they hold for the native
// fall-through only: an entry from the VM into an op with a call fact
// checks EX(call)'s function and argument count first and sends anything
// else to the VM (callFactCheck, in Load).

// callFact is what op i's native path knows of EX(call); c nil: nothing.
type callFact struct {
	c     *wire.Callee
	nargs uint32
}

// callFactAt returns op i's call fact (planned ops only).
func (in *Inliner) callFactAt(i int) callFact {
	if i < 0 || i >= len(in.calls) {
		return callFact{}
	}
	return in.calls[i]
}

// callAfter returns the call fact of the op after last, where the fast
// path of op i (through last) continues.
func (in *Inliner) callAfter(i, last int) callFact {
	code := zend.Opcode(in.f.Ops[i].Opcode)
	switch {
	case code == zend.InitFcall && in.sqrtCalls[i]:
		return callFact{}
	case code == zend.InitFcall || code == zend.InitFcallByName:
		if kc, ok := in.knownInit(i); ok {
			return callFact{c: kc.callee, nargs: kc.nargs}
		}
		return callFact{}
	}
	cf := in.callFactAt(i)
	for k := i; k <= last; k++ {
		if !callKeeps(zend.Opcode(in.f.Ops[k].Opcode)) {
			return callFact{}
		}
	}
	return cf
}

// callKeeps reports whether the native path of an op leaves EX(call) as
// it found it: the sends (they fill the frame) and ops that touch no
// call frame.
func callKeeps(code zend.Opcode) bool {
	switch code {
	case zend.SendVal, zend.SendValEx, zend.SendVar, zend.SendVarEx,
		zend.CheckFuncArg, zend.FetchDimFuncArg, zend.SendFuncArg,
		zend.Assign, zend.QmAssign, zend.FetchDimR, zend.FetchObjR,
		zend.PreInc, zend.PreDec, zend.PostInc, zend.PostDec, zend.BoolNot, zend.Bool, zend.Cast:
		return true
	}
	_, cmp := compareOps[code]
	return cmp || binaryOp(code)
}

// knownInit returns the known callee of INIT op i when its native path
// checks the call's function is that one: a specialised call (its frame
// laid out with constants).
func (in *Inliner) knownInit(i int) (knownCall, bool) {
	c := in.calleeOf(i)
	kc := knownCall{callee: c, nargs: in.f.Ops[i].ExtendedValue}
	if c == nil || !kc.specialised() || kc.usedStack() >= 1<<30 {
		return knownCall{}, false
	}
	return kc, true
}

// sendByRef returns the callee's passing mode of argument n (1-based) as
// two bits, by reference (1) and prefer reference (2), when a call fact
// of op i names the callee and n is among the first MAX_ARG_FLAG_NUM.
func (in *Inliner) sendByRef(i int, n uint32) (uint32, bool) {
	cf := in.callFactAt(i)
	if cf.c == nil || n < 1 || n > maxArgFlagNum {
		return 0, false
	}
	return cf.c.ArgFlags >> ((n + 3) * 2) & 3, true
}

// callFactCheck emits an entry's check of op i's call fact: EX(call) is a
// frame for the fact's function with its argument count, else jump to vm;
// when it holds, jump to ok if last (no other check follows), else fall
// through. Clobbers rax and rcx.
func (in *Inliner) callFactCheck(a *amd64.Assembler, i int, vm, ok amd64.Label, last bool) {
	cf := in.callFactAt(i)
	a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCall))
	a.AluRI(amd64.AluCmp, amd64.RAX, 0) // never NULL there; cheap on a rare path
	a.Jcc(amd64.CondE, vm)
	a.CmpMem32Imm(amd64.M(amd64.RAX, zend.ExecuteDataNumArgs), int32(cf.nargs))
	a.Jcc(amd64.CondNE, vm)
	a.MovImm64(amd64.RCX, cf.c.OpArray)
	a.AluRM(amd64.AluCmp, amd64.RCX, amd64.M(amd64.RAX, zend.ExecuteDataFunc))
	if last {
		a.Jcc(amd64.CondE, ok)
	} else {
		a.Jcc(amd64.CondNE, vm)
	}
}

// A call compiled before its function was declared passes "$a[$i]" with
// CHECK_FUNC_ARG (sets or clears ZEND_CALL_SEND_ARG_BY_REF in the frame's
// call info, as the callee takes the argument), FETCH_DIM_FUNC_ARG (a
// FETCH_DIM_W or a FETCH_DIM_R, as that flag says) and SEND_FUNC_ARG (by
// reference or by value, as it says). With a call fact naming a callee
// that takes the argument by value, they are the flag cleared, FETCH_DIM_R
// and SEND_VAR of a VAR; by reference (or an argument past the first
// MAX_ARG_FLAG_NUM, or named) they stay the VM's.

// lowerCheckFuncArg: CHECK_FUNC_ARG of a by-value argument.
func lowerCheckFuncArg(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	if zend.OpType(op.Op2Type) == zend.OpConst {
		return callthread.Plan{} // a named argument
	}
	if mode, known := in.sendByRef(i, op.Op2); !known || mode != 0 {
		return callthread.Plan{}
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		a.Load64(amd64.RAX, amd64.M(amd64.R14, zend.ExecuteDataCall))
		a.Load32(amd64.RCX, amd64.M(amd64.RAX, zend.ExecuteDataCallInfo))
		a.AluRI(amd64.AluAnd, amd64.RCX, int32(^zend.CallSendArgByRef))
		a.Store32(amd64.M(amd64.RAX, zend.ExecuteDataCallInfo), amd64.RCX)
		e.Goto(e.Next())
	}}
}

// lowerFetchDimFuncArg: FETCH_DIM_FUNC_ARG right after the CHECK_FUNC_ARG
// of a by-value argument: FETCH_DIM_R's fast path.
func lowerFetchDimFuncArg(in *Inliner, i int) callthread.Plan {
	if funcArgByValue(in, i) {
		return lowerFetchDimR(in, i)
	}
	return callthread.Plan{}
}

// funcArgByValue reports whether a call fact says the argument the
// CHECK_FUNC_ARG right before op i checked goes by value.
func funcArgByValue(in *Inliner, i int) bool {
	if i < 1 || in.blockStart[i] {
		return false
	}
	check := in.f.Ops[i-1]
	if zend.Opcode(check.Opcode) != zend.CheckFuncArg || zend.OpType(check.Op2Type) == zend.OpConst {
		return false
	}
	mode, known := in.sendByRef(i, check.Op2)
	return known && mode == 0
}
