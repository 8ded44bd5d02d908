# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 649 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 be 01 00 00               jb .+0x1be ; 0x1d9
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 a7 01 00 00               jz .+0x1a7 ; 0x1d9
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 b2 01 00 00               jnz .+0x1b2 ; 0x1ef
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 ad 01 00 00               jnz .+0x1ad ; 0x205
00000058  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000068  e9 82 00 00 00                  jmp .+0x82 ; 0xef
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
0000006d  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000072  75 27                           jnz .+0x27 ; 0x9b
00000074  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000079  0f 85 9c 01 00 00               jnz .+0x19c ; 0x21b
0000007f  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000083  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000087  0f 80 8e 01 00 00               jo .+0x18e ; 0x21b
0000008d  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000091  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
00000099  eb 37                           jmp .+0x37 ; 0xd2
0000009b  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000a0  0f 85 75 01 00 00               jnz .+0x175 ; 0x21b
000000a6  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000ab  0f 85 6a 01 00 00               jnz .+0x16a ; 0x21b
000000b1  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000b7  0f 57 c9                        xorps xmm1, xmm1
000000ba  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
000000c0  f2 0f 58 c1                     addsd xmm0, xmm1
000000c4  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000ca  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000d2  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000d7  0f 85 54 01 00 00               jnz .+0x154 ; 0x231
000000dd  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000e1  48 83 c0 01                     add rax, 0x1
000000e5  0f 80 46 01 00 00               jo .+0x146 ; 0x231
000000eb  49 89 46 70                     mov qword ptr [r14+0x70], rax
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000ef  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000f4  0f 85 4d 01 00 00               jnz .+0x14d ; 0x247
000000fa  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000ff  0f 85 42 01 00 00               jnz .+0x142 ; 0x247
00000105  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000109  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
0000010d  7d 18                           jnl .+0x18 ; 0x127
0000010f  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
00000119  80 38 00                        cmp byte ptr [rax], 0x0
0000011c  0f 85 25 01 00 00               jnz .+0x125 ; 0x247
00000122  e9 46 ff ff ff                  jmp .-0xba ; 0x6d
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
00000127  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000131  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000013b  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
0000013d  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000141  48 25 00 00 ff 19               and rax, 0x19ff0000
00000147  0f 85 26 01 00 00               jnz .+0x126 ; 0x273
0000014d  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000157  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000015f  0f 85 0e 01 00 00               jnz .+0x10e ; 0x273
00000165  41 8b 76 68                     mov esi, dword ptr [r14+0x68]
00000169  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
0000016d  48 83 f8 04                     cmp rax, 0x4
00000171  0f 87 fc 00 00 00               jnbe .+0xfc ; 0x273
00000177  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000017b  48 83 f8 00                     cmp rax, 0x0
0000017f  74 0a                           jz .+0xa ; 0x18b
00000181  49 8b 4e 60                     mov rcx, qword ptr [r14+0x60]
00000185  48 89 08                        mov qword ptr [rax], rcx
00000188  89 70 08                        mov dword ptr [rax+0x8], esi
0000018b  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000018f  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000196  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000019d  49 89 ce                        mov r14, rcx
000001a0  4d 8b 3e                        mov r15, qword ptr [r14]
000001a3  49 83 c7 20                     add r15, 0x20
000001a7  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
000001aa  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000001b4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
000001be  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
000001c0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
000001ca  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
000001d4  ff e0                           jmp rax
; dispatch: continue where the VM says
000001d6  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001d9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001e3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001ed  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
000001ef  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000001f9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000203  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000205  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000020f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000219  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
0000021b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000225  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000022f  ff e0                           jmp rax
; op #5 ZEND_PRE_INC: fallback, the VM does the op
00000231  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000023b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000245  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
00000247  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000251  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000025b  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
0000025d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000267  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000271  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
00000273  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000027d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000287  ff e0                           jmp rax
