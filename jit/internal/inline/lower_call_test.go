package inline

import (
	"encoding/binary"
	"testing"

	"github.com/gojit/gojit/jit/internal/callthread"
	"golang.org/x/arch/x86/x86asm"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// The world of a native call: the caller's run-time cache, the VM stack
// page the callee's frame goes on, the callee's op_array, opcodes and
// run-time cache, and a refcounted value's header.
const (
	callRTC      = 0x7f3a_5000_0000
	callStack    = 0x7f3a_5100_0000
	calleeArray  = 0x5617_7000_0000
	calleeOps    = 0x5617_7100_0000
	calleeRTC    = 0x5617_7200_0000
	countedValue = 0x7f3a_5200_0000
	oldCall      = 0x7f3a_5300_0000 // EX(call) before INIT_FCALL: an outer pending call
	// compiler_globals, and the map_ptr area its map_ptr_base points at
	// (biased by -1).
	compilerGlobals = 0x5617_7300_0000
	mapPtrReal      = 0x7f3a_5400_0000
	fbcSlot         = 16 // INIT_FCALL's result.num
	usedStack       = zend.SizeofExecuteData + 5*zend.SizeofZval
)

// callFn is "INIT_FCALL; SEND_VAL 7; SEND_VAR $cv1; DO_UCALL → slot 3; ECHO"
// calling a function of two arguments.
func callFn(flags uint32) *fn {
	f := &fn{flags: flags}
	i := f.add(zend.InitFcall)
	f.ops[i].Op1, f.ops[i].Result, f.ops[i].ExtendedValue = usedStack, fbcSlot, 2
	f.ops[i].Op2Type = uint8(zend.OpConst)
	s := f.add(zend.SendVal)
	f.ops[s].Result = zend.SizeofExecuteData
	v := f.add(zend.SendVar)
	f.slot(v, 1, 1)
	f.ops[v].Result = zend.SizeofExecuteData + zend.SizeofZval
	d := f.add(zend.DoUcall)
	f.ops[d].ResultType, f.ops[d].Result = uint8(zend.OpVar), cv(3)
	f.add(zend.Echo)
	f.literal(s, 1, long(7))
	return f
}

// callee describes the called function and the state around the call.
type callee struct {
	numArgs, lastVar, fnFlags uint32
	rtcPtr                    uint64 // op_array.run_time_cache__ptr
	cached                    bool   // the fbc is in the caller's cache slot
	room                      uint64 // bytes left on the VM stack page
	arg                       zval   // $cv1
	interrupt                 bool
	internal                  bool  // an internal function (type 1)
	byRef                     bool  // its first parameter is by reference
	refFlags2                 uint8 // quick_arg_flags of its second parameter
}

type callResult struct {
	exit     x86emu.Exit
	r14, r15 uint64
	frame    []byte // the caller's
	stack    []byte // the VM stack page: the callee's frame at 0
	eg       []byte
	counted  uint32 // the refcount of countedValue
}

func runCall(t *testing.T, c *compiled, ce callee) callResult {
	t.Helper()
	return runCallAt(t, c, ce, c.body.Ops[0].Offset, nil)
}

// runCallAt is runCall from code offset start, with prep called on the
// caller's frame and the VM stack page first.
func runCallAt(t *testing.T, c *compiled, ce callee, start int, prep func(frame, stack []byte)) callResult {
	t.Helper()
	m := &x86emu.Machine{Code: c.body.Code, CodeBase: codeBase, Decoded: c.decoded}
	frame := make([]byte, zend.SizeofExecuteData+zend.SizeofZval*numSlots)
	binary.LittleEndian.PutUint64(frame[zend.ExecuteDataRunTimeCache:], callRTC)
	binary.LittleEndian.PutUint64(frame[zend.ExecuteDataCall:], oldCall)
	for k := range numSlots {
		binary.LittleEndian.PutUint32(frame[zend.SizeofExecuteData+zend.SizeofZval*k+8:], uint32(zend.TypeNull))
	}
	off := zend.SizeofExecuteData + zend.SizeofZval
	binary.LittleEndian.PutUint64(frame[off:], ce.arg.val)
	binary.LittleEndian.PutUint32(frame[off+8:], ce.arg.info)
	rtc := make([]byte, 64)
	if ce.cached {
		binary.LittleEndian.PutUint64(rtc[fbcSlot:], calleeArray)
	}
	stack := make([]byte, 4096)
	for k := range stack {
		stack[k] = 0xee // garbage the frame's set-up must overwrite where it matters
	}
	egMem := make([]byte, 1024)
	binary.LittleEndian.PutUint64(egMem[zend.EGVMStackTop:], callStack)
	binary.LittleEndian.PutUint64(egMem[zend.EGVMStackEnd:], callStack+ce.room)
	binary.LittleEndian.PutUint64(egMem[zend.EGCurrentExecuteData:], frameBase)
	if ce.interrupt {
		egMem[zend.EGVMInterrupt] = 1
	}
	arr := make([]byte, zend.SizeofOpArray)
	arr[zend.FunctionType] = zend.UserFunction
	if ce.internal {
		arr[zend.FunctionType] = 1
	}
	if ce.byRef {
		arr[1] = 1 // ZEND_SEND_BY_REF of argument 1: bit (1+3)*2
	}
	arr[1] |= ce.refFlags2 << 2 // argument 2: bits (2+3)*2 and up
	binary.LittleEndian.PutUint32(arr[zend.OpArrayT:], 1)
	binary.LittleEndian.PutUint32(arr[zend.OpArrayFnFlags:], ce.fnFlags)
	binary.LittleEndian.PutUint32(arr[zend.OpArrayNumArgs:], ce.numArgs)
	binary.LittleEndian.PutUint32(arr[zend.OpArrayLastVar:], ce.lastVar)
	binary.LittleEndian.PutUint64(arr[zend.OpArrayOpcodes:], calleeOps)
	binary.LittleEndian.PutUint64(arr[zend.OpArrayRunTimeCachePtr:], ce.rtcPtr)
	counted := make([]byte, 16)
	binary.LittleEndian.PutUint32(counted, 1)
	m.AddRegion("frame", frameBase, frame, true)
	m.AddRegion("run_time_cache", callRTC, rtc, false)
	m.AddRegion("vm_stack", callStack, stack, true)
	m.AddRegion("executor_globals", eg, egMem, true)
	m.AddRegion("op_array", calleeArray, arr, false)
	m.AddRegion("counted", countedValue, counted, true)
	// CG(map_ptr_base) is biased by -1; offset 0x81 is the slot at 0x80.
	cgMem := make([]byte, 1024)
	binary.LittleEndian.PutUint64(cgMem[zend.CGMapPtrBase:], mapPtrReal-1)
	slots := make([]byte, 256)
	binary.LittleEndian.PutUint64(slots[0x80:], calleeRTC)
	m.AddRegion("compiler_globals", compilerGlobals, cgMem, false)
	m.AddRegion("map_ptr", mapPtrReal, slots, false)
	m.R[x86emu.R14], m.R[x86emu.R15] = frameBase, 0x1234
	for _, r := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP} {
		m.R[r] = 0x1111_0000 + uint64(r)
	}
	if prep != nil {
		prep(frame, stack)
	}
	saved := m.R
	x, err := m.Run(codeBase+uint64(start), 10000)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP} {
		if m.R[r] != saved[r] {
			t.Fatalf("register %d changed", r)
		}
	}
	return callResult{exit: x, r14: m.R[x86emu.R14], r15: m.R[x86emu.R15], frame: frame, stack: stack,
		eg: egMem, counted: binary.LittleEndian.Uint32(counted)}
}

func u64(b []byte, off int) uint64 { return binary.LittleEndian.Uint64(b[off:]) }
func u32(b []byte, off int) uint32 { return binary.LittleEndian.Uint32(b[off:]) }

// fellBack checks that the run left to op k's VM label (or handler).
func fellBack(t *testing.T, r callResult, k int, what string) {
	t.Helper()
	if r.r14 != frameBase || r.r15 != opcodesBase+32*uint64(k) || r.exit.Kind == x86emu.ExitJumpMem {
		t.Fatalf("%s: left by %v to %#x with r14 %#x r15 %#x, want op #%d's fallback",
			what, r.exit.Kind, r.exit.Target, r.r14, r.r15, k)
	}
}

// callFnByName is callFn as compiled before the callee was declared:
// INIT_FCALL_BY_NAME, SEND_VAL_EX, DO_FCALL_BY_NAME.
func callFnByName() *fn {
	f := callFn(0)
	f.ops[0].Opcode, f.ops[0].Op1 = uint8(zend.InitFcallByName), 0
	f.ops[1].Opcode, f.ops[1].Op2 = uint8(zend.SendValEx), 1
	f.ops[2].Opcode, f.ops[2].Op2 = uint8(zend.SendVarEx), 2
	f.ops[3].Opcode = uint8(zend.DoFcallByName)
	return f
}

func TestNativeCall(t *testing.T) {
	for _, k := range []calleeKnown{unknownCallee, sameCallee, otherCallee} {
		testNativeCall(t, callFn(0), false, k)
	}
}

// calleeKnown says what the wire tells about the callee (wire.Callee):
// nothing, the function the call finds, or another one (the specialised
// path's check fails and the generic one runs).
type calleeKnown int

const (
	unknownCallee calleeKnown = iota
	sameCallee
	otherCallee
)

// compileCall compiles f with the wire's callee record for ce.
func compileCall(t *testing.T, f *fn, ce callee, k calleeKnown) *compiled {
	t.Helper()
	w := f.wire()
	if k != unknownCallee {
		c := wire.Callee{Op: 0, NumArgs: ce.numArgs, LastVar: ce.lastVar, T: 1, Flags: ce.fnFlags,
			OpArray: calleeArray, Opcodes: calleeOps}
		if k == otherCallee {
			c.OpArray, c.NumArgs, c.LastVar, c.Opcodes = calleeArray+0x1000, 0, 9, calleeOps+0x1000
		}
		w.Callees = []wire.Callee{c}
	}
	return compileWire(t, w)
}

// TestNativeCallByName: the frame size computed at run time (the callee's
// T = 1 makes it usedStack with 2 of 2 arguments), and the checks of a
// user function and of by-value arguments.
func TestNativeCallByName(t *testing.T) {
	for _, k := range []calleeKnown{unknownCallee, sameCallee, otherCallee} {
		testNativeCall(t, callFnByName(), true, k)
	}
}

func testNativeCall(t *testing.T, f *fn, byName bool, known calleeKnown) {
	c := compile(t, f)
	for k, want := range []string{"inline", "inline", "inline", "inline"} {
		if c.body.Ops[k].Class != want {
			t.Fatalf("op #%d: %s", k, c.body.Ops[k].Class)
		}
	}
	plain := callee{numArgs: 2, lastVar: 4, rtcPtr: calleeRTC, cached: true, room: 4096,
		arg: typed(zend.TypeInfoStringEx)}
	for _, tc := range []struct {
		name     string
		ce       callee
		typed    bool
		nargs    uint32
		wantRefs uint32
	}{
		{"refcounted arg", plain, false, 2, 2},
		{"long arg", func() callee { ce := plain; ce.arg = long(-5); return ce }(), false, 2, 1},
		{"type hints", func() callee { ce := plain; ce.fnFlags = zend.AccHasTypeHints; return ce }(), true, 2, 2},
		{"fewer args", func() callee { ce := plain; ce.numArgs, ce.lastVar = 3, 4; return ce }(), false, 2, 2},
		{"exact room", func() callee { ce := plain; ce.room = usedStack; return ce }(), false, 2, 2},
	} {
		if tc.ce.arg.info != zend.TypeInfoStringEx {
			tc.ce.arg = long(-5)
		} else {
			tc.ce.arg.val = countedValue
		}
		r := runCall(t, compileCall(t, f, tc.ce, known), tc.ce)
		calleeFrame := uint64(callStack)
		if r.exit.Kind != x86emu.ExitJumpMem || r.r14 != calleeFrame || r.exit.Target != r.r15 {
			t.Fatalf("%s: left by %v to %#x with r14 %#x", tc.name, r.exit.Kind, r.exit.Target, r.r14)
		}
		wantR15 := uint64(calleeOps)
		if !tc.typed {
			wantR15 += 32 * uint64(tc.nargs)
		}
		s := r.stack
		checks := []struct {
			what      string
			got, want uint64
		}{
			{"r15", r.r15, wantR15},
			{"EG(vm_stack_top)", u64(r.eg, zend.EGVMStackTop), callStack + usedStack},
			{"EG(current_execute_data)", u64(r.eg, zend.EGCurrentExecuteData), calleeFrame},
			{"caller EX(opline)", u64(r.frame, zend.ExecuteDataOpline), opcodesBase + 3*32},
			{"caller EX(call)", u64(r.frame, zend.ExecuteDataCall), oldCall},
			{"func", u64(s, zend.ExecuteDataFunc), calleeArray},
			{"This", u64(s, zend.ExecuteDataThis), 0},
			{"call info", uint64(u32(s, zend.ExecuteDataCallInfo)), 0},
			{"num_args", uint64(u32(s, zend.ExecuteDataNumArgs)), 2},
			{"prev", u64(s, zend.ExecuteDataPrev), frameBase},
			{"call", u64(s, zend.ExecuteDataCall), 0},
			{"return_value", u64(s, zend.ExecuteDataReturnValue), frameBase + uint64(cv(3))},
			{"run_time_cache", u64(s, zend.ExecuteDataRunTimeCache), calleeRTC},
			{"arg 1", u64(s, zend.SizeofExecuteData), 7},
			{"arg 1 type", uint64(u32(s, zend.SizeofExecuteData+8)), uint64(zend.TypeLong)},
			{"arg 2", u64(s, zend.SizeofExecuteData+16), tc.ce.arg.val},
			{"arg 2 type", uint64(u32(s, zend.SizeofExecuteData+24)), uint64(tc.ce.arg.info)},
			{"refcount", uint64(r.counted), uint64(tc.wantRefs)},
		}
		for k := 2; k < int(tc.ce.lastVar); k++ {
			checks = append(checks, struct {
				what      string
				got, want uint64
			}{"CV type", uint64(u32(s, zend.SizeofExecuteData+16*k+8)), 0})
		}
		if s[zend.SizeofExecuteData+16*int(tc.ce.lastVar)+8] != 0xee {
			t.Errorf("%s: wrote past the CVs", tc.name)
		}
		for _, ck := range checks {
			if ck.got != ck.want {
				t.Errorf("%s: %s = %#x, want %#x", tc.name, ck.what, ck.got, ck.want)
			}
		}
	}
	fallbacks := []struct {
		name string
		ce   callee
		op   int
	}{
		{"not cached", func() callee { ce := plain; ce.cached = false; return ce }(), 0},
		{"no room", func() callee { ce := plain; ce.room = usedStack - 16; return ce }(), 0},
		{"undef arg", func() callee { ce := plain; ce.arg = typed(0); return ce }(), 2},
		{"reference arg", func() callee { ce := plain; ce.arg = zval{0x10a, countedValue}; return ce }(), 2},
		{"extra args", func() callee { ce := plain; ce.numArgs = 1; return ce }(), 3},
		{"no run-time cache", func() callee { ce := plain; ce.rtcPtr = 0; return ce }(), 3},
		{"map_ptr offset", func() callee { ce := plain; ce.rtcPtr = 0x81; return ce }(), 3},
		{"interrupt", func() callee { ce := plain; ce.interrupt = true; return ce }(), 3},
	}
	if byName {
		fallbacks = append(fallbacks, []struct {
			name string
			ce   callee
			op   int
		}{
			{"internal function", func() callee { ce := plain; ce.internal = true; return ce }(), 0},
			{"by-reference parameter", func() callee { ce := plain; ce.byRef = true; return ce }(), 1},
			{"by-reference parameter 2", func() callee { ce := plain; ce.refFlags2 = 1; return ce }(), 2},
			{"prefer-reference parameter 2", func() callee { ce := plain; ce.refFlags2 = 2; return ce }(), 2},
		}...)
	}
	for _, tc := range fallbacks {
		if tc.ce.internal && known == sameCallee {
			continue // the op_array the record names is a user function
		}
		if tc.ce.arg.info == zend.TypeInfoStringEx {
			tc.ce.arg.val = countedValue
		}
		r := runCall(t, compileCall(t, f, tc.ce, known), tc.ce)
		fellBack(t, r, tc.op, tc.name)
		if tc.op == 3 {
			// INIT_FCALL and the SENDs are done; DO_UCALL wrote nothing.
			if u64(r.frame, zend.ExecuteDataCall) != callStack || u64(r.stack, zend.ExecuteDataPrev) != oldCall ||
				u64(r.eg, zend.EGCurrentExecuteData) != frameBase || u64(r.frame, zend.ExecuteDataOpline) != 0 {
				t.Errorf("%s: DO_UCALL wrote before its fallback", tc.name)
			}
		}
		if tc.op == 0 && (u64(r.eg, zend.EGVMStackTop) != callStack || u64(r.frame, zend.ExecuteDataCall) != oldCall) {
			t.Errorf("%s: INIT_FCALL wrote before its fallback", tc.name)
		}
		if tc.op == 2 && r.counted != 1 {
			t.Errorf("%s: SEND_VAR added a reference before its fallback", tc.name)
		}
	}
}

// TestNativeCallDeclined: named arguments, SEND_VAR of a TMP, DO_UCALL
// with an observer extension loaded.
func TestNativeCallDeclined(t *testing.T) {
	f := callFn(0)
	f.ops[1].Op2Type = uint8(zend.OpConst) // SEND_VAL with a name
	f.ops[2].Op1Type = uint8(zend.OpTmpVar)
	c := compile(t, f)
	for _, k := range []int{1, 2} {
		if c.body.Ops[k].Class == "inline" {
			t.Errorf("op #%d inlined", k)
		}
	}
	w := callFn(0).wire()
	w.VMFlags = wire.VMObservers
	if b := compileBody(t, w); b.Ops[3].Class == "inline" {
		t.Error("DO_UCALL inlined with observers")
	}
}

// TestSendVarSSA: where SSA proves the CV defined, no reference and never
// refcounted, SEND_VAR copies without checking (so even an UNDEF the proof
// rules out would be copied); where it allows UNDEF, the check stays.
func TestSendVarSSA(t *testing.T) {
	for _, tc := range []struct {
		mask     uint32
		fallback bool
	}{
		{1 << zend.TypeLong, false},
		{1<<zend.TypeLong | 1<<zend.TypeDouble | 1<<30, false},
		{1<<zend.TypeLong | 1<<zend.TypeUndef, true},
		{1<<zend.TypeLong | 1<<zend.TypeReference, true},
		{0, true},
	} {
		w := callFn(0).wire()
		w.SSAVars = []wire.SSAVar{{TypeMask: tc.mask, Var: 1, Def: -1}}
		w.SSAOps = make([]wire.SSAOp, len(w.Ops))
		for k := range w.SSAOps {
			w.SSAOps[k] = wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
		}
		w.SSAOps[2].Op1Use = 0
		c := compileWire(t, w)
		ce := callee{numArgs: 2, lastVar: 4, rtcPtr: calleeRTC, cached: true, room: 4096, arg: typed(0)}
		r := runCall(t, c, ce)
		if got := r.r14 == frameBase && r.r15 == opcodesBase+2*32; got != tc.fallback {
			t.Errorf("mask %#x: fell back at SEND_VAR %v, want %v", tc.mask, got, tc.fallback)
		}
	}
}

// TestNativeCallMapPtr: with compiler_globals' address, a run-time cache
// behind a map_ptr offset (opcache) is resolved through CG(map_ptr_base);
// an empty slot is the VM's (it allocates the cache).
func TestNativeCallMapPtr(t *testing.T) {
	w := callFn(0).wire()
	b, err := callthread.Compile(w, callthread.Options{Inline: New(w), ExecutorGlobals: eg,
		CompilerGlobals: compilerGlobals, VMRuns: true})
	if err != nil {
		t.Fatal(err)
	}
	c := &compiled{t: t, w: w, body: b, decoded: map[uint64]x86asm.Inst{}}
	ce := callee{numArgs: 2, lastVar: 4, rtcPtr: 0x81, cached: true, room: 4096, arg: long(3)}
	r := runCall(t, c, ce)
	if r.exit.Kind != x86emu.ExitJumpMem || r.r14 != callStack ||
		u64(r.stack, zend.ExecuteDataRunTimeCache) != calleeRTC {
		t.Fatalf("left by %v with r14 %#x, run_time_cache %#x", r.exit.Kind, r.r14,
			u64(r.stack, zend.ExecuteDataRunTimeCache))
	}
	ce.rtcPtr = 0x41 // an empty slot
	fellBack(t, runCall(t, c, ce), 3, "empty map_ptr slot")
}
