package shm

import (
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
	"unsafe"
)

// TestConcurrentGoroutines runs goroutines that allocate, tag, check and
// free chunks at the same time, through two Buffer handles on the same
// memory, on Go memory (so the race detector sees the bitmap accesses) and
// on a real dual mapping.
func TestConcurrentGoroutines(t *testing.T) {
	t.Run("heap", func(t *testing.T) {
		mem := heapBuf(1 << 20)
		runConcurrent(t, mem, fakeRX, mem)
	})
	t.Run("memfd", func(t *testing.T) {
		rw, rx := mapDual(t, 1<<20)
		runConcurrent(t, rw, uintptr(unsafe.Pointer(&rx[0])), rx)
	})
}

func runConcurrent(t *testing.T, rw []byte, rxBase uintptr, readView []byte) {
	b1, err := Open(rw, rxBase)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := Open(rw, rxBase)
	if err != nil {
		t.Fatal(err)
	}
	const (
		goroutines = 8
		ops        = 400
		maxLive    = 24
	)
	type tagged struct {
		c   Chunk
		tag uint64
	}
	results := make([][]tagged, goroutines)
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		b := b1
		if g%2 == 1 {
			b = b2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(g), 42))
			var live []tagged
			for i := 0; i < ops; i++ {
				if len(live) > 0 && (len(live) >= maxLive || rng.IntN(3) == 0) {
					j := rng.IntN(len(live))
					x := live[j]
					if err := tagError(readView, x.c, x.tag); err != nil {
						t.Error(err)
						return
					}
					if err := b.Free(x.c); err != nil {
						t.Errorf("Free(%+v): %v", x.c, err)
						return
					}
					live[j] = live[len(live)-1]
					live = live[:len(live)-1]
					continue
				}
				c, err := b.Alloc(1 + rng.Uint64N(3000))
				if errors.Is(err, ErrFull) {
					continue
				}
				if err != nil {
					t.Errorf("Alloc: %v", err)
					return
				}
				tag := uint64(g)<<32 | uint64(i)
				fill(t, b, c, tag)
				live = append(live, tagged{c, tag})
			}
			results[g] = live
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	var all []Chunk
	for _, live := range results {
		for _, x := range live {
			if err := tagError(readView, x.c, x.tag); err != nil {
				t.Fatal(err)
			}
			all = append(all, x.c)
		}
	}
	checkState(t, b1, all)
	for _, c := range all {
		if err := b2.Free(c); err != nil {
			t.Fatal(err)
		}
	}
	st := b1.Stats()
	if st.Used != 0 || st.Chunks != 0 || st.LargestFree != st.CodeSize {
		t.Fatalf("after freeing everything: %+v", st)
	}
}
