package amd64

import (
	"encoding/binary"
	"sort"
)

// Branches to labels are not encoded by golang-asm: its span6 starts
// every forward branch short and re-encodes the whole function each time
// one turns out too far for rel8, so bodies full of forward jumps to far
// fallback stubs cost several complete passes. relax lays them out
// itself on the instruction sizes of a single golang-asm pass, with
// span6's rule: every branch starts short (rel8) and becomes rel32 for
// good once its displacement leaves [-128, 127]; sizes only grow, so this
// ends at the same least fixed point span6 reaches and the bytes are the
// same (TestRelaxMatchesGolangAsm).

type branch struct {
	at, target int // instruction indexes (the target's Bind)
	jcc        bool
	cond       Cond
	long       bool
}

func (b *branch) size() int64 {
	switch {
	case !b.long:
		return 2 // EB/7x rel8
	case b.jcc:
		return 6 // 0F 8x rel32
	}
	return 5 // E9 rel32
}

// relax inserts the label branches into code, which golang-asm encoded
// without them: pcs[i] is instruction i's offset there (pcs[len(instrs)]
// the end) and becomes its final offset. shift maps an offset inside an
// instruction of code to the number of bytes inserted before it.
func (a *Assembler) relax(code []byte, pcs []int64) (out []byte, shift func(off int64) int64) {
	var brs []branch
	for i, in := range a.instrs {
		if (in.m == mJMP && !in.elide || in.m == mJCC) && in.to.kind == kLabel {
			brs = append(brs, branch{at: i, target: a.labels[in.to.label.id-1].instr, jcc: in.m == mJCC, cond: in.cond})
		}
	}
	orig := append([]int64(nil), pcs...)
	shift = func(off int64) int64 {
		// The instruction holding off: the last one starting at or before
		// it (empty ones before it start at the same offset, and no
		// later one does).
		j := sort.Search(len(orig), func(i int) bool { return orig[i] > off }) - 1
		return pcs[j] - orig[j]
	}
	if len(brs) == 0 {
		return code, shift
	}
	for {
		var add int64
		k := 0
		for i := range pcs {
			pcs[i] = orig[i] + add
			for k < len(brs) && brs[k].at == i {
				add += brs[k].size()
				k++
			}
		}
		changed := false
		for k := range brs {
			b := &brs[k]
			if d := pcs[b.target] - (pcs[b.at] + 2); !b.long && (d < -128 || d > 127) {
				b.long, changed = true, true
			}
		}
		if !changed {
			break
		}
	}
	out = make([]byte, 0, int(pcs[len(pcs)-1]))
	var prev int64
	for k := range brs {
		b := &brs[k]
		out = append(out, code[prev:orig[b.at]]...)
		prev = orig[b.at]
		d := pcs[b.target] - (pcs[b.at] + b.size())
		switch {
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
