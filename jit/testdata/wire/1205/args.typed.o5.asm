# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function typed (args.php:9), 7 ops, 3 entries, 218 bytes, 2 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 9: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 a9 00 00 00               jb .+0xa9 ; 0xc4
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 92 00 00 00               jz .+0x92 ; 0xc4
; op #1 ZEND_RECV_INIT, line 9: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_MUL, line 11: inline, entry
00000048  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
0000004e  0f 57 c0                        xorps xmm0, xmm0
00000051  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000057  f2 0f 59 c1                     mulsd xmm0, xmm1
0000005b  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
00000061  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_VERIFY_RETURN_TYPE, line 11: vm
00000069  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000073  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000007d  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 11: tail
0000007f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000089  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000093  ff e0                           jmp rax
; op #5 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000095  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000009f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000a9  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 12: tail
000000ab  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000b5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000bf  ff e0                           jmp rax
; dispatch: continue where the VM says
000000c1  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000c4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000ce  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000000d8  ff e0                           jmp rax
