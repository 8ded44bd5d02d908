package inline

import (
	"encoding/binary"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// callFactsWire is callFnByName in one block with SSA (so facts apply)
// and a callee record whose quick_arg_flags are argFlags.
func callFactsWire(argFlags uint32) *wire.Func {
	f := callFnByName()
	f.oneBlock = true
	w := f.wire()
	noSSA(w)
	w.Callees = []wire.Callee{{Op: 0, NumArgs: 2, LastVar: 4, T: 1, OpArray: calleeArray, Opcodes: calleeOps,
		ArgFlags: argFlags}}
	return w
}

// TestCallFacts: after INIT_FCALL_BY_NAME's native path (the cache slot
// holds the recorded callee), SEND_VAL_EX and SEND_VAR_EX trust the
// record's by-reference flags (here they contradict the op_array's, which
// the code no longer reads) and DO_FCALL_BY_NAME checks neither the
// function nor the argument count; a parameter the record says is by
// reference leaves its SEND to the VM.
func TestCallFacts(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	c := compileWire(t, callFactsWire(0))
	for k := 0; k < 4; k++ {
		if c.body.Ops[k].Class != "inline" {
			t.Fatalf("op #%d: %s", k, c.body.Ops[k].Class)
		}
	}
	ce := callee{numArgs: 2, lastVar: 4, rtcPtr: calleeRTC, cached: true, room: 4096, arg: long(-5),
		byRef: true, refFlags2: 3}
	r := runCall(t, c, ce)
	if r.exit.Kind != x86emu.ExitJumpMem || r.r14 != callStack || u64(r.stack, zend.SizeofExecuteData) != 7 ||
		u64(r.stack, zend.SizeofExecuteData+16) != uint64(1<<64-5) {
		t.Fatalf("left by %v with r14 %#x, want the callee entered with both arguments", r.exit.Kind, r.r14)
	}
	// Not the recorded callee in the slot: the VM does the INIT.
	other := ce
	other.cached = false
	fellBack(t, runCall(t, c, other), 0, "empty cache slot")

	// Argument 1 by reference in the record: SEND_VAL_EX is the VM's.
	byRef := compileWire(t, callFactsWire(1<<8))
	if byRef.body.Ops[1].Class == "inline" {
		t.Error("SEND_VAL_EX of a by-reference parameter inlined")
	}
	// Argument 2 prefer-reference: SEND_VAR_EX is the VM's.
	if c := compileWire(t, callFactsWire(2<<10)); c.body.Ops[2].Class == "inline" {
		t.Error("SEND_VAR_EX of a prefer-reference parameter inlined")
	}
}

// TestCallFactEntry: the VM entering DO_FCALL_BY_NAME (say, after it ran
// a SEND) finds the check the native path skips: EX(call) must be a frame
// of the recorded callee with the INIT's argument count, else the VM does
// the call.
func TestCallFactEntry(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	c := compileWire(t, callFactsWire(0))
	entry := -1
	for _, e := range c.body.Entries {
		if e.Op == 3 {
			entry = int(e.Offset)
		}
	}
	if entry < 0 || entry == c.body.Ops[3].Offset {
		t.Fatalf("DO's entry %d, code at %d: want a checking entry", entry, c.body.Ops[3].Offset)
	}
	ce := callee{numArgs: 2, lastVar: 4, rtcPtr: calleeRTC, cached: true, room: 4096, arg: long(1)}
	pending := func(fn uint64, nargs uint32) func(frame, stack []byte) {
		return func(frame, stack []byte) {
			binary.LittleEndian.PutUint64(frame[zend.ExecuteDataCall:], callStack)
			binary.LittleEndian.PutUint64(stack[zend.ExecuteDataFunc:], fn)
			binary.LittleEndian.PutUint32(stack[zend.ExecuteDataNumArgs:], nargs)
			binary.LittleEndian.PutUint64(stack[zend.ExecuteDataPrev:], oldCall)
		}
	}
	r := runCallAt(t, c, ce, entry, pending(calleeArray, 2))
	if r.exit.Kind != x86emu.ExitJumpMem || r.r14 != callStack {
		t.Fatalf("the recorded callee: left by %v with r14 %#x, want it entered", r.exit.Kind, r.r14)
	}
	fellBack(t, runCallAt(t, c, ce, entry, pending(calleeArray+0x1000, 2)), 3, "another function")
	fellBack(t, runCallAt(t, c, ce, entry, pending(calleeArray, 1)), 3, "another argument count")
	fellBack(t, runCallAt(t, c, ce, entry, func(frame, _ []byte) {
		binary.LittleEndian.PutUint64(frame[zend.ExecuteDataCall:], 0)
	}), 3, "no call")
}

// TestFuncArgOps: "f($cv1[0])" compiled before f was declared:
// CHECK_FUNC_ARG, FETCH_DIM_FUNC_ARG and SEND_FUNC_ARG get fast paths when
// the record says f takes the argument by value, and stay the VM's when by
// reference (or prefer reference).
func TestFuncArgOps(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	build := func(argFlags uint32) *wire.Func {
		f := &fn{oneBlock: true}
		init := f.add(zend.InitFcallByName)
		f.ops[init].Result, f.ops[init].ExtendedValue = fbcSlot, 1
		f.ops[init].Op2Type = uint8(zend.OpConst)
		check := f.add(zend.CheckFuncArg)
		f.ops[check].Op2 = 1
		fetch := f.add(zend.FetchDimFuncArg)
		f.slot(fetch, 1, 1)
		f.ops[fetch].ResultType, f.ops[fetch].Result = uint8(zend.OpVar), cv(5)
		send := f.add(zend.SendFuncArg)
		f.set(send, 1, uint8(zend.OpVar), cv(5))
		f.ops[send].Op2, f.ops[send].Result = 1, zend.SizeofExecuteData
		f.add(zend.DoFcallByName)
		f.add(zend.Echo)
		f.literal(fetch, 2, long(0)) // after the last op: literals follow the opcodes
		w := f.wire()
		noSSA(w)
		w.Callees = []wire.Callee{{Op: 0, NumArgs: 1, LastVar: 1, T: 0, OpArray: calleeArray, Opcodes: calleeOps,
			ArgFlags: argFlags}}
		return w
	}
	for _, tc := range []struct {
		flags  uint32
		inline bool
	}{{0, true}, {1 << 8, false}, {2 << 8, false}} {
		c := compileWire(t, build(tc.flags))
		for k := 1; k <= 3; k++ {
			if got := c.body.Ops[k].Class == "inline"; got != tc.inline {
				t.Errorf("flags %#x: op #%d inline %v, want %v", tc.flags, k, got, tc.inline)
			}
		}
	}
}
