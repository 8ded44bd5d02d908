package callthread

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

const (
	opcodesBase = 0x7f3a_4000_0000 // a plausible heap address
	labelBase   = 0x5617_2a40_0000 // VM labels: inside execute_ex
	funcBase    = 0x5617_3b00_0000 // handler functions
	counterAddr = 0x7f3a_5c00_0028
	exceptionOp = 0x5617_4c00_0378 // &EG(exception_op), outside the op_array
	haltOp      = 0x5617_4d00_0100 // &hybrid_halt_op
)

// o is an op of a synthetic function: opcode and operands.
type o struct {
	code           zend.Opcode
	op1, op2, ext  uint32
	res            zend.OpType
	noFunc         bool // no function variant
	jump1, jump2   int  // jump targets as op indexes (op1, op2), -1 for none
	jumpExt        int  // jump target in extended_value, -1 for none
	smartJmpOnNext bool
}

func op(code zend.Opcode) o { return o{code: code, jump1: -1, jump2: -1, jumpExt: -1} }
func jmp1(code zend.Opcode, t int) o {
	x := op(code)
	x.jump1 = t
	return x
}
func jmp2(code zend.Opcode, t int) o {
	x := op(code)
	x.jump2 = t
	return x
}
func smart(code zend.Opcode) o {
	x := op(code)
	x.res = zend.OpTmpVar | zend.SmartBranchJmpnz
	return x
}

// build makes a wire.Func from ops and the op indexes that start blocks.
func build(flags uint32, ops []o, starts ...uint32) *wire.Func {
	f := &wire.Func{Kind: wire.KindFunction, Name: "f", File: "/srv/f.php", Flags: flags, OpcodesAddr: opcodesBase}
	rel := func(i, t int) uint32 { return uint32(int32((t - i) * zend.SizeofZendOp)) }
	for i, x := range ops {
		w := wire.Op{Handler: labelBase + uint64(x.code)<<12 + uint64(i)*16,
			HandlerFunc: funcBase + uint64(x.code)<<12 + uint64(i)*16,
			Opcode:      uint8(x.code), Op1: x.op1, Op2: x.op2, ExtendedValue: x.ext,
			ResultType: uint8(x.res), Lineno: uint32(i + 1)}
		if x.noFunc {
			w.HandlerFunc = 0
		}
		if x.jump1 >= 0 {
			w.Op1 = rel(i, x.jump1)
		}
		if x.jump2 >= 0 {
			w.Op2 = rel(i, x.jump2)
		}
		if x.jumpExt >= 0 {
			w.ExtendedValue = rel(i, x.jumpExt)
		}
		f.Ops = append(f.Ops, w)
	}
	f.Blocks = []wire.Block{}
	for k, s := range starts {
		end := uint32(len(ops))
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		f.Blocks = append(f.Blocks, wire.Block{Start: s, Len: end - s, LoopHeader: -1})
		for i := s; i < end; i++ {
			f.Ops[i].Block = uint32(len(f.Blocks) - 1)
		}
	}
	return f
}

type synth struct {
	name    string
	fn      *wire.Func
	start   uint32
	entries []uint32 // function entries besides the block starts
}

func synthetics() []synth {
	feFetch := op(zend.FeFetchR)
	feFetch.jumpExt = 7
	return []synth{
		{"loop", build(0, []o{op(zend.Recv), op(zend.Assign), jmp1(zend.Jmp, 4), op(zend.PreInc),
			smart(zend.IsSmaller), jmp2(zend.Jmpnz, 3), op(zend.Return)}, 0, 1, 3, 4, 6), 1, []uint32{1}},
		{"defaults", build(0, []o{op(zend.Recv), op(zend.RecvInit), op(zend.RecvInit), op(zend.Add),
			op(zend.Return)}, 0, 1, 2, 3), 3, []uint32{1, 2, 3}},
		{"defaults_only", build(0, []o{op(zend.RecvInit), op(zend.RecvInit), op(zend.Add),
			op(zend.Return)}, 0, 1, 2), 2, []uint32{0, 1, 2}},
		{"typed_loop_to_start", build(zend.AccHasTypeHints, []o{op(zend.PreInc), smart(zend.IsSmaller),
			jmp2(zend.Jmpnz, 0), op(zend.Return)}, 0, 3), 0, []uint32{0}},
		{"op_data", build(0, []o{op(zend.AssignDim), op(zend.OpData), op(zend.Nop), op(zend.AssignObjOp),
			op(zend.OpData), op(zend.BindGlobal), op(zend.BindGlobal), op(zend.BindGlobal), op(zend.Echo),
			op(zend.Nop)}, 0), 0, []uint32{0}},
		{"no_function_variant", build(0, []o{op(zend.Echo), {code: zend.Concat, noFunc: true, jump1: -1, jump2: -1, jumpExt: -1},
			{code: zend.Yield, noFunc: true, jump1: -1, jump2: -1, jumpExt: -1}, op(zend.Return)}, 0, 3), 0, []uint32{0}},
		{"dispatchers", build(0, []o{op(zend.GeneratorCreate), op(zend.Yield), jmp1(zend.FastCall, 4),
			jmp2(zend.JmpNull, 6), op(zend.FastRet), op(zend.Catch), op(zend.Match), feFetch,
			op(zend.IncludeOrEval), op(zend.DoIcall), op(zend.DoUcall), op(zend.GeneratorReturn)},
			0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0, []uint32{0}},
		{"new", build(0, []o{op(zend.New), op(zend.DoFcall), op(zend.Free), op(zend.New), op(zend.SendVal),
			op(zend.DoFcall), op(zend.Return)}, 0, 2, 6), 0, []uint32{0}},
	}
}

// wantSucc derives the ops a call of op i continues at, independently of
// successors().
func wantSucc(f *wire.Func, i int) []uint32 {
	n := len(f.Ops)
	set := map[int]bool{}
	rel := func(at int, v uint32) {
		if off := int(int32(v)); off%32 == 0 {
			set[at+off/32] = true
		}
	}
	op := f.Ops[i]
	switch zend.Opcode(op.Opcode) {
	case zend.Jmp:
		rel(i, op.Op1)
	case zend.Jmpz, zend.Jmpnz, zend.JmpzEx, zend.JmpnzEx, zend.JmpSet, zend.Coalesce, zend.JmpNull,
		zend.FeResetR, zend.FeResetRw, zend.AssertCheck:
		rel(i, op.Op2)
	case zend.FeFetchR, zend.FeFetchRw:
		rel(i, op.ExtendedValue)
	}
	if op.ResultType&0x30 != 0 && i+1 < n {
		if c := zend.Opcode(f.Ops[i+1].Opcode); c == zend.Jmpz || c == zend.Jmpnz {
			set[i+2] = true
			rel(i+1, f.Ops[i+1].Op2)
		}
	}
	if zend.Opcode(op.Opcode) == zend.New && i+1 < n && zend.Opcode(f.Ops[i+1].Opcode) == zend.DoFcall {
		set[i+2] = true
	}
	next := i + 1
	for next < n && zend.Opcode(f.Ops[next].Opcode) == zend.OpData {
		next++
	}
	if c := zend.Opcode(op.Opcode); c == zend.RecvInit || c == zend.BindGlobal {
		for next < n && f.Ops[next].Opcode == op.Opcode {
			next++
		}
	}
	set[next] = true
	var out []uint32
	for s := range set {
		if s >= 0 && s < n {
			out = append(out, uint32(s))
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

// wantClass derives op i's class independently of classify().
func wantClass(f *wire.Func, i int) string {
	op := f.Ops[i]
	c := zend.Opcode(op.Opcode)
	switch c {
	case zend.DoFcall, zend.DoUcall, zend.DoFcallByName, zend.Return, zend.ReturnByRef, zend.GeneratorReturn:
		return "tail"
	}
	if op.HandlerFunc == 0 {
		return "tail"
	}
	if (c == zend.Nop || c == zend.OpData) && i < len(f.Ops)-1 {
		return "skip"
	}
	switch c {
	case zend.Catch, zend.FastCall, zend.FastRet, zend.GeneratorCreate, zend.Yield, zend.YieldFrom,
		zend.Exit, zend.MatchError, zend.HandleException, zend.DiscardException, zend.IncludeOrEval,
		zend.Match, zend.UserOpcode, zend.CallTrampoline:
		return "dispatch"
	}
	return "call"
}

// checkBody verifies a body on the emulator: entries, every op's code and
// every way a handler can continue.
func checkBody(t *testing.T, f *wire.Func, opt Options, b *Body) {
	t.Helper()
	n := len(f.Ops)
	opl := func(i int) uint64 { return f.OpcodesAddr + 32*uint64(i) }
	e := newEmu(t, b.Code, opt.Counter)
	for off, in := range e.insts {
		if err := allowed(in); err != nil {
			t.Fatalf("offset %#x: %v", off, err)
		}
	}
	if len(b.Ops) != n {
		t.Fatalf("%d op records for %d ops", len(b.Ops), n)
	}
	if x := e.run(b.Dispatch, haltOp); x.kind != "dispatch" || x.r15 != haltOp {
		t.Fatalf("dispatch at %#x: %+v", b.Dispatch, x)
	}
	// arrive checks that running from pc with r15 reaches op k's work: its
	// handler call or tail jump, past any skipped ops, counting delta.
	arrive := func(what string, pc int, r15 uint64, k int, delta uint64) {
		t.Helper()
		before := e.count
		x := e.run(pc, r15)
		for k < n && b.Ops[k].Class == "skip" {
			k++
		}
		want := exit{kind: "call", r15: opl(k), target: f.Ops[k].HandlerFunc}
		if b.Ops[k].Class == "tail" {
			want = exit{kind: "tail", r15: opl(k), target: f.Ops[k].Handler}
		}
		x.at = 0
		if x != want {
			t.Fatalf("%s: got %+v, want %+v (op #%d %s)", what, x, want, k, zend.Opcode(f.Ops[k].Opcode))
		}
		if got := e.count - before; got != delta {
			t.Fatalf("%s: counted %d calls, want %d", what, got, delta)
		}
	}

	// Entries: exactly the block starts, the named entries and the start.
	want := map[uint32]bool{opt.Start: true}
	for _, bl := range f.Blocks {
		if bl.Len > 0 {
			want[bl.Start] = true
		}
	}
	for _, en := range opt.Entries {
		want[en] = true
	}
	if len(b.Entries) != len(want) {
		t.Fatalf("entries %+v, want ops %v", b.Entries, want)
	}
	for k, en := range b.Entries {
		if !want[en.Op] || (k > 0 && b.Entries[k-1].Op >= en.Op) || !b.Ops[en.Op].Entry {
			t.Fatalf("entries %+v, want ops %v", b.Entries, want)
		}
		label := b.Ops[en.Op].Offset
		var delta uint64
		if en.Op == opt.Start && opt.Counter != 0 {
			label, delta = b.CountAt, 1
		}
		if int(en.Offset) != label {
			t.Fatalf("entry op #%d at %#x, not at its label %#x", en.Op, en.Offset, label)
		}
		arrive(fmt.Sprintf("entry op #%d", en.Op), int(en.Offset), opl(int(en.Op)), int(en.Op), delta)
	}

	// Every op, and every continuation of every call.
	for i := 0; i < n; i++ {
		oc := b.Ops[i]
		if got, want := oc.Class, wantClass(f, i); got != want {
			t.Fatalf("op #%d %s: class %s, want %s", i, zend.Opcode(f.Ops[i].Opcode), got, want)
		}
		if oc.Class == "skip" || oc.Class == "tail" {
			arrive(fmt.Sprintf("op #%d", i), oc.Offset, opl(i), i, 0)
			continue
		}
		x := e.run(oc.Offset, opl(i))
		if x.kind != "call" || x.r15 != opl(i) || x.target != f.Ops[i].HandlerFunc {
			t.Fatalf("op #%d: %+v, want call of %#x with r15 %#x", i, x, f.Ops[i].HandlerFunc, opl(i))
		}
		succ := map[uint32]bool{}
		if oc.Class == "call" {
			ws := wantSucc(f, i)
			got := append([]uint32(nil), oc.Succ...)
			sort.Slice(got, func(a, b int) bool { return got[a] < got[b] })
			if fmt.Sprint(got) != fmt.Sprint(ws) {
				t.Fatalf("op #%d: successors %v, want %v", i, oc.Succ, ws)
			}
			for _, s := range ws {
				succ[s] = true
			}
		}
		for r := -1; r <= n+1; r++ {
			r15 := opl(r)
			switch r {
			case -1:
				r15 = exceptionOp
			case n + 1:
				r15 = haltOp
			}
			what := fmt.Sprintf("op #%d returning to %#x", i, r15)
			if r >= 0 && r < n && succ[uint32(r)] {
				var delta uint64
				if opt.Counter != 0 && uint32(r) == opt.Start && i < r {
					delta = 1 // from a RECV_INIT into the start: the call counts
				}
				arrive(what, x.at, r15, r, delta)
				continue
			}
			if d := e.run(x.at, r15); d.kind != "dispatch" || d.r15 != r15 {
				t.Fatalf("%s: %+v, want dispatch", what, d)
			}
		}
	}
}

func TestSynthetic(t *testing.T) {
	for _, c := range synthetics() {
		for _, counter := range []uint64{counterAddr, 0} {
			t.Run(fmt.Sprintf("%s/counter=%#x", c.name, counter), func(t *testing.T) {
				opt := Options{Start: c.start, Counter: counter, Entries: c.entries}
				b, err := Compile(c.fn, opt)
				if err != nil {
					t.Fatal(err)
				}
				checkBody(t, c.fn, opt, b)
			})
		}
	}
}

// TestCaptured runs checkBody on the wire buffers captured from PHP
// (jit/testdata/wire), with the function start computed as the jit
// package does.
func TestCaptured(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "wire", "*", "*.wire"))
	if err != nil || len(paths) < 10 {
		t.Fatalf("captured wires: %v, %v", paths, err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(filepath.Dir(p))+"/"+strings.TrimSuffix(filepath.Base(p), ".wire"), func(t *testing.T) {
			buf, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			f, err := wire.Decode(buf)
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{Counter: counterAddr}
			if f.Flags&zend.AccHasTypeHints == 0 {
				for zend.IsRecv(zend.Opcode(f.Ops[opt.Start].Opcode)) {
					opt.Start++
				}
			}
			for i, op := range f.Ops {
				if zend.Opcode(op.Opcode) == zend.RecvInit {
					opt.Entries = append(opt.Entries, uint32(i))
				}
			}
			b, err := Compile(f, opt)
			if err != nil {
				t.Fatal(err)
			}
			checkBody(t, f, opt, b)
		})
	}
}

func TestTable(t *testing.T) {
	if len(table) != zend.LastOpcode+1 {
		t.Fatalf("%d rows, want %d", len(table), zend.LastOpcode+1)
	}
	want := map[class][]zend.Opcode{
		tail: {zend.DoFcall, zend.Return, zend.ReturnByRef, zend.DoUcall, zend.DoFcallByName, zend.GeneratorReturn},
		dispatch: {zend.IncludeOrEval, zend.Exit, zend.Catch, zend.GeneratorCreate, zend.HandleException,
			zend.UserOpcode, zend.CallTrampoline, zend.DiscardException, zend.Yield, zend.FastCall,
			zend.FastRet, zend.YieldFrom, zend.Match, zend.MatchError},
		skip: {zend.Nop, zend.OpData},
	}
	classOf := map[zend.Opcode]class{}
	for cl, codes := range want {
		for _, c := range codes {
			classOf[c] = cl
		}
	}
	for i := 0; i <= zend.LastOpcode; i++ {
		c := zend.Opcode(i)
		r := table[i]
		if !c.Valid() {
			if r != (row{}) {
				t.Errorf("opcode %d does not exist but has row %+v", i, r)
			}
			continue
		}
		wantCl, ok := classOf[c]
		if !ok {
			wantCl = call
		}
		if r.class != wantCl {
			t.Errorf("%s: class %s, want %s", c, r.class, wantCl)
		}
		if r.repeat != (c == zend.RecvInit || c == zend.BindGlobal) {
			t.Errorf("%s: repeat %v", c, r.repeat)
		}
		if r.target != noTarget && r.class != call {
			t.Errorf("%s: a jump target on a %s op", c, r.class)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	good := func() *wire.Func { return build(0, []o{op(zend.Echo), op(zend.Return)}, 0) }
	cases := []struct {
		name string
		mod  func(*wire.Func, *Options)
		want string
	}{
		{"no ops", func(f *wire.Func, _ *Options) { f.Ops = nil }, "no ops"},
		{"no CFG", func(f *wire.Func, _ *Options) { f.Blocks = nil }, "no CFG"},
		{"no opcodes address", func(f *wire.Func, _ *Options) { f.OpcodesAddr = 0 }, "opcodes at 0x0"},
		{"start out of range", func(_ *wire.Func, o *Options) { o.Start = 2 }, "start op 2 of 2"},
		{"unknown opcode", func(f *wire.Func, _ *Options) { f.Ops[0].Opcode = 45 }, "op #0 has unknown opcode 45"},
		{"opcode past the table", func(f *wire.Func, _ *Options) { f.Ops[0].Opcode = 250 }, "unknown opcode 250"},
		{"tail without label", func(f *wire.Func, _ *Options) { f.Ops[1].Handler = 0 }, "op #1 ZEND_RETURN (line 2): no handler"},
		{"no variant, no label", func(f *wire.Func, _ *Options) { f.Ops[0].Handler, f.Ops[0].HandlerFunc = 0, 0 },
			"op #0 ZEND_ECHO (line 1): no handler"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, opt := good(), Options{}
			c.mod(f, &opt)
			b, err := Compile(f, opt)
			if err == nil {
				t.Fatalf("compiled %d bytes, want an error", len(b.Code))
			}
			if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want ErrUnsupported with %q", err, c.want)
			}
		})
	}
}
