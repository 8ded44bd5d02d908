# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function variadic (args.php:19), 6 ops, 5 entries, 537 bytes, 4 ops native, the rest on the VM
; op #0 ZEND_RECV, line 19: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 b3 01 00 00               jb .+0x1b3 ; 0x1c1
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 9c 01 00 00               jz .+0x19c ; 0x1c1
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
0000006a  0f 85 67 01 00 00               jnz .+0x167 ; 0x1d7
00000070  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000074  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000078  0f 80 59 01 00 00               jo .+0x159 ; 0x1d7
0000007e  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000085  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
00000090  eb 3d                           jmp .+0x3d ; 0xcf
00000092  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000097  0f 85 3a 01 00 00               jnz .+0x13a ; 0x1d7
0000009d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000a2  0f 85 2f 01 00 00               jnz .+0x12f ; 0x1d7
000000a8  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000ae  0f 57 c9                        xorps xmm1, xmm1
000000b1  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
000000b7  f2 0f 58 c1                     addsd xmm0, xmm1
000000bb  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000c4  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_RETURN, line 21: inline, entry
000000cf  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000d3  48 25 00 00 ff 19               and rax, 0x19ff0000
000000d9  0f 85 0e 01 00 00               jnz .+0x10e ; 0x1ed
000000df  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000e9  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000f1  0f 85 f6 00 00 00               jnz .+0xf6 ; 0x1ed
000000f7  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000fc  0f 85 eb 00 00 00               jnz .+0xeb ; 0x1ed
00000102  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000107  0f 85 e0 00 00 00               jnz .+0xe0 ; 0x1ed
0000010d  41 8b b6 88 00 00 00            mov esi, dword ptr [r14+0x88]
00000114  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000118  48 83 f8 04                     cmp rax, 0x4
0000011c  0f 87 cb 00 00 00               jnbe .+0xcb ; 0x1ed
00000122  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000126  48 83 f8 00                     cmp rax, 0x0
0000012a  74 0d                           jz .+0xd ; 0x139
0000012c  49 8b 8e 80 00 00 00            mov rcx, qword ptr [r14+0x80]
00000133  48 89 08                        mov qword ptr [rax], rcx
00000136  89 70 08                        mov dword ptr [rax+0x8], esi
00000139  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000013d  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000144  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000014b  49 89 ce                        mov r14, rcx
0000014e  4d 8b 3e                        mov r15, qword ptr [r14]
00000151  49 83 c7 20                     add r15, 0x20
00000155  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_RETURN, line 22: inline, entry
00000158  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000015c  48 25 00 00 ff 19               and rax, 0x19ff0000
00000162  0f 85 9b 00 00 00               jnz .+0x9b ; 0x203
00000168  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000172  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000017a  0f 85 83 00 00 00               jnz .+0x83 ; 0x203
00000180  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000185  75 7c                           jnz .+0x7c ; 0x203
00000187  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
0000018c  75 75                           jnz .+0x75 ; 0x203
0000018e  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000192  48 83 f8 00                     cmp rax, 0x0
00000196  74 07                           jz .+0x7 ; 0x19f
00000198  c7 40 08 01 00 00 00            mov dword ptr [rax+0x8], 0x1
0000019f  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001a3  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001aa  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001b1  49 89 ce                        mov r14, rcx
000001b4  4d 8b 3e                        mov r15, qword ptr [r14]
000001b7  49 83 c7 20                     add r15, 0x20
000001bb  41 ff 27                        jmp qword ptr [r15]
; dispatch: continue where the VM says
000001be  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001c1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001cb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001d5  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
000001d7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001e1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000001eb  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
000001ed  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001f7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000201  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
00000203  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000020d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000217  ff e0                           jmp rax
