# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 558 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 4b 01 00 00               jb .+0x14b ; 0x166
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 34 01 00 00               jz .+0x134 ; 0x166
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000003a  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
00000042  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
0000004a  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000052  e9 b7 01 00 00                  jmp .+0x1b7 ; 0x20e
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
00000057  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000005c  75 13                           jnz .+0x13 ; 0x71
0000005e  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000062  48 01 f0                        add rax, rsi
00000065  0f 80 11 01 00 00               jo .+0x111 ; 0x17c
0000006b  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000006f  eb 2b                           jmp .+0x2b ; 0x9c
00000071  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000076  0f 85 00 01 00 00               jnz .+0x100 ; 0x17c
0000007c  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000082  0f 57 c9                        xorps xmm1, xmm1
00000085  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
0000008a  f2 0f 58 c1                     addsd xmm0, xmm1
0000008e  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
00000094  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
0000009c  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000a0  41 80 38 00                     cmp byte ptr [r8], 0x0
000000a4  0f 85 ec 00 00 00               jnz .+0xec ; 0x196
000000aa  48 39 fe                        cmp rsi, rdi
000000ad  7c a8                           jl .-0x58 ; 0x57
000000af  e9 71 01 00 00                  jmp .+0x171 ; 0x225
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000b4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000be  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000c8  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000ca  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000ce  48 25 00 00 ff 19               and rax, 0x19ff0000
000000d4  0f 85 f0 00 00 00               jnz .+0xf0 ; 0x1ca
000000da  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000e4  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000ec  0f 85 d8 00 00 00               jnz .+0xd8 ; 0x1ca
000000f2  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
000000f6  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
000000fa  48 83 f8 04                     cmp rax, 0x4
000000fe  0f 87 c6 00 00 00               jnbe .+0xc6 ; 0x1ca
00000104  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000108  48 83 f8 00                     cmp rax, 0x0
0000010c  74 0a                           jz .+0xa ; 0x118
0000010e  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000112  48 89 08                        mov qword ptr [rax], rcx
00000115  89 70 08                        mov dword ptr [rax+0x8], esi
00000118  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000011c  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000123  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000012a  49 89 ce                        mov r14, rcx
0000012d  4d 8b 3e                        mov r15, qword ptr [r14]
00000130  49 83 c7 20                     add r15, 0x20
00000134  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000137  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000141  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000014b  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
0000014d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000157  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000161  ff e0                           jmp rax
; dispatch: continue where the VM says
00000163  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000166  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000170  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000017a  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
0000017c  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000180  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000018a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000194  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
00000196  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000019a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001a4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001ae  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
000001b0  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001b4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001be  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001c8  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000001ca  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001d4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001de  ff e0                           jmp rax
000001e0  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001e4  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001e8  49 b8 22 03 00 2c 17 56 00 00   mov r8, 0x56172c000322
000001f2  e9 60 fe ff ff                  jmp .-0x1a0 ; 0x57
000001f7  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001fb  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001ff  49 b8 22 03 00 2c 17 56 00 00   mov r8, 0x56172c000322
00000209  e9 8e fe ff ff                  jmp .-0x172 ; 0x9c
0000020e  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000212  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000216  49 b8 22 03 00 2c 17 56 00 00   mov r8, 0x56172c000322
00000220  e9 7b fe ff ff                  jmp .-0x185 ; 0xa0
00000225  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000229  e9 86 fe ff ff                  jmp .-0x17a ; 0xb4
