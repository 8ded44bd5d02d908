# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function typed (args.php:9), 7 ops, 3 entries, 254 bytes, 3 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 9: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 b7 00 00 00               jb .+0xb7 ; 0xd2
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 a0 00 00 00               jz .+0xa0 ; 0xd2
; op #1 ZEND_RECV_INIT, line 9: inline, entry
00000032  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000036  48 83 fa 02                     cmp rdx, 0x2
0000003a  0f 83 a8 00 00 00               jnb .+0xa8 ; 0xe8
00000040  48 b8 00 00 00 00 00 00 f8 3f   mov rax, 0x3ff8000000000000
0000004a  49 89 46 60                     mov qword ptr [r14+0x60], rax
0000004e  41 c7 46 68 05 00 00 00         mov dword ptr [r14+0x68], 0x5
; op #2 ZEND_MUL, line 11: inline, entry
00000056  f2 41 0f 10 4e 60               movsd xmm1, qword ptr [r14+0x60]
0000005c  0f 57 c0                        xorps xmm0, xmm0
0000005f  f2 49 0f 2a 46 50               cvtsi2sd xmm0, qword ptr [r14+0x50]
00000065  f2 0f 59 c1                     mulsd xmm0, xmm1
00000069  f2 41 0f 11 46 70               movsd qword ptr [r14+0x70], xmm0
0000006f  41 c7 46 78 05 00 00 00         mov dword ptr [r14+0x78], 0x5
; op #3 ZEND_VERIFY_RETURN_TYPE, line 11: vm
00000077  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000081  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000008b  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 11: tail
0000008d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000097  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000a1  ff e0                           jmp rax
; op #5 ZEND_VERIFY_RETURN_TYPE, line 12: vm
000000a3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000ad  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000b7  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 12: tail
000000b9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000c3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000cd  ff e0                           jmp rax
; dispatch: continue where the VM says
000000cf  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
000000d2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
000000dc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000000e6  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
000000e8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000000f2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000000fc  ff e0                           jmp rax
