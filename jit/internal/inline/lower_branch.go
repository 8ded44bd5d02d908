package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Jumps. JMP continues at its target; JMPZ and JMPNZ test an operand
// holding IS_TRUE, IS_FALSE, IS_NULL or IS_LONG (non-zero is true), as the
// VM's handlers do without calling i_zend_is_true; anything else (UNDEF
// warns, strings, arrays, objects, doubles) is the handler's. A backward
// jump checks EG(vm_interrupt) first (Emitter.Goto/Branch), as the VM's
// ZEND_VM_SET_OPCODE does on every jump it takes.

// lowerJmp: JMP.
func lowerJmp(in *Inliner, i int) callthread.Plan {
	t, ok := jumpTarget(len(in.f.Ops), i, in.f.Ops[i].Op1)
	if !ok {
		return callthread.Plan{}
	}
	return callthread.Plan{Jumps: true, Emit: func(e *callthread.Emitter) { e.Goto(t) }}
}

// lowerCondJmp: JMPZ, JMPNZ on a CV, TMP or VAR (a constant condition is
// folded by the optimizer, and left to the handler otherwise).
func lowerCondJmp(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	x, ok1 := in.op1(i)
	t, ok2 := jumpTarget(len(in.f.Ops), i, op.Op2)
	if !ok1 || !ok2 || !x.frame {
		return callthread.Plan{}
	}
	jmpnz := zend.Opcode(op.Opcode) == zend.Jmpnz
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		a := e.A
		e.CheckInterruptFirst(t)
		onTrue, onFalse := e.Next(), t
		if jmpnz {
			onTrue, onFalse = t, e.Next()
		}
		if k, ok := x.known(); ok {
			newGen(e).knownCondJmp(x, k, onTrue, onFalse)
			return
		}
		notLong := a.NewLabel()
		a.LoadU8(amd64.RAX, x.typeInfo())
		a.AluRI(amd64.AluCmp, amd64.RAX, int32(zend.TypeTrue))
		e.Branch(amd64.CondE, onTrue)
		a.AluRI(amd64.AluCmp, amd64.RAX, int32(zend.TypeLong))
		a.Jcc(amd64.CondNE, notLong)
		a.CmpMemImm(x.value(), 0)
		e.Branch(amd64.CondNE, onTrue)
		e.Goto(onFalse)
		a.Bind(notLong)
		// FALSE and NULL are false; UNDEF (a warning) and the rest are the
		// handler's.
		a.AluRI(amd64.AluCmp, amd64.RAX, int32(zend.TypeFalse))
		e.Branch(amd64.CondE, onFalse)
		a.AluRI(amd64.AluCmp, amd64.RAX, int32(zend.TypeNull))
		a.Jcc(amd64.CondNE, e.Slow())
		e.Goto(onFalse)
	}}
}

// knownCondJmp is a conditional jump on an operand of a type SSA proves:
// no type check, and doubles too (0.0 and -0.0 are false, NAN is true).
func (g *gen) knownCondJmp(x opnd, t zend.ZvalType, onTrue, onFalse int) {
	a, e := g.a, g.e
	switch t {
	case zend.TypeNull, zend.TypeFalse:
		e.Goto(onFalse)
	case zend.TypeTrue:
		e.Goto(onTrue)
	case zend.TypeLong:
		if x.reg {
			a.CmpImm(x.gpr, 0)
		} else {
			a.CmpMemImm(x.value(), 0)
		}
		e.Branch(amd64.CondNE, onTrue)
		e.Goto(onFalse)
	case zend.TypeDouble:
		g.loadDouble(amd64.X0, x, t)
		a.ZeroX(amd64.X1)
		a.Ucomisd(amd64.X0, amd64.X1)
		e.Branch(amd64.CondP, onTrue)
		e.Branch(amd64.CondNE, onTrue)
		e.Goto(onFalse)
	default:
		a.Jmp(e.Slow())
	}
}
