package inline

import (
	"fmt"
	"math"
	"testing"

	"github.com/gojit/gojit/jit/internal/zend"
)

var binaryCodes = []zend.Opcode{zend.Add, zend.Sub, zend.Mul, zend.Div, zend.Mod, zend.Sl, zend.Sr,
	zend.BwOr, zend.BwAnd, zend.BwXor}

// form is how a test op gets its two operands: slots or literals.
type form struct {
	name        string
	xLit, yLit  bool
	sameSlot    bool // y is x's slot
	xTmp, yTmpl bool
}

var forms = []form{{name: "cv,cv"}, {name: "cv,const", yLit: true}, {name: "const,cv", xLit: true},
	{name: "cv,same", sameSlot: true}}

// operands sets op i's operands for values x and y in form fm, filling in.
func (fm form) operands(f *fn, i int, x, y zval, in *[numSlots]zval) {
	if fm.xLit {
		f.literal(i, 1, x)
	} else {
		f.slot(i, 1, 0)
		in[0] = x
	}
	switch {
	case fm.yLit:
		f.literal(i, 2, y)
	case fm.sameSlot:
		f.slot(i, 2, 0)
	default:
		f.slot(i, 2, 1)
		in[1] = y
	}
}

// pairs runs check for every pair of test values in every form. A literal
// operand must be a number for the op to be inlined at all; other literal
// values are skipped.
func pairs(t *testing.T, check func(fm form, x, y zval)) {
	for _, fm := range forms {
		for _, x := range values {
			if fm.xLit && !x.num() {
				continue
			}
			for _, y := range pairValues() {
				if fm.yLit && !y.num() {
					continue
				}
				if fm.sameSlot {
					y = x
				}
				check(fm, x, y)
				if fm.sameSlot {
					break
				}
			}
		}
	}
}

func TestBinary(t *testing.T) {
	for _, code := range binaryCodes {
		t.Run(code.String(), func(t *testing.T) {
			pairs(t, func(fm form, x, y zval) {
				var in [numSlots]zval
				f := &fn{}
				i := f.add(code)
				f.add(zend.Echo)
				f.add(zend.Return)
				f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
				fm.operands(f, i, x, y, &in)
				c := compile(t, f)
				want, ok := binaryModel(code, x, y)
				if c.body.Ops[i].Class != "inline" {
					if binaryOK(code, opndOf(fm.xLit, x), opndOf(fm.yLit, y)) {
						t.Fatalf("%s %v %v: not inlined", fm.name, x, y)
					}
					return // a literal the fast path does not take (e.g. x % 0)
				}
				got := c.run(i, in, false)
				what := fmt.Sprintf("%s: %v %s %v", fm.name, x, code, y)
				switch {
				case !ok && !got.fallback:
					t.Fatalf("%s = %v, want the fallback", what, got.frame[6])
				case ok && got.fallback:
					t.Fatalf("%s: fallback, want %v", what, want)
				case ok && (got.next != 1 || !sameZval(got.frame[6], want)):
					t.Fatalf("%s: %v then op %d, want %v then op 1", what, got.frame[6], got.next, want)
				}
				if ok {
					exp := in
					exp[6] = got.frame[6]
					if got.frame != exp {
						t.Fatalf("%s: frame %v, want only slot 6 changed from %v", what, got.frame, in)
					}
				}
			})
		})
	}
}

// opndOf is the compile-time view of a test operand.
func opndOf(lit bool, z zval) opnd {
	if !lit {
		return opnd{frame: true}
	}
	return opnd{typ: z.typ(), val: z.val}
}

func TestAssignOp(t *testing.T) {
	for _, code := range binaryCodes {
		for _, used := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/used=%v", code, used), func(t *testing.T) {
				pairs(t, func(fm form, x, y zval) {
					if fm.xLit {
						return // the destination is a CV
					}
					var in [numSlots]zval
					f := &fn{}
					i := f.add(zend.AssignOp)
					f.add(zend.Echo)
					f.ops[i].ExtendedValue = uint32(code)
					if used {
						f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpVar), cv(6)
					}
					fm.operands(f, i, x, y, &in)
					c := compile(t, f)
					if c.body.Ops[i].Class != "inline" {
						if binaryOK(code, opnd{frame: true}, opndOf(fm.yLit, y)) {
							t.Fatalf("%s %v %v: not inlined", fm.name, x, y)
						}
						return
					}
					want, ok := binaryModel(code, x, y)
					got := c.run(i, in, false)
					what := fmt.Sprintf("%s: $x=%v; $x %s= %v", fm.name, x, code, y)
					if ok != !got.fallback {
						t.Fatalf("%s: fallback %v, model ok %v (%v)", what, got.fallback, ok, want)
					}
					if !ok {
						return
					}
					exp := in
					exp[0] = want
					if used {
						exp[6] = want
					}
					for s := range exp {
						if !sameZval(got.frame[s], exp[s]) {
							t.Fatalf("%s: frame %v, want %v", what, got.frame, exp)
						}
					}
				})
			})
		}
	}
}

var compareCodes = []zend.Opcode{zend.IsSmaller, zend.IsSmallerOrEqual, zend.IsEqual, zend.IsNotEqual,
	zend.IsIdentical, zend.IsNotIdentical}

// compareFn builds a comparison, as op 1, in one of four shapes:
// "value" (T6 = x cmp y; then op 2), "jmpz"/"jmpnz" (smart branch to op 4,
// else op 3) and "loop" (smart JMPNZ back to op 0, else op 3).
func compareFn(code zend.Opcode, shape string) (*fn, int) {
	f := &fn{}
	f.add(zend.Echo)
	i := f.add(code)
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
	switch shape {
	case "value":
		f.add(zend.Echo)
	case "jmpz", "jmpnz", "loop":
		j := f.add(map[string]zend.Opcode{"jmpz": zend.Jmpz, "jmpnz": zend.Jmpnz, "loop": zend.Jmpnz}[shape])
		f.ops[j].Op1Type, f.ops[j].Op1 = uint8(zend.OpTmpVar), cv(6)
		flag := zend.SmartBranchJmpnz
		if shape == "jmpz" {
			flag = zend.SmartBranchJmpz
		}
		f.ops[i].ResultType |= uint8(flag)
		f.add(zend.Echo)
		f.add(zend.Echo)
		if shape == "loop" {
			f.jump(j, 2, 0)
		} else {
			f.jump(j, 2, 4)
		}
	}
	f.add(zend.Return)
	return f, i
}

func TestCompare(t *testing.T) {
	for _, code := range compareCodes {
		for _, shape := range []string{"value", "jmpz", "jmpnz", "loop"} {
			t.Run(code.String()+"/"+shape, func(t *testing.T) {
				pairs(t, func(fm form, x, y zval) {
					var in [numSlots]zval
					f, i := compareFn(code, shape)
					fm.operands(f, i, x, y, &in)
					c := compile(t, f)
					if c.body.Ops[i].Class != "inline" {
						t.Fatalf("%s %v %v: not inlined", fm.name, x, y)
					}
					if shape != "value" && !c.body.Ops[i+1].Cold {
						t.Fatalf("the JMPZ/JMPNZ is not fused")
					}
					want, ok := compareModel(code, x, y)
					what := fmt.Sprintf("%s %s: %v %s %v", shape, fm.name, x, code, y)
					for _, interrupt := range []bool{false, true} {
						got := c.run(i, in, interrupt)
						if interrupt && shape == "loop" {
							// A loop's condition checks the flag first
							// (CheckInterruptFirst): the handler's, either way.
							if !got.fallback {
								t.Fatalf("%s: interrupt set, no fallback", what)
							}
							continue
						}
						if ok == got.fallback {
							t.Fatalf("%s (interrupt %v): fallback %v, model ok %v", what, interrupt, got.fallback, ok)
						}
						if !ok {
							continue
						}
						exp, next := in, 0
						switch shape {
						case "value":
							exp[6], next = boolz(want), 2
						case "jmpz":
							next = map[bool]int{true: 3, false: 4}[want]
						case "jmpnz":
							next = map[bool]int{true: 4, false: 3}[want]
						case "loop":
							next = map[bool]int{true: 0, false: 3}[want]
						}
						if got.next != next {
							t.Fatalf("%s (interrupt %v): went to op %d, want %d", what, interrupt, got.next, next)
						}
						for s := range exp {
							if !sameZval(got.frame[s], exp[s]) {
								t.Fatalf("%s: frame %v, want %v", what, got.frame, exp)
							}
						}
					}
				})
			})
		}
	}
}

// TestBinaryAssign: "T = x op y; $cv = T" in one block is fused: the
// result goes straight into the CV (and into the ASSIGN's result, when
// used), unless the CV's old value needs releasing.
func TestBinaryAssign(t *testing.T) {
	olds := []zval{long(5), dbl(1.5), typed(0), typed(1), typed(6), typed(0x106), typed(0x10a), typed(0x308)}
	for _, code := range []zend.Opcode{zend.Add, zend.Mul, zend.Div, zend.BwXor} {
		for _, used := range []bool{false, true} {
			f := &fn{oneBlock: true}
			i := f.add(code)
			j := f.add(zend.Assign)
			f.add(zend.Echo)
			f.slot(i, 1, 0)
			f.slot(i, 2, 1)
			f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
			f.slot(j, 1, 2)
			f.set(j, 2, uint8(zend.OpTmpVar), cv(6))
			if used {
				f.ops[j].ResultType, f.ops[j].Result = uint8(zend.OpVar), cv(7)
			}
			c := compile(t, f)
			if c.body.Ops[i].Class != "inline" || !c.body.Ops[j].Cold {
				t.Fatalf("%s + ASSIGN not fused", code)
			}
			for _, x := range values[:30] {
				for _, y := range pairValues()[:min(20, len(pairValues()))] {
					for _, old := range olds {
						in := [numSlots]zval{x, y, old}
						got := c.run(i, in, false)
						want, ok := binaryModel(code, x, y)
						if old.info&0x100 != 0 {
							ok = false
						}
						what := fmt.Sprintf("$z=%v; $z = %v %s %v (used %v)", old, x, code, y, used)
						if ok == got.fallback {
							t.Fatalf("%s: fallback %v, model ok %v", what, got.fallback, ok)
						}
						if !ok {
							continue
						}
						exp := in
						exp[2] = want
						if used {
							exp[7] = want
						}
						for s := range exp {
							if !sameZval(got.frame[s], exp[s]) || got.next != 2 {
								t.Fatalf("%s: frame %v then op %d, want %v then op 2", what, got.frame, got.next, exp)
							}
						}
					}
				}
			}
		}
	}
}

// TestSSATypes: with SSA types, a fast path only has code for the types
// inference allows. Where it allows one type, the check goes too (so the
// test feeds only values of that type: SSA inference is sound); anything
// else the checks send to the fallback.
func TestSSATypes(t *testing.T) {
	const long, double, str = 1 << 4, 1 << 5, 1 << 6
	for _, masks := range [][2]uint32{{long, double}, {double, double}, {long | double, long}, {long | 1<<10, 0}} {
		f := &fn{ssa: &masks}
		i := f.add(zend.Add)
		f.add(zend.Echo)
		f.slot(i, 1, 0)
		f.slot(i, 2, 1)
		f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
		c := compile(t, f)
		for _, x := range values {
			for _, y := range values {
				got := c.run(i, [numSlots]zval{x, y}, false)
				want, ok := binaryModel(zend.Add, x, y)
				allowed := func(z zval, m uint32) bool { return m == 0 || m&(1<<z.typ()) != 0 }
				exact := func(z zval, m uint32) bool { _, one := exactType(m); return one && !allowed(z, m) }
				if exact(x, masks[0]) || exact(y, masks[1]) {
					continue // a value SSA rules out, and no check for it
				}
				ok = ok && allowed(x, masks[0]) && allowed(y, masks[1])
				if ok == got.fallback || ok && !sameZval(got.frame[6], want) {
					t.Fatalf("masks %#x: %v + %v: %+v, want %v (ok %v)", masks, x, y, got, want, ok)
				}
			}
		}
	}
	// An operand inference says is never a number: no fast path at all.
	f := &fn{ssa: &[2]uint32{str, long}}
	i := f.add(zend.Add)
	f.add(zend.Echo)
	f.slot(i, 1, 0)
	f.slot(i, 2, 1)
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
	if c := compile(t, f); c.body.Ops[i].Class == "inline" {
		t.Fatal("ADD of a string inlined")
	}
}

// TestFixedDouble: double arithmetic whose operand types SSA proves (no
// checks: fixedDouble, in place and with memory operands; DIV keeps its
// zero check), for every form, LONG and DOUBLE operands, and 2.0 (x + x).
func TestFixedDouble(t *testing.T) {
	const long, double = 1 << 4, 1 << 5
	vals := append([]zval{dbl(2), dbl(-2), dbl(0.5)}, values...)
	for _, code := range []zend.Opcode{zend.Add, zend.Sub, zend.Mul, zend.Div} {
		for _, fm := range forms {
			for _, masks := range [][2]uint32{{double, double}, {long, double}, {double, long}} {
				if fm.sameSlot {
					masks[1] = masks[0]
				}
				typeOK := func(z zval, m uint32) bool { return z.num() && m&(1<<z.typ()) != 0 }
				for _, x := range vals {
					if !typeOK(x, masks[0]) {
						continue
					}
					for _, y := range vals {
						if fm.sameSlot {
							y = x
						}
						if !typeOK(y, masks[1]) {
							continue
						}
						var in [numSlots]zval
						f := &fn{ssa: &masks}
						i := f.add(code)
						f.add(zend.Echo)
						f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
						fm.operands(f, i, x, y, &in)
						c := compile(t, f)
						want, ok := binaryModel(code, x, y)
						what := fmt.Sprintf("%s %#x: %v %s %v", fm.name, masks, x, code, y)
						if c.body.Ops[i].Class != "inline" {
							if binaryOK(code, opndOf(fm.xLit, x), opndOf(fm.yLit, y)) {
								t.Fatalf("%s: not inlined", what)
							}
							continue
						}
						got := c.run(i, in, false)
						if ok == got.fallback || ok && (got.next != 1 || !sameZval(got.frame[6], want)) {
							t.Fatalf("%s: %+v, want %v (ok %v)", what, got, want, ok)
						}
					}
				}
			}
		}
	}
}

// TestResultCV: the binary ops and QM_ASSIGN with a CV result (opcache's
// optimizer's "$cv = x op y" and "$cv = y", made only where the CV's old
// value needs no release) store into the CV as into a TMP; the CV's old
// value (any scalar or UNDEF) does not matter.
func TestResultCV(t *testing.T) {
	olds := []zval{typed(0), long(5), dbl(-1.5), typed(1), typed(3)}
	for _, code := range []zend.Opcode{zend.Add, zend.Sub, zend.Mul, zend.Div, zend.BwAnd, zend.Sl, zend.QmAssign} {
		for _, x := range values {
			for _, y := range []zval{long(3), dbl(0.5), long(-1), dbl(math.Inf(1)), typed(6)} {
				for _, old := range olds {
					var in [numSlots]zval
					f := &fn{}
					i := f.add(code)
					f.add(zend.Echo)
					f.slot(i, 1, 0)
					in[0] = x
					if code != zend.QmAssign {
						f.slot(i, 2, 1)
						in[1] = y
					}
					f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpCV), cv(3)
					in[3] = old
					c := compile(t, f)
					if c.body.Ops[i].Class != "inline" {
						t.Fatalf("%s into a CV: not inlined", code)
					}
					got := c.run(i, in, false)
					want, ok := scalarModel(x)
					if code != zend.QmAssign {
						want, ok = binaryModel(code, x, y)
					}
					what := fmt.Sprintf("%v %s %v into a CV holding %v", x, code, y, old)
					if ok == got.fallback {
						t.Fatalf("%s: fallback %v, model ok %v", what, got.fallback, ok)
					}
					if !ok {
						if got.frame != in {
							t.Fatalf("%s: fallback after writing %v", what, got.frame)
						}
						continue
					}
					exp := in
					exp[3] = want
					for s := range exp {
						if !sameZval(got.frame[s], exp[s]) || got.next != 1 {
							t.Fatalf("%s: frame %v then op %d, want %v", what, got.frame, got.next, exp)
						}
					}
				}
			}
		}
	}
}
