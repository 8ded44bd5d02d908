package amd64

// Scalar double arithmetic with SSE2, which every x86-64 CPU has. The
// semantics are IEEE 754 binary64 with round-to-nearest, the same as the C
// doubles PHP computes with (-0.0, infinities and NaN included).

// Sse is a scalar double arithmetic instruction.
type Sse uint8

// SSE2 scalar double instructions.
const (
	SseAdd Sse = iota
	SseSub
	SseMul
	SseDiv
	numSses
)

var sseMnemonics = [numSses]mnemonic{SseAdd: mADDSD, SseSub: mSUBSD, SseMul: mMULSD, SseDiv: mDIVSD}

var sseNames = [numSses]string{"addsd", "subsd", "mulsd", "divsd"}

func (op Sse) String() string {
	if op < numSses {
		return sseNames[op]
	}
	return "sse?"
}

func sseMnemonic(op Sse) mnemonic {
	if op >= numSses {
		bug("invalid SSE op %d", op)
	}
	return sseMnemonics[op]
}

// SseRR sets dst = dst op src.
func (a *Assembler) SseRR(op Sse, dst, src XReg) {
	a.emit(instr{m: sseMnemonic(op), from: xreg(src), to: xreg(dst)})
}

// SseRM sets dst = dst op the double at m.
func (a *Assembler) SseRM(op Sse, dst XReg, m Mem) {
	a.emit(instr{m: sseMnemonic(op), from: mem(m), to: xreg(dst)})
}

// Ucomisd compares x with y (Intel "ucomisd x, y"): ZF, PF, CF =
// 1,1,1 unordered (a NaN), 0,0,0 x > y, 0,0,1 x < y, 1,0,0 equal. So
// CondA is "x > y" and CondAE "x >= y", both false on NaN; equality needs
// CondE and CondNP.
func (a *Assembler) Ucomisd(x, y XReg) { a.emit(instr{m: mUCOMISD, from: xreg(y), to: xreg(x)}) }

// LoadSD loads the double at m into the low half of dst (upper half zeroed).
func (a *Assembler) LoadSD(dst XReg, m Mem) { a.emit(instr{m: mMOVSD, from: mem(m), to: xreg(dst)}) }

// StoreSD stores the low double of src at m.
func (a *Assembler) StoreSD(m Mem, src XReg) { a.emit(instr{m: mMOVSD, from: xreg(src), to: mem(m)}) }

// Cvtsi2sd converts the signed 64-bit integer in src to a double in dst
// (rounding to nearest, as a C cast does).
func (a *Assembler) Cvtsi2sd(dst XReg, src Reg) {
	a.emit(instr{m: mCVTSQ2SD, from: reg(src), to: xreg(dst)})
}

// Cvtsi2sdMem converts the signed 64-bit integer at m to a double in dst.
func (a *Assembler) Cvtsi2sdMem(dst XReg, m Mem) {
	a.emit(instr{m: mCVTSQ2SD, from: mem(m), to: xreg(dst)})
}

// Cvttsd2siMem converts the double at m to a signed 64-bit integer in dst,
// truncating toward zero as a C cast does. NaN, infinities and values
// outside [-2^63, 2^63) give MinInt64 (the "integer indefinite" value).
func (a *Assembler) Cvttsd2siMem(dst Reg, m Mem) {
	a.emit(instr{m: mCVTTSD2SQ, from: mem(m), to: reg(dst)})
}

// MovqToX copies the 64 bits of src into the low half of dst (upper half
// zeroed): loads a double constant's bits.
func (a *Assembler) MovqToX(dst XReg, src Reg) {
	a.emit(instr{m: mMOVQ, from: reg(src), to: xreg(dst)})
}

// ZeroX clears x (xorps x, x); also breaks the dependency of a following
// cvtsi2sd on x's old value.
func (a *Assembler) ZeroX(x XReg) { a.emit(instr{m: mXORPS, from: xreg(x), to: xreg(x)}) }

// MovX copies src to dst (movaps: the whole register, so no dependency on
// dst's old value, unlike movsd between registers).
func (a *Assembler) MovX(dst, src XReg) {
	if dst != src {
		a.emit(instr{m: mMOVAPS, from: xreg(src), to: xreg(dst)})
	}
}
