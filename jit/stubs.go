package jit

import (
	"fmt"
	"math"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/wire"
)

// stubAlign is the alignment of each entry stub.
const stubAlign = 16

// emitStubs generates one stub per entry and returns the code and the stub
// offsets. The VM reaches a stub by "jmp *(%r15)" with r14 = execute_data,
// r15 = the entry opline and rsp inside execute_ex's frame; a stub touches
// only rax and the flags (both garbage at that point), never moves rsp and
// leaves by jumping to the opline's original handler, which finds the VM
// state untouched:
//
//	movabs rax, counters + 8*slot   ; function start only, unless NoSlot
//	inc    qword ptr [rax]          ; per-process counter, no lock needed
//	movabs rax, orig_handler
//	jmp    rax
//
// Absolute addresses are immediates, so the code runs at any address.
func emitStubs(f *wire.Func, entries []entry, env Env) ([]byte, []uint32, error) {
	counter, useCounter, err := counterAddr(env)
	if err != nil {
		return nil, nil, err
	}
	a := amd64.NewAssembler()
	labels := make([]amd64.Label, len(entries))
	for i, e := range entries {
		if i > 0 {
			a.Align(stubAlign)
		}
		labels[i] = a.NewLabel()
		a.Bind(labels[i])
		if e.start && useCounter {
			a.MovImm64(amd64.RAX, counter)
			a.IncMem64(amd64.M(amd64.RAX, 0))
		}
		a.MovImm64(amd64.RAX, f.Ops[e.op].Handler)
		a.JmpReg(amd64.RAX)
	}
	code, err := a.Assemble()
	if err != nil {
		return nil, nil, err
	}
	offsets := make([]uint32, len(entries))
	for i, l := range labels {
		offsets[i] = uint32(a.Offset(l))
	}
	return code, offsets, nil
}

// counterAddr returns the absolute address of this function's counter.
func counterAddr(env Env) (addr uint64, ok bool, err error) {
	if env.CounterSlot == NoSlot {
		return 0, false, nil
	}
	base := uint64(env.Counters)
	switch {
	case base == 0:
		return 0, false, fmt.Errorf("%w: counter slot %d but no counter table", ErrEnv, env.CounterSlot)
	case base%8 != 0:
		return 0, false, fmt.Errorf("%w: counter table %#x is not 8-byte aligned", ErrEnv, base)
	case base > math.MaxUint64-8-8*uint64(env.CounterSlot):
		return 0, false, fmt.Errorf("%w: counter slot %d overflows the address space", ErrEnv, env.CounterSlot)
	}
	return base + 8*uint64(env.CounterSlot), true, nil
}
