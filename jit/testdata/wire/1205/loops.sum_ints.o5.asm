# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 7 entries, 540 bytes, 8 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 67 01 00 00               jb .+0x167 ; 0x182
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 50 01 00 00               jz .+0x150 ; 0x182
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 5b 01 00 00               jnz .+0x15b ; 0x198
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 56 01 00 00               jnz .+0x156 ; 0x1ae
00000058  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000068  e9 82 00 00 00                  jmp .+0x82 ; 0xef
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
0000006d  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000072  75 27                           jnz .+0x27 ; 0x9b
00000074  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000079  0f 85 45 01 00 00               jnz .+0x145 ; 0x1c4
0000007f  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000083  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000087  0f 80 37 01 00 00               jo .+0x137 ; 0x1c4
0000008d  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000091  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
00000099  eb 37                           jmp .+0x37 ; 0xd2
0000009b  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000a0  0f 85 1e 01 00 00               jnz .+0x11e ; 0x1c4
000000a6  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000ab  0f 85 13 01 00 00               jnz .+0x113 ; 0x1c4
000000b1  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000b7  0f 57 c9                        xorps xmm1, xmm1
000000ba  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
000000c0  f2 0f 58 c1                     addsd xmm0, xmm1
000000c4  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
000000ca  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
000000d2  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000d7  0f 85 fd 00 00 00               jnz .+0xfd ; 0x1da
000000dd  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000e1  48 83 c0 01                     add rax, 0x1
000000e5  0f 80 ef 00 00 00               jo .+0xef ; 0x1da
000000eb  49 89 46 70                     mov qword ptr [r14+0x70], rax
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
000000ef  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000f4  0f 85 f6 00 00 00               jnz .+0xf6 ; 0x1f0
000000fa  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000ff  0f 85 eb 00 00 00               jnz .+0xeb ; 0x1f0
00000105  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
00000109  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
0000010d  7d 18                           jnl .+0x18 ; 0x127
0000010f  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
00000119  80 38 00                        cmp byte ptr [rax], 0x0
0000011c  0f 85 ce 00 00 00               jnz .+0xce ; 0x1f0
00000122  e9 46 ff ff ff                  jmp .-0xba ; 0x6d
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
00000127  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000131  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000013b  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: tail
0000013d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000147  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000151  ff e0                           jmp rax
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000153  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000015d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000167  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
00000169  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000173  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
0000017d  ff e0                           jmp rax
; dispatch: continue where the VM says
0000017f  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000182  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000018c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000196  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
00000198  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000001a2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001ac  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
000001ae  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001b8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001c2  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
000001c4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001ce  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001d8  ff e0                           jmp rax
; op #5 ZEND_PRE_INC: fallback, the VM does the op
000001da  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000001e4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000001ee  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001f0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001fa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000204  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
00000206  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000210  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000021a  ff e0                           jmp rax
