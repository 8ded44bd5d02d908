package inline

import (
	"math"
	"math/bits"

	"github.com/gojit/gojit/jit/internal/zend"
)

// The reference: what PHP 8.2 computes, for the operand types a fast path
// is meant to handle. ok false means "the handler's business": the fast
// path must take its fallback.

// binaryModel is x code y.
func binaryModel(code zend.Opcode, x, y zval) (zval, bool) {
	if !x.num() || !y.num() {
		return zval{}, false
	}
	ll := !x.float() && !y.float()
	a, b := x.l(), y.l()
	fx, fy := toF(x), toF(y)
	switch code {
	case zend.Add:
		if ll {
			s := a + b
			if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
				return zval{}, false
			}
			return long(s), true
		}
		return dbl(fx + fy), true
	case zend.Sub:
		if ll {
			d := a - b
			if (a >= 0) != (b >= 0) && (d >= 0) != (a >= 0) {
				return zval{}, false
			}
			return long(d), true
		}
		return dbl(fx - fy), true
	case zend.Mul:
		if ll {
			hi, lo := bits.Mul64(uint64(a), uint64(b))
			if a < 0 {
				hi -= uint64(b)
			}
			if b < 0 {
				hi -= uint64(a)
			}
			if hi != uint64(int64(lo)>>63) {
				return zval{}, false
			}
			return long(int64(lo)), true
		}
		return dbl(fx * fy), true
	case zend.Div:
		if ll || fy == 0 {
			return zval{}, false
		}
		return dbl(fx / fy), true
	}
	if !ll {
		return zval{}, false
	}
	switch code {
	case zend.Mod:
		if b == 0 || b == -1 {
			return zval{}, false
		}
		return long(a % b), true
	case zend.Sl:
		if b < 0 || b >= 64 {
			return zval{}, false
		}
		return long(int64(uint64(a) << uint(b))), true
	case zend.Sr:
		if b < 0 || b >= 64 {
			return zval{}, false
		}
		return long(a >> uint(b)), true
	case zend.BwOr:
		return long(a | b), true
	case zend.BwAnd:
		return long(a & b), true
	case zend.BwXor:
		return long(a ^ b), true
	}
	panic("no model for " + code.String())
}

func toF(z zval) float64 {
	if z.float() {
		return z.f()
	}
	return float64(z.l())
}

// compareModel is x code y as a bool.
func compareModel(code zend.Opcode, x, y zval) (bool, bool) {
	if !x.num() || !y.num() {
		return false, false
	}
	if code == zend.IsIdentical || code == zend.IsNotIdentical {
		if x.typ() != y.typ() {
			return false, false // handled by the VM (false / true)
		}
	}
	if !x.float() && !y.float() {
		a, b := x.l(), y.l()
		switch code {
		case zend.IsSmaller:
			return a < b, true
		case zend.IsSmallerOrEqual:
			return a <= b, true
		case zend.IsEqual, zend.IsIdentical:
			return a == b, true
		default:
			return a != b, true
		}
	}
	a, b := toF(x), toF(y)
	switch code {
	case zend.IsSmaller:
		return a < b, true
	case zend.IsSmallerOrEqual:
		return a <= b, true
	case zend.IsEqual, zend.IsIdentical:
		return a == b, true
	default:
		return a != b || math.IsNaN(a) || math.IsNaN(b), true
	}
}

// truthModel is JMPZ/JMPNZ's test of x.
func truthModel(x zval) (bool, bool) {
	switch x.typ() {
	case zend.TypeTrue:
		return true, true
	case zend.TypeFalse, zend.TypeNull:
		return false, true
	case zend.TypeLong:
		return x.l() != 0, true
	}
	return false, false
}

// scalarModel is the value an assignment copies, if a scalar.
func scalarModel(y zval) (zval, bool) {
	if y.info >= 1 && y.info <= 5 {
		return y, true
	}
	return zval{}, false
}

// incDecModel is PRE/POST_INC/DEC on x: the new value and the result.
func incDecModel(code zend.Opcode, x zval) (nv, res zval, ok bool) {
	dec := code == zend.PreDec || code == zend.PostDec
	post := code == zend.PostInc || code == zend.PostDec
	switch x.typ() {
	case zend.TypeLong:
		v := x.l()
		if !dec && v == math.MaxInt64 || dec && v == math.MinInt64 {
			return zval{}, zval{}, false
		}
		if dec {
			nv = long(v - 1)
		} else {
			nv = long(v + 1)
		}
	case zend.TypeDouble:
		if dec {
			nv = dbl(x.f() - 1)
		} else {
			nv = dbl(x.f() + 1)
		}
	default:
		return zval{}, zval{}, false
	}
	if post {
		return nv, x, true
	}
	return nv, nv, true
}

// isTrueModel is i_zend_is_true for the types the truth fast paths handle
// (BOOL, BOOL_NOT, JMPZ_EX, JMPNZ_EX): NAN is true, -0.0 false.
func isTrueModel(x zval) (bool, bool) {
	switch x.typ() {
	case zend.TypeDouble:
		return x.f() != 0, true
	}
	return truthModel(x)
}

// castModel is CAST x to type to (IS_LONG, IS_DOUBLE or _IS_BOOL).
func castModel(to uint32, x zval) (zval, bool) {
	b, ok := isTrueModel(x)
	if !ok {
		return zval{}, false
	}
	num := map[bool]int64{false: 0, true: 1}[b] // NULL, FALSE, TRUE
	switch to {
	case castBool:
		return boolz(b), true
	case uint32(zend.TypeLong):
		switch {
		case x.typ() == zend.TypeLong:
			return x, true
		case x.float() && x.f() > -0x1p63 && x.f() < 0x1p63:
			return long(int64(x.f())), true // zend_dval_to_lval: truncation
		case x.float():
			// NAN, infinities (0), out of range (modulo 2^64) and -2^63:
			// the handler's.
			return zval{}, false
		}
		return long(num), true
	case uint32(zend.TypeDouble):
		switch x.typ() {
		case zend.TypeLong:
			return dbl(float64(x.l())), true
		case zend.TypeDouble:
			return x, true
		}
		return dbl(float64(num)), true
	}
	panic("no cast model")
}
