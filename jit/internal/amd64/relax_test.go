package amd64

import (
	"bytes"
	"math/rand"
	"testing"
)

// TestRelaxMatchesGolangAsm builds random code full of forward and
// backward branches whose distances straddle the rel8 limit, and checks
// that relax gives the bytes (and label offsets) golang-asm's own branch
// relaxation gives: assembled once (encCache partly cold), once by
// golang-asm alone, and once more (every cacheable instruction a hit).
func TestRelaxMatchesGolangAsm(t *testing.T) {
	for seed := int64(0); seed < 400; seed++ {
		var got [3][]byte
		var offs [3][]int
		for k, golang := range []bool{false, true, false} {
			r := rand.New(rand.NewSource(seed))
			a := NewAssembler()
			a.golangBranches = golang
			a.SetAVX(seed%2 == 1)
			n := 1 + r.Intn(40)
			labels := make([]Label, n)
			bound := make([]bool, n)
			for i := range labels {
				labels[i] = a.NewLabel()
			}
			steps := 20 + r.Intn(300)
			for s := 0; s < steps; s++ {
				l := r.Intn(n)
				switch r.Intn(12) {
				case 0:
					a.Jmp(labels[l])
				case 1:
					a.JmpNext(labels[l])
				case 2, 3:
					a.Jcc(Cond(r.Intn(int(numConds))), labels[l])
				case 4:
					if !bound[l] {
						a.Bind(labels[l])
						bound[l] = true
					}
				case 5:
					a.MovImm64(Reg(r.Intn(16)), r.Uint64())
				case 6:
					a.LoadSD(XReg(r.Intn(16)), a.Const64(uint64(r.Intn(5))))
				case 7:
					a.Store64(M(Reg(r.Intn(16)), int32(r.Intn(300))-150), Reg(r.Intn(16)))
				case 8:
					a.CmpMem8Imm(M(Reg(r.Intn(16)), int32(r.Intn(300))), uint8(r.Intn(256)))
				case 9:
					a.JmpMem(M(R15, 0))
				default:
					a.Mov(Reg(r.Intn(16)), Reg(r.Intn(16)))
				}
			}
			for i := range labels {
				if !bound[i] {
					a.Bind(labels[i])
				}
			}
			code, err := a.Assemble()
			if err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
			got[k] = code
			for _, l := range labels {
				offs[k] = append(offs[k], a.Offset(l))
			}
		}
		for _, k := range []int{0, 2} {
			if !bytes.Equal(got[k], got[1]) {
				t.Fatalf("seed %d/%d: relax\n% x\ngolang-asm\n% x", seed, k, got[k], got[1])
			}
			for i := range offs[k] {
				if offs[k][i] != offs[1][i] {
					t.Fatalf("seed %d/%d: label %d at %d, golang-asm %d", seed, k, i, offs[k][i], offs[1][i])
				}
			}
		}
	}
}

// TestMovAbs: the 64-bit immediates encoded without golang-asm (movAbs)
// are golang-asm's bytes, for every register, next to the values it
// encodes shorter.
func TestMovAbs(t *testing.T) {
	values := []uint64{1 << 32, 0x7fff_1234_5678_9abc, 0x5617_7300_0000, 1 << 63, 0xffff_ff00_0000_0000,
		^uint64(0), 0xffff_ffff_8000_0000, 0x8000_0000, 5}
	build := func(golang bool) []byte {
		a := NewAssembler()
		a.golangBranches = golang
		for r := RAX; r < numRegs; r++ {
			if r == RSP {
				continue
			}
			for _, v := range values {
				a.MovImm64(r, v)
			}
		}
		code, err := a.Assemble()
		if err != nil {
			t.Fatal(err)
		}
		return code
	}
	if got, want := build(false), build(true); !bytes.Equal(got, want) {
		t.Fatalf("movAbs differs from golang-asm:\n got %x\nwant %x", got, want)
	}
}
