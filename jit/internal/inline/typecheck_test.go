package inline

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// TestTypeCheck: "T = TYPE_CHECK $cv0, mask" against every type, the
// result as ZEND_TYPE_CHECK computes it; UNDEF and references go to the
// VM, and so does is_resource()'s mask.
func TestTypeCheck(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	masks := []uint32{1 << zend.TypeNull, 1 << zend.TypeLong, 1<<zend.TypeFalse | 1<<zend.TypeTrue,
		1 << zend.TypeArray, 1<<zend.TypeLong | 1<<zend.TypeDouble | 1<<zend.TypeString}
	vals := []zval{typed(uint32(zend.TypeUndef)), typed(uint32(zend.TypeNull)), boolz(false), boolz(true),
		long(3), dbl(2.5), typed(zend.TypeInfoStringEx), typed(zend.TypeInfoArrayEx), typed(0x308),
		typed(0x10a)}
	for _, mask := range masks {
		f := &fn{}
		i := f.add(zend.TypeCheck)
		f.add(zend.Echo)
		f.slot(i, 1, 0)
		f.ops[i].ExtendedValue = mask
		f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
		c := compile(t, f)
		if c.body.Ops[i].Class != "inline" {
			t.Fatalf("mask %#x: %s", mask, c.body.Ops[i].Class)
		}
		for _, v := range vals {
			got := c.run(i, [numSlots]zval{0: v}, false)
			what := fmt.Sprintf("mask %#x, %v", mask, v)
			if v.typ() == zend.TypeUndef || v.typ() == zend.TypeReference {
				if !got.fallback {
					t.Errorf("%s: %+v, want the VM", what, got)
				}
				continue
			}
			want := boolz(mask>>uint32(v.typ())&1 != 0)
			if got.fallback || got.next != 1 || got.frame[6].typ() != want.typ() {
				t.Errorf("%s: %+v, want %v", what, got, want)
			}
		}
	}
	f := &fn{}
	f.add(zend.TypeCheck)
	f.slot(0, 1, 0)
	f.ops[0].ExtendedValue = 1 << zend.TypeResource
	f.ops[0].ResultType, f.ops[0].Result = uint8(zend.OpTmpVar), cv(6)
	if c := compile(t, f); c.body.Ops[0].Class == "inline" {
		t.Error("is_resource() inlined")
	}
}

// TestTypeCheckFreesTmp: a refcounted TMP loses the reference the check
// owns; the last reference (the free would destroy the value) is the VM's.
func TestTypeCheckFreesTmp(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	f := &fn{}
	f.add(zend.TypeCheck)
	f.add(zend.Echo)
	f.set(0, 1, uint8(zend.OpTmpVar), cv(5))
	f.ops[0].ExtendedValue = 1 << zend.TypeArray
	f.ops[0].ResultType, f.ops[0].Result = uint8(zend.OpTmpVar), cv(6)
	c := compile(t, f)
	const arr = 0x7f3a_5500_0000
	for _, refs := range []uint32{1, 2, 5} {
		mem := make([]byte, 64)
		binary.LittleEndian.PutUint32(mem, refs)
		got := c.runWith(0, [numSlots]zval{5: {zend.TypeInfoArrayEx, arr}}, false, func(m *x86emu.Machine, _ []byte) {
			m.AddRegion("array", arr, mem, true)
		})
		left := binary.LittleEndian.Uint32(mem)
		switch {
		case refs == 1 && (!got.fallback || left != 1):
			t.Errorf("refcount 1: %+v, refcount %d; want the VM, untouched", got, left)
		case refs > 1 && (got.fallback || got.next != 1 || got.frame[6].typ() != zend.TypeTrue || left != refs-1):
			t.Errorf("refcount %d: %+v, refcount %d; want true and one reference less", refs, got, left)
		}
	}
}
