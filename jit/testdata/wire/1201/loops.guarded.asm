# input (1201, addresses omitted)
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
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function guarded (loops.php:25), 10 ops, 6 entries, 364 bytes, call-threaded
; op #0 ZEND_RECV, line 25: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 40 01 00 00               jnz .+0x140 ; 0x169
; entry op #1 (function start): count the call
00000029  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000033  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_INIT_FCALL, line 28: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000056  49 39 c7                        cmp r15, rax
00000059  0f 85 0a 01 00 00               jnz .+0x10a ; 0x169
; op #2 ZEND_SEND_VAL, line 28: call
0000005f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000073  ff d0                           call rax
00000075  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007f  49 39 c7                        cmp r15, rax
00000082  0f 85 e1 00 00 00               jnz .+0xe1 ; 0x169
; op #3 ZEND_SEND_VAR, line 28: call
00000088  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000092  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000009c  ff d0                           call rax
0000009e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a8  49 39 c7                        cmp r15, rax
000000ab  0f 85 b8 00 00 00               jnz .+0xb8 ; 0x169
; op #4 ZEND_DO_ICALL, line 28: call
000000b1  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000bb  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000c5  ff d0                           call rax
000000c7  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000000d1  49 39 c7                        cmp r15, rax
000000d4  0f 85 8f 00 00 00               jnz .+0x8f ; 0x169
; op #5 ZEND_RETURN, line 28: tail
000000da  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000e4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000ee  ff e0                           jmp rax
; op #6 ZEND_JMP, line 28: call, entry
000000f0  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000fa  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[6]
00000104  ff d0                           call rax
00000106  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[9]
00000110  49 39 c7                        cmp r15, rax
00000113  74 3e                           jz .+0x3e ; 0x153
00000115  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[7]
0000011f  49 39 c7                        cmp r15, rax
00000122  75 45                           jnz .+0x45 ; 0x169
; op #7 ZEND_CATCH, line 29: dispatch, entry
00000124  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[7]
0000012e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[7]
00000138  ff d0                           call rax
0000013a  41 ff 27                        jmp qword ptr [r15]
; op #8 ZEND_RETURN, line 30: tail, entry
0000013d  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[8]
00000147  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[8]
00000151  ff e0                           jmp rax
; op #9 ZEND_RETURN, line 32: tail, entry
00000153  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[9]
0000015d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[9]
00000167  ff e0                           jmp rax
; dispatch: continue where the VM says
00000169  41 ff 27                        jmp qword ptr [r15]
