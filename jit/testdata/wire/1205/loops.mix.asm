# input (1205, addresses omitted)
function "mix" scope "" file "loops.php" lines 14-23 flags 0x2000200 args 1/1 cvs 3 tmps 6
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 14 block B0
#1   ZEND_ASSIGN                CV:96 CONST:320 -> _ ext 0 line 16 block B1
#2   ZEND_ASSIGN                CV:112 CONST:304 -> _ ext 0 line 17 block B1
#3   ZEND_JMP                   _:128 _ -> _ ext 0 line 18 block B1
#4   ZEND_DIV                   CV:112 CONST:256 -> TMP:160 ext 0 line 19 block B2
#5   ZEND_ASSIGN_OP             CV:96 TMP:160 -> _ ext 1 line 19 block B2
#6   ZEND_PRE_INC               CV:112 _ -> _ ext 0 line 20 block B2
#7   ZEND_IS_SMALLER_OR_EQUAL   CV:112 CV:80 -> TMP:208+smart0x20 ext 0 line 18 block B3
#8   ZEND_JMPNZ                 TMP:208 _:-128 -> _ ext 0 line 18 block B3
#9   ZEND_RETURN                CV:96 _ -> _ ext 0 line 22 block B4
#10  ZEND_RETURN                CONST:80 _ -> _ ext -1 line 23 block B5
literal 0: type 5 value 0x0 strlen 0
literal 1: type 4 value 0x1 strlen 0
literal 2: type 4 value 0x2 strlen 0
literal 3: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+3 flags 0x80001002 loop header -1
B2: ops 4+3 flags 0x80000004 loop header 3
B3: ops 7+2 flags 0x80010006 loop header -1
B4: ops 9+1 flags 0x8000000a loop header -1
B5: ops 10+1 flags 0x0 loop header -1
ssa 0: var 0 def -1 undef flags 0x10
ssa 1: var 1 def -1 undef flags 0x10
ssa 2: var 2 def -1 undef flags 0x10
ssa 3: var 0 def 0 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 4: var 1 def 1 double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 5: var 2 def 2 long range [1, 1]
ssa 6: var 0 def -1 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 7: var 1 def -1 double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 8: var 2 def -1 long|double range [1, 9223372036854775807] flags 0x5
ssa 9: var 8 def 7 false|true range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 10: var 0 def -1 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [1, 9223372036854775807] flags 0x5
ssa 11: var 2 def -1 long|double range [1, 9223372036854775807] flags 0x5
ssa 12: var 5 def 4 long|double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 13: var 1 def 5 double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 14: var 2 def 6 long|double range [2, 9223372036854775807] flags 0x5
ssa op #0: use -1 -1 -1 def -1 -1 3
ssa op #1: use 1 -1 -1 def 4 -1 -1
ssa op #2: use 2 -1 -1 def 5 -1 -1
ssa op #4: use 11 -1 -1 def -1 -1 12
ssa op #5: use 7 12 -1 def 13 -1 -1
ssa op #6: use 11 -1 -1 def 14 -1 -1
ssa op #7: use 8 6 -1 def -1 -1 9
ssa op #8: use 9 -1 -1 def -1 -1 -1
ssa op #9: use 7 -1 -1 def -1 -1 -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function mix (loops.php:14), 11 ops, 6 entries, 493 bytes, call-threaded
; op #0 ZEND_RECV, line 14: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 c1 01 00 00               jnz .+0x1c1 ; 0x1ea
; entry op #1 (function start): count the call
00000029  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000033  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_ASSIGN, line 16: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000056  49 39 c7                        cmp r15, rax
00000059  0f 85 8b 01 00 00               jnz .+0x18b ; 0x1ea
; op #2 ZEND_ASSIGN, line 17: call
0000005f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000073  ff d0                           call rax
00000075  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007f  49 39 c7                        cmp r15, rax
00000082  0f 85 62 01 00 00               jnz .+0x162 ; 0x1ea
; op #3 ZEND_JMP, line 18: call
00000088  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000092  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000009c  ff d0                           call rax
0000009e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
000000a8  49 39 c7                        cmp r15, rax
000000ab  0f 84 8e 00 00 00               jz .+0x8e ; 0x13f
000000b1  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000bb  49 39 c7                        cmp r15, rax
000000be  0f 85 26 01 00 00               jnz .+0x126 ; 0x1ea
; op #4 ZEND_DIV, line 19: call, entry
000000c4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000ce  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000d8  ff d0                           call rax
000000da  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000000e4  49 39 c7                        cmp r15, rax
000000e7  0f 85 fd 00 00 00               jnz .+0xfd ; 0x1ea
; op #5 ZEND_ASSIGN_OP, line 19: call
000000ed  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000f7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[5]
00000101  ff d0                           call rax
00000103  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
0000010d  49 39 c7                        cmp r15, rax
00000110  0f 85 d4 00 00 00               jnz .+0xd4 ; 0x1ea
; op #6 ZEND_PRE_INC, line 20: call
00000116  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000120  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[6]
0000012a  ff d0                           call rax
0000012c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
00000136  49 39 c7                        cmp r15, rax
00000139  0f 85 ab 00 00 00               jnz .+0xab ; 0x1ea
; op #7 ZEND_IS_SMALLER_OR_EQUAL, line 18: call, entry
0000013f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000149  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000153  ff d0                           call rax
00000155  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
0000015f  49 39 c7                        cmp r15, rax
00000162  0f 84 5c ff ff ff               jz .-0xa4 ; 0xc4
00000168  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[9]
00000172  49 39 c7                        cmp r15, rax
00000175  74 47                           jz .+0x47 ; 0x1be
00000177  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
00000181  49 39 c7                        cmp r15, rax
00000184  75 64                           jnz .+0x64 ; 0x1ea
; op #8 ZEND_JMPNZ, line 18: call
00000186  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000190  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[8]
0000019a  ff d0                           call rax
0000019c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000001a6  49 39 c7                        cmp r15, rax
000001a9  0f 84 15 ff ff ff               jz .-0xeb ; 0xc4
000001af  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[9]
000001b9  49 39 c7                        cmp r15, rax
000001bc  75 2c                           jnz .+0x2c ; 0x1ea
; op #9 ZEND_RETURN, line 22: tail, entry
000001be  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001c8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001d2  ff e0                           jmp rax
; op #10 ZEND_RETURN, line 23: tail, entry
000001d4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000001de  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[10]
000001e8  ff e0                           jmp rax
; dispatch: continue where the VM says
000001ea  41 ff 27                        jmp qword ptr [r15]
