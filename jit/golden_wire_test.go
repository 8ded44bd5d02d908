package jit

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// TestGoldenWire compiles every captured wire at its capture's optimization
// level (a call-threaded body) with the asm listing on and compares with
// testdata/wire/<level>/<name>.asm: the decoded input, then the listing,
// with every address that changes from capture to capture normalised (see
// normaliseListing: OPLINE[k], FUNC[k], HANDLER[k], immediate bytes "??").
// Refresh with "go test ./jit -run TestGolden -update" and review the diff.
func TestGoldenWire(t *testing.T) {
	env := Env{Counters: testCounters, CounterSlot: 5, Debug: DebugAsm}
	for _, c := range loadCaptures(t) {
		t.Run(c.level+"/"+c.name, func(t *testing.T) {
			f, err := wire.Decode(c.buf)
			if err != nil {
				t.Fatal(err)
			}
			benv := env
			benv.Level = 1 // bodies are what these wires exercise (see useBody)
			res, err := Compile(c.buf, benv)
			if err != nil {
				t.Fatal(err)
			}
			got := "# input (" + c.level + ", addresses omitted)\n" + dumpFunc(f) +
				fmt.Sprintf("# listing (counters %#x, slot %d, addresses normalised)\n", env.Counters, env.CounterSlot) +
				normaliseListing(t, f, res.Listing, false)
			checkNoAddresses(t, f, got)
			compareGolden(t, strings.TrimSuffix(c.path, ".wire")+".asm", got)
			if c.level != "1205" {
				return
			}
			// The same at the capture's own setting 1205: fast paths with
			// register allocation, the VM for the rest.
			ienv := env
			ienv.Level, ienv.ExecutorGlobals, ienv.RegAlloc = 5, testEG, true
			res, err = Compile(c.buf, ienv)
			if err != nil {
				t.Fatal(err)
			}
			got = "# listing at level 5 (executor_globals " + fmt.Sprintf("%#x", uint64(testEG)) +
				", addresses normalised; input in the .asm file)\n" + normaliseListing(t, f, res.Listing, true)
			checkNoAddresses(t, f, got)
			compareGolden(t, strings.TrimSuffix(c.path, ".wire")+".o5.asm", got)
		})
	}
}

// checkNoAddresses fails if a run-dependent address of f is in text.
func checkNoAddresses(t *testing.T, f *wire.Func, text string) {
	t.Helper()
	for _, a := range addresses(f) {
		if strings.Contains(text, fmt.Sprintf("%x", a)) {
			t.Fatalf("address %#x left in the golden text:\n%s", a, text)
		}
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

// normaliseListing replaces every run-dependent immediate of a body
// listing by a name and its bytes by "??": the address of op #k as
// OPLINE[k], the handler function and VM label of the op whose code the
// line is in as FUNC[k] and HANDLER[k]; the file path becomes its base
// name. Any other immediate than these and the counter fails the test,
// unless constants is set (fast paths load literals and executor_globals).
func normaliseListing(t *testing.T, f *wire.Func, listing string, constants bool) string {
	t.Helper()
	listing = strings.ReplaceAll(listing, f.File, filepath.Base(f.File))
	var sb strings.Builder
	cur := -1
	counter := uint64(testCounters) + 8*5
	for _, line := range strings.SplitAfter(listing, "\n") {
		if strings.HasPrefix(line, "; op #") {
			if _, err := fmt.Sscanf(line, "; op #%d", &cur); err != nil || cur < 0 || cur >= len(f.Ops) {
				t.Fatalf("bad op mark %q", line)
			}
		}
		m := movImmLine.FindStringSubmatch(strings.TrimRight(line, "\n"))
		if m == nil {
			sb.WriteString(line)
			continue
		}
		var v uint64
		if _, err := fmt.Sscanf(m[2], "0x%x", &v); err != nil {
			t.Fatalf("immediate in %q: %v", line, err)
		}
		name := ""
		switch {
		case v == counter:
			sb.WriteString(line)
			continue
		case v >= f.OpcodesAddr && v <= f.OpcodesAddr+32*uint64(len(f.Ops)) && (v-f.OpcodesAddr)%32 == 0:
			name = fmt.Sprintf("OPLINE[%d]", (v-f.OpcodesAddr)/32)
		case cur >= 0 && v == f.Ops[cur].HandlerFunc:
			name = fmt.Sprintf("FUNC[%d]", cur)
		case cur >= 0 && v == f.Ops[cur].Handler:
			name = fmt.Sprintf("HANDLER[%d]", cur)
		case handlerOp(f, v) >= 0:
			// Out-of-line code after the last op's (register stubs, cold
			// code) sends other ops to the VM.
			name = fmt.Sprintf("HANDLER[%d]", handlerOp(f, v))
		case constants:
			sb.WriteString(line)
			continue
		default:
			t.Fatalf("op #%d: unexpected immediate in %q", cur, line)
		}
		var le [8]byte
		binary.LittleEndian.PutUint64(le[:], v)
		n := 8
		if v <= 0xffffffff {
			n = 4 // mov r32, imm32
		}
		raw := fmt.Sprintf("% x", le[:n])
		if !strings.Contains(line, raw) {
			t.Fatalf("immediate bytes %s not in %q", raw, line)
		}
		line = strings.Replace(line, raw, strings.TrimSuffix(strings.Repeat("?? ", n), " "), 1)
		line = strings.Replace(line, m[2], name, 1)
		sb.WriteString(line)
	}
	return sb.String()
}

// handlerOp returns the first op whose VM label is v, -1 for none.
func handlerOp(f *wire.Func, v uint64) int {
	for k, op := range f.Ops {
		if op.Handler == v {
			return k
		}
	}
	return -1
}

// movImmLine matches a listing line loading a constant into a register.
var movImmLine = regexp.MustCompile(`\s(mov [a-z0-9]+), (0x[0-9a-f]+)$`)

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

// sseMnemonic matches the SSE instructions of a listing's text column, with
// their VEX "v" when there is one.
var sseMnemonic = regexp.MustCompile(`\s(v?)(addsd|subsd|mulsd|divsd|ucomisd|movsd|cvtsi2sd|movq|xorps|movaps|cvttsd2si)\s`)

// TestAVXListing compiles the 1205 captures as the .o5.asm goldens are, with
// Env.AVX (the gojit.jit_debug listing of a CPU with AVX at C=1): every SSE
// instruction of the SSE2 listing is there in its VEX form, and no legacy
// SSE instruction is left.
func TestAVXListing(t *testing.T) {
	env := Env{Counters: testCounters, CounterSlot: 5, Debug: DebugAsm, Level: 5, ExecutorGlobals: testEG, RegAlloc: true}
	total := 0
	for _, c := range loadCaptures(t) {
		if c.level != "1205" {
			continue
		}
		count := func(avx bool) map[string]int {
			e := env
			e.AVX = avx
			res, err := Compile(c.buf, e)
			if err != nil {
				t.Fatal(err)
			}
			n := map[string]int{}
			for _, m := range sseMnemonic.FindAllStringSubmatch(res.Listing, -1) {
				n[m[1]+m[2]]++
			}
			return n
		}
		sse, avx := count(false), count(true)
		for m, k := range sse {
			if m[0] == 'v' || avx["v"+m] != k || avx[m] != 0 {
				t.Errorf("%s: %s %d times without AVX; with AVX %s %d, v%s %d", c.name, m, k, m, avx[m], m, avx["v"+m])
			}
			total += k
		}
		if len(avx) != len(sse) {
			t.Errorf("%s: SSE instructions %v, AVX %v", c.name, sse, avx)
		}
	}
	if total == 0 {
		t.Fatal("no SSE instructions in the captures")
	}
}
