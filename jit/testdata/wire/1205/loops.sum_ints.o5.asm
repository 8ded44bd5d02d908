# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 603 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 5a 01 00 00               jb .+0x15a ; 0x175
0000001b  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000020  0f 85 4f 01 00 00               jnz .+0x14f ; 0x175
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000026  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
0000002b  0f 85 5a 01 00 00               jnz .+0x15a ; 0x18b
00000031  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000039  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
00000041  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000046  0f 85 55 01 00 00               jnz .+0x155 ; 0x1a1
0000004c  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000054  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
0000005c  e9 e0 01 00 00                  jmp .+0x1e0 ; 0x241
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
00000061  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000066  75 1b                           jnz .+0x1b ; 0x83
00000068  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
0000006c  48 01 f0                        add rax, rsi
0000006f  0f 80 42 01 00 00               jo .+0x142 ; 0x1b7
00000075  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000079  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
00000081  eb 2b                           jmp .+0x2b ; 0xae
00000083  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000088  0f 85 29 01 00 00               jnz .+0x129 ; 0x1b7
0000008e  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000094  0f 57 c9                        xorps xmm1, xmm1
00000097  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
0000009c  f2 0f 58 c1                     addsd xmm0, xmm1
000000a0  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000a6  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000ae  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000b2  48 39 fe                        cmp rsi, rdi
000000b5  7d 15                           jnl .+0x15 ; 0xcc
000000b7  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000c1  80 38 00                        cmp byte ptr [rax], 0x0
000000c4  0f 85 0b 01 00 00               jnz .+0x10b ; 0x1d5
000000ca  eb 95                           jmp .-0x6b ; 0x61
000000cc  e9 7d 01 00 00                  jmp .+0x17d ; 0x24e
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000d1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000e5  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000e7  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000eb  48 25 00 00 ff 19               and rax, 0x19ff0000
000000f1  0f 85 1a 01 00 00               jnz .+0x11a ; 0x211
000000f7  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000101  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000109  0f 85 02 01 00 00               jnz .+0x102 ; 0x211
0000010f  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000113  48 83 f8 00                     cmp rax, 0x0
00000117  74 0e                           jz .+0xe ; 0x127
00000119  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
0000011d  48 89 08                        mov qword ptr [rax], rcx
00000120  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
00000127  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000012b  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000132  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000139  49 89 ce                        mov r14, rcx
0000013c  4d 8b 3e                        mov r15, qword ptr [r14]
0000013f  49 83 c7 20                     add r15, 0x20
00000143  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000146  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000150  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000015a  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
0000015c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000166  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000170  ff e0                           jmp rax
; dispatch: continue where the VM says
00000172  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000175  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000017f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000189  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
0000018b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000195  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000019f  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
000001a1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001ab  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001b5  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
000001b7  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001bb  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001bf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001c9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001d3  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001d5  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001d9  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001dd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001e7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001f1  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
000001f3  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001f7  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001fb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000205  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000020f  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000211  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000021b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000225  ff e0                           jmp rax
00000227  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
0000022b  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
0000022f  e9 2d fe ff ff                  jmp .-0x1d3 ; 0x61
00000234  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000238  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
0000023c  e9 6d fe ff ff                  jmp .-0x193 ; 0xae
00000241  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000245  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000249  e9 64 fe ff ff                  jmp .-0x19c ; 0xb2
0000024e  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000252  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
00000256  e9 76 fe ff ff                  jmp .-0x18a ; 0xd1
