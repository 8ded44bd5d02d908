# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 7 entries, 652 bytes, 6 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 10 02 00 00               jb .+0x210 ; 0x21e
; entry op #1 (function start): count the call
0000000e  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000018  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_INIT_FCALL, line 28: inline, entry
0000001b  49 8b 46 40                     mov rax, qword ptr [r14+0x40]
0000001f  48 8b 10                        mov rdx, qword ptr [rax]
00000022  48 83 fa 00                     cmp rdx, 0x0
00000026  0f 84 08 02 00 00               jz .+0x208 ; 0x234
0000002c  48 b9 00 01 00 2c 17 56 00 00   mov rcx, 0x56172c000100
00000036  48 8b 81 c8 01 00 00            mov rax, qword ptr [rcx+0x1c8]
0000003d  4c 8b 99 d0 01 00 00            mov r11, qword ptr [rcx+0x1d0]
00000044  49 29 c3                        sub r11, rax
00000047  49 83 fb 70                     cmp r11, 0x70
0000004b  0f 82 e3 01 00 00               jb .+0x1e3 ; 0x234
00000051  4c 8d 58 70                     lea r11, ptr [rax+0x70]
00000055  4c 89 99 c8 01 00 00            mov qword ptr [rcx+0x1c8], r11
0000005c  48 89 50 18                     mov qword ptr [rax+0x18], rdx
00000060  48 c7 40 20 00 00 00 00         mov qword ptr [rax+0x20], 0x0
00000068  c7 40 28 00 00 00 00            mov dword ptr [rax+0x28], 0x0
0000006f  c7 40 2c 02 00 00 00            mov dword ptr [rax+0x2c], 0x2
00000076  4d 8b 5e 08                     mov r11, qword ptr [r14+0x8]
0000007a  4c 89 58 30                     mov qword ptr [rax+0x30], r11
0000007e  49 89 46 08                     mov qword ptr [r14+0x8], rax
; op #2 ZEND_SEND_VAL, line 28: inline, entry
00000082  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
00000086  48 c7 40 50 64 00 00 00         mov qword ptr [rax+0x50], 0x64
0000008e  c7 40 58 04 00 00 00            mov dword ptr [rax+0x58], 0x4
; op #3 ZEND_SEND_VAR, line 28: inline, entry
00000095  41 80 7e 58 0a                  cmp byte ptr [r14+0x58], 0xa
0000009a  0f 84 aa 01 00 00               jz .+0x1aa ; 0x24a
000000a0  41 80 7e 58 00                  cmp byte ptr [r14+0x58], 0x0
000000a5  0f 84 9f 01 00 00               jz .+0x19f ; 0x24a
000000ab  41 8b 56 58                     mov edx, dword ptr [r14+0x58]
000000af  49 8b 4e 50                     mov rcx, qword ptr [r14+0x50]
000000b3  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000b8  74 03                           jz .+0x3 ; 0xbd
000000ba  83 01 01                        add dword ptr [rcx], 0x1
000000bd  49 8b 46 08                     mov rax, qword ptr [r14+0x8]
000000c1  48 89 48 60                     mov qword ptr [rax+0x60], rcx
000000c5  89 50 68                        mov dword ptr [rax+0x68], edx
; op #4 ZEND_DO_ICALL, line 28: vm
000000c8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000d2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000dc  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 28: inline, entry
000000de  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000e2  48 25 00 00 ff 19               and rax, 0x19ff0000
000000e8  0f 85 72 01 00 00               jnz .+0x172 ; 0x260
000000ee  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000f8  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
00000100  0f 85 5a 01 00 00               jnz .+0x15a ; 0x260
00000106  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
0000010b  0f 85 4f 01 00 00               jnz .+0x14f ; 0x260
00000111  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
00000116  0f 85 44 01 00 00               jnz .+0x144 ; 0x260
0000011c  41 8b 76 78                     mov esi, dword ptr [r14+0x78]
00000120  48 8d 46 ff                     lea rax, ptr [rsi-0x1]
00000124  48 83 f8 04                     cmp rax, 0x4
00000128  0f 87 32 01 00 00               jnbe .+0x132 ; 0x260
0000012e  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
00000132  48 83 f8 00                     cmp rax, 0x0
00000136  74 0a                           jz .+0xa ; 0x142
00000138  49 8b 4e 70                     mov rcx, qword ptr [r14+0x70]
0000013c  48 89 08                        mov qword ptr [rax], rcx
0000013f  89 70 08                        mov dword ptr [rax+0x8], esi
00000142  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000146  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000014d  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000154  49 89 ce                        mov r14, rcx
00000157  4d 8b 3e                        mov r15, qword ptr [r14]
0000015a  49 83 c7 20                     add r15, 0x20
0000015e  41 ff 27                        jmp qword ptr [r15]
; op #6 ZEND_JMP, line 28: vm
00000161  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000016b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000175  ff e0                           jmp rax
; op #7 ZEND_CATCH, line 29: dispatch, entry
00000177  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000181  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
0000018b  ff d0                           call rax
0000018d  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: inline, entry
00000190  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000194  48 25 00 00 ff 19               and rax, 0x19ff0000
0000019a  0f 85 d6 00 00 00               jnz .+0xd6 ; 0x276
000001a0  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000001aa  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000001b2  0f 85 be 00 00 00               jnz .+0xbe ; 0x276
000001b8  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000001bd  0f 85 b3 00 00 00               jnz .+0xb3 ; 0x276
000001c3  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000001c8  0f 85 a8 00 00 00               jnz .+0xa8 ; 0x276
000001ce  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001d2  48 83 f8 00                     cmp rax, 0x0
000001d6  74 0e                           jz .+0xe ; 0x1e6
000001d8  48 c7 00 ff ff ff ff            mov qword ptr [rax], -0x1
000001df  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000001e6  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001ea  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001f1  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001f8  49 89 ce                        mov r14, rcx
000001fb  4d 8b 3e                        mov r15, qword ptr [r14]
000001fe  49 83 c7 20                     add r15, 0x20
00000202  41 ff 27                        jmp qword ptr [r15]
; op #9 ZEND_RETURN, line 32: tail
00000205  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000020f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000219  ff e0                           jmp rax
; dispatch: continue where the VM says
0000021b  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000021e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000228  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000232  ff e0                           jmp rax
; op #1 ZEND_INIT_FCALL: fallback, the VM does the op
00000234  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000023e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000248  ff e0                           jmp rax
; op #3 ZEND_SEND_VAR: fallback, the VM does the op
0000024a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000254  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000025e  ff e0                           jmp rax
; op #5 ZEND_RETURN: fallback, the VM does the op
00000260  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000026a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000274  ff e0                           jmp rax
; op #8 ZEND_RETURN: fallback, the VM does the op
00000276  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000280  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000028a  ff e0                           jmp rax
