package amd64

import (
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/gojit/gojit/jit/internal/disasm"
	"golang.org/x/arch/x86/x86asm"
)

// disassemble decodes code with x86asm, requiring the instructions to cover
// it exactly, and returns them in Intel syntax joined by "; ". Branch targets
// print relative to the instruction end (".+0x5").
func disassemble(t testing.TB, code []byte) string {
	t.Helper()
	var out []string
	for off := 0; off < len(code); {
		in, err := x86asm.Decode(code[off:], 64)
		if err != nil {
			t.Fatalf("offset %d: %v (code % x)", off, err, code)
		}
		out = append(out, x86asm.IntelSyntax(in, 0, nil))
		off += in.Len
	}
	return strings.Join(out, "; ")
}

type encCase struct {
	name    string
	build   func(a *Assembler)
	wantAsm string
	wantHex string
}

var encCases = []encCase{
	// Constants: the shortest form for each range.
	{"mov imm32 zero-extended", func(a *Assembler) { a.MovImm64(RAX, 0x1234) }, "mov eax, 0x1234", "b834120000"},
	{"mov imm32 rex", func(a *Assembler) { a.MovImm64(R11, 0xdeadbeef) }, "mov r11d, -0x21524111", "41bbefbeadde"},
	{"mov imm zero", func(a *Assembler) { a.MovImm64(RCX, 0) }, "mov ecx, 0x0", "b900000000"},
	{"mov simm32", func(a *Assembler) { a.MovImm64(RDX, ^uint64(4)) }, "mov rdx, -0x5", "48c7c2fbffffff"},
	{"movabs", func(a *Assembler) { a.MovImm64(RAX, 0x5555_1234_5678) }, "mov rax, 0x555512345678", "48b87856341255550000"},
	{"movabs r15", func(a *Assembler) { a.MovImm64(R15, 0x8000_0000_0000_0001) }, "mov r15, 0x8000000000000001", "49bf0100000000000080"},
	{"movabs 2^32", func(a *Assembler) { a.MovImm64(R8, 1<<32) }, "mov r8, 0x100000000", "49b80000000001000000"},

	// Register moves, REX.R/REX.B.
	{"mov reg", func(a *Assembler) { a.Mov(RAX, RCX) }, "mov rax, rcx", "4889c8"},
	{"mov reg32", func(a *Assembler) { a.Mov32(RAX, RCX) }, "mov eax, ecx", "89c8"},
	{"add mem64 imm", func(a *Assembler) { a.AddMem64Imm(M(R14, 0xf0), 1) }, "add qword ptr [r14+0xf0], 0x1", "498386f000000001"},
	{"mov reg32 itself rex", func(a *Assembler) { a.Mov32(R10, R10) }, "mov r10d, r10d", "4589d2"},
	{"mov r8 r15", func(a *Assembler) { a.Mov(R8, R15) }, "mov r8, r15", "4d89f8"},
	{"mov rdx r14", func(a *Assembler) { a.Mov(RDX, R14) }, "mov rdx, r14", "4c89f2"},

	// Loads and stores: disp0, disp8, disp32, and the special bases
	// (rsp/r12 need a SIB byte, rbp/r13 need a displacement).
	{"load disp0", func(a *Assembler) { a.Load64(RAX, M(R14, 0)) }, "mov rax, qword ptr [r14]", "498b06"},
	{"load disp8", func(a *Assembler) { a.Load64(RDX, M(R14, 0x50)) }, "mov rdx, qword ptr [r14+0x50]", "498b5650"},
	{"load disp8 negative", func(a *Assembler) { a.Load64(R9, M(RBX, -8)) }, "mov r9, qword ptr [rbx-0x8]", "4c8b4bf8"},
	{"load disp32", func(a *Assembler) { a.Load64(RCX, M(RAX, 0x360)) }, "mov rcx, qword ptr [rax+0x360]", "488b8860030000"},
	{"load rsp base", func(a *Assembler) { a.Load64(RAX, M(RSP, 0x40)) }, "mov rax, qword ptr [rsp+0x40]", "488b442440"},
	{"load r12 base", func(a *Assembler) { a.Load64(R11, M(R12, 0)) }, "mov r11, qword ptr [r12]", "4d8b1c24"},
	{"load rbp base", func(a *Assembler) { a.Load64(RAX, M(RBP, 0)) }, "mov rax, qword ptr [rbp]", "488b4500"},
	{"load r13 base", func(a *Assembler) { a.Load64(RAX, M(R13, 0)) }, "mov rax, qword ptr [r13]", "498b4500"},
	{"load32", func(a *Assembler) { a.Load32(RAX, M(R15, 8)) }, "mov eax, dword ptr [r15+0x8]", "418b4708"},
	{"store", func(a *Assembler) { a.Store64(M(R14, 0), R15) }, "mov qword ptr [r14], r15", "4d893e"},
	{"store32", func(a *Assembler) { a.Store32(M(R14, 0x58), R10) }, "mov dword ptr [r14+0x58], r10d", "45895658"},
	{"store imm64", func(a *Assembler) { a.StoreImm64(M(R14, 0x50), -1) }, "mov qword ptr [r14+0x50], -0x1", "49c74650ffffffff"},
	{"store imm32 type_info", func(a *Assembler) { a.StoreImm32(M(R14, 0x58), 4) }, "mov dword ptr [r14+0x58], 0x4", "41c7465804000000"},
	{"store imm32 high", func(a *Assembler) { a.StoreImm32(M(RAX, 0x100), 0xffffffff) }, "mov dword ptr [rax+0x100], -0x1", "c78000010000ffffffff"},
	{"lea", func(a *Assembler) { a.Lea(RDI, M(R14, 0x60)) }, "lea rdi, ptr [r14+0x60]", "498d7e60"},

	// ALU: imm8 and imm32 forms.
	{"add reg", func(a *Assembler) { a.Add(RAX, R9) }, "add rax, r9", "4c01c8"},
	{"add imm8", func(a *Assembler) { a.AddImm(R15, 32) }, "add r15, 0x20", "4983c720"},
	{"add imm8 negative", func(a *Assembler) { a.AddImm(RCX, -128) }, "add rcx, -0x80", "4883c180"},
	{"add imm32", func(a *Assembler) { a.AddImm(RCX, 128) }, "add rcx, 0x80", "4881c180000000"},
	{"add imm32 rax", func(a *Assembler) { a.AddImm(RAX, 0x1000) }, "add rax, 0x1000", "480500100000"},
	{"sub reg", func(a *Assembler) { a.Sub(R10, RDX) }, "sub r10, rdx", "4929d2"},
	{"sub imm8", func(a *Assembler) { a.SubImm(RSP, 16) }, "sub rsp, 0x10", "4883ec10"},
	{"sub imm32", func(a *Assembler) { a.SubImm(R12, 0x12345) }, "sub r12, 0x12345", "4981ec45230100"},
	{"cmp reg", func(a *Assembler) { a.Cmp(RAX, R9) }, "cmp rax, r9", "4c39c8"},
	{"cmp imm8", func(a *Assembler) { a.CmpImm(R11, 4) }, "cmp r11, 0x4", "4983fb04"},
	{"cmp imm32", func(a *Assembler) { a.CmpImm(RDX, -1000) }, "cmp rdx, -0x3e8", "4881fa18fcffff"},
	{"cmp byte mem", func(a *Assembler) { a.CmpMem8Imm(M(RAX, 546), 0) }, "cmp byte ptr [rax+0x222], 0x0", "80b82202000000"},
	{"cmp byte mem r8", func(a *Assembler) { a.CmpMem8Imm(M(R8, 8), 0xff) }, "cmp byte ptr [r8+0x8], 0xff", "41807808ff"},
	{"inc mem", func(a *Assembler) { a.IncMem64(M(RAX, 0)) }, "inc qword ptr [rax]", "48ff00"},
	{"inc mem disp32", func(a *Assembler) { a.IncMem64(M(R11, 0x800)) }, "inc qword ptr [r11+0x800]", "49ff8300080000"},

	// ALU group: register, memory and immediate sources (alu.go).
	{"and reg", func(a *Assembler) { a.AluRR(AluAnd, RAX, RCX) }, "and rax, rcx", "4821c8"},
	{"cmp alu reg", func(a *Assembler) { a.AluRR(AluCmp, RAX, RCX) }, "cmp rax, rcx", "4839c8"},
	{"add mem", func(a *Assembler) { a.AluRM(AluAdd, RAX, M(R14, 0x50)) }, "add rax, qword ptr [r14+0x50]", "49034650"},
	{"sub mem", func(a *Assembler) { a.AluRM(AluSub, RAX, M(R14, 0x50)) }, "sub rax, qword ptr [r14+0x50]", "492b4650"},
	{"xor mem disp32 r8", func(a *Assembler) { a.AluRM(AluXor, R8, M(R14, 0x500)) }, "xor r8, qword ptr [r14+0x500]", "4d338600050000"},
	{"or mem", func(a *Assembler) { a.AluRM(AluOr, RDX, M(R14, 0x60)) }, "or rdx, qword ptr [r14+0x60]", "490b5660"},
	{"and mem", func(a *Assembler) { a.AluRM(AluAnd, RAX, M(R14, 0x60)) }, "and rax, qword ptr [r14+0x60]", "49234660"},
	{"cmp reg mem", func(a *Assembler) { a.AluRM(AluCmp, RAX, M(R14, 0x60)) }, "cmp rax, qword ptr [r14+0x60]", "493b4660"},
	{"or imm32", func(a *Assembler) { a.AluRI(AluOr, RAX, 0x7fffffff) }, "or rax, 0x7fffffff", "480dffffff7f"},
	{"and imm8", func(a *Assembler) { a.AluRI(AluAnd, RCX, -1) }, "and rcx, -0x1", "4883e1ff"},
	{"xor imm32", func(a *Assembler) { a.AluRI(AluXor, RAX, 0x10000) }, "xor rax, 0x10000", "483500000100"},
	{"cmp mem imm8", func(a *Assembler) { a.CmpMemImm(M(R14, 0x50), 0) }, "cmp qword ptr [r14+0x50], 0x0", "49837e5000"},
	{"cmp mem imm32", func(a *Assembler) { a.CmpMemImm(M(R14, 0x50), 100000) }, "cmp qword ptr [r14+0x50], 0x186a0", "49817e50a0860100"},
	{"test byte mem", func(a *Assembler) { a.TestMem8Imm(M(R14, 0x59), 1) }, "test byte ptr [r14+0x59], 0x1", "41f6465901"},
	{"imul reg", func(a *Assembler) { a.Imul(RAX, RCX) }, "imul rax, rcx", "480fafc1"},
	{"imul mem", func(a *Assembler) { a.ImulMem(RAX, M(R14, 0x50)) }, "imul rax, qword ptr [r14+0x50]", "490faf4650"},
	{"imul imm8", func(a *Assembler) { a.ImulImm(RAX, RAX, 3) }, "imul rax, rax, 0x3", "486bc003"},
	{"imul imm32", func(a *Assembler) { a.ImulImm(RCX, RDX, 1000003) }, "imul rcx, rdx, 0xf4243", "4869ca43420f00"},
	{"cqo", func(a *Assembler) { a.Cqo() }, "cqo", "4899"},
	{"idiv", func(a *Assembler) { a.Idiv(RCX) }, "idiv rcx", "48f7f9"},
	{"shl cl", func(a *Assembler) { a.ShlCL(RAX) }, "shl rax, cl", "48d3e0"},
	{"sar cl", func(a *Assembler) { a.SarCL(RDX) }, "sar rdx, cl", "48d3fa"},
	{"shl imm", func(a *Assembler) { a.ShlImm(RAX, 13) }, "shl rax, 0xd", "48c1e00d"},
	{"sar imm 1", func(a *Assembler) { a.SarImm(RAX, 1) }, "sar rax, 0x1", "48d1f8"},
	{"sar imm 63", func(a *Assembler) { a.SarImm(R9, 63) }, "sar r9, 0x3f", "49c1f93f"},
	{"cmp dword reg mem", func(a *Assembler) { a.CmpRM32(RDX, M(RCX, 0x20)) }, "cmp edx, dword ptr [rcx+0x20]", "3b5120"},
	{"cmp dword r11 mem", func(a *Assembler) { a.CmpRM32(R11, M(RAX, 0x2c)) }, "cmp r11d, dword ptr [rax+0x2c]", "443b582c"},
	{"cmp dword mem imm8", func(a *Assembler) { a.CmpMem32Imm(M(R14, 0x2c), 2) }, "cmp dword ptr [r14+0x2c], 0x2", "41837e2c02"},
	{"cmp dword mem imm32", func(a *Assembler) { a.CmpMem32Imm(M(RAX, 0x2c), 0x1000) }, "cmp dword ptr [rax+0x2c], 0x1000", "81782c00100000"},
	{"add dword mem imm8", func(a *Assembler) { a.AddMem32Imm(M(RCX, 0), 1) }, "add dword ptr [rcx], 0x1", "830101"},
	{"add dword mem r12", func(a *Assembler) { a.AddMem32Imm(M(R12, 4), 2) }, "add dword ptr [r12+0x4], 0x2", "4183442404" + "02"},
	{"movzx byte", func(a *Assembler) { a.LoadU8(RAX, M(R14, 0x58)) }, "movzx eax, byte ptr [r14+0x58]", "410fb64658"},

	// JmpNext: no code when the label is next, a jump otherwise.
	{"jmp next elided", func(a *Assembler) {
		l, m := a.NewLabel(), a.NewLabel()
		a.JmpNext(l)
		a.Bind(m)
		a.Bind(l)
		a.JmpReg(RAX)
	}, "jmp rax", "ffe0"},
	{"jmp next kept", func(a *Assembler) {
		l := a.NewLabel()
		a.JmpNext(l)
		a.JmpReg(RAX)
		a.Bind(l)
	}, "jmp .+0x2; jmp rax", "eb02ffe0"},
	{"jmp next backward", func(a *Assembler) {
		l := a.NewLabel()
		a.Bind(l)
		a.JmpNext(l)
	}, "jmp .-0x2", "ebfe"},
	{"jmp next across align", func(a *Assembler) {
		l := a.NewLabel()
		a.JmpReg(RAX)
		a.JmpNext(l)
		a.Align(8)
		a.Bind(l)
	}, "jmp rax; jmp .+0x4; nop dword ptr [rax], eax", "ffe0eb040f1f4000"},

	// Indirect control flow.
	{"jmp reg", func(a *Assembler) { a.JmpReg(RAX) }, "jmp rax", "ffe0"},
	{"jmp r11", func(a *Assembler) { a.JmpReg(R11) }, "jmp r11", "41ffe3"},
	{"jmp mem dispatch", func(a *Assembler) { a.JmpMem(M(R15, 0)) }, "jmp qword ptr [r15]", "41ff27"},
	{"call reg", func(a *Assembler) { a.CallReg(R11) }, "call r11", "41ffd3"},

	// Branches to labels: short and near, forward and backward.
	{"jmp forward short", func(a *Assembler) {
		l := a.NewLabel()
		a.Jmp(l)
		a.Mov(RAX, RCX)
		a.Bind(l)
	}, "jmp .+0x3; mov rax, rcx", "eb034889c8"},
	{"jcc backward short", func(a *Assembler) {
		l := a.NewLabel()
		a.Bind(l)
		a.AddImm(RAX, 1)
		a.CmpImm(RAX, 10)
		a.Jcc(CondL, l)
	}, "add rax, 0x1; cmp rax, 0xa; jl .-0xa", "4883c0014883f80a7cf6"},
	{"jcc forward near", func(a *Assembler) {
		l := a.NewLabel()
		a.Jcc(CondNE, l)
		for i := 0; i < 13; i++ {
			a.MovImm64(RAX, 0x5555_0000_0000) // 10 bytes each
		}
		a.Bind(l)
	}, "jnz .+0x82" + strings.Repeat("; mov rax, 0x555500000000", 13),
		"0f8582000000" + strings.Repeat("48b80000000055550000", 13)},
	{"jmp backward near", func(a *Assembler) {
		l := a.NewLabel()
		a.Bind(l)
		for i := 0; i < 13; i++ {
			a.MovImm64(RAX, 0x5555_0000_0000)
		}
		a.Jmp(l)
	}, strings.Repeat("mov rax, 0x555500000000; ", 13) + "jmp .-0x87",
		strings.Repeat("48b80000000055550000", 13) + "e979ffffff"},
	{"all conditions", func(a *Assembler) {
		l := a.NewLabel()
		a.Bind(l)
		for c := CondO; c < numConds; c++ {
			a.Jcc(c, l)
		}
	}, "jo .-0x2; jno .-0x4; jb .-0x6; jnb .-0x8; jz .-0xa; jnz .-0xc; jbe .-0xe; jnbe .-0x10; " +
		"js .-0x12; jns .-0x14; jp .-0x16; jnp .-0x18; jl .-0x1a; jnl .-0x1c; jle .-0x1e; jnle .-0x20",
		"70fe71fc72fa73f874f675f476f277f078ee79ec7aea7be87ce67de47ee27fe0"},

	// Alignment padding with NOPs.
	{"align", func(a *Assembler) {
		a.JmpReg(RAX)
		a.Align(16)
		a.JmpReg(RCX)
	}, "jmp rax; nop word ptr [rax+rax], ax; nop dword ptr [rax+rax], eax; jmp rcx",
		"ffe0" + "660f1f840000000000" + "0f1f440000" + "ffe1"}, // 2 + 9 + 5 = 16
	{"align already aligned", func(a *Assembler) {
		a.Align(16)
		a.JmpReg(RAX)
	}, "jmp rax", "ffe0"},
}

// sseCase is an instruction of sse.go in both encodings: SSE2, and VEX
// with SetAVX(true).
type sseCase struct {
	name           string
	build          func(a *Assembler)
	sseAsm, sseHex string
	avxAsm, avxHex string
}

// sseCases cover every method of sse.go with low and high (REX/VEX.B, VEX.R,
// VEX.vvvv bit 3) registers. The VEX forms take the destination as their
// first source, and use the 2-byte VEX prefix when they can (golang-asm
// encodes vmovaps between registers in its store form, 29 /r, for that).
var sseCases = []sseCase{
	{"addsd reg", func(a *Assembler) { a.SseRR(SseAdd, X0, X1) },
		"addsd xmm0, xmm1", "f20f58c1", "vaddsd xmm0, xmm0, xmm1", "c5fb58c1"},
	{"divsd reg rex", func(a *Assembler) { a.SseRR(SseDiv, X8, X1) },
		"divsd xmm8, xmm1", "f2440f5ec1", "vdivsd xmm8, xmm8, xmm1", "c53b5ec1"},
	{"sqrtsd reg", func(a *Assembler) { a.SseRR(SseSqrt, X0, X1) },
		"sqrtsd xmm0, xmm1", "f20f51c1", "vsqrtsd xmm0, xmm0, xmm1", "c5fb51c1"},
	{"sqrtsd reg rex", func(a *Assembler) { a.SseRR(SseSqrt, X8, X1) },
		"sqrtsd xmm8, xmm1", "f2440f51c1", "vsqrtsd xmm8, xmm8, xmm1", "c53b51c1"},
	{"mulsd reg high source", func(a *Assembler) { a.SseRR(SseMul, X1, X9) },
		"mulsd xmm1, xmm9", "f2410f59c9", "vmulsd xmm1, xmm1, xmm9", "c4c17359c9"},
	{"subsd reg", func(a *Assembler) { a.SseRR(SseSub, X2, X3) },
		"subsd xmm2, xmm3", "f20f5cd3", "vsubsd xmm2, xmm2, xmm3", "c5eb5cd3"},
	{"subsd mem", func(a *Assembler) { a.SseRM(SseSub, X0, M(R14, 0x50)) },
		"subsd xmm0, qword ptr [r14+0x50]", "f2410f5c4650", "vsubsd xmm0, xmm0, qword ptr [r14+0x50]", "c4c17b5c4650"},
	{"mulsd mem", func(a *Assembler) { a.SseRM(SseMul, X1, M(R14, 0x50)) },
		"mulsd xmm1, qword ptr [r14+0x50]", "f2410f594e50", "vmulsd xmm1, xmm1, qword ptr [r14+0x50]", "c4c173594e50"},
	{"addsd mem rax", func(a *Assembler) { a.SseRM(SseAdd, X0, M(RAX, 8)) },
		"addsd xmm0, qword ptr [rax+0x8]", "f20f584008", "vaddsd xmm0, xmm0, qword ptr [rax+0x8]", "c5fb584008"},
	{"divsd mem disp32", func(a *Assembler) { a.SseRM(SseDiv, X1, M(R14, 0x500)) },
		"divsd xmm1, qword ptr [r14+0x500]", "f2410f5e8e00050000", "vdivsd xmm1, xmm1, qword ptr [r14+0x500]", "c4c1735e8e00050000"},
	{"ucomisd", func(a *Assembler) { a.Ucomisd(X0, X1) },
		"ucomisd xmm0, xmm1", "660f2ec1", "vucomisd xmm0, xmm1", "c5f92ec1"},
	{"ucomisd swapped", func(a *Assembler) { a.Ucomisd(X1, X0) },
		"ucomisd xmm1, xmm0", "660f2ec8", "vucomisd xmm1, xmm0", "c5f92ec8"},
	{"ucomisd high", func(a *Assembler) { a.Ucomisd(X9, X10) },
		"ucomisd xmm9, xmm10", "66450f2eca", "vucomisd xmm9, xmm10", "c441792eca"},
	{"movsd load", func(a *Assembler) { a.LoadSD(X0, M(R14, 0x50)) },
		"movsd xmm0, qword ptr [r14+0x50]", "f2410f104650", "vmovsd xmm0, qword ptr [r14+0x50]", "c4c17b104650"},
	{"movsd load rcx", func(a *Assembler) { a.LoadSD(X2, M(RCX, 0)) },
		"movsd xmm2, qword ptr [rcx]", "f20f1011", "vmovsd xmm2, qword ptr [rcx]", "c5fb1011"},
	{"movsd store", func(a *Assembler) { a.StoreSD(M(R14, 0x50), X2) },
		"movsd qword ptr [r14+0x50], xmm2", "f2410f115650", "vmovsd qword ptr [r14+0x50], xmm2", "c4c17b115650"},
	{"cvtsi2sd reg", func(a *Assembler) { a.Cvtsi2sd(X0, RAX) },
		"cvtsi2sd xmm0, rax", "f2480f2ac0", "vcvtsi2sd xmm0, xmm0, rax", "c4e1fb2ac0"},
	{"cvtsi2sd reg high", func(a *Assembler) { a.Cvtsi2sd(X10, R9) },
		"cvtsi2sd xmm10, r9", "f24d0f2ad1", "vcvtsi2sd xmm10, xmm10, r9", "c441ab2ad1"},
	{"cvtsi2sd mem", func(a *Assembler) { a.Cvtsi2sdMem(X1, M(R14, 0x50)) },
		"cvtsi2sd xmm1, qword ptr [r14+0x50]", "f2490f2a4e50", "vcvtsi2sd xmm1, xmm1, qword ptr [r14+0x50]", "c4c1f32a4e50"},
	{"cvttsd2si mem", func(a *Assembler) { a.Cvttsd2siMem(RAX, M(R14, 0x50)) },
		"cvttsd2si rax, qword ptr [r14+0x50]", "f2490f2c4650", "vcvttsd2si rax, qword ptr [r14+0x50]", "c4c1fb2c4650"},
	{"cvttsd2si mem rex", func(a *Assembler) { a.Cvttsd2siMem(R9, M(RCX, 8)) },
		"cvttsd2si r9, qword ptr [rcx+0x8]", "f24c0f2c4908", "vcvttsd2si r9, qword ptr [rcx+0x8]", "c461fb2c4908"},
	{"movq to xmm", func(a *Assembler) { a.MovqToX(X1, RAX) },
		"movq xmm1, rax", "66480f6ec8", "vmovq xmm1, rax", "c4e1f96ec8"},
	{"movq to xmm high", func(a *Assembler) { a.MovqToX(X12, R11) },
		"movq xmm12, r11", "664d0f6ee3", "vmovq xmm12, r11", "c441f96ee3"},
	{"xorps", func(a *Assembler) { a.ZeroX(X0) },
		"xorps xmm0, xmm0", "0f57c0", "vxorps xmm0, xmm0, xmm0", "c5f857c0"},
	{"xorps high", func(a *Assembler) { a.ZeroX(X15) },
		"xorps xmm15, xmm15", "450f57ff", "vxorps xmm15, xmm15, xmm15", "c4410057ff"},
	{"movaps", func(a *Assembler) { a.MovX(X3, X12) },
		"movaps xmm3, xmm12", "410f28dc", "vmovaps xmm3, xmm12", "c57829e3"},
	{"movaps low", func(a *Assembler) { a.MovX(X1, X2) },
		"movaps xmm1, xmm2", "0f28ca", "vmovaps xmm1, xmm2", "c5f829d1"},
	{"movaps to itself: nothing", func(a *Assembler) { a.MovX(X5, X5) }, "", "", "", ""},
}

// avxCases are the VEX-only three-operand forms.
var avxCases = []encCase{
	{"vaddsd 3", func(a *Assembler) { a.SseRRR(SseAdd, X3, X4, X5) }, "vaddsd xmm3, xmm4, xmm5", "c5db58dd"},
	{"vmulsd 3 high", func(a *Assembler) { a.SseRRR(SseMul, X9, X12, X3) }, "vmulsd xmm9, xmm12, xmm3", "c51b59cb"},
	{"vsubsd 3 dst is y", func(a *Assembler) { a.SseRRR(SseSub, X5, X4, X5) }, "vsubsd xmm5, xmm4, xmm5", "c5db5ced"},
	{"vdivsd 3 mem", func(a *Assembler) { a.SseRRM(SseDiv, X0, X7, M(R14, 0x50)) },
		"vdivsd xmm0, xmm7, qword ptr [r14+0x50]", "c4c1435e4650"},
}

func TestEncodeAVX3(t *testing.T) {
	for _, c := range avxCases {
		t.Run(c.name, func(t *testing.T) { checkEncoding(t, c.build, true, c.wantAsm, c.wantHex) })
	}
	defer func() {
		if recover() == nil {
			t.Error("SseRRR without AVX did not panic")
		}
	}()
	NewAssembler().SseRRR(SseAdd, X0, X1, X2)
}

func TestEncode(t *testing.T) {
	for _, c := range encCases {
		t.Run(c.name, func(t *testing.T) { checkEncoding(t, c.build, false, c.wantAsm, c.wantHex) })
	}
}

func TestEncodeSSE(t *testing.T) {
	for _, c := range sseCases {
		t.Run(c.name+"/sse", func(t *testing.T) { checkEncoding(t, c.build, false, c.sseAsm, c.sseHex) })
		t.Run(c.name+"/avx", func(t *testing.T) { checkEncoding(t, c.build, true, c.avxAsm, c.avxHex) })
	}
}

// checkEncoding assembles build with AVX on or off and compares the bytes
// and their disassembly.
func checkEncoding(t *testing.T, build func(a *Assembler), avx bool, wantAsm, wantHex string) {
	t.Helper()
	a := NewAssembler()
	a.SetAVX(avx)
	build(a)
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(code); got != wantHex {
		t.Errorf("hex\n got %s\nwant %s", got, wantHex)
	}
	if got := disassemble(t, code); got != wantAsm {
		t.Errorf("asm\n got %s\nwant %s", got, wantAsm)
	}
}

// TestConstPool: constants are placed once each after the code, 8-byte
// aligned, and every RIP-relative operand (before an immediate or not, with
// or without REX/VEX prefixes) reaches its own.
func TestConstPool(t *testing.T) {
	for _, avx := range []bool{false, true} {
		a := NewAssembler()
		a.SetAVX(avx)
		one, two := a.Const64(0x3ff0000000000000), a.Const64(0x4000000000000000)
		if again := a.Const64(0x3ff0000000000000); again != one {
			t.Fatalf("the same constant twice: %v then %v", one, again)
		}
		a.LoadSD(X0, one)
		a.SseRM(SseAdd, X9, two)
		a.LoadSD(X12, two)
		if avx {
			a.SseRRM(SseMul, X3, X4, one)
		}
		a.Load64(RAX, one)     // general register instructions work too,
		a.CmpMemImm(two, 0x55) // also with an immediate after the rel32
		code, err := a.Assemble()
		if err != nil {
			t.Fatal(err)
		}
		at := a.PoolOffset()
		if at%8 != 0 || len(code) != at+16 {
			t.Fatalf("pool at %d in %d bytes", at, len(code))
		}
		if got := binary.LittleEndian.Uint64(code[at:]); got != 0x3ff0000000000000 {
			t.Fatalf("first constant %#x", got)
		}
		if got := binary.LittleEndian.Uint64(code[at+8:]); got != 0x4000000000000000 {
			t.Fatalf("second constant %#x", got)
		}
		want := []uint64{0, 8, 8, 0, 0, 8}
		if !avx {
			want = []uint64{0, 8, 8, 0, 8}
		}
		k := 0
		for off := 0; off < at; {
			in, err := disasm.Decode(code[off:])
			if err != nil {
				t.Fatal(err)
			}
			off += in.Len
			for _, arg := range in.Args {
				if m, ok := arg.(x86asm.Mem); ok && m.Base == x86asm.RIP {
					if k >= len(want) || uint64(off)+uint64(m.Disp) != uint64(at)+want[k] {
						t.Errorf("avx %v: operand %d (%v) reaches %#x", avx, k, in, off+int(m.Disp))
					}
					k++
				}
			}
		}
		if k != len(want) {
			t.Errorf("avx %v: %d pool operands, want %d", avx, k, len(want))
		}
	}
}
