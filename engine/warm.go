package engine

import (
	"embed"
	"io/fs"
	"sync/atomic"

	"golang.org/x/sys/cpu"

	"github.com/gojit/gojit/jit"
)

// warmSamples are the functions of warm/sample.php, serialized by the C
// module (`make warm-samples`).
//
//go:embed warm/*.wire
var warmSamples embed.FS

// Warm readies the process for its first compilation without the code
// buffer or PHP: it sets the runtime up as New does (tuneRuntime), then
// compiles the built-in samples one by one and throws
// the code away, so that the compiler's code pages, its encoding cache
// and a heap are in place when the first real function arrives (a cold
// compilation costs about twice a warm one). The C module calls it on the
// CLI's preload thread while PHP starts its modules; stop is set when PHP
// wants the engine, and Warm returns before the next sample, so PHP waits
// for one sample's compilation at most. The samples' addresses are made
// up: their code never runs. It returns how many samples it compiled (a
// stale sample, or a compiler bug one hits, only costs its warm-up).
func Warm(stop *int32) (n int) {
	defer func() { _ = recover() }()
	tuneRuntime()
	names, _ := fs.Glob(warmSamples, "warm/*.wire")
	env := warmEnv(cpu.X86.HasAVX)
	for _, name := range names {
		if stop != nil && atomic.LoadInt32(stop) != 0 {
			return n
		}
		buf, err := warmSamples.ReadFile(name)
		if err != nil {
			continue
		}
		if _, err := jit.Compile(buf, env); err == nil {
			n++
		}
	}
	return n
}

// warmEnv is a made-up process for the samples: gojit.jit's default level
// and register allocation, plausible addresses.
func warmEnv(avx bool) jit.Env {
	return jit.Env{
		Counters:        0x7f00_0000_0000,
		CounterSlot:     0,
		Level:           5,
		RegAlloc:        true,
		AVX:             avx,
		ExecutorGlobals: 0x5600_0010_0000,
		SqrtFunction:    0x5600_0020_0000,
		CompilerGlobals: 0x5600_0030_0000,
	}
}
