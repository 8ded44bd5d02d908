# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function defaults (args.php:14), 7 ops, 6 entries, 674 bytes, 6 ops native, the rest on the VM
; op #0 ZEND_RECV, line 14: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 3c 02 00 00               jb .+0x23c ; 0x24a
; op #1 ZEND_RECV_INIT, line 14: inline, entry
0000000e  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000012  48 83 fa 02                     cmp rdx, 0x2
00000016  73 10                           jnb .+0x10 ; 0x28
00000018  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
00000020  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_RECV_INIT, line 14: inline, entry
00000028  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
0000002c  48 83 fa 03                     cmp rdx, 0x3
00000030  73 10                           jnb .+0x10 ; 0x42
00000032  49 c7 46 70 03 00 00 00         mov qword ptr [r14+0x70], 0x3
0000003a  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; entry op #3 (function start): count the call
00000042  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000004c  48 ff 00                        inc qword ptr [rax]
; op #3 ZEND_ADD, line 16: inline, entry
0000004f  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000054  75 45                           jnz .+0x45 ; 0x9b
00000056  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000005b  75 22                           jnz .+0x22 ; 0x7f
0000005d  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000061  49 03 46 60                     add rax, qword ptr [r14+0x60]
00000065  0f 80 f5 01 00 00               jo .+0x1f5 ; 0x260
0000006b  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000072  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
0000007d  eb 6e                           jmp .+0x6e ; 0xed
0000007f  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000084  0f 85 d6 01 00 00               jnz .+0x1d6 ; 0x260
0000008a  0f 57 c0                        xorps xmm0, xmm0
0000008d  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000093  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
00000099  eb 3a                           jmp .+0x3a ; 0xd5
0000009b  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
000000a0  0f 85 ba 01 00 00               jnz .+0x1ba ; 0x260
000000a6  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000ab  75 11                           jnz .+0x11 ; 0xbe
000000ad  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000b3  0f 57 c9                        xorps xmm1, xmm1
000000b6  f2 49 0f 2a 4e 60               cvtsi2sd xmm1, qword ptr [r14+0x60]
000000bc  eb 17                           jmp .+0x17 ; 0xd5
000000be  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
000000c3  0f 85 97 01 00 00               jnz .+0x197 ; 0x260
000000c9  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
000000cf  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
000000d5  f2 0f 58 c1                     addsd xmm0, xmm1
000000d9  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000e2  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_ADD, line 16: inline, entry
000000ed  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000f5  75 4b                           jnz .+0x4b ; 0x142
000000f7  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000fc  75 25                           jnz .+0x25 ; 0x123
000000fe  49 8b 86 80 00 00 00            mov rax, qword ptr [r14+0x80]
00000105  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000109  0f 80 67 01 00 00               jo .+0x167 ; 0x276
0000010f  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
00000116  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
00000121  eb 7a                           jmp .+0x7a ; 0x19d
00000123  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000128  0f 85 48 01 00 00               jnz .+0x148 ; 0x276
0000012e  0f 57 c0                        xorps xmm0, xmm0
00000131  f2 49 0f 2a 86 80 00 00 00      cvtsi2sd xmm0, qword ptr [r14+0x80]
0000013a  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
00000140  eb 43                           jmp .+0x43 ; 0x185
00000142  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
0000014a  0f 85 26 01 00 00               jnz .+0x126 ; 0x276
00000150  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
00000155  75 14                           jnz .+0x14 ; 0x16b
00000157  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
00000160  0f 57 c9                        xorps xmm1, xmm1
00000163  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
00000169  eb 1a                           jmp .+0x1a ; 0x185
0000016b  41 80 7e 78 05                  cmp byte ptr [r14+0x78], 0x5
00000170  0f 85 00 01 00 00               jnz .+0x100 ; 0x276
00000176  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
0000017f  f2 41 0f 10 4e 70               movsd xmm1, qword ptr [r14+0x70]
00000185  f2 0f 58 c1                     addsd xmm0, xmm1
00000189  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
00000192  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_RETURN, line 16: inline, entry
0000019d  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001a1  48 25 00 00 ff 19               and rax, 0x19ff0000
000001a7  0f 85 df 00 00 00               jnz .+0xdf ; 0x28c
000001ad  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001b7  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001bf  0f 85 c7 00 00 00               jnz .+0xc7 ; 0x28c
000001c5  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001ca  0f 85 bc 00 00 00               jnz .+0xbc ; 0x28c
000001d0  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001d5  0f 85 b1 00 00 00               jnz .+0xb1 ; 0x28c
000001db  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
000001e0  0f 85 a6 00 00 00               jnz .+0xa6 ; 0x28c
000001e6  41 8b b6 98 00 00 00            mov esi, dword ptr [r14+0x98]
000001ed  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
000001f1  48 83 f8 04                     cmp rax, 0x4
000001f5  0f 87 91 00 00 00               jnbe .+0x91 ; 0x28c
000001fb  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001ff  48 83 f8 00                     cmp rax, 0x0
00000203  74 0d                           jz .+0xd ; 0x212
00000205  49 8b 8e 90 00 00 00            mov rcx, qword ptr [r14+0x90]
0000020c  48 89 08                        mov qword ptr [rax], rcx
0000020f  89 70 08                        mov dword ptr [rax+0x8], esi
00000212  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000216  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000021d  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000224  49 89 ce                        mov r14, rcx
00000227  4d 8b 3e                        mov r15, qword ptr [r14]
0000022a  49 83 c7 20                     add r15, 0x20
0000022e  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_RETURN, line 17: tail
00000231  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000023b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000245  ff e0                           jmp rax
; dispatch: continue where the VM says
00000247  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000024a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000254  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000025e  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
00000260  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000026a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000274  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000276  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000280  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000028a  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
0000028c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000296  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000002a0  ff e0                           jmp rax
