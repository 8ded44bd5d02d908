# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function guarded (loops.php:25), 10 ops, 4 entries, 256 bytes, 2 ops native, the rest on the VM
; op #0 ZEND_RECV, line 25: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 dc 00 00 00               jb .+0xdc ; 0xea
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 c5 00 00 00               jz .+0xc5 ; 0xea
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
; op #5 ZEND_RETURN, line 28: tail
0000008a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000094  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000009e  ff e0                           jmp rax
; op #6 ZEND_JMP, line 28: inline, entry
000000a0  eb 2f                           jmp .+0x2f ; 0xd1
; op #7 ZEND_CATCH, line 29: dispatch, entry
000000a2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000000ac  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
000000b6  ff d0                           call rax
000000b8  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: tail
000000bb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000000c5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
000000cf  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 32: tail
000000d1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000000db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000000e5  ff e0                           jmp rax
; dispatch: continue where the VM says
000000e7  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000ea  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000f4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000000fe  ff e0                           jmp rax
