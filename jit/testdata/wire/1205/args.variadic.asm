# input (1205, addresses omitted)
function "variadic" scope "" file "args.php" lines 19-22 flags 0x2004200 args 1/1 cvs 2 tmps 2
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 19 block B0
#1   ZEND_RECV_VARIADIC         _:2 _ -> CV:96 ext 0 line 19 block B1
#2   ZEND_COUNT                 CV:96 _ -> TMP:112 ext 0 line 21 block B1
#3   ZEND_ADD                   CV:80 TMP:112 -> TMP:128 ext 0 line 21 block B1
#4   ZEND_RETURN                TMP:128 _ -> _ ext 0 line 21 block B1
#5   ZEND_RETURN                CONST:32 _ -> _ ext -1 line 22 block B2
literal 0: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+4 flags 0x8000100a loop header -1
B2: ops 5+1 flags 0x0 loop header -1
ssa 0: var 0 def -1 undef flags 0x10
ssa 1: var 1 def -1 undef flags 0x10
ssa 2: var 0 def 0 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 3: var 1 def 1 array|0xe0eff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 4: var 2 def 2 long range [-9223372036854775808, 9223372036854775807]
ssa 5: var 3 def 3 long|double range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa op #0: use -1 -1 -1 def -1 -1 2
ssa op #1: use -1 -1 1 def -1 -1 3
ssa op #2: use 3 -1 -1 def -1 -1 4
ssa op #3: use 2 4 -1 def -1 -1 5
ssa op #4: use 5 -1 -1 def -1 -1 -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function variadic (args.php:19), 6 ops, 4 entries, 216 bytes, call-threaded
; op #0 ZEND_RECV, line 19: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 ac 00 00 00               jnz .+0xac ; 0xd5
; op #1 ZEND_RECV_VARIADIC, line 19: call, entry
00000029  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000033  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000003d  ff d0                           call rax
0000003f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000049  49 39 c7                        cmp r15, rax
0000004c  0f 85 83 00 00 00               jnz .+0x83 ; 0xd5
; entry op #2 (function start): count the call
00000052  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000005c  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_COUNT, line 21: call, entry
0000005f  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000073  ff d0                           call rax
00000075  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007f  49 39 c7                        cmp r15, rax
00000082  75 51                           jnz .+0x51 ; 0xd5
; op #3 ZEND_ADD, line 21: call
00000084  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000008e  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
00000098  ff d0                           call rax
0000009a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a4  49 39 c7                        cmp r15, rax
000000a7  75 2c                           jnz .+0x2c ; 0xd5
; op #4 ZEND_RETURN, line 21: tail
000000a9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000b3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000bd  ff e0                           jmp rax
; op #5 ZEND_RETURN, line 22: tail, entry
000000bf  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000c9  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000d3  ff e0                           jmp rax
; dispatch: continue where the VM says
000000d5  41 ff 27                        jmp qword ptr [r15]
