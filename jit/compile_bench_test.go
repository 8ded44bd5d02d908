package jit

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
)

// benchWires returns the wire buffers the compile benchmark runs on: the
// captures of testdata/wire/1205, or every *.wire under $GOJIT_BENCH_WIRES
// (e.g. a GOJIT_DUMP_WIRE directory of bench/nbody.php).
func benchWires(tb testing.TB) (names []string, bufs [][]byte) {
	tb.Helper()
	dir := os.Getenv("GOJIT_BENCH_WIRES")
	var paths []string
	if dir == "" {
		paths, _ = filepath.Glob(filepath.Join("testdata", "wire", "1205", "*.wire"))
	} else {
		_ = filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
			if err == nil && strings.HasSuffix(p, ".wire") {
				paths = append(paths, p)
			}
			return nil
		})
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		tb.Skip("no wires")
	}
	for _, p := range paths {
		buf, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, p)
		bufs = append(bufs, buf)
	}
	return names, bufs
}

// benchEnv is the setting the engine uses for gojit.jit=1205.
var benchEnv = Env{Counters: testCounters, CounterSlot: 5, Level: 5, ExecutorGlobals: testEG, RegAlloc: true}

// BenchmarkCompile compiles every bench wire once per iteration at 1205
// and reports the cost per opline (ns, allocations, bytes). The encoding
// cache is warm after the first iteration (a long-lived worker); a CLI
// run starts cold: measure that with callgrind on php itself.
func BenchmarkCompile(b *testing.B) {
	_, bufs := benchWires(b)
	ops := 0
	for _, buf := range bufs {
		f, err := wire.Decode(buf)
		if err != nil {
			b.Fatal(err)
		}
		ops += len(f.Ops)
	}
	b.ReportAllocs()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, buf := range bufs {
			if _, err := Compile(buf, benchEnv); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&m1)
	n := float64(b.N) * float64(ops)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/opline")
	b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/n, "allocs/opline")
	b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/n, "B/opline")
}

// TestCompileHashes prints a hash of every bench wire's code at levels 1
// and 5 (SSE and AVX): compile-speed work must leave them unchanged
// (diff the output of -run TestCompileHashes -v before and after).
func TestCompileHashes(t *testing.T) {
	if os.Getenv("GOJIT_HASHES") == "" {
		t.Skip("set GOJIT_HASHES=1")
	}
	names, bufs := benchWires(t)
	for i, buf := range bufs {
		for _, env := range []Env{{Counters: testCounters, CounterSlot: 5, Level: 1}, benchEnv, func() Env { e := benchEnv; e.AVX = true; e.SqrtFunction = 0x1234560; return e }()} {
			res, err := Compile(buf, env)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Printf("%s L%d avx=%v %x %v %d\n", filepath.Base(names[i]), env.Level, env.AVX, sha256.Sum256(res.Code), res.Entries, res.NativeOps)
		}
	}
}
