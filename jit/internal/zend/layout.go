package zend

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// Layout of the Zend structures generated code reads and writes, for PHP 8.2
// on x86_64 (NTS). Values are byte offsets unless named Sizeof*; they were
// measured with offsetof() against /usr/include/php/20220829 and are checked
// again at engine start (CheckLayout), or, for the ones gojit_layout does not
// carry, by _Static_assert when the C module is built (GOJIT_ASSERT_OFFSET in
// ext/gojit_loader.c: ExecuteDataReturnValue, ExecuteDataCallInfo,
// EGVMStackTop, ZendRefcountedRefcount, ZendRefcountedTypeInfo, ZendObjectGC,
// ZendPropertyInfoFlags, ZendPropertyInfoTypeMask, ZendArrayNumOfElements,
// ZendArrayTableSize, ZendArrayNextFree; GCInfoMask, GCImmutable and
// ZendAccReadonly too).
const (
	// zval
	SizeofZval   = 16
	ZvalValue    = 0
	ZvalTypeInfo = 8 // u32; the type byte is at 8, type flags at 9
	ZvalU2       = 12

	// zend_op
	SizeofZendOp        = 32
	ZendOpHandler       = 0
	ZendOpOp1           = 8
	ZendOpOp2           = 12
	ZendOpResult        = 16
	ZendOpExtendedValue = 20
	ZendOpLineno        = 24
	ZendOpOpcode        = 28
	ZendOpOp1Type       = 29
	ZendOpOp2Type       = 30
	ZendOpResultType    = 31

	// zend_execute_data. CV i lives at SizeofExecuteData + 16*i (EX_VAR).
	SizeofExecuteData           = 80
	ExecuteDataOpline           = 0
	ExecuteDataCall             = 8
	ExecuteDataReturnValue      = 16
	ExecuteDataFunc             = 24
	ExecuteDataThis             = 32
	ExecuteDataCallInfo         = 40 // This.u1.type_info
	ExecuteDataNumArgs          = 44 // This.u2.num_args
	ExecuteDataPrev             = 48
	ExecuteDataSymbolTable      = 56
	ExecuteDataRunTimeCache     = 64
	ExecuteDataExtraNamedParams = 72

	// zend_op_array
	SizeofOpArray          = 248
	OpArrayFnFlags         = 4
	OpArrayFunctionName    = 8
	OpArrayNumArgs         = 32
	OpArrayRequiredNumArgs = 36
	OpArrayT               = 56
	OpArrayRunTimeCachePtr = 64
	OpArrayCacheSize       = 72
	OpArrayLastVar         = 76
	OpArrayLast            = 80
	OpArrayOpcodes         = 88
	OpArrayVars            = 112
	OpArrayFilename        = 152
	OpArrayLiterals        = 184
	OpArrayReserved        = 200

	// executor_globals (EG), NTS build.
	EGUninitializedZval  = 0
	EGVMStackTop         = 456
	EGVMStackEnd         = 464
	EGVMStack            = 472
	EGCurrentExecuteData = 488
	EGVMInterrupt        = 546 // 1 byte
	EGTimedOut           = 547 // 1 byte
	EGException          = 864
	EGOplineBeforeExcept = 880
	EGExceptionOp        = 888

	// compiler_globals (CG), NTS build.
	CGMapPtrBase = 480

	// zend_array (HashTable)
	ZendArrayFlags         = 8  // u.flags; HASH_FLAG_PACKED in the low byte
	ZendArrayData          = 16 // arData / arPacked
	ZendArrayNumUsed       = 24 // u32
	ZendArrayNumOfElements = 28 // u32
	ZendArrayTableSize     = 32 // u32
	ZendArrayNextFree      = 40 // zend_long nNextFreeElement
	HashFlagPacked         = 1 << 2

	// zend_refcounted_h, the header of every refcounted value (a zend_object
	// starts with it): the count, then the GC type info (type, flags, and
	// the GC buffer slot in the bits of GCInfoMask).
	ZendRefcountedRefcount = 0 // u32
	ZendRefcountedTypeInfo = 4 // u32

	// zend_object
	ZendObjectGC              = 0  // zend_refcounted_h gc
	ZendObjectCe              = 16 // zend_class_entry *ce
	ZendObjectPropertiesTable = 40 // zval properties_table[]

	// zend_property_info (a run-time cache slot of a property write holds
	// one for a typed property)
	ZendPropertyInfoFlags    = 4      // u32 flags (ZEND_ACC_*)
	ZendPropertyInfoTypeMask = 48     // u32 type.type_mask: MAY_BE_* bits and more
	ZendAccReadonly          = 1 << 7 // ZEND_ACC_READONLY in flags
)

// Layout mirrors struct gojit_layout in ext/gojit_engine.h field by field, in
// the same order: the C module fills it with offsetof()/sizeof() values and
// the engine passes it to CheckLayout.
type Layout struct {
	SizeofZval, SizeofZendOp, SizeofExecuteData, SizeofOpArray   uint32
	ZendOpHandler, ZendOpOp1, ZendOpOp2, ZendOpResult            uint32
	ZendOpExtendedValue, ZendOpOpcode                            uint32
	ZvalTypeInfo                                                 uint32
	ExecuteDataOpline, ExecuteDataFunc, ExecuteDataPrev          uint32
	EGCurrentExecuteData, EGVMInterrupt, EGException             uint32
	ExecuteDataThis, ExecuteDataNumArgs, ExecuteDataRunTimeCache uint32
	ZendObjectCe, ZvalValue, ZendArrayFlags, ZendArrayData       uint32
	ZendArrayNumUsed                                             uint32
}

// ExpectedLayout returns the layout the compiler was written for.
func ExpectedLayout() Layout {
	return Layout{
		SizeofZval:           SizeofZval,
		SizeofZendOp:         SizeofZendOp,
		SizeofExecuteData:    SizeofExecuteData,
		SizeofOpArray:        SizeofOpArray,
		ZendOpHandler:        ZendOpHandler,
		ZendOpOp1:            ZendOpOp1,
		ZendOpOp2:            ZendOpOp2,
		ZendOpResult:         ZendOpResult,
		ZendOpExtendedValue:  ZendOpExtendedValue,
		ZendOpOpcode:         ZendOpOpcode,
		ZvalTypeInfo:         ZvalTypeInfo,
		ExecuteDataOpline:    ExecuteDataOpline,
		ExecuteDataFunc:      ExecuteDataFunc,
		ExecuteDataPrev:      ExecuteDataPrev,
		EGCurrentExecuteData: EGCurrentExecuteData,
		EGVMInterrupt:        EGVMInterrupt,
		EGException:          EGException,

		ExecuteDataThis:         ExecuteDataThis,
		ExecuteDataNumArgs:      ExecuteDataNumArgs,
		ExecuteDataRunTimeCache: ExecuteDataRunTimeCache,
		ZendObjectCe:            ZendObjectCe,
		ZvalValue:               ZvalValue,
		ZendArrayFlags:          ZendArrayFlags,
		ZendArrayData:           ZendArrayData,
		ZendArrayNumUsed:        ZendArrayNumUsed,
	}
}

// ErrLayout is wrapped by the error CheckLayout returns.
var ErrLayout = errors.New("zend: layout mismatch")

// CheckLayout compares the layout measured by the C module with
// ExpectedLayout. Any difference means generated code would read the wrong
// fields, so the engine must not run; the error names every differing field.
func CheckLayout(got Layout) error {
	want := ExpectedLayout()
	gv, wv := reflect.ValueOf(got), reflect.ValueOf(want)
	var diffs []string
	for i := 0; i < gv.NumField(); i++ {
		if g, w := gv.Field(i).Uint(), wv.Field(i).Uint(); g != w {
			diffs = append(diffs, fmt.Sprintf("%s=%d (want %d)", gv.Type().Field(i).Name, g, w))
		}
	}
	if diffs != nil {
		return fmt.Errorf("%w: %s", ErrLayout, strings.Join(diffs, ", "))
	}
	return nil
}
