# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 7 entries, 713 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 2a 02 00 00               jb .+0x22a ; 0x245
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 13 02 00 00               jz .+0x213 ; 0x245
; op #1 ZEND_RECV_INIT, line 12: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000048  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
0000004d  0f 85 08 02 00 00               jnz .+0x208 ; 0x25b
00000053  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000057  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
0000005b  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
0000005f  48 3b 11                        cmp rdx, qword ptr [rcx]
00000062  0f 85 f3 01 00 00               jnz .+0x1f3 ; 0x25b
00000068  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
0000006c  48 83 fa 00                     cmp rdx, 0x0
00000070  0f 8e e5 01 00 00               jle .+0x1e5 ; 0x25b
00000076  48 01 d0                        add rax, rdx
00000079  8b 50 08                        mov edx, dword ptr [rax+0x8]
0000007c  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000080  48 83 e9 01                     sub rcx, 0x1
00000084  48 83 f9 08                     cmp rcx, 0x8
00000088  0f 87 cd 01 00 00               jnbe .+0x1cd ; 0x25b
0000008e  48 8b 08                        mov rcx, qword ptr [rax]
00000091  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
00000095  74 03                           jz .+0x3 ; 0x9a
00000097  83 01 01                        add dword ptr [rcx], 0x1
0000009a  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
0000009e  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
000000a2  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000a7  0f 85 c4 01 00 00               jnz .+0x1c4 ; 0x271
000000ad  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000b2  0f 85 b9 01 00 00               jnz .+0x1b9 ; 0x271
000000b8  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000bc  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000c1  0f 80 aa 01 00 00               jo .+0x1aa ; 0x271
000000c7  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000ce  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000d9  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000de  0f 85 a3 01 00 00               jnz .+0x1a3 ; 0x287
000000e4  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000ec  75 25                           jnz .+0x25 ; 0x113
000000ee  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000f2  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000f9  0f 80 88 01 00 00               jo .+0x188 ; 0x287
000000ff  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
00000106  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
00000111  eb 38                           jmp .+0x38 ; 0x14b
00000113  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
0000011b  0f 85 66 01 00 00               jnz .+0x166 ; 0x287
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
00000165  48 25 00 00 ff 19               and rax, 0x19ff0000
0000016b  0f 85 2c 01 00 00               jnz .+0x12c ; 0x29d
00000171  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000017b  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000183  0f 85 14 01 00 00               jnz .+0x114 ; 0x29d
00000189  41 8b b6 98 00 00 00            mov esi, dword ptr [r14+0x98]
00000190  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000194  48 83 f8 04                     cmp rax, 0x4
00000198  0f 87 ff 00 00 00               jnbe .+0xff ; 0x29d
0000019e  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001a2  48 83 f8 00                     cmp rax, 0x0
000001a6  74 0d                           jz .+0xd ; 0x1b5
000001a8  49 8b 8e 90 00 00 00            mov rcx, qword ptr [r14+0x90]
000001af  48 89 08                        mov qword ptr [rax], rcx
000001b2  89 70 08                        mov dword ptr [rax+0x8], esi
000001b5  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001b9  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001c0  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001c7  49 89 ce                        mov r14, rcx
000001ca  4d 8b 3e                        mov r15, qword ptr [r14]
000001cd  49 83 c7 20                     add r15, 0x20
000001d1  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
000001d4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001de  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001e8  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: inline, entry
000001ea  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001ee  48 25 00 00 ff 19               and rax, 0x19ff0000
000001f4  0f 85 b9 00 00 00               jnz .+0xb9 ; 0x2b3
000001fa  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000204  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000020c  0f 85 a1 00 00 00               jnz .+0xa1 ; 0x2b3
00000212  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000216  48 83 f8 00                     cmp rax, 0x0
0000021a  74 07                           jz .+0x7 ; 0x223
0000021c  c7 40 08 01 00 00 00            mov dword ptr [rax+0x8], 0x1
00000223  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000227  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000022e  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000235  49 89 ce                        mov r14, rcx
00000238  4d 8b 3e                        mov r15, qword ptr [r14]
0000023b  49 83 c7 20                     add r15, 0x20
0000023f  41 ff 27                        jmp qword ptr [r15]
; dispatch: continue where the VM says
00000242  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000245  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000024f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000259  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
0000025b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000265  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000026f  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
00000271  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000027b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000285  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000287  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000291  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000029b  ff e0                           jmp rax
; op #6 ZEND_RETURN: fallback, the VM does the op
0000029d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000002a7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002b1  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
000002b3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000002bd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000002c7  ff e0                           jmp rax
