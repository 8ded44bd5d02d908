# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function sum_ints (loops.php:5), 12 ops, 8 entries, 603 bytes, 9 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: inline, entry
0000000d  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000012  0f 82 30 01 00 00               jb .+0x130 ; 0x148
00000018  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000001d  0f 85 25 01 00 00               jnz .+0x125 ; 0x148
; op #1 ZEND_ASSIGN, line 7: inline, entry
00000023  49 c7 46 60 00 00 00 00         mov qword ptr [r14+0x60], 0x0
0000002b  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_ASSIGN, line 8: inline, entry
00000033  49 c7 46 70 00 00 00 00         mov qword ptr [r14+0x70], 0x0
0000003b  41 c7 46 78 04 00 00 00         mov dword ptr [r14+0x78], 0x4
; op #3 ZEND_JMP, line 8: inline, entry
00000043  e9 f3 01 00 00                  jmp .+0x1f3 ; 0x23b
; op #4 ZEND_ASSIGN_OP, line 9: inline, entry
00000048  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
0000004d  75 13                           jnz .+0x13 ; 0x62
0000004f  49 8b 46 60                     mov rax, qword ptr [r14+0x60]
00000053  48 01 f0                        add rax, rsi
00000056  0f 80 02 01 00 00               jo .+0x102 ; 0x15e
0000005c  49 89 46 60                     mov qword ptr [r14+0x60], rax
00000060  eb 2b                           jmp .+0x2b ; 0x8d
00000062  41 80 7e 68 05                  cmp byte ptr [r14+0x68], 0x5
00000067  0f 85 f1 00 00 00               jnz .+0xf1 ; 0x15e
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
00000094  0f 85 de 00 00 00               jnz .+0xde ; 0x178
0000009a  4c 39 c6                        cmp rsi, r8
0000009d  7c a9                           jl .-0x57 ; 0x48
0000009f  e9 ae 01 00 00                  jmp .+0x1ae ; 0x252
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: vm
000000a4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000ae  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000b8  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 11: inline, entry
000000ba  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000be  48 25 00 00 ff 19               and rax, 0x19ff0000
000000c4  0f 85 e2 00 00 00               jnz .+0xe2 ; 0x1ac
000000ca  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000d4  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000dc  0f 85 ca 00 00 00               jnz .+0xca ; 0x1ac
000000e2  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000e6  48 83 f8 00                     cmp rax, 0x0
000000ea  74 0e                           jz .+0xe ; 0xfa
000000ec  4d 8b 5e 60                     mov r11, qword ptr [r14+0x60]
000000f0  4c 89 18                        mov qword ptr [rax], r11
000000f3  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000000fa  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000fe  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000105  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000010c  49 89 ce                        mov r14, rcx
0000010f  4d 8b 3e                        mov r15, qword ptr [r14]
00000112  49 83 c7 20                     add r15, 0x20
00000116  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: vm
00000119  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000123  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
0000012d  ff e0                           jmp rax
; op #11 ZEND_RETURN, line 12: tail
0000012f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000139  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000143  ff e0                           jmp rax
; dispatch: continue where the VM says
00000145  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000148  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000152  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000015c  ff e0                           jmp rax
; op #4 ZEND_ASSIGN_OP: fallback, the VM does the op
0000015e  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000162  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000016c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000176  ff e0                           jmp rax
; op #6 ZEND_IS_SMALLER: fallback, the VM does the op
00000178  49 89 76 70                     mov qword ptr [r14+0x70], rsi
0000017c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000186  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000190  ff e0                           jmp rax
; op #7 ZEND_JMPNZ, line 8: vm, out of line (fused into the fast path before it)
00000192  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000196  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001a0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001aa  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
000001ac  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001b6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001c0  ff e0                           jmp rax
000001c2  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000001c7  74 16                           jz .+0x16 ; 0x1df
000001c9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001d3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001dd  ff e0                           jmp rax
000001df  e9 4f fe ff ff                  jmp .-0x1b1 ; 0x33
000001e4  41 80 7e 68 04                  cmp byte ptr [r14+0x68], 0x4
000001e9  75 07                           jnz .+0x7 ; 0x1f2
000001eb  41 80 7e 78 04                  cmp byte ptr [r14+0x78], 0x4
000001f0  74 16                           jz .+0x16 ; 0x208
000001f2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001fc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000206  ff e0                           jmp rax
00000208  e9 36 fe ff ff                  jmp .-0x1ca ; 0x43
0000020d  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000211  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
00000215  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
0000021f  e9 24 fe ff ff                  jmp .-0x1dc ; 0x48
00000224  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
00000228  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
0000022c  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
00000236  e9 52 fe ff ff                  jmp .-0x1ae ; 0x8d
0000023b  49 8b 76 70                     mov rsi, qword ptr [r14+0x70]
0000023f  4d 8b 46 50                     mov r8, qword ptr [r14+0x50]
00000243  48 bf 22 03 00 2c 17 56 00 00   mov rdi, 0x56172c000322
0000024d  e9 3f fe ff ff                  jmp .-0x1c1 ; 0x91
00000252  49 89 76 70                     mov qword ptr [r14+0x70], rsi
00000256  e9 49 fe ff ff                  jmp .-0x1b7 ; 0xa4
