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
# listing (counters 0x7f3a5c000000, slot 5, handlers normalised)
; gojit: function App\counter (classes.php:18), 9 ops, 1 entries, 25 bytes
; entry op #0 ZEND_RECV, line 18 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000017  ff e0                           jmp rax
