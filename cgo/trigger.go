package main

/*
#include "gojit_engine.h"
*/
import "C"

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"unsafe"

	"github.com/gojit/gojit/engine"
	"github.com/gojit/gojit/jit"
	"github.com/gojit/gojit/shm"
)

//export gojit_go_compile_trigger
func gojit_go_compile_trigger(wire *C.uint8_t, wireLen C.size_t, p *C.gojit_trigger_params,
	res *C.gojit_compile_result, entries *C.gojit_entry, entriesCap C.size_t) (rc C.int32_t) {
	defer func() {
		if r := recover(); r != nil {
			rc = fail(res, C.GOJIT_ERR_PANIC, fmt.Sprintf("panic: %v", r))
			fmt.Fprintf(os.Stderr, "gojit: trigger compiler panic: %v\n%s", r, debug.Stack())
		}
	}()
	if eng == nil || res == nil || wire == nil || p == nil {
		return fail(res, C.GOJIT_ERR_STATE, "engine not initialised")
	}
	if err := triggerLayoutOnce(); err != nil {
		return fail(res, C.GOJIT_ERR_STATE, err.Error())
	}
	var slots []uint32
	if p.slots != nil && p.slots_len > 0 && p.slots_len <= 1<<20 {
		// Copied: the engine keeps no C memory.
		slots = append(slots, unsafe.Slice((*uint32)(unsafe.Pointer(p.slots)), int(p.slots_len))...)
	}
	r, err := eng.CompileTrigger(C.GoBytes(unsafe.Pointer(wire), C.int(wireLen)), engine.TriggerParams{
		Mode:    uint8(p.trigger),
		HotFunc: uint32(p.hot_func),
		HotLoop: uint32(p.hot_loop),
		Kind:    uint32(p.kind),
		Flags:   uint32(p.flags),
		Helper:  uint64(p.helper),
		Slots:   slots,
	})
	if err != nil {
		return fail(res, statusOf(err), err.Error())
	}
	// Trigger stubs are no native code for any op: r.NativeOps is 0.
	return putResult(res, entries, entriesCap, r, func() { _ = eng.ReleaseTrigger(r.Chunk, true) })
}

//export gojit_go_release_trigger
func gojit_go_release_trigger(off, size C.uint64_t, recycle C.uint32_t) (rc C.int32_t) {
	defer func() {
		if recover() != nil {
			rc = C.GOJIT_ERR_PANIC
		}
	}()
	if eng == nil {
		return C.GOJIT_ERR_STATE
	}
	if err := eng.ReleaseTrigger(shm.Chunk{Off: uint64(off), Size: uint64(size)}, recycle != 0); err != nil {
		return C.GOJIT_ERR_STATE
	}
	return C.GOJIT_OK
}

// triggerLayoutOnce is triggerLayoutError, computed at the first use.
var triggerLayoutOnce = sync.OnceValue(triggerLayoutError)

// triggerLayoutError compares the trigger record layout the C compiler sees
// in gojit_engine.h with the one package jit writes.
func triggerLayoutError() error {
	var r C.gojit_trigger_record
	var s C.gojit_trigger_site
	var g C.gojit_trigger_tag
	want := jit.TriggerLayout()
	got := jit.TriggerRecordLayout{
		Magic:         uint64(C.GOJIT_TRIGGER_MAGIC),
		Tag:           uint64(C.GOJIT_TRIGGER_TAG),
		OffOpcodes:    uintptr(unsafe.Offsetof(r.opcodes)),
		OffTrigger:    uintptr(unsafe.Offsetof(r.trigger)),
		OffCount:      uintptr(unsafe.Offsetof(r.count)),
		OffKind:       uintptr(unsafe.Offsetof(r.kind)),
		OffFlags:      uintptr(unsafe.Offsetof(r.flags)),
		OffFuncSlot:   uintptr(unsafe.Offsetof(r.func_slot)),
		OffOpArray:    uintptr(unsafe.Offsetof(r.op_array)),
		RecordSize:    unsafe.Sizeof(r),
		SiteOffSlot:   uintptr(unsafe.Offsetof(s.slot)),
		SiteOffOrig:   uintptr(unsafe.Offsetof(s.orig_handler)),
		SiteOffArmed:  uintptr(unsafe.Offsetof(s.armed)),
		SiteOffPass:   uintptr(unsafe.Offsetof(s.passthrough)),
		SiteOffThresh: uintptr(unsafe.Offsetof(s.threshold)),
		SiteOffFlags:  uintptr(unsafe.Offsetof(s.flags)),
		SiteSize:      unsafe.Sizeof(s),
		TagSize:       unsafe.Sizeof(g),
		SiteEntry:     uint32(C.GOJIT_TRIGGER_SITE_ENTRY),
		SiteLoop:      uint32(C.GOJIT_TRIGGER_SITE_LOOP),
	}
	if got != want {
		return fmt.Errorf("trigger record layout of gojit_engine.h %+v differs from the engine's %+v", got, want)
	}
	return nil
}
