# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function variadic (args.php:19), 6 ops, 4 entries, 409 bytes, 3 ops native, the rest on the VM
; op #0 ZEND_RECV, line 19: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 49 01 00 00               jb .+0x149 ; 0x157
0000000e  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000013  b8 fe 03 00 00                  mov eax, 0x3fe
00000018  48 d3 f8                        sar rax, cl
0000001b  48 83 e0 01                     and rax, 0x1
0000001f  0f 84 32 01 00 00               jz .+0x132 ; 0x157
; op #1 ZEND_RECV_VARIADIC, line 19: vm
00000025  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
0000002f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000039  ff e0                           jmp rax
; entry op #2 (function start): count the call
0000003b  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000045  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_COUNT, line 21: vm, entry
00000048  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000052  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
0000005c  ff e0                           jmp rax
; op #3 ZEND_ADD, line 21: inline, entry
0000005e  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000063  75 22                           jnz .+0x22 ; 0x87
00000065  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000069  49 03 46 70                     add rax, qword ptr [r14+0x70]
0000006d  0f 80 fa 00 00 00               jo .+0xfa ; 0x16d
00000073  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
0000007a  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
00000085  eb 32                           jmp .+0x32 ; 0xb9
00000087  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
0000008c  0f 85 db 00 00 00               jnz .+0xdb ; 0x16d
00000092  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
00000098  0f 57 c9                        xorps xmm1, xmm1
0000009b  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
000000a1  f2 0f 58 c1                     addsd xmm0, xmm1
000000a5  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
000000ae  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_RETURN, line 21: inline, entry
000000b9  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000bd  48 25 00 00 ff 19               and rax, 0x19ff0000
000000c3  0f 85 ba 00 00 00               jnz .+0xba ; 0x183
000000c9  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000d3  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000db  0f 85 a2 00 00 00               jnz .+0xa2 ; 0x183
000000e1  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000e6  0f 85 97 00 00 00               jnz .+0x97 ; 0x183
000000ec  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000f1  0f 85 8c 00 00 00               jnz .+0x8c ; 0x183
000000f7  41 8b 8e 88 00 00 00            mov ecx, dword ptr [r14+0x88]
000000fe  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
00000102  48 83 f8 04                     cmp rax, 0x4
00000106  77 7b                           jnbe .+0x7b ; 0x183
00000108  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
0000010c  48 83 f8 00                     cmp rax, 0x0
00000110  74 0d                           jz .+0xd ; 0x11f
00000112  4d 8b 9e 80 00 00 00            mov r11, qword ptr [r14+0x80]
00000119  4c 89 18                        mov qword ptr [rax], r11
0000011c  89 48 08                        mov dword ptr [rax+0x8], ecx
0000011f  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000123  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
0000012a  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000131  49 89 ce                        mov r14, rcx
00000134  4d 8b 3e                        mov r15, qword ptr [r14]
00000137  49 83 c7 20                     add r15, 0x20
0000013b  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_RETURN, line 22: tail
0000013e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000148  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000152  ff e0                           jmp rax
; dispatch: continue where the VM says
00000154  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000157  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000161  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000016b  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
0000016d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000177  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000181  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
00000183  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000018d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000197  ff e0                           jmp rax
