# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 8 entries, 803 bytes, 9 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 10 02 00 00               jb .+0x210 ; 0x21e
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 f9 01 00 00               jz .+0x1f9 ; 0x21e
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 f7 01 00 00               jnz .+0x1f7 ; 0x234
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 f2 01 00 00               jnz .+0x1f2 ; 0x24a
00000058  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000068  e9 a0 02 00 00                  jmp .+0x2a0 ; 0x30d
; op #4 ZEND_DIV, line 19: inline, entry
0000006d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000072  75 05                           jnz .+0x5 ; 0x79
00000074  e9 e7 01 00 00                  jmp .+0x1e7 ; 0x260
00000079  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000007e  0f 85 dc 01 00 00               jnz .+0x1dc ; 0x260
00000084  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000008a  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
00000094  66 48 0f 6e c8                  movq xmm1, rax
00000099  0f 57 d2                        xorps xmm2, xmm2
0000009c  66 0f 2e ca                     ucomisd xmm1, xmm2
000000a0  7a 06                           jp .+0x6 ; 0xa8
000000a2  0f 84 b8 01 00 00               jz .+0x1b8 ; 0x260
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
000000e3  0f 85 93 01 00 00               jnz .+0x193 ; 0x27c
000000e9  0f 28 c4                        movaps xmm0, xmm4
000000ec  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000f5  f2 0f 58 c1                     addsd xmm0, xmm1
000000f9  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000fc  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000101  75 14                           jnz .+0x14 ; 0x117
00000103  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000107  48 83 c0 01                     add rax, 0x1
0000010b  0f 80 87 01 00 00               jo .+0x187 ; 0x298
00000111  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000115  eb 2a                           jmp .+0x2a ; 0x141
00000117  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000011c  0f 85 76 01 00 00               jnz .+0x176 ; 0x298
00000122  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000128  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
00000132  66 48 0f 6e c8                  movq xmm1, rax
00000137  f2 0f 58 c1                     addsd xmm0, xmm1
0000013b  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
00000141  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000146  75 4a                           jnz .+0x4a ; 0x192
00000148  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000014d  75 27                           jnz .+0x27 ; 0x176
0000014f  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000153  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000157  7f 18                           jnle .+0x18 ; 0x171
00000159  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
00000163  80 38 00                        cmp byte ptr [rax], 0x0
00000166  0f 85 48 01 00 00               jnz .+0x148 ; 0x2b4
0000016c  e9 fc fe ff ff                  jmp .-0x104 ; 0x6d
00000171  e9 a2 01 00 00                  jmp .+0x1a2 ; 0x318
00000176  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000017b  0f 85 33 01 00 00               jnz .+0x133 ; 0x2b4
00000181  0f 57 c0                        xorps xmm0, xmm0
00000184  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
0000018a  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000190  eb 3a                           jmp .+0x3a ; 0x1cc
00000192  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000197  0f 85 17 01 00 00               jnz .+0x117 ; 0x2b4
0000019d  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000001a2  75 11                           jnz .+0x11 ; 0x1b5
000001a4  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001aa  0f 57 c9                        xorps xmm1, xmm1
000001ad  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
000001b3  eb 17                           jmp .+0x17 ; 0x1cc
000001b5  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001ba  0f 85 f4 00 00 00               jnz .+0xf4 ; 0x2b4
000001c0  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001c6  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001cc  66 0f 2e c8                     ucomisd xmm1, xmm0
000001d0  72 18                           jb .+0x18 ; 0x1ea
000001d2  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001dc  80 38 00                        cmp byte ptr [rax], 0x0
000001df  0f 85 cf 00 00 00               jnz .+0xcf ; 0x2b4
000001e5  e9 83 fe ff ff                  jmp .-0x17d ; 0x6d
000001ea  e9 29 01 00 00                  jmp .+0x129 ; 0x318
; op #9 ZEND_RETURN, line 22: tail
000001ef  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001f9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000203  ff e0                           jmp rax
; op #10 ZEND_RETURN, line 23: tail
00000205  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000020f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000219  ff e0                           jmp rax
; dispatch: continue where the VM says
0000021b  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000021e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000228  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000232  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000234  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000023e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000248  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
0000024a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000254  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000025e  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
00000260  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000266  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000270  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000027a  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
0000027c  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000282  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000028c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000296  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
00000298  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000029e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000002a8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002b2  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
000002b4  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002ba  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000002c4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000002ce  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
000002d0  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002d6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000002e0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000002ea  ff e0                           jmp rax
000002ec  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002f2  e9 76 fd ff ff                  jmp .-0x28a ; 0x6d
000002f7  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002fd  e9 be fd ff ff                  jmp .-0x242 ; 0xc0
00000302  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000308  e9 ef fd ff ff                  jmp .-0x211 ; 0xfc
0000030d  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000313  e9 29 fe ff ff                  jmp .-0x1d7 ; 0x141
00000318  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000031e  e9 cc fe ff ff                  jmp .-0x134 ; 0x1ef
