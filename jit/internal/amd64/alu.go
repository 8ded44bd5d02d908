package amd64

// Integer arithmetic beyond the moves and adds of assembler.go: the
// two-operand ALU group with register, memory and immediate sources, signed
// multiply and divide, shifts, byte tests and zero-extending byte loads.
// All operate on 64 bits unless the name says otherwise.

// Alu is a two-operand integer instruction of the classic ALU group.
type Alu uint8

// ALU instructions.
const (
	AluAdd Alu = iota
	AluSub
	AluAnd
	AluOr
	AluXor
	AluCmp // flags from dst - src, dst unchanged
	numAlus
)

var aluMnemonics = [numAlus]mnemonic{AluAdd: mADDQ, AluSub: mSUBQ, AluAnd: mANDQ, AluOr: mORQ,
	AluXor: mXORQ, AluCmp: mCMPQ}

var aluNames = [numAlus]string{"add", "sub", "and", "or", "xor", "cmp"}

func (op Alu) String() string {
	if op < numAlus {
		return aluNames[op]
	}
	return "alu?"
}

// aluInstr builds "op dst, src". golang-asm writes the source first,
// except for CMP, whose operands it takes in Intel order.
func aluInstr(op Alu, dst, src operand) instr {
	if op >= numAlus {
		bug("invalid ALU op %d", op)
	}
	if op == AluCmp {
		return instr{m: mCMPQ, from: dst, to: src}
	}
	return instr{m: aluMnemonics[op], from: src, to: dst}
}

// AluRR sets dst = dst op src (for AluCmp: flags only).
func (a *Assembler) AluRR(op Alu, dst, src Reg) { a.emit(aluInstr(op, reg(dst), reg(src))) }

// AluRM sets dst = dst op [m].
func (a *Assembler) AluRM(op Alu, dst Reg, m Mem) { a.emit(aluInstr(op, reg(dst), mem(m))) }

// AluRI sets dst = dst op v (v sign-extended; imm8 form when it fits).
func (a *Assembler) AluRI(op Alu, dst Reg, v int32) { a.emit(aluInstr(op, reg(dst), imm(int64(v)))) }

// CmpMemImm sets flags from the 8-byte integer at m minus v.
func (a *Assembler) CmpMemImm(m Mem, v int32) { a.emit(aluInstr(AluCmp, mem(m), imm(int64(v)))) }

// CmpRM32 sets flags from the low 32 bits of x minus the 4-byte integer
// at m (a u32 field next to another one).
func (a *Assembler) CmpRM32(x Reg, m Mem) { a.emit(instr{m: mCMPL, from: reg(x), to: mem(m)}) }

// CmpMem32Imm sets flags from the 4-byte integer at m minus v.
func (a *Assembler) CmpMem32Imm(m Mem, v int32) {
	a.emit(instr{m: mCMPL, from: mem(m), to: imm(int64(v))})
}

// TestMem8Imm sets flags from the byte at m AND v (e.g. a zval's type
// flags byte against IS_TYPE_REFCOUNTED).
func (a *Assembler) TestMem8Imm(m Mem, v uint8) {
	a.emit(instr{m: mTESTB, from: imm(int64(v)), to: mem(m)})
}

// Imul sets dst = dst * src (signed; OF on overflow).
func (a *Assembler) Imul(dst, src Reg) { a.emit(instr{m: mIMULQ, from: reg(src), to: reg(dst)}) }

// ImulMem sets dst = dst * [m] (signed; OF on overflow).
func (a *Assembler) ImulMem(dst Reg, m Mem) { a.emit(instr{m: mIMULQ, from: mem(m), to: reg(dst)}) }

// ImulImm sets dst = src * v (signed; OF on overflow).
func (a *Assembler) ImulImm(dst, src Reg, v int32) {
	a.emit(instr{m: mIMUL3Q, from: imm(int64(v)), from3: reg(src), to: reg(dst)})
}

// Cqo sign-extends rax into rdx:rax.
func (a *Assembler) Cqo() { a.emit(instr{m: mCQO}) }

// Idiv divides rdx:rax by src (signed): quotient in rax, remainder in rdx.
// It faults on a zero divisor and on MinInt64 / -1: callers rule both out.
func (a *Assembler) Idiv(src Reg) { a.emit(instr{m: mIDIVQ, from: reg(src)}) }

// ShlCL shifts dst left by cl (mod 64).
func (a *Assembler) ShlCL(dst Reg) { a.emit(instr{m: mSHLQ, from: reg(RCX), to: reg(dst)}) }

// SarCL shifts dst right arithmetically by cl (mod 64).
func (a *Assembler) SarCL(dst Reg) { a.emit(instr{m: mSARQ, from: reg(RCX), to: reg(dst)}) }

// ShlImm shifts dst left by n (0-63).
func (a *Assembler) ShlImm(dst Reg, n uint8) {
	checkShift(n)
	a.emit(instr{m: mSHLQ, from: imm(int64(n)), to: reg(dst)})
}

// SarImm shifts dst right arithmetically by n (0-63).
func (a *Assembler) SarImm(dst Reg, n uint8) {
	checkShift(n)
	a.emit(instr{m: mSARQ, from: imm(int64(n)), to: reg(dst)})
}

func checkShift(n uint8) {
	if n > 63 {
		bug("shift count %d", n)
	}
}

// LoadU8 loads the byte at m into dst, zero-extended (movzx r32, byte).
func (a *Assembler) LoadU8(dst Reg, m Mem) { a.emit(instr{m: mMOVBLZX, from: mem(m), to: reg(dst)}) }

// AddMem64Imm adds v to the 8-byte integer at m (a LONG in its zval).
func (a *Assembler) AddMem64Imm(m Mem, v int32) {
	a.emit(instr{m: mADDQ, from: imm(int64(v)), to: mem(m)})
}

// AddMem32Imm adds v to the 4-byte integer at m (e.g. a refcount).
func (a *Assembler) AddMem32Imm(m Mem, v int32) {
	a.emit(instr{m: mADDL, from: imm(int64(v)), to: mem(m)})
}
