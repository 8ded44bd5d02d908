# input
closure "{closure}" scope "" file "/srv/v.php" flags 0x404000 args 1/1
#0   ZEND_RECV                line 5    handler 0x56172a43f000
#1   ZEND_RECV_VARIADIC       line 6    handler 0x56172a4a4010
#2   ZEND_INIT_FCALL          line 7    handler 0x56172a43d020
#3   ZEND_DO_ICALL            line 8    handler 0x56172a481030
#4   ZEND_RETURN              line 9    handler 0x56172a43e040
# listing (counters 0x7f3a5c000000, slot 5)
; gojit: closure {closure} (/srv/v.php:5), 5 ops, 1 entries, 25 bytes
; entry op #2 ZEND_INIT_FCALL, line 7 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 20 d0 43 2a 17 56 00 00   mov rax, 0x56172a43d020
00000017  ff e0                           jmp rax
