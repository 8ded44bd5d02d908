# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function App\counter (classes.php:18), 9 ops, 7 entries, 472 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 18: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 42 01 00 00               jb .+0x142 ; 0x15d
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 2b 01 00 00               jz .+0x12b ; 0x15d
; op #1 ZEND_GENERATOR_CREATE, line 18: dispatch, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
00000046  ff d0                           call rax
00000048  41 ff 27                        jmp qword ptr [r15]
; op #2 ZEND_ASSIGN, line 20: inline, entry
0000004b  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000050  0f 85 1d 01 00 00               jnz .+0x11d ; 0x173
00000056  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000005e  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #3 ZEND_JMP, line 20: inline, entry
00000066  eb 53                           jmp .+0x53 ; 0xbb
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
00000090  0f 80 f3 00 00 00               jo .+0xf3 ; 0x189
00000096  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000009a  eb 1f                           jmp .+0x1f ; 0xbb
0000009c  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000a1  0f 85 e2 00 00 00               jnz .+0xe2 ; 0x189
000000a7  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
000000ad  f2 0f 58 05 1b 01 00 00         addsd xmm0, qword ptr [rip+0x11b]
000000b5  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
; op #6 ZEND_IS_SMALLER, line 20: inline, entry
000000bb  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000000c5  80 38 00                        cmp byte ptr [rax], 0x0
000000c8  0f 85 d1 00 00 00               jnz .+0xd1 ; 0x19f
000000ce  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000d3  75 2f                           jnz .+0x2f ; 0x104
000000d5  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000da  75 0c                           jnz .+0xc ; 0xe8
000000dc  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
000000e0  49 3b 46 50                     cmp rax, qword ptr [r14+0x50]
000000e4  7c 82                           jl .-0x7e ; 0x68
000000e6  eb 5c                           jmp .+0x5c ; 0x144
000000e8  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000ed  0f 85 ac 00 00 00               jnz .+0xac ; 0x19f
000000f3  0f 57 c0                        xorps xmm0, xmm0
000000f6  f2 49 0f 2a 46 60               cvtsi2sd xmm0, qword ptr [r14+0x60]
000000fc  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
00000102  eb 36                           jmp .+0x36 ; 0x13a
00000104  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000109  0f 85 90 00 00 00               jnz .+0x90 ; 0x19f
0000010f  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000114  75 11                           jnz .+0x11 ; 0x127
00000116  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
0000011c  0f 57 c9                        xorps xmm1, xmm1
0000011f  f2 49 0f 2a 4e 50               cvtsi2sd xmm1, qword ptr [r14+0x50]
00000125  eb 13                           jmp .+0x13 ; 0x13a
00000127  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000012c  75 71                           jnz .+0x71 ; 0x19f
0000012e  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000134  f2 41 0f 10 4e 50               movsd xmm1, qword ptr [r14+0x50]
0000013a  66 0f 2e c8                     ucomisd xmm1, xmm0
0000013e  0f 87 24 ff ff ff               jnbe .-0xdc ; 0x68
; op #8 ZEND_GENERATOR_RETURN, line 23: tail
00000144  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000014e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000158  ff e0                           jmp rax
; dispatch: continue where the VM says
0000015a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000015d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000167  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000171  ff e0                           jmp rax
; op #2 ZEND_ASSIGN: fallback, the VM does the op
00000173  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000017d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000187  ff e0                           jmp rax
; op #5 ZEND_PRE_INC: fallback, the VM does the op
00000189  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000193  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000019d  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
0000019f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000001a9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000001b3  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 20: vm, out of line (fused into the fast path before it)
000001b5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001bf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001c9  ff e0                           jmp rax
000001cb  cc                              int3
000001cc  cc                              int3
000001cd  cc                              int3
000001ce  cc                              int3
000001cf  cc                              int3
; constants
000001d0  3ff0000000000000  ; 1
