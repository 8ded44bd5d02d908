# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 7 entries, 488 bytes, 8 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 22 01 00 00               jb .+0x122 ; 0x13d
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 0b 01 00 00               jz .+0x10b ; 0x13d
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 16 01 00 00               jnz .+0x116 ; 0x153
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 11 01 00 00               jnz .+0x111 ; 0x169
00000058  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000068  e9 6e 01 00 00                  jmp .+0x16e ; 0x1db
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
0000006d  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000072  75 1b                           jnz .+0x1b ; 0x8f
00000074  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000078  48 01 f0                        add rax, rsi
0000007b  0f 80 fe 00 00 00               jo .+0xfe ; 0x17f
00000081  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000085  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
0000008d  eb 2b                           jmp .+0x2b ; 0xba
0000008f  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000094  0f 85 e5 00 00 00               jnz .+0xe5 ; 0x17f
0000009a  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000a0  0f 57 c9                        xorps xmm1, xmm1
000000a3  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
000000a8  f2 0f 58 c1                     addsd xmm0, xmm1
000000ac  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000b2  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000ba  48 89 f0                        mov rax, rsi
000000bd  48 83 c0 01                     add rax, 0x1
000000c1  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000c5  48 89 c6                        mov rsi, rax
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000c8  48 39 fe                        cmp rsi, rdi
000000cb  7d 15                           jnl .+0x15 ; 0xe2
000000cd  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000d7  80 38 00                        cmp byte ptr [rax], 0x0
000000da  0f 85 b5 00 00 00               jnz .+0xb5 ; 0x195
000000e0  eb 8b                           jmp .-0x75 ; 0x6d
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000e2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000ec  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000f6  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: tail
000000f8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000102  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000010c  ff e0                           jmp rax
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
0000010e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000118  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000122  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
00000124  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
0000012e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000138  ff e0                           jmp rax
; dispatch: continue where the VM says
0000013a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000013d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000147  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000151  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000153  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000015d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000167  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000169  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000173  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000017d  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
0000017f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000189  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000193  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
00000195  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000019f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001a9  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
000001ab  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001b5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001bf  ff e0                           jmp rax
000001c1  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001c5  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001c9  e9 9f fe ff ff                  jmp .-0x161 ; 0x6d
000001ce  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001d2  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001d6  e9 df fe ff ff                  jmp .-0x121 ; 0xba
000001db  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001df  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001e3  e9 e0 fe ff ff                  jmp .-0x120 ; 0xc8
