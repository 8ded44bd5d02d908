# input (1205, addresses omitted)
function "App\\counter" scope "" file "classes.php" lines 18-23 flags 0x3000300 args 1/1 cvs 2 tmps 4
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 18 block B0
#1   ZEND_GENERATOR_CREATE      _ _ -> _ ext 0 line 18 block B1
#2   ZEND_ASSIGN                CV:96 CONST:224 -> _ ext 0 line 20 block B2
#3   ZEND_JMP                   _:96 _ -> _ ext 0 line 20 block B2
#4   ZEND_YIELD                 CV:96 _ -> _ ext 0 line 21 block B3
#5   ZEND_PRE_INC               CV:96 _ -> _ ext 0 line 20 block B4
#6   ZEND_IS_SMALLER            CV:96 CV:80 -> TMP:160+smart0x20 ext 0 line 20 block B5
#7   ZEND_JMPNZ                 TMP:160 _:-96 -> _ ext 0 line 20 block B5
#8   ZEND_GENERATOR_RETURN      CONST:48 _ -> _ ext -1 line 23 block B6
literal 0: type 4 value 0x0 strlen 0
literal 1: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+1 flags 0x80001002 loop header -1
B2: ops 2+2 flags 0x80000012 loop header -1
B3: ops 4+1 flags 0x80000004 loop header 5
B4: ops 5+1 flags 0x80000012 loop header 5
B5: ops 6+2 flags 0x80010006 loop header -1
B6: ops 8+1 flags 0x8000000a loop header -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function App\counter (classes.php:18), 9 ops, 7 entries, 390 bytes, call-threaded
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 18: call, entry
0000000d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000017  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000021  ff d0                           call rax
00000023  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
0000002d  49 39 c7                        cmp r15, rax
00000030  0f 85 4d 01 00 00               jnz .+0x14d ; 0x183
; op #1 ZEND_GENERATOR_CREATE, line 18: dispatch, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  41 ff 27                        jmp qword ptr [r15]
; op #2 ZEND_ASSIGN, line 20: call, entry
0000004f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000059  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000063  ff d0                           call rax
00000065  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000006f  49 39 c7                        cmp r15, rax
00000072  0f 85 0b 01 00 00               jnz .+0x10b ; 0x183
; op #3 ZEND_JMP, line 20: call
00000078  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000082  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000008c  ff d0                           call rax
0000008e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
00000098  49 39 c7                        cmp r15, rax
0000009b  74 55                           jz .+0x55 ; 0xf2
0000009d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a7  49 39 c7                        cmp r15, rax
000000aa  0f 85 d3 00 00 00               jnz .+0xd3 ; 0x183
; op #4 ZEND_YIELD, line 21: dispatch, entry
000000b0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000ba  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000c4  ff d0                           call rax
000000c6  41 ff 27                        jmp qword ptr [r15]
; op #5 ZEND_PRE_INC, line 20: call, entry
000000c9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000d3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[5]
000000dd  ff d0                           call rax
000000df  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
000000e9  49 39 c7                        cmp r15, rax
000000ec  0f 85 91 00 00 00               jnz .+0x91 ; 0x183
; op #6 ZEND_IS_SMALLER, line 20: call, entry
000000f2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000fc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[6]
00000106  ff d0                           call rax
00000108  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
00000112  49 39 c7                        cmp r15, rax
00000115  74 99                           jz .-0x67 ; 0xb0
00000117  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
00000121  49 39 c7                        cmp r15, rax
00000124  74 47                           jz .+0x47 ; 0x16d
00000126  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
00000130  49 39 c7                        cmp r15, rax
00000133  75 4e                           jnz .+0x4e ; 0x183
; op #7 ZEND_JMPNZ, line 20: call
00000135  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000013f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000149  ff d0                           call rax
0000014b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
00000155  49 39 c7                        cmp r15, rax
00000158  0f 84 52 ff ff ff               jz .-0xae ; 0xb0
0000015e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
00000168  49 39 c7                        cmp r15, rax
0000016b  75 16                           jnz .+0x16 ; 0x183
; op #8 ZEND_GENERATOR_RETURN, line 23: tail, entry
0000016d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000177  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000181  ff e0                           jmp rax
; dispatch: continue where the VM says
00000183  41 ff 27                        jmp qword ptr [r15]
