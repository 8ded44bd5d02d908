package x86emu

import (
	"fmt"
	"math"
	"math/bits"

	"golang.org/x/arch/x86/x86asm"
)

// step executes one instruction. It returns the next pc, or an exit kind
// (with the exit's target) when the instruction leaves the code.
func (m *Machine) step(in x86asm.Inst, pc, next uint64) (uint64, ExitKind, error) {
	if err := checkPrefixes(in); err != nil {
		return 0, 0, err
	}
	if taken, ok := m.cond(in.Op); ok {
		if taken {
			return uint64(int64(next) + int64(in.Args[0].(x86asm.Rel))), 0, nil
		}
		return next, 0, nil
	}
	a0, a1 := in.Args[0], in.Args[1]
	size := opSize(in)
	switch in.Op {
	case x86asm.NOP:
	case x86asm.JMP:
		switch t := a0.(type) {
		case x86asm.Rel:
			return uint64(int64(next) + int64(t)), 0, nil
		case x86asm.Reg:
			v, err := m.read(t, 8, next)
			return v, ExitJumpReg, err
		case x86asm.Mem:
			at, err := m.addr(t, next)
			return at, ExitJumpMem, err
		}
		return 0, 0, fmt.Errorf("jmp operand %v", a0)
	case x86asm.CALL:
		r, ok := a0.(x86asm.Reg)
		if !ok {
			return 0, 0, fmt.Errorf("call operand %v not modelled", a0)
		}
		v, err := m.read(r, 8, next)
		return v, ExitCall, err
	case x86asm.MOV:
		v, err := m.read(a1, size, next)
		if err != nil {
			return 0, 0, err
		}
		if _, isImm := a1.(x86asm.Imm); isImm && size == 8 {
			v = uint64(a1.(x86asm.Imm)) // sign-extended imm32 or imm64
		}
		return next, 0, m.write(a0, size, v, next)
	case x86asm.MOVZX:
		srcSize := in.MemBytes
		if r, ok := a1.(x86asm.Reg); ok {
			_, srcSize, _ = regInfo(r)
		}
		v, err := m.read(a1, srcSize, next)
		if err != nil {
			return 0, 0, err
		}
		return next, 0, m.write(a0, size, v, next)
	case x86asm.LEA:
		at, err := m.addr(a1.(x86asm.Mem), next)
		if err != nil {
			return 0, 0, err
		}
		return next, 0, m.write(a0, size, at, next)
	case x86asm.ADD, x86asm.SUB, x86asm.CMP, x86asm.AND, x86asm.OR, x86asm.XOR, x86asm.TEST:
		return next, 0, m.alu(in.Op, a0, a1, size, next)
	case x86asm.INC:
		v, err := m.read(a0, size, next)
		if err != nil {
			return 0, 0, err
		}
		r := mask(v+1, size)
		m.OF = !signBit(v, size) && signBit(r, size)
		m.setZSP(r, size)
		return next, 0, m.write(a0, size, r, next)
	case x86asm.IMUL:
		return next, 0, m.imul(in, size, next)
	case x86asm.CQO:
		if int64(m.R[RAX]) < 0 {
			m.R[RDX] = ^uint64(0)
		} else {
			m.R[RDX] = 0
		}
	case x86asm.IDIV:
		return next, 0, m.idiv(a0, size, next)
	case x86asm.SHL, x86asm.SAR:
		return next, 0, m.shift(in.Op, a0, a1, size, next)
	default:
		return m.sse(in, next)
	}
	return next, 0, nil
}

// checkPrefixes rejects the prefixes the model does not implement: lock,
// rep (except in the NOPs of alignment padding) and EVEX. A VEX prefix
// comes first, and its payload bytes, which follow it in in.Prefix, are
// no prefixes (c5 f3 58 ca is vaddsd xmm1, xmm1, xmm2, no rep).
func checkPrefixes(in x86asm.Inst) error {
	switch {
	case in.Prefix[0].IsVEX():
		return nil
	case in.Prefix[0].IsEVEX():
		return fmt.Errorf("EVEX prefix not modelled")
	}
	for _, p := range in.Prefix {
		if p&0xff == 0xf0 || p&0xff == 0xf3 && in.Op != x86asm.NOP {
			return fmt.Errorf("prefix %v not modelled", p)
		}
	}
	return nil
}

func (m *Machine) alu(op x86asm.Op, a0, a1 x86asm.Arg, size int, next uint64) error {
	x, err := m.read(a0, size, next)
	if err != nil {
		return err
	}
	y, err := m.read(a1, size, next)
	if err != nil {
		return err
	}
	if _, isImm := a1.(x86asm.Imm); isImm {
		y = mask(uint64(a1.(x86asm.Imm)), size) // sign-extended immediate
	}
	var r uint64
	m.CF, m.OF = false, false
	switch op {
	case x86asm.ADD:
		r = mask(x+y, size)
		m.CF = r < x
		m.OF = signBit(x, size) == signBit(y, size) && signBit(r, size) != signBit(x, size)
	case x86asm.SUB, x86asm.CMP:
		r = mask(x-y, size)
		m.CF = x < y
		m.OF = signBit(x, size) != signBit(y, size) && signBit(r, size) != signBit(x, size)
	case x86asm.AND, x86asm.TEST:
		r = x & y
	case x86asm.OR:
		r = x | y
	case x86asm.XOR:
		r = x ^ y
	}
	m.setZSP(r, size)
	if op == x86asm.CMP || op == x86asm.TEST {
		return nil
	}
	return m.write(a0, size, r, next)
}

func (m *Machine) imul(in x86asm.Inst, size int, next uint64) error {
	if size != 8 || in.Args[1] == nil {
		return fmt.Errorf("only 64-bit two- and three-operand imul is modelled")
	}
	x, err := m.read(in.Args[1], 8, next)
	if err != nil {
		return err
	}
	var y uint64
	if in.Args[2] != nil {
		y = uint64(in.Args[2].(x86asm.Imm))
	} else if y, err = m.read(in.Args[0], 8, next); err != nil {
		return err
	}
	hi, lo := bits.Mul64(x, y)
	// Signed high half: correct the unsigned product for negative factors.
	if int64(x) < 0 {
		hi -= y
	}
	if int64(y) < 0 {
		hi -= x
	}
	overflow := !(hi == 0 && int64(lo) >= 0) && !(hi == ^uint64(0) && int64(lo) < 0)
	m.CF, m.OF = overflow, overflow
	m.setZSP(lo, 8)
	return m.write(in.Args[0], 8, lo, next)
}

func (m *Machine) idiv(a0 x86asm.Arg, size int, next uint64) error {
	if size != 8 {
		return fmt.Errorf("only 64-bit idiv is modelled")
	}
	d, err := m.read(a0, 8, next)
	if err != nil {
		return err
	}
	if m.R[RDX] != 0 && m.R[RDX] != ^uint64(0) || (m.R[RDX] == 0) != (int64(m.R[RAX]) >= 0) {
		return fmt.Errorf("idiv: rdx is not the sign extension of rax (no cqo?)")
	}
	n, dv := int64(m.R[RAX]), int64(d)
	if dv == 0 {
		return fmt.Errorf("#DE: idiv by zero")
	}
	if n == math.MinInt64 && dv == -1 {
		return fmt.Errorf("#DE: idiv overflow (MinInt64 / -1)")
	}
	m.R[RAX], m.R[RDX] = uint64(n/dv), uint64(n%dv)
	return nil
}

func (m *Machine) shift(op x86asm.Op, a0, a1 x86asm.Arg, size int, next uint64) error {
	if size != 8 {
		return fmt.Errorf("only 64-bit shifts are modelled")
	}
	x, err := m.read(a0, 8, next)
	if err != nil {
		return err
	}
	c, err := m.read(a1, 1, next)
	if err != nil {
		return err
	}
	c &= 63
	if c == 0 {
		return nil // flags unchanged
	}
	var r uint64
	if op == x86asm.SHL {
		r = x << c
		m.CF = x>>(64-c)&1 != 0
	} else {
		r = uint64(int64(x) >> c)
		m.CF = x>>(c-1)&1 != 0
	}
	m.setZSP(r, 8)
	return m.write(a0, 8, r, next)
}

// vexTwins maps the AVX (VEX-encoded) instructions executed to their SSE
// forms: on the modelled low doubles they compute the same.
var vexTwins = map[x86asm.Op]x86asm.Op{
	x86asm.VMOVSD: x86asm.MOVSD_XMM, x86asm.VMOVQ: x86asm.MOVQ,
	x86asm.VADDSD: x86asm.ADDSD, x86asm.VSUBSD: x86asm.SUBSD, x86asm.VMULSD: x86asm.MULSD,
	x86asm.VDIVSD: x86asm.DIVSD, x86asm.VSQRTSD: x86asm.SQRTSD, x86asm.VUCOMISD: x86asm.UCOMISD, x86asm.VCVTSI2SD: x86asm.CVTSI2SD,
	x86asm.VXORPS: x86asm.XORPS, x86asm.VMOVAPS: x86asm.MOVAPS, x86asm.VCVTTSD2SI: x86asm.CVTTSD2SI,
}

// sseOperands returns an SSE or VEX instruction's destination and its two
// sources: a two-operand SSE form reads its destination as the first
// source ("addsd x0, x1" is x0 = x0 + x1), a three-operand VEX form names
// it ("vaddsd x0, x2, x1" is x0 = x2 + x1). For moves and ucomisd, src2 is
// the operand read and src1 the destination (or vmovsd's merged register).
func sseOperands(in x86asm.Inst) (dst, src1, src2 x86asm.Arg) {
	if in.Args[2] != nil {
		return in.Args[0], in.Args[1], in.Args[2]
	}
	return in.Args[0], in.Args[0], in.Args[1]
}

// xmm returns the number of an SSE register operand.
func xmm(a x86asm.Arg) (int, bool) {
	r, ok := a.(x86asm.Reg)
	if !ok {
		return 0, false
	}
	n, size, err := regInfo(r)
	return n, err == nil && size == 16
}

// sse executes the SSE2 subset and its VEX (AVX) twins: movsd, movq,
// movaps, the four arithmetic ops, ucomisd, cvtsi2sd, cvttsd2si and
// xorps/pxor (zeroing). Only the low double of each register is modelled:
// the bits above it, which the SSE forms keep and the VEX forms take from
// the first source, are not.
func (m *Machine) sse(in x86asm.Inst, next uint64) (uint64, ExitKind, error) {
	op := in.Op
	if twin, ok := vexTwins[op]; ok {
		op = twin
	}
	a0, s1, s2 := sseOperands(in)
	d, dxmm := xmm(a0)
	switch op {
	case x86asm.MOVSD_XMM, x86asm.MOVQ, x86asm.MOVAPS: // (the model keeps the low lane only)
		if op == x86asm.MOVQ && !dxmm {
			return 0, 0, fmt.Errorf("movq to a non-SSE register not modelled")
		}
		v, err := m.read(s2, 8, next)
		if err != nil {
			return 0, 0, err
		}
		return next, 0, m.write(a0, 8, v, next)
	case x86asm.ADDSD, x86asm.SUBSD, x86asm.MULSD, x86asm.DIVSD, x86asm.SQRTSD, x86asm.UCOMISD:
		s, ok := xmm(s1)
		if !dxmm || !ok {
			return 0, 0, fmt.Errorf("destination %v, first source %v", a0, s1)
		}
		v, err := m.read(s2, 8, next)
		if err != nil {
			return 0, 0, err
		}
		x, y := F64(m.X[s]), F64(v)
		switch op {
		case x86asm.ADDSD:
			m.X[d] = Bits(x + y)
		case x86asm.SUBSD:
			m.X[d] = Bits(x - y)
		case x86asm.MULSD:
			m.X[d] = Bits(x * y)
		case x86asm.DIVSD:
			m.X[d] = Bits(x / y)
		case x86asm.SQRTSD:
			m.X[d] = Bits(math.Sqrt(y))
		case x86asm.UCOMISD:
			m.ucomisd(x, y)
		}
		return next, 0, nil
	case x86asm.CVTSI2SD:
		if !dxmm {
			return 0, 0, fmt.Errorf("destination %v", a0)
		}
		size := in.DataSize / 8
		if in.MemBytes != 0 {
			size = in.MemBytes
		}
		if r, isReg := s2.(x86asm.Reg); isReg {
			_, size, _ = regInfo(r)
		}
		v, err := m.read(s2, size, next)
		if err != nil {
			return 0, 0, err
		}
		m.X[d] = Bits(float64(int64(signExtend(v, size))))
		return next, 0, nil
	case x86asm.CVTTSD2SI:
		v, err := m.read(s2, 8, next)
		if err != nil {
			return 0, 0, err
		}
		if opSize(in) != 8 {
			return 0, 0, fmt.Errorf("only cvttsd2si to a 64-bit register is modelled")
		}
		return next, 0, m.write(a0, 8, truncate(F64(v)), next)
	case x86asm.XORPS, x86asm.PXOR:
		x, ok := xmm(s1)
		y, ok2 := xmm(s2)
		if !dxmm || !ok || !ok2 || x != y {
			return 0, 0, fmt.Errorf("only xorps/pxor of a register with itself is modelled")
		}
		m.X[d] = 0
		return next, 0, nil
	}
	return 0, 0, fmt.Errorf("instruction %v not modelled", in.Op)
}

// ucomisd sets the flags as "ucomisd x, y" does.
func (m *Machine) ucomisd(x, y float64) {
	m.OF, m.SF = false, false
	switch {
	case x != x || y != y:
		m.ZF, m.PF, m.CF = true, true, true
	case x > y:
		m.ZF, m.PF, m.CF = false, false, false
	case x < y:
		m.ZF, m.PF, m.CF = false, false, true
	default:
		m.ZF, m.PF, m.CF = true, false, false
	}
}

// truncate is cvttsd2si's 64-bit result: d rounded toward zero, or the
// "integer indefinite" value MinInt64 for NaN and anything outside
// [-2^63, 2^63).
func truncate(d float64) uint64 {
	if d != d || d >= 0x1p63 || d < -0x1p63 {
		return 1 << 63
	}
	return uint64(int64(d))
}
