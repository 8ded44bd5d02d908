# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 8 entries, 760 bytes, 9 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 0e 02 00 00               jb .+0x20e ; 0x21c
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 f7 01 00 00               jz .+0x1f7 ; 0x21c
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 f5 01 00 00               jnz .+0x1f5 ; 0x232
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 f0 01 00 00               jnz .+0x1f0 ; 0x248
00000058  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000068  e9 80 02 00 00                  jmp .+0x280 ; 0x2ed
; op #4 ZEND_DIV, line 19: inline, entry
0000006d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000072  75 05                           jnz .+0x5 ; 0x79
00000074  e9 e5 01 00 00                  jmp .+0x1e5 ; 0x25e
00000079  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000007e  0f 85 da 01 00 00               jnz .+0x1da ; 0x25e
00000084  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000008a  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
00000094  66 48 0f 6e c8                  movq xmm1, rax
00000099  0f 57 d2                        xorps xmm2, xmm2
0000009c  66 0f 2e ca                     ucomisd xmm1, xmm2
000000a0  7a 06                           jp .+0x6 ; 0xa8
000000a2  0f 84 b6 01 00 00               jz .+0x1b6 ; 0x25e
000000a8  f2 0f 5e c1                     divsd xmm0, xmm1
000000ac  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
000000b5  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000c0  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000000c8  75 11                           jnz .+0x11 ; 0xdb
000000ca  0f 28 c4                        movaps xmm0, xmm4
000000cd  0f 57 c9                        xorps xmm1, xmm1
000000d0  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000000d9  eb 1a                           jmp .+0x1a ; 0xf5
000000db  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000e3  0f 85 8b 01 00 00               jnz .+0x18b ; 0x274
000000e9  0f 28 c4                        movaps xmm0, xmm4
000000ec  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000f5  f2 0f 58 c1                     addsd xmm0, xmm1
000000f9  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000ff  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
00000102  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000107  75 14                           jnz .+0x14 ; 0x11d
00000109  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
0000010d  48 83 c0 01                     add rax, 0x1
00000111  0f 80 73 01 00 00               jo .+0x173 ; 0x28a
00000117  49 89 46 70                     mov qword ptr [r14+0x70], rax
0000011b  eb 2a                           jmp .+0x2a ; 0x147
0000011d  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000122  0f 85 62 01 00 00               jnz .+0x162 ; 0x28a
00000128  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000012e  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
00000138  66 48 0f 6e c8                  movq xmm1, rax
0000013d  f2 0f 58 c1                     addsd xmm0, xmm1
00000141  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
00000147  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000014c  75 47                           jnz .+0x47 ; 0x195
0000014e  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000153  75 24                           jnz .+0x24 ; 0x179
00000155  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000159  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
0000015d  7f 18                           jnle .+0x18 ; 0x177
0000015f  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
00000169  80 38 00                        cmp byte ptr [rax], 0x0
0000016c  0f 85 2e 01 00 00               jnz .+0x12e ; 0x2a0
00000172  e9 f6 fe ff ff                  jmp .-0x10a ; 0x6d
00000177  eb 74                           jmp .+0x74 ; 0x1ed
00000179  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000017e  0f 85 1c 01 00 00               jnz .+0x11c ; 0x2a0
00000184  0f 57 c0                        xorps xmm0, xmm0
00000187  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
0000018d  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000193  eb 3a                           jmp .+0x3a ; 0x1cf
00000195  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000019a  0f 85 00 01 00 00               jnz .+0x100 ; 0x2a0
000001a0  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000001a5  75 11                           jnz .+0x11 ; 0x1b8
000001a7  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001ad  0f 57 c9                        xorps xmm1, xmm1
000001b0  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
000001b6  eb 17                           jmp .+0x17 ; 0x1cf
000001b8  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001bd  0f 85 dd 00 00 00               jnz .+0xdd ; 0x2a0
000001c3  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001c9  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001cf  66 0f 2e c8                     ucomisd xmm1, xmm0
000001d3  72 18                           jb .+0x18 ; 0x1ed
000001d5  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001df  80 38 00                        cmp byte ptr [rax], 0x0
000001e2  0f 85 b8 00 00 00               jnz .+0xb8 ; 0x2a0
000001e8  e9 80 fe ff ff                  jmp .-0x180 ; 0x6d
; op #9 ZEND_RETURN, line 22: tail
000001ed  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001f7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000201  ff e0                           jmp rax
; op #10 ZEND_RETURN, line 23: tail
00000203  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000020d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000217  ff e0                           jmp rax
; dispatch: continue where the VM says
00000219  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000021c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000226  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000230  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000232  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000023c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000246  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000248  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000252  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000025c  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
0000025e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000268  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000272  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
00000274  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000027e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000288  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
0000028a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000294  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000029e  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
000002a0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000002aa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000002b4  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
000002b6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000002c0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000002ca  ff e0                           jmp rax
000002cc  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002d2  e9 96 fd ff ff                  jmp .-0x26a ; 0x6d
000002d7  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002dd  e9 de fd ff ff                  jmp .-0x222 ; 0xc0
000002e2  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002e8  e9 15 fe ff ff                  jmp .-0x1eb ; 0x102
000002ed  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002f3  e9 4f fe ff ff                  jmp .-0x1b1 ; 0x147
