package amd64

import (
	"encoding/binary"
	"sync"
)

// encCache remembers golang-asm's bytes for instructions whose encoding
// does not depend on where they are: no label, no constant-pool operand
// (RIP-relative), no alignment. Bodies repeat the same instructions a
// lot (spills, loads, type checks, handler calls: about three in four
// instructions of nbody's functions were seen before in the process), and
// encoding one through golang-asm costs far more than a map lookup. The
// key is the whole instruction, the mnemonic included (VEX forms have
// their own), so a hit gives exactly the bytes golang-asm would.
var encCache struct {
	sync.Mutex
	m map[encKey]enc
}

// enc is one instruction's bytes (x86 instructions are at most 15 long),
// held by value: the cache and the per-function hit lists have no
// pointers for the GC to scan.
type enc struct {
	b [15]byte
	n uint8 // 0: none
}

func (e *enc) bytes() []byte { return e.b[:e.n] }

// encKey packs a cacheable instruction into 32 bytes without padding, so
// the map hashes it in one go: word 0 holds the mnemonic, the condition
// and each operand's kind and register, words 1-3 each operand's
// immediate or memory displacement and base.
type encKey [4]uint64

// encCacheMax bounds the entries (about 1 MB); a full cache is
// dropped and refilled.
const encCacheMax = 1 << 14

// keyOf returns in's key, and false when in's bytes depend on where it is
// (a label, a constant-pool operand, alignment) or on nothing the key
// holds.
func keyOf(in *instr) (encKey, bool) {
	switch in.m {
	case mBind, mAlign:
		return encKey{}, false
	}
	k := encKey{uint64(in.m) | uint64(in.cond)<<8}
	for j, o := range [...]*operand{&in.from, &in.to, &in.from3} {
		var small uint64
		switch o.kind {
		case kNone:
		case kReg:
			small = uint64(o.reg)
		case kXReg:
			small = uint64(o.xreg)
		case kImm:
			k[1+j] = uint64(o.imm)
		case kMem:
			if o.mem.Base == poolBase {
				return encKey{}, false
			}
			k[1+j] = uint64(uint32(o.mem.Disp))<<8 | uint64(o.mem.Base)
		default:
			return encKey{}, false // kLabel
		}
		k[0] |= (uint64(o.kind) | small<<8) << (16 + 16*j)
	}
	return k, true
}

// movAbs encodes "mov r64, imm64" of a value no shorter form holds
// (golang-asm picks "mov r32, imm32" for a zero-extended and "mov r/m64,
// imm32" for a sign-extended 32-bit value): REX.W (with REX.B for r8-r15),
// B8+r, the 8 bytes. These are the addresses of oplines, handlers and
// globals, each value new to the cache, so they never hit it.
func movAbs(in *instr) (enc, bool) {
	if in.m != mMOVQ || in.from.kind != kImm || in.to.kind != kReg || in.from.imm == int64(int32(in.from.imm)) {
		return enc{}, false
	}
	var e enc
	r := in.to.reg
	e.b[0] = 0x48 | byte(r>>3)
	e.b[1] = 0xb8 + byte(r&7)
	binary.LittleEndian.PutUint64(e.b[2:], uint64(in.from.imm))
	e.n = 10
	return e, true
}

// lookupEncodings returns the cached bytes of each instruction (n 0
// where there are none), how many hit, and the keys of the cacheable ones
// that missed.
func (a *Assembler) lookupEncodings() (hits []enc, nhits int, miss []int, keys []encKey) {
	hits = make([]enc, len(a.instrs))
	encCache.Lock()
	defer encCache.Unlock()
	for i := range a.instrs {
		if e, ok := movAbs(&a.instrs[i]); ok {
			hits[i] = e
			nhits++
			continue
		}
		k, ok := keyOf(&a.instrs[i])
		if !ok {
			continue
		}
		if e, ok := encCache.m[k]; ok {
			hits[i] = e
			nhits++
			continue
		}
		miss, keys = append(miss, i), append(keys, k)
	}
	return hits, nhits, miss, keys
}

// storeEncodings caches the bytes golang-asm gave the instructions that
// missed: code[pcs[i]:pcs[i+1]] for instruction i.
func storeEncodings(miss []int, keys []encKey, code []byte, pcs []int64) {
	encCache.Lock()
	defer encCache.Unlock()
	if encCache.m == nil || len(encCache.m)+len(miss) > encCacheMax {
		encCache.m = make(map[encKey]enc, 4096)
	}
	for n, i := range miss {
		b := code[pcs[i]:pcs[i+1]]
		if len(b) == 0 || len(b) > 15 {
			continue // not expected; leave it to golang-asm every time
		}
		var e enc
		e.n = uint8(copy(e.b[:], b))
		encCache.m[keys[n]] = e
	}
}

func ZZReset() { encCache.Lock(); encCache.m = nil; encCache.Unlock() }
