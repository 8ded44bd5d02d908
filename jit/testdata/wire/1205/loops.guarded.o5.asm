# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 5 entries, 520 bytes, 3 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 b8 01 00 00               jb .+0x1b8 ; 0x1c6
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 a1 01 00 00               jz .+0x1a1 ; 0x1c6
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
00000094  0f 85 42 01 00 00               jnz .+0x142 ; 0x1dc
0000009a  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000a4  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000ac  0f 85 2a 01 00 00               jnz .+0x12a ; 0x1dc
000000b2  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000b7  0f 85 1f 01 00 00               jnz .+0x11f ; 0x1dc
000000bd  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000c2  0f 85 14 01 00 00               jnz .+0x114 ; 0x1dc
000000c8  41 8b 4e 78                     mov ecx, dword ptr [r14+0x78]
000000cc  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000000d0  48 83 f8 04                     cmp rax, 0x4
000000d4  0f 87 02 01 00 00               jnbe .+0x102 ; 0x1dc
000000da  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000de  48 83 f8 00                     cmp rax, 0x0
000000e2  74 0a                           jz .+0xa ; 0xee
000000e4  4d 8b 5e 70                     mov r11, qword ptr [r14+0x70]
000000e8  4c 89 18                        mov qword ptr [rax], r11
000000eb  89 48 08                        mov dword ptr [rax+0x8], ecx
000000ee  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000f2  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000000f9  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000100  49 89 ce                        mov r14, rcx
00000103  4d 8b 3e                        mov r15, qword ptr [r14]
00000106  49 83 c7 20                     add r15, 0x20
0000010a  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_JMP, line 28: vm
0000010d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000117  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000121  ff e0                           jmp rax
; op #7 ZEND_CATCH, line 29: dispatch, entry
00000123  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000012d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000137  ff d0                           call rax
00000139  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: inline, entry
0000013c  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000140  48 25 00 00 ff 19               and rax, 0x19ff0000
00000146  0f 85 a6 00 00 00               jnz .+0xa6 ; 0x1f2
0000014c  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000156  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000015e  0f 85 8e 00 00 00               jnz .+0x8e ; 0x1f2
00000164  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000169  0f 85 83 00 00 00               jnz .+0x83 ; 0x1f2
0000016f  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000174  75 7c                           jnz .+0x7c ; 0x1f2
00000176  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000017a  48 83 f8 00                     cmp rax, 0x0
0000017e  74 0e                           jz .+0xe ; 0x18e
00000180  48 c7 00 ff ff ff ff            mov qword ptr [rax], -0x1
00000187  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
0000018e  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000192  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000199  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001a0  49 89 ce                        mov r14, rcx
000001a3  4d 8b 3e                        mov r15, qword ptr [r14]
000001a6  49 83 c7 20                     add r15, 0x20
000001aa  41 ff 27                        jmp qword ptr [r15]
; op #9 ZEND_RETURN, line 32: tail
000001ad  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001b7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001c1  ff e0                           jmp rax
; dispatch: continue where the VM says
000001c3  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001c6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001d0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001da  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
000001dc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000001e6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000001f0  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
000001f2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000001fc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000206  ff e0                           jmp rax
