package jit

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Wire buffers captured from real PHP runs live in testdata/wire/<level>/,
// level being the gojit.jit value of the capture (1205: optimization level 5,
// SSA sections present; 1201: CFG but no SSA), named <script>.<function>.wire
// after their source in testdata/wire/src/<script>.php. capture.sh in that
// directory re-captures them; their handler and op_array addresses change
// with every capture (ASLR), which the golden listings normalise away.

// capturedNames maps each capture's <script>.<function> to the name
// FuncName must return for it. A capture missing here fails the test, so a
// new capture cannot go unchecked.
var capturedNames = map[string]string{
	"args.add":               "add",
	"args.typed":             "typed",
	"args.defaults":          "defaults",
	"args.variadic":          "variadic",
	"classes.main":           "{main}",
	"classes.App_Calc_scale": "App\\Calc::scale",
	"classes.App_closure":    "App\\{closure}",
	"classes.App_counter":    "App\\counter",
	"loops.sum_ints":         "sum_ints",
	"loops.mix":              "mix",
	"loops.guarded":          "guarded",
	"control.finally_ret":    "finally_ret",
	"control.tables":         "tables",
}

// capture is one captured wire buffer.
type capture struct {
	level string // "1205" or "1201"
	name  string // "<script>.<function>"
	path  string // of the .wire file
	buf   []byte
}

func (c capture) script() string { return c.name[:strings.IndexByte(c.name, '.')] }

// checkBodyEntries checks the entries of a call-threaded body: the block
// starts plus the function entries, each at an instruction boundary, the
// function start first counting the call. Package callthread's tests run
// the bodies themselves.
func checkBodyEntries(t *testing.T, f *wire.Func, env Env, res *Result, funcEntries []uint32, start uint32) {
	t.Helper()
	want := map[uint32]bool{}
	for _, e := range funcEntries {
		want[e] = true
	}
	for _, b := range f.Blocks {
		if b.Len > 0 {
			want[b.Start] = true
		}
	}
	if len(res.Entries) != len(want) {
		t.Fatalf("%d entries %+v, want ops %v", len(res.Entries), res.Entries, want)
	}
	insts := decodeAll(t, res.Code)
	at := map[int]int{}
	for i, d := range insts {
		at[d.off] = i
	}
	for i, e := range res.Entries {
		if !want[e.OpIndex] || (i > 0 && res.Entries[i-1].OpIndex >= e.OpIndex) {
			t.Fatalf("entries %+v, want ops %v", res.Entries, want)
		}
		k, ok := at[int(e.Offset)]
		if !ok {
			t.Fatalf("entry op #%d at %#x: not an instruction boundary", e.OpIndex, e.Offset)
		}
		if e.OpIndex == start && env.CounterSlot != NoSlot {
			if got, want := movImm(t, insts[k]), uint64(env.Counters)+8*uint64(env.CounterSlot); got != want {
				t.Errorf("function start entry: counter %#x, want %#x", got, want)
			}
		}
	}
	if len(res.Entries) <= len(funcEntries) && len(f.Blocks) > 1 {
		t.Errorf("only %d entries for %d blocks", len(res.Entries), len(f.Blocks))
	}
}

func loadCaptures(t *testing.T) []capture {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "wire", "*", "*.wire"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no captured wires in testdata/wire/ (run testdata/wire/capture.sh)")
	}
	var out []capture
	for _, p := range paths {
		buf, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, capture{
			level: filepath.Base(filepath.Dir(p)),
			name:  strings.TrimSuffix(filepath.Base(p), ".wire"),
			path:  p,
			buf:   buf,
		})
	}
	return out
}

// hasTry reports whether f has a try block (catch or finally).
func hasTry(f *wire.Func) bool {
	for _, op := range f.Ops {
		switch zend.Opcode(op.Opcode) {
		case zend.Catch, zend.FastCall:
			return true
		}
	}
	for _, b := range f.Blocks {
		if b.Flags&(wire.BBTry|wire.BBCatch|wire.BBFinally) != 0 {
			return true
		}
	}
	return false
}

// expectSSA says whether the C module should have sent SSA sections: from
// optimization level 3 on, for functions opcache's JIT would type (not the
// main script, generators or functions with try blocks).
func expectSSA(level string, f *wire.Func) bool {
	return level == "1205" && f.Kind != wire.KindMain && f.Kind != wire.KindEval &&
		f.Flags&zend.AccGenerator == 0 && !hasTry(f)
}

// expectEntries derives the entry oplines independently of entries.go:
// the first op after the leading RECVs (op 0 with type hints) and every
// RECV_INIT.
func expectEntries(f *wire.Func) (entries []uint32, start uint32) {
	if f.Flags&zend.AccHasTypeHints == 0 {
		for int(start) < len(f.Ops) && zend.IsRecv(zend.Opcode(f.Ops[start].Opcode)) {
			start++
		}
	}
	for i, op := range f.Ops {
		if uint32(i) == start || zend.Opcode(op.Opcode) == zend.RecvInit {
			entries = append(entries, uint32(i))
		}
	}
	return entries, start
}

// MAY_BE_* type bits of an SSA variable (Zend/zend_type_info.h).
const (
	mayBeLong   = 1 << zend.TypeLong
	mayBeDouble = 1 << zend.TypeDouble
	mayBeAny    = 1<<(zend.TypeReference+1) - 1 // undef .. resource, ref
)

func TestCapturedWires(t *testing.T) {
	env := Env{Counters: testCounters, CounterSlot: 5}
	var withSSA, withoutSSA, withRecvInit, levels = 0, 0, 0, map[string]int{}
	for _, c := range loadCaptures(t) {
		t.Run(c.level+"/"+c.name, func(t *testing.T) {
			levels[c.level]++
			f, err := wire.Decode(c.buf)
			if err != nil {
				t.Fatal(err)
			}
			// The C exporter must write exactly what the Go encoder
			// writes: sections in tag order, reserved fields zero.
			if enc := wire.Encode(f); !bytes.Equal(enc, c.buf) {
				t.Errorf("Encode(Decode(wire)) differs from the captured wire (%d vs %d bytes)", len(enc), len(c.buf))
			}
			want, ok := capturedNames[c.name]
			if !ok {
				t.Fatalf("capture %s is not in capturedNames", c.name)
			}
			if got, err := FuncName(c.buf); err != nil || got != want {
				t.Errorf("FuncName = %q, %v; want %q", got, err, want)
			}
			if !strings.HasSuffix(f.File, "/src/"+c.script()+".php") {
				t.Errorf("file %q, want .../src/%s.php", f.File, c.script())
			}
			if f.OpArrayAddr == 0 || f.OpcodesAddr == 0 || f.LineStart > f.LineEnd {
				t.Errorf("op_array %#x, opcodes %#x, lines %d-%d", f.OpArrayAddr, f.OpcodesAddr, f.LineStart, f.LineEnd)
			}

			if len(f.Ops) == 0 {
				t.Fatal("no ops")
			}
			for i, op := range f.Ops {
				if !zend.Opcode(op.Opcode).Valid() || op.Handler == 0 {
					t.Errorf("op #%d: opcode %d, handler %#x", i, op.Opcode, op.Handler)
				}
				// Both levels export the CFG.
				if int(op.Block) >= len(f.Blocks) {
					t.Errorf("op #%d: block %d of %d", i, op.Block, len(f.Blocks))
				}
			}
			if zend.Opcode(f.Ops[len(f.Ops)-1].Opcode) != zend.Return &&
				zend.Opcode(f.Ops[len(f.Ops)-1].Opcode) != zend.GeneratorReturn {
				t.Errorf("last op is %s", zend.Opcode(f.Ops[len(f.Ops)-1].Opcode))
			}

			if expectSSA(c.level, f) {
				withSSA++
				if len(f.SSAVars) == 0 || len(f.SSAOps) != len(f.Ops) {
					t.Fatalf("SSA missing: %d vars, %d ops for %d ops", len(f.SSAVars), len(f.SSAOps), len(f.Ops))
				}
				for i, v := range f.SSAVars {
					if v.TypeMask&mayBeAny == 0 && v.Flags&wire.SSAVarNoVal == 0 {
						t.Errorf("SSA var %d has no type: %+v", i, v)
					}
				}
			} else {
				withoutSSA++
				if f.SSAVars != nil || f.SSAOps != nil {
					t.Errorf("unexpected SSA: %d vars", len(f.SSAVars))
				}
			}

			// Level 0: stubs.
			res, err := Compile(c.buf, env)
			if err != nil {
				t.Fatal(err)
			}
			entries, start := expectEntries(f)
			for _, e := range entries {
				if zend.Opcode(f.Ops[e].Opcode) == zend.RecvInit {
					withRecvInit++
					break
				}
			}
			checkStubs(t, f, env, res, entries, start)

			// The capture's own level: a call-threaded body.
			benv := env
			benv.Level = 1 // bodies are what these wires exercise (see useBody)
			body, err := Compile(c.buf, benv)
			if err != nil {
				t.Fatal(err)
			}
			checkBodyEntries(t, f, benv, body, entries, start)
		})
	}
	// The set of captures must keep covering these cases.
	if withSSA < 4 || withoutSSA < 4 || withRecvInit < 3 || levels["1205"] == 0 || levels["1201"] == 0 {
		t.Errorf("captures cover %d functions with SSA, %d without, %d with RECV_INIT entries, levels %v",
			withSSA, withoutSSA, withRecvInit, levels)
	}
}

// TestCapturedTypes checks a few facts of the type inference the loops in
// src/loops.php are there for, so an exporter that sent empty types would
// be noticed.
func TestCapturedTypes(t *testing.T) {
	byName := map[string]*wire.Func{}
	for _, c := range loadCaptures(t) {
		if c.level != "1205" {
			continue
		}
		f, err := wire.Decode(c.buf)
		if err != nil {
			t.Fatal(err)
		}
		byName[c.name] = f
	}
	// find reports whether some SSA var of fn has exactly the type bits want
	// (among undef..ref) and, if ranged, a range within [lo, hi].
	find := func(fn string, want uint32, ranged bool, lo, hi int64) bool {
		f := byName[fn]
		if f == nil {
			t.Fatalf("no 1205 capture of %s", fn)
		}
		for _, v := range f.SSAVars {
			if v.TypeMask&mayBeAny != want {
				continue
			}
			if !ranged {
				return true
			}
			if v.Flags&wire.SSAVarHasRange != 0 && v.Min >= lo && v.Max <= hi {
				return true
			}
		}
		return false
	}
	const maxLong = int64(^uint64(0) >> 1)
	if !find("loops.sum_ints", mayBeLong, true, 0, maxLong) {
		t.Error("sum_ints: no SSA var typed long with a non-negative range (the loop counter)")
	}
	if !find("loops.mix", mayBeDouble, false, 0, 0) {
		t.Error("mix: no SSA var typed double only")
	}
	if !find("loops.mix", mayBeLong, true, 1, maxLong) {
		t.Error("mix: no SSA var typed long with a positive range ($k)")
	}
}
