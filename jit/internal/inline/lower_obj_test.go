package inline

import (
	"encoding/binary"
	"fmt"
	"math"
	"testing"

	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// propInfoAddr is the zend_property_info of a typed property in the tests.
const propInfoAddr = 0x5617_6100_0000

// propInfo is a test property's zend_property_info: none (untyped), or
// flags and a type mask.
type propInfo struct {
	typed    bool
	flags    uint32
	typeMask uint32
}

var propInfos = []propInfo{
	{},
	{true, 1, 1 << 5},                    // public float
	{true, 1, 1 << 4},                    // public int
	{true, 1, 1<<4 | 1<<5},               // int|float
	{true, 1, 1<<4 | 1<<1},               // ?int
	{true, 1 | 1<<7, 1 << 5},             // public readonly float
	{true, 1, 1<<4 | 1<<6 | 1<<25},       // int|string, with a flag bit
	{true, 1 | 1<<7, 1<<4 | 1<<5 | 1<<1}, // readonly ?int|float
}

// setupProp maps an object of class classAddr with prop at propOff, the
// run-time cache (slot: ce, offset, info) and the property info.
func setupProp(prop zval, info propInfo, obj *[]byte) func(m *x86emu.Machine, frame []byte) {
	return func(m *x86emu.Machine, frame []byte) {
		o := make([]byte, propOff+16)
		binary.LittleEndian.PutUint64(o[zend.ZendObjectCe:], classAddr)
		binary.LittleEndian.PutUint64(o[propOff:], prop.val)
		binary.LittleEndian.PutUint32(o[propOff+8:], prop.info)
		binary.LittleEndian.PutUint32(o[propOff+12:], 0x77) // u2: property flags, kept
		m.AddRegion("object", objBase, o, true)
		*obj = o
		cache := make([]byte, slot+24)
		binary.LittleEndian.PutUint64(cache[slot:], classAddr)
		binary.LittleEndian.PutUint64(cache[slot+8:], propOff)
		if info.typed {
			binary.LittleEndian.PutUint64(cache[slot+16:], propInfoAddr)
			pi := make([]byte, 56)
			binary.LittleEndian.PutUint32(pi[zend.ZendPropertyInfoFlags:], info.flags)
			binary.LittleEndian.PutUint32(pi[zend.ZendPropertyInfoTypeMask:], info.typeMask)
			m.AddRegion("property_info", propInfoAddr, pi, false)
		}
		m.AddRegion("run_time_cache", cacheBase, cache, false)
		binary.LittleEndian.PutUint64(frame[zend.ExecuteDataRunTimeCache:], cacheBase)
	}
}

// propOpModel is PHP's $o->p op= y where the fast path does it: ok false
// where the handler must (other types, overflow, zero divisor, a type the
// property does not take as it is, readonly).
func propOpModel(code zend.Opcode, x, y zval, info propInfo) (zval, bool) {
	if !x.num() || !y.num() {
		return zval{}, false
	}
	var r zval
	if !x.float() && !y.float() && code != zend.Div {
		a, b := x.l(), y.l()
		var v int64
		switch code {
		case zend.Add:
			v = a + b
			if (a >= 0) == (b >= 0) && (v >= 0) != (a >= 0) {
				return zval{}, false
			}
		case zend.Sub:
			v = a - b
			if (a >= 0) != (b >= 0) && (v >= 0) != (a >= 0) {
				return zval{}, false
			}
		case zend.Mul:
			v = a * b
			if a != 0 && (v/a != b || a == -1 && b == math.MinInt64 || b == -1 && a == math.MinInt64) {
				return zval{}, false
			}
		}
		r = long(v)
	} else {
		fx, fy := x.f(), y.f()
		if !x.float() {
			fx = float64(x.l())
		}
		if !y.float() {
			fy = float64(y.l())
		}
		switch code {
		case zend.Add:
			r = dbl(fx + fy)
		case zend.Sub:
			r = dbl(fx - fy)
		case zend.Mul:
			r = dbl(fx * fy)
		case zend.Div:
			if fy == 0 {
				return zval{}, false
			}
			r = dbl(fx / fy)
		}
	}
	if info.typed && (info.flags&(1<<7) != 0 || info.typeMask&(1<<r.typ()) == 0) {
		return zval{}, false
	}
	return r, true
}

func TestAssignObjOp(t *testing.T) {
	props := []zval{long(5), long(math.MaxInt64), long(math.MinInt64), long(-1), dbl(1.5), dbl(math.Copysign(0, -1)),
		dbl(math.Inf(1)), dbl(math.NaN()), typed(0), typed(1), typed(3), typed(0x106), typed(0x10a), typed(0x308)}
	ys := []zval{long(0), long(1), long(-1), long(2), long(math.MaxInt64), long(math.MinInt64), dbl(0),
		dbl(math.Copysign(0, -1)), dbl(2.5), dbl(math.NaN()), dbl(math.Inf(-1)), typed(1), typed(0x106), typed(0)}
	for _, code := range []zend.Opcode{zend.Add, zend.Sub, zend.Mul, zend.Div} {
		for _, used := range []bool{false, true} {
			f := &fn{oneBlock: true}
			i := f.add(zend.AssignObjOp)
			d := f.add(zend.OpData)
			f.add(zend.Echo)
			f.slot(i, 1, 0)
			f.literal(i, 2, zval{info: uint32(zend.TypeString)})
			f.ops[i].ExtendedValue = uint32(code)
			f.slot(d, 1, 1)
			f.ops[d].ExtendedValue = slot
			if used {
				f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpVar), cv(6)
			}
			c := compile(t, f)
			if c.body.Ops[i].Class != "inline" {
				t.Fatal("ASSIGN_OBJ_OP not inlined")
			}
			for _, info := range propInfos {
				for _, prop := range props {
					if t := prop.typ(); info.typed && t >= zend.TypeNull && t <= zend.TypeDouble && info.typeMask&(1<<t) == 0 {
						continue // a typed property only holds values of its type
					}
					for _, y := range ys {
						for _, objType := range []uint32{0x308, 0x10a} {
							var obj []byte
							in := [numSlots]zval{0: {objType, objBase}, 1: y}
							got := c.runWith(i, in, false, setupProp(prop, info, &obj))
							want, ok := propOpModel(code, prop, y, info)
							ok = ok && objType == 0x308
							what := fmt.Sprintf("%v, used %v, info %+v, obj %#x: %v op= %v", code, used, info, objType, prop, y)
							after := zval{binary.LittleEndian.Uint32(obj[propOff+8:]), binary.LittleEndian.Uint64(obj[propOff:])}
							if binary.LittleEndian.Uint32(obj[propOff+12:]) != 0x77 {
								t.Fatalf("%s: property u2 written", what)
							}
							if got.fallback == ok {
								t.Fatalf("%s: fallback %v (want %v)", what, got.fallback, want)
							}
							if !ok {
								if after != prop {
									t.Fatalf("%s: fallback after writing the property: %v", what, after)
								}
								continue
							}
							if got.next != 2 || !sameZval(after, want) || used && !sameZval(got.frame[6], want) ||
								!used && got.frame[6] != in[6] {
								t.Fatalf("%s: got %v (result %v) then op %d, want %v", what, after, got.frame[6], got.next, want)
							}
						}
					}
				}
			}
		}
	}
}

func TestAssignObj(t *testing.T) {
	props := []zval{long(5), dbl(1.5), typed(1), typed(2), typed(3), typed(0), typed(6), typed(0x106), typed(0x10a),
		typed(0x308), typed(0x307)}
	ys := []zval{long(0), long(math.MinInt64), dbl(2.5), dbl(math.Copysign(0, -1)), typed(1), typed(2), typed(3),
		typed(0), typed(6), typed(0x106), typed(0x10a), typed(0x308)}
	for _, lit := range []zval{{}, long(1 << 40), dbl(0.5), typed(1), typed(3)} {
		for _, used := range []bool{false, true} {
			f := &fn{oneBlock: true}
			i := f.add(zend.AssignObj)
			d := f.add(zend.OpData)
			f.add(zend.Echo)
			f.slot(i, 1, 0)
			f.literal(i, 2, zval{info: uint32(zend.TypeString)})
			f.ops[i].ExtendedValue = slot
			vals := ys
			if lit.info != 0 {
				f.literal(d, 1, lit)
				vals = []zval{lit}
			} else {
				f.slot(d, 1, 1)
			}
			if used {
				f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpVar), cv(6)
			}
			c := compile(t, f)
			if c.body.Ops[i].Class != "inline" {
				t.Fatal("ASSIGN_OBJ not inlined")
			}
			for _, info := range propInfos {
				for _, prop := range props {
					for _, y := range vals {
						for _, objType := range []uint32{0x308, 0x10a, 1} {
							var obj []byte
							in := [numSlots]zval{0: {objType, objBase}, 1: y}
							if lit.info != 0 {
								in[1] = long(99)
							}
							got := c.runWith(i, in, false, setupProp(prop, info, &obj))
							ok := objType == 0x308 && y.typ() >= 1 && y.typ() <= 5 && prop.typ() != 0 &&
								prop.info&0x100 == 0 && (!info.typed || info.flags&(1<<7) == 0 && info.typeMask&(1<<y.typ()) != 0)
							what := fmt.Sprintf("lit %v, used %v, info %+v, obj %#x: %v = %v", lit, used, info, objType, prop, y)
							after := zval{binary.LittleEndian.Uint32(obj[propOff+8:]), binary.LittleEndian.Uint64(obj[propOff:])}
							if binary.LittleEndian.Uint32(obj[propOff+12:]) != 0x77 {
								t.Fatalf("%s: property u2 written", what)
							}
							if got.fallback == ok {
								t.Fatalf("%s: fallback %v", what, got.fallback)
							}
							if !ok {
								if after != prop {
									t.Fatalf("%s: fallback after writing the property: %v", what, after)
								}
								continue
							}
							if got.next != 2 || !sameZval(after, y) || used && !sameZval(got.frame[6], y) ||
								!used && got.frame[6] != in[6] {
								t.Fatalf("%s: got %v (result %v) then op %d", what, after, got.frame[6], got.next)
							}
						}
					}
				}
			}
		}
	}
}

// TestAssignTmp: ASSIGN $cv, T of a TMP that may be refcounted
// (assignTmp), with old values of every kind and refcount and GC states.
func TestAssignTmp(t *testing.T) {
	const oldAddr, newAddr = 0x7f3a_5000_0000, 0x7f3a_5100_0000
	olds := []zval{long(3), dbl(2.5), typed(1), typed(0), typed(6), {0x308, oldAddr}, {0x307, oldAddr},
		{0x106, oldAddr}, {0x10a, oldAddr}}
	news := []zval{long(7), dbl(-0.5), typed(1), typed(3), typed(6), {0x308, newAddr}, {0x307, newAddr},
		{0x109, newAddr}, typed(0), {0x10a, newAddr}, typed(12)}
	for _, used := range []bool{false, true} {
		f := &fn{ssa: &[2]uint32{0, 1<<zend.TypeObject | 1<<zend.TypeLong}}
		i := f.add(zend.Assign)
		f.add(zend.Echo)
		f.slot(i, 1, 0)
		f.set(i, 2, uint8(zend.OpTmpVar), cv(4))
		if used {
			f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpVar), cv(6)
		}
		c := compile(t, f)
		if c.body.Ops[i].Class != "inline" {
			t.Fatal("ASSIGN not inlined")
		}
		for _, old := range olds {
			for _, y := range news {
				for _, rc := range []uint32{1, 2, 5} {
					for _, gcInfo := range []uint32{0, zend.GCNotCollectable, 3 << 10, 0x17} {
						var oldMem, newMem []byte
						setup := func(m *x86emu.Machine, frame []byte) {
							oldMem, newMem = make([]byte, 16), make([]byte, 16)
							binary.LittleEndian.PutUint32(oldMem, rc)
							binary.LittleEndian.PutUint32(oldMem[4:], gcInfo)
							binary.LittleEndian.PutUint32(newMem, 1)
							m.AddRegion("old", oldAddr, oldMem, true)
							m.AddRegion("new", newAddr, newMem, true)
						}
						in := [numSlots]zval{0: old, 4: y}
						got := c.runWith(i, in, false, setup)
						counted := old.info&0x100 != 0
						ok := y.typ() >= 1 && y.typ() <= 9 &&
							(!counted || old.typ() != zend.TypeReference && rc > 1 && gcInfo&(zend.GCInfoMask|zend.GCNotCollectable) != 0)
						what := fmt.Sprintf("used %v, %v = %v, rc %d gc %#x", used, old, y, rc, gcInfo)
						if got.fallback == ok {
							t.Fatalf("%s: fallback %v", what, got.fallback)
						}
						oldRC := binary.LittleEndian.Uint32(oldMem)
						newRC := binary.LittleEndian.Uint32(newMem)
						if !ok {
							if oldRC != rc || newRC != 1 {
								t.Fatalf("%s: fallback after a refcount change: %d %d", what, oldRC, newRC)
							}
							continue
						}
						wantOld, wantNew := rc, uint32(1)
						if counted {
							wantOld--
						}
						if used && y.info&0x100 != 0 {
							wantNew++
						}
						if got.next != 1 || got.frame[0] != y || used && got.frame[6] != y || !used && got.frame[6] != in[6] ||
							oldRC != wantOld || newRC != wantNew {
							t.Fatalf("%s: %+v, refcounts %d %d (want %d %d)", what, got, oldRC, newRC, wantOld, wantNew)
						}
					}
				}
			}
		}
	}
}
