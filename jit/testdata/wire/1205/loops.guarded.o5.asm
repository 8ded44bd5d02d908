# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 7 entries, 651 bytes, 6 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 12 02 00 00               jb .+0x212 ; 0x21d
; entry op #1 (function start): count the call
0000000b  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000015  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_INIT_FCALL, line 28: inline, entry
00000018  49 8b 46 40                     mov rax, qword ptr [r14+0x40]
0000001c  48 8b 10                        mov rdx, qword ptr [rax]
0000001f  48 83 fa 00                     cmp rdx, 0x0
00000023  0f 84 0a 02 00 00               jz .+0x20a ; 0x233
00000029  48 b9 00 01 00 2c 17 56 00 00   mov rcx, 0x56172c000100
00000033  4c 8b 99 c8 01 00 00            mov r11, qword ptr [rcx+0x1c8]
0000003a  48 8b 81 d0 01 00 00            mov rax, qword ptr [rcx+0x1d0]
00000041  4c 29 d8                        sub rax, r11
00000044  48 83 f8 70                     cmp rax, 0x70
00000048  0f 82 e5 01 00 00               jb .+0x1e5 ; 0x233
0000004e  49 8d 43 70                     lea rax, ptr [r11+0x70]
00000052  48 89 81 c8 01 00 00            mov qword ptr [rcx+0x1c8], rax
00000059  49 89 53 18                     mov qword ptr [r11+0x18], rdx
0000005d  49 c7 43 20 00 00 00 00         mov qword ptr [r11+0x20], 0x0
00000065  41 c7 43 28 00 00 00 00         mov dword ptr [r11+0x28], 0x0
0000006d  41 c7 43 2c 02 00 00 00         mov dword ptr [r11+0x2c], 0x2
00000075  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
00000079  49 89 43 30                     mov qword ptr [r11+0x30], rax
0000007d  4d 89 5e 08                     mov qword ptr [r14+0x8], r11
; op #2 ZEND_SEND_VAL, line 28: inline, entry
00000081  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
00000085  48 c7 40 50 64 00 00 00         mov qword ptr [rax+0x50], 0x64
0000008d  c7 40 58 04 00 00 00            mov dword ptr [rax+0x58], 0x4
; op #3 ZEND_SEND_VAR, line 28: inline, entry
00000094  41 80 7e 58 0a                  cmp byte ptr [r14+0x58], 0xa
00000099  0f 84 aa 01 00 00               jz .+0x1aa ; 0x249
0000009f  41 80 7e 58 00                  cmp byte ptr [r14+0x58], 0x0
000000a4  0f 84 9f 01 00 00               jz .+0x19f ; 0x249
000000aa  41 8b 56 58                     mov edx, dword ptr [r14+0x58]
000000ae  49 8b 4e 50                     mov rcx, qword ptr [r14+0x50]
000000b2  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000b7  74 03                           jz .+0x3 ; 0xbc
000000b9  83 01 01                        add dword ptr [rcx], 0x1
000000bc  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
000000c0  48 89 48 60                     mov qword ptr [rax+0x60], rcx
000000c4  89 50 68                        mov dword ptr [rax+0x68], edx
; op #4 ZEND_DO_ICALL, line 28: vm
000000c7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000d1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000db  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 28: inline, entry
000000dd  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000e1  48 25 00 00 ff 19               and rax, 0x19ff0000
000000e7  0f 85 72 01 00 00               jnz .+0x172 ; 0x25f
000000ed  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000f7  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000ff  0f 85 5a 01 00 00               jnz .+0x15a ; 0x25f
00000105  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
0000010a  0f 85 4f 01 00 00               jnz .+0x14f ; 0x25f
00000110  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000115  0f 85 44 01 00 00               jnz .+0x144 ; 0x25f
0000011b  41 8b 4e 78                     mov ecx, dword ptr [r14+0x78]
0000011f  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
00000123  48 83 f8 04                     cmp rax, 0x4
00000127  0f 87 32 01 00 00               jnbe .+0x132 ; 0x25f
0000012d  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000131  48 83 f8 00                     cmp rax, 0x0
00000135  74 0a                           jz .+0xa ; 0x141
00000137  4d 8b 5e 70                     mov r11, qword ptr [r14+0x70]
0000013b  4c 89 18                        mov qword ptr [rax], r11
0000013e  89 48 08                        mov dword ptr [rax+0x8], ecx
00000141  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000145  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000014c  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000153  49 89 ce                        mov r14, rcx
00000156  4d 8b 3e                        mov r15, qword ptr [r14]
00000159  49 83 c7 20                     add r15, 0x20
0000015d  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_JMP, line 28: vm
00000160  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000016a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000174  ff e0                           jmp rax
; op #7 ZEND_CATCH, line 29: dispatch, entry
00000176  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000180  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
0000018a  ff d0                           call rax
0000018c  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: inline, entry
0000018f  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000193  48 25 00 00 ff 19               and rax, 0x19ff0000
00000199  0f 85 d6 00 00 00               jnz .+0xd6 ; 0x275
0000019f  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001a9  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001b1  0f 85 be 00 00 00               jnz .+0xbe ; 0x275
000001b7  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001bc  0f 85 b3 00 00 00               jnz .+0xb3 ; 0x275
000001c2  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001c7  0f 85 a8 00 00 00               jnz .+0xa8 ; 0x275
000001cd  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001d1  48 83 f8 00                     cmp rax, 0x0
000001d5  74 0e                           jz .+0xe ; 0x1e5
000001d7  48 c7 00 ff ff ff ff            mov qword ptr [rax], -0x1
000001de  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000001e5  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001e9  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001f0  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001f7  49 89 ce                        mov r14, rcx
000001fa  4d 8b 3e                        mov r15, qword ptr [r14]
000001fd  49 83 c7 20                     add r15, 0x20
00000201  41 ff 27                        jmp qword ptr [r15]
; op #9 ZEND_RETURN, line 32: tail
00000204  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000020e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000218  ff e0                           jmp rax
; dispatch: continue where the VM says
0000021a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000021d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000227  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000231  ff e0                           jmp rax
; op #1 ZEND_INIT_FCALL: fallback, the VM does the op
00000233  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000023d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000247  ff e0                           jmp rax
; op #3 ZEND_SEND_VAR: fallback, the VM does the op
00000249  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000253  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000025d  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
0000025f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000269  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000273  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
00000275  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000027f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000289  ff e0                           jmp rax
