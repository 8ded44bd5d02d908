# input (1205, addresses omitted)
closure "App\\{closure}" scope "" file "classes.php" lines 26-28 flags 0x2400000 args 1/1 cvs 2 tmps 1
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 26 block B0
#1   ZEND_BIND_STATIC           CV:96 _ -> _ ext 4 line 26 block B1
#2   ZEND_ADD                   CV:80 CV:96 -> TMP:112 ext 0 line 27 block B1
#3   ZEND_RETURN                TMP:112 _ -> _ ext 0 line 27 block B1
#4   ZEND_RETURN                CONST:32 _ -> _ ext -1 line 28 block B2
literal 0: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+3 flags 0x8000100a loop header -1
B2: ops 4+1 flags 0x0 loop header -1
ssa 0: var 0 def -1 undef flags 0x10
ssa 1: var 1 def -1 undef flags 0x10
ssa 2: var 0 def 0 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 3: var 1 def 1 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 4: var 2 def 2 long|double|array|0x60fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa op #0: use -1 -1 -1 def -1 -1 2
ssa op #1: use 1 -1 -1 def 3 -1 -1
ssa op #2: use 2 3 -1 def -1 -1 4
ssa op #3: use 4 -1 -1 def -1 -1 -1
# listing (counters 0x7f3a5c000000, slot 5, handlers normalised)
; gojit: closure App\{closure} (classes.php:26), 5 ops, 1 entries, 25 bytes
; entry op #1 ZEND_BIND_STATIC, line 26 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[1]
00000017  ff e0                           jmp rax
