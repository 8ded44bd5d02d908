// Package trigger emits the native stubs of gojit's compile triggers
// (gojit.jit T digit 1-3): small pieces of code that stand in a function's
// entry handler, and for T=3 also in its loop headers' handlers, until the
// function is compiled. The C module (ext/gojit_trigger.c) installs them,
// recognises them and takes them out again.
//
// One chunk holds everything for one function: a record (struct
// gojit_trigger_record in ext/gojit_engine.h), then one armed stub per site,
// then one pass-through stub per site:
//
//	record   magic, opcodes address, trigger, site count, kind, flags,
//	         function counter slot, op_array address, then per site: op index, counter slot,
//	         original handler, offsets of its armed and pass-through stubs,
//	         threshold, flags
//	tag      "GJTRSTUB", offset of the stub from the record (16 bytes)
//	stub     armed stub of site 0, 16-byte aligned
//	...      tag and armed stub of every other site
//	pass     pass-through stub of each site: movabs rax, orig; jmp rax
//
// The tag in front of every armed stub lets C decide, from nothing but a
// handler address and in any process, that the handler is an armed trigger
// stub and where its record is. Pass-through stubs carry no tag: a handler
// pointing at one looks like compiled code, which is how C marks a shared
// function that must never be armed again. Everything in the chunk is
// position independent: addresses outside it are immediates, addresses
// inside it are offsets.
//
// The armed stubs, reached like any handler by the VM's "jmp *(%r15)" with
// r14 = execute_data, r15 = the opline and rsp 16-byte aligned:
//
//	first call (T=1):   mov rdi, r14; mov rsi, r15
//	                    movabs rax, helper; call rax; jmp [r15]
//	profile (T=2):      movabs rax, &counter; inc qword [rax]
//	                    movabs rax, orig; jmp rax
//	hot counter (T=3):  movabs rax, &counter; inc qword [rax]
//	                    mov rax, [rax]; cmp rax, threshold; jae fire
//	                    movabs rax, orig; jmp rax
//	              fire: (the first-call code)
//
// The helper is the C function gojit_rt_trigger(execute_data, opline): it
// compiles the function (which repoints its handlers at the new code) or
// puts the original handlers back, so the "jmp [r15]" after it dispatches to
// the new code or to the VM, never to the same stub again. The call is
// 16-byte aligned because the VM jumps to handlers (no return address on
// the stack); r14 and r15 are callee-saved in the SysV ABI, so they survive
// it. The stubs use rax, rdi, rsi and the flags, all garbage at a handler
// entry, and never move rsp.
//
// Counters are the process's private counter table (uint64 each, no lock:
// a php-fpm worker counts alone), counted up from zero, so a stub needs no
// arming in the processes that inherit the shared code.
package trigger

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/gojit/gojit/jit/internal/amd64"
)

// Mode is the trigger, as the gojit.jit T digit.
type Mode uint32

// Modes.
const (
	FirstCall   Mode = 1 // compile at the first call
	Profile     Mode = 2 // count calls; C compiles the hot functions at request end
	HotCounters Mode = 3 // count calls and loop iterations; compile at a threshold
)

func (m Mode) String() string {
	switch m {
	case FirstCall:
		return "first call"
	case Profile:
		return "profile"
	case HotCounters:
		return "hot counters"
	}
	return fmt.Sprintf("mode?%d", uint32(m))
}

// NoSlot is the Site.Slot value of a site without a counter.
const NoSlot = ^uint32(0)

// Record layout, as struct gojit_trigger_record, gojit_trigger_site and
// gojit_trigger_tag in ext/gojit_engine.h (cgo/trigger.go checks it against
// the C compiler's offsets).
const (
	RecordMagic uint64 = 0x4352474952544a47 // "GJTRIGRC" little-endian
	TagMagic    uint64 = 0x4255545352544a47 // "GJTRSTUB" little-endian

	OffMagic    = 0
	OffOpcodes  = 8
	OffTrigger  = 16
	OffCount    = 20
	OffKind     = 24
	OffFlags    = 28
	OffFuncSlot = 32
	OffOpArray  = 40
	RecordSize  = 48 // the sites follow

	SiteOffOp          = 0
	SiteOffSlot        = 4
	SiteOffOrig        = 8
	SiteOffArmed       = 16
	SiteOffPassthrough = 20
	SiteOffThreshold   = 24
	SiteOffFlags       = 28
	SiteSize           = 32

	TagSize = 16
)

// Site flags.
const (
	SiteEntry uint32 = 1 // the function entry
	SiteLoop  uint32 = 2 // a loop header
)

// stubAlign is the alignment of every stub (and of the chunk itself).
const stubAlign = 16

// padByte fills the gaps between stubs: int3.
const padByte = 0xcc

// Site is an op whose handler gets an armed stub.
type Site struct {
	Op   uint32 // op index
	Orig uint64 // the op's original VM handler
	// Slot is the counter the stub counts into (T=2, T=3), NoSlot for none.
	Slot uint32
	// Threshold (T=3): the count at which the stub calls the helper. A
	// hot-counter site without a slot or with threshold 0 calls it at once.
	Threshold uint32
	Flags     uint32 // SiteEntry, SiteLoop
}

// Spec describes one function's stubs.
type Spec struct {
	Mode     Mode
	Helper   uint64 // address of gojit_rt_trigger (T=1, T=3)
	Counters uint64 // absolute address of the counter table (slot 0)
	Opcodes  uint64 // address of opcodes[0], copied into the record
	OpArray  uint64 // address of the zend_op_array, copied into the record
	Kind     uint32 // copied into the record
	Flags    uint32 // copied into the record
	FuncSlot uint32 // copied into the record: the function entry's counter, or NoSlot
	Sites    []Site // at least one, distinct ops
}

// Chunk is the generated record and stubs.
type Chunk struct {
	Code  []byte
	Armed []uint32 // offset of each site's armed stub in Code, in Spec.Sites order
	// Stubs lists every stub for listings: offset and a description.
	Stubs []Stub
}

// Stub is one stub of a chunk, for listings and tests.
type Stub struct {
	Offset int
	Size   int
	Text   string
}

// ErrSpec wraps every error Build returns: the spec is inconsistent.
var ErrSpec = errors.New("trigger: bad spec")

// Build generates the chunk for spec.
func Build(spec Spec) (*Chunk, error) {
	if err := check(spec); err != nil {
		return nil, err
	}
	n := len(spec.Sites)
	armed := make([][]byte, n)
	pass := make([][]byte, n)
	for i, s := range spec.Sites {
		var err error
		if armed[i], err = armedStub(spec, s); err != nil {
			return nil, err
		}
		if pass[i], err = passthroughStub(s.Orig); err != nil {
			return nil, err
		}
	}

	// Layout: record, then (tag, armed stub) per site with every stub
	// 16-byte aligned, then the pass-through stubs.
	out := &Chunk{Armed: make([]uint32, n)}
	code := make([]byte, RecordSize+SiteSize*n)
	passOff := make([]uint32, n)
	for i := range spec.Sites {
		code = pad(code, TagSize)
		code = binary.LittleEndian.AppendUint64(code, TagMagic)
		code = binary.LittleEndian.AppendUint64(code, uint64(len(code)+8))
		out.Armed[i] = uint32(len(code))
		out.Stubs = append(out.Stubs, Stub{Offset: len(code), Size: len(armed[i]),
			Text: fmt.Sprintf("armed stub, op #%d (%s)", spec.Sites[i].Op, siteKind(spec.Sites[i]))})
		code = append(code, armed[i]...)
	}
	for i := range spec.Sites {
		code = pad(code, 0)
		passOff[i] = uint32(len(code))
		out.Stubs = append(out.Stubs, Stub{Offset: len(code), Size: len(pass[i]),
			Text: fmt.Sprintf("pass-through stub, op #%d", spec.Sites[i].Op)})
		code = append(code, pass[i]...)
	}
	code = pad(code, 0)

	le := binary.LittleEndian
	le.PutUint64(code[OffMagic:], RecordMagic)
	le.PutUint64(code[OffOpcodes:], spec.Opcodes)
	le.PutUint32(code[OffTrigger:], uint32(spec.Mode))
	le.PutUint32(code[OffCount:], uint32(n))
	le.PutUint32(code[OffKind:], spec.Kind)
	le.PutUint32(code[OffFlags:], spec.Flags)
	le.PutUint32(code[OffFuncSlot:], spec.FuncSlot)
	le.PutUint64(code[OffOpArray:], spec.OpArray)
	for i, s := range spec.Sites {
		r := code[RecordSize+SiteSize*i:]
		le.PutUint32(r[SiteOffOp:], s.Op)
		le.PutUint32(r[SiteOffSlot:], s.Slot)
		le.PutUint64(r[SiteOffOrig:], s.Orig)
		le.PutUint32(r[SiteOffArmed:], out.Armed[i])
		le.PutUint32(r[SiteOffPassthrough:], passOff[i])
		le.PutUint32(r[SiteOffThreshold:], s.Threshold)
		le.PutUint32(r[SiteOffFlags:], s.Flags)
	}
	out.Code = code
	return out, nil
}

// pad appends int3 bytes until len(code)+extra is a multiple of stubAlign,
// so that what follows the next extra bytes is aligned.
func pad(code []byte, extra int) []byte {
	for (len(code)+extra)%stubAlign != 0 {
		code = append(code, padByte)
	}
	return code
}

func siteKind(s Site) string {
	switch {
	case s.Flags&SiteEntry != 0 && s.Flags&SiteLoop != 0:
		return "function entry, loop header"
	case s.Flags&SiteEntry != 0:
		return "function entry"
	case s.Flags&SiteLoop != 0:
		return "loop header"
	}
	return "site"
}

func check(spec Spec) error {
	switch {
	case spec.Mode < FirstCall || spec.Mode > HotCounters:
		return fmt.Errorf("%w: mode %d", ErrSpec, spec.Mode)
	case len(spec.Sites) == 0:
		return fmt.Errorf("%w: no sites", ErrSpec)
	case len(spec.Sites) > 1<<20:
		return fmt.Errorf("%w: %d sites", ErrSpec, len(spec.Sites))
	case spec.Mode != Profile && spec.Helper == 0:
		return fmt.Errorf("%w: no helper address", ErrSpec)
	case spec.Counters%8 != 0:
		return fmt.Errorf("%w: counter table %#x is not 8-byte aligned", ErrSpec, spec.Counters)
	}
	seen := make(map[uint32]bool, len(spec.Sites))
	for _, s := range spec.Sites {
		switch {
		case seen[s.Op]:
			return fmt.Errorf("%w: op #%d has two sites", ErrSpec, s.Op)
		case s.Orig == 0:
			return fmt.Errorf("%w: op #%d has no original handler", ErrSpec, s.Op)
		case s.Slot != NoSlot && spec.Counters == 0:
			return fmt.Errorf("%w: op #%d counts into slot %d but there is no counter table", ErrSpec, s.Op, s.Slot)
		}
		seen[s.Op] = true
	}
	return nil
}

// counter returns the absolute address of slot.
func counter(spec Spec, slot uint32) uint64 { return spec.Counters + 8*uint64(slot) }

// armedStub assembles the armed stub of s (see the package doc).
func armedStub(spec Spec, s Site) ([]byte, error) {
	a := amd64.NewAssembler()
	switch {
	case spec.Mode == FirstCall:
		callHelper(a, spec.Helper)
	case spec.Mode == Profile:
		if s.Slot != NoSlot {
			a.MovImm64(amd64.RAX, counter(spec, s.Slot))
			a.IncMem64(amd64.M(amd64.RAX, 0))
		}
		a.MovImm64(amd64.RAX, s.Orig)
		a.JmpReg(amd64.RAX)
	case s.Slot == NoSlot || s.Threshold == 0:
		callHelper(a, spec.Helper) // hot counters without a counter: fire at once
	default:
		fire := a.NewLabel()
		a.MovImm64(amd64.RAX, counter(spec, s.Slot))
		a.IncMem64(amd64.M(amd64.RAX, 0))
		a.Load64(amd64.RAX, amd64.M(amd64.RAX, 0))
		a.CmpImm(amd64.RAX, int32(s.Threshold))
		a.Jcc(amd64.CondAE, fire)
		a.MovImm64(amd64.RAX, s.Orig)
		a.JmpReg(amd64.RAX)
		a.Bind(fire)
		callHelper(a, spec.Helper)
	}
	return a.Assemble()
}

// callHelper calls gojit_rt_trigger(execute_data, opline) and re-dispatches.
func callHelper(a *amd64.Assembler, helper uint64) {
	a.Mov(amd64.RDI, amd64.R14)
	a.Mov(amd64.RSI, amd64.R15)
	a.MovImm64(amd64.RAX, helper)
	a.CallReg(amd64.RAX)
	a.JmpMem(amd64.M(amd64.R15, 0))
}

// passthroughStub jumps to the original handler.
func passthroughStub(orig uint64) ([]byte, error) {
	a := amd64.NewAssembler()
	a.MovImm64(amd64.RAX, orig)
	a.JmpReg(amd64.RAX)
	return a.Assemble()
}

// Record is a decoded record, for the engine (releasing a chunk) and tests.
type Record struct {
	Mode     Mode
	Opcodes  uint64
	OpArray  uint64
	Kind     uint32
	Flags    uint32
	FuncSlot uint32
	Sites    []RecordSite
}

// RecordSite is one decoded site.
type RecordSite struct {
	Site
	Armed, Passthrough uint32
}

// ErrRecord wraps the errors of ParseRecord.
var ErrRecord = errors.New("trigger: not a trigger record")

// ParseRecord decodes the record at the start of a chunk.
func ParseRecord(code []byte) (*Record, error) {
	le := binary.LittleEndian
	if len(code) < RecordSize || le.Uint64(code[OffMagic:]) != RecordMagic {
		return nil, ErrRecord
	}
	n := uint64(le.Uint32(code[OffCount:]))
	if n > (uint64(len(code))-RecordSize)/SiteSize {
		return nil, fmt.Errorf("%w: %d sites in %d bytes", ErrRecord, n, len(code))
	}
	r := &Record{
		Mode:     Mode(le.Uint32(code[OffTrigger:])),
		Opcodes:  le.Uint64(code[OffOpcodes:]),
		OpArray:  le.Uint64(code[OffOpArray:]),
		Kind:     le.Uint32(code[OffKind:]),
		Flags:    le.Uint32(code[OffFlags:]),
		FuncSlot: le.Uint32(code[OffFuncSlot:]),
		Sites:    make([]RecordSite, n),
	}
	for i := range r.Sites {
		s := code[RecordSize+SiteSize*i:]
		r.Sites[i] = RecordSite{
			Site: Site{
				Op:        le.Uint32(s[SiteOffOp:]),
				Slot:      le.Uint32(s[SiteOffSlot:]),
				Orig:      le.Uint64(s[SiteOffOrig:]),
				Threshold: le.Uint32(s[SiteOffThreshold:]),
				Flags:     le.Uint32(s[SiteOffFlags:]),
			},
			Armed:       le.Uint32(s[SiteOffArmed:]),
			Passthrough: le.Uint32(s[SiteOffPassthrough:]),
		}
	}
	return r, nil
}
