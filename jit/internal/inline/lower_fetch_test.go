package inline

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

func TestRecv(t *testing.T) {
	// int $x (MAY_BE_LONG), ?float $y (MAY_BE_DOUBLE|MAY_BE_NULL), with the
	// flag bits the compiler adds above the types; untyped (MAY_BE_ANY:
	// ZEND_RECV_NOTYPE, which checks the count only).
	const untyped = 0x3fe
	for _, mask := range []uint32{1 << 4, 1<<5 | 1<<1, 1<<2 | 1<<3 | 1<<25, untyped} {
		f := &fn{}
		i := f.add(zend.Recv)
		f.add(zend.Echo)
		f.ops[i].Op1, f.ops[i].Op2 = 2, mask // the second argument
		f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpCV), cv(1)
		c := compile(t, f)
		if c.body.Ops[i].Class != "inline" {
			t.Fatal("RECV not inlined")
		}
		for _, nargs := range []uint32{0, 1, 2, 3} {
			for _, x := range values {
				in := [numSlots]zval{1: x}
				got := c.runWith(i, in, false, func(_ *x86emu.Machine, frame []byte) {
					binary.LittleEndian.PutUint32(frame[zend.ExecuteDataNumArgs:], nargs)
				})
				ok := nargs >= 2 && (mask == untyped || mask&(1<<x.typ()) != 0)
				if got.fallback == ok || ok && got.next != 1 {
					t.Fatalf("mask %#x, %d args, %v: %+v", mask, nargs, x, got)
				}
			}
		}
	}
}

// counted maps the fake pointer of the refcounted test values (typed())
// with a refcount of 1, and returns the function reading it back.
func counted(m *x86emu.Machine) func() uint32 {
	mem := make([]byte, 16)
	binary.LittleEndian.PutUint32(mem, 1)
	m.AddRegion("refcounted", 0xdead_beef_0000, mem, true)
	return func() uint32 { return binary.LittleEndian.Uint32(mem) }
}

// fetchable reports whether a fetch fast path copies z (NULL..RESOURCE)
// and how many references it adds for one copy.
func fetchable(z zval) (ok bool, refs uint32) {
	t := z.info & 0xff
	ok = t >= 1 && t <= 9
	if ok && z.info&0x100 != 0 {
		refs = 1
	}
	return ok, refs
}

// The object and run-time cache of TestFetchObjR.
const (
	objBase   = 0x7f3a_2000_0000
	cacheBase = 0x7f3a_3000_0000
	classAddr = 0x5617_6000_0040                    // a zend_class_entry
	propOff   = zend.ZendObjectPropertiesTable + 16 // the second declared property
	slot      = 24                                  // extended_value: a cache slot
)

func TestFetchObjR(t *testing.T) {
	for _, this := range []bool{false, true} {
		f := &fn{}
		i := f.add(zend.FetchObjR)
		f.add(zend.Echo)
		if this {
			f.ops[i].Op1Type = uint8(zend.OpUnused)
		} else {
			f.slot(i, 1, 0)
		}
		f.literal(i, 2, zval{info: uint32(zend.TypeString)})
		f.ops[i].ExtendedValue = slot
		f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
		c := compile(t, f)
		if c.body.Ops[i].Class != "inline" {
			t.Fatal("FETCH_OBJ_R not inlined")
		}
		for _, objType := range []uint32{0x308, 0x10a, 4, 0} {
			for _, cached := range []struct {
				ce     uint64
				offset int64
			}{{classAddr, propOff}, {classAddr + 8, propOff}, {classAddr, 0}, {classAddr, -3}, {0, 0}} {
				for _, prop := range values {
					what := fmt.Sprintf("this %v, container %#x, cache %#x/%d, property %v",
						this, objType, cached.ce, cached.offset, prop)
					var refcount func() uint32
					setup := func(m *x86emu.Machine, frame []byte) {
						refcount = counted(m)
						obj := make([]byte, propOff+16)
						binary.LittleEndian.PutUint64(obj[zend.ZendObjectCe:], classAddr)
						binary.LittleEndian.PutUint64(obj[propOff:], prop.val)
						binary.LittleEndian.PutUint32(obj[propOff+8:], prop.info)
						m.AddRegion("object", objBase, obj, false)
						cache := make([]byte, slot+16)
						binary.LittleEndian.PutUint64(cache[slot:], cached.ce)
						binary.LittleEndian.PutUint64(cache[slot+8:], uint64(cached.offset))
						m.AddRegion("run_time_cache", cacheBase, cache, false)
						binary.LittleEndian.PutUint64(frame[zend.ExecuteDataRunTimeCache:], cacheBase)
						at := zend.SizeofExecuteData // CV 0
						if this {
							at = zend.ExecuteDataThis
						}
						binary.LittleEndian.PutUint64(frame[at:], objBase)
						binary.LittleEndian.PutUint32(frame[at+8:], objType)
					}
					var in [numSlots]zval
					if !this {
						in[0] = zval{objType, objBase}
					}
					got := c.runWith(i, in, false, setup)
					fetch, refs := fetchable(prop)
					ok := objType&0xff == 8 && cached.ce == classAddr && cached.offset > 0 && fetch
					if got.fallback == ok {
						t.Fatalf("%s: fallback %v", what, got.fallback)
					}
					if ok && (got.next != 1 || got.frame[6] != prop || refcount() != 1+refs) {
						t.Fatalf("%s: result %v then op %d, refcount %d", what, got.frame[6], got.next, refcount())
					}
				}
			}
		}
	}
}

// TestFetchObjRAssign: "$cv = $obj->prop" fused, with the ASSIGN's result
// used or not (one more reference then).
func TestFetchObjRAssign(t *testing.T) {
	for _, used := range []bool{false, true} {
		fetchObjRAssign(t, used)
	}
}

func fetchObjRAssign(t *testing.T, used bool) {
	f := &fn{oneBlock: true}
	i := f.add(zend.FetchObjR)
	j := f.add(zend.Assign)
	f.add(zend.Echo)
	f.slot(i, 1, 0)
	f.literal(i, 2, zval{info: uint32(zend.TypeString)})
	f.ops[i].ExtendedValue = slot
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
	f.slot(j, 1, 3)
	f.set(j, 2, uint8(zend.OpTmpVar), cv(6))
	copies := uint32(1)
	if used {
		f.ops[j].ResultType, f.ops[j].Result = uint8(zend.OpVar), cv(7)
		copies = 2
	}
	c := compile(t, f)
	if c.body.Ops[i].Class != "inline" || !c.body.Ops[j].Cold {
		t.Fatal("FETCH_OBJ_R + ASSIGN not fused")
	}
	var refcount func() uint32
	setup := func(prop zval) func(m *x86emu.Machine, frame []byte) {
		return func(m *x86emu.Machine, frame []byte) {
			refcount = counted(m)
			obj := make([]byte, propOff+16)
			binary.LittleEndian.PutUint64(obj[zend.ZendObjectCe:], classAddr)
			binary.LittleEndian.PutUint64(obj[propOff:], prop.val)
			binary.LittleEndian.PutUint32(obj[propOff+8:], prop.info)
			m.AddRegion("object", objBase, obj, false)
			cache := make([]byte, slot+16)
			binary.LittleEndian.PutUint64(cache[slot:], classAddr)
			binary.LittleEndian.PutUint64(cache[slot+8:], propOff)
			m.AddRegion("run_time_cache", cacheBase, cache, false)
			binary.LittleEndian.PutUint64(frame[zend.ExecuteDataRunTimeCache:], cacheBase)
		}
	}
	for _, prop := range values {
		for _, old := range []zval{long(1), typed(0), typed(0x106), typed(0x10a)} {
			in := [numSlots]zval{0: {0x308, objBase}, 3: old}
			got := c.runWith(i, in, false, setup(prop))
			fetch, refs := fetchable(prop)
			ok := fetch && old.info&0x100 == 0
			if got.fallback == ok || ok && (got.next != 2 || got.frame[3] != prop || got.frame[6] != in[6] ||
				used && got.frame[7] != prop || refcount() != 1+refs*copies) {
				t.Fatalf("property %v, old %v: %+v, refcount %d", prop, old, got, refcount())
			}
		}
	}
}

// TestFetchDimR: $cv[$k] and $cv[literal] on packed arrays, hash tables
// and other containers.
func TestFetchDimR(t *testing.T) {
	elems := []zval{long(7), dbl(2.5), typed(1), typed(3), typed(0), typed(0x106), typed(0x10a), typed(0x307)}
	for _, lit := range []bool{false, true} {
		idxs := []zval{long(0)}
		if lit {
			idxs = []zval{long(0), long(3), long(7), long(8), long(-1), long(1 << 40)}
		}
		for _, idx := range idxs {
			f := &fn{}
			i := f.add(zend.FetchDimR)
			f.add(zend.Echo)
			f.slot(i, 1, 0)
			if lit {
				f.literal(i, 2, idx)
			} else {
				f.slot(i, 2, 1)
			}
			f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
			c := compile(t, f)
			if c.body.Ops[i].Class != "inline" {
				t.Fatal("FETCH_DIM_R not inlined")
			}
			keys := values
			if lit {
				keys = []zval{idx}
			}
			for _, key := range keys {
				for _, flags := range []uint32{4 | 1<<4, 1 << 4, 0} { // packed, hash, packed-less
					for _, used := range []uint32{0, 3, 8} {
						for _, arrType := range []uint32{0x307, 7, 0x10a, 4} {
							var refcount func() uint32
							setup := func(m *x86emu.Machine, frame []byte) {
								refcount = counted(m)
								addPacked(m, flags, used, elems)
							}
							in := [numSlots]zval{0: {arrType, arrBase}, 1: key}
							got := c.runWith(i, in, false, setup)
							k := key.l()
							ok := arrType&0xff == 7 && flags&4 != 0 && key.typ() == zend.TypeLong &&
								k >= 0 && k < int64(used)
							var want zval
							var refs uint32
							if ok {
								want = elems[k]
								ok, refs = fetchable(want)
							}
							what := fmt.Sprintf("array %#x flags %#x used %d, key %v", arrType, flags, used, key)
							if got.fallback == ok || ok && (got.next != 1 || got.frame[6] != want || refcount() != 1+refs) {
								t.Fatalf("%s: %+v, want %v (ok %v), refcount %d", what, got, want, ok, refcount())
							}
						}
					}
				}
			}
		}
	}
}

// TestFetchDimRAssignCounted: "$cv = $arr[k]" fused when the CV may hold
// a refcounted value (nbody's "$b = $bodies[$j]"): the old value loses a
// reference only when that neither frees it nor makes it a GC root, and
// everything else is the handlers'.
func TestFetchDimRAssignCounted(t *testing.T) { fetchAssignCounted(t, zend.FetchDimR) }

// TestFetchObjRAssignCounted: the same for "$ax = $a->x" (nbody's outer loop).
func TestFetchObjRAssignCounted(t *testing.T) { fetchAssignCounted(t, zend.FetchObjR) }

func fetchAssignCounted(t *testing.T, code zend.Opcode) {
	const oldBase = 0x7f3a_4600_0000
	f := &fn{oneBlock: true}
	i := f.add(code)
	j := f.add(zend.Assign)
	f.add(zend.Echo)
	f.slot(i, 1, 0)
	if code == zend.FetchObjR {
		f.literal(i, 2, zval{info: uint32(zend.TypeString)})
		f.ops[i].ExtendedValue = slot
	} else {
		f.literal(i, 2, long(0))
	}
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
	f.slot(j, 1, 3)
	f.set(j, 2, uint8(zend.OpTmpVar), cv(6))
	// SSA: the CV's old value may be anything (without SSA, assignOf fuses
	// with a check that the CV holds no refcounted value).
	f.ssa = &[2]uint32{1 << zend.TypeArray, 1 << zend.TypeLong}
	w := f.wire()
	w.SSAVars = append(w.SSAVars, wire.SSAVar{TypeMask: mayBeAny | 1<<zend.TypeReference, Var: 3, Def: -1})
	w.SSAOps[j].Op1Use = int32(len(w.SSAVars) - 1)
	c := compileWire(t, w)
	if c.body.Ops[i].Class != "inline" || !c.body.Ops[j].Cold {
		t.Fatal("FETCH_DIM_R + ASSIGN of a counted CV not fused")
	}
	type old struct {
		z        zval
		rc, info uint32
	}
	olds := []old{{long(1), 0, 0}, {dbl(2), 0, 0}, {typed(0), 0, 0}, {typed(1), 0, 0},
		{zval{0x308, oldBase}, 3, zend.GCNotCollectable}, {zval{0x308, oldBase}, 3, 1 << 10},
		{zval{0x308, oldBase}, 3, 0}, {zval{0x308, oldBase}, 1, zend.GCNotCollectable},
		{zval{0x106, oldBase}, 2, zend.GCNotCollectable}, {zval{0x10a, oldBase}, 2, zend.GCNotCollectable},
		{zval{0x6, oldBase}, 2, 0}}
	for _, elem := range values {
		for _, o := range olds {
			var refcount func() uint32
			oldMem := make([]byte, 16)
			setup := func(m *x86emu.Machine, frame []byte) {
				refcount = counted(m)
				if code == zend.FetchObjR {
					obj := make([]byte, propOff+16)
					binary.LittleEndian.PutUint64(obj[zend.ZendObjectCe:], classAddr)
					binary.LittleEndian.PutUint64(obj[propOff:], elem.val)
					binary.LittleEndian.PutUint32(obj[propOff+8:], elem.info)
					m.AddRegion("object", objBase, obj, false)
					cache := make([]byte, slot+16)
					binary.LittleEndian.PutUint64(cache[slot:], classAddr)
					binary.LittleEndian.PutUint64(cache[slot+8:], propOff)
					m.AddRegion("run_time_cache", cacheBase, cache, false)
					binary.LittleEndian.PutUint64(frame[zend.ExecuteDataRunTimeCache:], cacheBase)
				}
				addPacked(m, 4|1<<4, 1, []zval{elem})
				binary.LittleEndian.PutUint32(oldMem, o.rc)
				binary.LittleEndian.PutUint32(oldMem[4:], o.info)
				m.AddRegion("old value", oldBase, oldMem, true)
			}
			in := [numSlots]zval{0: {0x307, arrBase}, 3: o.z}
			if code == zend.FetchObjR {
				in[0] = zval{0x308, objBase}
			}
			got := c.runWith(i, in, false, setup)
			fetch, refs := fetchable(elem)
			release := o.z.info&0x100 != 0
			ok := fetch && !(release && (o.z.info&0xff == 10 || o.rc <= 1 || o.info&uint32(gcMayNotLeak) == 0))
			what := fmt.Sprintf("element %v, old %v (refcount %d, info %#x)", elem, o.z, o.rc, o.info)
			if got.fallback == ok {
				t.Fatalf("%s: fallback %v", what, got.fallback)
			}
			if !ok {
				continue
			}
			rcOld := binary.LittleEndian.Uint32(oldMem)
			wantOld := o.rc
			if release {
				wantOld--
			}
			if got.next != 2 || got.frame[3] != elem || got.frame[6] != in[6] || refcount() != 1+refs || rcOld != wantOld {
				t.Fatalf("%s: %+v, refcount %d, old refcount %d", what, got, refcount(), rcOld)
			}
		}
	}
}
