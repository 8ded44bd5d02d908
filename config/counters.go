package config

// ParseHot parses gojit.jit_hot_func or gojit.jit_hot_loop: a decimal integer
// from 0 to MaxHot (255); 0 turns the counter off. It returns ErrHot.
func ParseHot(s string) (uint32, error) {
	return parseUint(s, MaxHot, ErrHot)
}

// ParseLimit parses gojit.jit_bisect_limit: a decimal integer from 0 to
// MaxLimit (2147483647); 0 means no limit. It returns ErrLimit.
func ParseLimit(s string) (uint32, error) {
	return parseUint(s, MaxLimit, ErrLimit)
}

// parseUint parses a decimal integer from 0 to maxValue: digits only,
// leading zeros allowed, surrounding ASCII whitespace trimmed. Any rejection
// returns err. n is 64-bit and never exceeds maxValue before the next digit,
// so it cannot wrap however many digits follow.
func parseUint(s string, maxValue uint32, err error) (uint32, error) {
	s = trim(s)
	if s == "" {
		return 0, err
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, err
		}
		n = n*10 + uint64(s[i]-'0')
		if n > uint64(maxValue) {
			return 0, err
		}
	}
	return uint32(n), nil
}

// pow10 holds the powers of ten up to 1e15, all exact float64 values.
var pow10 = [MaxThresholdPlaces + 1]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
	1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
}

// ParseThreshold parses gojit.jit_prof_threshold: a decimal fraction from 0
// to 1, written as digits, digits '.' digits, or '.' digits (".5"); no sign,
// no exponent, at most MaxThresholdPlaces decimal places once trailing zeros
// are dropped. The result is correctly rounded (the same as
// strconv.ParseFloat) and computed the same way as in C. It returns
// ErrThreshold.
func ParseThreshold(s string) (float64, error) {
	s = trim(s)
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intPart, frac := s[:i], ""
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		frac = s[start:i]
		if frac == "" {
			return 0, ErrThreshold // "1." or "."
		}
	}
	if i != len(s) || (intPart == "" && frac == "") {
		return 0, ErrThreshold
	}
	for len(intPart) > 0 && intPart[0] == '0' {
		intPart = intPart[1:]
	}
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1] // trailing zeros do not count
	}
	switch {
	case intPart == "1" && frac == "":
		return 1, nil
	case intPart != "":
		return 0, ErrThreshold // greater than 1
	case len(frac) > MaxThresholdPlaces:
		return 0, ErrThreshold
	}
	var m uint64
	for i := 0; i < len(frac); i++ {
		m = m*10 + uint64(frac[i]-'0')
	}
	// m < 10^15 < 2^53 and 10^k are exact, so one IEEE division gives the
	// correctly rounded value, as C computes it.
	return float64(m) / pow10[len(frac)], nil
}
