# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 832 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 c2 01 00 00               jb .+0x1c2 ; 0x1cd
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
00000038  e9 d7 02 00 00                  jmp .+0x2d7 ; 0x314
; op #4 ZEND_DIV, line 19: inline, entry
0000003d  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000042  0f 85 9b 01 00 00               jnz .+0x19b ; 0x1e3
00000048  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000004e  f2 0f 10 0d e2 02 00 00         movsd xmm1, qword ptr [rip+0x2e2]
00000056  0f 57 d2                        xorps xmm2, xmm2
00000059  66 0f 2e ca                     ucomisd xmm1, xmm2
0000005d  7a 06                           jp .+0x6 ; 0x65
0000005f  0f 84 87 01 00 00               jz .+0x187 ; 0x1ec
00000065  f2 0f 5e c1                     divsd xmm0, xmm1
00000069  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
00000072  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
0000007d  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
00000085  0f 85 7d 01 00 00               jnz .+0x17d ; 0x208
0000008b  0f 28 c4                        movaps xmm0, xmm4
0000008e  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
00000097  f2 0f 58 c1                     addsd xmm0, xmm1
0000009b  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
0000009e  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000a3  0f 85 a0 01 00 00               jnz .+0x1a0 ; 0x249
000000a9  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000ad  48 83 c0 01                     add rax, 0x1
000000b1  0f 80 92 01 00 00               jo .+0x192 ; 0x249
000000b7  49 89 46 70                     mov qword ptr [r14+0x70], rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
000000bb  80 3e 00                        cmp byte ptr [rsi], 0x0
000000be  0f 85 a1 01 00 00               jnz .+0x1a1 ; 0x265
000000c4  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000c9  75 36                           jnz .+0x36 ; 0x101
000000cb  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000d0  75 13                           jnz .+0x13 ; 0xe5
000000d2  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000d6  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
000000da  0f 8e 5d ff ff ff               jle .-0xa3 ; 0x3d
000000e0  e9 44 02 00 00                  jmp .+0x244 ; 0x329
000000e5  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000ea  0f 85 75 01 00 00               jnz .+0x175 ; 0x265
000000f0  0f 57 c0                        xorps xmm0, xmm0
000000f3  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
000000f9  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000000ff  eb 3a                           jmp .+0x3a ; 0x13b
00000101  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000106  0f 85 59 01 00 00               jnz .+0x159 ; 0x265
0000010c  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000111  75 11                           jnz .+0x11 ; 0x124
00000113  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000119  0f 57 c9                        xorps xmm1, xmm1
0000011c  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000122  eb 17                           jmp .+0x17 ; 0x13b
00000124  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000129  0f 85 36 01 00 00               jnz .+0x136 ; 0x265
0000012f  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000135  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
0000013b  66 0f 2e c8                     ucomisd xmm1, xmm0
0000013f  0f 83 f8 fe ff ff               jnb .-0x108 ; 0x3d
00000145  e9 df 01 00 00                  jmp .+0x1df ; 0x329
; op #9 ZEND_RETURN, line 22: inline, entry
0000014a  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000014e  48 25 00 00 ff 19               and rax, 0x19ff0000
00000154  0f 85 43 01 00 00               jnz .+0x143 ; 0x29d
0000015a  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000164  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000016c  0f 85 2b 01 00 00               jnz .+0x12b ; 0x29d
00000172  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000177  0f 85 20 01 00 00               jnz .+0x120 ; 0x29d
0000017d  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000181  48 83 f8 00                     cmp rax, 0x0
00000185  74 0e                           jz .+0xe ; 0x195
00000187  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
0000018b  4c 89 18                        mov qword ptr [rax], r11
0000018e  c7 40 08 05 00 00 00            mov dword ptr [rax+0x8], 0x5
00000195  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000199  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001a0  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001a7  49 89 ce                        mov r14, rcx
000001aa  4d 8b 3e                        mov r15, qword ptr [r14]
000001ad  49 83 c7 20                     add r15, 0x20
000001b1  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
000001b4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000001be  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
000001c8  ff e0                           jmp rax
; dispatch: continue where the VM says
000001ca  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001cd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001d7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001e1  ff e0                           jmp rax
000001e3  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000001e8  75 02                           jnz .+0x2 ; 0x1ec
000001ea  eb 00                           jmp .+0x0 ; 0x1ec
; op #4 ZEND_DIV: fallback, the VM does the op
000001ec  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000001f2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001fc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000206  ff e0                           jmp rax
00000208  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
00000210  75 1b                           jnz .+0x1b ; 0x22d
00000212  0f 28 c4                        movaps xmm0, xmm4
00000215  0f 57 c9                        xorps xmm1, xmm1
00000218  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
00000221  f2 0f 58 c1                     addsd xmm0, xmm1
00000225  0f 28 e0                        movaps xmm4, xmm0
00000228  e9 71 fe ff ff                  jmp .-0x18f ; 0x9e
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
0000022d  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000233  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000023d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000247  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
00000249  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000024f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000259  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000263  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
00000265  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000026b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000275  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000027f  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
00000281  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000287  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000291  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000029b  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
0000029d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000002a7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000002b1  ff e0                           jmp rax
000002b3  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000002b8  74 16                           jz .+0x16 ; 0x2d0
000002ba  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000002c4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000002ce  ff e0                           jmp rax
000002d0  e9 63 fd ff ff                  jmp .-0x29d ; 0x38
000002d5  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002db  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
000002e5  e9 53 fd ff ff                  jmp .-0x2ad ; 0x3d
000002ea  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002f0  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
000002fa  e9 7e fd ff ff                  jmp .-0x282 ; 0x7d
000002ff  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000305  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
0000030f  e9 8a fd ff ff                  jmp .-0x276 ; 0x9e
00000314  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000031a  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
00000324  e9 92 fd ff ff                  jmp .-0x26e ; 0xbb
00000329  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000032f  e9 16 fe ff ff                  jmp .-0x1ea ; 0x14a
00000334  cc                              int3
00000335  cc                              int3
00000336  cc                              int3
00000337  cc                              int3
; constants
00000338  4000000000000000  ; 2
