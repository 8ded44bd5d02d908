# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function App\counter (classes.php:18), 9 ops, 7 entries, 474 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 18: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 51 01 00 00               jb .+0x151 ; 0x16c
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 3a 01 00 00               jz .+0x13a ; 0x16c
; op #1 ZEND_GENERATOR_CREATE, line 18: dispatch, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
00000046  ff d0                           call rax
00000048  41 ff 27                        jmp qword ptr [r15]
; op #2 ZEND_ASSIGN, line 20: inline, entry
0000004b  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000050  0f 85 2c 01 00 00               jnz .+0x12c ; 0x182
00000056  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000005e  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #3 ZEND_JMP, line 20: inline, entry
00000066  eb 5e                           jmp .+0x5e ; 0xc6
; op #4 ZEND_YIELD, line 21: dispatch, entry
00000068  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000072  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
0000007c  ff d0                           call rax
0000007e  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_PRE_INC, line 20: inline, entry
00000081  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000086  75 14                           jnz .+0x14 ; 0x9c
00000088  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
0000008c  48 83 c0 01                     add rax, 0x1
00000090  0f 80 02 01 00 00               jo .+0x102 ; 0x198
00000096  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000009a  eb 2a                           jmp .+0x2a ; 0xc6
0000009c  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000a1  0f 85 f1 00 00 00               jnz .+0xf1 ; 0x198
000000a7  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000ad  48 b8 00 00 00 00 00 00 f0 3f   mov rax, 0x3ff0000000000000
000000b7  66 48 0f 6e c8                  movq xmm1, rax
000000bc  f2 0f 58 c1                     addsd xmm0, xmm1
000000c0  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
; op #6 ZEND_IS_SMALLER, line 20: inline, entry
000000c6  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000d0  80 38 00                        cmp byte ptr [rax], 0x0
000000d3  0f 85 d5 00 00 00               jnz .+0xd5 ; 0x1ae
000000d9  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000de  75 33                           jnz .+0x33 ; 0x113
000000e0  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000e5  75 10                           jnz .+0x10 ; 0xf7
000000e7  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
000000eb  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
000000ef  0f 8c 73 ff ff ff               jl .-0x8d ; 0x68
000000f5  eb 5c                           jmp .+0x5c ; 0x153
000000f7  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000fc  0f 85 ac 00 00 00               jnz .+0xac ; 0x1ae
00000102  0f 57 c0                        xorps xmm0, xmm0
00000105  f2 49 0f 2a 46 60               cvtsi2sd xmm0, qword ptr [r14+0x60]
0000010b  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000111  eb 36                           jmp .+0x36 ; 0x149
00000113  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000118  0f 85 90 00 00 00               jnz .+0x90 ; 0x1ae
0000011e  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000123  75 11                           jnz .+0x11 ; 0x136
00000125  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000012b  0f 57 c9                        xorps xmm1, xmm1
0000012e  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000134  eb 13                           jmp .+0x13 ; 0x149
00000136  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000013b  75 71                           jnz .+0x71 ; 0x1ae
0000013d  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000143  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000149  66 0f 2e c8                     ucomisd xmm1, xmm0
0000014d  0f 87 15 ff ff ff               jnbe .-0xeb ; 0x68
; op #8 ZEND_GENERATOR_RETURN, line 23: tail
00000153  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000015d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000167  ff e0                           jmp rax
; dispatch: continue where the VM says
00000169  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000016c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000176  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000180  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000182  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000018c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000196  ff e0                           jmp rax
; op #5 ZEND_PRE_INC: fallback, the VM does the op
00000198  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000001a2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000001ac  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
000001ae  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001b8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001c2  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 20: vm, out of line (fused into the fast path before it)
000001c4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001ce  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001d8  ff e0                           jmp rax
