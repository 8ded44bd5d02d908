// Package disasm renders generated machine code as an Intel-syntax listing
// for debugging (gojit.jit_debug bit 0x1), using golang.org/x/arch's x86asm.
package disasm

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/arch/x86/x86asm"
)

// bytesWidth fits 10 bytes (a movabs) before the text column.
const bytesWidth = 3*10 + 1

// Disassemble returns one line per instruction: address (base + offset), the
// instruction bytes and its Intel-syntax text. Branch targets are shown
// relative (".+0x5") followed by the absolute target. Each entry of marks is
// printed as a "; text" line before the instruction at that offset; marks
// that fall inside an instruction or past the end say so. Bytes that do not
// decode are listed as "(bad)" one at a time.
func Disassemble(code []byte, base uint64, marks map[int]string) string {
	addrFmt := "%08x  "
	if base+uint64(len(code)) > 1<<32 {
		addrFmt = "%016x  "
	}
	offs := make([]int, 0, len(marks))
	for off := range marks {
		offs = append(offs, off)
	}
	sort.Ints(offs)

	var sb strings.Builder
	// flush prints the marks before offset upto; an instruction start at
	// upto means the mark is exactly on a boundary.
	flush := func(upto int, boundary bool) {
		for len(offs) > 0 && offs[0] <= upto {
			off := offs[0]
			offs = offs[1:]
			switch {
			case off < 0:
				fmt.Fprintf(&sb, "; %s (offset %d, before the code)\n", marks[off], off)
			case off < upto || !boundary:
				fmt.Fprintf(&sb, "; %s (offset %#x, inside an instruction)\n", marks[off], off)
			default:
				fmt.Fprintf(&sb, "; %s\n", marks[off])
			}
		}
	}
	for off := 0; off < len(code); {
		flush(off, true)
		in, err := Decode(code[off:])
		n, text := in.Len, ""
		if err != nil || n == 0 {
			n, text = 1, "(bad)"
		} else {
			text = x86asm.IntelSyntax(in, 0, nil)
			for _, arg := range in.Args {
				if rel, ok := arg.(x86asm.Rel); ok {
					text += fmt.Sprintf(" ; %#x", base+uint64(off+n)+uint64(int64(rel)))
				}
			}
		}
		fmt.Fprintf(&sb, addrFmt, base+uint64(off))
		hex := fmt.Sprintf("% x", code[off:off+n])
		fmt.Fprintf(&sb, "%-*s %s\n", bytesWidth, hex, text)
		off += n
		if len(offs) > 0 && offs[0] < off {
			flush(off-1, false)
		}
	}
	for _, off := range offs {
		if off < 0 {
			fmt.Fprintf(&sb, "; %s (offset %d, before the code)\n", marks[off], off)
		} else if off == len(code) {
			fmt.Fprintf(&sb, "; %s (end of code)\n", marks[off])
		} else {
			fmt.Fprintf(&sb, "; %s (offset %#x, past the end)\n", marks[off], off)
		}
	}
	return sb.String()
}

// Decode decodes the instruction at the start of code as x86asm does, but
// with the memory operand of a VEX instruction that addresses RIP-relative
// (ModRM mod 00, r/m 101; gojit's constant pool operands) based on RIP:
// x86asm reports those as absolute addresses.
func Decode(code []byte) (x86asm.Inst, error) {
	in, err := x86asm.Decode(code, 64)
	if err != nil || len(code) < 5 {
		return in, err
	}
	modrm := -1
	switch code[0] {
	case 0xc5: // 2-byte VEX: c5, payload, opcode, ModRM
		modrm = int(code[3])
	case 0xc4: // 3-byte VEX: c4, 2 payload bytes, opcode, ModRM
		modrm = int(code[4])
	}
	if modrm < 0 || modrm&0xc7 != 0x05 {
		return in, nil
	}
	for i, arg := range in.Args {
		if m, ok := arg.(x86asm.Mem); ok && m.Base == 0 && m.Index == 0 {
			m.Base = x86asm.RIP
			in.Args[i] = m
		}
	}
	return in, nil
}
