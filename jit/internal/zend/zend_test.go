package zend

import (
	"errors"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const phpInclude = "/usr/include/php/20220829/Zend/"

// readHeader returns a PHP header, or skips the test when PHP's development
// headers are not installed: the package must test without PHP.
func readHeader(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("header not available: %v", err)
	}
	return string(b)
}

// defines collects "#define NAME <int>" lines (plain or "(1 << n)" forms).
func defines(src string) map[string]int64 {
	re := regexp.MustCompile(`(?m)^#define\s+(\w+)\s+\(?\s*(\d+)[Uu]?\s*(?:<<\s*(\d+)\s*)?\)?`)
	out := map[string]int64{}
	for _, m := range re.FindAllStringSubmatch(src, -1) {
		v, _ := strconv.ParseInt(m[2], 10, 64)
		if m[3] != "" {
			s, _ := strconv.Atoi(m[3])
			v <<= s
		}
		out[m[1]] = v
	}
	return out
}

func TestOpcodesMatchHeader(t *testing.T) {
	defs := defines(readHeader(t, phpInclude+"zend_vm_opcodes.h"))
	if defs["ZEND_VM_LAST_OPCODE"] != LastOpcode {
		t.Fatalf("ZEND_VM_LAST_OPCODE = %d, want %d", defs["ZEND_VM_LAST_OPCODE"], LastOpcode)
	}
	seen := 0
	for name, v := range defs {
		if !strings.HasPrefix(name, "ZEND_") || strings.HasPrefix(name, "ZEND_VM_") || v > LastOpcode {
			continue
		}
		seen++
		if got := Opcode(v).String(); got != name {
			t.Errorf("opcode %d: name %q, header says %q", v, got, name)
		}
	}
	valid := 0
	for i := 0; i <= LastOpcode; i++ {
		if Opcode(i).Valid() {
			valid++
		}
	}
	if seen != valid {
		t.Errorf("header defines %d opcodes, table has %d", seen, valid)
	}
}

func TestOpcodeNames(t *testing.T) {
	for _, c := range []struct {
		op   Opcode
		want string
	}{
		{Nop, "ZEND_NOP"}, {Add, "ZEND_ADD"}, {Recv, "ZEND_RECV"}, {RecvInit, "ZEND_RECV_INIT"},
		{RecvVariadic, "ZEND_RECV_VARIADIC"}, {CallableConvert, "ZEND_CALLABLE_CONVERT"},
		{45, "ZEND_UNKNOWN_45"}, {255, "ZEND_UNKNOWN_255"},
	} {
		if got := c.op.String(); got != c.want {
			t.Errorf("%d: got %q, want %q", uint8(c.op), got, c.want)
		}
	}
	if Nop != 0 || Recv != 63 || RecvInit != 64 || RecvVariadic != 164 {
		t.Fatal("core opcode numbers changed")
	}
}

func TestTypesMatchHeaders(t *testing.T) {
	types := defines(readHeader(t, phpInclude+"zend_types.h"))
	comp := defines(readHeader(t, phpInclude+"zend_compile.h"))
	checks := []struct {
		name string
		defs map[string]int64
		got  int64
	}{
		{"IS_UNDEF", types, int64(TypeUndef)}, {"IS_NULL", types, int64(TypeNull)},
		{"IS_FALSE", types, int64(TypeFalse)}, {"IS_TRUE", types, int64(TypeTrue)},
		{"IS_LONG", types, int64(TypeLong)}, {"IS_DOUBLE", types, int64(TypeDouble)},
		{"IS_STRING", types, int64(TypeString)}, {"IS_ARRAY", types, int64(TypeArray)},
		{"IS_OBJECT", types, int64(TypeObject)}, {"IS_RESOURCE", types, int64(TypeResource)},
		{"IS_REFERENCE", types, int64(TypeReference)}, {"IS_CONSTANT_AST", types, int64(TypeConstantAST)},
		{"IS_INDIRECT", types, int64(TypeIndirect)}, {"IS_PTR", types, int64(TypePtr)},
		{"IS_UNUSED", comp, int64(OpUnused)}, {"IS_CONST", comp, int64(OpConst)},
		{"IS_TMP_VAR", comp, int64(OpTmpVar)}, {"IS_VAR", comp, int64(OpVar)}, {"IS_CV", comp, int64(OpCV)},
		{"IS_SMART_BRANCH_JMPZ", comp, int64(SmartBranchJmpz)},
		{"IS_SMART_BRANCH_JMPNZ", comp, int64(SmartBranchJmpnz)},
		{"ZEND_ACC_HAS_TYPE_HINTS", comp, int64(AccHasTypeHints)},
		{"ZEND_ACC_TOP_LEVEL", comp, int64(AccTopLevel)},
		{"ZEND_ACC_HAS_RETURN_TYPE", comp, int64(AccHasReturnType)},
		{"ZEND_ACC_RETURN_REFERENCE", comp, int64(AccReturnRef)},
		{"ZEND_ACC_VARIADIC", comp, int64(AccVariadic)},
		{"ZEND_ACC_HAS_FINALLY_BLOCK", comp, int64(AccHasFinally)},
		{"ZEND_ACC_CLOSURE", comp, int64(AccClosure)},
		{"ZEND_ACC_GENERATOR", comp, int64(AccGenerator)},
		{"ZEND_ACC_STRICT_TYPES", comp, int64(AccStrictTypes)},
		{"ZEND_ACC_STATIC", comp, int64(AccStatic)},
		{"GC_NOT_COLLECTABLE", types, int64(GCNotCollectable)},
		{"ZEND_CALL_CODE", comp, int64(CallCode)}, {"ZEND_CALL_TOP", comp, int64(CallTop)},
		{"ZEND_CALL_ALLOCATED", comp, int64(CallAllocated)},
		{"ZEND_CALL_FREE_EXTRA_ARGS", comp, int64(CallFreeExtraArgs)},
		{"ZEND_CALL_HAS_SYMBOL_TABLE", comp, int64(CallHasSymbolTable)},
		{"ZEND_CALL_RELEASE_THIS", comp, int64(CallReleaseThis)},
		{"ZEND_CALL_CLOSURE", comp, int64(CallClosure)},
		{"ZEND_CALL_FAKE_CLOSURE", comp, int64(CallFakeClosure)},
		{"ZEND_CALL_GENERATOR", comp, int64(CallGenerator)},
		{"ZEND_CALL_HAS_EXTRA_NAMED_PARAMS", comp, int64(CallHasExtraNamedParams)},
		{"ZEND_CALL_OBSERVED", comp, int64(CallObserved)},
		{"ZEND_CALL_SEND_ARG_BY_REF", comp, int64(CallSendArgByRef)},
	}
	for _, c := range checks {
		want, ok := c.defs[c.name]
		if !ok {
			t.Errorf("%s not found in header", c.name)
			continue
		}
		if want != c.got {
			t.Errorf("%s = %d in header, %d here", c.name, want, c.got)
		}
	}
}

func TestCheckLayout(t *testing.T) {
	if err := CheckLayout(ExpectedLayout()); err != nil {
		t.Fatalf("expected layout rejected: %v", err)
	}
	bad := ExpectedLayout()
	bad.SizeofZendOp = 24
	bad.EGException = 1
	err := CheckLayout(bad)
	if !errors.Is(err, ErrLayout) {
		t.Fatalf("got %v, want ErrLayout", err)
	}
	for _, s := range []string{"SizeofZendOp=24 (want 32)", "EGException=1 (want 864)"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not mention %q", err, s)
		}
	}
	if err := CheckLayout(Layout{}); err == nil {
		t.Fatal("zero layout accepted")
	}
}

// TestLayoutMirrorsEngineHeader keeps Layout in step with struct gojit_layout:
// same fields, same order, all uint32 (so C can pass the struct as-is).
func TestLayoutMirrorsEngineHeader(t *testing.T) {
	src, err := os.ReadFile("../../../ext/gojit_engine.h")
	if err != nil {
		t.Skipf("engine header not available: %v", err)
	}
	body := regexp.MustCompile(`(?s)typedef struct gojit_layout \{(.*?)\} gojit_layout;`).FindSubmatch(src)
	if body == nil {
		t.Fatal("struct gojit_layout not found")
	}
	var cFields []string
	for _, decl := range strings.Split(string(body[1]), ";") {
		decl = strings.TrimSpace(decl)
		if decl == "" {
			continue
		}
		if !strings.HasPrefix(decl, "uint32_t ") {
			t.Fatalf("unexpected field type in %q", decl)
		}
		for _, n := range strings.Split(strings.TrimPrefix(decl, "uint32_t "), ",") {
			cFields = append(cFields, strings.ReplaceAll(strings.TrimSpace(n), "_", ""))
		}
	}
	typ := reflect.TypeOf(Layout{})
	if typ.NumField() != len(cFields) {
		t.Fatalf("Layout has %d fields, gojit_layout %d", typ.NumField(), len(cFields))
	}
	for i, c := range cFields {
		f := typ.Field(i)
		if strings.ToLower(f.Name) != c || f.Type.Kind() != reflect.Uint32 {
			t.Errorf("field %d: Go %s %s, C %s", i, f.Name, f.Type, c)
		}
	}
}

// TestStaticAssertsMatchGo compares the offsets ext/gojit_loader.c checks
// with _Static_assert at build time (GOJIT_ASSERT_OFFSET lines, each naming
// its Go constant) with the constants here.
func TestStaticAssertsMatchGo(t *testing.T) {
	src, err := os.ReadFile("../../../ext/gojit_loader.c")
	if err != nil {
		t.Skipf("C module source not available: %v", err)
	}
	consts := map[string]int64{
		"zend.ExecuteDataReturnValue":   ExecuteDataReturnValue,
		"zend.ExecuteDataCallInfo":      ExecuteDataCallInfo,
		"zend.EGVMStackTop":             EGVMStackTop,
		"zend.ZendRefcountedRefcount":   ZendRefcountedRefcount,
		"zend.ZendRefcountedTypeInfo":   ZendRefcountedTypeInfo,
		"zend.ZendObjectGC":             ZendObjectGC,
		"zend.ZendPropertyInfoFlags":    ZendPropertyInfoFlags,
		"zend.ZendPropertyInfoTypeMask": ZendPropertyInfoTypeMask,
		"zend.ExecuteDataCall":          ExecuteDataCall,
		"zend.ExecuteDataNumArgs":       ExecuteDataNumArgs,
		"zend.OpArrayFnFlags":           OpArrayFnFlags,
		"zend.OpArrayNumArgs":           OpArrayNumArgs,
		"zend.OpArrayRunTimeCachePtr":   OpArrayRunTimeCachePtr,
		"zend.OpArrayLastVar":           OpArrayLastVar,
		"zend.OpArrayOpcodes":           OpArrayOpcodes,
		"zend.EGVMStackEnd":             EGVMStackEnd,
		"zend.OpArrayT":                 OpArrayT,
		"zend.CGMapPtrBase":             CGMapPtrBase,
		"zend.FunctionType":             FunctionType,
		"zend.ZendArrayNumOfElements":   ZendArrayNumOfElements,
		"zend.ZendArrayTableSize":       ZendArrayTableSize,
		"zend.ZendArrayNextFree":        ZendArrayNextFree,
	}
	re := regexp.MustCompile(`(?m)^GOJIT_ASSERT_OFFSET\([^,]+,[^,]+,\s*(\d+)\);\s*/\*\s*(\S+)\s*\*/`)
	seen := map[string]bool{}
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		want, ok := consts[m[2]]
		if !ok {
			t.Errorf("C asserts %s, unknown to this test", m[2])
			continue
		}
		if got, _ := strconv.ParseInt(m[1], 10, 64); got != want {
			t.Errorf("C asserts %s = %d, Go has %d", m[2], got, want)
		}
		seen[m[2]] = true
	}
	for name := range consts {
		if !seen[name] {
			t.Errorf("%s: no GOJIT_ASSERT_OFFSET line in ext/gojit_loader.c", name)
		}
	}
}
