//go:build cgo

package cparity

/*
#include <stdlib.h>
#include "gojit_config.h"
*/
import "C"

import "unsafe"

// Result is the outcome of one C parser call.
type Result struct {
	OK  bool   // the parser returned 0
	Err string // the message on rejection
}

// call passes s to a C parser as (pointer, length): NULL for the empty
// string, otherwise a C copy that is not NUL-terminated at len(s) in the
// parser's view (embedded NULs included).
func call(s string, f func(p *C.char, n C.size_t, err **C.char) C.int) Result {
	var p *C.char
	if len(s) > 0 {
		p = (*C.char)(C.CBytes([]byte(s)))
		defer C.free(unsafe.Pointer(p))
	}
	var msg *C.char
	rc := f(p, C.size_t(len(s)), &msg)
	r := Result{OK: rc == 0}
	if msg != nil {
		r.Err = C.GoString(msg)
	}
	if rc != 0 && rc != -1 || r.OK != (msg == nil) {
		panic("cparity: C parser broke its contract")
	}
	return r
}

// JIT calls gojit_parse_jit.
func JIT(s string) (crto uint32, off bool, r Result) {
	var v C.uint32_t
	var o C.int
	r = call(s, func(p *C.char, n C.size_t, err **C.char) C.int {
		return C.gojit_parse_jit(p, n, &v, &o, err)
	})
	return uint32(v), o != 0, r
}

// BufferSize calls gojit_parse_buffer_size.
func BufferSize(s string) (uint64, Result) {
	var v C.uint64_t
	r := call(s, func(p *C.char, n C.size_t, err **C.char) C.int {
		return C.gojit_parse_buffer_size(p, n, &v, err)
	})
	return uint64(v), r
}

// Debug calls gojit_parse_debug; on rejection the bits are the unknown bits.
func Debug(s string) (uint32, Result) {
	var v C.uint32_t
	r := call(s, func(p *C.char, n C.size_t, err **C.char) C.int {
		return C.gojit_parse_debug(p, n, &v, err)
	})
	return uint32(v), r
}

// Hot calls gojit_parse_hot.
func Hot(s string) (uint32, Result) {
	var v C.uint32_t
	r := call(s, func(p *C.char, n C.size_t, err **C.char) C.int {
		return C.gojit_parse_hot(p, n, &v, err)
	})
	return uint32(v), r
}

// Limit calls gojit_parse_limit.
func Limit(s string) (uint32, Result) {
	var v C.uint32_t
	r := call(s, func(p *C.char, n C.size_t, err **C.char) C.int {
		return C.gojit_parse_limit(p, n, &v, err)
	})
	return uint32(v), r
}

// Threshold calls gojit_parse_threshold.
func Threshold(s string) (float64, Result) {
	var v C.double
	r := call(s, func(p *C.char, n C.size_t, err **C.char) C.int {
		return C.gojit_parse_threshold(p, n, &v, err)
	})
	return float64(v), r
}
