# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function defaults (args.php:14), 7 ops, 6 entries, 671 bytes, 6 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 3c 02 00 00               jb .+0x23c ; 0x247
; op #1 ZEND_RECV_INIT, line 14: inline, entry
0000000b  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
0000000f  48 83 fa 02                     cmp rdx, 0x2
00000013  73 10                           jnb .+0x10 ; 0x25
00000015  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
0000001d  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_RECV_INIT, line 14: inline, entry
00000025  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000029  48 83 fa 03                     cmp rdx, 0x3
0000002d  73 10                           jnb .+0x10 ; 0x3f
0000002f  49 c7 46 70 03 00 00 00         mov qword ptr [r14+0x70], 0x3
00000037  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; entry op #3 (function start): count the call
0000003f  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000049  48 ff 00                        inc qword ptr [rax]
; op #3 ZEND_ADD, line 16: inline, entry
0000004c  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000051  75 45                           jnz .+0x45 ; 0x98
00000053  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000058  75 22                           jnz .+0x22 ; 0x7c
0000005a  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
0000005e  49 03 46 60                     add rax, qword ptr [r14+0x60]
00000062  0f 80 f5 01 00 00               jo .+0x1f5 ; 0x25d
00000068  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
0000006f  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
0000007a  eb 6e                           jmp .+0x6e ; 0xea
0000007c  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000081  0f 85 d6 01 00 00               jnz .+0x1d6 ; 0x25d
00000087  0f 57 c0                        xorps xmm0, xmm0
0000008a  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000090  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
00000096  eb 3a                           jmp .+0x3a ; 0xd2
00000098  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000009d  0f 85 ba 01 00 00               jnz .+0x1ba ; 0x25d
000000a3  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000a8  75 11                           jnz .+0x11 ; 0xbb
000000aa  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000b0  0f 57 c9                        xorps xmm1, xmm1
000000b3  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
000000b9  eb 17                           jmp .+0x17 ; 0xd2
000000bb  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000c0  0f 85 97 01 00 00               jnz .+0x197 ; 0x25d
000000c6  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000cc  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000d2  f2 0f 58 c1                     addsd xmm0, xmm1
000000d6  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000df  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_ADD, line 16: inline, entry
000000ea  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000f2  75 4b                           jnz .+0x4b ; 0x13f
000000f4  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000f9  75 25                           jnz .+0x25 ; 0x120
000000fb  49 8b 86 80 00 00 00            mov rax, qword ptr [r14+0x80]
00000102  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000106  0f 80 67 01 00 00               jo .+0x167 ; 0x273
0000010c  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
00000113  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
0000011e  eb 7a                           jmp .+0x7a ; 0x19a
00000120  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000125  0f 85 48 01 00 00               jnz .+0x148 ; 0x273
0000012b  0f 57 c0                        xorps xmm0, xmm0
0000012e  f2 49 0f 2a 86 80 00 00 00      cvtsi2sd xmm0, qword ptr [r14+0x80]
00000137  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
0000013d  eb 43                           jmp .+0x43 ; 0x182
0000013f  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
00000147  0f 85 26 01 00 00               jnz .+0x126 ; 0x273
0000014d  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000152  75 14                           jnz .+0x14 ; 0x168
00000154  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
0000015d  0f 57 c9                        xorps xmm1, xmm1
00000160  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
00000166  eb 1a                           jmp .+0x1a ; 0x182
00000168  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000016d  0f 85 00 01 00 00               jnz .+0x100 ; 0x273
00000173  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
0000017c  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
00000182  f2 0f 58 c1                     addsd xmm0, xmm1
00000186  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
0000018f  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_RETURN, line 16: inline, entry
0000019a  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000019e  48 25 00 00 ff 19               and rax, 0x19ff0000
000001a4  0f 85 df 00 00 00               jnz .+0xdf ; 0x289
000001aa  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001b4  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001bc  0f 85 c7 00 00 00               jnz .+0xc7 ; 0x289
000001c2  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001c7  0f 85 bc 00 00 00               jnz .+0xbc ; 0x289
000001cd  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001d2  0f 85 b1 00 00 00               jnz .+0xb1 ; 0x289
000001d8  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
000001dd  0f 85 a6 00 00 00               jnz .+0xa6 ; 0x289
000001e3  41 8b 8e 98 00 00 00            mov ecx, dword ptr [r14+0x98]
000001ea  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000001ee  48 83 f8 04                     cmp rax, 0x4
000001f2  0f 87 91 00 00 00               jnbe .+0x91 ; 0x289
000001f8  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001fc  48 83 f8 00                     cmp rax, 0x0
00000200  74 0d                           jz .+0xd ; 0x20f
00000202  4d 8b 9e 90 00 00 00            mov r11, qword ptr [r14+0x90]
00000209  4c 89 18                        mov qword ptr [rax], r11
0000020c  89 48 08                        mov dword ptr [rax+0x8], ecx
0000020f  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000213  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000021a  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000221  49 89 ce                        mov r14, rcx
00000224  4d 8b 3e                        mov r15, qword ptr [r14]
00000227  49 83 c7 20                     add r15, 0x20
0000022b  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_RETURN, line 17: tail
0000022e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000238  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000242  ff e0                           jmp rax
; dispatch: continue where the VM says
00000244  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000247  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000251  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000025b  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
0000025d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000267  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000271  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000273  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000027d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000287  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
00000289  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000293  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000029d  ff e0                           jmp rax
