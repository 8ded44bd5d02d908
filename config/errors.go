package config

import (
	"errors"
	"fmt"
)

// debugBitsList names the known gojit.jit_debug bits in messages.
const debugBitsList = "0x1 ASM, 0x2 IR, 0x10 PERF, 0x20 PERF_DUMP, 0x200 SIZE, 0x400 COMPILE"

// The rejections. Their messages are the same text as in ext/gojit_config.c.
var (
	// ErrJIT rejects a gojit.jit value that is neither a word nor valid CRTO digits.
	ErrJIT = errors.New("expected 1 to 4 CRTO digits (C 0-1, R 0-2, T 0-4, O 0-5) or one of off, on, function")
	// ErrJITTracing rejects gojit.jit=tracing.
	ErrJITTracing = errors.New("gojit has no tracing JIT; use 1205 (compile on load) or 1235 (hot counters)")
	// ErrBufferSizeSyntax rejects a gojit.jit_buffer_size that is not a quantity.
	ErrBufferSizeSyntax = errors.New("expected digits with an optional K, M or G suffix (e.g. 64M), or 0 to disable the JIT")
	// ErrBufferSizeRange rejects a gojit.jit_buffer_size outside 1M to 2G (and not 0).
	ErrBufferSizeRange = errors.New("expected 0 (JIT disabled) or a size from 1M to 2G")
	// ErrDebugSyntax rejects a gojit.jit_debug that is not a 32-bit decimal
	// or 0x hex integer.
	ErrDebugSyntax = errors.New("expected a decimal or 0x hex integer made of the bits " + debugBitsList)
	// ErrHot rejects a gojit.jit_hot_func or gojit.jit_hot_loop outside 0-255.
	ErrHot = errors.New("expected an integer from 0 to 255 (0 turns the counter off)")
	// ErrLimit rejects a gojit.jit_bisect_limit outside 0-2147483647.
	ErrLimit = errors.New("expected an integer from 0 to 2147483647 (0 means no limit)")
	// ErrThreshold rejects a gojit.jit_prof_threshold that is not a plain
	// decimal fraction from 0 to 1.
	ErrThreshold = errors.New("expected a decimal fraction from 0 to 1 with at most 15 decimal places, e.g. 0.005")
)

// UnknownDebugBitsError rejects a gojit.jit_debug value with bits gojit does
// not know. The C parser reports the same bits through *bits, with the
// message "unknown bits; allowed bits: ...".
type UnknownDebugBitsError struct {
	// Bits are the unknown bits (never 0).
	Bits uint32
}

func (e *UnknownDebugBitsError) Error() string {
	return fmt.Sprintf("unknown bits %#x; allowed bits: %s", e.Bits, debugBitsList)
}
