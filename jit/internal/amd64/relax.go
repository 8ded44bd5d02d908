package amd64

import (
	"encoding/binary"
	"sort"
)

// Branches to labels are not encoded by golang-asm: its span6 starts
// every forward branch short and re-encodes the whole function each time
// one turns out too far for rel8, so bodies full of forward jumps to far
// fallback stubs cost several complete passes. relax lays them out
// itself on the instruction sizes of a single golang-asm pass (and
// encCache's), with
// span6's rule: every branch starts short (rel8) and becomes rel32 for
// good once its displacement leaves [-128, 127]; sizes only grow, so this
// ends at the same least fixed point span6 reaches and the bytes are the
// same (TestRelaxMatchesGolangAsm).

// insert is what relax puts into golang-asm's code before instruction
// at: a branch to a label (target: its Bind), or bytes from encCache.
type insert struct {
	at, target int32
	fixed      enc // cached bytes; n 0 for a branch
	jcc        bool
	cond       Cond
	long       bool
}

func (b *insert) size() int64 {
	switch {
	case b.fixed.n != 0:
		return int64(b.fixed.n)
	case !b.long:
		return 2 // EB/7x rel8
	case b.jcc:
		return 6 // 0F 8x rel32
	}
	return 5 // E9 rel32
}

// relax inserts the label branches and the cached encodings (hits[i] for
// instruction i, nhits of them) into code, which golang-asm encoded
// without them: pcs[i] is instruction i's offset there (pcs[len(instrs)]
// the end) and becomes its final offset. shift maps an offset inside an
// instruction of code to the number of bytes inserted before it.
func (a *Assembler) relax(code []byte, pcs []int64, hits []enc, nhits int) (out []byte, shift func(off int64) int64) {
	ins := make([]insert, 0, nhits+len(a.instrs)/4)
	// idx[i]: the inserts before instruction i (at most one per
	// instruction, in order).
	idx := make([]int32, len(pcs))
	branches := false
	for i := range a.instrs {
		idx[i] = int32(len(ins))
		in := &a.instrs[i]
		switch {
		case hits[i].n != 0:
			ins = append(ins, insert{at: int32(i), fixed: hits[i]})
		case (in.m == mJMP && !in.elide || in.m == mJCC) && in.to.kind == kLabel:
			ins = append(ins, insert{at: int32(i), target: int32(a.labels[in.to.label.id-1].instr), jcc: in.m == mJCC, cond: in.cond})
			branches = true
		}
	}
	idx[len(a.instrs)] = int32(len(ins))
	orig := append([]int64(nil), pcs...)
	shift = func(off int64) int64 {
		// The instruction holding off: the last one starting at or before
		// it (empty ones before it start at the same offset, and no
		// later one does).
		j := sort.Search(len(orig), func(i int) bool { return orig[i] > off }) - 1
		return pcs[j] - orig[j]
	}
	if len(ins) == 0 {
		return code, shift
	}
	// before[k]: bytes inserted before ins[k], so instruction i is at
	// orig[i] + before[idx[i]].
	before := make([]int64, len(ins)+1)
	for changed := true; changed; {
		for k := range ins {
			before[k+1] = before[k] + ins[k].size()
		}
		changed = false
		if !branches {
			break
		}
		for k := range ins {
			b := &ins[k]
			if b.fixed.n != 0 || b.long {
				continue
			}
			if d := orig[b.target] + before[idx[b.target]] - (orig[b.at] + before[k] + 2); d < -128 || d > 127 {
				b.long, changed = true, true
			}
		}
	}
	for i := range pcs {
		pcs[i] = orig[i] + before[idx[i]]
	}
	out = make([]byte, 0, int(pcs[len(pcs)-1]))
	var prev int64
	for k := range ins {
		b := &ins[k]
		out = append(out, code[prev:orig[b.at]]...)
		prev = orig[b.at]
		d := pcs[b.target] - (pcs[b.at] + b.size())
		switch {
		case b.fixed.n != 0:
			out = append(out, b.fixed.bytes()...)
		case !b.long && b.jcc:
			out = append(out, 0x70|byte(b.cond), byte(int8(d)))
		case !b.long:
			out = append(out, 0xeb, byte(int8(d)))
		case b.jcc:
			out = append(out, 0x0f, 0x80|byte(b.cond))
			out = binary.LittleEndian.AppendUint32(out, uint32(int32(d)))
		default:
			out = append(out, 0xe9)
			out = binary.LittleEndian.AppendUint32(out, uint32(int32(d)))
		}
	}
	return append(out, code[prev:]...), shift
}
