# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 7 entries, 661 bytes, 6 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 19 02 00 00               jb .+0x219 ; 0x227
; entry op #1 (function start): count the call
0000000e  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000018  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_INIT_FCALL, line 28: inline, entry
0000001b  49 8b 46 40                     mov rax, qword ptr [r14+0x40]
0000001f  48 8b 10                        mov rdx, qword ptr [rax]
00000022  48 83 fa 00                     cmp rdx, 0x0
00000026  0f 84 11 02 00 00               jz .+0x211 ; 0x23d
0000002c  b8 70 00 00 00                  mov eax, 0x70
00000031  48 b9 00 01 00 2c 17 56 00 00   mov rcx, 0x56172c000100
0000003b  4c 8b 99 d0 01 00 00            mov r11, qword ptr [rcx+0x1d0]
00000042  4c 2b 99 c8 01 00 00            sub r11, qword ptr [rcx+0x1c8]
00000049  49 39 c3                        cmp r11, rax
0000004c  0f 82 eb 01 00 00               jb .+0x1eb ; 0x23d
00000052  4c 8b 99 c8 01 00 00            mov r11, qword ptr [rcx+0x1c8]
00000059  4c 01 d8                        add rax, r11
0000005c  48 89 81 c8 01 00 00            mov qword ptr [rcx+0x1c8], rax
00000063  49 89 53 18                     mov qword ptr [r11+0x18], rdx
00000067  49 c7 43 20 00 00 00 00         mov qword ptr [r11+0x20], 0x0
0000006f  41 c7 43 28 00 00 00 00         mov dword ptr [r11+0x28], 0x0
00000077  41 c7 43 2c 02 00 00 00         mov dword ptr [r11+0x2c], 0x2
0000007f  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
00000083  49 89 43 30                     mov qword ptr [r11+0x30], rax
00000087  4d 89 5e 08                     mov qword ptr [r14+0x8], r11
; op #2 ZEND_SEND_VAL, line 28: inline, entry
0000008b  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
0000008f  48 c7 40 50 64 00 00 00         mov qword ptr [rax+0x50], 0x64
00000097  c7 40 58 04 00 00 00            mov dword ptr [rax+0x58], 0x4
; op #3 ZEND_SEND_VAR, line 28: inline, entry
0000009e  41 80 7e 58 0a                  cmp byte ptr [r14+0x58], 0xa
000000a3  0f 84 aa 01 00 00               jz .+0x1aa ; 0x253
000000a9  41 80 7e 58 00                  cmp byte ptr [r14+0x58], 0x0
000000ae  0f 84 9f 01 00 00               jz .+0x19f ; 0x253
000000b4  41 8b 56 58                     mov edx, dword ptr [r14+0x58]
000000b8  49 8b 4e 50                     mov rcx, qword ptr [r14+0x50]
000000bc  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000c1  74 03                           jz .+0x3 ; 0xc6
000000c3  83 01 01                        add dword ptr [rcx], 0x1
000000c6  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
000000ca  48 89 48 60                     mov qword ptr [rax+0x60], rcx
000000ce  89 50 68                        mov dword ptr [rax+0x68], edx
; op #4 ZEND_DO_ICALL, line 28: vm
000000d1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000e5  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 28: inline, entry
000000e7  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000eb  48 25 00 00 ff 19               and rax, 0x19ff0000
000000f1  0f 85 72 01 00 00               jnz .+0x172 ; 0x269
000000f7  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000101  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000109  0f 85 5a 01 00 00               jnz .+0x15a ; 0x269
0000010f  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000114  0f 85 4f 01 00 00               jnz .+0x14f ; 0x269
0000011a  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
0000011f  0f 85 44 01 00 00               jnz .+0x144 ; 0x269
00000125  41 8b 76 78                     mov esi, dword ptr [r14+0x78]
00000129  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
0000012d  48 83 f8 04                     cmp rax, 0x4
00000131  0f 87 32 01 00 00               jnbe .+0x132 ; 0x269
00000137  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000013b  48 83 f8 00                     cmp rax, 0x0
0000013f  74 0a                           jz .+0xa ; 0x14b
00000141  49 8b 4e 70                     mov rcx, qword ptr [r14+0x70]
00000145  48 89 08                        mov qword ptr [rax], rcx
00000148  89 70 08                        mov dword ptr [rax+0x8], esi
0000014b  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000014f  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000156  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000015d  49 89 ce                        mov r14, rcx
00000160  4d 8b 3e                        mov r15, qword ptr [r14]
00000163  49 83 c7 20                     add r15, 0x20
00000167  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_JMP, line 28: vm
0000016a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000174  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000017e  ff e0                           jmp rax
; op #7 ZEND_CATCH, line 29: dispatch, entry
00000180  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000018a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000194  ff d0                           call rax
00000196  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: inline, entry
00000199  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000019d  48 25 00 00 ff 19               and rax, 0x19ff0000
000001a3  0f 85 d6 00 00 00               jnz .+0xd6 ; 0x27f
000001a9  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001b3  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001bb  0f 85 be 00 00 00               jnz .+0xbe ; 0x27f
000001c1  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001c6  0f 85 b3 00 00 00               jnz .+0xb3 ; 0x27f
000001cc  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001d1  0f 85 a8 00 00 00               jnz .+0xa8 ; 0x27f
000001d7  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001db  48 83 f8 00                     cmp rax, 0x0
000001df  74 0e                           jz .+0xe ; 0x1ef
000001e1  48 c7 00 ff ff ff ff            mov qword ptr [rax], -0x1
000001e8  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000001ef  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001f3  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001fa  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000201  49 89 ce                        mov r14, rcx
00000204  4d 8b 3e                        mov r15, qword ptr [r14]
00000207  49 83 c7 20                     add r15, 0x20
0000020b  41 ff 27                        jmp qword ptr [r15]
; op #9 ZEND_RETURN, line 32: tail
0000020e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000218  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000222  ff e0                           jmp rax
; dispatch: continue where the VM says
00000224  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000227  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000231  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000023b  ff e0                           jmp rax
; op #1 ZEND_INIT_FCALL: fallback, the VM does the op
0000023d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000247  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000251  ff e0                           jmp rax
; op #3 ZEND_SEND_VAR: fallback, the VM does the op
00000253  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000025d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000267  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
00000269  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000273  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000027d  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
0000027f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000289  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000293  ff e0                           jmp rax
