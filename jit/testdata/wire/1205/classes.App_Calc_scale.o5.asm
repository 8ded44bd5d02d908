# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 5 entries, 510 bytes, 4 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 8b 01 00 00               jb .+0x18b ; 0x1a6
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 74 01 00 00               jz .+0x174 ; 0x1a6
; op #1 ZEND_RECV_INIT, line 12: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000048  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
0000004d  0f 85 69 01 00 00               jnz .+0x169 ; 0x1bc
00000053  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000057  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
0000005b  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
0000005f  48 3b 11                        cmp rdx, qword ptr [rcx]
00000062  0f 85 54 01 00 00               jnz .+0x154 ; 0x1bc
00000068  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
0000006c  48 83 fa 00                     cmp rdx, 0x0
00000070  0f 8e 46 01 00 00               jle .+0x146 ; 0x1bc
00000076  48 01 d0                        add rax, rdx
00000079  8b 50 08                        mov edx, dword ptr [rax+0x8]
0000007c  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000080  48 83 e9 01                     sub rcx, 0x1
00000084  48 83 f9 08                     cmp rcx, 0x8
00000088  0f 87 2e 01 00 00               jnbe .+0x12e ; 0x1bc
0000008e  48 8b 08                        mov rcx, qword ptr [rax]
00000091  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
00000095  74 03                           jz .+0x3 ; 0x9a
00000097  83 01 01                        add dword ptr [rcx], 0x1
0000009a  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
0000009e  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
000000a2  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
000000a7  0f 85 25 01 00 00               jnz .+0x125 ; 0x1d2
000000ad  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000000b2  0f 85 1a 01 00 00               jnz .+0x11a ; 0x1d2
000000b8  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000bc  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000c1  0f 80 0b 01 00 00               jo .+0x10b ; 0x1d2
000000c7  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000ce  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000d9  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000000de  0f 85 04 01 00 00               jnz .+0x104 ; 0x1e8
000000e4  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000ec  75 25                           jnz .+0x25 ; 0x113
000000ee  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000f2  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000f9  0f 80 e9 00 00 00               jo .+0xe9 ; 0x1e8
000000ff  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
00000106  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
00000111  eb 38                           jmp .+0x38 ; 0x14b
00000113  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
0000011b  0f 85 c7 00 00 00               jnz .+0xc7 ; 0x1e8
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
; op #6 ZEND_RETURN, line 14: tail
00000161  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000016b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000175  ff e0                           jmp rax
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
00000177  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000181  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000018b  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
0000018d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000197  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000001a1  ff e0                           jmp rax
; dispatch: continue where the VM says
000001a3  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001a6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001b0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001ba  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
000001bc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001c6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001d0  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
000001d2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001dc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000001e6  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
000001e8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001f2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001fc  ff e0                           jmp rax
