# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function add (args.php:4), 5 ops, 4 entries, 431 bytes, 4 ops native, the rest on the VM
; op #0 ZEND_RECV, line 4: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 49 01 00 00               jb .+0x149 ; 0x157
; op #1 ZEND_RECV, line 4: inline, entry
0000000e  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000012  48 83 fa 02                     cmp rdx, 0x2
00000016  0f 82 51 01 00 00               jb .+0x151 ; 0x16d
; entry op #2 (function start): count the call
0000001c  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000026  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_ADD, line 6: inline, entry
00000029  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000002e  75 3f                           jnz .+0x3f ; 0x6f
00000030  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000035  75 1c                           jnz .+0x1c ; 0x53
00000037  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
0000003b  49 03 46 60                     add rax, qword ptr [r14+0x60]
0000003f  0f 80 3e 01 00 00               jo .+0x13e ; 0x183
00000045  49 89 46 70                     mov qword ptr [r14+0x70], rax
00000049  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
00000051  eb 68                           jmp .+0x68 ; 0xbb
00000053  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000058  0f 85 25 01 00 00               jnz .+0x125 ; 0x183
0000005e  0f 57 c0                        xorps xmm0, xmm0
00000061  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000067  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
0000006d  eb 3a                           jmp .+0x3a ; 0xa9
0000006f  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000074  0f 85 09 01 00 00               jnz .+0x109 ; 0x183
0000007a  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000007f  75 11                           jnz .+0x11 ; 0x92
00000081  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
00000087  0f 57 c9                        xorps xmm1, xmm1
0000008a  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
00000090  eb 17                           jmp .+0x17 ; 0xa9
00000092  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000097  0f 85 e6 00 00 00               jnz .+0xe6 ; 0x183
0000009d  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000a3  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000a9  f2 0f 58 c1                     addsd xmm0, xmm1
000000ad  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
000000b3  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_RETURN, line 6: inline, entry
000000bb  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000bf  48 25 00 00 ff 19               and rax, 0x19ff0000
000000c5  0f 85 ce 00 00 00               jnz .+0xce ; 0x199
000000cb  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000d5  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000dd  0f 85 b6 00 00 00               jnz .+0xb6 ; 0x199
000000e3  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000e8  0f 85 ab 00 00 00               jnz .+0xab ; 0x199
000000ee  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000f3  0f 85 a0 00 00 00               jnz .+0xa0 ; 0x199
000000f9  41 8b 76 78                     mov esi, dword ptr [r14+0x78]
000000fd  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000101  48 83 f8 04                     cmp rax, 0x4
00000105  0f 87 8e 00 00 00               jnbe .+0x8e ; 0x199
0000010b  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000010f  48 83 f8 00                     cmp rax, 0x0
00000113  74 0a                           jz .+0xa ; 0x11f
00000115  49 8b 4e 70                     mov rcx, qword ptr [r14+0x70]
00000119  48 89 08                        mov qword ptr [rax], rcx
0000011c  89 70 08                        mov dword ptr [rax+0x8], esi
0000011f  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000123  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000012a  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000131  49 89 ce                        mov r14, rcx
00000134  4d 8b 3e                        mov r15, qword ptr [r14]
00000137  49 83 c7 20                     add r15, 0x20
0000013b  41 ff 27                        jmp qword ptr [r15]
; op #4 ZEND_RETURN, line 7: tail
0000013e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000148  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000152  ff e0                           jmp rax
; dispatch: continue where the VM says
00000154  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000157  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000161  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000016b  ff e0                           jmp rax
; op #1 ZEND_RECV: fallback, the VM does the op
0000016d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000177  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000181  ff e0                           jmp rax
; op #2 ZEND_ADD: fallback, the VM does the op
00000183  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000018d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000197  ff e0                           jmp rax
; op #3 ZEND_RETURN: fallback, the VM does the op
00000199  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001a3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000001ad  ff e0                           jmp rax
