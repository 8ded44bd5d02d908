# input (1205, addresses omitted)
function "add" scope "" file "args.php" lines 4-7 flags 0x2000200 args 2/2 cvs 2 tmps 1
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 4 block B0
#1   ZEND_RECV                  _:2 _ -> CV:96 ext 0 line 4 block B1
#2   ZEND_ADD                   CV:80 CV:96 -> TMP:112 ext 0 line 6 block B2
#3   ZEND_RETURN                TMP:112 _ -> _ ext 0 line 6 block B2
#4   ZEND_RETURN                CONST:32 _ -> _ ext -1 line 7 block B3
literal 0: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+1 flags 0x80001002 loop header -1
B2: ops 2+2 flags 0x8000100a loop header -1
B3: ops 4+1 flags 0x0 loop header -1
ssa 0: var 0 def -1 undef flags 0x10
ssa 1: var 1 def -1 undef flags 0x10
ssa 2: var 0 def 0 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 3: var 1 def 1 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 4: var 2 def 2 long|double|array|0x60fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa op #0: use -1 -1 -1 def -1 -1 2
ssa op #1: use -1 -1 -1 def -1 -1 3
ssa op #2: use 2 3 -1 def -1 -1 4
ssa op #3: use 4 -1 -1 def -1 -1 -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function add (args.php:4), 5 ops, 4 entries, 175 bytes, call-threaded
; op #0 ZEND_RECV, line 4: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 83 00 00 00               jnz .+0x83 ; 0xac
; op #1 ZEND_RECV, line 4: call, entry
00000029  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000033  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000003d  ff d0                           call rax
0000003f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000049  49 39 c7                        cmp r15, rax
0000004c  75 5e                           jnz .+0x5e ; 0xac
; entry op #2 (function start): count the call
0000004e  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000058  48 ff 00                        inc qword ptr [rax]
; op #2 ZEND_ADD, line 6: call, entry
0000005b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000065  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
0000006f  ff d0                           call rax
00000071  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007b  49 39 c7                        cmp r15, rax
0000007e  75 2c                           jnz .+0x2c ; 0xac
; op #3 ZEND_RETURN, line 6: tail
00000080  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000008a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000094  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 7: tail, entry
00000096  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000a0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000aa  ff e0                           jmp rax
; dispatch: continue where the VM says
000000ac  41 ff 27                        jmp qword ptr [r15]
