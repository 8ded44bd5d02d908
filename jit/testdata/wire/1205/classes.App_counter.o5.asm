# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function App\counter (classes.php:18), 9 ops, 7 entries, 480 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 18: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 5a 01 00 00               jb .+0x15a ; 0x172
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 4f 01 00 00               jnz .+0x14f ; 0x172
; op #1 ZEND_GENERATOR_CREATE, line 18: dispatch, entry
00000023  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000002d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
00000037  ff d0                           call rax
00000039  41 ff 27                        jmp qword ptr [r15]
; op #2 ZEND_ASSIGN, line 20: inline, entry
0000003c  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000041  0f 85 41 01 00 00               jnz .+0x141 ; 0x188
00000047  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000004f  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #3 ZEND_JMP, line 20: inline, entry
00000057  eb 5e                           jmp .+0x5e ; 0xb7
; op #4 ZEND_YIELD, line 21: dispatch, entry
00000059  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000063  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
0000006d  ff d0                           call rax
0000006f  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_PRE_INC, line 20: inline, entry
00000072  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000077  75 14                           jnz .+0x14 ; 0x8d
00000079  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
0000007d  48 83 c0 01                     add rax, 0x1
00000081  0f 80 17 01 00 00               jo .+0x117 ; 0x19e
00000087  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000008b  eb 2a                           jmp .+0x2a ; 0xb7
0000008d  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000092  0f 85 06 01 00 00               jnz .+0x106 ; 0x19e
00000098  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000009e  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
000000a8  66 48 0f 6e c8                  movq xmm1, rax
000000ad  f2 0f 58 c1                     addsd xmm0, xmm1
000000b1  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
; op #6 ZEND_IS_SMALLER, line 20: inline, entry
000000b7  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000bc  75 47                           jnz .+0x47 ; 0x105
000000be  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000c3  75 24                           jnz .+0x24 ; 0xe9
000000c5  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
000000c9  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
000000cd  7d 18                           jnl .+0x18 ; 0xe7
000000cf  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000d9  80 38 00                        cmp byte ptr [rax], 0x0
000000dc  0f 85 d2 00 00 00               jnz .+0xd2 ; 0x1b4
000000e2  e9 72 ff ff ff                  jmp .-0x8e ; 0x59
000000e7  eb 70                           jmp .+0x70 ; 0x159
000000e9  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000ee  0f 85 c0 00 00 00               jnz .+0xc0 ; 0x1b4
000000f4  0f 57 c0                        xorps xmm0, xmm0
000000f7  f2 49 0f 2a 46 60               cvtsi2sd xmm0, qword ptr [r14+0x60]
000000fd  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000103  eb 3a                           jmp .+0x3a ; 0x13f
00000105  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
0000010a  0f 85 a4 00 00 00               jnz .+0xa4 ; 0x1b4
00000110  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000115  75 11                           jnz .+0x11 ; 0x128
00000117  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000011d  0f 57 c9                        xorps xmm1, xmm1
00000120  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000126  eb 17                           jmp .+0x17 ; 0x13f
00000128  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000012d  0f 85 81 00 00 00               jnz .+0x81 ; 0x1b4
00000133  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000139  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
0000013f  66 0f 2e c8                     ucomisd xmm1, xmm0
00000143  76 14                           jbe .+0x14 ; 0x159
00000145  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
0000014f  80 38 00                        cmp byte ptr [rax], 0x0
00000152  75 60                           jnz .+0x60 ; 0x1b4
00000154  e9 00 ff ff ff                  jmp .-0x100 ; 0x59
; op #8 ZEND_GENERATOR_RETURN, line 23: tail
00000159  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000163  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000016d  ff e0                           jmp rax
; dispatch: continue where the VM says
0000016f  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000172  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000017c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000186  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000188  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000192  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000019c  ff e0                           jmp rax
; op #5 ZEND_PRE_INC: fallback, the VM does the op
0000019e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000001a8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000001b2  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001b4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001be  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001c8  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 20: vm, out of line (fused into the fast path before it)
000001ca  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001d4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001de  ff e0                           jmp rax
