package inline

import (
	"fmt"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// doubleFirstWire builds "T = x code y" whose operands' SSA variables are
// defined by a FETCH_OBJ_R (never run: its definition only makes them
// likely doubles), so the fast path tests DOUBLE before LONG.
func doubleFirstWire(code zend.Opcode, fm form, x, y zval, in *[numSlots]zval) *wire.Func {
	const ld = 1<<zend.TypeLong | 1<<zend.TypeDouble
	f := &fn{ssa: &[2]uint32{ld, ld}}
	i := f.add(code)
	f.add(zend.Echo)
	f.add(zend.Return)
	fetch := f.add(zend.FetchObjR)
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
	fm.operands(f, i, x, y, in)
	w := f.wire()
	w.SSAVars[0].Def, w.SSAVars[1].Def = int32(fetch), int32(fetch)
	if fm.sameSlot {
		w.SSAOps[i].Op2Use = 0
	}
	return w
}

func TestDoubleFirst(t *testing.T) {
	for _, code := range []zend.Opcode{zend.Add, zend.Sub, zend.Mul, zend.Div} {
		t.Run(code.String(), func(t *testing.T) {
			pairs(t, func(fm form, x, y zval) {
				var in [numSlots]zval
				c := compileWire(t, doubleFirstWire(code, fm, x, y, &in))
				if !New(c.w).doubleFirst(0) {
					t.Fatalf("%s: doubleFirst false for operands a FETCH_OBJ_R defines", fm.name)
				}
				if c.body.Ops[0].Class != "inline" {
					if binaryOK(code, opndOf(fm.xLit, x), opndOf(fm.yLit, y)) {
						t.Fatalf("%s %v %v: not inlined", fm.name, x, y)
					}
					return
				}
				got := c.run(0, in, false)
				want, ok := binaryModel(code, x, y)
				what := fmt.Sprintf("%s: %v %s %v", fm.name, x, code, y)
				allowed := func(z zval) bool { return z.typ() == zend.TypeLong || z.typ() == zend.TypeDouble }
				if !fm.xLit && !allowed(x) || !fm.yLit && !allowed(y) {
					return // a type SSA rules out: no check for it
				}
				switch {
				case !ok && !got.fallback:
					t.Fatalf("%s = %v, want the fallback", what, got.frame[6])
				case ok && got.fallback:
					t.Fatalf("%s: fallback, want %v", what, want)
				case ok && (got.next != 1 || !sameZval(got.frame[6], want)):
					t.Fatalf("%s: %v then op %d, want %v then op 1", what, got.frame[6], got.next, want)
				}
			})
		})
	}
}

// TestDoubleLikely: which definitions make a value a likely double.
func TestDoubleLikely(t *testing.T) {
	const ld = 1<<zend.TypeLong | 1<<zend.TypeDouble
	for _, tc := range []struct {
		def  zend.Opcode
		mask uint32
		want bool
	}{
		{zend.FetchObjR, ld, true},
		{zend.FetchObjR, 1 << zend.TypeLong, false}, // never a double
		{zend.Div, ld, true},
		{zend.FetchDimR, ld, false}, // arrays of ints are as common as of floats
		{zend.PreInc, ld, false},
		{zend.Echo, ld | 1<<zend.TypeString, false},
	} {
		f := &fn{ssa: &[2]uint32{tc.mask, 0}}
		f.add(zend.Add)
		d := f.add(tc.def)
		w := f.wire()
		w.SSAVars[0].Def = int32(d)
		if got := New(w).doubleLikely(0, 0); got != tc.want {
			t.Errorf("defined by %s, mask %#x: doubleLikely %v, want %v", tc.def, tc.mask, got, tc.want)
		}
	}
}
