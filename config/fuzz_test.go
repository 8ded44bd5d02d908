package config

import (
	"errors"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gojit/gojit/config/internal/casestsv"
)

// FuzzParse feeds arbitrary strings to every parser. None may panic, every
// result must satisfy its setting's invariants, and each parser must agree
// with refParse, a second, deliberately different implementation of the
// grammar built on regexp, math/big and strconv.
//
//	go test -run '^$' -fuzz FuzzParse ./config/
func FuzzParse(f *testing.F) {
	cases, err := casestsv.Read(casesPath)
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		f.Add(c.Input)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkJIT(t, s)
		checkBufferSize(t, s)
		checkDebug(t, s)
		checkHot(t, s)
		checkLimit(t, s)
		checkThreshold(t, s)
	})
}

// refTrim trims the ASCII whitespace the grammar allows, independently of trim.
func refTrim(s string) string {
	return strings.Trim(s, " \t\n\v\f\r")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var (
	refDigits    = regexp.MustCompile(`^[0-9]+$`)
	refCRTO      = regexp.MustCompile(`^[0-1]?[0-2]?[0-4]?[0-5]$`)
	refQuantity  = regexp.MustCompile(`^([0-9]+)([kKmMgG]?)$`)
	refDebug     = regexp.MustCompile(`^(?:0[xX]([0-9a-fA-F]+)|([0-9]+))$`)
	refThreshold = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$`)
)

func checkJIT(t *testing.T, s string) {
	j, err := ParseJIT(s)
	// Reference.
	var want uint32
	var wantErr error
	r := refTrim(s)
	lr := r
	if isASCII(r) {
		lr = strings.ToLower(r)
	}
	switch lr {
	case "", "off", "0", "no", "false", "disable":
		want = 0
	case "on", "1", "yes", "true", "function":
		want = 1205
	case "tracing":
		wantErr = ErrJITTracing
	default:
		// Pad to four digits so the regexp checks each digit's range.
		if len(r) <= 4 && refDigits.MatchString(r) && refCRTO.MatchString(strings.Repeat("0", 4-len(r))+r) {
			n, _ := strconv.Atoi(r)
			want = uint32(n)
		} else {
			wantErr = ErrJIT
		}
	}
	if wantErr != nil {
		if !errors.Is(err, wantErr) {
			t.Fatalf("ParseJIT(%q) = %v, %v; want %v", s, j, err, wantErr)
		}
		return
	}
	if err != nil || j.Number() != want || j.Off != (want == 0) {
		t.Fatalf("ParseJIT(%q) = %+v, %v; want %d", s, j, err, want)
	}
	if back, err := FromNumber(j.Number()); err != nil || back != j {
		t.Fatalf("ParseJIT(%q) = %+v, but FromNumber(%d) = %+v, %v", s, j, j.Number(), back, err)
	}
	if back, err := ParseJIT(j.String()); err != nil || back != j {
		t.Fatalf("ParseJIT(%q) = %+v, but ParseJIT(%q) = %+v, %v", s, j, j.String(), back, err)
	}
	if d := Describe(j); d == "" || strings.Contains(d, "unknown") {
		t.Fatalf("Describe(%+v) = %q", j, d)
	}
}

func checkBufferSize(t *testing.T, s string) {
	n, err := ParseBufferSize(s)
	m := refQuantity.FindStringSubmatch(refTrim(s))
	if m == nil {
		if !errors.Is(err, ErrBufferSizeSyntax) {
			t.Fatalf("ParseBufferSize(%q) = %d, %v; want a syntax error", s, n, err)
		}
		return
	}
	v, _ := new(big.Int).SetString(m[1], 10)
	shift := map[string]uint{"": 0, "k": 10, "m": 20, "g": 30}[strings.ToLower(m[2])]
	v.Lsh(v, shift)
	switch {
	case v.Sign() == 0:
		if err != nil || n != 0 {
			t.Fatalf("ParseBufferSize(%q) = %d, %v; want 0", s, n, err)
		}
	case v.Cmp(big.NewInt(MinBufferSize)) < 0 || v.Cmp(big.NewInt(MaxBufferSize)) > 0:
		if !errors.Is(err, ErrBufferSizeRange) {
			t.Fatalf("ParseBufferSize(%q) = %d, %v; want a range error", s, n, err)
		}
	default:
		want := (v.Uint64() + 4095) &^ 4095
		if err != nil || n != want {
			t.Fatalf("ParseBufferSize(%q) = %d, %v; want %d", s, n, err, want)
		}
		if n < MinBufferSize || n > MaxBufferSize || n%BufferSizeAlign != 0 {
			t.Fatalf("ParseBufferSize(%q) = %d: out of range or unaligned", s, n)
		}
	}
}

func checkDebug(t *testing.T, s string) {
	d, err := ParseDebug(s)
	m := refDebug.FindStringSubmatch(refTrim(s))
	var v *big.Int
	if m != nil {
		if m[1] != "" {
			v, _ = new(big.Int).SetString(m[1], 16)
		} else {
			v, _ = new(big.Int).SetString(m[2], 10)
		}
	}
	if m == nil || v.BitLen() > 32 {
		if !errors.Is(err, ErrDebugSyntax) {
			t.Fatalf("ParseDebug(%q) = %v, %v; want a syntax error", s, d, err)
		}
		return
	}
	unknown := uint32(v.Uint64()) &^ uint32(DebugKnown)
	if unknown != 0 {
		var ub *UnknownDebugBitsError
		if !errors.As(err, &ub) || ub.Bits != unknown {
			t.Fatalf("ParseDebug(%q) = %v, %v; want unknown bits %#x", s, d, err, unknown)
		}
		return
	}
	if err != nil || uint64(d) != v.Uint64() {
		t.Fatalf("ParseDebug(%q) = %v, %v; want %v", s, d, err, v)
	}
}

func checkHot(t *testing.T, s string) {
	checkUint(t, s, "ParseHot", ParseHot, MaxHot, ErrHot)
}

func checkLimit(t *testing.T, s string) {
	checkUint(t, s, "ParseLimit", ParseLimit, MaxLimit, ErrLimit)
}

// checkUint checks parse, a parser of decimal integers from 0 to maxValue
// that rejects everything else with wantErr.
func checkUint(t *testing.T, s, name string, parse func(string) (uint32, error), maxValue int64, wantErr error) {
	n, err := parse(s)
	r := refTrim(s)
	ok := false
	if refDigits.MatchString(r) {
		v, _ := new(big.Int).SetString(r, 10)
		ok = v.Cmp(big.NewInt(maxValue)) <= 0
	}
	if !ok {
		if !errors.Is(err, wantErr) {
			t.Fatalf("%s(%q) = %d, %v; want %v", name, s, n, err, wantErr)
		}
		return
	}
	if want, _ := strconv.ParseUint(r, 10, 64); err != nil || uint64(n) != want {
		t.Fatalf("%s(%q) = %d, %v; want %d", name, s, n, err, want)
	}
}

func checkThreshold(t *testing.T, s string) {
	v, err := ParseThreshold(s)
	r := refTrim(s)
	ok := false
	if refThreshold.MatchString(r) {
		q, _ := new(big.Rat).SetString(r)
		places := 0
		if dot := strings.IndexByte(r, '.'); dot >= 0 {
			places = len(strings.TrimRight(r[dot+1:], "0"))
		}
		ok = q.Cmp(big.NewRat(1, 1)) <= 0 && places <= MaxThresholdPlaces
	}
	if !ok {
		if !errors.Is(err, ErrThreshold) {
			t.Fatalf("ParseThreshold(%q) = %v, %v; want ErrThreshold", s, v, err)
		}
		return
	}
	want, perr := strconv.ParseFloat(r, 64)
	if perr != nil || err != nil || v != want {
		t.Fatalf("ParseThreshold(%q) = %v, %v; strconv.ParseFloat gives %v, %v", s, v, err, want, perr)
	}
	if v < 0 || v > 1 {
		t.Fatalf("ParseThreshold(%q) = %v: out of range", s, v)
	}
}
