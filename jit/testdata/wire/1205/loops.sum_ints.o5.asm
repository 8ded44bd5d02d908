# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 629 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 74 01 00 00               jb .+0x174 ; 0x18f
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 5d 01 00 00               jz .+0x15d ; 0x18f
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 68 01 00 00               jnz .+0x168 ; 0x1a5
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 63 01 00 00               jnz .+0x163 ; 0x1bb
00000058  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000068  e9 ee 01 00 00                  jmp .+0x1ee ; 0x25b
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
0000006d  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000072  75 1b                           jnz .+0x1b ; 0x8f
00000074  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000078  48 01 f0                        add rax, rsi
0000007b  0f 80 50 01 00 00               jo .+0x150 ; 0x1d1
00000081  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000085  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
0000008d  eb 2b                           jmp .+0x2b ; 0xba
0000008f  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000094  0f 85 37 01 00 00               jnz .+0x137 ; 0x1d1
0000009a  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000a0  0f 57 c9                        xorps xmm1, xmm1
000000a3  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
000000a8  f2 0f 58 c1                     addsd xmm0, xmm1
000000ac  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000b2  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000ba  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000be  48 39 fe                        cmp rsi, rdi
000000c1  7d 15                           jnl .+0x15 ; 0xd8
000000c3  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000cd  80 38 00                        cmp byte ptr [rax], 0x0
000000d0  0f 85 19 01 00 00               jnz .+0x119 ; 0x1ef
000000d6  eb 95                           jmp .-0x6b ; 0x6d
000000d8  e9 8b 01 00 00                  jmp .+0x18b ; 0x268
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000dd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000e7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000f1  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000f3  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000f7  48 25 00 00 ff 19               and rax, 0x19ff0000
000000fd  0f 85 28 01 00 00               jnz .+0x128 ; 0x22b
00000103  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000010d  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000115  0f 85 10 01 00 00               jnz .+0x110 ; 0x22b
0000011b  41 8b 4e 68                     mov ecx, dword ptr [r14+0x68]
0000011f  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
00000123  48 83 f8 04                     cmp rax, 0x4
00000127  0f 87 fe 00 00 00               jnbe .+0xfe ; 0x22b
0000012d  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000131  48 83 f8 00                     cmp rax, 0x0
00000135  74 0a                           jz .+0xa ; 0x141
00000137  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
0000013b  4c 89 18                        mov qword ptr [rax], r11
0000013e  89 48 08                        mov dword ptr [rax+0x8], ecx
00000141  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000145  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000014c  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000153  49 89 ce                        mov r14, rcx
00000156  4d 8b 3e                        mov r15, qword ptr [r14]
00000159  49 83 c7 20                     add r15, 0x20
0000015d  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000160  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000016a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000174  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
00000176  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000180  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
0000018a  ff e0                           jmp rax
; dispatch: continue where the VM says
0000018c  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000018f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000199  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001a3  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
000001a5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000001af  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001b9  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
000001bb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001c5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001cf  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
000001d1  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001d5  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001d9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001e3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001ed  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001ef  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001f3  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001f7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000201  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000020b  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
0000020d  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000211  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
00000215  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000021f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000229  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
0000022b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000235  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000023f  ff e0                           jmp rax
00000241  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000245  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000249  e9 1f fe ff ff                  jmp .-0x1e1 ; 0x6d
0000024e  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000252  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000256  e9 5f fe ff ff                  jmp .-0x1a1 ; 0xba
0000025b  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
0000025f  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
00000263  e9 56 fe ff ff                  jmp .-0x1aa ; 0xbe
00000268  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000026c  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
00000270  e9 68 fe ff ff                  jmp .-0x198 ; 0xdd
