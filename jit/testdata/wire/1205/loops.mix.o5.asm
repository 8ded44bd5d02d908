# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 883 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 4d 02 00 00               jb .+0x24d ; 0x258
; entry op #1 (function start): count the call
0000000b  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000015  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000018  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
0000001d  0f 85 4b 02 00 00               jnz .+0x24b ; 0x26e
00000023  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000002b  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
00000033  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000038  0f 85 46 02 00 00               jnz .+0x246 ; 0x284
0000003e  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000046  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
0000004e  e9 0a 03 00 00                  jmp .+0x30a ; 0x35d
; op #4 ZEND_DIV, line 19: inline, entry
00000053  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000058  75 05                           jnz .+0x5 ; 0x5f
0000005a  e9 3b 02 00 00                  jmp .+0x23b ; 0x29a
0000005f  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000064  0f 85 30 02 00 00               jnz .+0x230 ; 0x29a
0000006a  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000070  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
0000007a  66 48 0f 6e c8                  movq xmm1, rax
0000007f  0f 57 d2                        xorps xmm2, xmm2
00000082  66 0f 2e ca                     ucomisd xmm1, xmm2
00000086  7a 06                           jp .+0x6 ; 0x8e
00000088  0f 84 0c 02 00 00               jz .+0x20c ; 0x29a
0000008e  f2 0f 5e c1                     divsd xmm0, xmm1
00000092  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
0000009b  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000a6  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000000ae  75 11                           jnz .+0x11 ; 0xc1
000000b0  0f 28 c4                        movaps xmm0, xmm4
000000b3  0f 57 c9                        xorps xmm1, xmm1
000000b6  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000000bf  eb 1a                           jmp .+0x1a ; 0xdb
000000c1  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000c9  0f 85 e7 01 00 00               jnz .+0x1e7 ; 0x2b6
000000cf  0f 28 c4                        movaps xmm0, xmm4
000000d2  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000db  f2 0f 58 c1                     addsd xmm0, xmm1
000000df  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000e2  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000e7  75 14                           jnz .+0x14 ; 0xfd
000000e9  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000ed  48 83 c0 01                     add rax, 0x1
000000f1  0f 80 db 01 00 00               jo .+0x1db ; 0x2d2
000000f7  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000fb  eb 2a                           jmp .+0x2a ; 0x127
000000fd  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000102  0f 85 ca 01 00 00               jnz .+0x1ca ; 0x2d2
00000108  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000010e  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
00000118  66 48 0f 6e c8                  movq xmm1, rax
0000011d  f2 0f 58 c1                     addsd xmm0, xmm1
00000121  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
00000127  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000012c  75 4a                           jnz .+0x4a ; 0x178
0000012e  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000133  75 27                           jnz .+0x27 ; 0x15c
00000135  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000139  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
0000013d  7f 18                           jnle .+0x18 ; 0x157
0000013f  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
00000149  80 38 00                        cmp byte ptr [rax], 0x0
0000014c  0f 85 9c 01 00 00               jnz .+0x19c ; 0x2ee
00000152  e9 fc fe ff ff                  jmp .-0x104 ; 0x53
00000157  e9 0c 02 00 00                  jmp .+0x20c ; 0x368
0000015c  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000161  0f 85 87 01 00 00               jnz .+0x187 ; 0x2ee
00000167  0f 57 c0                        xorps xmm0, xmm0
0000016a  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000170  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000176  eb 3a                           jmp .+0x3a ; 0x1b2
00000178  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000017d  0f 85 6b 01 00 00               jnz .+0x16b ; 0x2ee
00000183  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000188  75 11                           jnz .+0x11 ; 0x19b
0000018a  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000190  0f 57 c9                        xorps xmm1, xmm1
00000193  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000199  eb 17                           jmp .+0x17 ; 0x1b2
0000019b  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001a0  0f 85 48 01 00 00               jnz .+0x148 ; 0x2ee
000001a6  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001ac  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001b2  66 0f 2e c8                     ucomisd xmm1, xmm0
000001b6  72 18                           jb .+0x18 ; 0x1d0
000001b8  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001c2  80 38 00                        cmp byte ptr [rax], 0x0
000001c5  0f 85 23 01 00 00               jnz .+0x123 ; 0x2ee
000001cb  e9 83 fe ff ff                  jmp .-0x17d ; 0x53
000001d0  e9 93 01 00 00                  jmp .+0x193 ; 0x368
; op #9 ZEND_RETURN, line 22: inline, entry
000001d5  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001d9  48 25 00 00 ff 19               and rax, 0x19ff0000
000001df  0f 85 41 01 00 00               jnz .+0x141 ; 0x326
000001e5  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001ef  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001f7  0f 85 29 01 00 00               jnz .+0x129 ; 0x326
000001fd  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000202  0f 85 1e 01 00 00               jnz .+0x11e ; 0x326
00000208  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000020c  48 83 f8 00                     cmp rax, 0x0
00000210  74 0e                           jz .+0xe ; 0x220
00000212  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000216  48 89 08                        mov qword ptr [rax], rcx
00000219  c7 40 08 05 00 00 00            mov dword ptr [rax+0x8], 0x5
00000220  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000224  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000022b  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000232  49 89 ce                        mov r14, rcx
00000235  4d 8b 3e                        mov r15, qword ptr [r14]
00000238  49 83 c7 20                     add r15, 0x20
0000023c  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
0000023f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000249  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000253  ff e0                           jmp rax
; dispatch: continue where the VM says
00000255  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000258  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000262  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000026c  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
0000026e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000278  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000282  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000284  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000028e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000298  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
0000029a  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002a0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000002aa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002b4  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
000002b6  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002bc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002c6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002d0  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
000002d2  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002d8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000002e2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002ec  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
000002ee  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002f4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000002fe  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000308  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
0000030a  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000310  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000031a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000324  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000326  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000330  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000033a  ff e0                           jmp rax
0000033c  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000342  e9 0c fd ff ff                  jmp .-0x2f4 ; 0x53
00000347  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000034d  e9 54 fd ff ff                  jmp .-0x2ac ; 0xa6
00000352  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000358  e9 85 fd ff ff                  jmp .-0x27b ; 0xe2
0000035d  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000363  e9 bf fd ff ff                  jmp .-0x241 ; 0x127
00000368  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000036e  e9 62 fe ff ff                  jmp .-0x19e ; 0x1d5
