// Package engine is the Go side of gojit in one PHP process: it owns the
// process's view of the shared code buffer and turns a serialized op_array
// into installed machine code. The cgo package exports it to C; this package
// has no cgo and is tested with plain `go test`.
//
// One Engine exists per process. Its methods are called from PHP's single
// request thread (NTS), but are safe for concurrent use anyway: the shared
// buffer has its own cross-process lock.
package engine

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gojit/gojit/config"
	"github.com/gojit/gojit/jit"
	"github.com/gojit/gojit/shm"
)

// NoSlot marks a function without an entry counter.
const NoSlot = ^uint32(0)

// Config is what the C module hands over once per process.
type Config struct {
	JIT, Debug  uint32
	RW          []byte  // read+write view of the code buffer
	RXBase      uintptr // address of the read+exec view
	Counters    []uint64 // per-process counter table (C memory, lives forever)
	Layout      jit.Layout // offsets measured by the C compiler

	// PanicOn names a function whose compilation panics on purpose, so
	// tests can prove a compiler panic never takes PHP down.
	PanicOn string
}

// Entry is one handler to patch: opline index and executable address.
type Entry struct {
	OpIndex uint32
	Address uint64
}

// Result describes code placed in the buffer.
type Result struct {
	Chunk     shm.Chunk
	Slot      uint32
	Entries   []Entry
	NativeOps int
}

// Errors the C side maps to status codes.
var (
	ErrFull        = shm.ErrFull
	ErrUnsupported = errors.New("unsupported")
)

// Engine compiles functions into the shared buffer of this process.
type Engine struct {
	cfg Config
	buf *shm.Buffer

	mu     sync.Mutex
	locked bool // the C side holds the buffer lock (Lock was called)
}

// New attaches to the code buffer and checks the layout C measured against
// the offsets the compiler emits.
func New(cfg Config) (*Engine, error) {
	if err := jit.CheckLayout(cfg.Layout); err != nil {
		return nil, err
	}
	if _, err := config.FromNumber(cfg.JIT); cfg.JIT != 0 && err != nil {
		return nil, fmt.Errorf("gojit.jit %d: %w", cfg.JIT, err)
	}
	buf, err := shm.Open(cfg.RW, cfg.RXBase)
	if err != nil {
		return nil, err
	}
	return &Engine{cfg: cfg, buf: buf}, nil
}

// Lock takes the buffer's cross-process lock on behalf of the C caller, who
// holds it around "is it compiled yet?" checks and handler patching.
func (e *Engine) Lock() {
	e.buf.Lock()
	e.mu.Lock()
	e.locked = true
	e.mu.Unlock()
}

// Unlock releases what Lock took.
func (e *Engine) Unlock() {
	e.mu.Lock()
	e.locked = false
	e.mu.Unlock()
	e.buf.Unlock()
}

func (e *Engine) callerHoldsLock() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.locked
}

// Compile decodes one wire buffer, generates code, places it in the buffer
// and returns the entries to patch. Errors leave the buffer unchanged.
func (e *Engine) Compile(wire []byte) (*Result, error) {
	if e.cfg.PanicOn != "" {
		if name, err := jit.FuncName(wire); err == nil && name == e.cfg.PanicOn {
			panic("BUG: GOJIT_TEST_PANIC_ON asked for a panic compiling " + name)
		}
	}
	slot := NoSlot
	if s, ok := e.buf.NextSlot(uint64(len(e.cfg.Counters))); ok {
		slot = s
	}
	out, err := jit.Compile(wire, jit.Env{
		Counters:    e.countersAddr(),
		CounterSlot: slot,
		Debug:       e.cfg.Debug,
		Level:       uint8(e.cfg.JIT % 10),
	})
	if err != nil {
		return nil, err
	}
	chunk, err := e.alloc(uint64(len(out.Code)))
	if err != nil {
		return nil, err
	}
	if err := e.buf.Write(chunk, 0, out.Code); err != nil {
		e.free(chunk)
		return nil, err
	}
	base := e.buf.RX(chunk)
	res := &Result{Chunk: chunk, Slot: slot, NativeOps: out.NativeOps}
	for _, en := range out.Entries {
		res.Entries = append(res.Entries, Entry{OpIndex: en.OpIndex, Address: uint64(base) + uint64(en.Offset)})
	}
	e.buf.AddFunction()
	if e.cfg.Debug&uint32(config.DebugASM) != 0 && out.Listing != "" {
		fmt.Fprintf(os.Stderr, "gojit: code at %#x\n%s", base, out.Listing)
	}
	return res, nil
}

// Release gives back the code of an op_array that no longer exists.
func (e *Engine) Release(c shm.Chunk) error {
	return e.free(c)
}

func (e *Engine) alloc(n uint64) (shm.Chunk, error) {
	if e.callerHoldsLock() {
		return e.buf.AllocLocked(n)
	}
	return e.buf.Alloc(n)
}

func (e *Engine) free(c shm.Chunk) error {
	if e.callerHoldsLock() {
		return e.buf.FreeLocked(c)
	}
	return e.buf.Free(c)
}

// Stats reports the shared buffer's numbers.
func (e *Engine) Stats() shm.Stats { return e.buf.Stats() }

// CounterAt reads this process's counter slot (for tests and status).
func (e *Engine) CounterAt(slot uint32) uint64 {
	if int(slot) >= len(e.cfg.Counters) {
		return 0
	}
	return atomic.LoadUint64(&e.cfg.Counters[slot])
}

func (e *Engine) countersAddr() uintptr {
	if len(e.cfg.Counters) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&e.cfg.Counters[0]))
}
