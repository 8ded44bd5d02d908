// Package config is the model of gojit's ini settings: it parses, validates
// and describes gojit.jit, gojit.jit_buffer_size, gojit.jit_debug,
// gojit.jit_hot_func, gojit.jit_hot_loop, gojit.jit_prof_threshold and
// gojit.jit_bisect_limit.
//
// The PHP module (ext/, C only) validates the same settings at startup with
// ext/gojit_config.c. The two implementations must accept exactly the same
// values, give them the same meaning and reject the rest with the same
// messages: both are tested against one table, testdata/cases.tsv, and the
// package config/internal/cparity links the C code through cgo to fuzz one
// against the other. Change the grammar in both places and in the table.
//
// Common rules for every parser:
//   - surrounding ASCII whitespace (space, \t, \n, \v, \f, \r) is ignored;
//     nothing else is whitespace;
//   - letters are matched ASCII case-insensitively, never by Unicode folding;
//   - an error's message says what is allowed and does not repeat the value,
//     so the caller prefixes the setting name and the value.
package config

// Defaults of the settings. The C header ext/gojit_config.h has the same
// values (GOJIT_DEFAULT_*), checked by the tests.
const (
	// DefaultJIT is gojit.jit: AVX if available, global register allocation,
	// compile on load, optimization level 5. It is also what "on" means.
	DefaultJIT = 1205
	// DefaultBufferSize is gojit.jit_buffer_size ("64M"), in bytes.
	DefaultBufferSize = 64 << 20
	// DefaultDebug is gojit.jit_debug: no debug output.
	DefaultDebug Debug = 0
	// DefaultHotFunc is gojit.jit_hot_func, the calls before a function is hot.
	DefaultHotFunc = 127
	// DefaultHotLoop is gojit.jit_hot_loop, the iterations before a loop is hot.
	DefaultHotLoop = 64
	// DefaultProfThreshold is gojit.jit_prof_threshold, the share of the
	// profiled request a function needs to be compiled.
	DefaultProfThreshold = 0.005
	// DefaultBisectLimit is gojit.jit_bisect_limit: 0, no limit.
	DefaultBisectLimit = 0
)

// Limits of the settings.
const (
	// MinBufferSize is the smallest non-zero gojit.jit_buffer_size (1M).
	MinBufferSize = 1 << 20
	// MaxBufferSize is the largest gojit.jit_buffer_size (2G).
	MaxBufferSize = 2 << 30
	// BufferSizeAlign is the multiple gojit.jit_buffer_size is rounded up to.
	BufferSizeAlign = 4096
	// MaxHot is the largest gojit.jit_hot_func and gojit.jit_hot_loop.
	MaxHot = 255
	// MaxLimit is the largest gojit.jit_bisect_limit (2^31 - 1); 0 means no
	// limit.
	MaxLimit = 1<<31 - 1
	// MaxThresholdPlaces is the most significant decimal places
	// gojit.jit_prof_threshold may have (trailing zeros do not count).
	MaxThresholdPlaces = 15
)
