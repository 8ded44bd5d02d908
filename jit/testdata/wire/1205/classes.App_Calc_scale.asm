# input (1205, addresses omitted)
method "scale" scope "App\\Calc" file "classes.php" lines 12-15 flags 0x2022101 args 1/2 cvs 2 tmps 3
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 12 block B0
#1   ZEND_RECV_INIT             _:2 CONST:256 -> CV:96 ext 0 line 12 block B1
#2   ZEND_FETCH_OBJ_R           _ CONST:240 -> TMP:112 ext 0 line 14 block B2
#3   ZEND_MUL                   CV:80 CV:96 -> TMP:128 ext 0 line 14 block B2
#4   ZEND_ADD                   TMP:112 TMP:128 -> TMP:144 ext 0 line 14 block B2
#5   ZEND_VERIFY_RETURN_TYPE    TMP:144 _ -> _ ext 0 line 14 block B2
#6   ZEND_RETURN                TMP:144 _ -> _ ext 0 line 14 block B2
#7   ZEND_VERIFY_RETURN_TYPE    _ _ -> _ ext 0 line 15 block B3
#8   ZEND_RETURN                CONST:64 _ -> _ ext -1 line 15 block B3
literal 0: type 4 value 0x2 strlen 0
literal 1: type 6 value 0x0 strlen 4
literal 2: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+1 flags 0x80001002 loop header -1
B2: ops 2+5 flags 0x8000100a loop header -1
B3: ops 7+2 flags 0x0 loop header -1
ssa 0: var 0 def -1 undef flags 0x10
ssa 1: var 1 def -1 undef flags 0x10
ssa 2: var 0 def 0 long range [-9223372036854775808, 9223372036854775807]
ssa 3: var 1 def 1 long range [-9223372036854775808, 9223372036854775807]
ssa 4: var 2 def 2 long range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 5: var 3 def 3 long|double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 6: var 4 def 4 long|double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 7: var 4 def 5 long range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa op #0: use -1 -1 -1 def -1 -1 2
ssa op #1: use -1 -1 1 def -1 -1 3
ssa op #2: use -1 -1 -1 def -1 -1 4
ssa op #3: use 2 3 -1 def -1 -1 5
ssa op #4: use 4 5 -1 def -1 -1 6
ssa op #5: use 6 -1 -1 def 7 -1 -1
ssa op #6: use 7 -1 -1 def -1 -1 -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: method App\Calc::scale (classes.php:12), 9 ops, 4 entries, 335 bytes, call-threaded
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 12: call, entry
0000000d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000017  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000021  ff d0                           call rax
00000023  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
0000002d  49 39 c7                        cmp r15, rax
00000030  0f 85 16 01 00 00               jnz .+0x116 ; 0x14c
; op #1 ZEND_RECV_INIT, line 12: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000056  49 39 c7                        cmp r15, rax
00000059  0f 85 ed 00 00 00               jnz .+0xed ; 0x14c
; op #2 ZEND_FETCH_OBJ_R, line 14: call, entry
0000005f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000073  ff d0                           call rax
00000075  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007f  49 39 c7                        cmp r15, rax
00000082  0f 85 c4 00 00 00               jnz .+0xc4 ; 0x14c
; op #3 ZEND_MUL, line 14: call
00000088  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000092  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000009c  ff d0                           call rax
0000009e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a8  49 39 c7                        cmp r15, rax
000000ab  0f 85 9b 00 00 00               jnz .+0x9b ; 0x14c
; op #4 ZEND_ADD, line 14: call
000000b1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000c5  ff d0                           call rax
000000c7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000000d1  49 39 c7                        cmp r15, rax
000000d4  75 76                           jnz .+0x76 ; 0x14c
; op #5 ZEND_VERIFY_RETURN_TYPE, line 14: call
000000d6  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000e0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[5]
000000ea  ff d0                           call rax
000000ec  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
000000f6  49 39 c7                        cmp r15, rax
000000f9  75 51                           jnz .+0x51 ; 0x14c
; op #6 ZEND_RETURN, line 14: tail
000000fb  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
00000105  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
0000010f  ff e0                           jmp rax
; op #7 ZEND_VERIFY_RETURN_TYPE, line 15: call, entry
00000111  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000011b  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000125  ff d0                           call rax
00000127  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[8]
00000131  49 39 c7                        cmp r15, rax
00000134  75 16                           jnz .+0x16 ; 0x14c
; op #8 ZEND_RETURN, line 15: tail
00000136  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000140  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
0000014a  ff e0                           jmp rax
; dispatch: continue where the VM says
0000014c  41 ff 27                        jmp qword ptr [r15]
