// Opcode table of PHP 8.2, transcribed by script from Zend/zend_vm_opcodes.h
// (API 20220829). TestOpcodesMatchHeader re-checks every number and name
// against the installed header when it is present.

package zend

// Opcode numbers (zend_op.opcode) of PHP 8.2. Number 45 is unused in 8.2
// (it was ZEND_JMPZNZ).
const (
	Nop                    Opcode = 0
	Add                    Opcode = 1
	Sub                    Opcode = 2
	Mul                    Opcode = 3
	Div                    Opcode = 4
	Mod                    Opcode = 5
	Sl                     Opcode = 6
	Sr                     Opcode = 7
	Concat                 Opcode = 8
	BwOr                   Opcode = 9
	BwAnd                  Opcode = 10
	BwXor                  Opcode = 11
	Pow                    Opcode = 12
	BwNot                  Opcode = 13
	BoolNot                Opcode = 14
	BoolXor                Opcode = 15
	IsIdentical            Opcode = 16
	IsNotIdentical         Opcode = 17
	IsEqual                Opcode = 18
	IsNotEqual             Opcode = 19
	IsSmaller              Opcode = 20
	IsSmallerOrEqual       Opcode = 21
	Assign                 Opcode = 22
	AssignDim              Opcode = 23
	AssignObj              Opcode = 24
	AssignStaticProp       Opcode = 25
	AssignOp               Opcode = 26
	AssignDimOp            Opcode = 27
	AssignObjOp            Opcode = 28
	AssignStaticPropOp     Opcode = 29
	AssignRef              Opcode = 30
	QmAssign               Opcode = 31
	AssignObjRef           Opcode = 32
	AssignStaticPropRef    Opcode = 33
	PreInc                 Opcode = 34
	PreDec                 Opcode = 35
	PostInc                Opcode = 36
	PostDec                Opcode = 37
	PreIncStaticProp       Opcode = 38
	PreDecStaticProp       Opcode = 39
	PostIncStaticProp      Opcode = 40
	PostDecStaticProp      Opcode = 41
	Jmp                    Opcode = 42
	Jmpz                   Opcode = 43
	Jmpnz                  Opcode = 44
	JmpzEx                 Opcode = 46
	JmpnzEx                Opcode = 47
	Case                   Opcode = 48
	CheckVar               Opcode = 49
	SendVarNoRefEx         Opcode = 50
	Cast                   Opcode = 51
	Bool                   Opcode = 52
	FastConcat             Opcode = 53
	RopeInit               Opcode = 54
	RopeAdd                Opcode = 55
	RopeEnd                Opcode = 56
	BeginSilence           Opcode = 57
	EndSilence             Opcode = 58
	InitFcallByName        Opcode = 59
	DoFcall                Opcode = 60
	InitFcall              Opcode = 61
	Return                 Opcode = 62
	Recv                   Opcode = 63
	RecvInit               Opcode = 64
	SendVal                Opcode = 65
	SendVarEx              Opcode = 66
	SendRef                Opcode = 67
	New                    Opcode = 68
	InitNsFcallByName      Opcode = 69
	Free                   Opcode = 70
	InitArray              Opcode = 71
	AddArrayElement        Opcode = 72
	IncludeOrEval          Opcode = 73
	UnsetVar               Opcode = 74
	UnsetDim               Opcode = 75
	UnsetObj               Opcode = 76
	FeResetR               Opcode = 77
	FeFetchR               Opcode = 78
	Exit                   Opcode = 79
	FetchR                 Opcode = 80
	FetchDimR              Opcode = 81
	FetchObjR              Opcode = 82
	FetchW                 Opcode = 83
	FetchDimW              Opcode = 84
	FetchObjW              Opcode = 85
	FetchRw                Opcode = 86
	FetchDimRw             Opcode = 87
	FetchObjRw             Opcode = 88
	FetchIs                Opcode = 89
	FetchDimIs             Opcode = 90
	FetchObjIs             Opcode = 91
	FetchFuncArg           Opcode = 92
	FetchDimFuncArg        Opcode = 93
	FetchObjFuncArg        Opcode = 94
	FetchUnset             Opcode = 95
	FetchDimUnset          Opcode = 96
	FetchObjUnset          Opcode = 97
	FetchListR             Opcode = 98
	FetchConstant          Opcode = 99
	CheckFuncArg           Opcode = 100
	ExtStmt                Opcode = 101
	ExtFcallBegin          Opcode = 102
	ExtFcallEnd            Opcode = 103
	ExtNop                 Opcode = 104
	Ticks                  Opcode = 105
	SendVarNoRef           Opcode = 106
	Catch                  Opcode = 107
	Throw                  Opcode = 108
	FetchClass             Opcode = 109
	Clone                  Opcode = 110
	ReturnByRef            Opcode = 111
	InitMethodCall         Opcode = 112
	InitStaticMethodCall   Opcode = 113
	IssetIsemptyVar        Opcode = 114
	IssetIsemptyDimObj     Opcode = 115
	SendValEx              Opcode = 116
	SendVar                Opcode = 117
	InitUserCall           Opcode = 118
	SendArray              Opcode = 119
	SendUser               Opcode = 120
	Strlen                 Opcode = 121
	Defined                Opcode = 122
	TypeCheck              Opcode = 123
	VerifyReturnType       Opcode = 124
	FeResetRw              Opcode = 125
	FeFetchRw              Opcode = 126
	FeFree                 Opcode = 127
	InitDynamicCall        Opcode = 128
	DoIcall                Opcode = 129
	DoUcall                Opcode = 130
	DoFcallByName          Opcode = 131
	PreIncObj              Opcode = 132
	PreDecObj              Opcode = 133
	PostIncObj             Opcode = 134
	PostDecObj             Opcode = 135
	Echo                   Opcode = 136
	OpData                 Opcode = 137
	Instanceof             Opcode = 138
	GeneratorCreate        Opcode = 139
	MakeRef                Opcode = 140
	DeclareFunction        Opcode = 141
	DeclareLambdaFunction  Opcode = 142
	DeclareConst           Opcode = 143
	DeclareClass           Opcode = 144
	DeclareClassDelayed    Opcode = 145
	DeclareAnonClass       Opcode = 146
	AddArrayUnpack         Opcode = 147
	IssetIsemptyPropObj    Opcode = 148
	HandleException        Opcode = 149
	UserOpcode             Opcode = 150
	AssertCheck            Opcode = 151
	JmpSet                 Opcode = 152
	UnsetCv                Opcode = 153
	IssetIsemptyCv         Opcode = 154
	FetchListW             Opcode = 155
	Separate               Opcode = 156
	FetchClassName         Opcode = 157
	CallTrampoline         Opcode = 158
	DiscardException       Opcode = 159
	Yield                  Opcode = 160
	GeneratorReturn        Opcode = 161
	FastCall               Opcode = 162
	FastRet                Opcode = 163
	RecvVariadic           Opcode = 164
	SendUnpack             Opcode = 165
	YieldFrom              Opcode = 166
	CopyTmp                Opcode = 167
	BindGlobal             Opcode = 168
	Coalesce               Opcode = 169
	Spaceship              Opcode = 170
	FuncNumArgs            Opcode = 171
	FuncGetArgs            Opcode = 172
	FetchStaticPropR       Opcode = 173
	FetchStaticPropW       Opcode = 174
	FetchStaticPropRw      Opcode = 175
	FetchStaticPropIs      Opcode = 176
	FetchStaticPropFuncArg Opcode = 177
	FetchStaticPropUnset   Opcode = 178
	UnsetStaticProp        Opcode = 179
	IssetIsemptyStaticProp Opcode = 180
	FetchClassConstant     Opcode = 181
	BindLexical            Opcode = 182
	BindStatic             Opcode = 183
	FetchThis              Opcode = 184
	SendFuncArg            Opcode = 185
	IssetIsemptyThis       Opcode = 186
	SwitchLong             Opcode = 187
	SwitchString           Opcode = 188
	InArray                Opcode = 189
	Count                  Opcode = 190
	GetClass               Opcode = 191
	GetCalledClass         Opcode = 192
	GetType                Opcode = 193
	ArrayKeyExists         Opcode = 194
	Match                  Opcode = 195
	CaseStrict             Opcode = 196
	MatchError             Opcode = 197
	JmpNull                Opcode = 198
	CheckUndefArgs         Opcode = 199
	FetchGlobals           Opcode = 200
	VerifyNeverType        Opcode = 201
	CallableConvert        Opcode = 202
)

// opcodeNames maps an opcode number to its C name, "" for unused numbers.
var opcodeNames = [LastOpcode + 1]string{
	0:   "ZEND_NOP",
	1:   "ZEND_ADD",
	2:   "ZEND_SUB",
	3:   "ZEND_MUL",
	4:   "ZEND_DIV",
	5:   "ZEND_MOD",
	6:   "ZEND_SL",
	7:   "ZEND_SR",
	8:   "ZEND_CONCAT",
	9:   "ZEND_BW_OR",
	10:  "ZEND_BW_AND",
	11:  "ZEND_BW_XOR",
	12:  "ZEND_POW",
	13:  "ZEND_BW_NOT",
	14:  "ZEND_BOOL_NOT",
	15:  "ZEND_BOOL_XOR",
	16:  "ZEND_IS_IDENTICAL",
	17:  "ZEND_IS_NOT_IDENTICAL",
	18:  "ZEND_IS_EQUAL",
	19:  "ZEND_IS_NOT_EQUAL",
	20:  "ZEND_IS_SMALLER",
	21:  "ZEND_IS_SMALLER_OR_EQUAL",
	22:  "ZEND_ASSIGN",
	23:  "ZEND_ASSIGN_DIM",
	24:  "ZEND_ASSIGN_OBJ",
	25:  "ZEND_ASSIGN_STATIC_PROP",
	26:  "ZEND_ASSIGN_OP",
	27:  "ZEND_ASSIGN_DIM_OP",
	28:  "ZEND_ASSIGN_OBJ_OP",
	29:  "ZEND_ASSIGN_STATIC_PROP_OP",
	30:  "ZEND_ASSIGN_REF",
	31:  "ZEND_QM_ASSIGN",
	32:  "ZEND_ASSIGN_OBJ_REF",
	33:  "ZEND_ASSIGN_STATIC_PROP_REF",
	34:  "ZEND_PRE_INC",
	35:  "ZEND_PRE_DEC",
	36:  "ZEND_POST_INC",
	37:  "ZEND_POST_DEC",
	38:  "ZEND_PRE_INC_STATIC_PROP",
	39:  "ZEND_PRE_DEC_STATIC_PROP",
	40:  "ZEND_POST_INC_STATIC_PROP",
	41:  "ZEND_POST_DEC_STATIC_PROP",
	42:  "ZEND_JMP",
	43:  "ZEND_JMPZ",
	44:  "ZEND_JMPNZ",
	46:  "ZEND_JMPZ_EX",
	47:  "ZEND_JMPNZ_EX",
	48:  "ZEND_CASE",
	49:  "ZEND_CHECK_VAR",
	50:  "ZEND_SEND_VAR_NO_REF_EX",
	51:  "ZEND_CAST",
	52:  "ZEND_BOOL",
	53:  "ZEND_FAST_CONCAT",
	54:  "ZEND_ROPE_INIT",
	55:  "ZEND_ROPE_ADD",
	56:  "ZEND_ROPE_END",
	57:  "ZEND_BEGIN_SILENCE",
	58:  "ZEND_END_SILENCE",
	59:  "ZEND_INIT_FCALL_BY_NAME",
	60:  "ZEND_DO_FCALL",
	61:  "ZEND_INIT_FCALL",
	62:  "ZEND_RETURN",
	63:  "ZEND_RECV",
	64:  "ZEND_RECV_INIT",
	65:  "ZEND_SEND_VAL",
	66:  "ZEND_SEND_VAR_EX",
	67:  "ZEND_SEND_REF",
	68:  "ZEND_NEW",
	69:  "ZEND_INIT_NS_FCALL_BY_NAME",
	70:  "ZEND_FREE",
	71:  "ZEND_INIT_ARRAY",
	72:  "ZEND_ADD_ARRAY_ELEMENT",
	73:  "ZEND_INCLUDE_OR_EVAL",
	74:  "ZEND_UNSET_VAR",
	75:  "ZEND_UNSET_DIM",
	76:  "ZEND_UNSET_OBJ",
	77:  "ZEND_FE_RESET_R",
	78:  "ZEND_FE_FETCH_R",
	79:  "ZEND_EXIT",
	80:  "ZEND_FETCH_R",
	81:  "ZEND_FETCH_DIM_R",
	82:  "ZEND_FETCH_OBJ_R",
	83:  "ZEND_FETCH_W",
	84:  "ZEND_FETCH_DIM_W",
	85:  "ZEND_FETCH_OBJ_W",
	86:  "ZEND_FETCH_RW",
	87:  "ZEND_FETCH_DIM_RW",
	88:  "ZEND_FETCH_OBJ_RW",
	89:  "ZEND_FETCH_IS",
	90:  "ZEND_FETCH_DIM_IS",
	91:  "ZEND_FETCH_OBJ_IS",
	92:  "ZEND_FETCH_FUNC_ARG",
	93:  "ZEND_FETCH_DIM_FUNC_ARG",
	94:  "ZEND_FETCH_OBJ_FUNC_ARG",
	95:  "ZEND_FETCH_UNSET",
	96:  "ZEND_FETCH_DIM_UNSET",
	97:  "ZEND_FETCH_OBJ_UNSET",
	98:  "ZEND_FETCH_LIST_R",
	99:  "ZEND_FETCH_CONSTANT",
	100: "ZEND_CHECK_FUNC_ARG",
	101: "ZEND_EXT_STMT",
	102: "ZEND_EXT_FCALL_BEGIN",
	103: "ZEND_EXT_FCALL_END",
	104: "ZEND_EXT_NOP",
	105: "ZEND_TICKS",
	106: "ZEND_SEND_VAR_NO_REF",
	107: "ZEND_CATCH",
	108: "ZEND_THROW",
	109: "ZEND_FETCH_CLASS",
	110: "ZEND_CLONE",
	111: "ZEND_RETURN_BY_REF",
	112: "ZEND_INIT_METHOD_CALL",
	113: "ZEND_INIT_STATIC_METHOD_CALL",
	114: "ZEND_ISSET_ISEMPTY_VAR",
	115: "ZEND_ISSET_ISEMPTY_DIM_OBJ",
	116: "ZEND_SEND_VAL_EX",
	117: "ZEND_SEND_VAR",
	118: "ZEND_INIT_USER_CALL",
	119: "ZEND_SEND_ARRAY",
	120: "ZEND_SEND_USER",
	121: "ZEND_STRLEN",
	122: "ZEND_DEFINED",
	123: "ZEND_TYPE_CHECK",
	124: "ZEND_VERIFY_RETURN_TYPE",
	125: "ZEND_FE_RESET_RW",
	126: "ZEND_FE_FETCH_RW",
	127: "ZEND_FE_FREE",
	128: "ZEND_INIT_DYNAMIC_CALL",
	129: "ZEND_DO_ICALL",
	130: "ZEND_DO_UCALL",
	131: "ZEND_DO_FCALL_BY_NAME",
	132: "ZEND_PRE_INC_OBJ",
	133: "ZEND_PRE_DEC_OBJ",
	134: "ZEND_POST_INC_OBJ",
	135: "ZEND_POST_DEC_OBJ",
	136: "ZEND_ECHO",
	137: "ZEND_OP_DATA",
	138: "ZEND_INSTANCEOF",
	139: "ZEND_GENERATOR_CREATE",
	140: "ZEND_MAKE_REF",
	141: "ZEND_DECLARE_FUNCTION",
	142: "ZEND_DECLARE_LAMBDA_FUNCTION",
	143: "ZEND_DECLARE_CONST",
	144: "ZEND_DECLARE_CLASS",
	145: "ZEND_DECLARE_CLASS_DELAYED",
	146: "ZEND_DECLARE_ANON_CLASS",
	147: "ZEND_ADD_ARRAY_UNPACK",
	148: "ZEND_ISSET_ISEMPTY_PROP_OBJ",
	149: "ZEND_HANDLE_EXCEPTION",
	150: "ZEND_USER_OPCODE",
	151: "ZEND_ASSERT_CHECK",
	152: "ZEND_JMP_SET",
	153: "ZEND_UNSET_CV",
	154: "ZEND_ISSET_ISEMPTY_CV",
	155: "ZEND_FETCH_LIST_W",
	156: "ZEND_SEPARATE",
	157: "ZEND_FETCH_CLASS_NAME",
	158: "ZEND_CALL_TRAMPOLINE",
	159: "ZEND_DISCARD_EXCEPTION",
	160: "ZEND_YIELD",
	161: "ZEND_GENERATOR_RETURN",
	162: "ZEND_FAST_CALL",
	163: "ZEND_FAST_RET",
	164: "ZEND_RECV_VARIADIC",
	165: "ZEND_SEND_UNPACK",
	166: "ZEND_YIELD_FROM",
	167: "ZEND_COPY_TMP",
	168: "ZEND_BIND_GLOBAL",
	169: "ZEND_COALESCE",
	170: "ZEND_SPACESHIP",
	171: "ZEND_FUNC_NUM_ARGS",
	172: "ZEND_FUNC_GET_ARGS",
	173: "ZEND_FETCH_STATIC_PROP_R",
	174: "ZEND_FETCH_STATIC_PROP_W",
	175: "ZEND_FETCH_STATIC_PROP_RW",
	176: "ZEND_FETCH_STATIC_PROP_IS",
	177: "ZEND_FETCH_STATIC_PROP_FUNC_ARG",
	178: "ZEND_FETCH_STATIC_PROP_UNSET",
	179: "ZEND_UNSET_STATIC_PROP",
	180: "ZEND_ISSET_ISEMPTY_STATIC_PROP",
	181: "ZEND_FETCH_CLASS_CONSTANT",
	182: "ZEND_BIND_LEXICAL",
	183: "ZEND_BIND_STATIC",
	184: "ZEND_FETCH_THIS",
	185: "ZEND_SEND_FUNC_ARG",
	186: "ZEND_ISSET_ISEMPTY_THIS",
	187: "ZEND_SWITCH_LONG",
	188: "ZEND_SWITCH_STRING",
	189: "ZEND_IN_ARRAY",
	190: "ZEND_COUNT",
	191: "ZEND_GET_CLASS",
	192: "ZEND_GET_CALLED_CLASS",
	193: "ZEND_GET_TYPE",
	194: "ZEND_ARRAY_KEY_EXISTS",
	195: "ZEND_MATCH",
	196: "ZEND_CASE_STRICT",
	197: "ZEND_MATCH_ERROR",
	198: "ZEND_JMP_NULL",
	199: "ZEND_CHECK_UNDEF_ARGS",
	200: "ZEND_FETCH_GLOBALS",
	201: "ZEND_VERIFY_NEVER_TYPE",
	202: "ZEND_CALLABLE_CONVERT",
}
