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
B2: ops 4+2 flags 0x80000004 loop header 3
B3: ops 6+2 flags 0x80010006 loop header -1
B4: ops 8+2 flags 0x8000000a loop header -1
B5: ops 10+2 flags 0x0 loop header -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function sum_ints (loops.php:5), 12 ops, 6 entries, 522 bytes, call-threaded
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 5: call, entry
0000000d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000017  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000021  ff d0                           call rax
00000023  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
0000002d  49 39 c7                        cmp r15, rax
00000030  0f 85 d1 01 00 00               jnz .+0x1d1 ; 0x207
; op #1 ZEND_ASSIGN, line 7: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000056  49 39 c7                        cmp r15, rax
00000059  0f 85 a8 01 00 00               jnz .+0x1a8 ; 0x207
; op #2 ZEND_ASSIGN, line 8: call
0000005f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000073  ff d0                           call rax
00000075  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007f  49 39 c7                        cmp r15, rax
00000082  0f 85 7f 01 00 00               jnz .+0x17f ; 0x207
; op #3 ZEND_JMP, line 8: call
00000088  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000092  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000009c  ff d0                           call rax
0000009e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
000000a8  49 39 c7                        cmp r15, rax
000000ab  74 65                           jz .+0x65 ; 0x112
000000ad  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000b7  49 39 c7                        cmp r15, rax
000000ba  0f 85 47 01 00 00               jnz .+0x147 ; 0x207
; op #4 ZEND_ASSIGN_OP, line 9: call, entry
000000c0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000ca  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000d4  ff d0                           call rax
000000d6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000000e0  49 39 c7                        cmp r15, rax
000000e3  0f 85 1e 01 00 00               jnz .+0x11e ; 0x207
; op #5 ZEND_PRE_INC, line 8: call
000000e9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000f3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[5]
000000fd  ff d0                           call rax
000000ff  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
00000109  49 39 c7                        cmp r15, rax
0000010c  0f 85 f5 00 00 00               jnz .+0xf5 ; 0x207
; op #6 ZEND_IS_SMALLER, line 8: call, entry
00000112  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000011c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[6]
00000126  ff d0                           call rax
00000128  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
00000132  49 39 c7                        cmp r15, rax
00000135  74 89                           jz .-0x77 ; 0xc0
00000137  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
00000141  49 39 c7                        cmp r15, rax
00000144  74 4b                           jz .+0x4b ; 0x191
00000146  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
00000150  49 39 c7                        cmp r15, rax
00000153  0f 85 ae 00 00 00               jnz .+0xae ; 0x207
; op #7 ZEND_JMPNZ, line 8: call
00000159  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000163  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
0000016d  ff d0                           call rax
0000016f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
00000179  49 39 c7                        cmp r15, rax
0000017c  0f 84 3e ff ff ff               jz .-0xc2 ; 0xc0
00000182  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
0000018c  49 39 c7                        cmp r15, rax
0000018f  75 76                           jnz .+0x76 ; 0x207
; op #8 ZEND_VERIFY_RETURN_TYPE, line 11: call, entry
00000191  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
0000019b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[8]
000001a5  ff d0                           call rax
000001a7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[9]
000001b1  49 39 c7                        cmp r15, rax
000001b4  75 51                           jnz .+0x51 ; 0x207
; op #9 ZEND_RETURN, line 11: tail
000001b6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
000001c0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
000001ca  ff e0                           jmp rax
; op #10 ZEND_VERIFY_RETURN_TYPE, line 12: call, entry
000001cc  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000001d6  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[10]
000001e0  ff d0                           call rax
000001e2  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[11]
000001ec  49 39 c7                        cmp r15, rax
000001ef  75 16                           jnz .+0x16 ; 0x207
; op #11 ZEND_RETURN, line 12: tail
000001f1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
000001fb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[11]
00000205  ff e0                           jmp rax
; dispatch: continue where the VM says
00000207  41 ff 27                        jmp qword ptr [r15]
