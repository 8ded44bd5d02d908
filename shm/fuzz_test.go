package shm

import (
	"errors"
	"sort"
	"testing"
)

// FuzzAllocFree runs a random sequence of operations on a MinSize buffer
// against a model (a sorted list of live chunks) and checks after every
// step: the same chunks in the bitmap, no overlap, used == sum of live
// sizes, exact first fit, and ErrFull only when no gap fits.
//
// Each op is two bytes: kind, argument.
//
//	kind%4 == 0, 1: Alloc((arg+1) * (1 + kind/4%8) * 8 bytes)
//	kind%4 == 2:    Free live[arg % len(live)]
//	kind%4 == 3:    Free a chunk freed earlier (a double free, unless the
//	                same chunk was allocated again)
func FuzzAllocFree(f *testing.F) {
	f.Add([]byte{0, 10, 0, 20, 2, 0, 0, 5, 3, 0})
	f.Add([]byte{28, 255, 28, 255, 28, 255, 28, 255, 2, 1, 0, 3, 3, 0, 2, 0})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 2, 2, 4, 7, 3, 0, 3, 1})
	fill := make([]byte, 0, 600)
	for i := 0; i < 300; i++ {
		fill = append(fill, byte(4*(i%8)), byte(i*37))
		if i%3 == 2 {
			fill = append(fill, 2, byte(i))
		}
	}
	f.Add(fill)
	f.Fuzz(func(t *testing.T, ops []byte) {
		b := openHeap(t, MinSize)
		var live, freed []Chunk
		var failures uint64
		for i := 0; i+1 < len(ops); i += 2 {
			kind, arg := ops[i], uint64(ops[i+1])
			switch kind % 4 {
			case 0, 1:
				n := (arg + 1) * (1 + uint64(kind/4%8)) * 8
				want, fits := modelFirstFit(b, live, n)
				c, err := b.Alloc(n)
				switch {
				case !fits:
					if !errors.Is(err, ErrFull) {
						t.Fatalf("op %d: Alloc(%d) = %+v, %v; model has no gap, want ErrFull", i, n, c, err)
					}
					failures++
				case err != nil || c != want:
					t.Fatalf("op %d: Alloc(%d) = %+v, %v; first fit is %+v", i, n, c, err, want)
				default:
					live = append(live, c)
				}
			case 2:
				if len(live) == 0 {
					continue
				}
				j := arg % uint64(len(live))
				if err := b.Free(live[j]); err != nil {
					t.Fatalf("op %d: Free(%+v): %v", i, live[j], err)
				}
				freed = append(freed, live[j])
				live = append(live[:j], live[j+1:]...)
			case 3:
				if len(freed) == 0 {
					continue
				}
				c := freed[arg%uint64(len(freed))]
				j := indexOf(live, c)
				err := b.Free(c)
				if j >= 0 {
					if err != nil {
						t.Fatalf("op %d: Free of reallocated %+v: %v", i, c, err)
					}
					live = append(live[:j], live[j+1:]...)
				} else if !errors.Is(err, ErrNotAllocated) && !errors.Is(err, ErrBadChunk) {
					t.Fatalf("op %d: double Free(%+v) = %v, want an error", i, c, err)
				}
			}
			if err := stateError(b, live); err != nil {
				t.Fatalf("op %d: %v", i, err)
			}
		}
		if st := b.Stats(); st.AllocFailures != failures {
			t.Fatalf("alloc failures %d, want %d", st.AllocFailures, failures)
		}
	})
}

func indexOf(cs []Chunk, c Chunk) int {
	for i, x := range cs {
		if x == c {
			return i
		}
	}
	return -1
}

// modelFirstFit is the chunk a first-fit allocator must return for n bytes
// given the live chunks, computed from the model alone.
func modelFirstFit(b *Buffer, live []Chunk, n uint64) (Chunk, bool) {
	size := (n + UnitSize - 1) / UnitSize * UnitSize
	sorted := append([]Chunk(nil), live...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Off < sorted[j].Off })
	at := b.l.codeStart
	for _, c := range sorted {
		if c.Off-at >= size {
			return Chunk{at, size}, true
		}
		at = c.Off + c.Size
	}
	if b.l.size-at >= size {
		return Chunk{at, size}, true
	}
	return Chunk{}, false
}
