package trigger

import (
	"encoding/binary"
	"errors"
	"fmt"
	"testing"

	"golang.org/x/arch/x86/x86asm"
)

const (
	helper   = 0x7f0000001230
	counters = 0x7f0000100000
	opcodes  = 0x7f0000200000
	opArray  = 0x7f0000280000
	r14Value = 0x7f0000300000
)

// exit is how one run of a stub ended.
type exit struct {
	kind   string // "jmp" (to an address), "call" (then resumed), "dispatch" (jmp [r15])
	target uint64
	rdi    uint64 // at the call
	rsi    uint64
}

// run executes the stub at off on a model of the VM entry state and returns
// the control transfers it made until it left. mem holds the counter cells.
// It fails the test on any instruction a stub must not contain.
func run(t *testing.T, code []byte, off int, r15 uint64, mem map[uint64]uint64) []exit {
	t.Helper()
	regs := map[x86asm.Reg]uint64{x86asm.R14: r14Value, x86asm.R15: r15}
	var carry bool
	var out []exit
	read := func(a x86asm.Arg) uint64 {
		switch a := a.(type) {
		case x86asm.Reg:
			return regs[full(a)]
		case x86asm.Imm:
			return uint64(a)
		case x86asm.Mem:
			return mem[regs[a.Base]+uint64(a.Disp)]
		}
		t.Fatalf("operand %v", a)
		return 0
	}
	for steps := 0; steps < 100; steps++ {
		if off < 0 || off >= len(code) {
			t.Fatalf("pc %#x outside the code", off)
		}
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			t.Fatalf("offset %#x: %v", off, err)
		}
		next := off + in.Len
		switch in.Op {
		case x86asm.MOV:
			v := read(in.Args[1])
			dst, ok := in.Args[0].(x86asm.Reg)
			if !ok || !allowedReg(full(dst)) {
				t.Fatalf("%v: writes %v", in, in.Args[0])
			}
			if dst >= x86asm.EAX && dst <= x86asm.R15L {
				v = uint64(uint32(v))
			}
			regs[full(dst)] = v
		case x86asm.INC:
			m, ok := in.Args[0].(x86asm.Mem)
			if !ok || m.Base != x86asm.RAX {
				t.Fatalf("%v: not inc [rax]", in)
			}
			mem[regs[x86asm.RAX]]++
		case x86asm.CMP:
			x, y := read(in.Args[0]), read(in.Args[1])
			carry = x < y
		case x86asm.JAE:
			if !carry {
				next += int(in.Args[0].(x86asm.Rel))
			}
		case x86asm.CALL:
			out = append(out, exit{kind: "call", target: read(in.Args[0]),
				rdi: regs[x86asm.RDI], rsi: regs[x86asm.RSI]})
		case x86asm.JMP:
			if m, ok := in.Args[0].(x86asm.Mem); ok {
				if m.Base != x86asm.R15 || m.Disp != 0 {
					t.Fatalf("%v: not jmp [r15]", in)
				}
				return append(out, exit{kind: "dispatch"})
			}
			return append(out, exit{kind: "jmp", target: read(in.Args[0])})
		default:
			t.Fatalf("unexpected instruction %v", in)
		}
		off = next
	}
	t.Fatal("stub does not end")
	return nil
}

func full(r x86asm.Reg) x86asm.Reg {
	if r >= x86asm.EAX && r <= x86asm.R15L {
		return r - x86asm.EAX + x86asm.RAX
	}
	return r
}

func allowedReg(r x86asm.Reg) bool {
	return r == x86asm.RAX || r == x86asm.RDI || r == x86asm.RSI
}

func spec(mode Mode, sites ...Site) Spec {
	return Spec{Mode: mode, Helper: helper, Counters: counters, Opcodes: opcodes, OpArray: opArray,
		Kind: 1, Flags: 1, FuncSlot: sites[0].Slot, Sites: sites}
}

func opline(i uint32) uint64 { return opcodes + 32*uint64(i) }

func TestFirstCall(t *testing.T) {
	c, err := Build(spec(FirstCall, Site{Op: 2, Orig: 0x1000, Slot: NoSlot, Flags: SiteEntry}))
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, c.Code, int(c.Armed[0]), opline(2), map[uint64]uint64{})
	want := []exit{{kind: "call", target: helper, rdi: r14Value, rsi: opline(2)}, {kind: "dispatch"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestProfile(t *testing.T) {
	c, err := Build(spec(Profile, Site{Op: 0, Orig: 0x1000, Slot: 5, Flags: SiteEntry}))
	if err != nil {
		t.Fatal(err)
	}
	mem := map[uint64]uint64{}
	for i := 1; i <= 3; i++ {
		got := run(t, c.Code, int(c.Armed[0]), opline(0), mem)
		if fmt.Sprint(got) != fmt.Sprint([]exit{{kind: "jmp", target: 0x1000}}) {
			t.Fatalf("run %d: %v", i, got)
		}
		if mem[counters+8*5] != uint64(i) {
			t.Fatalf("run %d: counter %d", i, mem[counters+8*5])
		}
	}
}

func TestHotCounters(t *testing.T) {
	c, err := Build(spec(HotCounters,
		Site{Op: 1, Orig: 0x1000, Slot: 7, Threshold: 3, Flags: SiteEntry},
		Site{Op: 4, Orig: 0x2000, Slot: 8, Threshold: 1, Flags: SiteLoop},
		Site{Op: 9, Orig: 0x3000, Slot: NoSlot, Threshold: 5, Flags: SiteLoop}))
	if err != nil {
		t.Fatal(err)
	}
	mem := map[uint64]uint64{}
	fire := func(op uint32) string {
		return fmt.Sprint([]exit{{kind: "call", target: helper, rdi: r14Value, rsi: opline(op)}, {kind: "dispatch"}})
	}
	for i := 1; i <= 4; i++ {
		got := fmt.Sprint(run(t, c.Code, int(c.Armed[0]), opline(1), mem))
		want := fmt.Sprint([]exit{{kind: "jmp", target: 0x1000}})
		if i >= 3 {
			want = fire(1) // fires until the helper changes the handler
		}
		if got != want {
			t.Errorf("entry, call %d: got %s, want %s", i, got, want)
		}
	}
	if got := fmt.Sprint(run(t, c.Code, int(c.Armed[1]), opline(4), mem)); got != fire(4) {
		t.Errorf("loop with threshold 1: got %s", got)
	}
	if got := fmt.Sprint(run(t, c.Code, int(c.Armed[2]), opline(9), mem)); got != fire(9) {
		t.Errorf("loop without a counter: got %s", got)
	}
	if mem[counters+8*7] != 4 || mem[counters+8*8] != 1 {
		t.Errorf("counters: %v", mem)
	}
}

func TestLayout(t *testing.T) {
	sp := spec(HotCounters,
		Site{Op: 1, Orig: 0x1000, Slot: 7, Threshold: 3, Flags: SiteEntry | SiteLoop},
		Site{Op: 4, Orig: 0x2000, Slot: 8, Threshold: 64, Flags: SiteLoop})
	c, err := Build(sp)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Code)%stubAlign != 0 {
		t.Errorf("code size %d not a multiple of %d", len(c.Code), stubAlign)
	}
	r, err := ParseRecord(c.Code)
	if err != nil {
		t.Fatal(err)
	}
	if r.Mode != HotCounters || r.Opcodes != opcodes || r.OpArray != opArray || r.Kind != 1 || r.Flags != 1 || r.FuncSlot != 7 || len(r.Sites) != 2 {
		t.Fatalf("record %+v", r)
	}
	le := binary.LittleEndian
	for i, s := range r.Sites {
		if s.Site != sp.Sites[i] {
			t.Errorf("site %d: %+v, want %+v", i, s.Site, sp.Sites[i])
		}
		if s.Armed != c.Armed[i] || s.Armed%stubAlign != 0 || s.Passthrough%stubAlign != 0 {
			t.Errorf("site %d: armed %d (chunk says %d), pass-through %d", i, s.Armed, c.Armed[i], s.Passthrough)
		}
		// What C does: the tag right before the stub leads back to the record.
		tag := c.Code[s.Armed-TagSize:]
		if le.Uint64(tag) != TagMagic || le.Uint64(tag[8:]) != uint64(s.Armed) {
			t.Errorf("site %d: tag %x", i, tag[:TagSize])
		}
		// A pass-through stub has no tag (it must look like compiled code).
		if le.Uint64(c.Code[s.Passthrough-TagSize:]) == TagMagic {
			t.Errorf("site %d: pass-through stub is tagged", i)
		}
		got := run(t, c.Code, int(s.Passthrough), opline(s.Op), map[uint64]uint64{})
		if fmt.Sprint(got) != fmt.Sprint([]exit{{kind: "jmp", target: s.Orig}}) {
			t.Errorf("site %d: pass-through %v", i, got)
		}
	}
	if string(binary.LittleEndian.AppendUint64(nil, RecordMagic)) != "GJTRIGRC" ||
		string(binary.LittleEndian.AppendUint64(nil, TagMagic)) != "GJTRSTUB" {
		t.Error("magic values do not spell their names")
	}
}

func TestBadSpecs(t *testing.T) {
	site := Site{Op: 1, Orig: 0x1000, Slot: NoSlot}
	for name, sp := range map[string]Spec{
		"mode 0":         {Mode: 0, Helper: helper, Sites: []Site{site}},
		"mode 4":         {Mode: 4, Helper: helper, Sites: []Site{site}},
		"no sites":       {Mode: FirstCall, Helper: helper},
		"no helper":      {Mode: FirstCall, Sites: []Site{site}},
		"duplicate":      {Mode: FirstCall, Helper: helper, Sites: []Site{site, site}},
		"no orig":        {Mode: FirstCall, Helper: helper, Sites: []Site{{Op: 1, Slot: NoSlot}}},
		"slot, no table": {Mode: Profile, Sites: []Site{{Op: 1, Orig: 1, Slot: 3}}},
		"misaligned":     {Mode: Profile, Counters: 4, Sites: []Site{site}},
	} {
		if _, err := Build(sp); !errors.Is(err, ErrSpec) {
			t.Errorf("%s: got %v, want ErrSpec", name, err)
		}
	}
	if _, err := ParseRecord(make([]byte, 64)); !errors.Is(err, ErrRecord) {
		t.Errorf("zero record: %v", err)
	}
	c, _ := Build(spec(FirstCall, Site{Op: 2, Orig: 0x1000, Slot: NoSlot}))
	binary.LittleEndian.PutUint32(c.Code[OffCount:], 1000)
	if _, err := ParseRecord(c.Code); !errors.Is(err, ErrRecord) {
		t.Errorf("count past the end: %v", err)
	}
}
