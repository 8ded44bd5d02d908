# input (1201, addresses omitted)
function "tables" scope "" file "control.php" lines 21-37 flags 0x2000200 args 1/1 cvs 5 tmps 8
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 21 block B0
#1   ZEND_BIND_GLOBAL           CV:96 CONST:928 -> _ ext 0 line 23 block B1
#2   ZEND_BIND_GLOBAL           CV:112 CONST:912 -> _ ext 8 line 23 block B1
#3   ZEND_ASSIGN                CV:128 CONST:896 -> _ ext 0 line 24 block B1
#4   ZEND_FE_RESET_R            CONST:880 _:736 -> VAR:176 ext 0 line 25 block B1
#5   ZEND_FE_FETCH_R            VAR:176 CV:144 -> _ ext 704 line 25 block B2
#6   ZEND_MATCH                 CV:144 CONST:832 -> _ ext 160 line 26 block B3
#7   ZEND_QM_ASSIGN             CONST:816 _ -> TMP:224 ext 0 line 26 block B4
#8   ZEND_JMP                   _:160 _ -> _ ext 0 line 26 block B4
#9   ZEND_QM_ASSIGN             CONST:768 _ -> TMP:224 ext 0 line 26 block B5
#10  ZEND_JMP                   _:96 _ -> _ ext 0 line 26 block B5
#11  ZEND_QM_ASSIGN             CONST:720 _ -> TMP:224 ext 0 line 26 block B6
#12  ZEND_JMP                   _:32 _ -> _ ext 0 line 26 block B6
#13  ZEND_ASSIGN_DIM            CV:128 CV:144 -> _ ext 0 line 26 block B7
#14  ZEND_OP_DATA               TMP:224 _ -> _ ext 0 line 26 block B7
#15  ZEND_IS_EQUAL              CV:80 CONST:608 -> TMP:240+smart0x20 ext 0 line 28 block B7
#16  ZEND_JMPNZ                 TMP:240 _:128 -> _ ext 0 line 28 block B7
#17  ZEND_IS_EQUAL              CV:80 CONST:560 -> TMP:240+smart0x20 ext 0 line 31 block B8
#18  ZEND_JMPNZ                 TMP:240 _:160 -> _ ext 0 line 31 block B8
#19  ZEND_JMP                   _:224 _ -> _ ext 0 line 31 block B9
#20  ZEND_ASSIGN_DIM_OP         CV:128 CV:144 -> _ ext 8 line 29 block B10
#21  ZEND_OP_DATA               CV:96 _ -> _ ext 0 line 29 block B10
#22  ZEND_JMP                   _:128 _ -> _ ext 0 line 30 block B10
#23  ZEND_ASSIGN_DIM_OP         CV:128 CV:144 -> _ ext 8 line 32 block B11
#24  ZEND_OP_DATA               CV:112 _ -> _ ext 0 line 32 block B11
#25  ZEND_JMP                   _:32 _ -> _ ext 0 line 33 block B11
#26  ZEND_JMP                   _:-672 _ -> _ ext 0 line 25 block B12
#27  ZEND_FE_FREE               VAR:176 _ -> _ ext 0 line 25 block B13
#28  ZEND_RETURN                CV:128 _ -> _ ext 0 line 36 block B13
#29  ZEND_RETURN                CONST:192 _ -> _ ext -1 line 37 block B14
literal 0: type 6 value 0x0 strlen 2
literal 1: type 6 value 0x0 strlen 2
literal 2: type 7 value 0x0 strlen 0
literal 3: type 7 value 0x0 strlen 0
literal 4: type 7 value 0x0 strlen 0
literal 5: type 6 value 0x0 strlen 3
literal 6: type 6 value 0x0 strlen 3
literal 7: type 6 value 0x0 strlen 4
literal 8: type 4 value 0x1 strlen 0
literal 9: type 4 value 0x2 strlen 0
literal 10: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+4 flags 0x80001002 loop header -1
B2: ops 5+1 flags 0x80010006 loop header -1
B3: ops 6+1 flags 0x80000002 loop header 2
B4: ops 7+2 flags 0x80000004 loop header 2
B5: ops 9+2 flags 0x80000004 loop header 2
B6: ops 11+2 flags 0x80000004 loop header 2
B7: ops 13+4 flags 0x80000004 loop header 2
B8: ops 17+2 flags 0x80000002 loop header 2
B9: ops 19+1 flags 0x80000002 loop header 2
B10: ops 20+3 flags 0x80000004 loop header 2
B11: ops 23+3 flags 0x80000004 loop header 2
B12: ops 26+1 flags 0x80000004 loop header 2
B13: ops 27+2 flags 0x8000000c loop header -1
B14: ops 29+1 flags 0x0 loop header -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function tables (control.php:21), 30 ops, 15 entries, 1293 bytes, call-threaded
; op #0 ZEND_RECV, line 21: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 e1 04 00 00               jnz .+0x4e1 ; 0x50a
; entry op #1 (function start): count the call
00000029  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000033  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_BIND_GLOBAL, line 23: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
00000056  49 39 c7                        cmp r15, rax
00000059  74 2e                           jz .+0x2e ; 0x89
0000005b  e9 aa 04 00 00                  jmp .+0x4aa ; 0x50a
; op #2 ZEND_BIND_GLOBAL, line 23: call
00000060  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000006a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000074  ff d0                           call rax
00000076  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
00000080  49 39 c7                        cmp r15, rax
00000083  0f 85 81 04 00 00               jnz .+0x481 ; 0x50a
; op #3 ZEND_ASSIGN, line 24: call
00000089  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000093  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000009d  ff d0                           call rax
0000009f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a9  49 39 c7                        cmp r15, rax
000000ac  0f 85 58 04 00 00               jnz .+0x458 ; 0x50a
; op #4 ZEND_FE_RESET_R, line 25: call
000000b2  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000bc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000c6  ff d0                           call rax
000000c8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[27]
000000d2  49 39 c7                        cmp r15, rax
000000d5  0f 84 de 03 00 00               jz .+0x3de ; 0x4b9
000000db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000000e5  49 39 c7                        cmp r15, rax
000000e8  0f 85 1c 04 00 00               jnz .+0x41c ; 0x50a
; op #5 ZEND_FE_FETCH_R, line 25: call, entry
000000ee  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000f8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[5]
00000102  ff d0                           call rax
00000104  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[27]
0000010e  49 39 c7                        cmp r15, rax
00000111  0f 84 a2 03 00 00               jz .+0x3a2 ; 0x4b9
00000117  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
00000121  49 39 c7                        cmp r15, rax
00000124  0f 85 e0 03 00 00               jnz .+0x3e0 ; 0x50a
; op #6 ZEND_MATCH, line 26: dispatch, entry
0000012a  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000134  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[6]
0000013e  ff d0                           call rax
00000140  41 ff 27                        jmp qword ptr [r15]
; op #7 ZEND_QM_ASSIGN, line 26: call, entry
00000143  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000014d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000157  ff d0                           call rax
00000159  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
00000163  49 39 c7                        cmp r15, rax
00000166  0f 85 9e 03 00 00               jnz .+0x39e ; 0x50a
; op #8 ZEND_JMP, line 26: call
0000016c  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000176  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[8]
00000180  ff d0                           call rax
00000182  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[13]
0000018c  49 39 c7                        cmp r15, rax
0000018f  0f 84 c6 00 00 00               jz .+0xc6 ; 0x25b
00000195  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[9]
0000019f  49 39 c7                        cmp r15, rax
000001a2  0f 85 62 03 00 00               jnz .+0x362 ; 0x50a
; op #9 ZEND_QM_ASSIGN, line 26: call, entry
000001a8  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001b2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[9]
000001bc  ff d0                           call rax
000001be  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[10]
000001c8  49 39 c7                        cmp r15, rax
000001cb  0f 85 39 03 00 00               jnz .+0x339 ; 0x50a
; op #10 ZEND_JMP, line 26: call
000001d1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000001db  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[10]
000001e5  ff d0                           call rax
000001e7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[13]
000001f1  49 39 c7                        cmp r15, rax
000001f4  74 65                           jz .+0x65 ; 0x25b
000001f6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[11]
00000200  49 39 c7                        cmp r15, rax
00000203  0f 85 01 03 00 00               jnz .+0x301 ; 0x50a
; op #11 ZEND_QM_ASSIGN, line 26: call, entry
00000209  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
00000213  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[11]
0000021d  ff d0                           call rax
0000021f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[12]
00000229  49 39 c7                        cmp r15, rax
0000022c  0f 85 d8 02 00 00               jnz .+0x2d8 ; 0x50a
; op #12 ZEND_JMP, line 26: call
00000232  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[12]
0000023c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[12]
00000246  ff d0                           call rax
00000248  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[13]
00000252  49 39 c7                        cmp r15, rax
00000255  0f 85 af 02 00 00               jnz .+0x2af ; 0x50a
; op #13 ZEND_ASSIGN_DIM, line 26: call, entry
0000025b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[13]
00000265  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[13]
0000026f  ff d0                           call rax
00000271  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[15]
0000027b  49 39 c7                        cmp r15, rax
0000027e  0f 85 86 02 00 00               jnz .+0x286 ; 0x50a
; op #14 ZEND_OP_DATA, line 26: skip
; op #15 ZEND_IS_EQUAL, line 28: call
00000284  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[15]
0000028e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[15]
00000298  ff d0                           call rax
0000029a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[20]
000002a4  49 39 c7                        cmp r15, rax
000002a7  0f 84 21 01 00 00               jz .+0x121 ; 0x3ce
000002ad  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[17]
000002b7  49 39 c7                        cmp r15, rax
000002ba  74 4f                           jz .+0x4f ; 0x30b
000002bc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[16]
000002c6  49 39 c7                        cmp r15, rax
000002c9  0f 85 3b 02 00 00               jnz .+0x23b ; 0x50a
; op #16 ZEND_JMPNZ, line 28: call
000002cf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[16]
000002d9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[16]
000002e3  ff d0                           call rax
000002e5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[20]
000002ef  49 39 c7                        cmp r15, rax
000002f2  0f 84 d6 00 00 00               jz .+0xd6 ; 0x3ce
000002f8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[17]
00000302  49 39 c7                        cmp r15, rax
00000305  0f 85 ff 01 00 00               jnz .+0x1ff ; 0x50a
; op #17 ZEND_IS_EQUAL, line 31: call, entry
0000030b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[17]
00000315  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[17]
0000031f  ff d0                           call rax
00000321  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[23]
0000032b  49 39 c7                        cmp r15, rax
0000032e  0f 84 fb 00 00 00               jz .+0xfb ; 0x42f
00000334  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[19]
0000033e  49 39 c7                        cmp r15, rax
00000341  74 4f                           jz .+0x4f ; 0x392
00000343  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[18]
0000034d  49 39 c7                        cmp r15, rax
00000350  0f 85 b4 01 00 00               jnz .+0x1b4 ; 0x50a
; op #18 ZEND_JMPNZ, line 31: call
00000356  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[18]
00000360  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[18]
0000036a  ff d0                           call rax
0000036c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[23]
00000376  49 39 c7                        cmp r15, rax
00000379  0f 84 b0 00 00 00               jz .+0xb0 ; 0x42f
0000037f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[19]
00000389  49 39 c7                        cmp r15, rax
0000038c  0f 85 78 01 00 00               jnz .+0x178 ; 0x50a
; op #19 ZEND_JMP, line 31: call, entry
00000392  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[19]
0000039c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[19]
000003a6  ff d0                           call rax
000003a8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[26]
000003b2  49 39 c7                        cmp r15, rax
000003b5  0f 84 c6 00 00 00               jz .+0xc6 ; 0x481
000003bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[20]
000003c5  49 39 c7                        cmp r15, rax
000003c8  0f 85 3c 01 00 00               jnz .+0x13c ; 0x50a
; op #20 ZEND_ASSIGN_DIM_OP, line 29: call, entry
000003ce  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[20]
000003d8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[20]
000003e2  ff d0                           call rax
000003e4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[22]
000003ee  49 39 c7                        cmp r15, rax
000003f1  0f 85 13 01 00 00               jnz .+0x113 ; 0x50a
; op #21 ZEND_OP_DATA, line 29: skip
; op #22 ZEND_JMP, line 30: call
000003f7  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[22]
00000401  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[22]
0000040b  ff d0                           call rax
0000040d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[26]
00000417  49 39 c7                        cmp r15, rax
0000041a  74 65                           jz .+0x65 ; 0x481
0000041c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[23]
00000426  49 39 c7                        cmp r15, rax
00000429  0f 85 db 00 00 00               jnz .+0xdb ; 0x50a
; op #23 ZEND_ASSIGN_DIM_OP, line 32: call, entry
0000042f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[23]
00000439  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[23]
00000443  ff d0                           call rax
00000445  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[25]
0000044f  49 39 c7                        cmp r15, rax
00000452  0f 85 b2 00 00 00               jnz .+0xb2 ; 0x50a
; op #24 ZEND_OP_DATA, line 32: skip
; op #25 ZEND_JMP, line 33: call
00000458  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[25]
00000462  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[25]
0000046c  ff d0                           call rax
0000046e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[26]
00000478  49 39 c7                        cmp r15, rax
0000047b  0f 85 89 00 00 00               jnz .+0x89 ; 0x50a
; op #26 ZEND_JMP, line 25: call, entry
00000481  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[26]
0000048b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[26]
00000495  ff d0                           call rax
00000497  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000004a1  49 39 c7                        cmp r15, rax
000004a4  0f 84 44 fc ff ff               jz .-0x3bc ; 0xee
000004aa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[27]
000004b4  49 39 c7                        cmp r15, rax
000004b7  75 51                           jnz .+0x51 ; 0x50a
; op #27 ZEND_FE_FREE, line 25: call, entry
000004b9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[27]
000004c3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[27]
000004cd  ff d0                           call rax
000004cf  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[28]
000004d9  49 39 c7                        cmp r15, rax
000004dc  75 2c                           jnz .+0x2c ; 0x50a
; op #28 ZEND_RETURN, line 36: tail
000004de  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[28]
000004e8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[28]
000004f2  ff e0                           jmp rax
; op #29 ZEND_RETURN, line 37: tail, entry
000004f4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[29]
000004fe  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[29]
00000508  ff e0                           jmp rax
; dispatch: continue where the VM says
0000050a  41 ff 27                        jmp qword ptr [r15]
