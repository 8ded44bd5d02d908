# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 627 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 72 01 00 00               jb .+0x172 ; 0x18d
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 5b 01 00 00               jz .+0x15b ; 0x18d
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 66 01 00 00               jnz .+0x166 ; 0x1a3
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 61 01 00 00               jnz .+0x161 ; 0x1b9
00000058  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000068  e9 ec 01 00 00                  jmp .+0x1ec ; 0x259
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
0000006d  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000072  75 1b                           jnz .+0x1b ; 0x8f
00000074  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000078  48 01 f0                        add rax, rsi
0000007b  0f 80 4e 01 00 00               jo .+0x14e ; 0x1cf
00000081  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000085  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
0000008d  eb 2b                           jmp .+0x2b ; 0xba
0000008f  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000094  0f 85 35 01 00 00               jnz .+0x135 ; 0x1cf
0000009a  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000a0  0f 57 c9                        xorps xmm1, xmm1
000000a3  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
000000a8  f2 0f 58 c1                     addsd xmm0, xmm1
000000ac  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000b2  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000ba  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000be  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000c8  80 38 00                        cmp byte ptr [rax], 0x0
000000cb  0f 85 1c 01 00 00               jnz .+0x11c ; 0x1ed
000000d1  48 39 fe                        cmp rsi, rdi
000000d4  7c 97                           jl .-0x69 ; 0x6d
000000d6  e9 8b 01 00 00                  jmp .+0x18b ; 0x266
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000db  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000e5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000ef  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000f1  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000f5  48 25 00 00 ff 19               and rax, 0x19ff0000
000000fb  0f 85 28 01 00 00               jnz .+0x128 ; 0x229
00000101  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000010b  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000113  0f 85 10 01 00 00               jnz .+0x110 ; 0x229
00000119  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
0000011d  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000121  48 83 f8 04                     cmp rax, 0x4
00000125  0f 87 fe 00 00 00               jnbe .+0xfe ; 0x229
0000012b  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000012f  48 83 f8 00                     cmp rax, 0x0
00000133  74 0a                           jz .+0xa ; 0x13f
00000135  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000139  48 89 08                        mov qword ptr [rax], rcx
0000013c  89 70 08                        mov dword ptr [rax+0x8], esi
0000013f  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000143  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000014a  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000151  49 89 ce                        mov r14, rcx
00000154  4d 8b 3e                        mov r15, qword ptr [r14]
00000157  49 83 c7 20                     add r15, 0x20
0000015b  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
0000015e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000168  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000172  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
00000174  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
0000017e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000188  ff e0                           jmp rax
; dispatch: continue where the VM says
0000018a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000018d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000197  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001a1  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
000001a3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000001ad  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001b7  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
000001b9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001c3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001cd  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
000001cf  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001d3  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001d7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001e1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001eb  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001ed  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001f1  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001f5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001ff  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000209  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
0000020b  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000020f  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
00000213  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000021d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000227  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000229  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000233  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000023d  ff e0                           jmp rax
0000023f  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000243  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000247  e9 21 fe ff ff                  jmp .-0x1df ; 0x6d
0000024c  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000250  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000254  e9 61 fe ff ff                  jmp .-0x19f ; 0xba
00000259  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
0000025d  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000261  e9 58 fe ff ff                  jmp .-0x1a8 ; 0xbe
00000266  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000026a  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
0000026e  e9 68 fe ff ff                  jmp .-0x198 ; 0xdb
