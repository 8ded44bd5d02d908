package inline

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sync"
	"testing"

	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
	"golang.org/x/arch/x86/x86asm"
)

// The test machine's address space.
const (
	codeBase    = 0x10_0000
	frameBase   = 0x7f3a_1000_0000 // r14: execute_data
	opcodesBase = 0x7f3a_4000_0000
	eg          = 0x5617_5000_0000 // executor_globals
	funcBase    = 0x5617_3b00_0000 // handler functions: funcBase + 0x1000*op
	labelBase   = 0x5617_2a40_0000
	numSlots    = 8 // CVs and TMPs of every test function
)

// cv returns the operand encoding of slot k (CVs and TMPs alike).
func cv(k int) uint32 { return uint32(zend.SizeofExecuteData + zend.SizeofZval*k) }

// zval is a test value: type_info and value.
type zval struct {
	info uint32
	val  uint64
}

func (z zval) typ() zend.ZvalType { return zend.ZvalType(z.info) }

func (z zval) String() string {
	switch z.typ() {
	case zend.TypeLong:
		return fmt.Sprintf("int(%d)", int64(z.val))
	case zend.TypeDouble:
		return fmt.Sprintf("float(%v)", math.Float64frombits(z.val))
	case zend.TypeUndef:
		return "undef"
	case zend.TypeNull:
		return "null"
	case zend.TypeFalse:
		return "false"
	case zend.TypeTrue:
		return "true"
	}
	return fmt.Sprintf("type_info %#x value %#x", z.info, z.val)
}

func long(v int64) zval    { return zval{uint32(zend.TypeLong), uint64(v)} }
func dbl(v float64) zval   { return zval{uint32(zend.TypeDouble), math.Float64bits(v)} }
func typed(t uint32) zval  { return zval{t, 0xdead_beef_0000} }
func boolz(b bool) zval    { return typed(map[bool]uint32{false: 2, true: 3}[b]) }
func isNaN(z zval) bool    { return z.typ() == zend.TypeDouble && math.IsNaN(math.Float64frombits(z.val)) }
func (z zval) f() float64  { return math.Float64frombits(z.val) }
func (z zval) l() int64    { return int64(z.val) }
func (z zval) num() bool   { return z.typ() == zend.TypeLong || z.typ() == zend.TypeDouble }
func (z zval) float() bool { return z.typ() == zend.TypeDouble }

// values are the operand values every lowering is run with.
var values = func() []zval {
	var vs []zval
	for _, v := range []int64{0, 1, -1, 2, 3, 7, -7, 13, 63, 64, -64, 65, math.MaxInt64, math.MinInt64,
		math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 32, 3037000500, -3037000500, 1 << 53, 1<<53 + 1} {
		vs = append(vs, long(v))
	}
	for _, v := range []float64{0, math.Copysign(0, -1), 1, 1.5, -2.5, 3, 7, math.NaN(), math.Inf(1),
		math.Inf(-1), 1e308, 9007199254740993, -1} {
		vs = append(vs, dbl(v))
	}
	return append(vs, typed(0), typed(1), typed(2), typed(3), typed(0x106), typed(6), typed(0x307),
		typed(7), typed(0x10a), typed(0x308))
}()

// pairValues are the second operands of two-operand tests: all values in
// the first pass, every third in the VMRuns passes (the fast paths are the
// same code; what differs is only where the fallback goes, or the
// encoding), and another third in the AVX pass than in the SSE2 one.
func pairValues() []zval {
	if !vmRuns {
		return values
	}
	start := 0
	if avx {
		start = 1
	}
	var out []zval
	for k := start; k < len(values); k += 3 {
		out = append(out, values[k])
	}
	return out
}

// fn is a synthetic function: ops with their literals.
type fn struct {
	ops  []wire.Op
	lits []wire.Literal
	// oneBlock: all ops form one basic block (else each op is its own).
	oneBlock bool
	// ssa, when set, are the MAY_BE_* masks of op 0's two operands.
	ssa *[2]uint32
	// flags is the function's fn_flags.
	flags uint32
}

// add appends an op and returns its index.
func (f *fn) add(code zend.Opcode) int {
	f.ops = append(f.ops, wire.Op{Opcode: uint8(code)})
	return len(f.ops) - 1
}

// operand sets op i's operand n (1 or 2) to slot k.
func (f *fn) slot(i, n, k int) {
	f.set(i, n, uint8(zend.OpCV), cv(k))
}

// literal sets op i's operand n to a new literal holding z.
func (f *fn) literal(i, n int, z zval) {
	f.lits = append(f.lits, wire.Literal{Type: uint8(z.info), Value: z.val})
	// literals sit after the opcodes; the offset is relative to op i
	at := litBase(len(f.ops)+8) + uint64(len(f.lits)-1)*16
	f.set(i, n, uint8(zend.OpConst), uint32(int32(int64(at)-int64(opcodesBase+32*uint64(i)))))
}

// litBase is where the literals of a function with room for n ops are.
func litBase(n int) uint64 { return opcodesBase + 32*uint64(n) }

func (f *fn) set(i, n int, t uint8, v uint32) {
	if n == 1 {
		f.ops[i].Op1Type, f.ops[i].Op1 = t, v
	} else {
		f.ops[i].Op2Type, f.ops[i].Op2 = t, v
	}
}

// jump sets op i's operand n to a jump to op t.
func (f *fn) jump(i, n, t int) {
	f.set(i, n, 0, uint32(int32((t-i)*zend.SizeofZendOp)))
}

// wire builds the wire.Func. Literal offsets assume at most 8 ops more
// than f has when literal() was called: ops are added first.
func (f *fn) wire() *wire.Func {
	w := &wire.Func{Kind: wire.KindFunction, Name: "t", File: "/t.php", LastVar: numSlots / 2, T: numSlots / 2,
		OpcodesAddr: opcodesBase, Literals: f.lits, Flags: f.flags}
	if len(f.lits) > 0 {
		w.LiteralsAddr = litBase(len(f.ops) + 8)
	}
	for i, op := range f.ops {
		op.Handler = labelBase + 0x1000*uint64(i)
		op.HandlerFunc = funcBase + 0x1000*uint64(i)
		op.Lineno = uint32(i + 1)
		op.Block = uint32(i)
		if f.oneBlock {
			op.Block = 0
		}
		w.Ops = append(w.Ops, op)
		if !f.oneBlock || i == 0 {
			w.Blocks = append(w.Blocks, wire.Block{Start: uint32(i), Len: 1, LoopHeader: -1})
		}
	}
	if f.oneBlock {
		w.Blocks[0].Len = uint32(len(f.ops))
	}
	if f.ssa != nil {
		w.SSAVars = []wire.SSAVar{{TypeMask: f.ssa[0], Var: -1, Def: -1}, {TypeMask: f.ssa[1], Var: -1, Def: -1}}
		for range w.Ops {
			w.SSAOps = append(w.SSAOps, wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1})
		}
		w.SSAOps[0].Op1Use, w.SSAOps[0].Op2Use = 0, 1
	}
	return w
}

// compiled is a function compiled with the Inliner, ready to run.
type compiled struct {
	t       *testing.T
	w       *wire.Func
	body    *callthread.Body
	decoded map[uint64]x86asm.Inst // shared by the runs of one subtest
}

// key identifies f's content.
func (f *fn) key() string {
	b := make([]byte, 0, 24*len(f.ops)+9*len(f.lits))
	for _, op := range f.ops {
		for _, v := range [...]uint32{op.Op1, op.Op2, op.Result, op.ExtendedValue, op.Aux} {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		b = append(b, op.Opcode, op.Op1Type, op.Op2Type, op.ResultType)
	}
	for _, l := range f.lits {
		b = binary.LittleEndian.AppendUint64(append(b, l.Type), l.Value)
	}
	return string(b)
}

// vmRuns selects the body flavour the tests compile: ops without a fast
// path and fallbacks run on the VM (jumps to VM labels), or are called.
// avx selects the encoding of the double arithmetic: VEX (AVX) or SSE2.
// TestMain runs every test in three passes: called, VM runs, VM runs with
// AVX (what levels 2+ generate on a CPU with AVX at gojit.jit C=1).
var vmRuns, avx bool

func TestMain(m *testing.M) {
	for _, pass := range [...]struct{ vmRuns, avx bool }{{false, false}, {true, false}, {true, true}} {
		vmRuns, avx = pass.vmRuns, pass.avx
		if code := m.Run(); code != 0 {
			fmt.Fprintf(os.Stderr, "failed in the pass with vmRuns=%v avx=%v\n", vmRuns, avx)
			os.Exit(code)
		}
	}
	os.Exit(0)
}

// compileCache keeps compiled test functions by content: most runs differ
// only in frame values.
var compileCache sync.Map

func compile(t *testing.T, f *fn) *compiled {
	t.Helper()
	key := fmt.Sprint(vmRuns, avx, f.oneBlock, f.ssa, f.flags) + f.key()
	if c, ok := compileCache.Load(key); ok {
		cc := *c.(*compiled)
		cc.t = t
		return &cc
	}
	c := compileNew(t, f)
	compileCache.Store(key, c)
	return c
}

func compileNew(t *testing.T, f *fn) *compiled {
	t.Helper()
	return compileWire(t, f.wire())
}

// compileWire compiles a hand-edited wire function.
func compileWire(t *testing.T, w *wire.Func) *compiled {
	t.Helper()
	in := New(w)
	// Regs as jit/body.go passes it: entries check the facts.
	b, err := callthread.Compile(w, callthread.Options{Inline: in, Regs: in, ExecutorGlobals: eg, VMRuns: vmRuns, AVX: avx})
	if err != nil {
		t.Fatal(err)
	}
	return &compiled{t: t, w: w, body: b, decoded: map[uint64]x86asm.Inst{}}
}

// outcome is where running an op's code went: the fallback (its own
// handler called), or on to op next with the frame as it was left.
type outcome struct {
	fallback bool
	next     int
	frame    [numSlots]zval
}

// run executes op i's code with the frame slots set to in (and
// vm_interrupt set or not) and reports where it went.
func (c *compiled) run(i int, in [numSlots]zval, interrupt bool) outcome {
	c.t.Helper()
	return c.runWith(i, in, interrupt, nil)
}

// runWith is run with setup called on the machine and the frame's bytes
// (execute_data included) before the code runs.
func (c *compiled) runWith(i int, in [numSlots]zval, interrupt bool, setup func(m *x86emu.Machine, frame []byte)) outcome {
	t := c.t
	t.Helper()
	m := &x86emu.Machine{Code: c.body.Code, CodeBase: codeBase, Decoded: c.decoded}
	frame := make([]byte, zend.SizeofExecuteData+zend.SizeofZval*numSlots)
	for k, z := range in {
		off := zend.SizeofExecuteData + zend.SizeofZval*k
		binary.LittleEndian.PutUint64(frame[off:], z.val)
		binary.LittleEndian.PutUint32(frame[off+8:], z.info)
		binary.LittleEndian.PutUint32(frame[off+12:], 0x5a5a5a5a) // u2: must survive
	}
	m.AddRegion("frame", frameBase, frame, true)
	egMem := make([]byte, 1024)
	if interrupt {
		egMem[zend.EGVMInterrupt] = 1
	}
	m.AddRegion("executor_globals", eg, egMem, false)
	if setup != nil {
		setup(m, frame)
	}
	m.R[x86emu.R14], m.R[x86emu.R15] = frameBase, 0x1234 // r15: stale
	for _, r := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP} {
		m.R[r] = 0x1111_0000 + uint64(r)
	}
	saved := m.R
	x, err := m.Run(codeBase+uint64(c.body.Ops[i].Offset), 10000)
	if err != nil {
		t.Fatalf("op #%d: %v", i, err)
	}
	for _, r := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP, x86emu.R14} {
		if m.R[r] != saved[r] {
			t.Fatalf("op #%d: register %d changed", i, r)
		}
	}
	// Where the code went: op k's handler function called, or (VMRuns)
	// op k's VM label jumped to, with r15 = op k either way.
	base := uint64(funcBase)
	if vmRuns {
		base = labelBase
	}
	want := map[bool]x86emu.ExitKind{false: x86emu.ExitCall, true: x86emu.ExitJumpReg}[vmRuns]
	if x.Kind != want || x.Target < base || (x.Target-base)%0x1000 != 0 {
		t.Fatalf("op #%d: left by %v to %#x", i, x.Kind, x.Target)
	}
	k := int((x.Target - base) / 0x1000)
	if k < 0 || k >= len(c.w.Ops) || m.R[x86emu.R15] != opcodesBase+32*uint64(k) {
		t.Fatalf("op #%d: went to %#x with r15 %#x", i, x.Target, m.R[x86emu.R15])
	}
	var out outcome
	out.fallback, out.next = k == i, k
	for s := range out.frame {
		off := zend.SizeofExecuteData + zend.SizeofZval*s
		out.frame[s] = zval{binary.LittleEndian.Uint32(frame[off+8:]), binary.LittleEndian.Uint64(frame[off:])}
		if binary.LittleEndian.Uint32(frame[off+12:]) != 0x5a5a5a5a {
			t.Fatalf("op #%d: u2 of slot %d written", i, s)
		}
	}
	if out.fallback && out.frame != in {
		t.Fatalf("op #%d: fallback after writing the frame: %v -> %v", i, in, out.frame)
	}
	return out
}

// sameZval compares results: any NaN matches any NaN, and the value of
// UNDEF, NULL, FALSE and TRUE does not matter.
func sameZval(got, want zval) bool {
	if isNaN(got) && isNaN(want) {
		return true
	}
	if got.info == want.info && got.typ() <= zend.TypeTrue {
		return true
	}
	return got == want
}

// noSSA gives w SSA records that say nothing: an empty SSA variable table
// and every op's uses and definitions -1 (facts then apply, types do not).
func noSSA(w *wire.Func) {
	w.SSAVars = []wire.SSAVar{}
	w.SSAOps = make([]wire.SSAOp, len(w.Ops))
	for k := range w.SSAOps {
		w.SSAOps[k] = wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	}
}

// countLoop is "for ($i = 0; $i < BOUND; $i++) {}" with its CFG: body is
// the increment (or whatever op stands there), bound sets op 3's second
// operand (the IS_SMALLER's) and last is the op after the loop, on $cv0.
// SSA: noSSA, but for $cv0 LONG in [lo, hi] at the header (variable 0) and
// [lo+1, hi+1] after the body (variable 1, defined by op 2).
//
//	0: ASSIGN $cv0, 0          b0
//	1: JMP 3                   b0
//	2: body $cv0               b1  body
//	3: IS_SMALLER $cv0, BOUND  b2  header
//	4: JMPNZ T, 2              b2
//	5: last                    b3
func countLoop(body, last zend.Opcode, bound func(f *fn), lo, hi int64, flags uint32) *wire.Func {
	f := &fn{}
	for _, code := range []zend.Opcode{zend.Assign, zend.Jmp, body, zend.IsSmaller, zend.Jmpnz, last} {
		f.add(code)
	}
	f.slot(0, 1, 0)
	f.jump(1, 1, 3)
	f.slot(2, 1, 0)
	f.slot(3, 1, 0)
	bound(f)
	f.ops[3].ResultType, f.ops[3].Result = uint8(zend.OpTmpVar), cv(6)
	f.set(4, 1, uint8(zend.OpTmpVar), cv(6))
	f.jump(4, 2, 2)
	f.slot(5, 1, 0)
	f.literal(0, 2, long(0))
	w := f.wire()
	w.Blocks = []wire.Block{
		{Start: 0, Len: 2, LoopHeader: -1},
		{Start: 2, Len: 1, LoopHeader: 2},
		{Start: 3, Len: 2, LoopHeader: -1, Flags: wire.BBLoopHeader},
		{Start: 5, Len: 1, LoopHeader: -1},
	}
	for i, b := range []uint32{0, 0, 1, 2, 2, 3} {
		w.Ops[i].Block = b
	}
	noSSA(w)
	w.SSAVars = []wire.SSAVar{
		{TypeMask: 1 << zend.TypeLong, Var: 0, Def: -1, Flags: wire.SSAVarHasRange | flags, Min: lo, Max: hi},
		{TypeMask: 1 << zend.TypeLong, Var: 0, Def: 2, Flags: wire.SSAVarHasRange | flags, Min: lo + 1, Max: hi + 1},
	}
	w.SSAOps[2].Op1Use, w.SSAOps[2].Op1Def = 0, 1
	return w
}

// compileAllocated compiles w as jit/body.go does at R>0: registers
// allocated, the Inliner as the body's Registers.
func compileAllocated(t *testing.T, w *wire.Func) (*Inliner, *compiled) {
	t.Helper()
	in := New(w)
	in.AllocateRegisters()
	b, err := callthread.Compile(w, callthread.Options{Inline: in, Regs: in, ExecutorGlobals: eg, VMRuns: vmRuns, AVX: avx})
	if err != nil {
		t.Fatal(err)
	}
	return in, &compiled{t: t, w: w, body: b, decoded: map[uint64]x86asm.Inst{}}
}

// atEntry returns c with op k's code replaced by its patched entry: run
// from op k, it starts where the VM would jump (its loads and checks).
func (c *compiled) atEntry(k int) *compiled {
	c.t.Helper()
	e := *c
	e.body = &callthread.Body{}
	*e.body = *c.body
	e.body.Ops = append([]callthread.OpCode(nil), c.body.Ops...)
	for _, en := range c.body.Entries {
		if int(en.Op) == k {
			e.body.Ops[k].Offset = int(en.Offset)
			return &e
		}
	}
	c.t.Fatalf("no entry at op #%d", k)
	return nil
}

// addPacked maps a read-only packed array at arrBase (u.flags flags,
// nNumUsed used) whose elements, at dataBase, are elems.
func addPacked(m *x86emu.Machine, flags, used uint32, elems []zval) {
	ht := make([]byte, 56)
	binary.LittleEndian.PutUint32(ht[zend.ZendArrayFlags:], flags)
	binary.LittleEndian.PutUint64(ht[zend.ZendArrayData:], dataBase)
	binary.LittleEndian.PutUint32(ht[zend.ZendArrayNumUsed:], used)
	m.AddRegion("array", arrBase, ht, false)
	data := make([]byte, 16*len(elems))
	for k, z := range elems {
		binary.LittleEndian.PutUint64(data[16*k:], z.val)
		binary.LittleEndian.PutUint32(data[16*k+8:], z.info)
	}
	m.AddRegion("arPacked", dataBase, data, false)
}

// Where the array tests put a zend_array and its packed elements.
const arrBase, dataBase = 0x7f3a_4400_0000, 0x7f3a_4500_0000
