# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 858 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 86 02 00 00               jb .+0x286 ; 0x294
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 6f 02 00 00               jz .+0x26f ; 0x294
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 6d 02 00 00               jnz .+0x26d ; 0x2aa
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 68 02 00 00               jnz .+0x268 ; 0x2c0
00000058  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000068  e9 f0 00 00 00                  jmp .+0xf0 ; 0x15d
; op #4 ZEND_DIV, line 19: inline, entry
0000006d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000072  75 05                           jnz .+0x5 ; 0x79
00000074  e9 5d 02 00 00                  jmp .+0x25d ; 0x2d6
00000079  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000007e  0f 85 52 02 00 00               jnz .+0x252 ; 0x2d6
00000084  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000008a  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
00000094  66 48 0f 6e c8                  movq xmm1, rax
00000099  0f 57 d2                        xorps xmm2, xmm2
0000009c  66 0f 2e ca                     ucomisd xmm1, xmm2
000000a0  7a 06                           jp .+0x6 ; 0xa8
000000a2  0f 84 2e 02 00 00               jz .+0x22e ; 0x2d6
000000a8  f2 0f 5e c1                     divsd xmm0, xmm1
000000ac  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
000000b5  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000c0  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000c5  0f 85 21 02 00 00               jnz .+0x221 ; 0x2ec
000000cb  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000000d3  75 14                           jnz .+0x14 ; 0xe9
000000d5  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000db  0f 57 c9                        xorps xmm1, xmm1
000000de  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000000e7  eb 1d                           jmp .+0x1d ; 0x106
000000e9  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000f1  0f 85 f5 01 00 00               jnz .+0x1f5 ; 0x2ec
000000f7  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000fd  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
00000106  f2 0f 58 c1                     addsd xmm0, xmm1
0000010a  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
00000110  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #6 ZEND_PRE_INC, line 20: inline, entry
00000118  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000011d  75 14                           jnz .+0x14 ; 0x133
0000011f  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000123  48 83 c0 01                     add rax, 0x1
00000127  0f 80 d5 01 00 00               jo .+0x1d5 ; 0x302
0000012d  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000131  eb 2a                           jmp .+0x2a ; 0x15d
00000133  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000138  0f 85 c4 01 00 00               jnz .+0x1c4 ; 0x302
0000013e  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000144  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
0000014e  66 48 0f 6e c8                  movq xmm1, rax
00000153  f2 0f 58 c1                     addsd xmm0, xmm1
00000157  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
0000015d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000162  75 47                           jnz .+0x47 ; 0x1ab
00000164  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000169  75 24                           jnz .+0x24 ; 0x18f
0000016b  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
0000016f  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000173  7f 18                           jnle .+0x18 ; 0x18d
00000175  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
0000017f  80 38 00                        cmp byte ptr [rax], 0x0
00000182  0f 85 90 01 00 00               jnz .+0x190 ; 0x318
00000188  e9 e0 fe ff ff                  jmp .-0x120 ; 0x6d
0000018d  eb 74                           jmp .+0x74 ; 0x203
0000018f  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000194  0f 85 7e 01 00 00               jnz .+0x17e ; 0x318
0000019a  0f 57 c0                        xorps xmm0, xmm0
0000019d  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
000001a3  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001a9  eb 3a                           jmp .+0x3a ; 0x1e5
000001ab  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
000001b0  0f 85 62 01 00 00               jnz .+0x162 ; 0x318
000001b6  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000001bb  75 11                           jnz .+0x11 ; 0x1ce
000001bd  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001c3  0f 57 c9                        xorps xmm1, xmm1
000001c6  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
000001cc  eb 17                           jmp .+0x17 ; 0x1e5
000001ce  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001d3  0f 85 3f 01 00 00               jnz .+0x13f ; 0x318
000001d9  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001df  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001e5  66 0f 2e c8                     ucomisd xmm1, xmm0
000001e9  72 18                           jb .+0x18 ; 0x203
000001eb  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001f5  80 38 00                        cmp byte ptr [rax], 0x0
000001f8  0f 85 1a 01 00 00               jnz .+0x11a ; 0x318
000001fe  e9 6a fe ff ff                  jmp .-0x196 ; 0x6d
; op #9 ZEND_RETURN, line 22: inline, entry
00000203  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000207  48 25 00 00 ff 19               and rax, 0x19ff0000
0000020d  0f 85 31 01 00 00               jnz .+0x131 ; 0x344
00000213  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000021d  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000225  0f 85 19 01 00 00               jnz .+0x119 ; 0x344
0000022b  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000230  0f 85 0e 01 00 00               jnz .+0x10e ; 0x344
00000236  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
0000023a  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
0000023e  48 83 f8 04                     cmp rax, 0x4
00000242  0f 87 fc 00 00 00               jnbe .+0xfc ; 0x344
00000248  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000024c  48 83 f8 00                     cmp rax, 0x0
00000250  74 0a                           jz .+0xa ; 0x25c
00000252  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000256  48 89 08                        mov qword ptr [rax], rcx
00000259  89 70 08                        mov dword ptr [rax+0x8], esi
0000025c  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000260  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000267  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000026e  49 89 ce                        mov r14, rcx
00000271  4d 8b 3e                        mov r15, qword ptr [r14]
00000274  49 83 c7 20                     add r15, 0x20
00000278  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
0000027b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000285  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000028f  ff e0                           jmp rax
; dispatch: continue where the VM says
00000291  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000294  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000029e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000002a8  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
000002aa  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000002b4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000002be  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
000002c0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000002ca  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000002d4  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
000002d6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000002e0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002ea  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
000002ec  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002f6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000300  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
00000302  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000030c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000316  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
00000318  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000322  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000032c  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
0000032e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000338  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000342  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000344  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000034e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000358  ff e0                           jmp rax
