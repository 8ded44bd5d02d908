# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: function variadic (args.php:19), 6 ops, 4 entries, 373 bytes, 3 ops native, the rest on the VM
; op #0 ZEND_RECV, line 19: inline, entry
00000000  41 83 7e 2c 01                  cmp dword ptr [r14+0x2c], 0x1
00000005  0f 82 28 01 00 00               jb .+0x128 ; 0x133
; op #1 ZEND_RECV_VARIADIC, line 19: vm
0000000b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000015  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000001f  ff e0                           jmp rax
; entry op #2 (function start): count the call
00000021  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000002b  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_COUNT, line 21: vm, entry
0000002e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000038  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000042  ff e0                           jmp rax
; op #3 ZEND_ADD, line 21: inline, entry
00000044  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000049  75 22                           jnz .+0x22 ; 0x6d
0000004b  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
0000004f  49 03 46 70                     add rax, qword ptr [r14+0x70]
00000053  0f 80 f0 00 00 00               jo .+0xf0 ; 0x149
00000059  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
00000060  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
0000006b  eb 32                           jmp .+0x32 ; 0x9f
0000006d  41 80 7e 58 05                  cmp byte ptr [r14+0x58], 0x5
00000072  0f 85 d1 00 00 00               jnz .+0xd1 ; 0x149
00000078  f2 41 0f 10 46 50               movsd xmm0, qword ptr [r14+0x50]
0000007e  0f 57 c9                        xorps xmm1, xmm1
00000081  f2 49 0f 2a 4e 70               cvtsi2sd xmm1, qword ptr [r14+0x70]
00000087  f2 0f 58 c1                     addsd xmm0, xmm1
0000008b  f2 41 0f 11 86 80 00 00 00      movsd qword ptr [r14+0x80], xmm0
00000094  41 c7 86 88 00 00 00 05 00 00 00 mov dword ptr [r14+0x88], 0x5
; op #4 ZEND_RETURN, line 21: inline, entry
0000009f  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
000000a3  48 25 00 00 ff 19               and rax, 0x19ff0000
000000a9  0f 85 b0 00 00 00               jnz .+0xb0 ; 0x15f
000000af  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
000000b9  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
000000c1  0f 85 98 00 00 00               jnz .+0x98 ; 0x15f
000000c7  41 f6 46 59 01                  test byte ptr [r14+0x59], 0x1
000000cc  0f 85 8d 00 00 00               jnz .+0x8d ; 0x15f
000000d2  41 f6 46 69 01                  test byte ptr [r14+0x69], 0x1
000000d7  0f 85 82 00 00 00               jnz .+0x82 ; 0x15f
000000dd  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000000e1  48 83 f8 00                     cmp rax, 0x0
000000e5  74 14                           jz .+0x14 ; 0xfb
000000e7  4d 8b 9e 80 00 00 00            mov r11, qword ptr [r14+0x80]
000000ee  4c 89 18                        mov qword ptr [rax], r11
000000f1  41 8b 8e 88 00 00 00            mov ecx, dword ptr [r14+0x88]
000000f8  89 48 08                        mov dword ptr [rax+0x8], ecx
000000fb  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000000ff  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
00000106  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
0000010d  49 89 ce                        mov r14, rcx
00000110  4d 8b 3e                        mov r15, qword ptr [r14]
00000113  49 83 c7 20                     add r15, 0x20
00000117  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_RETURN, line 22: tail
0000011a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000124  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000012e  ff e0                           jmp rax
; dispatch: continue where the VM says
00000130  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000133  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000013d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000147  ff e0                           jmp rax
; op #3 ZEND_ADD: fallback, the VM does the op
00000149  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000153  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000015d  ff e0                           jmp rax
; op #4 ZEND_RETURN: fallback, the VM does the op
0000015f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000169  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000173  ff e0                           jmp rax
