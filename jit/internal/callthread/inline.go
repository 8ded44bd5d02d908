package callthread

import (
	"fmt"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Inliner gives ops of a body native fast paths (package inline implements
// it). The body asks it about every op of class call, and about the ops of
// class tail (the returns), in op order, before emitting anything. A fast
// path for a tail op must leave the function (Plan.Leaves); its fallback is
// the op's tail jump to its VM label.
//
// A fast path runs where the op's call would, checks at run time that the
// op's operands are of the types it handles, does the op and continues at
// the next op natively. Whenever a check fails it jumps to its fallback
// (Emitter.Slow): the op's call-threaded code placed out of line after the
// body, which calls the VM handler and follows it as at O=1. A fast path
// therefore must not write anything before its last check: the handler
// redoes the op from scratch.
type Inliner interface {
	Plan(i int) Plan
}

// Plan is an Inliner's decision about one op.
type Plan struct {
	// Emit emits the fast path; nil keeps the op call-threaded. It must
	// end every path with a transfer (Emitter.Goto, or a jump to Slow).
	Emit func(e *Emitter)
	// Fuse says the fast path also does the next op, which must be of
	// class call (a comparison's smart branch does the JMPZ/JMPNZ after
	// it). That op's call-threaded code moves out of line, where only the
	// fallback's handler can continue at it.
	Fuse bool
	// Jumps says the fast path never continues at the next op (JMP), so
	// it may be the last op of the function.
	Jumps bool
	// Leaves says the fast path leaves the function's frame (a RETURN
	// done natively): it ends in a dispatch to the caller's next op and
	// never continues at an op of this body. It may be the last op, and
	// it has no successors that need entries.
	Leaves bool
}

// Emitter is what a fast path is emitted with.
type Emitter struct {
	A *amd64.Assembler

	c        *fn
	op       int
	slow     amd64.Label
	slowUsed bool
	// checked: CheckInterruptFirst emitted the interrupt check already.
	checked bool
	cold    []coldCode
}

// coldCode is a piece of a fast path placed out of line (Emitter.Cold).
type coldCode struct {
	at   amd64.Label
	emit func()
}

// Cold returns a label for code emit emits out of line, after the body
// with the fallbacks: a fast path's unlikely case, kept off the likely
// path's straight line. emit runs later (it may itself call Cold); it
// must end in a transfer (Goto jumps from there).
func (e *Emitter) Cold(emit func()) amd64.Label {
	l := e.A.NewLabel()
	e.cold = append(e.cold, coldCode{at: l, emit: emit})
	return l
}

// Op is the index of the op being emitted.
func (e *Emitter) Op() int { return e.op }

// Next is the op a fast path continues at when it is done: the next op,
// or the one after it when the fast path fused it.
func (e *Emitter) Next() int {
	if e.c.inline[e.op].Fuse {
		return e.op + 2
	}
	return e.op + 1
}

// Opline returns the address of op k.
func (e *Emitter) Opline(k int) uint64 { return e.c.opline(k) }

// Slow returns the op's fallback: its call-threaded code, out of line.
func (e *Emitter) Slow() amd64.Label {
	if !e.slowUsed {
		e.slow, e.slowUsed = e.A.NewLabel(), true
	}
	return e.slow
}

// ExecutorGlobals is the address of executor_globals, for fast paths that
// read or write EG fields.
func (e *Emitter) ExecutorGlobals() uint64 { return e.c.opt.ExecutorGlobals }

// CompilerGlobals is the address of compiler_globals, 0 when unknown.
func (e *Emitter) CompilerGlobals() uint64 { return e.c.opt.CompilerGlobals }

// Valid reports whether op s exists, so that a fast path may continue at it.
func (e *Emitter) Valid(s int) bool { return s >= 0 && s < len(e.c.f.Ops) }

// backward reports whether continuing at op s goes back to an op at or
// before the ones this fast path does: a loop, which must check for
// interrupts (timeouts, signals) as the VM's jumps do. A loop the Inliner
// proves runs a bounded number of iterations each time it is entered
// (BoundedLoops) needs none: the loop around it, or the VM after it,
// checks a bounded time later.
func (e *Emitter) backward(s int) bool {
	if s >= e.Next() {
		return false
	}
	if b, ok := e.c.opt.Inline.(BoundedLoops); ok && b.BoundedJump(e.op, s) {
		return false
	}
	return true
}

// BoundedLoops is implemented by Inliners that know loops whose back
// edges need no interrupt check.
type BoundedLoops interface {
	// BoundedJump reports whether the backward jump from op i to op s is
	// in a loop that runs a bounded number of iterations each time.
	BoundedJump(i, s int) bool
}

// Goto continues at op s: a jump, or nothing when op s's code comes next.
// A backward jump first checks EG(vm_interrupt) and takes the fallback
// when it is set: the handler redoes the op and then runs the VM's
// interrupt helper (zend_interrupt_helper via ZEND_VM_SET_OPCODE).
func (e *Emitter) Goto(s int) { e.GotoAfter(s, nil) }

// GotoAfter is Goto with the fast path's last writes (store, when not nil)
// emitted after the interrupt check of a backward jump and before the
// jump: a fast path that writes its result and then jumps back still
// takes its fallback with the frame untouched.
func (e *Emitter) GotoAfter(s int, store func()) {
	e.check(s)
	if e.backward(s) && !e.checked {
		e.interruptCheck()
	}
	if store != nil {
		store()
	}
	e.A.JmpNext(e.c.target(e.op, s))
}

// Branch continues at op s when cond holds, and falls through otherwise.
func (e *Emitter) Branch(cond amd64.Cond, s int) {
	e.check(s)
	if !e.backward(s) || e.checked {
		e.A.Jcc(cond, e.c.target(e.op, s))
		return
	}
	skip := e.A.NewLabel()
	e.A.Jcc(cond.Negate(), skip)
	e.interruptCheck()
	e.A.Jmp(e.c.target(e.op, s))
	e.A.Bind(skip)
}

// CheckInterruptFirst emits, where a fast path starts, the interrupt check
// that continuing at op s needs when that is a backward jump; Branch and
// Goto to such an op are then one jump, the loop's back edge (not a jump
// over the check and a jump back). A fast path calls it before computing
// the flags it branches on. With the flag set it takes the fallback before
// the op did anything, as the later check would (the handler redoes the op,
// and its jump, when taken, runs the VM's interrupt helper; when not, the
// flag stays set for the next jump back).
func (e *Emitter) CheckInterruptFirst(s int) {
	e.check(s)
	if e.backward(s) && !e.checked {
		e.interruptCheck()
		e.checked = true
	}
}

func (e *Emitter) check(s int) {
	if !e.Valid(s) {
		panic(fmt.Sprintf("callthread: BUG: op #%d continues at op %d of %d", e.op, s, len(e.c.f.Ops)))
	}
}

// interruptCheck: cmp byte [EG(vm_interrupt)], 0; jne slow. The
// address comes from the region's interrupt register when it has one (one
// instruction less on every back edge), else it is built in rax.
func (e *Emitter) interruptCheck() {
	flag := amd64.RAX
	if r, ok := e.interruptReg(); ok {
		flag = r
	} else {
		e.A.MovImm64(amd64.RAX, e.c.opt.ExecutorGlobals+zend.EGVMInterrupt)
	}
	e.A.CmpMem8Imm(amd64.M(flag, 0), 0)
	e.A.Jcc(amd64.CondNE, e.Slow())
}

func (e *Emitter) interruptReg() (amd64.Reg, bool) {
	if e.c.opt.Regs == nil {
		return 0, false
	}
	return e.c.opt.Regs.InterruptReg(e.op)
}

// Start is the function-start op (Options.Start).
func (e *Emitter) Start() int { return int(e.c.opt.Start) }

// EnterBody continues, in a new frame of this same function that the fast
// path has just set up (r14), at op s, the start op or an op after it: a
// call of the function entering its own body without the dispatch through
// the start op's patched handler. It does what that entry does (counts the
// call, loads the registers op s's region needs from the new frame), and
// stores nothing: the fast path has spilled its registers into the caller's
// frame already. The caller's region is left behind, so no spill stub.
func (e *Emitter) EnterBody(s int) {
	e.check(s)
	c := e.c
	if uint32(s) < c.opt.Start {
		panic(fmt.Sprintf("callthread: BUG: op #%d enters the body at op %d before the start %d", e.op, s, c.opt.Start))
	}
	switch {
	case uint32(s) == c.opt.Start && c.counting() && !c.needsLoad(s):
		e.A.Jmp(c.count) // the start's patched entry
		return
	case uint32(s) == c.opt.Start:
		// The patched entry is the loads (the body counts no call there).
	case c.counting():
		e.A.MovImm64(amd64.RAX, c.opt.Counter)
		e.A.IncMem64(amd64.M(amd64.RAX, 0))
	}
	e.A.Jmp(c.entryLabel(s))
}
