# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 886 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 4d 02 00 00               jb .+0x24d ; 0x25b
; entry op #1 (function start): count the call
0000000e  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000018  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
0000001b  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000020  0f 85 4b 02 00 00               jnz .+0x24b ; 0x271
00000026  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000002e  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
00000036  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
0000003b  0f 85 46 02 00 00               jnz .+0x246 ; 0x287
00000041  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000049  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000051  e9 0a 03 00 00                  jmp .+0x30a ; 0x360
; op #4 ZEND_DIV, line 19: inline, entry
00000056  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000005b  75 05                           jnz .+0x5 ; 0x62
0000005d  e9 3b 02 00 00                  jmp .+0x23b ; 0x29d
00000062  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000067  0f 85 30 02 00 00               jnz .+0x230 ; 0x29d
0000006d  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000073  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
0000007d  66 48 0f 6e c8                  movq xmm1, rax
00000082  0f 57 d2                        xorps xmm2, xmm2
00000085  66 0f 2e ca                     ucomisd xmm1, xmm2
00000089  7a 06                           jp .+0x6 ; 0x91
0000008b  0f 84 0c 02 00 00               jz .+0x20c ; 0x29d
00000091  f2 0f 5e c1                     divsd xmm0, xmm1
00000095  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
0000009e  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000a9  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000000b1  75 11                           jnz .+0x11 ; 0xc4
000000b3  0f 28 c4                        movaps xmm0, xmm4
000000b6  0f 57 c9                        xorps xmm1, xmm1
000000b9  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000000c2  eb 1a                           jmp .+0x1a ; 0xde
000000c4  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000cc  0f 85 e7 01 00 00               jnz .+0x1e7 ; 0x2b9
000000d2  0f 28 c4                        movaps xmm0, xmm4
000000d5  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000de  f2 0f 58 c1                     addsd xmm0, xmm1
000000e2  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000e5  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000ea  75 14                           jnz .+0x14 ; 0x100
000000ec  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000f0  48 83 c0 01                     add rax, 0x1
000000f4  0f 80 db 01 00 00               jo .+0x1db ; 0x2d5
000000fa  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000fe  eb 2a                           jmp .+0x2a ; 0x12a
00000100  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000105  0f 85 ca 01 00 00               jnz .+0x1ca ; 0x2d5
0000010b  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000111  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
0000011b  66 48 0f 6e c8                  movq xmm1, rax
00000120  f2 0f 58 c1                     addsd xmm0, xmm1
00000124  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
0000012a  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000012f  75 4a                           jnz .+0x4a ; 0x17b
00000131  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000136  75 27                           jnz .+0x27 ; 0x15f
00000138  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
0000013c  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000140  7f 18                           jnle .+0x18 ; 0x15a
00000142  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
0000014c  80 38 00                        cmp byte ptr [rax], 0x0
0000014f  0f 85 9c 01 00 00               jnz .+0x19c ; 0x2f1
00000155  e9 fc fe ff ff                  jmp .-0x104 ; 0x56
0000015a  e9 0c 02 00 00                  jmp .+0x20c ; 0x36b
0000015f  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000164  0f 85 87 01 00 00               jnz .+0x187 ; 0x2f1
0000016a  0f 57 c0                        xorps xmm0, xmm0
0000016d  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000173  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000179  eb 3a                           jmp .+0x3a ; 0x1b5
0000017b  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000180  0f 85 6b 01 00 00               jnz .+0x16b ; 0x2f1
00000186  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000018b  75 11                           jnz .+0x11 ; 0x19e
0000018d  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000193  0f 57 c9                        xorps xmm1, xmm1
00000196  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
0000019c  eb 17                           jmp .+0x17 ; 0x1b5
0000019e  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001a3  0f 85 48 01 00 00               jnz .+0x148 ; 0x2f1
000001a9  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001af  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001b5  66 0f 2e c8                     ucomisd xmm1, xmm0
000001b9  72 18                           jb .+0x18 ; 0x1d3
000001bb  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000001c5  80 38 00                        cmp byte ptr [rax], 0x0
000001c8  0f 85 23 01 00 00               jnz .+0x123 ; 0x2f1
000001ce  e9 83 fe ff ff                  jmp .-0x17d ; 0x56
000001d3  e9 93 01 00 00                  jmp .+0x193 ; 0x36b
; op #9 ZEND_RETURN, line 22: inline, entry
000001d8  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001dc  48 25 00 00 ff 19               and rax, 0x19ff0000
000001e2  0f 85 41 01 00 00               jnz .+0x141 ; 0x329
000001e8  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001f2  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001fa  0f 85 29 01 00 00               jnz .+0x129 ; 0x329
00000200  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000205  0f 85 1e 01 00 00               jnz .+0x11e ; 0x329
0000020b  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000020f  48 83 f8 00                     cmp rax, 0x0
00000213  74 0e                           jz .+0xe ; 0x223
00000215  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000219  48 89 08                        mov qword ptr [rax], rcx
0000021c  c7 40 08 05 00 00 00            mov dword ptr [rax+0x8], 0x5
00000223  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000227  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000022e  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000235  49 89 ce                        mov r14, rcx
00000238  4d 8b 3e                        mov r15, qword ptr [r14]
0000023b  49 83 c7 20                     add r15, 0x20
0000023f  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
00000242  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000024c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000256  ff e0                           jmp rax
; dispatch: continue where the VM says
00000258  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000025b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000265  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000026f  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000271  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000027b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000285  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000287  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000291  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000029b  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
0000029d  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002a3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000002ad  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002b7  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
000002b9  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002bf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002c9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002d3  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
000002d5  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002db  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000002e5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002ef  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
000002f1  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002f7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000301  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000030b  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
0000030d  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000313  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000031d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000327  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000329  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000333  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000033d  ff e0                           jmp rax
0000033f  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000345  e9 0c fd ff ff                  jmp .-0x2f4 ; 0x56
0000034a  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000350  e9 54 fd ff ff                  jmp .-0x2ac ; 0xa9
00000355  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000035b  e9 85 fd ff ff                  jmp .-0x27b ; 0xe5
00000360  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000366  e9 bf fd ff ff                  jmp .-0x241 ; 0x12a
0000036b  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000371  e9 62 fe ff ff                  jmp .-0x19e ; 0x1d8
