# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 545 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 5c 01 00 00               jb .+0x15c ; 0x177
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 45 01 00 00               jz .+0x145 ; 0x177
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000003a  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
00000042  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
0000004a  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000052  e9 b4 01 00 00                  jmp .+0x1b4 ; 0x20b
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
00000057  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000005c  75 1b                           jnz .+0x1b ; 0x79
0000005e  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000062  48 01 f0                        add rax, rsi
00000065  0f 80 22 01 00 00               jo .+0x122 ; 0x18d
0000006b  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000006f  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
00000077  eb 2b                           jmp .+0x2b ; 0xa4
00000079  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
0000007e  0f 85 09 01 00 00               jnz .+0x109 ; 0x18d
00000084  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000008a  0f 57 c9                        xorps xmm1, xmm1
0000008d  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
00000092  f2 0f 58 c1                     addsd xmm0, xmm1
00000096  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
0000009c  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000a4  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000a8  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000b2  80 38 00                        cmp byte ptr [rax], 0x0
000000b5  0f 85 ec 00 00 00               jnz .+0xec ; 0x1a7
000000bb  48 39 fe                        cmp rsi, rdi
000000be  7c 97                           jl .-0x69 ; 0x57
000000c0  e9 53 01 00 00                  jmp .+0x153 ; 0x218
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000c5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000cf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000d9  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000db  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000df  48 25 00 00 ff 19               and rax, 0x19ff0000
000000e5  0f 85 f0 00 00 00               jnz .+0xf0 ; 0x1db
000000eb  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000f5  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000fd  0f 85 d8 00 00 00               jnz .+0xd8 ; 0x1db
00000103  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
00000107  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
0000010b  48 83 f8 04                     cmp rax, 0x4
0000010f  0f 87 c6 00 00 00               jnbe .+0xc6 ; 0x1db
00000115  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000119  48 83 f8 00                     cmp rax, 0x0
0000011d  74 0a                           jz .+0xa ; 0x129
0000011f  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000123  48 89 08                        mov qword ptr [rax], rcx
00000126  89 70 08                        mov dword ptr [rax+0x8], esi
00000129  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000012d  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000134  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000013b  49 89 ce                        mov r14, rcx
0000013e  4d 8b 3e                        mov r15, qword ptr [r14]
00000141  49 83 c7 20                     add r15, 0x20
00000145  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000148  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000152  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000015c  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
0000015e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000168  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000172  ff e0                           jmp rax
; dispatch: continue where the VM says
00000174  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000177  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000181  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000018b  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
0000018d  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000191  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000019b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001a5  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001a7  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001ab  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001b5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001bf  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
000001c1  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001c5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001cf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001d9  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000001db  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001e5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001ef  ff e0                           jmp rax
000001f1  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001f5  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001f9  e9 59 fe ff ff                  jmp .-0x1a7 ; 0x57
000001fe  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000202  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000206  e9 99 fe ff ff                  jmp .-0x167 ; 0xa4
0000020b  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
0000020f  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000213  e9 90 fe ff ff                  jmp .-0x170 ; 0xa8
00000218  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000021c  e9 a4 fe ff ff                  jmp .-0x15c ; 0xc5
