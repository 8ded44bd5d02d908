# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: closure App\{closure} (classes.php:26), 5 ops, 3 entries, 279 bytes, 2 ops native, the rest on the VM
; op #0 ZEND_RECV, line 26: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 e0 00 00 00               jb .+0xe0 ; 0xeb
; entry op #1 (function start): count the call
0000000b  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000015  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_BIND_STATIC, line 26: vm, entry
00000018  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000022  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000002c  ff e0                           jmp rax
; op #2 ZEND_ADD, line 27: inline, entry
0000002e  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000033  75 3f                           jnz .+0x3f ; 0x74
00000035  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000003a  75 1c                           jnz .+0x1c ; 0x58
0000003c  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000040  49 03 46 60                     add rax, qword ptr [r14+0x60]
00000044  0f 80 b7 00 00 00               jo .+0xb7 ; 0x101
0000004a  49 89 46 70                     mov qword ptr [r14+0x70], rax
0000004e  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
00000056  eb 64                           jmp .+0x64 ; 0xbc
00000058  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
0000005d  0f 85 9e 00 00 00               jnz .+0x9e ; 0x101
00000063  0f 57 c0                        xorps xmm0, xmm0
00000066  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
0000006c  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
00000072  eb 36                           jmp .+0x36 ; 0xaa
00000074  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000079  0f 85 82 00 00 00               jnz .+0x82 ; 0x101
0000007f  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000084  75 11                           jnz .+0x11 ; 0x97
00000086  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
0000008c  0f 57 c9                        xorps xmm1, xmm1
0000008f  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
00000095  eb 13                           jmp .+0x13 ; 0xaa
00000097  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
0000009c  75 63                           jnz .+0x63 ; 0x101
0000009e  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000a4  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000aa  f2 0f 58 c1                     addsd xmm0, xmm1
000000ae  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
000000b4  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_RETURN, line 27: tail
000000bc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000000c6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000000d0  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 28: tail
000000d2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000dc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000e6  ff e0                           jmp rax
; dispatch: continue where the VM says
000000e8  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000eb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000f5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000000ff  ff e0                           jmp rax
; op #2 ZEND_ADD: fallback, the VM does the op
00000101  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000010b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000115  ff e0                           jmp rax
