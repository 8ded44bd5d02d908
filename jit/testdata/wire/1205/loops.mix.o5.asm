# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 923 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 72 02 00 00               jb .+0x272 ; 0x280
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 5b 02 00 00               jz .+0x25b ; 0x280
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 59 02 00 00               jnz .+0x259 ; 0x296
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 54 02 00 00               jnz .+0x254 ; 0x2ac
00000058  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000068  e9 18 03 00 00                  jmp .+0x318 ; 0x385
; op #4 ZEND_DIV, line 19: inline, entry
0000006d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000072  75 05                           jnz .+0x5 ; 0x79
00000074  e9 49 02 00 00                  jmp .+0x249 ; 0x2c2
00000079  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000007e  0f 85 3e 02 00 00               jnz .+0x23e ; 0x2c2
00000084  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000008a  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
00000094  66 48 0f 6e c8                  movq xmm1, rax
00000099  0f 57 d2                        xorps xmm2, xmm2
0000009c  66 0f 2e ca                     ucomisd xmm1, xmm2
000000a0  7a 06                           jp .+0x6 ; 0xa8
000000a2  0f 84 1a 02 00 00               jz .+0x21a ; 0x2c2
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
000000e3  0f 85 f5 01 00 00               jnz .+0x1f5 ; 0x2de
000000e9  0f 28 c4                        movaps xmm0, xmm4
000000ec  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000f5  f2 0f 58 c1                     addsd xmm0, xmm1
000000f9  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000fc  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000101  75 14                           jnz .+0x14 ; 0x117
00000103  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000107  48 83 c0 01                     add rax, 0x1
0000010b  0f 80 e9 01 00 00               jo .+0x1e9 ; 0x2fa
00000111  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000115  eb 2a                           jmp .+0x2a ; 0x141
00000117  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000011c  0f 85 d8 01 00 00               jnz .+0x1d8 ; 0x2fa
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
00000166  0f 85 aa 01 00 00               jnz .+0x1aa ; 0x316
0000016c  e9 fc fe ff ff                  jmp .-0x104 ; 0x6d
00000171  e9 1a 02 00 00                  jmp .+0x21a ; 0x390
00000176  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000017b  0f 85 95 01 00 00               jnz .+0x195 ; 0x316
00000181  0f 57 c0                        xorps xmm0, xmm0
00000184  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
0000018a  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000190  eb 3a                           jmp .+0x3a ; 0x1cc
00000192  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000197  0f 85 79 01 00 00               jnz .+0x179 ; 0x316
0000019d  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000001a2  75 11                           jnz .+0x11 ; 0x1b5
000001a4  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001aa  0f 57 c9                        xorps xmm1, xmm1
000001ad  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
000001b3  eb 17                           jmp .+0x17 ; 0x1cc
000001b5  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001ba  0f 85 56 01 00 00               jnz .+0x156 ; 0x316
000001c0  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001c6  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001cc  66 0f 2e c8                     ucomisd xmm1, xmm0
000001d0  72 18                           jb .+0x18 ; 0x1ea
000001d2  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001dc  80 38 00                        cmp byte ptr [rax], 0x0
000001df  0f 85 31 01 00 00               jnz .+0x131 ; 0x316
000001e5  e9 83 fe ff ff                  jmp .-0x17d ; 0x6d
000001ea  e9 a1 01 00 00                  jmp .+0x1a1 ; 0x390
; op #9 ZEND_RETURN, line 22: inline, entry
000001ef  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001f3  48 25 00 00 ff 19               and rax, 0x19ff0000
000001f9  0f 85 4f 01 00 00               jnz .+0x14f ; 0x34e
000001ff  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000209  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000211  0f 85 37 01 00 00               jnz .+0x137 ; 0x34e
00000217  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
0000021c  0f 85 2c 01 00 00               jnz .+0x12c ; 0x34e
00000222  41 8b 4e 68                     mov ecx, dword ptr [r14+0x68]
00000226  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
0000022a  48 83 f8 04                     cmp rax, 0x4
0000022e  0f 87 1a 01 00 00               jnbe .+0x11a ; 0x34e
00000234  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000238  48 83 f8 00                     cmp rax, 0x0
0000023c  74 0a                           jz .+0xa ; 0x248
0000023e  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
00000242  4c 89 18                        mov qword ptr [rax], r11
00000245  89 48 08                        mov dword ptr [rax+0x8], ecx
00000248  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000024c  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000253  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000025a  49 89 ce                        mov r14, rcx
0000025d  4d 8b 3e                        mov r15, qword ptr [r14]
00000260  49 83 c7 20                     add r15, 0x20
00000264  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
00000267  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000271  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000027b  ff e0                           jmp rax
; dispatch: continue where the VM says
0000027d  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000280  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000028a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000294  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000296  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000002a0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000002aa  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
000002ac  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000002b6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000002c0  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
000002c2  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002c8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000002d2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002dc  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
000002de  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002e4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002ee  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002f8  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
000002fa  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000300  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000030a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000314  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
00000316  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000031c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000326  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000330  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
00000332  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000338  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000342  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000034c  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
0000034e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000358  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000362  ff e0                           jmp rax
00000364  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000036a  e9 fe fc ff ff                  jmp .-0x302 ; 0x6d
0000036f  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000375  e9 46 fd ff ff                  jmp .-0x2ba ; 0xc0
0000037a  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000380  e9 77 fd ff ff                  jmp .-0x289 ; 0xfc
00000385  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000038b  e9 b1 fd ff ff                  jmp .-0x24f ; 0x141
00000390  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000396  e9 54 fe ff ff                  jmp .-0x1ac ; 0x1ef
