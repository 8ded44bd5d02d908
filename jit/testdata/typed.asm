# input
method "sum" scope "App\\Calc" file "/srv/Calc.php" flags 0x2100 args 1/2
#0   ZEND_RECV                line 10   handler 0x56172a43f000
#1   ZEND_RECV_INIT           line 11   handler 0x56172a440010
#2   ZEND_ADD                 line 12   handler 0x56172a401020
#3   ZEND_VERIFY_RETURN_TYPE  line 13   handler 0x56172a47c030
#4   ZEND_RETURN              line 14   handler 0x56172a43e040
# listing (counters 0x7f3a5c000000, slot 5)
; gojit: method App\Calc::sum (/srv/Calc.php:10), 5 ops, 2 entries, 44 bytes
; entry op #0 ZEND_RECV, line 10 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 00 f0 43 2a 17 56 00 00   mov rax, 0x56172a43f000
00000017  ff e0                           jmp rax
00000019  0f 1f 80 00 00 00 00            nop dword ptr [rax], eax
; entry op #1 ZEND_RECV_INIT, line 11
00000020  48 b8 10 00 44 2a 17 56 00 00   mov rax, 0x56172a440010
0000002a  ff e0                           jmp rax
