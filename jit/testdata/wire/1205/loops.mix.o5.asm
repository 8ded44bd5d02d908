# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 932 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 7b 02 00 00               jb .+0x27b ; 0x289
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 64 02 00 00               jz .+0x264 ; 0x289
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 62 02 00 00               jnz .+0x262 ; 0x29f
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 5d 02 00 00               jnz .+0x25d ; 0x2b5
00000058  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000068  e9 21 03 00 00                  jmp .+0x321 ; 0x38e
; op #4 ZEND_DIV, line 19: inline, entry
0000006d  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000072  75 3e                           jnz .+0x3e ; 0xb2
00000074  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000007a  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
00000084  66 48 0f 6e c8                  movq xmm1, rax
00000089  0f 57 d2                        xorps xmm2, xmm2
0000008c  66 0f 2e ca                     ucomisd xmm1, xmm2
00000090  7a 06                           jp .+0x6 ; 0x98
00000092  0f 84 33 02 00 00               jz .+0x233 ; 0x2cb
00000098  f2 0f 5e c1                     divsd xmm0, xmm1
0000009c  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
000000a5  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
000000b0  eb 10                           jmp .+0x10 ; 0xc2
000000b2  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000b7  0f 85 0e 02 00 00               jnz .+0x20e ; 0x2cb
000000bd  e9 09 02 00 00                  jmp .+0x209 ; 0x2cb
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000c2  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000ca  75 15                           jnz .+0x15 ; 0xe1
000000cc  0f 28 c4                        movaps xmm0, xmm4
000000cf  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000d8  f2 0f 58 c1                     addsd xmm0, xmm1
000000dc  0f 28 e0                        movaps xmm4, xmm0
000000df  eb 24                           jmp .+0x24 ; 0x105
000000e1  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000000e9  0f 85 f8 01 00 00               jnz .+0x1f8 ; 0x2e7
000000ef  0f 28 c4                        movaps xmm0, xmm4
000000f2  0f 57 c9                        xorps xmm1, xmm1
000000f5  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000000fe  f2 0f 58 c1                     addsd xmm0, xmm1
00000102  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
00000105  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000010a  75 14                           jnz .+0x14 ; 0x120
0000010c  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000110  48 83 c0 01                     add rax, 0x1
00000114  0f 80 e9 01 00 00               jo .+0x1e9 ; 0x303
0000011a  49 89 46 70                     mov qword ptr [r14+0x70], rax
0000011e  eb 2a                           jmp .+0x2a ; 0x14a
00000120  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000125  0f 85 d8 01 00 00               jnz .+0x1d8 ; 0x303
0000012b  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000131  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
0000013b  66 48 0f 6e c8                  movq xmm1, rax
00000140  f2 0f 58 c1                     addsd xmm0, xmm1
00000144  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
0000014a  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000014f  75 4a                           jnz .+0x4a ; 0x19b
00000151  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000156  75 27                           jnz .+0x27 ; 0x17f
00000158  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
0000015c  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000160  7f 18                           jnle .+0x18 ; 0x17a
00000162  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
0000016c  80 38 00                        cmp byte ptr [rax], 0x0
0000016f  0f 85 aa 01 00 00               jnz .+0x1aa ; 0x31f
00000175  e9 f3 fe ff ff                  jmp .-0x10d ; 0x6d
0000017a  e9 1a 02 00 00                  jmp .+0x21a ; 0x399
0000017f  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000184  0f 85 95 01 00 00               jnz .+0x195 ; 0x31f
0000018a  0f 57 c0                        xorps xmm0, xmm0
0000018d  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000193  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000199  eb 3a                           jmp .+0x3a ; 0x1d5
0000019b  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
000001a0  0f 85 79 01 00 00               jnz .+0x179 ; 0x31f
000001a6  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000001ab  75 11                           jnz .+0x11 ; 0x1be
000001ad  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001b3  0f 57 c9                        xorps xmm1, xmm1
000001b6  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
000001bc  eb 17                           jmp .+0x17 ; 0x1d5
000001be  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001c3  0f 85 56 01 00 00               jnz .+0x156 ; 0x31f
000001c9  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001cf  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001d5  66 0f 2e c8                     ucomisd xmm1, xmm0
000001d9  72 18                           jb .+0x18 ; 0x1f3
000001db  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001e5  80 38 00                        cmp byte ptr [rax], 0x0
000001e8  0f 85 31 01 00 00               jnz .+0x131 ; 0x31f
000001ee  e9 7a fe ff ff                  jmp .-0x186 ; 0x6d
000001f3  e9 a1 01 00 00                  jmp .+0x1a1 ; 0x399
; op #9 ZEND_RETURN, line 22: inline, entry
000001f8  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001fc  48 25 00 00 ff 19               and rax, 0x19ff0000
00000202  0f 85 4f 01 00 00               jnz .+0x14f ; 0x357
00000208  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000212  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000021a  0f 85 37 01 00 00               jnz .+0x137 ; 0x357
00000220  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000225  0f 85 2c 01 00 00               jnz .+0x12c ; 0x357
0000022b  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
0000022f  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000233  48 83 f8 04                     cmp rax, 0x4
00000237  0f 87 1a 01 00 00               jnbe .+0x11a ; 0x357
0000023d  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000241  48 83 f8 00                     cmp rax, 0x0
00000245  74 0a                           jz .+0xa ; 0x251
00000247  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
0000024b  48 89 08                        mov qword ptr [rax], rcx
0000024e  89 70 08                        mov dword ptr [rax+0x8], esi
00000251  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000255  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000025c  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000263  49 89 ce                        mov r14, rcx
00000266  4d 8b 3e                        mov r15, qword ptr [r14]
00000269  49 83 c7 20                     add r15, 0x20
0000026d  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
00000270  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000027a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000284  ff e0                           jmp rax
; dispatch: continue where the VM says
00000286  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000289  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000293  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000029d  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
0000029f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000002a9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000002b3  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
000002b5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000002bf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000002c9  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
000002cb  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002d1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000002db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002e5  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
000002e7  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002ed  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002f7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000301  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
00000303  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000309  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000313  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000031d  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
0000031f  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000325  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000032f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000339  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
0000033b  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000341  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000034b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000355  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000357  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000361  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000036b  ff e0                           jmp rax
0000036d  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000373  e9 f5 fc ff ff                  jmp .-0x30b ; 0x6d
00000378  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000037e  e9 3f fd ff ff                  jmp .-0x2c1 ; 0xc2
00000383  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000389  e9 77 fd ff ff                  jmp .-0x289 ; 0x105
0000038e  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000394  e9 b1 fd ff ff                  jmp .-0x24f ; 0x14a
00000399  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000039f  e9 54 fe ff ff                  jmp .-0x1ac ; 0x1f8
