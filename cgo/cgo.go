// Command cgo is gojit's Go engine as a C shared library (gojit-engine.so).
// The C module gojit.so dlopen()s it on first use in each PHP process, after
// any fork, and calls the functions exported in exports.go.
//
// Rules of this membrane (see ext/gojit_engine.h, which is the whole
// contract):
//   - C never keeps a Go pointer; Go never keeps a C pointer past a call,
//     except the code buffer and counter table handed over once by init.
//   - Go never calls into Zend: a bailout longjmp through Go frames is fatal.
//     All Zend work stays in ext/.
//   - Every export recovers panics and reports a status code.
//   - No compiler logic here: that is package engine and package jit.
package main

/*
#cgo CFLAGS: -I${SRCDIR}/../ext -Wall -Werror
#include <string.h>
#include "gojit_engine.h"
*/
import "C"

func main() {} // required by -buildmode=c-shared, never run
