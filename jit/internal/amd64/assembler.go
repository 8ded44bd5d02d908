package amd64

import (
	"fmt"
	"slices"
)

// mnemonic is an instruction of this package's own list; asm.go maps each to
// a golang-asm opcode.
type mnemonic uint8

const (
	mBind  mnemonic = iota // label position, no bytes
	mAlign                 // padding up to a multiple of imm bytes
	mMOVQ
	mMOVL
	mLEAQ
	mADDQ
	mSUBQ
	mCMPQ
	mCMPB
	mINCQ
	mJMP
	mJCC
	mCALL
	mADDL
	mCMPL
	// alu.go
	mANDQ
	mORQ
	mXORQ
	mTESTB
	mIMULQ
	mIMUL3Q
	mIDIVQ
	mCQO
	mSHLQ
	mSARQ
	mMOVBLZX
	// sse.go
	mMOVSD
	mADDSD
	mSUBSD
	mMULSD
	mDIVSD
	mSQRTSD
	mUCOMISD
	mCVTSQ2SD
	mCVTTSD2SQ
	mXORPS
	mMOVAPS
	// sse.go, VEX-encoded (AVX) twins of the above
	mVMOVSD
	mVMOVQ
	mVADDSD
	mVSUBSD
	mVMULSD
	mVDIVSD
	mVSQRTSD
	mVUCOMISD
	mVCVTSQ2SD
	mVXORPS
	mVMOVAPS
	mVCVTTSD2SQ
	numMnemonics
)

type operandKind uint8

const (
	kNone operandKind = iota
	kReg
	kMem
	kImm
	kLabel
	kXReg
)

// operand's fields are ordered so that it packs into 24 bytes: instr is
// copied and hashed (encCache) per instruction.
type operand struct {
	kind  operandKind
	reg   Reg  // kReg
	xreg  XReg // kXReg
	mem   Mem  // kMem
	label Label
	imm   int64
}

// instr is one instruction. from and to follow golang-asm's order (source
// first; for CMP, the operands in Intel order), which asm.go copies as-is.
type instr struct {
	m    mnemonic
	cond Cond // mJCC
	// elide: a JMP dropped when its label is bound right after it (JmpNext).
	elide    bool
	from, to operand
	from3    operand // the middle operand of three-operand forms (IMUL3Q, the VEX first source)
}

// Label marks a position in the code. The zero Label is invalid; make them
// with NewLabel.
type Label struct{ id int32 }

type labelInfo struct {
	bound  bool
	instr  int // index of the mBind instruction
	offset int // set by Assemble
}

// Assembler collects instructions and assembles them once. Misuse (binding a
// label twice, branching to a label never bound, reuse after Assemble) is a
// bug in the compiler and panics; Assemble reports encoder failures as
// errors. Not safe for concurrent use; independent Assemblers are.
type Assembler struct {
	instrs    []instr
	labels    []labelInfo
	assembled bool
	avx       bool // SSE instructions get their VEX forms (SetAVX)
	// pool holds the 8-byte constants of Const64, placed after the code;
	// poolIndex finds a value's slot.
	pool      []uint64
	poolIndex map[uint64]int
	poolAt    int // offset of the pool in the code, set by Assemble
	// golangBranches (tests only): golang-asm encodes the branches to
	// labels itself, as relax must match.
	golangBranches bool
}

// Const64 returns a memory operand holding the 8 bytes v (a double's
// bits): [rip+k] into a constant pool Assemble places after the code, each
// value once. It saves building a double in a general register and moving
// it over (mov rax, imm64; movq xmm, rax): instructions that take a memory
// operand (SseRM, SseRRM, LoadSD) read it directly.
func (a *Assembler) Const64(v uint64) Mem {
	k, ok := a.poolIndex[v]
	if !ok {
		if a.poolIndex == nil {
			a.poolIndex = map[uint64]int{}
		}
		k = len(a.pool)
		a.pool = append(a.pool, v)
		a.poolIndex[v] = k
	}
	return Mem{Base: poolBase, Disp: int32(8 * k)}
}

// PoolOffset returns where the constant pool starts in the code (its
// length when there is none), after Assemble: the bytes from there on are
// data, not instructions.
func (a *Assembler) PoolOffset() int {
	if !a.assembled {
		bug("PoolOffset before Assemble")
	}
	return a.poolAt
}

// NewAssembler returns an empty, single-use Assembler.
func NewAssembler() *Assembler {
	return &Assembler{instrs: make([]instr, 0, 64)}
}

func bug(format string, args ...any) {
	panic(fmt.Sprintf("amd64: BUG: "+format, args...))
}

func (a *Assembler) emit(in instr) {
	if a.assembled {
		bug("Assembler used after Assemble")
	}
	a.check(&in.from)
	a.check(&in.to)
	a.check(&in.from3)
	a.instrs = append(a.instrs, in)
}

func (a *Assembler) check(o *operand) {
	switch o.kind {
	case kReg:
		checkReg(o.reg)
	case kXReg:
		checkXReg(o.xreg)
	case kMem:
		if o.mem.Base != poolBase {
			checkReg(o.mem.Base)
		} else if o.mem.Disp < 0 || int(o.mem.Disp)/8 >= len(a.pool) || o.mem.Disp%8 != 0 {
			bug("constant pool operand %v not from Const64", o.mem)
		}
	case kLabel:
		a.label(o.label)
	}
}

func checkReg(r Reg) {
	if r >= numRegs {
		bug("invalid register %d", r)
	}
}

func (a *Assembler) label(l Label) *labelInfo {
	if l.id <= 0 || int(l.id) > len(a.labels) {
		bug("label %d does not belong to this Assembler", l.id)
	}
	return &a.labels[l.id-1]
}

func reg(r Reg) operand   { return operand{kind: kReg, reg: r} }
func xreg(x XReg) operand { return operand{kind: kXReg, xreg: x} }
func mem(m Mem) operand   { return operand{kind: kMem, mem: m} }
func imm(v int64) operand { return operand{kind: kImm, imm: v} }

// NewLabel returns a fresh unbound label.
func (a *Assembler) NewLabel() Label {
	a.labels = append(a.labels, labelInfo{})
	return Label{id: int32(len(a.labels))}
}

// Bind places l at the current position.
func (a *Assembler) Bind(l Label) {
	info := a.label(l)
	if info.bound {
		bug("label %d bound twice", l.id)
	}
	info.bound, info.instr = true, len(a.instrs)
	a.emit(instr{m: mBind, to: operand{kind: kLabel, label: l}})
}

// Offset returns the byte offset of a bound label; valid after Assemble.
func (a *Assembler) Offset(l Label) int {
	if !a.assembled {
		bug("Offset before Assemble")
	}
	return a.label(l).offset
}

// Align pads with NOPs up to the next multiple of n (a power of two, at most
// 64) relative to the start of the code.
func (a *Assembler) Align(n int) {
	if n <= 0 || n > 64 || n&(n-1) != 0 {
		bug("bad alignment %d", n)
	}
	a.emit(instr{m: mAlign, from: imm(int64(n))})
}

// MovImm64 loads a 64-bit constant with the shortest encoding: mov r32, imm32
// (zero-extending) when v < 2^32, mov r64, simm32 for small negative values,
// movabs r64, imm64 otherwise.
func (a *Assembler) MovImm64(dst Reg, v uint64) {
	switch {
	case v>>32 == 0:
		a.emit(instr{m: mMOVL, from: imm(int64(v)), to: reg(dst)})
	default:
		a.emit(instr{m: mMOVQ, from: imm(int64(v)), to: reg(dst)})
	}
}

// Mov copies src to dst (64 bits).
func (a *Assembler) Mov(dst, src Reg) { a.emit(instr{m: mMOVQ, from: reg(src), to: reg(dst)}) }

// Mov32 copies the low 32 bits of src to dst, zeroing dst's upper half
// (and r, 0xFFFFFFFF in one instruction and no immediate).
func (a *Assembler) Mov32(dst, src Reg) { a.emit(instr{m: mMOVL, from: reg(src), to: reg(dst)}) }

// Load64 loads 8 bytes from m into dst.
func (a *Assembler) Load64(dst Reg, m Mem) { a.emit(instr{m: mMOVQ, from: mem(m), to: reg(dst)}) }

// Load32 loads 4 bytes from m into dst, zero-extending.
func (a *Assembler) Load32(dst Reg, m Mem) { a.emit(instr{m: mMOVL, from: mem(m), to: reg(dst)}) }

// Store64 stores the 8 bytes of src to m.
func (a *Assembler) Store64(m Mem, src Reg) { a.emit(instr{m: mMOVQ, from: reg(src), to: mem(m)}) }

// Store32 stores the low 4 bytes of src to m.
func (a *Assembler) Store32(m Mem, src Reg) { a.emit(instr{m: mMOVL, from: reg(src), to: mem(m)}) }

// StoreImm64 stores v sign-extended to 8 bytes at m.
func (a *Assembler) StoreImm64(m Mem, v int32) {
	a.emit(instr{m: mMOVQ, from: imm(int64(v)), to: mem(m)})
}

// StoreImm32 stores the 4 bytes of v at m (e.g. a zval type_info).
func (a *Assembler) StoreImm32(m Mem, v uint32) {
	a.emit(instr{m: mMOVL, from: imm(int64(v)), to: mem(m)})
}

// Lea loads the address of m into dst.
func (a *Assembler) Lea(dst Reg, m Mem) { a.emit(instr{m: mLEAQ, from: mem(m), to: reg(dst)}) }

// Add sets dst += src.
func (a *Assembler) Add(dst, src Reg) { a.emit(instr{m: mADDQ, from: reg(src), to: reg(dst)}) }

// AddImm sets dst += v (imm8 form when v fits).
func (a *Assembler) AddImm(dst Reg, v int32) {
	a.emit(instr{m: mADDQ, from: imm(int64(v)), to: reg(dst)})
}

// Sub sets dst -= src.
func (a *Assembler) Sub(dst, src Reg) { a.emit(instr{m: mSUBQ, from: reg(src), to: reg(dst)}) }

// SubImm sets dst -= v.
func (a *Assembler) SubImm(dst Reg, v int32) {
	a.emit(instr{m: mSUBQ, from: imm(int64(v)), to: reg(dst)})
}

// Cmp sets flags from x - y (64 bits).
func (a *Assembler) Cmp(x, y Reg) { a.emit(instr{m: mCMPQ, from: reg(x), to: reg(y)}) }

// CmpImm sets flags from x - v.
func (a *Assembler) CmpImm(x Reg, v int32) { a.emit(instr{m: mCMPQ, from: reg(x), to: imm(int64(v))}) }

// CmpMem8Imm sets flags from the byte at m minus v (e.g. EG(vm_interrupt)).
func (a *Assembler) CmpMem8Imm(m Mem, v uint8) {
	a.emit(instr{m: mCMPB, from: mem(m), to: imm(int64(v))})
}

// IncMem64 increments the 8-byte integer at m (not atomic).
func (a *Assembler) IncMem64(m Mem) { a.emit(instr{m: mINCQ, to: mem(m)}) }

// Jmp jumps to l (rel8 or rel32, chosen by the encoder).
func (a *Assembler) Jmp(l Label) { a.emit(instr{m: mJMP, to: operand{kind: kLabel, label: l}}) }

// JmpNext jumps to l like Jmp, but emits nothing when l is bound right
// after it (only other labels in between): lowering code can end every path
// with "continue at op s" without knowing whether op s's code comes next.
func (a *Assembler) JmpNext(l Label) {
	a.emit(instr{m: mJMP, to: operand{kind: kLabel, label: l}, elide: true})
}

// Jcc jumps to l when c holds.
func (a *Assembler) Jcc(c Cond, l Label) {
	if c >= numConds {
		bug("invalid condition %d", c)
	}
	a.emit(instr{m: mJCC, cond: c, to: operand{kind: kLabel, label: l}})
}

// JmpReg jumps to the address in r.
func (a *Assembler) JmpReg(r Reg) { a.emit(instr{m: mJMP, to: reg(r)}) }

// JmpMem jumps to the address stored at m (e.g. jmp [r15]: VM dispatch).
func (a *Assembler) JmpMem(m Mem) { a.emit(instr{m: mJMP, to: mem(m)}) }

// CallReg calls the address in r. The caller keeps rsp 16-byte aligned.
func (a *Assembler) CallReg(r Reg) { a.emit(instr{m: mCALL, to: reg(r)}) }

// Reserve makes room for about n more instructions and labels, so that
// building a function's code does not regrow the lists again and again.
func (a *Assembler) Reserve(instrs, labels int) {
	a.instrs = slices.Grow(a.instrs, instrs)
	a.labels = slices.Grow(a.labels, labels)
}
