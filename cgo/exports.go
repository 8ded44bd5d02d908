package main

/*
#include "gojit_engine.h"
*/
import "C"

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"unsafe"

	"github.com/gojit/gojit/config"
	"github.com/gojit/gojit/engine"
	"github.com/gojit/gojit/jit"
	"github.com/gojit/gojit/shm"
)

// eng is this process's engine, set once by gojit_go_init.
var eng *engine.Engine

//export gojit_go_abi
func gojit_go_abi() C.uint32_t { return C.GOJIT_ENGINE_ABI }

//export gojit_go_warm
func gojit_go_warm(stop *C.int32_t) C.int32_t {
	return C.int32_t(engine.Warm((*int32)(unsafe.Pointer(stop))))
}

//export gojit_go_init
func gojit_go_init(in *C.gojit_engine_init, errBuf *C.char, errLen C.size_t) (rc C.int32_t) {
	defer func() {
		if r := recover(); r != nil {
			putString(errBuf, errLen, fmt.Sprintf("panic: %v", r))
			rc = C.GOJIT_ERR_PANIC
		}
	}()
	if in == nil || in.abi != C.GOJIT_ENGINE_ABI || uintptr(in.struct_size) != unsafe.Sizeof(*in) {
		putString(errBuf, errLen, "init block does not match this engine's ABI")
		return C.GOJIT_ERR_STATE
	}
	if eng != nil {
		return C.GOJIT_OK // already initialised in this process
	}
	e, err := engine.New(engine.Config{
		JIT:         uint32(in.jit),
		Debug:       uint32(in.debug),
		RW:          unsafe.Slice((*byte)(unsafe.Pointer(in.buf_rw)), int(in.buf_size)),
		RXBase:      uintptr(unsafe.Pointer(in.buf_rx)),
		Counters:    unsafe.Slice((*uint64)(unsafe.Pointer(in.counters)), int(in.counters_len)),
		Layout:      layoutFromC(&in.layout),
		PanicOn:     os.Getenv("GOJIT_TEST_PANIC_ON"),
		DumpWireDir: os.Getenv("GOJIT_DUMP_WIRE"),

		ExecutorGlobals: uint64(in.executor_globals),
		SqrtFunction:    uint64(in.sqrt_function),
		CompilerGlobals: uint64(in.compiler_globals),
	})
	if err != nil {
		putString(errBuf, errLen, err.Error())
		return C.GOJIT_ERR_STATE
	}
	eng = e
	return C.GOJIT_OK
}

func layoutFromC(l *C.gojit_layout) jit.Layout {
	return jit.Layout{
		SizeofZval:           uint32(l.sizeof_zval),
		SizeofZendOp:         uint32(l.sizeof_zend_op),
		SizeofExecuteData:    uint32(l.sizeof_execute_data),
		SizeofOpArray:        uint32(l.sizeof_op_array),
		ZendOpHandler:        uint32(l.zend_op_handler),
		ZendOpOp1:            uint32(l.zend_op_op1),
		ZendOpOp2:            uint32(l.zend_op_op2),
		ZendOpResult:         uint32(l.zend_op_result),
		ZendOpExtendedValue:  uint32(l.zend_op_extended_value),
		ZendOpOpcode:         uint32(l.zend_op_opcode),
		ZvalTypeInfo:         uint32(l.zval_type_info),
		ExecuteDataOpline:    uint32(l.execute_data_opline),
		ExecuteDataFunc:      uint32(l.execute_data_func),
		ExecuteDataPrev:      uint32(l.execute_data_prev),
		EGCurrentExecuteData: uint32(l.eg_current_execute_data),
		EGVMInterrupt:        uint32(l.eg_vm_interrupt),
		EGException:          uint32(l.eg_exception),

		ExecuteDataThis:         uint32(l.execute_data_this),
		ExecuteDataNumArgs:      uint32(l.execute_data_num_args),
		ExecuteDataRunTimeCache: uint32(l.execute_data_run_time_cache),
		ZendObjectCe:            uint32(l.zend_object_ce),
		ZvalValue:               uint32(l.zval_value),
		ZendArrayFlags:          uint32(l.zend_array_flags),
		ZendArrayData:           uint32(l.zend_array_data),
		ZendArrayNumUsed:        uint32(l.zend_array_num_used),
	}
}

//export gojit_go_compile
func gojit_go_compile(wire *C.uint8_t, wireLen C.size_t, res *C.gojit_compile_result,
	entries *C.gojit_entry, entriesCap C.size_t) (rc C.int32_t) {
	defer func() {
		if r := recover(); r != nil {
			rc = fail(res, C.GOJIT_ERR_PANIC, fmt.Sprintf("panic: %v", r))
			if os.Getenv("GOJIT_TEST_PANIC_ON") == "" {
				fmt.Fprintf(os.Stderr, "gojit: compiler panic: %v\n%s", r, debug.Stack())
			}
		}
	}()
	if eng == nil || res == nil || wire == nil {
		return fail(res, C.GOJIT_ERR_STATE, "engine not initialised")
	}
	// Copy: the engine must not hold on to C memory.
	r, err := eng.Compile(C.GoBytes(unsafe.Pointer(wire), C.int(wireLen)))
	if err != nil {
		return fail(res, statusOf(err), err.Error())
	}
	return putResult(res, entries, entriesCap, r, func() { _ = eng.Release(r.Chunk) })
}

// putResult fills the C result and entry array from r; release gives the
// code back when the caller's array is too small for r's entries.
func putResult(res *C.gojit_compile_result, entries *C.gojit_entry, entriesCap C.size_t,
	r *engine.Result, release func()) C.int32_t {
	out := unsafe.Slice((*C.gojit_entry)(unsafe.Pointer(entries)), int(entriesCap))
	if len(r.Entries) > len(out) {
		release()
		return fail(res, C.GOJIT_ERR_STATE, "more entries than oplines")
	}
	for i, e := range r.Entries {
		out[i].op_index = C.uint32_t(e.OpIndex)
		out[i].address = C.uint64_t(e.Address)
	}
	res.status = C.GOJIT_OK
	res.counter_slot = C.uint32_t(r.Slot)
	res.code_offset = C.uint64_t(r.Chunk.Off)
	res.code_size = C.uint64_t(r.Chunk.Size)
	res.native_ops = C.uint32_t(r.NativeOps)
	res.entry_count = C.uint32_t(len(r.Entries))
	res.reason[0] = 0
	return C.GOJIT_OK
}

func statusOf(err error) C.int32_t {
	switch {
	case errors.Is(err, engine.ErrFull):
		return C.GOJIT_ERR_FULL
	case errors.Is(err, jit.ErrDecode):
		return C.GOJIT_ERR_DECODE
	case errors.Is(err, jit.ErrEnv):
		return C.GOJIT_ERR_STATE
	default:
		return C.GOJIT_ERR_UNSUPPORTED
	}
}

func fail(res *C.gojit_compile_result, status C.int32_t, reason string) C.int32_t {
	if res != nil {
		res.status = status
		res.entry_count = 0
		putString(&res.reason[0], C.size_t(len(res.reason)), reason)
	}
	return status
}

//export gojit_go_release
func gojit_go_release(off, size C.uint64_t) (rc C.int32_t) {
	defer func() {
		if recover() != nil {
			rc = C.GOJIT_ERR_PANIC
		}
	}()
	if eng == nil {
		return C.GOJIT_ERR_STATE
	}
	if err := eng.Release(shm.Chunk{Off: uint64(off), Size: uint64(size)}); err != nil {
		return C.GOJIT_ERR_STATE
	}
	return C.GOJIT_OK
}

//export gojit_go_lock
func gojit_go_lock() C.int32_t {
	if eng == nil {
		return C.GOJIT_ERR_STATE
	}
	eng.Lock()
	return C.GOJIT_OK
}

//export gojit_go_unlock
func gojit_go_unlock() C.int32_t {
	if eng == nil {
		return C.GOJIT_ERR_STATE
	}
	eng.Unlock()
	return C.GOJIT_OK
}

//export gojit_go_format_bytes
func gojit_go_format_bytes(n C.uint64_t, buf *C.char, bufLen C.size_t) C.size_t {
	return putString(buf, bufLen, config.FormatBytes(uint64(n)))
}

//export gojit_go_describe_jit
func gojit_go_describe_jit(crto C.uint32_t, buf *C.char, bufLen C.size_t) C.size_t {
	j, err := config.FromNumber(uint32(crto))
	if err != nil {
		return putString(buf, bufLen, "invalid: "+err.Error())
	}
	return putString(buf, bufLen, config.Describe(j))
}

//export gojit_go_features
func gojit_go_features() C.uint32_t {
	var f C.uint32_t
	if eng != nil && eng.AVX() {
		f |= C.GOJIT_FEATURE_AVX
	}
	return f
}

// putString copies s into a C buffer of n bytes, truncated and always
// NUL-terminated, and returns the bytes written without the NUL.
func putString(dst *C.char, n C.size_t, s string) C.size_t {
	if dst == nil || n == 0 {
		return 0
	}
	out := unsafe.Slice((*byte)(unsafe.Pointer(dst)), int(n))
	k := copy(out[:len(out)-1], s)
	out[k] = 0
	return C.size_t(k)
}
