# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function variadic (args.php:19), 6 ops, 3 entries, 272 bytes, 2 ops native, the rest on the VM
; op #0 ZEND_RECV, line 19: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 d6 00 00 00               jb .+0xd6 ; 0xe4
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 bf 00 00 00               jz .+0xbf ; 0xe4
; op #1 ZEND_RECV_VARIADIC, line 19: vm
00000025  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000002f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000039  ff e0                           jmp rax
; entry op #2 (function start): count the call
0000003b  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000045  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_COUNT, line 21: vm, entry
00000048  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000052  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000005c  ff e0                           jmp rax
; op #3 ZEND_ADD, line 21: inline, entry
0000005e  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000063  75 22                           jnz .+0x22 ; 0x87
00000065  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000069  49 03 46 70                     add rax, qword ptr [r14+0x70]
0000006d  0f 80 87 00 00 00               jo .+0x87 ; 0xfa
00000073  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
0000007a  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
00000085  eb 2e                           jmp .+0x2e ; 0xb5
00000087  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000008c  75 6c                           jnz .+0x6c ; 0xfa
0000008e  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
00000094  0f 57 c9                        xorps xmm1, xmm1
00000097  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
0000009d  f2 0f 58 c1                     addsd xmm0, xmm1
000000a1  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000aa  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_RETURN, line 21: tail
000000b5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000bf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000c9  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 22: tail
000000cb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000d5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000df  ff e0                           jmp rax
; dispatch: continue where the VM says
000000e1  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000e4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000ee  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000000f8  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
000000fa  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000104  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000010e  ff e0                           jmp rax
