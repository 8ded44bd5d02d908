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
# listing (counters 0x7f3a5c000000, slot 5, handlers normalised)
; gojit: function mix (loops.php:14), 11 ops, 1 entries, 25 bytes
; entry op #1 ZEND_ASSIGN, line 16 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000017  ff e0                           jmp rax
