# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function typed (args.php:9), 7 ops, 3 entries, 231 bytes, 2 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 9: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 ae 00 00 00               jb .+0xae ; 0xc9
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 97 00 00 00               jz .+0x97 ; 0xc9
; op #1 ZEND_RECV_INIT, line 9: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_MUL, line 11: inline, entry
00000048  0f 57 c0                        xorps xmm0, xmm0
0000004b  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000051  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
00000057  f2 0f 59 c1                     mulsd xmm0, xmm1
0000005b  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
00000061  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
00000069  0f 28 d8                        movaps xmm3, xmm0
0000006c  eb 71                           jmp .+0x71 ; 0xdf
; op #3 ZEND_VERIFY_RETURN_TYPE, line 11: vm
0000006e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000078  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000082  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 11: tail
00000084  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000008e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000098  ff e0                           jmp rax
; op #5 ZEND_VERIFY_RETURN_TYPE, line 12: vm
0000009a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000a4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000ae  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 12: tail
000000b0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000ba  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000c4  ff e0                           jmp rax
; dispatch: continue where the VM says
000000c6  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000c9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000d3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000000dd  ff e0                           jmp rax
000000df  f2 41 0f 10 5e 70               movsd xmm3, qword ptr [r14+0x70]
000000e5  eb 87                           jmp .-0x79 ; 0x6e
