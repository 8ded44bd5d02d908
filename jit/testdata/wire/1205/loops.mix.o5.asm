# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 832 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 df 01 00 00               jb .+0x1df ; 0x1ea
; entry op #1 (function start): count the call
0000000b  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000015  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000018  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000020  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
00000028  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000030  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000038  e9 d2 02 00 00                  jmp .+0x2d2 ; 0x30f
; op #4 ZEND_DIV, line 19: inline, entry
0000003d  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000042  0f 85 b8 01 00 00               jnz .+0x1b8 ; 0x200
00000048  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000004e  f2 0f 10 0d da 02 00 00         movsd xmm1, qword ptr [rip+0x2da]
00000056  0f 57 d2                        xorps xmm2, xmm2
00000059  66 0f 2e ca                     ucomisd xmm1, xmm2
0000005d  7a 06                           jp .+0x6 ; 0x65
0000005f  0f 84 a4 01 00 00               jz .+0x1a4 ; 0x209
00000065  f2 0f 5e c1                     divsd xmm0, xmm1
00000069  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
00000072  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
0000007d  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
00000085  0f 85 9a 01 00 00               jnz .+0x19a ; 0x225
0000008b  0f 28 c4                        movaps xmm0, xmm4
0000008e  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
00000097  f2 0f 58 c1                     addsd xmm0, xmm1
0000009b  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
0000009e  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000a3  75 14                           jnz .+0x14 ; 0xb9
000000a5  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000a9  48 83 c0 01                     add rax, 0x1
000000ad  0f 80 b3 01 00 00               jo .+0x1b3 ; 0x266
000000b3  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000b7  eb 1f                           jmp .+0x1f ; 0xd8
000000b9  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
000000be  0f 85 a2 01 00 00               jnz .+0x1a2 ; 0x266
000000c4  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000000ca  f2 0f 58 05 66 02 00 00         addsd xmm0, qword ptr [rip+0x266]
000000d2  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
000000d8  80 3e 00                        cmp byte ptr [rsi], 0x0
000000db  0f 85 a1 01 00 00               jnz .+0x1a1 ; 0x282
000000e1  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000e6  75 36                           jnz .+0x36 ; 0x11e
000000e8  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000ed  75 13                           jnz .+0x13 ; 0x102
000000ef  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000f3  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
000000f7  0f 8e 40 ff ff ff               jle .-0xc0 ; 0x3d
000000fd  e9 22 02 00 00                  jmp .+0x222 ; 0x324
00000102  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000107  0f 85 75 01 00 00               jnz .+0x175 ; 0x282
0000010d  0f 57 c0                        xorps xmm0, xmm0
00000110  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000116  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
0000011c  eb 3a                           jmp .+0x3a ; 0x158
0000011e  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000123  0f 85 59 01 00 00               jnz .+0x159 ; 0x282
00000129  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000012e  75 11                           jnz .+0x11 ; 0x141
00000130  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000136  0f 57 c9                        xorps xmm1, xmm1
00000139  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
0000013f  eb 17                           jmp .+0x17 ; 0x158
00000141  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000146  0f 85 36 01 00 00               jnz .+0x136 ; 0x282
0000014c  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000152  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000158  66 0f 2e c8                     ucomisd xmm1, xmm0
0000015c  0f 83 db fe ff ff               jnb .-0x125 ; 0x3d
00000162  e9 bd 01 00 00                  jmp .+0x1bd ; 0x324
; op #9 ZEND_RETURN, line 22: inline, entry
00000167  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000016b  48 25 00 00 ff 19               and rax, 0x19ff0000
00000171  0f 85 43 01 00 00               jnz .+0x143 ; 0x2ba
00000177  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000181  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000189  0f 85 2b 01 00 00               jnz .+0x12b ; 0x2ba
0000018f  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000194  0f 85 20 01 00 00               jnz .+0x120 ; 0x2ba
0000019a  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000019e  48 83 f8 00                     cmp rax, 0x0
000001a2  74 0e                           jz .+0xe ; 0x1b2
000001a4  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
000001a8  4c 89 18                        mov qword ptr [rax], r11
000001ab  c7 40 08 05 00 00 00            mov dword ptr [rax+0x8], 0x5
000001b2  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001b6  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001bd  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001c4  49 89 ce                        mov r14, rcx
000001c7  4d 8b 3e                        mov r15, qword ptr [r14]
000001ca  49 83 c7 20                     add r15, 0x20
000001ce  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
000001d1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000001db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
000001e5  ff e0                           jmp rax
; dispatch: continue where the VM says
000001e7  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001ea  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001f4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001fe  ff e0                           jmp rax
00000200  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000205  75 02                           jnz .+0x2 ; 0x209
00000207  eb 00                           jmp .+0x0 ; 0x209
; op #4 ZEND_DIV: fallback, the VM does the op
00000209  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000020f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000219  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000223  ff e0                           jmp rax
00000225  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
0000022d  75 1b                           jnz .+0x1b ; 0x24a
0000022f  0f 28 c4                        movaps xmm0, xmm4
00000232  0f 57 c9                        xorps xmm1, xmm1
00000235  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
0000023e  f2 0f 58 c1                     addsd xmm0, xmm1
00000242  0f 28 e0                        movaps xmm4, xmm0
00000245  e9 54 fe ff ff                  jmp .-0x1ac ; 0x9e
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
0000024a  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000250  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000025a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000264  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
00000266  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000026c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000276  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000280  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
00000282  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000288  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000292  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000029c  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
0000029e  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002a4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000002ae  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000002b8  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000002ba  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000002c4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000002ce  ff e0                           jmp rax
000002d0  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002d6  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
000002e0  e9 58 fd ff ff                  jmp .-0x2a8 ; 0x3d
000002e5  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002eb  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
000002f5  e9 83 fd ff ff                  jmp .-0x27d ; 0x7d
000002fa  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000300  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
0000030a  e9 8f fd ff ff                  jmp .-0x271 ; 0x9e
0000030f  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000315  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
0000031f  e9 b4 fd ff ff                  jmp .-0x24c ; 0xd8
00000324  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000032a  e9 38 fe ff ff                  jmp .-0x1c8 ; 0x167
0000032f  cc                              int3
; constants
00000330  4000000000000000  ; 2
00000338  3ff0000000000000  ; 1
