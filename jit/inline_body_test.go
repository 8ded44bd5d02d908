package jit

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// TestInlineBodiesRun runs the level-5 body of every captured function
// (both levels' captures) on the x86 model, from every op's code, with
// frames full of values of every kind and EG(vm_interrupt) set (so that
// every loop leaves at its first backward jump). Wherever it goes, the code
// must touch only the frame, EG(vm_interrupt), $this and the one packed
// array every array of the frame points at, keep the callee-saved
// registers, and leave the body the way the VM expects: a jump to op k's
// VM label or a call of its handler function with r15 = op k, or a
// dispatch. A RETURN may also leave natively to the caller frame (which the
// frame's call info, random in the "mixed" fill, allows or not): then r14
// is the caller's frame, r15 its next op, and EG and the return value are
// written as zend_leave_helper does. Package inline tests each fast path's
// results; this checks the whole bodies the engine would install, with the
// double arithmetic in both encodings (SSE2, and AVX as Env.AVX asks), with
// and without register allocation.
func TestInlineBodiesRun(t *testing.T) {
	const frameBase, codeBase = 0x7f3a_1000_0000, 0x10_0000
	const callerBase, callerOpline, retBase = 0x7f3a_0f00_0000, 0x7f3a_5000_0040, 0x7f3a_0e00_0000
	const objBase = 0x7f3a_0d00_0000 // $this, refcount 2 and in the GC buffer: a release only decrements
	// The run-time cache (empty: INIT_FCALL finds no function and leaves
	// it to the VM), the frame EX(call) points at and its function, an
	// op_array without a run-time cache (DO_UCALL leaves it to the VM; the
	// native call runs in package inline's tests), and the header every
	// refcounted value of the "mixed" fill points at (SEND_VAR adds
	// references).
	const rtcBase, callBase, opArrayBase, countedBase = 0x7f3a_0c00_0000, 0x7f3a_0b00_0000, 0x7f3a_0a00_0000, 0x7f3a_0900_0000
	// Every array of the mixed fill: packed, refcount 1, two of four
	// zvals used.
	const arrBase, arrDataBase = 0x7f3a_0800_0000, 0x7f3a_0700_0000
	callInfos := []uint32{0, zend.CallTop, zend.CallReleaseThis, zend.CallFreeExtraArgs, zend.CallHasSymbolTable}
	fills := map[string]func(k int, r *rand.Rand) (uint32, uint64){
		"undef":  func(int, *rand.Rand) (uint32, uint64) { return 0, 0 },
		"long":   func(k int, _ *rand.Rand) (uint32, uint64) { return 4, uint64(k - 3) },
		"double": func(k int, _ *rand.Rand) (uint32, uint64) { return 5, math.Float64bits(float64(k) - 2.5) },
		"mixed": func(_ int, r *rand.Rand) (uint32, uint64) {
			types := []uint32{0, 1, 2, 3, 4, 4, 5, 5, 6, 0x106, 0x307, 0x308, 0x10a}
			vals := []uint64{0, 1, ^uint64(0), 1 << 63, math.Float64bits(math.NaN()), 63, 64}
			t := types[r.Intn(len(types))]
			if t == 0x307 {
				return t, arrBase // fast paths read and write packed arrays
			}
			if t&zend.TypeFlagRefcounted != 0 {
				return t, countedBase // a refcounted value points at its header
			}
			return t, vals[r.Intn(len(vals))]
		},
	}
	type run struct {
		capture
		avx, regAlloc bool // Env.AVX, Env.RegAlloc
	}
	var runs []run
	for _, c := range loadCaptures(t) {
		runs = append(runs, run{c, false, false}, run{c, true, false}, run{c, false, true}, run{c, true, true})
	}
	for _, c := range runs {
		t.Run(fmt.Sprintf("%s/%s/avx=%v,regalloc=%v", c.level, c.name, c.avx, c.regAlloc), func(t *testing.T) {
			f, err := wire.Decode(c.buf)
			if err != nil {
				t.Fatal(err)
			}
			if f.Blocks == nil {
				t.Skip("no CFG")
			}
			entries, err := findEntries(f)
			if err != nil {
				t.Fatal(err)
			}
			_, b, err := compileBody(f, entries, Env{Level: 5, ExecutorGlobals: testEG, CounterSlot: NoSlot, AVX: c.avx, RegAlloc: c.regAlloc})
			if err != nil {
				t.Fatal(err)
			}
			if !b.VMRuns {
				t.Fatal("level 5 body without VM runs")
			}
			slots := int(f.LastVar + f.T)
			nativeReturn := false
			for k, oc := range b.Ops {
				nativeReturn = nativeReturn || oc.Class == "inline" && zend.Opcode(f.Ops[k].Opcode) == zend.Return
			}
			r := rand.New(rand.NewSource(int64(len(f.Ops))))
			decoded := map[uint64]x86emu.Inst{}
			steps := 0
			defer func() { t.Logf("%d instructions run", steps) }()
			for name, fill := range fills {
				for i, oc := range b.Ops {
					if oc.Class == "skip" {
						continue
					}
					m := &x86emu.Machine{Code: b.Code, CodeBase: codeBase, Decoded: decoded}
					frame := make([]byte, zend.SizeofExecuteData+zend.SizeofZval*slots)
					for k := 0; k < slots; k++ {
						info, v := fill(k, r)
						off := zend.SizeofExecuteData + zend.SizeofZval*k
						binary.LittleEndian.PutUint64(frame[off:], v)
						binary.LittleEndian.PutUint32(frame[off+8:], info)
					}
					callInfo := uint32(0)
					if name == "mixed" {
						callInfo = callInfos[r.Intn(len(callInfos))]
					}
					binary.LittleEndian.PutUint32(frame[zend.ExecuteDataCallInfo:], callInfo)
					binary.LittleEndian.PutUint64(frame[zend.ExecuteDataPrev:], callerBase)
					binary.LittleEndian.PutUint64(frame[zend.ExecuteDataReturnValue:], retBase)
					caller := make([]byte, zend.SizeofExecuteData)
					binary.LittleEndian.PutUint64(caller[zend.ExecuteDataOpline:], callerOpline)
					binary.LittleEndian.PutUint64(frame[zend.ExecuteDataThis:], objBase)
					obj := make([]byte, 16)
					binary.LittleEndian.PutUint32(obj[zend.ZendRefcountedRefcount:], 2)
					binary.LittleEndian.PutUint32(obj[zend.ZendRefcountedTypeInfo:], 1<<10|uint32(zend.TypeObject))
					ret := make([]byte, zend.SizeofZval)
					egTop, egCur := make([]byte, 8), make([]byte, 8)
					binary.LittleEndian.PutUint64(frame[zend.ExecuteDataRunTimeCache:], rtcBase)
					binary.LittleEndian.PutUint64(frame[zend.ExecuteDataCall:], callBase)
					call := make([]byte, 1<<16)
					binary.LittleEndian.PutUint64(call[zend.ExecuteDataFunc:], opArrayBase)
					m.AddRegion("run_time_cache", rtcBase, make([]byte, 1<<16), false)
					m.AddRegion("call", callBase, call, true)
					m.AddRegion("op_array", opArrayBase, make([]byte, zend.SizeofOpArray), false)
					m.AddRegion("counted", countedBase, make([]byte, 16), true)
					m.AddRegion("frame", frameBase, frame, true)
					m.AddRegion("caller", callerBase, caller, false)
					m.AddRegion("return_value", retBase, ret, true)
					m.AddRegion("this", objBase, obj, true)
					arr, arrData := make([]byte, 56), make([]byte, 4*zend.SizeofZval)
					binary.LittleEndian.PutUint32(arr[zend.ZendRefcountedRefcount:], 1)
					binary.LittleEndian.PutUint32(arr[zend.ZendRefcountedTypeInfo:], uint32(zend.TypeArray))
					binary.LittleEndian.PutUint32(arr[zend.ZendArrayFlags:], zend.HashFlagPacked)
					binary.LittleEndian.PutUint64(arr[zend.ZendArrayData:], arrDataBase)
					binary.LittleEndian.PutUint32(arr[zend.ZendArrayNumUsed:], 2)
					binary.LittleEndian.PutUint32(arr[zend.ZendArrayNumOfElements:], 2)
					binary.LittleEndian.PutUint32(arr[zend.ZendArrayTableSize:], 4)
					binary.LittleEndian.PutUint64(arr[zend.ZendArrayNextFree:], 2)
					binary.LittleEndian.PutUint32(arrData[8:], uint32(zend.TypeDouble))
					binary.LittleEndian.PutUint32(arrData[zend.SizeofZval+8:], uint32(zend.TypeLong))
					m.AddRegion("array", arrBase, arr, true)
					m.AddRegion("arPacked", arrDataBase, arrData, true)
					m.AddRegion("vm_interrupt", testEG+zend.EGVMInterrupt, []byte{1}, false)
					m.AddRegion("exception", testEG+zend.EGException, make([]byte, 8), false)
					m.AddRegion("vm_stack_top", testEG+zend.EGVMStackTop, egTop, true)
					m.AddRegion("current_execute_data", testEG+zend.EGCurrentExecuteData, egCur, true)
					m.R[x86emu.R14], m.R[x86emu.R15] = frameBase, 0x5150
					// Starting at an op's label inside a register region skips
					// the region's loads: give the pool registers what a
					// region's interrupt register holds (as a CV's value any
					// number will do).
					for _, reg := range []int{x86emu.RSI, x86emu.RDI, x86emu.R8, x86emu.R9} {
						m.R[reg] = testEG + zend.EGVMInterrupt
					}
					for _, reg := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP} {
						m.R[reg] = 0x1111_0000 + uint64(reg)
					}
					saved := m.R
					x, err := m.Run(codeBase+uint64(oc.Offset), 100000)
					steps += m.Steps
					what := fmt.Sprintf("op #%d %s (%s), %s frame", i, zend.Opcode(f.Ops[i].Opcode), oc.Class, name)
					if err != nil {
						t.Fatalf("%s: %v", what, err)
					}
					for _, reg := range []int{x86emu.RBX, x86emu.RBP, x86emu.R12, x86emu.R13, x86emu.RSP} {
						if m.R[reg] != saved[reg] {
							t.Fatalf("%s: register %d changed", what, reg)
						}
					}
					if m.R[x86emu.R14] == callerBase {
						// A native return (of a RETURN the run reached):
						// only from a plain frame, or a method's frame
						// with $this to release, leaving as the leave
						// helper does.
						r15 := m.R[x86emu.R15]
						release := callInfo == zend.CallReleaseThis && f.Kind == wire.KindMethod
						refs := binary.LittleEndian.Uint32(obj)
						if !nativeReturn || callInfo != 0 && !release || release != (refs == 1) ||
							r15 != callerOpline+zend.SizeofZendOp || x.Kind != x86emu.ExitJumpMem || x.Target != r15 ||
							binary.LittleEndian.Uint64(egTop) != frameBase || binary.LittleEndian.Uint64(egCur) != callerBase {
							t.Fatalf("%s: left to the caller (call info %#x) by %v to %#x, r15 %#x, EG top %x current %x",
								what, callInfo, x.Kind, x.Target, r15, egTop, egCur)
						}
						continue
					}
					if m.R[x86emu.R14] != saved[x86emu.R14] {
						t.Fatalf("%s: r14 changed", what)
					}
					checkExit(t, what, f, x, m.R[x86emu.R15])
				}
			}
		})
	}
}

// checkExit accepts the ways a body may leave: op k's VM label or handler
// function with r15 = op k, or the dispatch through r15.
func checkExit(t *testing.T, what string, f *wire.Func, x x86emu.Exit, r15 uint64) {
	t.Helper()
	k := -1
	if r15 >= f.OpcodesAddr && (r15-f.OpcodesAddr)%zend.SizeofZendOp == 0 {
		k = int((r15 - f.OpcodesAddr) / zend.SizeofZendOp)
	}
	if k < 0 || k >= len(f.Ops) {
		t.Fatalf("%s: left by %v with r15 %#x, not an op", what, x.Kind, r15)
	}
	op := f.Ops[k]
	switch {
	case x.Kind == x86emu.ExitJumpReg && x.Target == op.Handler:
	case x.Kind == x86emu.ExitCall && x.Target == op.HandlerFunc:
	case x.Kind == x86emu.ExitJumpMem && x.Target == r15:
	default:
		t.Fatalf("%s: left by %v to %#x with r15 at op #%d", what, x.Kind, x.Target, k)
	}
}
