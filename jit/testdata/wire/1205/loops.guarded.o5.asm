# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 5 entries, 497 bytes, 3 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 a1 01 00 00               jb .+0x1a1 ; 0x1af
; entry op #1 (function start): count the call
0000000e  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000018  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_INIT_FCALL, line 28: vm, entry
0000001b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000025  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000002f  ff e0                           jmp rax
; op #2 ZEND_SEND_VAL, line 28: vm
00000031  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000003b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000045  ff e0                           jmp rax
; op #3 ZEND_SEND_VAR, line 28: vm
00000047  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000051  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000005b  ff e0                           jmp rax
; op #4 ZEND_DO_ICALL, line 28: vm
0000005d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000067  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000071  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 28: inline, entry
00000073  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000077  48 25 00 00 ff 19               and rax, 0x19ff0000
0000007d  0f 85 42 01 00 00               jnz .+0x142 ; 0x1c5
00000083  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000008d  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000095  0f 85 2a 01 00 00               jnz .+0x12a ; 0x1c5
0000009b  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000a0  0f 85 1f 01 00 00               jnz .+0x11f ; 0x1c5
000000a6  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000ab  0f 85 14 01 00 00               jnz .+0x114 ; 0x1c5
000000b1  41 8b 76 78                     mov esi, dword ptr [r14+0x78]
000000b5  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
000000b9  48 83 f8 04                     cmp rax, 0x4
000000bd  0f 87 02 01 00 00               jnbe .+0x102 ; 0x1c5
000000c3  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000c7  48 83 f8 00                     cmp rax, 0x0
000000cb  74 0a                           jz .+0xa ; 0xd7
000000cd  49 8b 4e 70                     mov rcx, qword ptr [r14+0x70]
000000d1  48 89 08                        mov qword ptr [rax], rcx
000000d4  89 70 08                        mov dword ptr [rax+0x8], esi
000000d7  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000db  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000000e2  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000000e9  49 89 ce                        mov r14, rcx
000000ec  4d 8b 3e                        mov r15, qword ptr [r14]
000000ef  49 83 c7 20                     add r15, 0x20
000000f3  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_JMP, line 28: vm
000000f6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000100  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000010a  ff e0                           jmp rax
; op #7 ZEND_CATCH, line 29: dispatch, entry
0000010c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000116  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000120  ff d0                           call rax
00000122  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: inline, entry
00000125  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000129  48 25 00 00 ff 19               and rax, 0x19ff0000
0000012f  0f 85 a6 00 00 00               jnz .+0xa6 ; 0x1db
00000135  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
0000013f  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000147  0f 85 8e 00 00 00               jnz .+0x8e ; 0x1db
0000014d  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000152  0f 85 83 00 00 00               jnz .+0x83 ; 0x1db
00000158  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
0000015d  75 7c                           jnz .+0x7c ; 0x1db
0000015f  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000163  48 83 f8 00                     cmp rax, 0x0
00000167  74 0e                           jz .+0xe ; 0x177
00000169  48 c7 00 ff ff ff ff            mov qword ptr [rax], -0x1
00000170  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
00000177  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000017b  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000182  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000189  49 89 ce                        mov r14, rcx
0000018c  4d 8b 3e                        mov r15, qword ptr [r14]
0000018f  49 83 c7 20                     add r15, 0x20
00000193  41 ff 27                        jmp qword ptr [r15]
; op #9 ZEND_RETURN, line 32: tail
00000196  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001a0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001aa  ff e0                           jmp rax
; dispatch: continue where the VM says
000001ac  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000001af  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000001b9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001c3  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
000001c5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000001cf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000001d9  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
000001db  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000001e5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000001ef  ff e0                           jmp rax
