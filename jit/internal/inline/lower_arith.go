package inline

import (
	"math"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Binary arithmetic, as the VM's fast paths do it (zend_vm_def.h: ZEND_ADD
// and friends, fast_long_*_function):
//
//	ADD SUB MUL   LONG x LONG with an overflow check (PHP overflows to
//	              float: the fallback does it), and DOUBLE x DOUBLE,
//	              LONG x DOUBLE, DOUBLE x LONG in doubles.
//	DIV           the double cases only, with a zero-divisor check; LONG /
//	              LONG (an int when exact, else a float) is the handler's.
//	MOD           LONG % LONG, divisor not 0 (throws) or -1 (PHP gives 0
//	              where idiv would fault).
//	SL SR         LONG by a count in [0, 63]; other counts throw or give
//	              0 / -1: the handler's.
//	BW_OR/AND/XOR LONG x LONG.
//
// ASSIGN_OP ($x op= y, the binary opcode in extended_value) runs the same
// code with the CV as left operand and destination, and PRE/POST_INC/DEC
// add or subtract 1 on a CV.

// binaryOps are the opcodes binary handles, as binary ops and in
// ASSIGN_OP's extended_value.
func binaryOp(code zend.Opcode) bool {
	switch code {
	case zend.Add, zend.Sub, zend.Mul, zend.Div, zend.Mod, zend.Sl, zend.Sr,
		zend.BwOr, zend.BwAnd, zend.BwXor:
		return true
	}
	return false
}

// longOnly are the binary ops without a double case.
func longOnly(code zend.Opcode) bool {
	switch code {
	case zend.Mod, zend.Sl, zend.Sr, zend.BwOr, zend.BwAnd, zend.BwXor:
		return true
	}
	return false
}

// binaryOK checks at compile time what the fast path of x code y needs of
// its literals.
func binaryOK(code zend.Opcode, x, y opnd) bool {
	if !binaryOp(code) || !x.numeric() || !y.numeric() {
		return false
	}
	types := numTypes
	if longOnly(code) {
		types = longTypes
	}
	if len(x.types(types)) == 0 || len(y.types(types)) == 0 {
		return false // never a fast path's types, per SSA
	}
	if longOnly(code) && (!x.frame && x.typ != zend.TypeLong || !y.frame && y.typ != zend.TypeLong) {
		return false
	}
	if !y.frame && y.typ == zend.TypeLong {
		switch code {
		case zend.Mod:
			return y.long() != 0 && y.long() != -1
		case zend.Sl, zend.Sr:
			return y.long() >= 0 && y.long() < 64
		}
	}
	if code == zend.Div && !x.frame && !y.frame {
		return false // no double case known to apply; leave it to the VM
	}
	return true
}

// lowerBinary: T = x op y.
func lowerBinary(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	code := zend.Opcode(op.Opcode)
	x, y, ok1 := in.operands(i)
	res, used, ok2 := in.result(i)
	if r, ok := in.resultCV(i); ok {
		res, used, ok2 = r, true, true
	}
	if !ok1 || !ok2 || !used || !binaryOK(code, x, y) || !(x.frame || y.frame) {
		return callthread.Plan{}
	}
	outs := []opnd{res}
	dst, assignOuts, fuse := in.assignOf(i)
	if fuse {
		outs = assignOuts
	}
	exact := in.longDef(in.ssaOp(i).ResultDef)
	// A float guessed into a register (specFetch): the other operand is
	// likely a double too (spectral-norm's "f() * $v[$j]").
	dbl := in.doubleFirst(i) || code == zend.Div || in.fwd(i).spec
	return callthread.Plan{Fuse: fuse, Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		g.exactLong = exact
		g.dblFirst = dbl
		if fuse {
			g.assignable(dst)
		}
		g.binary(code, x, y, outs...)
	}}
}

// assignOf recognises "T = op; $cv = T" (the shape of "$cv = x op y"
// without opcache): when op i+1 is an ASSIGN of op i's TMP result to a CV,
// and nothing else can reach it (not a block start), op i may store its
// result straight into the CV (and the ASSIGN's own result) and skip the
// ASSIGN. It returns the CV and the zvals to store into.
func (in *Inliner) assignOf(i int) (dst opnd, outs []opnd, ok bool) {
	ops := in.f.Ops
	op := ops[i]
	if i+1 >= len(ops) || in.blockStart[i+1] || zend.OpType(op.ResultType) != zend.OpTmpVar {
		return opnd{}, nil, false
	}
	a := ops[i+1]
	if zend.Opcode(a.Opcode) != zend.Assign || zend.OpType(a.Op1Type) != zend.OpCV ||
		zend.OpType(a.Op2Type) != zend.OpTmpVar || a.Op2 != op.Result {
		return opnd{}, nil, false
	}
	dst, ok1 := in.slot(a.Op1)
	res, used, ok2 := in.result(i + 1)
	if !ok1 || !ok2 {
		return opnd{}, nil, false
	}
	dst = in.inReg(i+1, dst)
	dst.storeType = in.undefStore(i+1, dst, in.ssaOp(i+1).Op1Use)
	// When inference says the CV may hold a refcounted value, the check
	// (assignable) could fail every time and take the fetch or the
	// arithmetic down with it: leave the ASSIGN alone.
	if in.f.SSAOps != nil {
		if use := in.f.SSAOps[i+1].Op1Use; use >= 0 && int(use) < len(in.f.SSAVars) &&
			in.f.SSAVars[use].TypeMask&mayBeCounted != 0 {
			return opnd{}, nil, false
		}
		dst = in.withSSA(dst, in.f.SSAOps[i+1].Op1Use)
	}
	outs = []opnd{dst}
	if used {
		outs = append(outs, res)
	}
	return dst, outs, true
}

// mayBeCounted are the MAY_BE_* bits of the types whose values an
// assignment must release (or write through: a reference).
const mayBeCounted = 1<<zend.TypeString | 1<<zend.TypeArray | 1<<zend.TypeObject |
	1<<zend.TypeResource | 1<<zend.TypeReference

// assignable takes the fallback unless the CV holds a value an assignment
// may overwrite without releasing it (lowerAssign's check).
func (g *gen) assignable(cv opnd) {
	if t, ok := cv.known(); ok && t <= zend.TypeDouble {
		return // SSA: the old value is a scalar
	}
	if cv.frame && cv.mask&mayBeAny != 0 && cv.mask&mayBeCounted == 0 {
		return // SSA: UNDEF or a scalar, never anything to release
	}
	g.a.TestMem8Imm(cv.typeFlags(), zend.TypeFlagRefcounted>>8)
	g.a.Jcc(amd64.CondNE, g.e.Slow())
}

// lowerAssignOp: $cv op= y, T = the new value when used.
func lowerAssignOp(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	code := zend.Opcode(op.ExtendedValue)
	if zend.OpType(op.Op1Type) != zend.OpCV || op.ExtendedValue > 0xff {
		return callthread.Plan{}
	}
	x, y, ok1 := in.operands(i) // op1 is a CV: a frame operand
	res, used, ok2 := in.result(i)
	if !ok1 || !ok2 || !binaryOK(code, x, y) {
		return callthread.Plan{}
	}
	outs := []opnd{x}
	if used {
		outs = append(outs, res)
	}
	exact := in.longDef(in.ssaOp(i).Op1Def)
	dbl := in.doubleFirst(i) || code == zend.Div
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		g.exactLong = exact
		g.dblFirst = dbl
		g.binary(code, x, y, outs...)
	}}
}

var sseOf = map[zend.Opcode]amd64.Sse{zend.Add: amd64.SseAdd, zend.Sub: amd64.SseSub,
	zend.Mul: amd64.SseMul, zend.Div: amd64.SseDiv}

// binary emits x code y, stores the result into every zval of outs and
// continues at the next op; every path ends in a jump.
func (g *gen) binary(code zend.Opcode, x, y opnd, outs ...opnd) {
	a := g.a
	var dd amd64.Label // shared double tail: xmm0 = x, xmm1 = y
	ddUsed := false
	types := numTypes
	if longOnly(code) {
		types = longTypes
	}
	types = g.order(types)
	g.switchTypeHot(x, types, func(tx zend.ZvalType) {
		// An out that is x's own zval (ASSIGN_OP) holds type tx now: a
		// result of that type needs no type byte store.
		outs := sameTyped(outs, x, tx)
		// x op x: one check of the type byte covers both.
		same := x.frame && y.frame && x.off == y.off
		inner := func(ty zend.ZvalType) {
			switch {
			case tx == zend.TypeLong && ty == zend.TypeLong && code == zend.Div:
				a.Jmp(g.e.Slow()) // an int when exact, else a float: the handler's
			case tx == zend.TypeLong && ty == zend.TypeLong:
				g.longBinary(code, x, y, outs)
			case x.fixed() && y.fixed() && code != zend.Div:
				g.fixedDouble(code, x, y, tx, ty, outs)
			case x.fixed() && y.fixed():
				// The one case: no shared tail, operands straight from their
				// registers, the result computed in its own register when it
				// goes to one (and y is not in it).
				ys := g.xsrc(y, ty, amd64.X1)
				dst := amd64.X0
				// (DIV only: its zero check may still take the fallback,
				// which must find the out register unchanged.)
				if x.reg && x.double {
					a.MovX(dst, x.xmm)
				} else {
					g.loadDouble(dst, x, tx)
				}
				g.doubleTail(code, dst, ys, outs)
			default:
				g.loadDouble(amd64.X0, x, tx)
				if g.dblFirst {
					// Each case its own tail: no jump on the likely path.
					ys := amd64.X0 // x op x
					if !same {
						ys = g.xsrc(y, ty, amd64.X1) // a register operand in place
					}
					g.doubleTail(code, amd64.X0, ys, outs)
					return
				}
				g.loadDouble(amd64.X1, y, ty)
				if !ddUsed {
					dd, ddUsed = a.NewLabel(), true
				}
				a.JmpNext(dd)
			}
		}
		if same {
			inner(tx)
		} else {
			g.switchTypeHot(y, types, inner)
		}
	})
	if !ddUsed {
		return
	}
	a.Bind(dd)
	g.doubleTail(code, amd64.X0, amd64.X1, outs)
}

// fixedDouble emits ADD/SUB/MUL of operands whose types are known when
// compiling (no check can fail): the result is computed straight into its
// register when it goes to one, with AVX's three-operand forms or, with
// SSE, in place when the destination is an operand. A DOUBLE operand in
// its zval is read as a memory operand. 2.0 * x is x + x (exact: the same
// result for every x, NaN, infinities and -0.0 included).
func (g *gen) fixedDouble(code zend.Opcode, x, y opnd, tx, ty zend.ZvalType, outs []opnd) {
	a := g.a
	op := sseOf[code]
	two := math.Float64bits(2)
	switch {
	case code == zend.Mul && !y.frame && y.typ == zend.TypeDouble && y.val == two:
		y, ty, op = x, tx, amd64.SseAdd
	case code == zend.Mul && !x.frame && x.typ == zend.TypeDouble && x.val == two:
		x, tx, op = y, ty, amd64.SseAdd
	}
	commutes := op == amd64.SseAdd || op == amd64.SseMul
	dst := amd64.X0
	if len(outs) == 1 && outs[0].reg && outs[0].double {
		dst = outs[0].xmm
	}
	yReg := y.reg && y.double
	yMem := !y.reg && y.frame && ty == zend.TypeDouble
	ym := y.value()
	if !y.frame && y.asDouble() != 0 {
		yMem, ym = true, g.doubleConst(y.asDouble()) // (0.0: xorps beats a load)
	}
	xr := x.xmm
	if !(x.reg && x.double) {
		xr = dst // loaded into the destination, unless that holds y
		if yReg && y.xmm == dst {
			xr = amd64.X0
		}
		g.loadDouble(xr, x, tx)
	}
	yr := y.xmm
	if !yReg && !yMem {
		yr = amd64.X1
		g.loadDouble(yr, y, ty)
		yReg = true
	}
	switch {
	case a.AVX() && yReg:
		a.SseRRR(op, dst, xr, yr)
	case a.AVX():
		a.SseRRM(op, dst, xr, ym)
	case !yReg:
		a.MovX(dst, xr)
		a.SseRM(op, dst, ym)
	case xr == dst:
		a.SseRR(op, dst, yr)
	case yr == dst && commutes:
		a.SseRR(op, dst, xr)
	case yr == dst:
		// dst = x - y with y in dst: through xmm0 (never y's register
		// here: y's own or xmm1).
		a.MovX(amd64.X0, xr)
		a.SseRR(op, amd64.X0, yr)
		a.MovX(dst, amd64.X0)
	default:
		a.MovX(dst, xr)
		a.SseRR(op, dst, yr)
	}
	g.storeDouble(dst, outs...)
	g.e.Goto(g.e.Next())
}

// sameTyped returns outs with the zvals that are x's own (a frame x, not
// in a register) marked as holding type t, the type x was just checked to
// have; outs itself is left alone.
func sameTyped(outs []opnd, x opnd, t zend.ZvalType) []opnd {
	if !x.frame || x.reg {
		return outs
	}
	c := append([]opnd(nil), outs...)
	for k := range c {
		if c[k].frame && !c[k].reg && c[k].off == x.off {
			c[k].mask = mayBe(t)
		}
	}
	return c
}

// doubleTail does x = x code y, stores x and continues.
func (g *gen) doubleTail(code zend.Opcode, x, y amd64.XReg, outs []opnd) {
	a := g.a
	if code == zend.Div {
		// Division by +-0.0 throws DivisionByZeroError: the handler's.
		// ucomisd sets ZF for equal and for unordered (NaN divides fine).
		ok := a.NewLabel()
		a.ZeroX(amd64.X2)
		a.Ucomisd(y, amd64.X2)
		a.Jcc(amd64.CondP, ok)
		a.Jcc(amd64.CondE, g.e.Slow())
		a.Bind(ok)
	}
	a.SseRR(sseOf[code], x, y)
	g.storeDouble(x, outs...)
	g.e.Goto(g.e.Next())
}

// longBinary emits LONG x LONG, result in rax (rdx for MOD), then stores
// and continues; overflow and bad divisors or counts take the fallback.
func (g *gen) longBinary(code zend.Opcode, x, y opnd, outs []opnd) {
	if g.longInPlace(code, x, y, outs) {
		return
	}
	a := g.a
	slow := g.e.Slow()
	out := amd64.RAX
	switch code {
	case zend.Add, zend.Sub:
		g.loadLong(amd64.RAX, x)
		op := amd64.AluAdd
		if code == zend.Sub {
			op = amd64.AluSub
		}
		g.aluLong(op, amd64.RAX, y)
		g.overflowCheck()
	case zend.Mul:
		g.loadLong(amd64.RAX, x)
		switch {
		case y.reg:
			a.Imul(amd64.RAX, y.gpr)
		case y.frame:
			a.ImulMem(amd64.RAX, y.value())
		case y.fitsImm32():
			a.ImulImm(amd64.RAX, amd64.RAX, int32(y.long()))
		default:
			a.MovImm64(amd64.R11, y.val)
			a.Imul(amd64.RAX, amd64.R11)
		}
		g.overflowCheck()
	case zend.BwOr, zend.BwAnd, zend.BwXor:
		g.loadLong(amd64.RAX, x)
		g.aluLong(aluOf[code], amd64.RAX, y)
	case zend.Mod:
		g.loadLong(amd64.RCX, y)
		if y.frame {
			// 0 throws, -1 gives 0 (idiv would fault on MIN % -1):
			// rcx + 1 <= 1 unsigned catches both.
			a.Lea(amd64.RDX, amd64.M(amd64.RCX, 1))
			a.AluRI(amd64.AluCmp, amd64.RDX, 1)
			a.Jcc(amd64.CondBE, slow)
		}
		g.loadLong(amd64.RAX, x)
		a.Cqo()
		a.Idiv(amd64.RCX)
		out = amd64.RDX
	case zend.Sl, zend.Sr:
		g.loadLong(amd64.RAX, x)
		if !y.frame {
			if code == zend.Sl {
				a.ShlImm(amd64.RAX, uint8(y.long()))
			} else {
				a.SarImm(amd64.RAX, uint8(y.long()))
			}
			break
		}
		// Counts outside [0, 63] (negative ones too, unsigned) throw or
		// saturate: the handler's.
		g.loadLong(amd64.RCX, y)
		a.AluRI(amd64.AluCmp, amd64.RCX, 63)
		a.Jcc(amd64.CondA, slow)
		if code == zend.Sl {
			a.ShlCL(amd64.RAX)
		} else {
			a.SarCL(amd64.RAX)
		}
	default:
		panic("inline: BUG: no long case for " + code.String())
	}
	g.storeLong(out, outs...)
	g.e.Goto(g.e.Next())
}

// aluOf are the long ops that are one ALU instruction.
var aluOf = map[zend.Opcode]amd64.Alu{zend.Add: amd64.AluAdd, zend.Sub: amd64.AluSub,
	zend.BwOr: amd64.AluOr, zend.BwAnd: amd64.AluAnd, zend.BwXor: amd64.AluXor}

// longInPlace emits the LONG x LONG ops that cannot fail once they have
// written anything (the bitwise ops, shifts by a literal count, ADD/SUB/MUL
// that SSA proves never overflow) straight into the register of their one
// result: "xor rsi, r10" for $x ^= T, not a copy through rax and back. It
// returns false, emitting nothing, for any other op or destination.
func (g *gen) longInPlace(code zend.Opcode, x, y opnd, outs []opnd) bool {
	if len(outs) != 1 || !outs[0].reg || outs[0].double {
		return false
	}
	switch code {
	case zend.BwOr, zend.BwAnd, zend.BwXor:
	case zend.Sl, zend.Sr:
		if y.frame {
			return false // a count checked at run time
		}
	case zend.Add, zend.Sub, zend.Mul:
		if !g.exactLong {
			return false // the overflow check needs the operands intact
		}
	default:
		return false
	}
	a := g.a
	d := outs[0].gpr
	if y.reg && y.gpr == d && !(x.reg && x.gpr == d) {
		if code == zend.Sub || code == zend.Sl || code == zend.Sr {
			return false // d = x - d: through rax
		}
		x, y = y, x // commutative: d op= x
	}
	g.loadLong(d, x) // y is not in d now, unless x is too
	switch {
	case code == zend.Sl:
		a.ShlImm(d, uint8(y.long()))
	case code == zend.Sr:
		a.SarImm(d, uint8(y.long()))
	case code == zend.Mul && y.reg:
		a.Imul(d, y.gpr)
	case code == zend.Mul && y.frame:
		a.ImulMem(d, y.value())
	case code == zend.Mul && y.fitsImm32():
		a.ImulImm(d, d, int32(y.long()))
	case code == zend.Mul:
		a.MovImm64(amd64.R11, y.val)
		a.Imul(d, amd64.R11)
	case code == zend.BwAnd && !y.frame && y.val == 0xFFFFFFFF:
		a.Mov32(d, d) // zero-extends: no 64-bit immediate to build
	default:
		g.aluLong(aluOf[code], d, y)
	}
	g.storeTypeOf(outs[0], zend.TypeLong)
	g.e.Goto(g.e.Next())
	return true
}

// lowerIncDec: PRE_INC/PRE_DEC/POST_INC/POST_DEC of a CV holding a LONG
// (overflow: the fallback makes it a float) or a DOUBLE.
func lowerIncDec(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	code := zend.Opcode(op.Opcode)
	if zend.OpType(op.Op1Type) != zend.OpCV {
		return callthread.Plan{}
	}
	x, ok1 := in.op1(i)
	res, used, ok2 := in.result(i)
	if !ok1 || !ok2 || len(x.types(numTypes)) == 0 {
		return callthread.Plan{}
	}
	post := code == zend.PostInc || code == zend.PostDec
	dec := code == zend.PreDec || code == zend.PostDec
	exact := in.longDef(in.ssaOp(i).Op1Def)
	types := numTypes
	if in.longLikelyIncDec(i) {
		types = []zend.ZvalType{zend.TypeLong} // the rest on the VM: a LONG fact after it (facts.go)
	}
	return callthread.Plan{Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		g.exactLong = exact
		a := g.a
		g.switchType(x, types, func(t zend.ZvalType) {
			x := x
			x.mask = mayBe(t) // checked: the type byte needs no store
			if t == zend.TypeLong && x.reg && g.exactLong && !(post && used) {
				// No overflow (SSA): in place.
				if dec {
					a.AluRI(amd64.AluSub, x.gpr, 1)
				} else {
					a.AluRI(amd64.AluAdd, x.gpr, 1)
				}
				if used {
					g.storeLong(x.gpr, res)
				}
				e.Goto(e.Next())
				return
			}
			if t == zend.TypeLong && !x.reg && g.exactLong && !used {
				// No overflow (SSA), no result: in memory.
				if dec {
					a.AddMem64Imm(x.value(), -1)
				} else {
					a.AddMem64Imm(x.value(), 1)
				}
				if !x.holds(zend.TypeLong) {
					a.StoreImm32(x.typeInfo(), uint32(zend.TypeLong))
				}
				e.Goto(e.Next())
				return
			}
			if t == zend.TypeLong {
				// rax: the new value; rcx: the old one (POST with a result).
				g.loadLong(amd64.RAX, x)
				if post && used {
					a.Mov(amd64.RCX, amd64.RAX)
				}
				if dec {
					a.AluRI(amd64.AluSub, amd64.RAX, 1)
				} else {
					a.AluRI(amd64.AluAdd, amd64.RAX, 1)
				}
				g.overflowCheck()
				g.storeLong(amd64.RAX, x) // type byte: x holds a LONG
				if used {
					if post {
						g.storeLong(amd64.RCX, res)
					} else {
						g.storeLong(amd64.RAX, res)
					}
				}
				e.Goto(e.Next())
				return
			}
			op, one := amd64.SseAdd, g.doubleConst(1)
			if dec {
				op = amd64.SseSub
			}
			if x.reg && x.double {
				// In place: nothing can fail after the type check.
				if post && used {
					g.storeDouble(x.xmm, res)
				}
				a.SseRM(op, x.xmm, one)
				if used && !post {
					g.storeDouble(x.xmm, res)
				}
				e.Goto(e.Next())
				return
			}
			g.loadDouble(amd64.X0, x, zend.TypeDouble)
			if post && used {
				a.MovX(amd64.X2, amd64.X0)
			}
			a.SseRM(op, amd64.X0, one)
			g.storeDouble(amd64.X0, x)
			if used {
				if post {
					g.storeDouble(amd64.X2, res)
				} else {
					g.storeDouble(amd64.X0, res)
				}
			}
			e.Goto(e.Next())
		})
	}}
}
