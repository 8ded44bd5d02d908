package disasm

import (
	"strings"
	"testing"
)

func TestDisassemble(t *testing.T) {
	code := []byte{
		0x48, 0xb8, 0x00, 0x10, 0x00, 0x00, 0x55, 0x55, 0x00, 0x00, // movabs rax
		0x48, 0xff, 0x00, // inc qword ptr [rax]
		0x75, 0x02, // jnz +2
		0xff, 0xe0, // jmp rax
		0x41, 0xff, 0x27, // jmp [r15]
		0x06, // invalid in 64-bit mode
	}
	marks := map[int]string{
		0:  "entry op #0 ZEND_NOP, line 1",
		15: "entry op #4 ZEND_ADD, line 2",
		11: "inside",
		21: "end",
		99: "far",
		-1: "neg",
	}
	got := Disassemble(code, 0, marks)
	want := `; neg (offset -1, before the code)
; entry op #0 ZEND_NOP, line 1
00000000  48 b8 00 10 00 00 55 55 00 00   mov rax, 0x555500001000
0000000a  48 ff 00                        inc qword ptr [rax]
; inside (offset 0xb, inside an instruction)
0000000d  75 02                           jnz .+0x2 ; 0x11
; entry op #4 ZEND_ADD, line 2
0000000f  ff e0                           jmp rax
00000011  41 ff 27                        jmp qword ptr [r15]
00000014  06                              (bad)
; end (end of code)
; far (offset 0x63, past the end)
`
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDisassembleHighBase(t *testing.T) {
	got := Disassemble([]byte{0xeb, 0xfe}, 0x7f12_3456_0000, nil)
	want := "00007f1234560000  eb fe                           jmp .-0x2 ; 0x7f1234560000\n"
	if got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestDisassembleEmpty(t *testing.T) {
	if got := Disassemble(nil, 0, map[int]string{0: "x"}); !strings.Contains(got, "; x (end of code)") {
		t.Fatalf("got %q", got)
	}
}
