# listing at level 5 (executor_globals 0x56172c000100, addresses normalised; input in the .asm file)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 5 entries, 507 bytes, 5 ops native, the rest on the VM
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: inline, entry
0000000d  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000011  48 83 fa 01                     cmp rdx, 0x1
00000015  0f 82 72 01 00 00               jb .+0x172 ; 0x18d
0000001b  41 0f b6 4e 58                  movzx ecx, byte ptr [r14+0x58]
00000020  b8 10 00 00 00                  mov eax, 0x10
00000025  48 d3 f8                        sar rax, cl
00000028  48 83 e0 01                     and rax, 0x1
0000002c  0f 84 5b 01 00 00               jz .+0x15b ; 0x18d
; op #1 ZEND_RECV_INIT, line 12: inline, entry
00000032  41 8b 56 2c                     mov edx, dword ptr [r14+0x2c]
00000036  48 83 fa 02                     cmp rdx, 0x2
0000003a  0f 83 63 01 00 00               jnb .+0x163 ; 0x1a3
00000040  49 c7 46 60 02 00 00 00         mov qword ptr [r14+0x60], 0x2
00000048  41 c7 46 68 04 00 00 00         mov dword ptr [r14+0x68], 0x4
; op #2 ZEND_FETCH_OBJ_R, line 14: inline, entry
00000050  41 80 7e 28 08                  cmp byte ptr [r14+0x28], 0x8
00000055  0f 85 5e 01 00 00               jnz .+0x15e ; 0x1b9
0000005b  49 8b 46 20                     mov rax, qword ptr [r14+0x20]
0000005f  49 8b 4e 40                     mov rcx, qword ptr [r14+0x40]
00000063  48 8b 50 10                     mov rdx, qword ptr [rax+0x10]
00000067  48 3b 11                        cmp rdx, qword ptr [rcx]
0000006a  0f 85 49 01 00 00               jnz .+0x149 ; 0x1b9
00000070  48 8b 51 08                     mov rdx, qword ptr [rcx+0x8]
00000074  48 83 fa 00                     cmp rdx, 0x0
00000078  0f 8e 3b 01 00 00               jle .+0x13b ; 0x1b9
0000007e  48 01 d0                        add rax, rdx
00000081  8b 50 08                        mov edx, dword ptr [rax+0x8]
00000084  0f b6 48 08                     movzx ecx, byte ptr [rax+0x8]
00000088  48 83 e9 01                     sub rcx, 0x1
0000008c  48 83 f9 08                     cmp rcx, 0x8
00000090  0f 87 23 01 00 00               jnbe .+0x123 ; 0x1b9
00000096  48 8b 08                        mov rcx, qword ptr [rax]
00000099  f6 40 09 01                     test byte ptr [rax+0x9], 0x1
0000009d  74 03                           jz .+0x3 ; 0xa2
0000009f  83 01 01                        add dword ptr [rcx], 0x1
000000a2  49 89 4e 70                     mov qword ptr [r14+0x70], rcx
000000a6  41 89 56 78                     mov dword ptr [r14+0x78], edx
; op #3 ZEND_MUL, line 14: inline, entry
000000aa  49 8b 46 50                     mov rax, qword ptr [r14+0x50]
000000ae  49 0f af 46 60                  imul rax, qword ptr [r14+0x60]
000000b3  0f 80 16 01 00 00               jo .+0x116 ; 0x1cf
000000b9  49 89 86 80 00 00 00            mov qword ptr [r14+0x80], rax
000000c0  41 c7 86 88 00 00 00 04 00 00 00 mov dword ptr [r14+0x88], 0x4
; op #4 ZEND_ADD, line 14: inline, entry
000000cb  41 80 be 88 00 00 00 04         cmp byte ptr [r14+0x88], 0x4
000000d3  75 25                           jnz .+0x25 ; 0xfa
000000d5  49 8b 46 70                     mov rax, qword ptr [r14+0x70]
000000d9  49 03 86 80 00 00 00            add rax, qword ptr [r14+0x80]
000000e0  0f 80 ff 00 00 00               jo .+0xff ; 0x1e5
000000e6  49 89 86 90 00 00 00            mov qword ptr [r14+0x90], rax
000000ed  41 c7 86 98 00 00 00 04 00 00 00 mov dword ptr [r14+0x98], 0x4
000000f8  eb 38                           jmp .+0x38 ; 0x132
000000fa  41 80 be 88 00 00 00 05         cmp byte ptr [r14+0x88], 0x5
00000102  0f 85 dd 00 00 00               jnz .+0xdd ; 0x1e5
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
; op #6 ZEND_RETURN, line 14: tail
00000148  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000152  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000015c  ff e0                           jmp rax
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: vm
0000015e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000168  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[7]
00000172  ff e0                           jmp rax
; op #8 ZEND_RETURN, line 15: tail
00000174  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000017e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000188  ff e0                           jmp rax
; dispatch: continue where the VM says
0000018a  41 ff 27                        jmp qword ptr [r15]
; op #0 ZEND_RECV: fallback, the VM does the op
0000018d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000197  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
000001a1  ff e0                           jmp rax
; op #1 ZEND_RECV_INIT: fallback, the VM does the op
000001a3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
000001ad  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
000001b7  ff e0                           jmp rax
; op #2 ZEND_FETCH_OBJ_R: fallback, the VM does the op
000001b9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
000001c3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[2]
000001cd  ff e0                           jmp rax
; op #3 ZEND_MUL: fallback, the VM does the op
000001cf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000001d9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
000001e3  ff e0                           jmp rax
; op #4 ZEND_ADD: fallback, the VM does the op
000001e5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000001ef  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000001f9  ff e0                           jmp rax
