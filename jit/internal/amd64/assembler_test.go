package amd64

import (
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
)

func TestLabelOffsets(t *testing.T) {
	a := NewAssembler()
	start, mid, end := a.NewLabel(), a.NewLabel(), a.NewLabel()
	a.Bind(start)
	a.MovImm64(RAX, 0x5555_0000_1000) // 10 bytes
	a.Jmp(end)                        // 2 bytes
	a.Align(16)
	a.Bind(mid)
	a.JmpReg(RAX)
	a.Bind(end)
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	if got := [3]int{a.Offset(start), a.Offset(mid), a.Offset(end)}; got != [3]int{0, 16, 18} {
		t.Fatalf("offsets %v, want [0 16 18]", got)
	}
	if len(code) != 18 {
		t.Fatalf("len %d, want 18", len(code))
	}
	// The short jump skips the padding: rel8 = 18 - 12.
	if code[10] != 0xeb || code[11] != 6 {
		t.Fatalf("jmp encoded as % x", code[10:12])
	}
}

// TestAlignConverges puts a branch whose size depends on the padding across
// several alignment points.
func TestAlignConverges(t *testing.T) {
	a := NewAssembler()
	end := a.NewLabel()
	a.Jcc(CondE, end)
	for i := 0; i < 8; i++ {
		a.MovImm64(RAX, uint64(0x5555_0000_0000+i))
		a.Align(16)
	}
	a.Bind(end)
	a.JmpReg(RAX)
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	if a.Offset(end)%16 != 0 || a.Offset(end) != len(code)-2 {
		t.Fatalf("end at %d, code %d bytes", a.Offset(end), len(code))
	}
	disassemble(t, code) // decodes cleanly
}

func TestEmpty(t *testing.T) {
	code, err := NewAssembler().Assemble()
	if err != nil || len(code) != 0 {
		t.Fatalf("got % x, %v", code, err)
	}
}

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Fatalf("no panic, want %q", want)
		}
		if s, _ := r.(string); !strings.Contains(s, want) {
			t.Fatalf("panic %v, want %q", r, want)
		}
	}()
	f()
}

func TestMisusePanics(t *testing.T) {
	mustPanic(t, "bound twice", func() {
		a := NewAssembler()
		l := a.NewLabel()
		a.Bind(l)
		a.Bind(l)
	})
	mustPanic(t, "never bound", func() {
		a := NewAssembler()
		a.Jmp(a.NewLabel())
		_, _ = a.Assemble()
	})
	mustPanic(t, "does not belong", func() { NewAssembler().Jmp(Label{}) })
	mustPanic(t, "does not belong", func() {
		other := NewAssembler()
		other.NewLabel()
		other.NewLabel()
		a := NewAssembler()
		a.NewLabel()
		a.Jmp(Label{id: 2})
	})
	mustPanic(t, "after Assemble", func() {
		a := NewAssembler()
		_, _ = a.Assemble()
		a.JmpReg(RAX)
	})
	mustPanic(t, "twice", func() {
		a := NewAssembler()
		_, _ = a.Assemble()
		_, _ = a.Assemble()
	})
	mustPanic(t, "Offset before Assemble", func() {
		a := NewAssembler()
		l := a.NewLabel()
		a.Bind(l)
		a.Offset(l)
	})
	mustPanic(t, "invalid register", func() { NewAssembler().JmpReg(Reg(16)) })
	mustPanic(t, "invalid register", func() { NewAssembler().Load64(RAX, M(Reg(99), 0)) })
	mustPanic(t, "invalid condition", func() {
		a := NewAssembler()
		l := a.NewLabel()
		a.Bind(l)
		a.Jcc(Cond(16), l)
	})
	mustPanic(t, "bad alignment", func() { NewAssembler().Align(12) })
	mustPanic(t, "invalid SSE register", func() { NewAssembler().ZeroX(XReg(16)) })
	mustPanic(t, "shift count", func() { NewAssembler().ShlImm(RAX, 64) })
	mustPanic(t, "invalid ALU op", func() { NewAssembler().AluRR(Alu(9), RAX, RCX) })
	mustPanic(t, "invalid SSE op", func() { NewAssembler().SseRR(Sse(9), X0, X1) })
	mustPanic(t, "invalid condition", func() { CondE.Negate(); Cond(16).Negate() })
}

// captureStdout runs f and returns what it printed to os.Stdout.
func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = saved }()
	f()
	w.Close()
	out, _ := io.ReadAll(r)
	return string(out)
}

// TestDiagnosticsBecomeErrors feeds golang-asm instructions it rejects.
// Neither may print (golang-asm's default) or exit the process ("call
// without target" is followed by log.Fatalf in golang-asm).
func TestDiagnosticsBecomeErrors(t *testing.T) {
	for name, in := range map[string]instr{
		"lea from register":   {m: mLEAQ, from: reg(RAX), to: reg(RCX)},
		"call without target": {m: mCALL, to: operand{kind: kLabel, label: Label{id: 1}}},
		"inc immediate":       {m: mINCQ, to: imm(3)},
	} {
		t.Run(name, func(t *testing.T) {
			var err error
			out := captureStdout(t, func() {
				a := NewAssembler()
				a.Bind(a.NewLabel())
				a.instrs = append(a.instrs, in)
				_, err = a.Assemble()
			})
			if !errors.Is(err, ErrEncode) {
				t.Fatalf("got %v, want ErrEncode", err)
			}
			if out != "" {
				t.Fatalf("golang-asm printed %q", out)
			}
			t.Log(err)
		})
	}
}

// TestConcurrent assembles from many goroutines at once; run with -race to
// check the one-time table initialisation.
func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, c := range encCases {
				a := NewAssembler()
				c.build(a)
				if _, err := a.Assemble(); err != nil {
					t.Error(err)
					return
				}
			}
			for _, c := range sseCases {
				a := NewAssembler()
				a.SetAVX(g%2 == 1)
				c.build(a)
				if _, err := a.Assemble(); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
