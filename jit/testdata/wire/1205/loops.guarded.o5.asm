# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 7 entries, 658 bytes, 6 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 19 02 00 00               jb .+0x219 ; 0x224
; entry op #1 (function start): count the call
0000000b  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000015  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_INIT_FCALL, line 28: inline, entry
00000018  49 8b 46 40                     mov rax, qword ptr [r14+0x40]
0000001c  48 8b 10                        mov rdx, qword ptr [rax]
0000001f  48 83 fa 00                     cmp rdx, 0x0
00000023  0f 84 11 02 00 00               jz .+0x211 ; 0x23a
00000029  b8 70 00 00 00                  mov eax, 0x70
0000002e  48 b9 00 01 00 2c 17 56 00 00   mov rcx, 0x56172c000100
00000038  4c 8b 99 d0 01 00 00            mov r11, qword ptr [rcx+0x1d0]
0000003f  4c 2b 99 c8 01 00 00            sub r11, qword ptr [rcx+0x1c8]
00000046  49 39 c3                        cmp r11, rax
00000049  0f 82 eb 01 00 00               jb .+0x1eb ; 0x23a
0000004f  4c 8b 99 c8 01 00 00            mov r11, qword ptr [rcx+0x1c8]
00000056  4c 01 d8                        add rax, r11
00000059  48 89 81 c8 01 00 00            mov qword ptr [rcx+0x1c8], rax
00000060  49 89 53 18                     mov qword ptr [r11+0x18], rdx
00000064  49 c7 43 20 00 00 00 00         mov qword ptr [r11+0x20], 0x0
0000006c  41 c7 43 28 00 00 00 00         mov dword ptr [r11+0x28], 0x0
00000074  41 c7 43 2c 02 00 00 00         mov dword ptr [r11+0x2c], 0x2
0000007c  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
00000080  49 89 43 30                     mov qword ptr [r11+0x30], rax
00000084  4d 89 5e 08                     mov qword ptr [r14+0x8], r11
; op #2 ZEND_SEND_VAL, line 28: inline, entry
00000088  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
0000008c  48 c7 40 50 64 00 00 00         mov qword ptr [rax+0x50], 0x64
00000094  c7 40 58 04 00 00 00            mov dword ptr [rax+0x58], 0x4
; op #3 ZEND_SEND_VAR, line 28: inline, entry
0000009b  41 80 7e 58 0a                  cmp byte ptr [r14+0x58], 0xa
000000a0  0f 84 aa 01 00 00               jz .+0x1aa ; 0x250
000000a6  41 80 7e 58 00                  cmp byte ptr [r14+0x58], 0x0
000000ab  0f 84 9f 01 00 00               jz .+0x19f ; 0x250
000000b1  41 8b 56 58                     mov edx, dword ptr [r14+0x58]
000000b5  49 8b 4e 50                     mov rcx, qword ptr [r14+0x50]
000000b9  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000be  74 03                           jz .+0x3 ; 0xc3
000000c0  83 01 01                        add dword ptr [rcx], 0x1
000000c3  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
000000c7  48 89 48 60                     mov qword ptr [rax+0x60], rcx
000000cb  89 50 68                        mov dword ptr [rax+0x68], edx
; op #4 ZEND_DO_ICALL, line 28: vm
000000ce  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000d8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000e2  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 28: inline, entry
000000e4  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000e8  48 25 00 00 ff 19               and rax, 0x19ff0000
000000ee  0f 85 72 01 00 00               jnz .+0x172 ; 0x266
000000f4  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000fe  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000106  0f 85 5a 01 00 00               jnz .+0x15a ; 0x266
0000010c  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
00000111  0f 85 4f 01 00 00               jnz .+0x14f ; 0x266
00000117  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
0000011c  0f 85 44 01 00 00               jnz .+0x144 ; 0x266
00000122  41 8b 4e 78                     mov ecx, dword ptr [r14+0x78]
00000126  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
0000012a  48 83 f8 04                     cmp rax, 0x4
0000012e  0f 87 32 01 00 00               jnbe .+0x132 ; 0x266
00000134  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000138  48 83 f8 00                     cmp rax, 0x0
0000013c  74 0a                           jz .+0xa ; 0x148
0000013e  4d 8b 5e 70                     mov r11, qword ptr [r14+0x70]
00000142  4c 89 18                        mov qword ptr [rax], r11
00000145  89 48 08                        mov dword ptr [rax+0x8], ecx
00000148  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
0000014c  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000153  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000015a  49 89 ce                        mov r14, rcx
0000015d  4d 8b 3e                        mov r15, qword ptr [r14]
00000160  49 83 c7 20                     add r15, 0x20
00000164  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_JMP, line 28: vm
00000167  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000171  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000017b  ff e0                           jmp rax
; op #7 ZEND_CATCH, line 29: dispatch, entry
0000017d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000187  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000191  ff d0                           call rax
00000193  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: inline, entry
00000196  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000019a  48 25 00 00 ff 19               and rax, 0x19ff0000
000001a0  0f 85 d6 00 00 00               jnz .+0xd6 ; 0x27c
000001a6  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001b0  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001b8  0f 85 be 00 00 00               jnz .+0xbe ; 0x27c
000001be  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001c3  0f 85 b3 00 00 00               jnz .+0xb3 ; 0x27c
000001c9  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001ce  0f 85 a8 00 00 00               jnz .+0xa8 ; 0x27c
000001d4  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001d8  48 83 f8 00                     cmp rax, 0x0
000001dc  74 0e                           jz .+0xe ; 0x1ec
000001de  48 c7 00 ff ff ff ff            mov qword ptr [rax], -0x1
000001e5  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000001ec  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001f0  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001f7  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001fe  49 89 ce                        mov r14, rcx
00000201  4d 8b 3e                        mov r15, qword ptr [r14]
00000204  49 83 c7 20                     add r15, 0x20
00000208  41 ff 27                        jmp qword ptr [r15]
; op #9 ZEND_RETURN, line 32: tail
0000020b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000215  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
0000021f  ff e0                           jmp rax
; dispatch: continue where the VM says
00000221  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000224  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000022e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000238  ff e0                           jmp rax
; op #1 ZEND_INIT_FCALL: fallback, the VM does the op
0000023a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000244  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000024e  ff e0                           jmp rax
; op #3 ZEND_SEND_VAR: fallback, the VM does the op
00000250  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000025a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000264  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
00000266  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000270  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000027a  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
0000027c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000286  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000290  ff e0                           jmp rax
