package inline

import (
	"math"

	"github.com/gojit/gojit/jit/internal/amd64"
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// opnd is an operand as the compiler knows it: a zval in the frame, whose
// type is only known at run time, or a literal of known type and value.
type opnd struct {
	frame bool          // a CV/TMP/VAR zval at [r14 + off]
	off   int32         // frame offset
	typ   zend.ZvalType // literal type (not frame)
	val   uint64        // literal value: a long, or a double's bits
	// mask is the SSA type inference's MAY_BE_* bits for a frame operand,
	// 0 when unknown: for an operand read, the value's; for a CV a fast
	// path assigns, the old value's. It prunes the type cases a fast path
	// emits code for, and where it allows exactly one type (exactType) the
	// run-time check of the type byte goes, as does the store of a type
	// byte that already holds the type.
	mask uint32
	// reg: a loop CV or a forwarded TMP held in a register (regs.go), gpr
	// for a LONG, xmm for a DOUBLE. Fast paths read and assign the
	// register; the zval is written where code leaves the register's
	// region (callthread.Registers).
	reg    bool
	double bool // the register is xmm
	gpr    amd64.Reg
	xmm    amd64.XReg
	// storeType: a register CV whose zval may still be UNDEF (regs.go,
	// undefOld): an assignment stores the type byte with the value.
	storeType bool
}

// known returns the one type a frame operand can have, per SSA.
func (o opnd) known() (zend.ZvalType, bool) {
	if !o.frame {
		return 0, false
	}
	return exactType(o.mask)
}

// holds reports whether the zval of a frame operand o already has type t
// before it is assigned (o.mask is the old value's), so the store of the
// type byte can go.
func (o opnd) holds(t zend.ZvalType) bool {
	k, ok := o.known()
	return ok && k == t
}

// MAY_BE_* bits of zend_type_info.h: MAY_BE_<type> is 1 << IS_<type>.
func mayBe(t zend.ZvalType) uint32 { return 1 << t }

// mayBeAny covers the value types (MAY_BE_ANY without the flag bits).
const mayBeAny = 1<<(zend.TypeResource+1) - 1

// types returns the types of ts o can have: a literal's own type, or for
// a frame operand those its SSA mask allows (all of ts without one).
func (o opnd) types(ts []zend.ZvalType) []zend.ZvalType {
	var out []zend.ZvalType
	for _, t := range ts {
		switch {
		case !o.frame && t == o.typ,
			o.frame && (o.mask&mayBeAny == 0 || o.mask&mayBe(t) != 0):
			out = append(out, t)
		}
	}
	return out
}

// withSSA adds the SSA type of op i's use (an SSA variable number, -1 for
// none) to a frame operand.
func (in *Inliner) withSSA(o opnd, use int32) opnd {
	if o.frame && !o.reg && use >= 0 && int(use) < len(in.f.SSAVars) {
		o.mask = in.f.SSAVars[use].TypeMask
	}
	return o
}

// inReg attaches op i's register to o when o is a register CV there.
func (in *Inliner) inReg(i int, o opnd) opnd {
	if !o.frame {
		return o
	}
	if v, ok := in.regOf(i, o.off); ok {
		o.reg, o.double, o.gpr, o.xmm = true, v.typ == zend.TypeDouble, v.gpr, v.xmm
		o.mask = mayBe(v.typ) // a register holds its one type (fast paths rely on known)
	}
	return o
}

// op1 resolves op i's first operand with its SSA type.
func (in *Inliner) op1(i int) (opnd, bool) {
	op := in.f.Ops[i]
	x, ok := in.operand(i, op.Op1Type, op.Op1)
	if ok && in.f.SSAOps != nil {
		x = in.withFact(i, in.withSSA(x, in.f.SSAOps[i].Op1Use))
	}
	return x, ok
}

// operands resolves op i's two operands with their SSA types; a CV that
// holds a known integer (constRead) becomes that literal.
func (in *Inliner) operands(i int) (x, y opnd, ok bool) {
	op := in.f.Ops[i]
	x, ok1 := in.operand(i, op.Op1Type, op.Op1)
	y, ok2 := in.operand(i, op.Op2Type, op.Op2)
	if in.f.SSAOps != nil {
		x = in.withFact(i, in.withSSA(x, in.f.SSAOps[i].Op1Use))
		y = in.withFact(i, in.withSSA(y, in.f.SSAOps[i].Op2Use))
	}
	if v, ok := in.constRead(i, 0); ok {
		x = opnd{typ: zend.TypeLong, val: uint64(v)}
	}
	if v, ok := in.constRead(i, 1); ok {
		y = opnd{typ: zend.TypeLong, val: uint64(v)}
	}
	return x, y, ok1 && ok2
}

// constRead returns the value of op i's operand n (0 op1, 1 op2) when its
// fast path reads it as a literal: a CV that SSA proves holds one integer
// (oneLong: "$maxIter = 50" never assigned again), read by a binary op or
// a comparison whose other operand is in the frame and not such a CV (a
// fast path wants one frame operand). A loop then needs no register for
// it (chooseVars skips these reads).
func (in *Inliner) constRead(i, n int) (int64, bool) {
	f := in.f
	if n > 1 || f.SSAOps == nil || f.SSAVars == nil {
		return 0, false
	}
	op := f.Ops[i]
	code := zend.Opcode(op.Opcode)
	if _, cmp := compareOps[code]; !cmp && !binaryOp(code) {
		return 0, false
	}
	s := f.SSAOps[i]
	uses := [2]int32{s.Op1Use, s.Op2Use}
	types := [2]zend.OpType{zend.OpType(op.Op1Type), zend.OpType(op.Op2Type)}
	v, ok := in.oneLong(uses[n], types[n])
	if !ok {
		return 0, false
	}
	switch types[1-n] {
	case zend.OpCV, zend.OpTmpVar, zend.OpVar:
	default:
		return 0, false
	}
	if _, both := in.oneLong(uses[1-n], types[1-n]); both {
		return 0, false
	}
	return v, true
}

// oneLong returns the value of a CV operand whose SSA variable use is a
// LONG with a range of one value (no overflow either way).
func (in *Inliner) oneLong(use int32, t zend.OpType) (int64, bool) {
	if t != zend.OpCV || use < 0 || int(use) >= len(in.f.SSAVars) {
		return 0, false
	}
	v := in.f.SSAVars[use]
	flags := wire.SSAVarHasRange | wire.SSAVarUnderflow | wire.SSAVarOverflow
	if v.Flags&flags != wire.SSAVarHasRange || v.Min != v.Max {
		return 0, false
	}
	if typ, ok := exactType(v.TypeMask); !ok || typ != zend.TypeLong {
		return 0, false
	}
	return v.Min, true
}

// operand resolves op i's operand of type t and encoding v. It fails for
// UNUSED operands, frame offsets outside the function's slots, and
// literals the wire does not describe (no ADDRS section, or an offset that
// is not one of the op_array's literals).
func (in *Inliner) operand(i int, t uint8, v uint32) (opnd, bool) {
	switch zend.OpType(t) {
	case zend.OpCV, zend.OpTmpVar, zend.OpVar:
		o, ok := in.slot(v)
		return in.inReg(i, o), ok
	case zend.OpConst:
		l, ok := in.literal(i, v)
		return opnd{typ: zend.ZvalType(l.Type), val: l.Value}, ok
	}
	return opnd{}, false
}

// literal returns the literal a CONST operand v of op i names.
func (in *Inliner) literal(i int, v uint32) (wire.Literal, bool) {
	f := in.f
	if f.LiteralsAddr == 0 {
		return wire.Literal{}, false
	}
	at := f.OpcodesAddr + uint64(i)*zend.SizeofZendOp + uint64(int64(int32(v)))
	d := int64(at - f.LiteralsAddr)
	if d < 0 || d%zend.SizeofZval != 0 || d/zend.SizeofZval >= int64(len(f.Literals)) {
		return wire.Literal{}, false
	}
	return f.Literals[d/zend.SizeofZval], true
}

// slot resolves a CV/TMP/VAR operand (a byte offset from execute_data).
func (in *Inliner) slot(v uint32) (opnd, bool) {
	off := int64(int32(v)) - zend.SizeofExecuteData
	n := int64(in.f.LastVar) + int64(in.f.T)
	if off < 0 || off%zend.SizeofZval != 0 || off/zend.SizeofZval >= n {
		return opnd{}, false
	}
	return opnd{frame: true, off: int32(v)}, true
}

// result resolves op i's result when it is a TMP or VAR; used reports
// whether there is one at all. A CV result (the optimizer can make some)
// is not handled: ok is false.
func (in *Inliner) result(i int) (r opnd, used, ok bool) {
	op := in.f.Ops[i]
	switch zend.OpType(op.ResultType) {
	case zend.OpUnused:
		return opnd{}, false, true
	case zend.OpTmpVar, zend.OpVar:
		r, ok = in.slot(op.Result)
		return in.inReg(i+1, r), true, ok // a TMP forwarded to the next op
	}
	return opnd{}, false, false
}

// resultCV resolves op i's result when it is a CV, the form opcache's
// optimizer gives "$cv = x op y" and "$cv = y" (ADD ... => $cv, QM_ASSIGN
// y => $cv) where inference proves the CV's old value is no string,
// array, object, resource or reference: the VM's handler then simply
// overwrites the zval, and so may a fast path. The mask is the old value's
// (for the type byte store), the register the CV's in op i's region.
func (in *Inliner) resultCV(i int) (opnd, bool) {
	op := in.f.Ops[i]
	if zend.OpType(op.ResultType) != zend.OpCV {
		return opnd{}, false
	}
	r, ok := in.slot(op.Result)
	if !ok || uint32(int64(int32(op.Result))-zend.SizeofExecuteData)/zend.SizeofZval >= in.f.LastVar {
		return opnd{}, false
	}
	r = in.withSSA(in.inReg(i, r), in.ssaOp(i).ResultUse)
	r.storeType = in.undefStore(i, r, in.ssaOp(i).ResultUse)
	return r, true
}

// numeric reports whether o can be a LONG or DOUBLE: any frame operand,
// or a literal of one of those types.
func (o opnd) numeric() bool {
	return o.frame || o.typ == zend.TypeLong || o.typ == zend.TypeDouble
}

// scalar reports whether o can be a value assignments copy: any frame
// operand, or a NULL, FALSE, TRUE, LONG or DOUBLE literal.
func (o opnd) scalar() bool {
	return o.frame || (o.typ >= zend.TypeNull && o.typ <= zend.TypeDouble)
}

func (o opnd) value() amd64.Mem    { return amd64.M(amd64.R14, o.off+zend.ZvalValue) }
func (o opnd) typeInfo() amd64.Mem { return amd64.M(amd64.R14, o.off+zend.ZvalTypeInfo) }
func (o opnd) typeFlags() amd64.Mem {
	return amd64.M(amd64.R14, o.off+zend.ZvalTypeInfo+1)
}

// long returns a literal's value as a long.
func (o opnd) long() int64 { return int64(o.val) }

// fitsImm32 reports whether a literal long is a valid sign-extended imm32.
func (o opnd) fitsImm32() bool { return o.long() == int64(int32(o.long())) }

// asDouble returns a literal as a double (a long converted as C does).
func (o opnd) asDouble() float64 {
	if o.typ == zend.TypeLong {
		return float64(o.long())
	}
	return math.Float64frombits(o.val)
}

// gen emits one fast path.
type gen struct {
	e *callthread.Emitter
	a *amd64.Assembler
	// exactLong: SSA proves the op's integer result a LONG, so the value
	// range inference found no overflow and the check of it can go.
	exactLong bool
	// dblFirst: test DOUBLE before LONG (likely.go).
	dblFirst bool
}

// overflowCheck takes the fallback on signed overflow (PHP makes the
// result a float), unless SSA proves there is none.
func (g *gen) overflowCheck() {
	if !g.exactLong {
		g.a.Jcc(amd64.CondO, g.e.Slow())
	}
}

// ssaOp returns op i's SSA uses and definitions (all -1 without SSA).
func (in *Inliner) ssaOp(i int) wire.SSAOp {
	if in.f.SSAOps == nil {
		return wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	}
	return in.f.SSAOps[i]
}

// longDef reports whether SSA variable v is proven a LONG: the integer
// arithmetic that defines it cannot overflow (inference adds DOUBLE to the
// type of any result whose range may overflow).
func (in *Inliner) longDef(v int32) bool {
	if v < 0 || int(v) >= len(in.f.SSAVars) {
		return false
	}
	t, ok := exactType(in.f.SSAVars[v].TypeMask)
	return ok && t == zend.TypeLong
}

// fixed reports whether o's type is known when compiling: a literal, or a
// frame operand of one SSA type.
func (o opnd) fixed() bool {
	_, k := o.known()
	return !o.frame || k
}

// xsrc returns a register holding the double operand o (of run-time type
// t): its own register when it has one, else scratch, loaded.
func (g *gen) xsrc(o opnd, t zend.ZvalType, scratch amd64.XReg) amd64.XReg {
	if o.reg && o.double {
		return o.xmm
	}
	g.loadDouble(scratch, o, t)
	return scratch
}

func newGen(e *callthread.Emitter) *gen { return &gen{e: e, a: e.A} }

// numTypes are the types arithmetic and comparison fast paths handle, in
// the order they are checked.
var numTypes = []zend.ZvalType{zend.TypeLong, zend.TypeDouble}

// longTypes is numTypes for the integer-only ops.
var longTypes = []zend.ZvalType{zend.TypeLong}

// switchType runs body once for every type of types o can have, behind
// a check of o's type byte for frame operands; every body must end in a
// jump. When o has none of the types, the code takes the fallback.
func (g *gen) switchType(o opnd, types []zend.ZvalType, body func(t zend.ZvalType)) {
	types = o.types(types)
	if len(types) == 0 {
		g.a.Jmp(g.e.Slow())
		return
	}
	if !o.frame {
		body(types[0])
		return
	}
	if t, ok := o.known(); ok {
		body(t) // types holds t: SSA proves the check would pass
		return
	}
	for k, t := range types {
		fail := g.e.Slow()
		if k < len(types)-1 {
			fail = g.a.NewLabel()
		}
		g.a.CmpMem8Imm(o.typeInfo(), uint8(t))
		g.a.Jcc(amd64.CondNE, fail)
		body(t)
		if k < len(types)-1 {
			g.a.Bind(fail)
		}
	}
}

// loadLong loads a long operand into r.
func (g *gen) loadLong(r amd64.Reg, o opnd) {
	if o.reg {
		if r != o.gpr {
			g.a.Mov(r, o.gpr)
		}
		return
	}
	if o.frame {
		g.a.Load64(r, o.value())
		return
	}
	g.a.MovImm64(r, o.val)
}

// aluLong does r = r op o for a long operand (for AluCmp: flags only).
// A literal that is no imm32 goes through r11.
func (g *gen) aluLong(op amd64.Alu, r amd64.Reg, o opnd) {
	switch {
	case o.reg:
		g.a.AluRR(op, r, o.gpr)
	case o.frame:
		g.a.AluRM(op, r, o.value())
	case o.fitsImm32():
		g.a.AluRI(op, r, int32(o.long()))
	default:
		g.a.MovImm64(amd64.R11, o.val)
		g.a.AluRR(op, r, amd64.R11)
	}
}

// loadDouble loads operand o, whose run-time type is t, into x as a double:
// a long is converted (cvtsi2sd, rounding to nearest as PHP's (double)
// cast), a literal's double comes from the constant pool (0.0: xorps).
func (g *gen) loadDouble(x amd64.XReg, o opnd, t zend.ZvalType) {
	switch {
	case !o.frame:
		bits := math.Float64bits(o.asDouble())
		if bits == 0 {
			g.a.ZeroX(x)
			return
		}
		g.a.LoadSD(x, g.a.Const64(bits))
	case o.reg && t == zend.TypeLong:
		g.a.ZeroX(x)
		g.a.Cvtsi2sd(x, o.gpr)
	case o.reg:
		g.a.MovX(x, o.xmm)
	case t == zend.TypeLong:
		g.a.ZeroX(x) // no false dependency on x's old value
		g.a.Cvtsi2sdMem(x, o.value())
	default:
		g.a.LoadSD(x, o.value())
	}
}

// doubleConst returns a memory operand holding the double v (the
// function's constant pool).
func (g *gen) doubleConst(v float64) amd64.Mem { return g.a.Const64(math.Float64bits(v)) }

// storeLong writes the long in r into the zvals outs (value, then
// type_info = IS_LONG; u2 is left alone, as ZVAL_LONG does).
func (g *gen) storeLong(r amd64.Reg, outs ...opnd) {
	for _, o := range outs {
		if o.reg { // its zval is written when code leaves the register's region
			if o.gpr != r {
				g.a.Mov(o.gpr, r)
			}
			g.storeTypeOf(o, zend.TypeLong)
			continue
		}
		g.a.Store64(o.value(), r)
		if !o.holds(zend.TypeLong) {
			g.a.StoreImm32(o.typeInfo(), uint32(zend.TypeLong))
		}
	}
}

// storeDouble writes the double in x into the zvals outs.
func (g *gen) storeDouble(x amd64.XReg, outs ...opnd) {
	for _, o := range outs {
		if o.reg {
			g.a.MovX(o.xmm, x)
			g.storeTypeOf(o, zend.TypeDouble)
			continue
		}
		g.a.StoreSD(o.value(), x)
		if !o.holds(zend.TypeDouble) {
			g.a.StoreImm32(o.typeInfo(), uint32(zend.TypeDouble))
		}
	}
}

// storeTypeOf writes the type byte of a register CV whose zval may still
// be UNDEF (opnd.storeType); its value is written at the region's exits.
func (g *gen) storeTypeOf(o opnd, t zend.ZvalType) {
	if o.reg && o.storeType {
		g.a.StoreImm32(o.typeInfo(), uint32(t))
	}
}
