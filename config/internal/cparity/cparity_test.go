//go:build cgo

package cparity

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gojit/gojit/config"
	"github.com/gojit/gojit/config/internal/casestsv"
)

const casesPath = "../../testdata/cases.tsv"

// same returns why the Go and C outcomes of one parser differ, or "".
// goErr is the Go error, r the C result; goVal and cVal are the values,
// formatted, compared only when both accept.
func same(goErr error, r Result, goVal, cVal string) string {
	switch {
	case (goErr == nil) != r.OK:
		return fmt.Sprintf("Go: %s %v; C: %s %q", goVal, goErr, cVal, r.Err)
	case goErr == nil && goVal != cVal:
		return fmt.Sprintf("Go accepts %s, C accepts %s", goVal, cVal)
	case goErr != nil && goErr.Error() != r.Err:
		return fmt.Sprintf("messages differ:\nGo: %s\nC:  %s", goErr, r.Err)
	}
	return ""
}

// compare runs every parser on s in Go and in C and reports differences.
func compare(s string) []string {
	var diffs []string
	add := func(setting, d string) {
		if d != "" {
			diffs = append(diffs, fmt.Sprintf("%s %q: %s", setting, s, d))
		}
	}

	j, err := config.ParseJIT(s)
	crto, off, r := JIT(s)
	add("jit", same(err, r, fmt.Sprint(j.Number(), j.Off), fmt.Sprint(crto, off)))

	n, err := config.ParseBufferSize(s)
	cn, r := BufferSize(s)
	add("buffer_size", same(err, r, fmt.Sprint(n), fmt.Sprint(cn)))

	d, err := config.ParseDebug(s)
	cd, r := Debug(s)
	var ub *config.UnknownDebugBitsError
	if errors.As(err, &ub) {
		// C cannot put the bits in a static message; it returns them.
		want := fmt.Sprintf("unknown bits; allowed bits: %s", strings.SplitN(err.Error(), "allowed bits: ", 2)[1])
		if r.OK || r.Err != want || cd != ub.Bits {
			add("debug", fmt.Sprintf("Go: %v; C: bits %#x %q", err, cd, r.Err))
		}
	} else {
		add("debug", same(err, r, fmt.Sprint(uint32(d)), fmt.Sprint(cd)))
	}

	h, err := config.ParseHot(s)
	ch, r := Hot(s)
	add("hot", same(err, r, fmt.Sprint(h), fmt.Sprint(ch)))

	l, err := config.ParseLimit(s)
	cl, r := Limit(s)
	add("limit", same(err, r, fmt.Sprint(l), fmt.Sprint(cl)))

	v, err := config.ParseThreshold(s)
	cv, r := Threshold(s)
	// Compare the bits: the values must be identical, not merely close.
	add("threshold", same(err, r, fmt.Sprintf("%v (%#x)", v, math.Float64bits(v)), fmt.Sprintf("%v (%#x)", cv, math.Float64bits(cv))))
	return diffs
}

// TestTable runs every input of the shared table, under every setting, in
// both languages.
func TestTable(t *testing.T) {
	cases, err := casestsv.Read(casesPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		for _, d := range compare(c.Input) {
			t.Errorf("line %d: %s", c.Line, d)
		}
	}
}

// TestEdges compares the two around every boundary of the grammar.
func TestEdges(t *testing.T) {
	var inputs []string
	for n := 0; n <= 10000; n++ {
		inputs = append(inputs, fmt.Sprint(n), fmt.Sprintf("%04d", n), fmt.Sprintf("0x%x", n))
	}
	for _, base := range []uint64{1 << 20, 2 << 30, 1 << 32, 1 << 31, 1<<64 - 1} {
		for delta := uint64(0); delta < 3; delta++ {
			inputs = append(inputs, fmt.Sprint(base-delta), fmt.Sprint(base+delta), fmt.Sprintf("0x%x", base+delta))
		}
	}
	for places := 0; places <= 20; places++ {
		inputs = append(inputs, "0."+strings.Repeat("0", places)+"1", "0."+strings.Repeat("9", places+1), "1."+strings.Repeat("0", places+1))
	}
	for _, s := range inputs {
		for _, d := range compare(s) {
			t.Error(d)
		}
	}
}

// FuzzParity requires the Go and C parsers to agree on arbitrary input.
//
//	go test -run '^$' -fuzz FuzzParity ./config/internal/cparity/
func FuzzParity(f *testing.F) {
	cases, err := casestsv.Read(casesPath)
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		f.Add(c.Input)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range compare(s) {
			t.Error(d)
		}
	})
}
