// Package engine is the Go side of gojit in one PHP process: it owns the
// process's view of the shared code buffer and turns a serialized op_array
// into installed machine code. The cgo package exports it to C; this package
// has no cgo and is tested with plain `go test`.
//
// One Engine exists per process. Its methods are called from PHP's single
// request thread (NTS), but are safe for concurrent use anyway: the shared
// buffer has its own cross-process lock.
//
// # Environment
//
// The engine reads no environment itself; the cgo package fills Config from
// these variables of the PHP process:
//
//   - GOJIT_DUMP_WIRE=<dir>: Config.DumpWireDir. Every wire buffer Compile
//     receives is written to <dir>/<function>-<hash>.wire, the function name
//     reduced to [A-Za-z0-9_.-] and hash the first 12 hex digits of the
//     buffer's SHA-256, so one function captured twice with the same content
//     gives one file. The directory is created if needed. Capture is best
//     effort: errors are ignored and never affect compilation. Used to
//     record real inputs for the jit tests (jit/testdata/wire/).
//   - GOJIT_TEST_PANIC_ON=<name>: Config.PanicOn, for tests of panic
//     recovery.
package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gojit/gojit/config"
	"github.com/gojit/gojit/jit"
	"github.com/gojit/gojit/shm"
	"golang.org/x/sys/cpu"
)

// NoSlot marks a function without an entry counter.
const NoSlot = ^uint32(0)

// Config is what the C module hands over once per process.
type Config struct {
	JIT, Debug uint32
	RW         []byte     // read+write view of the code buffer
	RXBase     uintptr    // address of the read+exec view
	Counters   []uint64   // per-process counter table (C memory, lives forever)
	Layout     jit.Layout // offsets measured by the C compiler
	// ExecutorGlobals is the address of executor_globals (the init block's
	// executor_globals), which fast paths read EG(vm_interrupt) from.
	ExecutorGlobals uint64
	// SqrtFunction is the address of the internal function sqrt()
	// (0: none), whose calls fast paths do with sqrtsd.
	SqrtFunction uint64
	// CompilerGlobals is the address of compiler_globals (the init block's
	// compiler_globals), where native calls read CG(map_ptr_base); 0: none.
	CompilerGlobals uint64

	// PanicOn names a function whose compilation panics on purpose, so
	// tests can prove a compiler panic never takes PHP down.
	PanicOn string

	// DumpWireDir, when not empty, is a directory where Compile saves
	// every wire buffer it receives (see the package doc).
	DumpWireDir string
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

// ErrFull is returned by Compile when the code buffer has no room; the C
// side maps it to GOJIT_ERR_FULL.
var ErrFull = shm.ErrFull

// Engine compiles functions into the shared buffer of this process.
type Engine struct {
	cfg Config
	buf *shm.Buffer

	mu     sync.Mutex // guards locked; held across allocations under it
	locked bool       // the C side holds the buffer lock (Lock was called)

	trig triggerSlots // counter slots of released trigger chunks (trigger.go)
	avx  bool         // generated code uses AVX encodings (useAVX)
}

// gcPercent is the Go GC target New sets (GOGC unset).
const gcPercent = 400

var tuned sync.Once

// tuneRuntime sets the Go runtime up for the engine's work, once: New does
// it, and Warm first, on the CLI's preload thread, so that New on PHP's own
// thread finds it done (changing GOMAXPROCS stops the world).
func tuneRuntime() {
	tuned.Do(func() {
		if os.Getenv("GOGC") == "" {
			// Compiling makes garbage fast and keeps little alive (a
			// few MB at most): collecting at 5x the live heap instead
			// of 2x saves most GC cycles while a script's functions
			// compile, for a few MB of RSS. An explicit GOGC wins.
			debug.SetGCPercent(gcPercent)
		}
		if os.Getenv("GOMAXPROCS") == "" {
			// The engine runs only on the PHP thread that calls it
			// (PHP is NTS here): one P keeps the Go runtime's GC
			// workers off the other cores, which belong to PHP
			// (php-fpm's other workers, or nothing at all in the
			// CLI). An explicit GOMAXPROCS still wins.
			runtime.GOMAXPROCS(1)
		}
	})
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
	tuneRuntime()
	return &Engine{cfg: cfg, buf: buf, avx: useAVX(cfg.JIT, cpu.X86.HasAVX)}, nil
}

// useAVX says whether generated code uses AVX encodings: the C digit of
// gojit.jit (the CRTO number jit) asks for AVX "if the CPU supports it", as
// opcache.jit's does, and hasAVX says the CPU does. x/sys/cpu's HasAVX also
// checks that the OS saves the YMM registers (OSXSAVE and XCR0): without
// that, AVX instructions fault.
func useAVX(jit uint32, hasAVX bool) bool {
	return jit/1000 == config.CPUAVX && hasAVX
}

// AVX reports whether the code this engine generates uses AVX encodings.
func (e *Engine) AVX() bool { return e.avx }

// Lock takes the buffer's cross-process lock on behalf of the C caller, who
// holds it around "is it compiled yet?" checks and handler patching. Until
// Unlock, Compile and Release (from any goroutine: the engine cannot tell
// callers apart) allocate and free under that lock instead of taking it;
// Stats, which takes the lock, must not be called in between.
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

// Compile decodes one wire buffer, generates code, places it in the buffer
// and returns the entries to patch. Errors leave the buffer unchanged.
func (e *Engine) Compile(wire []byte) (*Result, error) {
	if e.cfg.DumpWireDir != "" {
		dumpWire(e.cfg.DumpWireDir, wire)
	}
	if e.cfg.PanicOn != "" {
		if name, err := jit.FuncName(wire); err == nil && name == e.cfg.PanicOn {
			panic("BUG: GOJIT_TEST_PANIC_ON asked for a panic compiling " + name)
		}
	}
	slot := NoSlot
	if s, ok := e.buf.NextSlot(uint64(len(e.cfg.Counters))); ok {
		slot = s
	}
	out, err := jit.Compile(wire, e.jitEnv(slot))
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

// alloc and free use the buffer lock the C caller holds (Lock), or take it
// themselves. e.mu is held across the check and the locked operation, so
// Unlock cannot release the buffer lock in between, and two goroutines never
// run AllocLocked/FreeLocked at once under the same holder's lock.
func (e *Engine) alloc(n uint64) (shm.Chunk, error) {
	e.mu.Lock()
	if e.locked {
		defer e.mu.Unlock()
		return e.buf.AllocLocked(n)
	}
	e.mu.Unlock()
	// Not under e.mu: Alloc may wait for the buffer lock, and Lock takes
	// e.mu after the buffer lock. If a Lock comes in between, Alloc just
	// waits for the matching Unlock.
	return e.buf.Alloc(n)
}

func (e *Engine) free(c shm.Chunk) error {
	e.mu.Lock()
	if e.locked {
		defer e.mu.Unlock()
		return e.buf.FreeLocked(c)
	}
	e.mu.Unlock()
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

// jitEnv is what the compiler is told about this process and setting,
// for a function counting its calls in slot.
func (e *Engine) jitEnv(slot uint32) jit.Env {
	return jit.Env{
		Counters:    e.countersAddr(),
		CounterSlot: slot,
		Debug:       e.cfg.Debug,
		Level:       uint8(e.cfg.JIT % 10),
		RegAlloc:    e.cfg.JIT/100%10 != 0,
		AVX:         e.avx,

		ExecutorGlobals: e.cfg.ExecutorGlobals,
		SqrtFunction:    e.cfg.SqrtFunction,
		CompilerGlobals: e.cfg.CompilerGlobals,
	}
}

func (e *Engine) countersAddr() uintptr {
	if len(e.cfg.Counters) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&e.cfg.Counters[0]))
}

// dumpWire saves wire as <dir>/<name>-<hash>.wire (see the package doc).
// Best effort: every error is ignored, and a panic (there should be none)
// is swallowed so that capture can never take a compile down.
func dumpWire(dir string, wire []byte) {
	defer func() { _ = recover() }()
	name, err := jit.FuncName(wire)
	if err != nil {
		name = "invalid"
	}
	sum := sha256.Sum256(wire)
	path := filepath.Join(dir, sanitizeName(name)+"-"+hex.EncodeToString(sum[:6])+".wire")
	if _, err := os.Stat(path); err == nil {
		return // same name and content: already captured
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	// Write a temporary file and rename it, so that a reader (or another
	// PHP process capturing the same function) never sees half a file.
	f, err := os.CreateTemp(dir, ".wire-*")
	if err != nil {
		return
	}
	_ = f.Chmod(0o644) // CreateTemp makes 0600 files
	_, werr := f.Write(wire)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
		_ = os.Remove(f.Name())
	}
}

// sanitizeName turns a display name ("App\Calc::sum", "{closure}") into a
// file name part: runs of characters outside [A-Za-z0-9_.-] become one '_',
// leading and trailing '_' and '.' are dropped, the result is at most 64
// bytes and never empty.
func sanitizeName(name string) string {
	var sb strings.Builder
	under := false
	for _, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r == '_' || r == '.' || r == '-'
		switch {
		case ok:
			sb.WriteRune(r)
			under = false
		case !under:
			sb.WriteByte('_')
			under = true
		}
		if sb.Len() >= 64 {
			break
		}
	}
	s := strings.Trim(sb.String(), "_.")
	if len(s) > 64 {
		s = s[:64]
	}
	if s == "" {
		s = "func"
	}
	return s
}
