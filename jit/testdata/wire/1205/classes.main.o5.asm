# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: main {main} (classes.php:1), 26 ops, 6 entries, 961 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_ASSIGN, line 25: inline, entry
0000000d  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000012  0f 85 25 03 00 00               jnz .+0x325 ; 0x33d
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
00000059  0f 85 f4 02 00 00               jnz .+0x2f4 ; 0x353
0000005f  41 8b 96 b8 00 00 00            mov edx, dword ptr [r14+0xb8]
00000066  48 8d 42 ff                     lea rax, ptr [rdx-0x1]
0000006a  48 83 f8 04                     cmp rax, 0x4
0000006e  0f 87 df 02 00 00               jnbe .+0x2df ; 0x353
00000074  49 8b 86 b0 00 00 00            mov rax, qword ptr [r14+0xb0]
0000007b  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000007f  41 89 56 68                     mov dword ptr [r14+0x68], edx
; op #4 ZEND_NEW, line 30: vm
00000083  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000008d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000097  ff e0                           jmp rax
; op #5 ZEND_SEND_VAL_EX, line 30: vm
00000099  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000a3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000ad  ff e0                           jmp rax
; op #6 ZEND_DO_FCALL, line 30: tail
000000af  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000b9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000c3  ff e0                           jmp rax
; op #7 ZEND_ASSIGN, line 30: inline, entry
000000c5  41 f6 46 79 01                  test byte ptr [r14+0x79], 0x1
000000ca  0f 85 99 02 00 00               jnz .+0x299 ; 0x369
000000d0  41 8b 96 d8 00 00 00            mov edx, dword ptr [r14+0xd8]
000000d7  48 8d 42 ff                     lea rax, ptr [rdx-0x1]
000000db  48 83 f8 04                     cmp rax, 0x4
000000df  0f 87 84 02 00 00               jnbe .+0x284 ; 0x369
000000e5  49 8b 86 d0 00 00 00            mov rax, qword ptr [r14+0xd0]
000000ec  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000f0  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #8 ZEND_ASSIGN, line 31: inline, entry
000000f4  41 f6 86 89 00 00 00 01         test byte ptr [r14+0x89], 0x1
000000fc  0f 85 7d 02 00 00               jnz .+0x27d ; 0x37f
00000102  49 c7 86 80 00 00 00 00 00 00 00 mov qword ptr [r14+0x80], 0x0
0000010d  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #9 ZEND_INIT_NS_FCALL_BY_NAME, line 32: vm
00000118  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000122  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000012c  ff e0                           jmp rax
; op #10 ZEND_SEND_VAL_EX, line 32: vm
0000012e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
00000138  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
00000142  ff e0                           jmp rax
; op #11 ZEND_DO_FCALL_BY_NAME, line 32: tail
00000144  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
0000014e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000158  ff e0                           jmp rax
; op #12 ZEND_FE_RESET_R, line 32: vm
0000015a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[12]
00000164  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[12]
0000016e  ff e0                           jmp rax
; op #13 ZEND_FE_FETCH_R, line 32: vm
00000170  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[13]
0000017a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[13]
00000184  ff e0                           jmp rax
; op #14 ZEND_INIT_DYNAMIC_CALL, line 33: vm
00000186  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[14]
00000190  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[14]
0000019a  ff e0                           jmp rax
; op #15 ZEND_INIT_METHOD_CALL, line 33: vm
0000019c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[15]
000001a6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[15]
000001b0  ff e0                           jmp rax
; op #16 ZEND_SEND_VAR_EX, line 33: vm
000001b2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[16]
000001bc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[16]
000001c6  ff e0                           jmp rax
; op #17 ZEND_DO_FCALL, line 33: tail
000001c8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[17]
000001d2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[17]
000001dc  ff e0                           jmp rax
; op #18 ZEND_SEND_VAR_NO_REF_EX, line 33: vm
000001de  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[18]
000001e8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[18]
000001f2  ff e0                           jmp rax
; op #19 ZEND_DO_FCALL, line 33: tail
000001f4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[19]
000001fe  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[19]
00000208  ff e0                           jmp rax
; op #20 ZEND_ASSIGN_OP, line 33: inline, entry
0000020a  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
00000212  75 4f                           jnz .+0x4f ; 0x263
00000214  41 80 be 48 01 00 00 04         cmp byte ptr [r14+0x148], 0x4
0000021c  75 20                           jnz .+0x20 ; 0x23e
0000021e  49 8b 86 80 00 00 00            mov rax, qword ptr [r14+0x80]
00000225  49 03 86 40 01 00 00            add rax, qword ptr [r14+0x140]
0000022c  0f 80 63 01 00 00               jo .+0x163 ; 0x395
00000232  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000239  e9 8c 00 00 00                  jmp .+0x8c ; 0x2ca
0000023e  41 80 be 48 01 00 00 05         cmp byte ptr [r14+0x148], 0x5
00000246  0f 85 49 01 00 00               jnz .+0x149 ; 0x395
0000024c  0f 57 c0                        xorps xmm0, xmm0
0000024f  f2 49 0f 2a 86 80 00 00 00      cvtsi2sd xmm0, qword ptr [r14+0x80]
00000258  f2 41 0f 10 8e 40 01 00 00      movsd xmm1, qword ptr [r14+0x140]
00000261  eb 4f                           jmp .+0x4f ; 0x2b2
00000263  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
0000026b  0f 85 24 01 00 00               jnz .+0x124 ; 0x395
00000271  41 80 be 48 01 00 00 04         cmp byte ptr [r14+0x148], 0x4
00000279  75 17                           jnz .+0x17 ; 0x292
0000027b  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
00000284  0f 57 c9                        xorps xmm1, xmm1
00000287  f2 49 0f 2a 8e 40 01 00 00      cvtsi2sd xmm1, qword ptr [r14+0x140]
00000290  eb 20                           jmp .+0x20 ; 0x2b2
00000292  41 80 be 48 01 00 00 05         cmp byte ptr [r14+0x148], 0x5
0000029a  0f 85 f5 00 00 00               jnz .+0xf5 ; 0x395
000002a0  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
000002a9  f2 41 0f 10 8e 40 01 00 00      movsd xmm1, qword ptr [r14+0x140]
000002b2  f2 0f 58 c1                     addsd xmm0, xmm1
000002b6  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000002bf  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #21 ZEND_JMP, line 32: inline, entry
000002ca  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000002d4  80 38 00                        cmp byte ptr [rax], 0x0
000002d7  0f 85 ce 00 00 00               jnz .+0xce ; 0x3ab
000002dd  e9 8e fe ff ff                  jmp .-0x172 ; 0x170
; op #22 ZEND_FE_FREE, line 32: vm
000002e2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[22]
000002ec  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[22]
000002f6  ff e0                           jmp rax
; op #23 ZEND_ECHO, line 35: vm
000002f8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[23]
00000302  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[23]
0000030c  ff e0                           jmp rax
; op #24 ZEND_ECHO, line 35: vm
0000030e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[24]
00000318  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[24]
00000322  ff e0                           jmp rax
; op #25 ZEND_RETURN, line 36: tail
00000324  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[25]
0000032e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[25]
00000338  ff e0                           jmp rax
; dispatch: continue where the VM says
0000033a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_ASSIGN: fallback, the VM does the op
0000033d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000347  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000351  ff e0                           jmp rax
; op #3 ZEND_ASSIGN: fallback, the VM does the op
00000353  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000035d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000367  ff e0                           jmp rax
; op #7 ZEND_ASSIGN: fallback, the VM does the op
00000369  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000373  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000037d  ff e0                           jmp rax
; op #8 ZEND_ASSIGN: fallback, the VM does the op
0000037f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000389  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000393  ff e0                           jmp rax
; op #20 ZEND_ASSIGN_OP: fallback, the VM does the op
00000395  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[20]
0000039f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[20]
000003a9  ff e0                           jmp rax
; op #21 ZEND_JMP: fallback, the VM does the op
000003ab  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[21]
000003b5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[21]
000003bf  ff e0                           jmp rax
