# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function add (args.php:4), 5 ops, 4 entries, 477 bytes, 4 ops native, the rest on the VM
; op #0 ZEND_RECV, line 4: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 77 01 00 00               jb .+0x177 ; 0x185
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 60 01 00 00               jz .+0x160 ; 0x185
; op #1 ZEND_RECV, line 4: inline, entry
00000025  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000029  48 83 fa 02                     cmp rdx, 0x2
0000002d  0f 82 68 01 00 00               jb .+0x168 ; 0x19b
00000033  41 0f b6 4e 68                  movzx ecx, byte ptr [r14+0x68]
00000038  b8 fe 03 00 00                  mov eax, 0x3fe
0000003d  48 d3 f8                        sar rax, cl
00000040  48 83 e0 01                     and rax, 0x1
00000044  0f 84 51 01 00 00               jz .+0x151 ; 0x19b
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
0000006d  0f 80 3e 01 00 00               jo .+0x13e ; 0x1b1
00000073  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000077  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
0000007f  eb 68                           jmp .+0x68 ; 0xe9
00000081  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000086  0f 85 25 01 00 00               jnz .+0x125 ; 0x1b1
0000008c  0f 57 c0                        xorps xmm0, xmm0
0000008f  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000095  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
0000009b  eb 3a                           jmp .+0x3a ; 0xd7
0000009d  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000a2  0f 85 09 01 00 00               jnz .+0x109 ; 0x1b1
000000a8  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000ad  75 11                           jnz .+0x11 ; 0xc0
000000af  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000b5  0f 57 c9                        xorps xmm1, xmm1
000000b8  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
000000be  eb 17                           jmp .+0x17 ; 0xd7
000000c0  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000c5  0f 85 e6 00 00 00               jnz .+0xe6 ; 0x1b1
000000cb  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000d1  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000d7  f2 0f 58 c1                     addsd xmm0, xmm1
000000db  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
000000e1  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_RETURN, line 6: inline, entry
000000e9  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000ed  48 25 00 00 ff 19               and rax, 0x19ff0000
000000f3  0f 85 ce 00 00 00               jnz .+0xce ; 0x1c7
000000f9  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000103  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000010b  0f 85 b6 00 00 00               jnz .+0xb6 ; 0x1c7
00000111  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000116  0f 85 ab 00 00 00               jnz .+0xab ; 0x1c7
0000011c  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000121  0f 85 a0 00 00 00               jnz .+0xa0 ; 0x1c7
00000127  41 8b 4e 78                     mov ecx, dword ptr [r14+0x78]
0000012b  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
0000012f  48 83 f8 04                     cmp rax, 0x4
00000133  0f 87 8e 00 00 00               jnbe .+0x8e ; 0x1c7
00000139  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000013d  48 83 f8 00                     cmp rax, 0x0
00000141  74 0a                           jz .+0xa ; 0x14d
00000143  4d 8b 5e 70                     mov r11, qword ptr [r14+0x70]
00000147  4c 89 18                        mov qword ptr [rax], r11
0000014a  89 48 08                        mov dword ptr [rax+0x8], ecx
0000014d  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000151  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000158  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000015f  49 89 ce                        mov r14, rcx
00000162  4d 8b 3e                        mov r15, qword ptr [r14]
00000165  49 83 c7 20                     add r15, 0x20
00000169  41 ff 27                        jmp qword ptr [r15]
; op #4 ZEND_RETURN, line 7: tail
0000016c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000176  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000180  ff e0                           jmp rax
; dispatch: continue where the VM says
00000182  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000185  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000018f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000199  ff e0                           jmp rax
; op #1 ZEND_RECV: fallback, the VM does the op
0000019b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000001a5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001af  ff e0                           jmp rax
; op #2 ZEND_ADD: fallback, the VM does the op
000001b1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001c5  ff e0                           jmp rax
; op #3 ZEND_RETURN: fallback, the VM does the op
000001c7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001d1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000001db  ff e0                           jmp rax
