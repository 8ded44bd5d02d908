# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 6 entries, 681 bytes, 6 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 0a 02 00 00               jb .+0x20a ; 0x225
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 f3 01 00 00               jz .+0x1f3 ; 0x225
; op #1 ZEND_RECV_INIT, line 12: inline, entry
00000032  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000036  48 83 fa 02                     cmp rdx, 0x2
0000003a  0f 83 fb 01 00 00               jnb .+0x1fb ; 0x23b
00000040  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
00000048  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000050  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
00000055  0f 85 f6 01 00 00               jnz .+0x1f6 ; 0x251
0000005b  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
0000005f  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
00000063  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
00000067  48 3b 11                        cmp rdx, qword ptr [rcx]
0000006a  0f 85 e1 01 00 00               jnz .+0x1e1 ; 0x251
00000070  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
00000074  48 83 fa 00                     cmp rdx, 0x0
00000078  0f 8e d3 01 00 00               jle .+0x1d3 ; 0x251
0000007e  48 01 d0                        add rax, rdx
00000081  8b 50 08                        mov edx, dword ptr [rax+0x8]
00000084  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000088  48 83 e9 01                     sub rcx, 0x1
0000008c  48 83 f9 08                     cmp rcx, 0x8
00000090  0f 87 bb 01 00 00               jnbe .+0x1bb ; 0x251
00000096  48 8b 08                        mov rcx, qword ptr [rax]
00000099  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
0000009d  74 03                           jz .+0x3 ; 0xa2
0000009f  83 01 01                        add dword ptr [rcx], 0x1
000000a2  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
000000a6  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
000000aa  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000ae  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000b3  0f 80 ae 01 00 00               jo .+0x1ae ; 0x267
000000b9  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000c0  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000cb  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000d3  75 25                           jnz .+0x25 ; 0xfa
000000d5  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000d9  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000e0  0f 80 97 01 00 00               jo .+0x197 ; 0x27d
000000e6  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
000000ed  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
000000f8  eb 38                           jmp .+0x38 ; 0x132
000000fa  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
00000102  0f 85 75 01 00 00               jnz .+0x175 ; 0x27d
00000108  0f 57 c0                        xorps xmm0, xmm0
0000010b  f2 49 0f 2a 46 70               cvtsi2sd xmm0, qword ptr [r14+0x70]
00000111  f2 41 0f 10 8e 80 00 00 00      movsd xmm1, qword ptr [r14+0x80]
0000011a  f2 0f 58 c1                     addsd xmm0, xmm1
0000011e  f2 41 0f 11 86 90 00 00 00      movsd qword ptr [r14+0x90], xmm0
00000127  41 c7 86 98 00 00 00 05 00 00 00 mov dword ptr [r14+0x98], 0x5
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: vm
00000132  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
0000013c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000146  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 14: inline, entry
00000148  41 8b 46 28                     mov eax, dword ptr [r14+0x28]
0000014c  4d 31 db                        xor r11, r11
0000014f  48 89 c1                        mov rcx, rax
00000152  48 81 e1 00 00 20 00            and rcx, 0x200000
00000159  74 22                           jz .+0x22 ; 0x17d
0000015b  4d 8b 5e 20                     mov r11, qword ptr [r14+0x20]
0000015f  41 8b 0b                        mov ecx, dword ptr [r11]
00000162  48 83 f9 01                     cmp rcx, 0x1
00000166  0f 86 27 01 00 00               jbe .+0x127 ; 0x293
0000016c  41 8b 4b 04                     mov ecx, dword ptr [r11+0x4]
00000170  48 81 e1 10 fc ff ff            and rcx, -0x3f0
00000177  0f 84 16 01 00 00               jz .+0x116 ; 0x293
0000017d  48 25 00 00 df 19               and rax, 0x19df0000
00000183  0f 85 0a 01 00 00               jnz .+0x10a ; 0x293
00000189  48 ba 00 01 00 2c 17 56 00 00   mov rdx, 0x56172c000100
00000193  48 83 ba 60 03 00 00 00         cmp qword ptr [rdx+0x360], 0x0
0000019b  0f 85 f2 00 00 00               jnz .+0xf2 ; 0x293
000001a1  41 8b 8e 98 00 00 00            mov ecx, dword ptr [r14+0x98]
000001a8  48 8d 41 ff                     lea rax, ptr [rcx-0x1]
000001ac  48 83 f8 04                     cmp rax, 0x4
000001b0  0f 87 dd 00 00 00               jnbe .+0xdd ; 0x293
000001b6  49 83 fb 00                     cmp r11, 0x0
000001ba  74 04                           jz .+0x4 ; 0x1c0
000001bc  41 83 03 ff                     add dword ptr [r11], -0x1
000001c0  49 8b 46 10                     mov rax, qword ptr [r14+0x10]
000001c4  48 83 f8 00                     cmp rax, 0x0
000001c8  74 0d                           jz .+0xd ; 0x1d7
000001ca  4d 8b 9e 90 00 00 00            mov r11, qword ptr [r14+0x90]
000001d1  4c 89 18                        mov qword ptr [rax], r11
000001d4  89 48 08                        mov dword ptr [rax+0x8], ecx
000001d7  49 8b 4e 30                     mov rcx, qword ptr [r14+0x30]
000001db  48 89 8a e8 01 00 00            mov qword ptr [rdx+0x1e8], rcx
000001e2  4c 89 b2 c8 01 00 00            mov qword ptr [rdx+0x1c8], r14
000001e9  49 89 ce                        mov r14, rcx
000001ec  4d 8b 3e                        mov r15, qword ptr [r14]
000001ef  49 83 c7 20                     add r15, 0x20
000001f3  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
000001f6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000200  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
0000020a  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
0000020c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000216  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000220  ff e0                           jmp rax
; dispatch: continue where the VM says
00000222  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
00000225  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000022f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000239  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
0000023b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000245  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
0000024f  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
00000251  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000025b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
00000265  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
00000267  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000271  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
0000027b  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
0000027d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
00000287  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
00000291  ff e0                           jmp rax
; op #6 ZEND_RETURN: fallback, the VM does the op
00000293  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000029d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000002a7  ff e0                           jmp rax
