# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function typed (args.php:9), 7 ops, 5 entries, 342 bytes, 5 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 9: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 da 00 00 00               jb .+0xda ; 0xf2
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 cf 00 00 00               jnz .+0xcf ; 0xf2
; op #1 ZEND_RECV_INIT, line 9: inline, entry
00000023  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000027  48 83 fa 02                     cmp rdx, 0x2
0000002b  0f 83 d7 00 00 00               jnb .+0xd7 ; 0x108
00000031  48 b8 00 00 00 00 00 00 f8 3f   mov rax, 0x3ff8000000000000
0000003b  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000003f  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_MUL, line 11: inline, entry
00000047  0f 57 c0                        xorps xmm0, xmm0
0000004a  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000050  f2 41 0f 59 46 60               mulsd xmm0, qword ptr [r14+0x60]
00000056  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
0000005c  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_VERIFY_RETURN_TYPE, line 11: inline, entry
; op #4 ZEND_RETURN, line 11: inline, entry
00000064  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000068  48 25 00 00 ff 19               and rax, 0x19ff0000
0000006e  0f 85 aa 00 00 00               jnz .+0xaa ; 0x11e
00000074  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000007e  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000086  0f 85 92 00 00 00               jnz .+0x92 ; 0x11e
0000008c  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000090  48 83 f8 00                     cmp rax, 0x0
00000094  74 0e                           jz .+0xe ; 0xa4
00000096  4d 8b 5e 70                     mov r11, qword ptr [r14+0x70]
0000009a  4c 89 18                        mov qword ptr [rax], r11
0000009d  c7 40 08 05 00 00 00            mov dword ptr [rax+0x8], 0x5
000000a4  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000a8  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000000af  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000000b6  49 89 ce                        mov r14, rcx
000000b9  4d 8b 3e                        mov r15, qword ptr [r14]
000000bc  49 83 c7 20                     add r15, 0x20
000000c0  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_VERIFY_RETURN_TYPE, line 12: vm
000000c3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000cd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000d7  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 12: tail
000000d9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000e3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000ed  ff e0                           jmp rax
; dispatch: continue where the VM says
000000ef  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000f2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000fc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000106  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
00000108  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000112  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000011c  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
0000011e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000128  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000132  ff e0                           jmp rax
00000134  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000139  74 16                           jz .+0x16 ; 0x151
0000013b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000145  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000014f  ff e0                           jmp rax
00000151  e9 0e ff ff ff                  jmp .-0xf2 ; 0x64
