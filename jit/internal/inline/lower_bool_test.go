package inline

import (
	"encoding/binary"
	"fmt"
	"math"
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/x86emu"
	"github.com/gojit/gojit/jit/internal/zend"
)

// convValues are the test values plus the doubles at the edges of the
// double to int conversion.
var convValues = append(values[:len(values):len(values)], dbl(-0x1p63), dbl(0x1p63), dbl(0x1p63-1024),
	dbl(-0x1p63+1024), dbl(1e19), dbl(-1e19), dbl(-0.5), dbl(0.99), dbl(-1.5), dbl(math.SmallestNonzeroFloat64),
	dbl(-math.SmallestNonzeroFloat64), dbl(math.MaxFloat64))

// unaryShape is where a test BOOL, BOOL_NOT or CAST reads and writes.
type unaryShape struct {
	name string
	tmp  bool // the operand is TMP 5, else CV 0
	res  int  // result slot: a CV below numSlots/2, else a TMP
	fuse bool // an ASSIGN of the TMP to CV 2 follows in the same block
	used bool // the ASSIGN's result (VAR 7) is used
}

var unaryShapes = []unaryShape{
	{name: "cv->tmp", res: 6},
	{name: "tmp->tmp", tmp: true, res: 6},
	{name: "cv->cv", res: 3},
	{name: "cv->same cv", res: 0},
	{name: "fused", res: 6, fuse: true},
	{name: "fused/used", res: 6, fuse: true, used: true},
}

// unaryOlds are the old values of the CV a fused ASSIGN overwrites.
var unaryOlds = []zval{long(5), typed(0), typed(3), typed(0x106), typed(0x308)}

// unaryFn builds op 0 = code x (extended_value ext) in shape sh, then an
// ECHO (op 1, or op 2 after the fused ASSIGN).
func unaryFn(code zend.Opcode, ext uint32, sh unaryShape) *fn {
	f := &fn{oneBlock: sh.fuse}
	i := f.add(code)
	f.ops[i].ExtendedValue = ext
	if sh.tmp {
		f.set(i, 1, uint8(zend.OpTmpVar), cv(5))
	} else {
		f.slot(i, 1, 0)
	}
	rt := zend.OpTmpVar
	if sh.res < numSlots/2 {
		rt = zend.OpCV
	}
	f.ops[i].ResultType, f.ops[i].Result = uint8(rt), cv(sh.res)
	if sh.fuse {
		j := f.add(zend.Assign)
		f.slot(j, 1, 2)
		f.set(j, 2, uint8(zend.OpTmpVar), cv(sh.res))
		if sh.used {
			f.ops[j].ResultType, f.ops[j].Result = uint8(zend.OpVar), cv(7)
		}
	}
	f.add(zend.Echo)
	return f
}

// unaryModel is what op code (ext) makes of x.
func unaryModel(code zend.Opcode, ext uint32, x zval) (zval, bool) {
	switch code {
	case zend.Bool, zend.BoolNot:
		b, ok := isTrueModel(x)
		return boolz(b != (code == zend.BoolNot)), ok
	}
	return castModel(ext, x)
}

// checkUnary runs op 0 of c for x (and, fused, each old value of the CV)
// against the model.
func checkUnary(t *testing.T, c *compiled, code zend.Opcode, ext uint32, sh unaryShape, x zval) {
	t.Helper()
	olds := []zval{long(5)}
	if sh.fuse {
		olds = unaryOlds
	}
	for _, old := range olds {
		var in [numSlots]zval
		in[2] = old
		if sh.tmp {
			in[5] = x
		} else {
			in[0] = x
		}
		want, ok := unaryModel(code, ext, x)
		if sh.fuse && old.info&zend.TypeFlagRefcounted != 0 {
			ok = false // the old value needs releasing: the handler's
		}
		got := c.run(0, in, false)
		what := fmt.Sprintf("%s %s(%d) %v (old %v)", sh.name, code, ext, x, old)
		if ok == got.fallback {
			t.Fatalf("%s: fallback %v, model ok %v (%v)", what, got.fallback, ok, want)
		}
		if !ok {
			continue
		}
		exp, next := in, 1
		if sh.fuse {
			exp[2], next = want, 2
			if sh.used {
				exp[7] = want
			}
		} else {
			exp[sh.res] = want
		}
		for s := range exp {
			if !sameZval(got.frame[s], exp[s]) || got.next != next {
				t.Fatalf("%s: frame %v then op %d, want %v then op %d", what, got.frame, got.next, exp, next)
			}
		}
	}
}

func TestBoolCast(t *testing.T) {
	ops := []struct {
		code zend.Opcode
		ext  uint32
	}{{zend.Bool, 0}, {zend.BoolNot, 0}, {zend.Cast, uint32(zend.TypeLong)},
		{zend.Cast, uint32(zend.TypeDouble)}, {zend.Cast, castBool}}
	for _, o := range ops {
		for _, sh := range unaryShapes {
			t.Run(fmt.Sprintf("%s(%d)/%s", o.code, o.ext, sh.name), func(t *testing.T) {
				c := compile(t, unaryFn(o.code, o.ext, sh))
				if c.body.Ops[0].Class != "inline" || sh.fuse != c.body.Ops[1].Cold {
					t.Fatalf("class %s, next op cold %v", c.body.Ops[0].Class, c.body.Ops[1].Cold)
				}
				for _, x := range convValues {
					checkUnary(t, c, o.code, o.ext, sh, x)
				}
			})
		}
	}
}

// TestBoolCastDeclined: literal operands, casts to other types, and
// operands SSA says are never a handled type keep the VM's handler.
func TestBoolCastDeclined(t *testing.T) {
	for _, ext := range []uint32{uint32(zend.TypeString), uint32(zend.TypeArray), uint32(zend.TypeObject), 1} {
		if c := compile(t, unaryFn(zend.Cast, ext, unaryShapes[0])); c.body.Ops[0].Class == "inline" {
			t.Errorf("CAST to %d inlined", ext)
		}
	}
	for _, code := range []zend.Opcode{zend.Bool, zend.BoolNot, zend.Cast, zend.JmpzEx} {
		f := unaryFn(code, uint32(zend.TypeLong), unaryShapes[0])
		f.literal(0, 1, long(1))
		if code == zend.JmpzEx {
			f.jump(0, 2, 1)
		}
		if c := compile(t, f); c.body.Ops[0].Class == "inline" {
			t.Errorf("%s of a literal inlined", code)
		}
		f = unaryFn(code, uint32(zend.TypeLong), unaryShapes[0])
		f.ssa = &[2]uint32{1<<zend.TypeString | 1<<zend.TypeArray, 0}
		if code == zend.JmpzEx {
			f.jump(0, 2, 1)
		}
		if c := compile(t, f); c.body.Ops[0].Class == "inline" {
			t.Errorf("%s of a string or array inlined", code)
		}
	}
}

// TestBoolSSA: with SSA types only the cases inference allows have code.
// Where it allows nothing the fast paths leave to the VM, checks may go
// (inference is sound), so the test feeds only values of allowed types;
// otherwise anything else takes the fallback.
func TestBoolSSA(t *testing.T) {
	const bools = 1<<zend.TypeFalse | 1<<zend.TypeTrue
	handled := uint32(1<<zend.TypeNull | bools | 1<<zend.TypeLong | 1<<zend.TypeDouble)
	for _, mask := range []uint32{bools, 1 << zend.TypeLong, 1 << zend.TypeDouble, 1 << zend.TypeTrue,
		bools | 1<<zend.TypeNull, bools | 1<<zend.TypeLong, bools | 1<<zend.TypeNull | 1<<zend.TypeString,
		1<<zend.TypeDouble | 1<<zend.TypeUndef} {
		for _, code := range []zend.Opcode{zend.BoolNot, zend.Cast} {
			f := unaryFn(code, uint32(zend.TypeDouble), unaryShapes[0])
			f.ssa = &[2]uint32{mask, 0}
			c := compile(t, f)
			for _, x := range values {
				allowed := mask&(1<<x.typ()) != 0
				if !allowed && mask&^handled == 0 {
					continue // ruled out, maybe without a check
				}
				got := c.run(0, [numSlots]zval{x}, false)
				want, ok := unaryModel(code, uint32(zend.TypeDouble), x)
				ok = ok && allowed
				if ok == got.fallback || ok && !sameZval(got.frame[6], want) {
					t.Fatalf("mask %#x: %s %v: %+v, want %v (ok %v)", mask, code, x, got, want, ok)
				}
			}
		}
	}
}

// TestCastIntoTypedCV: a CV result whose old value SSA proves of the
// result's type keeps its type byte; of another type, it gets the new one.
func TestCastIntoTypedCV(t *testing.T) {
	for _, old := range []zval{long(5), dbl(2.5), typed(3)} {
		for _, ext := range []uint32{uint32(zend.TypeLong), uint32(zend.TypeDouble), castBool} {
			w := unaryFn(zend.Cast, ext, unaryShapes[2]).wire() // CV 0 -> CV 3
			w.SSAVars = []wire.SSAVar{{Var: -1, Def: -1}, {TypeMask: 1 << old.typ(), Var: 3, Def: -1}}
			w.SSAOps = make([]wire.SSAOp, len(w.Ops))
			for k := range w.SSAOps {
				w.SSAOps[k] = wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
			}
			w.SSAOps[0].Op1Use, w.SSAOps[0].ResultUse = 0, 1
			c := compileWire(t, w)
			for _, x := range convValues {
				want, ok := castModel(ext, x)
				got := c.run(0, [numSlots]zval{0: x, 3: old}, false)
				if ok == got.fallback || ok && (!sameZval(got.frame[3], want) || got.next != 1) {
					t.Fatalf("old %v: CAST(%d) %v: %+v, want %v (ok %v)", old, ext, x, got, want, ok)
				}
			}
		}
	}
}

// TestJmpzEx: JMPZ_EX and JMPNZ_EX forward, to themselves and backward,
// with and without an interrupt pending.
func TestJmpzEx(t *testing.T) {
	// #0 ECHO, #1 the jump (T6 = x in CV 2 or TMP 5), #2 ECHO, #3 ECHO, #4 RETURN
	for _, code := range []zend.Opcode{zend.JmpzEx, zend.JmpnzEx} {
		for _, tmp := range []bool{false, true} {
			for _, target := range []int{0, 1, 3} {
				f := &fn{}
				f.add(zend.Echo)
				i := f.add(code)
				f.add(zend.Echo)
				f.add(zend.Echo)
				f.add(zend.Return)
				src := 2
				if tmp {
					src = 5
					f.set(i, 1, uint8(zend.OpTmpVar), cv(src))
				} else {
					f.slot(i, 1, src)
				}
				f.jump(i, 2, target)
				f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
				c := compile(t, f)
				if c.body.Ops[i].Class != "inline" {
					t.Fatalf("%s not inlined", code)
				}
				for _, x := range values {
					for _, interrupt := range []bool{false, true} {
						in := [numSlots]zval{6: long(77)}
						in[src] = x
						truth, ok := isTrueModel(x)
						jump := truth == (code == zend.JmpnzEx)
						if ok && jump && target == i && !interrupt {
							continue // jumps to itself forever
						}
						if ok && jump && target <= i && interrupt {
							ok = false // a backward jump with an interrupt: the handler's
						}
						got := c.run(i, in, interrupt)
						what := fmt.Sprintf("%s %v (tmp %v) to %d, interrupt %v", code, x, tmp, target, interrupt)
						if ok == got.fallback {
							t.Fatalf("%s: fallback %v, model ok %v", what, got.fallback, ok)
						}
						if !ok {
							continue
						}
						exp, next := in, i+1
						exp[6] = boolz(truth)
						if jump {
							next = target
						}
						for s := range exp {
							if !sameZval(got.frame[s], exp[s]) || got.next != next {
								t.Fatalf("%s: frame %v then op %d, want %v then op %d", what, got.frame, got.next, exp, next)
							}
						}
					}
				}
			}
		}
	}
}

func TestRecvInit(t *testing.T) {
	defaults := append([]zval{typed(1), typed(2), typed(3)}, convValues...)
	for _, typedFn := range []bool{false, true} {
		for _, def := range defaults {
			// #0 RECV 1, #1 RECV_INIT 2 = def into CV 1, #2 ECHO
			f := &fn{}
			f.add(zend.Recv)
			f.ops[0].Op1, f.ops[0].Op2 = 1, 1<<zend.TypeLong
			f.ops[0].ResultType, f.ops[0].Result = uint8(zend.OpCV), cv(0)
			i := f.add(zend.RecvInit)
			f.ops[i].Op1 = 2
			f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpCV), cv(1)
			f.add(zend.Echo)
			f.literal(i, 2, def)
			if typedFn {
				f.flags = zend.AccHasTypeHints
			}
			c := compile(t, f)
			scalar := def.typ() >= zend.TypeNull && def.typ() <= zend.TypeDouble
			if inlined := c.body.Ops[i].Class == "inline"; inlined != scalar {
				t.Fatalf("default %v: inlined %v", def, inlined)
			}
			if !scalar {
				continue
			}
			for _, nargs := range []uint32{0, 1, 2, 3} {
				for _, x := range []zval{typed(0), long(9), typed(0x106)} {
					in := [numSlots]zval{1: x}
					if nargs < 2 {
						in[1] = typed(0) // a missing argument's CV is UNDEF
					}
					got := c.runWith(i, in, false, func(_ *x86emu.Machine, frame []byte) {
						binary.LittleEndian.PutUint32(frame[zend.ExecuteDataNumArgs:], nargs)
					})
					what := fmt.Sprintf("typed %v, default %v, %d args, param %v", typedFn, def, nargs, x)
					ok := nargs < 2 || !typedFn
					if ok == got.fallback {
						t.Fatalf("%s: fallback %v", what, got.fallback)
					}
					if !ok {
						continue
					}
					exp := in
					if nargs < 2 {
						exp[1] = def
					}
					for s := range exp {
						if !sameZval(got.frame[s], exp[s]) || got.next != i+1 {
							t.Fatalf("%s: frame %v then op %d, want %v then op %d", what, got.frame, got.next, exp, i+1)
						}
					}
				}
			}
		}
	}
}
