# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: closure App\{closure} (classes.php:26), 5 ops, 3 entries, 282 bytes, 2 ops native, the rest on the VM
; op #0 ZEND_RECV, line 26: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 e0 00 00 00               jb .+0xe0 ; 0xee
; entry op #1 (function start): count the call
0000000e  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000018  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_BIND_STATIC, line 26: vm, entry
0000001b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000025  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000002f  ff e0                           jmp rax
; op #2 ZEND_ADD, line 27: inline, entry
00000031  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000036  75 3f                           jnz .+0x3f ; 0x77
00000038  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000003d  75 1c                           jnz .+0x1c ; 0x5b
0000003f  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000043  49 03 46 60                     add rax, qword ptr [r14+0x60]
00000047  0f 80 b7 00 00 00               jo .+0xb7 ; 0x104
0000004d  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000051  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
00000059  eb 64                           jmp .+0x64 ; 0xbf
0000005b  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000060  0f 85 9e 00 00 00               jnz .+0x9e ; 0x104
00000066  0f 57 c0                        xorps xmm0, xmm0
00000069  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
0000006f  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
00000075  eb 36                           jmp .+0x36 ; 0xad
00000077  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000007c  0f 85 82 00 00 00               jnz .+0x82 ; 0x104
00000082  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000087  75 11                           jnz .+0x11 ; 0x9a
00000089  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
0000008f  0f 57 c9                        xorps xmm1, xmm1
00000092  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
00000098  eb 13                           jmp .+0x13 ; 0xad
0000009a  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
0000009f  75 63                           jnz .+0x63 ; 0x104
000000a1  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000a7  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000ad  f2 0f 58 c1                     addsd xmm0, xmm1
000000b1  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
000000b7  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_RETURN, line 27: tail
000000bf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000000c9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000000d3  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 28: tail
000000d5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000df  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000e9  ff e0                           jmp rax
; dispatch: continue where the VM says
000000eb  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000ee  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000f8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000102  ff e0                           jmp rax
; op #2 ZEND_ADD: fallback, the VM does the op
00000104  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000010e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000118  ff e0                           jmp rax
