package amd64

// This is the only file that imports golang-asm. It converts the
// Assembler's instruction list to obj.Progs and fences in the library's
// hazards (vm-protocol.md section 6):
//   - diagnostics are printed to stdout and the bad instruction silently
//     dropped, and a few paths then call log.Fatalf, which would kill PHP:
//     DiagFunc panics instead, before log.Fatalf is reached, and Assemble
//     recovers that into an error;
//   - jump-alignment NOP padding (GOAMD64=alignedjumps is hard-wired) would
//     move code unpredictably: Link.IsAsm turns it off;
//   - instinit fills global tables without a guard: it runs once, under
//     sync.Once, before any concurrent use;
//   - relocations are dropped by design: the only symbol operand is the
//     constant pool's (Const64), whose PC-relative relocations Assemble
//     resolves itself once the code's length is known; any other relocation
//     is an error.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

var asMap = [numMnemonics]obj.As{
	mMOVQ: x86.AMOVQ,
	mMOVL: x86.AMOVL,
	mLEAQ: x86.ALEAQ,
	mADDQ: x86.AADDQ,
	mSUBQ: x86.ASUBQ,
	mCMPQ: x86.ACMPQ,
	mCMPB: x86.ACMPB,
	mINCQ: x86.AINCQ,
	mJMP:  obj.AJMP,
	mCALL: obj.ACALL,
	mADDL: x86.AADDL,
	mCMPL: x86.ACMPL,

	mANDQ:    x86.AANDQ,
	mORQ:     x86.AORQ,
	mXORQ:    x86.AXORQ,
	mTESTB:   x86.ATESTB,
	mIMULQ:   x86.AIMULQ,
	mIMUL3Q:  x86.AIMUL3Q,
	mIDIVQ:   x86.AIDIVQ,
	mCQO:     x86.ACQO,
	mSHLQ:    x86.ASHLQ,
	mSARQ:    x86.ASARQ,
	mMOVBLZX: x86.AMOVBLZX,

	mMOVSD:     x86.AMOVSD,
	mADDSD:     x86.AADDSD,
	mSUBSD:     x86.ASUBSD,
	mMULSD:     x86.AMULSD,
	mDIVSD:     x86.ADIVSD,
	mSQRTSD:    x86.ASQRTSD,
	mUCOMISD:   x86.AUCOMISD,
	mCVTSQ2SD:  x86.ACVTSQ2SD,
	mCVTTSD2SQ: x86.ACVTTSD2SQ,
	mXORPS:     x86.AXORPS,
	mMOVAPS:    x86.AMOVAPS,

	mVMOVSD:     x86.AVMOVSD,
	mVMOVQ:      x86.AVMOVQ,
	mVADDSD:     x86.AVADDSD,
	mVSUBSD:     x86.AVSUBSD,
	mVMULSD:     x86.AVMULSD,
	mVDIVSD:     x86.AVDIVSD,
	mVSQRTSD:    x86.AVSQRTSD,
	mVUCOMISD:   x86.AVUCOMISD,
	mVCVTSQ2SD:  x86.AVCVTSI2SDQ,
	mVXORPS:     x86.AVXORPS,
	mVMOVAPS:    x86.AVMOVAPS,
	mVCVTTSD2SQ: x86.AVCVTTSD2SIQ,
}

var jccMap = [numConds]obj.As{
	CondO: x86.AJOS, CondNO: x86.AJOC, CondB: x86.AJCS, CondAE: x86.AJCC,
	CondE: x86.AJEQ, CondNE: x86.AJNE, CondBE: x86.AJLS, CondA: x86.AJHI,
	CondS: x86.AJMI, CondNS: x86.AJPL, CondP: x86.AJPS, CondNP: x86.AJPC,
	CondL: x86.AJLT, CondGE: x86.AJGE, CondLE: x86.AJLE, CondG: x86.AJGT,
}

var regMap = [numRegs]int16{x86.REG_AX, x86.REG_CX, x86.REG_DX, x86.REG_BX,
	x86.REG_SP, x86.REG_BP, x86.REG_SI, x86.REG_DI, x86.REG_R8, x86.REG_R9,
	x86.REG_R10, x86.REG_R11, x86.REG_R12, x86.REG_R13, x86.REG_R14, x86.REG_R15}

// nops are the recommended multi-byte NOPs (Intel SDM, "NOP"), by length.
var nops = [...][]byte{
	1: {0x90},
	2: {0x66, 0x90},
	3: {0x0f, 0x1f, 0x00},
	4: {0x0f, 0x1f, 0x40, 0x00},
	5: {0x0f, 0x1f, 0x44, 0x00, 0x00},
	6: {0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00},
	7: {0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00},
	8: {0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
	9: {0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
}

// maxPasses bounds the alignment fixed point (see Assemble); two passes are
// the norm.
const maxPasses = 16

var initOnce sync.Once

// newLink returns a fresh golang-asm context; one per assembly pass, since
// contexts and Progs are single-use.
func newLink() *obj.Link {
	initOnce.Do(func() {
		// Linknew log.Fatalf()s on a GOOS it does not know, and objabi took
		// GOOS from the environment of the process (PHP's): pin it.
		objabi.GOOS = "linux"
		x86.Linkamd64.Init(obj.Linknew(&x86.Linkamd64))
	})
	ctxt := obj.Linknew(&x86.Linkamd64)
	ctxt.Headtype = objabi.Hlinux
	ctxt.IsAsm = true
	ctxt.DiagFunc = func(format string, args ...any) {
		panic(diagError(fmt.Sprintf(format, args...)))
	}
	return ctxt
}

type diagError string

// ErrEncode is wrapped by Assemble's errors.
var ErrEncode = errors.New("amd64: encoding failed")

// Assemble encodes the instructions and resolves label offsets. Align
// padding depends on the offsets and branch sizes on the padding, so with
// Align in use it re-encodes until the padding is stable.
func (a *Assembler) Assemble() ([]byte, error) {
	if a.assembled {
		bug("Assemble called twice")
	}
	a.assembled = true
	for i := range a.labels {
		if !a.labels[i].bound {
			bug("label %d never bound", i+1)
		}
	}
	a.elideJumps()
	pads := make([]int, len(a.instrs)) // NOP bytes emitted for each mAlign
	for pass := 0; pass < maxPasses; pass++ {
		code, pcs, relocs, err := a.encode(pads)
		if err != nil {
			return nil, err
		}
		// Recompute the padding front to back, shifting later offsets by
		// the change in earlier padding; only branch-size changes this
		// misses need another pass. Padding never shrinks (it grows by a
		// multiple of the alignment instead), so distances only grow,
		// each branch goes from rel8 to rel32 at most once, and the
		// iteration cannot oscillate.
		stable, shift := true, int64(0)
		for i := range a.instrs {
			if in := &a.instrs[i]; in.m == mAlign {
				n := int(in.from.imm)
				need := int(-(pcs[i] + shift) & int64(n-1))
				if need < pads[i] {
					need += (pads[i] - need + n - 1) &^ (n - 1)
				}
				if need != pads[i] {
					shift += int64(need - pads[i])
					pads[i], stable = need, false
				}
			}
		}
		if stable {
			for i := range a.labels {
				a.labels[i].offset = int(pcs[a.labels[i].instr])
			}
			return a.placePool(code, relocs), nil
		}
	}
	return nil, fmt.Errorf("%w: alignment padding did not converge", ErrEncode)
}

// placePool appends the constant pool to code, 8-byte aligned (the code
// is placed 16-byte aligned), and resolves the pool operands' rel32s: a
// golang-asm R_PCREL wants symbol + Add - (end of the 4 bytes), its Add
// already corrected for any immediate after the displacement.
func (a *Assembler) placePool(code []byte, relocs []obj.Reloc) []byte {
	a.poolAt = len(code)
	if len(a.pool) == 0 {
		return code
	}
	for len(code)%8 != 0 {
		code = append(code, 0xcc) // int3: never executed
	}
	a.poolAt = len(code)
	for _, v := range a.pool {
		code = binary.LittleEndian.AppendUint64(code, v)
	}
	for _, r := range relocs {
		disp := int64(a.poolAt) + r.Add - (int64(r.Off) + int64(r.Siz))
		binary.LittleEndian.PutUint32(code[r.Off:], uint32(int32(disp)))
	}
	return code
}

// elideJumps settles each JmpNext: it stays a jump unless its label is
// bound after it with only label bindings in between, and then it becomes
// no code (elide stays true).
func (a *Assembler) elideJumps() {
	for i := range a.instrs {
		in := &a.instrs[i]
		if !in.elide {
			continue
		}
		at := a.labels[in.to.label.id-1].instr
		next := at > i
		for k := i + 1; next && k < at; k++ {
			next = a.instrs[k].m == mBind
		}
		in.elide = next
	}
}

// encode runs golang-asm once. pcs[i] is the offset of instruction i.
func (a *Assembler) encode(pads []int) (code []byte, pcs []int64, relocs []obj.Reloc, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case diagError:
			code, pcs, relocs, err = nil, nil, nil, fmt.Errorf("%w: %s", ErrEncode, string(r))
		default:
			code, pcs, relocs, err = nil, nil, nil, fmt.Errorf("%w: golang-asm panic: %v", ErrEncode, r)
		}
	}()
	ctxt := newLink()
	pool := &obj.LSym{Name: "gojit.pool"}
	addr := func(o operand) obj.Addr { return addr(o, pool) }
	// Instructions golang-asm does not see: binds, the branches to labels
	// (relax places them) and the encodings encCache knows. With
	// golangBranches (tests), golang-asm gets everything.
	var hits []enc
	var nhits int
	var miss []int
	var keys []encKey
	if a.golangBranches {
		hits = make([]enc, len(a.instrs))
	} else {
		hits, nhits, miss, keys = a.lookupEncodings()
	}
	own := func(in *instr, i int) bool {
		if a.golangBranches {
			return true
		}
		switch {
		case in.m == mBind, hits[i].n != 0:
			return false
		case (in.m == mJMP || in.m == mJCC) && in.to.kind == kLabel:
			return false
		}
		return true
	}
	first := make([]*obj.Prog, len(a.instrs)) // first Prog of each instruction
	// All Progs come from one slab (one allocation instead of one per
	// instruction): one per instruction of golang-asm's plus one per
	// padding byte.
	nprog := 0
	for i := range a.instrs {
		if own(&a.instrs[i], i) {
			nprog += 1 + pads[i]
		}
	}
	slab := make([]obj.Prog, nprog)
	newProg := func() *obj.Prog {
		p := &slab[0]
		slab = slab[1:]
		return p
	}
	// A Bind's Prog exists before the branches to it, for golangBranches.
	bindProg := func(i int) *obj.Prog {
		if first[i] == nil {
			first[i] = newProg()
			first[i].As = obj.ANOP
		}
		return first[i]
	}
	var head, tail *obj.Prog
	add := func(p *obj.Prog) *obj.Prog {
		p.Ctxt = ctxt
		if head == nil {
			head = p
		} else {
			tail.Link = p
		}
		tail = p
		return p
	}
	for i := range a.instrs {
		in := &a.instrs[i]
		if !own(in, i) {
			continue
		}
		switch in.m {
		case mBind:
			first[i] = add(bindProg(i))
		case mAlign:
			first[i] = add(newProg())
			first[i].As = obj.ANOP
			for n := pads[i]; n > 0; {
				k := min(n, len(nops)-1)
				for _, b := range nops[k] {
					p := add(newProg())
					p.As, p.From = x86.ABYTE, obj.Addr{Type: obj.TYPE_CONST, Offset: int64(b)}
				}
				n -= k
			}
		default:
			p := newProg()
			p.As = asMap[in.m]
			if in.m == mJCC {
				p.As = jccMap[in.cond]
			}
			p.From = addr(in.from)
			p.To = addr(in.to)
			if in.from3.kind != kNone {
				p.SetFrom3(addr(in.from3))
			}
			if in.to.kind == kLabel {
				if in.elide { // JmpNext to the next position
					p.As, p.To = obj.ANOP, obj.Addr{}
				} else {
					p.To.SetTarget(bindProg(a.labels[in.to.label.id-1].instr))
				}
			}
			first[i] = add(p)
		}
	}
	symP := []byte{}
	if head != nil {
		sym := &obj.LSym{Func: &obj.FuncInfo{Text: head}}
		x86.Linkamd64.Assemble(ctxt, sym, ctxt.NewProg)
		if ctxt.Errors > 0 {
			return nil, nil, nil, fmt.Errorf("%w: %d diagnostics", ErrEncode, ctxt.Errors)
		}
		for _, r := range sym.R {
			// Zero-size relocations are markers for the Go linker (CALL reg
			// records R_CALLIND); only ones that patch bytes matter.
			switch {
			case r.Siz == 0:
			case r.Sym == pool && r.Type == objabi.R_PCREL && r.Siz == 4:
				relocs = append(relocs, r)
			default:
				return nil, nil, nil, fmt.Errorf("%w: unexpected relocation at %#x", ErrEncode, r.Off)
			}
		}
		symP = sym.P
	}
	// pcs: offsets in golang-asm's code; an instruction without a Prog
	// sits where the next one with a Prog starts.
	pcs = make([]int64, len(a.instrs)+1)
	pcs[len(a.instrs)] = int64(len(symP))
	for i := len(a.instrs) - 1; i >= 0; i-- {
		if first[i] != nil {
			pcs[i] = first[i].Pc
		} else {
			pcs[i] = pcs[i+1]
		}
	}
	if a.golangBranches {
		return symP, pcs[:len(a.instrs)], relocs, nil
	}
	storeEncodings(miss, keys, symP, pcs)
	code, shift := a.relax(symP, pcs, hits, nhits)
	for k := range relocs {
		relocs[k].Off += int32(shift(int64(relocs[k].Off)))
	}
	return code, pcs[:len(a.instrs)], relocs, nil
}

// addr converts an operand; pool is the symbol constant pool operands
// refer to.
func addr(o operand, pool *obj.LSym) obj.Addr {
	switch o.kind {
	case kReg:
		return obj.Addr{Type: obj.TYPE_REG, Reg: regMap[o.reg]}
	case kMem:
		if o.mem.Base == poolBase {
			return obj.Addr{Type: obj.TYPE_MEM, Name: obj.NAME_EXTERN, Sym: pool, Offset: int64(o.mem.Disp)}
		}
		return obj.Addr{Type: obj.TYPE_MEM, Reg: regMap[o.mem.Base], Offset: int64(o.mem.Disp)}
	case kImm:
		return obj.Addr{Type: obj.TYPE_CONST, Offset: o.imm}
	case kLabel:
		return obj.Addr{Type: obj.TYPE_BRANCH}
	case kXReg:
		return obj.Addr{Type: obj.TYPE_REG, Reg: x86.REG_X0 + int16(o.xreg)}
	}
	return obj.Addr{}
}
