package engine

import (
	"fmt"
	"os"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/gojit/gojit/config"
	"github.com/gojit/gojit/jit"
	"github.com/gojit/gojit/shm"
)

// TriggerParams are the C module's choices for one function's trigger
// stubs (struct gojit_trigger_params in ext/gojit_engine.h).
type TriggerParams struct {
	Mode    uint8  // gojit.jit T digit: 1, 2 or 3
	HotFunc uint32 // T=3: gojit.jit_hot_func (0: no function counter)
	HotLoop uint32 // T=3: gojit.jit_hot_loop (0: no loop counters)
	Kind    uint32 // copied into the record
	Flags   uint32 // copied into the record
	Helper  uint64 // address of gojit_rt_trigger
	// Slots are used first, in site order (function entry, then loop
	// headers): the slots an earlier chunk of the same function counted
	// into, so that its counts go on. They are the caller's; the engine
	// neither zeroes nor recycles them (ReleaseTrigger without recycling).
	Slots []uint32
}

// ErrNoSites is returned (wrapped) by CompileTrigger when a function has
// nothing to arm; it stays in the VM.
var ErrNoSites = jit.ErrNoSites

// triggerSlots recycles the counter slots of released trigger chunks. Slots
// come from the buffer's shared cursor, which never goes back: without
// recycling, a php-fpm worker without opcache would use up the table after
// a few hundred requests (every request arms its functions again). A
// released chunk belonged to a request-local op_array of this process, so
// no other process ever counted into its slots: this process may reuse
// them after zeroing its own counter.
type triggerSlots struct {
	mu   sync.Mutex
	free []uint32
}

// CompileTrigger generates the trigger stubs of one function
// (jit.CompileTrigger), places them in the buffer and returns, as entries,
// the ops whose handlers must point at their armed stubs. Result.Slot is
// the function entry's counter slot (T=2, T=3) or NoSlot. The chunk starts
// with the record C reads (struct gojit_trigger_record). Errors leave the
// buffer unchanged and give back the slots taken.
func (e *Engine) CompileTrigger(wire []byte, p TriggerParams) (*Result, error) {
	given := p.Slots
	newSlot := func() uint32 {
		if len(given) > 0 {
			s := given[0]
			given = given[1:]
			if int(s) < len(e.cfg.Counters) {
				return s
			}
		}
		return e.triggerSlot() // none given for this site, or NoSlot
	}
	// Only fresh slots go back to the pool on failure.
	fresh := func(slots []uint32) []uint32 {
		var out []uint32
		for _, s := range slots {
			if !slices.Contains(p.Slots, s) {
				out = append(out, s)
			}
		}
		return out
	}
	out, err := jit.CompileTrigger(wire, jit.TriggerEnv{
		Mode:     p.Mode,
		Helper:   p.Helper,
		Counters: e.countersAddr(),
		NewSlot:  newSlot,
		HotFunc:  p.HotFunc,
		HotLoop:  p.HotLoop,
		Kind:     p.Kind,
		Flags:    p.Flags,
		Debug:    e.cfg.Debug,
	})
	if err != nil {
		if out != nil {
			e.putSlots(fresh(out.Slots))
		}
		return nil, err
	}
	chunk, err := e.alloc(uint64(len(out.Code)))
	if err != nil {
		e.putSlots(fresh(out.Slots))
		return nil, err
	}
	if err := e.buf.Write(chunk, 0, out.Code); err != nil {
		_ = e.free(chunk)
		e.putSlots(fresh(out.Slots))
		return nil, err
	}
	base := e.buf.RX(chunk)
	res := &Result{Chunk: chunk, Slot: out.FuncSlot}
	for _, en := range out.Entries {
		res.Entries = append(res.Entries, Entry{OpIndex: en.OpIndex, Address: uint64(base) + uint64(en.Offset)})
	}
	if e.cfg.Debug&uint32(config.DebugASM) != 0 && out.Listing != "" {
		fmt.Fprintf(os.Stderr, "gojit: trigger stubs at %#x\n%s", base, out.Listing)
	}
	return res, nil
}

// ReleaseTrigger gives back a chunk CompileTrigger placed, once no handler
// can reach it any more (its op_array died with the request). With recycle,
// its counter slots go back to this process's pool (the caller may instead
// keep them for the function's next chunk, see TriggerParams.Slots). The
// chunk is zeroed before it is freed, so that no stale record or stub tag
// is ever found in it again (C recognises armed stubs by the tag in front
// of them).
func (e *Engine) ReleaseTrigger(c shm.Chunk, recycle bool) error {
	if c.Size == 0 || c.Off > uint64(len(e.cfg.RW)) || c.Size > uint64(len(e.cfg.RW))-c.Off {
		return fmt.Errorf("%w: {Off: %#x, Size: %#x}", shm.ErrBadChunk, c.Off, c.Size)
	}
	if slots, err := jit.TriggerSlots(e.cfg.RW[c.Off : c.Off+c.Size]); err == nil && recycle {
		e.putSlots(slots)
	}
	if err := e.buf.Write(c, 0, make([]byte, c.Size)); err != nil {
		return err
	}
	return e.free(c)
}

// triggerSlot hands out a recycled slot, or a fresh one from the buffer,
// or NoSlot when the table is used up.
func (e *Engine) triggerSlot() uint32 {
	e.trig.mu.Lock()
	if n := len(e.trig.free); n > 0 {
		s := e.trig.free[n-1]
		e.trig.free = e.trig.free[:n-1]
		e.trig.mu.Unlock()
		return s
	}
	e.trig.mu.Unlock()
	if s, ok := e.buf.NextSlot(uint64(len(e.cfg.Counters))); ok {
		return s
	}
	return NoSlot
}

// putSlots zeroes the slots' counters and makes them available again.
func (e *Engine) putSlots(slots []uint32) {
	e.trig.mu.Lock()
	defer e.trig.mu.Unlock()
	for _, s := range slots {
		if int(s) < len(e.cfg.Counters) {
			atomic.StoreUint64(&e.cfg.Counters[s], 0)
			e.trig.free = append(e.trig.free, s)
		}
	}
}
