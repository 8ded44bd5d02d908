# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function defaults (args.php:14), 7 ops, 6 entries, 689 bytes, 4 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 4b 02 00 00               jb .+0x24b ; 0x259
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 34 02 00 00               jz .+0x234 ; 0x259
; op #1 ZEND_RECV_INIT, line 14: vm, entry
00000025  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000002f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000039  ff e0                           jmp rax
; op #2 ZEND_RECV_INIT, line 14: vm, entry
0000003b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000045  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000004f  ff e0                           jmp rax
; entry op #3 (function start): count the call
00000051  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000005b  48 ff 00                        inc qword ptr [rax]
; op #3 ZEND_ADD, line 16: inline, entry
0000005e  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000063  75 45                           jnz .+0x45 ; 0xaa
00000065  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000006a  75 22                           jnz .+0x22 ; 0x8e
0000006c  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000070  49 03 46 60                     add rax, qword ptr [r14+0x60]
00000074  0f 80 f5 01 00 00               jo .+0x1f5 ; 0x26f
0000007a  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000081  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
0000008c  eb 6e                           jmp .+0x6e ; 0xfc
0000008e  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000093  0f 85 d6 01 00 00               jnz .+0x1d6 ; 0x26f
00000099  0f 57 c0                        xorps xmm0, xmm0
0000009c  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
000000a2  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000a8  eb 3a                           jmp .+0x3a ; 0xe4
000000aa  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000af  0f 85 ba 01 00 00               jnz .+0x1ba ; 0x26f
000000b5  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000ba  75 11                           jnz .+0x11 ; 0xcd
000000bc  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000c2  0f 57 c9                        xorps xmm1, xmm1
000000c5  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
000000cb  eb 17                           jmp .+0x17 ; 0xe4
000000cd  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000d2  0f 85 97 01 00 00               jnz .+0x197 ; 0x26f
000000d8  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000de  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000e4  f2 0f 58 c1                     addsd xmm0, xmm1
000000e8  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000f1  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_ADD, line 16: inline, entry
000000fc  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
00000104  75 4b                           jnz .+0x4b ; 0x151
00000106  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000010b  75 25                           jnz .+0x25 ; 0x132
0000010d  49 8b 86 80 00 00 00            mov rax, qword ptr [r14+0x80]
00000114  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000118  0f 80 67 01 00 00               jo .+0x167 ; 0x285
0000011e  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
00000125  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
00000130  eb 7a                           jmp .+0x7a ; 0x1ac
00000132  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000137  0f 85 48 01 00 00               jnz .+0x148 ; 0x285
0000013d  0f 57 c0                        xorps xmm0, xmm0
00000140  f2 49 0f 2a 86 80 00 00 00      cvtsi2sd xmm0, qword ptr [r14+0x80]
00000149  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
0000014f  eb 43                           jmp .+0x43 ; 0x194
00000151  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
00000159  0f 85 26 01 00 00               jnz .+0x126 ; 0x285
0000015f  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000164  75 14                           jnz .+0x14 ; 0x17a
00000166  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
0000016f  0f 57 c9                        xorps xmm1, xmm1
00000172  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
00000178  eb 1a                           jmp .+0x1a ; 0x194
0000017a  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000017f  0f 85 00 01 00 00               jnz .+0x100 ; 0x285
00000185  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
0000018e  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
00000194  f2 0f 58 c1                     addsd xmm0, xmm1
00000198  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
000001a1  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_RETURN, line 16: inline, entry
000001ac  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001b0  48 25 00 00 ff 19               and rax, 0x19ff0000
000001b6  0f 85 df 00 00 00               jnz .+0xdf ; 0x29b
000001bc  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001c6  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001ce  0f 85 c7 00 00 00               jnz .+0xc7 ; 0x29b
000001d4  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001d9  0f 85 bc 00 00 00               jnz .+0xbc ; 0x29b
000001df  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001e4  0f 85 b1 00 00 00               jnz .+0xb1 ; 0x29b
000001ea  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
000001ef  0f 85 a6 00 00 00               jnz .+0xa6 ; 0x29b
000001f5  41 8b b6 98 00 00 00            mov esi, dword ptr [r14+0x98]
000001fc  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000200  48 83 f8 04                     cmp rax, 0x4
00000204  0f 87 91 00 00 00               jnbe .+0x91 ; 0x29b
0000020a  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000020e  48 83 f8 00                     cmp rax, 0x0
00000212  74 0d                           jz .+0xd ; 0x221
00000214  49 8b 8e 90 00 00 00            mov rcx, qword ptr [r14+0x90]
0000021b  48 89 08                        mov qword ptr [rax], rcx
0000021e  89 70 08                        mov dword ptr [rax+0x8], esi
00000221  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000225  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000022c  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000233  49 89 ce                        mov r14, rcx
00000236  4d 8b 3e                        mov r15, qword ptr [r14]
00000239  49 83 c7 20                     add r15, 0x20
0000023d  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_RETURN, line 17: tail
00000240  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000024a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000254  ff e0                           jmp rax
; dispatch: continue where the VM says
00000256  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000259  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000263  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000026d  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
0000026f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000279  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000283  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000285  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000028f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000299  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
0000029b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002a5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002af  ff e0                           jmp rax
