package inline

import (
	"fmt"
	"testing"

	"github.com/gojit/gojit/jit/internal/zend"
)

func TestIncDec(t *testing.T) {
	for _, code := range []zend.Opcode{zend.PreInc, zend.PreDec, zend.PostInc, zend.PostDec} {
		for _, used := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/used=%v", code, used), func(t *testing.T) {
				f := &fn{}
				i := f.add(code)
				f.add(zend.Echo)
				f.slot(i, 1, 0)
				if used {
					f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
				}
				c := compile(t, f)
				for _, x := range values {
					in := [numSlots]zval{x}
					got := c.run(i, in, false)
					nv, res, ok := incDecModel(code, x)
					if ok == got.fallback {
						t.Fatalf("%v: fallback %v, model ok %v", x, got.fallback, ok)
					}
					if !ok {
						continue
					}
					exp := in
					exp[0] = nv
					if used {
						exp[6] = res
					}
					for s := range exp {
						if !sameZval(got.frame[s], exp[s]) || got.next != 1 {
							t.Fatalf("%v: frame %v then op %d, want %v", x, got.frame, got.next, exp)
						}
					}
				}
			})
		}
	}
}

// assignments: ASSIGN to a CV (with and without result) and QM_ASSIGN, from
// a slot or a literal.
func TestAssign(t *testing.T) {
	for _, code := range []zend.Opcode{zend.Assign, zend.QmAssign} {
		for _, lit := range []bool{false, true} {
			for _, used := range []bool{false, true} {
				if code == zend.QmAssign && !used {
					continue
				}
				t.Run(fmt.Sprintf("%s/literal=%v/used=%v", code, lit, used), func(t *testing.T) {
					for _, y := range values {
						if lit && !(y.typ() >= zend.TypeNull && y.typ() <= zend.TypeDouble) {
							continue
						}
						for _, old := range pairValues() {
							var in [numSlots]zval
							f := &fn{}
							i := f.add(code)
							f.add(zend.Echo)
							n := 2 // ASSIGN: op1 the CV, op2 the value
							if code == zend.QmAssign {
								n = 1
							} else {
								f.slot(i, 1, 0)
							}
							in[0] = old
							if lit {
								f.literal(i, n, y)
							} else {
								f.slot(i, n, 1)
								in[1] = y
							}
							if used {
								f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpVar), cv(6)
								in[6] = old
							}
							c := compile(t, f)
							if c.body.Ops[i].Class != "inline" {
								t.Fatalf("not inlined")
							}
							got := c.run(i, in, false)
							want, ok := scalarModel(y)
							if code == zend.Assign && old.info&0x100 != 0 {
								ok = false // the old value needs releasing
							}
							what := fmt.Sprintf("old %v, value %v", old, y)
							if ok == got.fallback {
								t.Fatalf("%s: fallback %v, model ok %v", what, got.fallback, ok)
							}
							if !ok {
								continue
							}
							exp := in
							if code == zend.Assign {
								exp[0] = want
							}
							if used {
								exp[6] = want
							}
							for s := range exp {
								if !sameZval(got.frame[s], exp[s]) || got.next != 1 {
									t.Fatalf("%s: frame %v then op %d, want %v", what, got.frame, got.next, exp)
								}
							}
						}
					}
				})
			}
		}
	}
}

func TestFree(t *testing.T) {
	f := &fn{}
	i := f.add(zend.Free)
	f.add(zend.Echo)
	f.set(i, 1, uint8(zend.OpTmpVar), cv(5))
	c := compile(t, f)
	for _, x := range values {
		in := [numSlots]zval{5: x}
		got := c.run(i, in, false)
		if want := x.info&0x100 != 0; got.fallback != want || !want && got.next != 1 {
			t.Fatalf("FREE %v: fallback %v, next %d", x, got.fallback, got.next)
		}
	}
}

// TestJumps: JMP forward and backward (with and without an interrupt),
// JMPZ and JMPNZ both ways.
func TestJumps(t *testing.T) {
	// #0 ECHO, #1 jump op, #2 ECHO, #3 ECHO, #4 RETURN
	build := func(code zend.Opcode, target int) (*compiled, int) {
		f := &fn{}
		f.add(zend.Echo)
		i := f.add(code)
		f.add(zend.Echo)
		f.add(zend.Echo)
		f.add(zend.Return)
		if code == zend.Jmp {
			f.jump(i, 1, target)
		} else {
			f.slot(i, 1, 2)
			f.jump(i, 2, target)
		}
		c := compile(t, f)
		if c.body.Ops[i].Class != "inline" {
			t.Fatalf("%s not inlined", code)
		}
		return c, i
	}
	for _, target := range []int{0, 1, 3} {
		c, i := build(zend.Jmp, target)
		for _, interrupt := range []bool{false, true} {
			if target == i && !interrupt {
				continue // jumps to itself forever
			}
			got := c.run(i, [numSlots]zval{}, interrupt)
			if back := target <= i; got.fallback != (back && interrupt) || !got.fallback && got.next != target {
				t.Fatalf("JMP to %d, interrupt %v: %+v", target, interrupt, got)
			}
		}
	}
	for _, code := range []zend.Opcode{zend.Jmpz, zend.Jmpnz} {
		for _, target := range []int{0, 1, 3} {
			c, i := build(code, target)
			for _, x := range values {
				for _, interrupt := range []bool{false, true} {
					in := [numSlots]zval{2: x}
					truth, ok := truthModel(x)
					jump := truth == (code == zend.Jmpnz)
					if ok && jump && target == i && !interrupt {
						continue // jumps to itself forever
					}
					got := c.run(i, in, interrupt)
					if target <= i && interrupt {
						// A backward jump checks the flag first
						// (CheckInterruptFirst): the handler's, jump or not.
						ok = false
					}
					what := fmt.Sprintf("%s %v to %d, interrupt %v", code, x, target, interrupt)
					if ok == got.fallback {
						t.Fatalf("%s: fallback %v, model ok %v", what, got.fallback, ok)
					}
					if !ok {
						continue
					}
					want := i + 1
					if jump {
						want = target
					}
					if got.next != want || got.frame != in {
						t.Fatalf("%s: went to %d (frame %v), want %d", what, got.next, got.frame, want)
					}
				}
			}
		}
	}
}

// TestLastOp: an op at the very end (unreachable code may end in any op)
// has no op to continue at, so it keeps its VM handler.
func TestLastOp(t *testing.T) {
	for _, code := range []zend.Opcode{zend.Free, zend.PreInc, zend.Jmp, zend.IsSmaller} {
		// A JMP only jumps: "while (true) {...}" ends in one once opcache
		// drops the unreachable RETURN.
		inlined := code == zend.Jmp
		f := &fn{}
		f.add(zend.Echo)
		i := f.add(code)
		f.slot(i, 1, 0)
		f.slot(i, 2, 1)
		if code == zend.IsSmaller {
			f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar), cv(6)
		}
		if code == zend.Jmp {
			f.jump(i, 1, 0)
		}
		c := compile(t, f)
		if (c.body.Ops[i].Class == "inline") != inlined {
			t.Fatalf("%s as the last op: class %s", code, c.body.Ops[i].Class)
		}
		if inlined {
			got := c.run(i, [numSlots]zval{}, true) // back to op 0, an interrupt pending
			if !got.fallback {
				t.Fatalf("JMP back with an interrupt pending: %+v", got)
			}
		}
	}
	// A comparison fused with a JMPZ that ends the function.
	f := &fn{}
	f.add(zend.Echo)
	i := f.add(zend.IsSmaller)
	f.slot(i, 1, 0)
	f.slot(i, 2, 1)
	f.ops[i].ResultType, f.ops[i].Result = uint8(zend.OpTmpVar)|uint8(zend.SmartBranchJmpz), cv(6)
	j := f.add(zend.Jmpz)
	f.ops[j].Op1Type, f.ops[j].Op1 = uint8(zend.OpTmpVar), cv(6)
	f.jump(j, 2, 0)
	if c := compile(t, f); c.body.Ops[i].Class == "inline" {
		t.Fatal("a fused comparison at the end inlined")
	}
}
