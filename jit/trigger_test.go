package jit

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/trigger"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

const testHelper = 0x7f3a_1000_1230

// slots returns a NewSlot that hands out n, n+1, ... up to limit (exclusive).
func slots(n, limit uint32) func() uint32 {
	return func() uint32 {
		if n >= limit {
			return NoSlot
		}
		n++
		return n - 1
	}
}

// loopFunc is spin() from testFuncs with a CFG: op 2 heads a reachable loop,
// op 3 is marked as a loop header of an unreachable block (never armed).
func loopFunc() *wire.Func {
	f := *testFuncs[6].fn
	f.Ops = append([]wire.Op(nil), f.Ops...)
	f.Blocks = []wire.Block{
		{Start: 0, Len: 2, Flags: wire.BBStart | wire.BBReachable, LoopHeader: -1},
		{Start: 2, Len: 1, Flags: wire.BBTarget | wire.BBLoopHeader | wire.BBReachable, LoopHeader: -1},
		{Start: 3, Len: 2, Flags: wire.BBTarget | wire.BBLoopHeader, LoopHeader: 1},
		{Start: 5, Len: 1, Flags: wire.BBFollow | wire.BBReachable, LoopHeader: -1},
	}
	for i := range f.Ops {
		f.Ops[i].Block = uint32(map[int]int{0: 0, 1: 0, 2: 1, 3: 2, 4: 2, 5: 3}[i])
	}
	return &f
}

// sitesOf returns "op:flags:slot:threshold" per site of a result's record.
func sitesOf(t *testing.T, res *TriggerResult) string {
	t.Helper()
	r, err := trigger.ParseRecord(res.Code)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, s := range r.Sites {
		if res.Entries[i].OpIndex != s.Op || res.Entries[i].Offset != s.Armed {
			t.Errorf("entry %d %+v does not match site %+v", i, res.Entries[i], s)
		}
		slot := "-"
		if s.Slot != NoSlot {
			slot = fmt.Sprint(s.Slot)
		}
		out = append(out, fmt.Sprintf("%d:%d:%s:%d", s.Op, s.Flags, slot, s.Threshold))
	}
	return strings.Join(out, " ")
}

func TestCompileTriggerSites(t *testing.T) {
	for _, c := range []struct {
		name      string
		fn        *wire.Func
		env       TriggerEnv
		want      string
		wantSlots int
	}{
		{"T=1 start after RECV_INITs", testFuncs[2].fn, TriggerEnv{Mode: TriggerFirstCall}, "3:1:-:0", 0},
		{"T=1 typed: op 0", testFuncs[3].fn, TriggerEnv{Mode: TriggerFirstCall}, "0:1:-:0", 0},
		{"T=1 ignores loops", loopFunc(), TriggerEnv{Mode: TriggerFirstCall, HotLoop: 5}, "0:1:-:0", 0},
		{"T=2 counts the start", testFuncs[2].fn, TriggerEnv{Mode: TriggerProfile}, "3:1:0:0", 1},
		{"T=3 start and reachable loop", loopFunc(), TriggerEnv{Mode: TriggerHotCounters, HotFunc: 127, HotLoop: 64},
			"0:1:0:127 2:2:1:64", 2},
		{"T=3 loop counter off", loopFunc(), TriggerEnv{Mode: TriggerHotCounters, HotFunc: 3}, "0:1:0:3", 1},
		{"T=3 function counter off", loopFunc(), TriggerEnv{Mode: TriggerHotCounters, HotLoop: 2}, "2:2:0:2", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := c.env
			env.Helper, env.Counters, env.NewSlot = testHelper, testCounters, slots(0, 100)
			res, err := CompileTrigger(wire.Encode(c.fn), env)
			if err != nil {
				t.Fatal(err)
			}
			if got := sitesOf(t, res); got != c.want {
				t.Errorf("sites %s, want %s", got, c.want)
			}
			if len(res.Slots) != c.wantSlots {
				t.Errorf("slots %v, want %d", res.Slots, c.wantSlots)
			}
			if len(res.Code)%16 != 0 {
				t.Errorf("code size %d", len(res.Code))
			}
		})
	}
}

func TestCompileTriggerLoopAtStart(t *testing.T) {
	f := loopFunc()
	f.Blocks[0].Flags |= wire.BBLoopHeader // the loop starts at the function start
	res, err := CompileTrigger(wire.Encode(f), TriggerEnv{Mode: TriggerHotCounters, HotFunc: 9, HotLoop: 4,
		Helper: testHelper, Counters: testCounters, NewSlot: slots(10, 100)})
	if err != nil {
		t.Fatal(err)
	}
	if got := sitesOf(t, res); got != "0:3:10:9 2:2:11:4" {
		t.Errorf("sites %s", got)
	}
	if res.FuncSlot != 10 {
		t.Errorf("FuncSlot %d", res.FuncSlot)
	}
}

func TestCompileTriggerErrors(t *testing.T) {
	env := TriggerEnv{Mode: TriggerHotCounters, Helper: testHelper, Counters: testCounters, NewSlot: slots(0, 100)}
	if _, err := CompileTrigger(wire.Encode(loopFunc()), env); !errors.Is(err, ErrNoSites) {
		t.Errorf("both counters off: %v", err)
	}
	env.Mode = 4
	env.HotFunc = 1
	if _, err := CompileTrigger(wire.Encode(loopFunc()), env); !errors.Is(err, ErrEnv) {
		t.Errorf("mode 4: %v", err)
	}
	if _, err := CompileTrigger([]byte("junk"), env); !errors.Is(err, ErrDecode) {
		t.Errorf("junk: %v", err)
	}
	// Slots taken before an error are reported, so the engine can give them back.
	f := loopFunc()
	f.Ops[2].Handler = 0
	env.Mode, env.HotLoop = TriggerHotCounters, 1
	res, err := CompileTrigger(wire.Encode(f), env)
	if !errors.Is(err, ErrUnsupported) || res == nil || len(res.Slots) != 2 {
		t.Errorf("no handler: %v, %+v", err, res)
	}
	// Out of slots: the sites exist without counters.
	env.NewSlot = slots(0, 0)
	res, err = CompileTrigger(wire.Encode(loopFunc()), env)
	if err != nil || sitesOf(t, res) != "0:1:-:1 2:2:-:1" {
		t.Errorf("no slots: %v", err)
	}
}

// TestCompileTriggerCaptures arms every captured real function in every mode.
func TestCompileTriggerCaptures(t *testing.T) {
	for _, c := range loadCaptures(t) {
		for mode := TriggerFirstCall; mode <= TriggerHotCounters; mode++ {
			res, err := CompileTrigger(c.buf, TriggerEnv{Mode: mode, Helper: testHelper, Counters: testCounters,
				NewSlot: slots(0, 1000), HotFunc: 1, HotLoop: 1, Debug: DebugAsm})
			if err != nil {
				t.Errorf("%s/%s T=%d: %v", c.level, c.name, mode, err)
				continue
			}
			f, _ := wire.Decode(c.buf)
			for _, e := range res.Entries {
				if f.Ops[e.OpIndex].Opcode == uint8(zend.Recv) && f.Flags&zend.AccHasTypeHints == 0 {
					t.Errorf("%s/%s: untyped RECV op #%d armed", c.level, c.name, e.OpIndex)
				}
			}
			if !strings.Contains(res.Listing, "armed stub") || !strings.Contains(res.Listing, "pass-through stub") {
				t.Errorf("%s/%s: listing:\n%s", c.level, c.name, res.Listing)
			}
		}
	}
}
