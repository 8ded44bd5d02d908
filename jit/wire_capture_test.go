package jit

import (
	"bytes"
	"encoding/binary"
	"fmt"
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
}

// capture is one captured wire buffer.
type capture struct {
	level string // "1205" or "1201"
	name  string // "<script>.<function>"
	path  string // of the .wire file
	buf   []byte
}

func (c capture) script() string { return c.name[:strings.IndexByte(c.name, '.')] }

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

// TestGoldenWire compiles every captured wire with the asm listing on and
// compares with testdata/wire/<level>/<name>.asm: the decoded input, then
// the listing, with every address that changes from capture to capture
// (handlers, op_array) normalised: a handler loaded by the stub of entry op
// #n shows as HANDLER[n], its immediate bytes as "??". Refresh with
// "go test ./jit -run TestGolden -update" and review the diff.
func TestGoldenWire(t *testing.T) {
	env := Env{Counters: testCounters, CounterSlot: 5, Debug: DebugAsm}
	for _, c := range loadCaptures(t) {
		t.Run(c.level+"/"+c.name, func(t *testing.T) {
			f, err := wire.Decode(c.buf)
			if err != nil {
				t.Fatal(err)
			}
			res, err := Compile(c.buf, env)
			if err != nil {
				t.Fatal(err)
			}
			got := "# input (" + c.level + ", addresses omitted)\n" + dumpFunc(f) +
				fmt.Sprintf("# listing (counters %#x, slot %d, handlers normalised)\n", env.Counters, env.CounterSlot) +
				normaliseListing(t, f, res.Listing)
			for _, a := range addresses(f) {
				if strings.Contains(got, fmt.Sprintf("%x", a)) {
					t.Fatalf("address %#x left in the golden text:\n%s", a, got)
				}
			}
			compareGolden(t, strings.TrimSuffix(c.path, ".wire")+".asm", got)
		})
	}
}

// compareGolden compares got with the golden file at path, or rewrites the
// file with -update (the flag of TestGolden).
func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update and review the diff):\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// addresses returns the run-dependent addresses in f.
func addresses(f *wire.Func) []uint64 {
	out := []uint64{f.OpArrayAddr, f.OpcodesAddr}
	for _, op := range f.Ops {
		out = append(out, op.Handler)
	}
	return out
}

// normaliseListing replaces, in each entry stub, the handler address of
// the entry's op by HANDLER[n] (and its immediate bytes by "??"), and the
// file path by its base name. Any other immediate than the counter or the
// entry's handler fails the test.
func normaliseListing(t *testing.T, f *wire.Func, listing string) string {
	t.Helper()
	listing = strings.ReplaceAll(listing, f.File, filepath.Base(f.File))
	var sb strings.Builder
	cur := -1
	for _, line := range strings.SplitAfter(listing, "\n") {
		if strings.HasPrefix(line, "; entry op #") {
			if _, err := fmt.Sscanf(line, "; entry op #%d", &cur); err != nil || cur < 0 || cur >= len(f.Ops) {
				t.Fatalf("bad entry mark %q", line)
			}
		} else if i := strings.Index(line, "mov rax, 0x"); i >= 0 && cur >= 0 {
			h := f.Ops[cur].Handler
			imm := strings.TrimSpace(line[i+len("mov rax, "):])
			switch imm {
			case fmt.Sprintf("%#x", h):
				var le [8]byte
				binary.LittleEndian.PutUint64(le[:], h)
				n := 8
				if h <= 0xffffffff {
					n = 4 // mov eax, imm32
				}
				raw := fmt.Sprintf("% x", le[:n])
				if !strings.Contains(line, raw) {
					t.Fatalf("handler bytes %s not in %q", raw, line)
				}
				line = strings.Replace(line, raw, strings.TrimSuffix(strings.Repeat("?? ", n), " "), 1)
				line = strings.Replace(line, imm, fmt.Sprintf("HANDLER[%d]", cur), 1)
			case fmt.Sprintf("%#x", uint64(testCounters)+8*5):
			default:
				t.Fatalf("entry op #%d: unexpected immediate in %q (handler %#x)", cur, line, h)
			}
		}
		sb.WriteString(line)
	}
	return sb.String()
}

// dumpFunc lists a decoded function without its addresses: header, ops
// with operands, literals, blocks and SSA variables.
func dumpFunc(f *wire.Func) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %q scope %q file %q lines %d-%d flags %#x args %d/%d cvs %d tmps %d\n",
		f.Kind, f.Name, f.Scope, filepath.Base(f.File), f.LineStart, f.LineEnd, f.Flags,
		f.RequiredNumArgs, f.NumArgs, f.LastVar, f.T)
	for i, op := range f.Ops {
		code := zend.Opcode(op.Opcode)
		fmt.Fprintf(&sb, "#%-3d %-26s %s %s -> %s ext %d line %d block %s\n", i, code,
			operand(op.Op1Type, op.Op1, unusedOp1Meaningful(code)),
			operand(op.Op2Type, op.Op2, unusedOp2Meaningful(code)),
			operand(op.ResultType, op.Result, false),
			int32(op.ExtendedValue), op.Lineno, blockName(op.Block))
	}
	for i, l := range f.Literals {
		fmt.Fprintf(&sb, "literal %d: type %d value %#x strlen %d\n", i, l.Type, l.Value, l.StrLen)
	}
	for i, b := range f.Blocks {
		fmt.Fprintf(&sb, "B%d: ops %d+%d flags %#x loop header %d\n", i, b.Start, b.Len, b.Flags, b.LoopHeader)
	}
	for i, v := range f.SSAVars {
		fmt.Fprintf(&sb, "ssa %d: var %d def %d %s", i, v.Var, v.Def, typeMask(v.TypeMask))
		if v.Flags&wire.SSAVarHasRange != 0 {
			fmt.Fprintf(&sb, " range [%d, %d]", v.Min, v.Max)
		}
		if v.Flags&^wire.SSAVarHasRange != 0 {
			fmt.Fprintf(&sb, " flags %#x", v.Flags)
		}
		sb.WriteByte('\n')
	}
	for i, o := range f.SSAOps {
		if o != (wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}) {
			fmt.Fprintf(&sb, "ssa op #%d: use %d %d %d def %d %d %d\n", i,
				o.Op1Use, o.Op2Use, o.ResultUse, o.Op1Def, o.Op2Def, o.ResultDef)
		}
	}
	return sb.String()
}

func blockName(b uint32) string {
	if b == wire.NoBlock {
		return "-"
	}
	return fmt.Sprintf("B%d", b)
}

// unusedOp1Meaningful and unusedOp2Meaningful say whether an UNUSED
// operand of the opcode still carries a value: an argument number or a jump
// offset. Elsewhere an UNUSED operand may hold whatever the compiler's znode
// held (FETCH_OBJ_R on $this carries half a pointer), which changes from run
// to run and must stay out of the golden files.
func unusedOp1Meaningful(code zend.Opcode) bool {
	switch code {
	case zend.Recv, zend.RecvInit, zend.RecvVariadic, zend.Jmp, zend.FastCall:
		return true
	}
	return false
}

func unusedOp2Meaningful(code zend.Opcode) bool {
	switch code {
	case zend.Jmpz, zend.Jmpnz, zend.JmpzEx, zend.JmpnzEx, zend.JmpSet, zend.Coalesce,
		zend.JmpNull, zend.FeResetR, zend.FeResetRw:
		return true
	}
	return false
}

// operand renders an operand as type:value (byte offsets, see
// docs/wire-format.md); an unused one as "_", or "_:value" when its value
// is meaningful.
func operand(typ uint8, v uint32, meaningful bool) string {
	t := zend.OpType(typ) &^ (zend.SmartBranchJmpz | zend.SmartBranchJmpnz)
	s := ""
	switch t {
	case zend.OpUnused:
		s = "_"
		if meaningful {
			s = fmt.Sprintf("_:%d", int32(v))
		}
	case zend.OpConst:
		s = fmt.Sprintf("CONST:%d", int32(v))
	case zend.OpTmpVar:
		s = fmt.Sprintf("TMP:%d", v)
	case zend.OpVar:
		s = fmt.Sprintf("VAR:%d", v)
	case zend.OpCV:
		s = fmt.Sprintf("CV:%d", v)
	default:
		s = fmt.Sprintf("?%d:%d", typ, v)
	}
	if f := zend.OpType(typ) & (zend.SmartBranchJmpz | zend.SmartBranchJmpnz); f != 0 {
		s += fmt.Sprintf("+smart%#x", uint8(f))
	}
	return s
}

// typeMask renders the MAY_BE_* bits of an SSA variable.
func typeMask(m uint32) string {
	names := []string{"undef", "null", "false", "true", "long", "double", "string",
		"array", "object", "resource", "ref"}
	var parts []string
	for i, n := range names {
		if m&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := m &^ mayBeAny; rest != 0 {
		parts = append(parts, fmt.Sprintf("%#x", rest))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}
