package wire

// Encode serializes f in the wire format. Sections are written in tag order;
// LITERALS, BLOCKS, SSA_VARS and SSA_OPS only when the slice is non-nil,
// ADDRS only when LiteralsAddr is not 0.
// Encode does not validate f: tests use it to build malformed inputs too.
func Encode(f *Func) []byte {
	b := make([]byte, 0, encodedSize(f))
	b = le.AppendUint32(b, Magic)
	b = le.AppendUint16(b, Version)
	b = le.AppendUint16(b, 0)

	b, mark := beginSection(b, TagFunc)
	for _, v := range [...]uint32{f.Flags, f.NumArgs, f.RequiredNumArgs, f.LastVar, f.T,
		f.LineStart, f.LineEnd, uint32(f.Kind)} {
		b = le.AppendUint32(b, v)
	}
	b = le.AppendUint64(b, f.OpArrayAddr)
	b = le.AppendUint64(b, f.OpcodesAddr)
	for _, v := range [...]uint32{uint32(len(f.Scope)), uint32(len(f.Name)), uint32(len(f.File)), f.VMFlags} {
		b = le.AppendUint32(b, v)
	}
	b = append(b, f.Scope...)
	b = append(b, f.Name...)
	b = append(b, f.File...)
	b = endSection(b, mark)

	b, mark = beginTable(b, TagOps, len(f.Ops))
	for _, op := range f.Ops {
		b = le.AppendUint64(b, op.Handler)
		for _, v := range [...]uint32{op.Op1, op.Op2, op.Result, op.ExtendedValue, op.Lineno} {
			b = le.AppendUint32(b, v)
		}
		b = append(b, op.Opcode, op.Op1Type, op.Op2Type, op.ResultType)
		b = le.AppendUint32(b, op.Block)
		b = le.AppendUint32(b, op.Aux)
		b = le.AppendUint64(b, op.HandlerFunc)
	}
	b = endSection(b, mark)

	if f.Literals != nil {
		b, mark = beginTable(b, TagLiterals, len(f.Literals))
		for _, l := range f.Literals {
			b = le.AppendUint64(b, l.Value)
			b = append(b, l.Type, 0, 0, 0)
			b = le.AppendUint32(b, l.StrLen)
		}
		b = endSection(b, mark)
	}
	if f.Blocks != nil {
		b, mark = beginTable(b, TagBlocks, len(f.Blocks))
		for _, bl := range f.Blocks {
			for _, v := range [...]uint32{bl.Start, bl.Len, bl.Flags, uint32(bl.LoopHeader)} {
				b = le.AppendUint32(b, v)
			}
		}
		b = endSection(b, mark)
	}
	if f.SSAVars != nil {
		b, mark = beginTable(b, TagSSAVars, len(f.SSAVars))
		for _, v := range f.SSAVars {
			b = le.AppendUint32(b, v.TypeMask)
			b = le.AppendUint32(b, v.Flags)
			b = le.AppendUint64(b, uint64(v.Min))
			b = le.AppendUint64(b, uint64(v.Max))
			b = le.AppendUint32(b, uint32(v.Var))
			b = le.AppendUint32(b, uint32(v.Def))
		}
		b = endSection(b, mark)
	}
	if f.SSAOps != nil {
		b, mark = beginTable(b, TagSSAOps, len(f.SSAOps))
		for _, s := range f.SSAOps {
			for _, v := range [...]int32{s.Op1Use, s.Op2Use, s.ResultUse, s.Op1Def, s.Op2Def, s.ResultDef} {
				b = le.AppendUint32(b, uint32(v))
			}
		}
		b = endSection(b, mark)
	}
	if f.LiteralsAddr != 0 {
		b, mark = beginSection(b, TagAddrs)
		b = le.AppendUint64(b, f.LiteralsAddr)
		b = endSection(b, mark)
	}
	if f.Callees != nil {
		b, mark = beginTable(b, TagCallees, len(f.Callees))
		for _, c := range f.Callees {
			for _, v := range [...]uint32{c.Op, c.NumArgs, c.LastVar, c.T, c.Flags, c.RetType} {
				b = le.AppendUint32(b, v)
			}
			b = le.AppendUint64(b, c.OpArray)
			b = le.AppendUint64(b, c.Opcodes)
			b = le.AppendUint32(b, c.ArgFlags)
			b = le.AppendUint32(b, 0)
		}
		b = endSection(b, mark)
	}
	return b
}

func encodedSize(f *Func) int {
	return headerSize + 7*(sectionHeaderSize+tableHeaderSize) + sectionHeaderSize + addrsSize + funcFixedSize +
		calleeSize*len(f.Callees) +
		len(f.Scope) + len(f.Name) + len(f.File) + opSize*len(f.Ops) + literalSize*len(f.Literals) +
		blockSize*len(f.Blocks) + ssaVarSize*len(f.SSAVars) + ssaOpSize*len(f.SSAOps)
}

// beginSection writes a section header with a placeholder length and returns
// the offset endSection patches.
func beginSection(b []byte, tag uint8) ([]byte, int) {
	b = append(b, tag, 0, 0, 0)
	mark := len(b)
	return le.AppendUint32(b, 0), mark
}

func beginTable(b []byte, tag uint8, count int) ([]byte, int) {
	b, mark := beginSection(b, tag)
	b = le.AppendUint32(b, uint32(count))
	return le.AppendUint32(b, 0), mark
}

func endSection(b []byte, mark int) []byte {
	le.PutUint32(b[mark:], uint32(len(b)-mark-4))
	return b
}
