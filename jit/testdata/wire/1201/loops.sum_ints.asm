# input (1201, addresses omitted)
function "sum_ints" scope "" file "loops.php" lines 5-12 flags 0x2002300 args 1/1 cvs 3 tmps 5
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 5 block B0
#1   ZEND_ASSIGN                CV:96 CONST:352 -> _ ext 0 line 7 block B1
#2   ZEND_ASSIGN                CV:112 CONST:336 -> _ ext 0 line 8 block B1
#3   ZEND_JMP                   _:96 _ -> _ ext 0 line 8 block B1
#4   ZEND_ASSIGN_OP             CV:96 CV:112 -> _ ext 1 line 9 block B2
#5   ZEND_PRE_INC               CV:112 _ -> _ ext 0 line 8 block B2
#6   ZEND_IS_SMALLER            CV:112 CV:80 -> TMP:192+smart0x20 ext 0 line 8 block B3
#7   ZEND_JMPNZ                 TMP:192 _:-96 -> _ ext 0 line 8 block B3
#8   ZEND_VERIFY_RETURN_TYPE    CV:96 _ -> _ ext 0 line 11 block B4
#9   ZEND_RETURN                CV:96 _ -> _ ext 0 line 11 block B4
#10  ZEND_VERIFY_RETURN_TYPE    _ _ -> _ ext 0 line 12 block B5
#11  ZEND_RETURN                CONST:64 _ -> _ ext -1 line 12 block B5
literal 0: type 4 value 0x0 strlen 0
literal 1: type 4 value 0x0 strlen 0
literal 2: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+3 flags 0x80001002 loop header -1
B2: ops 4+2 flags 0x80000004 loop header -1
B3: ops 6+2 flags 0x80000006 loop header -1
B4: ops 8+2 flags 0x8000000a loop header -1
B5: ops 10+2 flags 0x0 loop header -1
# listing (counters 0x7f3a5c000000, slot 5, handlers normalised)
; gojit: function sum_ints (loops.php:5), 12 ops, 1 entries, 25 bytes
; entry op #0 ZEND_RECV, line 5 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000017  ff e0                           jmp rax
