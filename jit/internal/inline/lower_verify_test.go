package inline

import (
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// verifyFn is "VERIFY_RETURN_TYPE op1; ECHO" with op1 slot 1 of kind
// opType and the declared return type mask (wire.Op.Aux).
func verifyFn(opType zend.OpType, aux uint32) *fn {
	f := &fn{}
	i := f.add(zend.VerifyReturnType)
	f.add(zend.Echo)
	f.set(i, 1, uint8(opType), cv(1))
	f.ops[i].Aux = aux
	return f
}

func TestVerifyReturnType(t *testing.T) {
	masks := []uint32{
		1 << zend.TypeLong, 1 << zend.TypeDouble, 1<<zend.TypeNull | 1<<zend.TypeLong,
		1<<zend.TypeFalse | 1<<zend.TypeTrue, 1<<zend.TypeLong | 1<<zend.TypeString,
		1<<zend.TypeNull | wire.AuxComplex, // ?Foo: NULL passes, objects are the handler's
	}
	for _, opType := range []zend.OpType{zend.OpCV, zend.OpTmpVar} {
		for _, mask := range masks {
			c := compile(t, verifyFn(opType, wire.AuxKnown|mask))
			if c.body.Ops[0].Class != "inline" {
				t.Fatalf("mask %#x: not inlined", mask)
			}
			for _, x := range values {
				got := c.run(0, [numSlots]zval{1: x}, false)
				ok := mask&(1<<x.typ()) != 0
				if got.fallback == ok || ok && got.next != 1 {
					t.Fatalf("op1 %v, mask %#x, %v: %+v", opType, mask, x, got)
				}
			}
		}
	}
}

func TestVerifyReturnTypeDeclined(t *testing.T) {
	for name, f := range map[string]*fn{
		"no Aux": verifyFn(zend.OpCV, 0),
		"CONST":  verifyFn(zend.OpConst, wire.AuxKnown|1<<zend.TypeLong),
		"VAR":    verifyFn(zend.OpVar, wire.AuxKnown|1<<zend.TypeLong),
		"void":   verifyFn(zend.OpCV, wire.AuxKnown|1<<14),
		"class":  verifyFn(zend.OpCV, wire.AuxKnown|wire.AuxComplex),
	} {
		if c := compile(t, f); c.body.Ops[0].Class == "inline" {
			t.Errorf("%s: inlined", name)
		}
	}
}

// TestVerifyReturnTypeSSA: where SSA proves op1's types declared the op
// has no code; where it allows another type the check stays.
func TestVerifyReturnTypeSSA(t *testing.T) {
	decl := uint32(1<<zend.TypeNull | 1<<zend.TypeLong)
	for _, tc := range []struct {
		ssa  uint32
		none bool
	}{
		{1 << zend.TypeLong, true},
		{1<<zend.TypeLong | 1<<zend.TypeNull | 1<<30, true}, // flag bits above the types
		{1<<zend.TypeLong | 1<<zend.TypeDouble, false},
		{1<<zend.TypeLong | 1<<zend.TypeReference, false},
		{1<<zend.TypeLong | 1<<zend.TypeUndef, false},
		{0, false}, // nothing known
	} {
		f := verifyFn(zend.OpTmpVar, wire.AuxKnown|decl)
		f.ssa = &[2]uint32{tc.ssa, 0}
		c := compile(t, f)
		if c.body.Ops[0].Class != "inline" {
			t.Fatalf("ssa %#x: not inlined", tc.ssa)
		}
		got := c.run(0, [numSlots]zval{1: typed(zend.TypeInfoStringEx)}, false)
		if got.fallback == tc.none {
			t.Errorf("ssa %#x: %+v, want no code %v", tc.ssa, got, tc.none)
		}
	}
}
