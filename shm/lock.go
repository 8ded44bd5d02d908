package shm

import (
	"bytes"
	"errors"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// Lock timing. Critical sections are short (an allocation scans at most the
// bitmap), so a waiter first yields a few times, then sleeps with backoff.
const (
	lockSpins    = 64
	lockMinSleep = 20 * time.Microsecond
	lockMaxSleep = time.Millisecond
	// deadOwnerCheck is how long a waiter waits before, and then between,
	// checks that the lock owner's process still exists. Checking on every
	// iteration would cost syscalls for nothing while a live owner works.
	deadOwnerCheck = 10 * time.Millisecond
)

// lockSeq numbers acquisitions in this process; combined with the pid it
// makes every owner token distinct.
var lockSeq atomic.Uint32

// Lock acquires the cross-process buffer lock (the header's lock word). It
// is not reentrant: Alloc, Free and Stats take it themselves, so a holder
// must use AllocLocked and FreeLocked instead. Lock and Unlock may be called
// from different goroutines (e.g. two cgo calls from the same C thread).
func (b *Buffer) Lock() {
	b.mu.Lock()
	tok := b.pid<<32 | uint64(lockSeq.Add(1))
	if !atomic.CompareAndSwapUint64(&b.h.lock, 0, tok) {
		b.lockSlow(tok)
	}
	b.tok.Store(tok)
}

func (b *Buffer) lockSlow(tok uint64) {
	word := &b.h.lock
	start := time.Now()
	nextCheck := deadOwnerCheck
	sleep := lockMinSleep
	for i := 0; ; i++ {
		cur := atomic.LoadUint64(word)
		if cur == 0 {
			if atomic.CompareAndSwapUint64(word, 0, tok) {
				return
			}
			continue
		}
		if i < lockSpins {
			runtime.Gosched()
			continue
		}
		if waited := time.Since(start); waited >= nextCheck {
			nextCheck = waited + deadOwnerCheck
			// The CAS is from the exact dead token: if the word changed
			// meanwhile (released, or already stolen by another waiter),
			// it fails and we keep waiting normally.
			if !b.ownerAlive(cur) && atomic.CompareAndSwapUint64(word, cur, tok) {
				b.afterSteal()
				return
			}
		}
		time.Sleep(sleep)
		sleep = min(2*sleep, lockMaxSleep)
	}
}

// afterSteal runs with the stolen lock held. The dead owner may have been
// anywhere in a critical section, so the allocator metadata is repaired
// (only if the buffer was initialised with our layout: a dead initialiser
// leaves magic 0 and Open starts over).
func (b *Buffer) afterSteal() {
	if b.headerError() != nil {
		return
	}
	b.h.steals++
	b.repair()
}

// Unlock releases the lock. It panics if the caller does not hold it, like
// sync.Mutex (a mismatched token means the shared state is not what the
// caller thinks, and continuing would corrupt it).
func (b *Buffer) Unlock() {
	tok := b.tok.Swap(0)
	if tok == 0 {
		panic("shm: Unlock of unlocked buffer")
	}
	ok := atomic.CompareAndSwapUint64(&b.h.lock, tok, 0)
	b.mu.Unlock()
	if !ok {
		panic("shm: Unlock: lock word no longer holds this owner's token")
	}
}

// ownerAlive reports whether the process in token tok may still run.
func (b *Buffer) ownerAlive(tok uint64) bool {
	pid := tok >> 32
	if pid == b.pid {
		return true // a goroutine of ours, or another Buffer in this process
	}
	if pid == 0 || pid > 1<<31-1 {
		return false // not a token we write: garbage, nobody will release it
	}
	return pidAlive(int(pid))
}

// pidAlive is kill(pid, 0), except that a zombie counts as dead: it will
// never run again, and php-fpm (or a test) may be slow to reap it.
func pidAlive(pid int) bool {
	err := unix.Kill(pid, 0)
	if errors.Is(err, unix.ESRCH) {
		return false
	}
	if err != nil && !errors.Is(err, unix.EPERM) {
		return true // unknown error: do not steal on a guess
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	// "pid (comm) S ...": comm may contain ')' so take the last one.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 || i+2 >= len(stat) {
		return true
	}
	state := stat[i+2]
	return state != 'Z' && state != 'X'
}
