# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 7 entries, 680 bytes, 7 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 93 01 00 00               jb .+0x193 ; 0x1ab
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 88 01 00 00               jnz .+0x188 ; 0x1ab
; op #1 ZEND_RECV_INIT, line 12: inline, entry
00000023  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000027  48 83 fa 02                     cmp rdx, 0x2
0000002b  0f 83 90 01 00 00               jnb .+0x190 ; 0x1c1
00000031  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
00000039  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000041  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
00000046  0f 85 8b 01 00 00               jnz .+0x18b ; 0x1d7
0000004c  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000050  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
00000054  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
00000058  48 3b 11                        cmp rdx, qword ptr [rcx]
0000005b  0f 85 76 01 00 00               jnz .+0x176 ; 0x1d7
00000061  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
00000065  48 83 fa 00                     cmp rdx, 0x0
00000069  0f 8e 68 01 00 00               jle .+0x168 ; 0x1d7
0000006f  48 01 d0                        add rax, rdx
00000072  8b 50 08                        mov edx, dword ptr [rax+0x8]
00000075  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000079  48 83 e9 01                     sub rcx, 0x1
0000007d  48 83 f9 08                     cmp rcx, 0x8
00000081  0f 87 50 01 00 00               jnbe .+0x150 ; 0x1d7
00000087  48 8b 08                        mov rcx, qword ptr [rax]
0000008a  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
0000008e  74 03                           jz .+0x3 ; 0x93
00000090  83 01 01                        add dword ptr [rcx], 0x1
00000093  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
00000097  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
0000009b  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
0000009f  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000a4  0f 80 43 01 00 00               jo .+0x143 ; 0x1ed
000000aa  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000b1  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000bc  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000c0  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000c7  0f 80 36 01 00 00               jo .+0x136 ; 0x203
000000cd  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
000000d4  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: inline, entry
; op #6 ZEND_RETURN, line 14: inline, entry
000000df  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000e3  4d 31 db                        xor r11, r11
000000e6  48 89 c1                        mov rcx, rax
000000e9  48 81 e1 00 00 20 00            and rcx, 0x200000
000000f0  74 22                           jz .+0x22 ; 0x114
000000f2  4d 8b 5e 20                     mov r11, qword ptr [r14+0x20]
000000f6  41 8b 0b                        mov ecx, dword ptr [r11]
000000f9  48 83 f9 01                     cmp rcx, 0x1
000000fd  0f 86 16 01 00 00               jbe .+0x116 ; 0x219
00000103  41 8b 4b 04                     mov ecx, dword ptr [r11+0x4]
00000107  48 81 e1 10 fc ff ff            and rcx, -0x3f0
0000010e  0f 84 05 01 00 00               jz .+0x105 ; 0x219
00000114  48 25 00 00 df 19               and rax, 0x19df0000
0000011a  0f 85 f9 00 00 00               jnz .+0xf9 ; 0x219
00000120  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000012a  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000132  0f 85 e1 00 00 00               jnz .+0xe1 ; 0x219
00000138  49 83 fb 00                     cmp r11, 0x0
0000013c  74 04                           jz .+0x4 ; 0x142
0000013e  41 83 03 ff                     add dword ptr [r11], -0x1
00000142  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000146  48 83 f8 00                     cmp rax, 0x0
0000014a  74 11                           jz .+0x11 ; 0x15d
0000014c  4d 8b 9e 90 00 00 00            mov r11, qword ptr [r14+0x90]
00000153  4c 89 18                        mov qword ptr [rax], r11
00000156  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
0000015d  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000161  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000168  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000016f  49 89 ce                        mov r14, rcx
00000172  4d 8b 3e                        mov r15, qword ptr [r14]
00000175  49 83 c7 20                     add r15, 0x20
00000179  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
0000017c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000186  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000190  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
00000192  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000019c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000001a6  ff e0                           jmp rax
; dispatch: continue where the VM says
000001a8  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001ab  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001b5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001bf  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
000001c1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000001cb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001d5  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
000001d7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001e1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001eb  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
000001ed  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001f7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000201  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000203  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000020d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000217  ff e0                           jmp rax
; op #6 ZEND_RETURN: fallback, the VM does the op
00000219  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000223  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000022d  ff e0                           jmp rax
0000022f  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
00000237  74 16                           jz .+0x16 ; 0x24f
00000239  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000243  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000024d  ff e0                           jmp rax
0000024f  e9 68 fe ff ff                  jmp .-0x198 ; 0xbc
00000254  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
0000025c  75 0a                           jnz .+0xa ; 0x268
0000025e  41 80 be 98 00 00 00 04         cmp byte ptr [r14+0x98], 0x4
00000266  74 16                           jz .+0x16 ; 0x27e
00000268  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000272  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000027c  ff e0                           jmp rax
0000027e  e9 5c fe ff ff                  jmp .-0x1a4 ; 0xdf
00000283  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
0000028b  74 16                           jz .+0x16 ; 0x2a3
0000028d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000297  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002a1  ff e0                           jmp rax
000002a3  e9 37 fe ff ff                  jmp .-0x1c9 ; 0xdf
