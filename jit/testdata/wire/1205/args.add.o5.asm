# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function add (args.php:4), 5 ops, 3 entries, 342 bytes, 3 ops native, the rest on the VM
; op #0 ZEND_RECV, line 4: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 06 01 00 00               jb .+0x106 ; 0x114
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 ef 00 00 00               jz .+0xef ; 0x114
; op #1 ZEND_RECV, line 4: inline, entry
00000025  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000029  48 83 fa 02                     cmp rdx, 0x2
0000002d  0f 82 f7 00 00 00               jb .+0xf7 ; 0x12a
00000033  41 0f b6 4e 68                  movzx ecx, byte ptr [r14+0x68]
00000038  b8 fe 03 00 00                  mov eax, 0x3fe
0000003d  48 d3 f8                        sar rax, cl
00000040  48 83 e0 01                     and rax, 0x1
00000044  0f 84 e0 00 00 00               jz .+0xe0 ; 0x12a
; entry op #2 (function start): count the call
0000004a  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000054  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_ADD, line 6: inline, entry
00000057  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000005c  75 3f                           jnz .+0x3f ; 0x9d
0000005e  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000063  75 1c                           jnz .+0x1c ; 0x81
00000065  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000069  49 03 46 60                     add rax, qword ptr [r14+0x60]
0000006d  0f 80 cd 00 00 00               jo .+0xcd ; 0x140
00000073  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000077  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
0000007f  eb 64                           jmp .+0x64 ; 0xe5
00000081  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000086  0f 85 b4 00 00 00               jnz .+0xb4 ; 0x140
0000008c  0f 57 c0                        xorps xmm0, xmm0
0000008f  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000095  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
0000009b  eb 36                           jmp .+0x36 ; 0xd3
0000009d  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000a2  0f 85 98 00 00 00               jnz .+0x98 ; 0x140
000000a8  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000ad  75 11                           jnz .+0x11 ; 0xc0
000000af  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000b5  0f 57 c9                        xorps xmm1, xmm1
000000b8  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
000000be  eb 13                           jmp .+0x13 ; 0xd3
000000c0  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000c5  75 79                           jnz .+0x79 ; 0x140
000000c7  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000cd  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000d3  f2 0f 58 c1                     addsd xmm0, xmm1
000000d7  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
000000dd  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_RETURN, line 6: tail
000000e5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000000ef  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000000f9  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 7: tail
000000fb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000105  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000010f  ff e0                           jmp rax
; dispatch: continue where the VM says
00000111  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000114  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000011e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000128  ff e0                           jmp rax
; op #1 ZEND_RECV: fallback, the VM does the op
0000012a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000134  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000013e  ff e0                           jmp rax
; op #2 ZEND_ADD: fallback, the VM does the op
00000140  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000014a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000154  ff e0                           jmp rax
