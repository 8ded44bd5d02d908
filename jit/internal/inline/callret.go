package inline

import (
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Result types of calls. The exported SSA has no call graph: the result
// of DO_UCALL/DO_FCALL_BY_NAME may be anything, so "fib($n - 1) +
// fib($n - 2)" checks both operands' types at run time. When the callee is
// known and declares a scalar return type, the result has that type: every
// return of a value passes VERIFY_RETURN_TYPE (the compiler omits it only
// for a literal of a declared type), which in weak and strict mode alike
// leaves a value of a declared type or throws, and an exception never
// reaches the op after the call. By-reference returns and generators are
// excluded (their results are references or Generator objects).
//
// Known means the function the name means when the code runs has the
// declared type of the one the exporter found:
//   - a self-recursive call (the exporter's callee is this op_array): the
//     code runs in a frame of this op_array, which the engine reaches only
//     through its name in the function table (a conditional declaration
//     binds it under that same name, and a name is never rebound within a
//     request); copies of the op_array (opcache's per-request copies)
//     share its arg_info, hence its return type;
//   - INIT_FCALL: the compiler emits it only for a function it already
//     knows (declared before in the request, or with opcache, which sets
//     ZEND_COMPILE_IGNORE_OTHER_FILES, a top-level function of the same
//     file, declared whenever the file is), and bakes that function's frame
//     size into the op: the engine itself relies on the name meaning that
//     function wherever the op runs.
// INIT_FCALL_BY_NAME of another function is not trusted: the name may be
// bound at run time by a conditional declaration, differently per request.

// selfReturnMask returns the MAY_BE_* bits of f's declared return type
// when it is one or more of NULL, FALSE, TRUE, LONG and DOUBLE, taken from
// a VERIFY_RETURN_TYPE (all carry the function's declared type), else 0.
func selfReturnMask(f *wire.Func) uint32 {
	if f.Flags&zend.AccHasReturnType == 0 || f.Flags&(zend.AccReturnRef|zend.AccGenerator) != 0 {
		return 0
	}
	for _, op := range f.Ops {
		if zend.Opcode(op.Opcode) == zend.VerifyReturnType && op.Aux&wire.AuxKnown != 0 {
			return scalarType(op.Aux)
		}
	}
	return 0
}

// callReturnMask returns the scalar MAY_BE_* bits a known call's result
// has, or 0 when it may have any type. self is f's own declared type.
func callReturnMask(f *wire.Func, kc knownCall, self uint32) uint32 {
	c := kc.callee
	if c == nil || int(c.Op) >= len(f.Ops) || c.Flags&(zend.AccReturnRef|zend.AccGenerator) != 0 {
		return 0
	}
	if f.OpArrayAddr != 0 && c.OpArray == f.OpArrayAddr {
		return self
	}
	if zend.Opcode(f.Ops[c.Op].Opcode) != zend.InitFcall || c.Flags&zend.AccHasReturnType == 0 {
		return 0
	}
	return scalarType(c.RetType)
}

// scalars are the MAY_BE_* bits of the types a call's result may be given.
const scalars = 1<<zend.TypeNull | 1<<zend.TypeFalse | 1<<zend.TypeTrue | 1<<zend.TypeLong | 1<<zend.TypeDouble

// scalarType returns the MAY_BE_* bits of a declared type encoded as a
// VERIFY_RETURN_TYPE's Aux when they are all scalars, else 0.
func scalarType(aux uint32) uint32 {
	m := aux & wire.AuxTypeMask
	if aux&wire.AuxKnown == 0 || aux&wire.AuxComplex != 0 || m&^scalars != 0 {
		return 0
	}
	return m
}

// withCallResults returns f with the SSA type masks of the results of its
// known calls narrowed to the callees' declared return types (a copy of f
// when anything changes; f itself is shared with other passes).
func withCallResults(f *wire.Func) *wire.Func {
	if f.SSAOps == nil || len(f.Callees) == 0 || len(f.SSAOps) != len(f.Ops) {
		return f
	}
	self := uint32(0)
	if f.Kind == wire.KindFunction {
		self = selfReturnMask(f)
	}
	in := &Inliner{f: f}
	var vars []wire.SSAVar
	for i, op := range f.Ops {
		switch zend.Opcode(op.Opcode) {
		case zend.DoUcall, zend.DoFcallByName:
		default:
			continue
		}
		kc, ok := in.knownCallOf(i)
		if !ok {
			continue
		}
		ret := callReturnMask(f, kc, self)
		def := f.SSAOps[i].ResultDef
		if ret == 0 || def < 0 || int(def) >= len(f.SSAVars) {
			continue
		}
		m := f.SSAVars[def].TypeMask
		if m&mayBeTypes&ret == 0 {
			continue // inference disagrees: leave it alone
		}
		if vars == nil {
			vars = append([]wire.SSAVar(nil), f.SSAVars...)
		}
		// Keep the flag bits (RC, array key/element bits), narrow the
		// value types (UNDEF and REF go too).
		vars[def].TypeMask = m&^mayBeTypes | m&ret
	}
	if vars == nil {
		return f
	}
	g := *f
	g.SSAVars = vars
	return &g
}
