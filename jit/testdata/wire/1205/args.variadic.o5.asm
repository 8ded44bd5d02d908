# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function variadic (args.php:19), 6 ops, 4 entries, 431 bytes, 3 ops native, the rest on the VM
; op #0 ZEND_RECV, line 19: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 5f 01 00 00               jb .+0x15f ; 0x16d
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 48 01 00 00               jz .+0x148 ; 0x16d
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
0000006a  0f 85 13 01 00 00               jnz .+0x113 ; 0x183
00000070  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000074  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000078  0f 80 05 01 00 00               jo .+0x105 ; 0x183
0000007e  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000085  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
00000090  eb 3d                           jmp .+0x3d ; 0xcf
00000092  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000097  0f 85 e6 00 00 00               jnz .+0xe6 ; 0x183
0000009d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000a2  0f 85 db 00 00 00               jnz .+0xdb ; 0x183
000000a8  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000ae  0f 57 c9                        xorps xmm1, xmm1
000000b1  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
000000b7  f2 0f 58 c1                     addsd xmm0, xmm1
000000bb  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000c4  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_RETURN, line 21: inline, entry
000000cf  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000d3  48 25 00 00 ff 19               and rax, 0x19ff0000
000000d9  0f 85 ba 00 00 00               jnz .+0xba ; 0x199
000000df  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000e9  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000f1  0f 85 a2 00 00 00               jnz .+0xa2 ; 0x199
000000f7  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000fc  0f 85 97 00 00 00               jnz .+0x97 ; 0x199
00000102  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000107  0f 85 8c 00 00 00               jnz .+0x8c ; 0x199
0000010d  41 8b b6 88 00 00 00            mov esi, dword ptr [r14+0x88]
00000114  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000118  48 83 f8 04                     cmp rax, 0x4
0000011c  77 7b                           jnbe .+0x7b ; 0x199
0000011e  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000122  48 83 f8 00                     cmp rax, 0x0
00000126  74 0d                           jz .+0xd ; 0x135
00000128  49 8b 8e 80 00 00 00            mov rcx, qword ptr [r14+0x80]
0000012f  48 89 08                        mov qword ptr [rax], rcx
00000132  89 70 08                        mov dword ptr [rax+0x8], esi
00000135  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000139  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000140  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000147  49 89 ce                        mov r14, rcx
0000014a  4d 8b 3e                        mov r15, qword ptr [r14]
0000014d  49 83 c7 20                     add r15, 0x20
00000151  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_RETURN, line 22: tail
00000154  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000015e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000168  ff e0                           jmp rax
; dispatch: continue where the VM says
0000016a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000016d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000177  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000181  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
00000183  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000018d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000197  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
00000199  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001a3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001ad  ff e0                           jmp rax
