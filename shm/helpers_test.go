package shm

import (
	"encoding/binary"
	"fmt"
	"sort"
	"testing"
	"unsafe"
)

// fakeRX stands in for the read+exec view in tests that only use the rw
// view (Open needs a page-aligned, non-zero address; nothing dereferences it).
const fakeRX uintptr = 0x7f0000000000

// heapBuf returns zeroed, page-aligned Go memory. Tests that do not need the
// rx view use it: the race detector tracks Go memory (not mmap'ed memory),
// so goroutine tests on it also check the locking of the bitmap.
func heapBuf(size uint64) []byte {
	raw := make([]byte, size+PageSize)
	skip := (PageSize - uintptr(unsafe.Pointer(&raw[0]))%PageSize) % PageSize
	return raw[skip : uint64(skip)+size : uint64(skip)+size]
}

func openHeap(t testing.TB, size uint64) *Buffer {
	t.Helper()
	b, err := Open(heapBuf(size), fakeRX)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return b
}

// liveChunks rebuilds the live chunks from the bitmaps, in offset order.
func (b *Buffer) liveChunks() []Chunk {
	b.Lock()
	defer b.Unlock()
	var out []Chunk
	l := b.l
	for i := uint64(0); i < l.units; {
		s := b.alloc.nextSet(i, l.units)
		if s >= l.units {
			break
		}
		e := b.alloc.nextClear(s, l.units)
		if n := b.start.nextSet(s+1, e); n < e {
			e = n
		}
		out = append(out, Chunk{Off: l.codeStart + s*UnitSize, Size: (e - s) * UnitSize})
		i = e
	}
	return out
}

// checkState verifies every invariant of the metadata against want, the
// set of chunks the caller believes are live.
func checkState(t testing.TB, b *Buffer, want []Chunk) {
	t.Helper()
	if err := stateError(b, want); err != nil {
		t.Fatal(err)
	}
}

func stateError(b *Buffer, want []Chunk) error {
	want = append([]Chunk(nil), want...)
	sort.Slice(want, func(i, j int) bool { return want[i].Off < want[j].Off })
	var sum uint64
	for i, c := range want {
		if c.Off < b.l.codeStart || c.Off+c.Size > b.l.size || c.Off%UnitSize != 0 || c.Size%UnitSize != 0 {
			return fmt.Errorf("chunk %+v outside code area or misaligned", c)
		}
		if i > 0 && want[i-1].Off+want[i-1].Size > c.Off {
			return fmt.Errorf("chunks overlap: %+v and %+v", want[i-1], c)
		}
		sum += c.Size
	}
	got := b.liveChunks()
	if len(got) != len(want) {
		return fmt.Errorf("bitmap has %d chunks, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			return fmt.Errorf("chunk %d: bitmap has %+v, want %+v", i, got[i], want[i])
		}
	}
	b.Lock()
	// A start bit on a free unit would be a chunk liveChunks cannot see.
	for u := uint64(0); u < b.l.units; u++ {
		if b.start.get(u) && !b.alloc.get(u) {
			b.Unlock()
			return fmt.Errorf("start bit on free unit %d", u)
		}
	}
	hint := b.h.hint
	if f := b.alloc.nextClear(0, b.l.units); f < hint {
		b.Unlock()
		return fmt.Errorf("hint %d above free unit %d", hint, f)
	}
	b.Unlock()
	st := b.Stats()
	if st.Used != sum || st.Chunks != uint64(len(want)) || st.Free != st.CodeSize-sum {
		return fmt.Errorf("stats %+v, want used %d in %d chunks", st, sum, len(want))
	}
	if raw := binary.LittleEndian.Uint64(b.rw[40:]); raw != sum {
		return fmt.Errorf("header used = %d, want %d", raw, sum)
	}
	if st.Peak < st.Used {
		return fmt.Errorf("peak %d < used %d", st.Peak, st.Used)
	}
	return nil
}

// fill writes tag over the whole chunk, 8 bytes at a time.
func fill(t testing.TB, b *Buffer, c Chunk, tag uint64) {
	t.Helper()
	p := make([]byte, c.Size)
	for i := 0; i < len(p); i += 8 {
		binary.LittleEndian.PutUint64(p[i:], tag)
	}
	if err := b.Write(c, 0, p); err != nil {
		t.Fatalf("Write(%+v): %v", c, err)
	}
}

// tagError reports a word of the chunk that is not tag.
func tagError(mem []byte, c Chunk, tag uint64) error {
	for i := c.Off; i < c.Off+c.Size; i += 8 {
		if got := binary.LittleEndian.Uint64(mem[i:]); got != tag {
			return fmt.Errorf("chunk %+v: word at %#x is %#x, want tag %#x", c, i, got, tag)
		}
	}
	return nil
}
