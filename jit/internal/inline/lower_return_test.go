package inline

import (
	"encoding/binary"
	"fmt"
	"math"
	"testing"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// The caller of the frames the return tests leave: its execute_data, the
// opline it saved (the call), and the zval *EX(return_value) points at.
const (
	callerFrame  = 0x7f3a_0f00_0000
	callerOpline = 0x7f3a_5000_0040
	retZval      = 0x7f3a_0e00_0000
	thisObj      = 0x7f3a_0d00_0000 // Z_OBJ(EX(This)) when a test maps one
)

// leaveState is what a return test sets up besides the frame's slots.
type leaveState struct {
	callInfo  uint32
	discarded bool // EX(return_value) is NULL
	exception bool // EG(exception) set
	// obj, when not nil, is mapped as $this (EX(This) points at it): the
	// zend_object's first bytes, refcount and GC type info.
	obj []byte
	// regs, when not nil, sets registers before the run (values kept in
	// registers); a fallback may then write the frame (their spills).
	regs func(m *x86emu.Machine)
}

// leaveResult is what a return's code did.
type leaveResult struct {
	native   bool // left to the caller (else: the RETURN's VM label)
	ret      zval // *EX(return_value) afterwards
	top, cur uint64
	frame    [numSlots]zval // the frame's slots afterwards
}

// returnFn is a function of one RETURN (op 0) of op1 x: slot k or a
// literal (k < 0).
func returnFn(k int, x zval) *fn {
	f := &fn{}
	i := f.add(zend.Return)
	f.add(zend.Return) // the implicit "return null" after it
	if k < 0 {
		f.literal(i, 1, x)
	} else {
		t := zend.OpCV
		if k >= numSlots/2 {
			t = zend.OpTmpVar
		}
		f.set(i, 1, uint8(t), cv(k))
	}
	f.literal(1, 1, typed(uint32(zend.TypeNull)))
	return f
}

// compileBody compiles w with the Inliner in the current body flavour.
func compileBody(t *testing.T, w *wire.Func) *callthread.Body {
	t.Helper()
	b, err := callthread.Compile(w, callthread.Options{Inline: New(w), ExecutorGlobals: eg, VMRuns: vmRuns, AVX: avx})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// runLeave runs op i's code of b with the frame slots in and state st.
func runLeave(t *testing.T, b *callthread.Body, i int, in [numSlots]zval, st leaveState) leaveResult {
	t.Helper()
	m := &x86emu.Machine{Code: b.Code, CodeBase: codeBase}
	frame := make([]byte, zend.SizeofExecuteData+zend.SizeofZval*numSlots)
	for k, z := range in {
		off := zend.SizeofExecuteData + zend.SizeofZval*k
		binary.LittleEndian.PutUint64(frame[off:], z.val)
		binary.LittleEndian.PutUint32(frame[off+8:], z.info)
		binary.LittleEndian.PutUint32(frame[off+12:], 0x5a5a5a5a)
	}
	binary.LittleEndian.PutUint32(frame[zend.ExecuteDataCallInfo:], st.callInfo)
	binary.LittleEndian.PutUint64(frame[zend.ExecuteDataPrev:], callerFrame)
	if !st.discarded {
		binary.LittleEndian.PutUint64(frame[zend.ExecuteDataReturnValue:], retZval)
	}
	before := append([]byte(nil), frame...)
	caller := make([]byte, zend.SizeofExecuteData)
	binary.LittleEndian.PutUint64(caller[zend.ExecuteDataOpline:], callerOpline)
	ret := make([]byte, zend.SizeofZval)
	binary.LittleEndian.PutUint32(ret[8:], 0x77)        // IS_UNDEF-ish garbage the copy overwrites
	binary.LittleEndian.PutUint32(ret[12:], 0x6b6b6b6b) // u2: must survive
	egMem := make([]byte, 1024)
	if st.exception {
		binary.LittleEndian.PutUint64(egMem[zend.EGException:], 0xdead_0000)
	}
	m.AddRegion("frame", frameBase, frame, true)
	m.AddRegion("caller", callerFrame, caller, false)
	m.AddRegion("return_value", retZval, ret, true)
	m.AddRegion("executor_globals", eg, egMem, true)
	objBefore := append([]byte(nil), st.obj...)
	if st.obj != nil {
		binary.LittleEndian.PutUint64(frame[zend.ExecuteDataThis:], thisObj)
		before = append(before[:0], frame...)
		m.AddRegion("this", thisObj, st.obj, true)
	}
	m.R[x86emu.R14], m.R[x86emu.R15] = frameBase, 0x1234
	for _, r := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP} {
		m.R[r] = 0x1111_0000 + uint64(r)
	}
	if st.regs != nil {
		st.regs(m)
	}
	saved := m.R
	x, err := m.Run(codeBase+uint64(b.Ops[i].Offset), 10000)
	if err != nil {
		t.Fatalf("op #%d: %v", i, err)
	}
	for _, r := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP} {
		if m.R[r] != saved[r] {
			t.Fatalf("op #%d: register %d changed", i, r)
		}
	}
	res := leaveResult{
		ret: zval{binary.LittleEndian.Uint32(ret[8:]), binary.LittleEndian.Uint64(ret[0:])},
		top: binary.LittleEndian.Uint64(egMem[zend.EGVMStackTop:]),
		cur: binary.LittleEndian.Uint64(egMem[zend.EGCurrentExecuteData:]),
	}
	if binary.LittleEndian.Uint32(ret[12:]) != 0x6b6b6b6b {
		t.Fatalf("op #%d: u2 of the return value written", i)
	}
	for k := range res.frame {
		off := zend.SizeofExecuteData + zend.SizeofZval*k
		res.frame[k] = zval{binary.LittleEndian.Uint32(frame[off+8:]), binary.LittleEndian.Uint64(frame[off:])}
	}
	if string(frame) != string(before) && st.regs == nil {
		t.Fatalf("op #%d: frame written", i)
	}
	switch {
	case x.Kind == x86emu.ExitJumpMem:
		// The native return: r14 the caller, r15 the op after its call.
		if m.R[x86emu.R14] != callerFrame || m.R[x86emu.R15] != callerOpline+zend.SizeofZendOp ||
			x.Target != m.R[x86emu.R15] {
			t.Fatalf("op #%d: left with r14 %#x, r15 %#x through %#x", i, m.R[x86emu.R14], m.R[x86emu.R15], x.Target)
		}
		res.native = true
	case x.Kind == x86emu.ExitJumpReg && x.Target == labelBase+0x1000*uint64(i) &&
		m.R[x86emu.R15] == opcodesBase+32*uint64(i) && m.R[x86emu.R14] == frameBase:
		// The RETURN's VM label (in both body flavours: a tail op).
		if res.top != 0 || res.cur != 0 || res.ret.info != 0x77 || string(st.obj) != string(objBefore) {
			t.Fatalf("op #%d: fallback after writing EG, the return value or $this", i)
		}
	default:
		t.Fatalf("op #%d: left by %v to %#x with r15 %#x", i, x.Kind, x.Target, m.R[x86emu.R15])
	}
	return res
}

// leaveModel says whether the VM's RETURN of a plain function would take
// the path the fast path does: a plain frame (no $this to release), no
// exception, a scalar op1 and no refcounted CV (slots below numSlots/2).
func leaveModel(x zval, in [numSlots]zval, st leaveState) bool {
	if st.callInfo&(leaveSlowFlags|zend.CallReleaseThis) != 0 || st.exception || x.typ() < zend.TypeNull || x.typ() > zend.TypeDouble {
		return false
	}
	for k := 0; k < numSlots/2; k++ {
		if in[k].info&zend.TypeFlagRefcounted != 0 {
			return false
		}
	}
	return true
}

// checkLeave runs op i with state st and compares with the model.
func checkLeave(t *testing.T, b *callthread.Body, i int, x zval, in [numSlots]zval, st leaveState) {
	t.Helper()
	got := runLeave(t, b, i, in, st)
	want := leaveModel(x, in, st)
	what := fmt.Sprintf("op1 %v, frame %v, %+v", x, in, st)
	if got.native != want {
		t.Fatalf("%s: native %v, want %v", what, got.native, want)
	}
	if !want {
		return
	}
	if got.top != frameBase || got.cur != callerFrame {
		t.Fatalf("%s: EG(vm_stack_top) %#x, EG(current_execute_data) %#x", what, got.top, got.cur)
	}
	switch {
	case st.discarded && got.ret.info != 0x77:
		t.Fatalf("%s: return value written: %v", what, got.ret)
	case !st.discarded && !sameZval(got.ret, x):
		t.Fatalf("%s: returned %v", what, got.ret)
	}
}

// leaveStates are the call infos and states every return is run with:
// every flag that keeps the VM's RETURN, and flags that do not matter.
var leaveStates = func() []leaveState {
	sts := []leaveState{{}, {discarded: true}, {exception: true},
		{callInfo: zend.TypeInfoObjectEx}, // a method with $this (no release)
		{callInfo: 1 << 25},               // ZEND_CALL_DYNAMIC
		{callInfo: 1 << 26},               // ZEND_CALL_MAY_HAVE_UNDEF
		{callInfo: 1 << 31, discarded: true}}
	for b := 0; b < 32; b++ {
		if f := uint32(1) << b; f&(leaveSlowFlags|zend.CallReleaseThis) != 0 {
			sts = append(sts, leaveState{callInfo: f})
		}
	}
	return sts
}()

func TestReturn(t *testing.T) {
	for _, form := range []struct {
		name string
		k    int
	}{{"cv", 0}, {"tmp", 5}, {"const", -1}} {
		t.Run(form.name, func(t *testing.T) {
			for _, x := range values {
				lit := form.k < 0
				if lit && !(x.typ() >= zend.TypeNull && x.typ() <= zend.TypeDouble) {
					continue // not inlined: checked below
				}
				w := returnFn(form.k, x).wire()
				b := compileBody(t, w)
				if b.Ops[0].Class != "inline" {
					t.Fatalf("%v: RETURN not inlined", x)
				}
				var in [numSlots]zval
				for k := range in {
					in[k] = long(int64(k)) // no refcounted CV
				}
				if !lit {
					in[form.k] = x
				}
				for _, st := range leaveStates {
					checkLeave(t, b, 0, x, in, st)
				}
				// Another CV holding a refcounted value, or an interned
				// string (not refcounted), or UNDEF.
				for _, other := range []zval{typed(zend.TypeInfoStringEx), typed(zend.TypeInfoArrayEx),
					typed(zend.TypeInfoObjectEx), typed(zend.TypeInfoReferenceEx), typed(6), typed(7), typed(0)} {
					in2 := in
					in2[3] = other
					checkLeave(t, b, 0, x, in2, leaveState{})
				}
			}
		})
	}
}

func TestReturnDeclined(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(w *wire.Func)
	}{
		{"observers", func(w *wire.Func) { w.VMFlags |= wire.VMObservers }},
		{"main", func(w *wire.Func) { w.Kind = wire.KindMain }},
		{"eval", func(w *wire.Func) { w.Kind = wire.KindEval }},
		{"closure", func(w *wire.Func) { w.Kind = wire.KindClosure }},
		{"closure flag", func(w *wire.Func) { w.Flags |= zend.AccClosure }},
		{"generator", func(w *wire.Func) { w.Flags |= zend.AccGenerator }},
		{"too many CVs", func(w *wire.Func) { w.LastVar = maxReturnCVChecks + 1 }},
		{"string literal", func(w *wire.Func) { w.Literals[0].Type = uint8(zend.TypeString) }},
		{"never a scalar (SSA)", func(w *wire.Func) {
			w.SSAVars = []wire.SSAVar{{TypeMask: 1 << zend.TypeArray, Var: 0, Def: -1}}
			w.SSAOps = make([]wire.SSAOp, len(w.Ops))
			for k := range w.SSAOps {
				w.SSAOps[k] = wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
			}
			w.SSAOps[0].Op1Use = 0
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			k := 0
			if c.name == "string literal" {
				k = -1
			}
			w := returnFn(k, long(1)).wire()
			c.edit(w)
			if b := compileBody(t, w); b.Ops[0].Class == "inline" {
				t.Fatal("RETURN inlined")
			}
		})
	}
	// At the limit the checks are still emitted.
	w := returnFn(0, long(1)).wire()
	w.LastVar, w.T = maxReturnCVChecks, 0
	if b := compileBody(t, w); b.Ops[0].Class != "inline" {
		t.Fatal("RETURN with maxReturnCVChecks CVs not inlined")
	}
}

// TestReturnSSA: CVs whose SSA variables are all scalars are not checked
// (a refcounted value there, which inference rules out, is not seen); a
// CV with one possibly refcounted SSA variable, or none, is.
func TestReturnSSA(t *testing.T) {
	const scalar = 1<<zend.TypeNull | 1<<zend.TypeLong | 1<<zend.TypeDouble | 1<<30 // with an RC flag bit
	w := returnFn(0, long(1)).wire()
	w.SSAVars = []wire.SSAVar{
		{TypeMask: 1 << zend.TypeLong, Var: 0, Def: -1},  // CV 0 (op1)
		{TypeMask: scalar, Var: 1, Def: -1},              // CV 1: scalars only
		{TypeMask: scalar, Var: 2, Def: -1},              // CV 2: once a scalar ...
		{TypeMask: 1 << zend.TypeString, Var: 2, Def: 0}, // ... once maybe a string
		{TypeMask: 0, Var: 3, Def: -1},                   // CV 3: no type at all
		{TypeMask: 1 << zend.TypeString, Var: 5, Def: 0}, // a TMP: no CV
	}
	w.SSAOps = make([]wire.SSAOp, len(w.Ops))
	for k := range w.SSAOps {
		w.SSAOps[k] = wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	}
	w.SSAOps[0].Op1Use = 0
	b := compileBody(t, w)
	in := [numSlots]zval{long(7), long(1), long(2), long(3)}
	// A refcounted value in CV k: CV 0 is op1, proven LONG (neither its
	// type nor its refcount is checked: the copy stores IS_LONG), CV 1 is
	// proven scalar (not checked), CVs 2 and 3 are not.
	for k, wantNative := range []bool{true, true, false, false} {
		in2 := in
		in2[k] = typed(zend.TypeInfoStringEx)
		if got := runLeave(t, b, 0, in2, leaveState{}); got.native != wantNative {
			t.Errorf("refcounted value in CV %d: native %v, want %v", k, got.native, wantNative)
		}
	}
	if got := runLeave(t, b, 0, in, leaveState{}); !got.native || got.ret != long(7) {
		t.Errorf("plain return: %+v", got)
	}
}

// TestReturnReleasingThis: in a non-static method, a frame with $this to
// release ($obj->m()) returns natively when the release only drops a
// reference: refcount above 1, and the object in the GC buffer or not
// collectable. Plain functions and static methods leave such frames to the
// VM (they never get them).
func TestReturnReleasingThis(t *testing.T) {
	const gcInBuffer = 3 << 10
	for _, kind := range []string{"method", "static", "function"} {
		w := returnFn(0, long(1)).wire()
		switch kind {
		case "method":
			w.Kind, w.Scope = wire.KindMethod, "C"
		case "static":
			w.Kind, w.Scope, w.Flags = wire.KindMethod, "C", zend.AccStatic
		}
		b := compileBody(t, w)
		for _, release := range []bool{false, true} {
			for _, refs := range []uint32{1, 2, 3} {
				for _, gc := range []uint32{0, zend.GCNotCollectable, gcInBuffer} {
					obj := make([]byte, 16)
					binary.LittleEndian.PutUint32(obj[zend.ZendRefcountedRefcount:], refs)
					binary.LittleEndian.PutUint32(obj[zend.ZendRefcountedTypeInfo:], gc|uint32(zend.TypeObject))
					st := leaveState{callInfo: zend.TypeInfoObjectEx, obj: obj}
					if release {
						st.callInfo |= zend.CallReleaseThis
					}
					in := [numSlots]zval{long(5)}
					got := runLeave(t, b, 0, in, st)
					want := !release || kind == "method" && refs > 1 && gc != 0
					after := binary.LittleEndian.Uint32(obj)
					wantRefs := refs
					if release && want {
						wantRefs--
					}
					if got.native != want || after != wantRefs || got.native && got.ret != long(5) {
						t.Fatalf("%s, release %v, refcount %d, gc %#x: native %v (want %v), refcount %d (want %d)",
							kind, release, refs, gc, got.native, want, after, wantRefs)
					}
				}
			}
		}
	}
}

// TestDeadBlocks: ops in blocks the CFG marks unreachable (the implicit
// "return null" after a return) get no fast path; without any reachability
// in the wire (no block marked), every op may get one.
func TestDeadBlocks(t *testing.T) {
	w := returnFn(0, long(1)).wire() // blocks: op 0, op 1
	if b := compileBody(t, w); b.Ops[0].Class != "inline" || b.Ops[1].Class != "inline" {
		t.Fatalf("without reachability: classes %s, %s", b.Ops[0].Class, b.Ops[1].Class)
	}
	w.Blocks[0].Flags |= wire.BBReachable
	if b := compileBody(t, w); b.Ops[0].Class != "inline" || b.Ops[1].Class == "inline" {
		t.Fatalf("op 1 unreachable: classes %s, %s", b.Ops[0].Class, b.Ops[1].Class)
	}
}

// TestReturnFromRegisters: a RETURN inside a register region, or of a TMP
// forwarded in a register, returns the register's value (the zval is
// stale), and its fallback finds every register as it was: the fast path
// uses only the scratch registers before its last check, so the spills
// write the loop values. Frames with $this to release make the check
// that used to keep the object in r8 run.
func TestReturnFromRegisters(t *testing.T) {
	const stale = 0xbad0_0bad
	vars := []regVar{
		{off: int32(cv(0)), typ: zend.TypeLong, gpr: amd64.RSI},
		{off: int32(cv(1)), typ: zend.TypeLong, gpr: amd64.RDI},
		{off: int32(cv(2)), typ: zend.TypeLong, gpr: amd64.R8},
		{off: int32(cv(3)), typ: zend.TypeLong, gpr: amd64.R9},
		{off: int32(cv(4)), typ: zend.TypeDouble, xmm: amd64.X4},
	}
	regVals := map[int]zval{0: long(-11), 1: long(22), 2: long(1 << 40), 3: long(44), 4: dbl(-0.0)}
	for _, c := range []struct {
		name string
		k    int    // op1's slot
		fwd  regVar // a TMP forwarded into the RETURN
		x    zval   // its register value
	}{
		{"cv rsi", 0, regVar{}, regVals[0]},
		{"cv r8", 2, regVar{}, regVals[2]},
		{"cv xmm4", 4, regVar{}, regVals[4]},
		{"tmp r10", 5, regVar{off: int32(cv(5)), typ: zend.TypeLong, gpr: fwdGPR}, long(math.MinInt64)},
		{"tmp xmm3", 5, regVar{off: int32(cv(5)), typ: zend.TypeDouble, xmm: fwdXMM}, dbl(math.Inf(-1))},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := returnFn(c.k, c.x).wire()
			w.Kind, w.Scope = wire.KindMethod, "C"
			in := New(w)
			in.region = []int{0, -1}
			in.loops = []loopRegs{{vars: vars}}
			in.fwdInto = []regVar{c.fwd, {}}
			b, err := callthread.Compile(w, callthread.Options{Inline: in, Regs: in, ExecutorGlobals: eg, VMRuns: vmRuns, AVX: avx})
			if err != nil {
				t.Fatal(err)
			}
			if b.Ops[0].Class != "inline" {
				t.Fatal("RETURN not inlined")
			}
			var frame [numSlots]zval
			for k := range frame {
				frame[k] = zval{uint32(zend.TypeLong), stale}
			}
			frame[4].info = uint32(zend.TypeDouble)
			frame[5] = typed(0) // a forwarded TMP's zval is never written
			setRegs := func(m *x86emu.Machine) {
				for k, v := range vars {
					if v.typ == zend.TypeLong {
						m.R[int(v.gpr)] = regVals[k].val
					} else {
						m.X[int(v.xmm)] = regVals[k].val
					}
				}
				if c.fwd.typ == zend.TypeLong {
					m.R[int(c.fwd.gpr)] = c.x.val
				} else if c.fwd.typ != 0 {
					m.X[int(c.fwd.xmm)] = c.x.val
				}
			}
			for _, release := range []bool{false, true} {
				for _, refs := range []uint32{2, 1} {
					for _, exception := range []bool{false, true} {
						obj := make([]byte, 16)
						binary.LittleEndian.PutUint32(obj[zend.ZendRefcountedRefcount:], refs)
						binary.LittleEndian.PutUint32(obj[zend.ZendRefcountedTypeInfo:], zend.GCNotCollectable|uint32(zend.TypeObject))
						st := leaveState{callInfo: zend.TypeInfoObjectEx, obj: obj, exception: exception, regs: setRegs}
						if release {
							st.callInfo |= zend.CallReleaseThis
						}
						got := runLeave(t, b, 0, frame, st)
						want := !exception && (!release || refs > 1)
						what := fmt.Sprintf("release %v, refcount %d, exception %v", release, refs, exception)
						if got.native != want {
							t.Fatalf("%s: native %v, want %v", what, got.native, want)
						}
						if want {
							if !sameZval(got.ret, c.x) {
								t.Fatalf("%s: returned %v, want %v", what, got.ret, c.x)
							}
							continue
						}
						// The fallback spilled the registers, unclobbered.
						for k, v := range regVals {
							if got.frame[k] != v {
								t.Fatalf("%s: CV %d spilled as %v, want %v", what, k, got.frame[k], v)
							}
						}
						if c.fwd.typ != 0 && got.frame[5] != c.x {
							t.Fatalf("%s: forwarded TMP spilled as %v, want %v", what, got.frame[5], c.x)
						}
					}
				}
			}
		})
	}
}
