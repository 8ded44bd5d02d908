package inline

import (
	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Comparisons of LONG and DOUBLE operands, as the VM's fast paths do them
// (zend_vm_def.h ZEND_IS_SMALLER ...): LONG x LONG as signed integers, any
// pair involving a DOUBLE in doubles, a LONG converted to double first; so
// NaN compares false with everything, and -0.0 == 0.0. IS_IDENTICAL and
// IS_NOT_IDENTICAL only handle operands of the same type (a LONG and a
// DOUBLE are never identical, but the handler can say so).
//
// Without a smart branch the result TMP becomes IS_TRUE or IS_FALSE. With
// one (result_type IS_TMP_VAR | IS_SMART_BRANCH_JMPZ or _JMPNZ, the next op
// being the JMPZ/JMPNZ that consumes the result), the VM's
// ZEND_VM_SMART_BRANCH jumps straight to the JMPZ's target or past it and
// never writes the TMP; the fast path does the same and fuses the jump.

// cc is a comparison outcome as flags: cond, refined by the parity flag
// (set by ucomisd for unordered operands, a NaN) when parity is not 0.
type cc struct {
	cond   amd64.Cond
	parity int8 // 0: cond alone; andNP: cond && !PF; orP: cond || PF
}

const (
	andNP int8 = 1
	orP   int8 = 2
)

// jumpIf emits jumps, through jump, taken exactly when the outcome is want.
func (g *gen) jumpIf(k cc, want bool, jump func(c amd64.Cond)) {
	c := k.cond
	if !want {
		c = c.Negate()
	}
	// want && andNP, or !want && orP: both flags must agree.
	if (k.parity == andNP) == want && k.parity != 0 {
		skip := g.a.NewLabel()
		g.a.Jcc(amd64.CondP, skip)
		jump(c)
		g.a.Bind(skip)
		return
	}
	// want && orP, or !want && andNP: either flag suffices.
	if k.parity != 0 {
		jump(amd64.CondP)
	}
	jump(c)
}

// compareOps maps a comparison to its integer and double outcomes.
var compareOps = map[zend.Opcode]struct {
	long    amd64.Cond
	dbl     cc
	swap    bool // double compare as ucomisd y, x
	sameTyp bool // identical: only equal types
}{
	zend.IsSmaller:        {long: amd64.CondL, dbl: cc{cond: amd64.CondA}, swap: true},
	zend.IsSmallerOrEqual: {long: amd64.CondLE, dbl: cc{cond: amd64.CondAE}, swap: true},
	zend.IsEqual:          {long: amd64.CondE, dbl: cc{amd64.CondE, andNP}},
	zend.IsNotEqual:       {long: amd64.CondNE, dbl: cc{amd64.CondNE, orP}},
	zend.IsIdentical:      {long: amd64.CondE, dbl: cc{amd64.CondE, andNP}, sameTyp: true},
	zend.IsNotIdentical:   {long: amd64.CondNE, dbl: cc{amd64.CondNE, orP}, sameTyp: true},
}

// smartBranch describes a comparison fused with the JMPZ/JMPNZ after it.
type smartBranch struct {
	jmpnz  bool // jump when the comparison is true (else when false)
	target int  // the JMPZ/JMPNZ's target op
}

// smart returns op i's smart branch; ok is false when op i has smart-branch
// bits the fast path cannot follow (no matching JMPZ/JMPNZ, an odd target).
func (in *Inliner) smart(i int) (sb *smartBranch, ok bool) {
	op := in.f.Ops[i]
	flags := zend.OpType(op.ResultType) & (zend.SmartBranchJmpz | zend.SmartBranchJmpnz)
	if flags == 0 {
		return nil, true
	}
	if zend.OpType(op.ResultType) != zend.OpTmpVar|flags || flags == zend.SmartBranchJmpz|zend.SmartBranchJmpnz ||
		i+1 >= len(in.f.Ops) {
		return nil, false
	}
	j := in.f.Ops[i+1]
	code := zend.Opcode(j.Opcode)
	if code != zend.Jmpz && code != zend.Jmpnz || zend.OpType(j.Op1Type) != zend.OpTmpVar || j.Op1 != op.Result {
		return nil, false
	}
	t, ok := jumpTarget(len(in.f.Ops), i+1, j.Op2)
	if !ok {
		return nil, false
	}
	return &smartBranch{jmpnz: flags == zend.SmartBranchJmpnz, target: t}, true
}

// lowerCompare: T = x cmp y, or a fused smart branch.
func lowerCompare(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	code := zend.Opcode(op.Opcode)
	ops, known := compareOps[code]
	x, y, ok1 := in.operands(i)
	sb, ok2 := in.smart(i)
	if !known || !ok1 || !ok2 || !x.numeric() || !y.numeric() || !(x.frame || y.frame) ||
		len(x.types(numTypes)) == 0 || len(y.types(numTypes)) == 0 {
		return callthread.Plan{}
	}
	var res opnd
	if sb == nil {
		var used, ok bool
		if res, used, ok = in.result(i); !ok || !used {
			return callthread.Plan{}
		}
	}
	return callthread.Plan{Fuse: sb != nil, Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		a := g.a
		if sb != nil {
			e.CheckInterruptFirst(sb.target) // a loop's condition: jcc straight back
		}
		var dd amd64.Label
		ddUsed := false
		g.switchType(x, numTypes, func(tx zend.ZvalType) {
			g.switchType(y, numTypes, func(ty zend.ZvalType) {
				switch {
				case tx == zend.TypeLong && ty == zend.TypeLong && memImm(x, y):
					a.CmpMemImm(x.value(), int32(y.long()))
					g.decide(cc{cond: ops.long}, sb, res)
				case tx == zend.TypeLong && ty == zend.TypeLong && memImm(y, x):
					// y cmp x: the flags of x cmp y with the operands swapped
					a.CmpMemImm(y.value(), int32(x.long()))
					g.decide(cc{cond: swapped(ops.long)}, sb, res)
				case tx == zend.TypeLong && ty == zend.TypeLong:
					r := amd64.RAX
					if x.reg {
						r = x.gpr // cmp writes flags only
					} else {
						g.loadLong(r, x)
					}
					g.aluLong(amd64.AluCmp, r, y)
					g.decide(cc{cond: ops.long}, sb, res)
				case tx != ty && ops.sameTyp:
					a.Jmp(e.Slow())
				case x.fixed() && y.fixed():
					// The one case: operands straight from their registers.
					xr, yr := g.xsrc(x, tx, amd64.X0), g.xsrc(y, ty, amd64.X1)
					if ops.swap {
						xr, yr = yr, xr
					}
					a.Ucomisd(xr, yr)
					g.decide(ops.dbl, sb, res)
				default:
					g.loadDouble(amd64.X0, x, tx)
					g.loadDouble(amd64.X1, y, ty)
					if !ddUsed {
						dd, ddUsed = a.NewLabel(), true
					}
					a.JmpNext(dd)
				}
			})
		})
		if !ddUsed {
			return
		}
		a.Bind(dd)
		if ops.swap {
			a.Ucomisd(amd64.X1, amd64.X0)
		} else {
			a.Ucomisd(amd64.X0, amd64.X1)
		}
		g.decide(ops.dbl, sb, res)
	}}
}

// memImm reports whether m is a LONG in its zval (no register) and k a
// literal that fits an imm32: cmp qword [m], k in one instruction.
func memImm(m, k opnd) bool {
	return m.frame && !m.reg && !k.frame && k.typ == zend.TypeLong && k.fitsImm32()
}

// swapped is the signed condition of y ? x for the condition c of x ? y.
func swapped(c amd64.Cond) amd64.Cond {
	switch c {
	case amd64.CondL:
		return amd64.CondG
	case amd64.CondLE:
		return amd64.CondGE
	case amd64.CondG:
		return amd64.CondL
	case amd64.CondGE:
		return amd64.CondLE
	}
	return c // E, NE
}

// decide acts on a comparison outcome: with a smart branch, continue at the
// jump's target or past the jump; otherwise store IS_TRUE or IS_FALSE into
// the result and continue at the next op.
func (g *gen) decide(k cc, sb *smartBranch, res opnd) {
	e := g.e
	if sb != nil {
		g.jumpIf(k, sb.jmpnz, func(c amd64.Cond) { e.Branch(c, sb.target) })
		e.Goto(e.Next())
		return
	}
	done := g.a.NewLabel()
	g.a.StoreImm32(res.typeInfo(), uint32(zend.TypeTrue))
	g.jumpIf(k, true, func(c amd64.Cond) { g.a.Jcc(c, done) })
	g.a.StoreImm32(res.typeInfo(), uint32(zend.TypeFalse))
	g.a.Bind(done)
	e.Goto(e.Next())
}

// jumpTarget returns the op a jump operand of op i (a byte offset from
// the op) points at, if it is a whole op among the function's n.
func jumpTarget(n, i int, rel uint32) (int, bool) {
	off := int64(int32(rel))
	if off%zend.SizeofZendOp != 0 {
		return 0, false
	}
	t := int64(i) + off/zend.SizeofZendOp
	if t < 0 || t >= int64(n) {
		return 0, false
	}
	return int(t), true
}

// mayBeResource is MAY_BE_RESOURCE: TYPE_CHECK with exactly that mask
// also asks whether the resource is still open (is_resource()).
const mayBeResource = 1 << zend.TypeResource

// lowerTypeCheck: TYPE_CHECK of a CV or TMP ("$x === null", is_int($x),
// is_array(...)): T = the mask has the value's type, or a fused smart
// branch. What ZEND_TYPE_CHECK does besides is left to it: an UNDEF CV
// (a warning), a reference, is_resource(); and a TMP it would destroy when
// freeing it (a refcounted value with one reference left). Other TMPs are
// freed natively: one reference less (zval_ptr_dtor_nogc of a value that
// stays alive).
func lowerTypeCheck(in *Inliner, i int) callthread.Plan {
	op := in.f.Ops[i]
	mask := op.ExtendedValue
	t := zend.OpType(op.Op1Type)
	if t != zend.OpCV && t != zend.OpTmpVar || mask == mayBeResource || mask >= 1<<31 {
		return callthread.Plan{}
	}
	x, ok1 := in.op1(i)
	sb, ok2 := in.smart(i)
	if !ok1 || !ok2 || x.reg || !x.frame {
		return callthread.Plan{}
	}
	var res opnd
	if sb == nil {
		var used, ok bool
		if res, used, ok = in.result(i); !ok || !used || res.reg {
			return callthread.Plan{}
		}
	}
	known := x.mask&mayBeKnown != 0
	checkUndefRef := t == zend.OpCV && (!known || x.mask&(mayBe(zend.TypeUndef)|mayBe(zend.TypeReference)) != 0)
	free := t == zend.OpTmpVar && (!known || x.mask&mayBeRefcounted != 0)
	return callthread.Plan{Fuse: sb != nil, Emit: func(e *callthread.Emitter) {
		g := newGen(e)
		a := g.a
		slow := e.Slow()
		if checkUndefRef {
			a.CmpMem8Imm(x.typeInfo(), uint8(zend.TypeUndef))
			a.Jcc(amd64.CondE, slow)
			a.CmpMem8Imm(x.typeInfo(), uint8(zend.TypeReference))
			a.Jcc(amd64.CondE, slow)
		}
		if free {
			plain := a.NewLabel()
			a.TestMem8Imm(x.typeFlags(), zend.TypeFlagRefcounted>>8)
			a.Jcc(amd64.CondE, plain)
			a.Load64(amd64.RAX, x.value())
			a.CmpMem32Imm(amd64.M(amd64.RAX, zend.ZendRefcountedRefcount), 1)
			a.Jcc(amd64.CondE, slow) // the free would destroy it
			a.AddMem32Imm(amd64.M(amd64.RAX, zend.ZendRefcountedRefcount), -1)
			a.Bind(plain)
		}
		// The type byte is still there after the free (only the value's
		// refcount changed).
		a.LoadU8(amd64.RCX, x.typeInfo())
		a.MovImm64(amd64.RAX, 1)
		a.ShlCL(amd64.RAX)
		a.AluRI(amd64.AluAnd, amd64.RAX, int32(mask))
		g.decide(cc{cond: amd64.CondNE}, sb, res)
	}}
}
