package amd64

// Scalar double arithmetic with SSE2, which every x86-64 CPU has. The
// semantics are IEEE 754 binary64 with round-to-nearest, the same as the C
// doubles PHP computes with (-0.0, infinities and NaN included).
//
// With SetAVX(true) every instruction of this file is emitted in its VEX
// (AVX) form instead, with the same result in the low 128 bits: what
// opcache's JIT does for the C digit 1 of opcache.jit, and gojit for
// gojit.jit's. VEX forms are no faster by themselves; their three operands
// are what a register allocator can use to avoid copies.

// Sse is a scalar double arithmetic instruction.
type Sse uint8

// SSE2 scalar double instructions.
const (
	SseAdd Sse = iota
	SseSub
	SseMul
	SseDiv
	// SseSqrt: dst = the square root of src (IEEE, correctly rounded, as
	// C's sqrt; a negative src gives NaN). The VEX form keeps dst's upper
	// bits as well.
	SseSqrt
	numSses
)

var sseMnemonics = [numSses]mnemonic{SseAdd: mADDSD, SseSub: mSUBSD, SseMul: mMULSD, SseDiv: mDIVSD, SseSqrt: mSQRTSD}

var sseNames = [numSses]string{"addsd", "subsd", "mulsd", "divsd", "sqrtsd"}

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

// vexForm is the AVX twin of an SSE mnemonic. nds: the VEX form has one
// more source (VEX.vvvv, Intel's second operand) that the SSE form leaves
// implicit; it gets the destination, so that, as with SSE, the bits of the
// destination above the low double survive (addsd x0, x1 = vaddsd x0, x0,
// x1). Moves and ucomisd have no such operand.
type vexForm struct {
	m   mnemonic
	nds bool
}

var vexForms = [numMnemonics]vexForm{
	mMOVSD:     {mVMOVSD, false},
	mMOVQ:      {mVMOVQ, false}, // only MovqToX's: the integer moves never come here
	mADDSD:     {mVADDSD, true},
	mSUBSD:     {mVSUBSD, true},
	mMULSD:     {mVMULSD, true},
	mDIVSD:     {mVDIVSD, true},
	mSQRTSD:    {mVSQRTSD, true},
	mUCOMISD:   {mVUCOMISD, false},
	mCVTSQ2SD:  {mVCVTSQ2SD, true},
	mXORPS:     {mVXORPS, true},
	mMOVAPS:    {mVMOVAPS, false},
	mCVTTSD2SQ: {mVCVTTSD2SQ, false}, // to a general register: no VEX.vvvv source
}

// SetAVX chooses the encoding of the SSE instructions emitted from now on:
// VEX (AVX) when on, legacy SSE2 when off (the default). The caller must
// know that the CPU and the OS support AVX (the code faults otherwise).
// The VEX forms are all VEX.128, which zero bits 128-255 of the registers
// they write: they leave no dirty upper YMM state, so the legacy SSE code
// around them (the VM's) pays no SSE/AVX transition penalty.
func (a *Assembler) SetAVX(on bool) { a.avx = on }

// emitSSE emits an instruction of this file, in its VEX form with AVX on.
func (a *Assembler) emitSSE(in instr) {
	if a.avx {
		v := vexForms[in.m]
		if v.m == mBind {
			bug("no VEX form for mnemonic %d", in.m)
		}
		in.m = v.m
		if v.nds {
			in.from3 = in.to
		}
	}
	a.emit(in)
}

// SseRR sets dst = dst op src (SseSqrt: dst = sqrt(src)).
func (a *Assembler) SseRR(op Sse, dst, src XReg) {
	a.emitSSE(instr{m: sseMnemonic(op), from: xreg(src), to: xreg(dst)})
}

// SseRM sets dst = dst op the double at m.
func (a *Assembler) SseRM(op Sse, dst XReg, m Mem) {
	a.emitSSE(instr{m: sseMnemonic(op), from: mem(m), to: xreg(dst)})
}

// Ucomisd compares x with y (Intel "ucomisd x, y"): ZF, PF, CF =
// 1,1,1 unordered (a NaN), 0,0,0 x > y, 0,0,1 x < y, 1,0,0 equal. So
// CondA is "x > y" and CondAE "x >= y", both false on NaN; equality needs
// CondE and CondNP.
func (a *Assembler) Ucomisd(x, y XReg) { a.emitSSE(instr{m: mUCOMISD, from: xreg(y), to: xreg(x)}) }

// LoadSD loads the double at m into the low half of dst (upper half zeroed).
func (a *Assembler) LoadSD(dst XReg, m Mem) { a.emitSSE(instr{m: mMOVSD, from: mem(m), to: xreg(dst)}) }

// StoreSD stores the low double of src at m.
func (a *Assembler) StoreSD(m Mem, src XReg) {
	a.emitSSE(instr{m: mMOVSD, from: xreg(src), to: mem(m)})
}

// Cvtsi2sd converts the signed 64-bit integer in src to a double in dst
// (rounding to nearest, as a C cast does).
func (a *Assembler) Cvtsi2sd(dst XReg, src Reg) {
	a.emitSSE(instr{m: mCVTSQ2SD, from: reg(src), to: xreg(dst)})
}

// Cvtsi2sdMem converts the signed 64-bit integer at m to a double in dst.
func (a *Assembler) Cvtsi2sdMem(dst XReg, m Mem) {
	a.emitSSE(instr{m: mCVTSQ2SD, from: mem(m), to: xreg(dst)})
}

// Cvttsd2siMem converts the double at m to a signed 64-bit integer in dst,
// truncating toward zero as a C cast does. NaN, infinities and values
// outside [-2^63, 2^63) give MinInt64 (the "integer indefinite" value).
func (a *Assembler) Cvttsd2siMem(dst Reg, m Mem) {
	a.emitSSE(instr{m: mCVTTSD2SQ, from: mem(m), to: reg(dst)})
}

// MovqToX copies the 64 bits of src into the low half of dst (upper half
// zeroed): loads a double constant's bits.
func (a *Assembler) MovqToX(dst XReg, src Reg) {
	a.emitSSE(instr{m: mMOVQ, from: reg(src), to: xreg(dst)})
}

// ZeroX clears x (xorps x, x); also breaks the dependency of a following
// cvtsi2sd on x's old value.
func (a *Assembler) ZeroX(x XReg) { a.emitSSE(instr{m: mXORPS, from: xreg(x), to: xreg(x)}) }

// MovX copies src to dst (movaps: the whole register, so no dependency on
// dst's old value, unlike movsd between registers).
func (a *Assembler) MovX(dst, src XReg) {
	if dst != src {
		a.emitSSE(instr{m: mMOVAPS, from: xreg(src), to: xreg(dst)})
	}
}

// AVX reports whether SSE instructions are emitted in their VEX forms.
func (a *Assembler) AVX() bool { return a.avx }

// SseRRR sets dst = x op y in the VEX three-operand form (AVX only): no
// copy of x into dst first, and dst may be x or y.
func (a *Assembler) SseRRR(op Sse, dst, x, y XReg) {
	a.sse3(op, dst, x, xreg(y))
}

// SseRRM sets dst = x op the double at m (AVX only).
func (a *Assembler) SseRRM(op Sse, dst, x XReg, m Mem) {
	a.sse3(op, dst, x, mem(m))
}

func (a *Assembler) sse3(op Sse, dst, x XReg, y operand) {
	if !a.avx {
		bug("three-operand %v without AVX", op)
	}
	a.emit(instr{m: vexForms[sseMnemonic(op)].m, from: y, from3: xreg(x), to: xreg(dst)})
}
