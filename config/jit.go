package config

import "fmt"

// JIT is a gojit.jit setting: four "CRTO" digits, like opcache.jit, or Off.
// The setting 1205 is C=1, R=2, T=0, O=5.
//
// Off is represented by Off set and all digits 0; Number is then 0, and the
// number 0 always means off. The zero JIT (all digits 0, Off false) is never
// returned by the parsers; Number, String and Describe treat it as off too.
type JIT struct {
	C uint8 // CPU: CPUGeneric or CPUAVX
	R uint8 // register allocation: RegAllocNone, RegAllocLocal, RegAllocGlobal
	T uint8 // trigger: TriggerOnLoad ... TriggerDocComment
	O uint8 // optimization level: OptNone ... OptWholeScript

	Off bool // the JIT is disabled; the digits are meaningless
}

// C digit: CPU.
const (
	CPUGeneric = 0 // never use AVX
	CPUAVX     = 1 // use AVX if the CPU has it
	MaxCPU     = CPUAVX
)

// R digit: register allocation.
const (
	RegAllocNone   = 0 // values live in the VM frame
	RegAllocLocal  = 1 // within basic blocks
	RegAllocGlobal = 2 // whole function, linear scan
	MaxRegAlloc    = RegAllocGlobal
)

// T digit: when functions are compiled.
const (
	TriggerOnLoad      = 0 // every function, when the script is loaded
	TriggerFirstCall   = 1 // a function on its first call
	TriggerProfile     = 2 // profile the first request, then compile the hot functions (gojit.jit_prof_threshold)
	TriggerHotCounters = 3 // when a function or loop counter trips (gojit.jit_hot_func, gojit.jit_hot_loop)
	TriggerDocComment  = 4 // only functions with a @jit doc comment
	MaxTrigger         = TriggerDocComment
)

// O digit: optimization level.
const (
	OptNone          = 0 // no optimization
	OptMinimal       = 1 // call the VM handlers
	OptInline        = 2 // inline the VM handlers
	OptTypeInference = 3 // use the types inferred for each function
	OptCallGraph     = 4 // also use the call graph
	OptWholeScript   = 5 // optimize the whole script
	MaxOpt           = OptWholeScript
)

var (
	jitOffWords = []string{"off", "0", "no", "false", "disable"}
	jitOnWords  = []string{"on", "1", "yes", "true", "function"}
)

// ParseJIT parses a gojit.jit value.
//
// The words off, 0, no, false, disable and the empty string are Off; on, 1,
// yes, true and function are DefaultJIT (1205); tracing is rejected with
// ErrJITTracing. Anything else must be 1 to 4 decimal digits, missing
// leading digits being 0 ("5" is 0005), each in range (C 0-1, R 0-2, T 0-4,
// O 0-5); a number equal to 0 ("0000") is Off. Words ignore ASCII case.
func ParseJIT(s string) (JIT, error) {
	s = trim(s)
	switch {
	case s == "" || wordIn(s, jitOffWords):
		return JIT{Off: true}, nil
	case wordIn(s, jitOnWords):
		return FromNumber(DefaultJIT)
	case wordIs(s, "tracing"):
		return JIT{}, ErrJITTracing
	case len(s) > 4:
		return JIT{}, ErrJIT
	}
	var n uint32
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return JIT{}, ErrJIT
		}
		n = n*10 + uint32(s[i]-'0')
	}
	return FromNumber(n)
}

// FromNumber returns the JIT for a CRTO number such as 1205; 0 is Off.
// It returns ErrJIT if n has more than 4 digits or a digit is out of range.
func FromNumber(n uint32) (JIT, error) {
	if n == 0 {
		return JIT{Off: true}, nil
	}
	if n > 9999 {
		return JIT{}, ErrJIT
	}
	j := JIT{C: uint8(n / 1000), R: uint8(n / 100 % 10), T: uint8(n / 10 % 10), O: uint8(n % 10)}
	if j.C > MaxCPU || j.R > MaxRegAlloc || j.T > MaxTrigger || j.O > MaxOpt {
		return JIT{}, ErrJIT
	}
	return j, nil
}

// off reports whether j means the JIT is disabled.
func (j JIT) off() bool {
	return j.Off || j == JIT{}
}

// Number returns the CRTO number, e.g. 1205, or 0 when Off.
func (j JIT) Number() uint32 {
	if j.off() {
		return 0
	}
	return uint32(j.C)*1000 + uint32(j.R)*100 + uint32(j.T)*10 + uint32(j.O)
}

// String returns "off" or the four CRTO digits ("1205", "0005"), a form
// ParseJIT reads back to the same JIT.
func (j JIT) String() string {
	if j.off() {
		return "off"
	}
	return fmt.Sprintf("%d%d%d%d", j.C, j.R, j.T, j.O)
}

// Describe says in words what j does, on one line, e.g. "function JIT:
// compile on load, optimization level 5 (whole script), global register
// allocation (linear scan), AVX if available"; "off" when Off.
func Describe(j JIT) string {
	if j.off() {
		return "off"
	}
	return fmt.Sprintf("function JIT: %s, optimization level %d (%s), %s, %s",
		TriggerWords(j.T), j.O, OptWords(j.O), RegAllocWords(j.R), CPUWords(j.C))
}

// TriggerWords describes a T digit, e.g. "compile on first call".
func TriggerWords(t uint8) string {
	switch t {
	case TriggerOnLoad:
		return "compile on load"
	case TriggerFirstCall:
		return "compile on first call"
	case TriggerProfile:
		return "profile the first request, then compile hot functions"
	case TriggerHotCounters:
		return "compile when hot counters trip"
	case TriggerDocComment:
		return "compile only @jit functions"
	}
	return fmt.Sprintf("unknown trigger %d", t)
}

// OptWords describes an O digit, e.g. "whole script".
func OptWords(o uint8) string {
	switch o {
	case OptNone:
		return "no optimization"
	case OptMinimal:
		return "minimal"
	case OptInline:
		return "inline handlers"
	case OptTypeInference:
		return "type inference"
	case OptCallGraph:
		return "call graph"
	case OptWholeScript:
		return "whole script"
	}
	return fmt.Sprintf("unknown optimization level %d", o)
}

// RegAllocWords describes an R digit, e.g. "local register allocation".
func RegAllocWords(r uint8) string {
	switch r {
	case RegAllocNone:
		return "no register allocation"
	case RegAllocLocal:
		return "local register allocation"
	case RegAllocGlobal:
		return "global register allocation (linear scan)"
	}
	return fmt.Sprintf("unknown register allocation %d", r)
}

// CPUWords describes a C digit, e.g. "AVX if available".
func CPUWords(c uint8) string {
	switch c {
	case CPUGeneric:
		return "no AVX"
	case CPUAVX:
		return "AVX if available"
	}
	return fmt.Sprintf("unknown CPU flags %d", c)
}
