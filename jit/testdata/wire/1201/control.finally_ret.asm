# input (1201, addresses omitted)
function "finally_ret" scope "" file "control.php" lines 9-19 flags 0x2008200 args 1/1 cvs 1 tmps 4
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 9 block B0
#1   ZEND_IS_SMALLER            CONST:416 CV:80 -> TMP:112+smart0x10 ext 0 line 12 block B1
#2   ZEND_JMPZ                  TMP:112 _:160 -> _ ext 0 line 12 block B1
#3   ZEND_NEW                   CONST:368 _ -> VAR:128 ext 1 line 13 block B2
#4   ZEND_SEND_VAL_EX           CONST:368 _ -> _ ext 0 line 13 block B2
#5   ZEND_DO_FCALL              _ _ -> _ ext 0 line 13 block B2
#6   ZEND_THROW                 VAR:128 _ -> _ ext 0 line 13 block B3
#7   ZEND_FAST_CALL             _:128 _ -> TMP:96 ext 0 line 15 block B4
#8   ZEND_RETURN                CONST:256 _ -> _ ext 0 line 15 block B5
#9   ZEND_FAST_CALL             _:64 _ -> TMP:96 ext 0 line 16 block B6
#10  ZEND_JMP                   _:96 _ -> _ ext 0 line 16 block B7
#11  ZEND_ECHO                  CONST:176 _ -> _ ext 0 line 17 block B8
#12  ZEND_FAST_RET              TMP:96 _ -> _ ext 0 line 17 block B9
#13  ZEND_RETURN                CONST:128 _ -> _ ext -1 line 19 block B10
literal 0: type 4 value 0x1 strlen 0
literal 1: type 6 value 0x0 strlen 16
literal 2: type 6 value 0x0 strlen 16
literal 3: type 6 value 0x0 strlen 3
literal 4: type 6 value 0x0 strlen 5
literal 5: type 6 value 0x0 strlen 8
literal 6: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+2 flags 0x80001022 loop header -1
B2: ops 3+3 flags 0x80000002 loop header -1
B3: ops 6+1 flags 0x8000001a loop header -1
B4: ops 7+1 flags 0x80000004 loop header -1
B5: ops 8+1 flags 0x8000000a loop header -1
B6: ops 9+1 flags 0x0 loop header -1
B7: ops 10+1 flags 0x0 loop header -1
B8: ops 11+1 flags 0x80000084 loop header -1
B9: ops 12+1 flags 0x8000010a loop header -1
B10: ops 13+1 flags 0x0 loop header -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function finally_ret (control.php:9), 14 ops, 11 entries, 545 bytes, call-threaded
; op #0 ZEND_RECV, line 9: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 f5 01 00 00               jnz .+0x1f5 ; 0x21e
; entry op #1 (function start): count the call
00000029  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000033  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_IS_SMALLER, line 12: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
00000056  49 39 c7                        cmp r15, rax
00000059  0f 84 ef 00 00 00               jz .+0xef ; 0x14e
0000005f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
00000069  49 39 c7                        cmp r15, rax
0000006c  74 4f                           jz .+0x4f ; 0xbd
0000006e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000078  49 39 c7                        cmp r15, rax
0000007b  0f 85 9d 01 00 00               jnz .+0x19d ; 0x21e
; op #2 ZEND_JMPZ, line 12: call
00000081  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000008b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000095  ff d0                           call rax
00000097  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
000000a1  49 39 c7                        cmp r15, rax
000000a4  0f 84 a4 00 00 00               jz .+0xa4 ; 0x14e
000000aa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
000000b4  49 39 c7                        cmp r15, rax
000000b7  0f 85 61 01 00 00               jnz .+0x161 ; 0x21e
; op #3 ZEND_NEW, line 13: call, entry
000000bd  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
000000c7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
000000d1  ff d0                           call rax
000000d3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000dd  49 39 c7                        cmp r15, rax
000000e0  0f 85 38 01 00 00               jnz .+0x138 ; 0x21e
; op #4 ZEND_SEND_VAL_EX, line 13: call
000000e6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000f0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000fa  ff d0                           call rax
000000fc  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
00000106  49 39 c7                        cmp r15, rax
00000109  0f 85 0f 01 00 00               jnz .+0x10f ; 0x21e
; op #5 ZEND_DO_FCALL, line 13: tail
0000010f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
00000119  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
00000123  ff e0                           jmp rax
; op #6 ZEND_THROW, line 13: call, entry
00000125  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
0000012f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[6]
00000139  ff d0                           call rax
0000013b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
00000145  49 39 c7                        cmp r15, rax
00000148  0f 85 d0 00 00 00               jnz .+0xd0 ; 0x21e
; op #7 ZEND_FAST_CALL, line 15: dispatch, entry
0000014e  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
00000158  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000162  ff d0                           call rax
00000164  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 15: tail, entry
00000167  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000171  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000017b  ff e0                           jmp rax
; op #9 ZEND_FAST_CALL, line 16: dispatch, entry
0000017d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
00000187  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[9]
00000191  ff d0                           call rax
00000193  41 ff 27                        jmp qword ptr [r15]
; op #10 ZEND_JMP, line 16: call, entry
00000196  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[10]
000001a0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[10]
000001aa  ff d0                           call rax
000001ac  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[13]
000001b6  49 39 c7                        cmp r15, rax
000001b9  74 4d                           jz .+0x4d ; 0x208
000001bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[11]
000001c5  49 39 c7                        cmp r15, rax
000001c8  75 54                           jnz .+0x54 ; 0x21e
; op #11 ZEND_ECHO, line 17: call, entry
000001ca  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[11]
000001d4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[11]
000001de  ff d0                           call rax
000001e0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[12]
000001ea  49 39 c7                        cmp r15, rax
000001ed  75 2f                           jnz .+0x2f ; 0x21e
; op #12 ZEND_FAST_RET, line 17: dispatch, entry
000001ef  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[12]
000001f9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[12]
00000203  ff d0                           call rax
00000205  41 ff 27                        jmp qword ptr [r15]
; op #13 ZEND_RETURN, line 19: tail, entry
00000208  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[13]
00000212  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[13]
0000021c  ff e0                           jmp rax
; dispatch: continue where the VM says
0000021e  41 ff 27                        jmp qword ptr [r15]
