# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 836 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 47 02 00 00               jb .+0x247 ; 0x255
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 30 02 00 00               jz .+0x230 ; 0x255
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000003a  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
00000042  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
0000004a  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000052  e9 d7 02 00 00                  jmp .+0x2d7 ; 0x32e
; op #4 ZEND_DIV, line 19: inline, entry
00000057  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000005c  75 05                           jnz .+0x5 ; 0x63
0000005e  e9 08 02 00 00                  jmp .+0x208 ; 0x26b
00000063  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000068  0f 85 fd 01 00 00               jnz .+0x1fd ; 0x26b
0000006e  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000074  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
0000007e  66 48 0f 6e c8                  movq xmm1, rax
00000083  0f 57 d2                        xorps xmm2, xmm2
00000086  66 0f 2e ca                     ucomisd xmm1, xmm2
0000008a  7a 06                           jp .+0x6 ; 0x92
0000008c  0f 84 d9 01 00 00               jz .+0x1d9 ; 0x26b
00000092  f2 0f 5e c1                     divsd xmm0, xmm1
00000096  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
0000009f  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000aa  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000000b2  75 11                           jnz .+0x11 ; 0xc5
000000b4  0f 28 c4                        movaps xmm0, xmm4
000000b7  0f 57 c9                        xorps xmm1, xmm1
000000ba  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000000c3  eb 1a                           jmp .+0x1a ; 0xdf
000000c5  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000cd  0f 85 b4 01 00 00               jnz .+0x1b4 ; 0x287
000000d3  0f 28 c4                        movaps xmm0, xmm4
000000d6  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000df  f2 0f 58 c1                     addsd xmm0, xmm1
000000e3  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000e6  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000eb  75 14                           jnz .+0x14 ; 0x101
000000ed  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000f1  48 83 c0 01                     add rax, 0x1
000000f5  0f 80 a8 01 00 00               jo .+0x1a8 ; 0x2a3
000000fb  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000ff  eb 2a                           jmp .+0x2a ; 0x12b
00000101  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000106  0f 85 97 01 00 00               jnz .+0x197 ; 0x2a3
0000010c  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000112  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
0000011c  66 48 0f 6e c8                  movq xmm1, rax
00000121  f2 0f 58 c1                     addsd xmm0, xmm1
00000125  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
0000012b  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
00000135  80 38 00                        cmp byte ptr [rax], 0x0
00000138  0f 85 81 01 00 00               jnz .+0x181 ; 0x2bf
0000013e  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000143  75 36                           jnz .+0x36 ; 0x17b
00000145  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000014a  75 13                           jnz .+0x13 ; 0x15f
0000014c  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000150  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000154  0f 8e fd fe ff ff               jle .-0x103 ; 0x57
0000015a  e9 da 01 00 00                  jmp .+0x1da ; 0x339
0000015f  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000164  0f 85 55 01 00 00               jnz .+0x155 ; 0x2bf
0000016a  0f 57 c0                        xorps xmm0, xmm0
0000016d  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000173  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000179  eb 3a                           jmp .+0x3a ; 0x1b5
0000017b  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000180  0f 85 39 01 00 00               jnz .+0x139 ; 0x2bf
00000186  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000018b  75 11                           jnz .+0x11 ; 0x19e
0000018d  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000193  0f 57 c9                        xorps xmm1, xmm1
00000196  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
0000019c  eb 17                           jmp .+0x17 ; 0x1b5
0000019e  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001a3  0f 85 16 01 00 00               jnz .+0x116 ; 0x2bf
000001a9  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001af  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001b5  66 0f 2e c8                     ucomisd xmm1, xmm0
000001b9  0f 83 98 fe ff ff               jnb .-0x168 ; 0x57
000001bf  e9 75 01 00 00                  jmp .+0x175 ; 0x339
; op #9 ZEND_RETURN, line 22: inline, entry
000001c4  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001c8  48 25 00 00 ff 19               and rax, 0x19ff0000
000001ce  0f 85 23 01 00 00               jnz .+0x123 ; 0x2f7
000001d4  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001de  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001e6  0f 85 0b 01 00 00               jnz .+0x10b ; 0x2f7
000001ec  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001f1  0f 85 00 01 00 00               jnz .+0x100 ; 0x2f7
000001f7  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
000001fb  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
000001ff  48 83 f8 04                     cmp rax, 0x4
00000203  0f 87 ee 00 00 00               jnbe .+0xee ; 0x2f7
00000209  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000020d  48 83 f8 00                     cmp rax, 0x0
00000211  74 0a                           jz .+0xa ; 0x21d
00000213  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000217  48 89 08                        mov qword ptr [rax], rcx
0000021a  89 70 08                        mov dword ptr [rax+0x8], esi
0000021d  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000221  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000228  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000022f  49 89 ce                        mov r14, rcx
00000232  4d 8b 3e                        mov r15, qword ptr [r14]
00000235  49 83 c7 20                     add r15, 0x20
00000239  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
0000023c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000246  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000250  ff e0                           jmp rax
; dispatch: continue where the VM says
00000252  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000255  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000025f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000269  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
0000026b  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000271  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000027b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000285  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
00000287  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000028d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000297  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002a1  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
000002a3  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002a9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000002b3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002bd  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
000002bf  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002c5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000002cf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000002d9  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
000002db  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002e1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000002eb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000002f5  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000002f7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000301  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000030b  ff e0                           jmp rax
0000030d  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000313  e9 3f fd ff ff                  jmp .-0x2c1 ; 0x57
00000318  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000031e  e9 87 fd ff ff                  jmp .-0x279 ; 0xaa
00000323  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000329  e9 b8 fd ff ff                  jmp .-0x248 ; 0xe6
0000032e  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000334  e9 f2 fd ff ff                  jmp .-0x20e ; 0x12b
00000339  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000033f  e9 80 fe ff ff                  jmp .-0x180 ; 0x1c4
