package config

import (
	"errors"
	"strings"
	"testing"
)

func TestDescribe(t *testing.T) {
	tests := []struct {
		j    JIT
		want string
	}{
		{JIT{Off: true}, "off"},
		{JIT{}, "off"},
		{JIT{C: 1, R: 2, T: 0, O: 5}, "function JIT: compile on load, optimization level 5 (whole script), global register allocation (linear scan), AVX if available"},
		{JIT{C: 1, R: 2, T: 3, O: 5}, "function JIT: compile when hot counters trip, optimization level 5 (whole script), global register allocation (linear scan), AVX if available"},
		{JIT{C: 0, R: 1, T: 1, O: 2}, "function JIT: compile on first call, optimization level 2 (inline handlers), local register allocation, no AVX"},
		{JIT{C: 0, R: 0, T: 2, O: 3}, "function JIT: profile the first request, then compile hot functions, optimization level 3 (type inference), no register allocation, no AVX"},
		{JIT{C: 0, R: 0, T: 4, O: 4}, "function JIT: compile only @jit functions, optimization level 4 (call graph), no register allocation, no AVX"},
		{JIT{O: 1}, "function JIT: compile on load, optimization level 1 (minimal), no register allocation, no AVX"},
		{JIT{R: 1}, "function JIT: compile on load, optimization level 0 (no optimization), local register allocation, no AVX"},
	}
	for _, tt := range tests {
		if got := Describe(tt.j); got != tt.want {
			t.Errorf("Describe(%+v) = %q, want %q", tt.j, got, tt.want)
		}
	}
	// Every valid setting is described on one line without "unknown".
	for n := uint32(0); n <= 9999; n++ {
		j, err := FromNumber(n)
		if err != nil {
			continue
		}
		if d := Describe(j); d == "" || strings.Contains(d, "unknown") || strings.Contains(d, "\n") {
			t.Errorf("Describe(%d) = %q", n, d)
		}
	}
}

func TestDigitWordsOutOfRange(t *testing.T) {
	for _, got := range []string{TriggerWords(MaxTrigger + 1), OptWords(MaxOpt + 1), RegAllocWords(MaxRegAlloc + 1), CPUWords(MaxCPU + 1)} {
		if !strings.HasPrefix(got, "unknown ") {
			t.Errorf("out-of-range digit described as %q", got)
		}
	}
}

func TestNumberFromNumber(t *testing.T) {
	tests := []struct {
		n    uint32
		want JIT
		str  string
	}{
		{0, JIT{Off: true}, "off"},
		{1205, JIT{C: 1, R: 2, T: 0, O: 5}, "1205"},
		{1235, JIT{C: CPUAVX, R: RegAllocGlobal, T: TriggerHotCounters, O: OptWholeScript}, "1235"},
		{5, JIT{O: 5}, "0005"},
		{1, JIT{O: 1}, "0001"},
		{40, JIT{T: TriggerDocComment}, "0040"},
		{1000, JIT{C: 1}, "1000"},
		{1245, JIT{C: 1, R: 2, T: 4, O: 5}, "1245"},
	}
	for _, tt := range tests {
		j, err := FromNumber(tt.n)
		if err != nil || j != tt.want {
			t.Errorf("FromNumber(%d) = %+v, %v; want %+v", tt.n, j, err, tt.want)
			continue
		}
		if j.Number() != tt.n {
			t.Errorf("%+v.Number() = %d, want %d", j, j.Number(), tt.n)
		}
		if j.String() != tt.str {
			t.Errorf("%+v.String() = %q, want %q", j, j.String(), tt.str)
		}
		if back, err := ParseJIT(j.String()); err != nil || back != j {
			t.Errorf("ParseJIT(%q) = %+v, %v; want %+v", j.String(), back, err, j)
		}
	}
	for _, n := range []uint32{2205, 1305, 1255, 1206, 6, 10000, 12345, 1<<32 - 1} {
		if j, err := FromNumber(n); !errors.Is(err, ErrJIT) {
			t.Errorf("FromNumber(%d) = %+v, %v; want ErrJIT", n, j, err)
		}
	}
	// Exactly C 0-1 x R 0-2 x T 0-4 x O 0-5 numbers are valid, 0 being off.
	valid := 0
	for n := uint32(0); n <= 9999; n++ {
		j, err := FromNumber(n)
		if err != nil {
			continue
		}
		valid++
		if j.Number() != n {
			t.Errorf("FromNumber(%d).Number() = %d", n, j.Number())
		}
	}
	if want := 2 * 3 * 5 * 6; valid != want {
		t.Errorf("%d valid CRTO numbers, want %d", valid, want)
	}
	if (JIT{Off: true, C: 1, O: 5}).Number() != 0 {
		t.Error("Off JIT has a non-zero Number")
	}
}

func TestDefaults(t *testing.T) {
	j, err := ParseJIT("on")
	if err != nil || j.Number() != DefaultJIT {
		t.Errorf(`ParseJIT("on") = %v, %v; want %d`, j, err, DefaultJIT)
	}
	if n, err := ParseBufferSize("64M"); err != nil || n != DefaultBufferSize {
		t.Errorf(`ParseBufferSize("64M") = %d, %v`, n, err)
	}
}

func TestParseJITTracing(t *testing.T) {
	_, err := ParseJIT("Tracing")
	if !errors.Is(err, ErrJITTracing) {
		t.Fatalf("got %v, want ErrJITTracing", err)
	}
	for _, want := range []string{"no tracing JIT", "1205", "1235"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q lacks %q", err, want)
		}
	}
}

func TestFormatBytes(t *testing.T) {
	tests := []struct {
		n    uint64
		want string
	}{
		{0, "0 B"},
		{DefaultBufferSize, "64 MiB"},
		{MinBufferSize, "1.0 MiB"},
		{MaxBufferSize, "2.0 GiB"},
		{128 << 20, "128 MiB"},
		{1536 << 10, "1.5 MiB"},
	}
	for _, tt := range tests {
		if got := FormatBytes(tt.n); got != tt.want {
			t.Errorf("FormatBytes(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestDebug(t *testing.T) {
	if DebugKnown != 0x633 {
		t.Errorf("DebugKnown = %#x", uint32(DebugKnown))
	}
	tests := []struct {
		d    Debug
		want string
	}{
		{0, "none"},
		{DebugASM, "ASM"},
		{DebugASM | DebugPerfMap, "ASM|PERF"},
		{DebugKnown, "ASM|IR|PERF|PERF_DUMP|SIZE|COMPILE"},
		{DebugCompile | 0xc, "COMPILE|0xc"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("Debug(%#x).String() = %q, want %q", uint32(tt.d), got, tt.want)
		}
	}
	d, err := ParseDebug("0x411")
	if err != nil || !d.Has(DebugCompile|DebugASM) || d.Has(DebugIR) {
		t.Errorf(`ParseDebug("0x411") = %v, %v`, d, err)
	}
}

func TestParseDebugUnknownBits(t *testing.T) {
	_, err := ParseDebug("0x60d")
	var ub *UnknownDebugBitsError
	if !errors.As(err, &ub) || ub.Bits != 0xc {
		t.Fatalf("got %v, want unknown bits 0xc", err)
	}
	if want := "unknown bits 0xc; allowed bits: 0x1 ASM, 0x2 IR, 0x10 PERF, 0x20 PERF_DUMP, 0x200 SIZE, 0x400 COMPILE"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}
