package config

import (
	"fmt"
	"strings"
)

// Debug is a set of gojit.jit_debug bits.
type Debug uint32

// The gojit.jit_debug bits.
const (
	DebugASM      Debug = 0x1   // disassembly of compiled code to stderr
	DebugIR       Debug = 0x2   // IR dump to stderr
	DebugPerfMap  Debug = 0x10  // perf map, /tmp/perf-PID.map
	DebugPerfDump Debug = 0x20  // perf jitdump
	DebugSize     Debug = 0x200 // code sizes
	DebugCompile  Debug = 0x400 // compile failures and skips to stderr

	// DebugKnown is every known bit.
	DebugKnown = DebugASM | DebugIR | DebugPerfMap | DebugPerfDump | DebugSize | DebugCompile
)

var debugNames = []struct {
	bit  Debug
	name string
}{
	{DebugASM, "ASM"},
	{DebugIR, "IR"},
	{DebugPerfMap, "PERF"},
	{DebugPerfDump, "PERF_DUMP"},
	{DebugSize, "SIZE"},
	{DebugCompile, "COMPILE"},
}

// ParseDebug parses gojit.jit_debug: a decimal integer, or hex after 0x or
// 0X (leading zeros are decimal, not octal), of at most 32 bits, all of them
// known. It returns ErrDebugSyntax, or an *UnknownDebugBitsError naming the
// unknown bits.
func ParseDebug(s string) (Debug, error) {
	s = trim(s)
	base := uint64(10)
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		base = 16
		s = s[2:]
	}
	if s == "" {
		return 0, ErrDebugSyntax
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := digitValue(s[i])
		if d >= base {
			return 0, ErrDebugSyntax
		}
		n = n*base + d
		if n > 0xffffffff {
			return 0, ErrDebugSyntax
		}
	}
	if unknown := Debug(n) &^ DebugKnown; unknown != 0 {
		return 0, &UnknownDebugBitsError{Bits: uint32(unknown)}
	}
	return Debug(n), nil
}

// digitValue returns the value of a decimal or hex digit, or 99.
func digitValue(c byte) uint64 {
	switch {
	case isDigit(c):
		return uint64(c - '0')
	case lower(c) >= 'a' && lower(c) <= 'f':
		return uint64(lower(c)-'a') + 10
	}
	return 99
}

// Has reports whether every bit of b is set in d.
func (d Debug) Has(b Debug) bool {
	return d&b == b
}

// String names the bits, e.g. "ASM|PERF", with any unknown bits in hex;
// "none" for 0.
func (d Debug) String() string {
	if d == 0 {
		return "none"
	}
	var names []string
	for _, n := range debugNames {
		if d.Has(n.bit) {
			names = append(names, n.name)
		}
	}
	if unknown := d &^ DebugKnown; unknown != 0 {
		names = append(names, fmt.Sprintf("%#x", uint32(unknown)))
	}
	return strings.Join(names, "|")
}
