package engine

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit"
	"github.com/gojit/gojit/shm"
)

const testHelper = 0x7f00_dead_0000

func TestCompileTriggerPlaced(t *testing.T) {
	te := newTestEngine(t, 1<<20, 1<<16, nil)
	for _, w := range loadWires(t) {
		for mode := uint8(1); mode <= 3; mode++ {
			p := TriggerParams{Mode: mode, HotFunc: 5, HotLoop: 7, Kind: 2, Flags: 1, Helper: testHelper}
			r, err := te.CompileTrigger(w.buf, p)
			if err != nil {
				t.Fatalf("%s T=%d: %v", w.name, mode, err)
			}
			want, err := jit.CompileTrigger(w.buf, jit.TriggerEnv{Mode: mode, Helper: testHelper,
				Counters: te.countersAddr(), HotFunc: 5, HotLoop: 7, Kind: 2, Flags: 1,
				NewSlot: slotsFrom(r)})
			if err != nil {
				t.Fatal(err)
			}
			placed := te.rx[r.Chunk.Off : r.Chunk.Off+uint64(len(want.Code))]
			if !bytes.Equal(placed, want.Code) {
				t.Fatalf("%s T=%d: placed bytes differ from the compiler's", w.name, mode)
			}
			if (mode == 1) != (r.Slot == NoSlot) {
				t.Errorf("%s T=%d: function slot %d", w.name, mode, r.Slot)
			}
			base := uint64(te.rxBase()) + r.Chunk.Off
			for i, e := range r.Entries {
				if e.Address != base+uint64(want.Entries[i].Offset) || e.Address%16 != 0 {
					t.Errorf("%s T=%d: entry %+v", w.name, mode, e)
				}
				// The tag C looks for, right before the stub.
				tag := te.rx[e.Address-uint64(te.rxBase())-16:]
				if binary.LittleEndian.Uint64(tag[8:]) != e.Address-base {
					t.Errorf("%s T=%d: tag does not lead to the record", w.name, mode)
				}
			}
		}
	}
}

// slotsFrom replays the slots a placed result used: its function slot first,
// then whatever the record lists, so the reference compile matches.
func slotsFrom(r *Result) func() uint32 {
	var list []uint32
	return func() uint32 {
		if list == nil {
			list = []uint32{}
			if r.Slot != NoSlot {
				list = append(list, r.Slot)
			}
		}
		if len(list) == 0 {
			return NoSlot
		}
		// T=3 loop slots follow the function slot consecutively here (a
		// fresh engine, no recycling).
		s := list[0]
		list = []uint32{s + 1}
		return s
	}
}

func TestReleaseTriggerRecyclesSlots(t *testing.T) {
	te := newTestEngine(t, 1<<20, 64, nil)
	w := loadWires(t)[0].buf
	base := te.Stats()
	r1, err := te.CompileTrigger(w, TriggerParams{Mode: 2, Helper: testHelper})
	if err != nil {
		t.Fatal(err)
	}
	te.counters[r1.Slot] = 42
	if err := te.ReleaseTrigger(r1.Chunk, true); err != nil {
		t.Fatal(err)
	}
	if te.counters[r1.Slot] != 0 {
		t.Errorf("counter of a released slot: %d", te.counters[r1.Slot])
	}
	if !bytes.Equal(te.rx[r1.Chunk.Off:r1.Chunk.Off+r1.Chunk.Size], make([]byte, r1.Chunk.Size)) {
		t.Error("released chunk not zeroed")
	}
	if st := te.Stats(); st.Used != base.Used || st.Chunks != 0 {
		t.Errorf("after release: %+v", st)
	}
	r2, err := te.CompileTrigger(w, TriggerParams{Mode: 2, Helper: testHelper})
	if err != nil {
		t.Fatal(err)
	}
	if r2.Slot != r1.Slot || te.Stats().NextSlot != base.NextSlot+1 {
		t.Errorf("slot %d after release of %d (next slot %d)", r2.Slot, r1.Slot, te.Stats().NextSlot)
	}
	if err := te.ReleaseTrigger(shm.Chunk{Off: 1 << 40, Size: 64}, true); !errors.Is(err, shm.ErrBadChunk) {
		t.Errorf("bad chunk: %v", err)
	}
}

func TestCompileTriggerErrorsGiveSlotsBack(t *testing.T) {
	te := newTestEngine(t, 1<<20, 64, nil)
	w := loadWires(t)[0].buf
	if _, err := te.CompileTrigger(w, TriggerParams{Mode: 3, Helper: testHelper}); !errors.Is(err, ErrNoSites) {
		t.Errorf("both counters off: %v", err)
	}
	if _, err := te.CompileTrigger(w, TriggerParams{Mode: 1}); !errors.Is(err, jit.ErrEnv) {
		t.Errorf("no helper: %v", err)
	}
	if _, err := te.CompileTrigger(w, TriggerParams{Mode: 2}); err != nil {
		t.Fatal(err)
	}
	// Fill the buffer, then a trigger compile fails with ErrFull and its
	// slot comes back for the next one.
	small := newTestEngine(t, shm.MinSize, 1<<16, nil)
	for {
		if _, err := small.CompileTrigger(w, TriggerParams{Mode: 2}); err != nil {
			if !errors.Is(err, ErrFull) {
				t.Fatal(err)
			}
			break
		}
	}
	n := small.Stats().NextSlot
	if _, err := small.CompileTrigger(w, TriggerParams{Mode: 2}); !errors.Is(err, ErrFull) || small.Stats().NextSlot != n {
		t.Errorf("full: %v, next slot %d -> %d", err, n, small.Stats().NextSlot)
	}
}

// Slots handed in are used first and survive a release without recycling:
// a request-local function's next chunk counts on where the last one stopped.
func TestTriggerSlotsCarriedOver(t *testing.T) {
	te := newTestEngine(t, 1<<20, 64, nil)
	p := TriggerParams{Mode: 3, HotFunc: 9, HotLoop: 9, Helper: testHelper}
	var w []byte
	var r1 *Result
	var slots []uint32
	for _, f := range loadWires(t) {
		if !strings.Contains(f.name, "loops.") {
			continue
		}
		r, err := te.CompileTrigger(f.buf, p)
		if err != nil {
			t.Fatal(err)
		}
		s, err := jit.TriggerSlots(te.rw[r.Chunk.Off : r.Chunk.Off+r.Chunk.Size])
		if err != nil {
			t.Fatal(err)
		}
		if len(s) >= 2 {
			w, r1, slots = f.buf, r, s
			break
		}
	}
	if w == nil {
		t.Fatal("no captured function with a loop header")
	}
	te.counters[slots[1]] = 5
	if err := te.ReleaseTrigger(r1.Chunk, false); err != nil {
		t.Fatal(err)
	}
	next := te.Stats().NextSlot
	p.Slots = slots
	r2, err := te.CompileTrigger(w, p)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := jit.TriggerSlots(te.rw[r2.Chunk.Off : r2.Chunk.Off+r2.Chunk.Size])
	if fmt.Sprint(got) != fmt.Sprint(slots) || te.counters[slots[1]] != 5 || te.Stats().NextSlot != next {
		t.Errorf("slots %v (want %v), counter %d, next slot %d -> %d", got, slots, te.counters[slots[1]], next, te.Stats().NextSlot)
	}
}
