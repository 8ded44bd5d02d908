// Package casestsv reads config/testdata/cases.tsv, the table of ini values
// shared by the Go and C tests. The format is described at the top of the
// file; ext/tests/config_test.c reads it the same way.
package casestsv

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Case is one row of the table.
type Case struct {
	Line    int    // line number in the file, from 1
	Setting string // jit, buffer_size, debug, hot, limit or threshold
	Input   string // the raw value, escapes decoded
	OK      bool   // the value must be accepted
	Want    string // OK: the canonical value; !OK: text the message must contain (may be "")
}

func (c Case) String() string {
	return fmt.Sprintf("line %d: %s %q", c.Line, c.Setting, c.Input)
}

// Settings are the setting names the table may use.
var Settings = []string{"jit", "buffer_size", "debug", "hot", "limit", "threshold"}

// Read reads and checks the whole table.
func Read(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []Case
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" || text[0] == '#' {
			continue
		}
		c, err := parseRow(line, text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return cases, nil
}

func parseRow(line int, text string) (Case, error) {
	fields := strings.Split(text, "\t")
	if len(fields) != 3 {
		return Case{}, fmt.Errorf("want setting<TAB>input<TAB>expect, got %d fields", len(fields))
	}
	c := Case{Line: line, Setting: fields[0]}
	known := false
	for _, s := range Settings {
		known = known || s == c.Setting
	}
	if !known {
		return Case{}, fmt.Errorf("unknown setting %q", c.Setting)
	}
	in, err := Unescape(fields[1])
	if err != nil {
		return Case{}, err
	}
	c.Input = in
	switch expect := fields[2]; {
	case strings.HasPrefix(expect, "ok:"):
		c.OK, c.Want = true, expect[3:]
	case expect == "error":
	case strings.HasPrefix(expect, "error:"):
		c.Want = expect[6:]
	default:
		return Case{}, fmt.Errorf("bad expect %q", expect)
	}
	return c, nil
}

// Unescape decodes the table's escapes: \s space, \t, \n, \r, \v, \f, \\ and
// \xHH.
func Unescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i == len(s) {
			return "", fmt.Errorf("trailing backslash in %q", s)
		}
		switch s[i] {
		case 's':
			b.WriteByte(' ')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'v':
			b.WriteByte('\v')
		case 'f':
			b.WriteByte('\f')
		case '\\':
			b.WriteByte('\\')
		case 'x':
			if i+2 >= len(s) {
				return "", fmt.Errorf("short \\x escape in %q", s)
			}
			hi, lo := hexVal(s[i+1]), hexVal(s[i+2])
			if hi < 0 || lo < 0 {
				return "", fmt.Errorf("bad \\x escape in %q", s)
			}
			b.WriteByte(byte(hi<<4 | lo))
			i += 2
		default:
			return "", fmt.Errorf("unknown escape \\%c in %q", s[i], s)
		}
	}
	return b.String(), nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
