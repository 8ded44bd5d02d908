package config

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCHeader checks that ext/gojit_config.h defines the same constants as
// this package. The parsers themselves are compared by the shared table and
// by config/internal/cparity.
func TestCHeader(t *testing.T) {
	src, err := os.ReadFile("../ext/gojit_config.h")
	if err != nil {
		t.Fatal(err)
	}
	defines := map[string]string{}
	re := regexp.MustCompile(`(?m)^#define\s+(GOJIT_\w+)\s+(\S+)`)
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		defines[m[1]] = m[2]
	}
	num := func(name string) float64 {
		v, ok := defines[name]
		if !ok {
			t.Errorf("%s not defined", name)
			return -1
		}
		v = strings.TrimRight(v, "uUlL")
		if strings.HasPrefix(v, "0x") {
			n, err := strconv.ParseUint(v[2:], 16, 64)
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
			return float64(n)
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Errorf("%s = %q: %v", name, v, err)
		}
		return f
	}
	ini := func(name string) string {
		v, err := strconv.Unquote(defines[name])
		if err != nil {
			t.Errorf("%s = %q: %v", name, defines[name], err)
		}
		return v
	}
	want := map[string]float64{
		"GOJIT_CPU_GENERIC":            CPUGeneric,
		"GOJIT_CPU_AVX":                CPUAVX,
		"GOJIT_CPU_MAX":                MaxCPU,
		"GOJIT_REGALLOC_NONE":          RegAllocNone,
		"GOJIT_REGALLOC_LOCAL":         RegAllocLocal,
		"GOJIT_REGALLOC_GLOBAL":        RegAllocGlobal,
		"GOJIT_REGALLOC_MAX":           MaxRegAlloc,
		"GOJIT_TRIGGER_ON_LOAD":        TriggerOnLoad,
		"GOJIT_TRIGGER_FIRST_CALL":     TriggerFirstCall,
		"GOJIT_TRIGGER_PROFILE":        TriggerProfile,
		"GOJIT_TRIGGER_HOT_COUNTERS":   TriggerHotCounters,
		"GOJIT_TRIGGER_DOC_COMMENT":    TriggerDocComment,
		"GOJIT_TRIGGER_MAX":            MaxTrigger,
		"GOJIT_OPT_NONE":               OptNone,
		"GOJIT_OPT_MINIMAL":            OptMinimal,
		"GOJIT_OPT_INLINE":             OptInline,
		"GOJIT_OPT_TYPE_INFERENCE":     OptTypeInference,
		"GOJIT_OPT_CALL_GRAPH":         OptCallGraph,
		"GOJIT_OPT_WHOLE_SCRIPT":       OptWholeScript,
		"GOJIT_OPT_MAX":                MaxOpt,
		"GOJIT_DEBUG_ASM":              float64(DebugASM),
		"GOJIT_DEBUG_IR":               float64(DebugIR),
		"GOJIT_DEBUG_PERF":             float64(DebugPerfMap),
		"GOJIT_DEBUG_PERF_DUMP":        float64(DebugPerfDump),
		"GOJIT_DEBUG_SIZE":             float64(DebugSize),
		"GOJIT_DEBUG_COMPILE":          float64(DebugCompile),
		"GOJIT_DEBUG_KNOWN":            float64(DebugKnown),
		"GOJIT_BUFFER_SIZE_MIN":        MinBufferSize,
		"GOJIT_BUFFER_SIZE_MAX":        MaxBufferSize,
		"GOJIT_BUFFER_SIZE_ALIGN":      BufferSizeAlign,
		"GOJIT_HOT_MAX":                MaxHot,
		"GOJIT_LIMIT_MAX":              MaxLimit,
		"GOJIT_THRESHOLD_MAX_PLACES":   MaxThresholdPlaces,
		"GOJIT_DEFAULT_JIT":            DefaultJIT,
		"GOJIT_DEFAULT_BUFFER_SIZE":    DefaultBufferSize,
		"GOJIT_DEFAULT_DEBUG":          float64(DefaultDebug),
		"GOJIT_DEFAULT_HOT_FUNC":       DefaultHotFunc,
		"GOJIT_DEFAULT_HOT_LOOP":       DefaultHotLoop,
		"GOJIT_DEFAULT_PROF_THRESHOLD": DefaultProfThreshold,
		"GOJIT_DEFAULT_BISECT_LIMIT":   DefaultBisectLimit,
	}
	for name, w := range want {
		if got := num(name); got != w {
			t.Errorf("%s = %v, Go has %v", name, got, w)
		}
	}

	// The ini-string defaults parse, in Go, to the Go defaults.
	if j, err := ParseJIT(ini("GOJIT_DEFAULT_JIT_INI")); err != nil || j.Number() != DefaultJIT {
		t.Errorf("GOJIT_DEFAULT_JIT_INI parses to %v, %v", j, err)
	}
	if n, err := ParseBufferSize(ini("GOJIT_DEFAULT_BUFFER_SIZE_INI")); err != nil || n != DefaultBufferSize {
		t.Errorf("GOJIT_DEFAULT_BUFFER_SIZE_INI parses to %d, %v", n, err)
	}
	if d, err := ParseDebug(ini("GOJIT_DEFAULT_DEBUG_INI")); err != nil || d != DefaultDebug {
		t.Errorf("GOJIT_DEFAULT_DEBUG_INI parses to %v, %v", d, err)
	}
	if n, err := ParseHot(ini("GOJIT_DEFAULT_HOT_FUNC_INI")); err != nil || n != DefaultHotFunc {
		t.Errorf("GOJIT_DEFAULT_HOT_FUNC_INI parses to %d, %v", n, err)
	}
	if n, err := ParseHot(ini("GOJIT_DEFAULT_HOT_LOOP_INI")); err != nil || n != DefaultHotLoop {
		t.Errorf("GOJIT_DEFAULT_HOT_LOOP_INI parses to %d, %v", n, err)
	}
	if v, err := ParseThreshold(ini("GOJIT_DEFAULT_PROF_THRESHOLD_INI")); err != nil || v != DefaultProfThreshold {
		t.Errorf("GOJIT_DEFAULT_PROF_THRESHOLD_INI parses to %v, %v", v, err)
	}
	if n, err := ParseLimit(ini("GOJIT_DEFAULT_BISECT_LIMIT_INI")); err != nil || n != DefaultBisectLimit {
		t.Errorf("GOJIT_DEFAULT_BISECT_LIMIT_INI parses to %d, %v", n, err)
	}
}
