# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function defaults (args.php:14), 7 ops, 6 entries, 697 bytes, 6 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 53 02 00 00               jb .+0x253 ; 0x261
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 3c 02 00 00               jz .+0x23c ; 0x261
; op #1 ZEND_RECV_INIT, line 14: inline, entry
00000025  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000029  48 83 fa 02                     cmp rdx, 0x2
0000002d  73 10                           jnb .+0x10 ; 0x3f
0000002f  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
00000037  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_RECV_INIT, line 14: inline, entry
0000003f  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000043  48 83 fa 03                     cmp rdx, 0x3
00000047  73 10                           jnb .+0x10 ; 0x59
00000049  49 c7 46 70 03 00 00 00         mov qword ptr [r14+0x70], 0x3
00000051  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; entry op #3 (function start): count the call
00000059  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000063  48 ff 00                        inc qword ptr [rax]
; op #3 ZEND_ADD, line 16: inline, entry
00000066  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000006b  75 45                           jnz .+0x45 ; 0xb2
0000006d  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
00000072  75 22                           jnz .+0x22 ; 0x96
00000074  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000078  49 03 46 60                     add rax, qword ptr [r14+0x60]
0000007c  0f 80 f5 01 00 00               jo .+0x1f5 ; 0x277
00000082  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000089  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
00000094  eb 6e                           jmp .+0x6e ; 0x104
00000096  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
0000009b  0f 85 d6 01 00 00               jnz .+0x1d6 ; 0x277
000000a1  0f 57 c0                        xorps xmm0, xmm0
000000a4  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
000000aa  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000b0  eb 3a                           jmp .+0x3a ; 0xec
000000b2  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000b7  0f 85 ba 01 00 00               jnz .+0x1ba ; 0x277
000000bd  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000c2  75 11                           jnz .+0x11 ; 0xd5
000000c4  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000ca  0f 57 c9                        xorps xmm1, xmm1
000000cd  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
000000d3  eb 17                           jmp .+0x17 ; 0xec
000000d5  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000da  0f 85 97 01 00 00               jnz .+0x197 ; 0x277
000000e0  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000e6  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000ec  f2 0f 58 c1                     addsd xmm0, xmm1
000000f0  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000f9  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_ADD, line 16: inline, entry
00000104  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
0000010c  75 4b                           jnz .+0x4b ; 0x159
0000010e  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000113  75 25                           jnz .+0x25 ; 0x13a
00000115  49 8b 86 80 00 00 00            mov rax, qword ptr [r14+0x80]
0000011c  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000120  0f 80 67 01 00 00               jo .+0x167 ; 0x28d
00000126  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
0000012d  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
00000138  eb 7a                           jmp .+0x7a ; 0x1b4
0000013a  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
0000013f  0f 85 48 01 00 00               jnz .+0x148 ; 0x28d
00000145  0f 57 c0                        xorps xmm0, xmm0
00000148  f2 49 0f 2a 86 80 00 00 00      cvtsi2sd xmm0, qword ptr [r14+0x80]
00000151  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
00000157  eb 43                           jmp .+0x43 ; 0x19c
00000159  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
00000161  0f 85 26 01 00 00               jnz .+0x126 ; 0x28d
00000167  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
0000016c  75 14                           jnz .+0x14 ; 0x182
0000016e  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
00000177  0f 57 c9                        xorps xmm1, xmm1
0000017a  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
00000180  eb 1a                           jmp .+0x1a ; 0x19c
00000182  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000187  0f 85 00 01 00 00               jnz .+0x100 ; 0x28d
0000018d  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
00000196  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
0000019c  f2 0f 58 c1                     addsd xmm0, xmm1
000001a0  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
000001a9  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_RETURN, line 16: inline, entry
000001b4  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001b8  48 25 00 00 ff 19               and rax, 0x19ff0000
000001be  0f 85 df 00 00 00               jnz .+0xdf ; 0x2a3
000001c4  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001ce  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001d6  0f 85 c7 00 00 00               jnz .+0xc7 ; 0x2a3
000001dc  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001e1  0f 85 bc 00 00 00               jnz .+0xbc ; 0x2a3
000001e7  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001ec  0f 85 b1 00 00 00               jnz .+0xb1 ; 0x2a3
000001f2  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
000001f7  0f 85 a6 00 00 00               jnz .+0xa6 ; 0x2a3
000001fd  41 8b 8e 98 00 00 00            mov ecx, dword ptr [r14+0x98]
00000204  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
00000208  48 83 f8 04                     cmp rax, 0x4
0000020c  0f 87 91 00 00 00               jnbe .+0x91 ; 0x2a3
00000212  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000216  48 83 f8 00                     cmp rax, 0x0
0000021a  74 0d                           jz .+0xd ; 0x229
0000021c  4d 8b 9e 90 00 00 00            mov r11, qword ptr [r14+0x90]
00000223  4c 89 18                        mov qword ptr [rax], r11
00000226  89 48 08                        mov dword ptr [rax+0x8], ecx
00000229  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000022d  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000234  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000023b  49 89 ce                        mov r14, rcx
0000023e  4d 8b 3e                        mov r15, qword ptr [r14]
00000241  49 83 c7 20                     add r15, 0x20
00000245  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_RETURN, line 17: tail
00000248  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000252  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000025c  ff e0                           jmp rax
; dispatch: continue where the VM says
0000025e  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000261  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000026b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000275  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
00000277  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000281  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000028b  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
0000028d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000297  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000002a1  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
000002a3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000002ad  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002b7  ff e0                           jmp rax
