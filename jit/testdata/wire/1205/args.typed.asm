# input (1205, addresses omitted)
function "typed" scope "" file "args.php" lines 9-12 flags 0x2002300 args 1/2 cvs 2 tmps 1
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 9 block B0
#1   ZEND_RECV_INIT             _:2 CONST:192 -> CV:96 ext 0 line 9 block B1
#2   ZEND_MUL                   CV:80 CV:96 -> TMP:112 ext 0 line 11 block B2
#3   ZEND_VERIFY_RETURN_TYPE    TMP:112 _ -> _ ext 0 line 11 block B2
#4   ZEND_RETURN                TMP:112 _ -> _ ext 0 line 11 block B2
#5   ZEND_VERIFY_RETURN_TYPE    _ _ -> _ ext 0 line 12 block B3
#6   ZEND_RETURN                CONST:48 _ -> _ ext -1 line 12 block B3
literal 0: type 5 value 0x3ff8000000000000 strlen 0
literal 1: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+1 flags 0x80001002 loop header -1
B2: ops 2+3 flags 0x8000100a loop header -1
B3: ops 5+2 flags 0x0 loop header -1
ssa 0: var 0 def -1 undef flags 0x10
ssa 1: var 1 def -1 undef flags 0x10
ssa 2: var 0 def 0 long range [-9223372036854775808, 9223372036854775807]
ssa 3: var 1 def 1 double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 4: var 2 def 2 double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 5: var 2 def 3 double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa op #0: use -1 -1 -1 def -1 -1 2
ssa op #1: use -1 -1 1 def -1 -1 3
ssa op #2: use 2 3 -1 def -1 -1 4
ssa op #3: use 4 -1 -1 def 5 -1 -1
ssa op #4: use 5 -1 -1 def -1 -1 -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function typed (args.php:9), 7 ops, 4 entries, 253 bytes, call-threaded
; entry op #0 (function start): count the call
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
; op #0 ZEND_RECV, line 9: call, entry
0000000d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
00000017  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000021  ff d0                           call rax
00000023  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
0000002d  49 39 c7                        cmp r15, rax
00000030  0f 85 c4 00 00 00               jnz .+0xc4 ; 0xfa
; op #1 ZEND_RECV_INIT, line 9: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000056  49 39 c7                        cmp r15, rax
00000059  0f 85 9b 00 00 00               jnz .+0x9b ; 0xfa
; op #2 ZEND_MUL, line 11: call, entry
0000005f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000073  ff d0                           call rax
00000075  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007f  49 39 c7                        cmp r15, rax
00000082  75 76                           jnz .+0x76 ; 0xfa
; op #3 ZEND_VERIFY_RETURN_TYPE, line 11: call
00000084  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000008e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
00000098  ff d0                           call rax
0000009a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a4  49 39 c7                        cmp r15, rax
000000a7  75 51                           jnz .+0x51 ; 0xfa
; op #4 ZEND_RETURN, line 11: tail
000000a9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000b3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000bd  ff e0                           jmp rax
; op #5 ZEND_VERIFY_RETURN_TYPE, line 12: call, entry
000000bf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000c9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[5]
000000d3  ff d0                           call rax
000000d5  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[6]
000000df  49 39 c7                        cmp r15, rax
000000e2  75 16                           jnz .+0x16 ; 0xfa
; op #6 ZEND_RETURN, line 12: tail
000000e4  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000ee  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000f8  ff e0                           jmp rax
; dispatch: continue where the VM says
000000fa  41 ff 27                        jmp qword ptr [r15]
