package shm

// Layout constants shared with ext/gojit_engine.h.
const (
	// HeaderSize is GOJIT_SHM_HEADER_SIZE: the header page at the buffer start.
	HeaderSize = 4096
	// Magic is GOJIT_SHM_MAGIC ("GOJITSHM" read as a little-endian uint64).
	Magic uint64 = 0x4d485354494a4f47
	// UnitSize is the allocation granule; chunks are UnitSize-aligned.
	UnitSize = 64
	// MinSize is the smallest buffer Open accepts.
	MinSize = 64 << 10
	// PageSize is the granularity the buffer size and code_start follow.
	PageSize = 4096

	layoutVersion = 1
)

// header is the view of the header page. The first ten fields are exactly
// gojit_shm_header from ext/gojit_engine.h (header_test.go checks the
// offsets); C reads them, so they must not move. The rest is Go-private.
type header struct {
	magic         uint64 // Magic once initialised (stored last), 0 before
	size          uint64 // whole buffer in bytes
	lock          uint64 // owner token pid<<32|seq, 0 when free (lock.go)
	codeStart     uint64 // offset of the first allocatable byte
	codeSize      uint64 // allocatable bytes
	used          uint64 // bytes allocated (atomic store)
	peak          uint64 // highest used (atomic store)
	allocFailures uint64 // refused allocations (atomic add)
	nextSlot      uint64 // next per-process counter slot (atomic)
	functions     uint64 // functions compiled (atomic add)

	// Go-private, written under the lock (layout fields only at init).
	version  uint64 // layoutVersion
	unitSize uint64 // UnitSize
	units    uint64 // units in the code area
	allocMap uint64 // offset of the alloc bitmap
	startMap uint64 // offset of the start bitmap
	hint     uint64 // no free unit below this index
	chunks   uint64 // live chunks
	steals   uint64 // dead-owner lock steals
}

// layout is everything derived from the buffer size alone, so every process
// computes the same values and can check the header against them.
type layout struct {
	size      uint64
	codeStart uint64
	codeSize  uint64
	units     uint64
	words     uint64 // uint64 words per bitmap
	allocMap  uint64
	startMap  uint64
}

func roundUp(x, a uint64) uint64 { return (x + a - 1) / a * a }

// computeLayout places the two bitmaps right after the header page and the
// code area after them on a page boundary. The bitmaps are sized for the
// whole area after the header, a slight overestimate that avoids solving for
// the exact split (2 bits per 64 bytes is 0.4% of the buffer).
// size must already be validated (>= MinSize, multiple of PageSize).
func computeLayout(size uint64) layout {
	maxUnits := (size - HeaderSize) / UnitSize
	words := (maxUnits + 63) / 64
	mapBytes := words * 8
	codeStart := HeaderSize + roundUp(2*mapBytes, PageSize)
	codeSize := size - codeStart
	return layout{
		size:      size,
		codeStart: codeStart,
		codeSize:  codeSize,
		units:     codeSize / UnitSize,
		words:     words,
		allocMap:  HeaderSize,
		startMap:  HeaderSize + mapBytes,
	}
}
