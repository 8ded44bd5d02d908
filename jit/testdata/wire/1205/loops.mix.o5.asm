# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 872 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 04 02 00 00               jb .+0x204 ; 0x212
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 ed 01 00 00               jz .+0x1ed ; 0x212
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
00000052  e9 e0 02 00 00                  jmp .+0x2e0 ; 0x337
; op #4 ZEND_DIV, line 19: inline, entry
00000057  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000005c  0f 85 c6 01 00 00               jnz .+0x1c6 ; 0x228
00000062  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000068  f2 0f 10 0d e8 02 00 00         movsd xmm1, qword ptr [rip+0x2e8]
00000070  0f 57 d2                        xorps xmm2, xmm2
00000073  66 0f 2e ca                     ucomisd xmm1, xmm2
00000077  7a 06                           jp .+0x6 ; 0x7f
00000079  0f 84 b2 01 00 00               jz .+0x1b2 ; 0x231
0000007f  f2 0f 5e c1                     divsd xmm0, xmm1
00000083  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
0000008c  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
00000097  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
0000009f  0f 85 a8 01 00 00               jnz .+0x1a8 ; 0x24d
000000a5  0f 28 c4                        movaps xmm0, xmm4
000000a8  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000b1  f2 0f 58 c1                     addsd xmm0, xmm1
000000b5  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000b8  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000bd  75 14                           jnz .+0x14 ; 0xd3
000000bf  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000c3  48 83 c0 01                     add rax, 0x1
000000c7  0f 80 c1 01 00 00               jo .+0x1c1 ; 0x28e
000000cd  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000d1  eb 1f                           jmp .+0x1f ; 0xf2
000000d3  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
000000d8  0f 85 b0 01 00 00               jnz .+0x1b0 ; 0x28e
000000de  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000000e4  f2 0f 58 05 74 02 00 00         addsd xmm0, qword ptr [rip+0x274]
000000ec  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
000000f2  80 3e 00                        cmp byte ptr [rsi], 0x0
000000f5  0f 85 af 01 00 00               jnz .+0x1af ; 0x2aa
000000fb  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000100  75 36                           jnz .+0x36 ; 0x138
00000102  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000107  75 13                           jnz .+0x13 ; 0x11c
00000109  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
0000010d  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000111  0f 8e 40 ff ff ff               jle .-0xc0 ; 0x57
00000117  e9 30 02 00 00                  jmp .+0x230 ; 0x34c
0000011c  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000121  0f 85 83 01 00 00               jnz .+0x183 ; 0x2aa
00000127  0f 57 c0                        xorps xmm0, xmm0
0000012a  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000130  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000136  eb 3a                           jmp .+0x3a ; 0x172
00000138  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000013d  0f 85 67 01 00 00               jnz .+0x167 ; 0x2aa
00000143  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000148  75 11                           jnz .+0x11 ; 0x15b
0000014a  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000150  0f 57 c9                        xorps xmm1, xmm1
00000153  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000159  eb 17                           jmp .+0x17 ; 0x172
0000015b  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000160  0f 85 44 01 00 00               jnz .+0x144 ; 0x2aa
00000166  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000016c  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000172  66 0f 2e c8                     ucomisd xmm1, xmm0
00000176  0f 83 db fe ff ff               jnb .-0x125 ; 0x57
0000017c  e9 cb 01 00 00                  jmp .+0x1cb ; 0x34c
; op #9 ZEND_RETURN, line 22: inline, entry
00000181  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000185  48 25 00 00 ff 19               and rax, 0x19ff0000
0000018b  0f 85 51 01 00 00               jnz .+0x151 ; 0x2e2
00000191  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000019b  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001a3  0f 85 39 01 00 00               jnz .+0x139 ; 0x2e2
000001a9  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001ae  0f 85 2e 01 00 00               jnz .+0x12e ; 0x2e2
000001b4  41 8b 4e 68                     mov ecx, dword ptr [r14+0x68]
000001b8  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000001bc  48 83 f8 04                     cmp rax, 0x4
000001c0  0f 87 1c 01 00 00               jnbe .+0x11c ; 0x2e2
000001c6  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001ca  48 83 f8 00                     cmp rax, 0x0
000001ce  74 0a                           jz .+0xa ; 0x1da
000001d0  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
000001d4  4c 89 18                        mov qword ptr [rax], r11
000001d7  89 48 08                        mov dword ptr [rax+0x8], ecx
000001da  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001de  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001e5  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001ec  49 89 ce                        mov r14, rcx
000001ef  4d 8b 3e                        mov r15, qword ptr [r14]
000001f2  49 83 c7 20                     add r15, 0x20
000001f6  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
000001f9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000203  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000020d  ff e0                           jmp rax
; dispatch: continue where the VM says
0000020f  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000212  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000021c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000226  ff e0                           jmp rax
00000228  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000022d  75 02                           jnz .+0x2 ; 0x231
0000022f  eb 00                           jmp .+0x0 ; 0x231
; op #4 ZEND_DIV: fallback, the VM does the op
00000231  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000237  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000241  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000024b  ff e0                           jmp rax
0000024d  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
00000255  75 1b                           jnz .+0x1b ; 0x272
00000257  0f 28 c4                        movaps xmm0, xmm4
0000025a  0f 57 c9                        xorps xmm1, xmm1
0000025d  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
00000266  f2 0f 58 c1                     addsd xmm0, xmm1
0000026a  0f 28 e0                        movaps xmm4, xmm0
0000026d  e9 46 fe ff ff                  jmp .-0x1ba ; 0xb8
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
00000272  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000278  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000282  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000028c  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
0000028e  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000294  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000029e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002a8  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
000002aa  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002b0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000002ba  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000002c4  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
000002c6  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002cc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000002d6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000002e0  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000002e2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000002ec  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000002f6  ff e0                           jmp rax
000002f8  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002fe  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
00000308  e9 4a fd ff ff                  jmp .-0x2b6 ; 0x57
0000030d  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000313  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
0000031d  e9 75 fd ff ff                  jmp .-0x28b ; 0x97
00000322  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000328  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
00000332  e9 81 fd ff ff                  jmp .-0x27f ; 0xb8
00000337  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000033d  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
00000347  e9 a6 fd ff ff                  jmp .-0x25a ; 0xf2
0000034c  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000352  e9 2a fe ff ff                  jmp .-0x1d6 ; 0x181
00000357  cc                              int3
; constants
00000358  4000000000000000  ; 2
00000360  3ff0000000000000  ; 1
