package inline

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// TestAssignDim: "$cv0[$cv1] = $cv2" (+ OP_DATA) against a model of
// ZEND_ASSIGN_DIM's packed cases: appends at nNumUsed within nTableSize,
// writes over a scalar element; shared, immutable, hash, full arrays,
// holes, refcounted elements, other keys and values are the VM's, which
// must find nothing written.
func TestAssignDim(t *testing.T) {
	if !vmRuns {
		t.Skip("fast paths only run with VMRuns (jit/body.go)")
	}
	f := &fn{oneBlock: true}
	i := f.add(zend.AssignDim)
	d := f.add(zend.OpData)
	f.add(zend.Echo)
	f.slot(i, 1, 0)
	f.slot(i, 2, 1)
	f.slot(d, 1, 2)
	c := compile(t, f)
	if c.body.Ops[i].Class != "inline" {
		t.Fatal("ASSIGN_DIM not inlined")
	}
	const size = 8
	elems := []zval{long(7), dbl(2.5), typed(0), typed(1), typed(0x106), typed(0x10a), typed(3)}
	keys := []zval{long(0), long(1), long(2), long(3), long(4), long(5), long(6), long(7), long(8),
		long(-1), long(1 << 40), dbl(1), typed(0x106), typed(1)}
	ys := []zval{dbl(-0.5), long(-3), typed(1), typed(2), typed(3), typed(0), typed(0x106), typed(0x307), typed(0x10a)}
	for _, used := range []uint32{0, 3, 7, size} {
		for _, key := range keys {
			for _, y := range ys {
				for _, hdr := range []struct {
					arrType, refcount, gcInfo, flags uint32
				}{
					{0x307, 1, 7, 4 | 1<<4}, // packed, own
					{0x307, 2, 7, 4 | 1<<4}, // shared
					{0x307, 2, 7 | 1<<6, 4}, // immutable
					{0x307, 1, 7 | 1<<6, 4}, // immutable (refcount aside)
					{0x307, 1, 7, 1 << 4},   // hash
					{0x10a, 1, 7, 4},        // a reference
					{0x106, 1, 6, 4},        // a string
				} {
					ht := make([]byte, 56)
					binary.LittleEndian.PutUint32(ht[0:], hdr.refcount)
					binary.LittleEndian.PutUint32(ht[4:], hdr.gcInfo)
					binary.LittleEndian.PutUint32(ht[zend.ZendArrayFlags:], hdr.flags)
					binary.LittleEndian.PutUint64(ht[zend.ZendArrayData:], dataBase)
					binary.LittleEndian.PutUint32(ht[zend.ZendArrayNumUsed:], used)
					binary.LittleEndian.PutUint32(ht[zend.ZendArrayNumOfElements:], used-1)
					binary.LittleEndian.PutUint32(ht[zend.ZendArrayTableSize:], size)
					binary.LittleEndian.PutUint64(ht[zend.ZendArrayNextFree:], uint64(used)+5)
					data := make([]byte, 16*size)
					for n := 0; n < size; n++ {
						z := zval{0x77, 0x5555} // garbage past nNumUsed
						if n < int(used) {
							z = elems[n%len(elems)]
						}
						binary.LittleEndian.PutUint64(data[16*n:], z.val)
						binary.LittleEndian.PutUint32(data[16*n+8:], z.info)
						binary.LittleEndian.PutUint32(data[16*n+12:], 0xa5a5a5a5)
					}
					ht0, data0 := append([]byte(nil), ht...), append([]byte(nil), data...)
					setup := func(m *x86emu.Machine, frame []byte) {
						m.AddRegion("array", arrBase, ht, true)
						m.AddRegion("arPacked", dataBase, data, true)
					}
					in := [numSlots]zval{0: {hdr.arrType, arrBase}, 1: key, 2: y}
					got := c.runWith(i, in, false, setup)
					k := key.l()
					yt := y.typ()
					ok := hdr.arrType == 0x307 && hdr.refcount == 1 && hdr.gcInfo&(1<<6) == 0 && hdr.flags&4 != 0 &&
						key.typ() == zend.TypeLong && yt >= zend.TypeNull && yt <= zend.TypeDouble
					appended := false
					if ok {
						switch {
						case k >= 0 && k < int64(used):
							old := elems[k%int64(len(elems))]
							ok = old.typ() != zend.TypeUndef && old.info&0x100 == 0
						case k == int64(used) && k < size:
							appended = true
						default:
							ok = false
						}
					}
					what := fmt.Sprintf("hdr %+v used %d key %v y %v", hdr, used, key, y)
					if !ok {
						if !got.fallback || !bytes.Equal(ht, ht0) || !bytes.Equal(data, data0) {
							t.Fatalf("%s: %+v, want the fallback, nothing written", what, got)
						}
						continue
					}
					if got.fallback || got.next != 2 || got.frame != in {
						t.Fatalf("%s: %+v, want op 2", what, got)
					}
					wantHT, wantData := append([]byte(nil), ht0...), append([]byte(nil), data0...)
					if appended {
						binary.LittleEndian.PutUint32(wantHT[zend.ZendArrayNumUsed:], used+1)
						binary.LittleEndian.PutUint32(wantHT[zend.ZendArrayNumOfElements:], used)
						binary.LittleEndian.PutUint64(wantHT[zend.ZendArrayNextFree:], uint64(used)+1)
					}
					binary.LittleEndian.PutUint32(wantData[16*k+8:], y.info)
					if yt == zend.TypeLong || yt == zend.TypeDouble || y.info == 0 {
						binary.LittleEndian.PutUint64(wantData[16*k:], y.val)
					} else {
						// NULL/FALSE/TRUE: the value bits are whatever was there or y's
						copy(wantData[16*k:16*k+8], data[16*k:16*k+8])
					}
					if !bytes.Equal(ht, wantHT) || !bytes.Equal(data, wantData) {
						t.Fatalf("%s: array\n%x\n%x\nwant\n%x\n%x", what, ht, data, wantHT, wantData)
					}
				}
			}
		}
	}
}
