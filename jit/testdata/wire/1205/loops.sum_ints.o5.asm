# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 557 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 4a 01 00 00               jb .+0x14a ; 0x165
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 33 01 00 00               jz .+0x133 ; 0x165
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000003a  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
00000042  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
0000004a  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000052  e9 b6 01 00 00                  jmp .+0x1b6 ; 0x20d
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
00000057  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000005c  75 13                           jnz .+0x13 ; 0x71
0000005e  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000062  48 01 f0                        add rax, rsi
00000065  0f 80 10 01 00 00               jo .+0x110 ; 0x17b
0000006b  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000006f  eb 2b                           jmp .+0x2b ; 0x9c
00000071  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000076  0f 85 ff 00 00 00               jnz .+0xff ; 0x17b
0000007c  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000082  0f 57 c9                        xorps xmm1, xmm1
00000085  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
0000008a  f2 0f 58 c1                     addsd xmm0, xmm1
0000008e  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
00000094  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
0000009c  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000a0  80 3f 00                        cmp byte ptr [rdi], 0x0
000000a3  0f 85 ec 00 00 00               jnz .+0xec ; 0x195
000000a9  4c 39 c6                        cmp rsi, r8
000000ac  7c a9                           jl .-0x57 ; 0x57
000000ae  e9 71 01 00 00                  jmp .+0x171 ; 0x224
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000b3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000bd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000c7  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000c9  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000cd  48 25 00 00 ff 19               and rax, 0x19ff0000
000000d3  0f 85 f0 00 00 00               jnz .+0xf0 ; 0x1c9
000000d9  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000e3  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000eb  0f 85 d8 00 00 00               jnz .+0xd8 ; 0x1c9
000000f1  41 8b 4e 68                     mov ecx, dword ptr [r14+0x68]
000000f5  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000000f9  48 83 f8 04                     cmp rax, 0x4
000000fd  0f 87 c6 00 00 00               jnbe .+0xc6 ; 0x1c9
00000103  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000107  48 83 f8 00                     cmp rax, 0x0
0000010b  74 0a                           jz .+0xa ; 0x117
0000010d  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
00000111  4c 89 18                        mov qword ptr [rax], r11
00000114  89 48 08                        mov dword ptr [rax+0x8], ecx
00000117  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000011b  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000122  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000129  49 89 ce                        mov r14, rcx
0000012c  4d 8b 3e                        mov r15, qword ptr [r14]
0000012f  49 83 c7 20                     add r15, 0x20
00000133  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000136  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000140  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000014a  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
0000014c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000156  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000160  ff e0                           jmp rax
; dispatch: continue where the VM says
00000162  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000165  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000016f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000179  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
0000017b  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000017f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000189  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000193  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
00000195  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000199  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001a3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001ad  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
000001af  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001b3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001bd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001c7  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000001c9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001d3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001dd  ff e0                           jmp rax
000001df  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001e3  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
000001e7  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
000001f1  e9 61 fe ff ff                  jmp .-0x19f ; 0x57
000001f6  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001fa  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
000001fe  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
00000208  e9 8f fe ff ff                  jmp .-0x171 ; 0x9c
0000020d  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000211  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
00000215  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
0000021f  e9 7c fe ff ff                  jmp .-0x184 ; 0xa0
00000224  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000228  e9 86 fe ff ff                  jmp .-0x17a ; 0xb3
