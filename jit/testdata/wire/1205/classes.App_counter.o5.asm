# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function App\counter (classes.php:18), 9 ops, 7 entries, 483 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 18: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 5a 01 00 00               jb .+0x15a ; 0x175
0000001b  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000020  0f 85 4f 01 00 00               jnz .+0x14f ; 0x175
; op #1 ZEND_GENERATOR_CREATE, line 18: dispatch, entry
00000026  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000030  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000003a  ff d0                           call rax
0000003c  41 ff 27                        jmp qword ptr [r15]
; op #2 ZEND_ASSIGN, line 20: inline, entry
0000003f  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000044  0f 85 41 01 00 00               jnz .+0x141 ; 0x18b
0000004a  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000052  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #3 ZEND_JMP, line 20: inline, entry
0000005a  eb 5e                           jmp .+0x5e ; 0xba
; op #4 ZEND_YIELD, line 21: dispatch, entry
0000005c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000066  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
00000070  ff d0                           call rax
00000072  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_PRE_INC, line 20: inline, entry
00000075  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000007a  75 14                           jnz .+0x14 ; 0x90
0000007c  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000080  48 83 c0 01                     add rax, 0x1
00000084  0f 80 17 01 00 00               jo .+0x117 ; 0x1a1
0000008a  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000008e  eb 2a                           jmp .+0x2a ; 0xba
00000090  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000095  0f 85 06 01 00 00               jnz .+0x106 ; 0x1a1
0000009b  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000a1  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
000000ab  66 48 0f 6e c8                  movq xmm1, rax
000000b0  f2 0f 58 c1                     addsd xmm0, xmm1
000000b4  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
; op #6 ZEND_IS_SMALLER, line 20: inline, entry
000000ba  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000bf  75 47                           jnz .+0x47 ; 0x108
000000c1  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000c6  75 24                           jnz .+0x24 ; 0xec
000000c8  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
000000cc  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
000000d0  7d 18                           jnl .+0x18 ; 0xea
000000d2  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000dc  80 38 00                        cmp byte ptr [rax], 0x0
000000df  0f 85 d2 00 00 00               jnz .+0xd2 ; 0x1b7
000000e5  e9 72 ff ff ff                  jmp .-0x8e ; 0x5c
000000ea  eb 70                           jmp .+0x70 ; 0x15c
000000ec  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000f1  0f 85 c0 00 00 00               jnz .+0xc0 ; 0x1b7
000000f7  0f 57 c0                        xorps xmm0, xmm0
000000fa  f2 49 0f 2a 46 60               cvtsi2sd xmm0, qword ptr [r14+0x60]
00000100  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000106  eb 3a                           jmp .+0x3a ; 0x142
00000108  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
0000010d  0f 85 a4 00 00 00               jnz .+0xa4 ; 0x1b7
00000113  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000118  75 11                           jnz .+0x11 ; 0x12b
0000011a  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000120  0f 57 c9                        xorps xmm1, xmm1
00000123  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000129  eb 17                           jmp .+0x17 ; 0x142
0000012b  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000130  0f 85 81 00 00 00               jnz .+0x81 ; 0x1b7
00000136  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000013c  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000142  66 0f 2e c8                     ucomisd xmm1, xmm0
00000146  76 14                           jbe .+0x14 ; 0x15c
00000148  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
00000152  80 38 00                        cmp byte ptr [rax], 0x0
00000155  75 60                           jnz .+0x60 ; 0x1b7
00000157  e9 00 ff ff ff                  jmp .-0x100 ; 0x5c
; op #8 ZEND_GENERATOR_RETURN, line 23: tail
0000015c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000166  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000170  ff e0                           jmp rax
; dispatch: continue where the VM says
00000172  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000175  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000017f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000189  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
0000018b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000195  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000019f  ff e0                           jmp rax
; op #5 ZEND_PRE_INC: fallback, the VM does the op
000001a1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000001ab  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000001b5  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001b7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001c1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001cb  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 20: vm, out of line (fused into the fast path before it)
000001cd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001d7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001e1  ff e0                           jmp rax
