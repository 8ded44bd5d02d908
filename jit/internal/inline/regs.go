package inline

import (
	"math/bits"
	"sort"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Register allocation (the R digit, with SSA types: O>=3).
//
// Every loop is a region: the ops of the loop that are in no inner loop;
// or, outermost loops first, a loop together with the loops nested in it,
// when that nest's registers hold every CV (and the interrupt register)
// each inner loop would get on its own: then nothing is stored and loaded
// where the loops meet. References count more the deeper the loop they
// are in (depthWeight), so the inner loops' CVs win the registers.
// In each, the CVs that SSA inference proves to be LONG everywhere in the
// region (or DOUBLE everywhere) live in registers: fast paths read and
// assign the register and skip the type checks. Inside the region the
// register holds the value; its zval is written (spilled: the value only,
// the type byte already says LONG or DOUBLE) wherever code leaves native
// code or the region: a fallback, an op the VM runs, a handler call, a
// jump out. A fast path that reads its CVs from their zvals (one that is
// not register-aware) spills those first. The registers are loaded
// wherever native code is entered from outside the region: its patched
// entries (the VM coming back after an op it ran, which may have assigned
// the CV) and jumps into it from other native code, an inner or outer
// loop's included. callthread emits the spills and the loads
// (callthread.Registers).
//
// Why the CV's type byte is right: every SSA variable of the CV that an op
// of the region uses or defines has the one type, and SSA inference is
// sound for whatever runs the ops, fast path or VM. The one exception is
// the old value of a plain assignment (ASSIGN's op1, a CV result), which
// may also be UNDEF (a CV first assigned in the loop): the assignment's
// fast path then stores the type byte as well (opnd.storeType), and no op
// reads the CV before it (a read's SSA type would include UNDEF). (A load may bring another type's bits
// into the register where the CV is dead; nothing reads them before an
// assignment, and a spill writes them back unchanged.)
//
// A CV qualifies only when every fast path in the region that assigns it
// keeps the register current (the arithmetic, ASSIGN, ASSIGN_OP and
// increment lowerings do). A CV no op of the region assigns is never
// spilled: its zval already holds the value loaded on entry.

// gprPool and xmmPool are the registers loop CVs get, fwdGPR and fwdXMM
// the ones forwarded TMPs go in: caller-saved registers no fast path uses
// as scratch (rax, rcx, rdx, r11, xmm0-xmm2 are scratch; the VM's own
// callee-saved registers are not ours to take).
var (
	gprPool = []amd64.Reg{amd64.RSI, amd64.RDI, amd64.R8, amd64.R9}
	xmmPool = []amd64.XReg{amd64.X4, amd64.X5, amd64.X6, amd64.X7, amd64.X8, amd64.X9,
		amd64.X10, amd64.X11, amd64.X12, amd64.X13, amd64.X14, amd64.X15}
	fwdGPR = amd64.R10
	fwdXMM = amd64.X3
)

// A TMP that one op computes and only the next op uses is forwarded in a
// register (fwdGPR, fwdXMM) when SSA proves it LONG or DOUBLE: the producer
// leaves it in the register only, where the consumer's fast path reads it,
// off the chain of store-to-load latencies. Every way out of the consumer
// to the VM spills it, value and type (its zval was never written). The
// consumer is never a block start, so native code reaches it only from the
// producer; entries from the VM load the register first.

// regVar is a value held in a register: a CV throughout a region, or a TMP
// forwarded into one op.
type regVar struct {
	off int32         // the operand encoding (byte offset from execute_data)
	typ zend.ZvalType // LONG (gpr) or DOUBLE (xmm)
	gpr amd64.Reg
	xmm amd64.XReg
	// clean: a CV no op of the region assigns, so its zval always holds
	// the register's value (loaded on entry) and spills skip it.
	clean bool
	// spec: a DOUBLE forwarded on a guess (specFetch): SSA allows other
	// types, so an entry from the VM checks the zval's type before loading.
	spec bool
	// typed: a CV whose assignments in the region may find it UNDEF
	// (undefOld), but every entry into the region checks its type byte
	// already says typ (else the VM runs the op), so those assignments
	// store no type byte (typedAtEntry).
	typed bool
}

// loopRegs is one register region (the ops of a loop outside its inner
// loops): its register CVs.
type loopRegs struct {
	vars []regVar
	// intr: a pool register no CV took holds &EG(vm_interrupt) in the
	// region (loaded with the CVs), for the back edges' interrupt checks.
	intr    amd64.Reg
	hasIntr bool
	// header: the block heading the region's (outermost) loop; typedAt:
	// the ops assigning each typed CV (markTyped).
	header  int
	typedAt map[int32][]int
}

// mayBeTypes are the MAY_BE_* bits of the value types, UNDEF and REF.
const mayBeTypes = 1<<(zend.TypeReference+1) - 1

// exactType returns the one type an SSA mask allows, if it allows exactly
// one value type (not UNDEF, not a reference).
func exactType(mask uint32) (zend.ZvalType, bool) {
	m := mask & mayBeTypes
	if m == 0 || m&(m-1) != 0 {
		return 0, false
	}
	t := zend.ZvalType(bits.TrailingZeros32(m))
	if t == zend.TypeUndef || t == zend.TypeReference {
		return 0, false
	}
	return t, true
}

// AllocateRegisters chooses the register CVs of every loop's region and
// the TMPs forwarded in registers. It needs the CFG and SSA types; without
// them it does nothing.
func (in *Inliner) AllocateRegisters() {
	f := in.f
	if f.SSAOps == nil || f.SSAVars == nil || f.Blocks == nil {
		return
	}
	in.region = make([]int, len(f.Ops))
	for i := range in.region {
		in.region[i] = -1
	}
	headers := loopHeaders(f.Blocks)
	depth := loopDepths(f.Blocks)
	sort.SliceStable(headers, func(a, b int) bool { return depth[headers[a]] < depth[headers[b]] })
	taken := map[int]bool{} // headers whose ops a region of a whole nest took
	for _, h := range headers {
		if taken[h] {
			continue
		}
		ops := regionOps(f, h)
		if len(ops) == 0 || !in.allocatable(ops) {
			continue
		}
		lr := in.chooseVars(ops, depth)
		if nest, inner := nestOps(f, h), innerHeaders(f.Blocks, h); len(inner) > 0 && nest != nil && in.allocatable(nest) {
			// One region for the whole nest when it keeps every register
			// CV the inner loops would have on their own: no stores and
			// loads where the loops meet.
			if merged := in.chooseVars(nest, depth); in.covers(merged, inner, depth) {
				ops, lr = nest, merged
				for _, c := range inner {
					taken[c] = true
				}
			}
		}
		if len(lr.vars) == 0 {
			continue
		}
		in.markTyped(&lr, h, ops, depth)
		r := len(in.loops)
		in.loops = append(in.loops, lr)
		for _, k := range ops {
			in.region[k] = r
		}
	}
	uses := ssaUses(f)
	in.fwdInto = make([]regVar, len(f.Ops))
	for i := 0; i+1 < len(f.Ops); i++ {
		if v, ok := in.forwardable(i, uses); ok {
			in.fwdInto[i+1] = v
		}
	}
}

// ssaUses counts the ops' uses of every SSA variable (phis are not in the
// wire: their uses are not counted).
func ssaUses(f *wire.Func) []int {
	uses := make([]int, len(f.SSAVars))
	for _, s := range f.SSAOps {
		for _, u := range []int32{s.Op1Use, s.Op2Use, s.ResultUse} {
			if u >= 0 && int(u) < len(uses) {
				uses[u]++
			}
		}
	}
	return uses
}

// forwardable reports whether op i's TMP result goes to op i+1 in a
// register, and which. uses counts each SSA variable's uses (ssaUses).
func (in *Inliner) forwardable(i int, uses []int) (regVar, bool) {
	f := in.f
	op := f.Ops[i]
	v := f.SSAOps[i].ResultDef
	if zend.OpType(op.ResultType) != zend.OpTmpVar || in.blockStart[i+1] || v < 0 ||
		int(v) >= len(f.SSAVars) || !regAware(zend.Opcode(f.Ops[i+1].Opcode)) {
		return regVar{}, false
	}
	if code := zend.Opcode(op.Opcode); code == zend.FetchObjR || code == zend.FetchDimR {
		return in.specFetch(i, v, uses)
	}
	if !fwdProducer(zend.Opcode(op.Opcode)) {
		return regVar{}, false
	}
	if _, _, fused := in.assignOf(i); fused {
		return regVar{}, false
	}
	if in.specArith(i) && in.onlyNext(i, v, uses) {
		return regVar{off: int32(op.Result), typ: zend.TypeDouble, gpr: fwdGPR, xmm: fwdXMM, spec: true}, true
	}
	t, ok := exactType(f.SSAVars[v].TypeMask)
	if !ok || t != zend.TypeLong && t != zend.TypeDouble {
		return regVar{}, false
	}
	if !in.onlyNext(i, v, uses) {
		return regVar{}, false
	}
	return regVar{off: int32(op.Result), typ: t, gpr: fwdGPR, xmm: fwdXMM}, true
}

// onlyNext reports whether op i+1 uses SSA variable v (a TMP its op
// consumes; phis are not in the wire, so a TMP with no use at i+1 may
// still be used by one) and no other op does.
func (in *Inliner) onlyNext(i int, v int32, uses []int) bool {
	f := in.f
	next := f.SSAOps[i+1]
	atNext := 0
	for _, u := range []int32{next.Op1Use, next.Op2Use, next.ResultUse} {
		if u == v {
			atNext++
		}
	}
	return zend.Opcode(f.Ops[i+1].Opcode) != zend.Jmp && (next.Op1Use == v || next.Op2Use == v) &&
		uses[v] == atNext
}

// specFetch: a FETCH_OBJ_R whose property, or a FETCH_DIM_R whose array
// element, most likely holds a float (its value goes into double
// arithmetic with another likely double: nbody's "$ax - $b->x", "$dt *
// $b->vx"; or the arithmetic's result is added into a double CV:
// spectral-norm's "$sum += f() * $v[$j]") forwards it in fwdXMM on a
// guess. Its fast path checks the value's type byte is DOUBLE and loads
// the register,
// so the consumer's fast path has no type to check; another type is
// copied into the zval as usual and the consumer runs on the VM. An entry
// from the VM into the consumer (after the fetch's fallback) checks the
// TMP's type before loading it and sends anything else to the VM too.
func (in *Inliner) specFetch(i int, v int32, uses []int) (regVar, bool) {
	f := in.f
	op, next := f.Ops[i], f.Ops[i+1]
	code := zend.Opcode(next.Opcode)
	if code == zend.AssignOp {
		code = zend.Opcode(next.ExtendedValue)
	}
	switch code {
	case zend.Add, zend.Sub, zend.Mul, zend.Div:
	default:
		return regVar{}, false
	}
	if f.SSAVars[v].TypeMask&mayBe(zend.TypeDouble) == 0 || !in.onlyNext(i, v, uses) {
		return regVar{}, false
	}
	// The consumer's other operand must look like a double too: a property
	// read with an integer ("$o->n + 1") is as likely an int.
	s := f.SSAOps[i+1]
	other, otherT, otherV := s.Op1Use, next.Op1Type, next.Op1
	if s.Op1Use == v {
		other, otherT, otherV = s.Op2Use, next.Op2Type, next.Op2
	} else if s.Op2Use != v {
		return regVar{}, false
	}
	if zend.OpType(otherT) == zend.OpConst {
		o, ok := in.operand(i+1, otherT, otherV)
		if !ok || o.typ != zend.TypeDouble {
			return regVar{}, false
		}
	} else if !in.doubleLikely(other, 0) && !(zend.Opcode(op.Opcode) == zend.FetchDimR && in.doubleSink(i+1, uses)) {
		return regVar{}, false
	}
	return regVar{off: int32(op.Result), typ: zend.TypeDouble, gpr: fwdGPR, xmm: fwdXMM, spec: true}, true
}

// doubleSink reports whether binary op i's TMP result goes only into op
// i+1, an ADD/SUB/MUL/DIV assignment ($cv op= T) to a CV that is likely a
// double: a sum of products of floats, whatever the other factor.
func (in *Inliner) doubleSink(i int, uses []int) bool {
	f := in.f
	op := f.Ops[i]
	if !binaryOp(zend.Opcode(op.Opcode)) || i+1 >= len(f.Ops) || in.blockStart[i+1] ||
		zend.OpType(op.ResultType) != zend.OpTmpVar {
		return false
	}
	v := f.SSAOps[i].ResultDef
	next := f.Ops[i+1]
	if v < 0 || int(v) >= len(f.SSAVars) || zend.Opcode(next.Opcode) != zend.AssignOp ||
		zend.OpType(next.Op1Type) != zend.OpCV || f.SSAOps[i+1].Op2Use != v || !in.onlyNext(i, v, uses) {
		return false
	}
	switch zend.Opcode(next.ExtendedValue) {
	case zend.Add, zend.Sub, zend.Mul, zend.Div:
	default:
		return false
	}
	return in.doubleLikely(f.SSAOps[i+1].Op1Use, 0)
}

// specArith reports whether op i is ADD/SUB/MUL/DIV with an operand
// forwarded into it on a guess (specFetch): its fast path, which only
// runs when the guess held, always computes a DOUBLE, so its result is
// forwarded on the same guess ("$sum += f() * $v[$j]": the product goes
// to the ASSIGN_OP in xmm3). SSA cannot tell: the other operand may be
// anything.
func (in *Inliner) specArith(i int) bool {
	op := in.f.Ops[i]
	switch zend.Opcode(op.Opcode) {
	case zend.Add, zend.Sub, zend.Mul, zend.Div:
	default:
		return false
	}
	v := in.fwd(i)
	return v.spec && v.typ == zend.TypeDouble &&
		(zend.OpType(op.Op1Type) == zend.OpTmpVar && int32(op.Op1) == v.off ||
			zend.OpType(op.Op2Type) == zend.OpTmpVar && int32(op.Op2) == v.off)
}

// fwdProducer: ops whose fast paths store a TMP result through
// storeLong/storeDouble/scalarCopy, which also set its register.
func fwdProducer(code zend.Opcode) bool {
	switch code {
	case zend.QmAssign, zend.AssignOp, zend.PreInc, zend.PreDec, zend.PostInc, zend.PostDec:
		return true
	}
	return binaryOp(code)
}

// loopHeaders returns the header blocks of the reducible loops.
func loopHeaders(blocks []wire.Block) []int {
	var out []int
	for h, b := range blocks {
		if b.Flags&wire.BBLoopHeader != 0 && b.Flags&wire.BBIrreducible == 0 {
			out = append(out, h)
		}
	}
	return out
}

// ownLoop returns the header of the innermost loop block b belongs to: b
// itself for a header, else its loop_header (-1: in no loop).
func ownLoop(blocks []wire.Block, b int) int {
	if blocks[b].Flags&wire.BBLoopHeader != 0 {
		return b
	}
	return int(blocks[b].LoopHeader)
}

// loopDepths returns each block's loop nesting depth (0: in no loop).
func loopDepths(blocks []wire.Block) []int {
	d := make([]int, len(blocks))
	var of func(b, n int) int
	of = func(b, n int) int {
		if b < 0 || b >= len(blocks) || n > len(blocks) {
			return 0
		}
		if blocks[b].Flags&wire.BBLoopHeader != 0 {
			return 1 + of(int(blocks[b].LoopHeader), n+1)
		}
		return of(int(blocks[b].LoopHeader), n+1)
	}
	for b := range blocks {
		d[b] = of(b, 0)
	}
	return d
}

// inLoop reports whether block b is in the loop headed by h (or in one
// nested in it).
func inLoop(blocks []wire.Block, b, h int) bool {
	for n := 0; b >= 0 && b < len(blocks) && n <= len(blocks); n++ {
		if b == h {
			return true
		}
		if blocks[b].Flags&wire.BBLoopHeader != 0 || blocks[b].LoopHeader >= 0 {
			b = int(blocks[b].LoopHeader)
		} else {
			return false
		}
	}
	return false
}

// innerHeaders lists the headers of the loops nested in h's.
func innerHeaders(blocks []wire.Block, h int) []int {
	var out []int
	for b, blk := range blocks {
		if b != h && blk.Flags&wire.BBLoopHeader != 0 && inLoop(blocks, b, h) {
			out = append(out, b)
		}
	}
	return out
}

// nestOps lists the ops of the loop headed by h and of all loops nested in
// it, or nil when one of them is not a loop to allocate in (regionOps).
func nestOps(f *wire.Func, h int) []int {
	return blockOps(f, func(b int) bool { return inLoop(f.Blocks, b, h) })
}

// covers reports whether a nest's registers hold every CV each inner loop
// would get a register for as a region of its own, and its interrupt
// register when it would have one, and the inner loops have fast paths for
// all their ops.
func (in *Inliner) covers(nest loopRegs, inner []int, depth []int) bool {
	has := map[int32]bool{}
	for _, v := range nest.vars {
		has[v.off] = true
	}
	for _, c := range inner {
		ops := regionOps(in.f, c)
		if len(ops) == 0 || !in.allocatable(ops) {
			continue
		}
		for _, k := range ops {
			if code := zend.Opcode(in.f.Ops[k].Opcode); !Supported(code) && code != zend.Nop {
				// An op the VM runs leaves the region every iteration:
				// the bigger the region, the more it stores and loads.
				return false
			}
		}
		own := in.chooseVars(ops, depth)
		if own.hasIntr && !nest.hasIntr {
			return false
		}
		for _, v := range own.vars {
			if !has[v.off] {
				return false
			}
		}
	}
	return true
}

// regionOps lists the ops of the loop headed by block h that are in no
// inner loop (those are regions of their own), or nil when the loop is not
// one to allocate in: one with an irreducible block, receive entries or
// exception handling.
func regionOps(f *wire.Func, h int) []int {
	return blockOps(f, func(b int) bool { return ownLoop(f.Blocks, b) == h })
}

// blockOps lists, in order, the ops of the blocks b for which in(b), or
// nil when one of them is irreducible, a receive entry or part of
// exception handling (no register region there).
func blockOps(f *wire.Func, in func(b int) bool) []int {
	var ops []int
	for b, blk := range f.Blocks {
		if !in(b) {
			continue
		}
		if blk.Flags&(wire.BBIrreducible|wire.BBRecvEntry|wire.BBTry|wire.BBCatch|wire.BBFinally) != 0 {
			return nil
		}
		for k := blk.Start; k < blk.Start+blk.Len && int(k) < len(f.Ops); k++ {
			ops = append(ops, int(k))
		}
	}
	sort.Ints(ops)
	return ops
}

// allocatable rejects loops that hold a receive op or the function start
// (the first op after them): the start must stay outside any region, its
// call-counting prologue falls into it.
func (in *Inliner) allocatable(ops []int) bool {
	start := 0
	for start < len(in.f.Ops) && isRecv(zend.Opcode(in.f.Ops[start].Opcode)) {
		start++
	}
	for _, k := range ops {
		if k <= start || isRecv(zend.Opcode(in.f.Ops[k].Opcode)) {
			return false
		}
	}
	return true
}

func isRecv(code zend.Opcode) bool {
	return code == zend.Recv || code == zend.RecvInit || code == zend.RecvVariadic
}

// cvUse is what the loop does with one CV.
type cvUse struct {
	typ     zend.ZvalType
	refs    int
	bad     bool
	written bool // some op of the loop defines it
}

// chooseVars picks a region's register CVs: those of one exact type LONG
// or DOUBLE in every SSA variable the region's ops use or define (but for
// the old value of an assignment, which may also be UNDEF: undefOld),
// assigned only by register-aware fast paths or by the VM, the most
// referenced first, references weighted by loop depth (an inner loop's
// count more). The interrupt register competes with the LONG CVs for the
// general registers: it saves an instruction at every back edge.
func (in *Inliner) chooseVars(ops []int, depth []int) loopRegs {
	f := in.f
	// A region whose ops all have fast paths: code leaves it for the VM
	// only on a fallback. In others (a call every iteration, say) every
	// register costs a store and a load at each such op, so CVs first
	// assigned in the loop stay in memory there, and so does the
	// interrupt register's address (every way in loads it).
	native := true
	for _, k := range ops {
		if code := zend.Opcode(f.Ops[k].Opcode); !Supported(code) && code != zend.Nop {
			native = false
		}
	}
	uses := map[int32]*cvUse{}
	maxW := 0
	for _, k := range ops {
		w := depthWeight(depth[in.blockOf(k)])
		maxW = max(maxW, w)
		s := f.SSAOps[k]
		for n, v := range []int32{s.Op1Use, s.Op2Use, s.ResultUse, s.Op1Def, s.Op2Def, s.ResultDef} {
			if v < 0 || int(v) >= len(f.SSAVars) {
				continue
			}
			if _, lit := in.constRead(k, n); lit {
				continue // read as a literal
			}
			cv := f.SSAVars[v].Var
			if cv < 0 || uint32(cv) >= f.LastVar {
				continue
			}
			u := uses[cv]
			if u == nil {
				u = &cvUse{}
				uses[cv] = u
			}
			u.refs += w
			mask := f.SSAVars[v].TypeMask
			t, ok := exactType(mask)
			if !ok && native && in.undefOld(k, n) {
				t, ok = exactType(mask &^ mayBe(zend.TypeUndef))
			}
			switch {
			case !ok || t != zend.TypeLong && t != zend.TypeDouble,
				u.typ != 0 && u.typ != t:
				u.bad = true
			}
			u.typ = t
			if n >= 3 {
				u.written = true
				if !in.regWriter(k, n) {
					u.bad = true
				}
			}
		}
	}
	var cvs []int32
	for cv, u := range uses {
		if !u.bad {
			cvs = append(cvs, cv)
		}
	}
	sort.Slice(cvs, func(a, b int) bool {
		ua, ub := uses[cvs[a]], uses[cvs[b]]
		if ua.refs != ub.refs {
			return ua.refs > ub.refs
		}
		return cvs[a] < cvs[b]
	})
	var out loopRegs
	ng, nx := 0, 0
	intr := func() {
		if native && !out.hasIntr && ng < len(gprPool) {
			out.intr, out.hasIntr, ng = gprPool[ng], true, ng+1
		}
	}
	for _, cv := range cvs {
		u := uses[cv]
		rv := regVar{off: int32(zend.SizeofExecuteData + int64(cv)*zend.SizeofZval), typ: u.typ,
			clean: !u.written}
		if rv.typ == zend.TypeLong && u.refs < 2*maxW {
			intr() // one check an iteration of the innermost loop
		}
		switch {
		case rv.typ == zend.TypeLong && ng < len(gprPool):
			rv.gpr, ng = gprPool[ng], ng+1
		case rv.typ == zend.TypeDouble && nx < len(xmmPool):
			rv.xmm, nx = xmmPool[nx], nx+1
		default:
			continue
		}
		out.vars = append(out.vars, rv)
	}
	if len(out.vars) > 0 {
		intr()
	}
	return out
}

// depthWeight is how much a reference at loop depth d counts.
func depthWeight(d int) int { return 1 << (3 * min(d, 8)) }

// blockOf returns the block op k is in.
func (in *Inliner) blockOf(k int) int {
	if in.opBlock == nil {
		in.opBlock = make([]int, len(in.f.Ops))
		for b, blk := range in.f.Blocks {
			for j := blk.Start; j < blk.Start+blk.Len && int(j) < len(in.f.Ops); j++ {
				in.opBlock[j] = b
			}
		}
	}
	return in.opBlock[k]
}

// undefOld reports whether SSA use n (0 op1, 2 result) of op k is the old
// value of a CV an assignment overwrites without reading it: ASSIGN's op1,
// or the CV result of a binary op or QM_ASSIGN (resultCV). Such a CV may
// be UNDEF when the region is entered and still live in a register: its
// fast path stores the type byte with the value (opnd.storeType), and
// before that nothing reads it (any read's SSA type would have UNDEF too).
func (in *Inliner) undefOld(k, n int) bool {
	op := in.f.Ops[k]
	code := zend.Opcode(op.Opcode)
	switch n {
	case 0:
		return code == zend.Assign && zend.OpType(op.Op1Type) == zend.OpCV
	case 2:
		return zend.OpType(op.ResultType) == zend.OpCV && (binaryOp(code) || code == zend.QmAssign)
	}
	return false
}

// maybeUndef reports whether SSA variable v may be UNDEF.
func (in *Inliner) maybeUndef(v int32) bool {
	return v >= 0 && int(v) < len(in.f.SSAVars) && in.f.SSAVars[v].TypeMask&mayBe(zend.TypeUndef) != 0
}

// regWriter reports whether op k's definition of a CV (field n: 3 op1,
// 4 op2, 5 result) keeps a register copy current: the op's fast path is
// register-aware, or the op has none (the VM writes the zval, and native
// code is entered again through a load). An ASSIGN fused into the fast path
// of the op before it counts as that op's.
func (in *Inliner) regWriter(k, n int) bool {
	code := zend.Opcode(in.f.Ops[k].Opcode)
	if n == 3 {
		switch code {
		case zend.AssignOp, zend.PreInc, zend.PreDec, zend.PostInc, zend.PostDec:
			return true
		case zend.Assign:
			if k == 0 {
				return true
			}
			if _, _, fused := in.assignOf(k - 1); fused {
				return binaryOp(zend.Opcode(in.f.Ops[k-1].Opcode))
			}
			return true
		}
	}
	if n == 5 && (binaryOp(code) || code == zend.QmAssign) {
		return true // a CV result (resultCV): stored through storeLong/storeDouble/scalarCopy
	}
	return !Supported(code)
}

// Region returns the register region of op i, -1 for none
// (callthread.Registers).
func (in *Inliner) Region(i int) int {
	if in.region == nil || i < 0 || i >= len(in.region) {
		return -1
	}
	return in.region[i]
}

// InterruptReg returns the register holding &EG(vm_interrupt) in op i's
// region, if it has one (callthread.Registers).
func (in *Inliner) InterruptReg(i int) (amd64.Reg, bool) {
	if r := in.Region(i); r >= 0 && in.loops[r].hasIntr {
		return in.loops[r].intr, true
	}
	return 0, false
}

// NeedsLoad reports whether native code entering op i from elsewhere
// must load registers first (callthread.Registers).
func (in *Inliner) NeedsLoad(i int) bool {
	return in.Region(i) >= 0 || in.fwd(i).typ != 0 || in.facts != nil && i < len(in.facts) && len(in.facts[i]) > 0 ||
		in.callFactAt(i).c != nil
}

// Load emits the loads of the registers op i expects: its region's CVs
// and a TMP forwarded into it (callthread.Registers).
func (in *Inliner) Load(a *amd64.Assembler, i int) {
	var vars []regVar
	if r := in.Region(i); r >= 0 {
		vars = in.loops[r].vars
	}
	// A guessed DOUBLE, or a type fact (facts.go), that does not hold:
	// the VM runs op i (nothing is loaded yet, the zvals are current).
	var checks []typeFact
	if in.facts != nil && i < len(in.facts) {
		checks = append(checks, in.facts[i]...)
	}
	for _, v := range vars {
		if v.typed && in.typedCheck(i, in.Region(i), v) {
			checks = append(checks, typeFact{v.off, v.typ})
		}
	}
	if v := in.fwd(i); v.typ != 0 {
		if v.spec {
			checks = append(checks, typeFact{v.off, zend.TypeDouble})
		}
		vars = append(vars[:len(vars):len(vars)], v)
	}
	call := in.callFactAt(i).c != nil
	if len(checks) > 0 || call {
		vm, ok := a.NewLabel(), a.NewLabel()
		if call {
			in.callFactCheck(a, i, vm, ok, len(checks) == 0)
		}
		for k, c := range checks {
			a.CmpMem8Imm(amd64.M(amd64.R14, c.off+zend.ZvalTypeInfo), uint8(c.typ))
			if k < len(checks)-1 {
				a.Jcc(amd64.CondNE, vm)
			} else {
				a.Jcc(amd64.CondE, ok)
			}
		}
		a.Bind(vm)
		in.toVM(a, i)
		a.Bind(ok)
	}
	for _, v := range vars {
		loadReg(a, v)
	}
}

// toVM continues at op i's VM label, as callthread does for an op the VM
// runs. The registers must already be spilled.
func (in *Inliner) toVM(a *amd64.Assembler, i int) {
	a.MovImm64(amd64.R15, in.f.OpcodesAddr+uint64(i)*zend.SizeofZendOp)
	a.MovImm64(amd64.RAX, in.f.Ops[i].Handler)
	a.JmpReg(amd64.RAX)
}

// Spill emits the stores of the registers holding values at op i: its
// region's CVs (the value; the type byte already says so) and a TMP
// forwarded into it (value and type: its zval was never written)
// (callthread.Registers).
func (in *Inliner) Spill(a *amd64.Assembler, i int) {
	if r := in.Region(i); r >= 0 {
		in.SpillRegion(a, r)
	}
	if v := in.fwd(i); v.typ != 0 {
		storeReg(a, v)
		a.StoreImm32(amd64.M(amd64.R14, v.off+zend.ZvalTypeInfo), uint32(v.typ))
	}
}

// SpillRegion emits the stores of region r's CVs (callthread.Registers),
// but for those the region never assigns: their zvals are current.
func (in *Inliner) SpillRegion(a *amd64.Assembler, r int) {
	for _, v := range in.loops[r].vars {
		if !v.clean {
			storeReg(a, v)
		}
	}
}

// loadReg loads v's register from its zval's value.
func loadReg(a *amd64.Assembler, v regVar) {
	m := amd64.M(amd64.R14, v.off+zend.ZvalValue)
	if v.typ == zend.TypeLong {
		a.Load64(v.gpr, m)
	} else {
		a.LoadSD(v.xmm, m)
	}
}

// storeReg stores v's register into its zval's value.
func storeReg(a *amd64.Assembler, v regVar) {
	m := amd64.M(amd64.R14, v.off+zend.ZvalValue)
	if v.typ == zend.TypeLong {
		a.Store64(m, v.gpr)
	} else {
		a.StoreSD(m, v.xmm)
	}
}

// spillReads stores the register CVs op i reads before a fast path that
// reads them from their zvals (one not register-aware).
func (in *Inliner) spillReads(a *amd64.Assembler, i int) {
	op := in.f.Ops[i]
	for _, o := range []struct {
		t uint8
		v uint32
	}{{op.Op1Type, op.Op1}, {op.Op2Type, op.Op2}} {
		if zend.OpType(o.t) != zend.OpCV {
			continue
		}
		if v, ok := in.regOf(i, int32(o.v)); ok && !v.clean {
			storeReg(a, v)
		}
	}
}

// regAware: opcodes whose fast paths take their operands from registers
// (operand, operands) and keep assigned register CVs in them.
func regAware(code zend.Opcode) bool {
	switch code {
	case zend.AssignOp, zend.PreInc, zend.PreDec, zend.PostInc, zend.PostDec,
		zend.IsSmaller, zend.IsSmallerOrEqual, zend.IsEqual, zend.IsNotEqual,
		zend.IsIdentical, zend.IsNotIdentical, zend.Jmp, zend.Jmpz, zend.Jmpnz,
		zend.Assign, zend.QmAssign, zend.Return, zend.FetchDimR, zend.AssignDim,
		zend.SendVal, zend.SendValEx:
		return true
	}
	return binaryOp(code)
}

// fwd returns the TMP forwarded into op i (typ 0: none).
func (in *Inliner) fwd(i int) regVar {
	if in.fwdInto == nil || i < 0 || i >= len(in.fwdInto) {
		return regVar{}
	}
	return in.fwdInto[i]
}

// regOf returns the register value at offset off in op i: a CV of its
// region or the TMP forwarded into it.
func (in *Inliner) regOf(i int, off int32) (regVar, bool) {
	if v := in.fwd(i); v.typ != 0 && v.off == off {
		return v, true
	}
	r := in.Region(i)
	if r < 0 {
		return regVar{}, false
	}
	for _, v := range in.loops[r].vars {
		if v.off == off {
			return v, true
		}
	}
	return regVar{}, false
}

// Typed-at-entry CVs. A register CV first assigned inside its loop (the
// old value of that assignment may be UNDEF: undefOld) has its type byte
// stored by the assignment, every iteration: mandelbrot's per-pixel "$zr =
// 0.0". When the assignment runs in every iteration of the region's loop
// and that loop is nested in another (so the CV keeps its value from one
// entry into the region to the next), the region's entries check instead
// that the type byte already says the register's type, and send the VM
// the op when not: the VM runs at most one iteration until it assigns the
// CV, once per call, and inside the region the type byte is always right,
// so the assignments store the value only. An exit never shows the VM a
// type the CV does not have: the type byte was checked on the way in and
// only the region's own assignments (of that type) write it.

// markTyped sets typed on lr's CVs that qualify, in the region of loop
// header h made of ops.
func (in *Inliner) markTyped(lr *loopRegs, h int, ops []int, depth []int) {
	f := in.f
	if depth[h] < 2 {
		return // the region is entered once per call: not worth it
	}
	at := map[int32][]int{} // CV offset -> the ops whose old value may be UNDEF
	for _, k := range ops {
		s := f.SSAOps[k]
		for n, v := range []int32{s.Op1Use, s.Op2Use, s.ResultUse} {
			if v < 0 || int(v) >= len(f.SSAVars) || !in.maybeUndef(v) || !in.undefOld(k, n) {
				continue
			}
			cv := f.SSAVars[v].Var
			if cv < 0 || uint32(cv) >= f.LastVar {
				continue
			}
			off := int32(zend.SizeofExecuteData + int64(cv)*zend.SizeofZval)
			at[off] = append(at[off], k)
		}
	}
	for vi := range lr.vars {
		v := &lr.vars[vi]
		ks := at[v.off]
		if len(ks) == 0 {
			continue
		}
		ok := true
		for _, k := range ks {
			if !in.everyIteration(in.blockOf(k), h) {
				ok = false
				break
			}
		}
		v.typed = ok
		if ok {
			if lr.typedAt == nil {
				lr.typedAt = map[int32][]int{}
			}
			lr.typedAt[v.off] = ks
		}
	}
	lr.header = h
}

// typedCheck reports whether an entry into op i of region r checks the
// type byte of typed CV v: not where one of its assignments has run in
// this iteration whichever way the code came from the loop's header (an
// earlier op of the same block, or a block every path from the header to
// op i's passes), so a VM-run stretch that reached op i assigned it.
func (in *Inliner) typedCheck(i, r int, v regVar) bool {
	lr := &in.loops[r]
	b := in.blockOf(i)
	for _, k := range lr.typedAt[v.off] {
		a := in.blockOf(k)
		if a == b && k < i || a != b && b != lr.header && !in.reachesAvoiding(lr.header, b, a) {
			return false
		}
	}
	return true
}

// reachesAvoiding reports whether block to is reachable from block h
// inside h's loop without passing block avoid (or when it cannot tell).
func (in *Inliner) reachesAvoiding(h, to, avoid int) bool {
	blocks := in.f.Blocks
	if h == avoid {
		return false
	}
	seen, stack := in.walkBuffers(h)
	defer func() { in.walkStack = stack[:0] }()
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		succ, n, ok := in.blockSuccs(c)
		if !ok {
			return true
		}
		for _, s := range succ[:n] {
			if s == to {
				return true
			}
			if s == avoid || seen[s] || !inLoop(blocks, s, h) {
				continue
			}
			seen[s] = true
			stack = append(stack, s)
		}
	}
	return false
}

// everyIteration reports whether block b runs in every iteration of the
// loop headed by h: no path from h back to h inside the loop avoids b.
// Blocks ending in ops whose successors are not plain jumps or the next
// op make it say no.
func (in *Inliner) everyIteration(b, h int) bool {
	return b == h || !in.reachesAvoiding(h, h, b)
}

// walkBuffers returns the cleared seen set (h marked) and the stack
// (holding h) the block walks share: compiling allocates little, so the
// Go collector runs no more often than it must.
func (in *Inliner) walkBuffers(h int) ([]bool, []int) {
	if len(in.walkSeen) < len(in.f.Blocks) {
		in.walkSeen = make([]bool, len(in.f.Blocks))
	}
	seen := in.walkSeen[:len(in.f.Blocks)]
	clear(seen)
	seen[h] = true
	return seen, append(in.walkStack[:0], h)
}

// blockSuccs lists the blocks block b continues at (the first n), when
// its last op is one whose successors are known here: a jump, a
// conditional jump, a return, or an op that goes on to the next.
func (in *Inliner) blockSuccs(b int) (out [2]int, n int, ok bool) {
	f := in.f
	blk := f.Blocks[b]
	if blk.Len == 0 {
		return out, 0, false
	}
	k := int(blk.Start + blk.Len - 1)
	if k >= len(f.Ops) {
		return out, 0, false
	}
	op := f.Ops[k]
	add := func(t int, ok bool) bool {
		if !ok || t < 0 || t >= len(f.Ops) {
			return false
		}
		out[n] = in.blockOf(t)
		n++
		return true
	}
	switch zend.Opcode(op.Opcode) {
	case zend.Jmp:
		t, ok := jumpTarget(len(f.Ops), k, op.Op1)
		ok = add(t, ok)
		return out, n, ok
	case zend.Jmpz, zend.Jmpnz, zend.JmpzEx, zend.JmpnzEx:
		t, ok := jumpTarget(len(f.Ops), k, op.Op2)
		ok = add(t, ok) && add(k+1, true)
		return out, n, ok
	case zend.Return:
		return out, 0, true
	}
	if !Supported(zend.Opcode(op.Opcode)) {
		return out, 0, false // the VM's op may jump anywhere
	}
	ok = add(k+1, true)
	return out, n, ok
}

// typedAtEntry reports whether the register CV at off in op i's region is
// typed (markTyped): its assignments need not store the type byte.
func (in *Inliner) typedAtEntry(i int, off int32) bool {
	r := in.Region(i)
	if r < 0 {
		return false
	}
	for _, v := range in.loops[r].vars {
		if v.off == off {
			return v.typed
		}
	}
	return false
}

// undefStore reports whether an assignment by op i to the register CV o,
// whose old value is SSA variable use, must store the type byte too.
func (in *Inliner) undefStore(i int, o opnd, use int32) bool {
	return o.reg && in.maybeUndef(use) && !in.typedAtEntry(i, o.off)
}

// Bounded loops. The back edges of a loop check EG(vm_interrupt), as the
// VM's jumps do, so timeouts and signals are seen. A loop that runs at most
// maxBoundedTrips iterations each time it is entered, makes no calls and
// does nothing else that can take long, leaves that check to the code
// around it (an outer loop's back edge, or the VM after it): an interrupt
// waits at most that many iterations longer. mandelbrot's "for ($i = 0;
// $i < $maxIter; $i++)" with $maxIter = 50: two instructions of fifteen.
// The proof: one CV of the loop is assigned in it only by an increment
// (or a decrement) of a LONG, in a block every iteration runs
// (everyIteration), and SSA inference bounds its value at that op to a
// range of at most maxBoundedTrips values: each iteration moves it by one
// in the same direction, so the loop ends within that many iterations.

const maxBoundedTrips = 1024

// BoundedJump: callthread.BoundedLoops.
func (in *Inliner) BoundedJump(i, s int) bool {
	f := in.f
	if f.SSAOps == nil || f.Blocks == nil || i < 0 || i >= len(f.Ops) || s < 0 || s >= len(f.Ops) {
		return false
	}
	h := ownLoop(f.Blocks, in.blockOf(i))
	if h < 0 || !inLoop(f.Blocks, in.blockOf(s), h) {
		return false
	}
	if in.bounded == nil {
		in.bounded = map[int]bool{}
	}
	r, ok := in.bounded[h]
	if !ok {
		r = in.boundedLoop(h)
		in.bounded[h] = r
	}
	return r
}

// boundedLoop reports whether the loop headed by block h is bounded (see
// above).
func (in *Inliner) boundedLoop(h int) bool {
	f := in.f
	if f.Blocks[h].Flags&wire.BBIrreducible != 0 {
		return false
	}
	defs := map[int32][]int{} // CV -> the ops of the loop defining it
	for b, blk := range f.Blocks {
		if !inLoop(f.Blocks, b, h) {
			continue
		}
		if blk.Flags&(wire.BBIrreducible|wire.BBTry|wire.BBCatch|wire.BBFinally) != 0 {
			return false
		}
		for k := int(blk.Start); k < int(blk.Start+blk.Len) && k < len(f.Ops); k++ {
			code := zend.Opcode(f.Ops[k].Opcode)
			if !Supported(code) && code != zend.Nop || callOp(code) {
				return false // the VM's op, or a call, may take long
			}
			s := f.SSAOps[k]
			for _, v := range []int32{s.Op1Def, s.Op2Def, s.ResultDef} {
				if v >= 0 && int(v) < len(f.SSAVars) && f.SSAVars[v].Var >= 0 && uint32(f.SSAVars[v].Var) < f.LastVar {
					defs[f.SSAVars[v].Var] = append(defs[f.SSAVars[v].Var], k)
				}
			}
		}
	}
	for _, ks := range defs {
		if len(ks) != 1 {
			continue
		}
		k := ks[0]
		switch zend.Opcode(f.Ops[k].Opcode) {
		case zend.PreInc, zend.PostInc, zend.PreDec, zend.PostDec:
		default:
			continue
		}
		s := f.SSAOps[k]
		if s.Op1Use < 0 || int(s.Op1Use) >= len(f.SSAVars) || !in.everyIteration(in.blockOf(k), h) {
			continue
		}
		v := f.SSAVars[s.Op1Use]
		if t, ok := exactType(v.TypeMask); !ok || t != zend.TypeLong || v.Flags&wire.SSAVarHasRange == 0 ||
			v.Flags&(wire.SSAVarUnderflow|wire.SSAVarOverflow) != 0 || v.Min > v.Max {
			continue
		}
		if uint64(v.Max)-uint64(v.Min) < maxBoundedTrips {
			return true
		}
	}
	return false
}

// callOp: the ops that call or prepare a call (a callee runs as long as it
// likes; its own loops check, its straight-line code does not).
func callOp(code zend.Opcode) bool {
	switch code {
	case zend.InitFcall, zend.InitFcallByName, zend.DoUcall, zend.DoFcallByName,
		zend.SendVal, zend.SendValEx, zend.SendVar, zend.SendVarEx, zend.Return:
		return true
	}
	return false
}
