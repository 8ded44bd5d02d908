package inline

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/disasm"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
	"golang.org/x/arch/x86/x86asm"
)

// sqrtFunc is the test's zend_function of sqrt().
const sqrtFunc = 0x5617_6200_0100

// sqrtCall builds INIT_FCALL "sqrt" (name length n), SEND code y, DO_ICALL
// (result in slot 6 when used), ECHO.
func sqrtCall(send zend.Opcode, y *zval, used bool, n uint32) *fn {
	f := &fn{oneBlock: true}
	i := f.add(zend.InitFcall)
	s := f.add(send)
	c := f.add(zend.DoIcall)
	f.add(zend.Echo)
	f.ops[i].ExtendedValue = 1
	f.ops[i].Result = 16 // cache slot
	f.literal(i, 2, zval{info: uint32(zend.TypeString)})
	f.lits[len(f.lits)-1].StrLen = n
	if y != nil {
		f.literal(s, 1, *y)
	} else {
		f.slot(s, 1, 1)
	}
	f.ops[s].Op2 = 1
	if used {
		f.ops[c].ResultType, f.ops[c].Result = uint8(zend.OpVar), cv(6)
	}
	return f
}

func compileSqrt(t *testing.T, f *fn, sqrt uint64, flags uint32) *compiled {
	t.Helper()
	w := f.wire()
	w.VMFlags = flags
	in := New(w)
	in.SqrtFunction = sqrt
	b, err := callthread.Compile(w, callthread.Options{Inline: in, ExecutorGlobals: eg, VMRuns: vmRuns, AVX: avx})
	if err != nil {
		t.Fatal(err)
	}
	return &compiled{t: t, w: w, body: b, decoded: map[uint64]x86asm.Inst{}}
}

func TestSqrtCall(t *testing.T) {
	for _, send := range []zend.Opcode{zend.SendVar, zend.SendVal} {
		for _, used := range []bool{false, true} {
			c := compileSqrt(t, sqrtCall(send, nil, used, 4), sqrtFunc, 0)
			if c.body.Ops[0].Class != "inline" || used && !hasSqrtsd(c.body.Code) {
				t.Fatal("INIT_FCALL sqrt not inlined")
			}
			for _, cached := range []uint64{sqrtFunc, 0, sqrtFunc + 0x100} {
				for _, y := range values {
					setup := func(m *x86emu.Machine, frame []byte) {
						cache := make([]byte, 32)
						binary.LittleEndian.PutUint64(cache[16:], cached)
						m.AddRegion("run_time_cache", cacheBase, cache, false)
						binary.LittleEndian.PutUint64(frame[zend.ExecuteDataRunTimeCache:], cacheBase)
					}
					in := [numSlots]zval{1: y}
					got := c.runWith(0, in, false, setup)
					ok := cached == sqrtFunc && y.num()
					what := fmt.Sprintf("%v used %v cache %#x: sqrt(%v)", send, used, cached, y)
					if got.fallback == ok {
						t.Fatalf("%s: fallback %v", what, got.fallback)
					}
					if !ok {
						continue
					}
					x := y.f()
					if !y.float() {
						x = float64(y.l())
					}
					want := in
					if used {
						want[6] = dbl(math.Sqrt(x))
					}
					if got.next != 3 || !sameZval(got.frame[6], want[6]) || got.frame[1] != y {
						t.Fatalf("%s: %v then op %d, want %v", what, got.frame[6], got.next, want[6])
					}
				}
			}
		}
	}
}

// TestSqrtCallDeclined: no sqrt fast path without sqrt's address, with an
// observer, for another name length, another argument count or a literal
// string argument.
func TestSqrtCallDeclined(t *testing.T) {
	str := zval{info: uint32(zend.TypeString)}
	for _, c := range []struct {
		name  string
		f     *fn
		sqrt  uint64
		flags uint32
	}{
		{"no sqrt", sqrtCall(zend.SendVar, nil, true, 4), 0, 0},
		{"observers", sqrtCall(zend.SendVar, nil, true, 4), sqrtFunc, wire.VMObservers},
		{"name length", sqrtCall(zend.SendVar, nil, true, 5), sqrtFunc, 0},
		{"string literal", sqrtCall(zend.SendVal, &str, true, 4), sqrtFunc, 0},
		{"two args", func() *fn { f := sqrtCall(zend.SendVar, nil, true, 4); f.ops[0].ExtendedValue = 2; return f }(), sqrtFunc, 0},
		{"SEND_VAR_EX", sqrtCall(zend.SendVarEx, nil, true, 4), sqrtFunc, 0},
	} {
		// INIT_FCALL may still push a frame natively (lower_call.go), but
		// without a sqrtsd.
		b := compileSqrt(t, c.f, c.sqrt, c.flags)
		if hasSqrtsd(b.body.Code) {
			t.Errorf("%s: INIT_FCALL has the sqrt fast path", c.name)
		}
	}
}

// hasSqrtsd reports whether code has a (v)sqrtsd.
func hasSqrtsd(code []byte) bool {
	return strings.Contains(disasm.Disassemble(code, 0, nil), "sqrtsd")
}
