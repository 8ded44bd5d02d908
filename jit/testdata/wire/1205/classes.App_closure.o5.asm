# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: closure App\{closure} (classes.php:26), 5 ops, 3 entries, 305 bytes, 2 ops native, the rest on the VM
; op #0 ZEND_RECV, line 26: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 f7 00 00 00               jb .+0xf7 ; 0x105
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 e0 00 00 00               jz .+0xe0 ; 0x105
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_BIND_STATIC, line 26: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_ADD, line 27: inline, entry
00000048  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000004d  75 3f                           jnz .+0x3f ; 0x8e
0000004f  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000054  75 1c                           jnz .+0x1c ; 0x72
00000056  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
0000005a  49 03 46 60                     add rax, qword ptr [r14+0x60]
0000005e  0f 80 b7 00 00 00               jo .+0xb7 ; 0x11b
00000064  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000068  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
00000070  eb 64                           jmp .+0x64 ; 0xd6
00000072  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000077  0f 85 9e 00 00 00               jnz .+0x9e ; 0x11b
0000007d  0f 57 c0                        xorps xmm0, xmm0
00000080  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000086  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
0000008c  eb 36                           jmp .+0x36 ; 0xc4
0000008e  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000093  0f 85 82 00 00 00               jnz .+0x82 ; 0x11b
00000099  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000009e  75 11                           jnz .+0x11 ; 0xb1
000000a0  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000a6  0f 57 c9                        xorps xmm1, xmm1
000000a9  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
000000af  eb 13                           jmp .+0x13 ; 0xc4
000000b1  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000b6  75 63                           jnz .+0x63 ; 0x11b
000000b8  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000be  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000c4  f2 0f 58 c1                     addsd xmm0, xmm1
000000c8  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
000000ce  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_RETURN, line 27: tail
000000d6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000000e0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000000ea  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 28: tail
000000ec  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000f6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000100  ff e0                           jmp rax
; dispatch: continue where the VM says
00000102  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000105  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000010f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000119  ff e0                           jmp rax
; op #2 ZEND_ADD: fallback, the VM does the op
0000011b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000125  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000012f  ff e0                           jmp rax
