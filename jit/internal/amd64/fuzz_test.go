package amd64

import (
	"encoding/binary"
	"testing"

	"golang.org/x/arch/x86/x86asm"
)

// FuzzEncode builds random instruction sequences from the input, assembles
// them and checks with x86asm that the bytes decode back to the same
// instructions (mnemonic, and the value of MovImm64's constant). One
// operation toggles AVX, so SSE and VEX forms mix.
func FuzzEncode(f *testing.F) {
	f.Add([]byte{0, 1, 0x78, 0x56, 0x34, 0x12, 0x55, 0x55, 0, 0, 3, 14, 4})
	f.Add([]byte{13, 0, 0, 12, 5, 7, 0, 16, 2, 11, 0, 0x80, 0, 0, 0, 14, 0})
	// AVX on, subsd xmm3, [r14+0x50], cvtsi2sd xmm9, [rax+0x10]
	f.Add([]byte{26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, 3, 14, 1, 0, 0, 0, 0x50, 0, 0, 0,
		22, 9, 0, 0, 0, 0, 0, 0x10, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		next := func(n int) []byte {
			out := make([]byte, n)
			copy(out, b)
			b = b[min(n, len(b)):]
			return out
		}
		a := NewAssembler()
		labels := []Label{a.NewLabel(), a.NewLabel()}
		bound := []bool{false, false}
		var want []x86asm.Op
		var imms []uint64 // MovImm64 constants, in order
		avx := false
		sse := func(op x86asm.Op) x86asm.Op {
			if avx {
				return vexOps[op]
			}
			return op
		}
		for n := 0; len(b) > 0 && n < 200; n++ {
			op := next(1)[0] % 27
			r1, r2 := Reg(next(1)[0]%16), Reg(next(1)[0]%16)
			v := binary.LittleEndian.Uint64(next(8))
			m := M(r2, int32(v>>32))
			l := int(v & 1)
			switch op {
			case 0:
				a.MovImm64(r1, v)
				imms = append(imms, v)
				want = append(want, x86asm.MOV)
			case 1:
				a.Mov(r1, r2)
				want = append(want, x86asm.MOV)
			case 2:
				a.Load64(r1, m)
				want = append(want, x86asm.MOV)
			case 3:
				a.Store32(m, r1)
				want = append(want, x86asm.MOV)
			case 4:
				a.StoreImm64(m, int32(v))
				want = append(want, x86asm.MOV)
			case 5:
				a.StoreImm32(m, uint32(v))
				want = append(want, x86asm.MOV)
			case 6:
				a.Lea(r1, m)
				want = append(want, x86asm.LEA)
			case 7:
				a.AddImm(r1, int32(v))
				want = append(want, x86asm.ADD)
			case 8:
				a.Sub(r1, r2)
				want = append(want, x86asm.SUB)
			case 9:
				a.CmpImm(r1, int32(v))
				want = append(want, x86asm.CMP)
			case 10:
				a.CmpMem8Imm(m, uint8(v))
				want = append(want, x86asm.CMP)
			case 11:
				a.IncMem64(m)
				want = append(want, x86asm.INC)
			case 12:
				a.Jmp(labels[l])
				want = append(want, x86asm.JMP)
			case 13:
				a.Jcc(Cond(v>>8)%numConds, labels[l])
				want = append(want, jccOps[Cond(v>>8)%numConds])
			case 14:
				if !bound[l] {
					a.Bind(labels[l])
					bound[l] = true
				}
			case 15:
				a.CallReg(r1)
				want = append(want, x86asm.CALL)
			case 16:
				a.Align(1 << (v % 6))
			case 17:
				a.AluRM(Alu(v%uint64(numAlus)), r1, m)
				want = append(want, aluOps[Alu(v%uint64(numAlus))])
			case 18:
				a.AluRI(Alu(v%uint64(numAlus)), r1, int32(v>>8))
				want = append(want, aluOps[Alu(v%uint64(numAlus))])
			case 19:
				a.ImulImm(r1, r2, int32(v))
				want = append(want, x86asm.IMUL)
			case 20:
				a.ShlImm(r1, uint8(v%64))
				want = append(want, x86asm.SHL)
			case 21:
				a.SseRM(Sse(v%uint64(numSses)), XReg(r1), m)
				want = append(want, sse(sseOps[Sse(v%uint64(numSses))]))
			case 22:
				a.Cvtsi2sdMem(XReg(r1), m)
				want = append(want, sse(x86asm.CVTSI2SD))
			case 23:
				a.StoreSD(m, XReg(r1))
				want = append(want, sse(x86asm.MOVSD_XMM))
			case 24:
				a.TestMem8Imm(m, uint8(v))
				want = append(want, x86asm.TEST)
			case 25:
				a.JmpNext(labels[l])
				if !bound[l] { // a forward jump may be elided, so bind after something
					a.CallReg(r1)
					want = append(want, x86asm.JMP, x86asm.CALL)
				} else {
					want = append(want, x86asm.JMP)
				}
			case 26:
				avx = !avx
				a.SetAVX(avx)
			}
		}
		for i, l := range labels {
			if !bound[i] {
				a.Bind(l)
			}
		}
		code, err := a.Assemble()
		if err != nil {
			t.Fatal(err)
		}
		var got []x86asm.Op
		for off := 0; off < len(code); {
			in, err := x86asm.Decode(code[off:], 64)
			if err != nil {
				t.Fatalf("offset %d: %v", off, err)
			}
			if in.Op != x86asm.NOP && in.Op != x86asm.XCHG { // alignment padding
				got = append(got, in.Op)
			}
			// Only MovImm64 makes "mov reg, imm".
			if _, isReg := in.Args[0].(x86asm.Reg); isReg && in.Op == x86asm.MOV {
				if iv, ok := in.Args[1].(x86asm.Imm); ok {
					if len(imms) == 0 {
						t.Fatalf("offset %d: unexpected mov immediate", off)
					}
					checkImm(t, uint64(iv), in.DataSize, imms[0])
					imms = imms[1:]
				}
			}
			off += in.Len
		}
		if len(got) != len(want) {
			t.Fatalf("decoded %d instructions, built %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("instruction %d: decoded %v, built %v", i, got[i], want[i])
			}
		}
	})
}

var jccOps = [numConds]x86asm.Op{x86asm.JO, x86asm.JNO, x86asm.JB, x86asm.JAE, x86asm.JE, x86asm.JNE,
	x86asm.JBE, x86asm.JA, x86asm.JS, x86asm.JNS, x86asm.JP, x86asm.JNP, x86asm.JL, x86asm.JGE,
	x86asm.JLE, x86asm.JG}

var aluOps = [numAlus]x86asm.Op{x86asm.ADD, x86asm.SUB, x86asm.AND, x86asm.OR, x86asm.XOR, x86asm.CMP}

var sseOps = [numSses]x86asm.Op{x86asm.ADDSD, x86asm.SUBSD, x86asm.MULSD, x86asm.DIVSD}

// vexOps are the decoded AVX twins of the SSE instructions the fuzzer builds.
var vexOps = map[x86asm.Op]x86asm.Op{x86asm.ADDSD: x86asm.VADDSD, x86asm.SUBSD: x86asm.VSUBSD,
	x86asm.MULSD: x86asm.VMULSD, x86asm.DIVSD: x86asm.VDIVSD, x86asm.CVTSI2SD: x86asm.VCVTSI2SD,
	x86asm.MOVSD_XMM: x86asm.VMOVSD}

// checkImm compares the value a mov-immediate leaves in the register.
func checkImm(t *testing.T, imm uint64, dataSize int, want uint64) {
	t.Helper()
	got := imm
	if dataSize == 32 {
		got = uint64(uint32(imm)) // 32-bit moves zero-extend
	}
	if got != want {
		t.Fatalf("mov loads %#x, want %#x", got, want)
	}
}
