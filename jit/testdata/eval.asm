# input
eval "" scope "" file "/srv/x.php(3) : eval()'d code" flags 0x0 args 0/0
#0   ZEND_RETURN              line 1    handler 0x56172a43e000
# listing (counters 0x7f3a5c000000, slot 5)
; gojit: eval {eval} (/srv/x.php(3) : eval()'d code:1), 1 ops, 1 entries, 25 bytes
; entry op #0 ZEND_RETURN, line 1 (function start)
00000000  48 b8 28 00 00 5c 3a 7f 00 00   mov rax, 0x7f3a5c000028
0000000a  48 ff 00                        inc qword ptr [rax]
0000000d  48 b8 00 e0 43 2a 17 56 00 00   mov rax, 0x56172a43e000
00000017  ff e0                           jmp rax
