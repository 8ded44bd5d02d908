# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function App\counter (classes.php:18), 9 ops, 7 entries, 456 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 18: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 36 01 00 00               jb .+0x136 ; 0x14e
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 2b 01 00 00               jnz .+0x12b ; 0x14e
; op #1 ZEND_GENERATOR_CREATE, line 18: dispatch, entry
00000023  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000002d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
00000037  ff d0                           call rax
00000039  41 ff 27                        jmp qword ptr [r15]
; op #2 ZEND_ASSIGN, line 20: inline, entry
0000003c  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000041  0f 85 1d 01 00 00               jnz .+0x11d ; 0x164
00000047  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000004f  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #3 ZEND_JMP, line 20: inline, entry
00000057  eb 53                           jmp .+0x53 ; 0xac
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
00000081  0f 80 f3 00 00 00               jo .+0xf3 ; 0x17a
00000087  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000008b  eb 1f                           jmp .+0x1f ; 0xac
0000008d  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000092  0f 85 e2 00 00 00               jnz .+0xe2 ; 0x17a
00000098  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000009e  f2 0f 58 05 1a 01 00 00         addsd xmm0, qword ptr [rip+0x11a]
000000a6  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
; op #6 ZEND_IS_SMALLER, line 20: inline, entry
000000ac  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000b6  80 38 00                        cmp byte ptr [rax], 0x0
000000b9  0f 85 d1 00 00 00               jnz .+0xd1 ; 0x190
000000bf  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000c4  75 2f                           jnz .+0x2f ; 0xf5
000000c6  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000cb  75 0c                           jnz .+0xc ; 0xd9
000000cd  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
000000d1  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
000000d5  7c 82                           jl .-0x7e ; 0x59
000000d7  eb 5c                           jmp .+0x5c ; 0x135
000000d9  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000de  0f 85 ac 00 00 00               jnz .+0xac ; 0x190
000000e4  0f 57 c0                        xorps xmm0, xmm0
000000e7  f2 49 0f 2a 46 60               cvtsi2sd xmm0, qword ptr [r14+0x60]
000000ed  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
000000f3  eb 36                           jmp .+0x36 ; 0x12b
000000f5  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000fa  0f 85 90 00 00 00               jnz .+0x90 ; 0x190
00000100  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000105  75 11                           jnz .+0x11 ; 0x118
00000107  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000010d  0f 57 c9                        xorps xmm1, xmm1
00000110  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000116  eb 13                           jmp .+0x13 ; 0x12b
00000118  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000011d  75 71                           jnz .+0x71 ; 0x190
0000011f  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000125  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
0000012b  66 0f 2e c8                     ucomisd xmm1, xmm0
0000012f  0f 87 24 ff ff ff               jnbe .-0xdc ; 0x59
; op #8 ZEND_GENERATOR_RETURN, line 23: tail
00000135  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000013f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000149  ff e0                           jmp rax
; dispatch: continue where the VM says
0000014b  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000014e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000158  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000162  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000164  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000016e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000178  ff e0                           jmp rax
; op #5 ZEND_PRE_INC: fallback, the VM does the op
0000017a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000184  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000018e  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
00000190  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000019a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001a4  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 20: vm, out of line (fused into the fast path before it)
000001a6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001b0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001ba  ff e0                           jmp rax
000001bc  cc                              int3
000001bd  cc                              int3
000001be  cc                              int3
000001bf  cc                              int3
; constants
000001c0  3ff0000000000000  ; 1
