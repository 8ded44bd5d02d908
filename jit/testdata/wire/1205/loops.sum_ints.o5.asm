# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 9 entries, 614 bytes, 10 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 25 01 00 00               jb .+0x125 ; 0x13d
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 1a 01 00 00               jnz .+0x11a ; 0x13d
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000023  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000002b  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
00000033  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
0000003b  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000043  e9 fe 01 00 00                  jmp .+0x1fe ; 0x246
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
00000048  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000004d  75 13                           jnz .+0x13 ; 0x62
0000004f  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000053  48 01 f0                        add rax, rsi
00000056  0f 80 f7 00 00 00               jo .+0xf7 ; 0x153
0000005c  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000060  eb 2b                           jmp .+0x2b ; 0x8d
00000062  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000067  0f 85 e6 00 00 00               jnz .+0xe6 ; 0x153
0000006d  f2 41 0f 10 46 60               movsd xmm0, qword ptr [r14+0x60]
00000073  0f 57 c9                        xorps xmm1, xmm1
00000076  f2 48 0f 2a ce                  cvtsi2sd xmm1, rsi
0000007b  f2 0f 58 c1                     addsd xmm0, xmm1
0000007f  f2 41 0f 11 46 60               movsd qword ptr [r14+0x60], xmm0
00000085  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #5 ZEND_PRE_INC, line 8: inline, entry
0000008d  48 83 c6 01                     add rsi, 0x1
; op #6 ZEND_IS_SMALLER, line 8: inline, entry
00000091  80 3f 00                        cmp byte ptr [rdi], 0x0
00000094  0f 85 d3 00 00 00               jnz .+0xd3 ; 0x16d
0000009a  4c 39 c6                        cmp rsi, r8
0000009d  7c a9                           jl .-0x57 ; 0x48
0000009f  e9 b9 01 00 00                  jmp .+0x1b9 ; 0x25d
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: inline, entry
000000a4  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000a9  0f 85 f2 00 00 00               jnz .+0xf2 ; 0x1a1
; op #9 ZEND_RETURN, line 11: inline, entry
000000af  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000b3  48 25 00 00 ff 19               and rax, 0x19ff0000
000000b9  0f 85 f8 00 00 00               jnz .+0xf8 ; 0x1b7
000000bf  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000c9  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000d1  0f 85 e0 00 00 00               jnz .+0xe0 ; 0x1b7
000000d7  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000db  48 83 f8 00                     cmp rax, 0x0
000000df  74 0e                           jz .+0xe ; 0xef
000000e1  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
000000e5  4c 89 18                        mov qword ptr [rax], r11
000000e8  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000000ef  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000f3  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000000fa  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000101  49 89 ce                        mov r14, rcx
00000104  4d 8b 3e                        mov r15, qword ptr [r14]
00000107  49 83 c7 20                     add r15, 0x20
0000010b  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
0000010e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000118  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000122  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
00000124  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
0000012e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000138  ff e0                           jmp rax
; dispatch: continue where the VM says
0000013a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000013d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000147  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000151  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
00000153  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000157  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000161  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000016b  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
0000016d  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000171  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000017b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000185  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
00000187  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000018b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000195  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000019f  ff e0                           jmp rax
; op #8 ZEND_VERIFY_RETURN_TYPE: fallback, the VM does the op
000001a1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000001ab  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000001b5  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000001b7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001c1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001cb  ff e0                           jmp rax
000001cd  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000001d2  74 16                           jz .+0x16 ; 0x1ea
000001d4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001de  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001e8  ff e0                           jmp rax
000001ea  e9 44 fe ff ff                  jmp .-0x1bc ; 0x33
000001ef  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000001f4  75 07                           jnz .+0x7 ; 0x1fd
000001f6  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000001fb  74 16                           jz .+0x16 ; 0x213
000001fd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000207  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000211  ff e0                           jmp rax
00000213  e9 2b fe ff ff                  jmp .-0x1d5 ; 0x43
00000218  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
0000021c  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
00000220  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
0000022a  e9 19 fe ff ff                  jmp .-0x1e7 ; 0x48
0000022f  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000233  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
00000237  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
00000241  e9 47 fe ff ff                  jmp .-0x1b9 ; 0x8d
00000246  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
0000024a  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
0000024e  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
00000258  e9 34 fe ff ff                  jmp .-0x1cc ; 0x91
0000025d  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000261  e9 3e fe ff ff                  jmp .-0x1c2 ; 0xa4
