package inline

import (
	"encoding/binary"
	"fmt"
	"math"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// specFetchCompiled compiles "T6 = $cv0->prop; T7 = $cv1 code T6; ECHO",
// nbody's "$ax - $b->x": $cv1 is a likely double (a FETCH_OBJ_R defines
// it), so the property read is forwarded in xmm3 on a guess (specFetch).
func specFetchCompiled(t *testing.T, code zend.Opcode) *compiled {
	const ld = 1<<zend.TypeLong | 1<<zend.TypeDouble
	f := &fn{oneBlock: true}
	i := f.add(zend.FetchObjR)
	j := f.add(code)
	f.add(zend.Echo)
	f.slot(i, 1, 0)
	f.literal(i, 2, zval{info: uint32(zend.TypeString)})
	f.ops[i].ExtendedValue = slot
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
	f.slot(j, 1, 1)
	f.set(j, 2, uint8(zend.OpTmpVar), cv(6))
	f.ops[j].ResultType, f.ops[j].Result = uint8(zend.OpTmpVar), cv(7)
	w := f.wire()
	w.SSAVars = []wire.SSAVar{
		{TypeMask: 1 << zend.TypeObject, Var: 0, Def: -1},          // $cv0
		{TypeMask: ld, Var: 1, Def: int32(i)},                      // $cv1: "defined" by a property read
		{TypeMask: mayBeAny, Var: int32(w.LastVar), Def: int32(i)}, // T6
		{TypeMask: ld, Var: int32(w.LastVar) + 1, Def: int32(j)},   // T7
	}
	none := wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	w.SSAOps = []wire.SSAOp{none, none, none}
	w.SSAOps[i].Op1Use, w.SSAOps[i].ResultDef = 0, 2
	w.SSAOps[j].Op1Use, w.SSAOps[j].Op2Use, w.SSAOps[j].ResultDef = 1, 2, 3
	in, c := compileAllocated(t, w)
	if v := in.fwd(j); !v.spec || v.off != int32(cv(6)) {
		t.Fatalf("%s: T6 not forwarded on a guess: %+v", code, v)
	}
	return c
}

// objSetup puts an object of class classAddr with prop at propOff, and a
// run-time cache slot naming it, into the machine.
func objSetup(prop zval) func(m *x86emu.Machine, frame []byte) {
	return func(m *x86emu.Machine, frame []byte) {
		counted(m)
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

func TestSpecFetch(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	for _, code := range []zend.Opcode{zend.Add, zend.Sub, zend.Mul, zend.Div} {
		t.Run(code.String(), func(t *testing.T) {
			c := specFetchCompiled(t, code)
			// The consumer entered from the VM (after the fetch's
			// fallback): its entry stub checks T6 before loading it.
			entry := c.atEntry(1)
			for _, x := range []zval{dbl(1.5), dbl(-0.0), long(3), long(-7)} {
				for _, prop := range values {
					what := fmt.Sprintf("%v %s property %v", x, code, prop)
					// From the fetch: a double goes through the register,
					// anything the fetch copies goes to the consumer's VM
					// label with T6 written, the rest is the fetch's.
					in := [numSlots]zval{0: {0x308, objBase}, 1: x}
					got := c.runWith(0, in, false, objSetup(prop))
					fetch, _ := fetchable(prop)
					want, ok := binaryModel(code, x, prop)
					switch {
					case prop.typ() == zend.TypeDouble && ok:
						if got.next != 2 || !sameZval(got.frame[7], want) {
							t.Fatalf("%s: %+v, want %v then op 2", what, got, want)
						}
					case prop.typ() == zend.TypeDouble: // DIV by zero: the consumer's fallback
						if got.next != 1 || got.frame[6] != prop {
							t.Fatalf("%s: %+v, want T6 spilled and op 1", what, got)
						}
					case fetch:
						if got.next != 1 || got.frame[6] != prop || got.frame[7] != in[7] {
							t.Fatalf("%s: %+v, want T6 copied and op 1 on the VM", what, got)
						}
					default:
						if !got.fallback {
							t.Fatalf("%s: %+v, want the fetch's fallback", what, got)
						}
					}
					// From the VM, T6 already written.
					in[6] = prop
					got = entry.runWith(1, in, false, nil)
					switch {
					case prop.typ() == zend.TypeDouble && ok:
						if got.next != 2 || !sameZval(got.frame[7], want) {
							t.Fatalf("entry, %s: %+v, want %v then op 2", what, got, want)
						}
					default:
						if !got.fallback {
							t.Fatalf("entry, %s: %+v, want op 1 on the VM", what, got)
						}
					}
				}
			}
		})
	}
}

// TestSpecFetchDim: "T6 = $cv0[$cv1]; T7 = $cv2 * T6; $cv3 += T7",
// spectral-norm's "$sum += f() * $v[$j]" with $sum a double: the element
// is forwarded in xmm3 on a guess (specFetch, doubleSink) whatever $cv2
// is. Packed arrays of every element type, hash tables, indexes of every
// type and range, and the entry from the VM into the MUL.
func TestSpecFetchDim(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	f := &fn{oneBlock: true}
	i := f.add(zend.FetchDimR)
	j := f.add(zend.Mul)
	k := f.add(zend.AssignOp)
	f.add(zend.Echo)
	f.slot(i, 1, 0)
	f.slot(i, 2, 1)
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
	f.slot(j, 1, 2)
	f.set(j, 2, uint8(zend.OpTmpVar), cv(6))
	f.ops[j].ResultType, f.ops[j].Result = uint8(zend.OpTmpVar), cv(7)
	f.slot(k, 1, 3)
	f.set(k, 2, uint8(zend.OpTmpVar), cv(7))
	f.ops[k].ExtendedValue = uint32(zend.Add)
	w := f.wire()
	const ld = 1<<zend.TypeLong | 1<<zend.TypeDouble
	w.SSAVars = []wire.SSAVar{
		{TypeMask: 1 << zend.TypeArray, Var: 0, Def: -1},           // 0 $cv0
		{TypeMask: mayBeAny, Var: 1, Def: -1},                      // 1 $cv1
		{TypeMask: mayBeAny, Var: 2, Def: -1},                      // 2 $cv2
		{TypeMask: mayBeAny, Var: int32(w.LastVar), Def: int32(i)}, // 3 T6
		{TypeMask: ld, Var: int32(w.LastVar) + 1, Def: int32(j)},   // 4 T7
		{TypeMask: 1 << zend.TypeDouble, Var: 3, Def: -1},          // 5 $sum
		{TypeMask: 1 << zend.TypeDouble, Var: 3, Def: int32(k)},    // 6 $sum
	}
	none := wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	w.SSAOps = []wire.SSAOp{none, none, none, none}
	w.SSAOps[i].Op1Use, w.SSAOps[i].Op2Use, w.SSAOps[i].ResultDef = 0, 1, 3
	w.SSAOps[j].Op1Use, w.SSAOps[j].Op2Use, w.SSAOps[j].ResultDef = 2, 3, 4
	w.SSAOps[k].Op1Use, w.SSAOps[k].Op2Use, w.SSAOps[k].Op1Def = 5, 4, 6
	in, c := compileAllocated(t, w)
	if v := in.fwd(j); !v.spec || v.off != int32(cv(6)) {
		t.Fatalf("T6 not forwarded on a guess: %+v", v)
	}
	if v := in.fwd(k); !v.spec || v.off != int32(cv(7)) {
		t.Fatalf("T7 not forwarded on the guess: %+v", v)
	}
	// From the VM into the ASSIGN_OP (after the MUL ran there): T7 is
	// checked before it is loaded.
	atK := c.atEntry(k)
	for _, t7 := range values {
		st := [numSlots]zval{3: dbl(1.25), 7: t7}
		got := atK.runWith(k, st, false, nil)
		want, ok := binaryModel(zend.Add, dbl(1.25), t7)
		if t7.typ() == zend.TypeDouble && ok {
			if got.next != 3 || !sameZval(got.frame[3], want) {
				t.Fatalf("entry at the ASSIGN_OP, T7 %v: %+v, want %v", t7, got, want)
			}
		} else if !got.fallback {
			t.Fatalf("entry at the ASSIGN_OP, T7 %v: %+v, want the VM", t7, got)
		}
	}
	entry := c.atEntry(j)
	elems := []zval{dbl(2.5), long(7), dbl(math.NaN()), dbl(math.Copysign(0, -1)), dbl(math.Inf(-1)),
		typed(0), typed(1), typed(0x106), typed(0x10a), typed(0x307)}
	sum := dbl(1.25)
	for _, idx := range append(values, long(int64(len(elems))-1), long(4)) {
		for _, flags := range []uint32{4 | 1<<4, 1 << 4} { // packed, hash
			for _, x := range []zval{dbl(3), long(-2), dbl(math.Inf(1)), typed(1), typed(0x106)} {
				var refcount func() uint32
				setup := func(m *x86emu.Machine, frame []byte) {
					refcount = counted(m)
					addPacked(m, flags, uint32(len(elems)), elems)
				}
				st := [numSlots]zval{0: {0x307, arrBase}, 1: idx, 2: x, 3: sum}
				got := c.runWith(i, st, false, setup)
				what := fmt.Sprintf("flags %#x idx %v x %v", flags, idx, x)
				n := idx.l()
				if flags&4 == 0 || idx.typ() != zend.TypeLong || n < 0 || n >= int64(len(elems)) {
					if !got.fallback {
						t.Fatalf("%s: %+v, want the fetch's fallback", what, got)
					}
					continue
				}
				el := elems[n]
				fetch, refs := fetchable(el)
				prod, ok := binaryModel(zend.Mul, x, el)
				var want zval
				if ok {
					want, ok = binaryModel(zend.Add, sum, prod)
				}
				switch {
				case el.typ() == zend.TypeDouble && ok:
					if got.next != 3 || !sameZval(got.frame[3], want) {
						t.Fatalf("%s: %+v, want $sum %v then op 3", what, got, want)
					}
				case el.typ() == zend.TypeDouble: // $cv2 no number: the MUL's fallback
					if got.next != j || got.frame[6] != el || got.frame[3] != sum {
						t.Fatalf("%s: %+v, want T6 spilled and the MUL on the VM", what, got)
					}
				case fetch:
					if got.next != j || got.frame[6] != el || got.frame[3] != sum || refcount() != 1+refs {
						t.Fatalf("%s: %+v (refcount %d), want T6 copied and the MUL on the VM", what, got, refcount())
					}
				default:
					if !got.fallback {
						t.Fatalf("%s: %+v, want the fetch's fallback", what, got)
					}
				}
				// From the VM into the MUL, T6 already written.
				st[6] = el
				got = entry.runWith(j, st, false, nil)
				if el.typ() == zend.TypeDouble && ok {
					if got.next != 3 || !sameZval(got.frame[3], want) {
						t.Fatalf("entry, %s: %+v, want $sum %v then op 3", what, got, want)
					}
				} else if !got.fallback {
					t.Fatalf("entry, %s: %+v, want the MUL on the VM", what, got)
				}
			}
		}
	}
}
