# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 930 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 4b 02 00 00               jb .+0x24b ; 0x259
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 34 02 00 00               jz .+0x234 ; 0x259
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 32 02 00 00               jnz .+0x232 ; 0x26f
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 2d 02 00 00               jnz .+0x22d ; 0x285
00000058  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000068  e9 1f 03 00 00                  jmp .+0x31f ; 0x38c
; op #4 ZEND_DIV, line 19: inline, entry
0000006d  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000072  0f 85 23 02 00 00               jnz .+0x223 ; 0x29b
00000078  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000007e  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
00000088  66 48 0f 6e c8                  movq xmm1, rax
0000008d  0f 57 d2                        xorps xmm2, xmm2
00000090  66 0f 2e ca                     ucomisd xmm1, xmm2
00000094  7a 06                           jp .+0x6 ; 0x9c
00000096  0f 84 08 02 00 00               jz .+0x208 ; 0x2a4
0000009c  f2 0f 5e c1                     divsd xmm0, xmm1
000000a0  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
000000a9  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000b4  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000bc  0f 85 fe 01 00 00               jnz .+0x1fe ; 0x2c0
000000c2  0f 28 c4                        movaps xmm0, xmm4
000000c5  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000ce  f2 0f 58 c1                     addsd xmm0, xmm1
000000d2  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000d5  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000da  75 14                           jnz .+0x14 ; 0xf0
000000dc  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000e0  48 83 c0 01                     add rax, 0x1
000000e4  0f 80 17 02 00 00               jo .+0x217 ; 0x301
000000ea  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000ee  eb 2a                           jmp .+0x2a ; 0x11a
000000f0  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
000000f5  0f 85 06 02 00 00               jnz .+0x206 ; 0x301
000000fb  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000101  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
0000010b  66 48 0f 6e c8                  movq xmm1, rax
00000110  f2 0f 58 c1                     addsd xmm0, xmm1
00000114  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
0000011a  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000011f  75 4a                           jnz .+0x4a ; 0x16b
00000121  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000126  75 27                           jnz .+0x27 ; 0x14f
00000128  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
0000012c  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000130  7f 18                           jnle .+0x18 ; 0x14a
00000132  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
0000013c  80 38 00                        cmp byte ptr [rax], 0x0
0000013f  0f 85 d8 01 00 00               jnz .+0x1d8 ; 0x31d
00000145  e9 23 ff ff ff                  jmp .-0xdd ; 0x6d
0000014a  e9 48 02 00 00                  jmp .+0x248 ; 0x397
0000014f  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000154  0f 85 c3 01 00 00               jnz .+0x1c3 ; 0x31d
0000015a  0f 57 c0                        xorps xmm0, xmm0
0000015d  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000163  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000169  eb 3a                           jmp .+0x3a ; 0x1a5
0000016b  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000170  0f 85 a7 01 00 00               jnz .+0x1a7 ; 0x31d
00000176  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000017b  75 11                           jnz .+0x11 ; 0x18e
0000017d  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000183  0f 57 c9                        xorps xmm1, xmm1
00000186  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
0000018c  eb 17                           jmp .+0x17 ; 0x1a5
0000018e  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000193  0f 85 84 01 00 00               jnz .+0x184 ; 0x31d
00000199  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000019f  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001a5  66 0f 2e c8                     ucomisd xmm1, xmm0
000001a9  72 18                           jb .+0x18 ; 0x1c3
000001ab  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001b5  80 38 00                        cmp byte ptr [rax], 0x0
000001b8  0f 85 5f 01 00 00               jnz .+0x15f ; 0x31d
000001be  e9 aa fe ff ff                  jmp .-0x156 ; 0x6d
000001c3  e9 cf 01 00 00                  jmp .+0x1cf ; 0x397
; op #9 ZEND_RETURN, line 22: inline, entry
000001c8  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001cc  48 25 00 00 ff 19               and rax, 0x19ff0000
000001d2  0f 85 7d 01 00 00               jnz .+0x17d ; 0x355
000001d8  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001e2  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001ea  0f 85 65 01 00 00               jnz .+0x165 ; 0x355
000001f0  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001f5  0f 85 5a 01 00 00               jnz .+0x15a ; 0x355
000001fb  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
000001ff  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000203  48 83 f8 04                     cmp rax, 0x4
00000207  0f 87 48 01 00 00               jnbe .+0x148 ; 0x355
0000020d  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000211  48 83 f8 00                     cmp rax, 0x0
00000215  74 0a                           jz .+0xa ; 0x221
00000217  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
0000021b  48 89 08                        mov qword ptr [rax], rcx
0000021e  89 70 08                        mov dword ptr [rax+0x8], esi
00000221  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000225  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000022c  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000233  49 89 ce                        mov r14, rcx
00000236  4d 8b 3e                        mov r15, qword ptr [r14]
00000239  49 83 c7 20                     add r15, 0x20
0000023d  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
00000240  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000024a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000254  ff e0                           jmp rax
; dispatch: continue where the VM says
00000256  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000259  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000263  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000026d  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
0000026f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000279  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000283  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000285  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000028f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000299  ff e0                           jmp rax
0000029b  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000002a0  75 02                           jnz .+0x2 ; 0x2a4
000002a2  eb 00                           jmp .+0x0 ; 0x2a4
; op #4 ZEND_DIV: fallback, the VM does the op
000002a4  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002aa  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000002b4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002be  ff e0                           jmp rax
000002c0  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000002c8  75 1b                           jnz .+0x1b ; 0x2e5
000002ca  0f 28 c4                        movaps xmm0, xmm4
000002cd  0f 57 c9                        xorps xmm1, xmm1
000002d0  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000002d9  f2 0f 58 c1                     addsd xmm0, xmm1
000002dd  0f 28 e0                        movaps xmm4, xmm0
000002e0  e9 f0 fd ff ff                  jmp .-0x210 ; 0xd5
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
000002e5  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002eb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002f5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002ff  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
00000301  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000307  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000311  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000031b  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
0000031d  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000323  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000032d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000337  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
00000339  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000033f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000349  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000353  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000355  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000035f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000369  ff e0                           jmp rax
0000036b  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000371  e9 f7 fc ff ff                  jmp .-0x309 ; 0x6d
00000376  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000037c  e9 33 fd ff ff                  jmp .-0x2cd ; 0xb4
00000381  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000387  e9 49 fd ff ff                  jmp .-0x2b7 ; 0xd5
0000038c  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000392  e9 83 fd ff ff                  jmp .-0x27d ; 0x11a
00000397  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000039d  e9 26 fe ff ff                  jmp .-0x1da ; 0x1c8
