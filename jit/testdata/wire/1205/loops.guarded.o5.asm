# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 7 entries, 609 bytes, 5 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 fb 01 00 00               jb .+0x1fb ; 0x209
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 e4 01 00 00               jz .+0x1e4 ; 0x209
; entry op #1 (function start): count the call
00000025  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002f  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_INIT_FCALL, line 28: vm, entry
00000032  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000003c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000046  ff e0                           jmp rax
; op #2 ZEND_SEND_VAL, line 28: vm
00000048  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000052  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000005c  ff e0                           jmp rax
; op #3 ZEND_SEND_VAR, line 28: vm
0000005e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000068  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000072  ff e0                           jmp rax
; op #4 ZEND_DO_ICALL, line 28: vm
00000074  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000007e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000088  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 28: inline, entry
0000008a  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000008e  48 25 00 00 ff 19               and rax, 0x19ff0000
00000094  0f 85 85 01 00 00               jnz .+0x185 ; 0x21f
0000009a  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000a4  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000ac  0f 85 6d 01 00 00               jnz .+0x16d ; 0x21f
000000b2  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000b7  0f 85 62 01 00 00               jnz .+0x162 ; 0x21f
000000bd  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000c2  0f 85 57 01 00 00               jnz .+0x157 ; 0x21f
000000c8  41 8b 76 78                     mov esi, dword ptr [r14+0x78]
000000cc  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
000000d0  48 83 f8 04                     cmp rax, 0x4
000000d4  0f 87 45 01 00 00               jnbe .+0x145 ; 0x21f
000000da  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000de  48 83 f8 00                     cmp rax, 0x0
000000e2  74 0a                           jz .+0xa ; 0xee
000000e4  49 8b 4e 70                     mov rcx, qword ptr [r14+0x70]
000000e8  48 89 08                        mov qword ptr [rax], rcx
000000eb  89 70 08                        mov dword ptr [rax+0x8], esi
000000ee  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000f2  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000000f9  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000100  49 89 ce                        mov r14, rcx
00000103  4d 8b 3e                        mov r15, qword ptr [r14]
00000106  49 83 c7 20                     add r15, 0x20
0000010a  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_JMP, line 28: inline, entry
0000010d  e9 8e 00 00 00                  jmp .+0x8e ; 0x1a0
; op #7 ZEND_CATCH, line 29: dispatch, entry
00000112  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000011c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000126  ff d0                           call rax
00000128  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: inline, entry
0000012b  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000012f  48 25 00 00 ff 19               and rax, 0x19ff0000
00000135  0f 85 fa 00 00 00               jnz .+0xfa ; 0x235
0000013b  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000145  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000014d  0f 85 e2 00 00 00               jnz .+0xe2 ; 0x235
00000153  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000158  0f 85 d7 00 00 00               jnz .+0xd7 ; 0x235
0000015e  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000163  0f 85 cc 00 00 00               jnz .+0xcc ; 0x235
00000169  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000016d  48 83 f8 00                     cmp rax, 0x0
00000171  74 0e                           jz .+0xe ; 0x181
00000173  48 c7 00 ff ff ff ff            mov qword ptr [rax], -0x1
0000017a  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
00000181  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000185  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000018c  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000193  49 89 ce                        mov r14, rcx
00000196  4d 8b 3e                        mov r15, qword ptr [r14]
00000199  49 83 c7 20                     add r15, 0x20
0000019d  41 ff 27                        jmp qword ptr [r15]
; op #9 ZEND_RETURN, line 32: inline, entry
000001a0  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000001a4  48 25 00 00 ff 19               and rax, 0x19ff0000
000001aa  0f 85 9b 00 00 00               jnz .+0x9b ; 0x24b
000001b0  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001ba  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001c2  0f 85 83 00 00 00               jnz .+0x83 ; 0x24b
000001c8  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001cd  75 7c                           jnz .+0x7c ; 0x24b
000001cf  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001d4  75 75                           jnz .+0x75 ; 0x24b
000001d6  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001da  48 83 f8 00                     cmp rax, 0x0
000001de  74 07                           jz .+0x7 ; 0x1e7
000001e0  c7 40 08 01 00 00 00            mov dword ptr [rax+0x8], 0x1
000001e7  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001eb  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001f2  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001f9  49 89 ce                        mov r14, rcx
000001fc  4d 8b 3e                        mov r15, qword ptr [r14]
000001ff  49 83 c7 20                     add r15, 0x20
00000203  41 ff 27                        jmp qword ptr [r15]
; dispatch: continue where the VM says
00000206  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000209  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000213  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000021d  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
0000021f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000229  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000233  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
00000235  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000023f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000249  ff e0                           jmp rax
; op #9 ZEND_RETURN: fallback, the VM does the op
0000024b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000255  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000025f  ff e0                           jmp rax
