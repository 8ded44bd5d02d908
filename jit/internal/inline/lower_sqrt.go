package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Calls of internal functions done without a call.
//
//	INIT_FCALL "sqrt", SEND_VAL/SEND_VAR y, DO_ICALL
//	        when the INIT_FCALL's run-time cache slot (result.num) holds
//	        the internal sqrt() (Inliner.SqrtFunction; the VM caches the
//	        function there on the first run) and y is a LONG (converted as
//	        Z_PARAM_DOUBLE does) or a DOUBLE: sqrtsd, as C's sqrt(), into
//	        DO_ICALL's result, then on after the DO_ICALL. No frame is
//	        pushed and nothing can throw. Other arguments (coercions,
//	        TypeErrors, references, UNDEF) and the first run take the
//	        fallback, which runs the three ops on the VM. The wire carries
//	        no string contents, so the name is only checked for its length
//	        at compile time; the cache slot decides. With an observer
//	        extension the VM's DO_ICALL calls the observer: no fast path.

// lowerSqrtCall: INIT_FCALL of sqrt() with its SEND and DO_ICALL (tried
// first by lowerInitFcall).
func lowerSqrtCall(in *Inliner, i int) callthread.Plan {
	ops := in.f.Ops
	op := ops[i]
	if in.SqrtFunction == 0 || in.f.VMFlags&wire.VMObservers != 0 || op.ExtendedValue != 1 ||
		op.Result > 1<<30 || op.Result%8 != 0 || i+3 >= len(ops) || in.blockStart[i+1] || in.blockStart[i+2] {
		return callthread.Plan{}
	}
	name, ok := in.literal(i, op.Op2)
	if zend.OpType(op.Op2Type) != zend.OpConst || !ok || zend.ZvalType(name.Type) != zend.TypeString || name.StrLen != 4 {
		return callthread.Plan{}
	}
	send, call := ops[i+1], ops[i+2]
	switch zend.Opcode(send.Opcode) {
	case zend.SendVal, zend.SendVar:
	default:
		return callthread.Plan{}
	}
	// A positional first argument (a named one has a CONST op2).
	if zend.OpType(send.Op2Type) != zend.OpUnused || send.Op2 != 1 || zend.Opcode(call.Opcode) != zend.DoIcall {
		return callthread.Plan{}
	}
	y, ok1 := in.operand(i+1, send.Op1Type, send.Op1)
	res, used, ok2 := in.result(i + 2)
	if !ok1 || !ok2 {
		return callthread.Plan{}
	}
	if in.f.SSAOps != nil {
		y = in.withFact(i, in.withSSA(y, in.f.SSAOps[i+1].Op1Use)) // facts.go
	}
	if !y.numeric() || len(y.types(numTypes)) == 0 {
		return callthread.Plan{}
	}
	slot := int32(op.Result)
	sqrt := in.SqrtFunction
	if in.sqrtCalls == nil {
		in.sqrtCalls = map[int]bool{}
	}
	in.sqrtCalls[i] = true
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		a := g.a
		a.Load64(amd64.RCX, amd64.M(amd64.R14, zend.ExecuteDataRunTimeCache))
		a.MovImm64(amd64.RAX, sqrt)
		a.AluRM(amd64.AluCmp, amd64.RAX, amd64.M(amd64.RCX, slot))
		a.Jcc(amd64.CondNE, e.Slow()) // another function, or not cached yet
		g.switchType(y, numTypes, func(t zend.ZvalType) {
			if used {
				src := g.xsrc(y, t, amd64.X1)
				a.SseRR(amd64.SseSqrt, amd64.X0, src)
				g.storeDouble(amd64.X0, res)
			}
			e.Goto(i + 3)
		})
	}}
}
