# input (1205, addresses omitted)
closure "App\\{closure}" scope "" file "classes.php" lines 26-28 flags 0x2400000 args 1/1 cvs 2 tmps 1
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 26 block B0
#1   ZEND_BIND_STATIC           CV:96 _ -> _ ext 4 line 26 block B1
#2   ZEND_ADD                   CV:80 CV:96 -> TMP:112 ext 0 line 27 block B1
#3   ZEND_RETURN                TMP:112 _ -> _ ext 0 line 27 block B1
#4   ZEND_RETURN                CONST:32 _ -> _ ext -1 line 28 block B2
literal 0: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+3 flags 0x8000100a loop header -1
B2: ops 4+1 flags 0x0 loop header -1
ssa 0: var 0 def -1 undef flags 0x10
ssa 1: var 1 def -1 undef flags 0x10
ssa 2: var 0 def 0 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 3: var 1 def 1 null|false|true|long|double|string|array|object|resource|0xe0fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa 4: var 2 def 2 long|double|array|0x60fff800 range [-9223372036854775808, 9223372036854775807] flags 0x7
ssa op #0: use -1 -1 -1 def -1 -1 2
ssa op #1: use 1 -1 -1 def 3 -1 -1
ssa op #2: use 2 3 -1 def -1 -1 4
ssa op #3: use 4 -1 -1 def -1 -1 -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: closure App\{closure} (classes.php:26), 5 ops, 3 entries, 175 bytes, call-threaded
; op #0 ZEND_RECV, line 26: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 83 00 00 00               jnz .+0x83 ; 0xac
; entry op #1 (function start): count the call
00000029  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000033  48 ff 00                        inc qword ptr [rax]
; op #1 ZEND_BIND_STATIC, line 26: call, entry
00000036  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000040  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000004a  ff d0                           call rax
0000004c  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[2]
00000056  49 39 c7                        cmp r15, rax
00000059  75 51                           jnz .+0x51 ; 0xac
; op #2 ZEND_ADD, line 27: call
0000005b  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
00000065  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
0000006f  ff d0                           call rax
00000071  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
0000007b  49 39 c7                        cmp r15, rax
0000007e  75 2c                           jnz .+0x2c ; 0xac
; op #3 ZEND_RETURN, line 27: tail
00000080  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
0000008a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[3]
00000094  ff e0                           jmp rax
; op #4 ZEND_RETURN, line 28: tail, entry
00000096  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000a0  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[4]
000000aa  ff e0                           jmp rax
; dispatch: continue where the VM says
000000ac  41 ff 27                        jmp qword ptr [r15]
