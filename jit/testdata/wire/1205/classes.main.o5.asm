# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: main {main} (classes.php:1), 26 ops, 10 entries, 1314 bytes, 10 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_ASSIGN, line 25: inline, entry
0000000d  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000012  0f 85 2e 04 00 00               jnz .+0x42e ; 0x446
00000018  49 c7 46 50 0a 00 00 00         mov qword ptr [r14+0x50], 0xa
00000020  41 c7 46 58 04 00 00 00         mov dword ptr [r14+0x58], 0x4
; op #1 ZEND_DECLARE_LAMBDA_FUNCTION, line 26: vm
00000028  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000032  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000003c  ff e0                           jmp rax
; op #2 ZEND_BIND_LEXICAL, line 26: vm
0000003e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000048  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000052  ff e0                           jmp rax
; op #3 ZEND_ASSIGN, line 26: inline, entry
00000054  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000059  0f 85 fd 03 00 00               jnz .+0x3fd ; 0x45c
0000005f  41 8b 96 b8 00 00 00            mov edx, dword ptr [r14+0xb8]
00000066  48 8d 42 ff                     lea rax, ptr [rdx-0x1]
0000006a  48 83 f8 04                     cmp rax, 0x4
0000006e  0f 87 e8 03 00 00               jnbe .+0x3e8 ; 0x45c
00000074  49 8b 86 b0 00 00 00            mov rax, qword ptr [r14+0xb0]
0000007b  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000007f  41 89 56 68                     mov dword ptr [r14+0x68], edx
; op #4 ZEND_NEW, line 30: vm
00000083  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000008d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000097  ff e0                           jmp rax
; op #5 ZEND_SEND_VAL_EX, line 30: inline, entry
00000099  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
0000009d  48 8b 48 18                     mov rcx, qword ptr [rax+0x18]
000000a1  f6 41 01 01                     test byte ptr [rcx+0x1], 0x1
000000a5  0f 85 c7 03 00 00               jnz .+0x3c7 ; 0x472
000000ab  48 c7 40 50 01 00 00 00         mov qword ptr [rax+0x50], 0x1
000000b3  c7 40 58 04 00 00 00            mov dword ptr [rax+0x58], 0x4
; op #6 ZEND_DO_FCALL, line 30: tail
000000ba  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000c4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000ce  ff e0                           jmp rax
; op #7 ZEND_ASSIGN, line 30: inline, entry
000000d0  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
000000d5  0f 85 ad 03 00 00               jnz .+0x3ad ; 0x488
000000db  41 8b 96 d8 00 00 00            mov edx, dword ptr [r14+0xd8]
000000e2  48 8d 42 ff                     lea rax, ptr [rdx-0x1]
000000e6  48 83 f8 04                     cmp rax, 0x4
000000ea  0f 87 98 03 00 00               jnbe .+0x398 ; 0x488
000000f0  49 8b 86 d0 00 00 00            mov rax, qword ptr [r14+0xd0]
000000f7  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000fb  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #8 ZEND_ASSIGN, line 31: inline, entry
000000ff  41 f6 86 89 00 00 00 01         test byte ptr [r14+0x89], 0x1
00000107  0f 85 91 03 00 00               jnz .+0x391 ; 0x49e
0000010d  49 c7 86 80 00 00 00 00 00 00 00 mov qword ptr [r14+0x80], 0x0
00000118  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #9 ZEND_INIT_NS_FCALL_BY_NAME, line 32: vm
00000123  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000012d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000137  ff e0                           jmp rax
; op #10 ZEND_SEND_VAL_EX, line 32: inline, entry
00000139  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
0000013d  48 8b 48 18                     mov rcx, qword ptr [rax+0x18]
00000141  f6 41 01 01                     test byte ptr [rcx+0x1], 0x1
00000145  0f 85 69 03 00 00               jnz .+0x369 ; 0x4b4
0000014b  48 c7 40 50 04 00 00 00         mov qword ptr [rax+0x50], 0x4
00000153  c7 40 58 04 00 00 00            mov dword ptr [rax+0x58], 0x4
; op #11 ZEND_DO_FCALL_BY_NAME, line 32: inline, entry
0000015a  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
0000015e  48 8b 48 18                     mov rcx, qword ptr [rax+0x18]
00000162  80 39 02                        cmp byte ptr [rcx], 0x2
00000165  0f 85 5f 03 00 00               jnz .+0x35f ; 0x4ca
0000016b  49 bb 00 01 00 2c 17 56 00 00   mov r11, 0x56172c000100
00000175  41 80 bb 22 02 00 00 00         cmp byte ptr [r11+0x222], 0x0
0000017d  0f 85 47 03 00 00               jnz .+0x347 ; 0x4ca
00000183  4c 8b 59 40                     mov r11, qword ptr [rcx+0x40]
00000187  f6 41 40 01                     test byte ptr [rcx+0x40], 0x1
0000018b  0f 85 39 03 00 00               jnz .+0x339 ; 0x4ca
00000191  49 83 fb 00                     cmp r11, 0x0
00000195  0f 84 2f 03 00 00               jz .+0x32f ; 0x4ca
0000019b  8b 50 2c                        mov edx, dword ptr [rax+0x2c]
0000019e  3b 51 20                        cmp edx, dword ptr [rcx+0x20]
000001a1  0f 87 23 03 00 00               jnbe .+0x323 ; 0x4ca
000001a7  48 be ?? ?? ?? ?? ?? ?? ?? ??   mov rsi, OPLINE[11]
000001b1  49 89 36                        mov qword ptr [r14], rsi
000001b4  48 8b 70 30                     mov rsi, qword ptr [rax+0x30]
000001b8  49 89 76 08                     mov qword ptr [r14+0x8], rsi
000001bc  49 8d b6 10 01 00 00            lea rsi, ptr [r14+0x110]
000001c3  4c 89 70 30                     mov qword ptr [rax+0x30], r14
000001c7  49 89 c6                        mov r14, rax
000001ca  49 c7 46 08 00 00 00 00         mov qword ptr [r14+0x8], 0x0
000001d2  49 89 76 10                     mov qword ptr [r14+0x10], rsi
000001d6  4c 8b 79 58                     mov r15, qword ptr [rcx+0x58]
000001da  f6 41 05 01                     test byte ptr [rcx+0x5], 0x1
000001de  75 0a                           jnz .+0xa ; 0x1ea
000001e0  48 89 d6                        mov rsi, rdx
000001e3  48 c1 e6 05                     shl rsi, 0x5
000001e7  49 01 f7                        add r15, rsi
000001ea  8b 71 4c                        mov esi, dword ptr [rcx+0x4c]
000001ed  48 c1 e2 04                     shl rdx, 0x4
000001f1  48 c1 e6 04                     shl rsi, 0x4
000001f5  4c 01 f2                        add rdx, r14
000001f8  4c 01 f6                        add rsi, r14
000001fb  48 39 f2                        cmp rdx, rsi
000001fe  73 0d                           jnb .+0xd ; 0x20d
00000200  c7 42 58 00 00 00 00            mov dword ptr [rdx+0x58], 0x0
00000207  48 83 c2 10                     add rdx, 0x10
0000020b  eb ee                           jmp .-0x12 ; 0x1fb
0000020d  4d 89 5e 40                     mov qword ptr [r14+0x40], r11
00000211  48 be 00 01 00 2c 17 56 00 00   mov rsi, 0x56172c000100
0000021b  4c 89 b6 e8 01 00 00            mov qword ptr [rsi+0x1e8], r14
00000222  41 ff 27                        jmp qword ptr [r15]
; op #12 ZEND_FE_RESET_R, line 32: vm
00000225  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[12]
0000022f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[12]
00000239  ff e0                           jmp rax
; op #13 ZEND_FE_FETCH_R, line 32: vm
0000023b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[13]
00000245  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[13]
0000024f  ff e0                           jmp rax
; op #14 ZEND_INIT_DYNAMIC_CALL, line 33: vm
00000251  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[14]
0000025b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[14]
00000265  ff e0                           jmp rax
; op #15 ZEND_INIT_METHOD_CALL, line 33: vm
00000267  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[15]
00000271  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[15]
0000027b  ff e0                           jmp rax
; op #16 ZEND_SEND_VAR_EX, line 33: inline, entry
0000027d  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
00000281  48 8b 48 18                     mov rcx, qword ptr [rax+0x18]
00000285  f6 41 01 03                     test byte ptr [rcx+0x1], 0x3
00000289  0f 85 51 02 00 00               jnz .+0x251 ; 0x4e0
0000028f  41 80 be 98 00 00 00 0a         cmp byte ptr [r14+0x98], 0xa
00000297  0f 84 43 02 00 00               jz .+0x243 ; 0x4e0
0000029d  41 80 be 98 00 00 00 00         cmp byte ptr [r14+0x98], 0x0
000002a5  0f 84 35 02 00 00               jz .+0x235 ; 0x4e0
000002ab  41 8b 96 98 00 00 00            mov edx, dword ptr [r14+0x98]
000002b2  49 8b 8e 90 00 00 00            mov rcx, qword ptr [r14+0x90]
000002b9  41 f6 86 99 00 00 00 01         test byte ptr [r14+0x99], 0x1
000002c1  74 03                           jz .+0x3 ; 0x2c6
000002c3  83 01 01                        add dword ptr [rcx], 0x1
000002c6  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
000002ca  48 89 48 50                     mov qword ptr [rax+0x50], rcx
000002ce  89 50 58                        mov dword ptr [rax+0x58], edx
; op #17 ZEND_DO_FCALL, line 33: tail
000002d1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[17]
000002db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[17]
000002e5  ff e0                           jmp rax
; op #18 ZEND_SEND_VAR_NO_REF_EX, line 33: vm
000002e7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[18]
000002f1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[18]
000002fb  ff e0                           jmp rax
; op #19 ZEND_DO_FCALL, line 33: tail
000002fd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[19]
00000307  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[19]
00000311  ff e0                           jmp rax
; op #20 ZEND_ASSIGN_OP, line 33: inline, entry
00000313  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
0000031b  75 4f                           jnz .+0x4f ; 0x36c
0000031d  41 80 be 48 01 00 00 04         cmp byte ptr [r14+0x148], 0x4
00000325  75 20                           jnz .+0x20 ; 0x347
00000327  49 8b 86 80 00 00 00            mov rax, qword ptr [r14+0x80]
0000032e  49 03 86 40 01 00 00            add rax, qword ptr [r14+0x140]
00000335  0f 80 bb 01 00 00               jo .+0x1bb ; 0x4f6
0000033b  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000342  e9 8c 00 00 00                  jmp .+0x8c ; 0x3d3
00000347  41 80 be 48 01 00 00 05         cmp byte ptr [r14+0x148], 0x5
0000034f  0f 85 a1 01 00 00               jnz .+0x1a1 ; 0x4f6
00000355  0f 57 c0                        xorps xmm0, xmm0
00000358  f2 49 0f 2a 86 80 00 00 00      cvtsi2sd xmm0, qword ptr [r14+0x80]
00000361  f2 41 0f 10 8e 40 01 00 00      movsd xmm1, qword ptr [r14+0x140]
0000036a  eb 4f                           jmp .+0x4f ; 0x3bb
0000036c  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
00000374  0f 85 7c 01 00 00               jnz .+0x17c ; 0x4f6
0000037a  41 80 be 48 01 00 00 04         cmp byte ptr [r14+0x148], 0x4
00000382  75 17                           jnz .+0x17 ; 0x39b
00000384  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
0000038d  0f 57 c9                        xorps xmm1, xmm1
00000390  f2 49 0f 2a 8e 40 01 00 00      cvtsi2sd xmm1, qword ptr [r14+0x140]
00000399  eb 20                           jmp .+0x20 ; 0x3bb
0000039b  41 80 be 48 01 00 00 05         cmp byte ptr [r14+0x148], 0x5
000003a3  0f 85 4d 01 00 00               jnz .+0x14d ; 0x4f6
000003a9  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
000003b2  f2 41 0f 10 8e 40 01 00 00      movsd xmm1, qword ptr [r14+0x140]
000003bb  f2 0f 58 c1                     addsd xmm0, xmm1
000003bf  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000003c8  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #21 ZEND_JMP, line 32: inline, entry
000003d3  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000003dd  80 38 00                        cmp byte ptr [rax], 0x0
000003e0  0f 85 26 01 00 00               jnz .+0x126 ; 0x50c
000003e6  e9 50 fe ff ff                  jmp .-0x1b0 ; 0x23b
; op #22 ZEND_FE_FREE, line 32: vm
000003eb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[22]
000003f5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[22]
000003ff  ff e0                           jmp rax
; op #23 ZEND_ECHO, line 35: vm
00000401  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[23]
0000040b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[23]
00000415  ff e0                           jmp rax
; op #24 ZEND_ECHO, line 35: vm
00000417  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[24]
00000421  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[24]
0000042b  ff e0                           jmp rax
; op #25 ZEND_RETURN, line 36: tail
0000042d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[25]
00000437  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[25]
00000441  ff e0                           jmp rax
; dispatch: continue where the VM says
00000443  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_ASSIGN: fallback, the VM does the op
00000446  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000450  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000045a  ff e0                           jmp rax
; op #3 ZEND_ASSIGN: fallback, the VM does the op
0000045c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000466  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000470  ff e0                           jmp rax
; op #5 ZEND_SEND_VAL_EX: fallback, the VM does the op
00000472  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000047c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000486  ff e0                           jmp rax
; op #7 ZEND_ASSIGN: fallback, the VM does the op
00000488  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000492  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000049c  ff e0                           jmp rax
; op #8 ZEND_ASSIGN: fallback, the VM does the op
0000049e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000004a8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000004b2  ff e0                           jmp rax
; op #10 ZEND_SEND_VAL_EX: fallback, the VM does the op
000004b4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000004be  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
000004c8  ff e0                           jmp rax
; op #11 ZEND_DO_FCALL_BY_NAME: fallback, the VM does the op
000004ca  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
000004d4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
000004de  ff e0                           jmp rax
; op #16 ZEND_SEND_VAR_EX: fallback, the VM does the op
000004e0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[16]
000004ea  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[16]
000004f4  ff e0                           jmp rax
; op #20 ZEND_ASSIGN_OP: fallback, the VM does the op
000004f6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[20]
00000500  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[20]
0000050a  ff e0                           jmp rax
; op #21 ZEND_JMP: fallback, the VM does the op
0000050c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[21]
00000516  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[21]
00000520  ff e0                           jmp rax
