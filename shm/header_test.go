package shm

import (
	"encoding/binary"
	"errors"
	"testing"
	"unsafe"
)

// The byte offsets of struct gojit_shm_header in ext/gojit_engine.h
// (ten uint64_t fields, no padding). C reads these; they must not move.
const (
	cOffMagic         = 0
	cOffSize          = 8
	cOffLock          = 16
	cOffCodeStart     = 24
	cOffCodeSize      = 32
	cOffUsed          = 40
	cOffPeak          = 48
	cOffAllocFailures = 56
	cOffNextSlot      = 64
	cOffFunctions     = 72
	cSizeofHeader     = 80
)

func TestHeaderLayoutMatchesC(t *testing.T) {
	var h header
	for _, f := range []struct {
		name      string
		got, want uintptr
	}{
		{"magic", unsafe.Offsetof(h.magic), cOffMagic},
		{"size", unsafe.Offsetof(h.size), cOffSize},
		{"lock", unsafe.Offsetof(h.lock), cOffLock},
		{"code_start", unsafe.Offsetof(h.codeStart), cOffCodeStart},
		{"code_size", unsafe.Offsetof(h.codeSize), cOffCodeSize},
		{"used", unsafe.Offsetof(h.used), cOffUsed},
		{"peak", unsafe.Offsetof(h.peak), cOffPeak},
		{"alloc_failures", unsafe.Offsetof(h.allocFailures), cOffAllocFailures},
		{"next_slot", unsafe.Offsetof(h.nextSlot), cOffNextSlot},
		{"functions", unsafe.Offsetof(h.functions), cOffFunctions},
		{"first Go-private field", unsafe.Offsetof(h.version), cSizeofHeader},
	} {
		if f.got != f.want {
			t.Errorf("%s at offset %d, C has it at %d", f.name, f.got, f.want)
		}
	}
	if unsafe.Sizeof(h) > HeaderSize {
		t.Errorf("header is %d bytes, more than the %d-byte header page", unsafe.Sizeof(h), HeaderSize)
	}
	if Magic != 0x4d485354494a4f47 || string(binary.LittleEndian.AppendUint64(nil, Magic)) != "GOJITSHM" {
		t.Errorf("Magic %#x is not GOJIT_SHM_MAGIC", Magic)
	}
}

// TestHeaderBytes reads the fields the way C does: raw little-endian words
// at the C offsets, without going through the Go struct.
func TestHeaderBytes(t *testing.T) {
	const size = 256 << 10
	b := openHeap(t, size)
	word := func(off int) uint64 { return binary.LittleEndian.Uint64(b.rw[off:]) }

	if word(cOffMagic) != Magic || word(cOffSize) != size {
		t.Fatalf("magic %#x size %d", word(cOffMagic), word(cOffSize))
	}
	cs, csz := word(cOffCodeStart), word(cOffCodeSize)
	if cs < HeaderSize || cs%PageSize != 0 || cs+csz != size {
		t.Fatalf("code_start %d code_size %d for size %d", cs, csz, size)
	}
	if word(cOffLock) != 0 {
		t.Fatalf("lock word %#x after Open, want 0", word(cOffLock))
	}
	b.Lock()
	if tok := word(cOffLock); tok>>32 != b.pid || tok == 0 {
		t.Errorf("lock word %#x while held, want pid %d in the high half", tok, b.pid)
	}
	b.Unlock()
	if word(cOffLock) != 0 {
		t.Fatalf("lock word %#x after Unlock, want 0", word(cOffLock))
	}

	c1, _ := b.Alloc(100)
	c2, _ := b.Alloc(1000)
	if err := b.Free(c1); err != nil {
		t.Fatal(err)
	}
	if word(cOffUsed) != c2.Size || word(cOffPeak) != c1.Size+c2.Size {
		t.Errorf("used %d peak %d, want %d and %d", word(cOffUsed), word(cOffPeak), c2.Size, c1.Size+c2.Size)
	}
	if _, err := b.Alloc(size); !errors.Is(err, ErrFull) {
		t.Fatalf("Alloc(size) = %v, want ErrFull", err)
	}
	if word(cOffAllocFailures) != 1 {
		t.Errorf("alloc_failures %d, want 1", word(cOffAllocFailures))
	}
	b.NextSlot(10)
	b.NextSlot(10)
	b.AddFunction()
	if word(cOffNextSlot) != 2 || word(cOffFunctions) != 1 {
		t.Errorf("next_slot %d functions %d, want 2 and 1", word(cOffNextSlot), word(cOffFunctions))
	}
}

func TestLayoutSizes(t *testing.T) {
	for size := uint64(MinSize); size <= 1<<30; size *= 2 {
		for _, sz := range []uint64{size, size + PageSize} {
			l := computeLayout(sz)
			if l.codeStart%PageSize != 0 || l.codeStart+l.codeSize != sz || l.units*UnitSize != l.codeSize {
				t.Fatalf("size %d: %+v", sz, l)
			}
			if l.words*64 < l.units || l.startMap+l.words*8 > l.codeStart || l.allocMap+l.words*8 > l.startMap {
				t.Fatalf("size %d: bitmaps do not fit: %+v", sz, l)
			}
		}
	}
}
