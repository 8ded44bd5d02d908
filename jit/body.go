package jit

import (
	"errors"
	"fmt"

	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
)

// compileBody compiles f into one call-threaded body (optimization levels
// O>=1, see package callthread): every basic block start and every entry
// findEntries found becomes an entry into the body, and the function start
// counts the call as the stubs do.
func compileBody(f *wire.Func, entries []entry, env Env) (*Result, *callthread.Body, error) {
	counter, useCounter, err := counterAddr(env)
	if err != nil {
		return nil, nil, err
	}
	opt := callthread.Options{}
	if useCounter {
		opt.Counter = counter
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
	res := &Result{Code: b.Code, Entries: make([]Entry, len(b.Entries))}
	for i, e := range b.Entries {
		res.Entries[i] = Entry{OpIndex: e.Op, Offset: e.Offset}
	}
	return res, b, nil
}

// useBody says whether f gets a call-threaded body: at optimization level
// 1 ("call the VM's handlers from native code", as opcache's O=1), when the
// C module sent the CFG whose block starts become the body's entries.
// Otherwise the entries get stubs.
//
// Levels 2-5 keep stubs for now: bodies that only call handlers run 1.2-1.7x
// slower than the VM (whose hot handlers run inline, without call/ret), so
// they are worth it only once levels 2+ replace the hot ops with inline code.
func useBody(f *wire.Func, env Env) bool {
	return env.Level == 1 && f.Blocks != nil
}
