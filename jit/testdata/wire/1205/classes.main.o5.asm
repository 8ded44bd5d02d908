# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: main {main} (classes.php:1), 26 ops, 6 entries, 972 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_ASSIGN, line 25: inline, entry
0000000d  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000012  0f 85 30 03 00 00               jnz .+0x330 ; 0x348
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
00000059  0f 85 ff 02 00 00               jnz .+0x2ff ; 0x35e
0000005f  41 8b 96 b8 00 00 00            mov edx, dword ptr [r14+0xb8]
00000066  48 8d 42 ff                     lea rax, ptr [rdx-0x1]
0000006a  48 83 f8 04                     cmp rax, 0x4
0000006e  0f 87 ea 02 00 00               jnbe .+0x2ea ; 0x35e
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
000000ca  0f 85 a4 02 00 00               jnz .+0x2a4 ; 0x374
000000d0  41 8b 96 d8 00 00 00            mov edx, dword ptr [r14+0xd8]
000000d7  48 8d 42 ff                     lea rax, ptr [rdx-0x1]
000000db  48 83 f8 04                     cmp rax, 0x4
000000df  0f 87 8f 02 00 00               jnbe .+0x28f ; 0x374
000000e5  49 8b 86 d0 00 00 00            mov rax, qword ptr [r14+0xd0]
000000ec  49 89 46 70                     mov qword ptr [r14+0x70], rax
000000f0  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #8 ZEND_ASSIGN, line 31: inline, entry
000000f4  41 f6 86 89 00 00 00 01         test byte ptr [r14+0x89], 0x1
000000fc  0f 85 88 02 00 00               jnz .+0x288 ; 0x38a
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
00000212  75 5a                           jnz .+0x5a ; 0x26e
00000214  41 80 be 48 01 00 00 04         cmp byte ptr [r14+0x148], 0x4
0000021c  75 2b                           jnz .+0x2b ; 0x249
0000021e  49 8b 86 80 00 00 00            mov rax, qword ptr [r14+0x80]
00000225  49 03 86 40 01 00 00            add rax, qword ptr [r14+0x140]
0000022c  0f 80 6e 01 00 00               jo .+0x16e ; 0x3a0
00000232  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000239  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
00000244  e9 8c 00 00 00                  jmp .+0x8c ; 0x2d5
00000249  41 80 be 48 01 00 00 05         cmp byte ptr [r14+0x148], 0x5
00000251  0f 85 49 01 00 00               jnz .+0x149 ; 0x3a0
00000257  0f 57 c0                        xorps xmm0, xmm0
0000025a  f2 49 0f 2a 86 80 00 00 00      cvtsi2sd xmm0, qword ptr [r14+0x80]
00000263  f2 41 0f 10 8e 40 01 00 00      movsd xmm1, qword ptr [r14+0x140]
0000026c  eb 4f                           jmp .+0x4f ; 0x2bd
0000026e  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
00000276  0f 85 24 01 00 00               jnz .+0x124 ; 0x3a0
0000027c  41 80 be 48 01 00 00 04         cmp byte ptr [r14+0x148], 0x4
00000284  75 17                           jnz .+0x17 ; 0x29d
00000286  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
0000028f  0f 57 c9                        xorps xmm1, xmm1
00000292  f2 49 0f 2a 8e 40 01 00 00      cvtsi2sd xmm1, qword ptr [r14+0x140]
0000029b  eb 20                           jmp .+0x20 ; 0x2bd
0000029d  41 80 be 48 01 00 00 05         cmp byte ptr [r14+0x148], 0x5
000002a5  0f 85 f5 00 00 00               jnz .+0xf5 ; 0x3a0
000002ab  f2 41 0f 10 86 80 00 00 00      movsd xmm0, qword ptr [r14+0x80]
000002b4  f2 41 0f 10 8e 40 01 00 00      movsd xmm1, qword ptr [r14+0x140]
000002bd  f2 0f 58 c1                     addsd xmm0, xmm1
000002c1  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000002ca  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #21 ZEND_JMP, line 32: inline, entry
000002d5  48 b8 22 03 00 2c 17 56 00 00   mov rax, 0x56172c000322
000002df  80 38 00                        cmp byte ptr [rax], 0x0
000002e2  0f 85 ce 00 00 00               jnz .+0xce ; 0x3b6
000002e8  e9 83 fe ff ff                  jmp .-0x17d ; 0x170
; op #22 ZEND_FE_FREE, line 32: vm
000002ed  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[22]
000002f7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[22]
00000301  ff e0                           jmp rax
; op #23 ZEND_ECHO, line 35: vm
00000303  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[23]
0000030d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[23]
00000317  ff e0                           jmp rax
; op #24 ZEND_ECHO, line 35: vm
00000319  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[24]
00000323  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[24]
0000032d  ff e0                           jmp rax
; op #25 ZEND_RETURN, line 36: tail
0000032f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[25]
00000339  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[25]
00000343  ff e0                           jmp rax
; dispatch: continue where the VM says
00000345  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_ASSIGN: fallback, the VM does the op
00000348  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000352  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000035c  ff e0                           jmp rax
; op #3 ZEND_ASSIGN: fallback, the VM does the op
0000035e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000368  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000372  ff e0                           jmp rax
; op #7 ZEND_ASSIGN: fallback, the VM does the op
00000374  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000037e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000388  ff e0                           jmp rax
; op #8 ZEND_ASSIGN: fallback, the VM does the op
0000038a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000394  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000039e  ff e0                           jmp rax
; op #20 ZEND_ASSIGN_OP: fallback, the VM does the op
000003a0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[20]
000003aa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[20]
000003b4  ff e0                           jmp rax
; op #21 ZEND_JMP: fallback, the VM does the op
000003b6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[21]
000003c0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[21]
000003ca  ff e0                           jmp rax
