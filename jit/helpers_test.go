package jit

import (
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

const (
	testCounters = 0x7f3a_5c00_0000 // a plausible private mapping
	handlerBase  = 0x5617_2a40_0000 // a plausible PIE text address
	testEG       = 0x5617_2c00_0100 // executor_globals, in the PIE's data
)

// op builds an op whose handler address encodes its opcode and index, so a
// wrong handler in a stub is easy to spot.
func op(i int, code zend.Opcode, line uint32) wire.Op {
	return wire.Op{Handler: handlerBase + uint64(code)<<12 + uint64(i)*0x10, Opcode: uint8(code),
		Lineno: line, Block: wire.NoBlock}
}

func ops(line uint32, codes ...zend.Opcode) []wire.Op {
	out := make([]wire.Op, len(codes))
	for i, c := range codes {
		out[i] = op(i, c, line+uint32(i))
	}
	return out
}

// testFuncs are the synthetic functions of the tests and golden files.
var testFuncs = []struct {
	name        string
	fn          *wire.Func
	wantEntries []uint32 // op indexes
	wantStart   uint32
}{
	{"main", &wire.Func{Kind: wire.KindMain, File: "/srv/index.php", LineStart: 1, LineEnd: 3,
		Flags: zend.AccTopLevel,
		Ops:   ops(2, zend.Echo, zend.Echo, zend.Return)}, []uint32{0}, 0},
	{"eval", &wire.Func{Kind: wire.KindEval, File: "/srv/x.php(3) : eval()'d code", LineStart: 1, LineEnd: 1,
		Ops: ops(1, zend.Return)}, []uint32{0}, 0},
	{"untyped_defaults", &wire.Func{Kind: wire.KindFunction, Name: "f", File: "/srv/f.php",
		LineStart: 3, LineEnd: 6, NumArgs: 3, RequiredNumArgs: 1, LastVar: 3, T: 1,
		Ops: ops(3, zend.Recv, zend.RecvInit, zend.RecvInit, zend.Add, zend.Add, zend.Return)},
		[]uint32{1, 2, 3}, 3},
	{"typed", &wire.Func{Kind: wire.KindMethod, Scope: "App\\Calc", Name: "sum", File: "/srv/Calc.php",
		LineStart: 10, LineEnd: 13, NumArgs: 2, RequiredNumArgs: 1, LastVar: 2, T: 1,
		Flags: zend.AccHasTypeHints | zend.AccHasReturnType,
		Ops:   ops(10, zend.Recv, zend.RecvInit, zend.Add, zend.VerifyReturnType, zend.Return)},
		[]uint32{0, 1}, 0},
	{"typed_recv_init_first", &wire.Func{Kind: wire.KindFunction, Name: "g", File: "/srv/g.php",
		LineStart: 1, LineEnd: 2, NumArgs: 1, LastVar: 1, Flags: zend.AccHasTypeHints,
		Ops: ops(1, zend.RecvInit, zend.Return)}, []uint32{0}, 0},
	{"variadic", &wire.Func{Kind: wire.KindClosure, Name: "{closure}", File: "/srv/v.php",
		LineStart: 5, LineEnd: 7, NumArgs: 1, RequiredNumArgs: 1, LastVar: 2, Flags: zend.AccVariadic | zend.AccClosure,
		Ops: ops(5, zend.Recv, zend.RecvVariadic, zend.InitFcall, zend.DoIcall, zend.Return)}, []uint32{2}, 2},
	{"no_args_loop", &wire.Func{Kind: wire.KindFunction, Name: "spin", File: "/srv/s.php",
		LineStart: 1, LineEnd: 4, LastVar: 1,
		Ops: ops(2, zend.Assign, zend.Jmp, zend.PreInc, zend.IsSmaller, zend.Jmpnz, zend.Return)}, []uint32{0}, 0},
}
