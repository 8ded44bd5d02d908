# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 6 entries, 684 bytes, 5 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 23 02 00 00               jb .+0x223 ; 0x23e
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 0c 02 00 00               jz .+0x20c ; 0x23e
; op #1 ZEND_RECV_INIT, line 12: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000048  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
0000004d  0f 85 01 02 00 00               jnz .+0x201 ; 0x254
00000053  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000057  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
0000005b  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
0000005f  48 3b 11                        cmp rdx, qword ptr [rcx]
00000062  0f 85 ec 01 00 00               jnz .+0x1ec ; 0x254
00000068  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
0000006c  48 83 fa 00                     cmp rdx, 0x0
00000070  0f 8e de 01 00 00               jle .+0x1de ; 0x254
00000076  48 01 d0                        add rax, rdx
00000079  8b 50 08                        mov edx, dword ptr [rax+0x8]
0000007c  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000080  48 83 e9 01                     sub rcx, 0x1
00000084  48 83 f9 08                     cmp rcx, 0x8
00000088  0f 87 c6 01 00 00               jnbe .+0x1c6 ; 0x254
0000008e  48 8b 08                        mov rcx, qword ptr [rax]
00000091  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
00000095  74 03                           jz .+0x3 ; 0x9a
00000097  83 01 01                        add dword ptr [rcx], 0x1
0000009a  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
0000009e  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
000000a2  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000a7  0f 85 bd 01 00 00               jnz .+0x1bd ; 0x26a
000000ad  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000b2  0f 85 b2 01 00 00               jnz .+0x1b2 ; 0x26a
000000b8  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000bc  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000c1  0f 80 a3 01 00 00               jo .+0x1a3 ; 0x26a
000000c7  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000ce  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000d9  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000de  0f 85 9c 01 00 00               jnz .+0x19c ; 0x280
000000e4  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000ec  75 25                           jnz .+0x25 ; 0x113
000000ee  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000f2  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000f9  0f 80 81 01 00 00               jo .+0x181 ; 0x280
000000ff  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
00000106  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
00000111  eb 38                           jmp .+0x38 ; 0x14b
00000113  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
0000011b  0f 85 5f 01 00 00               jnz .+0x15f ; 0x280
00000121  0f 57 c0                        xorps xmm0, xmm0
00000124  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
0000012a  f2 41 0f 10 8e 80 00 00 00      movsd xmm1, qword ptr [r14+0x80]
00000133  f2 0f 58 c1                     addsd xmm0, xmm1
00000137  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
00000140  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: vm
0000014b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000155  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000015f  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 14: inline, entry
00000161  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000165  4d 31 c0                        xor r8, r8
00000168  48 89 c1                        mov rcx, rax
0000016b  48 81 e1 00 00 20 00            and rcx, 0x200000
00000172  74 22                           jz .+0x22 ; 0x196
00000174  4d 8b 46 20                     mov r8, qword ptr [r14+0x20]
00000178  41 8b 08                        mov ecx, dword ptr [r8]
0000017b  48 83 f9 01                     cmp rcx, 0x1
0000017f  0f 86 11 01 00 00               jbe .+0x111 ; 0x296
00000185  41 8b 48 04                     mov ecx, dword ptr [r8+0x4]
00000189  48 81 e1 10 fc ff ff            and rcx, -0x3f0
00000190  0f 84 00 01 00 00               jz .+0x100 ; 0x296
00000196  48 25 00 00 df 19               and rax, 0x19df0000
0000019c  0f 85 f4 00 00 00               jnz .+0xf4 ; 0x296
000001a2  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001ac  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001b4  0f 85 dc 00 00 00               jnz .+0xdc ; 0x296
000001ba  41 8b b6 98 00 00 00            mov esi, dword ptr [r14+0x98]
000001c1  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
000001c5  48 83 f8 04                     cmp rax, 0x4
000001c9  0f 87 c7 00 00 00               jnbe .+0xc7 ; 0x296
000001cf  49 83 f8 00                     cmp r8, 0x0
000001d3  74 04                           jz .+0x4 ; 0x1d9
000001d5  41 83 00 ff                     add dword ptr [r8], -0x1
000001d9  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001dd  48 83 f8 00                     cmp rax, 0x0
000001e1  74 0d                           jz .+0xd ; 0x1f0
000001e3  49 8b 8e 90 00 00 00            mov rcx, qword ptr [r14+0x90]
000001ea  48 89 08                        mov qword ptr [rax], rcx
000001ed  89 70 08                        mov dword ptr [rax+0x8], esi
000001f0  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001f4  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001fb  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000202  49 89 ce                        mov r14, rcx
00000205  4d 8b 3e                        mov r15, qword ptr [r14]
00000208  49 83 c7 20                     add r15, 0x20
0000020c  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
0000020f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000219  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000223  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
00000225  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000022f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000239  ff e0                           jmp rax
; dispatch: continue where the VM says
0000023b  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000023e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000248  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000252  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
00000254  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000025e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000268  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
0000026a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000274  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000027e  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000280  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000028a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000294  ff e0                           jmp rax
; op #6 ZEND_RETURN: fallback, the VM does the op
00000296  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000002a0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002aa  ff e0                           jmp rax
