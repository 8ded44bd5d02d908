// Package x86emu executes the subset of x86-64 that gojit generates on a
// model machine, so tests can run generated code without PHP: 16 general
// purpose registers, the low double of 16 SSE registers (the SSE2 scalar
// double instructions and their VEX-encoded AVX forms), the arithmetic
// flags and a few memory regions. Instructions are decoded with x86asm, the
// same decoder as the listings, and anything outside the subset, any access
// outside the regions, a write to a read-only region and any fault the real
// CPU would raise (a zero or overflowing idiv) is an error.
//
// Execution stops where control leaves the code under test: at a call
// (where the VM's handler would run), an indirect jump through a register
// (a tail jump to a VM label) or through memory (the VM's dispatch), or a
// branch out of the code. The engine never links this package; only tests
// import it.
package x86emu

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"

	"github.com/gojit/gojit/jit/internal/disasm"
	"golang.org/x/arch/x86/x86asm"
)

// Inst is a decoded instruction (x86asm's), for Machine.Decoded.
type Inst = x86asm.Inst

// Region is a range of model memory.
type Region struct {
	Name     string
	Base     uint64
	Data     []byte
	Writable bool
}

// ExitKind says how execution left the code.
type ExitKind uint8

// Ways out of the code.
const (
	ExitCall    ExitKind = iota + 1 // call reg: Target is the callee, Next the return address
	ExitJumpReg                     // jmp reg: Target is the destination
	ExitJumpMem                     // jmp [mem]: Target is the address of the pointer
	ExitOutside                     // a branch to Target, outside the code
)

func (k ExitKind) String() string {
	switch k {
	case ExitCall:
		return "call"
	case ExitJumpReg:
		return "jmp reg"
	case ExitJumpMem:
		return "jmp mem"
	case ExitOutside:
		return "outside"
	}
	return "exit?"
}

// Exit describes where execution stopped.
type Exit struct {
	Kind   ExitKind
	PC     uint64 // address of the exiting instruction
	Next   uint64 // address after it
	Target uint64
}

// Machine is the model CPU and memory. The zero value has no code and no
// memory; set Code, CodeBase and add regions.
type Machine struct {
	Code     []byte
	CodeBase uint64
	R        [16]uint64 // rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8..r15
	X        [16]uint64 // low 64 bits of xmm0..xmm15
	CF, ZF   bool
	SF, OF   bool
	PF       bool
	Regions  []*Region
	Steps    int // instructions executed by Run, all calls together
	// Decoded caches decoded instructions by address; machines running
	// the same code may share one.
	Decoded map[uint64]x86asm.Inst
	code    *Region // Code as a read-only region
}

// Register numbers for R.
const (
	RAX = iota
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
)

// AddRegion maps data at base.
func (m *Machine) AddRegion(name string, base uint64, data []byte, writable bool) *Region {
	r := &Region{Name: name, Base: base, Data: data, Writable: writable}
	m.Regions = append(m.Regions, r)
	return r
}

func (m *Machine) region(addr uint64, n int) (*Region, int, error) {
	for _, r := range m.Regions {
		if addr >= r.Base && addr-r.Base <= uint64(len(r.Data)) && addr-r.Base+uint64(n) <= uint64(len(r.Data)) {
			return r, int(addr - r.Base), nil
		}
	}
	// The code itself is readable (the constant pool after it is read
	// RIP-relative), never writable.
	if addr >= m.CodeBase && addr-m.CodeBase+uint64(n) <= uint64(len(m.Code)) {
		if m.code == nil || m.code.Base != m.CodeBase || len(m.code.Data) != len(m.Code) {
			m.code = &Region{Name: "code", Base: m.CodeBase, Data: m.Code}
		}
		return m.code, int(addr - m.CodeBase), nil
	}
	return nil, 0, fmt.Errorf("access of %d bytes at %#x: no memory there", n, addr)
}

// Load reads n (1, 2, 4 or 8) bytes at addr, little-endian.
func (m *Machine) Load(addr uint64, n int) (uint64, error) {
	r, off, err := m.region(addr, n)
	if err != nil {
		return 0, err
	}
	var b [8]byte
	copy(b[:], r.Data[off:off+n])
	return binary.LittleEndian.Uint64(b[:]), nil
}

// Store writes the low n bytes of v at addr.
func (m *Machine) Store(addr uint64, n int, v uint64) error {
	r, off, err := m.region(addr, n)
	if err != nil {
		return err
	}
	if !r.Writable {
		return fmt.Errorf("write of %d bytes at %#x: region %s is read-only", n, addr, r.Name)
	}
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	copy(r.Data[off:off+n], b[:n])
	return nil
}

// Run executes from pc until the code is left, an error occurs or maxSteps
// instructions ran.
func (m *Machine) Run(pc uint64, maxSteps int) (Exit, error) {
	for n := 0; n < maxSteps; n++ {
		in, err := m.decode(pc)
		if err != nil {
			return Exit{}, err
		}
		m.Steps++
		next := pc + uint64(in.Len)
		target, exit, err := m.step(in, pc, next)
		if err != nil {
			return Exit{}, fmt.Errorf("at %#x (%s): %w", pc, x86asm.IntelSyntax(in, pc, nil), err)
		}
		if exit != 0 {
			return Exit{Kind: exit, PC: pc, Next: next, Target: target}, nil
		}
		if target < m.CodeBase || target >= m.CodeBase+uint64(len(m.Code)) {
			return Exit{Kind: ExitOutside, PC: pc, Next: next, Target: target}, nil
		}
		pc = target
	}
	return Exit{}, fmt.Errorf("still running after %d instructions", maxSteps)
}

func (m *Machine) decode(pc uint64) (x86asm.Inst, error) {
	if m.Decoded == nil {
		m.Decoded = map[uint64]x86asm.Inst{}
	}
	if in, ok := m.Decoded[pc]; ok {
		return in, nil
	}
	if pc < m.CodeBase || pc >= m.CodeBase+uint64(len(m.Code)) {
		return x86asm.Inst{}, fmt.Errorf("pc %#x outside the code", pc)
	}
	in, err := disasm.Decode(m.Code[pc-m.CodeBase:])
	if err != nil {
		return x86asm.Inst{}, fmt.Errorf("pc %#x: %v", pc, err)
	}
	m.Decoded[pc] = in
	return in, nil
}

// regInfo maps an x86asm register to its number and width in bytes; SSE
// registers get width 16.
func regInfo(r x86asm.Reg) (num, size int, err error) {
	switch {
	case r >= x86asm.RAX && r <= x86asm.R15:
		return int(r - x86asm.RAX), 8, nil
	case r >= x86asm.EAX && r <= x86asm.R15L:
		return int(r - x86asm.EAX), 4, nil
	case r >= x86asm.AX && r <= x86asm.R15W:
		return int(r - x86asm.AX), 2, nil
	case r >= x86asm.AL && r <= x86asm.BL:
		return int(r - x86asm.AL), 1, nil
	case r >= x86asm.SPB && r <= x86asm.R15B:
		return int(r-x86asm.SPB) + 4, 1, nil
	case r >= x86asm.X0 && r <= x86asm.X15:
		return int(r - x86asm.X0), 16, nil
	}
	return 0, 0, fmt.Errorf("register %v not modelled", r)
}

func mask(v uint64, size int) uint64 {
	if size >= 8 {
		return v
	}
	return v & (1<<(8*uint(size)) - 1)
}

func signBit(v uint64, size int) bool { return v>>(8*uint(size)-1)&1 != 0 }

// signExtend widens the low size bytes of v.
func signExtend(v uint64, size int) uint64 {
	s := 64 - 8*uint(size)
	return uint64(int64(v<<s) >> s)
}

func (m *Machine) addr(a x86asm.Mem, next uint64) (uint64, error) {
	if a.Segment != 0 {
		return 0, fmt.Errorf("segment override")
	}
	var base uint64
	switch a.Base {
	case 0:
	case x86asm.RIP:
		base = next
	default:
		n, size, err := regInfo(a.Base)
		if err != nil || size != 8 {
			return 0, fmt.Errorf("base register %v", a.Base)
		}
		base = m.R[n]
	}
	if a.Index != 0 {
		n, size, err := regInfo(a.Index)
		if err != nil || size != 8 {
			return 0, fmt.Errorf("index register %v", a.Index)
		}
		base += m.R[n] * uint64(a.Scale)
	}
	return base + uint64(a.Disp), nil
}

// read returns the value of an integer operand of size bytes.
func (m *Machine) read(arg x86asm.Arg, size int, next uint64) (uint64, error) {
	switch a := arg.(type) {
	case x86asm.Reg:
		n, rs, err := regInfo(a)
		if err != nil {
			return 0, err
		}
		if rs == 16 {
			return m.X[n], nil
		}
		return mask(m.R[n], rs), nil
	case x86asm.Mem:
		at, err := m.addr(a, next)
		if err != nil {
			return 0, err
		}
		return m.Load(at, size)
	case x86asm.Imm:
		return mask(uint64(a), size), nil
	}
	return 0, fmt.Errorf("operand %v not readable", arg)
}

// write stores an integer result: a 4-byte register write zero-extends,
// narrower ones keep the upper bits, as on the CPU.
func (m *Machine) write(arg x86asm.Arg, size int, v uint64, next uint64) error {
	switch a := arg.(type) {
	case x86asm.Reg:
		n, rs, err := regInfo(a)
		if err != nil {
			return err
		}
		switch rs {
		case 16:
			m.X[n] = v
		case 8, 4:
			m.R[n] = mask(v, rs)
		default:
			keep := ^uint64(0) << (8 * uint(rs))
			m.R[n] = m.R[n]&keep | mask(v, rs)
		}
		return nil
	case x86asm.Mem:
		at, err := m.addr(a, next)
		if err != nil {
			return err
		}
		return m.Store(at, size, v)
	}
	return fmt.Errorf("operand %v not writable", arg)
}

// opSize is the width of an instruction's integer operands in bytes.
func opSize(in x86asm.Inst) int {
	if r, ok := in.Args[0].(x86asm.Reg); ok {
		if _, size, err := regInfo(r); err == nil && size <= 8 {
			return size
		}
	}
	if in.MemBytes != 0 {
		return in.MemBytes
	}
	return in.DataSize / 8
}

func (m *Machine) setZSP(v uint64, size int) {
	v = mask(v, size)
	m.ZF = v == 0
	m.SF = signBit(v, size)
	m.PF = bits.OnesCount8(uint8(v))%2 == 0
}

func (m *Machine) cond(op x86asm.Op) (bool, bool) {
	switch op {
	case x86asm.JO:
		return m.OF, true
	case x86asm.JNO:
		return !m.OF, true
	case x86asm.JB:
		return m.CF, true
	case x86asm.JAE:
		return !m.CF, true
	case x86asm.JE:
		return m.ZF, true
	case x86asm.JNE:
		return !m.ZF, true
	case x86asm.JBE:
		return m.CF || m.ZF, true
	case x86asm.JA:
		return !m.CF && !m.ZF, true
	case x86asm.JS:
		return m.SF, true
	case x86asm.JNS:
		return !m.SF, true
	case x86asm.JP:
		return m.PF, true
	case x86asm.JNP:
		return !m.PF, true
	case x86asm.JL:
		return m.SF != m.OF, true
	case x86asm.JGE:
		return m.SF == m.OF, true
	case x86asm.JLE:
		return m.ZF || m.SF != m.OF, true
	case x86asm.JG:
		return !m.ZF && m.SF == m.OF, true
	}
	return false, false
}

// F64 and Bits convert between doubles and their bits.
func F64(b uint64) float64 { return math.Float64frombits(b) }

// Bits returns the IEEE 754 bits of f.
func Bits(f float64) uint64 { return math.Float64bits(f) }
