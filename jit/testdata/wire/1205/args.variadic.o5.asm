# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function variadic (args.php:19), 6 ops, 3 entries, 290 bytes, 2 ops native, the rest on the VM
; op #0 ZEND_RECV, line 19: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 e8 00 00 00               jb .+0xe8 ; 0xf6
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 d1 00 00 00               jz .+0xd1 ; 0xf6
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
00000063  75 2d                           jnz .+0x2d ; 0x92
00000065  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000006a  0f 85 9c 00 00 00               jnz .+0x9c ; 0x10c
00000070  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000074  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000078  0f 80 8e 00 00 00               jo .+0x8e ; 0x10c
0000007e  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000085  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
00000090  eb 35                           jmp .+0x35 ; 0xc7
00000092  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000097  75 73                           jnz .+0x73 ; 0x10c
00000099  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000009e  75 6c                           jnz .+0x6c ; 0x10c
000000a0  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000a6  0f 57 c9                        xorps xmm1, xmm1
000000a9  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
000000af  f2 0f 58 c1                     addsd xmm0, xmm1
000000b3  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000bc  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_RETURN, line 21: tail
000000c7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000d1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000db  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 22: tail
000000dd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000e7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000f1  ff e0                           jmp rax
; dispatch: continue where the VM says
000000f3  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000f6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000100  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000010a  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
0000010c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000116  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000120  ff e0                           jmp rax
