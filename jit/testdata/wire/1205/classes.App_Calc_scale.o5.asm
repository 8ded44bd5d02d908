# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 6 entries, 652 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 ed 01 00 00               jb .+0x1ed ; 0x208
0000001b  41 80 7e 58 04                  cmp byte ptr [r14+0x58], 0x4
00000020  0f 85 e2 01 00 00               jnz .+0x1e2 ; 0x208
; op #1 ZEND_RECV_INIT, line 12: inline, entry
00000026  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
0000002a  48 83 fa 02                     cmp rdx, 0x2
0000002e  0f 83 ea 01 00 00               jnb .+0x1ea ; 0x21e
00000034  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
0000003c  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000044  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
00000049  0f 85 e5 01 00 00               jnz .+0x1e5 ; 0x234
0000004f  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
00000053  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
00000057  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
0000005b  48 3b 11                        cmp rdx, qword ptr [rcx]
0000005e  0f 85 d0 01 00 00               jnz .+0x1d0 ; 0x234
00000064  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
00000068  48 83 fa 00                     cmp rdx, 0x0
0000006c  0f 8e c2 01 00 00               jle .+0x1c2 ; 0x234
00000072  48 01 d0                        add rax, rdx
00000075  8b 50 08                        mov edx, dword ptr [rax+0x8]
00000078  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
0000007c  48 83 e9 01                     sub rcx, 0x1
00000080  48 83 f9 08                     cmp rcx, 0x8
00000084  0f 87 aa 01 00 00               jnbe .+0x1aa ; 0x234
0000008a  48 8b 08                        mov rcx, qword ptr [rax]
0000008d  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
00000091  74 03                           jz .+0x3 ; 0x96
00000093  83 01 01                        add dword ptr [rcx], 0x1
00000096  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
0000009a  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
0000009e  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000a2  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000a7  0f 80 9d 01 00 00               jo .+0x19d ; 0x24a
000000ad  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000b4  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000bf  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000c7  75 25                           jnz .+0x25 ; 0xee
000000c9  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000cd  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000d4  0f 80 86 01 00 00               jo .+0x186 ; 0x260
000000da  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
000000e1  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
000000ec  eb 38                           jmp .+0x38 ; 0x126
000000ee  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
000000f6  0f 85 64 01 00 00               jnz .+0x164 ; 0x260
000000fc  0f 57 c0                        xorps xmm0, xmm0
000000ff  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000105  f2 41 0f 10 8e 80 00 00 00      movsd xmm1, qword ptr [r14+0x80]
0000010e  f2 0f 58 c1                     addsd xmm0, xmm1
00000112  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
0000011b  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: vm
00000126  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000130  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
0000013a  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 14: inline, entry
0000013c  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
00000140  4d 31 c0                        xor r8, r8
00000143  48 89 c1                        mov rcx, rax
00000146  48 81 e1 00 00 20 00            and rcx, 0x200000
0000014d  74 22                           jz .+0x22 ; 0x171
0000014f  4d 8b 46 20                     mov r8, qword ptr [r14+0x20]
00000153  41 8b 08                        mov ecx, dword ptr [r8]
00000156  48 83 f9 01                     cmp rcx, 0x1
0000015a  0f 86 16 01 00 00               jbe .+0x116 ; 0x276
00000160  41 8b 48 04                     mov ecx, dword ptr [r8+0x4]
00000164  48 81 e1 10 fc ff ff            and rcx, -0x3f0
0000016b  0f 84 05 01 00 00               jz .+0x105 ; 0x276
00000171  48 25 00 00 df 19               and rax, 0x19df0000
00000177  0f 85 f9 00 00 00               jnz .+0xf9 ; 0x276
0000017d  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000187  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000018f  0f 85 e1 00 00 00               jnz .+0xe1 ; 0x276
00000195  49 83 f8 00                     cmp r8, 0x0
00000199  74 04                           jz .+0x4 ; 0x19f
0000019b  41 83 00 ff                     add dword ptr [r8], -0x1
0000019f  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001a3  48 83 f8 00                     cmp rax, 0x0
000001a7  74 11                           jz .+0x11 ; 0x1ba
000001a9  49 8b 8e 90 00 00 00            mov rcx, qword ptr [r14+0x90]
000001b0  48 89 08                        mov qword ptr [rax], rcx
000001b3  c7 40 08 04 00 00 00            mov dword ptr [rax+0x8], 0x4
000001ba  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001be  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001c5  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001cc  49 89 ce                        mov r14, rcx
000001cf  4d 8b 3e                        mov r15, qword ptr [r14]
000001d2  49 83 c7 20                     add r15, 0x20
000001d6  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
000001d9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
000001e3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
000001ed  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
000001ef  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
000001f9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000203  ff e0                           jmp rax
; dispatch: continue where the VM says
00000205  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000208  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000212  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
0000021c  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
0000021e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000228  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000232  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
00000234  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000023e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000248  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
0000024a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000254  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000025e  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
00000260  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
0000026a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000274  ff e0                           jmp rax
; op #6 ZEND_RETURN: fallback, the VM does the op
00000276  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000280  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000028a  ff e0                           jmp rax
