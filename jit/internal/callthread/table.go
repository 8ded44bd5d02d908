package callthread

import "github.com/gojit/gojit/jit/internal/zend"

// How the body runs one op. The split follows what opcache's function JIT
// does at optimization level 1 (zend_jit() in ext/opcache/jit/zend_jit.c:
// zend_jit_handler, zend_jit_tail_handler, zend_jit_call), with one rule of
// our own: after every call the body compares the opline the handler left
// in r15 with the ones it expects instead of trusting it, so a class chosen
// too optimistically costs a dispatch, never a wrong jump.
type class uint8

const (
	// invalid: the opcode number does not exist in PHP 8.2; a function
	// containing it is not compiled.
	invalid class = iota
	// call the handler's function variant, then continue natively at the
	// op the handler chose if it is an expected successor, else dispatch.
	call
	// dispatch: call the function variant, then always jmp *(%r15). For
	// ops that leave the frame (GENERATOR_CREATE, YIELD*, INCLUDE_OR_EVAL
	// entering new code) or jump somewhere the op does not name (CATCH,
	// FAST_RET, MATCH): opcache's "switch through trampoline" list.
	dispatch
	// tail: jump to the op's original VM label. For the calls and returns
	// whose HYBRID labels are the inlined fast paths (opcache keeps
	// DO_UCALL, DO_FCALL, DO_FCALL_BY_NAME and RETURN on their labels),
	// and for the other returns, which end the frame anyway.
	tail
	// skip: no code. NOP does nothing; OP_DATA is consumed by the op before
	// it, which then expects the op after the OP_DATA.
	skip
	// vm: jump to the op's VM label, like tail, for an op of class call
	// without a fast path when Options.VMRuns is set: the VM runs it (and
	// what follows) at its own speed and dispatches back into the body at
	// the next entry.
	vm
)

func (c class) String() string {
	return [...]string{"invalid", "call", "dispatch", "tail", "skip", "vm"}[c]
}

// target says which operand of a jumping op holds its static jump target,
// as a byte offset from the op (ZEND_USE_ABS_JMP_ADDR is 0 on x86_64).
type target uint8

const (
	noTarget target = iota
	op1Target
	op2Target
	extTarget // extended_value, as in FE_FETCH_R/RW
)

// row is one opcode's treatment.
type row struct {
	class  class
	target target
	// repeat: the handler runs a whole run of consecutive ops of this
	// opcode (ZEND_VM_REPEATABLE_OPCODE), so the next op is the first after
	// the run.
	repeat bool
}

var (
	rCall     = row{class: call}
	rDispatch = row{class: dispatch}
	rTail     = row{class: tail}
	rSkip     = row{class: skip}
	rJmpOp1   = row{class: call, target: op1Target}
	rJmpOp2   = row{class: call, target: op2Target}
	rJmpExt   = row{class: call, target: extTarget}
	rRepeat   = row{class: call, repeat: true}
)

// table has one row per opcode number 0..zend.LastOpcode, in number order
// (TestTable checks it against zend's opcode list). Rows other than plain
// calls and jumps say why.
var table = [zend.LastOpcode + 1]row{
	zend.Nop:                    rSkip, // does nothing
	zend.Add:                    rCall,
	zend.Sub:                    rCall,
	zend.Mul:                    rCall,
	zend.Div:                    rCall,
	zend.Mod:                    rCall,
	zend.Sl:                     rCall,
	zend.Sr:                     rCall,
	zend.Concat:                 rCall,
	zend.BwOr:                   rCall,
	zend.BwAnd:                  rCall,
	zend.BwXor:                  rCall,
	zend.Pow:                    rCall,
	zend.BwNot:                  rCall,
	zend.BoolNot:                rCall,
	zend.BoolXor:                rCall,
	zend.IsIdentical:            rCall,
	zend.IsNotIdentical:         rCall,
	zend.IsEqual:                rCall,
	zend.IsNotEqual:             rCall,
	zend.IsSmaller:              rCall,
	zend.IsSmallerOrEqual:       rCall,
	zend.Assign:                 rCall,
	zend.AssignDim:              rCall,
	zend.AssignObj:              rCall,
	zend.AssignStaticProp:       rCall,
	zend.AssignOp:               rCall,
	zend.AssignDimOp:            rCall,
	zend.AssignObjOp:            rCall,
	zend.AssignStaticPropOp:     rCall,
	zend.AssignRef:              rCall,
	zend.QmAssign:               rCall,
	zend.AssignObjRef:           rCall,
	zend.AssignStaticPropRef:    rCall,
	zend.PreInc:                 rCall,
	zend.PreDec:                 rCall,
	zend.PostInc:                rCall,
	zend.PostDec:                rCall,
	zend.PreIncStaticProp:       rCall,
	zend.PreDecStaticProp:       rCall,
	zend.PostIncStaticProp:      rCall,
	zend.PostDecStaticProp:      rCall,
	zend.Jmp:                    rJmpOp1,
	zend.Jmpz:                   rJmpOp2,
	zend.Jmpnz:                  rJmpOp2,
	45:                          {}, // unused in 8.2 (was ZEND_JMPZNZ)
	zend.JmpzEx:                 rJmpOp2,
	zend.JmpnzEx:                rJmpOp2,
	zend.Case:                   rCall,
	zend.CheckVar:               rCall,
	zend.SendVarNoRefEx:         rCall,
	zend.Cast:                   rCall,
	zend.Bool:                   rCall,
	zend.FastConcat:             rCall,
	zend.RopeInit:               rCall,
	zend.RopeAdd:                rCall,
	zend.RopeEnd:                rCall,
	zend.BeginSilence:           rCall,
	zend.EndSilence:             rCall,
	zend.InitFcallByName:        rCall,
	zend.DoFcall:                rTail, // enters the callee: inlined HYBRID label
	zend.InitFcall:              rCall,
	zend.Return:                 rTail,   // leaves the frame: inlined HYBRID label
	zend.Recv:                   rCall,   // not repeatable: a missing argument throws
	zend.RecvInit:               rRepeat, // the handler runs the whole RECV_INIT run
	zend.SendVal:                rCall,
	zend.SendVarEx:              rCall,
	zend.SendRef:                rCall,
	zend.New:                    rCall,
	zend.InitNsFcallByName:      rCall,
	zend.Free:                   rCall,
	zend.InitArray:              rCall,
	zend.AddArrayElement:        rCall,
	zend.IncludeOrEval:          rDispatch, // enters the included or eval'd code
	zend.UnsetVar:               rCall,
	zend.UnsetDim:               rCall,
	zend.UnsetObj:               rCall,
	zend.FeResetR:               rJmpOp2,
	zend.FeFetchR:               rJmpExt,
	zend.Exit:                   rDispatch, // throws the unwind_exit exception
	zend.FetchR:                 rCall,
	zend.FetchDimR:              rCall,
	zend.FetchObjR:              rCall,
	zend.FetchW:                 rCall,
	zend.FetchDimW:              rCall,
	zend.FetchObjW:              rCall,
	zend.FetchRw:                rCall,
	zend.FetchDimRw:             rCall,
	zend.FetchObjRw:             rCall,
	zend.FetchIs:                rCall,
	zend.FetchDimIs:             rCall,
	zend.FetchObjIs:             rCall,
	zend.FetchFuncArg:           rCall,
	zend.FetchDimFuncArg:        rCall,
	zend.FetchObjFuncArg:        rCall,
	zend.FetchUnset:             rCall,
	zend.FetchDimUnset:          rCall,
	zend.FetchObjUnset:          rCall,
	zend.FetchListR:             rCall,
	zend.FetchConstant:          rCall,
	zend.CheckFuncArg:           rCall,
	zend.ExtStmt:                rCall,
	zend.ExtFcallBegin:          rCall,
	zend.ExtFcallEnd:            rCall,
	zend.ExtNop:                 rCall,
	zend.Ticks:                  rCall,
	zend.SendVarNoRef:           rCall,
	zend.Catch:                  rDispatch, // next op, next catch, or rethrow
	zend.Throw:                  rCall,
	zend.FetchClass:             rCall,
	zend.Clone:                  rCall,
	zend.ReturnByRef:            rTail, // leaves the frame
	zend.InitMethodCall:         rCall,
	zend.InitStaticMethodCall:   rCall,
	zend.IssetIsemptyVar:        rCall,
	zend.IssetIsemptyDimObj:     rCall,
	zend.SendValEx:              rCall,
	zend.SendVar:                rCall,
	zend.InitUserCall:           rCall,
	zend.SendArray:              rCall,
	zend.SendUser:               rCall,
	zend.Strlen:                 rCall,
	zend.Defined:                rCall,
	zend.TypeCheck:              rCall,
	zend.VerifyReturnType:       rCall,
	zend.FeResetRw:              rJmpOp2,
	zend.FeFetchRw:              rJmpExt,
	zend.FeFree:                 rCall,
	zend.InitDynamicCall:        rCall,
	zend.DoIcall:                rCall, // internal callee: no frame switch
	zend.DoUcall:                rTail, // enters the callee: inlined HYBRID label
	zend.DoFcallByName:          rTail, // enters the callee: inlined HYBRID label
	zend.PreIncObj:              rCall,
	zend.PreDecObj:              rCall,
	zend.PostIncObj:             rCall,
	zend.PostDecObj:             rCall,
	zend.Echo:                   rCall,
	zend.OpData:                 rSkip, // consumed by the op before it
	zend.Instanceof:             rCall,
	zend.GeneratorCreate:        rDispatch, // returns the new generator to the caller
	zend.MakeRef:                rCall,
	zend.DeclareFunction:        rCall,
	zend.DeclareLambdaFunction:  rCall,
	zend.DeclareConst:           rCall,
	zend.DeclareClass:           rCall,
	zend.DeclareClassDelayed:    rCall,
	zend.DeclareAnonClass:       rCall,
	zend.AddArrayUnpack:         rCall,
	zend.IssetIsemptyPropObj:    rCall,
	zend.HandleException:        rDispatch, // only in EG(exception_op): to a catch, or leaves
	zend.UserOpcode:             rDispatch, // may enter, leave or return
	zend.AssertCheck:            rJmpOp2,
	zend.JmpSet:                 rJmpOp2,
	zend.UnsetCv:                rCall,
	zend.IssetIsemptyCv:         rCall,
	zend.FetchListW:             rCall,
	zend.Separate:               rCall,
	zend.FetchClassName:         rCall,
	zend.CallTrampoline:         rDispatch, // only in trampolines: enters the callee
	zend.DiscardException:       rDispatch, // before a return out of finally
	zend.Yield:                  rDispatch, // suspends: returns from execute_ex
	zend.GeneratorReturn:        rTail,     // finishes the generator, leaves the frame
	zend.FastCall:               rDispatch, // jumps into the finally block
	zend.FastRet:                rDispatch, // back behind FAST_CALL, or on to a return or throw
	zend.RecvVariadic:           rCall,
	zend.SendUnpack:             rCall,
	zend.YieldFrom:              rDispatch, // suspends, or delegates to another generator
	zend.CopyTmp:                rCall,
	zend.BindGlobal:             rRepeat, // the handler runs the whole BIND_GLOBAL run
	zend.Coalesce:               rJmpOp2,
	zend.Spaceship:              rCall,
	zend.FuncNumArgs:            rCall,
	zend.FuncGetArgs:            rCall,
	zend.FetchStaticPropR:       rCall,
	zend.FetchStaticPropW:       rCall,
	zend.FetchStaticPropRw:      rCall,
	zend.FetchStaticPropIs:      rCall,
	zend.FetchStaticPropFuncArg: rCall,
	zend.FetchStaticPropUnset:   rCall,
	zend.UnsetStaticProp:        rCall,
	zend.IssetIsemptyStaticProp: rCall,
	zend.FetchClassConstant:     rCall,
	zend.BindLexical:            rCall,
	zend.BindStatic:             rCall,
	zend.FetchThis:              rCall,
	zend.SendFuncArg:            rCall,
	zend.IssetIsemptyThis:       rCall,
	zend.SwitchLong:             rCall, // jump table targets are block starts: dispatch finds them
	zend.SwitchString:           rCall, // jump table targets are block starts: dispatch finds them
	zend.InArray:                rCall,
	zend.Count:                  rCall,
	zend.GetClass:               rCall,
	zend.GetCalledClass:         rCall,
	zend.GetType:                rCall,
	zend.ArrayKeyExists:         rCall,
	zend.Match:                  rDispatch, // N-way jump, never to the next op
	zend.CaseStrict:             rCall,
	zend.MatchError:             rDispatch, // throws
	zend.JmpNull:                rJmpOp2,
	zend.CheckUndefArgs:         rCall,
	zend.FetchGlobals:           rCall,
	zend.VerifyNeverType:        rCall,
	zend.CallableConvert:        rCall,
}

// isCondJump reports whether op is a JMPZ or JMPNZ, the ops a comparison
// with a smart-branch result type is fused with.
func isCondJump(op zend.Opcode) bool { return op == zend.Jmpz || op == zend.Jmpnz }
