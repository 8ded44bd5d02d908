# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function typed (args.php:9), 7 ops, 4 entries, 334 bytes, 4 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 9: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 f4 00 00 00               jb .+0xf4 ; 0x10c
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 e9 00 00 00               jnz .+0xe9 ; 0x10c
; op #1 ZEND_RECV_INIT, line 9: inline, entry
00000023  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000027  48 83 fa 02                     cmp rdx, 0x2
0000002b  0f 83 f1 00 00 00               jnb .+0xf1 ; 0x122
00000031  48 b8 00 00 00 00 00 00 f8 3f   mov rax, 0x3ff8000000000000
0000003b  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000003f  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_MUL, line 11: inline, entry
00000047  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
0000004d  0f 57 c0                        xorps xmm0, xmm0
00000050  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000056  f2 0f 59 c1                     mulsd xmm0, xmm1
0000005a  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
00000060  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_VERIFY_RETURN_TYPE, line 11: vm
00000068  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000072  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000007c  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 11: inline, entry
0000007e  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000082  48 25 00 00 ff 19               and rax, 0x19ff0000
00000088  0f 85 aa 00 00 00               jnz .+0xaa ; 0x138
0000008e  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000098  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000a0  0f 85 92 00 00 00               jnz .+0x92 ; 0x138
000000a6  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000aa  48 83 f8 00                     cmp rax, 0x0
000000ae  74 0e                           jz .+0xe ; 0xbe
000000b0  49 8b 4e 70                     mov rcx, qword ptr [r14+0x70]
000000b4  48 89 08                        mov qword ptr [rax], rcx
000000b7  c7 40 08 05 00 00 00            mov dword ptr [rax+0x8], 0x5
000000be  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000c2  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000000c9  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000000d0  49 89 ce                        mov r14, rcx
000000d3  4d 8b 3e                        mov r15, qword ptr [r14]
000000d6  49 83 c7 20                     add r15, 0x20
000000da  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_VERIFY_RETURN_TYPE, line 12: vm
000000dd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000e7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000f1  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 12: tail
000000f3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000fd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000107  ff e0                           jmp rax
; dispatch: continue where the VM says
00000109  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000010c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000116  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000120  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
00000122  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000012c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000136  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
00000138  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000142  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
0000014c  ff e0                           jmp rax
