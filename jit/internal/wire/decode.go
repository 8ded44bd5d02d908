package wire

import (
	"encoding/binary"
	"fmt"
)

var le = binary.LittleEndian

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
}

var tagNames = [...]string{TagFunc: "FUNC", TagOps: "OPS", TagLiterals: "LITERALS",
	TagBlocks: "BLOCKS", TagSSAVars: "SSA_VARS", TagSSAOps: "SSA_OPS", TagAddrs: "ADDRS",
	TagCallees: "CALLEES"}

// Decode parses one wire buffer. The result does not alias buf.
func Decode(buf []byte) (*Func, error) {
	if len(buf) < headerSize {
		return nil, malformed("header truncated (%d bytes)", len(buf))
	}
	if m := le.Uint32(buf); m != Magic {
		return nil, malformed("bad magic %#08x", m)
	}
	if v := le.Uint16(buf[4:]); v != Version {
		// No compatibility with older versions: the C module and the engine
		// ship together, and the ABI handshake refuses a mixed pair.
		return nil, malformed("unsupported version %d (want %d: gojit.so and gojit-engine.so are from different builds)", v, Version)
	}

	// Split into sections first: cross-section checks need all of them.
	var sect [len(tagNames)][]byte
	var seen [len(tagNames)]bool
	for off := headerSize; off < len(buf); {
		rest := buf[off:]
		if len(rest) < sectionHeaderSize {
			return nil, malformed("section header truncated at offset %d", off)
		}
		tag, n := rest[0], le.Uint32(rest[4:])
		if uint64(n) > uint64(len(rest)-sectionHeaderSize) {
			return nil, malformed("section tag %d at offset %d: length %d runs past the end", tag, off, n)
		}
		if int(tag) < len(tagNames) && tagNames[tag] != "" {
			if seen[tag] {
				return nil, malformed("duplicate %s section at offset %d", tagNames[tag], off)
			}
			seen[tag] = true
			sect[tag] = rest[sectionHeaderSize : sectionHeaderSize+int(n)]
		}
		off += sectionHeaderSize + int(n)
	}
	if !seen[TagFunc] {
		return nil, malformed("missing FUNC section")
	}
	if !seen[TagOps] {
		return nil, malformed("missing OPS section")
	}

	f := &Func{}
	if err := decodeFunc(f, sect[TagFunc]); err != nil {
		return nil, err
	}
	var err error
	if f.Ops, err = decodeOps(sect[TagOps]); err != nil {
		return nil, err
	}
	if seen[TagLiterals] {
		if f.Literals, err = decodeLiterals(sect[TagLiterals]); err != nil {
			return nil, err
		}
	}
	if seen[TagBlocks] {
		if f.Blocks, err = decodeBlocks(sect[TagBlocks]); err != nil {
			return nil, err
		}
	}
	if seen[TagSSAVars] {
		if f.SSAVars, err = decodeSSAVars(sect[TagSSAVars]); err != nil {
			return nil, err
		}
	}
	if seen[TagSSAOps] {
		if f.SSAOps, err = decodeSSAOps(sect[TagSSAOps]); err != nil {
			return nil, err
		}
	}
	if seen[TagAddrs] {
		p := sect[TagAddrs]
		if len(p) != addrsSize {
			return nil, malformed("ADDRS: %d bytes, want %d", len(p), addrsSize)
		}
		f.LiteralsAddr = le.Uint64(p)
	}
	if seen[TagCallees] {
		if f.Callees, err = decodeCallees(sect[TagCallees], len(f.Ops)); err != nil {
			return nil, err
		}
	}
	if err := validate(f); err != nil {
		return nil, err
	}
	return f, nil
}

func decodeFunc(f *Func, p []byte) error {
	if len(p) < funcFixedSize {
		return malformed("FUNC: %d bytes, need at least %d", len(p), funcFixedSize)
	}
	f.Flags = le.Uint32(p[0:])
	f.NumArgs = le.Uint32(p[4:])
	f.RequiredNumArgs = le.Uint32(p[8:])
	f.LastVar = le.Uint32(p[12:])
	f.T = le.Uint32(p[16:])
	f.LineStart = le.Uint32(p[20:])
	f.LineEnd = le.Uint32(p[24:])
	f.Kind = Kind(le.Uint32(p[28:]))
	f.OpArrayAddr = le.Uint64(p[32:])
	f.OpcodesAddr = le.Uint64(p[40:])
	scopeLen, nameLen, fileLen := le.Uint32(p[48:]), le.Uint32(p[52:]), le.Uint32(p[56:])
	f.VMFlags = le.Uint32(p[60:])
	strs := p[funcFixedSize:]
	if total := uint64(scopeLen) + uint64(nameLen) + uint64(fileLen); total != uint64(len(strs)) {
		return malformed("FUNC: string lengths %d+%d+%d do not match the %d bytes present",
			scopeLen, nameLen, fileLen, len(strs))
	}
	f.Scope = string(strs[:scopeLen])
	strs = strs[scopeLen:]
	f.Name = string(strs[:nameLen])
	f.File = string(strs[nameLen:])
	return nil
}

// table checks a "u32 count, u32 reserved, count records" payload and returns
// the count and the records. The exact-size check is what bounds allocation.
func table(tag uint8, p []byte, recSize int) (int, []byte, error) {
	if len(p) < tableHeaderSize {
		return 0, nil, malformed("%s: %d bytes, need at least %d", tagNames[tag], len(p), tableHeaderSize)
	}
	n := le.Uint32(p)
	recs := p[tableHeaderSize:]
	if uint64(n)*uint64(recSize) != uint64(len(recs)) {
		return 0, nil, malformed("%s: count %d does not fit %d bytes of %d-byte records",
			tagNames[tag], n, len(recs), recSize)
	}
	return int(n), recs, nil
}

func decodeOps(p []byte) ([]Op, error) {
	n, recs, err := table(TagOps, p, opSize)
	if err != nil {
		return nil, err
	}
	ops := make([]Op, n)
	for i := range ops {
		r := recs[i*opSize : (i+1)*opSize]
		ops[i] = Op{
			Handler:       le.Uint64(r[0:]),
			Op1:           le.Uint32(r[8:]),
			Op2:           le.Uint32(r[12:]),
			Result:        le.Uint32(r[16:]),
			ExtendedValue: le.Uint32(r[20:]),
			Lineno:        le.Uint32(r[24:]),
			Opcode:        r[28],
			Op1Type:       r[29],
			Op2Type:       r[30],
			ResultType:    r[31],
			Block:         le.Uint32(r[32:]),
			Aux:           le.Uint32(r[36:]),
			HandlerFunc:   le.Uint64(r[40:]),
		}
	}
	return ops, nil
}

func decodeLiterals(p []byte) ([]Literal, error) {
	n, recs, err := table(TagLiterals, p, literalSize)
	if err != nil {
		return nil, err
	}
	lits := make([]Literal, n)
	for i := range lits {
		r := recs[i*literalSize:]
		lits[i] = Literal{Value: le.Uint64(r[0:]), Type: r[8], StrLen: le.Uint32(r[12:])}
	}
	return lits, nil
}

func decodeBlocks(p []byte) ([]Block, error) {
	n, recs, err := table(TagBlocks, p, blockSize)
	if err != nil {
		return nil, err
	}
	blocks := make([]Block, n)
	for i := range blocks {
		r := recs[i*blockSize:]
		blocks[i] = Block{
			Start:      le.Uint32(r[0:]),
			Len:        le.Uint32(r[4:]),
			Flags:      le.Uint32(r[8:]),
			LoopHeader: int32(le.Uint32(r[12:])),
		}
	}
	return blocks, nil
}

func decodeSSAVars(p []byte) ([]SSAVar, error) {
	n, recs, err := table(TagSSAVars, p, ssaVarSize)
	if err != nil {
		return nil, err
	}
	vars := make([]SSAVar, n)
	for i := range vars {
		r := recs[i*ssaVarSize:]
		vars[i] = SSAVar{
			TypeMask: le.Uint32(r[0:]),
			Flags:    le.Uint32(r[4:]),
			Min:      int64(le.Uint64(r[8:])),
			Max:      int64(le.Uint64(r[16:])),
			Var:      int32(le.Uint32(r[24:])),
			Def:      int32(le.Uint32(r[28:])),
		}
	}
	return vars, nil
}

func decodeSSAOps(p []byte) ([]SSAOp, error) {
	n, recs, err := table(TagSSAOps, p, ssaOpSize)
	if err != nil {
		return nil, err
	}
	ops := make([]SSAOp, n)
	for i := range ops {
		r := recs[i*ssaOpSize:]
		ops[i] = SSAOp{
			Op1Use:    int32(le.Uint32(r[0:])),
			Op2Use:    int32(le.Uint32(r[4:])),
			ResultUse: int32(le.Uint32(r[8:])),
			Op1Def:    int32(le.Uint32(r[12:])),
			Op2Def:    int32(le.Uint32(r[16:])),
			ResultDef: int32(le.Uint32(r[20:])),
		}
	}
	return ops, nil
}

// inRange reports whether v is -1 (none) or a valid index below n.
func inRange(v int32, n uint64) bool {
	return v == -1 || (v >= 0 && uint64(v) < n)
}

// validate checks everything that relates fields or sections to each other.
func validate(f *Func) error {
	if f.Kind >= kindEnd {
		return malformed("FUNC: unknown kind %d", f.Kind)
	}
	if f.RequiredNumArgs > f.NumArgs {
		return malformed("FUNC: required_num_args %d > num_args %d", f.RequiredNumArgs, f.NumArgs)
	}
	nops, nblocks, nvars := uint64(len(f.Ops)), uint64(len(f.Blocks)), uint64(len(f.SSAVars))
	for i, op := range f.Ops {
		if op.Block != NoBlock && uint64(op.Block) >= nblocks {
			return malformed("op #%d: block %d out of range (%d blocks)", i, op.Block, nblocks)
		}
	}
	for i, b := range f.Blocks {
		if uint64(b.Start)+uint64(b.Len) > nops {
			return malformed("block %d: ops [%d, %d+%d) out of range (%d ops)", i, b.Start, b.Start, b.Len, nops)
		}
		if !inRange(b.LoopHeader, nblocks) {
			return malformed("block %d: loop header %d out of range", i, b.LoopHeader)
		}
	}
	nslots := uint64(f.LastVar) + uint64(f.T)
	for i, v := range f.SSAVars {
		if !inRange(v.Def, nops) {
			return malformed("SSA var %d: definition op %d out of range", i, v.Def)
		}
		if !inRange(v.Var, nslots) {
			return malformed("SSA var %d: var %d out of range (%d slots)", i, v.Var, nslots)
		}
	}
	if f.SSAOps != nil {
		if uint64(len(f.SSAOps)) != nops {
			return malformed("SSA_OPS: %d records for %d ops", len(f.SSAOps), nops)
		}
		for i, s := range f.SSAOps {
			for _, v := range [...]int32{s.Op1Use, s.Op2Use, s.ResultUse, s.Op1Def, s.Op2Def, s.ResultDef} {
				if !inRange(v, nvars) {
					return malformed("SSA op %d: var %d out of range (%d vars)", i, v, nvars)
				}
			}
		}
	}
	return nil
}

func decodeCallees(p []byte, nops int) ([]Callee, error) {
	n, recs, err := table(TagCallees, p, calleeSize)
	if err != nil {
		return nil, err
	}
	cs := make([]Callee, n)
	for i := range cs {
		r := recs[i*calleeSize : (i+1)*calleeSize]
		cs[i] = Callee{Op: le.Uint32(r[0:]), NumArgs: le.Uint32(r[4:]), LastVar: le.Uint32(r[8:]),
			T: le.Uint32(r[12:]), Flags: le.Uint32(r[16:]), RetType: le.Uint32(r[20:]), OpArray: le.Uint64(r[24:]), Opcodes: le.Uint64(r[32:]),
			ArgFlags: le.Uint32(r[40:])}
		if uint64(cs[i].Op) >= uint64(nops) {
			return nil, malformed("CALLEES[%d]: op %d out of range (%d ops)", i, cs[i].Op, nops)
		}
	}
	return cs, nil
}
