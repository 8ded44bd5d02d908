// Package jit is gojit's compiler: it turns one serialized PHP op_array
// (docs/wire-format.md) into x86-64 machine code plus the list of oplines
// whose handlers should point into it. It is the only public package of
// jit/; the engine (cgo/) calls Compile and CheckLayout and nothing else.
//
// The compiler is a pipeline of stages, one package each under internal/:
//
//	wire    decode and validate the buffer sent by the C module
//	zend    PHP 8.2 constants and structure layout the code relies on
//	amd64   instruction builder; the only user of golang-asm
//	callthread  call-threaded function bodies (O>=1)
//	inline  native fast paths for hot scalar ops inside bodies (O>=2)
//	disasm  listings for gojit.jit_debug
//	trigger stubs that arm a function until a compile trigger fires (T=1-3, trigger.go)
//
// From optimization level 1 on, a function becomes one call-threaded body
// (package callthread, body.go): each op calls its VM handler's function
// variant and the body follows the handler's choice of next op natively;
// every basic block start is an entry. From level 2 on, the hot scalar ops
// (arithmetic, comparisons, jumps, increments, scalar assignments) get
// inline fast paths guarded by type checks, falling back to the handler
// call (package inline). At level 0, or for a function sent
// without a CFG, each entry opline gets only a stub (entries.go, stubs.go)
// that counts the call and jumps to the original VM handler.
//
// Errors are for inputs (malformed buffer, function the compiler declines,
// bad Env); panics are for bugs in the compiler, and the cgo boundary
// recovers them.
package jit

import (
	"errors"
	"fmt"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// NoSlot is the Env.CounterSlot value for "no counter".
const NoSlot = ^uint32(0)

// gojit.jit_debug bits the compiler looks at.
const (
	DebugAsm uint32 = 0x1 // fill Result.Listing with a disassembly
	DebugIR  uint32 = 0x2 // IR dump; reserved, there is no IR yet
)

// Errors returned by Compile wrap one of these, so the engine can map them
// to GOJIT_ERR_* status codes with errors.Is.
var (
	// ErrDecode: the buffer is not a valid wire buffer (GOJIT_ERR_DECODE).
	ErrDecode = wire.ErrMalformed
	// ErrUnsupported: the compiler declines this function
	// (GOJIT_ERR_UNSUPPORTED); PHP keeps interpreting it.
	ErrUnsupported = errors.New("jit: unsupported function")
	// ErrEnv: the Env is inconsistent (GOJIT_ERR_STATE).
	ErrEnv = errors.New("jit: bad environment")
)

// Env is what the engine knows about the process and the function that is
// not in the wire buffer.
type Env struct {
	Counters    uintptr // base address of the per-process uint64 counter table (absolute)
	CounterSlot uint32  // this function's counter slot, or NoSlot
	Debug       uint32  // gojit.jit_debug bits (DebugAsm, DebugIR)
	Level       uint8   // optimization level O: 0 stubs, 1 call-threaded bodies, 2+ with fast paths (see useBody)
	// RegAlloc (the R digit not 0) keeps int/float CVs of loops in
	// registers, where the SSA types allow (O>=3).
	RegAlloc bool
	// ExecutorGlobals is the address of executor_globals (absolute): fast
	// paths of backward jumps check EG(vm_interrupt) there. Without it
	// bodies get no fast paths.
	ExecutorGlobals uint64
	// SqrtFunction is the zend_function of the internal sqrt() (0: none):
	// its calls get a fast path (sqrtsd) guarded by the call's cache slot.
	SqrtFunction uint64
	// CompilerGlobals is the address of compiler_globals (absolute), 0 if
	// unknown: native calls find run-time caches behind map_ptr offsets
	// (opcache's shared op_arrays) through CG(map_ptr_base).
	CompilerGlobals uint64
	// AVX: generated double arithmetic uses VEX (AVX) encodings instead
	// of SSE2. Only set it when the CPU and the OS support AVX (the
	// engine: gojit.jit's C digit is 1 and x/sys/cpu says HasAVX).
	AVX bool
}

// Entry is an opline whose handler must be patched to Code + Offset.
type Entry struct {
	OpIndex uint32 // index into the op_array's opcodes
	Offset  uint32 // offset of the entry inside Result.Code
}

// Result is one compiled function. Code is position independent: it holds
// absolute addresses only as immediates and no PC-relative reference to
// anything outside itself (its constant pool is inside), so the caller may
// copy it anywhere. Stub entry
// offsets are multiples of 16 (placing Code 16-byte aligned keeps them
// aligned); entries into a body are not aligned.
type Result struct {
	Code []byte
	// Data is where Code's constant pool (doubles read RIP-relative)
	// starts: Code[Data:] is data, not instructions. len(Code) without.
	Data    int
	Entries []Entry // sorted by OpIndex, no duplicates
	// NativeOps counts oplines with native fast paths (O>=2); the other
	// ops of a body call their VM handlers.
	NativeOps int
	Listing   string // disassembly, when Env.Debug&DebugAsm
}

// Layout is the Zend structure layout the C module measures (struct
// gojit_layout in ext/gojit_engine.h, field for field).
type Layout = zend.Layout

// ExpectedLayout returns the layout the compiler was written for.
func ExpectedLayout() Layout { return zend.ExpectedLayout() }

// CheckLayout reports an error naming every field where the layout measured
// by C differs from ExpectedLayout. The engine must refuse to start on an
// error: generated code would access the wrong fields.
func CheckLayout(got Layout) error { return zend.CheckLayout(got) }

// Compile decodes one wire buffer and compiles it. buf is not retained.
func Compile(buf []byte, env Env) (*Result, error) {
	f, err := wire.Decode(buf)
	if err != nil {
		return nil, err
	}
	res, err := compileFunc(f, env)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", funcName(f), err)
	}
	return res, nil
}

// compileFunc runs the stages on a decoded function.
func compileFunc(f *wire.Func, env Env) (*Result, error) {
	entries, err := findEntries(f)
	if err != nil {
		return nil, err
	}
	if useBody(f, env) {
		res, body, err := compileBody(f, entries, env)
		if err != nil {
			return nil, err
		}
		if env.Debug&DebugAsm != 0 {
			res.Listing = bodyListing(f, body)
		}
		return res, nil
	}
	code, offsets, err := emitStubs(f, entries, env)
	if err != nil {
		return nil, err
	}
	res := &Result{Code: code, Data: len(code), Entries: make([]Entry, len(entries))}
	for i, e := range entries {
		res.Entries[i] = Entry{OpIndex: e.op, Offset: offsets[i]}
	}
	if env.Debug&DebugAsm != 0 {
		res.Listing = listing(f, entries, res)
	}
	return res, nil
}

// FuncName decodes a wire buffer and returns the function's name as PHP's
// stack traces write it: "Class::method", "function", "{closure}", "{main}"
// for a script, "{eval}" for eval'd code.
func FuncName(buf []byte) (string, error) {
	f, err := wire.Decode(buf)
	if err != nil {
		return "", err
	}
	return displayName(f), nil
}

func displayName(f *wire.Func) string {
	switch {
	case f.Name == "" && f.Kind == wire.KindEval:
		return "{eval}"
	case f.Name == "":
		return "{main}"
	case f.Scope != "":
		return f.Scope + "::" + f.Name
	}
	return f.Name
}

// funcName names a function and where it starts, for errors and listings.
func funcName(f *wire.Func) string {
	return fmt.Sprintf("%s (%s:%d)", displayName(f), f.File, f.LineStart)
}
