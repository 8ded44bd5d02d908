# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 6 entries, 669 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 fe 01 00 00               jb .+0x1fe ; 0x219
0000001b  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000020  0f 85 f3 01 00 00               jnz .+0x1f3 ; 0x219
; op #1 ZEND_RECV_INIT, line 12: inline, entry
00000026  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
0000002a  48 83 fa 02                     cmp rdx, 0x2
0000002e  0f 83 fb 01 00 00               jnb .+0x1fb ; 0x22f
00000034  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
0000003c  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000044  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
00000049  0f 85 f6 01 00 00               jnz .+0x1f6 ; 0x245
0000004f  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000053  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
00000057  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
0000005b  48 3b 11                        cmp rdx, qword ptr [rcx]
0000005e  0f 85 e1 01 00 00               jnz .+0x1e1 ; 0x245
00000064  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
00000068  48 83 fa 00                     cmp rdx, 0x0
0000006c  0f 8e d3 01 00 00               jle .+0x1d3 ; 0x245
00000072  48 01 d0                        add rax, rdx
00000075  8b 50 08                        mov edx, dword ptr [rax+0x8]
00000078  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
0000007c  48 83 e9 01                     sub rcx, 0x1
00000080  48 83 f9 08                     cmp rcx, 0x8
00000084  0f 87 bb 01 00 00               jnbe .+0x1bb ; 0x245
0000008a  48 8b 08                        mov rcx, qword ptr [rax]
0000008d  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
00000091  74 03                           jz .+0x3 ; 0x96
00000093  83 01 01                        add dword ptr [rcx], 0x1
00000096  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
0000009a  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
0000009e  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000a2  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000a7  0f 80 ae 01 00 00               jo .+0x1ae ; 0x25b
000000ad  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000b4  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000bf  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000c7  75 25                           jnz .+0x25 ; 0xee
000000c9  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000cd  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000d4  0f 80 97 01 00 00               jo .+0x197 ; 0x271
000000da  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
000000e1  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
000000ec  eb 38                           jmp .+0x38 ; 0x126
000000ee  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
000000f6  0f 85 75 01 00 00               jnz .+0x175 ; 0x271
000000fc  0f 57 c0                        xorps xmm0, xmm0
000000ff  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000105  f2 41 0f 10 8e 80 00 00 00      movsd xmm1, qword ptr [r14+0x80]
0000010e  f2 0f 58 c1                     addsd xmm0, xmm1
00000112  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
0000011b  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: vm
00000126  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000130  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000013a  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 14: inline, entry
0000013c  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000140  4d 31 c0                        xor r8, r8
00000143  48 89 c1                        mov rcx, rax
00000146  48 81 e1 00 00 20 00            and rcx, 0x200000
0000014d  74 22                           jz .+0x22 ; 0x171
0000014f  4d 8b 46 20                     mov r8, qword ptr [r14+0x20]
00000153  41 8b 08                        mov ecx, dword ptr [r8]
00000156  48 83 f9 01                     cmp rcx, 0x1
0000015a  0f 86 27 01 00 00               jbe .+0x127 ; 0x287
00000160  41 8b 48 04                     mov ecx, dword ptr [r8+0x4]
00000164  48 81 e1 10 fc ff ff            and rcx, -0x3f0
0000016b  0f 84 16 01 00 00               jz .+0x116 ; 0x287
00000171  48 25 00 00 df 19               and rax, 0x19df0000
00000177  0f 85 0a 01 00 00               jnz .+0x10a ; 0x287
0000017d  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000187  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000018f  0f 85 f2 00 00 00               jnz .+0xf2 ; 0x287
00000195  41 8b b6 98 00 00 00            mov esi, dword ptr [r14+0x98]
0000019c  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
000001a0  48 83 f8 04                     cmp rax, 0x4
000001a4  0f 87 dd 00 00 00               jnbe .+0xdd ; 0x287
000001aa  49 83 f8 00                     cmp r8, 0x0
000001ae  74 04                           jz .+0x4 ; 0x1b4
000001b0  41 83 00 ff                     add dword ptr [r8], -0x1
000001b4  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001b8  48 83 f8 00                     cmp rax, 0x0
000001bc  74 0d                           jz .+0xd ; 0x1cb
000001be  49 8b 8e 90 00 00 00            mov rcx, qword ptr [r14+0x90]
000001c5  48 89 08                        mov qword ptr [rax], rcx
000001c8  89 70 08                        mov dword ptr [rax+0x8], esi
000001cb  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001cf  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001d6  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001dd  49 89 ce                        mov r14, rcx
000001e0  4d 8b 3e                        mov r15, qword ptr [r14]
000001e3  49 83 c7 20                     add r15, 0x20
000001e7  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
000001ea  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001f4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001fe  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
00000200  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000020a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000214  ff e0                           jmp rax
; dispatch: continue where the VM says
00000216  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000219  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000223  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000022d  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
0000022f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000239  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000243  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
00000245  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000024f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000259  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
0000025b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000265  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000026f  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000271  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000027b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000285  ff e0                           jmp rax
; op #6 ZEND_RETURN: fallback, the VM does the op
00000287  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000291  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000029b  ff e0                           jmp rax
