package inline

import (
	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

// Result types of self-recursive calls. The exported SSA has no call
// graph: the result of DO_UCALL/DO_FCALL_BY_NAME may be anything, so
// "fib($n - 1) + fib($n - 2)" checks both operands' types at run time.
// When the call names the function itself (the exporter's callee is this
// op_array) and the function declares a scalar return type, the result
// has that type: every return of a value passes VERIFY_RETURN_TYPE (the
// compiler omits it only for a literal of a declared type), which in weak
// and strict mode alike leaves a value of a declared type or throws, and
// an exception never reaches the op after the call.
//
// Why the name still means this function when the code runs: the code
// runs in a frame of this op_array, which the engine reaches only through
// its name in the function table (a conditional declaration binds it
// under that same name, and a name is never rebound within a request).
// Copies of the op_array (opcache's per-request copies) share its
// arg_info, hence its return type. By-reference returns and generators
// are excluded (their results are references or Generator objects).

// selfReturnMask returns the MAY_BE_* bits of f's declared return type
// when it is one or more of NULL, FALSE, TRUE, LONG and DOUBLE, taken from
// a VERIFY_RETURN_TYPE (all carry the function's declared type), else 0.
func selfReturnMask(f *wire.Func) uint32 {
	if f.Flags&zend.AccHasReturnType == 0 || f.Flags&(zend.AccReturnRef|zend.AccGenerator) != 0 {
		return 0
	}
	const scalars = 1<<zend.TypeNull | 1<<zend.TypeFalse | 1<<zend.TypeTrue | 1<<zend.TypeLong | 1<<zend.TypeDouble
	for _, op := range f.Ops {
		if zend.Opcode(op.Opcode) != zend.VerifyReturnType || op.Aux&wire.AuxKnown == 0 {
			continue
		}
		m := op.Aux & wire.AuxTypeMask
		if op.Aux&wire.AuxComplex != 0 || m == 0 || m&^scalars != 0 {
			return 0
		}
		return m
	}
	return 0
}

// withSelfCallResults returns f with the SSA type masks of the results of
// its self-recursive calls narrowed to the declared return type (a copy of
// f when anything changes; f itself is shared with other passes).
func withSelfCallResults(f *wire.Func) *wire.Func {
	if f.SSAOps == nil || f.OpArrayAddr == 0 || len(f.Callees) == 0 || f.Kind != wire.KindFunction {
		return f
	}
	ret := selfReturnMask(f)
	if ret == 0 {
		return f
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
		if !ok || kc.callee.OpArray != f.OpArrayAddr {
			continue
		}
		def := f.SSAOps[i].ResultDef
		if def < 0 || int(def) >= len(f.SSAVars) {
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
