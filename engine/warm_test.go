package engine

import (
	"io/fs"
	"testing"

	"github.com/gojit/gojit/jit"
)

// The samples must stay real inputs: decodable by this compiler (a wire
// format change needs `make warm-samples`) and going through fast paths.
func TestWarmSamples(t *testing.T) {
	names, err := fs.Glob(warmSamples, "warm/*.wire")
	if err != nil || len(names) < 4 {
		t.Fatalf("samples %v (%v)", names, err)
	}
	for _, name := range names {
		buf, _ := warmSamples.ReadFile(name)
		for _, avx := range []bool{false, true} {
			res, err := jit.Compile(buf, warmEnv(avx))
			if err != nil {
				t.Fatalf("%s (avx %v): %v (stale? run make warm-samples)", name, avx, err)
			}
			if res.NativeOps < 5 {
				t.Errorf("%s: %d native ops", name, res.NativeOps)
			}
		}
	}
	if n := Warm(nil); n != len(names) {
		t.Errorf("Warm compiled %d of %d samples", n, len(names))
	}
	stop := int32(1)
	if n := Warm(&stop); n != 0 {
		t.Errorf("Warm with stop set compiled %d", n)
	}
}
