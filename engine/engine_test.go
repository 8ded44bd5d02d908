package engine

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/gojit/gojit/jit"
	"github.com/gojit/gojit/shm"
	"golang.org/x/arch/x86/x86asm"
	"golang.org/x/sys/cpu"
)

// testEngine is an Engine on a real dual-mapped memfd (as the C module
// makes in MINIT) with a Go-allocated counter table.
type testEngine struct {
	*Engine
	rw, rx   []byte
	counters []uint64
}

func (te *testEngine) rxBase() uintptr { return uintptr(unsafe.Pointer(&te.rx[0])) }

func newTestEngine(t testing.TB, size uint64, nCounters int, mod func(*Config)) *testEngine {
	t.Helper()
	rw, rx, closeFn, err := shm.MapDual(size)
	if err != nil {
		t.Fatalf("MapDual: %v", err)
	}
	t.Cleanup(func() { _ = closeFn() })
	counters := make([]uint64, nCounters)
	cfg := Config{
		JIT:      1205,
		RW:       rw,
		RXBase:   uintptr(unsafe.Pointer(&rx[0])),
		Counters: counters,
		Layout:   jit.ExpectedLayout(),
	}
	if mod != nil {
		mod(&cfg)
	}
	e, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return &testEngine{Engine: e, rw: rw, rx: rx, counters: counters}
}

// wireFile is a wire buffer captured from PHP (jit/testdata/wire/).
type wireFile struct {
	name string // <level>/<script>.<function>
	buf  []byte
}

func loadWires(t testing.TB) []wireFile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "jit", "testdata", "wire", "*", "*.wire"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 5 {
		t.Fatalf("found %d captured wires in jit/testdata/wire/, want several", len(paths))
	}
	var out []wireFile
	for _, p := range paths {
		buf, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(p)) + "/" + strings.TrimSuffix(filepath.Base(p), ".wire")
		out = append(out, wireFile{name, buf})
	}
	return out
}

// checkPlaced verifies one compiled function in the buffer: it lies inside
// the code area of the RX view, the bytes there are exactly what the
// compiler produces for the same slot and level, every entry is an
// instruction boundary of the placed code, and exactly the function-start
// entry counts calls in its slot. (Package jit's tests check the code
// itself.)
func checkPlaced(t *testing.T, te *testEngine, w []byte, r *Result) {
	t.Helper()
	st := te.Stats()
	rx := te.rxBase()
	c := r.Chunk
	if c.Off < st.CodeStart || c.Off+c.Size > st.Size {
		t.Fatalf("chunk %+v outside the code area [%#x, %#x)", c, st.CodeStart, st.Size)
	}
	want, err := jit.Compile(w, te.jitEnv(r.Slot))
	if err != nil {
		t.Fatal(err)
	}
	if uint64(len(want.Code)) > c.Size {
		t.Fatalf("%d bytes of code in a %d-byte chunk", len(want.Code), c.Size)
	}
	code := te.rx[c.Off : c.Off+uint64(len(want.Code))]
	if !bytes.Equal(code, want.Code) {
		t.Fatalf("RX view holds\n% x\nwant\n% x", code, want.Code)
	}
	if len(r.Entries) != len(want.Entries) || len(r.Entries) == 0 {
		t.Fatalf("entries %+v, compiler says %+v", r.Entries, want.Entries)
	}
	// Decode the placed instructions (not the constants after them),
	// through the RX view.
	boundary := map[uint64][]x86asm.Inst{}
	for off := 0; off < want.Data; {
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			t.Fatalf("offset %#x: %v", off, err)
		}
		boundary[uint64(off)] = decodeAt(t, code[off:want.Data], 2)
		off += in.Len
	}
	counter := uint64(0)
	if r.Slot != NoSlot {
		counter = uint64(uintptr(unsafe.Pointer(&te.counters[r.Slot])))
	}
	lo := uint64(rx) + c.Off
	starts := 0
	for i, en := range r.Entries {
		if en.OpIndex != want.Entries[i].OpIndex || en.Address != lo+uint64(want.Entries[i].Offset) {
			t.Fatalf("entry %d = %+v, compiler says %+v", i, en, want.Entries[i])
		}
		insts, ok := boundary[en.Address-lo]
		if !ok {
			t.Fatalf("entry %d (op %d) at %#x is not an instruction boundary", i, en.OpIndex, en.Address)
		}
		if imm, ok := movRaxImm(insts[0]); ok && imm == counter && counter != 0 {
			if insts[1].Op != x86asm.INC || insts[1].Args[0] != (x86asm.Mem{Base: x86asm.RAX}) {
				t.Fatalf("entry %d: %v after the counter load, want inc [rax]", i, insts[1])
			}
			starts++
		}
	}
	if want := 1; r.Slot != NoSlot && starts != want {
		t.Errorf("%d entries count calls, want %d", starts, want)
	}
}

// decodeAt decodes up to n instructions at the start of code.
func decodeAt(t *testing.T, code []byte, n int) []x86asm.Inst {
	t.Helper()
	var out []x86asm.Inst
	for off := 0; off < len(code) && len(out) < n; {
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			t.Fatalf("offset %#x: %v", off, err)
		}
		out = append(out, in)
		off += in.Len
	}
	for len(out) < n {
		out = append(out, x86asm.Inst{})
	}
	return out
}

func movRaxImm(in x86asm.Inst) (uint64, bool) {
	if in.Op != x86asm.MOV || (in.Args[0] != x86asm.RAX && in.Args[0] != x86asm.EAX) {
		return 0, false
	}
	imm, ok := in.Args[1].(x86asm.Imm)
	if !ok {
		return 0, false
	}
	if in.DataSize == 32 {
		return uint64(uint32(imm)), true
	}
	return uint64(imm), true
}

func TestNew(t *testing.T) {
	te := newTestEngine(t, 1<<20, 16, nil)
	st := te.Stats()
	if st.Size != 1<<20 || st.Used != 0 || st.Functions != 0 {
		t.Fatalf("fresh engine stats %+v", st)
	}

	rw, rx, closeFn, err := shm.MapDual(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	defer closeFn()
	good := Config{RW: rw, RXBase: uintptr(unsafe.Pointer(&rx[0])), Layout: jit.ExpectedLayout(), JIT: 1205}
	cases := []struct {
		name string
		mod  func(*Config)
		want []string
	}{
		{"layout", func(c *Config) { c.Layout.SizeofZendOp = 40 }, []string{"SizeofZendOp=40"}},
		{"two fields", func(c *Config) { c.Layout.EGException = 1; c.Layout.ZvalTypeInfo = 9 },
			[]string{"EGException", "ZvalTypeInfo"}},
		{"jit", func(c *Config) { c.JIT = 9999 }, []string{"gojit.jit 9999"}},
		{"small buffer", func(c *Config) { c.RW = rw[:shm.MinSize-shm.PageSize] }, []string{"size"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := good
			c.mod(&cfg)
			e, err := New(cfg)
			if err == nil {
				t.Fatalf("New = %v, want an error", e)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
		})
	}
	// JIT 0 (not passed) is accepted.
	cfg := good
	cfg.JIT = 0
	if _, err := New(cfg); err != nil {
		t.Fatalf("JIT 0: %v", err)
	}
}

func TestUseAVX(t *testing.T) {
	for _, c := range []struct {
		jit    uint32
		hasAVX bool
		want   bool
	}{{1205, true, true}, {1205, false, false}, {205, true, false}, {1, true, false}, {1011, true, true}} {
		if got := useAVX(c.jit, c.hasAVX); got != c.want {
			t.Errorf("useAVX(%d, %v) = %v", c.jit, c.hasAVX, got)
		}
	}
}

// TestAVXCode compiles a function with double arithmetic at C=1 and C=0:
// VEX encodings in the placed code exactly when gojit.jit asks for AVX and
// this CPU has it.
func TestAVXCode(t *testing.T) {
	buf, err := os.ReadFile(filepath.Join("..", "jit", "testdata", "wire", "1205", "loops.mix.wire"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []uint32{1205, 205} {
		te := newTestEngine(t, 1<<20, 4, func(c *Config) { c.JIT, c.ExecutorGlobals = n, 0x5617_2c00_0100 })
		r, err := te.Compile(buf)
		if err != nil {
			t.Fatal(err)
		}
		checkPlaced(t, te, buf, r)
		code := te.rx[r.Chunk.Off : r.Chunk.Off+r.Chunk.Size]
		sse, vex := 0, 0
		for off := 0; off < len(code); {
			in, err := x86asm.Decode(code[off:], 64)
			if err != nil {
				break // past the code, in the chunk's padding
			}
			switch in.Op {
			case x86asm.MULSD, x86asm.ADDSD, x86asm.SUBSD, x86asm.UCOMISD:
				sse++
			case x86asm.VMULSD, x86asm.VADDSD, x86asm.VSUBSD, x86asm.VUCOMISD:
				vex++
			}
			off += in.Len
		}
		t.Logf("gojit.jit=%d: %d SSE, %d VEX", n, sse, vex)
		wantAVX := n == 1205 && cpu.X86.HasAVX
		if te.avx != wantAVX || sse+vex == 0 || (vex > 0) != wantAVX || (sse > 0) == wantAVX {
			t.Errorf("gojit.jit=%d, HasAVX %v: %d SSE and %d VEX instructions", n, cpu.X86.HasAVX, sse, vex)
		}
	}
}

func TestCompileCaptured(t *testing.T) {
	te := newTestEngine(t, 1<<20, 64, nil)
	wires := loadWires(t)
	slots := map[uint32]string{}
	var results []*Result
	for _, w := range wires {
		before := te.Stats()
		r, err := te.Compile(w.buf)
		if err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		t.Run(w.name, func(t *testing.T) { checkPlaced(t, te, w.buf, r) })
		if r.Slot == NoSlot {
			t.Errorf("%s: no counter slot with %d free", w.name, len(te.counters)-len(slots))
		} else if prev, dup := slots[r.Slot]; dup {
			t.Errorf("%s: slot %d already given to %s", w.name, r.Slot, prev)
		}
		slots[r.Slot] = w.name
		after := te.Stats()
		if after.Used != before.Used+r.Chunk.Size || after.Functions != before.Functions+1 {
			t.Errorf("%s: stats %+v -> %+v for a %d-byte chunk", w.name, before, after, r.Chunk.Size)
		}
		if r.NativeOps != 0 {
			t.Errorf("%s: NativeOps %d", w.name, r.NativeOps)
		}
		results = append(results, r)
	}
	// Chunks do not overlap.
	sort.Slice(results, func(i, j int) bool { return results[i].Chunk.Off < results[j].Chunk.Off })
	for i := 1; i < len(results); i++ {
		if p := results[i-1].Chunk; p.Off+p.Size > results[i].Chunk.Off {
			t.Errorf("chunks overlap: %+v, %+v", p, results[i].Chunk)
		}
	}
	// The counters the stubs point at belong to this engine.
	te.counters[results[0].Slot] = 42
	if got := te.CounterAt(results[0].Slot); got != 42 {
		t.Errorf("CounterAt = %d", got)
	}
	if got := te.CounterAt(NoSlot); got != 0 {
		t.Errorf("CounterAt(NoSlot) = %d", got)
	}
}

func TestRelease(t *testing.T) {
	te := newTestEngine(t, 1<<20, 64, nil)
	w := loadWires(t)[0].buf
	base := te.Stats().Used
	r1, err := te.Compile(w)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := te.Compile(w)
	if err != nil {
		t.Fatal(err)
	}
	if err := te.Release(r1.Chunk); err != nil {
		t.Fatal(err)
	}
	if got, want := te.Stats().Used, base+r2.Chunk.Size; got != want {
		t.Errorf("used %d after one release, want %d", got, want)
	}
	if err := te.Release(r1.Chunk); !errors.Is(err, shm.ErrNotAllocated) {
		t.Errorf("double release: %v, want ErrNotAllocated", err)
	}
	if err := te.Release(r2.Chunk); err != nil {
		t.Fatal(err)
	}
	st := te.Stats()
	if st.Used != base || st.Chunks != 0 {
		t.Errorf("after releasing everything: %+v", st)
	}
	// The space is reusable: the same chunk comes back first-fit.
	r3, err := te.Compile(w)
	if err != nil {
		t.Fatal(err)
	}
	if r3.Chunk != r1.Chunk {
		t.Errorf("recompiled into %+v, want the freed %+v", r3.Chunk, r1.Chunk)
	}
	checkPlaced(t, te, w, r3)
}

func TestCompileErrorsLeaveBufferAlone(t *testing.T) {
	te := newTestEngine(t, 1<<20, 64, nil)
	before := te.Stats()
	if _, err := te.Compile([]byte("not a wire")); !errors.Is(err, jit.ErrDecode) {
		t.Errorf("garbage: %v, want jit.ErrDecode", err)
	}
	w := loadWires(t)[0].buf
	if _, err := te.Compile(w[:len(w)-1]); !errors.Is(err, jit.ErrDecode) {
		t.Errorf("truncated: %v, want jit.ErrDecode", err)
	}
	after := te.Stats()
	if after.Used != before.Used || after.Chunks != 0 || after.Functions != 0 {
		t.Errorf("stats %+v after failed compiles", after)
	}
}

func TestBufferFull(t *testing.T) {
	te := newTestEngine(t, shm.MinSize, 8, nil)
	wires := loadWires(t)
	var live []*Result
	var err error
	for i := 0; ; i++ {
		var r *Result
		before := te.Stats()
		r, err = te.Compile(wires[i%len(wires)].buf)
		if err != nil {
			after := te.Stats()
			if after.Used != before.Used || after.Chunks != before.Chunks || after.Functions != before.Functions {
				t.Errorf("failed compile changed stats %+v -> %+v", before, after)
			}
			if after.AllocFailures != before.AllocFailures+1 {
				t.Errorf("alloc failures %d -> %d", before.AllocFailures, after.AllocFailures)
			}
			break
		}
		live = append(live, r)
		if i > 100000 {
			t.Fatal("buffer never filled up")
		}
	}
	if !errors.Is(err, ErrFull) {
		t.Fatalf("got %v, want ErrFull", err)
	}
	if len(live) < 10 {
		t.Fatalf("buffer full after %d functions", len(live))
	}
	// Slots ran out long before the buffer: later functions have none and
	// their code counts nothing.
	for _, r := range live[len(te.counters):] {
		if r.Slot != NoSlot {
			t.Fatalf("slot %d beyond the %d-slot table", r.Slot, len(te.counters))
		}
	}
	checkPlaced(t, te, wires[(len(live)-1)%len(wires)].buf, live[len(live)-1])
	var sum uint64
	for _, r := range live {
		sum += r.Chunk.Size
	}
	if st := te.Stats(); st.Used != sum {
		t.Errorf("used %d, chunks sum to %d", st.Used, sum)
	}
	for _, r := range live {
		if err := te.Release(r.Chunk); err != nil {
			t.Fatal(err)
		}
	}
	if st := te.Stats(); st.Used != 0 || st.Chunks != 0 {
		t.Errorf("after releasing all: %+v", st)
	}
	if _, err := te.Compile(wires[0].buf); err != nil {
		t.Errorf("compile after freeing: %v", err)
	}
}

func TestPanicOn(t *testing.T) {
	dir := t.TempDir()
	te := newTestEngine(t, 1<<20, 8, func(c *Config) { c.PanicOn = "sum_ints"; c.DumpWireDir = dir })
	var victim, other []byte
	for _, w := range loadWires(t) {
		name, err := jit.FuncName(w.buf)
		if err != nil {
			t.Fatal(err)
		}
		if name == "sum_ints" {
			victim = w.buf
		} else {
			other = w.buf
		}
	}
	if victim == nil || other == nil {
		t.Fatal("no capture of sum_ints")
	}
	func() {
		defer func() {
			r := recover()
			if r == nil {
				t.Fatal("no panic")
			}
			if !strings.Contains(fmt.Sprint(r), "GOJIT_TEST_PANIC_ON") || !strings.Contains(fmt.Sprint(r), "sum_ints") {
				t.Errorf("panic %v", r)
			}
		}()
		_, _ = te.Compile(victim)
	}()
	if st := te.Stats(); st.Used != 0 || st.NextSlot != 0 {
		t.Errorf("the panic left %+v", st)
	}
	// The wire that panics is captured before the panic.
	if _, err := os.Stat(filepath.Join(dir, dumpName("sum_ints", victim))); err != nil {
		t.Errorf("panicking wire not dumped: %v", err)
	}
	// Everything else still compiles.
	if r, err := te.Compile(other); err != nil {
		t.Fatal(err)
	} else {
		checkPlaced(t, te, other, r)
	}
}

// TestLockedCompile is the C path for shared op_arrays: the caller takes the
// buffer lock, compiles (AllocLocked), patches, may release (FreeLocked),
// unlocks. With the plain Alloc this would deadlock.
func TestLockedCompile(t *testing.T) {
	te := newTestEngine(t, 1<<20, 8, nil)
	w := loadWires(t)[0].buf
	done := make(chan error, 1)
	var r *Result
	go func() {
		te.Lock()
		defer te.Unlock()
		var err error
		r, err = te.Compile(w)
		if err == nil {
			var r2 *Result
			if r2, err = te.Compile(w); err == nil {
				err = te.Release(r2.Chunk)
			}
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Compile under Lock deadlocked")
	}
	// Unlocked again: Stats (which locks) works and the path back is the
	// locking one.
	if st := te.Stats(); st.Used != r.Chunk.Size || st.Chunks != 1 {
		t.Errorf("stats %+v", st)
	}
	checkPlaced(t, te, w, r)
	if err := te.Release(r.Chunk); err != nil {
		t.Fatal(err)
	}
}

func TestConcurrentCompile(t *testing.T) {
	const goroutines, rounds = 8, 3
	te := newTestEngine(t, 4<<20, 1024, nil)
	wires := loadWires(t)
	type placed struct {
		w []byte
		r *Result
	}
	results := make([][]placed, goroutines)
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				for k, w := range wires {
					r, err := te.Compile(w.buf)
					if err != nil {
						t.Error(err)
						return
					}
					if (g+k)%3 == 0 { // release some right away
						if err := te.Release(r.Chunk); err != nil {
							t.Error(err)
						}
						continue
					}
					results[g] = append(results[g], placed{w.buf, r})
				}
				if g%2 == 0 { // and take the lock as C does now and then
					te.Lock()
					r, err := te.Compile(wires[i%len(wires)].buf)
					if err == nil {
						err = te.Release(r.Chunk)
					}
					te.Unlock()
					if err != nil {
						t.Error(err)
					}
				}
			}
		}(g)
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	var all []placed
	for _, rs := range results {
		all = append(all, rs...)
	}
	slots := map[uint32]bool{}
	var sum uint64
	for _, p := range all {
		checkPlaced(t, te, p.w, p.r)
		if p.r.Slot != NoSlot {
			if slots[p.r.Slot] {
				t.Errorf("slot %d given twice", p.r.Slot)
			}
			slots[p.r.Slot] = true
		}
		sum += p.r.Chunk.Size
	}
	sort.Slice(all, func(i, j int) bool { return all[i].r.Chunk.Off < all[j].r.Chunk.Off })
	for i := 1; i < len(all); i++ {
		if p := all[i-1].r.Chunk; p.Off+p.Size > all[i].r.Chunk.Off {
			t.Fatalf("chunks overlap: %+v, %+v", p, all[i].r.Chunk)
		}
	}
	st := te.Stats()
	if st.Used != sum || st.Chunks != uint64(len(all)) {
		t.Errorf("stats %+v, want %d bytes in %d chunks", st, sum, len(all))
	}
	for _, p := range all {
		if err := te.Release(p.r.Chunk); err != nil {
			t.Fatal(err)
		}
	}
	if st := te.Stats(); st.Used != 0 {
		t.Errorf("used %d after releasing all", st.Used)
	}
}

// dumpName is the file name DumpWireDir gives a wire of function name.
func dumpName(name string, w []byte) string {
	sum := sha256.Sum256(w)
	return sanitizeName(name) + "-" + hex.EncodeToString(sum[:6]) + ".wire"
}

func TestDumpWire(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "dir") // created on demand
	te := newTestEngine(t, 1<<20, 64, func(c *Config) { c.DumpWireDir = dir })
	wires := loadWires(t)
	want := map[string][]byte{}
	for _, w := range wires {
		for i := 0; i < 2; i++ { // the second compile finds the file there
			if _, err := te.Compile(w.buf); err != nil {
				t.Fatal(err)
			}
		}
		name, _ := jit.FuncName(w.buf)
		want[dumpName(name, w.buf)] = w.buf
	}
	if _, err := te.Compile([]byte("junk")); err == nil {
		t.Fatal("junk compiled")
	}
	want[dumpName("invalid", []byte("junk"))] = []byte("junk")

	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != len(want) {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("dumped %v, want %d files", names, len(want))
	}
	for name, buf := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Error(err)
			continue
		}
		if !bytes.Equal(got, buf) {
			t.Errorf("%s: content differs", name)
		}
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && fi.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v", name, fi.Mode())
		}
	}
}

func TestDumpWireErrorsIgnored(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// A directory that cannot exist: below a regular file.
	te := newTestEngine(t, 1<<20, 8, func(c *Config) { c.DumpWireDir = filepath.Join(file, "sub") })
	w := loadWires(t)[0].buf
	r, err := te.Compile(w)
	if err != nil {
		t.Fatalf("compile with an unusable dump dir: %v", err)
	}
	checkPlaced(t, te, w, r)
}

func TestSanitizeName(t *testing.T) {
	for in, want := range map[string]string{
		"add":                                "add",
		"{main}":                             "main",
		"{closure}":                          "closure",
		"App\\{closure}":                     "App_closure",
		"App\\Calc::scale":                   "App_Calc_scale",
		"Foo::__construct":                   "Foo___construct",
		"{eval}":                             "eval",
		"":                                   "func",
		"../../etc/passwd":                   "etc_passwd",
		"...":                                "func",
		"a/b\x00c d":                         "a_b_c_d",
		"été":                                "t",
		strings.Repeat("x", 100):             strings.Repeat("x", 64),
		strings.Repeat("ab::", 30) + "zzzzz": strings.Repeat("ab_", 21) + "a",
	} {
		if got := sanitizeName(in); got != want {
			t.Errorf("sanitizeName(%q) = %q, want %q", in, got, want)
		}
	}
}
