package wire

import (
	"bytes"
	"encoding/binary"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// sample returns a function using every section and field.
func sample() *Func {
	return &Func{
		Kind: KindMethod, Scope: "Foo", Name: "bar", File: "/srv/app/foo.php",
		Flags: 1 << 8, NumArgs: 2, RequiredNumArgs: 1, LastVar: 3, T: 2,
		LineStart: 10, LineEnd: 20,
		OpArrayAddr: 0x7f00_1234_5000, OpcodesAddr: 0x7f00_1234_6000, LiteralsAddr: 0x7f00_1234_6080,
		Ops: []Op{
			{Handler: 0x5555_0000_1000, HandlerFunc: 0x5555_1000_1000, Op1: 80, Result: 80, Lineno: 10, Opcode: 63, ResultType: 8, Block: 0},
			{Handler: 0x5555_0000_2000, HandlerFunc: 0x5555_1000_2000, Op1: 96, Op2: 0xffffffe0, Result: 96, Lineno: 10, Opcode: 64, ResultType: 8, Block: 1},
			{Handler: 0x5555_0000_3000, HandlerFunc: 0x5555_1000_3000, Op1: 80, Op2: 96, Result: 128, ExtendedValue: 7, Lineno: 11,
				Opcode: 1, Op1Type: 8, Op2Type: 8, ResultType: 2, Block: 2},
			{Handler: 0x5555_0000_4000, Op1: 128, Lineno: 12, Opcode: 62, Op1Type: 2, Block: 2},
		},
		Literals: []Literal{{Value: 42, Type: 4}, {Type: 6, StrLen: 5}, {Value: 0x3ff0000000000000, Type: 5}},
		Blocks: []Block{
			{Start: 0, Len: 1, Flags: BBStart | BBReachable, LoopHeader: -1},
			{Start: 1, Len: 1, Flags: BBRecvEntry | BBReachable, LoopHeader: -1},
			{Start: 2, Len: 2, Flags: BBFollow | BBExit | BBReachable, LoopHeader: -1},
		},
		SSAVars: []SSAVar{
			{TypeMask: 0x10, Var: 0, Def: -1},
			{TypeMask: 0x10, Var: 1, Def: 1},
			{TypeMask: 0x30, Flags: SSAVarHasRange, Min: -5, Max: 1 << 40, Var: 3, Def: 2},
		},
		SSAOps: []SSAOp{
			{-1, -1, -1, -1, -1, 0},
			{-1, -1, -1, -1, -1, 1},
			{0, 1, -1, -1, -1, 2},
			{2, -1, -1, -1, -1, -1},
		},
		Callees: []Callee{{Op: 2, NumArgs: 2, LastVar: 3, T: 1, Flags: 1 << 8, RetType: 1<<30 | 1<<4, ArgFlags: 2 | 1<<10, OpArray: 0x7f00_1234_7000, Opcodes: 0x7f00_1234_8000}},
	}
}

func TestRoundTrip(t *testing.T) {
	for name, f := range map[string]*Func{
		"full":    sample(),
		"minimal": {Ops: []Op{}},
		"no-ssa":  {Kind: KindMain, File: "x.php", Ops: []Op{{Handler: 1, Opcode: 62, Block: NoBlock}}},
		"empty-sections": {Kind: KindEval, Ops: []Op{}, Literals: []Literal{}, Blocks: []Block{},
			SSAVars: []SSAVar{}, SSAOps: []SSAOp{}},
	} {
		t.Run(name, func(t *testing.T) {
			b := Encode(f)
			got, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, f) {
				t.Fatalf("round trip differs:\n got %+v\nwant %+v", got, f)
			}
			if b2 := Encode(got); !bytes.Equal(b, b2) {
				t.Fatal("Encode is not canonical")
			}
		})
	}
}

func TestEncodeLayout(t *testing.T) {
	f := &Func{Kind: KindFunction, Name: "f", File: "a.php", Ops: []Op{{Handler: 0x1122334455667788, Opcode: 0x3e, Block: NoBlock, HandlerFunc: 0xfedcba9876543210}}}
	b := Encode(f)
	want := "474a5746" + "0300" + "0000" + // header
		"01000000" + "46000000" + // FUNC, 64+6 bytes
		strings.Repeat("00", 28) + "01000000" + strings.Repeat("00", 16) +
		"00000000" + "01000000" + "05000000" + "00000000" + "66" + "612e706870" +
		"02000000" + "38000000" + "01000000" + "00000000" + // OPS, 8+48 bytes
		"8877665544332211" + strings.Repeat("00", 20) + "3e000000" + "ffffffff" + "00000000" +
		"1032547698badcfe"
	if got := hexString(b); got != want {
		t.Fatalf("encoding\n got %s\nwant %s", got, want)
	}
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	var sb strings.Builder
	for _, c := range b {
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	return sb.String()
}

// section returns the offset of the payload of the section with tag in b.
func section(t *testing.T, b []byte, tag uint8) int {
	for off := headerSize; off < len(b); {
		n := int(binary.LittleEndian.Uint32(b[off+4:]))
		if b[off] == tag {
			return off + sectionHeaderSize
		}
		off += sectionHeaderSize + n
	}
	t.Fatalf("no section %d", tag)
	return 0
}

func put32(b []byte, off int, v uint32) { binary.LittleEndian.PutUint32(b[off:], v) }

func TestDecodeErrors(t *testing.T) {
	enc := func(mut func(*Func)) func(*testing.T) []byte {
		return func(*testing.T) []byte { f := sample(); mut(f); return Encode(f) }
	}
	raw := func(mut func(t *testing.T, b []byte) []byte) func(*testing.T) []byte {
		return func(t *testing.T) []byte { return mut(t, Encode(sample())) }
	}
	sec := func(tag uint8, payload []byte) []byte {
		s := []byte{tag, 0, 0, 0}
		s = binary.LittleEndian.AppendUint32(s, uint32(len(payload)))
		return append(s, payload...)
	}
	cases := []struct {
		name  string
		input func(*testing.T) []byte
		want  string
	}{
		{"empty", func(*testing.T) []byte { return nil }, "header truncated"},
		{"short header", func(*testing.T) []byte { return []byte{0x47, 0x4a, 0x57} }, "header truncated"},
		{"bad magic", raw(func(_ *testing.T, b []byte) []byte { b[0] = 'X'; return b }), "bad magic"},
		{"version 2", raw(func(_ *testing.T, b []byte) []byte { b[4] = 2; return b }), "unsupported version 2 (want 3"},
		{"version 4", raw(func(_ *testing.T, b []byte) []byte { b[4] = 4; return b }), "unsupported version 4"},
		{"header only", func(*testing.T) []byte { return Encode(sample())[:headerSize] }, "missing FUNC"},
		{"section header truncated", raw(func(_ *testing.T, b []byte) []byte { return append(b, 9, 0, 0) }), "section header truncated"},
		{"section past end", raw(func(_ *testing.T, b []byte) []byte { return b[:len(b)-1] }), "runs past the end"},
		{"huge section length", raw(func(_ *testing.T, b []byte) []byte {
			return append(b, 7, 0, 0, 0, 0xff, 0xff, 0xff, 0xff)
		}), "runs past the end"},
		{"duplicate OPS", raw(func(t *testing.T, b []byte) []byte {
			return append(b, sec(TagOps, make([]byte, tableHeaderSize))...)
		}), "duplicate OPS"},
		{"missing OPS", func(*testing.T) []byte {
			b := Encode(&Func{Ops: []Op{}})
			return b[:section(t, b, TagOps)-sectionHeaderSize]
		}, "missing OPS"},
		{"missing FUNC", func(*testing.T) []byte {
			b := Encode(&Func{Ops: []Op{}})
			return append(b[:headerSize:headerSize], sec(TagOps, make([]byte, tableHeaderSize))...)
		}, "missing FUNC"},
		{"FUNC too short", func(*testing.T) []byte {
			b := Encode(&Func{Ops: []Op{}})[:headerSize]
			b = append(b, sec(TagFunc, make([]byte, 63))...)
			return append(b, sec(TagOps, make([]byte, tableHeaderSize))...)
		}, "FUNC: 63 bytes"},
		{"FUNC string lengths", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagFunc)+56, 1<<31)
			return b
		}), "string lengths"},
		{"OPS count too big", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagOps), 0xffffffff)
			return b
		}), "OPS: count 4294967295 does not fit"},
		{"OPS count too small", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagOps), 3)
			return b
		}), "OPS: count 3 does not fit"},
		{"OPS no table header", func(*testing.T) []byte {
			b := Encode(&Func{Ops: []Op{}})
			b = b[:section(t, b, TagOps)-sectionHeaderSize]
			return append(b, sec(TagOps, []byte{0, 0, 0})...)
		}, "OPS: 3 bytes"},
		{"LITERALS count", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagLiterals), 4)
			return b
		}), "LITERALS: count 4"},
		{"BLOCKS count", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagBlocks), 1)
			return b
		}), "BLOCKS: count 1"},
		{"SSA_VARS count", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagSSAVars), 0x8000000)
			return b
		}), "SSA_VARS: count"},
		{"SSA_OPS count", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagSSAOps), 2)
			return b
		}), "SSA_OPS: count 2"},
		{"ADDRS short", raw(func(t *testing.T, b []byte) []byte {
			return append(b, sec(TagAddrs, make([]byte, 7))...)
		}), "duplicate ADDRS"},
		{"ADDRS size", func(*testing.T) []byte {
			return append(Encode(&Func{Ops: []Op{}}), sec(TagAddrs, make([]byte, 9))...)
		}, "ADDRS: 9 bytes, want 8"},
		{"CALLEES op", enc(func(f *Func) { f.Callees[0].Op = 4 }), "CALLEES[0]: op 4 out of range"},
		{"CALLEES count", raw(func(t *testing.T, b []byte) []byte {
			put32(b, section(t, b, TagCallees), 2)
			return b
		}), "CALLEES: count 2"},
		{"unknown kind", enc(func(f *Func) { f.Kind = 5 }), "unknown kind 5"},
		{"required > num args", enc(func(f *Func) { f.RequiredNumArgs = 3 }), "required_num_args 3 > num_args 2"},
		{"op block out of range", enc(func(f *Func) { f.Ops[2].Block = 3 }), "op #2: block 3 out of range"},
		{"op block without CFG", enc(func(f *Func) { f.Blocks = nil }), "op #0: block 0 out of range (0 blocks)"},
		{"block past ops", enc(func(f *Func) { f.Blocks[2].Len = 3 }), "block 2: ops"},
		{"block start wraps", enc(func(f *Func) { f.Blocks[2].Start, f.Blocks[2].Len = 0xffffffff, 2 }), "block 2: ops"},
		{"loop header", enc(func(f *Func) { f.Blocks[1].LoopHeader = 3 }), "block 1: loop header 3"},
		{"loop header negative", enc(func(f *Func) { f.Blocks[1].LoopHeader = -2 }), "block 1: loop header -2"},
		{"ssa def", enc(func(f *Func) { f.SSAVars[1].Def = 4 }), "SSA var 1: definition op 4"},
		{"ssa var", enc(func(f *Func) { f.SSAVars[2].Var = 5 }), "SSA var 2: var 5 out of range (5 slots)"},
		{"ssa ops count", enc(func(f *Func) { f.SSAOps = f.SSAOps[:3] }), "SSA_OPS: 3 records for 4 ops"},
		{"ssa ops var", enc(func(f *Func) { f.SSAOps[3].Op2Use = 3 }), "SSA op 3: var 3 out of range"},
		{"ssa ops negative", enc(func(f *Func) { f.SSAOps[0].ResultDef = -7 }), "SSA op 0: var -7"},
		{"ssa ops without vars", enc(func(f *Func) { f.SSAVars = nil }), "SSA op 0: var 0 out of range (0 vars)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Decode(c.input(t))
			if err == nil {
				t.Fatalf("decoded %+v, want error %q", f, c.want)
			}
			if !errors.Is(err, ErrMalformed) {
				t.Errorf("error %v does not wrap ErrMalformed", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestUnknownSectionsSkipped(t *testing.T) {
	b := Encode(sample())
	b = append(b, 200, 1, 2, 3, 3, 0, 0, 0, 0xaa, 0xbb, 0xcc) // unknown tag 200
	b = append(b, 200, 0, 0, 0, 0, 0, 0, 0)                   // may repeat, may be empty
	b = append(b, 0, 0, 0, 0, 0, 0, 0, 0)                     // tag 0 is not a known tag either
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sample()) {
		t.Fatal("unknown sections changed the result")
	}
}

func TestSectionOrderFree(t *testing.T) {
	// The format does not fix the order: put OPS before FUNC.
	b := Encode(sample())
	fs, ops := section(t, b, TagFunc)-sectionHeaderSize, section(t, b, TagOps)-sectionHeaderSize
	lits := section(t, b, TagLiterals) - sectionHeaderSize
	re := append([]byte{}, b[:headerSize]...)
	re = append(re, b[ops:lits]...)
	re = append(re, b[fs:ops]...)
	re = append(re, b[lits:]...)
	got, err := Decode(re)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sample()) {
		t.Fatal("reordered sections decode differently")
	}
}

func TestDecodeDoesNotAlias(t *testing.T) {
	b := Encode(sample())
	f, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	for i := range b {
		b[i] = 0xee
	}
	if !reflect.DeepEqual(f, sample()) {
		t.Fatal("decoded Func changed with its input buffer")
	}
}
