package x86emu

import (
	"encoding/hex"
	"math"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/amd64"
)

const codeBase = 0x1000

// run assembles build, runs it from the start with rax and rcx set and
// returns the machine once it leaves the code (through the final jmp rax
// every snippet ends with).
func run(t *testing.T, build func(a *amd64.Assembler), rax, rcx uint64) *Machine {
	t.Helper()
	a := amd64.NewAssembler()
	build(a)
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	m := &Machine{Code: code, CodeBase: codeBase}
	m.AddRegion("data", 0x10000, make([]byte, 64), true)
	m.R[RAX], m.R[RCX], m.R[R14] = rax, rcx, 0x10000
	if _, err := m.Run(codeBase, 1000); err != nil {
		t.Fatal(err)
	}
	return m
}

// overflowFlag runs "op rax, rcx; seto-by-branch" and returns rax and
// whether jo was taken (rdx = 1).
func overflowFlag(t *testing.T, op func(a *amd64.Assembler), x, y uint64) (uint64, bool) {
	m := run(t, func(a *amd64.Assembler) {
		over, out := a.NewLabel(), a.NewLabel()
		a.MovImm64(amd64.RDX, 0)
		op(a)
		a.Jcc(amd64.CondO, over)
		a.Jmp(out)
		a.Bind(over)
		a.MovImm64(amd64.RDX, 1)
		a.Bind(out)
		a.MovImm64(amd64.RSI, 0x99)
		a.JmpReg(amd64.RSI)
	}, x, y)
	return m.R[RAX], m.R[RDX] == 1
}

func TestIntegerOverflow(t *testing.T) {
	vals := []int64{0, 1, -1, 2, 3, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
		3037000499, 3037000500, -3037000500, 1 << 32, -(1 << 32)}
	for _, x := range vals {
		for _, y := range vals {
			sum, o := overflowFlag(t, func(a *amd64.Assembler) { a.AluRR(amd64.AluAdd, amd64.RAX, amd64.RCX) }, uint64(x), uint64(y))
			if want := x + y; int64(sum) != want || o != ((x > 0 && y > 0 && want < 0) || (x < 0 && y < 0 && want >= 0)) {
				t.Errorf("%d + %d: %d overflow %v", x, y, int64(sum), o)
			}
			diff, o := overflowFlag(t, func(a *amd64.Assembler) { a.AluRR(amd64.AluSub, amd64.RAX, amd64.RCX) }, uint64(x), uint64(y))
			if want := x - y; int64(diff) != want || o != ((x >= 0 && y < 0 && want < 0) || (x < 0 && y > 0 && want >= 0)) {
				t.Errorf("%d - %d: %d overflow %v", x, y, int64(diff), o)
			}
			prod, o := overflowFlag(t, func(a *amd64.Assembler) { a.Imul(amd64.RAX, amd64.RCX) }, uint64(x), uint64(y))
			hi, lo := mul128(x, y)
			if int64(prod) != int64(lo) || o != !(hi == int64(lo)>>63) {
				t.Errorf("%d * %d: %d overflow %v", x, y, int64(prod), o)
			}
		}
	}
}

// mul128 is the signed 128-bit product, by halves.
func mul128(x, y int64) (hi int64, lo uint64) {
	neg := (x < 0) != (y < 0)
	ux, uy := uint64(x), uint64(y)
	if x < 0 {
		ux = -ux
	}
	if y < 0 {
		uy = -uy
	}
	h, l := mulU(ux, uy)
	if neg {
		l = -l
		h = ^h
		if l == 0 {
			h++
		}
	}
	return int64(h), l
}

func mulU(x, y uint64) (uint64, uint64) {
	const m32 = 1<<32 - 1
	x0, x1, y0, y1 := x&m32, x>>32, y&m32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&m32, t>>32
	w1 += x0 * y1
	return x1*y1 + w2 + w1>>32, x * y
}

// TestDoubles runs the SSE instructions in both encodings (SSE2 and VEX).
func TestDoubles(t *testing.T) {
	for _, avx := range []bool{false, true} {
		t.Run(map[bool]string{false: "sse", true: "avx"}[avx], func(t *testing.T) { testDoubles(t, avx) })
	}
}

func testDoubles(t *testing.T, avx bool) {
	nan := math.NaN()
	vals := []float64{0, math.Copysign(0, -1), 1, -1.5, math.Inf(1), math.Inf(-1), nan, 1e308}
	for _, x := range vals {
		for _, y := range vals {
			m := &Machine{}
			for k, want := range map[string]float64{"add": x + y, "sub": x - y, "mul": x * y, "div": x / y} {
				op := map[string]amd64.Sse{"add": amd64.SseAdd, "sub": amd64.SseSub, "mul": amd64.SseMul, "div": amd64.SseDiv}[k]
				m = run(t, func(a *amd64.Assembler) {
					a.SetAVX(avx)
					a.MovImm64(amd64.RAX, Bits(x))
					a.MovqToX(amd64.X0, amd64.RAX)
					a.MovImm64(amd64.RAX, Bits(y))
					a.Store64(amd64.M(amd64.R14, 8), amd64.RAX)
					a.SseRM(op, amd64.X0, amd64.M(amd64.R14, 8))
					a.StoreSD(amd64.M(amd64.R14, 16), amd64.X0)
					a.LoadSD(amd64.X1, amd64.M(amd64.R14, 8))
					a.MovqToX(amd64.X2, amd64.RAX)
					a.SseRR(op, amd64.X2, amd64.X1) // y op y
					a.StoreSD(amd64.M(amd64.R14, 24), amd64.X2)
					a.Ucomisd(amd64.X0, amd64.X0) // flags: later
					a.MovImm64(amd64.RAX, Bits(x))
					a.MovqToX(amd64.X0, amd64.RAX)
					a.Ucomisd(amd64.X0, amd64.X1)
					a.JmpReg(amd64.RDX)
				}, 0, 0)
				got, _ := m.Load(0x10010, 8)
				if Bits(want) != got && !(want != want && F64(got) != F64(got)) {
					t.Errorf("%v %s %v = %v, want %v", x, k, y, F64(got), want)
				}
				wantYY := map[string]float64{"add": y + y, "sub": y - y, "mul": y * y, "div": y / y}[k]
				if got, _ := m.Load(0x10018, 8); Bits(wantYY) != got && !(wantYY != wantYY && F64(got) != F64(got)) {
					t.Errorf("%v %s %v (registers) = %v, want %v", y, k, y, F64(got), wantYY)
				}
			}
			// Flags of ucomisd x, y.
			if gt := !m.CF && !m.ZF; gt != (x > y) {
				t.Errorf("ucomisd %v, %v: above %v", x, y, gt)
			}
			if ge := !m.CF; ge != (x >= y) {
				t.Errorf("ucomisd %v, %v: above or equal %v", x, y, ge)
			}
			if eq := m.ZF && !m.PF; eq != (x == y) {
				t.Errorf("ucomisd %v, %v: equal %v", x, y, eq)
			}
		}
	}
}

// TestVEXOperands runs single VEX instructions, among them forms the
// Assembler never emits (a first source other than the destination), and
// ones the model rejects.
func TestVEXOperands(t *testing.T) {
	const x1, x2 = 1.5, 0.25
	for _, c := range []struct {
		name, hex string
		want      float64 // in xmm0
		err       string
	}{
		// c5 f3: VEX.vvvv = xmm1 and pp = F2 (the payload byte is no rep prefix)
		{"vaddsd xmm0, xmm1, xmm2", "c5f358c2", x1 + x2, ""},
		{"vsubsd xmm0, xmm1, xmm2", "c5f35cc2", x1 - x2, ""},
		{"vdivsd xmm0, xmm1, xmm2", "c5f35ec2", x1 / x2, ""},
		{"vsqrtsd xmm0, xmm1, xmm2", "c5f351c2", 0.5, ""},
		{"sqrtsd xmm0, xmm2", "f20f51c2", 0.5, ""},
		{"vmovsd xmm0, xmm1, xmm2", "c5f310c2", x2, ""},
		{"vmovaps xmm0, xmm2", "c5f829d0", x2, ""},
		{"vcvtsi2sd xmm0, xmm1, rcx", "c4e1f32ac1", 7, ""},
		{"vxorps xmm0, xmm1, xmm2", "c5f057c2", 0, "with itself"},
		{"vaddsd (EVEX)", "62f1f70858c2", 0, "EVEX"},
		{"vaddpd ymm0, ymm1, ymm2 (packed)", "c5f558c2", 0, "not modelled"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, err := hex.DecodeString(c.hex + "ffe0") // ...; jmp rax
			if err != nil {
				t.Fatal(err)
			}
			m := &Machine{Code: code, CodeBase: codeBase}
			m.X[1], m.X[2], m.R[RCX], m.R[RAX] = Bits(x1), Bits(x2), 7, 0x99
			_, err = m.Run(codeBase, 10)
			switch {
			case c.err != "":
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("got %v, want an error with %q", err, c.err)
				}
			case err != nil:
				t.Fatal(err)
			case m.X[0] != Bits(c.want):
				t.Fatalf("xmm0 = %v, want %v", F64(m.X[0]), c.want)
			}
		})
	}
}

func TestConvertDivideShift(t *testing.T) {
	for _, avx := range []bool{false, true} {
		for _, v := range []int64{0, -1, 1 << 53, 1<<53 + 1, math.MaxInt64, math.MinInt64} {
			m := run(t, func(a *amd64.Assembler) {
				a.SetAVX(avx)
				a.Store64(amd64.M(amd64.R14, 0), amd64.RAX)
				a.ZeroX(amd64.X3)
				a.Cvtsi2sdMem(amd64.X3, amd64.M(amd64.R14, 0))
				a.Cvtsi2sd(amd64.X4, amd64.RAX)
				a.JmpReg(amd64.RDX)
			}, uint64(v), 0)
			if F64(m.X[3]) != float64(v) || m.X[4] != m.X[3] {
				t.Errorf("cvtsi2sd %d (avx %v): %v %v", v, avx, F64(m.X[3]), F64(m.X[4]))
			}
		}
	}
	// cvttsd2si: truncation toward zero; NaN, infinities and out of range
	// values give the "integer indefinite" MinInt64.
	for _, c := range []struct {
		d    float64
		want int64
	}{{0, 0}, {math.Copysign(0, -1), 0}, {1.9, 1}, {-1.9, -1}, {-0.5, 0}, {1e18, 1e18},
		{9007199254740993, 9007199254740992}, {math.Ldexp(1, 63) - 1024, math.MaxInt64 - 1023},
		{-math.Ldexp(1, 63), math.MinInt64}, {math.Ldexp(1, 63), math.MinInt64},
		{1e19, math.MinInt64}, {-1e19, math.MinInt64}, {math.Inf(1), math.MinInt64},
		{math.Inf(-1), math.MinInt64}, {math.NaN(), math.MinInt64}} {
		for _, avx := range []bool{false, true} {
			m := run(t, func(a *amd64.Assembler) {
				a.SetAVX(avx)
				a.Store64(amd64.M(amd64.R14, 8), amd64.RAX)
				a.Cvttsd2siMem(amd64.RCX, amd64.M(amd64.R14, 8))
				a.JmpReg(amd64.RDX)
			}, Bits(c.d), 0x55)
			if int64(m.R[RCX]) != c.want {
				t.Errorf("cvttsd2si %v (avx %v): %d, want %d", c.d, avx, int64(m.R[RCX]), c.want)
			}
		}
	}
	for _, c := range [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {math.MinInt64, 3}, {math.MaxInt64, 10}} {
		m := run(t, func(a *amd64.Assembler) {
			a.Cqo()
			a.Idiv(amd64.RCX)
			a.JmpReg(amd64.RSI)
		}, uint64(c[0]), uint64(c[1]))
		if int64(m.R[RAX]) != c[0]/c[1] || int64(m.R[RDX]) != c[0]%c[1] {
			t.Errorf("%d idiv %d: %d rem %d", c[0], c[1], int64(m.R[RAX]), int64(m.R[RDX]))
		}
	}
	m := run(t, func(a *amd64.Assembler) {
		a.Mov(amd64.RDX, amd64.RAX)
		a.ShlCL(amd64.RAX)
		a.SarImm(amd64.RDX, 3)
		a.JmpReg(amd64.RSI)
	}, uint64(0x8000_0000_0000_00f0), 4)
	if m.R[RAX] != 0xf00 || m.R[RDX] != 0xf000_0000_0000_001e {
		t.Errorf("shifts: %#x %#x", m.R[RAX], m.R[RDX])
	}
}

func TestFaultsAndBounds(t *testing.T) {
	for name, c := range map[string]struct {
		build func(a *amd64.Assembler)
		want  string
	}{
		"idiv by zero": {func(a *amd64.Assembler) { a.MovImm64(amd64.RCX, 0); a.Cqo(); a.Idiv(amd64.RCX) }, "#DE"},
		"idiv overflow": {func(a *amd64.Assembler) {
			a.MovImm64(amd64.RAX, 1<<63)
			a.MovImm64(amd64.RCX, ^uint64(0))
			a.Cqo()
			a.Idiv(amd64.RCX)
		}, "#DE"},
		"unmapped load": {func(a *amd64.Assembler) { a.Load64(amd64.RAX, amd64.M(amd64.R14, 64)) }, "no memory"},
		"read-only":     {func(a *amd64.Assembler) { a.Store64(amd64.M(amd64.R13, 0), amd64.RAX) }, "read-only"},
	} {
		a := amd64.NewAssembler()
		c.build(a)
		a.JmpReg(amd64.RAX)
		code, err := a.Assemble()
		if err != nil {
			t.Fatal(err)
		}
		m := &Machine{Code: code, CodeBase: codeBase}
		m.AddRegion("data", 0x10000, make([]byte, 64), true)
		m.AddRegion("ro", 0x20000, make([]byte, 8), false)
		m.R[R14], m.R[R13] = 0x10000, 0x20000
		if _, err := m.Run(codeBase, 100); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
}

func TestExits(t *testing.T) {
	a := amd64.NewAssembler()
	a.MovImm64(amd64.RAX, 0x5555_0000)
	a.CallReg(amd64.RAX)
	a.JmpMem(amd64.M(amd64.R15, 0))
	code, _ := a.Assemble()
	m := &Machine{Code: code, CodeBase: codeBase}
	m.R[R15] = 0x7000
	x, err := m.Run(codeBase, 10)
	if err != nil || x.Kind != ExitCall || x.Target != 0x5555_0000 || x.Next != codeBase+7 {
		t.Fatalf("%+v %v", x, err)
	}
	x, err = m.Run(x.Next, 10)
	if err != nil || x.Kind != ExitJumpMem || x.Target != 0x7000 {
		t.Fatalf("%+v %v", x, err)
	}
}

// TestConstPool: constant pool operands (RIP-relative, after the code) read
// the code region, in SSE and VEX forms alike, and the code is not writable.
func TestConstPool(t *testing.T) {
	for _, avx := range []bool{false, true} {
		m := run(t, func(a *amd64.Assembler) {
			a.SetAVX(avx)
			a.LoadSD(amd64.X0, a.Const64(Bits(1.5)))
			a.SseRM(amd64.SseMul, amd64.X0, a.Const64(Bits(-4)))
			a.MovImm64(amd64.RDX, Bits(0.25))
			a.MovqToX(amd64.X9, amd64.RDX)
			a.SseRM(amd64.SseAdd, amd64.X9, a.Const64(Bits(1.5)))
			a.Load64(amd64.RSI, a.Const64(0x1234))
			a.MovImm64(amd64.RDX, 0x99)
			a.JmpReg(amd64.RDX)
		}, 0, 0)
		if F64(m.X[0]) != -6 || F64(m.X[9]) != 1.75 || m.R[RSI] != 0x1234 {
			t.Fatalf("avx %v: xmm0 %v, xmm9 %v, rsi %#x", avx, F64(m.X[0]), F64(m.X[9]), m.R[RSI])
		}
	}
	a := amd64.NewAssembler()
	a.Store64(a.Const64(7), amd64.RAX)
	a.JmpReg(amd64.RAX)
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	m := &Machine{Code: code, CodeBase: codeBase}
	if _, err := m.Run(codeBase, 10); err == nil || !strings.Contains(err.Error(), "code") {
		t.Fatalf("a write into the code: %v", err)
	}
}
