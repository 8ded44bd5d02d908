package jit

import (
	"errors"
	"fmt"

	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/inline"
	"github.com/gojit/gojit/jit/internal/wire"
)

// compileBody compiles f into one call-threaded body (optimization levels
// O>=1, see package callthread): every basic block start and every entry
// findEntries found becomes an entry into the body, and the function start
// counts the call as the stubs do. From O=2 on the hot scalar ops get
// inline fast paths (package inline).
func compileBody(f *wire.Func, entries []entry, env Env) (*Result, *callthread.Body, error) {
	counter, useCounter, err := counterAddr(env)
	if err != nil {
		return nil, nil, err
	}
	opt := callthread.Options{AVX: env.AVX}
	if useCounter {
		opt.Counter = counter
	}
	if useInline(env) {
		in := inline.New(f)
		in.SqrtFunction = env.SqrtFunction
		if env.RegAlloc {
			in.AllocateRegisters()
		}
		// Regs even without register CVs: entries check the facts the
		// fast paths rely on (inline/facts.go, callfacts.go) before
		// native code runs.
		opt.Regs = in
		opt.Inline = in
		opt.ExecutorGlobals = env.ExecutorGlobals
		opt.CompilerGlobals = env.CompilerGlobals
		opt.VMRuns = true
	}
	for _, e := range entries {
		opt.Entries = append(opt.Entries, e.op)
		if e.start {
			opt.Start = e.op
		}
	}
	b, err := callthread.Compile(f, opt)
	if errors.Is(err, callthread.ErrUnsupported) {
		return nil, nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	if err != nil {
		return nil, nil, err
	}
	res := &Result{Code: b.Code, Data: b.Pool, Entries: make([]Entry, len(b.Entries)), NativeOps: b.Inlined}
	for i, e := range b.Entries {
		res.Entries[i] = Entry{OpIndex: e.Op, Offset: e.Offset}
	}
	return res, b, nil
}

// useBody says whether f gets a call-threaded body: from optimization
// level 1 on ("call the VM's handlers from native code", as opcache's O=1),
// when the C module sent the CFG whose block starts become the body's
// entries. Otherwise the entries get stubs.
func useBody(f *wire.Func, env Env) bool {
	return env.Level >= 1 && f.Blocks != nil
}

// useInline says whether bodies get fast paths: from level 2 on. Level 1
// keeps plain call-threaded bodies (1.2-1.7x slower than the VM, whose hot
// handlers run inline without call/ret). With fast paths, the other ops and
// the fallbacks run on the VM (callthread.Options.VMRuns): a jump to the
// op's VM label costs less than a call of its handler function plus the
// comparisons after it, and the VM runs a stretch of such ops at its own
// speed until it dispatches back into a fast path.
func useInline(env Env) bool {
	return env.Level >= 2 && env.ExecutorGlobals != 0
}
