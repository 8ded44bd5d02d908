// Package wire decodes the serialized op_array the C module sends for every
// function it wants compiled (docs/wire-format.md) and encodes it back, which
// tests use to build inputs.
//
// The decoder is the engine's trust boundary: the buffer comes from another
// process's memory layout, so every count, length and index is checked before
// use. Malformed input yields an error wrapping ErrMalformed, never a panic,
// and allocations are bounded by the input size (every decoded element
// corresponds to at least one fixed-size record of the input).
//
// Reserved fields are ignored on decode and written as zero on encode;
// unknown sections are skipped. Hence Decode(Encode(f)) equals f for every
// decoded f, and Encode is canonical.
package wire

import "errors"

// Magic and Version of the header.
const (
	Magic   uint32 = 0x46574a47 // "GJWF"
	Version uint16 = 3
)

// Section tags.
const (
	TagFunc     uint8 = 1
	TagOps      uint8 = 2
	TagLiterals uint8 = 3
	TagBlocks   uint8 = 4
	TagSSAVars  uint8 = 5
	TagSSAOps   uint8 = 6
	TagAddrs    uint8 = 7
	TagCallees  uint8 = 8
)

// Fixed record sizes, in bytes.
const (
	headerSize        = 8
	sectionHeaderSize = 8
	funcFixedSize     = 64
	tableHeaderSize   = 8 // u32 count, u32 reserved
	opSize            = 48
	literalSize       = 16
	blockSize         = 16
	ssaVarSize        = 32
	ssaOpSize         = 24
	addrsSize         = 8
	calleeSize        = 48
)

// NoBlock is the Op.Block value of functions sent without a CFG.
const NoBlock = ^uint32(0)

// ErrMalformed is wrapped by every error Decode returns.
var ErrMalformed = errors.New("wire: malformed buffer")

// Func.VMFlags bits.
const (
	// VMObservers: an observer extension is loaded (ZEND_OBSERVER_ENABLED),
	// so the VM runs the OBSERVER specializations of RETURN and the call
	// handlers, which call zend_observer_fcall_end/begin. A fast path that
	// replaced them would skip the observer.
	VMObservers uint32 = 1
)

// Op.Aux of a VERIFY_RETURN_TYPE: the function's declared return type.
// 0 (a C module that predates it) says nothing.
const (
	// AuxKnown marks an Aux the exporter filled in.
	AuxKnown uint32 = 1 << 30
	// AuxComplex: the type names classes (ZEND_TYPE_IS_COMPLEX), which
	// the MAY_BE_* bits do not describe.
	AuxComplex uint32 = 1 << 31
	// AuxTypeMask selects the type's MAY_BE_* bits (ZEND_TYPE_PURE_MASK).
	AuxTypeMask uint32 = 1<<25 - 1
)

// Kind says what an op_array is.
type Kind uint32

// Kinds, as encoded in FUNC.kind.
const (
	KindMain Kind = iota
	KindFunction
	KindMethod
	KindClosure
	KindEval
	kindEnd
)

func (k Kind) String() string {
	switch k {
	case KindMain:
		return "main"
	case KindFunction:
		return "function"
	case KindMethod:
		return "method"
	case KindClosure:
		return "closure"
	case KindEval:
		return "eval"
	}
	return "kind?"
}

// Func is one decoded op_array.
type Func struct {
	Kind            Kind
	Scope           string // class name, "" if none
	Name            string // function name, "" for main script and eval
	File            string
	Flags           uint32 // zend_op_array.fn_flags
	NumArgs         uint32
	RequiredNumArgs uint32
	LastVar         uint32 // number of CVs
	T               uint32 // number of TMP/VAR slots
	LineStart       uint32
	LineEnd         uint32
	OpArrayAddr     uint64 // address of the zend_op_array (never dereferenced)
	OpcodesAddr     uint64 // address of opcodes[0] (never dereferenced)
	// LiteralsAddr is the address of literals[0] (never dereferenced),
	// from the optional ADDRS section; 0 when the section is absent. With
	// it a CONST operand's literal index is known: (opline address +
	// (int32)operand - LiteralsAddr) / 16.
	LiteralsAddr uint64
	// VMFlags are facts about how the VM runs the ops (VM* bits): FUNC's
	// last u32, 0 from C modules that predate it.
	VMFlags uint32

	Ops      []Op      // never nil after Decode
	Literals []Literal // nil when the section is absent
	Blocks   []Block   // nil when the section is absent (no CFG)
	SSAVars  []SSAVar  // nil when the section is absent
	SSAOps   []SSAOp   // nil when absent; else len(SSAOps) == len(Ops)
	Callees  []Callee  // nil when the section is absent
}

// Callee is what the exporter found about the function an INIT_FCALL or
// INIT_FCALL_BY_NAME names: the user function the name meant in the
// function table when the caller was exported. Code using it checks at run
// time that the call's function is that op_array.
type Callee struct {
	Op      uint32 // the INIT op's index
	NumArgs uint32 // the callee's num_args, last_var, T and fn_flags
	LastVar uint32
	T       uint32
	Flags   uint32
	RetType uint32 // its declared return type, encoded as Op.Aux of a VERIFY_RETURN_TYPE; 0 if none
	// ArgFlags is its quick_arg_flags: the function type in the low
	// byte, then two bits per argument for the first 12 (argument n at
	// bit (n+3)*2): by reference, prefer reference.
	ArgFlags uint32
	OpArray  uint64 // the callee's zend_op_array (never dereferenced)
	Opcodes  uint64 // its opcodes[0] (never dereferenced)
}

// Op is one zend_op plus the block it belongs to. Operands keep the engine's
// encoding (byte offsets, see vm-protocol.md section 2).
type Op struct {
	Handler       uint64 // original VM handler address (a label inside execute_ex)
	Op1           uint32
	Op2           uint32
	Result        uint32
	ExtendedValue uint32
	Lineno        uint32
	Opcode        uint8
	Op1Type       uint8
	Op2Type       uint8
	ResultType    uint8
	Block         uint32 // index into Func.Blocks, or NoBlock
	Aux           uint32 // per-opcode facts the zend_op lacks (AuxKnown...), 0 if none
	HandlerFunc   uint64 // the handler's function variant, callable from native code; 0 if none
}

// Literal is one entry of op_array.literals. Strings carry only their length.
type Literal struct {
	Value  uint64 // long, double bits, 0/1 for false/true, else 0
	Type   uint8  // zval type (IS_LONG ...)
	StrLen uint32 // string length for IS_STRING, else 0
}

// Block is one basic block of the CFG.
type Block struct {
	Start      uint32 // first op index
	Len        uint32 // number of ops
	Flags      uint32 // ZEND_BB_* bits
	LoopHeader int32  // block index, -1 if none
}

// ZEND_BB_* block flags.
const (
	BBStart       uint32 = 1 << 0
	BBFollow      uint32 = 1 << 1
	BBTarget      uint32 = 1 << 2
	BBExit        uint32 = 1 << 3
	BBEntry       uint32 = 1 << 4
	BBTry         uint32 = 1 << 5
	BBCatch       uint32 = 1 << 6
	BBFinally     uint32 = 1 << 7
	BBFinallyEnd  uint32 = 1 << 8
	BBUnreachFree uint32 = 1 << 11
	BBRecvEntry   uint32 = 1 << 12
	BBLoopHeader  uint32 = 1 << 16
	BBIrreducible uint32 = 1 << 17
	BBReachable   uint32 = 1 << 31 // (1U<<31) in zend_cfg.h
)

// SSAVar is zend_ssa_var plus its inferred type and range.
type SSAVar struct {
	TypeMask uint32 // MAY_BE_* bits
	Flags    uint32 // SSAVar* flags
	Min, Max int64  // value range when Flags&SSAVarHasRange
	Var      int32  // variable number (CV, then TMP/VAR), -1 if none
	Def      int32  // defining op index, -1 for phis and parameters
}

// SSAVar.Flags bits.
const (
	SSAVarHasRange     uint32 = 1
	SSAVarUnderflow    uint32 = 2
	SSAVarOverflow     uint32 = 4
	SSAVarIsInstanceof uint32 = 8
	SSAVarNoVal        uint32 = 16
)

// SSAOp gives the SSA variables an op uses and defines, -1 for none.
type SSAOp struct {
	Op1Use, Op2Use, ResultUse int32
	Op1Def, Op2Def, ResultDef int32
}
