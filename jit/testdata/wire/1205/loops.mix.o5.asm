# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function mix (loops.php:14), 11 ops, 9 entries, 902 bytes, 10 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 5d 02 00 00               jb .+0x25d ; 0x26b
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 46 02 00 00               jz .+0x246 ; 0x26b
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 44 02 00 00               jnz .+0x244 ; 0x281
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_ASSIGN, line 17: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 3f 02 00 00               jnz .+0x23f ; 0x297
00000058  49 c7 46 70 01 00 00 00         mov qword ptr [r14+0x70], 0x1
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 18: inline, entry
00000068  e9 03 03 00 00                  jmp .+0x303 ; 0x370
; op #4 ZEND_DIV, line 19: inline, entry
0000006d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000072  75 05                           jnz .+0x5 ; 0x79
00000074  e9 34 02 00 00                  jmp .+0x234 ; 0x2ad
00000079  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000007e  0f 85 29 02 00 00               jnz .+0x229 ; 0x2ad
00000084  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
0000008a  48 b8 00 00 00 00 00 00 00 40   mov rax, 0x4000000000000000
00000094  66 48 0f 6e c8                  movq xmm1, rax
00000099  0f 57 d2                        xorps xmm2, xmm2
0000009c  66 0f 2e ca                     ucomisd xmm1, xmm2
000000a0  7a 06                           jp .+0x6 ; 0xa8
000000a2  0f 84 05 02 00 00               jz .+0x205 ; 0x2ad
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
000000e3  0f 85 e0 01 00 00               jnz .+0x1e0 ; 0x2c9
000000e9  0f 28 c4                        movaps xmm0, xmm4
000000ec  f2 41 0f 10 8e a0 00 00 00      movsd xmm1, qword ptr [r14+0xa0]
000000f5  f2 0f 58 c1                     addsd xmm0, xmm1
000000f9  0f 28 e0                        movaps xmm4, xmm0
; op #6 ZEND_PRE_INC, line 20: inline, entry
000000fc  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000101  75 14                           jnz .+0x14 ; 0x117
00000103  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000107  48 83 c0 01                     add rax, 0x1
0000010b  0f 80 d4 01 00 00               jo .+0x1d4 ; 0x2e5
00000111  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000115  eb 2a                           jmp .+0x2a ; 0x141
00000117  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000011c  0f 85 c3 01 00 00               jnz .+0x1c3 ; 0x2e5
00000122  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
00000128  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
00000132  66 48 0f 6e c8                  movq xmm1, rax
00000137  f2 0f 58 c1                     addsd xmm0, xmm1
0000013b  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: inline, entry
00000141  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
0000014b  80 38 00                        cmp byte ptr [rax], 0x0
0000014e  0f 85 ad 01 00 00               jnz .+0x1ad ; 0x301
00000154  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000159  75 36                           jnz .+0x36 ; 0x191
0000015b  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000160  75 13                           jnz .+0x13 ; 0x175
00000162  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000166  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
0000016a  0f 8e fd fe ff ff               jle .-0x103 ; 0x6d
00000170  e9 06 02 00 00                  jmp .+0x206 ; 0x37b
00000175  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000017a  0f 85 81 01 00 00               jnz .+0x181 ; 0x301
00000180  0f 57 c0                        xorps xmm0, xmm0
00000183  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000189  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
0000018f  eb 3a                           jmp .+0x3a ; 0x1cb
00000191  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000196  0f 85 65 01 00 00               jnz .+0x165 ; 0x301
0000019c  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000001a1  75 11                           jnz .+0x11 ; 0x1b4
000001a3  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001a9  0f 57 c9                        xorps xmm1, xmm1
000001ac  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
000001b2  eb 17                           jmp .+0x17 ; 0x1cb
000001b4  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000001b9  0f 85 42 01 00 00               jnz .+0x142 ; 0x301
000001bf  f2 41 0f 10 46 70               movsd xmm0, qword ptr [r14+0x70]
000001c5  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000001cb  66 0f 2e c8                     ucomisd xmm1, xmm0
000001cf  0f 83 98 fe ff ff               jnb .-0x168 ; 0x6d
000001d5  e9 a1 01 00 00                  jmp .+0x1a1 ; 0x37b
; op #9 ZEND_RETURN, line 22: inline, entry
000001da  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001de  48 25 00 00 ff 19               and rax, 0x19ff0000
000001e4  0f 85 4f 01 00 00               jnz .+0x14f ; 0x339
000001ea  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001f4  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001fc  0f 85 37 01 00 00               jnz .+0x137 ; 0x339
00000202  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000207  0f 85 2c 01 00 00               jnz .+0x12c ; 0x339
0000020d  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
00000211  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000215  48 83 f8 04                     cmp rax, 0x4
00000219  0f 87 1a 01 00 00               jnbe .+0x11a ; 0x339
0000021f  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000223  48 83 f8 00                     cmp rax, 0x0
00000227  74 0a                           jz .+0xa ; 0x233
00000229  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
0000022d  48 89 08                        mov qword ptr [rax], rcx
00000230  89 70 08                        mov dword ptr [rax+0x8], esi
00000233  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000237  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000023e  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000245  49 89 ce                        mov r14, rcx
00000248  4d 8b 3e                        mov r15, qword ptr [r14]
0000024b  49 83 c7 20                     add r15, 0x20
0000024f  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_RETURN, line 23: tail
00000252  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000025c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000266  ff e0                           jmp rax
; dispatch: continue where the VM says
00000268  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000026b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000275  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000027f  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000281  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000028b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000295  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000297  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000002a1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000002ab  ff e0                           jmp rax
; op #4 ZEND_DIV: fallback, the VM does the op
000002ad  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002b3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000002bd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002c7  ff e0                           jmp rax
; op #5 ZEND_ASSIGN_OP: fallback, the VM does the op
000002c9  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002cf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002d9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002e3  ff e0                           jmp rax
; op #6 ZEND_PRE_INC: fallback, the VM does the op
000002e5  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
000002eb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000002f5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002ff  ff e0                           jmp rax
; op #7 ZEND_IS_SMALLER_OR_EQUAL: fallback, the VM does the op
00000301  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000307  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000311  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000031b  ff e0                           jmp rax
; op #8 ZEND_JMPNZ, line 18: vm, out of line (fused into the fast path before it)
0000031d  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000323  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000032d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000337  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000339  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000343  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000034d  ff e0                           jmp rax
0000034f  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000355  e9 13 fd ff ff                  jmp .-0x2ed ; 0x6d
0000035a  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000360  e9 5b fd ff ff                  jmp .-0x2a5 ; 0xc0
00000365  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
0000036b  e9 8c fd ff ff                  jmp .-0x274 ; 0xfc
00000370  f2 41 0f 10 66 60               movsd xmm4, qword ptr [r14+0x60]
00000376  e9 c6 fd ff ff                  jmp .-0x23a ; 0x141
0000037b  f2 41 0f 11 66 60               movsd qword ptr [r14+0x60], xmm4
00000381  e9 54 fe ff ff                  jmp .-0x1ac ; 0x1da
