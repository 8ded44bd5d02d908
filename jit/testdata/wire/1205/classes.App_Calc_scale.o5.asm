# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 6 entries, 649 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 ed 01 00 00               jb .+0x1ed ; 0x205
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 e2 01 00 00               jnz .+0x1e2 ; 0x205
; op #1 ZEND_RECV_INIT, line 12: inline, entry
00000023  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000027  48 83 fa 02                     cmp rdx, 0x2
0000002b  0f 83 ea 01 00 00               jnb .+0x1ea ; 0x21b
00000031  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
00000039  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000041  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
00000046  0f 85 e5 01 00 00               jnz .+0x1e5 ; 0x231
0000004c  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000050  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
00000054  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
00000058  48 3b 11                        cmp rdx, qword ptr [rcx]
0000005b  0f 85 d0 01 00 00               jnz .+0x1d0 ; 0x231
00000061  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
00000065  48 83 fa 00                     cmp rdx, 0x0
00000069  0f 8e c2 01 00 00               jle .+0x1c2 ; 0x231
0000006f  48 01 d0                        add rax, rdx
00000072  8b 50 08                        mov edx, dword ptr [rax+0x8]
00000075  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000079  48 83 e9 01                     sub rcx, 0x1
0000007d  48 83 f9 08                     cmp rcx, 0x8
00000081  0f 87 aa 01 00 00               jnbe .+0x1aa ; 0x231
00000087  48 8b 08                        mov rcx, qword ptr [rax]
0000008a  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
0000008e  74 03                           jz .+0x3 ; 0x93
00000090  83 01 01                        add dword ptr [rcx], 0x1
00000093  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
00000097  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
0000009b  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
0000009f  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000a4  0f 80 9d 01 00 00               jo .+0x19d ; 0x247
000000aa  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000b1  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000bc  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000c4  75 25                           jnz .+0x25 ; 0xeb
000000c6  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000ca  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000d1  0f 80 86 01 00 00               jo .+0x186 ; 0x25d
000000d7  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
000000de  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
000000e9  eb 38                           jmp .+0x38 ; 0x123
000000eb  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
000000f3  0f 85 64 01 00 00               jnz .+0x164 ; 0x25d
000000f9  0f 57 c0                        xorps xmm0, xmm0
000000fc  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000102  f2 41 0f 10 8e 80 00 00 00      movsd xmm1, qword ptr [r14+0x80]
0000010b  f2 0f 58 c1                     addsd xmm0, xmm1
0000010f  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
00000118  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: vm
00000123  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000012d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000137  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 14: inline, entry
00000139  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000013d  4d 31 db                        xor r11, r11
00000140  48 89 c1                        mov rcx, rax
00000143  48 81 e1 00 00 20 00            and rcx, 0x200000
0000014a  74 22                           jz .+0x22 ; 0x16e
0000014c  4d 8b 5e 20                     mov r11, qword ptr [r14+0x20]
00000150  41 8b 0b                        mov ecx, dword ptr [r11]
00000153  48 83 f9 01                     cmp rcx, 0x1
00000157  0f 86 16 01 00 00               jbe .+0x116 ; 0x273
0000015d  41 8b 4b 04                     mov ecx, dword ptr [r11+0x4]
00000161  48 81 e1 10 fc ff ff            and rcx, -0x3f0
00000168  0f 84 05 01 00 00               jz .+0x105 ; 0x273
0000016e  48 25 00 00 df 19               and rax, 0x19df0000
00000174  0f 85 f9 00 00 00               jnz .+0xf9 ; 0x273
0000017a  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000184  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000018c  0f 85 e1 00 00 00               jnz .+0xe1 ; 0x273
00000192  49 83 fb 00                     cmp r11, 0x0
00000196  74 04                           jz .+0x4 ; 0x19c
00000198  41 83 03 ff                     add dword ptr [r11], -0x1
0000019c  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001a0  48 83 f8 00                     cmp rax, 0x0
000001a4  74 11                           jz .+0x11 ; 0x1b7
000001a6  4d 8b 9e 90 00 00 00            mov r11, qword ptr [r14+0x90]
000001ad  4c 89 18                        mov qword ptr [rax], r11
000001b0  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000001b7  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001bb  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001c2  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001c9  49 89 ce                        mov r14, rcx
000001cc  4d 8b 3e                        mov r15, qword ptr [r14]
000001cf  49 83 c7 20                     add r15, 0x20
000001d3  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
000001d6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001e0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001ea  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
000001ec  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000001f6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000200  ff e0                           jmp rax
; dispatch: continue where the VM says
00000202  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000205  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000020f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000219  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
0000021b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000225  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000022f  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
00000231  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000023b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000245  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
00000247  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000251  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000025b  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
0000025d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000267  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000271  ff e0                           jmp rax
; op #6 ZEND_RETURN: fallback, the VM does the op
00000273  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000027d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000287  ff e0                           jmp rax
