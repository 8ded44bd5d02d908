# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function add (args.php:4), 5 ops, 4 entries, 425 bytes, 4 ops native, the rest on the VM
; op #0 ZEND_RECV, line 4: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 46 01 00 00               jb .+0x146 ; 0x151
; op #1 ZEND_RECV, line 4: inline, entry
0000000b  41 83 7e 2c 02                  cmp dword ptr [r14+0x2c], 0x2
00000010  0f 82 51 01 00 00               jb .+0x151 ; 0x167
; entry op #2 (function start): count the call
00000016  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000020  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_ADD, line 6: inline, entry
00000023  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000028  75 3f                           jnz .+0x3f ; 0x69
0000002a  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000002f  75 1c                           jnz .+0x1c ; 0x4d
00000031  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000035  49 03 46 60                     add rax, qword ptr [r14+0x60]
00000039  0f 80 3e 01 00 00               jo .+0x13e ; 0x17d
0000003f  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000043  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
0000004b  eb 68                           jmp .+0x68 ; 0xb5
0000004d  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000052  0f 85 25 01 00 00               jnz .+0x125 ; 0x17d
00000058  0f 57 c0                        xorps xmm0, xmm0
0000005b  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000061  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
00000067  eb 3a                           jmp .+0x3a ; 0xa3
00000069  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000006e  0f 85 09 01 00 00               jnz .+0x109 ; 0x17d
00000074  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000079  75 11                           jnz .+0x11 ; 0x8c
0000007b  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
00000081  0f 57 c9                        xorps xmm1, xmm1
00000084  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
0000008a  eb 17                           jmp .+0x17 ; 0xa3
0000008c  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000091  0f 85 e6 00 00 00               jnz .+0xe6 ; 0x17d
00000097  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
0000009d  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000a3  f2 0f 58 c1                     addsd xmm0, xmm1
000000a7  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
000000ad  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_RETURN, line 6: inline, entry
000000b5  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000b9  48 25 00 00 ff 19               and rax, 0x19ff0000
000000bf  0f 85 ce 00 00 00               jnz .+0xce ; 0x193
000000c5  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000cf  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000d7  0f 85 b6 00 00 00               jnz .+0xb6 ; 0x193
000000dd  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000e2  0f 85 ab 00 00 00               jnz .+0xab ; 0x193
000000e8  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000ed  0f 85 a0 00 00 00               jnz .+0xa0 ; 0x193
000000f3  41 8b 4e 78                     mov ecx, dword ptr [r14+0x78]
000000f7  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000000fb  48 83 f8 04                     cmp rax, 0x4
000000ff  0f 87 8e 00 00 00               jnbe .+0x8e ; 0x193
00000105  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000109  48 83 f8 00                     cmp rax, 0x0
0000010d  74 0a                           jz .+0xa ; 0x119
0000010f  4d 8b 5e 70                     mov r11, qword ptr [r14+0x70]
00000113  4c 89 18                        mov qword ptr [rax], r11
00000116  89 48 08                        mov dword ptr [rax+0x8], ecx
00000119  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000011d  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000124  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000012b  49 89 ce                        mov r14, rcx
0000012e  4d 8b 3e                        mov r15, qword ptr [r14]
00000131  49 83 c7 20                     add r15, 0x20
00000135  41 ff 27                        jmp qword ptr [r15]
; op #4 ZEND_RETURN, line 7: tail
00000138  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000142  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000014c  ff e0                           jmp rax
; dispatch: continue where the VM says
0000014e  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000151  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000015b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000165  ff e0                           jmp rax
; op #1 ZEND_RECV: fallback, the VM does the op
00000167  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000171  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000017b  ff e0                           jmp rax
; op #2 ZEND_ADD: fallback, the VM does the op
0000017d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000187  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000191  ff e0                           jmp rax
; op #3 ZEND_RETURN: fallback, the VM does the op
00000193  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000019d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000001a7  ff e0                           jmp rax
