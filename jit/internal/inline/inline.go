// Package inline gives the hot scalar ops of a call-threaded body native
// fast paths (optimization level 2 and up): integer and float arithmetic,
// comparisons with their fused conditional jumps, jumps, increments and
// assignments of scalars, truth values (!, && and ||) and scalar casts,
// argument type checks and scalar defaults, reads of declared properties
// and packed array elements, arithmetic on and scalar writes to declared
// properties (lower_obj.go), sqrt() calls (lower_sqrt.go), return-type
// checks (lower_verify.go), calls of user functions by name (lower_call.go:
// frame push, arguments, entering the callee, which leaves the frame), and
// returns of scalars from plain nested calls (lower_return.go: the leave
// helper's fast branch, which leaves the frame instead of continuing at the
// next op). An op whose TMP result goes
// straight into a CV ("T = x op y; $cv = T", the shape of every "$cv = x op
// y" opcache has not optimized) is fused with that ASSIGN.
//
// Values live in their zvals in the frame (CV, TMP and VAR operands at
// r14 + op.var) or are literals, which the compiler knows (the wire's
// LITERALS and ADDRS sections) and uses as immediates; with register
// allocation (regs.go) loop CVs and forwarded TMPs live in registers. A
// fast path checks the type bytes of its frame operands at run time, does
// the op for the types it handles (LONG and DOUBLE, plus NULL/FALSE/TRUE
// for assignments, truth values, casts and conditional jumps) and
// continues at the next op. Everything else, including every case where
// PHP would overflow to float, warn, throw, convert a string or touch a
// refcount, jumps to the fallback: the op's VM handler (package
// callthread), after the registers are spilled. Fast paths write nothing
// before their last check, so the handler always finds the operands as
// they were.
//
// SSA type inference, when the wire carries it (O>=3), prunes the type
// cases a fast path has code for; where it proves one type, the check
// goes, as do type-byte stores of a type already there and overflow checks
// of integer results it proves LONG. A native return does not check the
// CVs that inference proves never refcounted. Where it leaves a value
// LONG-or-DOUBLE but the value flows from a property read or a division
// (likely.go), arithmetic tests DOUBLE first and keeps the other cases out
// of line, and a property or packed element read feeding double
// arithmetic is forwarded in xmm3 on a guess (specFetch in regs.go: a
// DOUBLE type byte, else the consumer runs on the VM), as is that
// arithmetic's result (specArith). Within a block, zvals a fast path always
// leaves DOUBLE are facts the ops after it rely on without a check
// (facts.go); entries from the VM check them.
//
// The lowerings are split by concern (lower_arith.go, lower_cmp.go,
// lower_branch.go, lower_bool.go, lower_assign.go, lower_fetch.go,
// lower_dim.go, lower_obj.go, lower_sqrt.go, lower_verify.go, lower_call.go, lower_return.go), chosen by opcode in table.go, and share the operand
// model and emission helpers of operand.go. The tests run every fast path
// on an x86 model (jit/internal/x86emu) against a Go model of PHP's
// semantics (model_test.go), for every pair of a set of edge values.
package inline

import (
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Inliner implements callthread.Inliner for one function.
type Inliner struct {
	f          *wire.Func
	blockStart []bool // op starts a basic block (other code may jump to it)
	// Register regions (regs.go): each op's region, -1 for none; nil
	// without register allocation.
	region  []int
	loops   []loopRegs
	fwdInto []regVar       // TMP forwarded into each op in a register (typ 0: none)
	likely  map[int32]bool // doubleLikely's answers (likely.go)
	// Local type facts (facts.go): per op, the zvals known DOUBLE on the
	// native path; pending are those of op factsFor, being planned.
	facts     [][]typeFact
	pending   []typeFact
	factsFor  int
	factsSkip bool // the ops before factsFor are jumped over
	// Call facts (callfacts.go), kept with the type facts: per op, and
	// op factsFor's.
	calls       []callFact
	pendingCall callFact
	sqrtCalls   map[int]bool // INIT_FCALLs lowered with their SEND and DO_ICALL (lower_sqrt.go)
	dead        []bool       // op is in a block the CFG found unreachable
	opBlock     []int        // each op's block (blockOf), computed on first use
	bounded     map[int]bool // loop header -> bounded (BoundedJump)
	walkSeen    []bool       // scratch of the block walks (walkBuffers)
	walkStack   []int
	// The CVs a native return checks, shared by the function's RETURNs
	// (returnCVChecks): computed once, ok false for too many.
	cvChecks     []opnd
	cvChecksOK   bool
	cvChecksDone bool

	// SqrtFunction is the zend_function of the internal sqrt() (0: none,
	// and its calls stay on the VM): lower_call.go.
	SqrtFunction uint64
}

// New returns the Inliner of f.
func New(f *wire.Func) *Inliner {
	f = withCallResults(f)
	in := &Inliner{f: f, blockStart: make([]bool, len(f.Ops)), dead: make([]bool, len(f.Ops)), factsFor: -1}
	reach := false // the CFG says which blocks are reachable (the entry always is)
	for _, b := range f.Blocks {
		if b.Len > 0 && uint64(b.Start) < uint64(len(f.Ops)) {
			in.blockStart[b.Start] = true
		}
		reach = reach || b.Flags&wire.BBReachable != 0
	}
	for _, b := range f.Blocks {
		if reach && b.Flags&wire.BBReachable == 0 {
			for k := uint64(b.Start); k < uint64(b.Start)+uint64(b.Len) && k < uint64(len(f.Ops)); k++ {
				in.dead[k] = true
			}
		}
	}
	return in
}

// Plan chooses op i's fast path: the opcode's lowering from the table,
// which declines (an empty Plan) what it cannot do from what is known at
// compile time (operand kinds, literal types, jump targets). Ops the CFG
// found unreachable (the implicit "return null" after a return, for one)
// get none: they never run, and the VM would run them if they did.
func (in *Inliner) Plan(i int) callthread.Plan {
	op := in.f.Ops[i]
	in.planFacts(i)
	if int(op.Opcode) >= len(lowerings) || lowerings[op.Opcode] == nil || in.dead[i] {
		return callthread.Plan{}
	}
	p := lowerings[op.Opcode](in, i)
	in.afterFacts(i, p)
	if p.Emit != nil && in.Region(i) >= 0 && !regAware(zend.Opcode(op.Opcode)) {
		emit := p.Emit
		p.Emit = func(e *callthread.Emitter) {
			in.spillReads(e.A, i) // it reads its CVs from their zvals
			emit(e)
		}
	}
	return p
}

// Supported reports whether opcode code has a lowering.
func Supported(code zend.Opcode) bool {
	return int(code) < len(lowerings) && lowerings[code] != nil
}
