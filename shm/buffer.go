package shm

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Errors. Functions may wrap them with details; test with errors.Is.
var (
	// ErrFull means no free run of units is large enough.
	ErrFull = errors.New("shm: code buffer full")
	// ErrBadBuffer means Open was given memory it cannot use.
	ErrBadBuffer = errors.New("shm: bad buffer")
	// ErrBadSize means Alloc was asked for 0 bytes.
	ErrBadSize = errors.New("shm: bad allocation size")
	// ErrBadChunk means a chunk is outside the code area, misaligned,
	// not the size it was allocated with, or a Write is out of its bounds.
	ErrBadChunk = errors.New("shm: bad chunk")
	// ErrNotAllocated means Free was given a chunk that is not live
	// (a double free, or an offset where no chunk starts).
	ErrNotAllocated = errors.New("shm: chunk not allocated")
)

// Chunk is an allocated piece of the code area. Off is from the buffer
// start (the same in both views); Size is the allocated size, a multiple of
// UnitSize, which can be larger than what was asked for. Free wants the
// Chunk exactly as Alloc returned it.
type Chunk struct{ Off, Size uint64 }

// Buffer is one process's handle on the shared buffer. Its methods are safe
// for concurrent use by goroutines, and other processes may use the same
// memory through their own Buffer at the same time.
type Buffer struct {
	rw     []byte
	rxBase uintptr
	l      layout
	h      *header
	alloc  bitmap // unit in use
	start  bitmap // chunk starts at unit
	pid    uint64

	mu  sync.Mutex    // serialises this process's holders of the shared lock
	tok atomic.Uint64 // current owner token while this process holds it
}

// Open attaches to a buffer whose read+write view is rw (len(rw) is the
// buffer size) and whose read+exec view starts at rxBase. The memory must be
// zero-filled or already initialised by Open (in any process). The first
// Open initialises the header; every Open validates it.
//
// The size must be at least MinSize and a multiple of PageSize, and both
// views must be page-aligned.
func Open(rw []byte, rxBase uintptr) (*Buffer, error) {
	size := uint64(len(rw))
	if size < MinSize || size%PageSize != 0 {
		return nil, fmt.Errorf("%w: size %d: must be a multiple of %d and at least %d",
			ErrBadBuffer, size, PageSize, MinSize)
	}
	if uintptr(unsafe.Pointer(&rw[0]))%PageSize != 0 || rxBase == 0 || rxBase%PageSize != 0 {
		return nil, fmt.Errorf("%w: views not page-aligned (rw %p, rx %#x)",
			ErrBadBuffer, &rw[0], rxBase)
	}
	l := computeLayout(size)
	b := &Buffer{
		rw:     rw,
		rxBase: rxBase,
		l:      l,
		h:      (*header)(unsafe.Pointer(&rw[0])),
		alloc:  unsafe.Slice((*uint64)(unsafe.Pointer(&rw[l.allocMap])), l.words),
		start:  unsafe.Slice((*uint64)(unsafe.Pointer(&rw[l.startMap])), l.words),
		pid:    uint64(os.Getpid()),
	}
	if atomic.LoadUint64(&b.h.magic) == 0 {
		// A zero lock word is a free lock, so the lock can guard
		// initialisation itself; magic is re-checked under it.
		b.Lock()
		if atomic.LoadUint64(&b.h.magic) == 0 {
			b.initHeader()
		}
		b.Unlock()
	}
	if err := b.headerError(); err != nil {
		return nil, err
	}
	return b, nil
}

// initHeader writes a fresh layout. Called with the lock held and magic 0.
// The lock word is ours and is left alone; magic is stored last so that a
// reader that sees it also sees everything else.
func (b *Buffer) initHeader() {
	h, l := b.h, b.l
	// The maps are left as they are: zero, like all new memory, since
	// nothing writes them before magic is set (clearing them would touch
	// every page of both maps: ~0.2 ms for a 64 MB buffer).
	h.size = l.size
	h.codeStart = l.codeStart
	h.codeSize = l.codeSize
	atomic.StoreUint64(&h.used, 0)
	atomic.StoreUint64(&h.peak, 0)
	atomic.StoreUint64(&h.allocFailures, 0)
	atomic.StoreUint64(&h.nextSlot, 0)
	atomic.StoreUint64(&h.functions, 0)
	h.version = layoutVersion
	h.unitSize = UnitSize
	h.units = l.units
	h.allocMap = l.allocMap
	h.startMap = l.startMap
	h.hint = 0
	h.chunks = 0
	h.steals = 0
	atomic.StoreUint64(&h.magic, Magic)
}

// headerError checks the header against the layout computed from our size.
func (b *Buffer) headerError() error {
	h, l := b.h, b.l
	if m := atomic.LoadUint64(&h.magic); m != Magic {
		return fmt.Errorf("%w: magic %#x, want %#x", ErrBadBuffer, m, Magic)
	}
	if h.size != l.size {
		return fmt.Errorf("%w: header says size %d, view is %d bytes", ErrBadBuffer, h.size, l.size)
	}
	if h.version != layoutVersion || h.unitSize != UnitSize || h.units != l.units ||
		h.codeStart != l.codeStart || h.codeSize != l.codeSize ||
		h.allocMap != l.allocMap || h.startMap != l.startMap {
		return fmt.Errorf("%w: header layout (version %d) does not match this package's (version %d)",
			ErrBadBuffer, h.version, layoutVersion)
	}
	return nil
}

// Alloc allocates at least n bytes of code space, UnitSize-aligned (the
// code area itself is page-aligned). It returns ErrFull, and counts an
// allocation failure, when no free run fits. It takes the lock.
func (b *Buffer) Alloc(n uint64) (Chunk, error) {
	b.Lock()
	defer b.Unlock()
	return b.AllocLocked(n)
}

// AllocLocked is Alloc for a caller that already holds the lock.
func (b *Buffer) AllocLocked(n uint64) (Chunk, error) {
	if n == 0 {
		return Chunk{}, ErrBadSize
	}
	h, l := b.h, b.l
	if n > l.codeSize {
		atomic.AddUint64(&h.allocFailures, 1)
		return Chunk{}, ErrFull
	}
	k := (n + UnitSize - 1) / UnitSize
	// Everything below the hint is in use; move it up to the first free
	// unit, where the first-fit search starts anyway.
	first := b.alloc.nextClear(min(h.hint, l.units), l.units)
	h.hint = first
	s, ok := b.findRun(first, k)
	if !ok {
		atomic.AddUint64(&h.allocFailures, 1)
		return Chunk{}, ErrFull
	}
	// Start bit first, then the units in ascending order: a holder dying
	// half-way leaves either a stray start bit on a free unit or a shorter
	// chunk, both of which repair handles.
	b.start.set(s)
	b.alloc.setRange(s, k)
	if s == first {
		h.hint = s + k
	}
	h.chunks++
	used := atomic.LoadUint64(&h.used) + k*UnitSize
	atomic.StoreUint64(&h.used, used)
	if used > atomic.LoadUint64(&h.peak) {
		atomic.StoreUint64(&h.peak, used)
	}
	return Chunk{Off: l.codeStart + s*UnitSize, Size: k * UnitSize}, nil
}

// findRun returns the first unit >= from that begins k free units.
func (b *Buffer) findRun(from, k uint64) (uint64, bool) {
	units := b.l.units
	for i := from; ; {
		s := b.alloc.nextClear(i, units)
		if s >= units || units-s < k {
			return 0, false
		}
		e := b.alloc.nextSet(s, s+k)
		if e == s+k {
			return s, true
		}
		i = e
	}
}

// Free releases a chunk returned by Alloc. It refuses, without changing
// anything, a chunk that is not exactly a live allocation: ErrBadChunk for
// one outside the code area, misaligned or of the wrong size, and
// ErrNotAllocated for a double free. It takes the lock.
func (b *Buffer) Free(c Chunk) error {
	b.Lock()
	defer b.Unlock()
	return b.FreeLocked(c)
}

// FreeLocked is Free for a caller that already holds the lock.
func (b *Buffer) FreeLocked(c Chunk) error {
	if err := b.checkChunk(c); err != nil {
		return err
	}
	h, l := b.h, b.l
	u := (c.Off - l.codeStart) / UnitSize
	k := c.Size / UnitSize
	if !b.start.get(u) || !b.alloc.get(u) {
		return fmt.Errorf("%w: no live chunk at offset %#x", ErrNotAllocated, c.Off)
	}
	// The live chunk at u must span exactly k units: all in use, no other
	// chunk starting inside, and the unit after it free or a chunk start.
	end := u + k
	if b.alloc.nextClear(u, end) != end || b.start.nextSet(u+1, end) != end ||
		(end < l.units && b.alloc.get(end) && !b.start.get(end)) {
		return fmt.Errorf("%w: chunk at offset %#x is not %d bytes long", ErrBadChunk, c.Off, c.Size)
	}
	// Units first, start bit last (see AllocLocked and repair).
	b.alloc.clearRange(u, k)
	b.start.clear(u)
	h.hint = min(h.hint, u)
	h.chunks--
	atomic.StoreUint64(&h.used, atomic.LoadUint64(&h.used)-c.Size)
	return nil
}

// checkChunk checks a chunk's geometry only (not whether it is live).
func (b *Buffer) checkChunk(c Chunk) error {
	l := b.l
	if c.Off < l.codeStart || c.Off >= l.size || (c.Off-l.codeStart)%UnitSize != 0 ||
		c.Size == 0 || c.Size%UnitSize != 0 || c.Size > l.size-c.Off {
		return fmt.Errorf("%w: {Off: %#x, Size: %#x}", ErrBadChunk, c.Off, c.Size)
	}
	return nil
}

// Write copies p into chunk c at offset off, through the read+write view.
// It checks bounds against the chunk, not that the chunk is live; writing
// a chunk one does not own is the caller's bug. No lock is taken: a live
// chunk belongs to whoever allocated it.
func (b *Buffer) Write(c Chunk, off uint64, p []byte) error {
	if err := b.checkChunk(c); err != nil {
		return err
	}
	if off > c.Size || uint64(len(p)) > c.Size-off {
		return fmt.Errorf("%w: write of %d bytes at %d into a %d-byte chunk",
			ErrBadChunk, len(p), off, c.Size)
	}
	copy(b.rw[c.Off+off:], p)
	return nil
}

// RX returns the executable (read+exec view) address of chunk c, or 0 if
// the chunk lies outside the code area.
func (b *Buffer) RX(c Chunk) uintptr {
	if b.checkChunk(c) != nil {
		return 0
	}
	return b.rxBase + uintptr(c.Off)
}

// NextSlot hands out the next per-process counter slot index, shared by all
// processes, or false once limit slots have been handed out. Lock-free.
func (b *Buffer) NextSlot(limit uint64) (uint32, bool) {
	limit = min(limit, 1<<32)
	for {
		v := atomic.LoadUint64(&b.h.nextSlot)
		if v >= limit {
			return 0, false
		}
		if atomic.CompareAndSwapUint64(&b.h.nextSlot, v, v+1) {
			return uint32(v), true
		}
	}
}

// AddFunction counts one compiled function in the shared header. Lock-free.
func (b *Buffer) AddFunction() {
	atomic.AddUint64(&b.h.functions, 1)
}

// Stats is a snapshot of the buffer. Sizes are in bytes.
type Stats struct {
	Size          uint64 // whole buffer, header and metadata included
	CodeStart     uint64 // offset of the code area
	CodeSize      uint64 // allocatable bytes
	Used          uint64 // allocated bytes
	Free          uint64 // CodeSize - Used
	Peak          uint64 // highest Used seen
	AllocFailures uint64 // allocations refused with ErrFull
	Functions     uint64 // AddFunction calls, all processes
	NextSlot      uint64 // counter slots handed out
	LargestFree   uint64 // largest free run: the biggest Alloc that can succeed now
	Chunks        uint64 // live chunks
	LockSteals    uint64 // locks taken over from dead processes
}

// Stats returns a consistent snapshot. It takes the lock and scans the
// bitmap for LargestFree.
func (b *Buffer) Stats() Stats {
	b.Lock()
	defer b.Unlock()
	h, l := b.h, b.l
	var largest uint64
	for i := uint64(0); i < l.units; {
		s := b.alloc.nextClear(i, l.units)
		e := b.alloc.nextSet(s, l.units)
		largest = max(largest, e-s)
		i = e
	}
	used := atomic.LoadUint64(&h.used)
	return Stats{
		Size:          l.size,
		CodeStart:     l.codeStart,
		CodeSize:      l.codeSize,
		Used:          used,
		Free:          l.codeSize - used,
		Peak:          atomic.LoadUint64(&h.peak),
		AllocFailures: atomic.LoadUint64(&h.allocFailures),
		Functions:     atomic.LoadUint64(&h.functions),
		NextSlot:      atomic.LoadUint64(&h.nextSlot),
		LargestFree:   largest * UnitSize,
		Chunks:        h.chunks,
		LockSteals:    h.steals,
	}
}

// repair makes the metadata consistent after the lock was taken from a dead
// owner. Given the write orders in AllocLocked and FreeLocked, a dead owner
// can leave only two kinds of damage: start bits on free units, and runs of
// in-use units with no start bit at their head (a half-cleared chunk). The
// first are cleared; the second are freed up to the next chunk start. A
// half-allocated chunk just becomes a shorter live chunk: it is leaked, as
// is everything the dead process owned. Counters are then recomputed.
// Runs with the lock held; O(units).
func (b *Buffer) repair() {
	h, l := b.h, b.l
	for i := uint64(0); i < l.units; {
		s := b.alloc.nextSet(i, l.units)
		for j := b.start.nextSet(i, s); j < s; j = b.start.nextSet(j+1, s) {
			b.start.clear(j)
		}
		if s >= l.units {
			break
		}
		e := b.alloc.nextClear(s, l.units)
		if !b.start.get(s) {
			o := b.start.nextSet(s, e)
			b.alloc.clearRange(s, o-s)
			i = o
			continue
		}
		i = e
	}
	h.hint = 0
	h.chunks = b.start.count(l.units)
	used := b.alloc.count(l.units) * UnitSize
	atomic.StoreUint64(&h.used, used)
	if used > atomic.LoadUint64(&h.peak) {
		atomic.StoreUint64(&h.peak, used)
	}
}
