package inline

import (
	"testing"

	"github.com/gojit/gojit/jit/internal/wire"
	"github.com/gojit/gojit/jit/internal/zend"
)

const selfArray = 0x5617_7400_0000

// recFn is "RECV $cv0 (declared recvMask); INIT → callee; SEND_VAL_EX TMP
// (SSA sent) as argument 1; DO_FCALL_BY_NAME → VAR (SSA var 1, mask
// any); ADD VAR 1; VERIFY_RETURN_TYPE (declared verify)" in a function
// with fn_flags flags whose op_array is selfArray.
func recFn(init zend.Opcode, callee uint64, flags, retType, recvMask, sent, verify uint32) *wire.Func {
	f := &fn{flags: flags}
	r := f.add(zend.Recv)
	f.ops[r].Op1, f.ops[r].Op2 = 1, recvMask
	f.ops[r].ResultType, f.ops[r].Result = uint8(zend.OpCV), cv(0)
	i := f.add(init)
	f.ops[i].ExtendedValue = 1
	s := f.add(zend.SendValEx)
	f.ops[s].Op1Type, f.ops[s].Op1, f.ops[s].Op2, f.ops[s].Result = uint8(zend.OpTmpVar), cv(2), 1, zend.SizeofExecuteData
	d := f.add(zend.DoFcallByName)
	f.ops[d].ResultType, f.ops[d].Result = uint8(zend.OpVar), cv(3)
	a := f.add(zend.Add)
	f.ops[a].Op1Type, f.ops[a].Op1 = uint8(zend.OpVar), cv(3)
	v := f.add(zend.VerifyReturnType)
	f.ops[v].Aux = verify
	w := f.wire()
	w.OpArrayAddr = selfArray
	w.Callees = []wire.Callee{{Op: uint32(i), NumArgs: 1, LastVar: 1, Flags: flags, RetType: retType, OpArray: callee}}
	any := uint32(mayBeAny | mayBe(zend.TypeReference) | 3<<30)
	w.SSAVars = []wire.SSAVar{{TypeMask: sent}, {TypeMask: any}}
	w.SSAOps = make([]wire.SSAOp, len(w.Ops))
	for k := range w.SSAOps {
		w.SSAOps[k] = wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
	}
	w.SSAOps[s].Op1Use = 0
	w.SSAOps[d].ResultDef = 1
	w.SSAOps[a].Op1Use = 1
	return w
}

func TestCallResultTypes(t *testing.T) {
	known := wire.AuxKnown
	long, dbl := mayBe(zend.TypeLong), mayBe(zend.TypeDouble)
	typed := zend.AccHasReturnType | zend.AccHasTypeHints
	cases := []struct {
		name    string
		init    zend.Opcode
		callee  uint64
		flags   uint32
		retType uint32 // the callee's, in CALLEES
		verify  uint32 // this function's VERIFY_RETURN_TYPE
		want    uint32 // the call result's value types after narrowing
	}{
		{"self int", zend.InitFcallByName, selfArray, typed, known | long, known | long, long},
		{"self from VERIFY without RetType", zend.InitFcallByName, selfArray, typed, 0, known | long, long},
		{"self ?int", zend.InitFcallByName, selfArray, typed, 0, known | long | mayBe(zend.TypeNull), long | mayBe(zend.TypeNull)},
		{"self int|float", zend.InitFcallByName, selfArray, typed, 0, known | long | dbl, long | dbl},
		{"self string: no", zend.InitFcallByName, selfArray, typed, 0, known | mayBe(zend.TypeString), 0},
		{"self class: no", zend.InitFcallByName, selfArray, typed, 0, known | wire.AuxComplex | long, 0},
		{"self by reference: no", zend.InitFcallByName, selfArray, typed | zend.AccReturnRef, 0, known | long, 0},
		{"self generator: no", zend.InitFcallByName, selfArray, typed | zend.AccGenerator, 0, known | long, 0},
		{"INIT_FCALL float", zend.InitFcall, calleeArray, typed, known | dbl, 0, dbl},
		{"INIT_FCALL without return type", zend.InitFcall, calleeArray, zend.AccHasTypeHints, known | dbl, 0, 0},
		{"INIT_FCALL complex", zend.InitFcall, calleeArray, typed, known | wire.AuxComplex | dbl, 0, 0},
		{"by name, another function: no", zend.InitFcallByName, calleeArray, typed, known | dbl, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := recFn(tc.init, tc.callee, tc.flags, tc.retType, long, long, tc.verify)
			g := withCallResults(w)
			got := g.SSAVars[1].TypeMask & mayBeTypes
			want := tc.want
			if want == 0 {
				want = w.SSAVars[1].TypeMask & mayBeTypes
			}
			if got != want {
				t.Errorf("result types %#x, want %#x", got, want)
			}
			if w.SSAVars[1].TypeMask&mayBeTypes != mayBeTypes {
				t.Errorf("the input Func was modified")
			}
			if g.SSAVars[1].TypeMask&^mayBeTypes != w.SSAVars[1].TypeMask&^mayBeTypes {
				t.Errorf("flag bits changed: %#x, want %#x", g.SSAVars[1].TypeMask, w.SSAVars[1].TypeMask)
			}
		})
	}
}

func TestSkipProvenRecvs(t *testing.T) {
	lng, dbl := mayBe(zend.TypeLong), mayBe(zend.TypeDouble)
	untyped := uint32(mayBeAny &^ mayBe(zend.TypeUndef))
	cases := []struct {
		name       string
		recv, sent uint32
		skip       bool
	}{
		{"int gets int", lng, lng, true},
		{"int|float gets int", lng | dbl, lng, true},
		{"untyped", untyped, lng | mayBe(zend.TypeString), true},
		{"float gets int: coerced", dbl, lng, false},
		{"int gets int|float", lng, lng | dbl, false},
		{"int gets a maybe-undefined", lng, lng | mayBe(zend.TypeUndef), false},
		{"int gets a maybe-reference", lng, lng | mayBe(zend.TypeReference), false},
		{"int gets unknown", lng, 0, false},
		{"class type only", 0, lng, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w := recFn(zend.InitFcallByName, selfArray, zend.AccHasTypeHints, 0, tc.recv, tc.sent, 0)
			in := New(w)
			kc, ok := in.knownCallOf(3)
			if !ok {
				t.Fatal("no known call")
			}
			want := 0
			if tc.skip {
				want = 1
			}
			if got := in.skipProvenRecvs(3, kc, 0); got != want {
				t.Errorf("first op %d, want %d", got, want)
			}
		})
	}
	// Argument 1 passed by a SEND the proof does not follow (SEND_VAR_EX
	// may make a reference), or not passed at all.
	for _, code := range []zend.Opcode{zend.SendVarEx, zend.SendRef, zend.SendUnpack} {
		w := recFn(zend.InitFcallByName, selfArray, zend.AccHasTypeHints, 0, lng, lng, 0)
		w.Ops[2].Opcode = uint8(code)
		in := New(w)
		kc, _ := in.knownCallOf(3)
		if got := in.skipProvenRecvs(3, kc, 0); got != 0 {
			t.Errorf("%v: first op %d, want 0", code, got)
		}
	}
	// Two arguments, both proven: both RECVs go.
	{
		f := &fn{flags: zend.AccHasTypeHints}
		for n := 1; n <= 2; n++ {
			r := f.add(zend.Recv)
			f.ops[r].Op1, f.ops[r].Op2 = uint32(n), lng
			f.ops[r].ResultType, f.ops[r].Result = uint8(zend.OpCV), cv(n-1)
		}
		i := f.add(zend.InitFcallByName)
		f.ops[i].ExtendedValue = 2
		for n := 1; n <= 2; n++ {
			s := f.add(zend.SendValEx)
			f.ops[s].Op2, f.ops[s].Result = uint32(n), zend.SizeofExecuteData+zend.SizeofZval*uint32(n-1)
		}
		d := f.add(zend.DoFcallByName)
		f.literal(3, 1, long(5))
		f.literal(4, 1, long(6))
		w := f.wire()
		w.OpArrayAddr = selfArray
		w.Callees = []wire.Callee{{Op: uint32(i), NumArgs: 2, LastVar: 2, Flags: zend.AccHasTypeHints, OpArray: selfArray}}
		w.SSAOps = make([]wire.SSAOp, len(w.Ops))
		for k := range w.SSAOps {
			w.SSAOps[k] = wire.SSAOp{Op1Use: -1, Op2Use: -1, ResultUse: -1, Op1Def: -1, Op2Def: -1, ResultDef: -1}
		}
		in := New(w)
		kc, _ := in.knownCallOf(d)
		if got := in.skipProvenRecvs(d, kc, 0); got != 2 {
			t.Errorf("two literal arguments: first op %d, want 2", got)
		}
	}
	w := recFn(zend.InitFcallByName, selfArray, zend.AccHasTypeHints, 0, lng, lng, 0)
	w.Ops[0].Op1 = 2 // the RECV of argument 2, with one passed
	in := New(w)
	kc, _ := in.knownCallOf(3)
	if got := in.skipProvenRecvs(3, kc, 0); got != 0 {
		t.Errorf("missing argument: first op %d, want 0", got)
	}
}
