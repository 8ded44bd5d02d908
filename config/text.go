package config

// isSpace reports whether c is ASCII whitespace, the only whitespace the
// parsers ignore (strings.TrimSpace would also drop Unicode spaces, which C
// does not).
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func isDigit(c byte) bool {
	return c >= '0' && c <= '9'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}

// trim drops surrounding ASCII whitespace.
func trim(s string) string {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// wordIs reports whether s equals the lower-case word, ignoring ASCII case
// only (strings.EqualFold would also match "ſ" with "s", which C does not).
func wordIs(s, word string) bool {
	if len(s) != len(word) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != word[i] {
			return false
		}
	}
	return true
}

func wordIn(s string, words []string) bool {
	for _, w := range words {
		if wordIs(s, w) {
			return true
		}
	}
	return false
}
