# input (1205, addresses omitted)
main "" scope "" file "classes.php" lines 1-36 flags 0x6000000 args 0/0 cvs 5 tmps 12
#0   ZEND_ASSIGN                CV:80 CONST:832 -> _ ext 0 line 25 block B0
#1   ZEND_DECLARE_LAMBDA_FUNCTION _ _ -> TMP:176 ext 0 line 26 block B0
#2   ZEND_BIND_LEXICAL          TMP:176 CV:80 -> _ ext 0 line 26 block B0
#3   ZEND_ASSIGN                CV:96 TMP:176 -> _ ext 0 line 26 block B0
#4   ZEND_NEW                   CONST:720 _ -> VAR:208 ext 1 line 30 block B0
#5   ZEND_SEND_VAL_EX           CONST:720 _ -> _ ext 0 line 30 block B0
#6   ZEND_DO_FCALL              _ _ -> _ ext 0 line 30 block B0
#7   ZEND_ASSIGN                CV:112 VAR:208 -> _ ext 0 line 30 block B1
#8   ZEND_ASSIGN                CV:128 CONST:640 -> _ ext 0 line 31 block B1
#9   ZEND_INIT_NS_FCALL_BY_NAME _ CONST:624 -> _ ext 1 line 32 block B1
#10  ZEND_SEND_VAL_EX           CONST:640 _ -> _ ext 0 line 32 block B1
#11  ZEND_DO_FCALL_BY_NAME      _ _ -> VAR:272 ext 0 line 32 block B1
#12  ZEND_FE_RESET_R            VAR:272 _:320 -> VAR:288 ext 0 line 32 block B2
#13  ZEND_FE_FETCH_R            VAR:288 CV:144 -> _ ext 288 line 32 block B3
#14  ZEND_INIT_DYNAMIC_CALL     _ CV:96 -> _ ext 1 line 33 block B4
#15  ZEND_INIT_METHOD_CALL      CV:112 CONST:496 -> _ ext 1 line 33 block B4
#16  ZEND_SEND_VAR_EX           CV:144 _ -> _ ext 0 line 33 block B4
#17  ZEND_DO_FCALL              _ _ -> VAR:304 ext 0 line 33 block B4
#18  ZEND_SEND_VAR_NO_REF_EX    VAR:304 _ -> _ ext 0 line 33 block B5
#19  ZEND_DO_FCALL              _ _ -> VAR:320 ext 0 line 33 block B5
#20  ZEND_ASSIGN_OP             CV:128 VAR:320 -> _ ext 1 line 33 block B6
#21  ZEND_JMP                   _:-256 _ -> _ ext 0 line 32 block B6
#22  ZEND_FE_FREE               VAR:288 _ -> _ ext 0 line 32 block B7
#23  ZEND_ECHO                  CV:128 _ -> _ ext 0 line 35 block B7
#24  ZEND_ECHO                  CONST:240 _ -> _ ext 0 line 35 block B7
#25  ZEND_RETURN                CONST:224 _ -> _ ext -1 line 36 block B7
literal 0: type 4 value 0xa strlen 0
literal 1: type 6 value 0x0 strlen 8
literal 2: type 6 value 0x0 strlen 8
literal 3: type 4 value 0x1 strlen 0
literal 4: type 4 value 0x0 strlen 0
literal 5: type 6 value 0x0 strlen 11
literal 6: type 6 value 0x0 strlen 11
literal 7: type 6 value 0x0 strlen 7
literal 8: type 4 value 0x4 strlen 0
literal 9: type 6 value 0x0 strlen 5
literal 10: type 6 value 0x0 strlen 5
literal 11: type 6 value 0x0 strlen 1
literal 12: type 4 value 0x1 strlen 0
B0: ops 0+7 flags 0x80000001 loop header -1
B1: ops 7+5 flags 0x80000012 loop header -1
B2: ops 12+1 flags 0x80000012 loop header -1
B3: ops 13+1 flags 0x80010006 loop header -1
B4: ops 14+4 flags 0x80000002 loop header 3
B5: ops 18+2 flags 0x80000012 loop header 3
B6: ops 20+2 flags 0x80000012 loop header 3
B7: ops 22+4 flags 0x8000000c loop header -1
# listing (counters 0x7f3a5c000000, slot 5, handlers normalised)
; gojit: main {main} (classes.php:1), 26 ops, 1 entries, 25 bytes
; entry op #0 ZEND_ASSIGN, line 25 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[0]
00000017  ff e0                           jmp rax
