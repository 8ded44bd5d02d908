# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function typed (args.php:9), 7 ops, 4 entries, 359 bytes, 4 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 9: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 0a 01 00 00               jb .+0x10a ; 0x125
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 f3 00 00 00               jz .+0xf3 ; 0x125
; op #1 ZEND_RECV_INIT, line 9: inline, entry
00000032  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000036  48 83 fa 02                     cmp rdx, 0x2
0000003a  0f 83 fb 00 00 00               jnb .+0xfb ; 0x13b
00000040  48 b8 00 00 00 00 00 00 f8 3f   mov rax, 0x3ff8000000000000
0000004a  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000004e  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_MUL, line 11: inline, entry
00000056  0f 57 c0                        xorps xmm0, xmm0
00000059  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
0000005f  f2 41 0f 59 46 60               mulsd xmm0, qword ptr [r14+0x60]
00000065  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
0000006b  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_VERIFY_RETURN_TYPE, line 11: vm
00000073  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000007d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000087  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 11: inline, entry
00000089  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000008d  48 25 00 00 ff 19               and rax, 0x19ff0000
00000093  0f 85 b8 00 00 00               jnz .+0xb8 ; 0x151
00000099  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000a3  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000ab  0f 85 a0 00 00 00               jnz .+0xa0 ; 0x151
000000b1  41 8b 4e 78                     mov ecx, dword ptr [r14+0x78]
000000b5  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000000b9  48 83 f8 04                     cmp rax, 0x4
000000bd  0f 87 8e 00 00 00               jnbe .+0x8e ; 0x151
000000c3  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000c7  48 83 f8 00                     cmp rax, 0x0
000000cb  74 0a                           jz .+0xa ; 0xd7
000000cd  4d 8b 5e 70                     mov r11, qword ptr [r14+0x70]
000000d1  4c 89 18                        mov qword ptr [rax], r11
000000d4  89 48 08                        mov dword ptr [rax+0x8], ecx
000000d7  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000db  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000000e2  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000000e9  49 89 ce                        mov r14, rcx
000000ec  4d 8b 3e                        mov r15, qword ptr [r14]
000000ef  49 83 c7 20                     add r15, 0x20
000000f3  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_VERIFY_RETURN_TYPE, line 12: vm
000000f6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000100  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000010a  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 12: tail
0000010c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000116  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000120  ff e0                           jmp rax
; dispatch: continue where the VM says
00000122  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000125  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000012f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000139  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
0000013b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000145  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000014f  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
00000151  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000015b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000165  ff e0                           jmp rax
