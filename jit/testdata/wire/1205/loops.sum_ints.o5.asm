# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 600 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 5a 01 00 00               jb .+0x15a ; 0x172
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 4f 01 00 00               jnz .+0x14f ; 0x172
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000023  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000028  0f 85 5a 01 00 00               jnz .+0x15a ; 0x188
0000002e  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000036  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
0000003e  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000043  0f 85 55 01 00 00               jnz .+0x155 ; 0x19e
00000049  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000051  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000059  e9 e0 01 00 00                  jmp .+0x1e0 ; 0x23e
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
0000005e  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000063  75 1b                           jnz .+0x1b ; 0x80
00000065  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000069  48 01 f0                        add rax, rsi
0000006c  0f 80 42 01 00 00               jo .+0x142 ; 0x1b4
00000072  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000076  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
0000007e  eb 2b                           jmp .+0x2b ; 0xab
00000080  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000085  0f 85 29 01 00 00               jnz .+0x129 ; 0x1b4
0000008b  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000091  0f 57 c9                        xorps xmm1, xmm1
00000094  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
00000099  f2 0f 58 c1                     addsd xmm0, xmm1
0000009d  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000a3  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000ab  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000af  48 39 fe                        cmp rsi, rdi
000000b2  7d 15                           jnl .+0x15 ; 0xc9
000000b4  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000be  80 38 00                        cmp byte ptr [rax], 0x0
000000c1  0f 85 0b 01 00 00               jnz .+0x10b ; 0x1d2
000000c7  eb 95                           jmp .-0x6b ; 0x5e
000000c9  e9 7d 01 00 00                  jmp .+0x17d ; 0x24b
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000ce  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000d8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000e2  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000e4  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000e8  48 25 00 00 ff 19               and rax, 0x19ff0000
000000ee  0f 85 1a 01 00 00               jnz .+0x11a ; 0x20e
000000f4  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000fe  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000106  0f 85 02 01 00 00               jnz .+0x102 ; 0x20e
0000010c  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000110  48 83 f8 00                     cmp rax, 0x0
00000114  74 0e                           jz .+0xe ; 0x124
00000116  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
0000011a  48 89 08                        mov qword ptr [rax], rcx
0000011d  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
00000124  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000128  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000012f  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000136  49 89 ce                        mov r14, rcx
00000139  4d 8b 3e                        mov r15, qword ptr [r14]
0000013c  49 83 c7 20                     add r15, 0x20
00000140  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000143  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000014d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000157  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
00000159  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000163  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
0000016d  ff e0                           jmp rax
; dispatch: continue where the VM says
0000016f  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000172  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000017c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000186  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000188  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000192  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000019c  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
0000019e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001a8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001b2  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
000001b4  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001b8  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001bc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001c6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001d0  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001d2  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001d6  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001da  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001e4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001ee  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
000001f0  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001f4  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001f8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000202  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000020c  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
0000020e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000218  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000222  ff e0                           jmp rax
00000224  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000228  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
0000022c  e9 2d fe ff ff                  jmp .-0x1d3 ; 0x5e
00000231  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000235  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000239  e9 6d fe ff ff                  jmp .-0x193 ; 0xab
0000023e  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000242  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000246  e9 64 fe ff ff                  jmp .-0x19c ; 0xaf
0000024b  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000024f  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
00000253  e9 76 fe ff ff                  jmp .-0x18a ; 0xce
