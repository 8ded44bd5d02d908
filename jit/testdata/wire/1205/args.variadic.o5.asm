# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function variadic (args.php:19), 6 ops, 4 entries, 376 bytes, 3 ops native, the rest on the VM
; op #0 ZEND_RECV, line 19: inline, entry
00000000  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000004  48 83 fa 01                     cmp rdx, 0x1
00000008  0f 82 28 01 00 00               jb .+0x128 ; 0x136
; op #1 ZEND_RECV_VARIADIC, line 19: vm
0000000e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000018  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000022  ff e0                           jmp rax
; entry op #2 (function start): count the call
00000024  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002e  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_COUNT, line 21: vm, entry
00000031  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000003b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000045  ff e0                           jmp rax
; op #3 ZEND_ADD, line 21: inline, entry
00000047  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
0000004c  75 22                           jnz .+0x22 ; 0x70
0000004e  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
00000052  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000056  0f 80 f0 00 00 00               jo .+0xf0 ; 0x14c
0000005c  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000063  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
0000006e  eb 32                           jmp .+0x32 ; 0xa2
00000070  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000075  0f 85 d1 00 00 00               jnz .+0xd1 ; 0x14c
0000007b  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
00000081  0f 57 c9                        xorps xmm1, xmm1
00000084  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
0000008a  f2 0f 58 c1                     addsd xmm0, xmm1
0000008e  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
00000097  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_RETURN, line 21: inline, entry
000000a2  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000a6  48 25 00 00 ff 19               and rax, 0x19ff0000
000000ac  0f 85 b0 00 00 00               jnz .+0xb0 ; 0x162
000000b2  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000bc  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000c4  0f 85 98 00 00 00               jnz .+0x98 ; 0x162
000000ca  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000cf  0f 85 8d 00 00 00               jnz .+0x8d ; 0x162
000000d5  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000da  0f 85 82 00 00 00               jnz .+0x82 ; 0x162
000000e0  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000e4  48 83 f8 00                     cmp rax, 0x0
000000e8  74 14                           jz .+0x14 ; 0xfe
000000ea  49 8b 8e 80 00 00 00            mov rcx, qword ptr [r14+0x80]
000000f1  48 89 08                        mov qword ptr [rax], rcx
000000f4  41 8b b6 88 00 00 00            mov esi, dword ptr [r14+0x88]
000000fb  89 70 08                        mov dword ptr [rax+0x8], esi
000000fe  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
00000102  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000109  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
00000110  49 89 ce                        mov r14, rcx
00000113  4d 8b 3e                        mov r15, qword ptr [r14]
00000116  49 83 c7 20                     add r15, 0x20
0000011a  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_RETURN, line 22: tail
0000011d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000127  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000131  ff e0                           jmp rax
; dispatch: continue where the VM says
00000133  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000136  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000140  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000014a  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
0000014c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000156  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000160  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
00000162  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000016c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000176  ff e0                           jmp rax
