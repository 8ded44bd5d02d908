package jit

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
	"golang.org/x/arch/x86/x86asm"
)

// decoded is one instruction of generated code.
type decoded struct {
	off int
	in  x86asm.Inst
}

// decodeAll decodes code, requiring the instructions to cover it exactly.
func decodeAll(t *testing.T, code []byte) []decoded {
	t.Helper()
	var out []decoded
	for off := 0; off < len(code); {
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			t.Fatalf("offset %#x: %v", off, err)
		}
		out = append(out, decoded{off, in})
		off += in.Len
	}
	return out
}

// movImm returns the constant loaded by "mov rax/eax, imm", or fails.
func movImm(t *testing.T, d decoded) uint64 {
	t.Helper()
	if d.in.Op != x86asm.MOV || (d.in.Args[0] != x86asm.RAX && d.in.Args[0] != x86asm.EAX) {
		t.Fatalf("offset %#x: %v, want mov rax, imm", d.off, d.in)
	}
	imm, ok := d.in.Args[1].(x86asm.Imm)
	if !ok {
		t.Fatalf("offset %#x: %v has no immediate", d.off, d.in)
	}
	if d.in.DataSize == 32 {
		return uint64(uint32(imm))
	}
	return uint64(imm)
}

// checkStubs verifies the code of res instruction by instruction.
func checkStubs(t *testing.T, f *wire.Func, env Env, res *Result, wantEntries []uint32, wantStart uint32) {
	t.Helper()
	insts := decodeAll(t, res.Code)
	at := map[int]int{} // offset -> index in insts
	for i, d := range insts {
		at[d.off] = i
	}
	if len(res.Entries) != len(wantEntries) {
		t.Fatalf("entries %+v, want ops %v", res.Entries, wantEntries)
	}
	for i, e := range res.Entries {
		if e.OpIndex != wantEntries[i] {
			t.Fatalf("entry %d is op %d, want %d", i, e.OpIndex, wantEntries[i])
		}
		if e.Offset%stubAlign != 0 {
			t.Errorf("entry %d at %#x, not %d-byte aligned", i, e.Offset, stubAlign)
		}
		k, ok := at[int(e.Offset)]
		if !ok {
			t.Fatalf("entry %d offset %#x is not an instruction boundary", i, e.Offset)
		}
		if e.OpIndex == wantStart && env.CounterSlot != NoSlot {
			if got, want := movImm(t, insts[k]), uint64(env.Counters)+8*uint64(env.CounterSlot); got != want {
				t.Errorf("entry %d: counter address %#x, want %#x", i, got, want)
			}
			inc := insts[k+1].in
			if inc.Op != x86asm.INC || inc.MemBytes != 8 || inc.Args[0] != (x86asm.Mem{Base: x86asm.RAX}) {
				t.Errorf("entry %d: %v, want inc qword ptr [rax]", i, inc)
			}
			k += 2
		}
		if got, want := movImm(t, insts[k]), f.Ops[e.OpIndex].Handler; got != want {
			t.Errorf("entry %d: handler %#x, want %#x", i, got, want)
		}
		if j := insts[k+1].in; j.Op != x86asm.JMP || j.Args[0] != x86asm.RAX {
			t.Errorf("entry %d: %v, want jmp rax", i, j)
		}
	}
	// Whole-code properties: only rax is used, nothing PC-relative leaves
	// the code, no calls, no stack access.
	for _, d := range insts {
		switch d.in.Op {
		case x86asm.MOV, x86asm.INC, x86asm.JMP, x86asm.NOP:
		default:
			t.Errorf("offset %#x: unexpected %v", d.off, d.in)
		}
		for _, arg := range d.in.Args {
			switch a := arg.(type) {
			case x86asm.Reg:
				if a != x86asm.RAX && a != x86asm.EAX && d.in.Op != x86asm.NOP {
					t.Errorf("offset %#x: %v touches %v", d.off, d.in, a)
				}
			case x86asm.Mem:
				if d.in.Op != x86asm.NOP && (a.Base != x86asm.RAX || a.Index != 0) {
					t.Errorf("offset %#x: %v: memory operand not [rax]", d.off, d.in)
				}
			case x86asm.Rel:
				t.Errorf("offset %#x: %v: relative branch", d.off, d.in)
			}
		}
	}
}

func TestCompileStubs(t *testing.T) {
	envs := map[string]Env{
		"slot0":  {Counters: testCounters, CounterSlot: 0},
		"slot9":  {Counters: testCounters, CounterSlot: 9},
		"noslot": {Counters: testCounters, CounterSlot: NoSlot},
		"high":   {Counters: 0xffff_ffff_ffff_fff0 - 8*1000, CounterSlot: 1000},
		"low":    {Counters: 0x1000, CounterSlot: 2}, // small address: 32-bit mov form
	}
	for _, c := range testFuncs {
		for en, env := range envs {
			t.Run(c.name+"/"+en, func(t *testing.T) {
				res, err := Compile(wire.Encode(c.fn), env)
				if err != nil {
					t.Fatal(err)
				}
				if res.NativeOps != 0 || res.Listing != "" {
					t.Errorf("NativeOps %d, Listing %q", res.NativeOps, res.Listing)
				}
				checkStubs(t, c.fn, env, res, c.wantEntries, c.wantStart)
			})
		}
	}
}

func TestSmallHandlerAddress(t *testing.T) {
	// A non-PIE PHP has handlers below 4 GiB: the load must zero-extend.
	f := &wire.Func{Kind: wire.KindMain, Ops: []wire.Op{{Handler: 0x8040_1000, Opcode: uint8(zend.Return), Block: wire.NoBlock}}}
	env := Env{CounterSlot: NoSlot}
	res, err := Compile(wire.Encode(f), env)
	if err != nil {
		t.Fatal(err)
	}
	checkStubs(t, f, env, res, []uint32{0}, 0)
}

func TestCompileListing(t *testing.T) {
	c := testFuncs[2] // untyped_defaults
	res, err := Compile(wire.Encode(c.fn), Env{Counters: testCounters, CounterSlot: 3, Debug: DebugAsm})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"; gojit: function f (/srv/f.php:3), 6 ops, 3 entries,",
		"; entry op #1 ZEND_RECV_INIT, line 4\n",
		"; entry op #2 ZEND_RECV_INIT, line 5\n",
		"; entry op #3 ZEND_ADD, line 6 (function start)\n",
		fmt.Sprintf("mov rax, %#x", testCounters+8*3),
	} {
		if !strings.Contains(res.Listing, want) {
			t.Errorf("listing lacks %q:\n%s", want, res.Listing)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	good := wire.Encode(testFuncs[0].fn)
	withOps := func(o ...wire.Op) []byte { return wire.Encode(&wire.Func{Kind: wire.KindFunction, Name: "h", Ops: o}) }
	zeroHandler := ops(1, zend.Recv, zend.RecvInit, zend.Return)
	zeroHandler[1].Handler = 0
	env := Env{Counters: testCounters, CounterSlot: 1}
	cases := []struct {
		name string
		buf  []byte
		env  Env
		is   error
		want string
	}{
		{"garbage", []byte("not a wire buffer"), env, ErrDecode, "bad magic"},
		{"truncated", good[:len(good)-3], env, ErrDecode, "runs past the end"},
		{"no ops", withOps(), env, ErrUnsupported, "h (:0): jit: unsupported function: no ops"},
		{"only recv", withOps(ops(1, zend.Recv, zend.RecvVariadic)...), env, ErrUnsupported, "only RECV ops"},
		{"zero handler", withOps(zeroHandler...), env, ErrUnsupported, "op #1 ZEND_RECV_INIT (line 2): no handler"},
		{"no counter table", good, Env{CounterSlot: 0}, ErrEnv, "no counter table"},
		{"misaligned table", good, Env{Counters: 0x1004, CounterSlot: 0}, ErrEnv, "not 8-byte aligned"},
		{"slot overflow", good, Env{Counters: 0xffff_ffff_ffff_f000, CounterSlot: 0x1000}, ErrEnv, "overflows"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Compile(c.buf, c.env)
			if err == nil {
				t.Fatalf("compiled %+v, want error", res)
			}
			if !errors.Is(err, c.is) {
				t.Errorf("error %v does not wrap %v", err, c.is)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q lacks %q", err, c.want)
			}
		})
	}
}

func TestCompileConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for _, c := range testFuncs {
				if _, err := Compile(wire.Encode(c.fn), Env{Counters: testCounters, CounterSlot: uint32(g), Debug: DebugAsm}); err != nil {
					t.Error(err)
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestFuncName(t *testing.T) {
	want := map[string]string{"main": "{main}", "eval": "{eval}", "untyped_defaults": "f",
		"typed": "App\\Calc::sum", "variadic": "{closure}"}
	for _, c := range testFuncs {
		got, err := FuncName(wire.Encode(c.fn))
		if err != nil {
			t.Fatal(err)
		}
		if w, ok := want[c.name]; ok && got != w {
			t.Errorf("%s: got %q, want %q", c.name, got, w)
		}
	}
	if _, err := FuncName([]byte("junk")); !errors.Is(err, ErrDecode) {
		t.Fatalf("got %v, want ErrDecode", err)
	}
}

func TestLayoutReexport(t *testing.T) {
	if err := CheckLayout(ExpectedLayout()); err != nil {
		t.Fatal(err)
	}
	l := ExpectedLayout()
	l.SizeofZendOp = 40
	if err := CheckLayout(l); err == nil || !strings.Contains(err.Error(), "SizeofZendOp=40") {
		t.Fatalf("got %v", err)
	}
}

func TestLevelChoosesBody(t *testing.T) {
	loop := testFuncs[6] // no_args_loop: ASSIGN, JMP, PRE_INC, IS_SMALLER, JMPNZ, RETURN
	withCFG := *loop.fn
	withCFG.OpcodesAddr = 0x7f3a_4000_0000
	withCFG.Ops = append([]wire.Op(nil), loop.fn.Ops...)
	for i := range withCFG.Ops {
		withCFG.Ops[i].HandlerFunc = withCFG.Ops[i].Handler + 0x100_0000
		withCFG.Ops[i].Block = 0
	}
	withCFG.Ops[1].Op1 = 3 * 32                        // JMP -> #4
	withCFG.Ops[4].Op2 = uint32(0xffffffff - 2*32 + 1) // JMPNZ -> #2
	withCFG.Ops[3].ResultType = uint8(zend.OpTmpVar | zend.SmartBranchJmpnz)
	withCFG.Blocks = []wire.Block{{Start: 0, Len: 2, LoopHeader: -1}, {Start: 2, Len: 1, LoopHeader: -1},
		{Start: 3, Len: 2, LoopHeader: -1}, {Start: 5, Len: 1, LoopHeader: -1}}
	env := Env{Counters: testCounters, CounterSlot: 1, Debug: DebugAsm}

	// Level 0, or no CFG: stubs.
	for name, c := range map[string]struct {
		f     *wire.Func
		level uint8
	}{"level 0": {&withCFG, 0}, "no CFG": {loop.fn, 1}} {
		e := env
		e.Level = c.level
		res, err := Compile(wire.Encode(c.f), e)
		if err != nil {
			t.Fatal(name, err)
		}
		e.Debug = 0
		res.Listing = ""
		checkStubs(t, c.f, e, res, []uint32{0}, 0)
	}

	// Level 1 with a CFG: one body, an entry per block start.
	env.Level = 1
	res, err := Compile(wire.Encode(&withCFG), env)
	if err != nil {
		t.Fatal(err)
	}
	var ops []uint32
	for _, e := range res.Entries {
		ops = append(ops, e.OpIndex)
	}
	if fmt.Sprint(ops) != "[0 2 3 5]" {
		t.Errorf("entries at ops %v, want [0 2 3 5]", ops)
	}
	for _, want := range []string{"call-threaded", "; op #4 ZEND_JMPNZ, line 6: call\n",
		"; entry op #0 (function start): count the call\n", "; dispatch: continue where the VM says\n"} {
		if !strings.Contains(res.Listing, want) {
			t.Errorf("listing lacks %q:\n%s", want, res.Listing)
		}
	}
	if res.NativeOps != 0 {
		t.Errorf("NativeOps %d", res.NativeOps)
	}

	// Level 2 and up: fast paths (ASSIGN, JMP, PRE_INC, IS_SMALLER fused
	// with its JMPNZ), the rest on the VM; without the executor_globals
	// address (needed for interrupt checks) plain call-threaded bodies.
	typed := withCFG
	typed.LastVar, typed.T = 2, 1
	typed.Ops = append([]wire.Op(nil), withCFG.Ops...)
	cvType, tmpType := uint8(zend.OpCV), uint8(zend.OpTmpVar)
	typed.Ops[0].Op1Type, typed.Ops[0].Op1, typed.Ops[0].Op2Type, typed.Ops[0].Op2 = cvType, 80, cvType, 96 // $a = $b
	typed.Ops[2].Op1Type, typed.Ops[2].Op1 = cvType, 80                                                     // ++$a
	typed.Ops[3].Op1Type, typed.Ops[3].Op1, typed.Ops[3].Op2Type, typed.Ops[3].Op2 = cvType, 80, cvType, 96 // $a < $b
	typed.Ops[3].Result = 112
	typed.Ops[4].Op1Type, typed.Ops[4].Op1 = tmpType, 112
	for _, c := range []struct {
		level     uint8
		eg        uint64
		native    int
		inListing string
	}{{2, testEG, 5, "5 ops native, the rest on the VM"}, {5, testEG, 5, "; op #3 ZEND_IS_SMALLER, line 5: inline, entry"},
		{2, 0, 0, "call-threaded"}} {
		e := env
		e.Level, e.ExecutorGlobals = c.level, c.eg
		res, err := Compile(wire.Encode(&typed), e)
		if err != nil {
			t.Fatal(err)
		}
		if res.NativeOps != c.native || !strings.Contains(res.Listing, c.inListing) {
			t.Errorf("level %d, EG %#x: %d native ops, listing:\n%s", c.level, c.eg, res.NativeOps, res.Listing)
		}
	}

	// Body errors are ErrUnsupported.
	bad := withCFG
	bad.Ops = append([]wire.Op(nil), withCFG.Ops...)
	bad.Ops[2].Opcode = 45
	if _, err := Compile(wire.Encode(&bad), env); !errors.Is(err, ErrUnsupported) ||
		!strings.Contains(err.Error(), "unknown opcode 45") {
		t.Errorf("got %v, want ErrUnsupported for opcode 45", err)
	}
}
