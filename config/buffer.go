package config

import "github.com/dustin/go-humanize"

// ParseBufferSize parses gojit.jit_buffer_size: decimal digits with an
// optional K, M or G suffix (either case, powers of 1024) and no space in
// between. 0 (with or without suffix) means the JIT is disabled and is
// returned as 0; otherwise the size must be from MinBufferSize (1M) to
// MaxBufferSize (2G) and is rounded up to a multiple of BufferSizeAlign.
// It returns ErrBufferSizeSyntax or ErrBufferSizeRange.
func ParseBufferSize(s string) (uint64, error) {
	s = trim(s)
	if s == "" || !isDigit(s[0]) {
		return 0, ErrBufferSizeSyntax
	}
	var n uint64
	tooBig := false
	i := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		// Past the maximum no suffix can bring it back; keep n small.
		if !tooBig {
			n = n*10 + uint64(s[i]-'0')
			tooBig = n > MaxBufferSize
		}
	}
	mult := uint64(1)
	if i < len(s) {
		switch s[i] {
		case 'k', 'K':
			mult = 1 << 10
		case 'm', 'M':
			mult = 1 << 20
		case 'g', 'G':
			mult = 1 << 30
		default:
			return 0, ErrBufferSizeSyntax
		}
		i++
	}
	if i != len(s) {
		return 0, ErrBufferSizeSyntax
	}
	if tooBig {
		return 0, ErrBufferSizeRange
	}
	n *= mult // n <= 2^31 and mult <= 2^30: no overflow
	if n == 0 {
		return 0, nil
	}
	if n < MinBufferSize || n > MaxBufferSize {
		return 0, ErrBufferSizeRange
	}
	return (n + BufferSizeAlign - 1) / BufferSizeAlign * BufferSizeAlign, nil
}

// FormatBytes formats a byte count with IEC units, e.g. "64 MiB", as shown
// by php --ri gojit.
func FormatBytes(n uint64) string {
	return humanize.IBytes(n)
}
