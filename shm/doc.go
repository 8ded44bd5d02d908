// Package shm manages gojit's shared code buffer: one memfd that the C module
// maps twice before php-fpm forks (a read+write view the compiler writes
// through, and a read+exec view that opline handlers point into), shared by
// every worker process and every goroutine in them.
//
// # Memory layout
//
// All offsets are from the start of the buffer and are the same in both
// views. Integers are native (little-endian) uint64s.
//
//	[0, 4096)               header page
//	    0..79               the ten fields of gojit_shm_header (ext/gojit_engine.h):
//	                        magic, size, lock, code_start, code_size, used, peak,
//	                        alloc_failures, next_slot, functions.
//	                        C reads them for status; only Go writes them.
//	    80..143             Go-private fields: layout version, unit size,
//	                        unit count, offsets of the two bitmaps, first-fit
//	                        hint, live chunk count, lock steal count.
//	    rest                zero, reserved.
//	[4096, code_start)      allocator metadata, page-rounded:
//	                        alloc bitmap  (1 bit per unit: unit is in use)
//	                        start bitmap  (1 bit per unit: a chunk starts here)
//	[code_start, size)      code area, code_start is 4096-aligned,
//	                        divided into units of UnitSize (64) bytes.
//
// A chunk is a run of units whose first unit has its start bit set and whose
// units all have their alloc bit set; it ends at the next free unit or the
// next start bit. Having both bitmaps lets Free check that it is given
// exactly a live chunk (so double frees and made-up chunks are refused) and
// lets a lock stealer repair the state a dead process left behind.
//
// Allocation is first fit over the alloc bitmap, scanning a word (64 units)
// at a time. The hint field is the lowest unit that may be free (every unit
// below it is in use), so a search starts there and still finds the first fit.
//
// # Locking protocol
//
// The header's lock word is 0 when free, otherwise the owner's token
// pid<<32 | seq, seq coming from a process-wide counter so that every
// acquisition, even by two goroutines of one process, has its own token.
// Acquiring is a compare-and-swap 0 -> token; releasing is a
// compare-and-swap token -> 0. Inside one process a sync.Mutex is taken first,
// so goroutines of the same process queue on it instead of spinning on
// shared memory, and Go-side state stays race-free.
//
// A waiter spins briefly (yielding the processor), then sleeps with
// exponential backoff (20µs up to 1ms). After it has waited 10ms it starts
// checking, every 10ms, whether the owner process still exists
// (kill(pid, 0) == ESRCH, or /proc/<pid>/stat says Z). A process that is
// gone can never release the lock, so the waiter takes it over with a
// compare-and-swap from the dead owner's exact token to its own: of several
// waiters only one can win, and a live owner's lock is never taken (its pid
// exists). The stealer then repairs the allocator metadata (see repair), as
// the dead owner may have stopped half-way through an update. The known hole
// is pid reuse: if the dead owner's pid is given to a new process before a
// waiter notices, the waiter keeps waiting until that process exits.
// (A zombie counts as dead: it never runs again, even if not yet reaped.)
//
// The lock is not reentrant. Alloc, Free and Stats take it themselves; code
// that holds it (for example C, through the engine's exported lock and
// unlock) must call AllocLocked and FreeLocked instead.
//
// Every change of allocator state happens under the lock. The header fields
// C reads without the lock (used, peak, alloc_failures, next_slot,
// functions) are written with atomic stores; next_slot and functions are
// atomic counters that need no lock at all.
//
// # Initialisation
//
// The memory starts zero-filled (a fresh memfd). The first Open in any
// process sees magic == 0, takes the lock (a zero lock word is a free lock,
// so this works before initialisation), checks magic again, writes the
// layout and stores magic last. Every Open then validates the header against
// the layout it computes from the size. If an initialiser dies, its lock is
// stolen as above and the next Open initialises from scratch.
package shm
