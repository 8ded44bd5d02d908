package jit

import (
	"errors"
	"fmt"

	"github.com/gojit/gojit/jit/internal/disasm"
	"github.com/gojit/gojit/jit/internal/trigger"
	"github.com/gojit/gojit/jit/internal/wire"
)

// Trigger modes, as the gojit.jit T digit.
const (
	TriggerFirstCall   = uint8(trigger.FirstCall)   // T=1
	TriggerProfile     = uint8(trigger.Profile)     // T=2
	TriggerHotCounters = uint8(trigger.HotCounters) // T=3
)

// TriggerEnv is what CompileTrigger needs besides the wire buffer.
type TriggerEnv struct {
	Mode     uint8   // TriggerFirstCall, TriggerProfile or TriggerHotCounters
	Helper   uint64  // address of the C helper gojit_rt_trigger
	Counters uintptr // base address of the per-process counter table
	// NewSlot hands out a counter slot (T=2, T=3), or NoSlot when there
	// are none left; nil means no counters.
	NewSlot func() uint32
	HotFunc uint32 // T=3: calls that fire the function entry; 0: no entry counter
	HotLoop uint32 // T=3: iterations that fire a loop header; 0: no loop counters
	Kind    uint32 // copied into the record (the C module's GOJIT_KIND_*)
	Flags   uint32 // copied into the record (GOJIT_TRIGGER_F_*)
	Debug   uint32 // DebugAsm fills TriggerResult.Listing
}

// TriggerResult is the chunk of trigger stubs for one function: a record
// the C module reads (struct gojit_trigger_record), then the stubs. Code is
// position independent; place it 16-byte aligned.
type TriggerResult struct {
	Code     []byte
	Entries  []Entry  // ops whose handlers must point at their armed stub, in op order
	FuncSlot uint32   // the function entry's counter slot, or NoSlot
	Slots    []uint32 // every slot taken from NewSlot, also on error
	Listing  string
}

// ErrNoSites is returned (wrapped) by CompileTrigger when the function has
// nothing to arm (T=3 with both counters off, or only loops with the loop
// counter off): it stays in the VM.
var ErrNoSites = errors.New("jit: no trigger sites")

// CompileTrigger decodes one wire buffer and generates the trigger stubs
// for it (package trigger describes them): T=1 and T=2 arm the function
// entry; T=3 arms the function entry (unless env.HotFunc is 0) and every
// reachable loop header of the wire's CFG (unless env.HotLoop is 0). A loop
// header that is also the function entry gets one stub, counting calls.
//
// Only the function start is armed, not the RECV_INIT entries: every call
// reaches the start, either directly or by running the receive ops.
func CompileTrigger(buf []byte, env TriggerEnv) (*TriggerResult, error) {
	f, err := wire.Decode(buf)
	if err != nil {
		return nil, err
	}
	res := &TriggerResult{FuncSlot: NoSlot}
	if err := compileTrigger(f, env, res); err != nil {
		return res, fmt.Errorf("%s: %w", funcName(f), err)
	}
	return res, nil
}

func compileTrigger(f *wire.Func, env TriggerEnv, res *TriggerResult) error {
	entries, err := findEntries(f)
	if err != nil {
		return err
	}
	mode := trigger.Mode(env.Mode)
	if mode < trigger.FirstCall || mode > trigger.HotCounters {
		return fmt.Errorf("%w: trigger mode %d", ErrEnv, env.Mode)
	}
	slot := func() uint32 {
		if env.NewSlot == nil {
			return NoSlot
		}
		s := env.NewSlot()
		if s != NoSlot {
			res.Slots = append(res.Slots, s)
		}
		return s
	}
	var start uint32
	for _, e := range entries {
		if e.start {
			start = e.op
		}
	}

	var sites []trigger.Site
	if mode != trigger.HotCounters || env.HotFunc > 0 {
		s := trigger.Site{Op: start, Orig: f.Ops[start].Handler, Slot: NoSlot, Flags: trigger.SiteEntry}
		if mode != trigger.FirstCall {
			s.Slot = slot()
			res.FuncSlot = s.Slot
			s.Threshold = env.HotFunc
		}
		sites = append(sites, s)
	}
	if mode == trigger.HotCounters && env.HotLoop > 0 {
		for _, op := range loopHeaders(f) {
			if op == start && len(sites) > 0 {
				sites[0].Flags |= trigger.SiteLoop
				continue
			}
			sites = append(sites, trigger.Site{Op: op, Orig: f.Ops[op].Handler, Slot: slot(),
				Threshold: env.HotLoop, Flags: trigger.SiteLoop})
		}
	}
	if len(sites) == 0 {
		return ErrNoSites
	}
	for _, s := range sites {
		if s.Orig == 0 {
			return fmt.Errorf("%w: op #%d has no handler address", ErrUnsupported, s.Op)
		}
	}
	c, err := trigger.Build(trigger.Spec{
		Mode:     mode,
		Helper:   env.Helper,
		Counters: uint64(env.Counters),
		Opcodes:  f.OpcodesAddr,
		OpArray:  f.OpArrayAddr,
		Kind:     env.Kind,
		Flags:    env.Flags,
		FuncSlot: res.FuncSlot,
		Sites:    sites,
	})
	if err != nil {
		return fmt.Errorf("%w: %v", ErrEnv, err)
	}
	res.Code = c.Code
	for i, s := range sites {
		res.Entries = append(res.Entries, Entry{OpIndex: s.Op, Offset: c.Armed[i]})
	}
	if env.Debug&DebugAsm != 0 {
		res.Listing = triggerListing(f, mode, c)
	}
	return nil
}

// loopHeaders returns the first op of every reachable loop header block, in
// block order (which is op order).
func loopHeaders(f *wire.Func) []uint32 {
	var out []uint32
	for _, b := range f.Blocks {
		const want = wire.BBLoopHeader | wire.BBReachable
		if b.Flags&want == want && b.Len > 0 && uint64(b.Start) < uint64(len(f.Ops)) {
			out = append(out, b.Start)
		}
	}
	return out
}

// triggerListing renders the stubs for gojit.jit_debug=0x1 (at offset 0;
// the record is data and is not disassembled).
func triggerListing(f *wire.Func, mode trigger.Mode, c *trigger.Chunk) string {
	s := fmt.Sprintf("; gojit: %s %s, trigger stubs (%s), %d bytes\n", f.Kind, funcName(f), mode, len(c.Code))
	for _, st := range c.Stubs {
		s += disasm.Disassemble(c.Code[st.Offset:st.Offset+st.Size], uint64(st.Offset),
			map[int]string{0: st.Text})
	}
	return s
}

// TriggerSlots returns the counter slots the trigger chunk code (as
// CompileTrigger made it, e.g. read back from the buffer) counts into, so
// the engine can reuse them once the chunk is released.
func TriggerSlots(code []byte) ([]uint32, error) {
	r, err := trigger.ParseRecord(code)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecode, err)
	}
	var out []uint32
	for _, s := range r.Sites {
		if s.Slot != NoSlot {
			out = append(out, s.Slot)
		}
	}
	return out, nil
}

// TriggerRecordLayout is the layout of the trigger record, sites and tags
// as package trigger writes them; the cgo package compares it with the C
// compiler's view of struct gojit_trigger_record (ext/gojit_engine.h).
type TriggerRecordLayout struct {
	Magic, Tag                                                         uint64
	OffOpcodes, OffTrigger, OffCount, OffKind, OffFlags, OffFuncSlot   uintptr
	OffOpArray, RecordSize                                             uintptr
	SiteOffSlot, SiteOffOrig, SiteOffArmed, SiteOffPass, SiteOffThresh uintptr
	SiteOffFlags, SiteSize, TagSize                                    uintptr
	SiteEntry, SiteLoop                                                uint32
}

// TriggerLayout returns the layout the engine writes.
func TriggerLayout() TriggerRecordLayout {
	return TriggerRecordLayout{
		Magic: trigger.RecordMagic, Tag: trigger.TagMagic,
		OffOpcodes: trigger.OffOpcodes, OffTrigger: trigger.OffTrigger, OffCount: trigger.OffCount,
		OffKind: trigger.OffKind, OffFlags: trigger.OffFlags, OffFuncSlot: trigger.OffFuncSlot,
		OffOpArray:  trigger.OffOpArray,
		RecordSize:  trigger.RecordSize,
		SiteOffSlot: trigger.SiteOffSlot, SiteOffOrig: trigger.SiteOffOrig, SiteOffArmed: trigger.SiteOffArmed,
		SiteOffPass: trigger.SiteOffPassthrough, SiteOffThresh: trigger.SiteOffThreshold,
		SiteOffFlags: trigger.SiteOffFlags, SiteSize: trigger.SiteSize, TagSize: trigger.TagSize,
		SiteEntry: trigger.SiteEntry, SiteLoop: trigger.SiteLoop,
	}
}
