# input (1205, addresses omitted)
function "guarded" scope "" file "loops.php" lines 25-32 flags 0x2000200 args 1/1 cvs 2 tmps 1
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 25 block B0
#1   ZEND_INIT_FCALL            _ CONST:288 -> _ ext 2 line 28 block B1
#2   ZEND_SEND_VAL              CONST:272 _ -> _ ext 0 line 28 block B1
#3   ZEND_SEND_VAR              CV:80 _ -> _ ext 0 line 28 block B1
#4   ZEND_DO_ICALL              _ _ -> VAR:112 ext 0 line 28 block B1
#5   ZEND_RETURN                VAR:112 _ -> _ ext 0 line 28 block B1
#6   ZEND_JMP                   _:96 _ -> _ ext 0 line 28 block B2
#7   ZEND_CATCH                 CONST:128 _ -> CV:96 ext 9 line 29 block B3
#8   ZEND_RETURN                CONST:128 _ -> _ ext 0 line 30 block B4
#9   ZEND_RETURN                CONST:112 _ -> _ ext -1 line 32 block B5
literal 0: type 6 value 0x0 strlen 6
literal 1: type 4 value 0x64 strlen 0
literal 2: type 6 value 0x0 strlen 19
literal 3: type 6 value 0x0 strlen 19
literal 4: type 4 value 0xffffffffffffffff strlen 0
literal 5: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+5 flags 0x8000102a loop header -1
B2: ops 6+1 flags 0x0 loop header -1
B3: ops 7+1 flags 0x80000040 loop header -1
B4: ops 8+1 flags 0x8000000a loop header -1
B5: ops 9+1 flags 0x0 loop header -1
# listing (counters 0x7f3a5c000000, slot 5, handlers normalised)
; gojit: function guarded (loops.php:25), 10 ops, 1 entries, 25 bytes
; entry op #1 ZEND_INIT_FCALL, line 28 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000017  ff e0                           jmp rax
