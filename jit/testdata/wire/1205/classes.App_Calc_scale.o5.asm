# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 5 entries, 477 bytes, 4 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 6a 01 00 00               jb .+0x16a ; 0x185
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 53 01 00 00               jz .+0x153 ; 0x185
; op #1 ZEND_RECV_INIT, line 12: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000048  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
0000004d  0f 85 48 01 00 00               jnz .+0x148 ; 0x19b
00000053  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000057  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
0000005b  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
0000005f  48 3b 11                        cmp rdx, qword ptr [rcx]
00000062  0f 85 33 01 00 00               jnz .+0x133 ; 0x19b
00000068  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
0000006c  48 83 fa 00                     cmp rdx, 0x0
00000070  0f 8e 25 01 00 00               jle .+0x125 ; 0x19b
00000076  48 01 d0                        add rax, rdx
00000079  8b 50 08                        mov edx, dword ptr [rax+0x8]
0000007c  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000080  48 83 e9 01                     sub rcx, 0x1
00000084  48 83 f9 08                     cmp rcx, 0x8
00000088  0f 87 0d 01 00 00               jnbe .+0x10d ; 0x19b
0000008e  48 8b 08                        mov rcx, qword ptr [rax]
00000091  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
00000095  74 03                           jz .+0x3 ; 0x9a
00000097  83 01 01                        add dword ptr [rcx], 0x1
0000009a  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
0000009e  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
000000a2  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000a6  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000ab  0f 80 00 01 00 00               jo .+0x100 ; 0x1b1
000000b1  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000b8  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000c3  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000cb  75 25                           jnz .+0x25 ; 0xf2
000000cd  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000d1  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000d8  0f 80 e9 00 00 00               jo .+0xe9 ; 0x1c7
000000de  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
000000e5  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
000000f0  eb 38                           jmp .+0x38 ; 0x12a
000000f2  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
000000fa  0f 85 c7 00 00 00               jnz .+0xc7 ; 0x1c7
00000100  0f 57 c0                        xorps xmm0, xmm0
00000103  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000109  f2 41 0f 10 8e 80 00 00 00      movsd xmm1, qword ptr [r14+0x80]
00000112  f2 0f 58 c1                     addsd xmm0, xmm1
00000116  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
0000011f  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: vm
0000012a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000134  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000013e  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 14: tail
00000140  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000014a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000154  ff e0                           jmp rax
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
00000156  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000160  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000016a  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
0000016c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000176  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000180  ff e0                           jmp rax
; dispatch: continue where the VM says
00000182  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000185  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000018f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000199  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
0000019b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001a5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001af  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
000001b1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000001c5  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
000001c7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001d1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001db  ff e0                           jmp rax
