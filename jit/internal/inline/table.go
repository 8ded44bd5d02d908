package inline

import (
	"github.com/gojit/gojit/jit/internal/callthread"
	"github.com/gojit/gojit/jit/internal/zend"
)

// lowering decides about op i and returns its Plan.
type lowering func(in *Inliner, i int) callthread.Plan

// lowerings has one entry per opcode with a fast path; nil elsewhere.
var lowerings = [zend.LastOpcode + 1]lowering{
	// lower_arith.go
	zend.Add:      lowerBinary,
	zend.Sub:      lowerBinary,
	zend.Mul:      lowerBinary,
	zend.Div:      lowerBinary,
	zend.Mod:      lowerBinary,
	zend.Sl:       lowerBinary,
	zend.Sr:       lowerBinary,
	zend.BwOr:     lowerBinary,
	zend.BwAnd:    lowerBinary,
	zend.BwXor:    lowerBinary,
	zend.AssignOp: lowerAssignOp,
	zend.PreInc:   lowerIncDec,
	zend.PreDec:   lowerIncDec,
	zend.PostInc:  lowerIncDec,
	zend.PostDec:  lowerIncDec,

	// lower_cmp.go
	zend.IsSmaller:        lowerCompare,
	zend.IsSmallerOrEqual: lowerCompare,
	zend.IsEqual:          lowerCompare,
	zend.IsNotEqual:       lowerCompare,
	zend.IsIdentical:      lowerCompare,
	zend.IsNotIdentical:   lowerCompare,

	// lower_branch.go
	zend.Jmp:   lowerJmp,
	zend.Jmpz:  lowerCondJmp,
	zend.Jmpnz: lowerCondJmp,

	// lower_fetch.go
	zend.Recv:      lowerRecv,
	zend.FetchObjR: lowerFetchObjR,
	zend.FetchDimR: lowerFetchDimR,

	// lower_dim.go
	zend.AssignDim: lowerAssignDim,

	// lower_obj.go
	zend.AssignObjOp: lowerAssignObjOp,
	zend.AssignObj:   lowerAssignObj,

	// lower_bool.go
	zend.Bool:     lowerBool,
	zend.BoolNot:  lowerBool,
	zend.JmpzEx:   lowerJmpzEx,
	zend.JmpnzEx:  lowerJmpzEx,
	zend.Cast:     lowerCast,
	zend.RecvInit: lowerRecvInit,

	zend.TypeCheck: lowerTypeCheck, // lower_cmp.go

	// lower_assign.go
	zend.Assign:   lowerAssign,
	zend.QmAssign: lowerQmAssign,
	zend.Free:     lowerFree,

	// lower_return.go
	zend.Return: lowerReturn,

	// lower_call.go
	zend.InitFcall: lowerInitFcall,
	zend.SendVal:   lowerSendVal,
	zend.SendVar:   lowerSendVar,
	zend.DoUcall:   lowerDoUcall,

	zend.InitFcallByName: lowerInitFcallByName,
	zend.SendValEx:       lowerSendVal,
	zend.SendVarEx:       lowerSendVar,
	zend.DoFcallByName:   lowerDoUcall,

	// callfacts.go: the by-value cases of "f($a[$i])" before f is declared
	zend.CheckFuncArg:    lowerCheckFuncArg,
	zend.FetchDimFuncArg: lowerFetchDimFuncArg,
	zend.SendFuncArg:     lowerSendVar,

	// lower_verify.go
	zend.VerifyReturnType: lowerVerifyReturnType,
}
