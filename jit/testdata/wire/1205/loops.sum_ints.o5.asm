# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 7 entries, 520 bytes, 8 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 1d 01 00 00               jb .+0x11d ; 0x138
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 06 01 00 00               jz .+0x106 ; 0x138
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000032  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000037  0f 85 11 01 00 00               jnz .+0x111 ; 0x14e
0000003d  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
00000045  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
0000004d  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
00000052  0f 85 0c 01 00 00               jnz .+0x10c ; 0x164
00000058  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
00000060  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000068  e9 81 01 00 00                  jmp .+0x181 ; 0x1ee
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
0000006d  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000072  75 1b                           jnz .+0x1b ; 0x8f
00000074  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000078  48 01 f0                        add rax, rsi
0000007b  0f 80 f9 00 00 00               jo .+0xf9 ; 0x17a
00000081  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000085  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
0000008d  eb 2b                           jmp .+0x2b ; 0xba
0000008f  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000094  0f 85 e0 00 00 00               jnz .+0xe0 ; 0x17a
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
000000d0  0f 85 c2 00 00 00               jnz .+0xc2 ; 0x198
000000d6  eb 95                           jmp .-0x6b ; 0x6d
000000d8  e9 1e 01 00 00                  jmp .+0x11e ; 0x1fb
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000dd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000e7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000f1  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: tail
000000f3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000000fd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000107  ff e0                           jmp rax
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000109  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000113  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000011d  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
0000011f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000129  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000133  ff e0                           jmp rax
; dispatch: continue where the VM says
00000135  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000138  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000142  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000014c  ff e0                           jmp rax
; op #1 ZEND_ASSIGN: fallback, the VM does the op
0000014e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000158  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000162  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000164  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000016e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000178  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
0000017a  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000017e  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
00000182  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000018c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000196  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
00000198  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000019c  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001a0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001aa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001b4  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
000001b6  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001ba  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
000001be  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001c8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001d2  ff e0                           jmp rax
000001d4  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001d8  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001dc  e9 8c fe ff ff                  jmp .-0x174 ; 0x6d
000001e1  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001e5  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001e9  e9 cc fe ff ff                  jmp .-0x134 ; 0xba
000001ee  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
000001f2  49 8b 7e 50                     mov rdi, qword ptr [r14+0x50]
000001f6  e9 c3 fe ff ff                  jmp .-0x13d ; 0xbe
000001fb  49 89 76 70                     mov qword ptr [r14+0x70], rsi
000001ff  49 89 7e 50                     mov qword ptr [r14+0x50], rdi
00000203  e9 d5 fe ff ff                  jmp .-0x12b ; 0xdd
