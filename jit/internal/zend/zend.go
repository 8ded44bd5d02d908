// Package zend holds the PHP 8.2 (Zend Engine 4.2, API 20220829) facts the
// compiler emits code against: opcode numbers and names, operand and zval
// type codes, fn_flags bits and the memory layout of the structures the
// generated code touches.
//
// Everything here is a constant of one particular PHP build (x86_64, NTS,
// HYBRID VM). The layout part is verified at run time: the C module measures
// the real offsets with offsetof() and the engine refuses to start on a
// mismatch (see CheckLayout). The rest is re-checked against the installed
// PHP headers by the tests when those headers are present.
package zend

import "fmt"

// Opcode is a zend_op.opcode value.
type Opcode uint8

// LastOpcode is ZEND_VM_LAST_OPCODE: the highest opcode number in PHP 8.2.
const LastOpcode = 202

// String returns the C name of the opcode ("ZEND_ADD"), or
// "ZEND_UNKNOWN_<n>" for numbers PHP 8.2 does not define.
func (o Opcode) String() string {
	if int(o) < len(opcodeNames) && opcodeNames[o] != "" {
		return opcodeNames[o]
	}
	return fmt.Sprintf("ZEND_UNKNOWN_%d", uint8(o))
}

// Valid reports whether PHP 8.2 defines the opcode.
func (o Opcode) Valid() bool {
	return int(o) < len(opcodeNames) && opcodeNames[o] != ""
}

// OpType is the type of a zend_op operand (op1_type, op2_type, result_type).
type OpType uint8

// Operand types (IS_UNUSED, IS_CONST, ...), from zend_compile.h.
const (
	OpUnused OpType = 0
	OpConst  OpType = 1 << 0
	OpTmpVar OpType = 1 << 1
	OpVar    OpType = 1 << 2
	OpCV     OpType = 1 << 3

	// SmartBranchJmpz and SmartBranchJmpnz are flags in result_type of
	// comparison ops fused with the following JMPZ/JMPNZ.
	SmartBranchJmpz  OpType = 0x10
	SmartBranchJmpnz OpType = 0x20
)

// ZvalType is the type byte of a zval (low byte of u1.type_info).
type ZvalType uint8

// Zval type codes, from zend_types.h.
const (
	TypeUndef       ZvalType = 0
	TypeNull        ZvalType = 1
	TypeFalse       ZvalType = 2
	TypeTrue        ZvalType = 3
	TypeLong        ZvalType = 4
	TypeDouble      ZvalType = 5
	TypeString      ZvalType = 6
	TypeArray       ZvalType = 7
	TypeObject      ZvalType = 8
	TypeResource    ZvalType = 9
	TypeReference   ZvalType = 10
	TypeConstantAST ZvalType = 11
	TypeIndirect    ZvalType = 12
	TypePtr         ZvalType = 13
)

// Flags in zval.u1.type_info above the type byte, and the full type_info
// values of refcounted types.
const (
	TypeFlagRefcounted  = 0x100
	TypeFlagCollectable = 0x200

	TypeInfoStringEx    = 0x106
	TypeInfoArrayEx     = 0x307
	TypeInfoObjectEx    = 0x308
	TypeInfoReferenceEx = 0x10a
)

// zend_op_array.fn_flags bits the compiler looks at (zend_compile.h).
const (
	AccStatic        uint32 = 1 << 4
	AccHasTypeHints  uint32 = 1 << 8
	AccTopLevel      uint32 = 1 << 9
	AccReturnRef     uint32 = 1 << 12
	AccHasReturnType uint32 = 1 << 13
	AccVariadic      uint32 = 1 << 14
	AccHasFinally    uint32 = 1 << 15
	AccClosure       uint32 = 1 << 22
	AccGenerator     uint32 = 1 << 24
	AccStrictTypes   uint32 = 1 << 31
)

// Bits of a refcounted value's GC type info (ZendRefcountedTypeInfo), from
// zend_types.h: GC_MAY_LEAK is "none of GCInfoMask|GCNotCollectable set".
const (
	GCNotCollectable uint32 = 1 << 4
	GCImmutable      uint32 = 1 << 6 // IS_ARRAY_IMMUTABLE: a shared array, never written
	GCInfoMask       uint32 = 0xfffffc00
)

// zend_function.type (the first byte of every zend_function, at
// FunctionType): ZEND_USER_FUNCTION.
const (
	FunctionType       = 0
	UserFunction uint8 = 2
)

// ZEND_CALL_* bits of a frame's call info (EX(This).u1.type_info, at
// ExecuteDataCallInfo), from zend_compile.h.
const (
	CallCode                uint32 = 1 << 16
	CallTop                 uint32 = 1 << 17
	CallAllocated           uint32 = 1 << 18
	CallFreeExtraArgs       uint32 = 1 << 19
	CallHasSymbolTable      uint32 = 1 << 20
	CallReleaseThis         uint32 = 1 << 21
	CallClosure             uint32 = 1 << 22
	CallFakeClosure         uint32 = 1 << 23
	CallGenerator           uint32 = 1 << 24
	CallHasExtraNamedParams uint32 = 1 << 27
	CallObserved            uint32 = 1 << 28
	CallSendArgByRef        uint32 = 1 << 31
	// CallNestedFunction is ZEND_CALL_NESTED_FUNCTION, the call info of a
	// frame INIT_FCALL pushes (ZEND_CALL_FUNCTION | ZEND_CALL_NESTED).
	CallNestedFunction uint32 = 0
)

// IsRecv reports whether op is one of the argument-receiving opcodes that
// open a function body (RECV, RECV_INIT, RECV_VARIADIC).
func IsRecv(op Opcode) bool {
	return op == Recv || op == RecvInit || op == RecvVariadic
}
