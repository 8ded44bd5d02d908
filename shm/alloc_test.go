package shm

import (
	"encoding/binary"
	"errors"
	"sync"
	"testing"
)

func TestOpenRejects(t *testing.T) {
	for _, size := range []uint64{0, PageSize, MinSize - PageSize, MinSize + 100, MinSize + PageSize/2} {
		if size == 0 {
			continue // Open indexes rw[0] only after the size check; test nil below
		}
		if _, err := Open(heapBuf(size), fakeRX); !errors.Is(err, ErrBadBuffer) {
			t.Errorf("size %d: Open = %v, want ErrBadBuffer", size, err)
		}
	}
	if _, err := Open(nil, fakeRX); !errors.Is(err, ErrBadBuffer) {
		t.Errorf("nil: Open = %v, want ErrBadBuffer", err)
	}
	mem := heapBuf(MinSize + PageSize)
	if _, err := Open(mem[8:8+MinSize], fakeRX); !errors.Is(err, ErrBadBuffer) {
		t.Errorf("misaligned rw: Open = %v, want ErrBadBuffer", err)
	}
	for _, rx := range []uintptr{0, fakeRX + 16} {
		if _, err := Open(heapBuf(MinSize), rx); !errors.Is(err, ErrBadBuffer) {
			t.Errorf("rx %#x: Open = %v, want ErrBadBuffer", rx, err)
		}
	}

	// Not ours: some other magic.
	mem = heapBuf(MinSize)
	binary.LittleEndian.PutUint64(mem, 0x1234)
	if _, err := Open(mem, fakeRX); !errors.Is(err, ErrBadBuffer) {
		t.Errorf("foreign magic: Open = %v, want ErrBadBuffer", err)
	}

	// Initialised for one size, opened with another.
	mem = heapBuf(4 * MinSize)
	if _, err := Open(mem, fakeRX); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(mem[:2*MinSize], fakeRX); !errors.Is(err, ErrBadBuffer) {
		t.Errorf("size mismatch: Open = %v, want ErrBadBuffer", err)
	}
	// A different layout version.
	binary.LittleEndian.PutUint64(mem[80:], layoutVersion+1)
	if _, err := Open(mem, fakeRX); !errors.Is(err, ErrBadBuffer) {
		t.Errorf("layout version: Open = %v, want ErrBadBuffer", err)
	}
}

func TestOpenTwiceSharesState(t *testing.T) {
	mem := heapBuf(MinSize)
	b1, err := Open(mem, fakeRX)
	if err != nil {
		t.Fatal(err)
	}
	c, err := b1.Alloc(300)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := Open(mem, fakeRX)
	if err != nil {
		t.Fatal(err)
	}
	if st := b2.Stats(); st.Used != c.Size || st.Chunks != 1 {
		t.Fatalf("second Open lost state: %+v", st)
	}
	if err := b2.Free(c); err != nil {
		t.Fatal(err)
	}
	if err := b1.Free(c); !errors.Is(err, ErrNotAllocated) {
		t.Fatalf("free through the other Buffer: %v, want ErrNotAllocated", err)
	}
}

func TestAllocFreeReuse(t *testing.T) {
	b := openHeap(t, MinSize)
	a, err := b.Alloc(200)
	if err != nil {
		t.Fatal(err)
	}
	c, err := b.Alloc(100)
	if err != nil {
		t.Fatal(err)
	}
	if a.Off != b.l.codeStart || a.Size != 256 || c.Off != a.Off+a.Size || c.Size != 128 {
		t.Fatalf("first fit: a %+v c %+v, code start %#x", a, c, b.l.codeStart)
	}
	checkState(t, b, []Chunk{a, c})
	if err := b.Free(a); err != nil {
		t.Fatal(err)
	}
	checkState(t, b, []Chunk{c})
	// The hole a left is the first fit for anything up to its size.
	d, err := b.Alloc(256)
	if err != nil || d != a {
		t.Fatalf("realloc into hole: %+v, %v; want %+v", d, err, a)
	}
	// Too big for the hole: goes after c.
	if err := b.Free(d); err != nil {
		t.Fatal(err)
	}
	e, err := b.Alloc(257)
	if err != nil || e.Off != c.Off+c.Size {
		t.Fatalf("Alloc(257) = %+v, %v; want at %#x", e, err, c.Off+c.Size)
	}
	checkState(t, b, []Chunk{c, e})
}

func TestAlignment(t *testing.T) {
	b := openHeap(t, 1<<20)
	if b.l.codeStart%PageSize != 0 {
		t.Fatalf("code start %#x not page-aligned", b.l.codeStart)
	}
	var live []Chunk
	for n := uint64(1); n <= 300; n += 7 {
		c, err := b.Alloc(n)
		if err != nil {
			t.Fatal(err)
		}
		if c.Off%UnitSize != 0 || c.Off%16 != 0 || c.Size < n || c.Size-n >= UnitSize || c.Size%UnitSize != 0 {
			t.Fatalf("Alloc(%d) = %+v", n, c)
		}
		if rx := b.RX(c); rx != fakeRX+uintptr(c.Off) || rx%16 != 0 {
			t.Fatalf("RX(%+v) = %#x", c, rx)
		}
		live = append(live, c)
	}
	checkState(t, b, live)
}

func TestExactFillThenFull(t *testing.T) {
	b := openHeap(t, MinSize)
	quarter := b.l.codeSize / 4
	var cs []Chunk
	for i := 0; i < 4; i++ {
		c, err := b.Alloc(quarter)
		if err != nil {
			t.Fatalf("quarter %d: %v", i, err)
		}
		cs = append(cs, c)
	}
	st := b.Stats()
	if st.Used != st.CodeSize || st.Free != 0 || st.LargestFree != 0 {
		t.Fatalf("after exact fill: %+v", st)
	}
	if _, err := b.Alloc(1); !errors.Is(err, ErrFull) {
		t.Fatalf("Alloc(1) when full = %v, want ErrFull", err)
	}
	if _, err := b.Alloc(b.l.codeSize + 1); !errors.Is(err, ErrFull) {
		t.Fatalf("Alloc(code size + 1) = %v, want ErrFull", err)
	}
	if _, err := b.Alloc(0); !errors.Is(err, ErrBadSize) {
		t.Fatalf("Alloc(0) = %v, want ErrBadSize", err)
	}
	if got := b.Stats().AllocFailures; got != 2 {
		t.Fatalf("alloc failures %d, want 2", got)
	}
	if err := b.Free(cs[2]); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Alloc(quarter + 1); !errors.Is(err, ErrFull) {
		t.Fatalf("Alloc(quarter+1) with a quarter free = %v, want ErrFull", err)
	}
	c, err := b.Alloc(quarter)
	if err != nil || c != cs[2] {
		t.Fatalf("Alloc(quarter) after free = %+v, %v; want %+v", c, err, cs[2])
	}
	checkState(t, b, cs)
	for _, c := range cs {
		if err := b.Free(c); err != nil {
			t.Fatal(err)
		}
	}
	// Empty again: the whole area is one run.
	whole, err := b.Alloc(b.l.codeSize)
	if err != nil || whole.Off != b.l.codeStart || whole.Size != b.l.codeSize {
		t.Fatalf("Alloc(whole) = %+v, %v", whole, err)
	}
	if st := b.Stats(); st.Peak != st.CodeSize || st.AllocFailures != 3 {
		t.Fatalf("stats %+v", st)
	}
}

func TestFragmentation(t *testing.T) {
	b := openHeap(t, MinSize)
	units := b.l.units
	cs := make([]Chunk, units)
	for i := range cs {
		c, err := b.Alloc(UnitSize)
		if err != nil {
			t.Fatalf("unit %d: %v", i, err)
		}
		cs[i] = c
	}
	// Free every other unit: half the space is free, but in 1-unit holes.
	var live []Chunk
	for i, c := range cs {
		if i%2 == 0 {
			if err := b.Free(c); err != nil {
				t.Fatal(err)
			}
		} else {
			live = append(live, c)
		}
	}
	st := b.Stats()
	if st.Free != st.CodeSize/2 || st.LargestFree != UnitSize {
		t.Fatalf("after freeing every other unit: %+v", st)
	}
	if _, err := b.Alloc(2 * UnitSize); !errors.Is(err, ErrFull) {
		t.Fatalf("Alloc(2 units) in 1-unit holes = %v, want ErrFull", err)
	}
	// Free units 101, 103 and 105: units 100..106 coalesce into 7 free units.
	for _, i := range []int{101, 103, 105} {
		if err := b.Free(cs[i]); err != nil {
			t.Fatal(err)
		}
	}
	live = removeChunks(live, cs[101], cs[103], cs[105])
	if st := b.Stats(); st.LargestFree != 7*UnitSize {
		t.Fatalf("largest free %d, want %d", st.LargestFree, 7*UnitSize)
	}
	big, err := b.Alloc(6*UnitSize + 1) // needs 7 units
	if err != nil || big.Off != cs[100].Off || big.Size != 7*UnitSize {
		t.Fatalf("Alloc(7 units) = %+v, %v; want at %#x", big, err, cs[100].Off)
	}
	live = append(live, big)
	checkState(t, b, live)
	// The 1-unit holes are still there, lowest first.
	small, err := b.Alloc(1)
	if err != nil || small != cs[0] {
		t.Fatalf("Alloc(1) = %+v, %v; want %+v", small, err, cs[0])
	}
	checkState(t, b, append(live, small))
}

func removeChunks(live []Chunk, drop ...Chunk) []Chunk {
	out := live[:0:0]
	for _, c := range live {
		keep := true
		for _, d := range drop {
			if c == d {
				keep = false
			}
		}
		if keep {
			out = append(out, c)
		}
	}
	return out
}

func TestFreeRejects(t *testing.T) {
	b := openHeap(t, MinSize)
	a, _ := b.Alloc(3 * UnitSize)
	c, _ := b.Alloc(2 * UnitSize)
	if err := b.Free(a); err != nil {
		t.Fatal(err)
	}
	before := b.Stats()
	for _, tc := range []struct {
		name string
		c    Chunk
		want error
	}{
		{"double free", a, ErrNotAllocated},
		{"middle of a chunk", Chunk{c.Off + UnitSize, UnitSize}, ErrNotAllocated},
		{"too short", Chunk{c.Off, UnitSize}, ErrBadChunk},
		{"too long, into free space", Chunk{c.Off, 3 * UnitSize}, ErrBadChunk},
		{"misaligned", Chunk{c.Off + 16, c.Size}, ErrBadChunk},
		{"odd size", Chunk{c.Off, c.Size - 1}, ErrBadChunk},
		{"zero size", Chunk{c.Off, 0}, ErrBadChunk},
		{"in the header", Chunk{0, UnitSize}, ErrBadChunk},
		{"in the bitmap", Chunk{HeaderSize, UnitSize}, ErrBadChunk},
		{"past the end", Chunk{b.l.size, UnitSize}, ErrBadChunk},
		{"runs past the end", Chunk{b.l.size - UnitSize, 2 * UnitSize}, ErrBadChunk},
		{"overflow", Chunk{b.l.codeStart, ^uint64(0) - 63}, ErrBadChunk},
	} {
		if err := b.Free(tc.c); !errors.Is(err, tc.want) {
			t.Errorf("%s: Free(%+v) = %v, want %v", tc.name, tc.c, err, tc.want)
		}
	}
	// Too long into a following live chunk.
	d, _ := b.Alloc(UnitSize)
	e, _ := b.Alloc(UnitSize)
	if err := b.Free(Chunk{d.Off, 2 * UnitSize}); !errors.Is(err, ErrBadChunk) {
		t.Errorf("Free spanning two chunks = %v, want ErrBadChunk", err)
	}
	if err := b.Free(d); err != nil {
		t.Fatal(err)
	}
	if err := b.Free(e); err != nil {
		t.Fatal(err)
	}
	if after := b.Stats(); after != before {
		t.Fatalf("rejected frees changed the state:\nbefore %+v\nafter  %+v", before, after)
	}
	checkState(t, b, []Chunk{c})
}

func TestWriteBounds(t *testing.T) {
	b := openHeap(t, MinSize)
	c, _ := b.Alloc(100) // 128 bytes
	if err := b.Write(c, 0, make([]byte, 128)); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(c, 120, []byte{1, 2, 3, 4, 5, 6, 7, 8}); err != nil {
		t.Fatal(err)
	}
	if b.rw[c.Off+127] != 8 {
		t.Fatal("Write did not land in the chunk")
	}
	for _, tc := range []struct {
		off uint64
		n   int
	}{{0, 129}, {128, 1}, {121, 8}, {^uint64(0), 1}, {129, 0}} {
		if err := b.Write(c, tc.off, make([]byte, tc.n)); !errors.Is(err, ErrBadChunk) {
			t.Errorf("Write(off %d, %d bytes) = %v, want ErrBadChunk", tc.off, tc.n, err)
		}
	}
	if err := b.Write(Chunk{0, 64}, 0, []byte{1}); !errors.Is(err, ErrBadChunk) {
		t.Errorf("Write into the header = %v, want ErrBadChunk", err)
	}
	if b.RX(Chunk{0, 64}) != 0 {
		t.Error("RX of a header chunk is not 0")
	}
}

func TestCountersAndStats(t *testing.T) {
	b := openHeap(t, MinSize)
	for i := uint32(0); i < 3; i++ {
		s, ok := b.NextSlot(3)
		if !ok || s != i {
			t.Fatalf("NextSlot = %d, %v; want %d", s, ok, i)
		}
	}
	if _, ok := b.NextSlot(3); ok {
		t.Fatal("NextSlot past the limit succeeded")
	}
	if s, ok := b.NextSlot(4); !ok || s != 3 {
		t.Fatalf("NextSlot with a higher limit = %d, %v", s, ok)
	}
	for i := 0; i < 5; i++ {
		b.AddFunction()
	}
	a, _ := b.Alloc(1000)
	c, _ := b.Alloc(64)
	b.Free(a)
	st := b.Stats()
	want := Stats{
		Size:          MinSize,
		CodeStart:     b.l.codeStart,
		CodeSize:      b.l.codeSize,
		Used:          64,
		Free:          b.l.codeSize - 64,
		Peak:          1024 + 64,
		AllocFailures: 0,
		Functions:     5,
		NextSlot:      4,
		LargestFree:   b.l.codeSize - (c.Off - b.l.codeStart) - 64,
		Chunks:        1,
	}
	if st != want {
		t.Fatalf("Stats\n got %+v\nwant %+v", st, want)
	}
}

func TestNextSlotConcurrent(t *testing.T) {
	b := openHeap(t, MinSize)
	const limit = 1000
	var mu sync.Mutex
	seen := map[uint32]bool{}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				s, ok := b.NextSlot(limit)
				if !ok {
					return
				}
				mu.Lock()
				if seen[s] {
					t.Errorf("slot %d handed out twice", s)
				}
				seen[s] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seen) != limit {
		t.Fatalf("%d slots handed out, want %d", len(seen), limit)
	}
}

func TestLockMutualExclusion(t *testing.T) {
	mem := heapBuf(MinSize)
	b1, _ := Open(mem, fakeRX)
	b2, _ := Open(mem, fakeRX) // a second handle contends on the shared word
	counterOff := b1.l.codeStart
	var wg sync.WaitGroup
	const per = 300
	for g := 0; g < 8; g++ {
		b := b1
		if g%2 == 1 {
			b = b2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				b.Lock()
				// A plain read-modify-write: lost updates would show.
				v := binary.LittleEndian.Uint64(mem[counterOff:])
				binary.LittleEndian.PutUint64(mem[counterOff:], v+1)
				b.Unlock()
			}
		}()
	}
	wg.Wait()
	if got := binary.LittleEndian.Uint64(mem[counterOff:]); got != 8*per {
		t.Fatalf("counter %d, want %d", got, 8*per)
	}
}

func TestUnlockUnlockedPanics(t *testing.T) {
	b := openHeap(t, MinSize)
	defer func() {
		if recover() == nil {
			t.Fatal("Unlock of an unlocked buffer did not panic")
		}
	}()
	b.Unlock()
}

// TestRepair builds the states a process killed inside Alloc or Free can
// leave (see the write orders in AllocLocked and FreeLocked) and checks
// that repair turns each into a consistent state.
func TestRepair(t *testing.T) {
	b := openHeap(t, MinSize)
	a, _ := b.Alloc(4 * UnitSize) // units 0-3
	c, _ := b.Alloc(4 * UnitSize) // units 4-7
	d, _ := b.Alloc(4 * UnitSize) // units 8-11
	e, _ := b.Alloc(2 * UnitSize) // units 12-13
	if err := b.Free(e); err != nil {
		t.Fatal(err)
	}

	b.Lock()
	// Killed in Alloc right after setting the start bit of units 20-23.
	b.start.set(20)
	// Killed in Alloc after the start bit and 2 of 5 units of 30-34.
	b.start.set(30)
	b.alloc.setRange(30, 2)
	// Killed in Free of c after clearing units 4 and 5 (of 4-7): units 6-7
	// are in use with no start bit, right before the live chunk d.
	b.alloc.clearRange(4, 2)
	// Killed in Free of a after clearing all its units, not its start bit.
	b.alloc.clearRange(0, 4)
	b.h.hint = 40
	b.repair()
	b.Unlock()

	half := Chunk{Off: b.l.codeStart + 30*UnitSize, Size: 2 * UnitSize} // leaked, but consistent
	checkState(t, b, []Chunk{d, half})
	_ = a
	_ = c
	// Everything else is usable again: a and c's space comes back first.
	f, err := b.Alloc(8 * UnitSize)
	if err != nil || f.Off != b.l.codeStart {
		t.Fatalf("Alloc after repair = %+v, %v", f, err)
	}
	checkState(t, b, []Chunk{d, half, f})
}
