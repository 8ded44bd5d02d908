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
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: main {main} (classes.php:1), 26 ops, 8 entries, 1032 bytes, call-threaded
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_ASSIGN, line 25: call, entry
0000000d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000017  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000021  ff d0                           call rax
00000023  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
0000002d  49 39 c7                        cmp r15, rax
00000030  0f 85 cf 03 00 00               jnz .+0x3cf ; 0x405
; op #1 ZEND_DECLARE_LAMBDA_FUNCTION, line 26: call
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000056  49 39 c7                        cmp r15, rax
00000059  0f 85 a6 03 00 00               jnz .+0x3a6 ; 0x405
; op #2 ZEND_BIND_LEXICAL, line 26: call
0000005f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000073  ff d0                           call rax
00000075  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007f  49 39 c7                        cmp r15, rax
00000082  0f 85 7d 03 00 00               jnz .+0x37d ; 0x405
; op #3 ZEND_ASSIGN, line 26: call
00000088  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000092  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000009c  ff d0                           call rax
0000009e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a8  49 39 c7                        cmp r15, rax
000000ab  0f 85 54 03 00 00               jnz .+0x354 ; 0x405
; op #4 ZEND_NEW, line 30: call
000000b1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000c5  ff d0                           call rax
000000c7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000000d1  49 39 c7                        cmp r15, rax
000000d4  0f 85 2b 03 00 00               jnz .+0x32b ; 0x405
; op #5 ZEND_SEND_VAL_EX, line 30: call
000000da  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000e4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[5]
000000ee  ff d0                           call rax
000000f0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
000000fa  49 39 c7                        cmp r15, rax
000000fd  0f 85 02 03 00 00               jnz .+0x302 ; 0x405
; op #6 ZEND_DO_FCALL, line 30: tail
00000103  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000010d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
00000117  ff e0                           jmp rax
; op #7 ZEND_ASSIGN, line 30: call, entry
00000119  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000123  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
0000012d  ff d0                           call rax
0000012f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
00000139  49 39 c7                        cmp r15, rax
0000013c  0f 85 c3 02 00 00               jnz .+0x2c3 ; 0x405
; op #8 ZEND_ASSIGN, line 31: call
00000142  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000014c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[8]
00000156  ff d0                           call rax
00000158  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[9]
00000162  49 39 c7                        cmp r15, rax
00000165  0f 85 9a 02 00 00               jnz .+0x29a ; 0x405
; op #9 ZEND_INIT_NS_FCALL_BY_NAME, line 32: call
0000016b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000175  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[9]
0000017f  ff d0                           call rax
00000181  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[10]
0000018b  49 39 c7                        cmp r15, rax
0000018e  0f 85 71 02 00 00               jnz .+0x271 ; 0x405
; op #10 ZEND_SEND_VAL_EX, line 32: call
00000194  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
0000019e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[10]
000001a8  ff d0                           call rax
000001aa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[11]
000001b4  49 39 c7                        cmp r15, rax
000001b7  0f 85 48 02 00 00               jnz .+0x248 ; 0x405
; op #11 ZEND_DO_FCALL_BY_NAME, line 32: tail
000001bd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
000001c7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
000001d1  ff e0                           jmp rax
; op #12 ZEND_FE_RESET_R, line 32: call, entry
000001d3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[12]
000001dd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[12]
000001e7  ff d0                           call rax
000001e9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[22]
000001f3  49 39 c7                        cmp r15, rax
000001f6  0f 84 84 01 00 00               jz .+0x184 ; 0x380
000001fc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[13]
00000206  49 39 c7                        cmp r15, rax
00000209  0f 85 f6 01 00 00               jnz .+0x1f6 ; 0x405
; op #13 ZEND_FE_FETCH_R, line 32: call, entry
0000020f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[13]
00000219  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[13]
00000223  ff d0                           call rax
00000225  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[22]
0000022f  49 39 c7                        cmp r15, rax
00000232  0f 84 48 01 00 00               jz .+0x148 ; 0x380
00000238  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[14]
00000242  49 39 c7                        cmp r15, rax
00000245  0f 85 ba 01 00 00               jnz .+0x1ba ; 0x405
; op #14 ZEND_INIT_DYNAMIC_CALL, line 33: call, entry
0000024b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[14]
00000255  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[14]
0000025f  ff d0                           call rax
00000261  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[15]
0000026b  49 39 c7                        cmp r15, rax
0000026e  0f 85 91 01 00 00               jnz .+0x191 ; 0x405
; op #15 ZEND_INIT_METHOD_CALL, line 33: call
00000274  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[15]
0000027e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[15]
00000288  ff d0                           call rax
0000028a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[16]
00000294  49 39 c7                        cmp r15, rax
00000297  0f 85 68 01 00 00               jnz .+0x168 ; 0x405
; op #16 ZEND_SEND_VAR_EX, line 33: call
0000029d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[16]
000002a7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[16]
000002b1  ff d0                           call rax
000002b3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[17]
000002bd  49 39 c7                        cmp r15, rax
000002c0  0f 85 3f 01 00 00               jnz .+0x13f ; 0x405
; op #17 ZEND_DO_FCALL, line 33: tail
000002c6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[17]
000002d0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[17]
000002da  ff e0                           jmp rax
; op #18 ZEND_SEND_VAR_NO_REF_EX, line 33: call, entry
000002dc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[18]
000002e6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[18]
000002f0  ff d0                           call rax
000002f2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[19]
000002fc  49 39 c7                        cmp r15, rax
000002ff  0f 85 00 01 00 00               jnz .+0x100 ; 0x405
; op #19 ZEND_DO_FCALL, line 33: tail
00000305  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[19]
0000030f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[19]
00000319  ff e0                           jmp rax
; op #20 ZEND_ASSIGN_OP, line 33: call, entry
0000031b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[20]
00000325  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[20]
0000032f  ff d0                           call rax
00000331  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[21]
0000033b  49 39 c7                        cmp r15, rax
0000033e  0f 85 c1 00 00 00               jnz .+0xc1 ; 0x405
; op #21 ZEND_JMP, line 32: call
00000344  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[21]
0000034e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[21]
00000358  ff d0                           call rax
0000035a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[13]
00000364  49 39 c7                        cmp r15, rax
00000367  0f 84 a2 fe ff ff               jz .-0x15e ; 0x20f
0000036d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[22]
00000377  49 39 c7                        cmp r15, rax
0000037a  0f 85 85 00 00 00               jnz .+0x85 ; 0x405
; op #22 ZEND_FE_FREE, line 32: call, entry
00000380  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[22]
0000038a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[22]
00000394  ff d0                           call rax
00000396  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[23]
000003a0  49 39 c7                        cmp r15, rax
000003a3  75 60                           jnz .+0x60 ; 0x405
; op #23 ZEND_ECHO, line 35: call
000003a5  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[23]
000003af  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[23]
000003b9  ff d0                           call rax
000003bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[24]
000003c5  49 39 c7                        cmp r15, rax
000003c8  75 3b                           jnz .+0x3b ; 0x405
; op #24 ZEND_ECHO, line 35: call
000003ca  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[24]
000003d4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[24]
000003de  ff d0                           call rax
000003e0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[25]
000003ea  49 39 c7                        cmp r15, rax
000003ed  75 16                           jnz .+0x16 ; 0x405
; op #25 ZEND_RETURN, line 36: tail
000003ef  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[25]
000003f9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[25]
00000403  ff e0                           jmp rax
; dispatch: continue where the VM says
00000405  41 ff 27                        jmp qword ptr [r15]
