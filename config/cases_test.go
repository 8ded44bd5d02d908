package config

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gojit/gojit/config/internal/casestsv"
)

const casesPath = "testdata/cases.tsv"

// parseCanonical runs the parser for setting and formats its result the way
// the table writes values.
func parseCanonical(t *testing.T, setting, input string) (string, error) {
	t.Helper()
	switch setting {
	case "jit":
		j, err := ParseJIT(input)
		if err != nil {
			return "", err
		}
		if j.Off {
			return "off", nil
		}
		return strconv.FormatUint(uint64(j.Number()), 10), nil
	case "buffer_size":
		n, err := ParseBufferSize(input)
		return strconv.FormatUint(n, 10), err
	case "debug":
		d, err := ParseDebug(input)
		return strconv.FormatUint(uint64(d), 10), err
	case "hot":
		n, err := ParseHot(input)
		return strconv.FormatUint(uint64(n), 10), err
	case "limit":
		n, err := ParseLimit(input)
		return strconv.FormatUint(uint64(n), 10), err
	case "threshold":
		v, err := ParseThreshold(input)
		if err != nil {
			return "", err
		}
		// The C test prints %g (6 significant digits); only rows where it
		// agrees with the shortest form belong in the table.
		if short, g6 := strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'g', 6, 64); short != g6 {
			t.Errorf("threshold %q = %s prints as %s with C's %%g: keep the table to 6 significant digits", input, short, g6)
		}
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	}
	t.Fatalf("unknown setting %q", setting)
	return "", nil
}

func TestCases(t *testing.T) {
	cases, err := casestsv.Read(casesPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got, err := parseCanonical(t, c.Setting, c.Input)
		switch {
		case c.OK && err != nil:
			t.Errorf("%v: want ok:%s, got error: %v", c, c.Want, err)
		case c.OK && got != c.Want:
			t.Errorf("%v: want ok:%s, got ok:%s", c, c.Want, got)
		case !c.OK && err == nil:
			t.Errorf("%v: want error, got ok:%s", c, got)
		case !c.OK && !strings.Contains(err.Error(), c.Want):
			t.Errorf("%v: message %q does not contain %q", c, err, c.Want)
		}
	}
}

// TestCasesCoverage keeps the table broad: every setting has accepted and
// rejected rows, and no input is listed twice for a setting.
func TestCasesCoverage(t *testing.T) {
	cases, err := casestsv.Read(casesPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 80 {
		t.Errorf("only %d cases", len(cases))
	}
	ok, bad := map[string]int{}, map[string]int{}
	seen := map[[2]string]int{}
	for _, c := range cases {
		if c.OK {
			ok[c.Setting]++
		} else {
			bad[c.Setting]++
		}
		key := [2]string{c.Setting, c.Input}
		if line, dup := seen[key]; dup {
			t.Errorf("%v: duplicate of line %d", c, line)
		}
		seen[key] = c.Line
	}
	for _, s := range casestsv.Settings {
		if ok[s] == 0 || bad[s] == 0 {
			t.Errorf("setting %s: %d accepted and %d rejected rows; want both", s, ok[s], bad[s])
		}
	}
}
