// Package amd64 is gojit's x86-64 instruction builder: a small typed API
// (Assembler) the compiler drives, turned into machine code by golang-asm.
//
// Only asm.go imports golang-asm; everything else works on this package's
// own instruction list, so the encoder can be replaced without touching the
// compiler. The generated code is position independent by construction: the
// API has no RIP-relative or rel32-to-symbol forms, only branches to labels
// inside the same code and absolute addresses loaded with MovImm64.
//
// Compile speed: golang-asm encodes each function in one pass and never
// sees the branches to labels, which relax.go lays out itself (golang-asm's
// span6 would re-encode the whole function for every forward branch that
// turns out too far for rel8); instructions whose bytes do not depend on
// their position come from a process-wide cache of golang-asm's earlier
// results (enccache.go). Both give byte for byte what golang-asm alone
// gives (TestRelaxMatchesGolangAsm, jit's golden listings).
//
// Operand order is Intel's: destination first.
package amd64

import "fmt"

// Reg is a 64-bit general purpose register, numbered as in the ModRM
// encoding.
type Reg uint8

// General purpose registers.
const (
	RAX Reg = iota
	RCX
	RDX
	RBX
	RSP
	RBP
	RSI
	RDI
	R8
	R9
	R10
	R11
	R12
	R13
	R14
	R15
	numRegs
)

var regNames = [numRegs]string{"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
	"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"}

// poolBase is the base of a constant pool operand (Assembler.Const64): not
// a register, it stands for RIP-relative addressing of the constants
// placed after the code.
const poolBase Reg = 0xff

func (r Reg) String() string {
	if r < numRegs {
		return regNames[r]
	}
	if r == poolBase {
		return "pool"
	}
	return fmt.Sprintf("reg?%d", uint8(r))
}

// XReg is an SSE register (xmm0-xmm15).
type XReg uint8

// SSE registers.
const (
	X0 XReg = iota
	X1
	X2
	X3
	X4
	X5
	X6
	X7
	X8
	X9
	X10
	X11
	X12
	X13
	X14
	X15
	numXRegs
)

func (x XReg) String() string {
	if x < numXRegs {
		return fmt.Sprintf("xmm%d", uint8(x))
	}
	return fmt.Sprintf("xreg?%d", uint8(x))
}

func checkXReg(x XReg) {
	if x >= numXRegs {
		bug("invalid SSE register %d", x)
	}
}

// Negate returns the condition that holds exactly when c does not.
func (c Cond) Negate() Cond {
	if c >= numConds {
		bug("invalid condition %d", c)
	}
	return c ^ 1
}

// Cond is a condition code, numbered as in the Jcc/SETcc encodings.
type Cond uint8

// Condition codes.
const (
	CondO  Cond = iota // overflow
	CondNO             // no overflow
	CondB              // below (unsigned <)
	CondAE             // above or equal (unsigned >=)
	CondE              // equal / zero
	CondNE             // not equal / not zero
	CondBE             // below or equal (unsigned <=)
	CondA              // above (unsigned >)
	CondS              // sign
	CondNS             // no sign
	CondP              // parity
	CondNP             // no parity
	CondL              // less (signed <)
	CondGE             // greater or equal (signed >=)
	CondLE             // less or equal (signed <=)
	CondG              // greater (signed >)
	numConds
)

var condNames = [numConds]string{"o", "no", "b", "ae", "e", "ne", "be", "a",
	"s", "ns", "p", "np", "l", "ge", "le", "g"}

func (c Cond) String() string {
	if c < numConds {
		return condNames[c]
	}
	return fmt.Sprintf("cond?%d", uint8(c))
}

// Mem is a memory operand [Base + Disp].
type Mem struct {
	Base Reg
	Disp int32
}

// M returns the memory operand [base + disp].
func M(base Reg, disp int32) Mem { return Mem{Base: base, Disp: disp} }

func (m Mem) String() string {
	if m.Disp == 0 {
		return "[" + m.Base.String() + "]"
	}
	return fmt.Sprintf("[%s%+#x]", m.Base, m.Disp)
}
