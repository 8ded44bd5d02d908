// Package callthread emits call-threaded function bodies: one contiguous
// native body per function in which every op is a call to the function
// variant of its VM handler (vm-protocol.md 1.4), what opcache's function
// JIT does at optimization level 1. The body is the skeleton later levels
// fill in: type-specialized code will replace individual ops' calls.
//
// The body is reached like any handler, by the VM's "jmp *(%r15)", with
// r14 = execute_data, r15 = the opline and rsp 16-byte aligned with no
// return address pushed; every basic block start is an entry, so any
// dispatch into the function (a branch taken by a VM handler, a return to
// the op after a call, a catch block, a generator resuming) lands in native
// code. For op i the body does, by the op's class (table.go):
//
//	call:     movabs r15, &opcodes[i]; movabs rax, handler_func; call rax
//	          then, for each op s the handler may continue at (next op,
//	          static jump targets): cmp r15, &opcodes[s]; je L_s;
//	          and anything else (an exception, a frame switch): jmp *(%r15)
//	dispatch: movabs r15, &opcodes[i]; movabs rax, handler_func; call rax;
//	          jmp *(%r15)
//	tail:     movabs r15, &opcodes[i]; movabs rax, vm_label; jmp rax
//	skip:     nothing
//
// With an Inliner (Options.Inline, inline.go), ops it chooses get a native
// fast path in place of their call instead, and their call-threaded code
// moves out of line, after the shared dispatch, as the fast path's fallback.
// With Options.VMRuns as well (what levels 2+ use), no op is called at all:
// the ops without a fast path and the fallbacks jump to the op's VM label
// (class vm, like tail), the VM runs from there at its own speed, and the
// ops where it may come back into a fast path become entries.
//
// The call-threaded code touches rax, r15 and flags only (r14 is the
// handlers' business); fast paths may also use the other caller-saved
// registers. Nothing moves rsp, so a bare call is 16-byte aligned and every
// exit leaves the VM's frame as it found it.
package callthread

import (
	"errors"
	"fmt"
	"sort"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// ErrUnsupported is wrapped by Compile's errors about functions it cannot
// compile (the function then stays in the VM).
var ErrUnsupported = errors.New("callthread: unsupported function")

// Options are the facts about a function Compile needs besides its ops.
type Options struct {
	// Start is the function-start op: its entry counts the call.
	Start uint32
	// Counter is the absolute address of the function's call counter, or
	// 0 for none.
	Counter uint64
	// Entries are ops that must be entries besides the block starts (the
	// function start and the RECV_INITs).
	Entries []uint32
	// Inline, when not nil, chooses ops to get native fast paths.
	Inline Inliner
	// ExecutorGlobals is the address of executor_globals, for the
	// interrupt checks of fast paths that jump backward; required with
	// Inline.
	ExecutorGlobals uint64
	// CompilerGlobals is the address of compiler_globals, or 0: fast
	// paths of calls read CG(map_ptr_base) there.
	CompilerGlobals uint64
	// VMRuns leaves the ops without a fast path to the VM (class vm):
	// instead of calling an op's handler function, the body jumps to the
	// op's VM label, and the VM runs it, and the ops after it, as fast as
	// it runs anything, until it dispatches to an entry. Fallbacks of
	// fast paths jump to the VM label too. The entries are then the ops
	// where the VM may continue into native code: block starts and
	// successors of VM-run and inlined ops whose code is native.
	VMRuns bool
	// Regs, when not nil, describes values the fast paths keep in
	// registers inside regions of ops (loops). Code leaving a region or
	// native code first spills them into their zvals; code entering a
	// region from anywhere else, a patched entry or a jump from an op
	// outside it, first loads them (a stub out of line).
	Regs Registers
	// AVX: fast paths' double arithmetic uses the VEX (AVX) encodings
	// (amd64.Assembler.SetAVX). The caller checked that the CPU has AVX.
	AVX bool
}

// Registers tells a body where fast paths keep values in registers
// (package inline, register allocation). Inside a region the registers
// hold the values; the zvals are written back (spilled) wherever code
// leaves the region or native code, and the registers loaded wherever
// code enters.
type Registers interface {
	// Region returns op i's region, -1 for none.
	Region(i int) int
	// NeedsLoad reports whether code entering op i from elsewhere (not
	// from its region) loads registers first.
	NeedsLoad(i int) bool
	// Load emits the loads of the registers op i expects.
	Load(a *amd64.Assembler, i int)
	// Spill emits the stores of the registers that hold values at op i
	// (its region's and a value forwarded into it) into their zvals.
	Spill(a *amd64.Assembler, i int)
	// SpillRegion emits the stores of region r's registers.
	SpillRegion(a *amd64.Assembler, r int)
	// InterruptReg returns a register that holds &EG(vm_interrupt)
	// throughout op i's region, if it has one: the body loads it after
	// Load, and the interrupt checks of backward jumps read through it.
	InterruptReg(i int) (amd64.Reg, bool)
}

// Entry is an op whose handler must point at Offset in the code.
type Entry struct {
	Op     uint32
	Offset uint32
}

// Body is a compiled function.
type Body struct {
	// Code is the body's code, then from Pool on its constants (doubles
	// the fast paths read RIP-relative); Pool is len(Code) without any.
	Code    []byte
	Pool    int
	Entries []Entry // sorted by Op, no duplicates
	// Ops describes each op's code, for listings and tests.
	Ops []OpCode
	// CountAt is the offset of the call counting prologue of the function
	// start, -1 without a counter.
	CountAt int
	// Dispatch is the offset of the shared "jmp *(%r15)".
	Dispatch int
	// Inlined counts the ops done by fast paths (fused ops included).
	Inlined int
	// VMRuns: built with Options.VMRuns (fallbacks jump to VM labels).
	VMRuns bool
}

// OpCode is where an op's code is and how it runs.
type OpCode struct {
	Offset int    // where the op's code starts (a skipped op: where the next one's does)
	Class  string // "call", "dispatch", "tail", "skip", or "inline" for a fast path
	Entry  bool   // the op's handler is patched
	// Slow is the offset of an inlined op's fallback, -1 if it has none.
	Slow int
	// Cold: the op's code is out of line (an op fused into the fast path
	// of the op before it).
	Cold bool
	// Succ lists the ops the body continues at natively after a call, in
	// the order it compares them.
	Succ []uint32
}

// fn is one compilation.
type fn struct {
	f       *wire.Func
	opt     Options
	a       *amd64.Assembler
	classes []class
	labels  []amd64.Label // internal label of each op
	count   amd64.Label   // counting entry of the start op, when counting
	disp    amd64.Label
	inline  []Plan                  // fast paths chosen by opt.Inline
	cold    []bool                  // op's code is out of line (fused into the op before)
	slow    []*Emitter              // emitters whose fallback was used, by op
	stubs   map[stubKey]amd64.Label // register stubs (target, entryLabel)
}

// Compile emits the body of f. f must carry a CFG (f.Blocks).
func Compile(f *wire.Func, opt Options) (*Body, error) {
	n := len(f.Ops)
	switch {
	case n == 0:
		return nil, fmt.Errorf("%w: no ops", ErrUnsupported)
	case f.Blocks == nil:
		return nil, fmt.Errorf("%w: no CFG", ErrUnsupported)
	case f.OpcodesAddr == 0 || f.OpcodesAddr%8 != 0:
		return nil, fmt.Errorf("%w: opcodes at %#x", ErrUnsupported, f.OpcodesAddr)
	case uint64(opt.Start) >= uint64(n):
		return nil, fmt.Errorf("%w: start op %d of %d", ErrUnsupported, opt.Start, n)
	case opt.Inline != nil && opt.ExecutorGlobals == 0:
		return nil, fmt.Errorf("%w: fast paths without the executor_globals address", ErrUnsupported)
	}
	c := &fn{f: f, opt: opt, a: amd64.NewAssembler(), classes: make([]class, n), labels: make([]amd64.Label, n)}
	c.a.SetAVX(opt.AVX)
	c.a.Reserve(instrsPerOp*n, labelsPerOp*n)
	for i := range f.Ops {
		cl, err := c.classify(i)
		if err != nil {
			return nil, err
		}
		c.classes[i] = cl
		c.labels[i] = c.a.NewLabel()
	}
	c.plan()
	if opt.VMRuns {
		// Every op without a fast path runs on the VM, the ops fused into
		// a fast path included: their own code is dead then (the fast path
		// continues past them, its fallback is the VM's).
		for i := range c.classes {
			if c.classes[i] == call && c.inline[i].Emit == nil {
				c.classes[i] = vm
			}
		}
	}
	entry := c.entries()
	c.disp = c.a.NewLabel()
	if c.counting() {
		c.count = c.a.NewLabel()
	}
	succs := make([][]uint32, n)
	for i := range f.Ops {
		if c.counting() && uint32(i) == opt.Start {
			c.a.Bind(c.count)
			c.a.MovImm64(amd64.RAX, opt.Counter)
			c.a.IncMem64(amd64.M(amd64.RAX, 0))
		}
		switch {
		case c.cold[i]:
			continue // bound and emitted out of line, below
		case c.inline[i].Emit != nil:
			c.a.Bind(c.labels[i])
			e := &Emitter{A: c.a, c: c, op: i}
			c.inline[i].Emit(e)
			if e.slowUsed || len(e.cold) > 0 {
				c.slow[i] = e
			}
			continue
		}
		c.a.Bind(c.labels[i])
		succs[i] = c.emitOp(i, true)
	}
	// Register stubs of patched entries: created here, emitted with the
	// others below.
	for i := range f.Ops {
		if entry[i] {
			c.entryLabel(i)
		}
	}
	c.a.Bind(c.disp)
	c.a.JmpMem(amd64.M(amd64.R15, 0))
	// Out of line: fallbacks of fast paths, and the ops fused into them.
	for i := range f.Ops {
		if e := c.slow[i]; e != nil {
			for k := 0; k < len(e.cold); k++ { // cold code may add more
				c.a.Bind(e.cold[k].at)
				e.cold[k].emit()
			}
		}
		if e := c.slow[i]; e != nil && e.slowUsed {
			c.a.Bind(e.slow)
			c.spill(i)
			if opt.VMRuns {
				c.a.MovImm64(amd64.R15, c.opline(i))
				c.a.MovImm64(amd64.RAX, f.Ops[i].Handler)
				c.a.JmpReg(amd64.RAX)
			} else {
				succs[i] = c.emitOp(i, false)
			}
		}
		if c.cold[i] {
			c.a.Bind(c.labels[i])
			succs[i] = c.emitOp(i, false) // with VMRuns: a jump to its VM label
		}
	}

	c.emitStubs()

	code, err := c.a.Assemble()
	if err != nil {
		return nil, err
	}
	b := &Body{Code: code, Pool: c.a.PoolOffset(), CountAt: -1, Dispatch: c.a.Offset(c.disp), Ops: make([]OpCode, n), VMRuns: opt.VMRuns}
	if c.counting() {
		b.CountAt = c.a.Offset(c.count)
	}
	for i := range f.Ops {
		cl := c.classes[i].String()
		slow := -1
		if c.inline[i].Emit != nil {
			cl = "inline"
			b.Inlined++
			if c.inline[i].Fuse {
				b.Inlined++
			}
			if e := c.slow[i]; e != nil && e.slowUsed {
				slow = c.a.Offset(e.slow)
			}
		}
		b.Ops[i] = OpCode{Offset: c.a.Offset(c.labels[i]), Class: cl,
			Entry: entry[i], Succ: succs[i], Slow: slow, Cold: c.cold[i]}
		if entry[i] {
			off := b.Ops[i].Offset
			if c.counting() && uint32(i) == opt.Start {
				off = b.CountAt
			}
			if c.needsLoad(i) {
				off = c.a.Offset(c.entryLabel(i))
			}
			b.Entries = append(b.Entries, Entry{Op: uint32(i), Offset: uint32(off)})
		}
	}
	return b, nil
}

func (c *fn) counting() bool { return c.opt.Counter != 0 }

// plan asks the Inliner about every op of class call or tail. An op fused
// into the fast path before it is not asked; fusing is refused where the
// fused op could not go out of line (not a call, the function start). A
// tail op only gets a fast path that leaves the frame: anything else would
// continue where the VM's label never does.
func (c *fn) plan() {
	n := len(c.f.Ops)
	c.inline, c.cold, c.slow = make([]Plan, n), make([]bool, n), make([]*Emitter, n)
	if c.opt.Inline == nil {
		return
	}
	for i := 0; i < n; i++ {
		if c.classes[i] != call && c.classes[i] != tail {
			continue
		}
		p := c.opt.Inline.Plan(i)
		if c.classes[i] == tail && (!p.Leaves || p.Fuse) {
			continue
		}
		next := i + 1
		if p.Fuse {
			next++
		}
		// A fast path continues at the op after it (after the fused op):
		// there must be one, unless it only jumps or leaves. (Unreachable
		// code can end in any op.)
		if p.Emit == nil || next >= n && !(p.Jumps && !p.Fuse) && !p.Leaves {
			continue
		}
		if p.Fuse {
			if c.classes[i+1] != call || uint32(i+1) == c.opt.Start {
				continue
			}
			c.cold[i+1] = true
		}
		c.inline[i] = p
		if p.Fuse {
			i++
		}
	}
}

// classify picks op i's class: its table row, adjusted for what the wire
// says about its handlers.
func (c *fn) classify(i int) (class, error) {
	op := c.f.Ops[i]
	code := zend.Opcode(op.Opcode)
	if int(code) >= len(table) || table[code].class == invalid {
		return invalid, fmt.Errorf("%w: op #%d has unknown opcode %d", ErrUnsupported, i, op.Opcode)
	}
	cl := table[code].class
	if cl == skip && i == len(c.f.Ops)-1 {
		cl = call // nothing after it to fall into
	}
	if (cl == call || cl == dispatch) && op.HandlerFunc == 0 {
		cl = tail // no function variant: the VM label does the op
	}
	if cl == tail && op.Handler == 0 {
		return invalid, fmt.Errorf("%w: op #%d %s (line %d): no handler address",
			ErrUnsupported, i, code, op.Lineno)
	}
	return cl, nil
}

// entries marks the ops whose handlers get patched: every basic block
// start, so that any dispatch into the function lands in native code, and
// the function entries the caller names. With VMRuns, a block start whose
// code would only jump back to its VM label is left to the VM, and the
// ops where the VM continues from a VM-run op into native code are added.
func (c *fn) entries() []bool {
	n := len(c.f.Ops)
	e := make([]bool, n)
	for _, b := range c.f.Blocks {
		if b.Len > 0 && uint64(b.Start) < uint64(n) && (!c.opt.VMRuns || c.native(int(b.Start))) {
			e[b.Start] = true
		}
	}
	if c.opt.VMRuns {
		for i := range c.f.Ops {
			if c.classes[i] != vm && c.inline[i].Emit == nil || c.inline[i].Leaves {
				continue
			}
			for _, s := range c.successors(i) {
				if c.native(int(s)) && !c.cold[s] {
					e[s] = true
				}
			}
		}
	}
	for _, op := range c.opt.Entries {
		if uint64(op) < uint64(n) {
			e[op] = true
		}
	}
	e[c.opt.Start] = true
	return e
}

// native reports whether the VM reaching op k (past any skipped ops) had
// better continue in the body: its code does more than jump back to the
// VM (a tail op does when it has a fast path).
func (c *fn) native(k int) bool {
	for k < len(c.classes) && c.classes[k] == skip {
		k++
	}
	if k >= len(c.classes) {
		return false
	}
	cl := c.classes[k]
	return cl != vm && (cl != tail || c.inline[k].Emit != nil)
}

// opline returns the address of op i (i may be len(ops): one past the end).
func (c *fn) opline(i int) uint64 {
	return c.f.OpcodesAddr + uint64(i)*zend.SizeofZendOp
}

// emitOp emits op i's code and returns the successors a call compares.
// In the main flow the code may fall through into the next op's; out of
// line (a fallback, a fused op) every way out is a jump.
func (c *fn) emitOp(i int, mainFlow bool) []uint32 {
	op := c.f.Ops[i]
	a := c.a
	if c.classes[i] != skip {
		c.spill(i) // the VM, or a handler, reads the zvals
	}
	switch c.classes[i] {
	case skip:
		return nil
	case tail, vm:
		a.MovImm64(amd64.R15, c.opline(i))
		a.MovImm64(amd64.RAX, op.Handler)
		a.JmpReg(amd64.RAX)
		return nil
	}
	a.MovImm64(amd64.R15, c.opline(i))
	a.MovImm64(amd64.RAX, op.HandlerFunc)
	a.CallReg(amd64.RAX)
	if c.classes[i] == dispatch {
		a.JmpMem(amd64.M(amd64.R15, 0))
		return nil
	}
	succ := c.successors(i)
	fall := -1 // the successor whose code follows, reached by falling through
	for k, s := range succ {
		if mainFlow && c.adjacent(i, int(s)) {
			fall = k
		}
	}
	for k, s := range succ {
		if k == fall {
			continue
		}
		a.MovImm64(amd64.RAX, c.opline(int(s)))
		a.Cmp(amd64.R15, amd64.RAX)
		a.Jcc(amd64.CondE, c.target(i, int(s)))
	}
	if fall < 0 {
		a.Jmp(c.disp)
		return succ
	}
	a.MovImm64(amd64.RAX, c.opline(int(succ[fall])))
	a.Cmp(amd64.R15, amd64.RAX)
	a.Jcc(amd64.CondNE, c.disp)
	// Keep the fall-through last in the returned order, as emitted.
	return append(append(succ[:fall:fall], succ[fall+1:]...), succ[fall])
}

// successors lists the ops a call of op i may continue at in this frame:
// static jump targets first, then the next op. Anything else goes through
// dispatch.
func (c *fn) successors(i int) []uint32 {
	ops := c.f.Ops
	n := len(ops)
	var out []uint32
	add := func(s int) {
		if s < 0 || s >= n {
			return
		}
		for _, o := range out {
			if o == uint32(s) {
				return
			}
		}
		out = append(out, uint32(s))
	}
	op := ops[i]
	r := table[op.Opcode]
	switch r.target {
	case op1Target:
		add(jumpTarget(i, op.Op1))
	case op2Target:
		add(jumpTarget(i, op.Op2))
	case extTarget:
		add(jumpTarget(i, op.ExtendedValue))
	}
	// A comparison fused with the JMPZ/JMPNZ after it (smart branch) jumps
	// for it: to the JMPZ's target or past it.
	if zend.OpType(op.ResultType)&(zend.SmartBranchJmpz|zend.SmartBranchJmpnz) != 0 &&
		i+1 < n && isCondJump(zend.Opcode(ops[i+1].Opcode)) {
		add(jumpTarget(i+1, ops[i+1].Op2))
		add(i + 2)
	}
	// NEW of a class without a constructor skips the DO_FCALL after it.
	if zend.Opcode(op.Opcode) == zend.New && i+1 < n && zend.Opcode(ops[i+1].Opcode) == zend.DoFcall {
		add(i + 2)
	}
	next := i + 1
	for next < n && zend.Opcode(ops[next].Opcode) == zend.OpData {
		next++
	}
	if r.repeat {
		for next < n && ops[next].Opcode == op.Opcode {
			next++
		}
	}
	add(next)
	return out
}

// jumpTarget returns the op a relative jump operand of op i points at, or
// -1 when it is not a whole number of ops away.
func jumpTarget(i int, rel uint32) int {
	off := int64(int32(rel))
	if off%zend.SizeofZendOp != 0 {
		return -1
	}
	return i + int(off/zend.SizeofZendOp)
}

// target is the label a native jump from op i to op s goes to. Jumps from
// the receive ops before the function start into it count the call (the VM
// entered at a RECV_INIT); all other jumps to the start are internal (a
// loop back to the first op is not a call). A jump that leaves op i's
// register region stores its registers, one that enters op s's loads them
// (a stub).
func (c *fn) target(i, s int) amd64.Label {
	if c.counting() && uint32(s) == c.opt.Start && i < s {
		return c.count
	}
	from, to := c.region(i), c.region(s)
	switch {
	case from >= 0 && from != to:
		return c.stub(from, s)
	case from != to && c.needsLoad(s):
		return c.stub(-1, s)
	}
	return c.labels[s]
}

// region returns op i's register region, -1 for none.
func (c *fn) region(i int) int {
	if c.opt.Regs == nil {
		return -1
	}
	return c.opt.Regs.Region(i)
}

func (c *fn) needsLoad(i int) bool { return c.opt.Regs != nil && c.opt.Regs.NeedsLoad(i) }

// spill emits the stores of the registers op i holds values in, before
// code that leaves native code at op i (to the VM, or a handler call).
func (c *fn) spill(i int) {
	if c.opt.Regs != nil {
		c.opt.Regs.Spill(c.a, i)
	}
}

// stubKey names a register stub: region from's registers are stored, then
// op to's are loaded, then op to's code runs.
type stubKey struct{ from, to int }

// stub returns the label of a register stub, creating it on first use.
func (c *fn) stub(from, to int) amd64.Label {
	k := stubKey{from, to}
	if c.stubs == nil {
		c.stubs = map[stubKey]amd64.Label{}
	}
	l, ok := c.stubs[k]
	if !ok {
		l = c.a.NewLabel()
		c.stubs[k] = l
	}
	return l
}

// entryLabel is where a patched entry into op s starts: its loads, when
// it needs any (the VM has just written the zvals).
func (c *fn) entryLabel(s int) amd64.Label {
	if c.needsLoad(s) {
		return c.stub(-1, s)
	}
	return c.labels[s]
}

// emitStubs emits the register stubs, in a stable order.
func (c *fn) emitStubs() {
	keys := make([]stubKey, 0, len(c.stubs))
	for k := range c.stubs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a].to != keys[b].to {
			return keys[a].to < keys[b].to
		}
		return keys[a].from < keys[b].from
	})
	for _, k := range keys {
		c.a.Bind(c.stubs[k])
		if k.from >= 0 {
			c.opt.Regs.SpillRegion(c.a, k.from)
		}
		if c.needsLoad(k.to) {
			c.opt.Regs.Load(c.a, k.to)
			if r, ok := c.opt.Regs.InterruptReg(k.to); ok {
				c.a.MovImm64(r, c.opt.ExecutorGlobals+zend.EGVMInterrupt)
			}
		}
		c.a.Jmp(c.labels[k.to])
	}
}

// adjacent reports whether op s's code, as target(i, s), starts right
// after op i's code.
func (c *fn) adjacent(i, s int) bool {
	for k := i + 1; k <= s; k++ {
		if c.counting() && uint32(k) == c.opt.Start {
			// The counting prologue sits before the start op's label.
			return k == s && c.target(i, s) == c.count
		}
		if k == s {
			return !c.cold[k]
		}
		if c.classes[k] != skip && !c.cold[k] {
			return false
		}
	}
	return false
}

// Room reserved in the Assembler per op (Reserve): about what nbody's
// bodies at 1205 use, so most functions never regrow the lists.
const (
	instrsPerOp = 16
	labelsPerOp = 3
)
