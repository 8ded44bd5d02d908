# input (1201, addresses omitted)
function "defaults" scope "" file "args.php" lines 14-17 flags 0x2000200 args 1/3 cvs 3 tmps 2
#0   ZEND_RECV                  _:1 _ -> CV:80 ext 0 line 14 block B0
#1   ZEND_RECV_INIT             _:2 CONST:192 -> CV:96 ext 0 line 14 block B1
#2   ZEND_RECV_INIT             _:3 CONST:176 -> CV:112 ext 0 line 14 block B2
#3   ZEND_ADD                   CV:80 CV:96 -> TMP:128 ext 0 line 16 block B3
#4   ZEND_ADD                   TMP:128 CV:112 -> TMP:144 ext 0 line 16 block B3
#5   ZEND_RETURN                TMP:144 _ -> _ ext 0 line 16 block B3
#6   ZEND_RETURN                CONST:64 _ -> _ ext -1 line 17 block B4
literal 0: type 4 value 0x2 strlen 0
literal 1: type 4 value 0x3 strlen 0
literal 2: type 1 value 0x0 strlen 0
B0: ops 0+1 flags 0x80000001 loop header -1
B1: ops 1+1 flags 0x80001002 loop header -1
B2: ops 2+1 flags 0x80001002 loop header -1
B3: ops 3+3 flags 0x8000100a loop header -1
B4: ops 6+1 flags 0x0 loop header -1
# listing (counters 0x7f3a5c000000, slot 5, addresses normalised)
; gojit: function defaults (args.php:14), 7 ops, 5 entries, 258 bytes, call-threaded
; op #0 ZEND_RECV, line 14: call, entry
00000000  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[0]
0000000a  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[0]
00000014  ff d0                           call rax
00000016  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[1]
00000020  49 39 c7                        cmp r15, rax
00000023  0f 85 d6 00 00 00               jnz .+0xd6 ; 0xff
; op #1 ZEND_RECV_INIT, line 14: call, entry
00000029  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[1]
00000033  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[1]
0000003d  ff d0                           call rax
0000003f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
00000049  49 39 c7                        cmp r15, rax
0000004c  74 2e                           jz .+0x2e ; 0x7c
0000004e  e9 ac 00 00 00                  jmp .+0xac ; 0xff
; op #2 ZEND_RECV_INIT, line 14: call, entry
00000053  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[2]
0000005d  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[2]
00000067  ff d0                           call rax
00000069  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[3]
00000073  49 39 c7                        cmp r15, rax
00000076  0f 85 83 00 00 00               jnz .+0x83 ; 0xff
; entry op #3 (function start): count the call
0000007c  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
00000086  48 ff 00                        inc qword ptr [rax]
; op #3 ZEND_ADD, line 16: call, entry
00000089  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[3]
00000093  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[3]
0000009d  ff d0                           call rax
0000009f  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[4]
000000a9  49 39 c7                        cmp r15, rax
000000ac  75 51                           jnz .+0x51 ; 0xff
; op #4 ZEND_ADD, line 16: call
000000ae  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[4]
000000b8  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, FUNC[4]
000000c2  ff d0                           call rax
000000c4  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, OPLINE[5]
000000ce  49 39 c7                        cmp r15, rax
000000d1  75 2c                           jnz .+0x2c ; 0xff
; op #5 ZEND_RETURN, line 16: tail
000000d3  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[5]
000000dd  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[5]
000000e7  ff e0                           jmp rax
; op #6 ZEND_RETURN, line 17: tail, entry
000000e9  49 bf ?? ?? ?? ?? ?? ?? ?? ??   mov r15, OPLINE[6]
000000f3  48 b8 ?? ?? ?? ?? ?? ?? ?? ??   mov rax, HANDLER[6]
000000fd  ff e0                           jmp rax
; dispatch: continue where the VM says
000000ff  41 ff 27                        jmp qword ptr [r15]
