# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 864 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 2b 02 00 00               jb .+0x22b ; 0x239
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 14 02 00 00               jz .+0x214 ; 0x239
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
00000052  e9 d9 02 00 00                  jmp .+0x2d9 ; 0x330
; op #4 ZEND_DIV, line 19: inline, entry
00000057  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000005c  75 05                           jnz .+0x5 ; 0x63
0000005e  e9 ec 01 00 00                  jmp .+0x1ec ; 0x24f
00000063  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000068  0f 85 e1 01 00 00               jnz .+0x1e1 ; 0x24f
0000006e  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000074  f2 0f 10 0d d4 02 00 00         movsd xmm1, qword ptr [rip+0x2d4]
0000007c  0f 57 d2                        xorps xmm2, xmm2
0000007f  66 0f 2e ca                     ucomisd xmm1, xmm2
00000083  7a 06                           jp .+0x6 ; 0x8b
00000085  0f 84 c4 01 00 00               jz .+0x1c4 ; 0x24f
0000008b  f2 0f 5e c1                     divsd xmm0, xmm1
0000008f  f2 41 0f 11 86 a0 00 00 00      movsd qword ptr [r14+0xa0], xmm0
00000098  41 c7 86 a8 00 00 00 05 00 00 00 mov dword ptr [r14+0xa8], 0x5
; op #5 ZEND_ASSIGN_OP, line 19: inline, entry
000000a3  41 80 be a8 00 00 00 04         cmp byte ptr [r14+0xa8], 0x4
000000ab  75 11                           jnz .+0x11 ; 0xbe
000000ad  0f 28 c4                        movaps xmm0, xmm4
000000b0  0f 57 c9                        xorps xmm1, xmm1
000000b3  f2 49 0f 2a 8e a0 00 00 00      cvtsi2sd xmm1, qword ptr [r14+0xa0]
000000bc  eb 1a                           jmp .+0x1a ; 0xd8
000000be  41 80 be a8 00 00 00 05         cmp byte ptr [r14+0xa8], 0x5
000000c6  0f 85 9f 01 00 00               jnz .+0x19f ; 0x26b
000000cc  0f 28 c4                        movaps xmm0, xmm4
000000cf  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000d8  f2 0f 58 c1                     addsd xmm0, xmm1
000000dc  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000df  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000e4  75 14                           jnz .+0x14 ; 0xfa
000000e6  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000ea  48 83 c0 01                     add rax, 0x1
000000ee  0f 80 93 01 00 00               jo .+0x193 ; 0x287
000000f4  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000f8  eb 1f                           jmp .+0x1f ; 0x119
000000fa  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
000000ff  0f 85 82 01 00 00               jnz .+0x182 ; 0x287
00000105  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000010b  f2 0f 58 05 45 02 00 00         addsd xmm0, qword ptr [rip+0x245]
00000113  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
00000119  80 3e 00                        cmp byte ptr [rsi], 0x0
0000011c  0f 85 81 01 00 00               jnz .+0x181 ; 0x2a3
00000122  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000127  75 36                           jnz .+0x36 ; 0x15f
00000129  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000012e  75 13                           jnz .+0x13 ; 0x143
00000130  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000134  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
00000138  0f 8e 19 ff ff ff               jle .-0xe7 ; 0x57
0000013e  e9 02 02 00 00                  jmp .+0x202 ; 0x345
00000143  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000148  0f 85 55 01 00 00               jnz .+0x155 ; 0x2a3
0000014e  0f 57 c0                        xorps xmm0, xmm0
00000151  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000157  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
0000015d  eb 3a                           jmp .+0x3a ; 0x199
0000015f  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000164  0f 85 39 01 00 00               jnz .+0x139 ; 0x2a3
0000016a  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000016f  75 11                           jnz .+0x11 ; 0x182
00000171  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000177  0f 57 c9                        xorps xmm1, xmm1
0000017a  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000180  eb 17                           jmp .+0x17 ; 0x199
00000182  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000187  0f 85 16 01 00 00               jnz .+0x116 ; 0x2a3
0000018d  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000193  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000199  66 0f 2e c8                     ucomisd xmm1, xmm0
0000019d  0f 83 b4 fe ff ff               jnb .-0x14c ; 0x57
000001a3  e9 9d 01 00 00                  jmp .+0x19d ; 0x345
; op #9 ZEND_RETURN, line 22: inline, entry
000001a8  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001ac  48 25 00 00 ff 19               and rax, 0x19ff0000
000001b2  0f 85 23 01 00 00               jnz .+0x123 ; 0x2db
000001b8  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001c2  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001ca  0f 85 0b 01 00 00               jnz .+0x10b ; 0x2db
000001d0  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001d5  0f 85 00 01 00 00               jnz .+0x100 ; 0x2db
000001db  41 8b 4e 68                     mov ecx, dword ptr [r14+0x68]
000001df  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000001e3  48 83 f8 04                     cmp rax, 0x4
000001e7  0f 87 ee 00 00 00               jnbe .+0xee ; 0x2db
000001ed  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001f1  48 83 f8 00                     cmp rax, 0x0
000001f5  74 0a                           jz .+0xa ; 0x201
000001f7  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
000001fb  4c 89 18                        mov qword ptr [rax], r11
000001fe  89 48 08                        mov dword ptr [rax+0x8], ecx
00000201  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000205  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000020c  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000213  49 89 ce                        mov r14, rcx
00000216  4d 8b 3e                        mov r15, qword ptr [r14]
00000219  49 83 c7 20                     add r15, 0x20
0000021d  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
00000220  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000022a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000234  ff e0                           jmp rax
; dispatch: continue where the VM says
00000236  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000239  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000243  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000024d  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
0000024f  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000255  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000025f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000269  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
0000026b  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000271  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000027b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000285  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
00000287  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000028d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000297  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002a1  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
000002a3  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002a9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000002b3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000002bd  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
000002bf  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002c5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000002cf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000002d9  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000002db  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000002e5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000002ef  ff e0                           jmp rax
000002f1  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
000002f7  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
00000301  e9 51 fd ff ff                  jmp .-0x2af ; 0x57
00000306  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000030c  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
00000316  e9 88 fd ff ff                  jmp .-0x278 ; 0xa3
0000031b  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000321  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
0000032b  e9 af fd ff ff                  jmp .-0x251 ; 0xdf
00000330  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000336  48 be 22 03 00 2c 17 56 00 00   mov rsi, 0x56172c000322
00000340  e9 d4 fd ff ff                  jmp .-0x22c ; 0x119
00000345  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
0000034b  e9 58 fe ff ff                  jmp .-0x1a8 ; 0x1a8
; constants
00000350  4000000000000000  ; 2
00000358  3ff0000000000000  ; 1
